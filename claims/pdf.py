"""Read the text of a PDF (reports, press releases) as paragraphs, with its title and author.

pdfminer.six does the reading: its layout analysis gives text blocks in reading order,
columns included, where pypdf gives lines with no paragraph breaks (bench/pdf_readers.py,
on PDFs made with LibreOffice: 13 of 15 paragraphs whole against 2). A block is a paragraph unless its lines change size
(a heading set above its first paragraph); lines are joined, a soft hyphen at a line's
end joins the word back. Imported only when a PDF is read.
"""

from __future__ import annotations

import io
import re
from typing import Any

from claims.document import ExtractedText
from claims.errors import InputError, missing_piece

PDF_MAGIC = b"%PDF-"
MAX_PAGES = 300
"""Longer documents are refused: layout analysis takes a while per page."""
_SIZE_CHANGE = 0.15
"""Lines whose letters differ in size by more than this share are different blocks."""
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")


def is_pdf(data: bytes) -> bool:
    return PDF_MAGIC in data[:1024]


def read_pdf(data: bytes, name: str) -> ExtractedText:
    """The paragraphs of a PDF's text layer; InputError for a scanned, encrypted, broken or
    too long one."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams, LTTextContainer
        from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
        from pdfminer.psexceptions import PSException
    except ImportError as error:  # a piece of the reader missing from this installation
        raise missing_piece(name, "PDFs", error) from None
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        pages = sum(1 for _ in PDFPage.create_pages(document))
        if pages > MAX_PAGES:
            raise InputError(f"{name}: has {pages} pages; claimdiff reads documents of up to {MAX_PAGES} pages")
        paragraphs: list[str] = []
        for page in extract_pages(io.BytesIO(data), laparams=LAParams()):
            for element in page:
                if isinstance(element, LTTextContainer):
                    paragraphs += _paragraphs(element)
        metadata = _metadata(document.info[0] if document.info else {})
    except (PDFEncryptionError, PDFPasswordIncorrect):
        raise InputError(f"{name}: is an encrypted PDF; save an unprotected copy to compare it") from None
    except (PSException, ValueError, KeyError, TypeError, AssertionError, IndexError) as error:
        raise InputError(f"{name}: is a damaged PDF ({' '.join(str(error).split()) or type(error).__name__})") from None
    if not paragraphs:
        raise InputError(f"{name}: has no text layer (a scanned PDF?); run it through OCR to compare it")
    title = metadata.pop("title", "")
    return ExtractedText(title=title, paragraphs=paragraphs, metadata=metadata)


def _paragraphs(block: Any) -> list[str]:
    """A text block's paragraphs: its lines joined, split where the letters change size."""
    from pdfminer.layout import LTChar, LTTextLine

    paragraphs: list[list[str]] = []
    previous_size = 0.0
    for line in block:
        if not isinstance(line, LTTextLine):
            continue
        text = line.get_text().strip()
        if not text:
            continue
        sizes = [character.size for character in line if isinstance(character, LTChar)]
        size = sum(sizes) / len(sizes) if sizes else previous_size
        if not paragraphs or (previous_size and abs(size - previous_size) > _SIZE_CHANGE * previous_size):
            paragraphs.append([])
        paragraphs[-1].append(text)
        previous_size = size
    return [joined for lines in paragraphs if (joined := _join_lines(lines))]


def _join_lines(lines: list[str]) -> str:
    joined = ""
    for line in lines:
        if joined.endswith("\u00ad"):
            joined = joined[:-1] + line  # a word the typesetter hyphenated at the line's end
        elif joined:
            joined += " " + line
        else:
            joined = line
    return " ".join(joined.split())


def _metadata(info: dict[str, Any]) -> dict[str, str]:
    """Title, author and date from the PDF's document information."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    found: dict[str, str] = {}
    for key, name in (("Title", "title"), ("Author", "author"), ("CreationDate", "published")):
        value = resolve1(info.get(key))
        if isinstance(value, bytes):
            value = decode_text(value)
        if not isinstance(value, str) or not value.strip():
            continue
        value = " ".join(value.split())
        if name == "published":
            date = _PDF_DATE.match(value)
            if date is None:
                continue
            value = "-".join(part for part in date.groups() if part)
        found[name] = value
    return found
