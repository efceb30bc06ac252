"""How fast the reader is for a person at a real terminal (a pty), not through Pilot.

1. First paint of the example pair, against a minimal Textual app started the same way in
   the same run (target: within 1.5x of it).
2. Two generated 10,000-statement articles: first readable paint (target < 0.6 s), then,
   once matching is done, key to frame for `j` (p50 / p95, targets 17 / 33 ms), and the
   process's peak memory (target < 300 MB).
3. Re-wrapping a 10,000-statement article for a new width, in process (target < 100 ms).

    python -m bench.reader
"""

from __future__ import annotations

import compileall
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.scale import articles
from tests.terminal import Terminal, claimdiff, environment

PAINT_RUNS = 11
"""Start-ups of each program. This machine's speed wanders by up to 2x within minutes: each
reader start is compared with the minimal app started just before it, and the median of
those ratios is reported."""
FIRST_WORDS_OF_THE_EXAMPLE_PAIR = ("Policy advisers close to", "On November 5, 2022")
"""The start of each example article's first sentence: the panes show text, not just titles."""
MINIMAL_APP = (
    "from textual.app import App\n"
    "from textual.widgets import Static\n"
    "class Minimal(App):\n"
    "    def compose(self):\n"
    "        yield Static('minimal app ready')\n"
    "Minimal().run()\n"
)


def compile_sources() -> None:
    """Byte-compile claimdiff as `pip install` does, so that start-up is measured as users
    get it even where PYTHONDONTWRITEBYTECODE is set (Textual's own files are compiled)."""
    root = Path(__file__).resolve().parent.parent
    for package in ("claims", "store", "tui", "fixtures"):
        compileall.compile_dir(root / package, quiet=1)


def first_paint(folder: Path) -> None:
    env = environment(folder / "paint.db")
    floors, reader = [], []
    for _ in range(PAINT_RUNS):
        minimal = Terminal([sys.executable, "-c", MINIMAL_APP], env)
        floors.append(minimal.wait_for("minimal app ready"))
        minimal.close()
        app = Terminal(claimdiff(), env)
        reader.append(app.wait_for(*FIRST_WORDS_OF_THE_EXAMPLE_PAIR))
        app.close()
    paired = statistics.median(paint / floor for paint, floor in zip(reader, floors, strict=True))
    print(
        f"first paint, example pair: {min(reader):.2f} s at best, minimal Textual app {min(floors):.2f} s;"
        f" ratio {paired:.2f}x (median of {PAINT_RUNS} back-to-back pairs;"
        f" best against best {min(reader) / min(floors):.2f}x)"
    )
    print("  (target: within 1.5x of the minimal app)")


def large_articles(folder: Path) -> None:
    text_a, text_b = articles(10_000)
    path_a, path_b = folder / "a.txt", folder / "b.txt"
    path_a.write_text(text_a, encoding="utf-8")
    path_b.write_text(text_b, encoding="utf-8")
    app = Terminal(claimdiff(str(path_a), str(path_b)), environment(folder / "large.db"))
    readable = app.wait_for(*(_first_words(text) for text in (text_a, text_b)))
    matched = app.wait_for(" matched \u00b7 ", timeout=120)
    times = [app.key_to_frame(b"j") for _ in range(200)]
    memory = app.peak_memory_mb()
    app.close()
    p50, p95 = statistics.median(times), sorted(times)[int(0.95 * len(times))]
    print(f"two 10,000-statement articles: readable after {readable:.2f} s (target < 0.6 s)")
    print(f"  matched after {matched:.1f} s")
    print(f"  key to frame (j, 200 presses): p50 {1000 * p50:.1f} ms, p95 {1000 * p95:.1f} ms (targets 17 / 33 ms)")
    print(f"  peak memory {memory:.0f} MB (target < 300 MB)")


def _first_words(text: str) -> str:
    """The first words of an article's first sentence after its title: shown in its pane,
    not its header, so seeing them means the text is readable."""
    return " ".join(text.split("\n\n")[1].split()[:3])


def rewrap() -> None:
    from claims.document import Document
    from claims.segment import segment
    from tui.session import Side
    from tui.widgets.article_view import ArticleView

    text, _ = articles(10_000)
    document = Document(title="A", source="generated", text=text)
    view = ArticleView(Side(document, segment(document)))
    timings = []
    for width in (120, 80, 100, 60, 140):
        start = time.perf_counter()
        view.relayout(width)
        timings.append(time.perf_counter() - start)
    median = 1000 * statistics.median(timings)
    print(f"re-wrap 10,000 statements for a new width: median {median:.0f} ms (target < 100 ms)")


def main() -> None:
    compile_sources()
    with tempfile.TemporaryDirectory() as folder:
        first_paint(Path(folder))
        large_articles(Path(folder))
    rewrap()


if __name__ == "__main__":
    main()
