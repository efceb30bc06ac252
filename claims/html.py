"""Pull the article out of a web page: main text and metadata, no navigation or comments."""

from __future__ import annotations

import re
from typing import Any

from claims.document import ExtractedText
from claims.errors import InputError, missing_piece
from claims.limits import describe_size

_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(r"<(p|div|article|meta|title)\b[^>]*>", re.IGNORECASE)
_NOT_TEXT_OPENS = re.compile(r"<(script|style|svg|noscript|template|figcaption)\b|<!--", re.IGNORECASE)
MIN_ARTICLE_WORDS = 30
"""Less text than this from a page is not the article (a photo caption, a teaser, a paywall)."""
MAX_MARKUP_BYTES = 2_000_000
"""Markup (scripts, styles and drawings left out) the extractor is given at most: its time
grows faster than the page, and 2 MB, many times a news article, takes it a few seconds."""


def looks_like_html(text: str) -> bool:
    """True for a page saved without an .html name, such as a paste or a download."""
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def without_scripts_and_styles(html: str) -> str:
    """The page without what is never the article's prose: scripts, styles, drawings,
    comments, and photo captions (the extractor runs a caption into the paragraphs around
    it, where it would read as a claim of the article). In one pass (an unclosed script
    runs to the end of the page, as in a browser), so a hostile page of unclosed tags
    costs no more than a plain one."""
    lower = html.lower()
    kept: list[str] = []
    position = 0
    while (opening := _NOT_TEXT_OPENS.search(lower, position)) is not None:
        kept.append(html[position : opening.start()])
        name = opening.group(1)
        closing = "-->" if name is None else f"</{name}"
        end = lower.find(closing, opening.end())
        if end < 0:
            return "".join(kept)
        after = end + len(closing)
        position = after if name is None else lower.find(">", after) + 1 or len(html)
    kept.append(html[position:])
    return "".join(kept)


def _blocks(body: Any) -> list[str]:
    """The extracted article as blocks of text, one per paragraph, heading or list item.

    A paragraph is joined into one line: pages wrap their source text anywhere, and a line
    break inside a paragraph is not a sentence's end. List items and table rows get a
    bullet, so that they are read as items, not as fragments of prose.
    """
    blocks: list[str] = []
    for element in body:
        if element.tag in ("list", "table"):
            for item in element.iter("item", "row"):
                text = _joined(item)
                if text:
                    blocks.append(f"\u2022 {text}")
        elif text := _joined(element):
            blocks.append(text)
    return blocks


def _joined(element: Any) -> str:
    """An element's text on one line: inline markup (<hi>Iran</hi>'s) joins as written, a
    line break (<lb/>) is a space."""
    for line_break in element.iter("lb"):
        line_break.tail = " " + (line_break.tail or "")
    return " ".join("".join(element.itertext()).split())


def extract_article(html: str, name: str, url: str | None = None) -> ExtractedText:
    """Extract with trafilatura, the reference extractor: it drops menus, scripts and comments.

    Imported here rather than at module level because it costs a quarter of a second and
    plain-text articles never need it.
    """
    try:
        import trafilatura
        from trafilatura.settings import Document as Extracted
    except ImportError as error:  # a piece of the reader missing from this installation
        raise missing_piece(name, "web pages", error) from None

    markup = without_scripts_and_styles(html)
    if len(markup) > MAX_MARKUP_BYTES:
        raise InputError(
            f"{name}: has {describe_size(len(markup))} of markup besides scripts and styles; claimdiff extracts"
            f" pages of up to {describe_size(MAX_MARKUP_BYTES)} (a news article is far less)"
        )
    found = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_images=False
    )
    if not isinstance(found, Extracted):
        raise InputError(f"{name}: no article text found in this page")
    paragraphs = _blocks(found.body) if found.body is not None else []
    if not paragraphs:
        paragraphs = [line.strip() for line in (found.text or "").split("\n") if line.strip()]
    if not paragraphs:
        raise InputError(f"{name}: no article text found in this page")
    title = (found.title or "").strip()
    if paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    words = sum(len(paragraph.split()) for paragraph in paragraphs)
    if words < MIN_ARTICLE_WORDS:
        raise InputError(
            f"{name}: only {words} words of article text found in this page (a caption or a teaser, not an"
            " article); save the article's text and compare that"
        )
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
    return ExtractedText(title=title, paragraphs=paragraphs, metadata=metadata)
