"""Score evaluation-format output against gold annotations.

The rules are those of the evaluation format (``eval/FORMAT.md``, "Scoring"),
so ``claimledger eval`` reports the same figures as the shared scorer:

- Counts are summed over every document, then turned into precision, recall
  and F1 (micro-averaging). A figure whose denominator is zero is ``None``.
- Items are paired one to one, greedily: every admissible (gold, predicted)
  pair gets a rank, the best pairs are taken first (ties: earlier gold item,
  then earlier prediction), skipping items already paired.
- A layer missing or null in a gold document is not scored for it; an empty
  list is. Gold documents absent from the output count as all-missed; output
  documents unknown to the gold are ignored.

See docs/evaluation.md.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from typing import Any, Callable, Iterable

from claimledger.errors import ClaimledgerError
from claimledger.lexicon import lexicon

LAYER_NAMES = ("quotes", "timexes", "events")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
EVENT_STATUSES = lexicon().status_names   # claimledger/lexicon/statuses.json
# A gold name holding one of these words names an institution, whose last word
# ("Defense", "Service") is not a surname that may stand for the whole name.
INSTITUTION_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "ministry", "office", "service",
                               "agency", "council", "department", "press", "news", "forces"})
NAME_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")
POSSESSIVE_SUFFIX = re.compile(r"'s$")
APOSTROPHES = str.maketrans({"\u2019": "'"})

Span = list[int]
Item = dict[str, Any]
Rank = tuple[float, ...]


class ScoringInputError(ClaimledgerError, ValueError):
    """A gold or output document cannot be scored (malformed, duplicated, or its text differs)."""


# Comparing values

def normalize_name(name: str) -> str:
    """The comparable form of a name: no accents, case-folded, single spaces,
    no punctuation at either end and no possessive ``'s``."""
    decomposed = unicodedata.normalize("NFKD", name)
    unaccented = "".join(char for char in decomposed if not unicodedata.combining(char))
    folded = " ".join(unaccented.casefold().translate(APOSTROPHES).split())
    trimmed = NAME_EDGE_PUNCTUATION.sub("", folded)
    return NAME_EDGE_PUNCTUATION.sub("", POSSESSIVE_SUFFIX.sub("", trimmed))


def is_person_name(normalized: str) -> bool:
    """Several words, none of which marks an institution."""
    words = normalized.split()
    return len(words) > 1 and not INSTITUTION_WORDS.intersection(words)


def names_agree(gold: str | None, predicted: str | None) -> bool:
    """Speakers and sources: equal once normalized, or the prediction is the
    surname (last word) of a gold person's name. None agrees only with None."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    gold, predicted = normalize_name(gold), normalize_name(predicted)
    if gold == predicted:
        return True
    return is_person_name(gold) and gold.split()[-1] == predicted


def places_agree(gold: str | None, predicted: str | None) -> bool:
    """Locations: equal once normalized as names, without the surname rule."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return normalize_name(gold) == normalize_name(predicted)


def values_agree(gold: str | None, predicted: str | None) -> bool:
    """TIMEX3 values and event dates: equal ignoring surrounding whitespace."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return gold.strip() == predicted.strip()


def fold_subject(name: str) -> str:
    return " ".join(name.casefold().split())


@functools.lru_cache(maxsize=1)
def subject_aliases() -> dict[str, str]:
    """Every name of a shipped subject, folded, -> its folded canonical name: gold and output
    may name a system by any listed variant ("Iskander-M" for "Iskander"), as with the shared
    scorer's alias table."""
    from claimledger.extract.subjects import load_subject_list   # the scorer needs no spaCy otherwise
    aliases = {}
    for subject in load_subject_list().subjects.values():
        canonical = fold_subject(subject.name)
        for alias in subject.aliases:
            aliases.setdefault(fold_subject(alias.text), canonical)
    return aliases


def subject_key(event: Item) -> str:
    name = fold_subject(event["subject"])
    return subject_aliases().get(name, name)


# Spans and matching

def span_length(span: Span) -> int:
    return span[1] - span[0]


def shared_length(first: Span, second: Span) -> int:
    return max(0, min(first[1], second[1]) - max(first[0], second[0]))


def overlap_over_union(first: Span, second: Span) -> float:
    """1.0 for identical spans, 0.0 for disjoint ones."""
    shared = shared_length(first, second)
    return shared / (span_length(first) + span_length(second) - shared)


def pair_greedily(golds: list[Item], predictions: list[Item],
                  rank: Callable[[Item, Item], Rank | None]) -> list[tuple[Item, Item]]:
    """One-to-one pairs, best rank first; ``rank`` returns None for a pair that may not match."""
    candidates = []
    for gold_index, gold in enumerate(golds):
        for predicted_index, predicted in enumerate(predictions):
            pair_rank = rank(gold, predicted)
            if pair_rank is not None:
                candidates.append((tuple(-part for part in pair_rank), gold_index, predicted_index))
    candidates.sort()
    used_golds, used_predictions, pairs = set(), set(), []
    for _, gold_index, predicted_index in candidates:
        if gold_index in used_golds or predicted_index in used_predictions:
            continue
        used_golds.add(gold_index)
        used_predictions.add(predicted_index)
        pairs.append((golds[gold_index], predictions[predicted_index]))
    return pairs


def rank_quote_pair(gold: Item, predicted: Item) -> Rank | None:
    """Admissible when the spans share at least half of the longer one."""
    longer = max(span_length(gold["span"]), span_length(predicted["span"]))
    if 2 * shared_length(gold["span"], predicted["span"]) < longer:
        return None
    return (overlap_over_union(gold["span"], predicted["span"]),)


def rank_identical_spans(gold: Item, predicted: Item) -> Rank | None:
    return (1.0,) if gold["span"] == predicted["span"] else None


def rank_overlapping_spans(gold: Item, predicted: Item) -> Rank | None:
    ratio = overlap_over_union(gold["span"], predicted["span"])
    return (ratio,) if ratio > 0 else None


def rank_event_pair(gold: Item, predicted: Item) -> Rank | None:
    """Same subject (any case, any listed variant) and status; a matching date outranks a
    closer span."""
    if subject_key(gold) != subject_key(predicted) or gold["status"] != predicted["status"]:
        return None
    date_agrees = values_agree(gold.get("date"), predicted.get("date"))
    return (float(date_agrees), overlap_over_union(gold["span"], predicted["span"]))


def count_agreeing(pairs: list[tuple[Item, Item]], key: str, agree: Callable[[Any, Any], bool]) -> int:
    return sum(agree(gold.get(key), predicted.get(key)) for gold, predicted in pairs)


# Counting one document's layer

def count_quotes(golds: list[Item], predictions: list[Item]) -> Counter:
    pairs = pair_greedily(golds, predictions, rank_quote_pair)
    return Counter(gold=len(golds), predicted=len(predictions), matched=len(pairs),
                   speaker=count_agreeing(pairs, "speaker", names_agree))


def count_timexes(golds: list[Item], predictions: list[Item]) -> Counter:
    relaxed_pairs = pair_greedily(golds, predictions, rank_overlapping_spans)
    strict_pairs = pair_greedily(golds, predictions, rank_identical_spans)
    return Counter(gold=len(golds), predicted=len(predictions),
                   strict=len(strict_pairs), relaxed=len(relaxed_pairs),
                   value=count_agreeing(relaxed_pairs, "value", values_agree),
                   type=sum(gold["type"] == predicted["type"] for gold, predicted in relaxed_pairs))


def count_events(golds: list[Item], predictions: list[Item]) -> Counter:
    pairs = pair_greedily(golds, predictions, rank_event_pair)
    return Counter(gold=len(golds), predicted=len(predictions), matched=len(pairs),
                   date=count_agreeing(pairs, "date", values_agree),
                   location=count_agreeing(pairs, "location", places_agree),
                   source=count_agreeing(pairs, "source", names_agree))


# Turning totals into figures

def share(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def precision_recall_f1(totals: Counter, hits: str) -> dict[str, Any]:
    """Counts and P/R/F1 when ``totals[hits]`` of the predictions are right."""
    tp = totals[hits]
    fp, fn = totals["predicted"] - tp, totals["gold"] - tp
    return {"tp": tp, "fp": fp, "fn": fn, "p": share(tp, tp + fp), "r": share(tp, tp + fn),
            "f1": share(2 * tp, 2 * tp + fp + fn)}


def summarize_quotes(totals: Counter) -> dict[str, Any]:
    return {"span": precision_recall_f1(totals, "matched"),
            "speaker_acc": share(totals["speaker"], totals["matched"]),
            "e2e_f1": share(2 * totals["speaker"], totals["gold"] + totals["predicted"])}


def summarize_timexes(totals: Counter) -> dict[str, Any]:
    return {"strict": precision_recall_f1(totals, "strict"),
            "relaxed": precision_recall_f1(totals, "relaxed"),
            "value": precision_recall_f1(totals, "value"),
            "type_acc": share(totals["type"], totals["relaxed"])}


def summarize_events(totals: Counter) -> dict[str, Any]:
    return {"match": precision_recall_f1(totals, "matched"),
            "date_acc": share(totals["date"], totals["matched"]),
            "location_acc": share(totals["location"], totals["matched"]),
            "source_acc": share(totals["source"], totals["matched"])}


LAYER_SCORERS = {
    "quotes": (count_quotes, summarize_quotes),
    "timexes": (count_timexes, summarize_timexes),
    "events": (count_events, summarize_events),
}


# Checking the input

def check_span(span: Any, where: str, text_length: int) -> None:
    if not (isinstance(span, list) and len(span) == 2 and all(type(offset) is int for offset in span)
            and 0 <= span[0] < span[1] <= text_length):
        raise ScoringInputError(f"{where} must be [start, end] with 0 <= start < end <= {text_length} "
                                f"(the text length), got {span!r}")


def check_optional_string(item: Item, key: str, where: str) -> None:
    if not isinstance(item.get(key), (str, type(None))):
        raise ScoringInputError(f"{where}.{key} must be a string or null, got {item[key]!r}")


def check_item(layer: str, item: Any, where: str, text_length: int) -> None:
    """Raise ScoringInputError for a quote, timex or event the rules cannot compare."""
    if not isinstance(item, dict):
        raise ScoringInputError(f"{where} is not a JSON object")
    check_span(item.get("span"), f"{where}.span", text_length)
    if layer == "quotes":
        check_optional_string(item, "speaker", where)
    elif layer == "timexes":
        if item.get("type") not in TIMEX_TYPES:
            raise ScoringInputError(f"{where}.type must be one of {', '.join(TIMEX_TYPES)}, "
                                    f"got {item.get('type')!r}")
        check_optional_string(item, "value", where)
    else:
        if item.get("status") not in EVENT_STATUSES:
            raise ScoringInputError(f"{where}.status must be one of {', '.join(EVENT_STATUSES)}, "
                                    f"got {item.get('status')!r}")
        if not isinstance(item.get("subject"), str) or not item["subject"].strip():
            raise ScoringInputError(f"{where}.subject must be a non-empty string")
        for key in ("date", "location", "source"):
            check_optional_string(item, key, where)


def check_document(doc: Any, where: str) -> None:
    if not isinstance(doc, dict):
        raise ScoringInputError(f"{where}: not a JSON object")
    if not isinstance(doc.get("id"), str) or not doc["id"]:
        raise ScoringInputError(f"{where}: \"id\" must be a non-empty string, got {doc.get('id')!r}")
    if not isinstance(doc.get("text"), str):
        raise ScoringInputError(f"{where} ({doc['id']!r}): \"text\" must be a string")
    for layer in LAYER_NAMES:
        items = doc.get(layer)
        if items is None:
            continue
        if not isinstance(items, list):
            raise ScoringInputError(f"{where} ({doc['id']!r}): \"{layer}\" must be a list or null")
        for number, item in enumerate(items):
            check_item(layer, item, f"{where} ({doc['id']!r}) {layer}[{number}]", len(doc["text"]))


def index_by_id(docs: Iterable[Any], side: str) -> dict[str, dict]:
    """Check each document and return them by id; ScoringInputError on the first problem."""
    indexed: dict[str, dict] = {}
    for number, doc in enumerate(docs, 1):
        check_document(doc, f"{side} document {number}")
        if doc["id"] in indexed:
            raise ScoringInputError(f"{side} document {number}: duplicate id {doc['id']!r}")
        indexed[doc["id"]] = doc
    return indexed


def check_texts_match(gold: dict[str, dict], output: dict[str, dict]) -> None:
    """Spans index each document's own text, so an output text must equal the gold one."""
    for doc_id, doc in output.items():
        if doc_id in gold and doc["text"] != gold[doc_id]["text"]:
            raise ScoringInputError(f"output document {doc_id!r}: its text differs from the gold text, "
                                    "so the spans cannot be compared")


def choose_layers(layers: Iterable[str] | None) -> list[str]:
    """The requested layers in canonical order; all of them when None."""
    if layers is None:
        return list(LAYER_NAMES)
    unknown = sorted(set(layers) - set(LAYER_NAMES))
    if unknown:
        raise ScoringInputError(f"unknown layer {', '.join(unknown)}; choose from {', '.join(LAYER_NAMES)}")
    return [layer for layer in LAYER_NAMES if layer in layers]


# Scoring

def score_layer(layer: str, gold: dict[str, dict], output: dict[str, dict]) -> dict[str, Any]:
    count, summarize = LAYER_SCORERS[layer]
    totals = Counter()
    for doc_id, gold_doc in gold.items():
        if gold_doc.get(layer) is None:
            continue
        predictions = output.get(doc_id, {}).get(layer) or []
        totals.update(count(gold_doc[layer], predictions))
    return summarize(totals)


def score(gold_docs: list[dict], output_docs: list[dict], layers: list[str] | None = None) -> dict:
    """Score output documents against gold ones, both as evaluation-format dicts.

    gold_docs (list[dict]): the annotations; output_docs (list[dict]): the documents
    to score, paired with the gold by ``id``; layers (list[str] | None): the layers to
    score (default: quotes, timexes, events).
    RETURNS (dict): per layer, its figures (``{"tp", "fp", "fn", "p", "r", "f1"}``
    for a matching, a float or None for an accuracy), and ``docs`` with the counts
    ``gold``, ``output``, ``missing`` and ``ignored``.
    Raises ScoringInputError for a malformed document or an unknown layer.
    DOCS: docs/evaluation.md
    """
    chosen = choose_layers(layers)
    gold = index_by_id(gold_docs, "gold")
    output = index_by_id(output_docs, "output")
    check_texts_match(gold, output)
    result: dict[str, Any] = {layer: score_layer(layer, gold, output) for layer in chosen}
    result["docs"] = {"gold": len(gold), "output": len(output),
                      "missing": len(gold.keys() - output.keys()),
                      "ignored": len(output.keys() - gold.keys())}
    return result


# Display

TABLE_HEADER = ("layer", "metric", "tp", "fp", "fn", "P", "R", "F1", "acc")
LEFT_ALIGNED_COLUMNS = 2


def show_figure(figure: float | None) -> str:
    return "-" if figure is None else f"{figure:.3f}"


def table_row(layer: str, metric: str, value: Any) -> tuple[str, ...]:
    """A matching fills the counts and P/R/F1; an F1 alone its column; an accuracy the last."""
    if isinstance(value, dict):
        counts = [str(value[key]) for key in ("tp", "fp", "fn")]
        return (layer, metric, *counts, *(show_figure(value[key]) for key in ("p", "r", "f1")), "")
    if metric.endswith("_f1"):
        return (layer, metric, "", "", "", "", "", show_figure(value), "")
    return (layer, metric, "", "", "", "", "", "", show_figure(value))


def format_table(result: dict) -> str:
    """The result of ``score`` as an aligned text table, one row per metric."""
    rows = [TABLE_HEADER]
    rows += [table_row(layer, metric, value)
             for layer, figures in result.items() if layer != "docs"
             for metric, value in figures.items()]
    widths = [max(len(row[column]) for row in rows) for column in range(len(TABLE_HEADER))]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) if column < LEFT_ALIGNED_COLUMNS else cell.rjust(width)
                 for column, (cell, width) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
    docs = result.get("docs", {})
    lines.append("docs: " + ", ".join(f"{key} {count}" for key, count in docs.items()))
    return "\n".join(lines)
