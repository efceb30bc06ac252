"""What the engine knows about an article: its text, where it came from, and its statements."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property


class StatementKind(StrEnum):
    """What a stretch of the article is, so the reader can dim what is not a claim."""

    TITLE = "title"
    BODY = "body"
    HEADING = "heading"
    LIST_ITEM = "list item"
    """An item of a list that is not a sentence ("• Shahed-136 drones"): shown, not compared."""
    BOILERPLATE = "boilerplate"

    @property
    def is_claim(self) -> bool:
        """Only titles and body sentences are offered for alignment."""
        return self in (StatementKind.TITLE, StatementKind.BODY)


@dataclass(frozen=True)
class ExtractedText:
    """What a reader of a web page or a PDF found: a title, paragraphs of main text, metadata."""

    title: str
    """"" when the source names none."""
    paragraphs: list[str]
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Statement:
    """One sentence (or line of page furniture) with its exact place in the document text."""

    index: int
    start: int
    end: int
    kind: StatementKind
    text: str
    paragraph: int
    """Number of the paragraph it belongs to, so a reader can keep paragraph breaks."""


@dataclass(frozen=True)
class Document:
    """An article as read: the text every offset refers to, plus where it came from."""

    title: str
    source: str
    """Path, URL or "-" for standard input, as the user gave it."""
    text: str
    metadata: Mapping[str, str] = field(default_factory=dict)
    """Author, published, site and url where the page states them."""

    @cached_property
    def sha256(self) -> str:
        """Identifies the article by content, whatever path or URL it was read from."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()
