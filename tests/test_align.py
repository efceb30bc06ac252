"""Alignment: the pairs a careful reader links in the example articles, and the ones they don't."""

from __future__ import annotations

import pytest

from claims.align import align, pair_scores
from claims.comparison import compare_documents
from claims.document import Document, Statement, StatementKind
from claims.relation import Match, Relation
from claims.segment import segment

# Sanctions article (A) statement -> admits article (B) statement, as a careful reader links them.
SAME = [
    (14, 4),  # acknowledged deliveries, timing predated the war  ~  drones sent before the incursion
    (14, 1),  # acknowledged drone deliveries  ~  admitted to providing Russia with drones
    (14, 0),  # ... ~ the headline: Iran finally admits supplying Russia with drones
    (14, 5),  # ... ~ "We supplied Russia with a limited number of drones months before the war"
]
CONFLICT = [
    (15, 1),  # Tehran has not supplied drones to any party  ~  Iran admitted to providing Russia with drones
    (15, 0),  # ... ~ the headline
    (15, 4),  # ... ~ the drones were being sent to Russia
    (15, 5),  # ... ~ "We supplied Russia with a limited number of drones"
    (12, 1),  # authorities have not publicly acknowledged (Iranian-made drones)  ~  Iran admitted
]
RELATED = [
    (6, 13),  # Iran seeks to augment missile and drone shipments  ~  US blames Iran for transferring missiles
]


@pytest.fixture(scope="module")
def matches(sanctions_statements: list[Statement], admits_statements: list[Statement]) -> dict[tuple[int, int], Match]:
    return {(m.a, m.b): m for m in align(sanctions_statements, admits_statements)}


@pytest.mark.parametrize("pair", SAME, ids=str)
def test_same_claims_worded_differently_are_matched(
    matches: dict[tuple[int, int], Match], pair: tuple[int, int]
) -> None:
    assert pair in matches
    assert matches[pair].relation is Relation.SAME


@pytest.mark.parametrize("pair", CONFLICT, ids=str)
def test_denial_against_admission_is_a_conflict(matches: dict[tuple[int, int], Match], pair: tuple[int, int]) -> None:
    assert pair in matches
    assert matches[pair].relation is Relation.CONFLICT


@pytest.mark.parametrize("pair", RELATED, ids=str)
def test_partly_overlapping_claims_are_related(matches: dict[tuple[int, int], Match], pair: tuple[int, int]) -> None:
    assert matches[pair].relation in (Relation.RELATED, Relation.SAME)


def test_the_pairs_named_in_the_brief(
    matches: dict[tuple[int, int], Match], sanctions_statements: list[Statement], admits_statements: list[Statement]
) -> None:
    texts_a = {s.text: s.index for s in sanctions_statements}
    texts_b = {s.text: s.index for s in admits_statements}
    same = (
        texts_a[
            "Tehran later acknowledged drone deliveries to Russia but stated the timing predated the current stage "
            "of the Ukraine conflict."
        ],
        texts_b[
            "In light of the criticism it has received, Iranian authorities stressed that the drones were being sent "
            "to Russia prior to its military incursion into Ukraine."
        ],
    )
    conflict = (
        texts_a[
            "Iran’s foreign ministry spokesperson rejected Kyiv’s claims about drone transfers, reiterating that "
            "Tehran has not supplied drones to any party in the conflict."
        ],
        texts_b["On November 5, 2022, Iran admitted to providing Russia with drones."],
    )
    assert matches[same].relation is Relation.SAME
    assert matches[conflict].relation is Relation.CONFLICT


def test_what_only_one_side_says_stays_unique(sanctions: Document, admits: Document) -> None:
    comparison = compare_documents(sanctions, admits)
    unique_a = {s.index for s in comparison.unique_a()}
    unique_b = {s.index for s in comparison.unique_b()}
    assert 17 in unique_a  # "He also warned that Tehran's patience with baseless claims has limits."
    assert {18, 19} <= unique_b  # the Collective West and its intelligence agencies
    assert unique_a and unique_b


def test_furniture_is_never_matched(
    matches: dict[tuple[int, int], Match], sanctions_statements: list[Statement]
) -> None:
    furniture = {s.index for s in sanctions_statements if s.kind is StatementKind.BOILERPLATE}
    assert furniture
    assert not any(a in furniture for a, _ in matches)


def test_no_contradiction_between_statements_that_agree(matches: dict[tuple[int, int], Match]) -> None:
    for a in (14,):  # the acknowledgement agrees with every admission
        assert all(m.relation is not Relation.CONFLICT for (i, _), m in matches.items() if i == a)


def test_scores_lie_in_the_unit_interval_and_results_are_deterministic(
    sanctions_statements: list[Statement], admits_statements: list[Statement]
) -> None:
    first = align(sanctions_statements, admits_statements)
    second = align(sanctions_statements, admits_statements)
    assert first == second
    assert all(0.0 <= m.score <= 1.0 for m in first)
    assert [(m.a, -m.score) for m in first] == sorted((m.a, -m.score) for m in first)


def test_min_score_leaves_out_weaker_pairs(
    sanctions_statements: list[Statement], admits_statements: list[Statement]
) -> None:
    strict = align(sanctions_statements, admits_statements, min_score=0.45)
    assert strict and all(m.score >= 0.45 for m in strict)
    assert len(strict) < len(align(sanctions_statements, admits_statements))


def _statements(*sentences: str) -> list[Statement]:
    text = "\n\n".join(["Report", *sentences])
    return segment(Document(title="Report", source="test", text=text))


def _relation(left: str, right: str) -> Relation | None:
    found = [m for m in align(_statements(left), _statements(right)) if m.a == 1 and m.b == 1]
    return found[0].relation if found else None


def test_different_numbers_for_the_same_fact_conflict() -> None:
    assert (
        _relation(
            "Rescue teams said homes in seven villages on Qeshm island were destroyed by the quake.",
            "Rescue teams said homes in five villages on Qeshm island were destroyed by the quake.",
        )
        is Relation.CONFLICT
    )
    assert (
        _relation(
            "The 6.1-magnitude quake struck Qeshm island on Sunday, state media said.",
            "A quake of magnitude 5.9 struck Qeshm island on Sunday, according to state media.",
        )
        is Relation.CONFLICT
    )


def test_same_numbers_and_agreeing_wording_are_the_same_claim() -> None:
    assert (
        _relation(
            "The 6.1-magnitude quake struck Qeshm island on Sunday, state media said.",
            "A quake of magnitude 6.1 hit Qeshm island on Sunday, according to state television.",
        )
        is Relation.SAME
    )


def test_a_sentence_can_restate_two() -> None:
    left = _statements(
        "The quake killed 10 people on Qeshm island.",
        "Rescue teams from Bandar Abbas searched the rubble overnight.",
    )
    right = _statements(
        "The quake killed 10 people on Qeshm island, and rescue teams from Bandar Abbas searched the rubble overnight."
    )
    linked = {(m.a, m.b) for m in align(left, right)}
    assert {(1, 1), (2, 1)} <= linked


def test_unrelated_sentences_do_not_match() -> None:
    assert (
        _relation(
            "The central bank raised interest rates by half a point on Thursday.",
            "Heavy snow closed mountain roads across the Alps over the weekend.",
        )
        is None
    )


def test_nothing_to_align() -> None:
    assert align([], _statements("One claim here, made at length.")) == []


def test_pair_scores_rank_paraphrases_above_unrelated() -> None:
    scores = pair_scores(
        ["Iran admitted it had supplied drones to Russia.", "Iran admitted it had supplied drones to Russia."],
        ["Tehran acknowledged providing Russia with drones.", "Stock markets rallied in Tokyo on Friday."],
    )
    assert scores[0] > 0.4 > scores[1]
