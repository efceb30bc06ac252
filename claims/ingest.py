"""Read an article from a file, standard input or a URL into a Document."""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Mapping
from pathlib import Path

from claims.decoding import decode_bytes, normalise_text, strip_controls
from claims.document import Document
from claims.errors import InputError
from claims.furniture import is_title
from claims.html import extract_article, looks_like_html
from claims.limits import MAX_BYTES, read_path, read_standard_input
from claims.pdf import is_pdf
from claims.sentences import sentence_spans

STDIN = "-"
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
_TEXT_CONTENT_TYPES = {"text/plain", "text/markdown"}
TITLE_CHARS = 80
"""A title made from an article's first sentence is cut to about this length."""
BEGINNING_BYTES = 16 * 1024
"""How much of a local file the reader shows while it reads the rest: a few screenfuls."""


def is_url(source: str) -> bool:
    """Only http and https are fetched; anything else is taken as a path."""
    return source.lower().startswith(("http://", "https://"))


def read_document(source: str, max_bytes: int = MAX_BYTES) -> Document:
    """Read a path, "-" (standard input) or an http(s) URL, of at most max_bytes.

    Raises InputError, with one line naming the input, for anything a user can fix:
    missing paths, directories, binary files, empty articles, unreachable URLs, articles
    over the limit, pipes and devices that give nothing in time.
    """
    if source == STDIN:
        return _from_bytes(read_standard_input(max_bytes), source, name="standard input")
    if is_url(source):
        from claims.fetch import fetch  # urllib and ssl load only when a URL is read

        page = fetch(source, max_bytes=max_bytes)
        if page.content_type == "application/pdf" or is_pdf(page.body):
            return _from_bytes(page.body, source, name=source, url=page.url)
        if page.content_type not in _TEXT_CONTENT_TYPES and "html" not in page.content_type:
            raise InputError(f"{source}: is {page.content_type}, not a web page or text")
        if page.charset:
            try:
                text = normalise_text(page.body.decode(page.charset, errors="replace"))
            except LookupError:
                text = decode_bytes(page.body, source)
        else:
            text = decode_bytes(page.body, source)
        as_html = page.content_type != "text/plain" or looks_like_html(text)
        return _from_text(text, source, name=source, as_html=as_html, url=page.url)
    return _from_bytes(read_path(Path(source), max_bytes), source, name=source)


def read_beginning(source: str, size: int = BEGINNING_BYTES, max_bytes: int = MAX_BYTES) -> Document | None:
    """The first paragraphs of a local text or Markdown file, cut at a line end, for the
    reader to show before the whole article is read and segmented.

    None when the beginning alone cannot be shown: standard input (it can be read only
    once), URLs and HTML (which need the whole page), FIFOs and devices (which must not
    keep the first frame waiting), UTF-16 and UTF-32 files (which are not cut at a
    newline byte), and any file read_document would refuse, so that it is read_document
    that reports the problem.
    """
    if source == STDIN or is_url(source) or Path(source).suffix.lower() in _HTML_SUFFIXES:
        return None
    try:
        found = os.stat(source)
        if not stat.S_ISREG(found.st_mode) or found.st_size > max_bytes:
            return None  # a FIFO or a device could keep the first frame waiting; too large is an error
        with open(source, "rb") as file:
            data = file.read(size + 1)
    except OSError:
        return None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)) or is_pdf(data):
        return None  # UTF-16 and UTF-32 (UTF-32 LE starts like UTF-16 LE); PDFs need the whole file
    if len(data) > size:
        data = data[: data.rfind(b"\n", 0, size) + 1]
    try:
        text = decode_bytes(data, source)
    except InputError:
        return None
    if not text.strip() or looks_like_html(text):
        return None
    return _from_text(_plain(text, source), source, name=source, as_html=False)


def _from_bytes(data: bytes, source: str, name: str, url: str | None = None) -> Document:
    if is_pdf(data):
        from claims.pdf import read_pdf  # pdfminer loads only when a PDF is read

        found = read_pdf(data, name)
        metadata = {**found.metadata, **({"url": url} if url else {})}
        return _from_parts(found.title, found.paragraphs, source, metadata)
    text = decode_bytes(data, name)
    suffix = Path(source).suffix.lower() if source != STDIN else ""
    as_html = suffix in _HTML_SUFFIXES or looks_like_html(text)
    return _from_text(text if as_html else _plain(text, source), source, name=name, as_html=as_html)


def _plain(text: str, source: str) -> str:
    """Text as the reader sees it: Markdown files lose their markup."""
    if source != STDIN and Path(source).suffix.lower() in _MARKDOWN_SUFFIXES:
        from claims.markdown import markdown_to_text  # its patterns compile only for Markdown

        return normalise_text(markdown_to_text(text))
    return text


def _from_text(text: str, source: str, name: str, as_html: bool, url: str | None = None) -> Document:
    if not text.strip():
        raise InputError(f"{name}: is empty")
    if as_html:
        article = extract_article(text, name, url=url)
        return _from_parts(article.title, article.paragraphs, source, article.metadata)
    first = next(line.strip() for line in text.split("\n") if line.strip())
    title = first if is_title(first) else _title_from(first)
    return _document(title, source, text, {"url": url} if url else {})


def _from_parts(title: str, paragraphs: list[str], source: str, metadata: Mapping[str, str]) -> Document:
    """A document from an extractor's title and paragraphs (a page, a PDF): the title heads
    it; without one, the first paragraph gives it."""
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if not title:
        return _document(_title_from(paragraphs[0]), source, "\n\n".join(paragraphs), metadata)
    return _document(title, source, "\n\n".join([title, *paragraphs]), metadata)


def _title_from(paragraph: str) -> str:
    """A title for an article that has none: its first sentence, cut at a word if long."""
    first = sentence_spans(paragraph, 0, len(paragraph))[0]
    sentence = paragraph[first[0] : first[1]]
    if len(sentence) <= TITLE_CHARS:
        return sentence
    return sentence[: sentence.rfind(" ", 0, TITLE_CHARS)].rstrip(" ,;:") + "\u2026"


def _document(title: str, source: str, text: str, metadata: Mapping[str, str]) -> Document:
    """The Document, with title and metadata as clean as the text (see strip_controls)."""
    return Document(
        title=_one_line(title),
        source=source,
        text=normalise_text(text),
        metadata={key: _one_line(value) for key, value in metadata.items()},
    )


def _one_line(text: str) -> str:
    return " ".join(strip_controls(text).split())
