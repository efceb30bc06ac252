"""Work spread over this machine's cores: the matcher's close reading of candidate pairs, which on
two long articles (10,000 statements each) is most of its time and runs pair by pair in Python.

Each share of the work runs in a forked copy of this process, which inherits everything the work
reads (statements, their readings so far, the weights): nothing is pickled on the way in, only the
results on the way back. Forking a process that runs other threads can leave the copy waiting on a
lock no thread of it will release (the reader's app runs the matcher in a worker thread), so the
work runs serially then, and wherever forking is not available.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from itertools import pairwise
from multiprocessing.connection import Connection
from typing import TypeVar

Result = TypeVar("Result")

SHARE_LEAST = 2_000
"""Fewest items worth a share of their own: a fork and the results' trip back cost some tens of
milliseconds, a close reading of 2,000 candidate pairs about half a second."""


def usable_cores() -> int:
    """The cores this process may run on (a container's limit, not the machine's count)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def worth_a_share(count: int) -> bool:
    """Whether `count` items are enough work for a share of their own (SHARE_LEAST)."""
    return count >= SHARE_LEAST


def spread(work: Callable[[range], list[Result]], count: int, least: int | None = None) -> list[Result]:
    """work(range(count)), computed in contiguous shares of at least `least` items (SHARE_LEAST
    unless told), one per usable core, each in a forked copy of this process but the first, which
    this process works on.

    The same results, in the same order, as work(range(count)): a share whose copy dies (killed,
    out of memory) or fails is worked on here.
    """
    shares = min(usable_cores(), count // max(SHARE_LEAST if least is None else least, 1))
    if shares < 2 or not _may_fork():
        return work(range(count))
    bounds = [count * share // shares for share in range(shares + 1)]
    ranges = [range(start, end) for start, end in pairwise(bounds)]
    context = multiprocessing.get_context("fork")
    copies = []
    for share in ranges[1:]:
        receiving, sending = context.Pipe(duplex=False)
        copy = context.Process(target=_work_on_share, args=(work, share, sending), daemon=True)
        copy.start()
        sending.close()
        copies.append((copy, receiving, share))
    results = work(ranges[0])
    for copy, receiving, share in copies:
        received: list[Result] | None = _received(receiving, copy)
        results.extend(work(share) if received is None else received)
    return results


def _may_fork() -> bool:
    """Whether a forked copy of this process is safe: on Linux (macOS's system libraries are not
    safe to use in a forked copy), with no other thread running."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def _work_on_share(work: Callable[[range], list[Result]], share: range, sending: Connection) -> None:
    """In the forked copy: the share's results sent back, or None if the work failed."""
    try:
        results: list[Result] | None = work(share)
    except BaseException:  # the parent works on the share itself, and meets the failure there
        results = None
    sending.send(results)
    sending.close()


def _received(receiving: Connection, copy: multiprocessing.process.BaseProcess) -> list[Result] | None:
    """The results a copy sent, or None if it died first or failed."""
    try:
        results: list[Result] | None = receiving.recv()
    except (EOFError, OSError):
        results = None
    finally:
        receiving.close()
        copy.join()
    return results
