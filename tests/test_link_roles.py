"""The role kind: one person given two offices that do not fit by reports of the same weeks,
on sentences written for these tests."""
import pytest
from conftest import opened_ledger

from claimledger.link.kinds.role import office_of

DOCS = {
    "spokesman": ("Belarus' Ministry of Defense spokesman Victor Khrenin said the launchers had arrived.",
                  "2025-12-19"),
    "minister": ("Belarusian Defence Minister Viktor Khrenin said the launchers had arrived.", "2025-12-20"),
    "secretary": ("British Defence Secretary Ben Wallace said the missiles had arrived.", "2023-05-11"),
    "uk-minister": ("British Defense Minister Ben Wallace said the missiles had arrived.", "2023-05-12"),
    "old-role": ("Deputy Defence Minister Anna Kovac said the tanks had arrived.", "2021-01-10"),
    "new-role": ("Defence Minister Anna Kovac said the tanks had arrived.", "2024-06-10"),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("roles"), DOCS) as connection:
        yield connection


def role_conflicts(db):
    rows = db.execute("SELECT id, position_a, position_b FROM contradictions WHERE kind = 'role'").fetchall()
    return {(a, b): {doc for (doc,) in db.execute(
        "SELECT DISTINCT d.url FROM contradiction_sides s JOIN documents d ON d.id = s.doc_id "
        "WHERE s.contradiction_id = ?", (row_id,))} for row_id, a, b in rows}


@pytest.mark.parametrize("role,office", [
    ("spokesman", "spokesperson"), ("Defence Minister", "defence minister"),
    ("Defense Secretary", "defence minister"), ("press secretary", "spokesperson"),
    ("Deputy Prime Minister", "deputy prime minister"), ("Prime Minister", "prime minister"),
])
def test_office_of_a_role(role, office):
    assert office_of(role).label() == office


@pytest.mark.parametrize("role", ["former defence minister", "General", "Defense", None])
def test_no_office_for_a_past_role_a_rank_or_a_portfolio_alone(role):
    assert office_of(role) is None


def test_offices_that_fit():
    assert office_of("minister").fits(office_of("defence minister"))
    assert office_of("minister").fits(office_of("prime minister"))
    assert not office_of("deputy defence minister").fits(office_of("defence minister"))
    assert not office_of("foreign minister").fits(office_of("defence minister"))
    assert not office_of("spokesman").fits(office_of("defence minister"))
    assert office_of("chief").fits(office_of("director"))            # "FBI chief", "FBI Director"
    assert office_of("Secretary").fits(office_of("candidate") or office_of("president"))   # a courtesy title


def test_spokesman_and_minister_of_one_person_are_a_role_conflict(db):
    conflicts = role_conflicts(db)
    assert len(conflicts) == 1
    (positions, _), = conflicts.items()
    assert {position.split(": ")[1] for position in positions} == {"spokesperson", "defence minister"}


def test_one_office_named_two_ways_or_offices_years_apart_are_no_conflict(db):
    notes = " ".join(row[0] for row in db.execute("SELECT note FROM contradictions WHERE kind = 'role'"))
    assert "Wallace" not in notes and "Kovac" not in notes


@pytest.mark.parametrize("before,roles,orgs", [
    ("The talks went well, Mr ", set(), set()),
    ("said Dr ", set(), set()),
    ("NATO Secretary General Mrs ", {"secretary", "general"}, {"nato"}),
])
def test_a_courtesy_title_before_a_name_is_neither_a_role_nor_a_body(before, roles, orgs):
    from claimledger.extract.link_records import context_roles

    found_roles, _nations, found_orgs = context_roles(before + "Jane Roe spoke.", len(before))
    assert (found_roles & {"secretary", "general"}, found_orgs) == (roles, orgs)


@pytest.mark.parametrize("one, other, fits", [
    # a deputy press secretary or deputy spokesman speaks for the department: reports call her its spokeswoman
    ("deputy spokesperson", "spokeswoman", True),
    ("Deputy Press Secretary", "spokesman", True),
    # a deputy of other offices holds another office
    ("deputy defence minister", "defence minister", False),
    ("Deputy Prime Minister", "Prime Minister", False),
])
def test_a_deputy_spokesperson_is_a_spokesperson(one, other, fits):
    assert office_of(one).fits(office_of(other)) is fits
    assert office_of(other).fits(office_of(one)) is fits
