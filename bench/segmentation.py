"""Sentence segmentation: quality on claimdiff's own boundary cases (tests/sentence_cases.py),
and speed on generated articles of 1,000 and 10,000 statements, for claimdiff's splitter and
for pySBD, the field's reference, side by side in the same run.

    pip install -e '.[bench]' && python -m bench.segmentation

pySBD is a benchmark-only dependency: without it, only claimdiff's figures are printed.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from bench.scale import articles
from claims.document import Document
from claims.segment import segment
from claims.sentences import sentence_spans
from tests.sentence_cases import CASES

Splitter = Callable[[str], list[str]]


def claimdiff_sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, 0, len(text))]


def pysbd_splitter() -> Splitter | None:
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: [sentence.strip() for sentence in segmenter.segment(text)]


def quality(splitters: dict[str, Splitter]) -> None:
    print(f"{'category':<20}" + "".join(f"{name:>12}" for name in splitters))
    totals = dict.fromkeys(splitters, 0)
    for category, cases in CASES.items():
        passes = {name: sum(split(text) == expected for text, expected in cases) for name, split in splitters.items()}
        for name, count in passes.items():
            totals[name] += count
        print(f"{category:<20}" + "".join(f"{f'{passes[name]}/{len(cases)}':>12}" for name in splitters))
    count = sum(len(cases) for cases in CASES.values())
    print(f"{'all':<20}" + "".join(f"{f'{totals[name]}/{count}':>12}" for name in splitters))


def speed(splitters: dict[str, Splitter]) -> None:
    for size in (1_000, 10_000):
        text, _ = articles(size)
        paragraphs = [paragraph for paragraph in text.split("\n\n") if paragraph.strip()]
        timings = {}
        for name, split in splitters.items():
            runs = []
            for _ in range(3):
                start = time.perf_counter()
                for paragraph in paragraphs:
                    split(paragraph)
                runs.append(time.perf_counter() - start)
            timings[name] = statistics.median(runs)
        start = time.perf_counter()
        statements = segment(Document(title="A", source="generated", text=text))
        whole = time.perf_counter() - start
        figures = ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in timings.items())
        print(
            f"{size:>6} statements, sentence splitting: {figures}; claimdiff's whole segment(): {whole * 1000:.0f} ms"
        )
        print(f"        ({len(statements)} statements; target: well under a second at 10,000)")


def main() -> None:
    splitters: dict[str, Splitter] = {"claimdiff": claimdiff_sentences}
    reference = pysbd_splitter()
    if reference is None:
        print("pySBD is not installed (pip install -e '.[bench]'): claimdiff's figures only")
    else:
        splitters["pySBD"] = reference
    quality(splitters)
    speed(splitters)


if __name__ == "__main__":
    main()
