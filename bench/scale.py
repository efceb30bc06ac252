"""How `claimdiff match` grows with article size: end-to-end time and peak memory.

Generates two articles of N statements each (N = 1,000 / 10,000 / 50,000 by default) from
real news sentences (MSRP, STS-B): article B restates a third of A's sentences in other words
(MSRP paraphrases), the rest are different sentences. Each size runs `claimdiff match A B
--format json` in a fresh process; the baseline in the same run is the command's own start-up
(`claimdiff --version`). Targets: 10,000 x 10,000 in under 5 s and under 1 GiB.

    python -m bench.scale [N ...] [--method semantic]

With --method semantic (the optional extra), the same runs show what sentence embeddings cost.
"""

from __future__ import annotations

import math
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.data import msrp, news_sentences

SIZES = (1_000, 10_000, 50_000)
SENTENCES_PER_PARAGRAPH = 4


def mutate(sentence: str, vocabulary: list[str], rng: random.Random) -> str:
    """A new sentence in the style of the original: two of its words swapped for others."""
    words = sentence.split()
    for _ in range(2):
        words[rng.randrange(len(words))] = rng.choice(vocabulary)
    return " ".join(words).rstrip(".") + "."


def articles(n: int, seed: int = 7) -> tuple[str, str]:
    rng = random.Random(seed)
    pool = news_sentences()
    paraphrases = msrp("train")
    pairs = [(a, b) for a, b, gold in zip(paraphrases.left, paraphrases.right, paraphrases.gold, strict=True) if gold]
    vocabulary = sorted({word for sentence in pool for word in sentence.split() if word.isalpha()})
    a: list[str] = []
    b: list[str] = []
    for i in range(n):
        if i % 3 == 0:
            left, right = pairs[(i // 3) % len(pairs)]
            a.append(left if i < 3 * len(pairs) else mutate(left, vocabulary, rng))
            b.append(right if i < 3 * len(pairs) else mutate(right, vocabulary, rng))
        else:
            a.append(mutate(rng.choice(pool), vocabulary, rng))
            b.append(mutate(rng.choice(pool), vocabulary, rng))
    rng.shuffle(b)
    return _text(f"Generated article A ({n} statements)", a), _text(f"Generated article B ({n} statements)", b)


def _text(title: str, sentences: list[str]) -> str:
    paragraphs = [
        " ".join(sentences[i : i + SENTENCES_PER_PARAGRAPH]) for i in range(0, len(sentences), SENTENCES_PER_PARAGRAPH)
    ]
    return "\n\n".join([title, *paragraphs]) + "\n"


def run_measured(*args: str) -> tuple[float, float]:
    """Seconds and peak resident MiB of one `claimdiff` run, in a fresh wrapper process."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "subprocess.run([sys.executable, '-c', 'from tui.cli import run; run()', *sys.argv[1:]],"
        " stdout=subprocess.DEVNULL, check=True)\n"
        "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True).stdout
    seconds, mebibytes = out.split()
    return float(seconds), float(mebibytes)


def yardstick() -> float:
    """Seconds for a fixed piece of pure-Python work: how fast this machine is right now.

    Shared machines drift by a quarter within an hour; dividing by this keeps runs comparable.
    """
    start = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - start


def main() -> None:
    arguments = sys.argv[1:]
    method = "lexical"
    if "--method" in arguments:
        method = arguments.pop(arguments.index("--method") + 1)
        arguments.remove("--method")
    sizes = [int(arg) for arg in arguments] or list(SIZES)
    print(f"method: {method}")
    floor, floor_memory = min(run_measured("--version") for _ in range(3))
    print(f"baseline: claimdiff --version  {floor:.2f} s  {floor_memory:.0f} MiB;  yardstick {yardstick():.2f} s")
    print(f"{'statements':>10s} {'seconds':>8s} {'x yard':>7s} {'x floor':>8s} {'us/stmt':>8s} {'peak MiB':>9s}")
    previous: tuple[int, float] | None = None
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            generation = time.perf_counter()
            text_a, text_b = articles(n)
            path_a, path_b = Path(folder, f"a{n}.txt"), Path(folder, f"b{n}.txt")
            path_a.write_text(text_a, encoding="utf-8")
            path_b.write_text(text_b, encoding="utf-8")
            generation = time.perf_counter() - generation
            seconds, memory = run_measured("match", str(path_a), str(path_b), "--format", "json", "--method", method)
            yard = yardstick()
            growth = ""
            if previous:
                exponent = math.log(seconds / previous[1]) / math.log(n / previous[0])
                growth = f"  time ~ n^{exponent:.2f} since {previous[0]}"
            print(
                f"{n:10d} {seconds:8.2f} {seconds / yard:7.2f} {seconds / floor:8.1f} {1e6 * seconds / (2 * n):8.1f}"
                f" {memory:9.0f}{growth}"
                f"   (generating took {generation:.1f} s)"
            )
            previous = (n, seconds)


if __name__ == "__main__":
    main()
