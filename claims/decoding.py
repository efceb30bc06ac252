"""Turn a file's bytes into text, or refuse them as binary, whatever encoding a site used."""

from __future__ import annotations

import codecs
import re
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
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: cursor moves, clearing, colours
    r"|(?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS and the like
    r"|\x1b[ -/]*[0-~]"  # the rest: two- and three-character escapes
)
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


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
    lines at either end are dropped. Control characters go too (see strip_controls).
    """
    text = unicodedata.normalize("NFC", strip_controls(text.replace("\r\n", "\n").replace("\r", "\n")))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def strip_controls(text: str) -> str:
    """Text with no character a terminal would act on: escape sequences go whole, then
    any other C0 or C1 control (bell, backspace, DEL and the rest) and lone surrogates;
    vertical tab and form feed become line ends; tab and newline stay.

    Article text is hostile: an escape sequence in it could clear the screen, retitle the
    window, write to the clipboard (OSC 52) or plant a link (OSC 8) wherever it is shown.
    Stripped when a document is read, so its text, hash, offsets and every output agree.
    """
    if not _UNSAFE.search(text):
        return text
    text = _ESCAPE_SEQUENCE.sub("", text.replace("\v", "\n").replace("\f", "\n"))
    return _UNSAFE.sub("", text)
