"""The web UI: pages render, errors are 404/400 in JSON or HTML, the JSON has the CLI's shapes,
and markup from documents comes out escaped on every page."""
import json
import re
from pathlib import Path

import pytest
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from claimledger.errors import InputError, LedgerError
from claimledger.extract.link_records import add_link_records
from claimledger.link import update_for_documents
from claimledger.link.corpus import corpus_from_dict
from claimledger.schema import Document, Event, Extraction, PersonRole, Quote, SubjectMention
from claimledger.serve import create_app
from claimledger.serve.app import snippet_markup
from claimledger.serve.people import people_index
from claimledger.store import Ledger

LINK_FIXTURES = Path(__file__).parent / "data" / "link"
PAYLOAD = "<script>alert(1)</script>"
ESCAPED_PAYLOAD = "&lt;script&gt;alert(1)&lt;/script&gt;"
HOSTILE_ID = "doc-hostile"
ODD_ID = "feed/item 1?x#y"   # ids come from inputs: slashes, spaces, ? and # must survive links
ODD_URL = "https://bulletin.example/item?a=1&b=2"
TIMELINE_KEYS = {"subject", "status", "date", "date_range", "date_kind", "location", "earliest_report",
                 "sources", "corroboration", "event_id"}


def span_of(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def hostile_extraction() -> Extraction:
    """A document whose text, speaker, outlet and title carry markup; it also mentions the S-400
    without any status event."""
    text = f"{PAYLOAD} said the Oreshnik arrived in Belarus. “Oreshnik is here,” said {PAYLOAD}. The S-400 was not mentioned."
    return add_link_records(Extraction(
        document=Document(id=HOSTILE_ID, text=text, dct="2026-03-04", outlet=f"{PAYLOAD} Gazette",
                          title=f"Title {PAYLOAD}", url="javascript:alert(1)"),
        subjects=[SubjectMention(HOSTILE_ID, span_of(text, "Oreshnik"), "Oreshnik", None, "Oreshnik"),
                  SubjectMention(HOSTILE_ID, span_of(text, "S-400"), "S-400", None, "S-400")],
        quotes=[Quote(HOSTILE_ID, span_of(text, "Oreshnik is here,"), "direct", PAYLOAD, source_type="named_person")],
        events=[Event(HOSTILE_ID, "Oreshnik", "ARRIVED", span_of(text, "the Oreshnik arrived in Belarus"),
                      location="Belarus", source=PAYLOAD)],
    ))


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "ledger.db"
    with Ledger(path) as ledger:
        for name in ("progression", "status_conflict"):
            data = json.loads((LINK_FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
            for extraction in corpus_from_dict(data).extractions:
                ledger.add_extraction(extraction)
        ledger.add_extraction(hostile_extraction())
        ledger.add_extraction(Extraction(Document(id=ODD_ID, text="A bulletin with no facts.", dct="2026-01-02",
                                                  outlet="Bulletin Board", url=ODD_URL)))
        ledger.record_error(InputError(f"inputs/{PAYLOAD}.txt", "not UTF-8"))
        update_for_documents(ledger, [])   # what analyze does after storing
    return path


@pytest.fixture(scope="module")
def client(db_path):
    return TestClient(create_app(db_path))


# pages

# fmt: off
@pytest.mark.parametrize("url, expected", [
    ("/", "Capital News"),
    ("/", 'action="/search"'),
    ("/documents/prog-request", "asked Moscow to station the"),
    ("/documents/prog-request", 'class="m-event"'),
    ("/subjects/Oreshnik/timeline", '<svg class="timeline"'),
    ("/subjects/oreshnik/timeline", "IN_TRANSIT"),
    ("/subjects/S-400/timeline", "no status event was extracted"),
    ("/contradictions", "status-transit"),
    ("/contradictions?kind=status", "badge kind-status"),
    ("/sources", "Rail Times"),
    ("/sources?by=document", "/documents/prog-request"),
    ("/search?q=Oreshnik", "<b>Oreshnik</b>"),
    ("/search?q=S-400", "hit"),
    ("/search", "Full-text search"),
])
# fmt: on
def test_page_renders(client, url, expected):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert expected in response.text


def test_odd_document_id_round_trips_through_links(client):
    from claimledger.report.html import WebLinks

    link = WebLinks().document(ODD_ID)
    assert f'href="{link}"' in client.get("/").text
    assert "A bulletin with no facts." in client.get(link).text
    assert client.get("/api" + link).json()["document"]["id"] == ODD_ID


def test_timeline_links_point_at_anchored_spans(client):
    timeline = client.get("/api/timeline/Oreshnik").json()
    source = timeline[0]["sources"][0]
    page = client.get(f"/documents/{source['doc_id']}").text
    assert f'id="s-{source["span"][0]}-{source["span"][1]}"' in page


def test_timeline_names_documents_by_title_outlet_and_date(client):
    page = client.get("/subjects/Oreshnik/timeline").text
    assert re.search(r'<a href="/documents/prog-request" title="prog-request">On December 6, 2024, the Belarusian', page)
    assert "Capital News · <span" in page
    assert ">prog-request</a>" not in page


def test_timeline_dates_are_words_with_the_value_in_the_title(client):
    page = client.get("/subjects/Oreshnik/timeline").text
    assert re.search(r'<span class="date" title="2024-12-06[^"]*">6 Dec 2024</span>', page)
    assert re.search(r'<span class="date" title="[^"]*reported by">by \d{1,2} \w{3} 20\d\d</span>', page)


def test_contradiction_notes_name_their_dates(client):
    notes = [item["note"] for item in client.get("/api/contradictions").json()]
    assert any("as of 2026-02-12" in note for note in notes)
    page = client.get("/contradictions").text
    assert 'as of <span class="date" title="2026-02-12">12 Feb 2026</span>' in page


def test_search_hit_links_the_original_url(client):
    page = client.get("/search", params={"q": "bulletin"}).text
    assert 'href="https://bulletin.example/item?a=1&amp;b=2" rel="noopener noreferrer">original</a>' in page
    assert "Bulletin Board" in page and "2 Jan 2026" in page


def test_speaker_links_to_the_person_page(client):
    page = client.get(f"/documents/{HOSTILE_ID}").text
    assert 'href="/people/%3Cscript%3Ealert%281%29%3C%2Fscript%3E"' in page


def test_person_page_lists_quotes_and_reports(client):
    person = client.get(f"/api/people/{PAYLOAD}").json()
    assert person["name"] == PAYLOAD
    assert [quote["doc_id"] for quote in person["quotes"]] == [HOSTILE_ID]
    assert person["quotes"][0]["text"] == "Oreshnik is here,"
    assert [(report["subject"], report["status"]) for report in person["reports"]] == [("Oreshnik", "ARRIVED")]


def test_people_page_lists_named_speakers_with_their_counts(client):
    page = client.get("/people").text
    row = re.search(r'<tr><td><a href="/people/%3Cscript%3Ealert%281%29%3C%2Fscript%3E">.*?</tr>', page, re.S)
    assert row is not None
    assert re.findall(r'<td class="num">(\d+)</td>', row.group()) == ["1", "1"]


# filters


def timeline_statuses(page: str) -> list[str]:
    """The statuses of a timeline page's table rows, in order."""
    return re.findall(r'<td><span class="badge st st-(\w+)">', page)


def document_rows(page: str) -> list[str]:
    return re.findall(r'<td><a href="/documents/([^"]+)"', page.split("<h2>Documents")[1])


@pytest.mark.parametrize("params, statuses", [
    ({}, ["REQUESTED", "IN_TRANSIT", "DEPLOYED", "COMBAT_DUTY", "ARRIVED"]),
    ({"status": "in_transit"}, ["IN_TRANSIT"]),
    ({"outlet": "Rail Times"}, ["IN_TRANSIT"]),
    ({"location": "belarus"}, ["REQUESTED", "IN_TRANSIT", "DEPLOYED", "COMBAT_DUTY", "ARRIVED"]),
    ({"location": "Poland"}, []),
    # the undated ARRIVED is open to the past, so it meets any range before its report
    ({"since": "2025-12-01", "until": "2025-12-31"}, ["DEPLOYED", "COMBAT_DUTY", "ARRIVED"]),
    # undated: sorted by the day of its first report
    ({"sort": "-date"}, ["ARRIVED", "COMBAT_DUTY", "DEPLOYED", "IN_TRANSIT", "REQUESTED"]),
])
def test_timeline_filters(client, params, statuses):
    response = client.get("/subjects/Oreshnik/timeline", params=params)
    assert response.status_code == 200
    assert timeline_statuses(response.text) == statuses


def test_api_timeline_takes_the_page_filters(client):
    entries = client.get("/api/timeline/Oreshnik", params={"outlet": "Rail Times"}).json()
    assert [entry["status"] for entry in entries] == ["IN_TRANSIT"]
    assert client.get("/api/timeline/Oreshnik", params={"location": "Poland"}).json() == []


@pytest.mark.parametrize("url", ["/", "/sources"])
def test_outlets_link_to_their_documents(client, url):
    assert '<a href="/?outlet=Rail+Times" title="documents of Rail Times">Rail Times</a>' in client.get(url).text


def test_timeline_links_each_location(client):
    page = client.get("/subjects/Oreshnik/timeline").text
    assert '<a href="/subjects/Oreshnik/timeline?location=Belarus" title="only reports at Belarus">Belarus</a>' in page


@pytest.mark.parametrize("params, doc_ids", [
    ({"since": "2026-02-01", "until": "2026-02-28"}, ["prog-undated", "status-duty", "status-transit"]),
    ({"status": "REQUESTED"}, ["prog-request"]),
    ({"outlet": "capital news", "sort": "-date"}, ["status-internal", "prog-deployed", "prog-request"]),
])
def test_overview_filters_documents(client, params, doc_ids):
    assert document_rows(client.get("/", params=params).text) == doc_ids


@pytest.mark.parametrize("params, count", [
    ({}, 2), ({"outlet": "Rail Times"}, 1), ({"status": "IN_TRANSIT"}, 1), ({"until": "2025-01-01"}, 0),
])
def test_contradictions_filters(client, params, count):
    page = client.get("/contradictions", params=params).text
    assert page.count('class="contradiction"') == count


@pytest.mark.parametrize("params, count", [
    ({"min_sources": "1"}, 2), ({"min_sources": "2"}, 0), ({"outlet": "rail times"}, 1),
    ({"subject": "oreshnik", "status": "in_transit"}, 1),
])
def test_contradictions_page_and_api_take_the_cli_filters(client, params, count):
    page = client.get("/contradictions", params=params).text
    assert page.count('class="contradiction"') == count
    assert len(client.get("/api/contradictions", params=params).json()) == count


def test_contradictions_page_names_the_subject_as_the_ledger_spells_it(client):
    assert "<h2>Contradictions of Oreshnik <span" in client.get("/contradictions", params={"subject": "oreshnik"}).text


def test_contradictions_form_sets_subject_and_min_sources(client):
    page = client.get("/contradictions", params={"subject": "Oreshnik", "min_sources": "1", "kind": "status"}).text
    form = page.split('<form class="filters', 1)[1].split("</form>", 1)[0]
    assert '<input type="text" name="subject" value="Oreshnik"' in form
    assert 'name="min_sources" min="0" value="1"' in form
    assert '<input type="hidden" name="kind" value="status">' in form
    assert 'href="/contradictions?subject=Oreshnik&amp;min_sources=1"' in page   # the "all kinds" link keeps them


@pytest.mark.parametrize("params, doc_ids", [
    ({"location": "Poland"}, []),
    ({"location": "belarus", "status": "IN_TRANSIT"}, ["prog-transit", "status-transit"]),
])
def test_overview_filters_documents_by_the_place_of_an_event(client, params, doc_ids):
    assert document_rows(client.get("/", params=params).text) == doc_ids


@pytest.mark.parametrize("params, doc_ids", [
    ({"location": "Poland"}, set()),
    ({"location": "belarus", "status": "IN_TRANSIT"}, {"prog-transit", "status-transit"}),
])
def test_search_filters_by_the_place_and_status_of_an_event(client, params, doc_ids):
    page = client.get("/search", params={"q": "Oreshnik", **params}).text
    assert set(re.findall(r'<td><a href="/documents/([^"]+)"', page)) == doc_ids


@pytest.mark.parametrize("params, count", [({"location": "belarus"}, 2), ({"location": "Poland"}, 0)])
def test_contradictions_filter_by_place(client, params, count):
    assert client.get("/contradictions", params=params).text.count('class="contradiction"') == count
    assert len(client.get("/api/contradictions", params=params).json()) == count


@pytest.mark.parametrize("url, params", [("/", {}), ("/search", {"q": "Oreshnik"}), ("/contradictions", {})])
def test_list_forms_choose_a_place(client, url, params):
    page = client.get(url, params={**params, "location": "belarus"}).text
    assert '<select name="location"><option value="">any</option>\n<option value="Belarus" selected>Belarus</option>' in page


def test_search_filters_by_outlet(client):
    page = client.get("/search", params={"q": "Oreshnik", "outlet": "Rail Times"}).text
    assert re.findall(r'<td><a href="/documents/([^"]+)"', page) == ["status-transit"] * page.count('<tr class="hit">')
    assert page.count('<tr class="hit">') >= 1


@pytest.mark.parametrize("url, message", [
    ("/?since=yesterday", "since must be a day as YYYY-MM-DD"),
    ("/subjects/Oreshnik/timeline?status=BOGUS", "status must be one of"),
    ("/contradictions?sort=rank", "sort must be one of"),
])
def test_bad_filter_is_a_400(client, url, message):
    response = client.get(url)
    assert response.status_code == 400
    assert message in response.text


# errors

@pytest.mark.parametrize("url, status", [
    ("/documents/no-such-doc", 404),
    ("/subjects/Nonesuch/timeline", 404),
    ("/people/Nobody Atall", 404),
    ("/no/such/page", 404),
    ("/contradictions?kind=bogus", 400),
    ("/sources?by=bogus", 400),
    ("/search?q=x&limit=zero", 400),
])
def test_page_errors_are_html(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert f"Error {status}" in response.text


@pytest.mark.parametrize("url, status, message", [
    ("/api/documents/no-such-doc", 404, "no document 'no-such-doc' in the ledger"),
    ("/api/timeline/Nonesuch", 404, "no subject 'Nonesuch' in the ledger"),
    ("/api/search", 400, "q is required"),
    ("/api/search?q=x&limit=abc", 400, "limit:"),
    ("/api/contradictions?kind=bogus", 400, "kind must be one of"),
    ("/api/contradictions?since=yesterday", 400, "since must be a day as YYYY-MM-DD"),
    ("/api/contradictions?min_sources=-1", 400, "min_sources:"),
    ("/api/nothing", 404, "Not Found"),
])
def test_api_errors_are_json(client, url, status, message):
    response = client.get(url)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["status"] == status
    assert message in error["message"]


def test_create_app_refuses_a_missing_ledger(tmp_path):
    with pytest.raises(LedgerError, match="no such ledger"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


# JSON shapes


def test_api_documents_lists_metadata_without_text(client):
    documents = client.get("/api/documents").json()
    assert {item["id"] for item in documents} >= {"prog-request", HOSTILE_ID}
    assert all("text" not in item and {"copy_of", "counts", "dct", "outlet"} <= set(item) for item in documents)


def test_api_document_has_the_export_shape(client):
    data = client.get(f"/api/documents/{HOSTILE_ID}").json()
    assert set(data) == {"document", "copy_of", "sources", *Extraction.FACT_KINDS}
    assert data["document"]["text"].startswith(PAYLOAD)
    assert data["quotes"][0]["speaker"] == PAYLOAD
    assert data["events"][0]["span"] == list(span_of(data["document"]["text"], "the Oreshnik arrived in Belarus"))


def test_api_timeline_entries_have_the_documented_keys(client):
    entries = client.get("/api/timeline/Oreshnik").json()
    assert entries and all(set(entry) == TIMELINE_KEYS for entry in entries)


def test_api_search_hits_carry_document_and_snippet(client):
    hits = client.get("/api/search", params={"q": "Oreshnik"}).json()
    assert hits and all({"kind", "doc_id", "snippet", "rank"} <= set(hit) for hit in hits)
    assert {hit["kind"] for hit in hits} == {"document", "quote"}


@pytest.fixture(scope="module")
def cli_app():
    from claimledger import cli_link
    app = typer.Typer()
    cli_link.register(app)

    @app.callback()
    def main():
        """Test host for the link commands."""
    return app


@pytest.mark.parametrize("api, command", [
    ("/api/timeline/Oreshnik", ["timeline", "Oreshnik"]),
    ("/api/contradictions", ["contradictions"]),
    ("/api/contradictions?kind=status", ["contradictions", "--kind", "status"]),
    ("/api/sources", ["sources"]),
    ("/api/sources?by=document", ["sources", "--by-document"]),
])
def test_api_matches_cli_json(client, cli_app, db_path, api, command):
    result = CliRunner().invoke(cli_app, [*command, "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    assert client.get(api).json() == json.loads(result.output)


# escaping

@pytest.mark.parametrize("url", [
    "/", f"/documents/{HOSTILE_ID}", "/subjects/Oreshnik/timeline", "/sources", "/search?q=alert",
    f"/search?q={PAYLOAD}", f"/people/{PAYLOAD}", "/people",
])
def test_markup_from_the_ledger_is_escaped(client, url):
    response = client.get(url)
    assert PAYLOAD not in response.text
    assert ESCAPED_PAYLOAD in response.text


@pytest.mark.parametrize("url", ["/contradictions", "/sources?by=document", "/api/nothing"])
def test_markup_never_appears_raw(client, url):
    assert PAYLOAD not in client.get(url).text


@pytest.mark.parametrize("url", ["/", "/search", "/contradictions"])
def test_markup_in_a_filter_is_escaped_in_the_form(client, url):
    # the place and subject a reader typed come back in the form's fields
    page = client.get(url, params={"q": "Oreshnik", "location": PAYLOAD, "subject": PAYLOAD}).text
    assert PAYLOAD not in page


@pytest.mark.parametrize("template", ["/documents/{}", "/subjects/{}/timeline"])
def test_markup_in_the_url_is_escaped_in_the_error(client, template):
    payload = "<img src=x onerror=alert(1)>"
    response = client.get(template.format(payload))
    assert response.status_code == 404
    assert payload not in response.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in response.text


def test_javascript_url_is_not_a_link(client):
    page = client.get(f"/documents/{HOSTILE_ID}").text
    assert 'href="javascript:' not in page.lower()


def test_responses_forbid_scripts(client):
    policy = client.get("/").headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy


@pytest.mark.parametrize("snippet, query, expected", [
    ("The [Oreshnik] system", "oreshnik", "The <b>Oreshnik</b> system"),
    ("a [sic] remark on [Patriot]s", "patriot", "a [sic] remark on <b>Patriot</b>s"),
    ("[S]-[500] <x>", "S-500", "<b>S</b>-<b>500</b> &lt;x&gt;"),
    ("x < [y]", "y OR z", "x &lt; <b>y</b>"),
])
def test_snippet_markup_marks_query_terms_only(snippet, query, expected):
    assert str(snippet_markup(snippet, query)) == expected


@pytest.mark.parametrize("url, expected", [
    ("/", "No status events"),
    ("/contradictions", "No contradictions found."),
    ("/api/documents", []),
    ("/api/contradictions", []),
])
def test_empty_ledger_renders(tmp_path, url, expected):
    path = tmp_path / "empty.db"
    Ledger(path).close()
    response = TestClient(create_app(path)).get(url)
    assert response.status_code == 200
    assert (response.json() == expected) if isinstance(expected, list) else (expected in response.text)


@pytest.mark.parametrize("url, is_json", [("/api/documents/prog-request", True), ("/documents/prog-request", False)])
def test_damaged_ledger_is_a_500_with_the_reason(tmp_path, url, is_json):
    path = tmp_path / "ledger.db"
    Ledger(path).close()
    app = create_app(path)
    path.write_bytes(b"this is not a database" * 100)
    response = TestClient(app, raise_server_exceptions=False).get(url)
    assert response.status_code == 500
    text = response.json()["error"]["message"] if is_json else response.text
    assert "cannot open the ledger" in text


def test_contradictions_page_in_pages(client):
    total = len(client.get("/api/contradictions").json())
    assert total >= 2
    response = client.get("/contradictions", params={"offset": 1, "limit": 1})
    assert f"2–2 of {total}" in response.text
    assert response.text.count('class="contradiction"') == 1
    assert 'href="/contradictions?offset=0&amp;limit=1"' in response.text or 'href="/contradictions?offset=0&limit=1"' in response.text


def test_people_index_names_a_speaker_whose_name_is_not_ascii(tmp_path):
    # a speaker no resolved identity claims; SQLite's lower() folds ASCII only, casefold all
    text = "“We are ready,” said Élise Strauß."
    extraction = Extraction(Document(id="doc-accents", text=text, dct="2026-01-05", outlet="Le Journal"),
                            quotes=[Quote("doc-accents", span_of(text, "We are ready,"), "direct", "Élise Strauß",
                                          source_type="named_person")])
    with Ledger(tmp_path / "ledger.db") as ledger:
        ledger.add_extraction(extraction)   # not linked: no identity resolves the speaker
        people = people_index(ledger.db)
    assert [(person["name"], person["quotes"]) for person in people] == [("Élise Strauß", 1)]


def test_person_stored_with_line_breaks_has_a_page(tmp_path):
    # a name taken at a paragraph's end keeps its line breaks; its link and its page must agree
    text = "The fleet was inspected by Admiral Petrenko\n\nand his staff on Monday."
    name = "Petrenko\n\n"
    extraction = Extraction(Document(id="doc-admiral", text=text, dct="2026-01-05", outlet="Harbour Post"),
                            person_roles=[PersonRole("doc-admiral", span_of(text, name), name, role="admiral")])
    with Ledger(tmp_path / "ledger.db") as ledger:
        ledger.add_extraction(extraction)
        update_for_documents(ledger, [])
    client = TestClient(create_app(tmp_path / "ledger.db"))
    assert '<a href="/people/Petrenko">Petrenko</a>' in client.get("/people").text
    person = client.get("/api/people/Petrenko").json()
    assert (person["name"], person["spellings"]) == ("Petrenko", ["Petrenko"])
    assert [role["role"] for role in person["roles"]] == ["admiral"]


def test_people_index_lists_a_name_given_only_a_role(tmp_path):
    text = "Colonel Varga inspected the new radar site."
    extraction = Extraction(Document(id="doc-colonel", text=text, dct="2026-02-01", outlet="Field Notes"),
                            person_roles=[PersonRole("doc-colonel", span_of(text, "Varga"), "Varga", role="colonel")])
    with Ledger(tmp_path / "ledger.db") as ledger:
        ledger.add_extraction(extraction)   # not linked: no identity resolves the name
        people = people_index(ledger.db)
    assert [(person["name"], person["quotes"], person["roles"]) for person in people] == [("Varga", 0, ["colonel"])]
