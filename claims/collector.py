"""The garbage collector's pace while the matcher runs.

Python's collector looks for reference cycles after every 700 objects allocated and not yet
freed, and now and then walks every object the process holds. Matching two long articles
allocates millions of objects that live until it returns (tokens, readings of statements, their
values) and forms no cycles worth collecting early, so most of those walks find nothing: on
10,000 x 10,000 statements they took about a tenth of the time (bench.scale).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

ALLOCATIONS_PER_COLLECTION = 100_000
"""Objects allocated (net) between two looks for cycles among the youngest, while matching."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collections paced for a long run that allocates much and frees little, and as they were
    afterwards. The pace is the process's: a thread running meanwhile collects at it too, which
    costs it nothing but some memory held a little longer."""
    youngest, middle, oldest = gc.get_threshold()
    gc.set_threshold(max(youngest, ALLOCATIONS_PER_COLLECTION), middle, oldest)
    try:
        yield
    finally:
        gc.set_threshold(youngest, middle, oldest)
