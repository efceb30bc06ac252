"""Full-text look-up of statements, for searching articles too long to scan on every key."""

from __future__ import annotations

import re

from store.database import Store


def statements_matching(store: Store, sha256: str, text: str) -> set[int]:
    """Indices of the document's statements holding every word of text (each as a word start).

    A superset filter for the reader's search, which then finds the exact spans in them;
    a query inside a word ("rain" in "Ukraine") is found only by scanning.
    """
    words = re.findall(r"\w+", text)
    if not words:
        return set()
    query = " ".join('"' + word.replace('"', '""') + '"*' for word in words)
    rows = store.db.execute(
        "SELECT s.idx FROM statements s JOIN statements_fts f ON f.rowid = s.id"
        " WHERE statements_fts MATCH ? AND s.document = ?",
        [query, sha256],
    )
    return {index for (index,) in rows}
