"""``role``: one person given two offices that cannot both be right by reports of the same
weeks ("Ministry of Defense spokesman Victor Khrenin" against "Defence Minister Viktor
Khrenin"). Over the mentions of a resolved person (one name bucket), not a subject bucket.

An office is its head word ("spokesperson", "minister"), its portfolio ("defence") and its
qualifiers ("deputy"): "minister" fits "defence minister"; "Defence Secretary" is the defence
minister (reports name one office both ways); "deputy defence minister" and "defence minister"
are two offices. Roles set in the past ("former minister") and mentions more than
``ROLE_WINDOW_DAYS`` apart are not compared: offices change hands. The words are in
``lexicon/roles.json`` (``offices``).
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from claimledger.link.conflicts import Claimed, Conflict, conflict_of_positions
from claimledger.link.documents import DocumentInfo
from claimledger.lexicon import lexicon

OFFICES = lexicon().roles["offices"]
HEADS = OFFICES["heads"]
PORTFOLIOS = OFFICES["portfolios"]
COMPOUNDS = OFFICES["compounds"]
QUALIFIERS = frozenset(OFFICES["qualifiers"])
PAST = frozenset(OFFICES["past"])
LOOSE_HEADS = frozenset(OFFICES["loose"])
DEPUTIES_SPEAK_TOO = frozenset(OFFICES["deputies_speak_too"])
DEPUTY = "deputy"
ROLE_WINDOW_DAYS = 60
EXPLICITNESS = 1   # an office is stated, not inferred


@dataclass(frozen=True)
class Office:
    head: str
    portfolio: str | None
    qualifiers: frozenset[str]

    def fits(self, other: Office) -> bool:
        """The same office, one of them perhaps less specific ("minister", "defence minister");
        a loose word of headship ("chief", a bare "Secretary") fits any office."""
        if self.is_loose() or other.is_loose():
            return True
        return self.head == other.head and self.qualifiers_fit(other) and (
            self.portfolio is None or other.portfolio is None or self.portfolio == other.portfolio)

    def qualifiers_fit(self, other: Office) -> bool:
        """The same qualifiers, or a deputy of an office whose deputies speak for the body too
        ("Deputy Press Secretary" is what reports call the department's spokeswoman)."""
        if self.qualifiers == other.qualifiers:
            return True
        return self.head in DEPUTIES_SPEAK_TOO and self.qualifiers ^ other.qualifiers == {DEPUTY}

    def is_loose(self) -> bool:
        """"FBI chief", "Secretary Clinton": a word reports use for the head of anything, or as
        a courtesy title kept after the office."""
        return not self.qualifiers and (self.head in LOOSE_HEADS or (
            self.head == "secretary" and self.portfolio is None))

    def label(self) -> str:
        words = [*sorted(self.qualifiers), *([self.portfolio] if self.portfolio else []), self.head]
        return " ".join(words)


def office_of(role: str | None) -> Office | None:
    """The office a role names, or None for a rank, a bare portfolio word or a past role."""
    if not role:
        return None
    words = re.findall(r"[a-z]+", role.lower())
    if not words or PAST & set(words):
        return None
    text = " ".join(words)
    head = next((office for phrase, office in COMPOUNDS.items() if re.search(rf"\b{phrase}\b", text)), None)
    if head is None:
        heads = [HEADS[word] for word in words if word in HEADS]
        if not heads:
            return None
        head = heads[-1]
    portfolio = next((PORTFOLIOS[word] for word in words if word in PORTFOLIOS), None)
    if head == "secretary" and portfolio and OFFICES["secretary_is_minister"]:
        head = "minister"   # "Defence Secretary" and "Defense Minister": one office
    if head == "prime minister":   # "minister" fits it, "defence minister" does not
        head, portfolio = "minister", "prime"
    return Office(head, portfolio, frozenset(word for word in words if word in QUALIFIERS))


@dataclass(frozen=True)
class RoleMention:
    """A person's mention with the role written beside it."""

    doc_id: str
    span: tuple[int, int]
    role: str


def within(infos: dict[str, DocumentInfo], left: str, right: str) -> bool:
    a, b = infos[left].dct, infos[right].dct
    if not a or not b:
        return False
    days = abs((datetime.date.fromisoformat(a[:10]) - datetime.date.fromisoformat(b[:10])).days)
    return days <= ROLE_WINDOW_DAYS


def find(person: str, bucket: str, mentions: list[RoleMention],
         infos: dict[str, DocumentInfo]) -> Conflict | None:
    """One conflict over a person's offices: a position per office, each with the mentions that
    give it; None when every pair of offices in two documents of the same weeks fits."""
    offices = [(office, mention) for mention in mentions if (office := office_of(mention.role))]
    clashing = set()
    for i, (left, left_mention) in enumerate(offices):
        for right, right_mention in offices[i + 1:]:
            if left_mention.doc_id != right_mention.doc_id and not left.fits(right) \
                    and within(infos, left_mention.doc_id, right_mention.doc_id):
                clashing |= {left, right}
    if not clashing:
        return None
    # a less specific office joins the one specific office it fits ("minister" -> "defence minister")
    specific = [office for office in clashing if office.portfolio]
    positions: dict[str, list[Claimed]] = {}
    for office, mention in offices:
        fitting = [other for other in specific if office.fits(other)]
        target = office if office in clashing else fitting[0] if office.portfolio is None and len(fitting) == 1 else None
        if target is not None:
            positions.setdefault(f"{person}: {target.label()}", []).append(Claimed(mention.doc_id, mention.span))
    note = f"{person} is given offices that do not fit: {', '.join(sorted(positions))}"
    return conflict_of_positions("role", bucket, None, note, positions, infos, explicitness=EXPLICITNESS)
