"""Which pipeline each language gets: how its Doc is made and which claimledger components run.

English is the spaCy model with the English components (``claimledger.extract``). Each
other language with rules is one row here; a language without a row is stored and
counted, and gets no extraction (no English rules on text they were not written for).

To give a language a new layer, register its component (``claimledger_<layer>_<lang>``)
and add the name to that language's ``components``.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

ENGLISH = "en"
# how the Doc is made
RUSSIAN_PARSE = "natasha"   # razdel + slovnet morphology, syntax and names (languages/russian.py)
RULES_ONLY = "blank"        # spacy.blank + sentencizer + lemmas (languages/morph.py)


@dataclass(frozen=True)
class LanguagePipeline:
    base: str
    components: tuple[str, ...] = ()   # claimledger components, run in this order


def rule_layers(lang: str) -> tuple[str, ...]:
    """The rule components a Cyrillic-script language runs, in order (events read the subjects,
    timexes and quotes before them; entities come last and only fill what the Doc lacks)."""
    return (f"claimledger_subjects_{lang}", f"claimledger_timexes_{lang}", "claimledger_numbers",
            f"claimledger_quotes_{lang}", f"claimledger_events_{lang}", f"claimledger_entities_{lang}")


PIPELINES: dict[str, LanguagePipeline] = {
    "ru": LanguagePipeline(base=RUSSIAN_PARSE, components=rule_layers("ru")),
    "uk": LanguagePipeline(base=RULES_ONLY, components=rule_layers("uk")),
}


def has_pipeline(lang: str) -> bool:
    """Whether documents in ``lang`` are extracted (English, or a row of PIPELINES)."""
    return lang == ENGLISH or lang in PIPELINES


def build_language_pipeline(lang: str, *, subjects_file=None, disable: tuple[str, ...] = ()) -> Language:
    """The pipeline of a language other than English, from its row of PIPELINES."""
    from claimledger.languages import entities, numbers  # noqa: F401  (register their components)
    from claimledger.languages.morph import blank_pipeline
    from claimledger.languages.russian import russian_pipeline

    spec = PIPELINES[lang]
    nlp = russian_pipeline() if spec.base == RUSSIAN_PARSE else blank_pipeline(lang)
    for name in spec.components:
        if name in disable:
            continue
        config = {}
        if name.startswith("claimledger_subjects") and subjects_file is not None:
            config["extra_subjects_path"] = str(subjects_file)
        nlp.add_pipe(name, config=config)
    return nlp
