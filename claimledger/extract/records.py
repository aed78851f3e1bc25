"""Doc -> schema records: the only place that conversion happens.

A long document is extracted in segments (see ``claimledger.extract.segments``);
``merge_segments`` shifts each segment's spans back into the whole document's text.
"""
from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.extract.extensions import NUMBERS_KEY, SUBJECTS_KEY
from claimledger.extract.link_records import add_link_records
from claimledger.extract.text_cache import doc_ents, doc_text, remember_text
from claimledger.extract.timex_lexicon import names_its_day
from claimledger.schema import (Claim, Document, Entity, Event, Extraction, Quantity, Quote,
                                SubjectMention, Timex, span_fields)

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


def prepare_doc(nlp: Language, document: Document) -> Doc:
    """Tokenize a document and attach what the components need (id, publication date)."""
    doc = nlp.make_doc(document.text)
    remember_text(doc, document.text)
    doc._.doc_id = document.id
    doc._.dct = document.dct
    return doc


def _span(value):
    return tuple(value) if value is not None else None


def _records(cls, items, doc_id):
    out = []
    for item in items or ():
        fields = dict(item, doc_id=doc_id)
        out.append(cls.from_dict(fields))
    return out


def timex_record(timex: dict, document: Document) -> Timex:
    text = document.text[timex["span"][0]:timex["span"][1]]
    return Timex(doc_id=document.id, span=_span(timex["span"]), type=timex["type"], value=timex.get("value"),
                 text=text, names_day=names_its_day(text))


def doc_to_extraction(doc: Doc, document: Document) -> Extraction:
    """Collect the components' results from a processed Doc into an Extraction."""
    doc_id = document.id
    names = doc._.names or {}
    text = doc_text(doc)   # span.text rebuilds the text from the span's tokens
    entities = []
    for ent in doc_ents(doc):
        if ent.label_ in ENTITY_LABELS:
            ent_text = text[ent.start_char:ent.end_char]
            entities.append(Entity(doc_id=doc_id, span=(ent.start_char, ent.end_char),
                                   label=ent.label_, text=ent_text,
                                   name=names.get(ent_text, ent_text) if ent.label_ == "PERSON" else None))
    for span in doc.spans.get(NUMBERS_KEY, ()):   # digits, for matching translations across languages
        entities.append(Entity(doc_id=doc_id, span=(span.start_char, span.end_char), label=span.label_,
                               text=text[span.start_char:span.end_char]))
    subjects = []
    if SUBJECTS_KEY in doc.spans:
        for span in doc.spans[SUBJECTS_KEY]:
            subjects.append(SubjectMention(doc_id=doc_id, span=(span.start_char, span.end_char),
                                           subject=span.label_, kind=span.kb_id_ or None,
                                           text=text[span.start_char:span.end_char]))
    timexes = [timex_record(t, document) for t in doc._.timexes or ()]
    extraction = Extraction(
        document=document,
        entities=entities,
        subjects=subjects,
        quotes=_records(Quote, doc._.quotes, doc_id),
        timexes=timexes,
        events=_records(Event, doc._.events, doc_id),
        claims=_records(Claim, doc._.claims, doc_id),
        quantities=_records(Quantity, doc._.quantities, doc_id),
    )
    sentences = [(sent.start_char, sent.end_char) for sent in doc.sents] if doc.has_annotation("SENT_START") else None
    return add_link_records(extraction, sentences, doc)


def shift_spans(record, offset: int):
    """The record with every character span (span, speaker_span, cue, ...) moved by ``offset``."""
    moved = {name: (span[0] + offset, span[1] + offset)
             for name in span_fields(type(record)) if (span := getattr(record, name)) is not None}
    return dataclasses.replace(record, **moved) if moved else record


def merge_segments(document: Document, parts: list[tuple[int, Extraction]]) -> Extraction:
    """One Extraction for ``document`` from its segments' extractions, given as (offset, extraction)."""
    merged = Extraction(document=document)
    for offset, extraction in parts:
        for kind in Extraction.FACT_KINDS:
            getattr(merged, kind).extend(shift_spans(record, offset) for record in getattr(extraction, kind))
    return merged
