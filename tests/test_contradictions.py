"""Contradiction rules on multi-document fixtures (tests/data/link/) and hand-built records."""
import json
from pathlib import Path

import pytest

from claimledger.extract.link_records import add_link_records, quantity_interval
from claimledger.link import Corpus, link_corpus
from claimledger.link.conflicts import Claimed, Trigger, group_triggers
from claimledger.link.corpus import corpus_from_dict
from claimledger.link.documents import DocumentInfo
from claimledger.link.kinds.attribution import (QuoteItem, is_attributable, is_named_speaker, quotation_groups,
                                                same_speaker, same_words, written_name)
from claimledger.link.kinds.number import agreeing_values
from claimledger.schema import Document, Event, Extraction, SubjectFact, SubjectMention

FIXTURES = Path(__file__).parent / "data" / "link"


def contradictions_of(name: str):
    data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return link_corpus(corpus_from_dict(data)).contradictions


def pairs(contradictions, kind):
    return [sorted(claim["doc_id"] for claim in item.claims) for item in contradictions if item.kind == kind]


def test_contradiction_normal_progression_is_not_flagged():
    assert contradictions_of("progression") == []


def test_contradiction_date_conflict_beyond_tolerance():
    found = contradictions_of("date_conflict")
    assert pairs(found, "date") == [["date-fleet", "date-local"]]


def test_contradiction_dates_of_one_onset_are_one_conflict():
    # a third outlet dates the arrival March 30: one conflict with three dated positions, not three
    data = json.loads((FIXTURES / "date_conflict.json").read_text(encoding="utf-8"))
    late = json.loads(json.dumps(data["extractions"][1]).replace("March 18", "March 30").replace("2026-03-18", "2026-03-30")
                      .replace("2026-03-19", "2026-03-31").replace("date-local", "date-late").replace("Baltic Local", "Late Wire"))
    data["extractions"].append(late)
    found = [item.as_dict() for item in link_corpus(corpus_from_dict(data)).contradictions if item.kind == "date"]
    assert [sorted(side["claims"][0]["doc_id"] for side in item["sides"]) for item in found] == [
        ["date-fleet", "date-late", "date-local"]]


def test_contradiction_date_conflict_has_spans_and_sentences():
    claims = contradictions_of("date_conflict")[0].claims
    spans = sorted(claim["span"] for claim in claims)
    assert all(claim["sentence"].startswith("The Iskander-M") for claim in claims) and spans == [[0, 79], [0, 88]]


def test_contradiction_in_transit_after_combat_duty():
    assert ["status-duty", "status-transit"] in pairs(contradictions_of("status_conflict"), "status")


def test_contradiction_ready_to_take_up_against_already_on_duty_in_one_text():
    # one conflict: "still ahead" (status-internal) against the linked combat-duty event, which
    # status-internal itself and status-duty report
    sides = [[{claim["doc_id"] for claim in side["claims"]} for side in item.as_dict()["sides"]]
             for item in contradictions_of("status_conflict") if item.kind == "status"]
    assert [{"status-duty", "status-internal"}, {"status-internal"}] in sides


def status_conflict_with(*changes):
    """The status fixture, plus a copy of its in-transit report per (id, outlet, dct, place) change."""
    data = json.loads((FIXTURES / "status_conflict.json").read_text(encoding="utf-8"))
    transit = next(item for item in data["extractions"] if item["document"]["id"] == "status-transit")
    for doc_id, outlet, dct, place in changes:
        extra = json.loads(json.dumps(transit).replace("Belarus", place))
        extra["document"].update(id=doc_id, outlet=outlet, dct=dct, text=f"{extra['document']['text']} ({outlet})")
        data["extractions"].append(extra)
    return [item.as_dict() for item in link_corpus(corpus_from_dict(data)).contradictions if item.kind == "status"]


def test_contradiction_status_reports_of_one_question_are_one_conflict():
    # three outlets have it en route after its combat duty: one conflict, all three on one side
    found = status_conflict_with(("status-transit-2", "Rail Daily", "2026-02-14", "Belarus"),
                                 ("status-transit-3", "Border Post", "2026-02-20", "Belarus"))
    transit = [item for item in found if "IN_TRANSIT (Belarus)" in item["positions"]]
    assert len(transit) == 1
    sides = {side["position"]: side for side in transit[0]["sides"]}
    assert sorted(claim["doc_id"] for claim in sides["IN_TRANSIT (Belarus)"]["claims"]) == [
        "status-transit", "status-transit-2", "status-transit-3"]
    assert sides["IN_TRANSIT (Belarus)"]["sources"] == 3 and sides["IN_TRANSIT (Belarus)"]["earliest"] == "2026-02-12"
    assert "as of 2026-02-20" in transit[0]["note"]


def test_contradiction_status_at_another_place_is_not_a_conflict():
    found = status_conflict_with(("status-transit-pl", "Rail Daily", "2026-02-14", "Poland"))
    assert not any("Poland" in position for item in found for position in item["positions"])


def tension(doc_id, other=None):
    return Trigger("status", "Zircon", "COMBAT_DUTY still ahead", "COMBAT_DUTY reached",
                   Claimed(doc_id, (40, 80)), Claimed(other or doc_id, (0, 40)), "note")


def test_contradiction_tensions_within_texts_stay_apart():
    # two texts each at odds with themselves: two tensions, each flagged, not one conflict of both
    infos = {doc_id: DocumentInfo(doc_id, "2026-01-05", f"Outlet {doc_id}", doc_id, doc_id) for doc_id in "xyz"}
    apart = group_triggers([tension("x"), tension("y")], "zircon", infos)
    assert [(item.within_document, sorted({claim.doc_id for side in item.sides() for claim in side.claims}))
            for item in apart] in ([(True, ["x"]), (True, ["y"])], [(True, ["y"]), (True, ["x"])])
    assert len({item.id for item in apart}) == 2
    # once another text takes a side, the texts' tensions join that conflict
    joined = group_triggers([tension("x"), tension("y"), tension("x", "z")], "zircon", infos)
    assert [(item.within_document, len(item.side_a) + len(item.side_b)) for item in joined] == [(False, 5)]


def test_contradiction_progression_told_in_one_text_is_not_flagged():
    # "has begun delivering ... arrives": the text tells a progression, dated by its report day
    text = "Russia has begun delivering the Zircon to India. The Zircon arrives in India, officials said."
    events = [Event(doc_id="x", subject="Zircon", status="IN_TRANSIT", span=(0, 48), location="India"),
              Event(doc_id="x", subject="Zircon", status="ARRIVED", span=(49, len(text)), location="India")]
    assert find_contradictions(single_document(text, events)) == []


def sides_of(name, kind):
    return [[sorted(claim["doc_id"] for claim in side["claims"]) for side in item.as_dict()["sides"]]
            for item in contradictions_of(name) if item.kind == kind]


def test_contradiction_number_about_against_exact():
    # one conflict for the subject's range, "some 2,000 km" on its own side
    assert [sorted(sides) for sides in sides_of("number_conflict", "number")] == [[["num-high"], ["num-low"]]]


def test_contradiction_number_up_to_takes_no_side_when_it_meets_both():
    # "up to 5,000 km" meets both "some 2,000 km" and "5,500 km": it agrees with each, so it is on no side
    assert not any("num-upto" in side for sides in sides_of("number_conflict", "number") for side in sides)


# fmt: off
@pytest.mark.parametrize("intervals,runs", [
    ([(90, 110), (100, 120), (300, 330)],   [[(90, 110), (100, 120)], [(300, 330)]]),
    ([(300, 330), (90, 110), (500, 550)],   [[(90, 110)], [(300, 330)], [(500, 550)]]),
    ([(90, 110), (105, 300), (290, 330)],   [[(90, 110), (105, 300), (290, 330)]]),   # a chain meets
])
# fmt: on
def test_agreeing_values(intervals, runs):
    facts = [SubjectFact(f"doc-{index}", (0, 5), "Oreshnik", "quantity:km:range", f"{low} km", low, high)
             for index, (low, high) in enumerate(intervals)]
    assert [[(fact.low, fact.high) for fact in run] for run in agreeing_values(facts)] == runs


def test_contradiction_number_other_subject_is_not_compared():
    notes = [item.note for item in contradictions_of("number_conflict")]
    assert not any("600" in note for note in notes)


def test_contradiction_range_class():
    assert sides_of("number_conflict", "class") == [[["num-low"], ["num-upto"]]]


def attribution_sides(name):
    return [sorted(sorted(claim["doc_id"] for claim in side["claims"]) for side in item.as_dict()["sides"])
            for item in contradictions_of(name) if item.kind == "attribution"]


def test_contradiction_attribution_same_words_two_speakers_is_one_conflict():
    assert attribution_sides("attribution_conflict") == [[["attr-khrenin", "attr-variant"], ["attr-ryzhenkov"]]]


def test_contradiction_attribution_transliterated_speaker_is_the_same_person():
    # Victor and Viktor Khrenin stand on one side, not against each other
    assert not any(["attr-khrenin"] in sides and ["attr-variant"] in sides
                   for sides in attribution_sides("attribution_conflict"))


def test_contradiction_attribution_one_quotation_many_speakers_is_one_conflict():
    # nine documents give one quotation: one conflict, one position per person, not a row per pair
    found = [item.as_dict() for item in contradictions_of("attribution_many") if item.kind == "attribution"]
    assert [[(side["position"], side["sources"], side["earliest"], sorted(claim["doc_id"] for claim in side["claims"]))
             for side in item["sides"]] for item in found] == [[
        ("Viktor Khrenin", 3, "2026-02-01", ["many-khrenin", "many-surname", "many-title"]),
        ("Hanna Ivanova", 2, "2026-02-04", ["many-ivanova", "many-ivanova-again"]),
        ("Alexander Volfovich", 1, "2026-02-03", ["many-volfovich"]),
    ]]


def test_contradiction_attribution_positions_are_names_as_written():
    # "Viktor Khrenin" and "Victor Khrenin" are written; the grouping key "Viktor Hrenin" is not
    positions = [item.as_dict()["positions"] for item in contradictions_of("attribution_conflict")]
    assert positions == [["Victor Khrenin", "Maxim Ryzhenkov"]]


@pytest.mark.parametrize("speaker,source_type,outlet,attributable", [
    ("Viktor Khrenin", "named_person", "Minsk Herald", True),
    ("the Defence Ministry", "named_institution", "Minsk Herald", True),
    ("Analysts", "vague", "Minsk Herald", False),              # capitalised only by the sentence
    ("Nord Agency", "named_institution", "Nord Agency", False),  # the outlet relaying the speaker
    ("He", "named_person", "Minsk Herald", False),
    ("Mrs", "named_person", "Minsk Herald", False),            # a title without its name
])
def test_contradiction_attribution_speaker_can_be_told_apart(speaker, source_type, outlet, attributable):
    item = QuoteItem("doc", (0, 60), speaker, "our air defence is ready to meet any challenge", None, source_type, outlet)
    assert is_attributable(item) is attributable


@pytest.mark.parametrize("left,right,same", [
    ("General Khrenin", "Viktor Khrenin", True),
    ("Victor Khrenin", "Viktor Khrenin", True),
    ("Khrenin", "Viktor Khrenin", True),
    ("Hanna Ivanova", "Alexander Volfovich", False),
    ("Ivan Khrenin", "Viktor Khrenin", False),
])
def test_contradiction_attribution_same_speaker(left, right, same):
    assert same_speaker(left, right) is same


def quote(doc_id, speaker, words="our air defence is ready to meet any challenge"):
    return QuoteItem(doc_id, (0, len(words)), speaker, words)


def test_quotation_groups_join_pairs_and_stored_conflicts_in_any_order():
    a, b, c, d, e = (quote(f"doc-{name}", name.upper()) for name in "abcde")
    pairs = [(a, b), (c, d)]
    stored = [{b, c}]   # a conflict of an earlier run holding b and c
    groups = quotation_groups(pairs, stored)
    assert groups == [{a, b, c, d}] and quotation_groups(list(reversed(pairs)), stored) == groups
    assert quotation_groups([(a, b), (d, e)]) == [{a, b}, {d, e}]


def test_written_name_is_the_fullest_form():
    assert written_name({"Khrenin", "General Khrenin", "Viktor Khrenin"}) == "Viktor Khrenin"


@pytest.mark.parametrize("speaker,named", [
    ("Viktor Khrenin", True), ("the Defence Ministry", True), ("them", False), ("He", False),
    ("officials", False), (None, False),
])
def test_contradiction_attribution_needs_a_named_speaker(speaker, named):
    assert is_named_speaker(speaker) is named


# fmt: off
@pytest.mark.parametrize("value,qualifier,low,high,counted", [
    (2000, "over",  2000, float("inf"), False),   # a bound is open on one side
    (5000, "up to", 0,    5000, False),
    (100,  None,    90,   110,  False),
    (100,  "about", 85,   115,  False),
    (12,   None,    12,   12,   True),            # a count is exact
])
# fmt: on
def test_quantity_interval(value, qualifier, low, high, counted):
    assert quantity_interval(value, qualifier, counted=counted) == pytest.approx((low, high))


@pytest.mark.parametrize("left,right,expected", [
    ("we will answer every provocation firmly", "we will answer every provocation very firmly", True),
    ("we will answer every provocation firmly", "the talks will resume in geneva next week", False),
    ("no comment at all", "no comment at all", False),   # too short to prove anything
])
def test_same_words(left, right, expected):
    assert same_words(left, right) is expected


def single_document(text: str, events: list[Event], dct="2026-01-05") -> Corpus:
    mentions = [SubjectMention(doc_id="x", span=(text.index("Zircon"), text.index("Zircon") + 6),
                               subject="Zircon", kind=None, text="Zircon")]
    extraction = Extraction(document=Document(id="x", text=text, dct=dct), subjects=mentions, events=events)
    return Corpus(extractions=[add_link_records(extraction)])


def find_contradictions(corpus: Corpus):
    return link_corpus(corpus).contradictions


def test_contradiction_placement_presupposed_while_en_route():
    text = "The placement of the Zircon in Belarus alarms Warsaw. The Zircon is making its way there by rail."
    event = Event(doc_id="x", subject="Zircon", status="IN_TRANSIT", span=(54, len(text)))
    assert [item.kind for item in find_contradictions(single_document(text, [event]))] == ["status"]


@pytest.mark.parametrize("text", [
    "A possible placement of the Zircon in Belarus alarms Warsaw. The Zircon is making its way there by rail.",
    "Minsk requested the placement of the Zircon in Belarus last year. The Zircon is making its way there by rail.",
])
def test_contradiction_hypothetical_placement_is_not_presupposed(text):
    event = Event(doc_id="x", subject="Zircon", status="IN_TRANSIT", span=(text.index("The Zircon is"), len(text)))
    assert find_contradictions(single_document(text, [event])) == []


def test_contradiction_copies_are_skipped():
    data = json.loads((FIXTURES / "date_conflict.json").read_text(encoding="utf-8"))
    data["copies"] = {"date-local": "date-fleet"}
    assert link_corpus(corpus_from_dict(data)).contradictions == []


@pytest.mark.parametrize("pending", [
    "The Zircon will remain deployed in Belarus, the minister said.",
    "The Zircon had not been deployed until December, the minister said.",
])
def test_contradiction_persisting_or_bounded_status_is_not_pending(pending):
    text = "The Zircon is on combat duty in Belarus. " + pending
    event = Event(doc_id="x", subject="Zircon", status="COMBAT_DUTY", span=(0, 40))
    assert find_contradictions(single_document(text, [event])) == []


def test_contradiction_pending_against_reached_in_one_text():
    text = "The Zircon is on combat duty in Belarus. The Zircon will be deployed there next year."
    event = Event(doc_id="x", subject="Zircon", status="COMBAT_DUTY", span=(0, 40))
    assert [item.kind for item in find_contradictions(single_document(text, [event]))] == ["status"]


def test_contradiction_consequence_modal_keeps_presupposition():
    text = "The placement of the Zircon in Belarus could destabilize Europe. The Zircon is making its way there."
    event = Event(doc_id="x", subject="Zircon", status="IN_TRANSIT", span=(text.index("The Zircon is"), len(text)))
    assert [item.kind for item in find_contradictions(single_document(text, [event]))] == ["status"]


@pytest.mark.parametrize("later", [
    "A second Zircon battery arrived in Belarus on May 20, 2026.",
    "Additional Zircon launchers will be deployed in Belarus next year.",
    "Another Zircon battery will be deployed in Belarus next year.",
    "A new batch of Zircon missiles will be delivered to Belarus next year.",
])
def test_contradiction_another_unit_is_not_a_conflict(later):
    text = "The Zircon is on combat duty in Belarus. " + later
    events = [Event(doc_id="x", subject="Zircon", status="COMBAT_DUTY", span=(0, 40)),
              Event(doc_id="x", subject="Zircon", status="ARRIVED", span=(41, len(text)), date="2026-05-20")]
    assert find_contradictions(single_document(text, events, dct="2026-01-05")) == []


def test_contradiction_planned_target_date_is_not_a_pre_state():
    text = "The Zircon arrived in Belarus in March. The Zircon is expected to be on combat duty by winter."
    events = [Event(doc_id="x", subject="Zircon", status="ARRIVED", span=(0, 39), date="2025-03"),
              Event(doc_id="x", subject="Zircon", status="PLANNED", span=(40, len(text)), date="2025-WI")]
    assert find_contradictions(single_document(text, events, dct="2025-06-01")) == []


@pytest.mark.parametrize("lead,expected", [
    ("This comes weeks after the minister announced that the Zircon had arrived in Belarus.", ["date"]),
    ("This comes a day after the minister announced that the Zircon had arrived in Belarus.", []),
    ("Two weeks after the summit, the minister announced that the Zircon had arrived in Belarus.", []),
])
def test_contradiction_announcement_interval(lead, expected):
    quote = "‘Yesterday you all heard that the Zircon has arrived in Belarus,’ the general said."
    text = lead + " " + quote
    events = [Event(doc_id="x", subject="Zircon", status="ARRIVED", span=(0, len(lead))),
              Event(doc_id="x", subject="Zircon", status="ARRIVED", span=(len(lead) + 1, len(text)))]
    assert [item.kind for item in find_contradictions(single_document(text, events))] == expected


def test_open_bound_is_stored_without_an_upper_end_and_meets_larger_values():
    # "more than 10" is stored with high None (JSON has no infinity) and agrees with 12
    from claimledger.link.kinds.number import meet
    over = SubjectFact("doc-a", (0, 5), "Patriot", "quantity:launchers:", "over 10 launchers", 10, None, qualifier="over")
    exact = SubjectFact("doc-b", (0, 5), "Patriot", "quantity:launchers:", "12 launchers", 12, 12)
    below = SubjectFact("doc-c", (0, 5), "Patriot", "quantity:launchers:", "8 launchers", 8, 8)
    assert meet(over, exact) and not meet(over, below)


@pytest.mark.parametrize("text,named", [("on Saturday", True), ("19 April", True), ("Friday 19 April", True),
                                        ("yesterday", False), ("the day before yesterday", False),
                                        ("last week", False)])
def test_a_timex_names_its_day_by_digits_or_a_weekday(text, named):
    from claimledger.extract.timex_lexicon import names_its_day
    assert names_its_day(text) is named


def typed_quote(doc_id, speaker, source_type, words="the first four launchers reached the coastal base overnight"):
    return QuoteItem(doc_id, (0, len(words)), speaker, words, None, source_type)


@pytest.mark.parametrize("left, right, conflict", [
    # a body's statement given to the body in one report and to a named officer in another
    (("Northern Fleet", "named_institution"), ("Pavel Orlov", "named_person"), False),
    (("Pavel Orlov", "named_person"), ("Northern Fleet", "named_institution"), False),
    # two people, or two bodies, are still told apart
    (("Pavel Orlov", "named_person"), ("Irina Sokolova", "named_person"), True),
    (("Northern Fleet", "named_institution"), ("Baltic Fleet", "named_institution"), True),
])
def test_contradiction_attribution_a_person_and_a_body_are_not_told_apart(left, right, conflict):
    from claimledger.link.kinds.attribution import find

    pair = (typed_quote("doc-a", *left), typed_quote("doc-b", *right))
    assert bool(find([pair])) is conflict
