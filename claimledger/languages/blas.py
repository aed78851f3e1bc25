"""One BLAS thread while slovnet's small matrix products run.

slovnet computes its convolutions with numpy; numpy's OpenBLAS starts a thread per core
for each small product, and on a busy machine they wait on each other: one Russian
document took 12 times longer with the default threads than with one (docs/languages.md).
The number of threads is set through OpenBLAS's own functions, found in the libraries
this process has loaded, and given back afterwards; without OpenBLAS nothing changes.
"""
from __future__ import annotations

import ctypes
import re
from contextlib import contextmanager
from functools import lru_cache

MAPS = "/proc/self/maps"
LIBRARY = re.compile(r"(/\S*openblas\S*\.so[\w.]*)")
# (get, set) function names across OpenBLAS builds: plain, 64-bit integer, numpy's bundled one
FUNCTION_NAMES = [(f"{prefix}get_num_threads{suffix}", f"{prefix}set_num_threads{suffix}")
                  for prefix in ("openblas_", "scipy_openblas_") for suffix in ("", "64_")]


@lru_cache(maxsize=None)
def openblas_controls() -> tuple:
    """(get, set) function pairs of every OpenBLAS library loaded in this process."""
    import numpy  # noqa: F401  (loads numpy's OpenBLAS, if it has one)

    try:
        with open(MAPS, encoding="utf-8", errors="replace") as maps:
            paths = sorted(set(LIBRARY.findall(maps.read())))
    except OSError:
        return ()
    controls = []
    for path in paths:
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for get_name, set_name in FUNCTION_NAMES:
            if hasattr(library, get_name) and hasattr(library, set_name):
                controls.append((getattr(library, get_name), getattr(library, set_name)))
                break
    return tuple(controls)


@contextmanager
def single_blas_thread():
    """Run the block with one OpenBLAS thread, then restore each library's count."""
    controls = openblas_controls()
    before = [get() for get, _ in controls]
    for _, set_threads in controls:
        set_threads(1)
    try:
        yield
    finally:
        for (_, set_threads), count in zip(controls, before):
            set_threads(count)
