"""The words that name a speaker around a cue in Russian and Ukrainian text.

Each function takes the words before or after a speech verb and returns the words of its
speaker as written (a name, a pronoun, a title, an institution), or None; turning them
into a speaker's name is the job of ``quote_speakers``.
"""
from __future__ import annotations

from claimledger.languages.quote_lexicon import Tables
from claimledger.languages.speakers import Word, is_animate_noun, is_oblique_noun, is_place_word

DASHES = frozenset("-–—―")
CLAUSE_ENDS = frozenset(".!?…;")
MAX_SPEAKER_WORDS = 14        # words after a cue searched for its speaker
MAX_NAME_WORDS = 4
CONJUNCTIONS = frozenset({"и", "і", "та", "й"})


def name_run(words: list[Word], tables: Tables) -> list[Word] | None:
    """The person name at the end of ``words`` (Сергей Чемезов, А. Постников), if any.

    Only Cyrillic words make a person's name here: a Latin run in Russian or Ukrainian
    text is an outlet or an organisation (Defense Express, The New York Times).
    """
    run: list[Word] = []
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        initial_stop = word.text == "." and run and k > 0 and len(words[k - 1].text) == 1 \
            and words[k - 1].text.isupper()
        # a single capital is an initial only before its full stop ("В Кремле" has none)
        lone_letter = len(word.text) == 1 and not (run and run[-1].text == ".")
        if (word.is_capitalised and not lone_letter) or initial_stop:
            run.append(word)
            continue
        break
    run.reverse()
    while run and not run[0].is_cyrillic:
        run = run[1:]
    while run and ((len(run[0].text) > 1 and run[0].lower in tables.skip_words) or is_place_word(run[0], tables.lang, tables.place_stems)
                   or run[0].lower in tables.role_words or run[0].lower in tables.media_nouns
                   or run[0].lower in tables.institution_words
                   or is_animate_noun(run[0].text, tables.lang, tables.role_words)
                   or (len(run) > 2 and is_oblique_noun(run[0].text, tables.lang))):
        run = run[1:]
    named = [w for w in run if w.text != "."]
    if len(named) < 2 or named[-1].is_upper or len(named) > MAX_NAME_WORDS \
            or not all(w.is_cyrillic for w in named):
        return None
    return run   # the full stops of initials stay, so the run can be read again


def name_words(run: list[Word]) -> list[str]:
    """The words of a name without the full stops of its initials."""
    return [w.text for w in run if w.text != "."]


def _drop_trailing_adjuncts(words: list[Word], tables: Tables) -> list[Word]:
    """ "Андрей Картаполов в эфире телеканала заявил": the phrase after the subject goes."""
    for k in range(len(words) - 1, 0, -1):
        if words[k].text in ",:;" or words[k].text in DASHES or words[k].text in "«»\"":
            break
        if words[k].lower in tables.prepositions and words[k].lower not in CONJUNCTIONS \
                and (name_run(words[:k], tables) or words[k - 1].lower in tables.pronouns
                     or (k == 1 and words[0].is_capitalised and words[0].is_cyrillic)) \
                and all(not w.is_capitalised or not w.is_cyrillic for w in words[k + 1:]):
            return words[:k]
    return words


def _joined_names(words: list[Word], run: list[Word], tables: Tables) -> list[Word]:
    """ "Дмитрий Рогозин и член совета Владимир Рогов": both names, joined as written."""
    start = next(k for k, w in enumerate(words) if w is run[0])
    k = start - 1
    while k >= 0 and start - k <= 8 and not words[k].is_capitalised and words[k].lower not in CONJUNCTIONS:
        k -= 1
    if k < 1 or words[k].lower not in CONJUNCTIONS:
        return run
    first = name_run(words[:k], tables)
    if not first:
        return run
    return first + [words[k]] + run


def is_pronoun(words: list[Word], tables: Tables) -> bool:
    return len(words) == 1 and words[0].lower in tables.pronouns


def speaker_after(words: list[Word], tables: Tables) -> list[Word] | None:
    """The speaker named after a cue: "— заявил глава X Иван Петров в пятницу"."""
    words = words[:MAX_SPEAKER_WORDS]
    segment: list[Word] = []
    for word in words:
        initial = word.text == "." and segment and len(segment[-1].text) == 1 and segment[-1].text.isupper()
        if not initial and (word.text in CLAUSE_ENDS or word.text in ",:" or word.text in DASHES):
            break
        segment.append(word)
    if segment and segment[0].lower in tables.quoting_nouns:   # "приводит слова X"
        segment = segment[1:]
    if segment and segment[0].lower in tables.pronouns:
        return segment[:1]
    if len(segment) > 1 and segment[0].is_capitalised and segment[0].is_cyrillic and len(segment[0].text) > 1 \
            and not segment[1].is_capitalised and segment[1].text != "." and not heads_source(segment[0], tables) \
            and not tables.is_adjective(segment[0]) \
            and not is_place_word(segment[0], tables.lang, tables.place_stems):
        return segment[:1]   # "сказала Коваль журналістам": a surname, then the addressee
    for end in range(len(segment), 1, -1):
        run = name_run(segment[:end], tables)
        if run and (end == len(segment) or not segment[end].is_capitalised):
            return run
    phrase = skip_leading(segment, tables)
    return cut_phrase(phrase, tables) or None


def skip_leading(words: list[Word], tables: Tables) -> list[Word]:
    """Drop time words, adverbs and prepositional phrases before a speaker."""
    i = 0
    while i < len(words):
        word = words[i]
        if tables.is_time_word(word) or word.lower in tables.skip_words - tables.prepositions \
                or tables.is_adverb(word) or not (word.text[0].isalnum() or word.text in "«\"„“"):
            i += 1
            continue
        if word.lower in tables.prepositions:
            j = i + 1
            while j < len(words) and not words[j].is_capitalised and not heads_source(words[j], tables):
                j += 1
            if j < len(words) and words[j].is_capitalised and j + 1 < len(words) \
                    and not words[j].is_cyrillic:
                j += 1   # "у Facebook", "в Telegram"
            i = j
            continue
        break
    return words[i:]


def heads_source(word: Word, tables: Tables) -> bool:
    return (word.lower in tables.role_words or word.lower in tables.media_nouns
            or word.lower in tables.institution_words or word.lower in tables.pronouns
            or is_animate_noun(word.text, tables.lang, tables.role_words))


def cut_phrase(words: list[Word], tables: Tables) -> list[Word]:
    """A source phrase up to the first preposition or time word after its first word."""
    out: list[Word] = []
    straight, angle = 0, 0
    for word in words:
        if word.text == '"':
            straight += 1
        elif word.text in "«„":
            angle += 1
        elif word.text in "»“":
            angle = max(0, angle - 1)
        inside_quotes = straight % 2 == 1 or angle > 0
        if out and not inside_quotes and word.text not in '"»“' and (
                word.lower in tables.prepositions or tables.is_time_word(word)
                or word.lower in tables.skip_words - CONJUNCTIONS):
            break
        out.append(word)
    return out


def speaker_before(words: list[Word], tables: Tables) -> list[Word] | None:
    """The subject before a cue: "Глава «Росатома» Алексей Лихачёв сообщил", "Он отметил"."""
    words = list(words)
    coordinated = bool(words) and words[-1].lower in CONJUNCTIONS
    while words and (words[-1].lower in tables.skip_words or tables.is_time_word(words[-1])
                     or words[-1].text in ","):
        words.pop()
    # "в сентябре", "21 лютого", "У листопаді 2018 року" before the verb
    while len(words) >= 2 and words[-2].lower in tables.prepositions and tables.is_time_word(words[-1]):
        words = words[:-2]
        while words and (words[-1].lower in tables.skip_words or tables.is_time_word(words[-1])):
            words.pop()
    # "Шойгу, комментируя ситуацию, сказал": the gerund phrase is not the subject
    while words and words[-1].text != ",":
        commas = [k for k, w in enumerate(words) if w.text == ","]
        if commas and commas[-1] + 1 < len(words) and tables.is_gerund(words[commas[-1] + 1]):
            words = words[:commas[-1]]
            continue
        break
    words = _drop_trailing_adjuncts(words, tables)
    if not words:
        return None
    if words[-1].lower in tables.pronouns:
        return words[-1:]
    run = name_run(words, tables)
    if run:
        return _joined_names(words, run, tables)
    start = 0
    for i, word in enumerate(words):
        if word.text in ",:;" or word.text in DASHES:
            start = i + 1
    clause = words[start:]
    if coordinated:
        # "Зеленський подякував партнерам і наголосив": the subject of the first verb
        for k in range(len(clause) - 1):
            if clause[k].is_capitalised and not clause[k + 1].is_capitalised:
                run = name_run(clause[:k + 1], tables)
                if run:
                    return run
    phrase = skip_leading(clause, tables)
    return phrase or None


# Finding the quotes


def skip_outlet(words: list[Word], tables: Tables) -> list[Word]:
    """ "цитирует агентство генерала", "цитирует ТАСС министра": the outlet before the one quoted."""
    k = 0
    if k < len(words) and words[k].lower in tables.media_nouns:
        k += 1
    while k < len(words) and (words[k].is_upper or (k and words[k].is_capitalised and words[k - 1].is_upper)):
        k += 1
    if 0 < k < len(words) and not words[k].is_capitalised and words[k].text not in CLAUSE_ENDS \
            and words[k].text not in ",":
        return words[k:]
    return words


def first_phrase(words: list[Word]) -> list[Word]:
    """The words of a sentence before its first verb-like break (a comma)."""
    out = []
    for word in words:
        if word.text in ",:;" or word.text in DASHES:
            break
        out.append(word)
    return out[:3]
