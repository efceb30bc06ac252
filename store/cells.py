"""Spreadsheet safety for CSV cells, shared by every CSV claimdiff writes (and import).

Kept apart from the exporter so `claimdiff match --format csv` does not load the database.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import IO, Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
"""A cell starting with one of these is run as a formula by spreadsheet programs."""
GUARDED_STARTS = (*FORMULA_STARTS, "'")
"""Guarded with a leading quote: formulas, and text that starts with a quote itself, so that
import can take exactly one quote off whatever starts with one."""


def safe_cell(text: str) -> str:
    """Neutralise text a spreadsheet would run as a formula: a leading quote shows it as text."""
    return "'" + text if text.startswith(GUARDED_STARTS) else text


def unguard(text: str) -> str:
    """What safe_cell was given."""
    return text[1:] if text.startswith("'") else text


def write_guarded_csv(
    header: Sequence[str], rows: Iterable[Sequence[Any]], stream: IO[str], delimiter: str = ",", bom: bool = True
) -> int:
    """Write rows as CSV under their header (even with no rows), text guarded with safe_cell;
    returns how many rows. Only text is guarded: numbers pass untouched."""
    if bom:
        stream.write("\ufeff")
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow([safe_cell(v) if type(v) is str else v for v in row])
        count += 1
    return count
