"""Sentence boundaries in news prose, as character spans.

A rule-based splitter, kept small and fast (10,000 statements in a few tens of
milliseconds; pySBD, the field's reference, takes seconds there). A candidate boundary is
end punctuation (a period, ! or ?, an ellipsis, with any closing quotes or brackets)
followed by white space; it is a boundary when what follows can start a sentence and no
rule says otherwise:

- abbreviations: titles and months (Mr., Nov. 5) never end a sentence; initials and
  initialisms (E. Smith, U.S., p.m.) and company endings (Co., Inc.) end one only before a
  word that starts sentences, a title, or, after "by the U.S.", a new subject and its verb;
- quotations: inside a quotation that ends in its speaker ("It's over! We won," he said),
  an inner ! or ? does not end the statement (a period does: each sentence is a claim);
- ellipses: three dots end a sentence before a capitalised word (but "I"), four always;
  "[...]" is an omission;
- lists: "1. ", "a) ", "• " items, at the start of a paragraph and numbered in sequence,
  are statements of their own, their markers no sentence ends;
- parentheses: "(Smith 55)." after a quotation belongs to it; "(He left.)" is a sentence.
"""

from __future__ import annotations

import re

_CLOSERS = "\"'\u2019\u201d\u00bb)\\]"
_TERMINAL = re.compile(rf"(?:\.(?:[ \u00a0]\.){{2,}}|[.!?\u2026]+)(?:[ \u00a0]?[!?])?[{_CLOSERS}]*(?=\s+(\S))")
_FIRST_WORD = re.compile(r"[\"'\u201c\u2018\u00ab(\[]*([^\s\"'\u2019\u201d,;:.!?)\]]+)(\.?)")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_OPENERS = "\"'\u201c\u2018\u00ab([\u00bf\u00a1"
_BULLETS = "\u2022\u2043\u2023\u25e6\u25aa\u25cf"
_BULLET = re.compile(f"[{_BULLETS}]")
_LIST_MARKER = re.compile(
    # Never empty: a bullet, or a number or letter with its dot or bracket, must be there.
    rf"(?=[{_BULLETS}]|(?:\d{{1,3}}|[a-z])(?:\.\)|\)|\.)[ \u00a0]|[A-Z]\.?\)[ \u00a0])"
    rf"(?P<bullet>[{_BULLETS}][ \u00a0]*)?"
    r"(?:(?P<number>\d{1,3})(?:\.\)|\)|\.)|(?P<letter>[a-z])(?:\.\)|\)|\.)|(?P<capital>[A-Z])(?:\.\)|\)))?"
    r"(?=[ \u00a0]+\S)"
)
_QUOTE_REACH = 400
"""How far ahead a quotation's end is looked for (a speaker's quotation is a few lines)."""

# Abbreviations after which a period does not end the sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col maj capt sgt cpl adm cmdr st mt ft rev hon pres
    supt insp det messrs mme jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed
    thu thur thurs fri sat sun dept univ assn bros vs v al approx ca cf ave blvd rd hwy""".split()
)
_BEFORE_NUMBERS = frozenset("no nos n\u00b0 n\u00ba vol vols fig figs p pp ch art sec".split())
"""Abbreviations only before a number ("No. 5", "p. 55"); "said no." ends a sentence."""
_TITLES = frozenset("mr mrs ms dr prof sen rep gov gen lt col maj capt sgt rev hon pres messrs mme".split())
# Abbreviations that also end sentences ("... Apple Inc. The company said"): split before a
# word that usually starts one.
_CLOSING_ABBREVIATIONS = frozenset("inc ltd co corp plc llc jr sr etc".split())
_SENTENCE_STARTERS = frozenset(
    """i you he she it we they me him her us them my your his its our their
    the a an this that these those some any each every all both no none many most several such another other
    and but or so yet nor because although though while whereas if unless when whenever where after before
    since until as once whether
    neither either nobody nothing everyone someone
    however meanwhile moreover furthermore also still then now later earlier today yesterday tomorrow instead
    indeed thus therefore nevertheless nonetheless even only just perhaps maybe yes not there here
    what who whom whose which why how
    did do does is are was were has have had can could will would should shall may might must
    in on at for from with by to of under over during despite according among about against without within
    through amid following
    one two three four five six seven eight nine ten
    officials police it's that's there's""".split()
)
_PREPOSITIONS = frozenset("by in to from with against for on at of".split())
_FINITE_VERBS = frozenset(
    """said says say is are was were has have had will would could can should may might must did does do
    told warned denied admitted insisted argued""".split()
)
_INTRODUCTORY_WORDS = 3
"""A sentence of at most this many words before "a.m." or "U.S." is still its opening phrase
("At 5 a.m. Mr. Smith went ..."): a title after it does not start a new sentence."""


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] into sentences; returns (start, end) pairs without outer spaces."""
    spans: list[tuple[int, int]] = []
    for item_start, body_start, item_end in _list_items(text, start, end):
        spans += _sentences(text, item_start, body_start, item_end)
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def starts_list(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] starts with a list marker ("1. ", "a) ", "• ")."""
    marker = _LIST_MARKER.match(text, start, end)
    return marker is not None and bool(marker.group(0).strip())


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The span as list items: (item start, where its text starts after the marker, item end).
    A bullet ("• ") always starts an item; a number or letter ("1. ", "a) ") only at the start
    of the span, or going on in sequence from one there (1. then 2., a) then b))."""
    position = start
    while position < end and text[position].isspace():
        position += 1
    first = _LIST_MARKER.match(text, position, end)
    markers = [first] if first is not None and first.group(0).strip() else []
    if not markers and _BULLET.search(text, position, end) is None:
        return [(start, start, end)]  # the usual paragraph: no list in it (looked for in one quick pass)
    expected = _next_in_sequence(markers[0]) if markers else None
    for found in _LIST_MARKER.finditer(text, markers[0].end() if markers else position, end):
        if not found.group(0).strip() or found.start() == position or not text[found.start() - 1].isspace():
            continue
        if found.group("bullet") or (expected is not None and _value(found) == expected):
            markers.append(found)
            expected = _next_in_sequence(found)
    if not markers:
        return [(start, start, end)]
    items = [(start, start, markers[0].start())] if markers[0].start() > position else []
    for number, marker in enumerate(markers):
        item_end = markers[number + 1].start() if number + 1 < len(markers) else end
        items.append((marker.start(), marker.end(), item_end))
    return items


def _value(marker: re.Match[str]) -> str | None:
    return marker.group("number") or marker.group("letter") or marker.group("capital")


def _next_in_sequence(marker: re.Match[str]) -> str | None:
    value = _value(marker)
    if value is None:
        return None
    return str(int(value) + 1) if value.isdigit() else chr(ord(value) + 1)


def _sentences(text: str, begin: int, body: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[begin:end], looking for boundaries only from body on (after a
    list marker)."""
    spans: list[tuple[int, int]] = []
    for match in _TERMINAL.finditer(text, body, end):
        cut = _boundary(text, begin, match, end)
        if cut is not None:
            spans.append((begin, cut))
            begin = cut
    spans.append((begin, end))
    return spans


def _boundary(text: str, begin: int, match: re.Match[str], end: int) -> int | None:
    """Where the sentence ends at this candidate, or None if it goes on."""
    cluster = match.group(0)
    dots = cluster.count(".") + 3 * cluster.count("\u2026")
    spaced = " ." in cluster or "\u00a0." in cluster
    if spaced and text[match.start() - 1 : match.start()].strip() and _starts_sentence(text, match.start(1), end):
        # "compounds. . . . The practice": the period ends the sentence, the ellipsis starts the next
        return match.start() + 1
    if not _starts_sentence(text, match.start(1), end):
        return None
    if "!" in cluster or "?" in cluster:
        return None if _within_quotation(text, begin, match.start(), end) else match.end()
    if cluster.startswith(".") and text[match.start() - 1 : match.start()] == "[":
        return None  # "[...]": words left out of a quotation
    if dots >= 4:
        return match.end()
    if dots >= 2:
        # An ellipsis: a sentence ends if a capitalised word follows ("Talks ended... Delegates
        # left."), but not before "I", capitalised wherever it stands ("the thing is ... I didn't").
        word = _FIRST_WORD.match(text, match.start(1))
        pronoun = word is not None and re.fullmatch(r"I(?:['\u2019]\w+)?", word.group(1)) is not None
        return match.end() if text[match.start(1)].isupper() and not pronoun else None
    if cluster.lstrip(".") and cluster.lstrip(".")[0] in _CLOSERS and dots == 1:
        return match.end()  # a closing quote or bracket after the period
    return match.end() if _ends_at_period(text, begin, match) else None


def _starts_sentence(text: str, position: int, end: int) -> bool:
    """Whether what starts at position can start a sentence."""
    first = text[position]
    if first == "(":
        # "(He left.)" is a sentence; "(Smith 55)." after a quotation is its citation.
        closing = text.find(")", position, end)
        return closing > 0 and bool(re.search(r"[.!?]", text[position:closing]))
    if first == ".":
        return text.startswith(". .", position)  # an ellipsis opening the next sentence
    return first.isupper() or first.isdigit() or first in _OPENERS


def _within_quotation(text: str, begin: int, position: int, end: int) -> bool:
    """Inside a quotation that ends with its speaker ("It's over! We won," he said): an
    exclamation or a question there is part of what was said, not the end of the statement."""
    opened = text.count("\u201c", begin, position) - text.count("\u201d", begin, position)
    if opened > 0:
        closing = text.find("\u201d", position, min(end, position + _QUOTE_REACH))
    elif text.count('"', begin, position) % 2 == 1:
        closing = text.find('"', position, min(end, position + _QUOTE_REACH))
    else:
        return False
    if closing < 0:
        return False
    after = text[closing + 1 : closing + 3].lstrip()
    return text[closing - 1] == "," or (bool(after) and after[0].islower())


def _ends_at_period(text: str, begin: int, match: re.Match[str]) -> bool:
    """A single period: a sentence end unless the word before it is an abbreviation."""
    token = _last_token(text, begin, match.start()).lstrip(_OPENERS)
    lowered = token.lower()
    word = _FIRST_WORD.match(text, match.start(1))
    following = word.group(1).lower() if word else ""
    if lowered in _ABBREVIATIONS or (lowered in _BEFORE_NUMBERS and following[:1].isdigit()):
        return False
    if lowered in _CLOSING_ABBREVIATIONS:
        return following in _SENTENCE_STARTERS
    if not _INITIALISM.fullmatch(token):
        return True
    if following in _SENTENCE_STARTERS:
        return True
    if not word or not word.group(1)[:1].isupper():
        return False
    if len(token) == 1:
        return False  # an initial ("Albert I. Jones"); "you and I. Did you" ended before a starter
    words_before = text[begin : match.start()].split()
    if following in _TITLES and word.group(2):
        return len(words_before) > _INTRODUCTORY_WORDS  # "at 6 P.M. Mr. Smith then went"
    return _new_subject_after_object(text, words_before, word.end())


def _new_subject_after_object(text: str, words_before: list[str], after_word: int) -> bool:
    """Whether, as in "imposed by the U.S. Democrats objected", the initialism closes a phrase
    after a preposition, and a capitalised word and its verb follow."""
    if len(words_before) < 3 or words_before[-3].lower() not in _PREPOSITIONS or words_before[-2].lower() != "the":
        return False
    verb = re.match(r"\s+([a-z]+)", text[after_word : after_word + 40])
    if verb is None:
        return False
    return verb.group(1) in _FINITE_VERBS or (len(verb.group(1)) > 3 and verb.group(1).endswith("ed"))


def _last_token(text: str, begin: int, end: int) -> str:
    """The run of non-space characters that ends at `end` (the word before a period)."""
    start = end
    while start > begin and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
