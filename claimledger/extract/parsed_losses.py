"""Losses denied in words the frames of ``link_records`` do not read, from the parse (English).

A side that denies its losses often names only the kind of what it lost and whose it was: "not a
single Pakistani military aircraft was damaged or destroyed", "Pakistan did not lose any jets", "the blasts
caused no damage to Russian aircraft", "denied that any Indian jets had been shot down". Such a
denial is kept as a claim DESTROYED of kind ``denied`` whose subject is ``GENERIC_SUBJECT``, the
holder's place key and the kind ("arms:pakistan/aircraft", ``link.documents.loss_denial_subject``);
the link stage sets it against a reported loss of a system of that kind held by that country
(docs/link.md, "denials that name no system"). A holder not named gives no claim.

A named system is denied lost by a predicate of no harm ("the Su-34 jets at the base were
intact", "survived the raid unscathed") or a negated loss noun that names it ("there were no Su-34
losses"): a denied DESTROYED of that subject (``named_loss_denials``).

Kind nouns: the loss agents' ``kind_nouns``; loss nouns ("damage to", "losses of"), predicates of
no harm and their heads: the loss cues' ``loss_nouns``, ``unharmed_words``, ``unharmed_heads``.
A strike said to have hit decoys ("Russia hit decoy Patriot systems", "the targets were decoys")
denies the loss of the system the decoys stood for (``decoy_phrases``; ``decoy_nouns``)."""
from __future__ import annotations

from claimledger.extract.agents import phrase_country
from claimledger.extract.token_filters import lower_positions
from claimledger.lexicon import lexicon
from claimledger.schema import StatusClaim

DENIED_DETERMINERS = frozenset({"no", "not"})   # "no aircraft", "not a single aircraft"


def class_loss_denials(doc, extraction, references) -> list[StatusClaim]:
    """One denied loss per sentence and holder's kind, read from the parse (English only)."""
    from claimledger.link.documents import loss_denial_subject
    from claimledger.link.identity import place_key

    if doc is None or (extraction.document.lang or "en") != "en":
        return []
    kinds = lexicon().cues["loss"]["agents"]["kind_nouns"]
    named = [tuple(ref.span) for ref in references]
    found: dict[tuple, StatusClaim] = {}
    for noun in (doc[i] for i in lower_positions(doc, frozenset(kinds))):
        if noun.pos_ not in ("NOUN", "PROPN") or not denied_loss_of(noun):
            continue
        start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
        if any(start <= ref_start < end for ref_start, _ in named):
            continue   # "no Su-34 aircraft": the system is named, read by the denials of a subject
        if doer_named(noun, named):
            continue   # "denied that a Turkish F-16 shot down the jet": who did it is denied, not the loss
        holder = holder_of(noun)
        if holder is None:
            continue
        sentence = (noun.sent.start_char, noun.sent.end_char)
        subject = loss_denial_subject(place_key(holder), kinds[noun.lower_])
        found.setdefault((sentence, subject), StatusClaim(
            extraction.document.id, sentence, subject, "DESTROYED", kind="denied", modality="negated",
            sentence_span=sentence))
    return list(found.values())


def doer_named(noun, named) -> bool:
    """Whether the active verb of loss that takes the noun as its object has a doer that names a
    system ("a Turkish F-16 shot down the jet"): the denial is of the doer's use
    (``link_records.doer_or_loss``)."""
    verb = noun.head
    if noun.dep_ != "dobj" or any(child.dep_ == "auxpass" for child in verb.children):
        return False
    return any(child.dep_ == "nsubj" and any(child.left_edge.idx <= start <= child.right_edge.idx for start, _ in named)
               for child in verb.children)


def named_loss_denials(doc, extraction, references, claims) -> list[StatusClaim]:
    """A denied loss of each system a predicate of no harm is said of, or a negated loss noun
    names; none where the sentence already denies that system's loss (``claims``)."""
    if doc is None or (extraction.document.lang or "en") != "en" or not references:
        return []
    loss = lexicon().cues["loss"]
    taken = {(claim.sentence_span, claim.subject) for claim in claims
             if claim.status == "DESTROYED" and claim.kind == "denied"}
    phrases = [subject for i in lower_positions(doc, frozenset(loss["unharmed_words"]))
               for subject in unharmed_subjects(doc[i], loss["unharmed_heads"])]
    phrases += [doc[i] for i in lower_positions(doc, frozenset(loss["loss_nouns"])) if negated_loss_noun(doc[i])]
    phrases += [noun_core(phrase) for i in lower_positions(doc, frozenset(loss["decoy_nouns"]))
                for phrase in decoy_phrases(doc[i], loss["decoy_targets"])]
    found: dict[tuple, StatusClaim] = {}
    for phrase in phrases:
        start, end = bounds(phrase)
        sentence = (phrase.sent.start_char, phrase.sent.end_char)
        for ref in references:
            if start <= ref.span[0] < end and (sentence, ref.subject) not in taken:
                found.setdefault((sentence, ref.subject), StatusClaim(
                    extraction.document.id, sentence, ref.subject, "DESTROYED", kind="denied", modality="negated",
                    sentence_span=sentence))
    return list(found.values())


def bounds(phrase) -> tuple[int, int]:
    """The characters of a phrase: a span's own, or a token's subtree."""
    if hasattr(phrase, "start_char"):
        return phrase.start_char, phrase.end_char
    return phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge)


def noun_core(noun):
    """A noun with the words before it and its "of" phrase ("decoy Patriot systems", "replicas of
    HIMARS launchers"): what it names, without a comparison or a clause that only describes it
    ("the decoy, far slower than the Shahed-136")."""
    end = noun.i + 1
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > noun.i:
            end = max(end, child.right_edge.i + 1)
    return noun.doc[noun.left_edge.i:end]


def decoy_phrases(noun, targets) -> list:
    """Where a strike said to have hit decoys names the system they stood for: the decoy noun a
    verb of loss takes ("hit decoy Patriot systems", "struck replicas of HIMARS"), or, when a copula says the targets were
    decoys ("the targets were actually decoys"), what a verb of loss in that sentence took."""
    if noun.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return []
    if noun.dep_ in ("compound", "amod") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head   # "decoy Patriot systems": the phrase the decoy word qualifies
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "pobj") and loss_verb(head if noun.dep_ != "pobj" else head.head):
        verb = head if noun.dep_ != "pobj" else head.head   # "struck replicas of HIMARS": the "of" phrase
        return [] if negated(verb) or ahead(verb) else [noun]
    if noun.dep_ != "attr" or head.lemma_.lower() != "be" or negated(head) or ahead(head):
        return []
    if not any(child.dep_ == "nsubj" and child.lower_ in targets for child in head.children):
        return []
    return [child for verb in noun.sent if verb is not head and loss_verb(verb)
            for child in verb.children if child.dep_ in ("dobj", "nsubjpass")]


def unharmed_subjects(word, heads) -> list:
    """The subjects a predicate of no harm is said of: "the jets were intact", "the battery
    remained undamaged", "survived the raid unscathed"; none when negated or ahead."""
    head = word.head
    if head is word or head.lemma_.lower() not in heads or negated(head) or ahead(head):
        return []
    return [child for child in head.children if child.dep_ in ("nsubj", "nsubjpass")]


def negated_loss_noun(noun) -> bool:
    """"no Su-34 losses", "did not suffer any losses of Su-34 jets"."""
    if noun.pos_ != "NOUN":
        return False
    governor = governing_verb(noun)
    return refuted(noun) or (governor is not None and not ahead(governor) and negated(governor))


def denied_loss_of(noun) -> bool:
    """Whether the noun is what a denied loss befell: the subject of a negated verb of loss or of
    one under "no" ("not a single aircraft was damaged", "no jets were lost"), the object of a
    negated loss ("did not lose any jets", "lost no jets"), the "to" or "of" phrase of a denied loss
    noun ("did not result in damage to aircraft", "caused no damage to aircraft"), or any of them
    in a clause a denial verb governs ("denied that any jets had been shot down")."""
    if noun.dep_ in ("nsubjpass", "dobj"):   # an active verb's subject is who caused the loss
        verb = noun.head
        return loss_verb(verb) and not ahead(verb) and (refuted(noun) or negated(verb) or denied_clause(verb))
    if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "of") and noun.head.head.pos_ == "NOUN":
        loss = noun.head.head
        if loss.lemma_.lower() not in lexicon().cues["loss"]["loss_nouns"]:
            return False
        governor = governing_verb(loss)
        return refuted(loss) or (governor is not None and not ahead(governor)
                                 and (negated(governor) or denied_clause(governor)))
    return False


def loss_verb(verb) -> bool:
    from claimledger.extract.link_records import token_status

    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return token_status(verb) == "DESTROYED" or verb.lemma_.lower() in lexicon().cues["loss"]["agents"]["loser_lemmas"]


def refuted(word) -> bool:
    """"no jets", "not a single aircraft", "not one plane", "no HQ-9 launchers" (the parser may
    hang "no" on the name before the noun)."""
    words = [word] + [child for child in word.children if child.dep_ == "compound"]
    return any((child.dep_ in ("det", "neg") and child.lower_ in DENIED_DETERMINERS)
               or (child.dep_ == "nummod" and child.lower_ == "one" and any(grand.dep_ == "neg" for grand in child.children))
               for token in words for child in token.children)


def negated(verb) -> bool:
    """The verb, or the one its conjunct hangs on ("was damaged or destroyed"), is negated."""
    for token in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        if any(child.dep_ == "neg" for child in token.children):
            return True
    return False


def ahead(verb) -> bool:
    """Under a modal or a condition: "no jet will be lost", "if no aircraft were hit"."""
    marks = set(lexicon().events["condition_marks"])
    return any((child.dep_ == "aux" and child.tag_ == "MD") or (child.dep_ == "mark" and child.lower_ in marks)
               for child in verb.children)


def denied_clause(verb) -> bool:
    """The clause is what a denial verb governs: "denied that any jets had been shot down",
    "denied the claim that six jets were destroyed"."""
    head = verb.head if verb.dep_ == "conj" else verb
    if head.dep_ in ("ccomp", "xcomp"):
        return denial_verb(head.head) or denied_speaker(head.head)
    # "denied the claim that six jets were destroyed": the clause of a claim noun it takes
    claim = head.head
    return (head.dep_ == "acl" and claim.dep_ in ("dobj", "nsubjpass")
            and claim.lower_ in lexicon().cues["denial"]["claim_nouns"] and denial_verb(claim.head))


def denied_speaker(saying) -> bool:
    """The clause is what a speaker said whose words a denial verb takes ("denied the remarks of the
    air chief, who claimed that six jets were destroyed")."""
    if saying.dep_ != "relcl":
        return False
    noun = saying.head
    while noun.dep_ in ("pobj", "prep") and noun.head is not noun:
        noun = noun.head
    return (noun.dep_ in ("dobj", "nsubjpass") and noun.lower_ in lexicon().cues["denial"]["claim_nouns"]
            and denial_verb(noun.head))


def denial_verb(verb) -> bool:
    """A verb of denial that denies ("denied", not "did not deny")."""
    from claimledger.extract.link_records import unsaid_denial

    verbs = set(lexicon().cues["denial"]["structure"]["verb_lemmas"])
    return verb.lemma_.lower() in verbs and verb.pos_ == "VERB" and not unsaid_denial(verb)


def governing_verb(noun):
    """The verb a loss noun is the object of, directly or through a preposition ("caused no
    damage", "did not result in damage")."""
    token = noun
    while token.dep_ in ("pobj", "prep") and token.head is not token:
        token = token.head
    if token is not noun and token.pos_ in ("VERB", "AUX"):
        return token   # "did not result in damage": the preposition's verb
    # a loss noun inside the subject's phrase is what the subject is about, not what its verb says
    # ("a video of the destruction ... does not match the first one")
    governed = ("dobj", "attr") if token is not noun else ("dobj", "nsubj", "attr")
    head = token.head if token.dep_ in governed else None
    return head if head is not None and head.pos_ in ("VERB", "AUX") else None


def holder_of(noun) -> str | None:
    """The country whose systems the denial speaks of: one named on the noun ("Pakistani
    aircraft", "Russia's jets"), else, for a loser's verb, its subject ("Pakistan did not lose any
    jets")."""
    from claimledger.extract.donors import PRONOUNS, token_country

    # on the noun, or on a compound before it ("Pakistani fighter jets")
    compounds = [child for child in noun.children if child.dep_ == "compound"]
    for child in [*noun.children, *(grand for compound in compounds for grand in compound.children)]:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.lower_ not in PRONOUNS:
            if found := token_country(child):
                return found
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in lexicon().cues["loss"]["agents"]["loser_lemmas"]:
        for child in verb.children:
            if child.dep_ == "nsubj" and child.lower_ not in PRONOUNS:
                return phrase_country(child)
    return None
