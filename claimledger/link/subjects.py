"""Which tracked subject a stretch of text is about: the one named in its sentence, or,
for "the system" / "it", the last one named just before."""
from __future__ import annotations

import re
from bisect import bisect_right

from claimledger.link.corpus import Corpus
from claimledger.link.lexicon import ANAPHORA
from claimledger.link.text import sentence_around, sentence_spans

ANAPHORA_PATTERN = re.compile(ANAPHORA, re.IGNORECASE)
ANAPHORA_SENTENCES = 2   # how many sentences back "the system" may reach


def corpus_subject_names(corpus: Corpus) -> set[str]:
    """Canonical names of every subject the corpus's records mention."""
    names = set()
    for extraction in corpus.extractions:
        names |= {mention.subject for mention in extraction.subjects}
        names |= {event.subject for event in extraction.events}
        names |= {quantity.subject for quantity in extraction.quantities if quantity.subject}
    return {name for name in names if name}


class SubjectLocator:
    """Subject mentions of one document, from its records and a search for the known names."""

    def __init__(self, corpus: Corpus, doc_id: str, names: set[str]):
        extraction = corpus.get(doc_id)
        self.text = extraction.document.text if extraction else ""
        self.sentences = sentence_spans(self.text)
        found = {(mention.span[0], mention.span[1], mention.subject)
                 for mention in (extraction.subjects if extraction else ())}
        for name in names:
            for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", self.text, re.IGNORECASE):
                found.add((match.start(), match.end(), name))
        self.mentions = sorted(found)
        self._starts = [mention[0] for mention in self.mentions]

    def sentence(self, span) -> tuple[int, int]:
        return sentence_around(self.text, span, self.sentences)

    def subjects_in(self, span) -> list[str]:
        start, end = span
        return list(dict.fromkeys(subject for s, e, subject in self.mentions if start <= s and e <= end))

    def subject_at(self, span) -> str | None:
        """The subject of the sentence holding ``span``: the one named nearest to it, or, when
        the sentence names none but refers back ("the system"), the last one named before."""
        sentence = self.sentence(span)
        inside = [(abs(s - span[0]), subject) for s, e, subject in self.mentions
                  if sentence[0] <= s and e <= sentence[1]]
        if inside:
            return min(inside)[1]
        if not ANAPHORA_PATTERN.search(self.text[sentence[0]:sentence[1]]):
            return None
        index = next((i for i, s in enumerate(self.sentences) if s[0] <= sentence[0] < s[1] + 1), None)
        earliest = self.sentences[max(0, index - ANAPHORA_SENTENCES)][0] if index is not None else 0
        before = bisect_right(self._starts, sentence[0]) - 1
        if before >= 0 and self.mentions[before][0] >= earliest:
            return self.mentions[before][2]
        named = {subject for _, _, subject in self.mentions}
        return named.pop() if len(named) == 1 else None   # one system in the whole text
