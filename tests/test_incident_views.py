"""How an incident contradiction reads in every view: the place struck and every weapon named
head the row, dates are words, each document is named once per side by outlet and title with
links to its page and its original, the kind is explained, strikes are listed on the document
page as a reader says them, and markup from the inputs comes out escaped. Sentences written for
these tests."""
import json
import re

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.pipeline import analyze
from claimledger.serve import create_app

MARKUP = "<i>Wire</i>"
DOCS = [
    # one market strike at Kupiansk: a Russian S-300 against a Ukrainian Buk
    {"id": "strike-a", "dct": "2024-03-12",
     "text": "A Russian S-300 missile hit the central market in the town of Kupiansk on Tuesday, killing nine "
             "people, the regional governor said. Rescue teams searched the market through the night.",
     "source": {"outlet": f"North {MARKUP}", "url": "https://north.example/kupiansk?a=1&b=2"}},
    {"id": "strike-b", "dct": "2024-03-20",
     "text": "Investigators said the missile that hit the market in Kupiansk was a Ukrainian Buk interceptor "
             "that went astray. The strike killed nine people.",
     "source": {"outlet": "South Daily", "url": "https://south.example/market"}},
]


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("incident-views")
    path = folder / "docs.jsonl"
    path.write_text("".join(json.dumps({**doc, "lang": "en"}) + "\n" for doc in DOCS), encoding="utf-8")
    analyze([path], db_path=folder / "ledger.db")
    return folder / "ledger.db"


@pytest.fixture(scope="module")
def client(ledger_path):
    return TestClient(create_app(ledger_path))


@pytest.fixture(scope="module")
def row(client):
    rows = client.get("/api/contradictions", params={"kind": "incident"}).json()
    assert len(rows) == 1
    return rows[0]


def test_the_row_carries_its_place_and_every_weapon_named(row):
    assert row["place"] == "Kupiansk"
    assert row["subjects"][0] == row["subject"]
    assert "S-300" in row["subjects"] and any(name.startswith("Buk") for name in row["subjects"])


def test_the_page_heads_the_row_by_place_and_weapons_and_explains_the_kind(client):
    page = client.get("/contradictions", params={"kind": "incident"}).text
    heading = page[page.index('<div class="contradiction">'):]
    heading = heading[:heading.index("</h3>")]
    assert "Kupiansk" in heading and "S-300" in heading and "Buk" in heading
    assert "different firing sides" in page   # the kind's explanation, as registered
    assert "What the kinds mean" in page


def test_the_page_names_each_document_once_with_outlet_title_and_original(client, row):
    page = client.get("/contradictions", params={"kind": "incident"}).text
    body = page[page.index('<div class="contradiction">'):]
    assert "North &lt;i&gt;Wire&lt;/i&gt;" in body and MARKUP not in body
    assert 'href="https://north.example/kupiansk?a=1&amp;b=2"' in body
    assert 'href="/documents/strike-a' in body
    for side in row["sides"]:   # one title link per document, however many of its sentences the side quotes
        for doc_id in {claim["doc_id"] for claim in side["claims"]}:
            assert body.count(f'<a href="/documents/{doc_id}" title="{doc_id}">') == 1
    note = re.sub(r"<[^>]+>", "", body.split("</p>")[0].split("<p>")[-1])   # the note as read, values in titles
    assert "2024-03-" not in note and "12–20 Mar 2024" in note


def test_the_subject_filter_finds_the_row_by_either_weapon(client, row):
    for name in row["subjects"]:
        page = client.get("/contradictions", params={"subject": name}).text
        assert "Kupiansk" in page


def test_the_document_page_lists_its_strikes_in_words(client):
    page = client.get("/documents/strike-a").text
    assert "Strikes (" in page
    assert "struck by Russia with S-300" in page
    assert "side=" not in page and "weapons=" not in page


def test_the_report_reads_as_the_page(ledger_path, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--db", str(ledger_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    section = html[html.index('id="contradictions"'):]
    assert "Kupiansk" in section and "What the kinds mean" in section
    assert MARKUP not in html
    assert "struck by Russia with S-300" in html


def test_the_table_heads_the_row_by_place_days_and_weapons(ledger_path):
    result = CliRunner().invoke(app, ["contradictions", "--db", str(ledger_path), "--kind", "incident"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Kupiansk, " in result.output and "S-300" in result.output and "Buk" in result.output
    assert "side=" not in result.output


def test_a_stretch_of_days_and_one_day_read_in_words():
    from claimledger.report.dates_display import dates_in_words

    assert "9–16 Nov 2022" in dates_in_words("Poland, 2022-11-09 to 2022-11-16: fired by Russia")
    one = dates_in_words("Dnipro, 2023-01-14 to 2023-01-14: intercepted against not intercepted")
    assert "14 Jan 2023" in one and "to 14 Jan" not in one and "2023-01-14 to" in one   # the value kept in the title
    assert "&lt;b&gt;" in dates_in_words("<b> 2022-11-09 to 2022-11-16")


def test_the_table_names_each_source_before_a_second_sentence_of_one():
    from claimledger.cli_link import side_cell

    claim = lambda doc_id, sentence: {"doc_id": doc_id, "outlet": f"Outlet {doc_id}", "label": doc_id,   # noqa: E731
                                      "dct": "2022-11-15", "sentence": sentence}
    side = {"position": "fired by Russia", "sources": 3,
            "claims": [claim("a", "one"), claim("a", "two"), claim("a", "three"), claim("b", "four"), claim("c", "five")]}
    cell = side_cell(side)
    assert cell.count("Outlet a") == 1 and "Outlet b" in cell and "Outlet c" in cell
    assert "two" not in cell and "(and 2 more sentences" in cell


def test_the_pages_group_a_sides_sentences_by_document_in_their_order():
    from claimledger.report.html import claims_by_document

    claims = [{"doc_id": doc_id, "n": number} for number, doc_id in enumerate("abab c".replace(" ", ""))]
    assert [[claim["n"] for claim in group] for group in claims_by_document(claims)] == [[0, 2], [1, 3], [4]]


def test_the_readme_kinds_table_has_every_registered_kind():
    from pathlib import Path

    from claimledger.link.kinds import ALL_KINDS

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for name in ALL_KINDS:
        assert f"| `{name}` |" in readme, name


def test_the_document_page_shows_the_contradictions_it_is_on(client, row):
    page = client.get("/documents/strike-b").text
    assert "Contradictions this report is on" in page
    part = page[page.index("Contradictions this report is on"):]
    assert "Kupiansk" in part and "different firing sides" in part


def test_a_subject_page_lists_the_strikes_told_with_it(client):
    page = client.get("/subjects/S-300/timeline").text
    assert "Strikes told with S-300" in page
    part = page[page.index("Strikes told with S-300"):]
    assert "Kupiansk" in part and "struck by Russia with S-300" in part
    assert "North &lt;i&gt;Wire&lt;/i&gt;" in part and MARKUP not in part
    assert ">1 contradiction naming S-300</a>" in part


def test_the_strikes_of_a_subject_are_read_by_its_name_whatever_the_spelling(ledger_path):
    from claimledger.store import Ledger
    from claimledger.store.link_tables import strikes_naming

    with Ledger(ledger_path) as opened:
        found = strikes_naming(opened.db, "S-300")
        assert [strike["doc_id"] for strike in found] == ["strike-a"]
        assert strikes_naming(opened.db, "S-30") == []   # a longer name holding the words is another subject


def test_a_linked_events_id_in_a_position_reads_as_its_date_and_place():
    import sqlite3

    from claimledger.store.link_tables import position_reading

    db = sqlite3.connect(":memory:")
    db.row_factory = sqlite3.Row
    db.execute("CREATE TABLE linked_events (id TEXT, date TEXT, date_start TEXT, date_end TEXT, location TEXT, "
               "earliest_dct TEXT)")
    db.execute("INSERT INTO linked_events VALUES ('ev-0a1b', '2025-12-17', NULL, NULL, 'Belarus', '2025-12-19')")
    db.execute("INSERT INTO linked_events VALUES ('ev-0a1c', NULL, NULL, NULL, NULL, '2025-12-19')")
    assert position_reading(db, "DEPLOYED (ev-0a1b)") == "DEPLOYED dated 2025-12-17 (Belarus)"
    assert position_reading(db, "DEPLOYED (ev-0a1c)") == "DEPLOYED reported by 2025-12-19"
    assert position_reading(db, "DEPLOYED (ev-ffff)") == "DEPLOYED (ev-ffff)"   # unknown: as stored
    assert position_reading(db, "fired by Russia") == "fired by Russia"


def test_a_tick_label_that_would_run_into_the_one_before_is_dropped():
    from claimledger.report.html import spaced_tick_labels

    ticks = spaced_tick_labels([{"x": 0, "label": "20 May 2024"}, {"x": 47, "label": "27 May"},
                                {"x": 94, "label": "03 Jun"}, {"x": 141, "label": "10 Jun"}])
    assert [tick["label"] for tick in ticks] == ["20 May 2024", "", "03 Jun", "10 Jun"]


def test_the_api_gives_the_strikes_of_a_subject(client):
    found = client.get("/api/strikes/s300").json()
    assert [strike["doc_id"] for strike in found] == ["strike-a"]
    assert found[0]["side"] == "Russia" and found[0]["outlet"] == f"North {MARKUP}"
    assert client.get("/api/strikes/s300", params={"since": "2025-01-01"}).json() == []
    assert client.get("/api/strikes/NoSuchThing").status_code == 404


def test_the_timeline_command_lists_the_strikes_told_with_a_subject(ledger_path):
    result = CliRunner().invoke(app, ["timeline", "S-300", "--db", str(ledger_path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Strikes told with S-300" in result.output and "struck by Russia with S-300" in result.output
    as_json = CliRunner().invoke(app, ["timeline", "S-300", "--db", str(ledger_path), "--json"])
    assert "Strikes told" not in as_json.output   # the JSON keeps its shape: timeline entries only


def test_the_report_lists_strikes_per_subject_and_every_in_page_link_lands(ledger_path, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--db", str(ledger_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "Strikes told with S-300" in html
    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert targets and targets <= set(re.findall(r'id="([^"]+)"', html))


def test_the_csv_names_place_weapons_readings_and_reports_and_starts_no_formula(ledger_path, tmp_path):
    import csv

    from claimledger.report.linkcsv import rows_to_csv

    out = tmp_path / "rows.csv"
    result = CliRunner().invoke(app, ["contradictions", "--db", str(ledger_path), "--json", "--csv", str(out)])
    assert result.exit_code == 0, result.output
    row, = csv.DictReader(out.open(encoding="utf-8"))
    assert row["place"] == "Kupiansk" and "S-300" in row["subjects"]
    assert {row["outlet_a"], row["outlet_b"]} == {f"North {MARKUP}", "South Daily"}
    assert row["url_a"].startswith("https://") and row["reading_a"].startswith("struck by")
    text = rows_to_csv([{"a": "=HYPERLINK(\"x\")", "b": -3, "c": "@x", "d": "a=b"}], ("a", "b", "c", "d"))
    assert next(csv.reader(text.splitlines()[1:])) == ["'=HYPERLINK(\"x\")", "-3", "'@x", "a=b"]
