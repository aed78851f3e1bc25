"""Search has a cost cap: query length, number of terms, limit and a time budget, in the
library, the CLI and the web UI."""
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.cli_show import loopback_host_headers
from claimledger.schema import Document, Extraction, Quote
from claimledger.serve import create_app
from claimledger.store import Ledger
from claimledger.store import search as search_module
from claimledger.store.search import (MAX_QUERY_CHARS, MAX_QUERY_TERMS, MAX_SEARCH_LIMIT, BadSearchQuery,
                                      SearchTooSlow)

TEXT = "The Oreshnik arrived in Belarus. “It is on duty,” said the minister."


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "ledger.db"
    with Ledger(path) as ledger:
        start = TEXT.index("It is")
        ledger.add_extraction(Extraction(
            Document(id="doc-1", text=TEXT, dct="2026-01-02", outlet="Wire"),
            quotes=[Quote("doc-1", (start, start + len("It is on duty,")), "direct", "the minister")]))
    return path


@pytest.fixture
def ledger(db_path):
    with Ledger.open_readonly(db_path) as opened:
        yield opened


def test_search_finds_within_the_caps(ledger):
    query = " ".join(["Oreshnik"] * MAX_QUERY_TERMS)
    assert {hit["kind"] for hit in ledger.search(query)} == {"document"}


@pytest.mark.parametrize("query, message", [
    ("a" * (MAX_QUERY_CHARS + 1), f"search query is {MAX_QUERY_CHARS + 1} characters; at most {MAX_QUERY_CHARS} are allowed"),
    ("a OR " * 2000, f"search query is 10000 characters; at most {MAX_QUERY_CHARS} are allowed"),
    ("a OR " * 20, f"search query has 40 words and operators; at most {MAX_QUERY_TERMS} are allowed"),
])
def test_search_refuses_a_costly_query(ledger, query, message):
    with pytest.raises(BadSearchQuery) as caught:
        ledger.search(query)
    assert str(caught.value) == message


@pytest.mark.parametrize("limit", [0, MAX_SEARCH_LIMIT + 1])
def test_search_refuses_a_limit_out_of_range(ledger, limit):
    with pytest.raises(BadSearchQuery, match=f"search limit must be 1 to {MAX_SEARCH_LIMIT}, got {limit}"):
        ledger.search("Oreshnik", limit=limit)


def test_search_stops_at_its_time_budget(ledger, monkeypatch):
    monkeypatch.setattr(search_module, "PROGRESS_STEPS", 1)   # look at the clock at every step
    with pytest.raises(SearchTooSlow, match="search took too long"):
        ledger.search("Oreshnik", budget=0)
    assert ledger.search("Oreshnik")   # the handler is removed afterwards


def test_search_bad_syntax_is_still_searched_as_words(ledger):
    assert [hit["doc_id"] for hit in ledger.search("Belarus)")] == ["doc-1"]


def test_cli_search_refuses_a_long_query_with_one_line(db_path):
    result = CliRunner().invoke(app, ["search", "x" * 600, "--db", str(db_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: search query is 600 characters; at most {MAX_QUERY_CHARS} are allowed"


def test_cli_search_limit_above_the_maximum_is_a_usage_error(db_path):
    result = CliRunner().invoke(app, ["search", "Oreshnik", "--db", str(db_path), "--limit", str(MAX_SEARCH_LIMIT + 1)])
    assert result.exit_code == 2
    assert "--limit" in result.stderr


@pytest.mark.parametrize("url, message", [
    ("/api/search?q=" + "x" * 600, f"search query is 600 characters; at most {MAX_QUERY_CHARS} are allowed"),
    (f"/api/search?q=a&limit={MAX_SEARCH_LIMIT + 1}", f"limit: Input should be less than or equal to {MAX_SEARCH_LIMIT}"),
    ("/search?q=" + "x" * 600, f"search query is 600 characters; at most {MAX_QUERY_CHARS} are allowed"),
])
def test_web_search_refuses_costly_requests(db_path, url, message):
    response = TestClient(create_app(db_path)).get(url)
    assert response.status_code == 400
    assert message in (response.json()["error"]["message"] if url.startswith("/api/") else response.text)


# DNS rebinding: on loopback only loopback Host headers are answered


@pytest.mark.parametrize("host, status", [
    ("localhost:8000", 200), ("127.0.0.1:8000", 200), ("[::1]:8000", 200), ("LOCALHOST:8000", 200),
    ("evil.example:8000", 400), ("evil.example", 400), ("127.0.0.1:9999", 400), ("localhost.evil.example:8000", 400),
])
def test_loopback_server_answers_only_loopback_hosts(db_path, host, status):
    client = TestClient(create_app(db_path, allowed_hosts=loopback_host_headers(8000)))
    response = client.get("/api/documents", headers={"host": host})
    assert response.status_code == status
    if status == 400:
        assert response.json()["error"]["message"] == f"unknown Host header {host.casefold()!r}"
        assert "Content-Security-Policy" in response.headers
