"""Finding text in both articles: plain (case-insensitive) or, after "re:", a regular expression.

No Textual here: the reader asks for the hits of a query and draws them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.document import Statement

REGEX_PREFIX = "re:"

Hits = dict[int, list[tuple[int, int]]]
"""Statement index to the (start, end) spans that match, within the statement's text."""


class SearchError(ValueError):
    """A query that cannot be searched for (an invalid regular expression); one line."""


def compile_query(query: str) -> re.Pattern[str] | None:
    """The pattern for a query; None for an empty one. Plain text matches literally."""
    if query.startswith(REGEX_PREFIX):
        expression = query[len(REGEX_PREFIX) :]
        if not expression:
            return None
        try:
            return re.compile(expression, re.IGNORECASE)
        except re.error as error:
            raise SearchError(f"invalid regular expression: {error}") from None
    if not query.strip():
        return None
    return re.compile(re.escape(query), re.IGNORECASE)


def find(pattern: re.Pattern[str], statements: Sequence[Statement], only: set[int] | None = None) -> Hits:
    """Every non-empty match in the statements (or in those listed in only)."""
    hits: Hits = {}
    for statement in statements:
        if only is not None and statement.index not in only:
            continue
        spans = [match.span() for match in pattern.finditer(statement.text) if match.end() > match.start()]
        if spans:
            hits[statement.index] = spans
    return hits
