"""Spreadsheet safety for CSV cells, shared by every CSV claimdiff writes (and import).

Kept apart from the exporter so `claimdiff match --format csv` does not load the database.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
"""A cell starting with one of these is run as a formula by spreadsheet programs."""


def safe_cell(text: str) -> str:
    """Neutralise text a spreadsheet would run as a formula: a leading quote shows it as text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
