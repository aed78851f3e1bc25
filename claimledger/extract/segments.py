"""Cut a long text into paragraph-bounded segments that the pipeline processes one at a time.

spaCy refuses a text above ``nlp.max_length`` (E088), and the parser's memory grows with
the length of a Doc, so a long page is extracted in segments and its records merged back
(``records.merge_segments``). A segment ends after a blank line where there is one, else
after a line break, else after a sentence end, else at a space: never inside a word,
unless a "word" is longer than a whole segment.

What a segment cannot see: a pronoun whose speaker is named in an earlier segment, the
fullest form of a name given in another segment, and a relative date anchored on a date
of another segment. Each segment keeps the document's id and publication date, so dates
anchored on the dct are unchanged. See docs/scale.md.
"""
from __future__ import annotations

import re

# a Doc through the whole pipeline peaks at about 3.5 KB a character: 50,000 characters
# add about 180 MB to the process, and reports rarely run longer (docs/scale.md)
SEGMENT_CHARS = 50_000
# where a segment may end, best first; each pattern matches the separator it ends after
CUT_PATTERNS = (
    re.compile(r"\n[ \t\r]*\n\s*"),       # a blank line
    re.compile(r"\n\s*"),                  # a line break
    re.compile(r"(?<=[.!?])[\"'”’)]*\s+"),  # a sentence end
    re.compile(r"\s+"),                     # a space
)


def segment_bounds(text: str, max_chars: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    """[start, end) offsets of consecutive segments covering ``text``, each at most ``max_chars`` long."""
    bounds = []
    start = 0
    while len(text) - start > max_chars:
        end = _cut(text, start, start + max_chars)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, limit: int) -> int:
    """The best place to end a segment that starts at ``start`` and may not pass ``limit``."""
    for pattern in CUT_PATTERNS:
        end = None
        for match in pattern.finditer(text, start + 1, limit):
            end = match.end()
        if end is not None:
            return end
    return limit   # no space at all in the window: a hard cut is the only one
