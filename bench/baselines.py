"""Lexical reference methods, computed in the same run as claimdiff's so figures compare fairly.

Word TF-IDF cosine, character n-gram TF-IDF cosine (3-5 grams inside word boundaries) and
BM25 (both directions averaged), with IDF fitted over all sentences of the set.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np
from scipy import sparse

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def char_ngrams(text: str) -> list[str]:
    grams = []
    for word in words(text):
        padded = f" {word} "
        grams += [padded[i : i + n] for n in (3, 4, 5) for i in range(len(padded) - n + 1)]
    return grams


def _matrix(docs: list[list[str]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    rows, cols, values = [], [], []
    for row, doc in enumerate(docs):
        for term, count in Counter(doc).items():
            rows.append(row)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(float(count))
    return sparse.csr_matrix((values, (rows, cols)), shape=(len(docs), len(vocabulary)))


def tfidf_cosine(left: Sequence[str], right: Sequence[str], analyzer: Callable[[str], list[str]] = words) -> np.ndarray:
    """Cosine of sublinear TF-IDF vectors, pair by pair."""
    docs = [analyzer(t) for t in [*left, *right]]
    vocabulary: dict[str, int] = {}
    counts = _matrix(docs, vocabulary)
    counts.data = 1 + np.log(counts.data)
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1 + len(docs)) / (1 + df)) + 1
    weighted = sparse.csr_matrix(counts @ sparse.diags(idf))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(1)).ravel())
    weighted = sparse.csr_matrix(sparse.diags(1 / np.maximum(norms, 1e-12)) @ weighted)
    n = len(left)
    return np.asarray(weighted[:n].multiply(weighted[n:]).sum(1)).ravel()


def bm25(left: Sequence[str], right: Sequence[str], k1: float = 1.2, b: float = 0.75) -> np.ndarray:
    """Okapi BM25 of each sentence as a query against the other, averaged over both directions."""
    docs = [words(t) for t in [*left, *right]]
    df = Counter(term for doc in docs for term in set(doc))
    average = sum(map(len, docs)) / len(docs)
    total = len(docs)

    def score(query: list[str], doc: list[str]) -> float:
        counts = Counter(doc)
        value = 0.0
        for term in set(query):
            if term in counts:
                idf = math.log(1 + (total - df[term] + 0.5) / (df[term] + 0.5))
                tf = counts[term]
                value += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(doc) / average))
        return value

    n = len(left)
    return np.array([(score(docs[i], docs[n + i]) + score(docs[n + i], docs[i])) / 2 for i in range(n)])
