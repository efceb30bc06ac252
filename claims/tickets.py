"""What ticket holders get when an event is called off: their money back against tickets kept for new dates ("Fans
will receive a full refund within 30 days" / "Ticket holders can use their tickets for a new date in September",
"Fans who bought tickets will receive full refunds" / "Tickets for the postponed shows remain valid for the new
dates"). It is one fact of the story; the two cannot both be right, though they share little but the tickets
(claims.told_once). An offer of either ("refunds or vouchers") tells neither."""

from __future__ import annotations

import re

from claims.reading import Reading
from claims.two_ways import Spans, told_two_ways_apart

REFUNDED, NOT_REFUNDED = "refunded", "not refunded"
_REFUNDED = re.compile(
    r"\b(?:(?:will|would|can|could|are\s+to|is\s+to)\s+(?:receive|get|be\s+offered|be\s+given|claim)\s+(?:a\s+)?"
    r"(?:full\s+)?refunds?|(?:will|would)\s+be\s+(?:fully\s+)?refunded|refunded\s+in\s+full)\b",
    re.IGNORECASE,
)
"""Money given back: "will receive a full refund", "will be refunded", "Tickets ... will be refunded in full"."""
_NOT_REFUNDED = re.compile(
    r"\b(?:remain|remains|stay|stays)\s+valid\b|\bvalid\s+for\s+(?:the\s+)?(?:new|rescheduled|next|postponed)\b"
    r"|\bkeep\s+their\s+tickets\b|\buse\s+their\s+tickets\s+for\b|\bvouchers?\b[^.;]{0,40}\binstead\b"
    r"|\b(?:will|would)\s+not\s+(?:be\s+)?refund(?:ed)?\b|\bno\s+refunds?\b",
    re.IGNORECASE,
)
"""Tickets kept or no money back: "remain valid for the new dates", "keep their tickets", "vouchers ... instead of
refunds", "will not be refunded", "There will be no refunds"."""
_EITHER = re.compile(r"\brefunds?\s+or\b|\bor\s+(?:a\s+)?(?:full\s+)?refunds?\b", re.IGNORECASE)
_TICKET_WORDS = frozenset(("refund", "refunds", "refunded", "valid", "tickets", "vouchers", "voucher"))


def ticket_fate(reading: Reading) -> str | None:
    """Whether a statement says ticket holders get their money back or keep their tickets, if it says one only."""
    if reading.words.isdisjoint(_TICKET_WORDS) or _EITHER.search(reading.text):
        return None
    kept = _NOT_REFUNDED.search(reading.text) is not None
    refunded = _REFUNDED.search(reading.text) is not None and not kept
    return REFUNDED if refunded else NOT_REFUNDED if kept else None


def ticket_fates_apart(a: Reading, b: Reading) -> Spans | None:
    """Where each tells what ticket holders get, when one says a refund and the other tickets kept or no refund."""
    return told_two_ways_apart(a, b, ticket_fate, _where)


def _where(text: str, fate: str) -> re.Match[str] | None:
    return (_REFUNDED if fate == REFUNDED else _NOT_REFUNDED).search(text)
