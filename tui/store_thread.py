"""The reader's database changes, made on a thread of their own, one after another.

A change can wait: for another program that holds the database locked (up to the busy
timeout), for a slow or full disk. Made on the interface's thread, that wait froze the
reader, keys and all. Here the interface hands each change over and goes on; the result
comes back as a message. One thread, in the order the changes were made, so an undo never
overtakes the tag it takes back. No Textual here: the screen decides how results are shown.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

from store.database import Store, open_store
from store.errors import StoreError

T = TypeVar("T")
READER_BUSY_TIMEOUT = 60.0
"""Seconds a change waits for another program's lock before it is given up (and said so)."""
CLOSE_WAIT = 5.0
"""Seconds closing waits for the changes still queued (their results are on disk or lost)."""


class StoreThread:
    """One connection to the database, used only from its own thread."""

    def __init__(self, path: Path, on_wait: Callable[[], None]) -> None:
        self.path = path
        self._on_wait = on_wait
        self._jobs: queue.SimpleQueue[tuple[Callable[[Store | None], Any], Future[Any]] | None] = queue.SimpleQueue()
        self._store: Store | None = None
        self._closed = False
        # A daemon: a change stuck behind another program's lock must not keep a reader
        # that was told to quit without it alive. An unfinished transaction rolls back.
        self._thread = threading.Thread(target=self._run, name="claimdiff-store", daemon=True)
        self._thread.start()

    def open(self) -> Future[Store]:
        """Open the database on the thread (its first job); the Store it gives is for reading
        its properties, not for use from any other thread."""

        def opening(_: Store | None) -> Store:
            store = open_store(self.path, busy_timeout=READER_BUSY_TIMEOUT)
            store.on_wait = self._on_wait
            self._store = store
            return store

        return self._submit(opening)

    def submit(self, job: Callable[[Store], T]) -> Future[T]:
        """Run job(store) on the thread after every job submitted before it."""

        def on_the_store(store: Store | None) -> T:
            if store is None:
                raise StoreError(f"{self.path}: the database is not open; nothing can be saved")
            return job(store)

        return self._submit(on_the_store)

    def _submit(self, job: Callable[[Store | None], T]) -> Future[T]:
        future: Future[T] = Future()
        if self._closed:  # nothing would ever run it: say so rather than leave it waiting
            future.set_exception(StoreError(f"{self.path}: the database is closed; nothing can be saved"))
        else:
            self._jobs.put((job, future))
        return future

    def close(self, wait: bool = True) -> None:
        """Finish the queued changes, then close the connection. wait: up to CLOSE_WAIT
        seconds for that; otherwise (a reader quitting without its changes) not at all."""
        self._closed = True
        self._jobs.put(None)
        self._thread.join(timeout=CLOSE_WAIT if wait else 0)

    def _run(self) -> None:
        while (item := self._jobs.get()) is not None:
            job, future = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(job(self._store))
            except BaseException as error:
                future.set_exception(error)
        if self._store is not None:
            self._store.close()
