from claimledger.languages.morph import blank_pipeline, lemma


def test_russian_lemmas_come_from_the_dictionary():
    assert lemma("Орешника", "ru") == "орешник"
    assert lemma("размещены", "ru") == "разместить"


def test_a_language_without_a_dictionary_lower_cases():
    assert lemma("Орешника", "uk") == "орешника"


def test_blank_pipeline_gives_sentences_and_lemmas():
    doc = blank_pipeline("ru")("Лукашенко заявил об этом. Ракеты прибыли.")
    assert len(list(doc.sents)) == 2
    assert [t.lemma_ for t in doc][:2] == ["лукашенко", "заявить"]
