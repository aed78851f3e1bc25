"""A system said not to be somewhere, read from the parse (English): "there are no HQ-9 missiles on
the island", "there aren't any Iskander launchers in Belarus", "no S-400 batteries have been placed
in Crimea", "the launchers had never been stationed there"; and a status noun said not to have happened, "there
has been no delivery of Fath-360 missiles to Russia" (that status denied, bound where its "to" says).

Each is a claim DEPLOYED of kind ``denied`` (modality negated) of the system the phrase names, at
the place its "in", "on" or "at" phrase names (else none); the status kind sets it against a
report of the system deployed or arrived there (docs/link.md, "status"). A deployment said not yet
done ("have not yet been deployed") is a status still ahead, read by the pending rules, and an
active "has not deployed" stays one too; only the passive, "never" and "no ..." deny. Words: the
deployment words of the denial cues' ``status_words``, ``not_refusal_words`` of the refusal cues
(stop words: "yet", "only", "until")."""
from __future__ import annotations

from claimledger.extract.parsed_losses import ahead, negated, refuted
from claimledger.extract.token_filters import lemma_positions, lower_positions
from claimledger.lexicon import lexicon
from claimledger.schema import StatusClaim

PLACE_PREPS = frozenset(lexicon().events["holding_place_preps"])   # "in", "at", "on": where a system is
TO = frozenset({"to"})   # where a denied delivery was bound
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def absence_claims(doc, extraction, references, claims) -> list[StatusClaim]:
    """One denied deployment per sentence and system said absent; none where the sentence already
    denies that system's deployment (``claims``)."""
    if doc is None or (extraction.document.lang or "en") != "en" or not references:
        return []
    taken = {(claim.sentence_span, claim.subject) for claim in claims
             if claim.kind == "denied" and claim.status in ("DEPLOYED", "ARRIVED")}
    from claimledger.extract.link_records import denied_status_of

    found: dict[tuple, StatusClaim] = {}
    for head, phrase in existential_absences(doc) + undone_deployments(doc):
        status = denied_status_of().get(phrase.lower_) if phrase.dep_ == "attr" else None
        if status is not None:   # "there has been no delivery of the missiles to Russia": that status denied
            start, end, place = phrase.idx, phrase.right_edge.idx + len(phrase.right_edge), place_of(head, phrase, TO)
        else:
            # the system is the noun or stands before it ("no HQ-9 missiles"), not in what follows
            # ("no plans to deploy HQ-9", "no doubt that the HQ-9 ...")
            status, start, end, place = "DEPLOYED", phrase.left_edge.idx, phrase.idx + len(phrase), place_of(head, phrase)
        sentence = (head.sent.start_char, head.sent.end_char)
        for ref in references:
            if start <= ref.span[0] < end and (sentence, ref.subject) not in taken:
                found.setdefault((sentence, ref.subject), StatusClaim(
                    extraction.document.id, sentence, ref.subject, status, kind="denied", modality="negated",
                    location=place, sentence_span=sentence))
    return list(found.values())


def existential_absences(doc) -> list[tuple]:
    """(the verb "be", the noun said absent) of "there are no X", "there is not a single X",
    "there aren't any X"."""
    out = []
    for be in (doc[i] for i in lemma_positions(doc, frozenset({"be"}))):
        if not any(child.dep_ == "expl" for child in be.children) or ahead(be) or stopped(be):
            continue
        for noun in be.children:
            if noun.dep_ in ("attr", "nsubj") and noun.pos_ in ("NOUN", "PROPN") and (
                    refuted(noun) or (negated(be) and any(child.lower_ == "any" for child in noun.children))):
                out.append((be, noun))
    return out


def undone_deployments(doc) -> list[tuple]:
    """(the verb, what it deploys) of a passive deployment denied: "no S-400 batteries have been
    placed", "had never been stationed", "were not deployed"; not "not yet", not an active
    "has not deployed" (a deployment still ahead)."""
    words = deployment_words()
    out = []
    for verb in (doc[i] for i in lower_positions(doc, words)):
        if verb.pos_ != "VERB" or ahead(verb) or stopped(verb):
            continue
        if not any(child.dep_ == "auxpass" for child in verb.children):
            continue
        subjects = [child for child in verb.children if child.dep_ == "nsubjpass"]
        never = any(child.lower_ == "never" for child in verb.children)
        for noun in subjects:
            if refuted(noun) or never or negated(verb):
                out.append((verb, noun))
    return out


def deployment_words() -> frozenset[str]:
    return frozenset(word.lower() for word in lexicon().cues["denial"]["status_words"]["DEPLOYED"])


def stopped(verb) -> bool:
    """"not yet", "not only", "until": no denial."""
    stops = set(lexicon().cues["refusal"]["not_refusal_words"])
    return any(child.lower_ in stops for child in verb.children)


def place_of(head, phrase, preps=PLACE_PREPS) -> str | None:
    """The place an "in", "on" or "at" phrase (or ``preps``) of the verb or of the noun names ("on
    Woody Island", a delivery "to Russia")."""
    for token in (phrase, head):
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in PLACE_LABELS:
                    return next((ent.text for ent in obj.doc.ents if ent.start <= obj.i < ent.end), obj.text)
    return None
