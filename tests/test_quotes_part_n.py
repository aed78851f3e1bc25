"""Speakers and spans of real-report shapes met on the quotes part n, each on a short report
written for it and run through the whole pipeline: a belief stated "at a briefing by" someone
named after a comma or after a body's name, "the representative of" a body taking up the person
who spoke for it, the singular "they" of an unnamed source, figures in a body's records, a group's
code joined to a body, a headline's "claims X" before the site's name, "what it said was", "showed
off", a comment verb set off by commas, "reported citing", two quoted fragments joined by "and", a
quoted name with no verb, and an outlet described after its country."""
import pytest
from conftest import check_quotes
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

# fmt: off
STATED_AFTER = [
    ("The Nordic allies believe that the new coastal radars can see deep into the Baltic. This "
     "was stated at a press conference by the commander of the Finnish navy, Jari Mikkola.",
     [("The Nordic allies believe that the new coastal radars can see deep into the Baltic",
       "Jari Mikkola")]),
    ("Officials in Riga think that the ferry route will reopen in March. This was said at a "
     "meeting by the coordinator for transport policy in the Baltic Council of the European "
     "Commission Ingrid Salo.",
     [("Officials in Riga think that the ferry route will reopen in March", "Ingrid Salo")]),
    # a bare statement before has no content clause: no one's report (R5)
    ("Norway will not send more frigates this year. This was stated in an interview with a "
     "weekly by the chief of the Norwegian navy, Rune Andersen.", []),
]

TAKEN_UP = [
    ("The pledge was confirmed by the spokesperson of the Nordic Defence Council Hanna Lind. "
     "“The first shipment goes out in May,” Lind said. “The second will follow before winter,” "
     "the representative of the council added.",
     [("The first shipment goes out in May", "Hanna Lind"),
      ("The second will follow before winter", "Hanna Lind")]),
    ("The boats will be based in Tallinn from next spring, a source said. The “M” in the name "
     "marks the mine-hunting version, they said. “The crews have already started training,” "
     "they added.",
     [("The boats will be based in Tallinn from next spring", "a source"),
      ("The “M” in the name marks the mine-hunting version", "a source"),
      ("The crews have already started training", "a source")]),
    ("The coast guard took delivery of three cutters in June. The service is to receive two "
     "more next year, Ministry of Interior records showed.",
     [("The service is to receive two more next year", "Ministry of Interior")]),
    ("The G7 and IMF said on Friday that they would send monitors to the port.",
     [("they would send monitors to the port", "G7 and IMF")]),
    ("The trucks reached the front before the storm, US media outlet reported.",
     [("The trucks reached the front before the storm", "US media outlet")]),
]

SPANS = [
    ("Downed Russian cruise missile with German Gepard guns, claims Kyiv : The River Post\n\n"
     "The air force said on Friday that the missile fell into a field.",
     [("Downed Russian cruise missile with German Gepard guns", "Kyiv"),
      ("the missile fell into a field", "air force")]),
    ("This approach, he suggested, shows how quickly the crews have learned to fly the new jets.",
     [("This approach, he suggested, shows how quickly the crews have learned to fly the new jets",
       "he")]),
    ("The cabinet had long refused to send the jets but had agreed “in recent days” to hand them "
     "over, a Danish newspaper reported citing two officials.",
     [("The cabinet had long refused to send the jets but had agreed “in recent days” to hand "
       "them over", "a Danish newspaper")]),
    ("The Polish leader wrote later on X that his accords with the allies \"are being "
     "respected\" and \"followed very closely,\" adding that the tanks \"have proved reliable.\"",
     [("his accords with the allies \"are being respected\" and \"followed very closely,",
       "The Polish leader"),
      ("the tanks \"have proved reliable", "The Polish leader")]),
]

NOT_QUOTES = [
    ("Nordic yard launches second frigate, unveils updated hull design\n\nThe yard launched "
     "the ship on Friday.", []),
    ("The navy on Monday showed off the newest addition to its fleet, two German-built "
     "corvettes.", []),
    ("The parade came a day after Latvia protested over what it said was a Russian-made, but "
     "unmarked, military drone that fell near Rezekne on Sunday.", []),
    ("The first battery reached the port together with the “Skyguard launcher from Norway” "
     "and two “Swiss radar vans” on the same ship.", []),
]
# fmt: on


@pytest.mark.parametrize("text,expected", STATED_AFTER)
def test_a_belief_stated_by_someone_after_it(nlp, text, expected):
    check_quotes(nlp, text, expected)


@pytest.mark.parametrize("text,expected", TAKEN_UP)
def test_speakers_taken_up_or_described(nlp, text, expected):
    check_quotes(nlp, text, expected)


@pytest.mark.parametrize("text,expected", SPANS)
def test_spans_of_headlines_asides_and_fragments(nlp, text, expected):
    check_quotes(nlp, text, expected)


@pytest.mark.parametrize("text,expected", NOT_QUOTES)
def test_displays_gaps_and_quoted_names_are_no_quotes(nlp, text, expected):
    check_quotes(nlp, text, expected)
