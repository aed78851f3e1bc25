"""The language of a document: what its metadata says, else what its text says.

py3langid tells Russian, Ukrainian and Belarusian apart badly on short posts, so for
Cyrillic text the letters each orthography alone uses decide first (і ї є ґ Ukrainian,
ы э ъ ё Russian, ў Belarusian); py3langid decides when they do not. Latin-script text too
short or too uncertain to tell is taken as English, the language claimledger was built for,
unless English is all but ruled out ("Pilne: atak rakietowy na Lwów" is Polish, however short).
"""
from __future__ import annotations

import copy
import re
from functools import lru_cache

AUTO = "auto"
DEFAULT_LANGUAGE = "en"
# identification reads at most this much of a text: enough to decide, bounded in time
SAMPLE_CHARS = 4000
# below this many letters, or below this confidence, Latin-script text is taken as English
MIN_LETTERS = 40
MIN_CONFIDENCE = 0.8
# ... unless py3langid gives English less than this probability (short English headlines get
# 0.15 and more; short German, French, Polish, Spanish or Turkish posts 0.02 and less)
ENGLISH_FLOOR = 0.05
# ... and names one language clearly (a near-uniform guess on "7 June 2019 - 15:23" is no verdict)
CLEAR_TOP = 0.25
# a metadata language written in Latin script is not believed over text that is this
# Cyrillic (a Russian page whose template says lang="en")
CYRILLIC_SHARE = 0.5
# nor over a text of at least this many letters that py3langid gives to another language
# with this confidence (and to the stated one with less than its complement)
CONTRADICTION_LETTERS = 200
CONTRADICTION_CHARS = 1000
CONTRADICTION_CONFIDENCE = 0.99

LETTERS = re.compile(r"[^\W\d_]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
MARKERS = {
    "uk": frozenset("іїєґІЇЄҐ"),
    "ru": frozenset("ыэъёЫЭЪЁ"),
    "be": frozenset("ўЎ"),
}
# Cyrillic letters of other languages (Serbian, Macedonian, Kazakh ...): leave those to py3langid
OTHER_CYRILLIC = frozenset("јљњђћџѓќѕәғқңөұүһӘҒҚҢӨҰҮҺ")
EAST_SLAVIC = ("ru", "uk", "be")
CYRILLIC_LANGUAGES = ("ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn")
# Belarusian has no и, щ or ъ; Ukrainian and Russian use и constantly
NOT_BELARUSIAN = frozenset("иИщЩъЪ")


def normalise_code(value: str | None) -> str | None:
    """'ru-RU', 'ru_RU', 'RU' -> 'ru'; None for an empty or unusable value."""
    if not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def choose_language(text: str, *, stated: str | None = None, forced: str | None = None) -> str:
    """The document's language: ``forced`` (a --lang other than auto), else the metadata's
    ``stated`` language unless the text's script contradicts it, else identified from the text."""
    forced = normalise_code(forced) if forced != AUTO else None
    if forced:
        return forced
    stated = normalise_code(stated)
    if stated and not _script_contradicts(stated, text) and not _text_contradicts(stated, text):
        return stated
    return identify(text)


def identify(text: str) -> str:
    """The language of ``text`` as an ISO 639-1 code."""
    sample = text[:SAMPLE_CHARS]
    letters = LETTERS.findall(sample)
    if not letters:
        return DEFAULT_LANGUAGE
    cyrillic = sum(1 for letter in letters if CYRILLIC.match(letter))
    if cyrillic * 2 >= len(letters):
        return _cyrillic_language(sample, letters)
    code, confidence = _classify(sample)
    if code != DEFAULT_LANGUAGE and (len(letters) < MIN_LETTERS or confidence < MIN_CONFIDENCE):
        return DEFAULT_LANGUAGE if _latin(letters) and _could_be_english(sample) else code
    return code


def orthography_language(letters) -> str | None:
    """ru, uk or be when the letters only one of them writes say so clearly; else None."""
    counts = {code: sum(1 for letter in letters if letter in marks) for code, marks in MARKERS.items()}
    if counts["be"] and not any(letter in NOT_BELARUSIAN for letter in letters):
        return "be"
    if counts["uk"] > 2 * counts["ru"]:
        return "uk"
    if counts["ru"] > 2 * counts["uk"]:
        return "ru"
    return None


def _cyrillic_language(sample: str, letters: list[str]) -> str:
    if any(letter in OTHER_CYRILLIC for letter in letters):
        return _classify(sample, CYRILLIC_LANGUAGES)[0]
    return orthography_language(letters) or _classify(sample, EAST_SLAVIC)[0]


def _script_contradicts(stated: str, text: str) -> bool:
    """A Latin-script metadata language on text written mostly in Cyrillic, or the reverse."""
    letters = LETTERS.findall(text[:SAMPLE_CHARS])
    if not letters:
        return False
    share = sum(1 for letter in letters if CYRILLIC.match(letter)) / len(letters)
    if stated in CYRILLIC_LANGUAGES:
        return share < 1 - CYRILLIC_SHARE and _latin(letters)
    return share > CYRILLIC_SHARE


def _text_contradicts(stated: str, text: str) -> bool:
    """A long text that is plainly another language than its metadata says (a German page
    whose site template declares lang="en"); the first CONTRADICTION_CHARS are enough to tell."""
    sample = text[:CONTRADICTION_CHARS]
    if len(LETTERS.findall(sample)) < CONTRADICTION_LETTERS:
        return False
    ranked = dict(_identifier(None).rank(sample))
    top = max(ranked, key=ranked.get)
    return top != stated and ranked[top] >= CONTRADICTION_CONFIDENCE and ranked.get(stated, 0.0) < 1 - CONTRADICTION_CONFIDENCE


def _could_be_english(sample: str) -> bool:
    ranked = _identifier(None).rank(sample)
    return ranked[0][1] < CLEAR_TOP or dict(ranked).get(DEFAULT_LANGUAGE, 0.0) >= ENGLISH_FLOOR


def _latin(letters: list[str]) -> bool:
    return sum(1 for letter in letters if letter.isascii()) * 2 > len(letters)


def _classify(sample: str, languages: tuple[str, ...] | None = None) -> tuple[str, float]:
    code, confidence = _identifier(languages).classify(sample)
    return code, float(confidence)


@lru_cache(maxsize=None)
def _identifier(languages: tuple[str, ...] | None):
    """A py3langid identifier with normalised probabilities, over ``languages`` or all.

    The model is read once per process (about 1 s and 85 MB); an identifier over fewer
    languages is a shallow copy sharing its arrays.
    """
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    if languages is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier = copy.copy(_identifier(None))
    identifier.set_languages(list(languages))
    return identifier
