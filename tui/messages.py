"""Messages the reader's screen receives from its worker threads (Textual's post_message is thread-safe)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from textual.message import Message


class Waiting(Message):
    """A change waits for another program to release the database."""


class ChangeFinished(Message):
    """A change made on the store thread is saved, or has failed."""

    def __init__(self, future: Future[Any], done: Callable[[Any], None] | None, report: bool) -> None:
        super().__init__()
        self.future = future
        self.done = done
        """What to run on the screen's thread with the change's result once it is saved."""
        self.report = report
        """Whether a failure is shown (a saved position is not worth a message)."""
