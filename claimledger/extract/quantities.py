"""claimledger_quantities: numbers with units stated in a report, normalized for comparison.

"a reach put at more than 1,500 kilometres" -> value 2000.0, unit "km", qualifier "over".
Quantities are claims to compare across reports (one article says "over 2,000 km", another
"up to 5,000 km"); nothing is computed from them. Units are normalized (kilometres, km ->
"km"; miles -> "km" with the value converted), thousands separators and "5.5 thousand" are
read, and counted things ("12 launchers", "1,500 troops") get the plural noun as unit. Each
quantity names the tracked subject its sentence is about, if any. Sets ``doc._.quantities``.
"""
from __future__ import annotations

import re

from spacy.attrs import LIKE_NUM, LOWER, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from claimledger.extract import extensions  # noqa: F401  (registers Doc attributes)
from claimledger.extract.events import ANAPHOR_PRONOUNS, DocContext, antecedent, is_anaphoric_noun
from claimledger.extract.extensions import SUBJECTS_KEY
from claimledger.extract.text_cache import doc_ents
from claimledger.lexicon import lexicon

# surface unit (lower case) -> (normalized unit, factor to multiply the value by)
UNITS = {word: tuple(value) for word, value in lexicon().measures["units"].items()}
# two-word units, read before single words
MULTIWORD_UNITS = {tuple(words.split()): tuple(value) for words, value in lexicon().measures["multiword_units"].items()}
PER_HOUR = {tuple(words.split()): unit for words, unit in lexicon().measures["per_hour"].items()}
SPEED_BASES = frozenset(lexicon().measures["speed_bases"])   # "kilometers per hour", "miles an hour"
PREFIX_UNITS = dict(lexicon().measures["prefix_units"])   # the unit precedes the number
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
CURRENCY_WORDS = dict(lexicon().measures["currency_words"])
# the letter after a price ("£2m", "$4.5bn"): read only after a currency sign, where "m" is no metre
CURRENCY_MULTIPLIERS = dict(lexicon().measures["currency_multipliers"])
# counted things: the plural noun is the unit ("12 launchers" -> "launchers")
COUNT_NOUNS = frozenset(lexicon().measures["count_nouns"])
# the unit a counted name is counted in, by the last word of its kind ("loitering munition")
KIND_COUNT_UNITS = dict(lexicon().measures["kind_count_units"])


def kind_unit(kind: str | None) -> str | None:
    """The unit a subject of this kind is counted in, by the kind's last word ("loitering munition":
    drones, "main battle tank": tanks); None for a kind no unit counts."""
    return KIND_COUNT_UNITS.get(kind.split()[-1].lower()) if kind else None


# one unit for the nouns that count one kind of thing: "six aircraft", "10 fighter jets", "6 fighters"
COUNT_UNIT_ALIASES = dict(lexicon().measures["count_unit_aliases"])
MULTIPLIERS = dict(lexicon().measures["multipliers"])
WORD_NUMBERS = dict(lexicon().measures["word_numbers"])
# words before a number -> qualifier, longest first
QUALIFIERS = {tuple(words.split()): qualifier for words, qualifier in lexicon().measures["qualifiers"].items()}
QUALIFIER_REACH = 3
PARTITIVE_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "ROOT"}
RELATIVE_REACH = 6          # "20 HIMARS launchers to Ukraine, 12 of which": tokens back to the noun
ELIDED_DEPS = {"nsubj", "nsubjpass", "dobj"}   # "18 have been delivered", "France has sent 18"
COUNT_MODIFIER_REACH = 3     # "two more Patriot systems": words between number and noun
DATE_LABELS = {"DATE", "TIME"}
# "60-80" the model may label a date (decades); numbers of at most three digits are no years
SHORT_RANGE = re.compile(r"\d{1,3}\s*[-–]\s*\d{1,3}")
# may_start_quantity's words as string ids, to test a Doc's attribute array
START_LOWER_IDS = frozenset(get_string_id(word) for word in (*WORD_NUMBERS, *PREFIX_UNITS))
START_ORTH_IDS = frozenset(get_string_id(sign) for sign in CURRENCY_SYMBOLS)


class QuantityExtractor:
    """Numbers with units, normalized.

    nlp.add_pipe("claimledger_quantities")
    doc = nlp("The Oreshnik has a range of up to 5,000 km.")
    doc._.quantities  # [{"value": 5000.0, "unit": "km", "qualifier": "up to", ...}]
    """

    def __init__(self, nlp: Language, name: str = "claimledger_quantities"):
        """nlp: the pipeline; name: the component name."""
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        not_counts = dated_tokens(doc) | name_tokens(doc)   # "December 17", "Challenger 2"
        quantities, used, starts = [], set(), possible_starts(doc)
        for i in starts:
            token = doc[i]
            if token.i in used or token.i in not_counts:
                continue
            quantity = read_quantity(token)
            if quantity is None:
                continue
            start, end, value, unit = quantity
            # "ten of the 31 Abrams tanks": the 31 is a count of its own (the whole)
            used.update([token.i] if quantity_is_partitive(doc, token, end) else range(start, end))
            qualifier, start = read_qualifier(doc, start)
            span = doc[start:end]
            quantities.append({
                "span": [span.start_char, span.end_char],
                "value": value,
                "unit": unit,
                "qualifier": qualifier,
                "subject": quantity_subject(doc, token, end, unit),
                "text": span.text,
            })
        for i, end, value, unit, subject in elided_counts(doc, starts, used | timex_tokens(doc)):
            qualifier, start = read_qualifier(doc, i)
            span = doc[start:end]
            quantities.append({"span": [span.start_char, span.end_char], "value": value, "unit": unit,
                               "qualifier": qualifier, "subject": subject, "text": span.text})
        quantities.sort(key=lambda item: item["span"])
        doc._.quantities = quantities
        return doc


def dated_tokens(doc: Doc) -> set[int]:
    """Tokens inside dates and times (entities or timexes): "December 17", "2024"."""
    indices = {token.i for ent in doc_ents(doc) if ent.label_ in DATE_LABELS and not SHORT_RANGE.fullmatch(ent.text)
               for token in ent}
    for timex in doc._.timexes or ():
        span = doc.char_span(*timex["span"], alignment_mode="expand")
        if span is not None:
            indices.update(token.i for token in span)
    return indices


def name_tokens(doc: Doc) -> set[int]:
    """Tokens inside a system's name: the 2 of "Challenger 2 tanks" is no count."""
    if SUBJECTS_KEY not in doc.spans:
        return set()
    return {i for span in doc.spans[SUBJECTS_KEY] for i in range(span.start, span.end)}


def counted_subject(doc: Doc, start: int, end: int) -> str | None:
    """The system a counted phrase names itself ("31 Abrams tanks" in a list after "109 Bradley
    vehicles"), which goes before the sentence's nearest mention."""
    if SUBJECTS_KEY not in doc.spans:
        return None
    return next((span.label_ for span in doc.spans[SUBJECTS_KEY] if start < span.start < end), None)


def possible_starts(doc: Doc) -> list[int]:
    """Indices of the tokens that pass ``may_start_quantity``, read off the Doc's attribute
    array: most tokens fail the test, and building each one's Token costs more than it."""
    if len(doc) == 0:
        return []
    rows = doc.to_array([LIKE_NUM, LOWER, ORTH]).tolist()
    return [i for i, (like_num, lower, orth) in enumerate(rows)
            if like_num or lower in START_LOWER_IDS or orth in START_ORTH_IDS]


def may_start_quantity(token: Token) -> bool:
    """A cheap test before parsing: a number, a number word, "Mach" or a currency sign."""
    return (token.like_num or token.lower_ in WORD_NUMBERS or token.lower_ in PREFIX_UNITS
            or token.text in CURRENCY_SYMBOLS)


def read_number(doc: Doc, i: int) -> tuple[float, int] | None:
    """The number starting at token i and the index after it: "2,000", "5.5 thousand", "two"."""
    token = doc[i]
    text = token.lower_.replace(",", "")
    if text in WORD_NUMBERS:
        value = float(WORD_NUMBERS[text])
    else:
        try:
            value = float(text)
        except ValueError:
            return None
    end = i + 1
    units = hyphenated_units(doc, end) if text in WORD_NUMBERS and value >= 20 and value % 10 == 0 else None
    if units is not None:   # "thirty-one": the tens, a hyphen and the units
        value, end = value + units, end + 2
    if end < len(doc) and doc[end].lower_ in MULTIPLIERS:
        value *= MULTIPLIERS[doc[end].lower_]
        end += 1
    return value, end


def hyphenated_units(doc: Doc, i: int) -> int | None:
    """The units after a tens word's hyphen ("thirty-one" is three tokens), when written as one word."""
    if i + 1 >= len(doc) or doc[i].text != "-" or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return None
    value = WORD_NUMBERS.get(doc[i + 1].lower_)
    return int(value) if value is not None and 1 <= value <= 9 else None


def read_quantity(token: Token) -> tuple[int, int, float, str] | None:
    """(start, end, value, unit) of the quantity that starts at token, or None."""
    doc = token.doc
    if token.lower_ in PREFIX_UNITS and token.i + 1 < len(doc):      # "Mach 10"
        number = read_number(doc, token.i + 1)
        if number is not None:
            return token.i, number[1], number[0], PREFIX_UNITS[token.lower_]
        return None
    if token.text in CURRENCY_SYMBOLS and token.i + 1 < len(doc):   # "$1.2 billion", "£2m"
        number = read_number(doc, token.i + 1)
        if number is None:
            return None
        value, end = number
        if end < len(doc) and doc[end].lower_ in CURRENCY_MULTIPLIERS and not doc[end - 1].whitespace_:
            value, end = value * CURRENCY_MULTIPLIERS[doc[end].lower_], end + 1
        return token.i, end, value, CURRENCY_SYMBOLS[token.text]
    number = read_number(doc, token.i)
    if number is None:
        return None
    value, end = number
    unit = read_unit(doc, end)
    if unit is not None:
        unit_name, factor, unit_end = unit
        return token.i, unit_end, round(value * factor, 3), unit_name
    if end < len(doc) and doc[end].text in ASIDE_OPENERS:
        aside = count_after_aside(doc, end)
        return (token.i, aside[0], value, aside[1]) if aside is not None else None
    counted = counted_noun(token)
    if counted is not None:
        return token.i, counted.i + 1, value, count_unit(counted)
    named = counted_name(doc, end)
    if named is not None:
        return token.i, named[0], value, named[1]
    whole = partitive_noun(token) or multiplied_partitive(doc, token, end)
    if whole is not None:
        return token.i, whole[0], value, whole[1]
    apposed = apposed_total(token)
    if apposed is not None:   # the noun phrase, the number and its phrase of totals: "the jets, 10 in total"
        noun, phrase_end = apposed
        return noun.left_edge.i, phrase_end, value, count_unit(noun)
    return None


# "the jets, ten in total, arrived": the phrases after a number set beside its noun that say it counts them all
APPOSED_TOTALS = tuple(tuple(phrase.split()) for phrase in lexicon().measures["scope_words"]["total"]["after"]
                       if phrase.split()[0] == "in")


# a hedge set in brackets between a count and its noun: "24 [by some accounts] of the jets"
ASIDE_OPENERS = {"(": ")", "[": "]"}
ASIDE_REACH = 8           # tokens an aside may hold
ASIDE_NOUN_REACH = 4      # tokens from the aside's end to the counted noun ("of the Su-35 fighter aircraft")


def count_after_aside(doc: Doc, opener: int) -> tuple[int, str] | None:
    """The counted noun after a bracketed aside that follows a number, and the end of the count:
    "24 (by one account) Su-35 aircraft", "16 [as some sources have it] of the MiG-29 fighter
    aircraft". The aside holds no figure of its own ("(about 30 km)" is a measure, not a hedge);
    the noun is a count noun reached through names and modifiers only, so "six (pictured) near the
    base" counts nothing."""
    closer = ASIDE_OPENERS[doc[opener].text]
    close = next((k for k in range(opener + 1, min(len(doc), opener + ASIDE_REACH + 2)) if doc[k].text == closer), None)
    if close is None or any(character.isdigit() for character in doc[opener + 1:close].text):
        return None
    i = close + 1
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1
    if i < len(doc) and doc[i].tag_ == "DT":
        i += 1
    for token in doc[i:i + ASIDE_NOUN_REACH]:
        if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP"):
            return None
        if is_count_word(token):
            last = token   # the run's last count noun: "fighter aircraft"
            while last.i + 1 < len(doc) and is_count_word(doc[last.i + 1]):
                last = doc[last.i + 1]
            return last.i + 1, count_unit(last)
    return None


def is_count_word(token: Token) -> bool:
    return token.lemma_.lower() in COUNT_NOUNS or token.lower_ in COUNT_NOUNS


def apposed_total(number: Token) -> tuple[Token, int] | None:
    """The counted noun a number is set beside with a phrase of totals ("the F-35 jets, 10 in
    total, arrived", "the launchers, four in all, were sent"), and where the phrase ends: the
    noun before the number, when it is a count noun."""
    noun, doc = number.head, number.doc
    if number.dep_ != "appos" or noun.i >= number.i or not (noun.lemma_.lower() in COUNT_NOUNS
                                                            or noun.lower_ in COUNT_NOUNS):
        return None
    after = tuple(token.lower_ for token in doc[number.i + 1:number.i + 4])
    phrase = next((phrase for phrase in APPOSED_TOTALS if after[:len(phrase)] == phrase), None)
    return (noun, number.i + 1 + len(phrase)) if phrase else None


def partitive_noun(number: Token) -> tuple[int, str] | None:
    """The counted whole of "ten of the 31 Abrams tanks", "two of the Patriot batteries": the
    end of the noun phrase after "of" and its unit, when that noun is a counted noun or a counted
    name. Not "one of the most advanced systems" (a superlative ranks, it does not count), and
    "one of the batteries" only when the whole is a stated number ("one of the three batteries")."""
    doc = number.doc
    if (number.dep_ == "quantmod" and number.i + 2 < len(doc) and doc[number.i + 1].lower_ == "of"
            and number.head.i == number.i + 2):
        # "Ten of 31 promised tanks": the parser makes "Ten of" a modifier of the 31
        noun = counted_noun(doc[number.i + 2])
        return (noun.i + 1, count_unit(noun)) if noun is not None else None
    if number.dep_ not in PARTITIVE_DEPS:
        return None
    of = next((child for child in number.children if child.dep_ == "prep" and child.lower_ == "of"), None) or \
        out_of(number)
    if of is None:
        return None
    noun = next((child for child in of.children if child.dep_ == "pobj"), None)
    if noun is None or noun.i <= number.i or noun.tag_ not in ("NNS", "NNPS", "NN", "NNP"):
        return None
    between = number.doc[of.i + 1:noun.i]
    if any(token.tag_ in ("JJS", "RBS") or token.lower_ in ("most", "least") for token in between):
        return None
    stated = any(child.dep_ == "nummod" for child in noun.children)
    value = read_number(number.doc, number.i)
    if value is not None and value[0] < 2 and not stated:
        return None
    if noun.lemma_.lower() in COUNT_NOUNS or noun.lower_ in COUNT_NOUNS:
        return noun.i + 1, count_unit(noun)
    named = counted_name(number.doc, next((token.i for token in between if not token.like_num
                                           and token.dep_ not in ("det", "poss", "amod")), noun.i))
    return named


def multiplied_partitive(doc: Doc, number: Token, end: int) -> tuple[int, str] | None:
    """The whole of "two dozen of the jets", "three hundred of the drones": the parser hangs the
    "of" phrase on the multiplier the number modifies, so the part is read from there, with the
    value of both words."""
    multiplier = doc[end - 1]
    if end - 1 == number.i or multiplier.lower_ not in MULTIPLIERS or number.head.i != multiplier.i:
        return None
    return partitive_noun(multiplier)


def out_of(number: Token) -> Token | None:
    """The "of" of "two out of the eight missiles" right after the number, wherever the parser
    hangs "out" (often on the verb)."""
    doc = number.doc
    if number.i + 2 < len(doc) and doc[number.i + 1].lower_ == "out" and doc[number.i + 2].lower_ == "of":
        return doc[number.i + 2]
    return None


def quantity_is_partitive(doc: Doc, token: Token, end: int) -> bool:
    """Whether the quantity read at ``token`` is a part of a stated whole ("ten of the 31 ...",
    "two out of the eight ...")."""
    return end > token.i + 2 and token.i + 1 < len(doc) and (doc[token.i + 1].lower_ == "of"
                                                              or out_of(token) is not None)


def elided_counts(doc: Doc, starts: list[int], used: set[int]) -> list[tuple[int, int, float, str, str]]:
    """Counts whose noun is left out (start, end, value, unit, subject): "Of the 24 howitzers
    pledged, 18 have already been delivered" (the noun of an "of" phrase on the same verb), "France
    has sent 18, the ministry said", "Two dozen of them arrived" (the system the sentence, or else
    the sentence before, names, counted in the noun it was named with or its kind's unit). Only a
    bare number that stands where a count does (``elided_slot``): "in 2023", "at 18:00", "18
    percent" are no counts. ``starts``: the tokens that may start a quantity
    (``possible_starts``), among them every number."""
    if SUBJECTS_KEY not in doc.spans or not doc.spans[SUBJECTS_KEY]:
        return []
    out = []
    for i in starts:
        token = doc[i]
        if token.i in used or not (token.like_num or token.lower_ in WORD_NUMBERS) or counted_multiplier(token):
            continue
        slot = elided_head(token)
        if elided_slot(slot) is None or any(
                child.dep_ not in ("quantmod", "advmod", "punct") and not pronoun_whole(child)
                and child.i != token.i and not (child.dep_ == "det" and child.lower_ in ("a", "an"))
                for child in slot.children):
            continue
        number = read_number(doc, token.i)
        if number is None or number[1] != slot.i + 1 or not 1 <= number[0] < 1e5:
            continue
        after = slot.i + 1
        if after < len(doc) and (doc[after].pos_ in ("NOUN", "PROPN", "NUM")
                                 or doc[after].lower_ in ("%", "percent")
                                 or (doc[after].lower_ == "of" and not pronoun_whole(doc[after]))):
            continue
        found = elided_noun(doc, slot)
        if found is not None:
            out.append((token.i, after, number[0], *found))
    return out


def elided_head(number: Token) -> Token:
    """The token a count with its noun left out stands as in its clause: the number, or the
    multiplier it multiplies ("Two dozen of them arrived": "dozen" is the verb's subject)."""
    head = number.head
    if number.dep_ in ("nummod", "compound", "quantmod") and head.i == number.i + 1 and head.lower_ in MULTIPLIERS:
        return head
    return number


def counted_multiplier(token: Token) -> bool:
    """A multiplier read with the number before it ("dozen" of "two dozen"): that number starts the count."""
    return token.lower_ in MULTIPLIERS and any(child.i == token.i - 1 and child.dep_ in ("nummod", "compound", "quantmod")
                                               for child in token.children)


# the nouns of a batch a bare number counts the units of ("a batch of 20"): the last words of the
# first-batch phrases of the scope words ("in the first shipment")
BATCH_NOUNS = frozenset(phrase.split()[-1] for phrase in lexicon().measures["scope_words"]["first"]["after"])
# the nouns of a running total a bare number is brought to ("bringing the total to 36")
TOTAL_NOUNS = frozenset(lexicon().measures["total_nouns"]["words"])


def elided_slot(slot: Token) -> str | None:
    """Where a bare number stands as a count, or None: "verb" (the subject or object of a verb:
    "18 have been delivered", "France has sent 18"), "batch" (counted by a batch noun: "a batch of
    20"), "total" (what a running total is brought to: "bringing the total to 36", "the tally rose
    to 36")."""
    head = slot.head
    if slot.dep_ in ELIDED_DEPS and head.pos_ in ("VERB", "AUX"):
        return "verb"
    if slot.dep_ != "pobj":
        return None
    if head.lower_ == "of" and head.head.lemma_.lower() in BATCH_NOUNS and head.head.i == head.i - 1:
        return "batch"
    if head.lower_ == "to" and head.head.pos_ in ("VERB", "AUX") and any(
            child.dep_ in ("dobj", "nsubj") and child.lemma_.lower() in TOTAL_NOUNS for child in head.head.children):
        return "total"
    return None


def pronoun_whole(token: Token) -> bool:
    """"of them", "of those": a part of a whole named before."""
    return token.dep_ == "prep" and token.lower_ == "of" and any(
        child.dep_ == "pobj" and child.tag_ in ("PRP", "DT", "WDT") for child in token.children)


def verb_has_relative_whole(number: Token) -> bool:
    """"112 drones, of which 73 were shot down and 36 were lost": the parser may hang "of which" on
    the number's verb (or on the verb that verb is a conjunct of), before the number; the part is
    then of the noun "which" stands for, never of a system the sentence names elsewhere."""
    verb = number.head
    while True:
        if any(child.i < number.i and pronoun_whole(child) and any(grand.tag_ == "WDT" for grand in child.children)
               for child in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head is verb:
            return False
        verb = verb.head


def timex_tokens(doc: Doc) -> set[int]:
    """Tokens inside timexes (the parser's DATE entities take a bare "18" for a day)."""
    indices = set()
    for timex in doc._.timexes or ():
        span = doc.char_span(*timex["span"], alignment_mode="expand")
        if span is not None:
            indices.update(token.i for token in span)
    return indices


def elided_noun(doc: Doc, number: Token) -> tuple[str, str] | None:
    """(unit, subject) of a count whose noun is left out: an "of" phrase on its verb, else the
    one system its sentence or the sentence before names."""
    spans = doc.spans[SUBJECTS_KEY]
    # "more than 20 HIMARS launchers, 12 of which have been delivered": the noun "which" stands for
    relative = any(pronoun_whole(child) and any(grand.tag_ == "WDT" for grand in child.children)
                   for child in number.children) or verb_has_relative_whole(number)
    if relative:
        verb = number.head
        noun = verb.head if verb.dep_ in ("relcl", "acl") else None
        if noun is None or noun.i > number.i:   # the parser may hang the clause elsewhere: the counted noun just before
            noun = next((token for token in reversed(doc[max(number.sent.start, number.i - RELATIVE_REACH):number.i])
                         if token.lemma_.lower() in COUNT_NOUNS or token.lower_ in COUNT_NOUNS), None)
        if noun is None or not (noun.lemma_.lower() in COUNT_NOUNS or noun.lower_ in COUNT_NOUNS):
            return None
        inside = [span for span in spans if noun.left_edge.i <= span.start and span.end <= noun.i + 1]
        return (count_unit(noun), inside[-1].label_) if inside else None
    for child in number.head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for noun in child.children:
                if noun.dep_ == "pobj" and (noun.lemma_.lower() in COUNT_NOUNS or noun.lower_ in COUNT_NOUNS):
                    inside = [span for span in spans if child.i < span.start and span.end <= noun.i + 1]
                    if inside:
                        return count_unit(noun), inside[-1].label_
    sent = number.sent
    mentions = [span for span in spans if sent.start <= span.start < sent.end]
    if not mentions and sent.start > 0:
        before = doc[sent.start - 1].sent
        mentions = [span for span in spans if before.start <= span.start < before.end]
    if len({span.label_ for span in mentions}) != 1:
        return None
    mention = mentions[-1]
    noun = mention.root if mention.root.lemma_.lower() in COUNT_NOUNS else mention.root.head
    if noun.i >= mention.start and noun.lemma_.lower() in COUNT_NOUNS and noun.tag_ in ("NNS", "NNPS"):
        return count_unit(noun), mention.label_
    unit = kind_unit(mention.kb_id_)
    return (unit, mention.label_) if unit else None


def counted_name(doc: Doc, i: int) -> tuple[int, str] | None:
    """A plural name counted by the number before it ("about 2,000 'Shaheds'", "31 Abrams"): its
    end and the unit its kind counts in (a loitering munition in drones, a tank in tanks), so the
    count is compared with "2,400 Shahed drones"; a name whose kind counts in no unit, none."""
    while i < len(doc) and doc[i].is_quote:
        i += 1
    if i >= len(doc) or SUBJECTS_KEY not in doc.spans:
        return None
    for span in doc.spans[SUBJECTS_KEY]:
        if span.start == i and span[-1].lower_.endswith("s") and span.kb_id_:
            unit = kind_unit(span.kb_id_)
            return (span.end, unit) if unit else None
    return None


def read_unit(doc: Doc, i: int) -> tuple[str, float, int] | None:
    """The unit at token i (after an optional hyphen: "2,000-kilometer"), with its end."""
    if i < len(doc) and doc[i].text == "-":
        i += 1
    if i >= len(doc):
        return None
    if i + 1 < len(doc):
        pair = (doc[i].lower_, doc[i + 1].lower_)
        if pair in MULTIWORD_UNITS:
            name, factor = MULTIWORD_UNITS[pair]
            return name, factor, i + 2
    word = doc[i].lower_
    if word in CURRENCY_WORDS:
        return CURRENCY_WORDS[word], 1.0, i + 1
    if word not in UNITS:
        return None
    name, factor = UNITS[word]
    if name == "km" and i + 2 < len(doc):   # "kilometers per hour", "km/h", "miles an hour"
        pair = (doc[i + 1].lower_, doc[i + 2].lower_.rstrip("."))   # "km/h." at a sentence end
        if pair in PER_HOUR:
            return PER_HOUR[pair], factor, i + 3
    if name in ("m", "t") and not doc[i].text.islower() and len(doc[i]) == 1:
        return None   # a stray capital "M" or "T" is a name part, not metres or tonnes
    return name, factor, i + 1


def counted_noun(number: Token) -> Token | None:
    """The counted noun a number modifies: "12 launchers", "two more Patriot systems"."""
    noun = number.head
    if number.dep_ not in ("nummod", "compound") or noun.i <= number.i:
        return None
    # "10 F-16 fighter jets": 10 -> F-16 -> jets; "not more than 12 F-16 jets": 12 -> F-16 (nummod) -> jets
    # "nine total missiles": the parser may hang the number on an adjective of the noun
    while noun.dep_ in ("compound", "nummod", "amod") and noun.head.i > noun.i:
        noun = noun.head
    noun = noun_after_name(noun)
    # words between them, a hyphenated compound ("Iranian-made", "F-16") counting as its parts less the
    # hyphen, and the system's own name not at all ("a single Indian Air Force Rafale jet")
    first = range_end(number)   # "60-80 newly built jets": the range's second number modifies nothing
    named = named_tokens(number.doc, first, noun.i)
    named |= {i + 1 for i in named if number.doc[i + 1].is_upper and len(number.doc[i + 1]) <= 2}   # "Gripen E"
    if sum(not token.is_punct and token.i not in named
           for token in number.doc[first:noun.i]) > COUNT_MODIFIER_REACH:
        return None
    if noun.lemma_.lower() in COUNT_NOUNS or noun.lower_ in COUNT_NOUNS:
        return noun
    return None


RANGE_JOINERS = frozenset({"-", "–", "to", "or"})


def range_end(number: Token) -> int:
    """The index after a range that starts at ``number`` ("60-80", "six to eight"), else after the number."""
    doc, after = number.doc, number.i + 1
    if after + 1 < len(doc) and doc[after].lower_ in RANGE_JOINERS and (
            doc[after + 1].like_num or doc[after + 1].lower_ in WORD_NUMBERS):
        return after + 2
    return after


def noun_after_name(token: Token) -> Token:
    """The count noun right after a system's name that the parser took for the head ("ordered
    2,400 Shahed-136 drones", with the number hung on "Shahed-136"): the noun counts, the name
    only says which."""
    doc = token.doc
    if SUBJECTS_KEY not in doc.spans:
        return token
    span = next((span for span in doc.spans[SUBJECTS_KEY] if span.start <= token.i < span.end), None)
    if span is None or span.end >= len(doc):
        return token
    after = doc[span.end]
    return after if after.lemma_.lower() in COUNT_NOUNS or after.lower_ in COUNT_NOUNS else token


def named_tokens(doc: Doc, start: int, end: int) -> set[int]:
    """The tokens from start to end that are inside a subject's name."""
    if end - start <= COUNT_MODIFIER_REACH or SUBJECTS_KEY not in doc.spans:
        return set()
    return {i for span in doc.spans[SUBJECTS_KEY] if span.start < end and span.end > start
            for i in range(max(span.start, start), min(span.end, end))}


def count_unit(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    if lemma in COUNT_UNIT_ALIASES:
        return COUNT_UNIT_ALIASES[lemma]
    if noun.lower_ in COUNT_UNIT_ALIASES:
        return COUNT_UNIT_ALIASES[noun.lower_]
    return lemma + "s"


# the one noun a unit is counted from, where the alias table names exactly one ("batteries": battery)
SINGLE_ALIAS = {unit: nouns[0] for unit in set(COUNT_UNIT_ALIASES.values())
                if len(nouns := [noun for noun, aliased in COUNT_UNIT_ALIASES.items() if aliased == unit]) == 1}


def singular_unit(unit: str) -> str:
    """The noun ``count_unit`` made a unit of, for "1 launcher": its one alias, else the unit
    without the "s" ``count_unit`` added; a unit of several nouns ("aircraft", "troops") as it is."""
    if unit in SINGLE_ALIAS:
        return SINGLE_ALIAS[unit]
    if unit in COUNT_UNIT_ALIASES.values():
        return unit
    return unit[:-1] if unit.endswith("s") else unit


def read_qualifier(doc: Doc, start: int) -> tuple[str | None, int]:
    """The qualifier right before a quantity ("over", "up to") and the new start."""
    for length in range(QUALIFIER_REACH, 0, -1):
        if start - length < 0:
            continue
        words = tuple(token.lower_ for token in doc[start - length:start])
        if words in QUALIFIERS and doc[start - 1].dep_ != "prt":   # not "hand over two"
            return QUALIFIERS[words], start - length
    return None, start


def quantity_subject(doc: Doc, number: Token, end: int, unit: str) -> str | None:
    """The tracked subject a quantity is of: the object a measure's "with" phrase describes,
    else the subject its count names, else its sentence's."""
    measured = measured_subject(doc, number, unit)
    if measured is not None:
        return measured or None
    return counted_subject(doc, number.i, end) or sentence_subject(doc, number)


MEASURED_UNITS = frozenset(lexicon().measures["measured_units"])
UNTRACKED = ""   # a measure of a thing the subject list does not track


def measured_subject(doc: Doc, number: Token, unit: str) -> str | None:
    """Whose a measure is when the parser hangs its "with" phrase on the verb ("can carry cruise
    missiles with a 3,410-mile range"): the verb's object's, named before the phrase. The
    tracked subject the object names; ``UNTRACKED`` when it names none (the carrier's subject
    is not measured); None when the measure stands in no such phrase."""
    if unit not in MEASURED_UNITS or SUBJECTS_KEY not in doc.spans:
        return None
    token = number
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            return None
        if token.dep_ == "prep" and token.lower_ == "with" and head.pos_ in ("VERB", "AUX"):
            objects = [child for child in head.children if child.dep_ == "dobj" and child.i < token.i]
            if not objects:
                return None
            low, high = objects[0].left_edge.i, objects[0].right_edge.i
            named = [span for span in doc.spans[SUBJECTS_KEY] if low <= span.start and span.end <= high + 1]
            return named[-1].label_ if named else UNTRACKED
        token = head
    return None


def sentence_subject(doc: Doc, token: Token) -> str | None:
    """The tracked subject of the quantity's sentence: the nearest mention before the
    quantity, else the first one after it."""
    if SUBJECTS_KEY not in doc.spans:
        return None
    sent = token.sent
    mentions = [span for span in doc.spans[SUBJECTS_KEY] if sent.start <= span.start < sent.end]
    before = [span for span in mentions if span.start < token.i]
    if before:
        return before[-1].label_
    if mentions:
        return mentions[0].label_
    # "The missile has a range of 5,000 km": the subject an anaphoric sentence subject names
    for child in sent.root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and (
                child.lower_ in ANAPHOR_PRONOUNS or is_anaphoric_noun(child)):
            return antecedent(child, DocContext(doc))
    return None


@Language.factory(
    "claimledger_quantities",
    default_config={},
    assigns=["doc._.quantities"],
    requires=["doc.spans", "doc.ents"],
)
def create_quantities(nlp: Language, name: str):
    """The quantity extractor; place it after the subjects component."""
    return QuantityExtractor(nlp, name)
