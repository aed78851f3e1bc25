"""Which country a town lies in, so that a report naming the town and one naming only its
country can describe the same event ("Asipovichy" and "Belarus").

The table (``claimledger/data/towns.json.gz``, built by ``tools/build_towns.py`` from GeoNames,
CC BY 4.0) maps the place key of a town's name and Latin spellings to its country's ISO code. It
is read once, on the first question, by the link stage only.
"""
from __future__ import annotations

import functools
import gzip
import json
from pathlib import Path

from claimledger.lexicon import lexicon
from claimledger.link.identity import place_key

TOWNS_PATH = Path(__file__).resolve().parent.parent / "data" / "towns.json.gz"
REGION_SUFFIX = " oblast"   # 'Kaliningrad region' keys as 'kaliningrad oblast'


@functools.lru_cache(maxsize=1)
def town_countries() -> dict[str, str]:
    """Town key -> the key of its country ('asipovichy' -> 'belarus')."""
    table = json.loads(gzip.decompress(TOWNS_PATH.read_bytes()))
    from claimledger.link.identity import variant_keys

    countries = {code: place_key(name) for code, name in table["countries"].items()}
    out = {town: countries[code] for town, code in table["towns"].items() if code in countries}
    for variant, key in variant_keys().items():   # the table spells a place one way ("chernobyl")
        if key not in out and variant in out:
            out[key] = out[variant]
    for site, country in lexicon().places["military_sites"].items():   # bases the table lacks ("Incirlik")
        out[place_key(site)] = place_key(country)
    return out


@functools.lru_cache(maxsize=65536)
def country_of(key: str) -> str | None:
    """The country key a town or a town's region key lies in; None for a country, an unknown
    place, or a name two countries share."""
    towns = town_countries()
    if key in towns:
        return towns[key]
    if key.endswith(REGION_SUFFIX):
        return towns.get(key[: -len(REGION_SUFFIX)])
    return None


def same_or_within(left: str, right: str) -> bool:
    """Equal place keys, or one a town (or its region) of the other, a country."""
    return left == right or country_of(left) == right or country_of(right) == left
