"""How well claimdiff's matcher scores sentence pairs, against lexical references in the same run.

Prints, for claimdiff's default method and each reference: STS Benchmark Spearman x 100,
MSRP accuracy and F1 (decision threshold chosen on the MSRP train set), and pairs per second;
then how well whole-document alignment recovers MSRP paraphrase pairs (msrp-mining.tsv).

    python -m bench.quality
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import numpy as np
from scipy.stats import spearmanr

from bench import baselines
from bench.data import BENCH_DATA, Pairs, msrp, sts_benchmark
from claims.align import SEMANTIC, align, pair_scores
from claims.document import Statement, StatementKind

Scorer = Callable[[Sequence[str], Sequence[str]], np.ndarray]

METHODS: dict[str, Scorer] = {
    "claimdiff (default)": pair_scores,
    "claimdiff semantic": lambda a, b: pair_scores(a, b, SEMANTIC),
    "word TF-IDF cosine": baselines.tfidf_cosine,
    "char 3-5-gram TF-IDF": lambda a, b: baselines.tfidf_cosine(a, b, baselines.char_ngrams),
    "BM25": baselines.bm25,
}


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> float:
    """The cut on the train set that gives the highest accuracy."""
    candidates = np.unique(scores)
    accuracies = [np.mean((scores >= c) == labels) for c in candidates]
    return float(candidates[int(np.argmax(accuracies))])


def accuracy_f1(scores: np.ndarray, labels: np.ndarray, threshold: float) -> tuple[float, float]:
    predicted = scores >= threshold
    true_positive = float(np.sum(predicted & labels))
    precision = true_positive / max(1.0, float(np.sum(predicted)))
    recall = true_positive / max(1.0, float(np.sum(labels)))
    f1 = 2 * precision * recall / max(1e-12, precision + recall)
    return float(np.mean(predicted == labels)), f1


def timed(scorer: Scorer, pairs: Pairs) -> tuple[np.ndarray, float]:
    start = time.perf_counter()
    scores = scorer(pairs.left, pairs.right)
    return scores, len(pairs.left) / (time.perf_counter() - start)


def mining() -> None:
    """Align the MSRP mining set as two 'documents' and score the gold pairs it recovers."""
    rows = [line.split("\t") for line in (BENCH_DATA / "msrp-mining.tsv").read_text("utf-8").splitlines()[1:]]
    left = [r for r in rows if r[0] == "L"]
    right = [r for r in rows if r[0] == "R"]
    right_index = {r[1]: i for i, r in enumerate(right)}
    gold = {(i, right_index[r[2]]) for i, r in enumerate(left) if r[2]}

    def statements(side: list[list[str]]) -> list[Statement]:
        return [Statement(i, 0, len(r[3]), StatementKind.BODY, r[3], i) for i, r in enumerate(side)]

    start = time.perf_counter()
    matches = align(statements(left), statements(right))
    seconds = time.perf_counter() - start
    best_a: dict[int, tuple[float, int]] = {}
    best_b: dict[int, tuple[float, int]] = {}
    for m in matches:
        best_a[m.a] = max(best_a.get(m.a, (0.0, -1)), (m.score, m.b))
        best_b[m.b] = max(best_b.get(m.b, (0.0, -1)), (m.score, m.a))
    print(f"\nMSRP mining: {len(left)} x {len(right)} sentences, {len(gold)} gold pairs, aligned in {seconds:.2f} s")
    for cut in (0.3, 0.4, 0.5):
        found = {(a, b) for a, (score, b) in best_a.items() if score >= cut and best_b[b][1] == a}
        hits = len(found & gold)
        precision, recall = hits / max(1, len(found)), hits / len(gold)
        f1 = 2 * precision * recall / max(1e-12, precision + recall)
        print(f"  mutual best with score >= {cut}: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")


def _semantic_installed() -> bool:
    from claims.semantic import SemanticUnavailable, check_installed

    try:
        check_installed()
    except SemanticUnavailable:
        return False
    return True


def main() -> None:
    sts, train, test = sts_benchmark(), msrp("train"), msrp("test")
    print(f"{'method':24s} {'STS-B':>6s} {'MSRP acc':>9s} {'MSRP F1':>8s} {'pairs/s':>9s}")
    for name, scorer in METHODS.items():
        if name == "claimdiff semantic" and not _semantic_installed():
            print(f"{name:24s} (not installed: pip install -e '.[semantic]')")
            continue
        sts_scores, speed = timed(scorer, sts)
        spearman = 100 * float(spearmanr(sts_scores, sts.gold).statistic)
        threshold = best_threshold(scorer(train.left, train.right), np.array(train.gold) > 0.5)
        accuracy, f1 = accuracy_f1(scorer(test.left, test.right), np.array(test.gold) > 0.5, threshold)
        print(f"{name:24s} {spearman:6.1f} {100 * accuracy:9.1f} {100 * f1:8.1f} {speed:9.0f}")
    mining()


if __name__ == "__main__":
    main()
