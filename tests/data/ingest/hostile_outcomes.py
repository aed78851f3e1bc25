"""Print what read_paths makes of each hostile input in tests/test_ingest_hostile.py.

    .venv/bin/python tests/data/ingest/hostile_outcomes.py

One line per kind: the outcome (read, partial, refused, or SILENT when the file gave neither a
document nor a line), documents from the file, seconds and peak memory of the read (each kind
in its own process, so the peaks do not mix; the seconds include importing the format's
libraries, about 0.4 s for trafilatura), and the line naming the file. A measurement,
not a test: tests/test_ingest_hostile.py holds the expectations.
"""
from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parents[2]


def measure(index: int) -> str:
    sys.path.insert(0, str(TESTS))
    from test_ingest_hostile import CASES, GOOD_TEXT, from_file

    from claimledger.errors import InputError
    from claimledger.ingest import IngestOptions, read_paths

    case = CASES[index]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "input"
        folder.mkdir()
        (folder / "good.txt").write_text(GOOD_TEXT)
        hostile = folder / case.name
        hostile.write_bytes(case.content())
        start = time.perf_counter()
        items = list(read_paths([folder], options=IngestOptions(**case.options)))
        seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    documents = [i for i in items if not isinstance(i, InputError) and from_file(i, hostile)]
    errors = [str(i).replace(f"{folder}/", "") for i in items if isinstance(i, InputError)]
    outcome = ("partial" if documents and errors else "refused" if errors
               else "read" if documents else "SILENT")
    return (f"{case.kind:52.52} {outcome:8} {len(documents):>7} {seconds:6.2f}s "
            f"{peak_mb:5.0f}MB  {errors[0] if errors else ''}")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--case":
        print(measure(int(sys.argv[2])))
        return
    sys.path.insert(0, str(TESTS))
    from test_ingest_hostile import CASES

    print(f"{'kind':52} {'outcome':8} {'docs':>7} {'time':>7} {'peak':>7}  line")
    for index in range(len(CASES)):
        subprocess.run([sys.executable, __file__, "--case", str(index)], check=False,
                       stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
