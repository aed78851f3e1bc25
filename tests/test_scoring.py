"""Scoring by the evaluation format's rules, checked case by case and against the shared scorer."""
import copy
import importlib.util
import json
import random
import re
from pathlib import Path

import pytest

from conftest import require_shared

from claimledger import scoring
from claimledger.scoring import ScoringInputError, format_table, names_agree, score

SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SHARED_SCORER = SHARED_EVAL / "score.py"
SEEDS_GOLD = SHARED_EVAL / "seeds.gold.jsonl"
TEXT = "Officials said the S-400 battery arrived in Minsk. " * 8  # 408 characters of room for spans


def document(doc_id="d1", **layers):
    return {"id": doc_id, "text": TEXT, **layers}


def quote(start, end, speaker=None):
    return {"span": [start, end], "kind": "direct", "speaker": speaker}


def timex(start, end, value="2025-12-17", timex_type="DATE"):
    return {"span": [start, end], "type": timex_type, "value": value}


def event(subject="S-400", status="ARRIVED", span=(0, 50), date=None, location=None, source=None):
    return {"subject": subject, "status": status, "span": list(span),
            "date": date, "location": location, "source": source}


def counts(figures):
    return figures["tp"], figures["fp"], figures["fn"]


# Quotes

@pytest.mark.parametrize("predicted, matched", [
    ((40, 140), True),    # shares 60 of 100
    ((50, 150), True),    # shares exactly half
    ((51, 151), False),   # shares 49 of 100
    ((0, 200), True),     # shares 100, half of the longer (200)
    ((0, 201), False),    # shares 100, under half of the longer (201)
    ((200, 300), False),  # disjoint
])
def test_score_quote_needs_half_of_the_longer_span(predicted, matched):
    result = score([document(quotes=[quote(0, 100)])], [document(quotes=[quote(*predicted)])])
    assert counts(result["quotes"]["span"]) == ((1, 0, 0) if matched else (0, 1, 1))


def test_score_quote_matching_is_one_to_one_and_prefers_the_closer_span():
    gold = [document(quotes=[quote(0, 100, "Victor Khrenin")])]
    output = [document(quotes=[quote(0, 90, "someone"), quote(0, 100, "Khrenin")])]
    result = score(gold, output)
    assert counts(result["quotes"]["span"]) == (1, 1, 0)
    assert result["quotes"]["speaker_acc"] == 1.0


def test_score_quote_precision_recall_and_f1():
    gold = [document(quotes=[quote(0, 50), quote(100, 150), quote(200, 250)])]
    output = [document(quotes=[quote(0, 50), quote(300, 350)])]
    figures = score(gold, output)["quotes"]["span"]
    assert figures["p"] == pytest.approx(1 / 2)
    assert figures["r"] == pytest.approx(1 / 3)
    assert figures["f1"] == pytest.approx(2 / 5)


def test_score_quote_speaker_accuracy_and_end_to_end_f1():
    gold = [document(quotes=[quote(0, 50, "Aliaksandr Lukašenka"), quote(100, 150, "Victor Khrenin"),
                             quote(200, 250, "analysts")])]
    output = [document(quotes=[quote(0, 50, "LUKASENKA"), quote(100, 150, "Victor")])]
    figures = score(gold, output)["quotes"]
    assert figures["speaker_acc"] == pytest.approx(1 / 2)
    assert figures["e2e_f1"] == pytest.approx(2 * 1 / (3 + 2))


# fmt: off
@pytest.mark.parametrize("gold, predicted, agree", [
    ("Victor Khrenin", "Victor Khrenin", True),
    ("Victor Khrenin", "victor khrenin", True),
    ("Victor Khrenin", "Khrenin", True),             # surname alone, gold is a person
    ("Victor Khrenin", "Victor", False),             # not the last token
    ("Khrenin", "Victor Khrenin", False),            # fuller prediction than the gold
    ("Victor Khrenin", "Viktor Khrenin", False),
    ("José Martí", "JOSE MARTI", True),              # accents and case
    ("Aliaksandr Lukašenka", "Lukasenka", True),
    ("Victor Khrenin", "Khrenin's", True),           # possessive
    ("Victor Khrenin", "\u201cKhrenin\u2019s\u201d,", True),  # curly marks and end punctuation
    ("Belarus\u2019 Ministry of Defense", "Belarus' Ministry of Defense", True),
    ("Belarus' Ministry of Defense", "Defense", False),      # institution: no surname rule
    ("Federal Security Service", "Service", False),
    ("Russian Defense Ministry", "Ministry", False),
    ("analysts", None, False),
    (None, "analysts", False),
    (None, None, True),
])
# fmt: on
def test_names_agree_rules(gold, predicted, agree):
    assert names_agree(gold, predicted) is agree


# Timexes

def test_score_timex_strict_needs_identical_spans_relaxed_any_overlap():
    gold = [document(timexes=[timex(10, 20), timex(30, 40)])]
    output = [document(timexes=[timex(10, 20), timex(35, 45)])]
    figures = score(gold, output)["timexes"]
    assert counts(figures["strict"]) == (1, 1, 1)
    assert counts(figures["relaxed"]) == (2, 0, 0)


def test_score_timex_value_and_type_are_judged_on_relaxed_pairs():
    gold = [document(timexes=[timex(10, 20, "2025-12-17"), timex(30, 40, "P3D", "DURATION")])]
    output = [document(timexes=[timex(12, 20, "2025-12-17"), timex(30, 40, "P3D", "DATE"),
                                timex(100, 110, "2025")])]
    figures = score(gold, output)["timexes"]
    assert counts(figures["value"]) == (2, 1, 0)
    assert figures["type_acc"] == pytest.approx(1 / 2)


def test_score_timex_relaxed_pairs_a_prediction_with_the_gold_it_covers_best():
    gold = [document(timexes=[timex(10, 20, "2025-12"), timex(20, 40, "2025-12-17")])]
    output = [document(timexes=[timex(15, 38, "2025-12-17")])]
    figures = score(gold, output)["timexes"]
    assert counts(figures["relaxed"]) == (1, 0, 1)
    assert counts(figures["value"]) == (1, 0, 1)


# Events

@pytest.mark.parametrize("predicted, matched", [
    (event(), True),
    (event(subject="s-400"), True),           # subject compared case-insensitively
    (event(status="DEPLOYED"), False),
    (event(subject="S-500"), False),
    (event(span=(300, 350)), True),           # spans only rank, they do not gate
    (event(subject="S-400 Triumf"), True),    # any variant the subject list gives
    (event(subject="SA-21 Growler"), True),
])
def test_score_event_matches_on_subject_and_status(predicted, matched):
    result = score([document(events=[event()])], [document(events=[predicted])])
    assert counts(result["events"]["match"]) == ((1, 0, 0) if matched else (0, 1, 1))


def test_score_event_pairing_prefers_matching_date_over_closer_span():
    gold = [document(events=[event(date="2025-12-17")])]
    output = [document(events=[event(date="2025-12-01", span=(0, 50)),
                               event(date="2025-12-17", span=(200, 250))])]
    assert score(gold, output)["events"]["date_acc"] == 1.0


def test_score_event_pairing_then_prefers_closer_span():
    gold = [document(events=[event(span=(0, 50), location="Belarus"),
                             event(span=(100, 150), location="Russia")])]
    output = [document(events=[event(span=(100, 150), location="Russia"),
                               event(span=(0, 50), location="belarus")])]
    assert score(gold, output)["events"]["location_acc"] == 1.0


def test_score_event_attribute_accuracies():
    gold = [document(events=[event(date="2025-12-17", location="Belarus", source="Alexander Lukashenko"),
                             event(status="USED", date=None, location=None, source=None)])]
    output = [document(events=[event(date="2025-12-17", location="Minsk", source="Lukashenko"),
                               event(status="USED", date="2025", location=None, source="analysts")])]
    figures = score(gold, output)["events"]
    assert (figures["date_acc"], figures["location_acc"], figures["source_acc"]) == (0.5, 0.5, 0.5)


def test_score_event_location_has_no_surname_rule():
    gold = [document(events=[event(location="Minsk Region")])]
    output = [document(events=[event(location="Region")])]
    assert score(gold, output)["events"]["location_acc"] == 0.0


# Documents and layers

def test_score_is_micro_averaged_over_documents():
    gold = [document("d1", quotes=[quote(0, 50)]),
            document("d2", quotes=[quote(0, 50), quote(100, 150), quote(200, 250)])]
    output = [document("d1", quotes=[quote(0, 50)]), document("d2", quotes=[])]
    assert score(gold, output)["quotes"]["span"]["r"] == pytest.approx(1 / 4)


@pytest.mark.parametrize("gold_layer", [{}, {"quotes": None}], ids=["missing", "null"])
def test_score_skips_a_layer_absent_from_gold(gold_layer):
    result = score([document(**gold_layer)], [document(quotes=[quote(0, 50)])])
    assert counts(result["quotes"]["span"]) == (0, 0, 0)


def test_score_counts_predictions_against_an_empty_gold_layer():
    result = score([document(quotes=[])], [document(quotes=[quote(0, 50)])])
    assert counts(result["quotes"]["span"]) == (0, 1, 0)


def test_score_counts_a_missing_document_as_all_missed():
    gold = [document("d1", quotes=[quote(0, 50)]), document("d2", quotes=[quote(0, 50)])]
    result = score(gold, [document("d1", quotes=[quote(0, 50)]), document("other")])
    assert counts(result["quotes"]["span"]) == (1, 0, 1)
    assert result["docs"] == {"gold": 2, "output": 2, "missing": 1, "ignored": 1}


def test_score_without_matches_reports_none_for_undefined_figures():
    result = score([document(quotes=[quote(0, 50)])], [])
    assert result["quotes"]["span"]["p"] is None
    assert result["quotes"]["span"]["r"] == 0.0
    assert result["quotes"]["speaker_acc"] is None


def test_score_layers_selection_keeps_canonical_order():
    result = score([document()], [document()], layers=["events", "quotes"])
    assert list(result) == ["quotes", "events", "docs"]


@pytest.mark.parametrize("gold, output, message", [
    ([document()], [{**document(), "text": "other"}], "text differs"),
    ([document(), document()], [], "duplicate id"),
    ([document(quotes=[quote(50, 50)])], [], "must be [start, end]"),
    ([document(quotes=[quote(0, 5000)])], [], "must be [start, end]"),
    ([document(timexes=[timex(0, 5, timex_type="WEEK")])], [], ".type must be one of"),
    ([document(events=[event(status="GONE")])], [], ".status must be one of"),
    ([{"text": TEXT}], [], '"id" must be a non-empty string'),
    ([document(quotes={})], [], "must be a list or null"),
])
def test_score_rejects_malformed_documents(gold, output, message):
    with pytest.raises(ScoringInputError, match=re.escape(message)):
        score(gold, output)


def test_score_rejects_unknown_layer():
    with pytest.raises(ScoringInputError, match="unknown layer"):
        score([document()], [document()], layers=["claims"])


def test_format_table_shows_each_metric_and_the_document_counts():
    table = format_table(score([document(quotes=[quote(0, 50, "analysts")])],
                               [document(quotes=[quote(0, 50, "analysts")])], layers=["quotes"]))
    lines = table.splitlines()
    assert lines[0].split() == ["layer", "metric", "tp", "fp", "fn", "P", "R", "F1", "acc"]
    assert lines[1].split() == ["quotes", "span", "1", "0", "0", "1.000", "1.000", "1.000"]
    assert lines[-1] == "docs: gold 1, output 1, missing 0, ignored 0"


# Agreement with the shared scorer

@pytest.fixture(scope="module")
def shared_scorer():
    require_shared("eval/score.py")
    spec = importlib.util.spec_from_file_location("shared_eval_score", SHARED_SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SYNTHETIC_GOLD = [
    document("surnames", quotes=[quote(0, 60, "Victor Khrenin"), quote(100, 160, "Belarus' Ministry of Defense"),
                                 quote(200, 260, "José Martí")]),
    document("null-layer", quotes=None, timexes=[timex(10, 20), timex(30, 40, "P3D", "DURATION")]),
    document("missing", quotes=[quote(0, 40, "analysts")], events=[event()]),
    document("events", events=[event(date="2025-12-17", location="Belarus", source="Alexander Lukashenko"),
                               event(status="USED", span=(100, 150)), event(subject="Oreshnik", span=(200, 250))]),
    document("empty", quotes=[], timexes=[], events=[]),
]
SYNTHETIC_OUTPUT = [
    document("surnames", quotes=[quote(5, 60, "khrenin"), quote(100, 150, "Defense"), quote(200, 255, "JOSE MARTI"),
                                 quote(300, 350, "someone")]),
    document("null-layer", quotes=[quote(0, 10)], timexes=[timex(10, 20), timex(32, 45, "P3D", "DATE"),
                                                           timex(15, 18, "2025")]),
    document("events", events=[event(date="2025-12-17", location="belarus", source="Lukashenko", span=(0, 40)),
                               event(status="USED", date="2025", span=(90, 150)), event(subject="oreshnik"),
                               event(status="PLANNED")]),
    document("empty", quotes=[quote(0, 10)], timexes=[timex(1, 3)]),
    document("unknown-id", quotes=[quote(0, 10)]),
]


def test_score_agrees_with_shared_scorer_on_synthetic_documents(shared_scorer):
    ours = score(SYNTHETIC_GOLD, SYNTHETIC_OUTPUT)
    assert ours == shared_scorer.score(SYNTHETIC_GOLD, SYNTHETIC_OUTPUT)
    assert ours["docs"]["missing"] == 1 and ours["quotes"]["speaker_acc"] is not None


def test_format_table_agrees_with_shared_scorer(shared_scorer):
    result = score(SYNTHETIC_GOLD, SYNTHETIC_OUTPUT)
    assert format_table(result) == shared_scorer.format_table(result)


def shift_span(span, offset, text_length):
    start, end = span[0] + offset, span[1] + offset
    start, end = max(0, min(start, text_length - 1)), max(1, min(end, text_length))
    return [start, end] if start < end else [start, start + 1]


def perturb_item(item, rng, text_length):
    """Shift spans, and now and then change a value, a speaker, a type or a date."""
    item = copy.deepcopy(item)
    if rng.random() < 0.5:
        item["span"] = shift_span(item["span"], rng.randint(-30, 30), text_length)
    if rng.random() < 0.3:
        item["span"] = [item["span"][0], min(text_length, item["span"][1] + rng.randint(1, 80))]
    if "speaker" in item and item["speaker"] and rng.random() < 0.4:
        item["speaker"] = rng.choice([item["speaker"].split()[-1], item["speaker"].upper(), "he", None])
    if "value" in item and rng.random() < 0.3:
        item["value"] = rng.choice(["2025", "PRESENT_REF", None])
    if "type" in item and rng.random() < 0.2:
        item["type"] = rng.choice(scoring.TIMEX_TYPES)
    if "status" in item and rng.random() < 0.2:
        item["date"] = rng.choice([None, "2025-12"])
    if "status" in item and rng.random() < 0.2:
        item["location"] = rng.choice([None, "Russia", (item.get("location") or "").lower() or None])
    return item


def perturb_document(doc, rng):
    """A copy with some items dropped, the rest perturbed, and a few duplicated."""
    doc = copy.deepcopy(doc)
    for layer in scoring.LAYER_NAMES:
        items = doc.get(layer) or []
        kept = [perturb_item(item, rng, len(doc["text"])) for item in items if rng.random() > 0.25]
        kept += [perturb_item(item, rng, len(doc["text"])) for item in items if rng.random() < 0.15]
        rng.shuffle(kept)
        doc[layer] = kept
    return doc


@pytest.mark.parametrize("seed", range(6))
def test_score_agrees_with_shared_scorer_on_perturbed_seed_gold(shared_scorer, seed):
    require_shared("eval/seeds.gold.jsonl")
    gold = [json.loads(line) for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(seed)
    output = [perturb_document(doc, rng) for doc in gold]
    if seed % 3 == 0:
        output = output[1:]  # one gold document missing from the output
    ours = score(gold, output)
    assert ours == shared_scorer.score(gold, output)
    assert ours["quotes"]["span"]["f1"] != 1.0  # the perturbation did change something
