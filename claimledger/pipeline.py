"""Library entry points the CLI calls: one function a command."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Callable

from claimledger.errors import InputError
from claimledger.ingest.evaljsonl import read_eval_jsonl


def extract_eval_file(input_path: Path, out_path: Path | None, *, subjects_file=None,
                      report: Callable[[InputError], None] = lambda error: None) -> int:
    """Run extraction on an evaluation-format file and write the same format; return skips."""
    from claimledger.extract import build_pipeline, extract_documents

    documents, skipped = [], 0
    for item in read_eval_jsonl(input_path):
        if isinstance(item, InputError):
            report(item)
            skipped += 1
        else:
            documents.append(item)
    nlp = build_pipeline(subjects_file=subjects_file)
    sink = open(out_path, "w", encoding="utf-8") if out_path else sys.stdout
    try:
        for extraction in extract_documents(nlp, documents):
            sink.write(json.dumps(extraction.as_eval_dict(), ensure_ascii=False) + "\n")
    finally:
        if out_path:
            sink.close()
    return skipped
