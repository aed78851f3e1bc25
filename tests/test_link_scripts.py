"""One place in two scripts is one place for the link stage: events link, conflicts compare, and
positions and events are named in Latin script when any report gives that spelling."""
from claimledger.link.bucket import SubjectBucket
from claimledger.link.documents import DocumentInfo
from claimledger.link.events import link_events
from claimledger.link.identity import is_latin
from claimledger.link.kinds import status
from claimledger.schema import StatusClaim


def info(doc_id, dct):
    return DocumentInfo(doc_id, dct, f"outlet {doc_id}", doc_id, f"outlet:{doc_id}")


def test_is_latin_tells_scripts_apart():
    assert is_latin("Turkey") and is_latin("Çanakkale") and is_latin("")
    assert not is_latin("Турция") and not is_latin("Туреччина")


def test_event_reported_in_two_scripts_is_named_in_latin_script():
    infos = {"a-ru": info("a-ru", "2024-05-02"), "b-en": info("b-en", "2024-05-03")}
    claims = [StatusClaim("a-ru", (0, 40), "Tor-M2", "ARRIVED", date="2024-05-01", date_role="onset", location="Турция"),
              StatusClaim("b-en", (0, 40), "Tor-M2", "ARRIVED", date="2024-05-01", date_role="onset", location="Turkey")]
    events = link_events(claims, infos)
    assert len(events) == 1
    assert events[0].location == "Turkey"
    assert {report.doc_id for report in events[0].reports} == {"a-ru", "b-en"}


def test_status_still_ahead_in_one_script_conflicts_with_arrival_in_the_other():
    infos = {"early-en": info("early-en", "2024-06-10"), "later-uk": info("later-uk", "2024-05-20")}
    claims = [StatusClaim("early-en", (0, 50), "Tor-M2", "ARRIVED", kind="pending", location="Turkey"),
              StatusClaim("later-uk", (0, 50), "Tor-M2", "ARRIVED", date="2024-05-01", date_role="onset",
                          location="Туреччина"),
              StatusClaim("later-uk", (60, 90), "Tor-M2", "ARRIVED", date="2024-05-01", date_role="onset",
                          location="Анкара")]   # a second place: claims with places are still compared
    bucket = SubjectBucket("torm2", "Tor-M2", claims, [], infos, link_events(claims, infos))
    triggers = status.find(bucket)
    assert {(trigger.a.doc_id, trigger.b.doc_id) for trigger in triggers} == {("early-en", "later-uk")}
    assert all("(Turkey)" in trigger.position_a and "(Turkey)" in trigger.position_b for trigger in triggers)


def test_place_reported_in_cyrillic_only_is_named_in_english():
    infos = {"a-ru": info("a-ru", "2024-05-02"), "b-uk": info("b-uk", "2024-05-03")}
    claims = [StatusClaim("a-ru", (0, 40), "S-400", "DEPLOYED", date="2024-05-01", date_role="onset", location="Москве"),
              StatusClaim("b-uk", (0, 40), "S-400", "DEPLOYED", date="2024-05-01", date_role="onset", location="Москва")]
    events = link_events(claims, infos)
    assert [event.location for event in events] == ["Moscow"]
    assert {report.location for report in events[0].reports} == {"Москве", "Москва"}   # reports keep their words
