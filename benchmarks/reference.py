"""Score reference extractors beside claimledger on the same texts, in one run.

Usage: python benchmarks/reference.py GOLD.jsonl [--layers quotes,timexes] [--scorer PATH]

Reference points (a development tool, not part of the runtime; install the
``bench`` extra: ``pip install textacy``):
  quotes   textacy's ``extract.triples.direct_quotations``: speaker from its speaker
           tokens, span from its content span without the quotation marks.
  timexes  dateparser's ``search_dates``, each date as a TIMEX3 DATE YYYY-MM-DD,
           relative to the document's dct (settings RELATIVE_BASE).
Both run on the Docs claimledger parses, so every system sees the same tokens.
A reference whose package is missing is skipped with a message.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimledger.extract import build_pipeline, doc_to_extraction, prepare_doc  # noqa: E402
from claimledger.schema import Document  # noqa: E402

DEFAULT_SCORER = os.environ.get("CLAIMLEDGER_SCORER", "/work/shared/eval/score.py")
LAYERS = ("quotes", "timexes")
QUOTE_MARKS = "\"'“”‘’«»`"
COLUMNS = {
    "quotes": [("span P", ("span", "p")), ("span R", ("span", "r")), ("span F1", ("span", "f1")),
               ("speaker acc", ("speaker_acc",)), ("e2e F1", ("e2e_f1",))],
    "timexes": [("strict F1", ("strict", "f1")), ("relaxed F1", ("relaxed", "f1")),
                ("value F1", ("value", "f1")), ("type acc", ("type_acc",))],
}


def load_scorer(path: str):
    """The evaluation scorer as a module (eval/score.py)."""
    spec = importlib.util.spec_from_file_location("claimledger_eval_score", path)
    if spec is None or not Path(path).is_file():
        raise SystemExit(f"Error: scorer not found at {path}; pass --scorer PATH")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def textacy_quotes(doc) -> list[dict] | None:
    """Direct quotations found by textacy, in the exchange format; None without textacy."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy gives up on a document with an unclosed quotation
        return []
    quotes = []
    for triple in triples:
        content = triple.content
        start, end = content.start_char, content.end_char
        text = doc.text
        while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in QUOTE_MARKS or text[end - 1].isspace()):
            end -= 1
        if end <= start:
            continue
        speaker = " ".join(token.text for token in triple.speaker) or None
        cue = triple.cue
        quotes.append({"span": [start, end], "kind": "direct", "speaker": speaker,
                       "speaker_span": None,
                       "cue": [cue[0].idx, cue[-1].idx + len(cue[-1].text)] if cue else None})
    return quotes


def dateparser_timexes(text: str, dct: str | None) -> list[dict] | None:
    """Dates found by dateparser's search_dates as TIMEX3 DATEs; None without dateparser."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    settings = {}
    if dct:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(dct)
    found = search_dates(text, languages=["en"], settings=settings) or []
    timexes, position = [], 0
    for surface, moment in found:
        start = text.find(surface, position)
        if start < 0:
            continue
        position = start + len(surface)
        timexes.append({"span": [start, position], "type": "DATE",
                        "value": moment.strftime("%Y-%m-%d")})
    return timexes


def run_systems(golds: list[dict], layers: list[str]) -> dict[str, list[dict]]:
    """Every system's output documents, from one parse of each gold text."""
    nlp = build_pipeline()
    documents = [Document(id=gold["id"], text=gold["text"], dct=gold.get("dct")) for gold in golds]
    docs = nlp.pipe(prepare_doc(nlp, document) for document in documents)
    outputs = {"claimledger": [], "textacy": [], "dateparser": []}
    missing = set()
    for document, doc in zip(documents, docs):
        base = {"id": document.id, "text": document.text}
        outputs["claimledger"].append(doc_to_extraction(doc, document).as_eval_dict())
        if "quotes" in layers:
            quotes = textacy_quotes(doc)
            if quotes is None:
                missing.add("textacy")
            else:
                outputs["textacy"].append(dict(base, quotes=quotes))
        if "timexes" in layers:
            timexes = dateparser_timexes(document.text, document.dct)
            if timexes is None:
                missing.add("dateparser")
            else:
                outputs["dateparser"].append(dict(base, timexes=timexes))
    for name in sorted(missing):
        print(f"note: {name} is not installed; its reference row is skipped "
              f"(pip install {name})", file=sys.stderr)
        outputs[name] = []
    return outputs


def figure(result: dict, path: tuple[str, ...]) -> str:
    value = result
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return "-" if value is None else f"{value:.3f}"


def print_table(layer: str, rows: list[tuple[str, dict]]) -> None:
    header = ["system"] + [name for name, _ in COLUMNS[layer]]
    lines = [header] + [[system] + [figure(result, path) for _, path in COLUMNS[layer]]
                        for system, result in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    print(f"\n{layer}")
    for line in lines:
        print("  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i])
                        for i, cell in enumerate(line)))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="gold annotations, evaluation format (JSON Lines)")
    parser.add_argument("--layers", default=",".join(LAYERS),
                        help="layers to score: quotes,timexes (default both)")
    parser.add_argument("--scorer", default=DEFAULT_SCORER, help="path to eval/score.py")
    args = parser.parse_args(argv)
    layers = [layer.strip() for layer in args.layers.split(",") if layer.strip()]
    unknown = sorted(set(layers) - set(LAYERS))
    if unknown:
        parser.error(f"unknown layer {', '.join(unknown)}; choose from {', '.join(LAYERS)}")
    scorer = load_scorer(args.scorer)
    with open(args.gold, encoding="utf-8") as lines:
        golds = [json.loads(line) for line in lines if line.strip()]
    outputs = run_systems(golds, layers)
    references = {"quotes": "textacy", "timexes": "dateparser"}
    for layer in layers:
        if all(gold.get(layer) is None for gold in golds):
            print(f"\n{layer}: the gold file has no {layer} layer")
            continue
        rows = []
        for system in (references[layer], "claimledger"):
            if outputs[system]:
                rows.append((system, scorer.score(golds, outputs[system], [layer])[layer]))
        print_table(layer, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
