"""A town and its country are one place for linking events: a report naming the town and one
naming only the country can describe the same event; two towns never are."""
from claimledger.link.documents import DocumentInfo
from claimledger.link.events import link_events, locations_compatible
from claimledger.link.identity import place_key
from claimledger.link.towns import country_of, same_or_within
from claimledger.schema import StatusClaim


def info(doc_id, dct):
    return DocumentInfo(doc_id, dct, f"outlet {doc_id}", doc_id, f"outlet:{doc_id}")


def arrival(doc_id, place, date="2025-12-17"):
    return StatusClaim(doc_id, (0, 40), "Oreshnik", "ARRIVED", date=date, date_role="onset", location=place)


def test_a_town_lies_in_its_country_in_any_spelling():
    assert country_of(place_key("Asipovichy")) == country_of(place_key("Osipovichi")) == "belarus"
    assert country_of(place_key("Осиповичи")) == "belarus"
    assert country_of(place_key("Rzeszów")) == "poland"
    assert country_of(place_key("Kaliningrad region")) == "russia"


def test_a_country_or_an_unknown_place_lies_in_no_country():
    assert country_of(place_key("Belarus")) is None
    assert country_of("no such place anywhere") is None


def test_same_or_within_holds_both_ways_and_never_for_two_towns():
    assert same_or_within("asipovichy", "belarus") and same_or_within("belarus", "asipovichy")
    assert not same_or_within("asipovichy", "minsk")
    assert not same_or_within("asipovichy", "poland")
    assert locations_compatible(None, "minsk") and locations_compatible("belarus", "belarus")


def test_reports_of_a_town_and_of_its_country_link_as_one_event():
    infos = {"a": info("a", "2025-12-18"), "b": info("b", "2025-12-19"), "c": info("c", "2025-12-19")}
    claims = [arrival("a", "Asipovichy"), arrival("b", "Belarus"), arrival("c", "Беларусь")]
    events = link_events(claims, infos)
    assert len(events) == 1
    assert {report.doc_id for report in events[0].reports} == {"a", "b", "c"}


def test_reports_of_two_towns_stay_two_events():
    infos = {"a": info("a", "2025-12-18"), "b": info("b", "2025-12-19")}
    events = link_events([arrival("a", "Asipovichy"), arrival("b", "Brest")], infos)
    assert sorted(event.location for event in events) == ["Asipovichy", "Brest"]


def test_a_town_in_another_country_stays_apart():
    infos = {"a": info("a", "2025-12-18"), "b": info("b", "2025-12-19")}
    events = link_events([arrival("a", "Rzeszów"), arrival("b", "Belarus")], infos)
    assert len(events) == 2


def site_arrival(doc_id, place, country):
    return StatusClaim(doc_id, (0, 40), "Rafale", "ARRIVED", date="2022-01-19", date_role="onset",
                       location=place, country=country)


def test_a_site_links_with_the_country_its_report_placed_it_in():
    # "Tanagra Air Base" is in no gazetteer; its report placed it in Greece
    infos = {"a": info("a", "2022-01-19"), "b": info("b", "2022-01-20")}
    events = link_events([site_arrival("a", "Tanagra", "Greece"), site_arrival("b", "Greece", "Greece")], infos)
    assert len(events) == 1
    assert {report.doc_id for report in events[0].reports} == {"a", "b"}


def test_two_sites_of_one_country_stay_two_events():
    infos = {"a": info("a", "2022-01-19"), "b": info("b", "2022-01-20")}
    events = link_events([site_arrival("a", "Tanagra", "Greece"), site_arrival("b", "Souda", "Greece")], infos)
    assert sorted(event.location for event in events) == ["Souda", "Tanagra"]
