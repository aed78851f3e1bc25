"""The HTML report: self-contained, escaped, every link lands on an anchor; highlighting and
timeline geometry as units."""
import json
import re
from datetime import date
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from claimledger.cli_show import register
from claimledger.errors import InputError
from claimledger.link import update_for_documents
from claimledger.link.corpus import corpus_from_dict
from claimledger.report.html import (Mark, axis_ticks, highlight, safe_url, timeline_chart,
                                     write_html_report)
from claimledger.schema import Document, Event, Extraction, Quote, SubjectMention, Timex
from claimledger.store import Ledger

LINK_FIXTURES = Path(__file__).parent / "data" / "link"
PAYLOAD = "<script>alert(1)</script>"
ESCAPED_PAYLOAD = "&lt;script&gt;alert(1)&lt;/script&gt;"


def span_of(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def hostile_extraction() -> Extraction:
    """A document whose text, speaker, outlet, title and url all carry markup."""
    text = f"{PAYLOAD} said the Oreshnik arrived in Belarus on 3 March. “It is here,” said {PAYLOAD}."
    doc_id = "doc-hostile"
    return Extraction(
        document=Document(id=doc_id, text=text, dct="2026-03-04", outlet=f"{PAYLOAD} Gazette",
                          title=f"Title {PAYLOAD}", url="javascript:alert(1)"),
        subjects=[SubjectMention(doc_id, span_of(text, "Oreshnik"), "Oreshnik", None, "Oreshnik")],
        quotes=[Quote(doc_id, span_of(text, "It is here,"), "direct", PAYLOAD,
                      speaker_span=(text.rindex(PAYLOAD), text.rindex(PAYLOAD) + len(PAYLOAD)))],
        timexes=[Timex(doc_id, span_of(text, "3 March"), "DATE", "2026-03-03", "3 March")],
        events=[Event(doc_id, "Oreshnik", "ARRIVED", span_of(text, "the Oreshnik arrived in Belarus on 3 March"),
                      location="Belarus", date="2026-03-03", source=PAYLOAD)],
    )


def build_ledger(path: Path) -> Path:
    """Link-stage fixtures (a progression and a status conflict), a hostile document, a copy
    and one skipped input."""
    with Ledger(path) as ledger:
        for name in ("progression", "status_conflict"):
            data = json.loads((LINK_FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
            for extraction in corpus_from_dict(data).extractions:
                ledger.add_extraction(extraction)
        ledger.add_extraction(hostile_extraction())
        copy_text = "On December 6, 2024, the Belarusian president asked Moscow to station the Oreshnik in Belarus, a wire said."
        ledger.add_extraction(Extraction(Document(id="copy-request", text=copy_text, dct="2024-12-08",
                                                  outlet="Copy Desk")), copy_of="prog-request", similarity=0.91)
        ledger.record_error(InputError("inputs/broken.html", "no text could be extracted", line=3))
        update_for_documents(ledger, [])   # what analyze does after storing
    return path


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory):
    return build_ledger(tmp_path_factory.mktemp("report") / "ledger.db")


@pytest.fixture(scope="module")
def report_html(ledger_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "report.html"
    with Ledger(ledger_path) as ledger:
        written = write_html_report(ledger, out)
    return written.read_text(encoding="utf-8")


def test_report_is_self_contained(report_html):
    assert "<style>" in report_html
    assert not re.search(r"<(?:script|link|img|iframe)\b", report_html)
    assert not re.search(r"""(?:src|href)=["'](?:https?:)?//""", report_html)


def test_report_escapes_markup_from_documents(report_html):
    assert PAYLOAD not in report_html
    assert ESCAPED_PAYLOAD in report_html


def test_report_never_links_a_javascript_url(report_html):
    assert 'href="javascript:' not in report_html.lower()
    assert "javascript:alert(1)" in report_html   # shown as text


def test_report_summary_lists_skipped_inputs(report_html):
    assert "inputs/broken.html" in report_html
    assert "no text could be extracted" in report_html


def test_report_draws_a_timeline_per_subject(report_html):
    assert 'id="subject-oreshnik"' in report_html
    assert '<svg class="timeline"' in report_html
    for status in ("REQUESTED", "IN_TRANSIT", "DEPLOYED"):
        assert status in report_html


def test_report_lists_contradictions_with_both_claims(report_html):
    section = report_html.split('id="contradictions"')[1].split('id="sourcing"')[0]
    assert "badge kind-" in section
    assert "status-duty" in section and "status-transit" in section


def test_report_shows_copy_of_original(report_html):
    section = report_html.split('id="d-copy-request"')[1]
    # named by the original's text, not its id
    assert re.search(r'copy of</dt><dd><a href="#d-prog-request"[^>]*>On December 6, 2024, the Belarusian', section)


def test_report_timeline_names_reports_by_title_outlet_and_date(report_html):
    section = report_html.split('id="timelines"')[1].split('id="contradictions"')[0]
    assert re.search(r'<a href="#d-prog-request" title="prog-request">On December 6, 2024, the Belarusian', section)
    assert "Capital News · <span" in section
    assert ">prog-request</a>" not in section


def test_report_dates_are_words_with_the_timex_value_in_the_title(report_html):
    assert re.search(r'<span class="date" title="2026-03-03">3 Mar 2026</span>', report_html)
    assert re.search(r'<span class="date" title="2024-12-06[^"]*">6 Dec 2024</span>', report_html)


def test_report_reads_the_link_tables_and_names_documents_left_unlinked(ledger_path, tmp_path):
    """The report links nothing itself: a document a failed link run left unlinked is missing
    from the timelines and listed in the summary, until analyze or relink links it."""
    import shutil

    from claimledger.report.html import render_report

    unlinked_path = tmp_path / "unlinked.db"
    shutil.copy(ledger_path, unlinked_path)
    with Ledger(unlinked_path) as ledger:
        ledger.db.execute("DELETE FROM linked_documents WHERE doc_id = 'prog-request'")
        ledger.db.commit()
    pages = {}
    for name, path in (("linked", ledger_path), ("unlinked", unlinked_path)):
        with Ledger.open_readonly(path) as ledger:
            pages[name] = render_report(ledger)
    assert "not linked yet" not in pages["linked"]
    notice = re.search(r'<p class="notice"[^>]*>(.*?)</p>', pages["unlinked"], re.S).group(1)
    assert notice.startswith("1 stored document is not linked yet") and 'href="#d-prog-request"' in notice
    with Ledger(unlinked_path) as ledger:
        update_for_documents(ledger, [])
    with Ledger.open_readonly(unlinked_path) as ledger:
        relinked = render_report(ledger)
    stamp = r"\d{4}-\d\d-\d\d \d\d:\d\d UTC|(un)?linked\.db|ledger\.db"
    assert re.sub(stamp, "", relinked) == re.sub(stamp, "", pages["linked"])


def test_report_every_fragment_link_lands_on_an_anchor(report_html):
    targets = set(re.findall(r'href="#([^"]+)"', report_html))
    anchors = set(re.findall(r'\bid="([^"]+)"', report_html))
    assert targets, "the report links nothing"
    assert targets - anchors == set()


def test_report_anchors_are_unique(report_html):
    anchors = re.findall(r'\bid="([^"]+)"', report_html)
    assert len(anchors) == len(set(anchors))


def test_report_subject_spellings_make_one_section(ledger_path, tmp_path):
    with Ledger(ledger_path) as ledger:
        html = write_html_report(ledger, tmp_path / "r.html", subjects=["oreshnik", "Oreshnik"]).read_text(encoding="utf-8")
    assert html.count('id="subject-oreshnik"') == 1


def test_report_subject_option_limits_timelines(ledger_path, tmp_path):
    with Ledger(ledger_path) as ledger:
        html = write_html_report(ledger, tmp_path / "r.html", subjects=["Patriot"]).read_text(encoding="utf-8")
    assert 'id="subject-oreshnik"' not in html
    assert 'id="subject-patriot"' in html
    assert "No status events for this subject." in html
    assert 'href="#subject-oreshnik"' not in html


# the command


@pytest.fixture(scope="module")
def app():
    app = typer.Typer()
    register(app)

    @app.callback()
    def main():
        """Test host for the show commands."""
    return app


def test_report_command_writes_the_file(app, ledger_path, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--db", str(ledger_path), "--out", str(out), "--subject", "Oreshnik"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "not linked" not in result.output


def test_report_command_warns_of_unlinked_documents(app, ledger_path, tmp_path):
    import shutil

    path = tmp_path / "unlinked.db"
    shutil.copy(ledger_path, path)
    with Ledger(path) as ledger:
        ledger.db.execute("DELETE FROM linked_documents WHERE doc_id IN ('prog-request', 'doc-hostile')")
        ledger.db.commit()
    result = CliRunner().invoke(app, ["report", "--db", str(path), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert "warning: 2 stored documents are not linked" in result.output
    assert "'claimledger relink' links them" in result.output


@pytest.mark.parametrize("command", ["report", "serve"])
def test_show_commands_missing_ledger_is_one_error_line(app, tmp_path, command):
    missing = tmp_path / "missing.db"
    result = CliRunner().invoke(app, [command, "--db", str(missing)])
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: {missing}: no such ledger; run 'claimledger analyze' first or pass --db FILE"
    assert not missing.exists()


# highlighting

# fmt: off
@pytest.mark.parametrize("text, marks, expected", [
    ("a<b c", [Mark(0, 3, "quote")], '<mark class="m-quote">a&lt;b</mark> c'),
    ("say \"x\" & y", [], "say &#34;x&#34; &amp; y"),
    ("abcdef", [Mark(0, 6, "quote"), Mark(2, 4, "timex")],
     '<mark class="m-quote">ab<mark class="m-timex">cd</mark>ef</mark>'),
    ("abcdef", [Mark(0, 4, "quote"), Mark(2, 6, "timex")],
     '<mark class="m-quote">ab<mark class="m-timex">cd</mark></mark><mark class="m-timex">ef</mark>'),
    ("abc", [Mark(1, 9, "subject"), Mark(5, 7, "timex"), Mark(2, 2, "quote")],
     'a<mark class="m-subject">bc</mark>'),
    ("ab", [Mark(0, 2, "ref", 'x" onmouseover="y')], '<span class="m-ref" title="x&#34; onmouseover=&#34;y">ab</span>'),
])
# fmt: on
def test_highlight_wraps_and_escapes(text, marks, expected):
    assert str(highlight(text, marks)) == expected


def test_highlight_anchors_each_span_once():
    html = str(highlight("abcd", [Mark(0, 2, "event"), Mark(0, 2, "quote"), Mark(2, 4, "timex")],
                         anchor=lambda span: f"s-{span[0]}-{span[1]}"))
    assert re.findall(r'id="([^"]+)"', html) == ["s-0-2", "s-2-4"]


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/a", "https://example.org/a"),
    ("HTTP://example.org", "HTTP://example.org"),
    ("javascript:alert(1)", None),
    (" data:text/html,x", None),
    (None, None),
])
def test_safe_url_keeps_only_http(url, expected):
    assert safe_url(url) == expected


# timeline geometry


def entry(start, end, kind):
    return {"date_range": [start, end], "date_kind": kind, "status": "DEPLOYED", "date": start, "corroboration": 2}


@pytest.mark.parametrize("item, shape", [
    (entry("2025-12-17", "2025-12-17", "on"), "dot"),
    (entry("2025-12-01", "2025-12-31", "within"), "range"),
    (entry(None, "2025-12-19", "reported_by"), "open"),
    (entry(None, None, "reported_by"), "none"),
])
def test_timeline_chart_shape_follows_date_kind(item, shape):
    chart = timeline_chart([entry("2025-06-01", "2025-06-01", "on"), item])
    assert chart["rows"][1]["shape"] == shape


def test_timeline_chart_range_spans_its_days():
    chart = timeline_chart([entry("2025-01-01", "2025-01-01", "on"), entry("2025-03-01", "2025-03-31", "within")])
    dot, month = chart["rows"]
    assert dot["x1"] < month["x1"] < month["x2"] <= chart["plot_right"]


@pytest.mark.parametrize("item, caption", [
    (entry("2025-12-17", "2025-12-17", "on"), "×2  17 Dec 2025"),
    ({**entry("2025-12-01", "2025-12-31", "within"), "date": "2025-12"}, "×2  December 2025"),
    ({**entry("2025-12-01", "2026-02-28", "within"), "date": "2025-WI"}, "×2  winter 2025–26"),
    (entry(None, "2025-12-19", "reported_by"), "×2  by 19 Dec 2025"),
])
def test_timeline_chart_caption_names_count_and_date(item, caption):
    assert timeline_chart([item])["rows"][0]["caption"] == caption


def test_timeline_chart_without_dates_is_none():
    assert timeline_chart([entry(None, None, "reported_by")]) is None


@pytest.mark.parametrize("first, last, label", [
    (date(2025, 11, 20), date(2025, 12, 29), "24 Nov 2025"),
    (date(2024, 11, 20), date(2025, 12, 29), "2025"),
])
def test_axis_ticks_first_label_names_the_year(first, last, label):
    ticks = axis_ticks(first, last)
    assert ticks[0][1] == label
    assert all(first <= day <= last for day, _ in ticks)


def test_report_document_index_gives_dates_in_words(report_html):
    index = report_html.split('<ol class="toc">', 1)[1].split("</ol>", 1)[0]
    assert '<span class="date" title="2026-03-04">4 Mar 2026</span>' in index
    assert not re.search(r">[^<]*\b\d{4}-\d{2}-\d{2}\b[^<]*<", index)


def test_axis_ticks_write_days_as_the_rest_of_the_page():
    # "2 Feb", as "2 Feb 2026" elsewhere; not "02 Feb"
    labels = [label for _, label in axis_ticks(date(2026, 1, 28), date(2026, 2, 20))]
    assert labels == ["2 Feb 2026", "9 Feb", "16 Feb"]


def test_report_summary_names_fact_kinds_in_words(report_html):
    counts = report_html.split('<table class="facts">', 1)[1].split("</table>", 1)[0]
    assert "<th class=\"num\">status claims</th>" in counts
    assert "_" not in counts


# end to end, through the real pipeline

FRONT_MATTER = "---\ndate: {date}\noutlet: {outlet}\n---\n"


def test_report_of_analyzed_files(tmp_path):
    from claimledger.pipeline import analyze

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "a.txt").write_text(FRONT_MATTER.format(date="2025-03-04", outlet="Harbour Daily")
                                  + f'The Oreshnik missile system was deployed in Belarus, the minister said. "It is {PAYLOAD} ready," said Viktor Khrenin.\n',
                                  encoding="utf-8")
    (inputs / "b.txt").write_text(FRONT_MATTER.format(date="2025-03-06", outlet="Valley Post")
                                  + "The Oreshnik is still on its way to Belarus, officials said on Thursday.\n", encoding="utf-8")
    db = tmp_path / "ledger.db"
    analyze([inputs], db_path=db)
    with Ledger(db) as ledger:
        html = write_html_report(ledger, tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Harbour Daily" in html and "Valley Post" in html
    assert '<mark class="m-subject"' in html
    assert PAYLOAD not in html and ESCAPED_PAYLOAD in html


def test_report_of_an_empty_ledger(tmp_path):
    with Ledger(tmp_path / "empty.db") as ledger:
        html = write_html_report(ledger, tmp_path / "report.html").read_text(encoding="utf-8")
    assert "No status events were extracted for any tracked subject." in html
    assert "No contradictions found." in html


def test_report_caps_contradictions_and_says_so(ledger_path, tmp_path, monkeypatch):
    monkeypatch.setattr("claimledger.report.html.REPORT_MAX_CONTRADICTIONS", 1)
    with Ledger(ledger_path) as ledger:
        html = write_html_report(ledger, tmp_path / "r.html").read_text(encoding="utf-8")
    assert html.count('class="contradiction"') == 1
    assert "claimledger contradictions --csv FILE" in html


def test_profile_of_a_document_without_outlet_names_the_document():
    from claimledger.report.html import ReportLinks, template_environment

    profile_table = template_environment().get_template("macros.html").module.profile_table
    row = {"scope": "outlet", "key": "(doc-1)", "documents": 1, "claims": 2, "named": 1, "vague": 0,
           "unsourced": 1, "named_share": 0.5, "vague_share": 0.0, "unsourced_share": 0.5, "sentences": 3,
           "filler_count": 0, "filler": []}
    html = str(profile_table([row], ReportLinks({"doc-1": "A report title"})))
    assert 'no outlet:</span> <a href="#d-doc-1" title="A report title">A report title</a>' in html
    assert "(doc-1)" not in html
