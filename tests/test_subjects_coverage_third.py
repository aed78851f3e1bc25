"""Version 11 of the subject list: what a third audit found missing (the war in Ukraine's bombs,
kits, drone munitions and engineering vehicles, China's and Iran's systems as the English press
names them, ships by their own names and the press's nicknames), the flags that keep the new
words and names from matching alone, the items of a list of systems, and a name ending in one
capital before a sentence's stop."""
import pytest
from conftest import subject_mentions as mentions_in
from conftest import subjects_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

from claimledger.extract.subjects import load_subject_list


def subjects_in(nlp, text):
    return [label for _, label in mentions_in(nlp, text)]


def test_the_list_is_version_eleven_or_later():
    assert int(load_subject_list().version) >= 11


@pytest.mark.parametrize("text,canonical", [
    ("A FAB-250 fell short of the village near Vovchansk.", "FAB-250"),
    ("The wreck showed a UMPK fitted under the bomb's body.", "UMPK"),
    ("The drone carried a Kh-BPLA under its wing.", "Kh-BPLA"),
    ("Kabul's police still drive HMMWV trucks left behind.", "Humvee"),
    ("A column of MaxxPro MRAP vehicles crossed the bridge.", "MaxxPro"),
    ("Manila's AH-1S airframes were donated by Amman.", "AH-1 Cobra"),
    ("Two SuperCobra gunships escorted the convoy.", "AH-1 Cobra"),
    ("Madrid will replace its AV-8B fleet in the next decade.", "AV-8B Harrier II"),
    ("A ZTZ-99A company drove across the Gobi range.", "Type 99 tank"),
    ("The brigade fired a Hongjian-10 at a hulk.", "HJ-10"),
    ("A PGZ-07 battery guarded the airfield outside Hotan.", "PGZ-07"),
    ("The Renhai-class ship docked in Djibouti.", "Type 055 destroyer"),
    ("The 052D escorts turned north at dawn.", "Type 052D destroyer"),
    ("Two 054A escorts sailed past Yonaguni.", "Type 054A frigate"),
    ("A Fuchi-class ship refuelled the group.", "Type 903 replenishment ship"),
    ("The Type 076 carried out its first sea trials.", "Type 076 amphibious assault ship"),
    ("Tehran moved Bavar-373 launchers to Isfahan.", "Bavar-373"),
    ("The Gepard (Cheetah) class ships guard Vietnam's coast.", "Gepard-class frigate"),
    ("The first Tonelero-class boat went to sea in Rio.", "Scorpene"),
    ("The submarine Novorossiysk left Tartus under tow.", "Kilo-class submarine"),
    ("Delhi keeps four German HDWs in service at Mumbai.", "Type 209"),
    ("Hanoi operates six Russian Kilos from Cam Ranh.", "Kilo-class submarine"),
])
def test_new_system_or_spelling_names_its_subject(nlp, text, canonical):
    assert canonical in subjects_in(nlp, text)


# each new alias that is also a word, a name or a place: a sentence where it counts (as often
# as the report names the system) ...
@pytest.mark.parametrize("text,canonical,count", [
    ("Moscow claimed its air defences downed six Olkha rockets over Kursk.", "Vilkha", 1),
    ("Berlin sent three Mars II rocket launchers in the autumn.", "M270 MLRS", 1),
    ("INS Surat joined the fleet in Mumbai; Surat is the last of four destroyers.",
     "Visakhapatnam-class destroyer", 2),
    ("INS Nilgiri was commissioned in January, and Nilgiri will sail to Vizag.", "Nilgiri-class frigate", 2),
    ("A Kilo-class boat was hit at anchor; the Novorossiysk will need months of repair.",
     "Kilo-class submarine", 2),
    ("Belgrade showed the CM-400AKG, which Zagreb calls the Zagrebchanka.", "CM-400AKG", 2),
    ("The Riachuelo-class boats were built in Itaguaí; Tonelero and Humaitá followed Riachuelo.",
     "Scorpene", 4),
    ("Angostura, the fourth Scorpène-class boat, will be launched next year.", "Scorpene", 2),
    ("The plant in Kramatorsk builds Bohdan self-propelled artillery systems.", "Bohdana", 1),
    ("Russia fired missiles and Shaheda at Odesa; three Shaheds fell in the sea.", "Shahed-136", 2),
    ("The Kh-47M2 Kinzhal, the Dagger in English, was fired from a MiG-31K.", "Kinzhal", 2),
    ("Bayraktar drones hit two fuel trucks near Kherson.", "Bayraktar TB2", 1),
    ("The ALH Dhruv fleet flew again in May; the ALHs had been grounded, and the Rudra too.",
     "HAL Dhruv", 3),
    ("The frigates carry Chetak/ALH, Sea King, or MH-60R choppers.", "Chetak", 1),
    ("The frigates carry Chetak/ALH, Sea King, or MH-60R choppers.", "HAL Dhruv", 1),
    ("Germany handed over 16 Biber armoured bridge layers to the engineers.", "Biber", 1),
    ("The Harrier jets flew from the deck; each Harrier aircraft carried two bombs.", "AV-8B Harrier II", 2),
    ("The brigade's T99 tanks rolled past the stand.", "Type 99 tank", 1),
    ("Tehran deployed Karrar drones along the border.", "Karrar", 1),
    ("The new Majid missile system was deployed near Bushehr.", "Majid", 1),
    ("Iran moved the Bavar missile system to the south.", "Bavar-373", 1),
    ("The Falaq radar system was set up near the coast.", "Falaq", 1),
    ("The LHD Juan Carlos I sailed from Rota; the Juan Carlos I carries Harriers.", "Juan Carlos I", 2),
    ("Russian jets dropped guided aerial bombs on Sumy overnight.", "KAB", 1),
])
def test_ambiguous_new_alias_counts_in_context(nlp, text, canonical, count):
    assert subjects_in(nlp, text).count(canonical) == count


# ... and one where it does not
@pytest.mark.parametrize("text,canonical", [
    ("The Olkha river floods every spring near the village.", "Vilkha"),
    ("The Soviet Mars II lander reached the planet's surface in 1971.", "M270 MLRS"),
    ("Surat's diamond cutters reported record orders this year.", "Visakhapatnam-class destroyer"),
    ("Tea from the Nilgiri hills sold well at the auction.", "Nilgiri-class frigate"),
    ("The Novorossiysk oil terminal reopened after the storm.", "Kilo-class submarine"),
    ("Zagrebchanka is a song about a girl from the capital.", "CM-400AKG"),
    ("The Battle of Riachuelo was fought in 1865 on the Paraná.", "Scorpene"),
    ("Humaitá is a town on the Madeira river.", "Scorpene"),
    ("Bohdan Krotevych said the brigade had held the line.", "Bohdana"),
    ("Shaheda Begum opened the new school in Sylhet.", "Shahed-136"),
    ("Soldiers of the Dagger Brigade were deployed to the border in spring.", "Kinzhal"),
    ("Selçuk Bayraktar spoke at the technology fair in Istanbul.", "Bayraktar TB2"),
    ("Haluk Bayraktar said the drones would be built in Ukraine.", "Bayraktar TB2"),
    ("ALH said in a statement that profits had doubled.", "HAL Dhruv"),
    ("Rudra is worshipped at the temple on the hill.", "HAL Dhruv"),
    ("Bajaj sold more Chetak scooters this quarter.", "Chetak"),
    ("Douglas Biber, a linguist, studied the register of news.", "Biber"),
    ("The Harrier returned to its nest with a vole.", "AV-8B Harrier II"),
    ("Form T99 must be filed by March.", "Type 99 tank"),
    ("Tokyo's Type 99 self-propelled howitzers fired at the range.", "Type 99 tank"),
    ("Karrar Jassim scored twice in the second half.", "Karrar"),
    ("Majid Takht-Ravanchi said the missile talks would resume.", "Majid"),
    ("Bavar means belief in Persian.", "Bavar-373"),
    ("Surah al-Falaq was recited at the opening.", "Falaq"),
    ("King Juan Carlos I abdicated in 2014.", "Juan Carlos I"),
    ("Serbian jets dropped guided aerial bombs at the range near Pasuljanske.", "KAB"),
    ("The Cobra Gold exercise began in Thailand with helicopters.", "AH-1 Cobra"),
    ("The first Type 054B frigate was commissioned in Qingdao.", "Type 054A frigate"),
])
def test_ambiguous_new_alias_alone_names_no_system(nlp, text, canonical):
    assert canonical not in subjects_in(nlp, text)


def test_the_port_a_boat_is_named_for_is_no_boat(nlp):
    text = "Drones hit the port of Novorossiysk, where a Kilo-class boat was moored at the Novorossiysk naval base."
    assert subjects_in(nlp, text).count("Kilo-class submarine") == 1


def test_a_name_ending_in_one_capital_keeps_the_stop(nlp):
    assert "Juan Carlos I" in subjects_in(nlp, "The jets trained aboard the Spanish warship Juan Carlos I. Then they left.")
    assert "Agni-V" in subjects_in(nlp, "India tested the Agni V. The launch was from Odisha.")


def test_an_item_of_a_list_beside_a_system_is_a_system(nlp):
    labels = subjects_in(nlp, "Kyiv asked for F-16s, Patriots and ATACMS.")
    assert {"F-16", "Patriot", "ATACMS"} <= set(labels)


def test_a_list_with_no_system_in_it_licenses_nothing(nlp):
    assert subjects_in(nlp, "The shop sold a Chetak/Pulsar, a Splendor, or an Activa scooter.") == []
