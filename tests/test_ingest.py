"""Reading articles: files in several encodings and formats, standard input, URLs."""

from __future__ import annotations

import codecs
import http.server
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from claims.errors import InputError
from claims.fetch import fetch
from claims.ingest import read_document
from tests.conftest import PAGES, run_claimdiff, serving

ARTICLE = "Café owners “protest” new tax\n\nThe mayor’s office said the levy of 2.5% would start on Nov. 5.\n"


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8"),
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: text.encode("utf-16"),  # with BOM, native order
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        lambda text: text.encode("cp1252"),
        lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "cp1252", "crlf"],
)
def test_every_encoding_reads_to_the_same_text_and_hash(tmp_path: Path, encode: object) -> None:
    reference = read_document(_write(tmp_path / "ref.txt", ARTICLE.encode("utf-8")))
    path = _write(tmp_path / "article.txt", encode(ARTICLE))  # type: ignore[operator]
    document = read_document(path)
    assert document.title == "Café owners “protest” new tax"
    assert document.text == reference.text
    assert "levy of 2.5% would start" in document.text
    assert document.sha256 == reference.sha256
    assert document.source == path


def test_hash_identifies_content_not_path(tmp_path: Path) -> None:
    first = read_document(_write(tmp_path / "one.txt", ARTICLE.encode()))
    second = read_document(_write(tmp_path / "copy" / "two.md", ("\n\n" + ARTICLE + "\n  \n").encode()))
    assert first.sha256 == second.sha256
    changed = read_document(_write(tmp_path / "three.txt", ARTICLE.replace("2.5", "3.5").encode()))
    assert changed.sha256 != first.sha256


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "is a binary file"),
        (
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x01\x02",
            "is a damaged PDF (No /Root object! - Is this really a PDF?)",
        ),
        (b"", "is empty"),
        (b"  \n\n\t \n", "is empty"),
        (codecs.BOM_UTF8 + b"\n", "is empty"),
    ],
    ids=["png", "pdf", "empty", "blank", "bom-only"],
)
def test_unreadable_files_are_refused_with_a_line_naming_them(tmp_path: Path, content: bytes, message: str) -> None:
    path = _write(tmp_path / "bad.txt", content)
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert str(raised.value) in (f"{path}: {message}", f"{path}: {message}, not an article")


def test_missing_path_and_directory_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(str(tmp_path / "nowhere.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_document(str(tmp_path))


def test_markdown_is_read_as_prose(tmp_path: Path) -> None:
    markdown = (
        "# Drones *over* Kyiv\n\nOfficials [said](https://example.org) on **Monday** that `12` drones were shot down.\n"
        "\n![photo](x.png)\n\n> Residents were told to stay inside.\n"
    )
    document = read_document(_write(tmp_path / "story.md", markdown.encode()))
    assert document.title == "Drones over Kyiv"
    assert "Officials said on Monday that 12 drones were shot down." in document.text
    assert "Residents were told to stay inside." in document.text
    assert "](" not in document.text and "**" not in document.text and "#" not in document.text


def test_html_page_gives_main_text_and_metadata_without_furniture() -> None:
    document = read_document(str(PAGES / "quake-world-news.html"))
    assert document.title == "Ten dead as quake strikes southern Iran"
    assert document.metadata == {"author": "Jane Roe", "published": "2005-11-28", "site": "World News Daily"}
    assert document.text.startswith("Ten dead as quake strikes southern Iran\n\nA powerful earthquake")
    assert "Qeshm island, home to 120,000 people" in document.text
    for furniture in ("Sign in", "reader comment", "Copyright", "tracking pixel", "analytics", "Most read"):
        assert furniture not in document.text


def test_html_is_recognised_by_content_whatever_the_name(tmp_path: Path) -> None:
    page = (PAGES / "quake-world-news.html").read_bytes()
    document = read_document(_write(tmp_path / "download.txt", page))
    assert document.title == "Ten dead as quake strikes southern Iran"
    assert "<p>" not in document.text


def test_standard_input_is_read_with_a_dash() -> None:
    result = run_claimdiff(
        "match", "-", str(PAGES / "quake-evening-post.htm"), "--format", "json", stdin=ARTICLE.encode()
    )
    assert result.returncode == 0, result.stderr
    assert '"title": "Café owners “protest” new tax"' in result.stdout
    assert '"source": "-"' in result.stdout


class _Pages(http.server.BaseHTTPRequestHandler):
    """Serves the saved pages, a plain-text article, an image and errors, on 127.0.0.1."""

    def do_GET(self) -> None:
        routes = {
            "/news/quake": ("text/html; charset=utf-8", (PAGES / "quake-world-news.html").read_bytes()),
            "/plain": ("text/plain; charset=windows-1252", ARTICLE.encode("cp1252")),
            "/photo.png": ("image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
            "/huge": ("text/html", b"<html><body><p>" + b"word " * 40_000 + b"</p></body></html>"),
        }
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/news/quake")
            self.end_headers()
            return
        if self.path not in routes:
            self.send_error(404, "Not Found")
            return
        content_type, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's name
        """Keep test output clean."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(_Pages) as address:
        yield address


def test_url_is_fetched_and_extracted(server: str) -> None:
    document = read_document(f"{server}/news/quake")
    assert document.title == "Ten dead as quake strikes southern Iran"
    assert document.source == f"{server}/news/quake"
    assert document.metadata["url"] == f"{server}/news/quake"
    assert document.metadata["author"] == "Jane Roe"


def test_url_redirect_is_followed(server: str) -> None:
    assert read_document(f"{server}/moved").metadata["url"] == f"{server}/news/quake"


def test_plain_text_url_uses_the_declared_charset(server: str) -> None:
    document = read_document(f"{server}/plain")
    assert document.title == "Café owners “protest” new tax"


def test_url_errors_are_one_line(server: str) -> None:
    with pytest.raises(InputError, match=r"/missing: server answered HTTP 404"):
        read_document(f"{server}/missing")
    with pytest.raises(InputError, match=r"/photo.png: is image/png, not a web page or text"):
        read_document(f"{server}/photo.png")
    with pytest.raises(InputError, match=r"/huge: is larger than 100 kB; claimdiff reads articles up to 100 kB"):
        fetch(f"{server}/huge", max_bytes=100_000)
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    with pytest.raises(InputError, match=r"cannot fetch"):
        read_document(f"http://127.0.0.1:{port}/")


def test_url_that_never_answers_times_out() -> None:
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    try:
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/slow"
        with pytest.raises(InputError, match=r"/slow: no answer within 0.3 s"):
            fetch(url, timeout=0.3)
    finally:
        silent.close()


def _write(path: Path, content: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return str(path)


def test_the_beginning_of_a_long_file_is_its_first_paragraphs_cut_at_a_line_end(tmp_path: Path) -> None:
    from claims.ingest import read_beginning
    from claims.segment import segment

    paragraphs = [f"Paragraph {n}: the ministry’s spokesperson said {n} drones had arrived." for n in range(2000)]
    path = _write(tmp_path / "long.md", ("# Long story\n\n" + "\n\n".join(paragraphs)).encode("utf-8"))
    beginning = read_beginning(path, size=4096)
    whole = read_document(path)
    assert beginning is not None
    assert beginning.title == whole.title == "Long story"
    assert 0 < len(beginning.text) <= 4096 < len(whole.text)
    assert whole.text.startswith(beginning.text)
    shown = segment(beginning)
    assert [s.text for s in shown] == [s.text for s in segment(whole)[: len(shown)]]


def test_a_short_file_is_its_own_beginning(tmp_path: Path) -> None:
    from claims.ingest import read_beginning

    path = _write(tmp_path / "short.txt", ARTICLE.encode("cp1252"))
    beginning = read_beginning(path)
    assert beginning is not None
    assert beginning.text == read_document(path).text


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.html", b"<html><body><p>An article.</p></body></html>"),
        ("page.txt", b"<!doctype html><html><body><p>An article.</p></body></html>"),
        ("wide.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")),
        ("binary.txt", b"\x00\x01\x02" * 100),
        ("empty.txt", b"  \n\n"),
    ],
)
def test_no_beginning_where_only_the_whole_can_be_shown_or_reported(tmp_path: Path, name: str, content: bytes) -> None:
    from claims.ingest import read_beginning

    assert read_beginning(_write(tmp_path / name, content)) is None


def test_no_beginning_of_standard_input_urls_or_missing_files(tmp_path: Path) -> None:
    from claims.ingest import read_beginning

    assert read_beginning("-") is None
    assert read_beginning("https://example.org/story") is None
    assert read_beginning(str(tmp_path / "nowhere.txt")) is None
    assert read_beginning(str(tmp_path)) is None


def test_a_page_with_only_a_caption_is_said_not_compared(tmp_path: Path) -> None:
    page = tmp_path / "gallery.html"
    page.write_text(
        "<html><head><title>In pictures: the quake</title></head><body><article>"
        "<figure><img src='a.jpg'><figcaption>Rescuers search the rubble in Qeshm.</figcaption></figure>"
        "<p>Photo: Reuters</p></article></body></html>"
    )
    result = run_claimdiff("match", str(page), str(PAGES / "quake-world-news.html"))
    assert result.returncode == 1
    assert result.stderr.startswith(f"claimdiff: {page}: only ")
    assert "words of article text found in this page (a caption or a teaser, not an article)" in result.stderr


def test_hard_wrapped_html_paragraphs_are_whole_sentences(tmp_path: Path) -> None:
    page = tmp_path / "wrapped.html"
    page.write_text(
        "<html><head><title>Quake hits the south</title></head><body><article>\n"
        "<p>There were\nat least ten people killed when the\nquake struck on Monday, officials\nsaid.</p>\n"
        "<h2>Rescue work</h2>\n"
        "<p>In the villages, rescuers dug\nthrough the rubble. By the evening, most\nroads had reopened.</p>\n"
        "<ul><li>Qeshm island</li><li>Bandar Abbas</li></ul>\n"
        "<p>The island lies on several fault lines and is <b>often</b> struck by\nquakes.</p>\n"
        "</article></body></html>\n"
    )
    from claims.segment import segment

    statements = segment(read_document(str(page)))
    assert [(s.kind.value, s.text) for s in statements] == [
        ("title", "Quake hits the south"),
        ("body", "There were at least ten people killed when the quake struck on Monday, officials said."),
        ("heading", "Rescue work"),
        ("body", "In the villages, rescuers dug through the rubble."),
        ("body", "By the evening, most roads had reopened."),
        ("list item", "\u2022 Qeshm island"),
        ("list item", "\u2022 Bandar Abbas"),
        ("body", "The island lies on several fault lines and is often struck by quakes."),
    ]


PDFS = PAGES.parent / "pdfs"


def test_a_pdf_is_read_as_paragraphs_with_its_title_and_author() -> None:
    from claims.segment import segment

    document = read_document(str(PDFS / "press.pdf"))
    assert document.title == "Ministry statement on drone deliveries"
    assert document.metadata["author"] == "Press Office"
    statements = [(s.kind.value, s.text) for s in segment(document)]
    assert statements[1] == (
        "body",
        "The Ministry of Foreign Affairs confirmed on Saturday that a limited number of unmanned aerial vehicles"
        " were delivered to the Russian Federation several months before the conflict in Ukraine began.",
    )
    assert ("heading", "Background") in statements
    assert ("list item", "\u2022 Type: not specified by the ministry") in statements


def test_a_pdf_in_two_columns_is_read_column_by_column() -> None:
    from claims.segment import segment

    texts = [s.text for s in segment(read_document(str(PDFS / "columns.pdf")))]
    assert texts[1].startswith("The first reports of Iranian-made drones over Ukraine came in September")
    assert texts[1].endswith("near Kupiansk.")
    assert texts[2].startswith("Tehran denied for weeks") and texts[4] == "Kyiv rejected that account."


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("scan.pdf", "has no text layer (a scanned PDF?); run it through OCR to compare it"),
        ("encrypted.pdf", "is an encrypted PDF; save an unprotected copy to compare it"),
    ],
)
def test_pdfs_that_cannot_be_read_are_one_line(name: str, message: str) -> None:
    result = run_claimdiff("match", str(PDFS / name), str(PAGES / "quake-world-news.html"))
    assert (result.returncode, result.stderr) == (1, f"claimdiff: {PDFS / name}: {message}\n")


def test_a_damaged_pdf_is_one_line_and_never_read_as_text(tmp_path: Path) -> None:
    damaged = tmp_path / "report.pdf"
    damaged.write_bytes((PDFS / "press.pdf").read_bytes()[:2000])
    result = run_claimdiff("match", str(damaged), str(PAGES / "quake-world-news.html"))
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"claimdiff: {damaged}: ")
    assert "%PDF" not in result.stderr and "Traceback" not in result.stderr


def test_a_photo_caption_is_not_run_into_the_article(tmp_path: Path) -> None:
    page = tmp_path / "quake.html"
    page.write_text(
        "<html><head><title>Quake report</title></head><body><article>"
        "<p>A magnitude 6.1 earthquake struck southern Iran on Monday, killing ten people, officials said.</p>"
        "<figure><img src='a.jpg' alt='Rubble'><figcaption>Rescuers search the rubble in Qeshm. Photo: Reuters"
        "</figcaption></figure>"
        "<p>Rescue teams reached the villages by the evening, officials said, and most roads reopened.</p>"
        "<p>The island is home to about 120,000 people and lies on several fault lines.</p>"
        "</article></body></html>"
    )
    document = read_document(str(page))
    assert "Rescuers search" not in document.text and "Photo: Reuters" not in document.text
    assert "killing ten people, officials said." in document.text
