"""Tell page furniture (menus, prompts, neighbouring headlines) from the article's prose.

General rules, not a list of strings: the body runs from the first to the last line of
prose; short lines outside it are furniture, short lines that repeat are furniture
anywhere, and short unpunctuated lines inside it are headings. Inside the body too, a
line that does what furniture does is furniture: it asks the reader to act on the page
(subscribe, sign in, share, accept cookies, read more), credits a photo, an agency or the
copyright holder, or heads a list of other articles. Nothing is removed: the kind only
tells the reader to dim it and the matcher to leave it out.
"""

from __future__ import annotations

import re

from claims.document import StatementKind
from claims.sentences import sentence_spans, starts_list

_WORD = re.compile(r"\w+")
_TERMINAL = re.compile(r"[.!?\u2026][\"'\u2019\u201d\u00bb)\]]*$")
PROSE_MIN_WORDS = 6
"""A punctuated line this long is prose; shorter ones are prompts and labels."""
PROSE_ANY_WORDS = 20
"""A line this long is prose even without end punctuation (a pasted paragraph)."""
SHORT_LINE_WORDS = 12
"""Repeated or unpunctuated lines up to this length are furniture or headings."""
HEADING_MIN_WORDS = 4
"""A line right before the first paragraph, unpunctuated and this long, is its heading."""
TITLE_MAX_WORDS = 25
"""A first line longer than this is the article's first paragraph, not its title."""
FURNITURE_MAX_WORDS = 30
"""Lines longer than this are prose, whatever words they use."""
_PAGE_ACTIONS = re.compile(
    r"^\W*(?:please\s+)?(?:sign\s*up|subscribe|log\s*in|sign\s*in|register\s+(?:now|for|to)|follow\s+us"
    r"|share\s+(?:this|on|via)|click\s+here|tap\s+here|download\s+(?:our|the)\s+app|get\s+(?:our|the)\s+app"
    r"|read\s+(?:more|also|next)|continue\s+reading|see\s+also|accept\s+(?:all\s+)?cookies|skip\s+to\s+\w+"
    r"|listen\s+to\s+this\s+article)\b"
    # labels that stand alone, or before a colon: "Related:", "Advertisement"
    r"|^\W*(?:related(?:\s+(?:articles?|stories|content|coverage))?|more\s+(?:on\s+this|stories)|recommended"
    r"|advertisement|sponsored(?:\s+content)?)\s*(?::|$)",
    re.IGNORECASE,
)
_SITE_NOTICES = re.compile(
    r"newsletter.{0,60}\b(?:sign|subscribe|inbox|e-?mail)|\b(?:sign|subscribe).{0,60}newsletter"
    r"|\b(?:we|this\s+(?:site|website))\s+uses?\s+cookies|cookie\s+(?:policy|settings|preferences)"
    r"|all\s+rights\s+reserved|^\W*(?:\u00a9|copyright\b|\(c\)\s*\d{4})"
    r"|^\W*(?:photo|image|picture|video|graphic|illustration|credit)s?(?:\s+credit)?\s*[:/|]"
    r"|\b(?:getty\s+images|shutterstock|ap\s+photo|afp\s+via\s+getty|file\s+photo)\b"
    r"|^\W*(?:(?:additional\s+)?reporting|writing|editing)\s+by\b"
    r"|^\W*\(?(?:reuters|ap|afp|dpa|efe|xinhua|ansa|upi|pti|bloomberg)\)?\W*$",
    re.IGNORECASE,
)
_RELATED_HEADING = re.compile(
    r"^\W*(?:related|read\s+(?:more|also|next)|more\s+(?:on\s+this|from\s+\w+|stories)|see\s+also"
    r"|recommended|you\s+may\s+also\s+like|most\s+read|popular)\W*(?:\w+\W*){0,3}$",
    re.IGNORECASE,
)


def is_page_furniture(line: str, words: int) -> bool:
    """A line that does what page furniture does (see the module's docstring)."""
    return words <= FURNITURE_MAX_WORDS and bool(_PAGE_ACTIONS.search(line) or _SITE_NOTICES.search(line))


_ENDS_WITH_PERIOD = re.compile(r"\.[\"'\u2019\u201d\u00bb)\]]*$")


def is_title(line: str) -> bool:
    """Whether an article's first line is its title. A headline is one sentence (it may ask
    or exclaim) that does not end with a period; a first line of several sentences, or one
    that ends like a sentence of prose, is the first paragraph of an article without one."""
    line = line.strip()
    if not line or len(_WORD.findall(line)) > TITLE_MAX_WORDS or _ENDS_WITH_PERIOD.search(line):
        return False
    return len(sentence_spans(line, 0, len(line))) == 1


def _furniture_lines(lines: list[str], words: list[int], punctuated: list[bool]) -> list[bool]:
    """Which lines are furniture by what they do, and the lists that a "Related" or "Read
    more" heading introduces (up to the next line of prose)."""
    furniture = [is_page_furniture(line, count) for line, count in zip(lines, words, strict=True)]
    in_related_list = False
    for index, line in enumerate(lines):
        if _RELATED_HEADING.match(line) and not punctuated[index]:
            in_related_list = furniture[index] = True
        elif in_related_list and (punctuated[index] and words[index] >= PROSE_MIN_WORDS):
            in_related_list = False
        elif in_related_list:
            furniture[index] = True
    return furniture


def reads_as_sentence(text: str) -> bool:
    """A list item that is a sentence of prose, and so a claim like any other."""
    return bool(_TERMINAL.search(text)) and len(_WORD.findall(text)) >= PROSE_MIN_WORDS


CLOSING_MIN_WORDS = 4
"""A short sentence right after the last paragraph, this long, ends the article ("The funeral
will be private.", "No injuries have been reported."); shorter ones sign off ("Thanks for
reading."), unless they give a figure ("Arakawa was 65.", "He was 95.": CLOSING_FIGURE_MIN_WORDS)."""
CLOSING_FIGURE_MIN_WORDS = 3
_FIGURE = re.compile(r"\d")


def _closes_the_article(line: str, words: int) -> bool:
    """A short sentence of prose right after the body: capitalised, ending with a period, not
    furniture. One that gives a figure may open on a name written in lower case ("ispace shares dropped
    12%.")."""
    text = line.strip()
    figure = _FIGURE.search(text) is not None
    return (
        (words >= CLOSING_MIN_WORDS or (words >= CLOSING_FIGURE_MIN_WORDS and figure))
        and (text[:1].isupper() or (figure and words >= CLOSING_MIN_WORDS))
        and bool(_ENDS_WITH_PERIOD.search(text))
        and not is_page_furniture(text, words)
    )


def _is_prose(line: str, words: int, punctuated: bool) -> bool:
    """Prose: a punctuated line of some length, or of more than one sentence ("Hello!! Long
    time no see."), or any long line."""
    if words >= PROSE_ANY_WORDS or (punctuated and words >= PROSE_MIN_WORDS):
        return True
    return punctuated and len(sentence_spans(line, 0, len(line))) > 1


def classify_lines(lines: list[str]) -> list[StatementKind]:
    """Kind of each line of an article; the first line is the title if it reads as one."""
    if not lines:
        return []
    titled = is_title(lines[0])
    words = [len(_WORD.findall(line)) for line in lines]
    punctuated = [bool(_TERMINAL.search(line)) for line in lines]
    furniture = _furniture_lines(lines, words, punctuated)
    prose = [
        not (titled and index == 0) and not furniture[index] and _is_prose(line, count, punctuated[index])
        for index, (line, count) in enumerate(zip(lines, words, strict=True))
    ]
    if not any(prose):
        # Nothing long enough to be the body: then what is punctuated, or a list, is (a short
        # note, a quotation on its own), rather than an article of furniture.
        prose = [
            not (titled and index == 0) and (punctuated[index] or starts_list(line, 0, len(line)))
            for index, line in enumerate(lines)
        ]
    # Only short lines can be repeated furniture; long ones are never compared.
    keys = [
        " ".join(_WORD.findall(line.casefold())) if count <= SHORT_LINE_WORDS else ""
        for line, count in zip(lines, words, strict=True)
    ]
    seen: dict[str, int] = {}
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
    prose_lines = [index for index, is_prose in enumerate(prose) if is_prose]
    first = prose_lines[0] if prose_lines else len(lines)
    last = prose_lines[-1] if prose_lines else 0
    while prose_lines and last + 1 < len(lines) and _closes_the_article(lines[last + 1], words[last + 1]):
        last += 1
        prose[last] = True

    kinds = [StatementKind.TITLE] if titled else []
    for index in range(len(kinds), len(lines)):
        short = words[index] <= SHORT_LINE_WORDS
        if furniture[index] or (short and seen[keys[index]] > 1 and not prose[index]):
            kinds.append(StatementKind.BOILERPLATE)
        elif prose[index]:
            kinds.append(StatementKind.BODY)
        elif index == first - 1 and not punctuated[index] and words[index] >= HEADING_MIN_WORDS:
            kinds.append(StatementKind.HEADING)  # the heading of the first paragraph, not a menu
        elif index < first or index > last:
            kinds.append(StatementKind.BOILERPLATE)
        elif short and not punctuated[index]:
            kinds.append(StatementKind.HEADING)
        else:
            kinds.append(StatementKind.BODY)
    return kinds
