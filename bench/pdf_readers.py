"""PDF readers compared on the PDFs in tests/data/pdfs (made with LibreOffice from the HTML
and flat-ODT files beside them): how many of the source's paragraphs each reader gives
back whole, and whether in reading order. pdfminer.six (what claimdiff uses, through
claims.pdf) against pypdf's plain text extraction, whose lines are taken as paragraphs.

    pip install -e '.[bench]' && python -m bench.pdf_readers
"""

from __future__ import annotations

import html
import io
import re
import time
from pathlib import Path

from claims.pdf import read_pdf

PDFS = Path(__file__).resolve().parent.parent / "tests" / "data" / "pdfs"
SOURCES = {"press.pdf": "press.html", "columns.pdf": "columns.fodt"}


def source_paragraphs(path: Path) -> list[str]:
    markup = path.read_text(encoding="utf-8")
    found = re.findall(r"<(?:p|li|h\d|text:p)\b[^>]*>(.*?)</(?:p|li|h\d|text:p)>", markup, re.DOTALL)
    paragraphs = [" ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split()) for text in found]
    return list(dict.fromkeys(p for p in paragraphs if p))


def pypdf_paragraphs(data: bytes) -> list[str] | None:
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def score(expected: list[str], found: list[str]) -> tuple[int, bool]:
    """Paragraphs found whole, and whether those come in the source's order."""
    positions = [found.index(paragraph) for paragraph in expected if paragraph in found]
    return len(positions), positions == sorted(positions)


def main() -> None:
    for pdf, source in SOURCES.items():
        expected = source_paragraphs(PDFS / source)
        data = (PDFS / pdf).read_bytes()
        start = time.perf_counter()
        mined = read_pdf(data, pdf)
        seconds = time.perf_counter() - start
        ours = [mined.title, *mined.paragraphs]
        whole, ordered = score(expected, ours)
        line = f"{pdf}: {len(expected)} paragraphs; pdfminer.six {whole} whole, {'in' if ordered else 'out of'} order"
        line += f" ({seconds * 1000:.0f} ms)"
        other = pypdf_paragraphs(data)
        if other is None:
            line += "; pypdf not installed (pip install -e '.[bench]')"
        else:
            whole, ordered = score(expected, other)
            line += f"; pypdf {whole} whole, {'in' if ordered else 'out of'} order"
        print(line)


if __name__ == "__main__":
    main()
