"""Sentence boundaries: our own cases for each kind of difficulty (tests/sentence_cases.py),
with exact offsets, and the same through a whole document as claimdiff reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.ingest import read_document
from claims.segment import segment
from claims.sentences import sentence_spans
from tests.sentence_cases import CASES

CASE_PARAMETERS = [
    pytest.param(text, expected, id=f"{category}-{number}")
    for category, cases in CASES.items()
    for number, (text, expected) in enumerate(cases)
]


@pytest.mark.parametrize(("text", "expected"), CASE_PARAMETERS)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    spans = sentence_spans(text, 0, len(text))
    assert [text[start:end] for start, end in spans] == expected


@pytest.mark.parametrize(("text", "expected"), CASE_PARAMETERS)
def test_the_same_sentences_come_out_of_a_file_after_its_title(tmp_path: Path, text: str, expected: list[str]) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"A headline\n\n{text}\n", encoding="utf-8")
    document = read_document(str(path))
    statements = segment(document)
    assert [s.text for s in statements[1:]] == expected
    assert all(document.text[s.start : s.end] == s.text for s in statements)


def test_offsets_are_exact_inside_a_longer_text() -> None:
    text = "Intro line\n\n  Acme Inc. rose.  The U.S. Treasury named it. \u2022 4. Drones \u2022 5. Shells\n"
    start = text.index("Acme")
    spans = sentence_spans(text, start, len(text) - 1)
    assert [text[a:b] for a, b in spans] == [
        "Acme Inc. rose.",
        "The U.S. Treasury named it.",
        "\u2022 4. Drones",
        "\u2022 5. Shells",
    ]


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Iran admits supplying drones to Russia", "Iran admits supplying drones to Russia"),
        ("Did Iran supply the drones?", "Did Iran supply the drones?"),
        (
            "Iran admitted on Saturday that it had sent drones. Moscow said nothing.",
            "Iran admitted on Saturday that it had sent drones.",
        ),
        (
            "Iran's foreign minister said on Saturday that his country had sent a small number of drones to Russia"
            " months before the war began, the first such admission.",
            "Iran's foreign minister said on Saturday that his country had sent a small\u2026",
        ),
    ],
    ids=["headline", "question", "two-sentences", "long-paragraph"],
)
def test_a_first_line_that_is_not_a_title_is_split_like_the_body(tmp_path: Path, first_line: str, title: str) -> None:
    path = tmp_path / "untitled.txt"
    path.write_text(f"{first_line}\n\nThe ministry gave no date for the deliveries.\n", encoding="utf-8")
    document = read_document(str(path))
    statements = segment(document)
    assert document.title == title
    if first_line == title:
        assert statements[0].kind.value == "title" and statements[0].text == first_line
    else:
        assert all(s.kind.value == "body" for s in statements)
        assert " ".join(s.text for s in statements[:-1]) == first_line


def test_list_items_are_statements_of_their_own_and_claims_only_if_sentences(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text(
        "What was delivered\n\nThe ministry listed what had been sent to Russia before the war began.\n\n"
        "1. Shahed-136 drones\n2. Mohajer-6 drones\n3. Spare parts were shipped separately by sea in July.\n\n"
        "Nothing else was sent, the ministry said in a statement on Saturday.\n",
        encoding="utf-8",
    )
    statements = segment(read_document(str(path)))
    assert [(s.kind.value, s.text) for s in statements[2:5]] == [
        ("list item", "1. Shahed-136 drones"),
        ("list item", "2. Mohajer-6 drones"),
        ("body", "3. Spare parts were shipped separately by sea in July."),
    ]
