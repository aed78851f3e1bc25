"""Quote spans and cues on phrasings common in outlets' reports: attribution phrases after a
link word or at a clause's end ("In addition, according to him, ...", "..., per X"), outlets
named like web addresses and cited as channels, attempts and back-references that report no
one's words, and where reported content goes on or stops after "but" and "and".
Sentences written for these tests."""
import pytest
from conftest import quotes_pipeline


@pytest.fixture(scope="module")
def nlp():
    return quotes_pipeline()


def found(doc):
    """(content, kind, speaker) of each quote."""
    return [(doc.text[q["span"][0]:q["span"][1]], q["kind"], q["speaker"]) for q in doc._.quotes]


def cue_of(doc, content):
    quote = next(q for q in doc._.quotes if doc.text[q["span"][0]:q["span"][1]] == content)
    return doc.text[quote["cue"][0]:quote["cue"][1]]


# "according to X" after a link word or an adverbial opening the sentence

@pytest.mark.parametrize("text, content, speaker", [
    ("“The drills are only a show,” Kovalenko said.\n\nIn addition, according to him, the "
     "navy is moving two frigates to the northern port.",
     "the navy is moving two frigates to the northern port", "Kovalenko"),
    ("The radar reached the coast in May. However, according to the coast guard, the crews "
     "have not finished their training.",
     "the crews have not finished their training", "coast guard"),
    ("On Monday, according to the regional governor, two launchers were moved to the airfield.",
     "two launchers were moved to the airfield", "the regional governor"),
])
def test_according_to_after_an_opening_adverbial(nlp, text, content, speaker):
    assert (content, "indirect", speaker) in found(nlp(text))


def test_according_to_after_a_subject_is_unchanged(nlp):
    # a subject before the phrase is not an adverbial: no quote of the bare rest
    doc = nlp("The battalion, according to local officials, left the town on Sunday.")
    assert not any(content == "left the town on Sunday" for content, _, _ in found(doc))


def test_according_to_takes_a_report_with_its_own_content(nlp):
    doc = nlp("The army has said it will not move the launchers this year, according to two "
              "officials who attended the briefing.")
    assert found(doc) == [("The army has said it will not move the launchers this year",
                           "indirect", "two officials")]


def test_according_to_after_a_set_in_report_stays_second_hand(nlp):
    doc = nlp("The launchers arrived in Lviv, he said, according to state media.")
    assert [speaker for _, _, speaker in found(doc)] == ["he"]


def test_according_to_takes_the_clause_joined_after_it(nlp):
    doc = nlp("The first battery reached the port in March, according to the defence ministry, "
              "and the second battery is due in the autumn.")
    assert ("the second battery is due in the autumn", "indirect",
            "defence ministry") in found(doc)


def test_according_to_a_report_of_this_is_the_source_s(nlp):
    doc = nlp("The defence minister said this at a news conference in Vilnius on Friday, "
              "according to an LRT correspondent.")
    assert found(doc)[0][0] == ("The defence minister said this at a news conference in "
                                "Vilnius on Friday")


# "per X" at a clause's edge attributes like "according to X"

@pytest.mark.parametrize("text, content, speaker", [
    ("The first two batteries have already reached the port of Gdynia, per Polish "
     "broadcaster TVP.", "The first two batteries have already reached the port of Gdynia",
     "TVP"),
    ("Per the Pentagon, the launchers will arrive before the end of the year.",
     "the launchers will arrive before the end of the year", "Pentagon"),
])
def test_per_a_source_attributes_the_clause(nlp, text, content, speaker):
    doc = nlp(text)
    assert (content, "indirect", speaker) in found(doc)
    assert cue_of(doc, content).lower() == "per"


@pytest.mark.parametrize("text", [
    "The battery can fire six missiles per minute, the manufacturer's brochure shows.",
    "The crews fire about 300 shells per day, as per the plan agreed in June.",
    "Spending rose by 4 per cent last year.",
    "The loan was paid back in full, per the agreement signed in June.",
])
def test_per_as_a_rate_or_without_a_source_is_no_attribution(nlp, text):
    doc = nlp(text)
    assert all(q["cue"] is None or doc.text[q["cue"][0]:q["cue"][1]].lower() != "per"
               for q in doc._.quotes)


# Outlets named like web addresses, and the sources they cite

@pytest.mark.parametrize("text", [
    "Defence Minister Jan Vos announced this, Censor.NET reports citing Ukrainska Pravda.",
    "This was stated by the commander of the air force, Obozrevatel.COM reports.",
    "The Kremlin has denied this, Reuters reported, citing three officials.",
])
def test_an_outlet_passing_a_statement_on_is_no_quote(nlp, text):
    assert found(nlp(text)) == []


def test_site_name_is_one_token(nlp):
    doc = nlp("Censor.NET reported that the launchers had arrived.")
    assert doc[0].text == "Censor.NET"
    assert found(doc) == [("the launchers had arrived", "indirect", "Censor.NET")]


def test_citing_evidence_is_still_content(nlp):
    doc = nlp("The court blocked the shipment, citing a threat to public safety.")
    assert [content for content, _, _ in found(doc)] == ["a threat to public safety"]


# Attempts and back-references report no one's words

@pytest.mark.parametrize("text", [
    "Having first sought to batter the cities with rockets, the enemy has this spring "
    "mostly switched to drones.",
    "The navy aims to double the number of its frigates by 2030.",
    "As reported, on March 3, the Dutch government released a list of arms that will be "
    "shipped to Kyiv.",
    "As previously reported, the first launchers arrived in Lviv on Monday.",
])
def test_attempts_and_back_references_are_no_quotes(nlp, text):
    assert found(nlp(text)) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("As Ukrinform reported, the first launchers arrived in Lviv on Monday.",
     "the first launchers arrived in Lviv on Monday", "Ukrinform"),
    ("As reported by Reuters, the first launchers arrived in Lviv on Monday.",
     "the first launchers arrived in Lviv on Monday", "Reuters"),
    ("The navy has pledged to double the number of its frigates by 2030.",
     "to double the number of its frigates by 2030", "The navy"),
])
def test_reports_with_a_source_are_unchanged(nlp, text, content, speaker):
    assert (content, "indirect", speaker) in found(nlp(text))


def test_as_reported_after_content_closes_it(nlp):
    doc = nlp("Germany announced that the third Patriot system has arrived in Ukraine, as "
              "reported on Sunday by the German envoy on X.")
    assert found(doc) == [("the third Patriot system has arrived in Ukraine", "indirect",
                           "Germany")]


# Where reported content goes on after "but" and "and"

@pytest.mark.parametrize("text, content", [
    ("She stressed that there is no hold-up on Norway's side, but the F-35s are late, and "
     "once they come, the F-16s will go to Kyiv.",
     "there is no hold-up on Norway's side, but the F-35s are late, and once they "
     "come, the F-16s will go to Kyiv"),
    ("The minister said that the jets will arrive in May, but the pilots will need more "
     "training.", "the jets will arrive in May, but the pilots will need more training"),
])
def test_a_clause_with_its_own_subject_goes_on_with_the_content(nlp, text, content):
    assert [c for c, _, _ in found(nlp(text))] == [content]


def test_a_clause_in_another_tense_than_the_content_is_the_author_s(nlp):
    doc = nlp("Early polls showed Clinton was the winner of the debate, but such snap polls are "
              "no guide to how people will vote.")
    assert [c for c, _, _ in found(doc)] == ["Clinton was the winner of the debate"]


@pytest.mark.parametrize("text, content", [
    ("He said that the jets would arrive soon, but did not give a date.",
     "the jets would arrive soon"),
    ("The spokesman says the radars will be moved north but does not say when.",
     "the radars will be moved north"),
])
def test_a_verb_phrase_in_the_reporting_tense_is_the_author_s(nlp, text, content):
    assert [c for c, _, _ in found(nlp(text))] == [content]


@pytest.mark.parametrize("text, content", [
    ("He said that the jets would arrive soon but could be delayed.",
     "the jets would arrive soon but could be delayed"),
    ("The spokesman said the troops arrived on Monday and left on Tuesday.",
     "the troops arrived on Monday and left on Tuesday"),
])
def test_a_verb_phrase_in_the_content_s_tense_is_content(nlp, text, content):
    assert [c for c, _, _ in found(nlp(text))] == [content]


@pytest.mark.parametrize("text, first, second, speaker", [
    ("The minister said the launchers had arrived and claimed that more would follow.",
     "the launchers had arrived", "more would follow", "The minister"),
    ("Officials said the missiles were launched from Crimea and warned that more strikes "
     "would come.", "the missiles were launched from Crimea", "more strikes would come",
     "Officials"),
])
def test_a_coordinated_reporting_verb_shares_its_subject(nlp, text, first, second, speaker):
    assert found(nlp(text)) == [(first, "indirect", speaker), (second, "indirect", speaker)]


# Further losses of the same kinds

def test_that_clause_after_an_interposed_citing_phrase_is_content(nlp):
    doc = nlp("In early March, Reuters reported, citing two officials, that Norway had declined to "
              "ship the tanks, arguing that the deal would strain ties with its neighbours.")
    assert found(doc)[:2] == [
        ("Norway had declined to ship the tanks", "indirect", "Reuters"),
        ("the deal would strain ties with its neighbours", "indirect", "Reuters")]


def test_so_that_clause_is_no_content(nlp):
    doc = nlp("The army said nothing, so that the convoy could leave unseen.")
    assert found(doc) == []


@pytest.mark.parametrize("text, content", [
    ("The ministry stated that seven missiles were used, tentatively naming them as "
     "Iskander-M.", "seven missiles were used"),
    ("The president said that the jets would arrive “very soon” after telling the prime "
     "minister the deal could not be undone.", "the jets would arrive “very soon”"),
])
def test_content_stops_before_the_speaker_s_next_act(nlp, text, content):
    assert found(nlp(text))[0][0] == content


def test_content_goes_on_over_a_time_phrase_that_is_not_a_report(nlp):
    doc = nlp("The minister said the launchers were moved north after being repaired in Lviv.")
    assert found(doc)[0][0] == "the launchers were moved north after being repaired in Lviv"


def test_a_verb_with_its_own_complement_reports_no_clause_before_it(nlp):
    doc = nlp("Norwegian NASAMS battery lands in Kyiv, Swedish CV90 expected to arrive")
    assert found(doc) == []
    doc = nlp("The launchers will arrive in May, officials expect.")
    assert found(doc) == [("The launchers will arrive in May", "indirect", "officials")]
