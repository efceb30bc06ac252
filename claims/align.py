"""Find the statements two articles share, the ones they contradict, and the related ones.

The score of a pair is a soft F1 over weighted terms: each term of one statement is
looked for in the other, exactly (after stemming, synonyms and place names) or by a
shared five-letter prefix (counted 0.8); precision and recall are weighted by how much a
term says (rare in English, rare in these two articles). On the STS Benchmark this
lexical score ranks sentence pairs better than TF-IDF cosine, character n-grams or
BM25 (bench/quality.py).

Scale: the matrices are sparse and are multiplied in blocks of rows; each statement keeps
its best few candidates, so memory grows with the number of statements, not their product.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from claims.cues import attribution_positions, contradicts, find_cues
from claims.document import Statement
from claims.relation import DEFAULT_MIN_SCORE, SAME_SCORE, Match, Relation
from claims.terms import Token, term_zipf, tokenize

METHOD = "lexical-softf1-v1"
MAX_ZIPF = 7.0
"""Words at least this common ("the", "of") carry no weight."""
PREFIX = 5
BETA = 2.0
IDF_POWER = 1.0
PREFIX_CREDIT = 0.8
ATTRIBUTION_WEIGHT = 0.25
"""Share of its weight a name keeps when it only says who made a claim."""
TOP_K = 10
"""Candidates kept per statement and side, so memory stays linear in the number of statements."""
TOP_RELATED = 3
"""A merely related pair is kept only among the best few of one of its statements."""
_BLOCK_CELLS = 4_000_000


@dataclass(frozen=True)
class _Side:
    indices: list[int]
    tokens: list[list[Token]]

    @classmethod
    def of_texts(cls, texts: Sequence[str]) -> _Side:
        return cls(list(range(len(texts))), [tokenize(text) for text in texts])


def align(left: Sequence[Statement], right: Sequence[Statement], min_score: float = DEFAULT_MIN_SCORE) -> list[Match]:
    """Matches between the claim statements of two documents, ordered by `a`, best first.

    Deterministic: the same statements always give the same matches.
    """
    a = _side(left)
    b = _side(right)
    if not a.indices or not b.indices:
        return []
    vocabulary, weights, prefixes = _vocabulary(a, b)
    ma = _matrices(a, vocabulary, weights, prefixes)
    mb = _matrices(b, vocabulary, weights, prefixes)
    rows, cols, scores = _best_pairs(ma, mb, min_score)
    near = _top_k(rows, cols, scores, TOP_RELATED) | _top_k(cols, rows, scores, TOP_RELATED)
    matches = []
    for i, j, score, is_near in zip(rows.tolist(), cols.tolist(), scores.tolist(), near.tolist(), strict=True):
        relation = _relation(a.tokens[i], b.tokens[j], score)
        if relation is not Relation.RELATED or is_near:
            matches.append(Match(a.indices[i], b.indices[j], score, relation))
    matches.sort(key=lambda m: (m.a, -m.score, m.b))
    return matches


def pair_scores(left: Sequence[str], right: Sequence[str]) -> np.ndarray:
    """Score of each pair (left[i], right[i]), weighting terms over all the sentences given.

    For benchmarks on sentence-pair sets (STS-B, MSRP): the same score `align` uses.
    """
    a, b = _Side.of_texts(left), _Side.of_texts(right)
    vocabulary, weights, prefixes = _vocabulary(a, b)
    ma = _matrices(a, vocabulary, weights, prefixes)
    mb = _matrices(b, vocabulary, weights, prefixes)
    precision = np.asarray(ma.exact.multiply(mb.present).sum(1)).ravel()
    precision += np.asarray(ma.prefix_weight.multiply(mb.prefix_present).sum(1)).ravel()
    recall = np.asarray(ma.present.multiply(mb.exact).sum(1)).ravel()
    recall += np.asarray(ma.prefix_present.multiply(mb.prefix_weight).sum(1)).ravel()
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(ma.total > 0, precision / ma.total, 0.0)
        r = np.where(mb.total > 0, recall / mb.total, 0.0)
    return _score(p, r)


def _side(statements: Sequence[Statement]) -> _Side:
    claims = [s for s in statements if s.kind.is_claim]
    return _Side([s.index for s in claims], [tokenize(s.text) for s in claims])


def _vocabulary(a: _Side, b: _Side) -> tuple[dict[str, int], np.ndarray, dict[str, int]]:
    """Term ids, term weights (English rarity times rarity in these two articles), prefix ids."""
    vocabulary: dict[str, int] = {}
    zipf: list[float] = []
    df: list[int] = []
    for tokens in [*a.tokens, *b.tokens]:
        seen: set[int] = set()
        for token in tokens:
            term_id = vocabulary.setdefault(token.term, len(vocabulary))
            if term_id == len(zipf):
                zipf.append(term_zipf(token))
                df.append(0)
            else:
                zipf[term_id] = max(zipf[term_id], term_zipf(token))
            if term_id not in seen:
                seen.add(term_id)
                df[term_id] += 1
    total = len(a.tokens) + len(b.tokens)
    rarity = np.maximum(0.0, MAX_ZIPF - np.asarray(zipf))
    idf = np.log((total + 1) / (np.asarray(df) + 1)) + 1
    weights = rarity * idf**IDF_POWER
    prefixes: dict[str, int] = {}
    for term in vocabulary:
        if _has_prefix(term):
            prefixes.setdefault(term[:PREFIX], len(prefixes))
    return vocabulary, weights, prefixes


def _has_prefix(term: str) -> bool:
    """Stems long enough for a shared prefix to mean a shared word ("sanction", "sanctioned")."""
    return len(term) >= PREFIX and term[0] not in "#@"


@dataclass(frozen=True)
class _Matrices:
    exact: sparse.csr_matrix
    """Weight a term earns when found exactly (full weight, or what prefix credit leaves)."""
    present: sparse.csr_matrix
    prefix_weight: sparse.csr_matrix
    prefix_present: sparse.csr_matrix
    total: np.ndarray


def _matrices(side: _Side, vocabulary: dict[str, int], weights: np.ndarray, prefixes: dict[str, int]) -> _Matrices:
    term_rows: list[int] = []
    term_cols: list[int] = []
    prefix_rows: list[int] = []
    prefix_cols: list[int] = []
    local: list[float] = []
    for row, tokens in enumerate(side.tokens):
        for term, factor in _local_factors(tokens).items():
            term_id = vocabulary[term]
            if weights[term_id] <= 0:
                continue
            term_rows.append(row)
            term_cols.append(term_id)
            local.append(factor)
            if _has_prefix(term):
                prefix_rows.append(row)
                prefix_cols.append(prefixes[term[:PREFIX]])
    shape = (len(side.tokens), len(vocabulary))
    term_weight = weights[term_cols] * np.asarray(local)
    has_prefix = np.zeros(len(term_cols), dtype=bool)
    prefix_of_term = [_has_prefix(t) for t in vocabulary]
    has_prefix[:] = [prefix_of_term[c] for c in term_cols]
    exact_weight = np.where(has_prefix, (1 - PREFIX_CREDIT) * term_weight, term_weight)
    exact = sparse.csr_matrix((exact_weight, (term_rows, term_cols)), shape=shape, dtype=np.float64)
    present = sparse.csr_matrix((np.ones(len(term_cols)), (term_rows, term_cols)), shape=shape, dtype=np.float64)
    prefix_shape = (len(side.tokens), max(1, len(prefixes)))
    prefix_weight = sparse.csr_matrix(
        (PREFIX_CREDIT * term_weight[has_prefix], (prefix_rows, prefix_cols)), shape=prefix_shape, dtype=np.float64
    )
    prefix_present = sparse.csr_matrix(
        (np.ones(len(prefix_rows)), (prefix_rows, prefix_cols)), shape=prefix_shape, dtype=np.float64
    )
    prefix_present.data[:] = 1.0  # two terms with one prefix are still one prefix present
    total = np.bincount(term_rows, weights=term_weight, minlength=len(side.tokens))
    return _Matrices(exact, present, prefix_weight, prefix_present, total)


def _local_factors(tokens: list[Token]) -> dict[str, float]:
    """Each distinct term of a statement, with how much of its weight it carries here."""
    attribution = attribution_positions(tokens)
    factors: dict[str, float] = {}
    for token in tokens:
        factor = ATTRIBUTION_WEIGHT if token.position in attribution else 1.0
        factors[token.term] = max(factor, factors.get(token.term, 0.0))
    return factors


def _best_pairs(a: _Matrices, b: _Matrices, min_score: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs scoring at least min_score that are among the TOP_K best of either statement."""
    n_a, n_b = a.exact.shape[0], b.exact.shape[0]
    block = max(1, _BLOCK_CELLS // max(1, n_b))
    exact_b_t, present_b_t = b.exact.T.tocsr(), b.present.T.tocsr()
    prefix_weight_b_t, prefix_present_b_t = b.prefix_weight.T.tocsr(), b.prefix_present.T.tocsr()
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    scores: list[np.ndarray] = []
    for start in range(0, n_a, block):
        stop = min(n_a, start + block)
        precision = (a.exact[start:stop] @ present_b_t + a.prefix_weight[start:stop] @ prefix_present_b_t).tocoo()
        recall = (a.present[start:stop] @ exact_b_t + a.prefix_present[start:stop] @ prefix_weight_b_t).tocoo()
        p_rows, p_cols, p_num = _canonical(precision)
        r_rows, r_cols, r_num = _canonical(recall)
        # Both products have one structure: a pair shares a weighted term or prefix either way round.
        assert np.array_equal(p_rows, r_rows) and np.array_equal(p_cols, r_cols)
        p = p_num / a.total[p_rows + start]
        r = r_num / b.total[p_cols]
        f1 = _score(p, r)
        keep = f1 >= min_score
        rows.append(p_rows[keep] + start)
        cols.append(p_cols[keep])
        scores.append(np.round(f1[keep], 4))
    all_rows = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    all_cols = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    all_scores = np.concatenate(scores) if scores else np.zeros(0)
    best = _top_k(all_rows, all_cols, all_scores, TOP_K) | _top_k(all_cols, all_rows, all_scores, TOP_K)
    return all_rows[best], all_cols[best], all_scores[best]


def _score(precision: np.ndarray, recall: np.ndarray) -> np.ndarray:
    """F-beta that leans toward the better-covered side, so a sentence restating a shorter
    one (or two of them) still scores high, while a chance overlap of a few words does not."""
    high = np.maximum(precision, recall)
    low = np.minimum(precision, recall)
    beta2 = BETA * BETA
    return np.where(high > 0, (1 + beta2) * high * low / np.maximum(beta2 * low + high, 1e-12), 0.0)


def _canonical(matrix: sparse.coo_matrix) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    order = np.lexsort((matrix.col, matrix.row))
    return matrix.row[order].astype(np.int64), matrix.col[order].astype(np.int64), matrix.data[order]


def _top_k(groups: np.ndarray, others: np.ndarray, scores: np.ndarray, k: int) -> np.ndarray:
    """Mask of the k best entries in each group; ties go to the lower index, for determinism."""
    if not len(groups):
        return np.zeros(0, dtype=bool)
    order = np.lexsort((others, -scores, groups))
    sorted_groups = groups[order]
    first = np.searchsorted(sorted_groups, sorted_groups, side="left")
    rank = np.arange(len(order)) - first
    mask = np.zeros(len(order), dtype=bool)
    mask[order] = rank < k
    return mask


def _relation(left: list[Token], right: list[Token], score: float) -> Relation:
    """Conflict if one denies or counts differently what both speak of; same if close; else related."""
    shared = {t.term for t in left if is_content(t)} & {t.term for t in right if is_content(t)}
    if contradicts(find_cues(left), find_cues(right), shared, score):
        return Relation.CONFLICT
    return Relation.SAME if score >= SAME_SCORE else Relation.RELATED


def is_content(token: Token) -> bool:
    """A term that says something ("drone", "Tehran", "7"), not a function word ("has")."""
    return MAX_ZIPF - term_zipf(token) >= 2.0
