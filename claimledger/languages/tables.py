"""Per-language word tables: ``claimledger/lexicon/<lang>/<layer>.json``, read once."""
from __future__ import annotations

import functools
import json
from importlib import resources

from claimledger.errors import LexiconError


@functools.cache
def language_table(lang: str, layer: str) -> dict:
    """The ``layer`` table of ``lang`` (``language_table("ru", "events")``); LexiconError if absent."""
    path = resources.files("claimledger.lexicon").joinpath(lang, f"{layer}.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(f"no {layer!r} word table for language {lang!r} "
                           f"(expected claimledger/lexicon/{lang}/{layer}.json)") from None
