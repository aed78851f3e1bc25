"""``incident``: one strike or interception (one place struck, one time) that reports give to
different firing sides, different weapons or different launch platforms ("a Russian S-300
missile hit the market" against "an errant Ukrainian air-defence missile fired by a Buk"), or
say shot down against not shot down, one conflict per incident with a position per side,
weapon, platform or interception named.

The mentions are read in extract (``extract/incidents.py``, table ``incidents``) and kept by the
place struck: a bucket is one place key, so relinking a place reads that place's mentions only.
Within a place, a document's mentions (of an original, not a copy) make one report of it: the
days it names (its dates, else the ``UNDATED_DAYS`` up to its publication day), its sides,
weapons and platforms. A report's own correction is its position: when a text gives a corrected
account ("subsequent reporting showed ... fired by Ukraine"), the mentions it withdraws
("reported erroneously") and those it denies are left out. Reports whose days meet (within
``SLACK_DAYS``) are one incident; other days at the same place are other incidents. A place's
reports are read once and compared by their distinct readings, so a town struck daily costs its
reports, not their pairs. A document whose sources disagree (sides that cannot both hold,
or different weapons for one thing struck) gives one report per source instead, compared like
any other (a tension within it when no other document joins); a rejection in the next
sentence ("Moscow denied it") is its source's "not fired by" that side. An undated report
naming a specific thing struck at a town joins that thing's incident up to
``NAMED_TARGET_DAYS`` before its publication.
An account holds the sentences of its strike only: where two reports or accounts of an
incident name one specific thing struck, a sentence naming another specific thing struck ("its
missiles struck an arms depot" beside "a Ukrainian missile hit the hospital") is left out of it.

Two reports conflict when both name a side, a weapon or a platform and they name none in
common (disjoint sets: a report naming both sides stands on both). Weapons, and shot down
against not shot down, are compared only between reports that name the same thing struck
("market", "building"), or when a report is a correction: a salvo of several weapons at one
town, some shot down, is no conflict. At a country or a region ("Poland", "the Donetsk
region") only sides are compared: it holds many strikes of the same days. The conflict's
positions are those of the first dimension that conflicts: sides, weapons, platforms,
interception."""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

from claimledger.lexicon import lexicon
from claimledger.link.conflicts import Claimed, Conflict, conflict_of_positions
from claimledger.link.documents import DocumentInfo
from claimledger.link.towns import REGION_SUFFIX
from claimledger.schema import Incident, joined_names
from claimledger.timex_calendar import parse_day, timex_range

INCIDENT = "incident"
BUCKET_PREFIX = "incident:"
UNDATED_DAYS = 7   # an undated report speaks of the days up to its publication
NAMED_TARGET_DAYS = 30   # ... or, naming a specific thing struck at a town, of that thing's strike this long before
SLACK_DAYS = 1
WITHDRAWN = frozenset({"denied", "superseded"})
INTERCEPTED = "intercepted"
REJECTED = "rejected"   # a sentence that only rejects the one before ("Moscow denied it")
NOT = "~"   # a rejected value: "~Russia" is "not fired by Russia"
PRONOUN_SOURCES = frozenset(lexicon().grammar["subject_pronouns"]) - {"you"}   # a source that is only a pronoun


@dataclass
class Report:
    """One document's account of the strikes at one place; when the document's sources disagree,
    one source's account in it (``source``: a side, or a name), the document's mentions kept as
    its ``context`` (the thing struck)."""

    doc_id: str
    start: dt.date
    end: dt.date
    mentions: list[Incident] = field(default_factory=list)
    corrected: bool = False
    source: str | None = None
    context: list[Incident] | None = None
    undated: bool = False

    def values(self, name: str) -> set[str]:
        own = mention_values(self.mentions, name)
        if name == "target" and self.context and not own:   # one account of a document: its own things
            whole = mention_values(self.context, name)       # struck, else the document's only one
            return whole if len(whole) == 1 else set()
        return own

    def of_incident(self, focus: set[str]) -> Report | None:
        """This account cut to the sentences of the incident whose things struck are ``focus``:
        those naming one of them, or no other specific thing struck (``of_focus``); a sentence
        naming another tells another strike ("its missiles struck an arms depot" beside "a
        Ukrainian missile hit the hospital"). None when none is left."""
        kept = [mention for mention in self.mentions if of_focus(mention, focus)]
        if len(kept) == len(self.mentions):
            return self
        if not kept:
            return None
        return Report(self.doc_id, self.start, self.end, kept, self.corrected, self.source, self.context, self.undated)

    def claims(self, name: str, value: str) -> list[Claimed]:
        return [Claimed(mention.doc_id, mention.sentence_span or mention.span) for mention in self.mentions
                if value in mention_values([mention], name)]


@functools.lru_cache(maxsize=1)
def no_thing_struck() -> frozenset[str]:
    """Objects of a strike verb that name no specific thing struck: the place itself ("hit the
    city", "the centre of the town"), a weapon ("launched the missiles"), a strike ("carried out
    the attack") or a thing too common to tell strikes apart ("civilian targets")."""
    from claimledger.extract.incidents import words

    cues = words()
    return (cues["settlement_nouns"] | cues["region_nouns"] | cues["area_nouns"] | cues["weapon_nouns"]
            | cues["noun_lemmas"] | cues["generic_targets"])


def of_focus(mention: Incident, focus: set[str]) -> bool:
    """A mention of the incident whose things struck are ``focus``: it names one of them, none,
    only a thing too common to tell one strike from another ("a building", "civilian targets":
    ``generic_targets``), or only the place, a weapon or a strike; not another specific thing
    struck ("an arms depot" beside "the hospital")."""
    return not mention.target or mention.target in focus or mention.target in no_thing_struck()


def shared_targets(reports: list[Report]) -> set[str]:
    """The specific things struck (not "a building", "the city") that two or more of an incident's
    reports or accounts name: what ties them into one strike; empty when none is shared."""
    seen: dict[str, int] = {}
    for report in reports:
        for target in specific_targets(report):
            seen[target] = seen.get(target, 0) + 1
    return {target for target, count in seen.items() if count > 1}


def mention_values(mentions: list[Incident], name: str) -> set[str]:
    """The values of one field the mentions give ("Russia", "Kh-101"; "intercepted" or "not
    intercepted"), a rejection's as not that value ("~Russia")."""
    out = set()
    for mention in mentions:
        value = getattr(mention, name)
        if name == INTERCEPTED:
            value = None if value is None or mention.stance == REJECTED else \
                "intercepted" if value else "not intercepted"
        if value:
            parts = set(joined_names(value))
            if mention.stance == REJECTED and name != "target":   # "Moscow denied it": not that side
                parts = {NOT + part for part in parts}
            out |= parts
    return out


def clash(values: set[str], other: set[str]) -> bool:
    """Two readings that cannot both hold: both name values (sides, weapons) and none in common,
    or one rejects a value the other names ("~Russia" against "Russia")."""
    positive = {value for value in values if not value.startswith(NOT)}
    other_positive = {value for value in other if not value.startswith(NOT)}
    if positive & other_positive:
        return False
    if positive and other_positive:
        return True
    return bool({value[1:] for value in values - positive} & other_positive
                or {value[1:] for value in other - other_positive} & positive)


def source_key(mention: Incident) -> str | None:
    """Who asserts a mention, compared by side ("Kyiv", "the Ukrainian air force" and "Zelensky"
    are Ukraine when the text says so), else by the source's last word ("Peskov" and "Dmitry
    Peskov"); None for the author's voice."""
    if mention.source_side:
        return "side:" + mention.source_side
    if mention.source and mention.source != "?":
        return "name:" + mention.source.split()[-1].casefold().removesuffix("'s")
    return None


def accounts(mentions: list[Incident]) -> list[list[Incident]]:
    """A document's mentions grouped by who asserts them when two of its sources give readings
    that cannot both hold (sides or weapons: a within-document tension); else one group, the
    document's one reading."""
    groups: dict[str | None, list[Incident]] = {}
    key = None
    for mention in mentions:   # "they said": the source before
        if not (mention.source and mention.source.casefold() in PRONOUN_SOURCES):
            key = source_key(mention)
        groups.setdefault(key, []).append(mention)
    if len(groups) < 2:
        return [mentions]
    readings = [Report("", dt.date.min, dt.date.min, group, context=mentions) for group in groups.values()]
    for index, reading in enumerate(readings):
        for other in readings[index + 1:]:
            if clash(reading.values("side"), other.values("side")) or (
                    clash(reading.values("weapons"), other.values("weapons"))
                    and reading.values("target") & other.values("target")):   # weapons: of one thing struck
                return list(groups.values())
    return [mentions]


def mention_days(mention: Incident, dct: str | None) -> tuple[dt.date, dt.date] | None:
    """The days a mention's own date covers; None when undated."""
    if not mention.date:
        return None
    found = timex_range(mention.date, dct=dct)
    if found is None or found.start is None or found.end is None:
        return None
    return found.start, found.end


def reports_of(incidents: list[Incident], infos: dict[str, DocumentInfo]) -> list[Report]:
    by_doc: dict[str, list[Incident]] = {}
    for mention in incidents:
        info = infos.get(mention.doc_id)
        if info is None or info.is_copy:
            continue
        by_doc.setdefault(mention.doc_id, []).append(mention)
    out = []
    for doc_id, mentions in sorted(by_doc.items()):
        # a correction stands for its report when the report also tells what it withdraws
        corrected = (any(mention.stance == "corrected" for mention in mentions)
                     and any(mention.stance == "superseded" for mention in mentions))
        kept = [mention for mention in mentions if mention.stance not in WITHDRAWN
                and (not corrected or mention.stance == "corrected")]
        if not kept:
            continue
        dct = infos[doc_id].dct
        published = parse_day(dct or "")
        days = [found for mention in kept if (found := mention_days(mention, dct)) is not None]
        if published is not None:
            days = [(start, end) for start, end in days if start <= published]   # no strike after its report
        if days:
            start, end = min(day[0] for day in days), max(day[1] for day in days)
        elif published is not None:
            start, end = published - dt.timedelta(days=UNDATED_DAYS), published
        else:
            continue
        kept.sort(key=lambda item: item.span)
        groups = accounts(kept)
        for group in groups:
            if len(groups) > 1:
                out.append(Report(doc_id, start, end, group, corrected, source_key(group[0]), kept, not days))
            else:
                out.append(Report(doc_id, start, end, group, corrected, undated=not days))
    return out


def specific_targets(report: Report) -> set[str]:
    """The things struck a report names that tell one strike from another ("the market")."""
    return report.values("target") - no_thing_struck()


def incidents_of(reports: list[Report], named_targets: bool = False) -> list[list[Report]]:
    """Reports whose days meet the first report of their incident's (within ``SLACK_DAYS``), in
    order of their first day: one list per incident. Not chained: daily reports of a country
    struck every day are many incidents, each a week or so wide, not one of years. With
    ``named_targets`` (at a town), an undated report that meets no other and names a specific
    thing struck ("the market", not "the city" or "a building") joins the incident of that thing
    begun within ``NAMED_TARGET_DAYS`` before its publication: a report published days later."""
    slack = dt.timedelta(days=SLACK_DAYS)
    groups, end = [], None
    for report in sorted(reports, key=lambda item: (item.start, item.end, item.doc_id)):
        if groups and report.start <= end + slack:
            groups[-1].append(report)
        else:
            groups.append([report])
            end = report.end
    if named_targets:
        wide = dt.timedelta(days=NAMED_TARGET_DAYS)
        for group in groups:
            if len({report.doc_id for report in group}) != 1 or not all(report.undated for report in group):
                continue
            named = set().union(*(specific_targets(report) for report in group))
            published = max(report.end for report in group)
            joined = next((other for other in groups if other is not group and other
                           and published - wide <= other[0].start <= published
                           and any(named & specific_targets(report) for report in other)), None)
            if named and joined is not None:
                joined.extend(group)
                group.clear()
    return [group for group in groups if len(group) > 1]   # several documents, or several accounts of one


def reading(report: Report, name: str, same_target: bool) -> tuple:
    return (frozenset(report.values(name)), frozenset(report.values("target")) if same_target else frozenset(),
            report.corrected and same_target)


def opposed(reports: list[Report], name: str, *, same_target: bool = False) -> set[tuple]:
    """The readings of reports that name values of ``name`` none of which another report
    names (with ``same_target``, that other report naming one thing struck with it, or one of
    the two being a correction); empty when there are none. Reports are compared by their
    distinct readings, which are few however many reports there are."""
    readings = sorted({found for report in reports if (found := reading(report, name, same_target))[0]}, key=repr)
    out = set()
    for index, (values, targets, corrected) in enumerate(readings):
        for other in readings[index + 1:]:
            other_values, other_targets, other_corrected = other
            if not clash(values, other_values):
                continue
            if same_target and not (corrected or other_corrected or targets & other_targets):
                continue
            out |= {readings[index], other}
    return out


def place_name(mentions) -> str | None:
    """The place an incident's mentions (place, inherited) pairs name: the first in alphabetical
    order of those a mention names itself, not taken from a sentence before it."""
    return min((place for place, inherited in mentions if place and not inherited), default=None)


def find(key: str, incidents: list[Incident], infos: dict[str, DocumentInfo]) -> list[Conflict]:
    """The incident conflicts at one place (key), one per incident that has one, each named by
    the place as its mentions write it (the first in alphabetical order of those not inherited,
    else the key). Weapons and platforms are compared at a town only: a country holds many
    strikes of the same days."""
    from claimledger.link.identity import country_key

    out = []
    place = place_name((mention.place, mention.place_inherited) for mention in incidents) or key
    dimensions = (("side", "fired by {}", False), ("weapons", "struck by {}", True),
                  ("platforms", "launched from {}", False), (INTERCEPTED, "{}", True))
    if country_key(key) is not None or key.endswith(REGION_SUFFIX):
        dimensions = dimensions[:1]
    town = len(dimensions) > 1
    for group in incidents_of(reports_of(incidents, infos), named_targets=town):
        # an account holds the sentences of this strike only: where the reports share a thing
        # struck, a sentence about another thing struck at the place and days is left out
        if focus := shared_targets(group):
            group = [cut for report in group if (cut := report.of_incident(focus)) is not None]
            if len(group) < 2:
                continue
        for name, label, same_target in dimensions:
            if found := opposed(group, name, same_target=same_target):
                break
        else:
            continue
        positions: dict[str, list[Claimed]] = {}
        named: set[str] = set()   # the subjects the reports on the positions name: the row is found by each
        for report in group:   # where the thing struck counts, the reports of that thing only
            if same_target and reading(report, name, same_target) not in found:
                continue
            for value in sorted(report.values(name)):
                position = "not " + label.format(value[1:]) if value.startswith(NOT) else label.format(value)
                positions.setdefault(position, []).extend(report.claims(name, value))
            if report.values(name):
                named |= {value.lstrip(NOT) for value in report.values("weapons") | report.values("platforms")}
        start, end = min(report.start for report in group), max(report.end for report in group)
        weapons = sorted({value.lstrip(NOT) for report in group for value in report.values("weapons")})
        names = " against ".join(sorted(positions))
        note = f"{place}, {start.isoformat()} to {end.isoformat()}: {names}"
        conflict = conflict_of_positions(INCIDENT, BUCKET_PREFIX + key, weapons[0] if weapons else None, note,
                                         positions, infos,
                                         explicitness=int(any(report.corrected for report in group)))
        if conflict is not None:
            conflict.scope = start.isoformat()
            conflict.subjects = sorted(named)
            out.append(conflict)
    return out
