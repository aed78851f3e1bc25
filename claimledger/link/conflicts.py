"""Contradictions an analyst can triage: pairs of claims that cannot both be right, grouped
into one conflict per pair of positions, with every document on each side, the independent
sources per side, the earliest report of each and a rank.

A kind (claimledger/link/kinds/) yields ``Trigger``s: one claim against another. Triggers
between the same two positions (a linked event, "still ahead", a stated number or class)
become one ``Conflict``. See docs/link.md.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from claimledger.link.documents import DocumentInfo, corroboration

RANK_STRONGER_CAP = 5   # past a few sources, a larger majority adds nothing to the rank
# A position (one date, one "still ahead") stands in at most this many conflicts, its best
# ranked: fifty reports of fifty different dates are not 1,225 conflicts to read.
MAX_CONFLICTS_PER_POSITION = 3


@dataclass(frozen=True)
class Claimed:
    """One claim on one side: where it is said."""

    doc_id: str
    span: tuple[int, int]


@dataclass(frozen=True)
class Trigger:
    """One claim against another, between two positions."""

    kind: str
    subject: str | None
    position_a: str
    position_b: str
    a: Claimed
    b: Claimed
    note: str
    explicitness: int = 0
    # triggers of one group (one subject's numbers of one unit and measure) make one conflict
    # with a position per value, not a conflict per pair of values
    group: str | None = None


@dataclass
class Side:
    """A position beyond the first two (an attribution conflict has one per speaker)."""

    position: str
    claims: list[Claimed]
    sources: int = 0
    earliest: str | None = None


@dataclass
class Conflict:
    """One contradiction: two positions (more for attribution: ``more_sides``) and every
    claim on each side."""

    kind: str
    bucket: str
    subject: str | None
    position_a: str
    position_b: str
    note: str
    side_a: list[Claimed] = field(default_factory=list)
    side_b: list[Claimed] = field(default_factory=list)
    explicitness: int = 0
    within_document: bool = False
    sources_a: int = 0
    sources_b: int = 0
    earliest_a: str | None = None
    earliest_b: str | None = None
    latest_dct: str | None = None
    rank: float = 0.0
    more_sides: list[Side] = field(default_factory=list)
    grouped: bool = False   # one conflict for a whole group of positions: no per-position cap
    scope: str | None = None   # the document of a tension within one text, kept apart from the rest
    subjects: list[str] = field(default_factory=list)   # the subjects its positions name, found by each

    def sides(self) -> list[Side]:
        """Every position with its claims, sources and earliest report, a and b first."""
        return [Side(self.position_a, self.side_a, self.sources_a, self.earliest_a),
                Side(self.position_b, self.side_b, self.sources_b, self.earliest_b), *self.more_sides]

    @property
    def id(self) -> str:
        parts = (self.kind, self.bucket, self.position_a, self.position_b, *([self.scope] if self.scope else []))
        digest = hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()
        return f"cx-{digest[:14]}"


def conflict_of_positions(kind: str, bucket: str, subject: str | None, note: str,
                          positions: dict[str, list[Claimed]], infos: dict[str, DocumentInfo], *,
                          explicitness: int = 0) -> Conflict | None:
    """One conflict with a side per position, the best supported first (position a, then b);
    None with fewer than two positions."""
    sides = [Side(position, list(dict.fromkeys(claims))) for position, claims in positions.items()]
    if len(sides) < 2:
        return None
    for side in sides:
        side.sources, side.earliest = side_figures(side.claims, infos)
    sides.sort(key=lambda side: (-side.sources, side.earliest or "9999", side.position))
    first, second, *more = sides
    conflict = Conflict(kind, bucket, subject, first.position, second.position, note, first.claims, second.claims,
                        explicitness, more_sides=more, grouped=True)
    conflict.within_document = len({claim.doc_id for side in sides for claim in side.claims}) == 1
    score(conflict, infos)
    return conflict


def group_triggers(triggers: list[Trigger], bucket: str, infos: dict[str, DocumentInfo]) -> list[Conflict]:
    """One Conflict per (kind, position, position), sides gathered, then counted and ranked;
    one per (kind, group) for triggers of a group, with a side per position."""
    grouped = [trigger for trigger in triggers if trigger.group is not None]
    triggers = [trigger for trigger in triggers if trigger.group is None]
    conflicts: dict[tuple, Conflict] = {}
    pairs: dict[tuple, set] = {}
    # positions opposed across documents; a tension inside one text joins those, or stands
    # apart as its own conflict (one per document), never merged with other texts' tensions
    across = {(trigger.kind, *sorted((trigger.position_a, trigger.position_b)))
              for trigger in triggers if trigger.a.doc_id != trigger.b.doc_id}
    for trigger in sorted(triggers, key=lambda item: (item.kind, item.position_a, item.position_b,
                                                      item.a.doc_id, item.a.span, item.b.doc_id, item.b.span)):
        a_pos, b_pos, a, b = trigger.position_a, trigger.position_b, trigger.a, trigger.b
        if b_pos < a_pos:   # one order for the two positions, whichever side a rule starts from
            a_pos, b_pos, a, b = b_pos, a_pos, b, a
        scope = None if (trigger.kind, a_pos, b_pos) in across else a.doc_id
        key = (trigger.kind, a_pos, b_pos, scope)
        conflict = conflicts.get(key)
        if conflict is None:
            conflict = conflicts[key] = Conflict(trigger.kind, bucket, trigger.subject, a_pos, b_pos, trigger.note,
                                                 scope=scope)
            pairs[key] = set()
        if a not in conflict.side_a:
            conflict.side_a.append(a)
        if b not in conflict.side_b:
            conflict.side_b.append(b)
        conflict.explicitness = max(conflict.explicitness, trigger.explicitness)
        pairs[key].add((a.doc_id, b.doc_id))
    for key, conflict in conflicts.items():
        conflict.within_document = all(left == right for left, right in pairs[key])
        score(conflict, infos)
    return sorted([*conflicts.values(), *group_conflicts(grouped, bucket, infos)], key=lambda item: item.id)


def group_conflicts(triggers: list[Trigger], bucket: str, infos: dict[str, DocumentInfo]) -> list[Conflict]:
    """One conflict per (kind, group): every position met in the group's triggers, as a side."""
    groups: dict[tuple, dict[str, list[Claimed]]] = {}
    first: dict[tuple, Trigger] = {}
    for trigger in sorted(triggers, key=lambda item: (item.kind, item.group, item.position_a, item.position_b,
                                                      item.a.doc_id, item.a.span, item.b.doc_id, item.b.span)):
        key = (trigger.kind, trigger.group)
        first.setdefault(key, trigger)
        positions = groups.setdefault(key, {})
        positions.setdefault(trigger.position_a, []).append(trigger.a)
        positions.setdefault(trigger.position_b, []).append(trigger.b)
    out = []
    for key, positions in groups.items():
        trigger = first[key]
        explicitness = max(item.explicitness for item in triggers if (item.kind, item.group) == key)
        conflict = conflict_of_positions(trigger.kind, bucket, trigger.subject, trigger.note, positions, infos,
                                         explicitness=explicitness)
        if conflict is not None:
            out.append(conflict)
    return out


def best_per_position(conflicts: list[Conflict]) -> list[Conflict]:
    """The best ranked conflicts of each position, at most MAX_CONFLICTS_PER_POSITION each
    (a conflict is kept while both its positions have room); a pure function of the set."""
    kept, used = [], {}
    for conflict in sorted(conflicts, key=lambda item: (-item.rank, item.within_document, item.id)):
        if conflict.grouped:   # already one conflict for all its positions
            kept.append(conflict)
            continue
        ends = [(conflict.kind, conflict.position_a), (conflict.kind, conflict.position_b)]
        if all(used.get(end, 0) < MAX_CONFLICTS_PER_POSITION for end in ends):
            kept.append(conflict)
            for end in ends:
                used[end] = used.get(end, 0) + 1
    return kept


def side_figures(claims: list[Claimed], infos: dict[str, DocumentInfo]) -> tuple[int, str | None]:
    """Sort a side's claims by date; its independent sources and earliest report."""
    claims.sort(key=lambda claim: (infos[claim.doc_id].dct or "9999", claim.doc_id, claim.span))
    return corroboration(infos, [claim.doc_id for claim in claims]), infos[claims[0].doc_id].dct


def score(conflict: Conflict, infos: dict[str, DocumentInfo]) -> None:
    """Independent sources and earliest report per side, and the rank: sources on the weaker
    side count most (a lone outlier ranks low however many report the other side), then the
    stronger side up to RANK_STRONGER_CAP, then explicitness; recency breaks ties in queries."""
    for side, claims in (("a", conflict.side_a), ("b", conflict.side_b)):
        sources, earliest = side_figures(claims, infos)
        setattr(conflict, f"sources_{side}", sources)
        setattr(conflict, f"earliest_{side}", earliest)
    for side in conflict.more_sides:
        side.sources, side.earliest = side_figures(side.claims, infos)
    everything = [claim for side in conflict.sides() for claim in side.claims]
    dcts = [infos[claim.doc_id].dct for claim in everything if infos[claim.doc_id].dct]
    conflict.latest_dct = max(dcts) if dcts else None
    weaker, stronger = sorted((conflict.sources_a, conflict.sources_b))
    conflict.rank = (3 * weaker + min(stronger, RANK_STRONGER_CAP) + conflict.explicitness
                     - (2 if conflict.within_document else 0))
