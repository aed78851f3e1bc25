"""Measure the link stage on annotated real reports: same-event groups and conflicts.

Usage:
    python benchmarks/link_eval.py GOLD.jsonl... [--db LEDGER] [--aliases FILE] [--json] [--details]

The gold files are in the evaluation format (``../shared/eval/FORMAT.md``), with texts (restore
them with ``python3 benchmarks/corpus.py restore-all DIR``). Without ``--db``, or with a
``--db`` that does not exist yet, the files are analyzed (``claimledger.pipeline.analyze``) into
that ledger (a temporary one without ``--db``); an existing ``--db`` is read as it is. Gold is
derived from the gold events alone, never from the link code, by the rules below; the ledger's
link tables (``linked_events``/``event_reports``, ``contradictions``/``contradiction_sides``)
are then scored against it. A measurement, not a test: the rules are a proxy for an analyst's
judgement, kept simple so that anyone can check a figure by hand.

Gold reports. Each gold event is a report of (subject, status, place, time) by its document:
- subject: the canonical name of the alias table (``--aliases``, the scorer's
  ``subject_aliases.json``), compared without case, spaces or hyphens;
- place: the event's location without case or a leading "the"; a Russian or Ukrainian name is
  first turned into the English press's name (``claimledger.languages.place_names``, the
  gazetteer extract uses), so "Украина", "Україна" and "Ukraine" are one place. A country and a
  town in it are different places ("Kyiv" is not "Ukraine"). A report with no place takes the
  subject's place when the gold gives that subject exactly one place; otherwise it has none
  and takes part in no group and no conflict;
- time: the gold ``date`` as a TIMEX3 range (``claimledger.timex_calendar.timex_range``: a
  month is its days, a year its year); when the date is null or has no place on the calendar
  (``PXD``, ``PAST_REF``), the document's dct as one day, and the report is "undated".

Same-event groups. Reports of one subject, status and place whose times lie within
``WINDOW_DAYS`` (3) of each other, chained (a report joins a group when its range starts at
most 3 days after the end of the group's latest range); a group counts when it holds reports of
at least two documents. A report whose gold date is wider than a month (``WIDEST_DAYS``: "in
2024", "in the summer") pins no one event and joins no group: it would chain the reports of a
whole year into one. It is scored as:
- pair recall: a pair of the group's documents is recalled when one linked event of that
  subject and status holds reports from both;
- group recall: the group is recalled when one linked event of that subject and status holds
  reports from every one of its documents.
A linked event's place and date are not checked: the pair or group need only be in it.
"Extracted reports" scores the groups again, each cut to the documents from which the ledger
holds a report of that subject and status (in any linked event), so that an event the
extraction missed or mislabelled does not count against linking.

Gold conflicts, between two different documents (a tension within one text is not counted):
- date: two reports of one subject, status and place, both with an explicit gold date, whose
  ranges are more than ``WINDOW_DAYS`` apart; for the statuses that begin once at a place
  (``ONSET_STATUSES``: ARRIVED, DEPLOYED, COMBAT_DUTY), since a plan, a request or a transit
  lasts and a use recurs. All such pairs of one subject, status and place are one conflict;
- status: a PLANNED or REQUESTED report dated (gold date, else dct) more than ``WINDOW_DAYS``
  after another document's report, at the same place, of ARRIVED, DEPLOYED or COMBAT_DUTY
  (further along). All such pairs of one subject and place are one conflict.
Both kinds are scored twice: at any time, as above, and within one story (``STORY_DAYS``): only
documents published at most 30 days apart, and no plan or request from a document that itself
reports the subject ARRIVED or further at that place (it tells a progression or a further unit:
"the first arrived; three more next year"). Read one by one, most conflicts the first rules
give are different units or batches years apart; the second rules are the closer proxy.
A conflict is found when one contradiction row of that subject holds one document of a
conflicting pair on one side and the other on another side. A row is supported when it finds a
gold conflict. Precision is over the rows of kind date and status between documents (rows
within one document, and other kinds, are counted apart: the gold has nothing to check them
against). ``rows per found conflict`` counts the supported rows that find each found conflict;
``rows per gold conflict`` is every scored row over the gold conflicts (the link stage is held
to at most three).

Documents of the gold the ledger lacks (an exact duplicate of another is stored once) are
listed as missing; rows and linked events are read whatever documents they hold.
DOCS: docs/evaluation.md ("Link stage on real reports")
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import re
import sqlite3
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from claimledger.timex_calendar import DateRange, parse_day, timex_range

WINDOW_DAYS = 3
WIDEST_DAYS = 31          # a gold date wider than a month ("2024") pins no one event
STORY_DAYS = 30
ONSET_STATUSES = frozenset({"ARRIVED", "DEPLOYED", "COMBAT_DUTY"})
NOT_YET_STATUSES = frozenset({"PLANNED", "REQUESTED"})
REACHED_STATUSES = ONSET_STATUSES
SCORED_KINDS = frozenset({"date", "status"})
DEFAULT_ALIASES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "subject_aliases.json"
SUBJECT_NOISE = re.compile(r"[\s\-‐–]+")


# ----- gold ------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldReport:
    """One gold event, as a report by its document."""

    doc_id: str
    subject: str           # subject key
    status: str
    place: str | None      # place key
    time: DateRange | None
    dated: bool            # the gold gives the date (not the dct)
    dct: dt.date | None = None


@dataclass(frozen=True)
class Group:
    """Reports of one event by several documents."""

    subject: str
    status: str
    place: str
    doc_ids: frozenset[str]


@dataclass
class GoldConflict:
    """One question two or more documents answer differently; ``pairs`` are the
    (document, document) pairs in conflict, in either order."""

    kind: str
    subject: str
    place: str
    status: str | None                       # the date kind's status
    pairs: set[frozenset[str]] = field(default_factory=set)

    @property
    def name(self) -> str:
        return f"{self.kind} {self.subject} {self.status or ''} @ {self.place}".replace("  ", " ")


def alias_table(path: Path | None) -> dict[str, str]:
    """Subject key of every name the alias file lists -> the canonical key."""
    table = json.loads(path.read_text(encoding="utf-8")) if path else {}
    keys = {}
    for canonical, variants in table.items():
        for name in [canonical, *variants]:
            keys[fold_subject(name)] = fold_subject(canonical)
    return keys


def fold_subject(name: str) -> str:
    return SUBJECT_NOISE.sub("", name.casefold())


def subject_key(name: str, aliases: dict[str, str]) -> str:
    key = fold_subject(name)
    return aliases.get(key, key)


def place_key(name: str | None) -> str | None:
    """Case-folded English name of a place; Cyrillic names through the gazetteer."""
    if not name or not name.strip():
        return None
    from claimledger.languages.place_names import english_place_name

    name = english_place_name(name) or name
    key = " ".join(name.casefold().split())
    return key[4:] if key.startswith("the ") else key


def report_time(date: str | None, dct: str | None) -> tuple[DateRange | None, bool]:
    found = timex_range(date, dct=dct) if date else None
    if found is not None:
        return found, True
    return timex_range(dct), False


def gold_reports(documents: list[dict], aliases: dict[str, str]) -> list[GoldReport]:
    """Every gold event as a report, places completed by the subject's only place."""
    raw = [(document["id"], document.get("dct"), event) for document in documents
           for event in document.get("events") or []]
    places = defaultdict(set)
    for _doc_id, _dct, event in raw:
        if place_key(event.get("location")):
            places[subject_key(event["subject"], aliases)].add(place_key(event["location"]))
    reports = []
    for doc_id, dct, event in raw:
        subject = subject_key(event["subject"], aliases)
        place = place_key(event.get("location"))
        if place is None and len(places[subject]) == 1:
            place = next(iter(places[subject]))
        time, dated = report_time(event.get("date"), dct)
        reports.append(GoldReport(doc_id, subject, event["status"], place, time, dated, parse_day(dct)))
    return reports


def same_event_groups(reports: list[GoldReport], window: int = WINDOW_DAYS) -> list[Group]:
    """Groups of reports of one subject, status and place within ``window`` days, chained;
    only those with reports of two documents or more."""
    buckets = defaultdict(list)
    for report in reports:
        if report.place is not None and report.time is not None and report.time.width_days() <= WIDEST_DAYS:
            buckets[(report.subject, report.status, report.place)].append(report)
    groups = []
    for (subject, status, place), bucket in sorted(buckets.items()):
        bucket.sort(key=lambda report: (report.time.start, report.time.end, report.doc_id))
        chains, end = [], None
        for report in bucket:
            if end is None or (report.time.start - end).days > window:
                chains.append(set())
                end = report.time.end
            chains[-1].add(report.doc_id)
            end = max(end, report.time.end)
        groups += [Group(subject, status, place, frozenset(chain)) for chain in chains if len(chain) >= 2]
    return groups


def gold_conflicts(reports: list[GoldReport], window: int = WINDOW_DAYS, *,
                   story_days: int | None = None) -> list[GoldConflict]:
    """Date and status conflicts between documents (rules in the module docstring); with
    ``story_days``, only between documents of one story (published at most that many days
    apart), and no plan or request of a document that itself reports the further status."""
    conflicts: dict[tuple, GoldConflict] = {}
    placed = [report for report in reports if report.place is not None and report.time is not None]
    reached_in = {(report.doc_id, report.subject, report.place) for report in placed
                  if report.status in REACHED_STATUSES}
    for one, other in itertools.combinations(placed, 2):
        if one.doc_id == other.doc_id or one.subject != other.subject or one.place != other.place:
            continue
        if story_days is not None and not same_story(one, other, story_days):
            continue
        pair = frozenset({one.doc_id, other.doc_id})
        if (one.status == other.status and one.status in ONSET_STATUSES and one.dated and other.dated
                and one.time.gap_days(other.time) > window):
            conflicts.setdefault(("date", one.subject, one.place, one.status),
                                 GoldConflict("date", one.subject, one.place, one.status)).pairs.add(pair)
        for early, reached in ((one, other), (other, one)):
            if (early.status in NOT_YET_STATUSES and reached.status in REACHED_STATUSES
                    and (early.time.start - reached.time.end).days > window
                    and not (story_days is not None and (early.doc_id, early.subject, early.place) in reached_in)):
                conflicts.setdefault(("status", one.subject, one.place, None),
                                     GoldConflict("status", one.subject, one.place, None)).pairs.add(pair)
    return [conflicts[key] for key in sorted(conflicts, key=lambda key: tuple(part or "" for part in key))]


def same_story(one: GoldReport, other: GoldReport, story_days: int) -> bool:
    return one.dct is not None and other.dct is not None and abs((one.dct - other.dct).days) <= story_days


def read_gold(paths: list[Path]) -> list[dict]:
    documents = []
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            documents += [json.loads(line) for line in lines if line.strip()]
    return documents


# ----- the ledger --------------------------------------------------------------------------

@dataclass(frozen=True)
class LinkedEvent:
    subject: str
    status: str
    doc_ids: frozenset[str]


@dataclass(frozen=True)
class ContradictionRow:
    id: str
    kind: str
    subject: str | None
    within_document: bool
    sides: tuple[frozenset[str], ...]


def read_linked_events(db: sqlite3.Connection, aliases: dict[str, str]) -> list[LinkedEvent]:
    docs = defaultdict(set)
    for event_id, doc_id in db.execute("SELECT event_id, doc_id FROM event_reports"):
        docs[event_id].add(doc_id)
    return [LinkedEvent(subject_key(subject, aliases), status, frozenset(docs[event_id]))
            for event_id, subject, status in db.execute("SELECT id, subject, status FROM linked_events ORDER BY id")]


def read_contradictions(db: sqlite3.Connection, aliases: dict[str, str]) -> list[ContradictionRow]:
    sides = defaultdict(lambda: defaultdict(set))
    for conflict_id, side, doc_id in db.execute("SELECT contradiction_id, side, doc_id FROM contradiction_sides"):
        sides[conflict_id][side].add(doc_id)
    return [ContradictionRow(conflict_id, kind, subject_key(subject, aliases) if subject else None,
                             bool(within), tuple(frozenset(docs) for _side, docs in sorted(sides[conflict_id].items())))
            for conflict_id, kind, subject, within in db.execute(
                "SELECT id, kind, subject, within_document FROM contradictions ORDER BY id")]


def ledger_doc_ids(db: sqlite3.Connection) -> set[str]:
    return {row[0] for row in db.execute("SELECT id FROM documents")}


# ----- scoring -----------------------------------------------------------------------------

def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def score_groups(groups: list[Group], events: list[LinkedEvent]) -> dict:
    """Pair and group recall of the gold same-event groups."""
    by_key = defaultdict(list)
    for event in events:
        by_key[(event.subject, event.status)].append(event.doc_ids)
    pairs = recalled_pairs = recalled_groups = 0
    missed = []
    for group in groups:
        linked = by_key[(group.subject, group.status)]
        for pair in itertools.combinations(sorted(group.doc_ids), 2):
            pairs += 1
            recalled_pairs += any(set(pair) <= docs for docs in linked)
        whole = any(group.doc_ids <= docs for docs in linked)
        recalled_groups += whole
        if not whole:
            missed.append({"subject": group.subject, "status": group.status, "place": group.place,
                           "doc_ids": sorted(group.doc_ids)})
    return {"groups": len(groups), "groups_recalled": recalled_groups,
            "group_recall": ratio(recalled_groups, len(groups)),
            "pairs": pairs, "pairs_recalled": recalled_pairs, "pair_recall": ratio(recalled_pairs, pairs),
            "missed_groups": missed}


def extracted_groups(groups: list[Group], events: list[LinkedEvent]) -> list[Group]:
    """Each group cut to the documents the ledger holds a report of its subject and status
    from; those left with two documents or more. Scored, they measure linking alone, not the
    extraction that feeds it."""
    reported = defaultdict(set)
    for event in events:
        reported[(event.subject, event.status)] |= event.doc_ids
    cut = [Group(group.subject, group.status, group.place, group.doc_ids & reported[(group.subject, group.status)])
           for group in groups]
    return [group for group in cut if len(group.doc_ids) >= 2]


def row_finds(row: ContradictionRow, conflict: GoldConflict) -> bool:
    """One document of a conflicting pair on one side of the row, the other on another."""
    if row.subject is not None and row.subject != conflict.subject:
        return False
    return any(first in one and second in other
               for one, other in itertools.permutations(row.sides, 2)
               for first, second in (sorted(pair) for pair in conflict.pairs)
               for first, second in ((first, second), (second, first)))


def score_conflicts(conflicts: list[GoldConflict], rows: list[ContradictionRow]) -> dict:
    """Conflict recall, row precision and rows per conflict."""
    scored = [row for row in rows if row.kind in SCORED_KINDS and not row.within_document]
    finding = {index: [row.id for row in scored if row_finds(row, conflict)]
               for index, conflict in enumerate(conflicts)}
    found = [index for index, ids in finding.items() if ids]
    supported = {row_id for ids in finding.values() for row_id in ids}
    kinds = defaultdict(int)
    for row in rows:
        kinds[f"{row.kind}{' (within document)' if row.within_document else ''}"] += 1
    return {"gold_conflicts": len(conflicts), "found": len(found), "conflict_recall": ratio(len(found), len(conflicts)),
            "rows_scored": len(scored), "rows_supported": len(supported),
            "precision": ratio(len(supported), len(scored)),
            "rows_per_found_conflict": ratio(sum(len(finding[index]) for index in found), len(found)),
            "rows_per_gold_conflict": ratio(len(scored), len(conflicts)),
            "rows_by_kind": dict(sorted(kinds.items())),
            "conflicts": [{"name": conflict.name, "pairs": sorted(sorted(pair) for pair in conflict.pairs),
                           "rows": finding[index]} for index, conflict in enumerate(conflicts)],
            "unsupported_rows": [row.id for row in scored if row.id not in supported]}


def evaluate(documents: list[dict], db: sqlite3.Connection, aliases: dict[str, str]) -> dict:
    """Gold groups and conflicts of ``documents`` scored against the ledger ``db``."""
    reports = gold_reports(documents, aliases)
    groups = same_event_groups(reports)
    cross_language = [group for group in groups if len({language_of(documents, doc_id)
                                                        for doc_id in group.doc_ids}) > 1]
    events = read_linked_events(db, aliases)
    rows = read_contradictions(db, aliases)
    stored = ledger_doc_ids(db)
    return {"documents": len(documents), "reports": len(reports),
            "missing_documents": sorted({document["id"] for document in documents} - stored),
            "unplaced_reports": sum(report.place is None for report in reports),
            "groups": score_groups(groups, events),
            "cross_language_groups": score_groups(cross_language, events),
            "extracted_groups": score_groups(extracted_groups(groups, events), events),
            "conflicts": score_conflicts(gold_conflicts(reports), rows),
            "story_conflicts": score_conflicts(gold_conflicts(reports, story_days=STORY_DAYS), rows)}


def language_of(documents: list[dict], doc_id: str) -> str | None:
    return next((document.get("lang") for document in documents if document["id"] == doc_id), None)


# ----- running -----------------------------------------------------------------------------

def open_ledger(paths: list[Path], db_path: Path | None, workdir: Path) -> sqlite3.Connection:
    """The ledger at ``db_path``, analyzing ``paths`` into it first when it does not exist."""
    if db_path is None or not db_path.exists():
        from claimledger.pipeline import analyze

        db_path = db_path or workdir / "link_eval.db"
        analyze(paths, db_path=db_path)
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    return db


def format_table(result: dict) -> str:
    groups, cross, extracted = result["groups"], result["cross_language_groups"], result["extracted_groups"]

    def figure(value):
        return "-" if value is None else f"{value:.3f}"

    def row(name, part, whole, value):
        return f"{name:<36}{part:>5} / {whole:<5}{figure(value):>7}"

    lines = [f"documents {result['documents']}, gold events {result['reports']} "
             f"({result['unplaced_reports']} without a place), missing from the ledger "
             f"{len(result['missing_documents'])}",
             f"{'measure':<36}{'count':>13}{'value':>7}",
             row("same-event pair recall", groups["pairs_recalled"], groups["pairs"], groups["pair_recall"]),
             row("same-event group recall", groups["groups_recalled"], groups["groups"], groups["group_recall"]),
             row("  of them cross-language", cross["groups_recalled"], cross["groups"], cross["group_recall"]),
             row("pair recall, extracted reports", extracted["pairs_recalled"], extracted["pairs"],
                 extracted["pair_recall"]),
             row("group recall, extracted reports", extracted["groups_recalled"], extracted["groups"],
                 extracted["group_recall"])]
    for key, label in (("conflicts", "any time"), ("story_conflicts", f"one story, {STORY_DAYS} days")):
        conflicts = result[key]
        lines += [row(f"conflict recall ({label})", conflicts["found"], conflicts["gold_conflicts"],
                      conflicts["conflict_recall"]),
                  row("  row precision", conflicts["rows_supported"], conflicts["rows_scored"], conflicts["precision"]),
                  f"{'  rows per found conflict':<49}{figure(conflicts['rows_per_found_conflict']):>7}",
                  f"{'  rows per gold conflict':<49}{figure(conflicts['rows_per_gold_conflict']):>7}"]
    kinds = result["conflicts"]["rows_by_kind"]
    lines.append("contradiction rows by kind: " + (", ".join(f"{kind} {count}" for kind, count in kinds.items())
                                                   or "none"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold JSONL files with texts")
    parser.add_argument("--db", type=Path, help="ledger to read (analyzed from the gold files when absent)")
    parser.add_argument("--aliases", default=str(DEFAULT_ALIASES) if DEFAULT_ALIASES.exists() else "",
                        help="subject alias table (default: ../shared/eval/subject_aliases.json; '' for none)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--details", action="store_true", help="with the table, list gold conflicts and missed groups")
    args = parser.parse_args(argv)
    aliases = alias_table(Path(args.aliases) if args.aliases else None)
    documents = read_gold(args.gold)
    with tempfile.TemporaryDirectory() as workdir:
        db = open_ledger(args.gold, args.db, Path(workdir))
        try:
            result = evaluate(documents, db, aliases)
        finally:
            db.close()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(format_table(result))
    if args.details:
        for key in ("conflicts", "story_conflicts"):
            for conflict in result[key]["conflicts"]:
                print(f"{key}: {conflict['name']}: pairs {conflict['pairs']}; rows {conflict['rows'] or 'none'}")
        for group in result["groups"]["missed_groups"]:
            print(f"missed group {group['subject']} {group['status']} @ {group['place']}: {group['doc_ids']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
