"""Pull the article out of a web page: main text and metadata, no navigation or comments."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.errors import InputError

_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(r"<(p|div|article|meta|title)\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """What the extractor found: a title, paragraphs of main text, and page metadata."""

    title: str
    paragraphs: list[str]
    metadata: dict[str, str] = field(default_factory=dict)


def looks_like_html(text: str) -> bool:
    """True for a page saved without an .html name, such as a paste or a download."""
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def extract_article(html: str, name: str, url: str | None = None) -> Article:
    """Extract with trafilatura, the reference extractor: it drops menus, scripts and comments.

    Imported here rather than at module level because it costs a quarter of a second and
    plain-text articles never need it.
    """
    try:
        import trafilatura
        from trafilatura.settings import Document as Extracted
    except ImportError as error:  # a piece of the extractor missing from this installation
        why = " ".join(str(error).split())
        raise InputError(
            f"{name}: reading web pages needs a package that is missing ({why}); reinstall claimdiff"
        ) from None

    found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_images=False)
    if not isinstance(found, Extracted):
        raise InputError(f"{name}: no article text found in this page")
    paragraphs = [line.strip() for line in (found.text or "").split("\n") if line.strip()]
    if not paragraphs:
        raise InputError(f"{name}: no article text found in this page")
    title = (found.title or "").strip()
    if not title:
        title = paragraphs[0]
    if paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    metadata = {
        key: str(value).strip()
        for key, value in (
            ("author", found.author),
            ("published", found.date),
            ("site", found.sitename),
            ("url", url or found.url),
        )
        if value and str(value).strip()
    }
    return Article(title=title, paragraphs=paragraphs, metadata=metadata)
