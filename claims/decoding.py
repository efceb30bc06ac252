"""Turn a file's bytes into text, or refuse them as binary, whatever encoding a site used."""

from __future__ import annotations

import codecs
import unicodedata

from claims.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192
# Bytes no text file holds, apart from tab, newlines, form feed and escape.
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13, 27))


def decode_bytes(data: bytes, name: str) -> str:
    """Decode article bytes: a BOM decides; else UTF-8; else cp1252, the usual legacy page.

    Binary content (NUL bytes or many control characters) is refused rather than shown
    as mojibake, because a reader can do nothing with it.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return normalise_text(data.decode(encoding, errors="replace"))
    head = data[:_SNIFF]
    if b"\x00" in head or (head and sum(head.count(c) for c in _CONTROL) > len(head) // 20):
        raise InputError(f"{name}: is a binary file, not an article")
    try:
        return normalise_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; a page using them is broken anyway.
        return normalise_text(data.decode("cp1252", errors="replace"))


def normalise_text(text: str) -> str:
    """One canonical form per article, so the same text pasted or saved again hashes the same.

    Line ends become "\\n", trailing spaces go, characters are NFC-composed, and blank
    lines at either end are dropped. Nothing visible changes.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
