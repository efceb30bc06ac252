"""The reader's slow work, run in a worker thread: read, segment, annotate, align, store.

No Textual here: each step returns plain data that the screen applies on its own thread.
The store and the matcher (NumPy, SciPy) are imported only by the steps that need them,
after the text is on screen. Reading the beginning of a local article is quick enough to
happen before the first frame, so that frame already shows the text.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from claims.ingest import read_beginning, read_document
from claims.segment import segment
from tui.session import Side, TagMark

if TYPE_CHECKING:
    from claims.relation import Match
    from store.database import Store


def read_side(source: str, max_bytes: int) -> Side:
    """Read and segment one article: enough to show it."""
    document = read_document(source, max_bytes)
    return Side(document, segment(document))


def read_sides(sources: tuple[str, str], max_bytes: int, cancelled: Callable[[], bool]) -> tuple[Side, Side] | None:
    """Read and segment both articles; None if cancelled() turns true meanwhile.

    Read on a daemon thread of its own: a FIFO or a slow server can keep a read waiting
    up to its deadline, and a reader who quits meanwhile must not wait for it (the
    worker's own thread would be waited for when the program exits).
    """
    outcome: list[tuple[Side, Side] | BaseException] = []

    def read() -> None:
        try:
            outcome.append((read_side(sources[0], max_bytes), read_side(sources[1], max_bytes)))
        except BaseException as error:
            outcome.append(error)

    reading = threading.Thread(target=read, name="claimdiff-read", daemon=True)
    reading.start()
    while reading.is_alive():
        if cancelled():
            return None
        reading.join(timeout=0.1)
    (result,) = outcome
    if isinstance(result, BaseException):
        raise result
    return result


def read_beginning_side(source: str, max_bytes: int) -> Side | None:
    """The beginning of a local article, segmented: what the reader shows in its first frame,
    while the whole article is read in a worker (None if only the whole can be shown)."""
    document = read_beginning(source, max_bytes=max_bytes)
    return None if document is None else Side(document, segment(document))


def annotate(store: Store, *, side: Side) -> None:
    """Store the article (if new) and load the tags and notes it already has."""
    from store.documents import save_document

    save_document(store, side.document, side.statements)
    side.tags, side.notes = tags_and_notes(store, side)


def tags_and_notes(store: Store, side: Side) -> tuple[dict[int, list[TagMark]], dict[int, str]]:
    from store.annotations import notes, taggings
    from store.tags import list_tags

    tag_info = {tag.name: tag for tag in list_tags(store)}
    marks: dict[int, list[TagMark]] = {}
    for tagging in taggings(store, side.document.sha256):
        if tagging.statement_index is not None and tagging.tag in tag_info:
            info = tag_info[tagging.tag]
            marks.setdefault(tagging.statement_index, []).append(TagMark(info.name, info.key, info.colour))
    for found in marks.values():
        found.sort(key=lambda mark: (mark.key is None, mark.key or 0, mark.name))
    texts = {note.statement_index: note.text for note in notes(store, side.document.sha256)}
    return marks, {index: text for index, text in texts.items() if index is not None}


def align_sides(left: Side, right: Side, method: str = "lexical") -> list[Match]:
    """Run the matcher (the slow step: on the loading worker, not the store's thread)."""
    from claims.align import align

    return align(left.statements, right.statements, method=method)


def store_matches(
    store: Store, left: Side, right: Side, matches: list[Match], method: str = "lexical"
) -> tuple[list[Match], dict[tuple[int, int], tuple[str, str]]]:
    """Save the engine's matches, keeping the reader's reviews; returns the matches as stored
    (links made by hand included) and the reviews, (a, b) -> (status, origin)."""
    from claims.comparison import Comparison, method_name
    from claims.relation import DEFAULT_MIN_SCORE
    from store.documents import save_comparison, stored_matches

    comparison = Comparison(
        left.document,
        right.document,
        left.statements,
        right.statements,
        matches,
        method_name(method),
        DEFAULT_MIN_SCORE,
    )
    save_comparison(store, comparison)
    stored = stored_matches(store, left.document.sha256, right.document.sha256)
    return [s.match for s in stored], {(s.match.a, s.match.b): (s.status, s.origin) for s in stored}
