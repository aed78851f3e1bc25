"""Named entities by rules for Ukrainian (no tagger exists without torch), and for Russian
where the natasha parse named nothing.

Three sources, each with exact spans into the text:

- places: a capitalised word (or a region's adjective and noun) the gazetteer knows in any
  case form (lexicon/places.json, through ``place_names``): "Ніжині", "Чернігівської області";
- organisations: the small list of institutions in ``lexicon/<lang>/entities.json``;
- persons: a run of one to three capitalised words after a title ("президент Володимир
  Зеленський", "міністр оборони Рустем Умєров") or next to a speech verb ("Зеленський
  заявив", "— сказав Умєров").

Entities already on the Doc (subjects, the Russian parse's names) are kept; a rule span that
overlaps one is dropped. Usage: ``nlp.add_pipe("claimledger_entities_uk")``.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from claimledger.extract.text_cache import doc_text
from claimledger.languages.place_names import gazetteer_name, place_reading, region_name
from claimledger.languages.speakers import restored_stem
from claimledger.languages.tables import language_table

MAX_NAME_WORDS = 3
TITLE_REACH = 6          # words between a title and the name ("керівник Генерального штабу ЗСУ ...")
ROLE_ENDING_MAX = 3      # Ukrainian role words are listed in a few cases: "президент" -> "президентом"
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


class RuleEntities:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.lang = nlp.lang
        table = language_table(nlp.lang, "entities")
        speech = language_table(nlp.lang, "speech_verbs")
        self.organisations = [(re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), label)
                              for label, pattern in table["organisations"].items()]
        self.not_names = frozenset(table["not_names"])
        self.area_places = frozenset(table.get("area_places", ()))
        self.roles = tuple(speech["role_words"])
        self.speech_verbs = frozenset(speech["speech_verbs"]) | frozenset(speech.get("gerund_forms", ()))
        self.match_lemmas = speech.get("match") == "lemma"
        self.oblique_endings = tuple(table.get("oblique_name_endings", ()))
        self.stem_endings = table.get("stem_endings", {})

    def __call__(self, doc: Doc) -> Doc:
        kept = list(doc.ents)
        taken = {i for ent in kept for i in range(ent.start, ent.end)}
        found = filter_spans(self.organisation_spans(doc) + self.place_spans(doc))
        found += self.person_spans(doc, taken | {i for span in found for i in range(span.start, span.end)})
        new = [span for span in filter_spans(found) if not any(i in taken for i in range(span.start, span.end))]
        doc.ents = sorted(kept + new, key=lambda span: span.start)
        names = {span.text: self.nominative(span) for span in new if span.label_ == "PERSON"}
        doc._.names = {**names, **(doc._.names or {})}
        return doc

    def nominative(self, span: Span) -> str:
        """A rule-found person's name in the nominative where the case is certain: Russian by
        pymorphy3, Ukrainian by the masculine endings of the table ("Борисом Пісторіусом")."""
        words = [token.text for token in span]
        if self.match_lemmas:
            from claimledger.languages.names import nominative_word
            return " ".join(nominative_word(word) for word in words)
        for ending in self.oblique_endings:
            if all(word.endswith(ending) and len(word) > len(ending) + 2 for word in words):
                return " ".join(restored_stem(word[:-len(ending)], self.stem_endings) for word in words)
        return span.text

    # ----- organisations and places ---------------------------------------------------

    def organisation_spans(self, doc: Doc) -> list[Span]:
        spans, text = [], doc_text(doc)   # doc.text is rebuilt on each access
        for pattern, _ in self.organisations:
            for match in pattern.finditer(text):
                span = doc.char_span(match.start(), match.end(), label="ORG")
                if span is not None:
                    spans.append(span)
        return spans

    def place_spans(self, doc: Doc) -> list[Span]:
        spans = []
        for token in doc:
            if not token.is_alpha or not token.text[:1].isupper():
                continue
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if following is not None and region_name([token.lower_, following.lower_]):
                spans.append(Span(doc, token.i, token.i + 2, label="GPE"))
            elif name := self.place_of(token):
                spans.append(Span(doc, token.i, token.i + 1, label="LOC" if name in self.area_places else "GPE"))
        return spans

    def place_of(self, token: Token) -> str | None:
        """The English name of a word the gazetteer knows, or of a "-щина" region."""
        forms = [token.lower_]
        if self.match_lemmas:
            forms += [token.lemma_.lower(), place_reading(token.lower_)]
        return next((name for form in forms if (name := gazetteer_name(form))), None) \
            or region_name([token.lower_])


    # ----- persons --------------------------------------------------------------------

    def person_spans(self, doc: Doc, taken: set[int]) -> list[Span]:
        spans, i = [], 0
        while i < len(doc):
            end = i
            while end < len(doc) and end - i < MAX_NAME_WORDS and end not in taken \
                    and self.name_word(doc[end], first=end == i):
                end += 1
            if end > i and (self.after_title(doc, i, taken) or (self.beside_speech_verb(doc, i, end)
                                                          and not self.bare_opener(doc, i, end))):
                spans.append(Span(doc, i, end, label="PERSON"))
                i = end
            else:
                i += 1
        return spans

    def bare_opener(self, doc: Doc, start: int, end: int) -> bool:
        """One capitalised word opening its sentence ("Журналісти повідомили"): a name only if
        the text also writes it capitalised inside a sentence."""
        if end - start > 1 or not doc[start].is_sent_start:
            return False
        text = doc[start].text
        return not any(token.text == text and not token.is_sent_start for token in doc)

    def name_word(self, token: Token, first: bool) -> bool:
        text = token.text
        if not NAME_WORD.fullmatch(text) or not text[:1].isupper() or (len(text) > 1 and text.isupper()):
            return False
        return not (first and (token.lower_ in self.not_names or self.is_role(token)))

    def after_title(self, doc: Doc, start: int, named: set[int]) -> bool:
        """A title within a few words before: lower-case words, abbreviations, places and
        institutions between ("начальник Генштабу ЗСУ Сергій Шаптала")."""
        for i in range(start - 1, max(-1, start - 1 - TITLE_REACH), -1):
            token = doc[i]
            if self.is_role(token):
                return True
            if not token.is_alpha or not (token.is_lower or token.text.isupper() or i in named):
                return False
        return False

    def beside_speech_verb(self, doc: Doc, start: int, end: int) -> bool:
        """"Зеленський заявив" or "..., — сказав Зеленський"."""
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        return any(token is not None and self.is_speech_verb(token) for token in (before, after))

    def is_role(self, token: Token) -> bool:
        word = token.lemma_.lower() if self.match_lemmas else token.lower_
        return any(word == role or (not self.match_lemmas and word.startswith(role)
                                    and len(word) - len(role) <= ROLE_ENDING_MAX) for role in self.roles)

    def is_speech_verb(self, token: Token) -> bool:
        return (token.lemma_.lower() if self.match_lemmas else token.lower_) in self.speech_verbs \
            or token.lower_ in self.speech_verbs


for _lang in ("ru", "uk"):
    Language.factory(f"claimledger_entities_{_lang}", assigns=["doc.ents"], requires=["doc.sents", "token.lemma"],
                     func=lambda nlp, name: RuleEntities(nlp, name))


__all__ = ["RuleEntities"]
