"""The country an event's place lies in: "Hill AFB in Utah" is in the United States.

The evaluation conventions place a deployment, a delivery or a plan in a country, while reports
name bases, towns and states. An event keeps the place its text gives (``location``) and gets
the country that place lies in (``country``), read in this order:

1. the place is a country ("USA" gives "United States");
2. the words around the place in the report: "X in Y", "X near Y", "X, Y", "Y's X", "the
   Bulgarian X base" (Y a country, a capital, a region or a town the gazetteer knows);
3. the place is a region of a country (a US state, a Japanese island: lexicon places.json) or a
   capital;
4. the gazetteer's country for a town, when the report names that country or none;
5. for a site ("Graf Ignatievo Air Base"), or a town the gazetteer puts in a country the
   report does not name, the country the report names most.

A place with no country found (a sea, "Crimea", "the Middle East") has ``country`` None.
"""
from __future__ import annotations

import functools
from typing import Callable

from spacy.tokens import Doc, Span, Token

from claimledger.extract.donors import capital_countries, country_names
from claimledger.extract.text_cache import doc_text
from claimledger.extract.token_filters import lower_positions
from claimledger.lexicon import lexicon
from claimledger.places import COUNTRIES, DEMONYMS

REGIONS = dict(lexicon().places["regions"])
MILITARY_SITES = dict(lexicon().places["military_sites"])   # "Lakenheath": United Kingdom
SITE_WORDS = frozenset(lexicon().places["site_words"])
SITE_QUALIFIERS = frozenset(lexicon().events["facility_qualifiers"])   # "Air" of "Luke Air Force Base"
SITE_NAME_WORDS = SITE_WORDS | SITE_QUALIFIERS   # the words a site's name adds to its town's
SITE_PREFIXES = frozenset(lexicon().places["site_prefixes"])   # "RAF Lakenheath", "NAS Sigonella"
LOCATING_PREPS = frozenset(lexicon().cues["incident"]["place_preps"])   # "X in Y": Y holds X
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def canonical_country(name: str | None) -> str | None:
    """A country's name in one spelling ("USA", "U.S." -> "United States"); None if not a country."""
    return country_names().get(name.casefold()) if name else None


DEMONYM_WORDS = frozenset(DEMONYMS)   # the country adjectives, as a word list for lower_positions


class ReportCountries:
    """What a report says of countries, read once, and only when a place needs it."""

    def __init__(self, doc: Doc, find_main_country: Callable[[], str | None]):
        self.doc = doc
        self._find_main_country = find_main_country

    @functools.cached_property
    def main(self) -> str | None:
        """The country the report names most as a place or receiver."""
        return canonical_country(self._find_main_country())

    @functools.cached_property
    def named(self) -> set[str]:
        """The countries the report names as places or by adjective."""
        named = {canonical_country(ent.text) for ent in self.doc.ents if ent.label_ in PLACE_LABELS}
        named |= {DEMONYMS[self.doc[i].lower_] for i in lower_positions(self.doc, DEMONYM_WORDS)}
        return {name for name in named if name}


def fill_event_countries(events: list[dict], doc: Doc, find_main_country: Callable[[], str | None]) -> None:
    """Give each event the country its place lies in (``country``; None when none is found).
    ``find_main_country`` gives the country the report names most, looked up once if needed."""
    report = ReportCountries(doc, find_main_country)
    found: dict[str, str | None] = {}
    for event in events:
        place = event.get("location")
        if place not in found:
            found[place] = place_country(place, report) if place else None
        event["country"] = found[place]


def place_country(place: str, report: ReportCountries) -> str | None:
    """The country a place named in the report lies in (see the module's order)."""
    country = canonical_country(place)
    if country:
        return country
    mentions = place_mentions(place, report.doc)
    for mention in mentions:
        country = country_in_phrase(mention)
        if country:
            return country
    country = named_region_country(place) or military_site_country(place)
    if country:
        return country
    town_country = gazetteer_country(place) or site_town_country(place)
    if town_country:
        # a town's name may be another's elsewhere ("Clark"): the report's main country
        # decides, and the town's own when the report has none
        return town_country if town_country in report.named or not report.named else report.main or town_country
    if any(is_site(mention) for mention in mentions):
        return report.main
    return None


def site_town_country(place: str) -> str | None:
    """The country of the town a site is named for ("Rzeszów airport", "Jasionka Air Base"):
    the name without its site words, as a region or in the town gazetteer."""
    town = without_words(place, SITE_NAME_WORDS)
    if not town or town == place:
        return None
    return canonical_country(town) or named_region_country(town) or gazetteer_country(town)


def military_site_country(place: str) -> str | None:
    """The country of a base, range or port the lexicon names ("RAF Lakenheath", "Incirlik Air
    Base", "Camp Lemonnier"), read with and without its site words."""
    name = place.removeprefix("the ").strip()
    if name in MILITARY_SITES:
        return MILITARY_SITES[name]
    return MILITARY_SITES.get(without_words(name, SITE_NAME_WORDS | SITE_PREFIXES))


def without_words(name: str, words: frozenset[str]) -> str:
    """A site's name without the words a site adds to it ("Air Base", "RAF")."""
    return " ".join(word for word in name.split() if word.lower() not in words)


def named_region_country(name: str) -> str | None:
    """The country of a region or capital named alone ("Utah", "Okinawa", "Vilnius")."""
    return REGIONS.get(name) or capital_countries().get(name)


def gazetteer_country(name: str) -> str | None:
    """The country the town gazetteer gives a place, in its display name."""
    from claimledger.link.identity import place_key
    from claimledger.link.towns import country_of

    key = country_of(place_key(name))
    return country_names_by_key().get(key) if key else None


@functools.cache
def country_names_by_key() -> dict[str, str]:
    """Place key -> a country's display name ('united states' -> 'United States')."""
    from claimledger.link.identity import place_key

    names: dict[str, str] = {}
    for name in sorted(COUNTRIES, key=len, reverse=True):   # the full name over "US", "UK"
        names.setdefault(place_key(name), canonical_country(name))
    return names


def place_mentions(place: str, doc: Doc) -> list[Span]:
    """Where the report names the place, as token spans (at most a few)."""
    text = doc_text(doc)   # doc.text is rebuilt from every token on each access
    spans = []
    start = text.find(place)
    while start >= 0 and len(spans) < 4:
        span = doc.char_span(start, start + len(place), alignment_mode="expand")
        if span is not None:
            spans.append(span)
        start = text.find(place, start + len(place))
    return spans


def is_site(mention: Span) -> bool:
    """A named site: its name ends in a site word, holds one before its town ("NAF Base
    Makurdi", "Naval Base Kitsap"), or one follows or comes before it ("Amari Air Base", "Hill
    AFB", "the military airport 'Kucina'")."""
    doc = mention.doc
    end = mention.end
    while end < len(doc) and end < mention.end + 3 and doc[end].lower_ in SITE_QUALIFIERS:
        end += 1   # "Luke Air Force Base"
    following = [doc[end].lower_] if end < len(doc) else []
    before = [token.lower_ for token in doc[max(0, mention.start - 2):mention.start] if not token.is_punct]
    return any(token.lower_ in SITE_WORDS for token in mention) or any(word in SITE_WORDS for word in following + before[-1:])


def country_in_phrase(mention: Span) -> str | None:
    """The country the words around a place give it: a locating preposition's object, an
    apposition after a comma, a possessive or a country adjective, on the place or on the
    site noun it names ("Luke Air Force Base" under "Arizona's")."""
    heads = [mention.root]
    # "Hill" of "Hill Air Force Base" (up a chain of compounds), "the airport Kucina"
    while heads[-1].dep_ in ("compound", "appos") and heads[-1].head.i != heads[-1].i and len(heads) < 5:
        heads.append(heads[-1].head)
    for head in heads:
        for child in head.children:
            if child.i in range(mention.start, mention.end):
                continue
            country = related_place_country(child)
            if country:
                return country
    return comma_place_country(mention) or possessor_country(mention) or sibling_place_country(mention)


def possessor_country(mention: Span) -> str | None:
    """"Arizona's Luke Air Force Base": a place with a possessive right before the site, read
    by position because headlines often parse badly."""
    doc = mention.doc
    if mention.start >= 2 and doc[mention.start - 1].lower_ in ("'s", "’s"):
        return name_country(doc[mention.start - 2])
    return None


def sibling_place_country(mention: Span) -> str | None:
    """"landed at the airport Kucina near Bratislava": another locating phrase of the verb
    that holds the place gives its country."""
    prep = mention.root.head
    if mention.root.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    for sibling in prep.head.children:
        if sibling.i != prep.i and sibling.dep_ == "prep" and sibling.lower_ in LOCATING_PREPS:
            country = related_place_country(sibling)
            if country:
                return country
    return None


def related_place_country(child: Token) -> str | None:
    """The country a dependent of a place names: "in Utah", "Arizona's", "Bulgarian"."""
    if child.dep_ == "amod" and child.lower_ in DEMONYMS:
        return DEMONYMS[child.lower_]
    if child.dep_ == "poss" or child.dep_ == "appos":
        return name_country(child)
    if child.dep_ == "prep" and child.lower_ in LOCATING_PREPS:
        return next((name_country(obj) for obj in child.children if obj.dep_ == "pobj" and name_country(obj)), None)
    return None


def comma_place_country(mention: Span) -> str | None:
    """"Amari Air Base, Estonia", "Clark, Pampanga": a place named right after a comma."""
    doc = mention.doc
    end = mention.end
    while end < len(doc) and doc[end].lower_ in SITE_WORDS | {"air", "force", "naval", "military"}:
        end += 1
    if end + 1 < len(doc) and doc[end].text == ",":
        ent = next((ent for ent in doc.ents if ent.start == end + 1 and ent.label_ in PLACE_LABELS), None)
        if ent is not None:
            return whole_name_country(ent.text)
    return None


def name_country(token: Token) -> str | None:
    """The country a place-naming token stands in: its entity's name as a country, region,
    capital or gazetteer town."""
    ent = next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end), None)
    if ent is not None and ent.label_ in PLACE_LABELS:
        return whole_name_country(ent.text)
    if token.lower_ in DEMONYMS:
        return DEMONYMS[token.lower_]
    # "in the Saudi desert": a country adjective on the place noun
    return next((DEMONYMS[child.lower_] for child in token.children
                 if child.dep_ == "amod" and child.lower_ in DEMONYMS), None)


def whole_name_country(name: str) -> str | None:
    """A place name's country: the name itself, a region or capital, or a gazetteer town
    ("Hsinchu County" is read as Hsinchu)."""
    name = name.removeprefix("the ").strip()
    for candidate in (name, name.removesuffix(" County").removesuffix(" Province")):
        country = canonical_country(candidate) or named_region_country(candidate) or gazetteer_country(candidate)
        if country:
            return country
    return None
