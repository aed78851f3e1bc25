"""claimledger_sourcing: who stands behind each claim, and how strongly it is put.

Every claim-bearing sentence (one with an event, a quote, a tracked subject, a number or a
named entity in a finite clause) gets one ``doc._.claims`` entry: its source (the speaker of
an overlapping quote, the subject of a reporting verb, "according to X") with the source's
type (``schema.SourceType``), and its modality (``schema.Modality``) with the word that set
it. Cues count only where the parse attaches them to the sentence's main predication (the
root, the content clause of a reporting root, and their conjuncts), so "a move that could
redefine ..." in a relative clause does not hedge the whole sentence.

Modality, strongest first: negated (not, never, denied), hedged (may, might, could,
reportedly, suggest, is believed, likely, if confirmed), planned (will, plans to, is to,
getting ready to), reported (the claim has a source), asserted (the text's own voice).
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import ENT_TYPE, LIKE_NUM, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimledger.extract import extensions  # noqa: F401  (registers Doc attributes)
from claimledger.extract.events import CONDITIONAL_AUX, CORRELATIVE_NEGATIONS, NEGATIONS, char_span, sentence_lines
from claimledger.extract.events import FUTURE_AUX as FUTURE_OR_CONDITIONAL_AUX
from claimledger.extract.extensions import SUBJECTS_KEY
from claimledger.extract.speakers import VAGUE_HEADS, SpeakerResolver, built_resolver
from claimledger.extract.syntax import has_to
from claimledger.extract.text_cache import doc_text
from claimledger.lexicon import lexicon
from claimledger.schema import Extraction, Modality, SourceType

# "not", "never", "neither", and "nobody" or "nothing" as the subject or object
NEGATION_WORDS = NEGATIONS | CORRELATIVE_NEGATIONS | frozenset(lexicon().cues["negative_pronouns"])
NEGATION_VERBS = frozenset(lexicon().cues["negation_verbs"])   # "ruled out"
# "not only X but Y", "not merely": additive, not a negation of the claim
NEGATION_FALSE_FRIENDS = frozenset(lexicon().cues["negation_false_friends"])
HEDGE_MODALS = frozenset(lexicon().cues["hedge_modals"])   # not "can": a stated capability is asserted
HEDGE_ADVERBS = frozenset(lexicon().cues["hedge_adverbs"])
HEDGE_VERBS = frozenset(lexicon().cues["hedge_verbs"])
# hedges only with a complement: "appears to be", "seems likely", not "first appeared in"
COMPLEMENT_HEDGES = frozenset(lexicon().cues["complement_hedges"])
HEDGE_ADJECTIVES = frozenset(lexicon().cues["hedge_adjectives"])
# "if confirmed", "if true": the claim waits on a check
HEDGE_CONDITIONS = frozenset(lexicon().cues["hedge_conditions"])
FUTURE_AUX = FUTURE_OR_CONDITIONAL_AUX - CONDITIONAL_AUX   # the plain future: "would" plans nothing here
PLAN_VERBS = frozenset(lexicon().cues["plan_verbs"])
REPORTING_VERBS = frozenset(lexicon().speech_verbs["reporting"])
ACCORDING_LEMMAS = {"accord"}
CUE_DEPS = {"aux", "auxpass", "neg", "advmod", "acomp", "mark", "npadvmod", "det", "prep",
            "advcl", "xcomp"}
CLAIM_CLAUSE_DEPS = {"ccomp", "conj", "xcomp"}
CLAIM_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT",
                       "LAW", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
FINITE_TAG_IDS = frozenset(get_string_id(tag) for tag in FINITE_TAGS)
CLAIM_ENTITY_IDS = frozenset(get_string_id(label) for label in CLAIM_ENTITY_LABELS)


class ClaimSourcing:
    """Classify each claim-bearing sentence by source type and modality.

    nlp.add_pipe("claimledger_sourcing", after="claimledger_events")
    doc = nlp("Analysts suggest the Oreshnik may be moved.")
    doc._.claims  # [{"source_type": "vague", "modality": "hedged", "cue": "suggest", ...}]
    """

    def __init__(self, nlp: Language, name: str = "claimledger_sourcing"):
        """nlp: the pipeline; name: the component name."""
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        resolver = LazyResolver(doc)
        index = ClaimIndex(doc)
        claims = []
        for sent in doc.sents:
            for line in sentence_lines(sent):
                if index.is_claim_bearing(line):
                    claims.append(classify_sentence(line, resolver))
        doc._.claims = claims
        return doc


class LazyResolver:
    """A SpeakerResolver for a Doc: the one the quote stage built, else one built on the
    first ``resolve`` (the claims of most documents name no source to resolve, and building
    one reads every entity)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._resolver: SpeakerResolver | None = built_resolver(doc)

    def resolve(self, token: Token):
        if self._resolver is None:
            self._resolver = SpeakerResolver(self.doc)
        return self._resolver.resolve(token)


class ClaimIndex:
    """Whether a sentence is claim-bearing (asserts something checkable: not a heading, not
    pure filler), from what is gathered once per Doc: the tokens with a finite tag, the
    numbers and claim entities, the subject mentions' starts, the events' and quotes' spans."""

    def __init__(self, doc: Doc):
        self.doc = doc
        rows = doc.to_array([TAG, LIKE_NUM, ENT_TYPE]).tolist() if len(doc) else []
        self.finite = [i for i, (tag, _, _) in enumerate(rows) if tag in FINITE_TAG_IDS]
        self.checkable = [i for i, (_, like_num, ent_type) in enumerate(rows)
                          if like_num or ent_type in CLAIM_ENTITY_IDS]
        self.subject_starts = sorted(span.start for span in doc.spans[SUBJECTS_KEY]) \
            if SUBJECTS_KEY in doc.spans else []
        # read off the Doc once: each look-up of an extension attribute costs a call
        self.event_spans = [event["span"] for event in doc._.events or ()]
        self.quote_spans = [quote["span"] for quote in doc._.quotes or ()]

    def is_claim_bearing(self, sent: Span) -> bool:
        """A sentence with a finite verb that holds an event, a quote, a subject, a number or a claim entity."""
        if not any_in(self.finite, sent.start, sent.end):
            return False   # a heading or caption without a finite verb
        start, end = sent.start_char, sent.end_char
        if any(start < span[1] and span[0] < end for span in self.event_spans):
            return True
        if any(start < span[1] and span[0] < end for span in self.quote_spans):
            return True
        if any_in(self.subject_starts, sent.start, sent.end):
            return True
        return any_in(self.checkable, sent.start, sent.end)


def any_in(positions: list[int], start: int, end: int) -> bool:
    """Whether the sorted ``positions`` hold one in [start, end)."""
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def classify_sentence(sent: Span, resolver: SpeakerResolver | LazyResolver) -> dict:
    verbs = claim_verbs(sent)
    source, source_type, report_cue = find_claim_source(sent, verbs, resolver)
    modality, cue = find_modality(verbs)
    if modality is None:
        modality = Modality.REPORTED.value if source_type != SourceType.NONE.value else Modality.ASSERTED.value
        cue = report_cue if modality == Modality.REPORTED.value else None
    return {
        "span": char_span(sent),
        "source_type": source_type,
        "modality": modality,
        "source": source,
        "cue": cue,
    }


def claim_verbs(sent: Span) -> list[Token]:
    """The root, and the clauses that carry the claim with it: conjuncts, the content clause
    of a reporting verb, infinitival complements ("is expected to be deployed")."""
    verbs, frontier = [], [sent.root]
    while frontier:
        verb = frontier.pop()
        verbs.append(verb)
        for child in verb.children:
            if child.dep_ in CLAIM_CLAUSE_DEPS and child.pos_ in ("VERB", "AUX", "ADJ"):
                frontier.append(child)
    return sorted(verbs, key=lambda token: token.i)


def find_modality(verbs: list[Token]) -> tuple[str | None, str | None]:
    """The strongest modality cued on the main predication, and its cue word."""
    found = {}
    for verb in verbs:
        for modality, cue in verb_cues(verb):
            found.setdefault(modality, cue)
    for modality in (Modality.NEGATED, Modality.HEDGED, Modality.PLANNED):
        if modality.value in found:
            return modality.value, found[modality.value]
    return None, None


def verb_cues(verb: Token):
    """(modality, cue word) pairs set by a verb and the words attached to it."""
    lemma = verb.lemma_.lower()
    if lemma in NEGATION_VERBS and not (lemma == "rule" and not has_particle(verb, "out")):
        yield Modality.NEGATED.value, verb.text
    if lemma in HEDGE_VERBS and not (lemma in ("believe", "think") and is_first_person(verb)):
        if lemma not in COMPLEMENT_HEDGES or any(
                child.dep_ in ("xcomp", "ccomp", "acomp", "attr") for child in verb.children):
            yield Modality.HEDGED.value, verb.text
    if lemma in PLAN_VERBS and any(child.dep_ == "xcomp" for child in verb.children):
        yield Modality.PLANNED.value, verb.text
    if lemma == "be" and any(child.dep_ == "xcomp" and has_to(child) for child in verb.children):
        yield Modality.PLANNED.value, verb.text   # "is to be stationed"
    for child in verb.children:
        word = child.lower_
        if child.dep_ not in CUE_DEPS and child.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
            if any(det.lower_ == "no" and det.dep_ == "det" for det in child.children):
                yield Modality.NEGATED.value, "no"   # "no launchers were seen"
            continue
        if child.dep_ == "neg" or word in NEGATION_WORDS and child.dep_ in ("advmod", "neg"):
            if not follows_false_friend(child):
                yield Modality.NEGATED.value, child.text
        elif word in HEDGE_MODALS and child.dep_ == "aux":
            yield Modality.HEDGED.value, child.text
        elif word in HEDGE_ADVERBS and child.dep_ == "advmod":
            yield Modality.HEDGED.value, child.text
        elif word in HEDGE_ADJECTIVES and child.dep_ == "acomp":
            yield Modality.HEDGED.value, child.text
        elif child.dep_ == "acomp" and word in PLAN_VERBS and any(
                grand.dep_ == "xcomp" for grand in child.children):
            yield Modality.PLANNED.value, child.text   # "getting ready to", "is set to"
        elif child.dep_ == "advcl" and is_verification_condition(child):
            yield Modality.HEDGED.value, "if " + child.text
        elif word in FUTURE_AUX and child.dep_ == "aux":
            yield Modality.PLANNED.value, child.text


def follows_false_friend(negation: Token) -> bool:
    """"not only", "not merely": the next word makes the negation additive."""
    following = negation.nbor(1) if negation.i + 1 < len(negation.doc) else None
    return following is not None and following.lower_ in NEGATION_FALSE_FRIENDS


def is_verification_condition(clause: Token) -> bool:
    """"if confirmed", "if true"."""
    return (clause.lemma_.lower() in HEDGE_CONDITIONS
            and any(child.dep_ == "mark" and child.lower_ == "if" for child in clause.children))


def has_particle(verb: Token, particle: str) -> bool:
    return any(child.dep_ == "prt" and child.lower_ == particle for child in verb.children)


def is_first_person(verb: Token) -> bool:
    """"I think", "we believe": the speaker's own view, not a hedge on a report."""
    return any(child.dep_ == "nsubj" and child.lower_ in ("i", "we") for child in verb.children)


# --- source -----------------------------------------------------------------------------

def find_claim_source(sent: Span, verbs: list[Token],
                      resolver: SpeakerResolver | LazyResolver,
                      ) -> tuple[str | None, str, str | None]:
    """(source name, source type, the reporting cue) for a sentence."""
    quote = overlapping_quote(sent)
    if quote is not None and quote.get("speaker"):
        source_type = quote.get("source_type") or SourceType.NONE.value
        cue_span = quote.get("cue")
        cue = doc_text(sent.doc)[cue_span[0]:cue_span[1]] if cue_span else None
        return quote["speaker"], source_type, cue
    for verb in verbs:
        for child in verb.children:
            if child.lemma_.lower() in ACCORDING_LEMMAS:
                for obj in (grand for prep in child.children for grand in prep.children):
                    if obj.dep_ == "pobj":
                        return resolved(resolver.resolve(obj), child.text)
        # "The Oreshnik, Lukashenko said, has arrived": an inserted reporting verb
        inserted = [child for child in verb.children if child.dep_ == "parataxis"
                    and child.lemma_.lower() in REPORTING_VERBS]
        for reporting in inserted:
            for child in reporting.children:
                if child.dep_ == "nsubj" and child.pos_ != "PRON":
                    speaker = resolver.resolve(child)
                    if is_source_like(speaker, child):
                        return resolved(speaker, reporting.text)
        if verb.lemma_.lower() in REPORTING_VERBS:
            for child in verb.children:
                if child.dep_ == "nsubj" and (child.pos_ != "PRON" or child.lower_ in ("he", "she")):
                    speaker = resolver.resolve(child)
                    if is_source_like(speaker, child):
                        return resolved(speaker, verb.text)
                if child.dep_ == "agent":
                    for obj in child.children:
                        return resolved(resolver.resolve(obj), verb.text)
            if any(child.dep_ == "nsubjpass" or child.dep_ == "expl" for child in verb.children):
                # "is believed to", "it is reported that": someone, unnamed
                return None, SourceType.VAGUE.value, verb.text
    return None, SourceType.NONE.value, None


def is_source_like(speaker, head: Token) -> bool:
    """A named speaker, or a common noun that names a source ("analysts", "reports");
    not "the coming months will reveal"."""
    if speaker.source_type != SourceType.VAGUE.value:
        return True
    return head.lemma_.lower() in VAGUE_HEADS or head.lower_ in VAGUE_HEADS


def resolved(speaker, cue: str) -> tuple[str | None, str, str | None]:
    if speaker.name is None:
        return None, SourceType.NONE.value, None
    return speaker.name, speaker.source_type, cue


def overlapping_quote(sent: Span) -> dict | None:
    """The quote that overlaps the sentence most."""
    best, best_overlap = None, 0
    for quote in sent.doc._.quotes or ():
        start, end = quote["span"]
        overlap = min(end, sent.end_char) - max(start, sent.start_char)
        if overlap > best_overlap:
            best, best_overlap = quote, overlap
    return best


@Language.factory(
    "claimledger_sourcing",
    default_config={},
    assigns=["doc._.claims"],
    requires=["doc.sents", "token.dep", "doc._.quotes", "doc._.events"],
)
def create_sourcing(nlp: Language, name: str):
    """The claim sourcing component; place it after the quotes and events components."""
    return ClaimSourcing(nlp, name)


def claim_modality(extraction: Extraction, sentence_text: str, start: int) -> tuple[str, str | None]:
    """The modality of the sentence holding ``start``: this component's when it classified
    the sentence, else the lexicon's cues; a question is hedged."""
    if sentence_text.rstrip().endswith("?"):
        return "hedged", "?"
    for claim in extraction.claims:
        if claim.span[0] <= start < claim.span[1]:
            return claim.modality, claim.source
    return "asserted", None
