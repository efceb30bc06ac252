"""Read an article from a file, standard input or a URL into a Document."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

from claims.decoding import decode_bytes, normalise_text
from claims.document import Document
from claims.errors import InputError
from claims.html import extract_article, looks_like_html
from claims.markdown import markdown_to_text

STDIN = "-"
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
_TEXT_CONTENT_TYPES = {"text/plain", "text/markdown"}


def is_url(source: str) -> bool:
    """Only http and https are fetched; anything else is taken as a path."""
    return source.lower().startswith(("http://", "https://"))


def read_document(source: str) -> Document:
    """Read a path, "-" (standard input) or an http(s) URL.

    Raises InputError, with one line naming the input, for anything a user can fix:
    missing paths, directories, binary files, empty articles, unreachable URLs.
    """
    if source == STDIN:
        return _from_bytes(sys.stdin.buffer.read(), source, name="standard input")
    if is_url(source):
        from claims.fetch import fetch  # urllib and ssl load only when a URL is read

        page = fetch(source)
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
    return _from_bytes(_read_file(Path(source)), source, name=source)


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not an article") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None


def _from_bytes(data: bytes, source: str, name: str) -> Document:
    text = decode_bytes(data, name)
    suffix = Path(source).suffix.lower() if source != STDIN else ""
    as_html = suffix in _HTML_SUFFIXES or looks_like_html(text)
    if not as_html and suffix in _MARKDOWN_SUFFIXES:
        text = normalise_text(markdown_to_text(text))
    return _from_text(text, source, name=name, as_html=as_html)


def _from_text(text: str, source: str, name: str, as_html: bool, url: str | None = None) -> Document:
    if not text.strip():
        raise InputError(f"{name}: is empty")
    if as_html:
        article = extract_article(text, name, url=url)
        body = "\n\n".join([article.title, *article.paragraphs])
        return _document(article.title, source, body, article.metadata)
    title = next(line.strip() for line in text.split("\n") if line.strip())
    return _document(title, source, text, {"url": url} if url else {})


def _document(title: str, source: str, text: str, metadata: Mapping[str, str]) -> Document:
    return Document(title=title, source=source, text=normalise_text(text), metadata=dict(metadata))
