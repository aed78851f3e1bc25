"""Exact and near-duplicate detection."""
import pytest

from claimledger.ingest.dedup import Deduplicator, Verdict, minhash_from_bytes, shingles, signature_bytes
from claimledger.schema import Document, content_hash, document_id_for

ARTICLE = (
    "A second Patriot air defence battery has arrived at the airport in south-eastern Poland, "
    "the defence ministry said on Monday. The battery is in place and its crews will take up "
    "combat duty within days, a spokesman told reporters in Warsaw, adding that the launchers had "
    "been moved by rail over the weekend. The airport is the main hub for military aid to Ukraine, "
    "and the first battery has been stationed there since the spring. Officials declined to say "
    "how long the systems would remain, and some analysts said the deployment was a response to "
    "recent drone incursions into Polish airspace."
)
SYNDICATED = ARTICLE + " This article first appeared in Example Wire."
UNRELATED = (
    "India expects Russia to deliver the fourth squadron of the S-400 air defence system next "
    "year, according to officials quoted by local media. Three squadrons are already deployed "
    "along the northern and western borders, the officials said, and the fifth is due in 2027."
)


def document(text: str, dct: str | None = None) -> Document:
    return Document(id=document_id_for(text), text=text, dct=dct)


@pytest.fixture
def dedup() -> Deduplicator:
    dedup = Deduplicator(threshold=0.8)
    dedup.add(document(ARTICLE, "2025-11-03"))
    return dedup


def test_check_new_text(dedup):
    assert dedup.check(document(UNRELATED)) == Verdict("new")


@pytest.mark.parametrize("text", [ARTICLE, ARTICLE.upper(), "  " + ARTICLE.replace(" ", "\n  ")])
def test_check_exact_duplicate_after_normalization(dedup, text):
    verdict = dedup.check(Document(id="other", text=text))
    assert (verdict.kind, verdict.original_id, verdict.similarity) == (
        "exact", document_id_for(ARTICLE), 1.0)


def test_check_near_duplicate_names_original_and_its_dct(dedup):
    verdict = dedup.check(document(SYNDICATED, "2025-11-04"))
    assert (verdict.kind, verdict.original_id, verdict.original_dct) == (
        "near", document_id_for(ARTICLE), "2025-11-03")
    assert 0.8 <= verdict.similarity < 1.0


def test_check_rewritten_text_is_not_near(dedup):
    rewritten = " ".join(ARTICLE.split()[::2])
    assert dedup.check(document(rewritten)).kind == "new"


def test_add_text_finds_copies():
    dedup = Deduplicator()
    dedup.add_text("stored-1", ARTICLE, dct="2025-11-03")
    dedup.add_text("stored-2", UNRELATED)
    assert len(dedup) == 2
    assert dedup.check(document(SYNDICATED)).original_id == "stored-1"
    assert dedup.check(document(UNRELATED)).original_id == "stored-2"


def test_remove_forgets_original(dedup):
    dedup.remove(document_id_for(ARTICLE))
    assert dedup.check(document(SYNDICATED)).kind == "new"
    assert dedup.check(document(ARTICLE)).kind == "new"


@pytest.mark.parametrize("text, count", [
    ("one two three", 1),
    ("a b c d e", 1),
    ("a b c d e f g", 3),
    ("A  b C d E", 1),
])
def test_shingles_word_five_grams(text, count):
    assert len(shingles(text)) == count


def test_check_near_names_earliest_of_several_matches():
    dedup = Deduplicator()
    dedup.add(Document(id="copy", text=SYNDICATED, dct="2025-11-05"))
    dedup.add(Document(id="first", text=ARTICLE + " Updated.", dct="2025-11-03"))
    verdict = dedup.check(document(ARTICLE + " Reprinted here.", "2025-11-09"))
    assert (verdict.kind, verdict.original_id, verdict.original_dct) == ("near", "first", "2025-11-03")


def test_signature_bytes_round_trip_keeps_the_hash_values():
    minhash = Deduplicator().minhash(ARTICLE)
    restored = minhash_from_bytes(signature_bytes(minhash))
    assert list(restored.hashvalues) == list(minhash.hashvalues)


def test_add_signature_finds_the_same_copies_as_add_text():
    from_text, from_signature = Deduplicator(), Deduplicator()
    for doc_id, text, dct in [("stored-1", ARTICLE, "2025-11-03"), ("stored-2", UNRELATED, None)]:
        from_text.add_text(doc_id, text, dct=dct)
        from_signature.add_signature(doc_id, content_hash(text), signature_bytes(from_text.minhash(text)), dct=dct)
    newcomers = [document(SYNDICATED), document(ARTICLE), document(UNRELATED + " Updated.")]
    verdicts = [from_signature.check(newcomer) for newcomer in newcomers]
    assert verdicts == [from_text.check(newcomer) for newcomer in newcomers]
    assert [(verdict.kind, verdict.original_id) for verdict in verdicts] == [
        ("near", "stored-1"), ("exact", "stored-1"), ("near", "stored-2")]


@pytest.mark.parametrize("num_perm", [64, 256])
def test_signature_settings_change_with_num_perm(num_perm):
    assert Deduplicator(num_perm=num_perm).settings != Deduplicator().settings
    assert f"num_perm={num_perm}" in Deduplicator(num_perm=num_perm).settings
