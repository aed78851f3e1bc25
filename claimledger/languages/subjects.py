"""claimledger_subjects_ru, claimledger_subjects_uk: tracked subjects in Russian and Ukrainian.

The same shipped list as English (``claimledger/data/subjects.yaml``), with the same canonical
names, so a Russian and an English report of one system link to one subject. Cyrillic aliases
are matched in every case: in Russian on the lemma ("Орешником" -> "орешник") and on case forms
built from ``lexicon/ru/subjects.json`` for names the dictionary does not know; in Ukrainian,
which has no dictionary installed, on the case forms of ``lexicon/uk/subjects.json`` alone.
Latin names inside Cyrillic text ("ЗРК Patriot", "IRIS-T") are matched as in English.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from claimledger.extract.subjects import (INITIAL_END, PLURAL_SUFFIX, Alias, SubjectList,
                                          SubjectRecognizer, load_subject_list, match_key,
                                          parse_key)
from claimledger.languages.morph import DICTIONARY_LANGUAGES, lemma
from claimledger.languages.tables import language_table

CYRILLIC_WORD_END = re.compile(r"[\u0400-\u04ff]{3,}$")
CONSONANT_KEY = ""   # the endings table's key for a name ending in any other letter


class InflectedSubjectRecognizer(SubjectRecognizer):
    """Find tracked-subject mentions in a language whose names decline.

    nlp = blank_pipeline("ru"); nlp.add_pipe("claimledger_subjects_ru")
    doc = nlp("Россия применила Орешник, удар Орешником ...")
    [span.label_ for span in doc.spans["subjects"]]  # ["Oreshnik", "Oreshnik"]
    """

    def __init__(self, nlp: Language, name: str, *, subject_list: SubjectList,
                 endings: dict[str, list[str]], match_lemmas: bool):
        """endings: case endings by the alias's last letter (see lexicon/<lang>/subjects.json);
        match_lemmas: also match Cyrillic aliases on token lemmas (a language with a dictionary)."""
        self.lang = nlp.lang
        self.endings = endings
        self.lemma_matchers = ((PhraseMatcher(nlp.vocab, attr="LEMMA"),
                                PhraseMatcher(nlp.vocab, attr="LEMMA")) if match_lemmas else ())
        super().__init__(nlp, name, subject_list=subject_list)

    def add_patterns(self, nlp: Language) -> None:
        for name, aliases in self.aliases.items():
            for alias in aliases:
                key = match_key(name, alias)
                matcher = self.exact_matcher if alias.case_sensitive else self.caseless_matcher
                matcher.add(key, [nlp.make_doc(form) for form in self.alias_forms(alias)])
                if self.lemma_matchers and CYRILLIC_WORD_END.search(alias.text):
                    caseless, cased = self.lemma_matchers
                    (cased if alias.case_sensitive else caseless).add(key, [self.lemma_doc(nlp, alias.text)])

    def alias_forms(self, alias: Alias) -> list[str]:
        """The alias, its English plural, and the case forms of a Cyrillic last word."""
        text = alias.text
        forms = [text]
        if not CYRILLIC_WORD_END.search(text):
            if INITIAL_END.search(text):   # "IRIS-T.", "Х-31П." keep the final stop
                forms.append(text + ".")
            return forms + [text + PLURAL_SUFFIX] if text[-1].isalnum() else forms
        last = text[-1].lower()
        key = last if last in self.endings else CONSONANT_KEY
        stem = text[:-1] if key else text
        # a name ending in a vowel outside the table ("Посейдон" ends in a consonant; "Міраж"
        # too; "Булава" in "а") keeps its form: guessing its endings would invent words
        if key == CONSONANT_KEY and last in "аеёиоуыэюяіїєь":
            return forms
        forms.extend(stem + ending for ending in self.endings[key])
        return forms

    def lemma_doc(self, nlp: Language, text: str) -> Doc:
        doc = nlp.make_doc(text)
        for token in doc:
            token.lemma_ = lemma(token.text, self.lang)
        return doc

    def find_candidates(self, doc: Doc) -> list[tuple[str, int, int, bool | str]]:
        candidates = super().find_candidates(doc)
        for matcher, cased in zip(self.lemma_matchers, (False, True)):
            for key, start, end in matcher(doc):
                # a case-sensitive alias is a capitalised name: "Кинжал", not "кинжал"
                if cased and not doc[start].text[:1].isupper():
                    continue
                name, condition = parse_key(doc.vocab.strings[key])
                candidates.append((name, start, end, condition))
        return candidates

    def has_context(self, doc: Doc, start: int, end: int) -> bool:
        if super().has_context(doc, start, end):
            return True
        sentence = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
        window = doc[max(sentence.start, start - 8):min(sentence.end, end + 8)]
        return any(token.lemma_ in self.context_words for token in window
                   if not start <= token.i < end)


def create_inflected_subjects(nlp: Language, name: str, extra_subjects_path: str | None):
    """The recognizer for ``nlp.lang`` with the shipped list, plus ``extra_subjects_path``."""
    return InflectedSubjectRecognizer(
        nlp, name, subject_list=load_subject_list(extra_subjects_path),
        endings=language_table(nlp.lang, "subjects")["endings"],
        match_lemmas=nlp.lang in DICTIONARY_LANGUAGES)


for _lang in ("ru", "uk"):
    Language.factory(
        f"claimledger_subjects_{_lang}",
        default_config={"extra_subjects_path": None},
        assigns=["doc.spans", "doc.ents"],
        requires=["token.lemma"],
        func=create_inflected_subjects,
    )
