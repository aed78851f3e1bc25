"""Contradictions between reports, each with both claims' documents, spans and sentences.

Kinds (docs/link.md states each rule):
- ``status``: a status said to be still ahead (or a pre-arrival state such as "en route") at a
  time by which another report says a later status was already reached.
- ``date``: a status (or one it implies) said to hold by a date before another report says it
  began, beyond ``DATE_TOLERANCE_DAYS``; or, within one text, its announcement put at
  incompatible distances from the report ("just days after" against "yesterday").
- ``number``: quantities of one subject, unit and measure whose intervals do not meet.
- ``attribution``: the same or nearly the same quoted words given to different speakers.
- ``class``: different range classes ("medium-range", "long-range") given to one subject.
Copies (``Corpus.copies``) are skipped: they repeat their original.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from anyascii import anyascii
from rapidfuzz import fuzz

from claimledger.link.corpus import Corpus
from claimledger.link.dates import DateRange, parse_day
from claimledger.link.events import (DATE_KIND_REPORTED_BY, ReportTime, location_key,
                                     locations_compatible, report_time, subject_key)
from claimledger.link.identity import IdentityIndex, person_forms_compatible, ascii_words
from claimledger.link.lexicon import (ANNOUNCEMENT_VERBS, ANOTHER_UNIT, DURATIVE_STATES,
                                      LAG_AFTER_UNITS, LAG_RECENT_WORDS, HOLDING_CUES, HYPOTHETICAL_WORDS,
                                      MEASURE_WORDS, ONSET_CUES, PENDING_CUES, PENDING_STATUS_WORDS,
                                      PRE_STATES, PRESUPPOSING_NOUNS, QUALIFIER_FORMS,
                                      RANGE_CLASSES, STATUS_RANK)
from claimledger.link.subjects import SubjectLocator, corpus_subject_names

DATE_TOLERANCE_DAYS = 3        # reporting slack: "yesterday" against "the day before yesterday"
EXACT_TOLERANCE = 0.10         # a bare number stands for +-10 %
ABOUT_TOLERANCE = 0.15         # "about", "around"
OVER_SLACK = 0.5               # nobody writes "over 2,000" for 3,500: "over X" is [X, 1.5 X]
UP_TO_SLACK = 0.35             # "up to X" is [0.65 X, X]
QUOTE_MIN_WORDS = 5            # shorter quotations repeat too easily to prove anything
QUOTE_MIN_RATIO = 90           # near-identical wording
QUOTE_PARTIAL_RATIO = 95       # one quotation contained in the other
CLASS_WINDOW_CHARS = 100       # a range class this close to the subject's name describes it
ARRIVED_RANK = STATUS_RANK["ARRIVED"]
TRANSIT_RANK = STATUS_RANK["IN_TRANSIT"]

PENDING_PATTERN = re.compile(
    r"\b(?:" + "|".join(PENDING_CUES) + r")\s+(?:[\w’'-]+\s+){0,4}?(?P<status>"
    + "|".join(f"(?P<{status}>{words})" for status, words in PENDING_STATUS_WORDS) + r")\b",
    re.IGNORECASE)
PRESUPPOSITION_PATTERN = re.compile(
    r"\b(?P<noun>" + "|".join(PRESUPPOSING_NOUNS) + r")\s+(?:of\s+(?:[\w‘’'-]+\s+){1,6}?)?(?:on|in)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
ANOTHER_UNIT_PATTERN = re.compile(ANOTHER_UNIT, re.IGNORECASE)
LAG_AFTER_PATTERN = re.compile(
    r"\b(?:just |only |barely |a few |some )?(?P<unit>" + "|".join(sorted(LAG_AFTER_UNITS, key=len, reverse=True))
    + r")\s+after\s+(?:[\w’'.-]+\s+){0,7}?" + ANNOUNCEMENT_VERBS + r"\b", re.IGNORECASE)   # no comma between
LAG_RECENT_PATTERN = re.compile(
    r"\b(?P<when>" + "|".join(sorted(LAG_RECENT_WORDS, key=len, reverse=True)) + r")\b[^.]{0,60}?\b"
    + ANNOUNCEMENT_VERBS + r"\b", re.IGNORECASE)
PERSISTENCE_WORDS = re.compile(r"\b(?:remain|remains|stay|stays|continue|continues|still|already)\b", re.IGNORECASE)
BOUNDED_AFTER = re.compile(r"[\w\s]{0,20}?\b(?:until|till|before)\b", re.IGNORECASE)
CLASS_PATTERN = re.compile(r"\b(" + "|".join(re.escape(term) for term in RANGE_CLASSES) + r")\b",
                           re.IGNORECASE)
MEASURE_PATTERN = re.compile(r"\b(" + "|".join(MEASURE_WORDS) + r")\b", re.IGNORECASE)
QUALIFIER_PATTERN = re.compile(r"\b(" + "|".join(sorted(QUALIFIER_FORMS, key=len, reverse=True))
                               + r")\s*$", re.IGNORECASE)


@dataclass
class Contradiction:
    """Two claims that cannot both be right, and why."""

    kind: str          # date | number | status | attribution | class
    subject: str | None
    claims: list[dict] = field(default_factory=list)   # [{"doc_id", "span", "sentence"}]
    note: str = ""

    def as_dict(self) -> dict:
        return {"kind": self.kind, "subject": self.subject, "claims": self.claims, "note": self.note}

    def key(self) -> tuple:
        return (self.kind, tuple(sorted((claim["doc_id"], tuple(claim["span"])) for claim in self.claims)))


@dataclass
class StatusAssertion:
    """What one report says about a subject's status at a time."""

    subject: str
    status: str
    kind: str          # reached | pending | presupposed
    doc_id: str
    span: tuple[int, int]
    time: ReportTime
    location: str | None = None
    onset: bool = False   # the date marks when the status began (not "still", "already", "as of")
    another_unit: bool = False   # the sentence speaks of a further unit ("a second battery")

    @property
    def rank(self) -> int | None:
        return STATUS_RANK.get(self.status)

    def latest_reached(self) -> date | None:
        """The latest day by which the status had begun, on this report's word."""
        return self.time.range.end

    def earliest_holding(self) -> date | None:
        """The earliest day on which this report has the status (or its pending) holding."""
        return self.time.range.start or (self.time.range.end if self.time.kind == DATE_KIND_REPORTED_BY else None)


class ContradictionFinder:
    """Runs every contradiction rule over a corpus."""

    def __init__(self, corpus: Corpus, identities: IdentityIndex | None = None):
        self.corpus = corpus
        self.identities = identities
        names = corpus_subject_names(corpus)
        self.doc_ids = [extraction.document.id for extraction in corpus.extractions
                        if corpus.original(extraction.document.id) == extraction.document.id]
        self.locators = {doc_id: SubjectLocator(corpus, doc_id, names) for doc_id in self.doc_ids}

    # --- helpers ---

    def claim(self, doc_id: str, span) -> dict:
        locator = self.locators[doc_id]
        sentence = locator.sentence(tuple(span))
        return {"doc_id": doc_id, "span": list(span), "sentence": locator.text[sentence[0]:sentence[1]],
                "outlet": self.corpus.outlet(doc_id), "dct": self.corpus.dct(doc_id)}

    def sentence_text(self, doc_id: str, span) -> str:
        locator = self.locators[doc_id]
        start, end = locator.sentence(tuple(span))
        return locator.text[start:end]

    def mark_units(self, assertions: list[StatusAssertion]) -> list[StatusAssertion]:
        # a text that reports a further unit ("a second battery") may speak of it as "the battery"
        # anywhere, so the whole text counts
        further = {doc_id: bool(ANOTHER_UNIT_PATTERN.search(self.locators[doc_id].text)) for doc_id in self.doc_ids}
        for assertion in assertions:
            assertion.another_unit = further[assertion.doc_id]
        return assertions

    def find(self) -> list[Contradiction]:
        found: dict[tuple, Contradiction] = {}
        for contradiction in itertools.chain(self.status_and_date_conflicts(), self.interval_conflicts(),
                                             self.number_conflicts(),
                                             self.attribution_conflicts(), self.class_conflicts()):
            found.setdefault(contradiction.key(), contradiction)
        grouped = group_by_shared_claim(list(found.values()))
        return sorted(grouped, key=lambda item: (item.kind, item.subject or "", item.claims[0]["doc_id"],
                                                 item.claims[0]["span"]))

    # --- status assertions ---

    def assertions(self) -> list[StatusAssertion]:
        out = []
        for doc_id in self.doc_ids:
            extraction = self.corpus.get(doc_id)
            for event in extraction.events:
                sentence = self.sentence_text(doc_id, event.span).lower()
                time = report_time(event, self.corpus)
                onset = time.kind != DATE_KIND_REPORTED_BY and (
                    any(re.search(r"\b" + cue + r"\b", sentence) for cue in ONSET_CUES)
                    or not any(re.search(r"\b" + cue + r"\b", sentence) for cue in HOLDING_CUES))
                out.append(StatusAssertion(event.subject, event.status, "reached", doc_id, tuple(event.span),
                                           time, location_key(event.location, self.identities), onset))
            out.extend(self.pending_assertions(doc_id))
            out.extend(self.presupposed_assertions(doc_id))
        return self.mark_units(out)

    def dct_time(self, doc_id: str) -> ReportTime:
        return ReportTime(DateRange(None, parse_day(self.corpus.dct(doc_id))), DATE_KIND_REPORTED_BY,
                          self.corpus.dct(doc_id))

    def pending_assertions(self, doc_id: str) -> list[StatusAssertion]:
        """A status announced as still ahead holds as "not yet" at the report's date."""
        locator = self.locators[doc_id]
        out = []
        for match in PENDING_PATTERN.finditer(locator.text):
            if PERSISTENCE_WORDS.search(match.group(0)) or BOUNDED_AFTER.match(locator.text, match.end()):
                continue   # "will remain deployed", "had not been deployed until May": not still ahead
            status = next(name for name, _ in PENDING_STATUS_WORDS if match.group(name))
            subject = locator.subject_at((match.start(), match.end()))
            if subject is not None:
                out.append(StatusAssertion(subject, status, "pending", doc_id, locator.sentence(match.span()),
                                           self.dct_time(doc_id)))
        return out

    def presupposed_assertions(self, doc_id: str) -> list[StatusAssertion]:
        """"The placement of X on Belarusian soil signals ..." takes the status as a present fact."""
        locator = self.locators[doc_id]
        out = []
        for match in PRESUPPOSITION_PATTERN.finditer(locator.text):
            sentence = locator.sentence(match.span())
            # only what leads up to the noun phrase can make it hypothetical ("a possible placement",
            # "requested the placement"); "... could destabilize" after it does not
            words = set(re.findall(r"[a-z]+", locator.text[sentence[0]:match.end()].lower()))
            if words & HYPOTHETICAL_WORDS or PENDING_PATTERN.search(locator.text[sentence[0]:sentence[1]]):
                continue
            subject = locator.subject_at(match.span())
            if subject is not None:
                status = PRESUPPOSING_NOUNS[match.group("noun").lower()]
                out.append(StatusAssertion(subject, status, "presupposed", doc_id, sentence,
                                           self.dct_time(doc_id)))
        return out

    def status_and_date_conflicts(self) -> list[Contradiction]:
        assertions = self.assertions()
        out = []
        pairs = itertools.chain.from_iterable(
            itertools.permutations(group, 2) for group in grouped(assertions, lambda item: subject_key(item.subject)))
        for left, right in pairs:
            if left.span == right.span and left.doc_id == right.doc_id:
                continue
            if not locations_compatible(left.location, right.location):
                continue
            found = self.not_yet_conflict(left, right) or self.began_later_conflict(left, right)
            if found is not None:
                out.append(found)
        return out

    def not_yet_conflict(self, early: StatusAssertion, later: StatusAssertion) -> Contradiction | None:
        """``early`` says a status is still ahead (pending, or a pre-arrival state) at a time by which
        ``later`` says a status at least as far along had been reached."""
        if later.kind == "pending" or later.rank is None or early.rank is None or early.another_unit:
            return None   # "more launchers will arrive" says nothing against those already there
        if early.kind == "pending":
            ahead = later.rank >= early.rank
        elif early.kind == "reached" and early.status in PRE_STATES:
            ahead = later.rank > early.rank and later.rank >= TRANSIT_RANK
            if early.status == "REQUESTED" and early.time.kind == DATE_KIND_REPORTED_BY:
                return None   # a request reported undated may lie anywhere before the report
        else:
            return None
        holding, reached = early.earliest_holding(), later.latest_reached()
        if not ahead or holding is None or reached is None or reached > holding:
            return None
        what = f"{early.status} still ahead" if early.kind == "pending" else early.status
        note = (f"{early.subject}: {what} as of {holding.isoformat()} in {early.doc_id}, "
                f"but {later.status} {'presupposed' if later.kind == 'presupposed' else 'reached'} by "
                f"{reached.isoformat()} in {later.doc_id}")
        return Contradiction("status", early.subject, [self.claim(early.doc_id, early.span),
                                                       self.claim(later.doc_id, later.span)], note)

    def began_later_conflict(self, began: StatusAssertion, held: StatusAssertion) -> Contradiction | None:
        """``began`` dates the start of a status after the day by which ``held`` has it (or a status
        further along, which implies it) holding."""
        if not began.onset or began.kind != "reached" or held.kind == "pending" or began.another_unit:
            return None   # "a second battery arrived in May" does not date the first
        if began.rank is None or held.rank is None or began.rank < ARRIVED_RANK or began.rank > held.rank:
            return None
        if began.status in DURATIVE_STATES:
            return None
        start, reached = began.time.range.start, held.latest_reached()
        if start is None or reached is None or (start - reached).days <= DATE_TOLERANCE_DAYS:
            return None
        kind = "date" if began.status == held.status else "status"
        note = (f"{began.subject}: {began.status} began {began.time.value} in {began.doc_id}, but "
                f"{held.status} {'presupposed' if held.kind == 'presupposed' else 'held'} by "
                f"{reached.isoformat()} in {held.doc_id}")
        return Contradiction(kind, began.subject, [self.claim(held.doc_id, held.span),
                                                   self.claim(began.doc_id, began.span)], note)

    # --- announcement intervals ---

    def announcement_lags(self, doc_id: str) -> list[tuple[str, tuple[int, int], tuple[int, int], str]]:
        """(subject, sentence span, days before the report, wording) for each sentence of a text
        that says how long ago a status of a subject was announced."""
        locator = self.locators[doc_id]
        events = [event for event in self.corpus.get(doc_id).events
                  if (STATUS_RANK.get(event.status) or -1) >= ARRIVED_RANK]
        out = []
        for pattern, table, group in ((LAG_AFTER_PATTERN, LAG_AFTER_UNITS, "unit"),
                                      (LAG_RECENT_PATTERN, LAG_RECENT_WORDS, "when")):
            for match in pattern.finditer(locator.text):
                sentence = locator.sentence(match.span())
                about = [event.subject for event in events
                         if sentence[0] <= event.span[0] < sentence[1] or event.span[0] <= sentence[0] < event.span[1]]
                if about:
                    out.append((about[0], sentence, table[match.group(group).lower()], match.group(0)))
        return out

    def interval_conflicts(self) -> list[Contradiction]:
        """Within one text, the announcement of a subject's status put at incompatible distances
        from the report ("just days after he announced" against "Yesterday, you all heard")."""
        out = []
        for doc_id in self.doc_ids:
            lags = self.announcement_lags(doc_id)
            for left, right in itertools.combinations(lags, 2):
                if subject_key(left[0]) != subject_key(right[0]) or left[1] == right[1]:
                    continue
                if left[2][0] <= right[2][1] and right[2][0] <= left[2][1]:
                    continue
                note = (f"{left[0]}: the announcement is \"{left[3]}\" ({days(left[2])} before the report) "
                        f"and \"{right[3]}\" ({days(right[2])}) in {doc_id}")
                out.append(Contradiction("date", left[0], [self.claim(doc_id, left[1]),
                                                           self.claim(doc_id, right[1])], note))
        return out

    # --- numbers ---

    def measured_quantities(self) -> list[tuple[str, str, str | None, tuple[float, float], object]]:
        out = []
        for doc_id in self.doc_ids:
            locator = self.locators[doc_id]
            for quantity in self.corpus.get(doc_id).quantities:
                subject = quantity.subject or locator.subject_at(quantity.span)
                if subject is None:
                    continue
                out.append((subject, quantity.unit.casefold(), self.measure_of(doc_id, quantity.span),
                            quantity_interval(quantity.value, self.qualifier_of(doc_id, quantity)), quantity))
        return out

    def measure_of(self, doc_id: str, span) -> str | None:
        """The measured attribute named nearest the number in its sentence (range, speed, ...)."""
        locator = self.locators[doc_id]
        start, end = locator.sentence(tuple(span))
        found = [(min(abs(match.start() + start - span[0]), abs(match.start() + start - span[1])),
                  MEASURE_WORDS[match.group(1).lower()])
                 for match in MEASURE_PATTERN.finditer(locator.text[start:end])]
        return min(found)[1] if found else None

    def qualifier_of(self, doc_id: str, quantity) -> str | None:
        if quantity.qualifier:
            return QUALIFIER_FORMS.get(quantity.qualifier.casefold(), quantity.qualifier.casefold())
        before = self.locators[doc_id].text[max(0, quantity.span[0] - 25):quantity.span[0]]
        match = QUALIFIER_PATTERN.search(before)
        return QUALIFIER_FORMS[match.group(1).lower()] if match else None

    def number_conflicts(self) -> list[Contradiction]:
        out = []
        groups = grouped(self.measured_quantities(), lambda item: (subject_key(item[0]), item[1]))
        for left, right in itertools.chain.from_iterable(itertools.combinations(group, 2) for group in groups):
            if left[2] and right[2] and left[2] != right[2]:
                continue
            if intervals_meet(left[3], right[3]):
                continue
            a, b = left[4], right[4]
            note = (f"{left[0]}: {describe(a)} ({a.doc_id}) against {describe(b)} ({b.doc_id})"
                    + (f" for the {left[2] or right[2]}" if left[2] or right[2] else ""))
            out.append(Contradiction("number", left[0], [self.claim(a.doc_id, a.span),
                                                         self.claim(b.doc_id, b.span)], note))
        return out

    # --- attribution ---

    def attribution_conflicts(self) -> list[Contradiction]:
        quotes = [quote for doc_id in self.doc_ids for quote in self.corpus.get(doc_id).quotes
                  if is_named_speaker(quote.speaker)]
        words = {id(quote): quote_words(self.locators[quote.doc_id].text, quote.span) for quote in quotes}
        out = []
        same: dict[tuple[str, str], bool] = {}
        for left, right in candidate_quote_pairs(quotes, words):
            if left.doc_id == right.doc_id:
                continue
            speakers = (left.speaker, right.speaker)
            if speakers not in same:
                same[speakers] = self.same_speaker(left, right)
            if same[speakers] or not same_words(words[id(left)], words[id(right)]):
                continue
            subject = self.locators[left.doc_id].subject_at(left.span)
            note = (f"the same words are given to {left.speaker!r} in {left.doc_id} and to "
                    f"{right.speaker!r} in {right.doc_id}")
            out.append(Contradiction("attribution", subject, [self.claim(left.doc_id, left.span),
                                                              self.claim(right.doc_id, right.span)], note))
        return out

    def same_speaker(self, left, right) -> bool:
        if self.identities is not None:
            one, other = self.identities.resolve(left.speaker), self.identities.resolve(right.speaker)
            if one is not None and one is other:
                return True
            if one is not None and other is not None and one.label != other.label:
                person, org = (one, other) if one.label == "PERSON" else (other, one)
                if person.label == "PERSON" and org.label == "ORG" and person.orgs & set(ascii_words(org.name)):
                    return True   # a spokesman speaks for the ministry
        return person_forms_compatible(ascii_words(left.speaker), ascii_words(right.speaker))

    # --- range class ---

    def class_conflicts(self) -> list[Contradiction]:
        mentions = []
        for doc_id in self.doc_ids:
            locator = self.locators[doc_id]
            for match in CLASS_PATTERN.finditer(locator.text):
                sentence = locator.sentence(match.span())
                if len(locator.subjects_in(sentence)) > 1:
                    continue   # two systems in one sentence: the class may describe either
                near = [m for m in locator.mentions if sentence[0] <= m[0] and m[1] <= sentence[1]
                        and min(abs(m[0] - match.end()), abs(match.start() - m[1])) <= CLASS_WINDOW_CHARS]
                if near:
                    term = match.group(1).lower()
                    mentions.append((near[0][2], RANGE_CLASSES[term], term, doc_id, sentence))
        out = []
        groups = grouped(mentions, lambda item: subject_key(item[0]))
        for left, right in itertools.chain.from_iterable(itertools.combinations(group, 2) for group in groups):
            if left[1] == right[1]:
                continue
            note = f"{left[0]} is called {left[2]} in {left[3]} and {right[2]} in {right[3]}"
            out.append(Contradiction("class", left[0], [self.claim(left[3], left[4]),
                                                        self.claim(right[3], right[4])], note))
        return out


def days(bounds: tuple[int, int]) -> str:
    low, high = bounds
    return f"{low} day{'s' if low != 1 else ''}" if low == high else f"{low}-{high} days"


def grouped(items, key) -> list[list]:
    """Items bucketed by a key, so pairs are only formed within a bucket."""
    buckets: dict = {}
    for item in items:
        buckets.setdefault(key(item), []).append(item)
    return list(buckets.values())


def candidate_quote_pairs(quotes, words: dict) -> list[tuple]:
    """Pairs of quotations sharing at least one run of QUOTE_MIN_WORDS words (near-identical
    quotations always do), so a large corpus is not compared all against all."""
    index: dict[tuple, list[int]] = {}
    for position, quote in enumerate(quotes):
        tokens = words[id(quote)].split()
        for start in range(0, max(len(tokens) - QUOTE_MIN_WORDS + 1, 0)):
            index.setdefault(tuple(tokens[start:start + QUOTE_MIN_WORDS]), []).append(position)
    pairs = set()
    for positions in index.values():
        unique = sorted(set(positions))
        pairs.update(itertools.combinations(unique, 2))
    return [(quotes[left], quotes[right]) for left, right in sorted(pairs)]


def group_by_shared_claim(contradictions: list[Contradiction]) -> list[Contradiction]:
    """One status or date contradiction per claim it opposes: several sentences of one document
    that say the same against one claim are listed together, not repeated as pairs."""
    groups: dict[tuple, Contradiction] = {}
    out = []
    for contradiction in contradictions:
        if contradiction.kind not in ("status", "date") or len(contradiction.claims) != 2:
            out.append(contradiction)
            continue
        first, second = contradiction.claims
        key = (contradiction.kind, contradiction.subject, first["doc_id"], second["doc_id"], tuple(second["span"]))
        if key in groups:
            groups[key].claims.insert(-1, first)
        else:
            groups[key] = Contradiction(contradiction.kind, contradiction.subject, [first, second],
                                        contradiction.note)
            out.append(groups[key])
    for contradiction in groups.values():
        extra = len(contradiction.claims) - 2
        if extra:
            contradiction.note += f" (and {extra} more sentence{'s' if extra > 1 else ''} of {contradiction.claims[0]['doc_id']})"
    return out


def quantity_interval(value: float, qualifier: str | None) -> tuple[float, float]:
    """The values a stated number admits, as a writer would mean it."""
    if qualifier == "over":
        return (value, value * (1 + OVER_SLACK))
    if qualifier == "up to":
        return (value * (1 - UP_TO_SLACK), value)
    tolerance = ABOUT_TOLERANCE if qualifier == "about" else EXACT_TOLERANCE
    return (value * (1 - tolerance), value * (1 + tolerance))


def intervals_meet(left: tuple[float, float], right: tuple[float, float]) -> bool:
    return left[0] <= right[1] and right[0] <= left[1]


def describe(quantity) -> str:
    value = f"{quantity.value:,.0f}" if float(quantity.value).is_integer() else f"{quantity.value:,}"
    qualifier = f"{quantity.qualifier} " if quantity.qualifier else ""
    return f"{qualifier}{value} {quantity.unit}"


def quote_words(text: str, span) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", anyascii(text[span[0]:span[1]]).lower()))


def same_words(left: str, right: str) -> bool:
    """Near-identical wording, or one quotation inside the other, of a telling length."""
    shorter = min(left, right, key=len)
    if len(shorter.split()) < QUOTE_MIN_WORDS:
        return False
    return fuzz.ratio(left, right) >= QUOTE_MIN_RATIO or fuzz.partial_ratio(left, right) >= QUOTE_PARTIAL_RATIO


def find_contradictions(corpus: Corpus, identities: IdentityIndex | None = None) -> list[Contradiction]:
    """Every contradiction the rules find in a corpus (copies skipped).

    corpus (Corpus): extractions with copies and outlets.
    identities (IdentityIndex | None): to tell speakers and places apart.
    RETURNS (list[Contradiction]): sorted by kind and subject.
    """
    return ContradictionFinder(corpus, identities).find()


def is_named_speaker(speaker: str | None) -> bool:
    """A speaker given by name ("Hillary Clinton", "the Defence Ministry"), not an unresolved
    pronoun or a lower-case description ("them", "he", "officials"): only names can be
    told apart, so only they can make an attribution conflict."""
    if not speaker:
        return False
    words = speaker.split()
    return any(word[:1].isupper() for word in words) and speaker.casefold() not in UNRESOLVED_SPEAKERS


UNRESOLVED_SPEAKERS = frozenset({"he", "she", "they", "them", "him", "her", "it", "we", "i", "you",
                                 "us", "who", "which", "that"})

