"""Speaker rules of the ninth round, read on regional, agency and government outlets the
corpora do not hold, on sentences written for these tests: each rule has a case it changes
and a near miss it must leave alone."""
import pytest

from conftest import model_paragraph_quotes_pipeline
from conftest import speaker_of_quote_starting as speaker_of


@pytest.fixture(scope="module")
def nlp():
    return model_paragraph_quotes_pipeline()


# Ranks are no name: "Maj Gen (Rtd) X" is X, and a pronoun after it finds X

@pytest.mark.parametrize("text, content, expected", [
    ("Minister of Defence of Ghana Maj Gen (Rtd) Peter Mensah opened the new hangar.\n\n"
     "Maj Gen (retd) Mensah thanked the crews for their work.\n\n"
     "He said the jets would be based in Tamale.",
     "the jets would", "Peter Mensah"),
    ("Brig Gen (Rtd) Tomas Ferreira inspected the radar site on Friday.\n\n"
     "He said the radar would be ready in June.",
     "the radar would", "Tomas Ferreira"),
])
def test_ranks_before_a_name_are_not_the_name(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_a_surname_that_is_a_rank_word_stays_a_name(nlp):
    text = "Former premier John Major said the frigates would stay in Portsmouth."
    assert speaker_of(nlp, text, "the frigates would") in {"John Major", "Major"}


# A surname the tagger left out of the name: "Gen [Manoj] Pande"

@pytest.mark.parametrize("text, content, expected", [
    ("NEW DELHI: The border is calm and troops are adequately deployed, Army Chief Gen Manoj "
     "Naravane said on Thursday.\n\n\"We continue to talk,\" he said.",
     "We continue", "Manoj Naravane"),
])
def test_a_surname_after_a_cut_name_is_taken_in(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_a_place_after_a_name_is_not_a_surname(nlp):
    text = "Tomas Ferreira in Lisbon said the radar would be ready in June."
    assert speaker_of(nlp, text, "the radar would") == "Tomas Ferreira"


# A name that closes an office written into a body's entity ("X's Spokesman, Air
# Commodore Y Z", "Headquarters, Air Force, Abuja, AVM Y Z")

@pytest.mark.parametrize("text, content, expected", [
    ("A statement issued by NAF’s Spokesman, Air Commodore Ibrahim Dauda, said the "
     "helicopters were being assembled.", "the helicopters were", "Ibrahim Dauda"),
    ("The Chief of Engineering, Headquarters, Nigerian Air Force, Abuja, AVM Musa Bello, "
     "received the helicopters in Makurdi.\n\n"
     "According to him, the helicopters will be deployed in the north.",
     "the helicopters will", "Musa Bello"),
])
def test_a_name_closing_an_office_inside_a_body_is_the_person(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


# "Commander of the Southern Zone": a proper name after "the" is the office's body

def test_the_body_of_an_office_is_not_its_holder(nlp):
    text = ("Also present were General Karim Idrissi, Inspector of the Army and Commander "
            "of the Southern Zone, and General Said Amrani, Commander of the Royal Guard.\n\n"
            "The ceremony showed the new helicopters, the army said.")
    from claimledger.extract.speakers import SpeakerResolver
    doc = nlp(text)
    names = set(SpeakerResolver(doc).names().values())
    assert "Southern Zone" not in names and "Royal Guard" not in names


# "The regional governor": an adjective of scope does not bar the only governor named

@pytest.mark.parametrize("text, content, expected", [
    ("Governor Pavel Orlov wrote on Telegram that a drone had been downed.\n\n"
     "The regional governor pointed out that the threat of attacks remained high.",
     "the threat of attacks", "Pavel Orlov"),
])
def test_an_adjective_of_scope_keeps_the_only_holder(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_an_adjective_of_scope_does_not_choose_between_two_holders(nlp):
    text = ("Governor Pavel Orlov and Governor Ilya Sokolov met on Monday.\n\n"
            "The regional governor pointed out that the threat of attacks remained high.")
    assert speaker_of(nlp, text, "the threat of attacks") not in {"Pavel Orlov", "Ilya Sokolov"}


# A quotation that is a paragraph of its own goes on with the report that closes the
# paragraph before it

@pytest.mark.parametrize("text, content, expected", [
    ("The ministry was studying the request for more launchers, Defence Secretary Tom "
     "Halvorsen said.\n\n"
     "“We believe the system stays within the definition of defensive weapons.”",
     "We believe the system", "Tom Halvorsen"),
])
def test_a_quotation_paragraph_goes_on_with_the_report_before(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_a_quotation_inside_a_longer_paragraph_does_not_take_the_report_before(nlp):
    text = ("The ministry was studying the request for more launchers, Defence Secretary Tom "
            "Halvorsen said.\n\n"
            "Critics were unconvinced. “We believe the system stays within the definition "
            "of defensive weapons,” one lawmaker wrote.")
    assert speaker_of(nlp, text, "We believe the system") != "Tom Halvorsen"


def _quotes_starting(nlp, text, content):
    doc = nlp(text)
    return [q for q in doc._.quotes if doc.text[q["span"][0]:q["span"][1]].startswith(content)]


# A report set into a relative clause, its content missing the subject the relative word
# or the noun outside stands for, is the author's description, not a content clause

def test_a_report_inside_a_relative_clause_is_no_quote(nlp):
    text = "Navy officers have put out a clip they say shows the new launcher at work."
    assert not _quotes_starting(nlp, text, "shows the new")


def test_a_report_with_a_content_clause_of_its_own_stays(nlp):
    text = "Army officials said the video shows the new launcher in action."
    assert speaker_of(nlp, text, "the video shows") == "Army officials"


# "issued a statement in which it insists that ...": "it" is the statement's issuer

@pytest.mark.parametrize("text, content, expected", [
    ("The trucks are late, the Air Force said.\n\nThe Air Force has issued a new statement "
     "in which it insists that the trucks will reach the brigade in May.",
     "the trucks will", "Air Force"),
    ("The trucks were never meant for the brigade, the Ministry of Defence said.\n\n"
     "But the MoD has issued a new statement in which it insists that the trucks will reach "
     "the brigade in May.", "the trucks will", "Ministry of Defence"),
])
def test_it_in_a_statement_is_its_issuer(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_an_acronym_the_document_does_not_spell_stays_unresolved(nlp):
    text = ("The trucks were never meant for the brigade, officials said.\n\n"
            "But the MoD has issued a new statement in which it insists that the trucks will "
            "reach the brigade in May.")
    assert speaker_of(nlp, text, "the trucks will") != "Ministry of Defence"


# "The news agency" takes up the agency named before, under its own name

@pytest.mark.parametrize("text, content, expected", [
    ("Iran’s Fars news agency quoted the commander as saying the missiles were ready.\n\n"
     "The news agency went on to report that the missile can hit ships at 300 kilometers.",
     "the missile can", "Fars"),
])
def test_the_news_agency_takes_up_the_agency_named_before(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_a_bare_agency_is_not_taken_for_a_news_agency(nlp):
    text = ("Iran’s Fars news agency quoted the commander as saying the missiles were ready.\n\n"
            "The agency went on to report that the missile can hit ships at 300 kilometers.")
    assert speaker_of(nlp, text, "the missile can") != "Fars"


# "Speaking at the ceremony, X, said": the parser hangs X on the participle

@pytest.mark.parametrize("text, content, expected", [
    ("Speaking during the ceremony, air chief marshal AK Sharma, said, \"The jets will form "
     "a lethal combination.\"", "The jets will", "AK Sharma"),
])
def test_a_subject_hung_on_an_opening_participle_speaks(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_an_opening_participle_leaves_the_verbs_own_subject(nlp):
    text = "Speaking to reporters on Monday, the minister said the jets had arrived."
    assert speaker_of(nlp, text, "the jets had") == "the minister"


# "The Chief of Army Staff" for the only "Army Chief" named: the office's "of" phrase
# spells out more than the short title did

@pytest.mark.parametrize("text, content, expected", [
    ("Army Chief Gen Manoj Naravane said on Thursday that the border was calm.\n\n"
     "The Chief of Army Staff also said that a proposal for new artillery units has been "
     "sent to the government.", "a proposal for", "Manoj Naravane"),
    ("Army Chief Gen Manoj Naravane and Air Chief Marshal Vivek Chaudhari met on Thursday."
     "\n\nThe Chief of Army Staff also said that a proposal for new artillery units has been "
     "sent to the government.", "a proposal for", "Manoj Naravane"),
])
def test_an_office_spelled_out_takes_up_the_holder_of_its_short_title(nlp, text, content,
                                                                      expected):
    assert speaker_of(nlp, text, content) == expected


def test_an_office_of_another_service_is_not_the_holder(nlp):
    text = ("Army Chief Gen Manoj Naravane said on Thursday that the border was calm.\n\n"
            "The Chief of Naval Staff also said that a proposal for new artillery units has "
            "been sent to the government.")
    assert speaker_of(nlp, text, "a proposal for") != "Manoj Naravane"


# A line break that only wraps a sentence (hard-wrapped copy) does not end a report's
# content; a line that ends a sentence still does

def test_a_content_clause_runs_over_a_wrapped_line(nlp):
    text = ("Officials said the air force of the Revolutionary Guard Corps formally\n"
            "received three long-range missiles on Sunday at a ceremony near the capital.\n"
            "The missiles were displayed during a parade.")
    doc = nlp(text)
    spans = [doc.text[q["span"][0]:q["span"][1]] for q in doc._.quotes]
    assert any(s.startswith("the air force") and s.endswith("near the capital")
               for s in spans), spans


def test_a_content_clause_stops_at_a_line_that_ends_its_sentence(nlp):
    text = ("Officials said the air force of the Revolutionary Guard Corps received three "
            "long-range missiles.\nThe missiles were displayed during a parade near the capital.")
    doc = nlp(text)
    spans = [doc.text[q["span"][0]:q["span"][1]] for q in doc._.quotes]
    assert not any("parade" in s for s in spans), spans


# A headline's bare office ("..., says Ghanaian minister of defence", "..., governor says")
# takes up the holder the document names; an office written before "Maj Gen (Rtd) X" is X's

@pytest.mark.parametrize("text, content, expected", [
    ("Jets to boost security, says Ghanaian minister of defence\n\nMinister of Defence of "
     "Ghana Maj Gen (Rtd) Peter Mensah was the guest of honour at the handover.\n\n"
     "He thanked the crews.", "Jets to boost", "Peter Mensah"),
    ("Drone downed over the region, no casualties, says governor\nEmergencies\n"
     "May 04, 2023, 9:29\nA drone was downed over the region on Thursday, according to "
     "Sergei Ivanov, the governor of the region.", "Drone downed", "Sergei Ivanov"),
    ("Drone downed over the region, no casualties, governor says\nA drone was downed over "
     "the region on Thursday, according to Sergei Ivanov, the governor of the region.",
     "Drone downed", "Sergei Ivanov"),
])
def test_a_headline_office_takes_up_its_holder(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


@pytest.mark.parametrize("text", [
    "Jets to boost security, says Ghanaian minister of defence\n\nMinister of Interior of "
    "Ghana Maj Gen (Rtd) Peter Mensah was the guest of honour at the handover.",
    "Drone downed over the region, no casualties, says governor\nEmergencies\n"
    "May 04, 2023, 9:29\nA drone was downed over the region on Thursday, according to "
    "Sergei Ivanov, a deputy of the region.",
])
def test_a_headline_office_does_not_take_another_office(nlp, text):
    assert speaker_of(nlp, text, text.split(",")[0][:10]) not in {"Peter Mensah",
                                                                   "Sergei Ivanov"}


# "said that, according to preliminary reports, ...": the complementizer "that" does not
# point back like "That's according to ..."

@pytest.mark.parametrize("text, expected", [
    ("The chief of the town's civil defence said that, according to preliminary "
     "reports, nobody was hurt and no homes were hit.",
     "The chief of the town's civil defence"),
    ("\"Air defenses have destroyed another drone,\" Governor Sergei Ivanov said, adding that "
     "according to preliminary reports, there were no casualties.", "Sergei Ivanov"),
])
def test_a_content_clause_opening_with_according_to_is_the_speakers(nlp, text, expected):
    assert speaker_of(nlp, text, "according to preliminary reports") == expected


# "Türkiye's Secretariat of Defence Industries": a state body named with an "of" phrase
# keeps the country that owns it, and its acronym takes the full name

@pytest.mark.parametrize("text, content, expected", [
    ("Baykar has shipped a new lot of drones to Riga this week, Türkiye's "
     "Secretariat of Defence Industries (SSB) said.\n\n18 drones were handed over "
     "under a deal signed in 2020, SSB said on Tuesday.",
     "18 drones were", "Türkiye's Secretariat of Defence Industries"),
])
def test_a_state_body_keeps_its_country(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_a_brand_after_a_country_is_not_taken_in(nlp):
    text = ("The drones were delivered to Warsaw this month, Turkey's Baykar reported.")
    assert speaker_of(nlp, text, "The drones were") == "Baykar"


# "X says a Russian column with 32 tanks, ..., crossed into ...": the clause's subject read
# as the object of "say", its past-tense verb as a reduced relative on it

def test_an_object_of_say_with_a_past_tense_verb_is_a_content_clause(nlp):
    text = ("Military spokesman Andriy Lysenko says a Russian column with 32 Russian tanks, 16 "
            "howitzer artillery pieces, and 30 trucks of ammunition and soldiers, crossed into "
            "eastern Ukraine’s Luhansk region on November 6.")
    assert speaker_of(nlp, text, "a Russian column") == "Andriy Lysenko"


@pytest.mark.parametrize("text", [
    "He said a few words about the column deployed in the region.",
    "She said a prayer for the soldiers killed in the attack.",
])
def test_an_object_of_say_with_a_participle_stays_an_object(nlp, text):
    assert nlp(text)._.quotes == []


# A name the tagger labels a body is a person when an office stands in apposition to it
# ("Yury Ignat, spokesman for the Air Force,"), so a later "he" finds it

def test_a_name_with_an_office_in_apposition_is_a_person(nlp):
    text = ("Ukraine deploys air defense systems in cities, Yury Ignat, spokesman for the "
            "Ukrainian Air Force, said on Sunday.\n\n\"There is no other way to defend a "
            "city,\" he said.")
    assert speaker_of(nlp, text, "There is no") == "Yury Ignat"


def test_a_company_with_a_description_in_apposition_stays_a_body(nlp):
    text = "Lockheed Martin, the supplier of the jets, said the first ones would arrive in May."
    assert speaker_of(nlp, text, "the first ones") == "Lockheed Martin"


# "X President and CEO Jane Roe": two offices joined before one name are the name's

def test_two_offices_joined_before_a_name_are_the_names(nlp):
    text = ("“It’s incredibly meaningful that we could deliver the 50th cutter on the Coast "
            "Guard’s birthday,” said Bollinger President and CEO Ben Bordelon.")
    assert speaker_of(nlp, text, "It’s incredibly") == "Ben Bordelon"


def test_an_office_and_another_person_are_not_one_speaker(nlp):
    text = ("“It’s incredibly meaningful that we could deliver the 50th cutter on the Coast "
            "Guard’s birthday,” said the President and Ben Bordelon.")
    assert speaker_of(nlp, text, "It’s incredibly") != "Ben Bordelon"
