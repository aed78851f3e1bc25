"""Outlet names written as web addresses stay one token: "Censor.NET", "Obozrevatel.COM".

spaCy's tokenizer keeps "Gazeta.ru" whole (its URL pattern knows lower-case domain endings)
but splits "Censor.NET" at the full stop, since a full stop between a lower-case and an
upper-case letter usually ends a sentence whose space is missing ("arrived.The"). Split,
the name becomes a sentence end and a new sentence ("NET reports ..."), and the outlet
that reports becomes a speaker "NET". ``keep_site_names`` adds a token match for a
capitalised word joined by a full stop to a known domain ending in capitals.

``keep_rank_abbreviations`` does the same for rank abbreviations ("Cmdr.", "Capt.").
"""
from __future__ import annotations

import re

from spacy.language import Language

from claimledger.lexicon import lexicon

# domain endings common in outlet names; capitals only (lower case is spaCy's URL pattern)
DOMAIN_ENDINGS = ("NET", "COM", "ORG", "INFO", "RU", "UA", "BY", "KZ", "MD", "GE", "AM",
                  "AZ", "PL", "LT", "LV", "EE", "DE", "FR", "UK", "EU", "TV", "FM", "NEWS",
                  "MEDIA", "ONLINE", "IO")
SITE_NAME = re.compile(
    r"^[A-Z][a-z][\w-]*\.(?:" + "|".join(DOMAIN_ENDINGS) + r")$")


class _SiteNameMatch:
    """A token match that tries an earlier one first (a module-level class, so that the
    tokenizer can still be pickled)."""

    def __init__(self, earlier):
        self.earlier = earlier

    def __call__(self, text: str):
        return (self.earlier(text) if self.earlier is not None else None) or SITE_NAME.match(text)


def keep_site_names(nlp: Language) -> Language:
    """Make nlp's tokenizer keep "Censor.NET" as one token (any earlier token match first)."""
    earlier = nlp.tokenizer.token_match
    if earlier is None:   # the model's own tokenizer has none: the pattern's match itself
        nlp.tokenizer.token_match = SITE_NAME.match
    elif not isinstance(earlier, _SiteNameMatch) and earlier != SITE_NAME.match:
        nlp.tokenizer.token_match = _SiteNameMatch(earlier)
    return nlp


# Rank and office abbreviations that spaCy's English exceptions lack ("Gen.", "Adm.", "Gov."
# are there). Split, "said Cmdr. Jane Roe" ends a sentence after "Cmdr" and the speaker
# becomes "Cmdr"; military press releases and wire copy write ranks this way.
RANK_ABBREVIATIONS = tuple(lexicon().roles["rank_abbreviations"])


def keep_rank_abbreviations(nlp: Language) -> Language:
    """Make nlp's tokenizer keep "Cmdr.", "Capt.", "Lt." ... whole, so that the full stop of a
    rank before a name is no sentence end."""
    for abbreviation in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    return nlp
