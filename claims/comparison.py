"""A whole comparison of two articles: both documents, their statements and the matches."""

from __future__ import annotations

from dataclasses import dataclass

from claims.align import LEXICAL, METHOD, SEMANTIC, align
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


def compare_documents(
    a: Document, b: Document, min_score: float = DEFAULT_MIN_SCORE, method: str = LEXICAL
) -> Comparison:
    """Segment and align two documents already read (method: claims.align.LEXICAL or SEMANTIC)."""
    statements_a, statements_b = segment(a), segment(b)
    matches = align(statements_a, statements_b, min_score=min_score, method=method)
    return Comparison(a, b, statements_a, statements_b, matches, method_name(method), min_score)


def method_name(method: str) -> str:
    """The engine as recorded with a comparison: its version, and the embedding model if any."""
    if method == SEMANTIC:
        from claims.semantic import MODEL

        return f"{METHOD}+{MODEL}"
    return METHOD


def compare(
    source_a: str,
    source_b: str,
    min_score: float = DEFAULT_MIN_SCORE,
    max_bytes: int = MAX_BYTES,
    method: str = LEXICAL,
) -> Comparison:
    """Read two inputs (paths, "-" or URLs) of at most max_bytes each and compare them."""
    a, b = read_document(source_a, max_bytes), read_document(source_b, max_bytes)
    return compare_documents(a, b, min_score, method)
