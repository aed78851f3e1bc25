"""The Russian Doc from natasha's weights: tokens cover the text exactly, with POS, lemmas,
one dependency tree per sentence and PERSON/GPE/LOC/ORG names."""
import pytest

from claimledger.languages.russian import russian_pipeline

TEXT = ("  Министр обороны Сергей Петров заявил в Смоленске, что ракеты «Искандер-М» уже прибыли.\n\n"
        "Подробнее 👉 https://example.org/a?b=1 — и фото.  Склады в Брянской области охраняются.\n")


@pytest.fixture(scope="module")
def doc():
    return russian_pipeline()(TEXT)


def test_tokens_cover_the_text_exactly(doc):
    assert doc.text == TEXT
    assert "".join(token.text_with_ws for token in doc) == TEXT
    assert "👉" in [token.text for token in doc]


def test_sentences_follow_razdel_and_each_has_one_root(doc):
    sentences = list(doc.sents)
    assert len(sentences) == 3
    assert sentences[0].text.startswith("  Министр")
    for sentence in sentences:
        assert sum(1 for token in sentence if token.head.i == token.i) == 1


def test_pos_morphology_and_lemmas(doc):
    by_text = {token.text: token for token in doc}
    assert by_text["заявил"].pos_ == "VERB" and by_text["заявил"].lemma_ == "заявить"
    assert by_text["Смоленске"].morph.get("Case") == ["Loc"]
    assert by_text["прибыли"].lemma_ == "прибыть"


def test_names_with_spans_into_the_text(doc):
    found = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("Сергей Петров", "PERSON") in found
    assert ("Смоленске", "GPE") in found
    assert ("Брянской области", "LOC") in found
    for ent in doc.ents:
        assert TEXT[ent.start_char:ent.end_char] == ent.text


def test_subject_of_the_speech_verb_from_the_parse(doc):
    verb = next(token for token in doc if token.text == "заявил")
    assert any(child.dep_ == "nsubj" and child.text == "Министр" for child in verb.children)


def test_one_blas_thread_inside_and_the_count_restored_after():
    from claimledger.languages.blas import openblas_controls, single_blas_thread

    controls = openblas_controls()
    if not controls:
        pytest.skip("numpy here has no OpenBLAS")
    before = [get() for get, _ in controls]
    with single_blas_thread():
        assert [get() for get, _ in controls] == [1] * len(controls)
    assert [get() for get, _ in controls] == before


def test_a_very_long_sentence_goes_to_slovnet_in_pieces_and_stays_one_tree():
    from claimledger.languages.russian import MAX_PIECE_WORDS, word_pieces

    text = "В Смоленске " + "и " * (2 * MAX_PIECE_WORDS) + "Сергей Петров заявил об этом."
    doc = russian_pipeline()(text)
    pieces = word_pieces(doc)
    assert len(pieces) == 3 and max(len(piece) for piece in pieces) <= MAX_PIECE_WORDS
    assert sorted(i for piece in pieces for i in piece) == [token.i for token in doc if not token.is_space]
    assert len(list(doc.sents)) == 1 and sum(1 for token in doc if token.head.i == token.i) == 1
    assert {(ent.text, ent.label_) for ent in doc.ents} >= {("Смоленске", "GPE"), ("Сергей Петров", "PERSON")}


@pytest.mark.parametrize("text", ["🚀🚀🚀", " \n ", "«»—…", "\n\nМосква.\n\n"])
def test_texts_without_words_or_with_little_else(text):
    doc = russian_pipeline()(text)
    assert doc.text == text
