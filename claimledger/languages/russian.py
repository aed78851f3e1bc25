"""The Russian Doc: razdel tokens and sentences, slovnet morphology, syntax and names.

natasha's weight files ship inside its wheel; they are loaded here through navec and
slovnet, never through ``import natasha`` (that imports pymorphy2, which needs
pkg_resources and is broken on current Pythons). The tokens cover the text exactly,
whitespace, emoji and URLs included, so every span points into the original text.

    nlp = russian_pipeline()
    doc = nlp("Министр обороны заявил, что ...")   # POS, morph, lemma_, heads, deps, ents
"""
from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy
import spacy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from claimledger.languages import morph  # registers claimledger_lemmas
from claimledger.extract import extensions  # noqa: F401  (registers doc._.names)
from claimledger.extract.text_cache import doc_text
from claimledger.languages.blas import single_blas_thread
from claimledger.languages.names import fullest_names, nominative_name

EMBEDDING = "emb/navec_news_v1_1B_250K_300d_100q.tar"
MORPH_MODEL = "model/slovnet_morph_news_v1.tar"
SYNTAX_MODEL = "model/slovnet_syntax_news_v1.tar"
NER_MODEL = "model/slovnet_ner_news_v1.tar"
# sentences handed to slovnet at once: its batches are padded to the longest sentence
BATCH_SIZE = 8
# slovnet's syntax scores every pair of words in a sequence: a 20,000-word "sentence" (a
# list run together) took 100 s. Longer sentences go to slovnet in pieces of this many words.
MAX_PIECE_WORDS = 120
NER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
WHITESPACE = re.compile(r"\s+|\S+")
# universal POS -> pymorphy3's parts of speech, to pick the reading the tagger saw
# ("прибыли" the verb is прибыть, the noun прибыль)
PYMORPHY_POS = {
    "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"}, "AUX": {"VERB", "INFN"},
    "NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "ADJ": {"ADJF", "ADJS", "COMP", "PRTF", "PRTS"},
    "ADV": {"ADVB", "COMP", "PRED"}, "NUM": {"NUMR"}, "PRON": {"NPRO"}, "DET": {"ADJF", "NPRO"},
}


@dataclass(frozen=True)
class NatashaModels:
    morph: object
    syntax: object
    ner: object


def natasha_data() -> Path:
    """The folder of weight files inside the installed natasha package (not imported)."""
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("natasha (its weight files) is not installed; see requirements.lock")
    return Path(spec.submodule_search_locations[0]) / "data"


@lru_cache(maxsize=None)
def natasha_models() -> NatashaModels:
    """navec embeddings and the three slovnet models, loaded once per process (about 1 s)."""
    from navec import Navec
    from slovnet import NER, Morph, Syntax

    data = natasha_data()
    navec = Navec.load(str(data / EMBEDDING))
    return NatashaModels(
        morph=Morph.load(str(data / MORPH_MODEL), batch_size=BATCH_SIZE).navec(navec),
        syntax=Syntax.load(str(data / SYNTAX_MODEL), batch_size=BATCH_SIZE).navec(navec),
        ner=NER.load(str(data / NER_MODEL), batch_size=BATCH_SIZE).navec(navec),
    )


class RazdelTokenizer:
    """Text -> Doc with razdel's tokens and sentence starts; the gaps between tokens become
    spaCy's trailing spaces or whitespace tokens, so ``doc.text == text``."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        import razdel

        words: list[str] = []
        spaces: list[bool] = []
        starts: list[int] = []   # character offset of each word
        position = 0
        for token in razdel.tokenize(text):
            _add_gap(text[position:token.start], position, words, spaces, starts)
            words.append(token.text)
            spaces.append(False)
            starts.append(token.start)
            position = token.stop
        _add_gap(text[position:], position, words, spaces, starts)
        sentence_offsets = {sentence.start for sentence in razdel.sentenize(text)}
        sent_starts = _sentence_starts(words, starts, sentence_offsets)
        return Doc(self.vocab, words=words, spaces=spaces, sent_starts=sent_starts)


def _add_gap(gap: str, offset: int, words: list, spaces: list, starts: list) -> None:
    """Text between two razdel tokens: one space becomes the previous token's trailing space,
    anything more a token of its own (whitespace, or a character razdel left out)."""
    if not gap:
        return
    if gap[0] == " " and words and not spaces[-1]:
        spaces[-1] = True
        gap, offset = gap[1:], offset + 1
    for piece in WHITESPACE.finditer(gap):
        words.append(piece.group())
        spaces.append(False)
        starts.append(offset + piece.start())


def _sentence_starts(words: list[str], starts: list[int], sentence_offsets: set[int]) -> list[bool]:
    """True at each word where razdel starts a sentence; whitespace stays with the sentence before."""
    flags = [False] * len(words)
    if flags:
        flags[0] = True
    seen_word = not words or not words[0].isspace()
    for index in range(1, len(words)):
        if words[index].isspace():
            continue
        flags[index] = seen_word and starts[index] in sentence_offsets
        seen_word = True
    return flags


@Language.factory("claimledger_parse_ru")
def create_russian_parse(nlp: Language, name: str, syntax: bool = True, names: bool = True):
    """slovnet's morphology (POS and features), dependencies and PER/LOC/ORG names on a
    razdel-tokenized Doc."""
    return RussianParse(syntax=syntax, names=names)


class RussianParse:
    def __init__(self, *, syntax: bool = True, names: bool = True):
        self.syntax = syntax
        self.names = names
        self.models = natasha_models()

    def __call__(self, doc: Doc) -> Doc:
        with single_blas_thread():
            return self._parse(doc)

    def _parse(self, doc: Doc) -> Doc:
        sentences = word_pieces(doc)
        words = [[doc[i].text for i in indices] for indices in sentences]
        for indices, markup in zip(sentences, self.models.morph.map(words)):
            for i, tagged in zip(indices, markup.tokens):
                doc[i].pos_ = tagged.pos
                doc[i].set_morph(_features(tagged.feats))
                doc[i].lemma_ = lemma_as(doc[i].text, tagged.pos)
        for token in doc:
            if token.is_space:
                token.pos_ = "SPACE"
        if self.syntax:
            _set_dependencies(doc, sentences, self.models.syntax.map(words))
        if self.names and sentences:   # slovnet's NER fails on text without a word
            doc.ents = _entities(doc, self._names(doc, sentences))
            doc._.names = {**person_names(doc), **(doc._.names or {})}
        return doc


    def _names(self, doc: Doc, pieces: list[list[int]]) -> list[tuple[int, int, str]]:
        """slovnet's names, found piece by piece, as (start, end, type) in the whole text."""
        offsets = [doc[indices[0]].idx for indices in pieces]
        text = doc_text(doc)
        texts = [text[offset:doc[indices[-1]].idx + len(doc[indices[-1]])]
                 for offset, indices in zip(offsets, pieces)]
        return [(offset + span.start, offset + span.stop, span.type)
                for offset, markup in zip(offsets, self.models.ner.map(texts)) for span in markup.spans]


def word_pieces(doc: Doc) -> list[list[int]]:
    """The indices of each sentence's words (no whitespace), in pieces of MAX_PIECE_WORDS at most."""
    pieces = []
    for sentence in doc.sents:
        indices = [token.i for token in sentence if not token.is_space]
        pieces += [indices[start:start + MAX_PIECE_WORDS] for start in range(0, len(indices), MAX_PIECE_WORDS)]
    return pieces


@lru_cache(maxsize=262_144)
def lemma_as(word: str, pos: str) -> str:
    """The dictionary form of ``word`` read as the part of speech the tagger gave it."""
    wanted = PYMORPHY_POS.get(pos)
    if wanted and any(ch.isalpha() for ch in word):
        for parse in morph.analyzer("ru").parse(word):
            if parse.tag.POS in wanted:
                return parse.normal_form
    return morph.lemma(word, "ru")


def person_names(doc: Doc) -> dict[str, str]:
    """Each PERSON entity's text -> the name in the nominative, as fully as the document gives it."""
    nominative = {ent.text: nominative_name(ent) for ent in doc.ents if ent.label_ == "PERSON"}
    fullest = fullest_names(list(nominative.values()))
    return {text: fullest[name] for text, name in nominative.items()}


def _features(feats: dict) -> str:
    return "|".join(f"{key}={feats[key]}" for key in sorted(feats)) or "_"


def _set_dependencies(doc: Doc, sentences: list[list[int]], markups) -> None:
    """Heads and labels from slovnet, one tree per razdel sentence: extra roots and
    cycles are hung on the sentence's root, whitespace on its neighbour."""
    heads = list(range(len(doc)))
    labels = ["dep"] * len(doc)
    for indices, markup in zip(sentences, markups):
        local = [int(token.head_id) - 1 for token in markup.tokens]   # -1: the root
        root = next((position for position, head in enumerate(local) if head < 0), 0)
        for position, token in enumerate(markup.tokens):
            head = local[position]
            labels[indices[position]] = token.rel if token.rel and token.rel != "root" else "dep"
            if position == root:
                labels[indices[position]] = "ROOT"
                continue
            if head < 0 or head >= len(indices) or _reaches_cycle(local, position, root):
                head = root
            heads[indices[position]] = indices[head]
    for token in doc:
        if token.is_space:
            heads[token.i] = _neighbour(doc, token.i)
            labels[token.i] = "dep"
    _ensure_trees(doc, heads, labels)
    array = numpy.zeros((len(doc), 2), dtype="uint64")
    for i in range(len(doc)):
        array[i, 0] = numpy.int64(heads[i] - i).astype("uint64")
        array[i, 1] = doc.vocab.strings.add(labels[i])
    doc.from_array([HEAD, DEP], array)


def _reaches_cycle(local: list[int], position: int, root: int) -> bool:
    """Whether following the heads from ``position`` loops before it reaches the root."""
    seen = set()
    while position != root:
        if position in seen or not 0 <= position < len(local) or local[position] < 0:
            return True
        seen.add(position)
        position = local[position]
    return False


def _neighbour(doc: Doc, index: int) -> int:
    """The nearest non-space token of the same sentence (before it first), else itself."""
    sentence = doc[index].sent
    for candidate in list(range(index - 1, sentence.start - 1, -1)) + list(range(index + 1, sentence.end)):
        if not doc[candidate].is_space:
            return candidate
    return index


def _ensure_trees(doc: Doc, heads: list[int], labels: list[str]) -> None:
    """A sentence of whitespace alone keeps one root; any head outside its sentence is its root."""
    for sentence in doc.sents:
        root = next((i for i in range(sentence.start, sentence.end) if heads[i] == i), sentence.start)
        heads[root], labels[root] = root, "ROOT"
        for i in range(sentence.start, sentence.end):
            if i != root and (heads[i] == i or not sentence.start <= heads[i] < sentence.end):
                heads[i] = root


def _entities(doc: Doc, found: list[tuple[int, int, str]]) -> list[Span]:
    entities = []
    for start, end, kind in found:
        span = doc.char_span(start, end, label=_label(doc, start, end, kind), alignment_mode="contract")
        if span is not None and len(span):
            entities.append(span)
    return filter_spans(entities)


def _label(doc: Doc, start: int, end: int, kind: str) -> str:
    """PER -> PERSON, ORG -> ORG; LOC -> GPE for a proper name ("Минске"), LOC for a place
    named with a common noun ("Курской области", "Черное море")."""
    label = NER_LABELS.get(kind, kind)
    if kind == "LOC":
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and any(token.pos_ == "NOUN" for token in span):
            return "LOC"
    return label


def russian_pipeline(*, syntax: bool = True, names: bool = True) -> Language:
    """spacy.blank("ru") with razdel's tokenizer, slovnet's parse and pymorphy3's lemmas."""
    nlp = spacy.blank("ru")
    nlp.tokenizer = RazdelTokenizer(nlp.vocab)
    nlp.add_pipe("claimledger_parse_ru", config={"syntax": syntax, "names": names})
    nlp.add_pipe("claimledger_lemmas")
    return nlp
