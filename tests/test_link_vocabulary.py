"""One vocabulary for the link records: each word list is read from one place."""
from claimledger.extract import donors, link_records, quotes
from claimledger.extract.quantities import kind_unit
from claimledger.lexicon import lexicon
from claimledger.places import COUNTRY_ALIASES, DEMONYMS
from claimledger.schema import COUNT_SCOPES, HOLDING_SCOPE


def test_giving_verbs_include_the_transfer_verbs():
    transfers = set(lexicon().cues["refusal"]["transfer_lemmas"])
    assert transfers <= donors.GIVER_VERBS
    assert set(lexicon().events["pledge_verbs"]) <= donors.GIVER_VERBS
    assert donors.RECEIVING_VERBS == frozenset(lexicon().events["receiving_verbs"])


def test_count_verbs_and_holding_words_come_from_the_measures_lexicon():
    table = link_records.count_verb_status()
    assert table["send"] == "ARRIVED" and table["shoot"] == "DESTROYED" and table["launch"] == "USED"
    verbs, nouns = link_records.holding_words()
    assert {"have", "possess", "operate", "field"} <= verbs and "fleet" in nouns
    assert HOLDING_SCOPE in COUNT_SCOPES


def test_one_list_of_generic_weapon_nouns_and_of_modals():
    denial = lexicon().cues["denial"]
    assert "generic_nouns" not in denial["structure"]
    assert "weapons" in denial["generic_nouns"]["words"]
    assert "modals" not in lexicon().cues["refusal"]
    assert "will" in lexicon().events["future_aux"]
    assert quotes.WITHHOLDING_VERBS == frozenset(denial["structure"]["unsaying_heads"])


def test_kind_unit_reads_the_kind_s_last_word():
    assert kind_unit("loitering munition") == "drones"
    assert kind_unit("main battle tank") == "tanks"
    assert kind_unit(None) is None and kind_unit("") is None


def test_country_spellings_share_the_places_table():
    assert COUNTRY_ALIASES["u.s."] == "United States"
    assert donors.country_of_text("the Netherlands") == "Netherlands"
    assert donors.country_of_text("Dutch") == DEMONYMS["dutch"]
    assert donors.country_of_text("Americans") == "United States"
