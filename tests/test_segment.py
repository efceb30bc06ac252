"""Statements: exact offsets, sentence boundaries in news prose, page furniture kept but marked."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.document import Document, Statement, StatementKind
from claims.ingest import read_document
from claims.segment import segment
from tests.conftest import NEWS_PAIRS


def _document(text: str) -> Document:
    return Document(title=text.split("\n", 1)[0], source="test", text=text)


def _sentences(text: str) -> list[str]:
    return [s.text for s in segment(_document("Title\n\n" + text))[1:]]


def test_offsets_are_exact_and_the_title_is_statement_zero(
    sanctions: Document, sanctions_statements: list[Statement], admits: Document, admits_statements: list[Statement]
) -> None:
    for document, statements in ((sanctions, sanctions_statements), (admits, admits_statements)):
        assert statements[0].index == 0
        assert statements[0].kind is StatementKind.TITLE
        assert statements[0].text == document.title
        assert [s.index for s in statements] == list(range(len(statements)))
        for statement in statements:
            assert document.text[statement.start : statement.end] == statement.text
        assert [s.start for s in statements] == sorted(s.start for s in statements)


def test_admits_article_sentences(admits_statements: list[Statement]) -> None:
    texts = [s.text for s in admits_statements]
    assert texts[1] == "On November 5, 2022, Iran admitted to providing Russia with drones."
    assert texts[5] == (
        "“We supplied Russia with a limited number of drones months before the war in Ukraine,” Foreign Minister "
        "Hossein Amir-Abdollahian stated, in a quote he provided to state media IRNA."
    )
    assert texts[11] == (
        "Durden observed that Ukrainian authorities have confirmed that roughly 40% of Ukraine’s electrical supply "
        "stations have been critically damaged or knocked completely offline."
    )
    assert texts[14] == "Iran has denied this accusation and has labeled it as “completely false.”"
    assert (
        texts[15]
        == "The US still maintains that Iran is supplying Russia with armaments in its protracted struggle with Russia."
    )
    assert len(texts) == 21
    assert all(s.kind is StatementKind.BODY for s in admits_statements[1:])


def test_sanctions_article_sentences(sanctions_statements: list[Statement]) -> None:
    texts = [s.text for s in sanctions_statements]
    assert texts[8] == (
        "Kyiv authorities have attributed specific drone models, including Mohajer-6 and Shahed-136, to Iranian "
        "origins and to transfers to Russia (as reported by Kommersant)."
    )
    assert texts[14] == (
        "Tehran later acknowledged drone deliveries to Russia but stated the timing predated the current stage of the "
        "Ukraine conflict."
    )


def test_page_furniture_is_kept_but_never_a_claim(sanctions_statements: list[Statement]) -> None:
    furniture = [s.text for s in sanctions_statements if s.kind is StatementKind.BOILERPLATE]
    assert furniture == [
        "No time to read?",
        "Get a summary",
        "No time to read?",
        "Get a summary",
        "Previous Article",
        "Contemporary Debate Over a Satirical Christmas Video by the Free Courts Initiative",
        "Next Article",
        "How to safely unfreeze windshield wipers after frost and participate in the Driving Grand Prix",
    ]
    claims = [s for s in sanctions_statements if s.kind.is_claim]
    assert len(claims) == 22
    assert claims[-1].text.startswith("The discourse reflects a broader effort")


def test_paragraphs_are_numbered_for_the_reader(admits_statements: list[Statement]) -> None:
    paragraphs = [s.paragraph for s in admits_statements]
    assert paragraphs[:5] == [0, 1, 2, 2, 3]
    assert paragraphs == sorted(paragraphs)


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            "The U.S. Army said Mr. Smith left on Nov. 5 at 3 p.m. with Dr. Jones.",
            ["The U.S. Army said Mr. Smith left on Nov. 5 at 3 p.m. with Dr. Jones."],
        ),
        (
            "Sanctions hit the U.S. The next day prices rose.",
            ["Sanctions hit the U.S.", "The next day prices rose."],
        ),
        (
            "Output rose 2.5 percent. Shahed-136 and Mohajer-6 drones were seen. Turnout was 40%.",
            ["Output rose 2.5 percent.", "Shahed-136 and Mohajer-6 drones were seen.", "Turnout was 40%."],
        ),
        (
            '"We will respond," the minister said. "Why now?" she asked. Nobody answered!',
            ['"We will respond," the minister said.', '"Why now?" she asked.', "Nobody answered!"],
        ),
        (
            "“Stop the war.” Protesters marched on Sunday.",
            ["“Stop the war.”", "Protesters marched on Sunday."],
        ),
        (
            "The firm (founded in 1999.) grew. Sales (up 5%) rose. (The report was late.) Shares fell.",
            ["The firm (founded in 1999.) grew.", "Sales (up 5%) rose.", "(The report was late.)", "Shares fell."],
        ),
        (
            "It cost 5 million.\u00a0The deal closed.",
            ["It cost 5 million.", "The deal closed."],
        ),
        (
            "Talks ended... Delegates left. He said e.g. tanks and drones etc. were sent.",
            ["Talks ended...", "Delegates left.", "He said e.g. tanks and drones etc. were sent."],
        ),
        (
            "John F. Kennedy spoke. Apple Inc. The company said it grew.",
            ["John F. Kennedy spoke.", "Apple Inc.", "The company said it grew."],
        ),
    ],
    ids=[
        "abbreviations",
        "initialism-ends",
        "numbers",
        "quotes",
        "curly-quote",
        "parentheses",
        "nbsp",
        "ellipsis",
        "names",
    ],
)
def test_sentence_boundaries_in_news_prose(prose: str, expected: list[str]) -> None:
    assert _sentences(prose) == expected


def test_hard_wrapped_paragraphs_are_joined_and_paragraph_breaks_kept() -> None:
    text = (
        "Storm warning\n\n"
        "Forecasters warned on Tuesday that the storm would reach the coast by\n"
        "evening, bringing winds of up to 120 km/h. Residents were told to stay\n"
        "indoors and to avoid the seafront.\n\n"
        "Schools will close early."
    )
    statements = segment(_document(text))
    assert [s.text for s in statements[1:]] == [
        "Forecasters warned on Tuesday that the storm would reach the coast by\n"
        "evening, bringing winds of up to 120 km/h.",
        "Residents were told to stay\nindoors and to avoid the seafront.",
        "Schools will close early.",
    ]
    assert [s.paragraph for s in statements] == [0, 1, 1, 2]


def test_headings_inside_the_body_and_bylines_before_it() -> None:
    text = (
        "Quake hits Iran\n\nBy Jane Roe\n28 November 2005\n\n"
        "A powerful earthquake has hit southern Iran, killing at least 10 people.\n\n"
        "Rescue efforts\n\n"
        "Rescue teams reached five villages on Monday morning.\n\n"
        "Share this article\nRead more\n"
    )
    kinds = {s.text: s.kind for s in segment(_document(text))}
    assert kinds["By Jane Roe"] is StatementKind.BOILERPLATE
    assert kinds["28 November 2005"] is StatementKind.BOILERPLATE
    assert kinds["Rescue efforts"] is StatementKind.HEADING
    assert kinds["Rescue teams reached five villages on Monday morning."] is StatementKind.BODY
    assert kinds["Share this article"] is StatementKind.BOILERPLATE
    assert kinds["Read more"] is StatementKind.BOILERPLATE


@pytest.mark.skipif(not NEWS_PAIRS.exists(), reason="needs ../shared/bench-data/news-pairs")
@pytest.mark.parametrize(
    "path", sorted(NEWS_PAIRS.glob("pair*.txt")) if NEWS_PAIRS.exists() else [], ids=lambda p: p.name
)
def test_real_news_articles_segment_cleanly(path: Path) -> None:
    document = read_document(str(path))
    statements = segment(document)
    assert statements[0].text == document.title
    for statement in statements:
        assert document.text[statement.start : statement.end] == statement.text
        assert statement.text == statement.text.strip()
    body = [s for s in statements if s.kind is StatementKind.BODY]
    assert len(body) >= 5
    # A body sentence starts like a sentence: capital, digit, quote or bracket.
    for statement in body:
        assert statement.text[0].isupper() or statement.text[0].isdigit() or statement.text[0] in "\"'“‘(["


def test_a_long_markdown_heading_is_not_glued_to_the_next_sentence(tmp_path: Path) -> None:
    from claims.ingest import read_document

    path = tmp_path / "notes.md"
    path.write_text(
        "# Drone deliveries\n\n## What the foreign ministry in Tehran said about the deliveries to Moscow\n"
        "The minister said a small number of drones had been sent before the war.\n",
        encoding="utf-8",
    )
    statements = segment(read_document(str(path)))
    assert [(s.kind.value, s.text) for s in statements] == [
        ("title", "Drone deliveries"),
        ("heading", "What the foreign ministry in Tehran said about the deliveries to Moscow"),
        ("body", "The minister said a small number of drones had been sent before the war."),
    ]


def test_furniture_inside_the_article_is_furniture_and_prose_about_the_same_words_is_not() -> None:
    lines = [
        "Iran admits sending drones",
        "Iran's foreign minister said on Saturday that a small number of drones had been sent to Russia.",
        "Sign up for our morning newsletter and get the news in your inbox.",
        "Photo: Vahid Salemi / AP",
        "The minister said the deliveries took place months before the war in Ukraine began.",
        "We use cookies to improve your experience on this site.",
        "Read more: How the drones are built",
        "Related articles",
        "Ukraine says drones hit Kyiv power plants",
        "What we know about the Shahed-136",
        "Kyiv rejected the account and said hundreds of drones had been used this autumn alone.",
        "Reporting by Parisa Hafezi; Editing by Jane Roe",
        "A court ruled that the copyright on the design had expired, the ministry said later.",
        "Related incidents were reported in Odesa, where officials said two drones were shot down.",
        "\u00a9 2022 The Daily Example. All rights reserved.",
    ]
    kinds = _kinds_of_lines(lines)
    for furniture in (lines[2], lines[3], lines[5], lines[6], lines[7], lines[8], lines[9], lines[11]):
        assert kinds[furniture] == "boilerplate", furniture
    assert kinds["\u00a9 2022 The Daily Example."] == "boilerplate"
    for prose in (lines[1], lines[4], lines[10], lines[12], lines[13]):
        assert kinds[prose] == "body", prose


def test_a_short_sentence_that_ends_the_article_is_a_claim_and_a_sign_off_is_not() -> None:
    """ "No injuries have been reported." is a claim a reader compares, even as the article's
    last line, and so is "Arakawa was 65." (three words, but a figure: own1462); "Thanks for
    reading." and the links after it are not."""
    lines = [
        "Wildfire near Cedar Ridge forces 5,000 from homes",
        "A wildfire burning in the hills above Cedar Ridge has forced about 5,000 residents to evacuate.",
        "No injuries have been reported.",
        "The funeral will be private.",
        "Arakawa was 65.",
        "Thanks for reading.",
        "Previous Article",
        "Next Article",
    ]
    kinds = _kinds_of_lines(lines)
    assert kinds[lines[2]] == kinds[lines[3]] == kinds[lines[4]] == "body"
    assert kinds[lines[5]] == kinds[lines[6]] == kinds[lines[7]] == "boilerplate"


def test_a_closing_sentence_opening_on_a_name_written_in_lower_case_is_a_claim() -> None:
    """ "ispace shares dropped 12%." opens on a company that writes its name in lower case: a claim with a figure,
    as "Arakawa was 65." is, where it was taken for page furniture and never compared (own1672)."""
    lines = [
        "ispace confirms Moon landing failure",
        "Japan's ispace said its Resilience lander had probably crashed on the lunar surface on Thursday.",
        "ispace shares dropped 12%.",
        "Thanks for reading.",
    ]
    kinds = _kinds_of_lines(lines)
    assert kinds[lines[2]] == "body"
    assert kinds[lines[3]] == "boilerplate"


def _kinds_of_lines(lines: list[str]) -> dict[str, str]:
    """The kind of each statement of a page whose first line is its title, by its text."""
    statements = segment(Document(title=lines[0], source="page", text="\n\n".join(lines)))
    return {s.text: s.kind.value for s in statements}
