"""The reason for a verdict, as a person reads it: the weightiest words both statements say and,
for a conflict, what disagrees ("6.1 / 5.9 magnitude", "has not supplied / providing"), with
where those words stand in each statement for the reader to mark."""

from __future__ import annotations

import heapq
import re

from claims.abstentions import abstained_against_voted, unanimous_against_split
from claims.appeals import appeal_outcomes_apart
from claims.causes import cause_told_against_unknown, kinds_of_cause_apart
from claims.codes import codes_apart
from claims.comments import comment_declined_against_made, unsaid_against_avowed
from claims.completions import closings_apart
from claims.contrasts import Contrast, find_contrast
from claims.decisions import decision_open_against_taken
from claims.exclusives import only_against_both
from claims.expectations import expectations_apart
from claims.first_times import (
    first_against_earlier,
    first_in_a_while_against_a_recent_one,
    first_since_against_another_last,
    rank_against_times_before,
)
from claims.headings import headings_apart
from claims.open_questions import sum_told_against_not_estimated, told_against_not_known
from claims.opposition import ANY_AGENT, Opposed, find_opposition
from claims.placings import SwappedPlacing, swapped_placing
from claims.polarity import AUXILIARIES, Stance
from claims.prospects import to_come_against_done
from claims.quantities import AGES_LISTED, RACE_TIME, VOTE
from claims.quantity import Kind, Quantity
from claims.reading import Reading
from claims.records import record_broken_against_missed
from claims.relation import Difference, Mark, Relation, Why
from claims.restatement import Weight
from claims.risks import danger_feared_against_ruled_out
from claims.roles import chosen_apart, swapped_roles
from claims.ruled_out import ruled_out_against_open
from claims.streaks import streaks_apart
from claims.told_once import told_once_apart
from claims.values_compared import (
    agreeing_tellingly,
    agreeing_values,
    bare_numbers_apart,
    tolls_of_a_place_both_name,
    value_differences,
)
from claims.verdict import (
    countries_apart,
    months_moved_apart,
    once_told_apart,
    one_event_in_two_months,
)
from claims.year_ranges import year_ranges_apart

SHARED_SHOWN = 4


def explain(a: Reading, b: Reading, relation: Relation, weight: Weight, headlines: bool = False) -> Why:
    """The reason for a verdict: the weightiest words both say, and what disagrees; for two
    `headlines` found the same claim, that they are (they need share no word to be).

    Marks point at what differs and at the first place of each shared word shown; a reader
    that wants every shared word marked finds the rest from `shared`, one pair at a time.
    """
    common = a.terms & b.terms
    weighted = sorted((-weight(term), term) for term in common) if len(common) <= 3 * SHARED_SHOWN else None
    shared = (
        [t for _, t in weighted]
        if weighted is not None
        else heapq.nsmallest(3 * SHARED_SHOWN, common, key=lambda term: (-weight(term), term))
    )
    shown: list[str] = []
    seen: set[str] = set()
    marks_a: list[Mark] = []
    marks_b: list[Mark] = []
    for term in shared:
        where_a, where_b = a.first_word(term), b.first_word(term)
        if where_a is None or where_b is None:
            continue
        word = a.text[where_a[0] : where_a[1]]
        if word.lower() in seen:
            continue
        seen.add(word.lower())
        shown.append(word)
        marks_a.append(Mark(*where_a, "shared"))
        marks_b.append(Mark(*where_b, "shared"))
        if len(shown) == SHARED_SHOWN:
            break
    differences: list[Difference] = []
    if relation is Relation.CONFLICT:
        opposed = find_opposition(a, b)
        if opposed is not None:
            differences.append(_polarity_difference(a, b, opposed, marks_a, marks_b))
        _add_opposites(a, b, find_contrast(a, b), differences, marks_a, marks_b)
        for x, y in value_differences(a, b, 1.0) or tolls_of_a_place_both_name(a, b):
            differences.append(_value_difference(a.text[x.start : x.end], b.text[y.start : y.end], x, y))
            marks_a.append(Mark(x.start, x.end, "differs"))
            marks_b.append(Mark(y.start, y.end, "differs"))
        if not differences:  # one claim but for opposites apart from what they are said of
            _add_opposites(a, b, find_contrast(a, b, beside_one_thing=False), differences, marks_a, marks_b)
        if not differences:
            _add_swapped_placing(a, b, swapped_placing(a, b), differences, marks_a, marks_b)
        told_apart = once_told_apart(a, b) if not differences else None
        told_apart = told_apart or (first_against_earlier(a, b) if not differences else None)
        told_apart = told_apart or (record_broken_against_missed(a, b) if not differences else None)
        told_apart = told_apart or (danger_feared_against_ruled_out(a, b) if not differences else None)
        told_apart = told_apart or (headings_apart(a, b) if not differences else None)
        told_apart = told_apart or (streaks_apart(a, b) if not differences else None)
        told_apart = told_apart or (first_since_against_another_last(a, b) if not differences else None)
        told_apart = told_apart or (first_in_a_while_against_a_recent_one(a, b) if not differences else None)
        ranked = rank_against_times_before(a, b) if not (differences or told_apart) else None
        told_apart = told_apart or (ranked[:2] if ranked is not None and not ranked[2] else None)
        told_apart = told_apart or (appeal_outcomes_apart(a, b) if not differences else None)
        told_apart = told_apart or (ruled_out_against_open(a, b) if not differences else None)
        told_apart = told_apart or (to_come_against_done(a, b) if not differences else None)
        told_apart = told_apart or (decision_open_against_taken(a, b) if not differences else None)
        told_apart = told_apart or (cause_told_against_unknown(a, b) if not differences else None)
        told_apart = told_apart or (kinds_of_cause_apart(a, b) if not differences else None)
        told_apart = told_apart or (told_once_apart(a, b) if not differences else None)
        told_apart = told_apart or (told_against_not_known(a, b) if not differences else None)
        told_apart = told_apart or (sum_told_against_not_estimated(a, b) if not differences else None)
        told_apart = told_apart or (one_event_in_two_months(a, b) if not differences else None)
        told_apart = told_apart or (closings_apart(a, b) if not differences else None)
        told_apart = told_apart or (swapped_roles(a, b) if not differences else None)
        told_apart = told_apart or (chosen_apart(a, b) if not differences else None)
        told_apart = told_apart or (countries_apart(a, b) if not differences else None)
        told_apart = told_apart or (year_ranges_apart(a, b) if not differences else None)
        told_apart = told_apart or (bare_numbers_apart(a, b) if not differences else None)
        told_apart = told_apart or (codes_apart(a, b) if not differences else None)
        told_apart = told_apart or (abstained_against_voted(a, b) if not differences else None)
        told_apart = told_apart or (unanimous_against_split(a, b) if not differences else None)
        told_apart = told_apart or (only_against_both(a, b) if not differences else None)
        told_apart = told_apart or (expectations_apart(a, b) if not differences else None)
        told_apart = told_apart or (comment_declined_against_made(a, b) if not differences else None)
        told_apart = told_apart or (unsaid_against_avowed(a, b) if not differences else None)
        # a step moved to one time against another set for it: the two times, beside "postponed / on track"
        told_apart = told_apart or months_moved_apart(a, b)
        if told_apart is not None:  # "opened in 2020" / "began in 2019": the two times
            (start_a, end_a), (start_b, end_b) = told_apart
            differences.append(Difference(a.text[start_a:end_a], b.text[start_b:end_b], ""))
            marks_a.append(Mark(start_a, end_a, "differs"))
            marks_b.append(Mark(start_b, end_b, "differs"))
    bases = [f'reads "this" as {reading.antecedent}' for reading in (a, b) if reading.antecedent]
    if relation is Relation.SAME:
        if headlines:
            bases.append(HEADLINES)
        agreed = agreeing_values(a, b)
        if agreed is not None and agreeing_tellingly(a, b, agreed):  # "207 to 394 / 207 to 394": a figure both give
            x, y = agreed
            written_a, written_b = a.text[x.start : x.end], b.text[y.start : y.end]
            if x.unit == VOTE:
                written_a, written_b = _sides(written_a) or written_a, _sides(written_b) or written_b
            if written_a.isalpha() and written_b.isalpha():  # "Three" / "three": one number, spelled
                written_a, written_b = written_a.lower(), written_b.lower()
            if x.kind is Kind.DURATION:  # "both give 90 days / three months": each in its unit
                written_a, written_b = _with_unit(written_a, x.label), _with_unit(written_b, y.label)
            told = f"{written_a}" + ("" if written_a == written_b else f" / {written_b}")
            if x.kind is Kind.COUNT and x.unit != VOTE and not (x.none_or_some or y.none_or_some):
                told = f"{told} {x.unit}"  # "both give three dead"; not "no injuries / Nobody was hurt injured"
            elif x.unit == AGES_LISTED:  # "both give ages 12 and 15": the list is what tells
                told = "ages " + " and ".join(
                    f"{value:g}" for value in sorted(q.value for q in a.by_thing[(x.kind, x.unit)])
                )
            bases.append(f"both give {told}")
            marks_a.append(Mark(x.start, x.end, "shared"))
            marks_b.append(Mark(y.start, y.end, "shared"))
    basis = "; ".join(bases)
    return Why(tuple(shown), _without_repeats(differences), _tidy(marks_a), _tidy(marks_b), basis)


HEADLINES = "the two headlines"
"""The basis of a same claim found between two articles' headlines, however few words they share;
the other is a precise figure both give ("both give 207 to 394"), which seldom agrees by chance."""


def _without_repeats(differences: list[Difference]) -> tuple[Difference, ...]:
    """The differences, less any another one already tells: "fifth / fourth", the rival words,
    within "fifth / fourth eruption", the ranks."""
    return tuple(
        d
        for d in differences
        if not any(e is not d and d.a in e.a and d.b in e.b and _tells_more(e, d) for e in differences)
    )


def _tells_more(e: Difference, d: Difference) -> bool:
    return len(e.a + e.b) > len(d.a + d.b) or (bool(e.what) and not d.what)


_SELF_NAMED = frozenset(
    (
        Kind.WEEKDAY,
        Kind.DATE,
        Kind.DISTANCE,
        Kind.AREA,
        Kind.WEIGHT,
        Kind.SPEED,
        Kind.POWER,
        Kind.TEMPERATURE,
        Kind.PERCENT,
        Kind.SCORE,
        Kind.CLOCK,
    )
)
"""Kinds of value whose label is the value itself ("Friday", "03-14") or written with it ("80
km", "12,000 acres", "4.1%"): nothing to add to it."""
_WRITTEN_UNITS = frozenset((Kind.COUNT, Kind.DURATION))
"""Kinds of value whose label is the word written with it ("jobs", "positions"; "weeks", "days")."""


def _value_difference(written_a: str, written_b: str, x: Quantity, y: Quantity) -> Difference:
    """ "6.1 / 5.9 magnitude"; each with its unit when the two are written in different ones
    ("three weeks / 26 days"); a day or a date names itself ("Friday / Wednesday"), and so does a
    vote, by its two sides ("118 to 0 / 122 to 0")."""
    sides_a, sides_b = (_sides(written) if x.unit == VOTE else None for written in (written_a, written_b))
    if sides_a is not None and sides_b is not None:
        return Difference(sides_a, sides_b, "")
    if x.kind in _SELF_NAMED or RACE_TIME in (x.label, y.label):  # "2:11:12 / 2:11:53"
        return Difference(written_a, written_b, "")
    if x.none_or_some and y.none_or_some:  # "No one was injured / with minor injuries": words only
        return Difference(written_a, written_b, "")
    if y.none_or_some:  # "Two dead / survived": the label goes with the number
        return Difference(f"{written_a} {x.label}", written_b, "")
    if x.label and (x.label in written_a or x.label in written_b):  # "4 on a scale of 5 / 3 out of 5"
        if x.kind in _WRITTEN_UNITS and x.label == y.label:  # "11 and a half years / 15 years"
            return Difference(_with_unit(written_a, x.label), _with_unit(written_b, y.label), "")
        return Difference(written_a, written_b, "")
    if x.label == y.label or x.kind not in _WRITTEN_UNITS:
        return Difference(written_a, written_b, x.label)
    return Difference(_with_unit(written_a, x.label), _with_unit(written_b, y.label), "")


def _sides(vote: str) -> str | None:
    """A vote's split as "for to against", however it is written ("207 lawmakers voted in favour
    of Scholz, while 394 voted against": "207 to 394"; "49 votes in favour and none against": "49
    to 0"); none for a margin ("by one vote")."""
    if _WRITTEN_AS_SPLIT.fullmatch(vote.strip()):
        return vote  # "6-3", "118 to 0": as written
    sides = [side if side[0].isdigit() else "0" for side in _SIDE.findall(vote)]
    return " to ".join(sides) if len(sides) == 2 else None


_WRITTEN_AS_SPLIT = re.compile(r"\d+\s*(?:-|\u2013|to)\s*\d+")
_SIDE = re.compile(r"\d+|\b(?:none|no one|nobody)\b", re.IGNORECASE)


def _with_unit(written: str, unit: str) -> str:
    """A value with its unit, unless written with it already ("a year", not "a year years")."""
    return written if unit.rstrip("s") and unit.rstrip("s") in written.lower() else f"{written} {unit}".strip()


def _add_opposites(
    a: Reading,
    b: Reading,
    contrast: Contrast | None,
    differences: list[Difference],
    marks_a: list[Mark],
    marks_b: list[Mark],
) -> None:
    """ "rose" / "fell": a contrast of opposites, as written in each."""
    if contrast is None or not contrast.contradicts:
        return
    where_a, where_b = a.first_word(contrast.term_a), b.first_word(contrast.term_b)
    if where_a is not None and where_b is not None:
        differences.append(Difference(a.text[slice(*where_a)], b.text[slice(*where_b)], ""))
        marks_a.append(Mark(*where_a, "differs"))
        marks_b.append(Mark(*where_b, "differs"))


def _add_swapped_placing(
    a: Reading,
    b: Reading,
    swapped: SwappedPlacing | None,
    differences: list[Difference],
    marks_a: list[Mark],
    marks_b: list[Mark],
) -> None:
    """ "Kipruto second / Abdi second": who each gives the placing to."""
    if swapped is None:
        return
    holder_a, holder_b = a.first_word(swapped.holder_a), b.first_word(swapped.holder_b)
    placing_a, placing_b = a.first_word(swapped.placing), b.first_word(swapped.placing)
    if holder_a is None or holder_b is None or placing_a is None or placing_b is None:
        return
    differences.append(
        Difference(
            f"{a.text[slice(*holder_a)]} {a.text[slice(*placing_a)]}",
            f"{b.text[slice(*holder_b)]} {b.text[slice(*placing_b)]}",
            "",
        )
    )
    marks_a.extend((Mark(*holder_a, "differs"), Mark(*placing_a, "differs")))
    marks_b.extend((Mark(*holder_b, "differs"), Mark(*placing_b, "differs")))


def _polarity_difference(
    a: Reading, b: Reading, opposed: Opposed, marks_a: list[Mark], marks_b: list[Mark]
) -> Difference:
    """ "has not supplied" / "providing": the negation with its predicate, and the other's word for it."""
    negated_reading, asserted_reading = (a, b) if opposed.negated_in_a else (b, a)
    negated_spans, asserted_spans = negated_reading.spans, asserted_reading.spans
    clause, asserted = opposed.negated, opposed.asserted
    start, end = clause.cue
    target = clause.head if clause.head is not None else None
    inside = [(t, s, e) for t, s, e in negated_spans if clause.start <= s and e <= clause.end]
    if target is not None:
        end = next((e for t, s, e in inside if s >= clause.cue[1] and t.term == target), end)
    start = _with_auxiliary(negated_reading.text, start)
    wanted = {target} if target is not None else clause.denied
    if target in ANY_AGENT:  # "No group has claimed" / "claimed responsibility": the deed denied
        wanted = clause.denied & asserted.terms - {target}
        end = next((e for t, s, e in inside if s >= end and t.term in wanted), end)
        target = None
    reached = [
        (t, s, e) for t, s, e in asserted_spans if asserted.start <= s and e <= asserted.end and t.term in wanted
    ]
    if target is None and reached and reached[0][0].capitalized:
        # A denial's names say whom it is about; what it denies is its last word ("denied reports that
        # the actor and his wife Lena Varga are divorcing": "divorce", not "Actor Tom Hale").
        predicate = next((t.term for t, s, e in reversed(inside) if t.meaningful), None)
        reached = [span for span in reached if span[0].term == predicate] or reached
    in_other = [(s, e) for _, s, e in reached]
    if asserted.stance is Stance.NEGATED:  # a denial of the withdrawal: "denied reports that ... has withdrawn"
        in_other = [asserted.cue]
    other_start, other_end = in_other[0] if in_other else (asserted.start, asserted.start)
    said = [e for t, _, e in reached if not t.is_place]
    if target is None and len(said) > 1:
        # A denial ("dismissed reports that ...") reaches what the other asserts: show that
        # stretch ("singer entered rehab"), not its first word, when it is short.
        last = said[-1]
        if len(asserted_reading.text[other_start:last].split()) <= _DENIED_WORDS:
            other_end = last
    negated_marks, asserted_marks = (marks_a, marks_b) if opposed.negated_in_a else (marks_b, marks_a)
    negated_marks.append(Mark(start, end, "differs"))
    if in_other:
        asserted_marks.append(Mark(other_start, other_end, "differs"))
    negated_text = negated_reading.text[start:end]
    asserted_text = asserted_reading.text[other_start:other_end] or "asserts it"
    if opposed.negated_in_a:
        return Difference(negated_text, asserted_text, "")
    return Difference(asserted_text, negated_text, "")


_DENIED_WORDS = 6
"""The longest stretch of the other statement shown as what a denial reaches."""


def _with_auxiliary(text: str, start: int) -> int:
    """Start of the negation with the auxiliary before it ("has not", "did not")."""
    before = text[:start].rstrip()
    words = before.split()
    if words and words[-1].lower() in AUXILIARIES:
        return len(before) - len(words[-1])
    return start


def _tidy(marks: list[Mark]) -> tuple[Mark, ...]:
    """Marks in reading order, a differing stretch winning over a shared word inside it."""
    differs = [m for m in marks if m.kind == "differs"]
    if differs:
        marks = differs + [
            m for m in marks if m.kind == "shared" and not any(d.start <= m.start < d.end for d in differs)
        ]
        return tuple(sorted(set(marks), key=lambda m: (m.start, m.end, m.kind)))
    return tuple(marks)
