"""One vocabulary for every stage: statuses, cues, speech verbs, roles, sources, places,
measures, seasons, English event, time and grammar words, as data files in this package,
loaded once.

    from claimledger.lexicon import lexicon
    lexicon().status_rank["ARRIVED"]      # 3
    lexicon().cues["onset"]               # ["since", "began", ...]

To add a status, a cue or a role word, edit the JSON file here; nothing else
lists them (docs/link.md, "One vocabulary").
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources



def read(name: str) -> dict:
    """One data file of this package, parsed."""
    return json.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class StatusEntry:
    """One deployment status as statuses.json defines it."""

    name: str
    rank: int | None
    durative: bool
    pre_state: bool
    onset_implies_earlier: bool
    description: str
    headline: str
    color: str
    pending_words: str | None = None
    presupposing_nouns: tuple[str, ...] = ()
    asks_for_more: bool = False
    dated_by_target: bool = False
    groups: tuple[str, ...] = ()       # the classes of statuses a rule reads ("delivery", "transfer")
    first_noun: str | None = None      # "use" of "first use": a first one happens once


@dataclass(frozen=True)
class Lexicon:
    """Every word list, keyed as in its data file."""

    statuses: tuple[StatusEntry, ...]
    cues: dict
    speech_verbs: dict
    roles: dict
    places: dict
    measures: dict
    lags: dict
    seasons: dict
    filler: dict
    events: dict   # the English event word tables (events.json)
    grammar: dict   # closed-class words by their part in a sentence (grammar.json)
    timex: dict     # English time expression words (timex.json)
    sources: dict   # nouns and names of sources, institutions, outlets and texts (sources.json)

    @functools.cached_property
    def status_names(self) -> tuple[str, ...]:
        return tuple(status.name for status in self.statuses)

    @functools.cached_property
    def status_rank(self) -> dict[str, int]:
        return {status.name: status.rank for status in self.statuses if status.rank is not None}

    @functools.cached_property
    def by_status(self) -> dict[str, StatusEntry]:
        return {status.name: status for status in self.statuses}

    @functools.cached_property
    def durative(self) -> frozenset[str]:
        return frozenset(status.name for status in self.statuses if status.durative)

    @functools.cached_property
    def pre_states(self) -> frozenset[str]:
        return frozenset(status.name for status in self.statuses if status.pre_state)

    @functools.cached_property
    def asks_for_more(self) -> frozenset[str]:
        """Statuses that, reported after a later one, are about further units (a request)."""
        return frozenset(status.name for status in self.statuses if status.asks_for_more)

    @functools.cached_property
    def dated_by_target(self) -> frozenset[str]:
        """Statuses whose date is when they are to happen (a plan's target), not when they began."""
        return frozenset(status.name for status in self.statuses if status.dated_by_target)

    def statuses_in(self, group: str) -> frozenset[str]:
        """The statuses of one group of statuses.json ("delivery": IN_TRANSIT ... USED)."""
        return frozenset(status.name for status in self.statuses if group in status.groups)

    def is_shipped_round(self, kind: str) -> bool:
        """Whether a subject's kind ("cruise missile", "loitering munition") is a round expended in
        use and delivered shipment after shipment (cues.json ``shipped_kinds``)."""
        return kind.casefold().endswith(tuple(self.cues["shipped_kinds"]["kind_endings"]))

    @functools.cached_property
    def presupposing_nouns(self) -> dict[str, str]:
        return {noun: status.name for status in self.statuses for noun in status.presupposing_nouns}

    @functools.cached_property
    def org_word_forms(self) -> dict[str, str]:
        """Words of an organisation's name -> the form they fold to: spellings, then word forms."""
        return {**self.places["org_spellings"], **self.places["org_word_forms"]}

    @functools.cached_property
    def demonyms(self) -> dict[str, str]:
        """Country adjectives, country names and spelling variants, as lowercase keys."""
        adjectives = self.places["demonyms"]
        return {**{adjective: country.casefold() for adjective, country in adjectives.items()},
                **{country.casefold(): country.casefold() for country in adjectives.values()},
                **self.places["place_variants"]}


@functools.cache
def lexicon() -> Lexicon:
    """The vocabulary, read from the data files once per process."""
    statuses = tuple(StatusEntry(**{**item,
                                    "presupposing_nouns": tuple(item.get("presupposing_nouns", ())),
                                    "groups": tuple(item.get("groups", ()))})
                     for item in read("statuses.json")["statuses"])
    return Lexicon(statuses=statuses, cues=read("cues.json"), speech_verbs=read("speech_verbs.json"),
                   roles=read("roles.json"), places=read("places.json"), measures=read("measures.json"),
                   lags=read("lags.json"), seasons=read("seasons.json"), filler=read("filler.json"),
                   events=read("events.json"), grammar=read("grammar.json"), timex=read("timex.json"),
                   sources=read("sources.json"))


__all__ = ["Lexicon", "StatusEntry", "lexicon"]
