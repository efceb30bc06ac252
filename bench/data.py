"""Loading the public benchmark sets in ../shared/bench-data (see its README for licences)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

BENCH_DATA = Path(os.environ.get("CLAIMDIFF_BENCH_DATA", Path(__file__).resolve().parents[2] / "shared" / "bench-data"))


@dataclass(frozen=True)
class Pairs:
    """Sentence pairs with a gold value: a 0-5 similarity (STS-B) or a 0/1 paraphrase label (MSRP)."""

    left: list[str]
    right: list[str]
    gold: list[float]


def _rows(name: str) -> list[list[str]]:
    path = BENCH_DATA / name
    if not path.exists():
        raise SystemExit(f"bench: {path} not found (set CLAIMDIFF_BENCH_DATA to the bench-data folder)")
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return [line.split("\t") for line in lines if line]


def sts_benchmark() -> Pairs:
    rows = _rows("stsb-test.tsv")
    return Pairs([r[1] for r in rows], [r[2] for r in rows], [float(r[0]) for r in rows])


def msrp(split: str) -> Pairs:
    rows = _rows(f"msrp-{split}.tsv")
    return Pairs([r[1] for r in rows], [r[2] for r in rows], [float(r[0]) for r in rows])


def news_sentences() -> list[str]:
    """Every distinct sentence of the MSRP and STS-B sets: realistic news-like text for scale tests."""
    seen: dict[str, None] = {}
    for pairs in (msrp("train"), msrp("test"), sts_benchmark()):
        for sentence in pairs.left + pairs.right:
            seen.setdefault(sentence, None)
    return list(seen)
