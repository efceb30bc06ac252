"""A whole comparison of two articles: both documents, their statements and the matches."""

from __future__ import annotations

from dataclasses import dataclass

from claims.align import METHOD, align
from claims.document import Document, Statement
from claims.ingest import read_document
from claims.limits import MAX_BYTES
from claims.relation import DEFAULT_MIN_SCORE, Match
from claims.segment import segment


@dataclass(frozen=True)
class Comparison:
    """What the reader, the store and every report start from."""

    a: Document
    b: Document
    statements_a: list[Statement]
    statements_b: list[Statement]
    matches: list[Match]
    method: str
    min_score: float

    def unique_a(self) -> list[Statement]:
        """Claims of the first article that nothing in the second matches."""
        matched = {m.a for m in self.matches}
        return [s for s in self.statements_a if s.kind.is_claim and s.index not in matched]

    def unique_b(self) -> list[Statement]:
        """Claims of the second article that nothing in the first matches."""
        matched = {m.b for m in self.matches}
        return [s for s in self.statements_b if s.kind.is_claim and s.index not in matched]


def compare_documents(a: Document, b: Document, min_score: float = DEFAULT_MIN_SCORE) -> Comparison:
    """Segment and align two documents already read."""
    statements_a, statements_b = segment(a), segment(b)
    matches = align(statements_a, statements_b, min_score=min_score)
    return Comparison(a, b, statements_a, statements_b, matches, METHOD, min_score)


def compare(
    source_a: str, source_b: str, min_score: float = DEFAULT_MIN_SCORE, max_bytes: int = MAX_BYTES
) -> Comparison:
    """Read two inputs (paths, "-" or URLs) of at most max_bytes each and compare them."""
    return compare_documents(read_document(source_a, max_bytes), read_document(source_b, max_bytes), min_score)
