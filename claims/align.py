"""Find the statements two articles share, the ones they contradict, and the related ones.

The score of a pair: each term of one statement is looked for in the other, exactly (after
stemming, synonyms and place names) or by a shared five-letter prefix (counted 0.8).
Precision and recall are weighted by how much a term says (rare in English, rare in these
two articles) and combined by an F-beta that leans towards the better-covered side, so a
sentence restating a shorter one, or two of them, still scores high. On the STS Benchmark
this lexical score ranks sentence pairs better than TF-IDF cosine, character n-grams or BM25
(bench/quality.py).

Scale: candidates come from sparse products of content words, in blocks of rows; each
statement keeps its best few, so memory grows with the number of statements, never with
their product, and only candidate pairs are scored; the close reading of thousands of candidate
pairs is spread over the machine's cores (claims.cores).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations, product
from typing import Any, TypeVar

import numpy as np
from scipy import sparse

from claims.acronyms import with_acronyms
from claims.antecedents import antecedents, denying_pronouns
from claims.asides import asides
from claims.attribution import attribution_positions
from claims.collector import fewer_collections
from claims.cores import spread, worth_a_share
from claims.decisions import decided_thing, decides
from claims.descriptions import with_named_descriptions
from claims.document import Statement, StatementKind
from claims.groups import CAUSE_TOLD, CAUSE_UNKNOWN, Groups, Valued, groups_of
from claims.naming import naming_words
from claims.reading import Reading
from claims.reasons import explain
from claims.relation import DEFAULT_MIN_SCORE, SAME_SCORE, Match, Relation, Why
from claims.restatement import Weight
from claims.terms import Phrases, Token, tokenize
from claims.told_once import fact_told_apart
from claims.values_compared import (
    gives_one_telling_value,
)
from claims.verdict import COUNTERPART_SCORE, POLARITY_SCORE, VALUE_SCORE, contradicts, judge

METHOD = "lexical-fbeta-v2"
LEXICAL = "lexical"
SEMANTIC = "semantic"
METHODS = (LEXICAL, SEMANTIC)
"""lexical: words, stems, synonyms and places (the default, nothing to install). semantic: the
same, with sentence embeddings (claims.semantic) finding candidates and blended into the score."""
BLEND = 0.3
"""Share of the lexical score in the semantic method's score (the rest is the cosine): the
blend that ranks STS-B best (82 against 74.5 lexical alone, bench.quality)."""
SEMANTIC_CANDIDATE = 0.5
"""Pairs at least this close in meaning are scored whatever words they share."""
SEMANTIC_RELATED = 0.6
"""With the semantic method, a related pair is shown only from this cosine: any two sentences
of one story come out 0.3 to 0.5 close."""
MAX_ZIPF = 7.0
"""Words at least this common ("the", "of") carry no weight."""
CONTENT_RARITY = 2.0
"""A term at least this much rarer than MAX_ZIPF says something ("drone", not "has")."""
IDF_POWER = 1.0
PREFIX = 5
PREFIX_CREDIT = 0.8
BETA = 2.0
"""Weight of the better-covered side in the F-beta score."""
ATTRIBUTION_WEIGHT = 0.25
"""Share of its weight a name keeps when it only says who made a claim."""
TOP_K = 10
"""Matches kept per statement and side."""
RELATED_SCORE = 0.3
"""A merely related pair is shown only from this score, and only as the best match of one of
its statements that has no same claim or conflict: a reader wants the few links that add
something, not every sentence that mentions the story's subject."""
TOPIC_POWER = 0.5
"""How much less a word weighs the more statements of both articles use it (their topic)."""
TOPIC_PRIOR = 4
"""Statements without the word counted on top of each article's own when its share of them is
taken: a topic shows over many statements, and a one-line text has every word in all of its
statements (unsmoothed, two one-line texts would share nothing worth a link)."""
VALUED_MAX = 12
"""A thing that more statements of an article give a value for is no one fact."""
TOLD_ALIKE_MOST = 3
"""Most statements of an article that tell a fact told once alike and are each set against the other's (its
headline, its lead and one more): more are a theme of the article, not one fact of it."""
CANDIDATES = 10
"""Pairs scored per statement and side, found by shared content words."""
CANDIDATE_ZIPF = 5.5
"""Words rarer than this (Zipf) are the content words that find candidates..."""
CANDIDATE_MAX_DF = 200
"""... unless more statements than this (or 2% of them) hold the word."""
CANDIDATE_FLOOR = 0.05
"""Pairs whose content words overlap less than this (cosine) are not candidates."""
_BLOCK_CELLS = 20_000_000
_PAIR_CHUNK = 100_000

_TermWeights = dict[str, tuple[float, float]]
"""A statement's distinct terms: the share of weight each carries there, and its Zipf frequency."""


Group = TypeVar("Group", bound=Hashable)
"""What statements are grouped by on both sides: a thing measured, a subject."""


@dataclass(frozen=True)
class _Side:
    """The claim statements of one document, tokenized, read for the verdict on demand."""

    indices: list[int]
    texts: Sequence[str]
    tokens: list[list[Token]]
    terms: list[_TermWeights]
    names: frozenset[str]
    """Terms written capitalised inside a statement and never in lower case: the side's names."""
    read_tokens: list[list[Token]]
    """The tokens the verdict reads: of an article, with the name "the company" stands for."""
    antecedents: dict[int, str] = field(default_factory=dict)
    """Of an article, the claim each statement's bare "admitted this" stands for (claims.antecedents)."""
    _readings: dict[int, Reading] = field(default_factory=dict)
    places: frozenset[str] | None = None
    """The places both articles name again and again, the story's own (`with_story_places`)."""
    _flags: dict[str, np.ndarray] = field(default_factory=dict)
    _groups: dict[int, Groups] = field(default_factory=dict)

    @classmethod
    def of(
        cls, indices: list[int], texts: Sequence[str], phrases: Phrases | None = None, article: bool = False
    ) -> _Side:
        """The statements tokenized, joining place names or the `phrases` given; of an `article`,
        with the claim a bare "this" stands for (claims.antecedents), whose words count as the
        statement's own (the name "the company" stands for is put in by `named_as_in`, which needs
        the other article too)."""
        tokens = [tokenize(text, phrases) for text in texts]
        told = antecedents(texts) if article else {}
        for k, claim in told.items():
            tokens[k] = [*tokens[k], *tokenize(claim, phrases)]
        for k, name in (denying_pronouns(texts) if article else {}).items():
            tokens[k] = [*tokens[k], *tokenize(name, phrases)]
        weights = [_term_weights(t, _aside_terms(text, t, phrases)) for text, t in zip(texts, tokens, strict=True)]
        return cls(indices, texts, tokens, weights, _names(tokens), tokens, told)

    def named_as_in(self, other: _Side) -> _Side:
        """This side of an article, reading "the company" or "the 63-year-old" as the name it is about,
        or the two articles' story is about when this one names it too seldom to tell
        (claims.descriptions)."""
        return replace(self, read_tokens=with_named_descriptions(self.tokens, other.tokens))

    def with_story_places(self, places: frozenset[str]) -> _Side:
        """This side, knowing the places the story is about (`_story_places`)."""
        return replace(self, places=places, _readings={}, _flags={}, _groups={})

    def flags(self) -> np.ndarray:
        """Per statement: gives a number or time, may negate, asserts (is not hedged); worked out once."""
        found = self._flags.get("flags")
        if found is None:
            readings = [self.reading(row) for row in range(len(self.texts))]
            found = self._flags["flags"] = np.array(
                [(r.numeric, r.may_negate, not r.hedged) for r in readings], dtype=bool
            ).reshape(-1, 3)
        return found

    def groups(self, row: int) -> Groups:
        """The groups a statement falls in (claims.groups), worked out once, where it is read
        (`_read_ahead`) when the matcher reads ahead."""
        found = self._groups.get(row)
        if found is None:
            found = self._groups[row] = groups_of(self.reading(row), self.tokens[row], self.names)
        return found

    def valued_things(self) -> dict[Valued, list[int]]:
        """The statements giving a value of a thing a story has one of (claims.groups.valued_things),
        by what they measure."""
        return self._rows_by_each(lambda groups: groups.valued)

    def moments(self) -> dict[Valued, list[int]]:
        """The statements giving a time of day to the minute, by the zone it is told in, or a precise
        figure, by the figure (claims.groups.moments). A story tells many times, one for each of its
        events, and one figure may be given of two things, so these pairs are judged for one claim
        only (`_Candidates.moment_only`), not set against each other."""
        return self._rows_by_each(lambda groups: groups.moments)

    def subjects_with_rivals(self) -> dict[str, list[int]]:
        """The statements that say a word with rivals ("closed", "reopened"), by the subject
        they open with (claims.contrasts.subject_with_rivals)."""
        return self._rows_by(lambda groups: groups.subject)

    def denied_deeds(self) -> dict[tuple[str, str], list[int]]:
        """The statements that negate a deed outright, by the deed and each name they say ("\"Kai has
        not left the project\"": the leaving and Kai); a place is no name here."""
        return self._rows_by_each(lambda groups: groups.denied)

    def causes(self) -> tuple[list[int], list[int]]:
        """The statements that tell what caused the story's event, and those that say it is not
        yet known (claims.causes)."""
        found = self._rows_by(lambda groups: groups.cause)
        return found.get(CAUSE_TOLD, []), found.get(CAUSE_UNKNOWN, [])

    def told_once(self) -> dict[str, list[int]]:
        """For each kind of fact an article tells once (claims.told_once), the statements telling it, when they tell
        it alike (its headline and its lead: "Ryanair flight diverted to Porto" / "A Ryanair flight from Dublin to
        Lanzarote was diverted to Porto"): an article naming several hospitals' towns may tell of several people."""
        found = self._rows_by_each(lambda groups: groups.told_once)
        return {kind: rows for kind, rows in found.items() if self._told_alike(kind, rows)}

    def _told_alike(self, kind: str, rows: list[int]) -> bool:
        """Whether the statements at `rows` tell the fact of `kind` alike: few, and no two of them apart."""
        return len(rows) <= TOLD_ALIKE_MOST and not any(
            fact_told_apart(self.reading(i), self.reading(j), kind) is not None for i, j in combinations(rows, 2)
        )

    def kinds_of_cause(self) -> dict[str, list[int]]:
        """The statements that tell the kind of their event's cause, by kind (claims.causes.kind_of_cause)."""
        return self._rows_by(lambda groups: groups.cause_kind)

    def closings(self) -> dict[str, list[int]]:
        """The statements that tell when the story's deal is expected to close (claims.completions)."""
        return self._rows_by(lambda groups: _CLOSING if groups.closing else None)

    def decisions_left_open(self) -> dict[str, list[int]]:
        """The statements that say a decision is still to be made, by the term of what it is on
        (claims.decisions)."""
        return self._rows_by(lambda groups: groups.decision)

    def _rows_by(self, group_of: Callable[[Groups], Group | None]) -> dict[Group, list[int]]:
        """The statements of this side, by the one group of a kind each falls in (those in none left out)."""
        return self._rows_by_each(lambda groups: () if (group := group_of(groups)) is None else (group,))

    def _rows_by_each(self, groups_of: Callable[[Groups], Iterable[Group]]) -> dict[Group, list[int]]:
        """The statements of this side, by each group of a kind each falls in, in the order it gives them."""
        found: dict[Group, list[int]] = {}
        for row in range(len(self.texts)):
            for group in groups_of(self.groups(row)):
                found.setdefault(group, []).append(row)
        return found

    def deciding(self, keys: Collection[str]) -> dict[str, list[int]]:
        """The statements that tell a decision on each of `keys` as made, by it."""
        found: dict[str, list[int]] = {}
        for key in keys:
            for row, weights in enumerate(self.terms):
                if decided_thing(key) in weights and decides(self.reading(row), key):
                    found.setdefault(key, []).append(row)
        return found

    def saying(self, deeds: Collection[tuple[str, str]]) -> dict[tuple[str, str], list[int]]:
        """The statements that say each of `deeds` (a deed and a name), by it."""
        wanted = frozenset(deeds)
        heads = frozenset(head for head, _ in wanted)
        found: dict[tuple[str, str], list[int]] = {}
        if wanted:
            for row, weights in enumerate(self.terms):
                for head in heads.intersection(weights):
                    for name in weights:
                        if (head, name) in wanted:
                            found.setdefault((head, name), []).append(row)
        return found

    def knowing(self, worked_out: Sequence[tuple[Groups, dict[str, Any]]]) -> None:
        """Take what was worked out of its statements elsewhere (`_read_ahead`), in order: the groups
        each falls in, and what its reading found."""
        for row, (groups, found) in enumerate(worked_out):
            self._groups[row] = groups
            self.reading(row).knowing(found)

    def reading(self, row: int) -> Reading:
        """Negations, hedges, values and frame of time of a statement, worked out once."""
        found = self._readings.get(row)
        if found is None:
            found = self._readings[row] = Reading(
                self.texts[row], self.read_tokens[row], self.names, self.places, self.antecedents.get(row, "")
            )
        return found


MAIN_PLACE_SHARE = 0.2
"""A place named by at least this share of the two articles' statements is the story's own."""
_HEADS = 2
"""An article's first claim statements, its title and lead, which name the story's place."""


def _sides(claims_a: list[Statement], claims_b: list[Statement], phrases: Phrases) -> tuple[_Side, _Side]:
    """The claim statements of both documents, tokenized (`_Side.of`): of two long ones, each in a
    process of its own (claims.cores), as tokenizing thousands of statements takes a second."""
    both = (claims_a, claims_b)

    def tokenized(sides: range) -> list[_Side]:
        return [_Side.of([s.index for s in both[k]], [s.text for s in both[k]], phrases, True) for k in sides]

    a, b = spread(tokenized, 2, least=1) if worth_a_share(min(map(len, both))) else tokenized(range(2))
    return a, b


def _read_ahead(a: _Side, b: _Side) -> None:
    """Every statement of both sides read for what nearly every pair asks of it (`Reading.read_ahead`),
    the statements spread over the cores (claims.cores): read so, each is read once, where the
    close reading's processes would each read again the statements their pairs share, and the
    statements are read in parallel where the choice of pairs would read many of them in one
    process (which statements give a value, negate a deed or open on a subject)."""
    rows = [(a, row) for row in range(len(a.texts))] + [(b, row) for row in range(len(b.texts))]

    def read(positions: range) -> list[tuple[Groups, dict[str, Any]]]:
        return [
            (side.groups(row), side.reading(row).read_ahead().worked_out())
            for side, row in (rows[k] for k in positions)
        ]

    worked_out = spread(read, len(rows))
    a.knowing(worked_out[: len(a.texts)])
    b.knowing(worked_out[len(a.texts) :])


def _story_places(a: list[list[Token]], b: list[list[Token]]) -> frozenset[str]:
    """The places the story is about: those either article's title or lead names, and those
    MAIN_PLACE_SHARE of all statements name; a place named in passing ("In Germany, inflation fell
    to 2.4%" in a report on the eurozone) is a part of the story."""
    heads = {t.term for tokens in (*a[:_HEADS], *b[:_HEADS]) for t in tokens if t.is_place}
    named = Counter(term for tokens in (*a, *b) for term in {t.term for t in tokens if t.is_place})
    least = MAIN_PLACE_SHARE * (len(a) + len(b))
    return frozenset(heads | {term for term, count in named.items() if count >= least})


def _title_case(tokens: list[Token]) -> bool:
    """Whether a statement capitalises most of its words, as headlines may ("Oracle Buys Sun,
    Enters Server Hardware Business"): its first two words capitalised say nothing of a name."""
    words = [token for token in tokens if token.meaningful]
    return sum(token.capitalized for token in words) > 0.6 * len(words)


def _names(statements: list[list[Token]]) -> frozenset[str]:
    """Terms some statement writes capitalised after its first word, or as the first of a name of
    several words it opens with ("Prime Minister Shigeru Ishiba said"), and none in lower case."""
    capital = {token.term for tokens in statements for token in tokens[1:] if token.capitalized}
    capital.update(
        tokens[0].term
        for tokens in statements
        if len(tokens) > 1 and tokens[0].capitalized and tokens[1].capitalized and not _title_case(tokens)
    )
    lower = {token.term for tokens in statements for token in tokens if not token.capitalized}
    return frozenset(capital - lower)


@fewer_collections()
def align(
    left: Sequence[Statement],
    right: Sequence[Statement],
    min_score: float = DEFAULT_MIN_SCORE,
    method: str = LEXICAL,
) -> list[Match]:
    """Matches between the claim statements of two documents, ordered by `a`, best first.

    A pair scoring under min_score is left out, unless the two contradict each other: a value
    given differently from VALUE_SCORE, a denial of what the other asserts from POLARITY_SCORE
    (claims.verdict.contradicts; both raised in proportion to a min_score above the default),
    since a magnitude, a toll or a denial is often worded with little else in common; or they are
    the articles' headlines, judged whatever they score at the default min_score (each words the
    story's claim its own way).
    Deterministic: the same statements always give the same matches. method: LEXICAL, or
    SEMANTIC (claims.semantic; raises SemanticUnavailable when its packages are not installed).
    """
    claims_a, claims_b = _claims(left), _claims(right)
    phrases = with_acronyms(s.text for s in (*claims_a, *claims_b))
    a, b = _sides(claims_a, claims_b, phrases)
    a, b = a.named_as_in(b), b.named_as_in(a)
    places = _story_places(a.tokens, b.tokens)
    a, b = a.with_story_places(places), b.with_story_places(places)
    if not a.indices or not b.indices:
        return []
    _read_ahead(a, b)
    vocabulary = _vocabulary(a, b)
    ma, mb = _matrices(a, vocabulary), _matrices(b, vocabulary)
    vectors = _embeddings(a, b) if method == SEMANTIC else None
    # Contradictions are kept from lower scores than links, in proportion to min_score.
    strictness = min_score / DEFAULT_MIN_SCORE
    # Two headlines are judged whatever they score, unless the reader asks for closer links.
    titles_pair = _the_titles(claims_a, claims_b) if strictness <= 1 else _NO_PAIRS
    title_and_lead = _title_and_lead(claims_a, claims_b) if strictness <= 1 else _NO_PAIRS
    always_judged = (
        _giving_one_value(a, b),
        _opening_on_one_subject(a, b),
        titles_pair,
        title_and_lead,
        _denying_what_the_other_says(a, b),
        _answering_one_question(a, b),
        _telling_one_fact_apart(a, b),
    )
    one_moment = _pairs_in_groups(a.moments(), b.moments())
    rows, cols, scores, shown, similarities, kept, moment_only = _best_pairs(
        ma, mb, VALUE_SCORE * strictness, vectors, always_judged, one_moment
    )
    one_tally, one_subject, titles, title_lead, one_denial, one_question, one_fact_apart = kept
    weight = _weight_of(vocabulary)
    # Most pairs can be neither a same claim nor a conflict (too far apart, and no negation or
    # value to weigh): only the others are read closely.
    can_differ = a.flags()[rows] & b.flags()[cols]
    numbers, negations = can_differ[:, 0], (a.flags()[rows, 1] | b.flags()[cols, 1]) & can_differ[:, 2]
    # Each statement's best match. Counterparts (each other's, or a headline or lead of each) may
    # each add details to one claim.
    # Pairs kept only for telling one moment are no statement's best match (`_Side.moments`).
    ranked = np.where(moment_only, -1.0, shown)
    best_of_a, best_of_b = _top_k(rows, cols, ranked, 1) & ~moment_only, _top_k(cols, rows, ranked, 1) & ~moment_only
    heads_a, heads_b = _headline_and_lead(claims_a), _headline_and_lead(claims_b)
    heads = heads_a[rows] & heads_b[cols]
    counterparts = (best_of_a & best_of_b) | heads
    close = shown >= min_score
    about_the_same = (scores >= POLARITY_SCORE * strictness) | (similarities >= SEMANTIC_CANDIDATE)
    may_be_same = (scores >= SAME_SCORE) | (counterparts & (scores >= COUNTERPART_SCORE)) | heads
    worth = (
        (close & (may_be_same | (similarities >= SEMANTIC_RELATED)))
        | (((scores >= VALUE_SCORE * strictness) | one_tally) & numbers)
        | (about_the_same & negations)
        | one_subject
        | one_denial
        | one_question
        | one_fact_apart
        | titles
        | moment_only
    )
    chosen = np.flatnonzero(worth)
    covers = np.maximum(*_coverage(ma, mb, rows[chosen], cols[chosen]))
    candidates = _Candidates(
        a,
        b,
        rows[chosen].tolist(),
        cols[chosen].tolist(),
        scores[chosen].tolist(),
        shown[chosen].tolist(),
        covers.tolist(),
        similarities[chosen].tolist() if vectors is not None else None,
        one_tally=one_tally[chosen].tolist(),
        one_subject=one_subject[chosen].tolist(),
        one_denial=one_denial[chosen].tolist(),
        one_question=one_question[chosen].tolist(),
        one_fact_apart=one_fact_apart[chosen].tolist(),
        titles=titles[chosen].tolist(),
        title_lead=title_lead[chosen].tolist(),
        moment_only=moment_only[chosen].tolist(),
        numbers=numbers[chosen].tolist(),
        counterparts=counterparts[chosen].tolist(),
        heads=heads[chosen].tolist(),
        best=(best_of_a | best_of_b)[chosen].tolist(),
        headlines=frozenset(zip(*(side.tolist() for side in titles_pair), strict=True)),
        min_score=min_score,
        weight=weight,
    )
    verdicts = spread(candidates.verdicts, len(chosen))
    relations: list[Relation | None] = [None] * len(rows)
    whys: dict[int, Why] = {}
    chosen_list = chosen.tolist()
    for position, relation, why in verdicts:
        relations[chosen_list[position]] = relation
        if why is not None:
            whys[chosen_list[position]] = why
    for k in _heads_of_one_story(claims_a, claims_b, rows, cols, scores, relations):
        i, j = int(rows[k]), int(cols[k])
        relations[k] = Relation.SAME
        whys[k] = explain(a.reading(i), b.reading(j), Relation.SAME, weight)
    row_list, col_list, shown_list = rows.tolist(), cols.tolist(), shown.tolist()
    matches = [
        Match(a.indices[row_list[k]], b.indices[col_list[k]], shown_list[k], relation, whys[k])
        for k, relation in _worth_showing(rows, cols, shown, relations, best_of_a, best_of_b)
    ]
    matches.sort(key=lambda m: (m.a, -m.score, m.b))
    return matches


@dataclass(frozen=True)
class _Candidates:
    """The pairs worth a close reading, with what the verdict on each needs, by position."""

    a: _Side
    b: _Side
    rows: list[int]
    cols: list[int]
    scores: list[float]
    shown: list[float]
    covers: list[float]
    similarities: list[float] | None
    """Cosines, with the semantic method."""
    one_tally: list[bool]
    one_subject: list[bool]
    one_denial: list[bool]
    """Whether one denies a deed the other tells, and they were paired for it (`_denying_what_the_other_says`)."""
    one_question: list[bool]
    """Whether they answer one question of the story, paired for it (`_answering_one_question`): one
    settles what the other leaves open, or both tell when the deal closes."""
    one_fact_apart: list[bool]
    """Whether each is its article's one statement of a fact told once and they tell it apart
    (`_telling_one_fact_apart`): a conflict, whatever their score."""
    titles: list[bool]
    title_lead: list[bool]
    moment_only: list[bool]
    """Whether the pair was kept only for giving one time of day (`_Side.moments`): same, or nothing."""
    numbers: list[bool]
    counterparts: list[bool]
    heads: list[bool]
    best: list[bool]
    """Whether the pair is the best match of one of its statements: a related pair may be shown only then."""
    headlines: frozenset[tuple[int, int]]
    min_score: float
    weight: Weight

    def verdicts(self, positions: range) -> list[tuple[int, Relation, Why | None]]:
        """The pairs at `positions` that may be shown, each with its relation and, if it may be
        shown whatever its neighbours (not a related pair that is no statement's best match), the
        reason: a step claims.cores spreads over cores, so each reason is given where the
        statements' readings are."""
        found: list[tuple[int, Relation, Why | None]] = []
        for k in positions:
            relation = self._relation(k)
            if relation is None:
                continue
            if relation is Relation.RELATED and (self.shown[k] < RELATED_SCORE or not self.best[k]):
                found.append((k, relation, None))
                continue
            i, j = self.rows[k], self.cols[k]
            why = explain(self.a.reading(i), self.b.reading(j), relation, self.weight, (i, j) in self.headlines)
            found.append((k, relation, why))
        return found

    def _relation(self, k: int) -> Relation | None:
        reading_a, reading_b = self.a.reading(self.rows[k]), self.b.reading(self.cols[k])
        score, strictness = self.scores[k], self.min_score / DEFAULT_MIN_SCORE
        similarity = self.similarities[k] if self.similarities is not None else None
        far = self.shown[k] < self.min_score  # too far apart to show, unless they contradict
        moment_only = self.moment_only[k]
        if self.one_fact_apart[k]:
            return Relation.CONFLICT  # the one hospital each article names ("in Turin" / "in Aosta"), the weather
        if (
            far
            and not moment_only
            and contradicts(
                reading_a,
                reading_b,
                score,
                strictness,
                self.one_tally[k],
                self.one_subject[k],
                self.one_denial[k],
                self.one_question[k],
            )
        ):
            return Relation.CONFLICT
        # Far apart, only two headlines and pairs giving one telling value are judged ("Train
        # collision in India kills 17" / "At least 15 people died after a freight train hit ...";
        # "ECB keeps interest rates on hold" / "ECB holds rates steady"): worded apart, one claim if
        # the verdict finds nothing against it.
        if far and not (
            self.titles[k] or self.title_lead[k] or (self.numbers[k] and gives_one_telling_value(reading_a, reading_b))
        ):
            return None
        verdict = judge(
            reading_a,
            reading_b,
            score,
            self.covers[k],
            self.weight,
            similarity,
            self.counterparts[k],
            self.heads[k],
            self.titles[k],
        )
        if verdict is Relation.RELATED and (far or (similarity is not None and similarity < SEMANTIC_RELATED)):
            return None  # with the semantic method, a merely related pair must be close in meaning
        if moment_only and verdict is not Relation.SAME:
            return None
        return verdict


def _headline_and_lead(claims: list[Statement]) -> np.ndarray:
    """Per claim statement: whether it is the article's title or its first sentence (the lead).
    A news report states its central claim in both: the headline and the lead of one and of
    the other tell one story, each compressing it its own way."""
    heads = np.array([s.kind is StatementKind.TITLE for s in claims], dtype=bool)
    lead = _lead_of(claims)
    if lead is not None:
        heads[lead] = True
    return heads


_NO_PAIRS = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))


def _the_titles(claims_a: list[Statement], claims_b: list[Statement]) -> tuple[np.ndarray, np.ndarray]:
    """The pair of the two articles' headlines, when both have one: each tells the story's central
    claim in its own few words, so the two are judged whatever they score."""
    return _present_pairs([(_title_of(claims_a), _title_of(claims_b))])


def _title_and_lead(claims_a: list[Statement], claims_b: list[Statement]) -> tuple[np.ndarray, np.ndarray]:
    """The headline of each article with the lead of the other, and the two leads, when both have
    them: each tells the story's central claim, the headline in a few words of its own and the lead
    with details of its own, so the two are judged whatever they score ("EU hits Apple with €1.8bn
    fine in Spotify case" / "The European Commission fined Apple 1.8 billion euros on Monday for
    ..."; "Dockworkers at the port of Antwerp began a 48-hour strike on Monday" / "A two-day walkout
    by dockers brought Europe's second-largest port to a near standstill on Monday")."""
    title_a, title_b, lead_a, lead_b = _title_of(claims_a), _title_of(claims_b), _lead_of(claims_a), _lead_of(claims_b)
    return _present_pairs([(title_a, lead_b), (lead_a, title_b), (lead_a, lead_b)])


def _heads_of_one_story(
    claims_a: list[Statement],
    claims_b: list[Statement],
    rows: np.ndarray,
    cols: np.ndarray,
    scores: np.ndarray,
    relations: list[Relation | None],
) -> list[int]:
    """The positions of each headline with the other article's lead, when the two headlines make one
    claim and so do the two leads, the two are about the same thing (POLARITY_SCORE) and the verdict
    on them found nothing against it (no conflict): all four tell the story's central claim, each
    headline in a few words of its own ("Ryanair profits fall as fares drop" / "Profit after tax
    dropped 46% to 360 million euros in the first quarter"). A headline and its own article's lead
    tell one claim, so what one headline shares with the other article's headline it shares with
    that article's lead. Own pairs: same 4370 -> 4591 right of 5899, 221 of 258 added right."""
    title_a, title_b, lead_a, lead_b = _title_of(claims_a), _title_of(claims_b), _lead_of(claims_a), _lead_of(claims_b)
    if title_a is None or title_b is None or lead_a is None or lead_b is None:
        return []

    def position(i: int, j: int) -> int | None:
        found = np.flatnonzero((rows == i) & (cols == j))
        return int(found[0]) if len(found) else None

    titles, leads = position(title_a, title_b), position(lead_a, lead_b)
    if (
        titles is None
        or leads is None
        or relations[titles] is not Relation.SAME
        or relations[leads] is not Relation.SAME
    ):
        return []
    crossed = (position(title_a, lead_b), position(lead_a, title_b))
    return [
        k for k in crossed if k is not None and relations[k] in (None, Relation.RELATED) and scores[k] >= POLARITY_SCORE
    ]


def _present_pairs(pairs: list[tuple[int | None, int | None]]) -> tuple[np.ndarray, np.ndarray]:
    """The pairs whose two statements both exist, as rows and columns."""
    present = [(i, j) for i, j in pairs if i is not None and j is not None]
    return np.array([i for i, _ in present], dtype=np.int64), np.array([j for _, j in present], dtype=np.int64)


def _title_of(claims: list[Statement]) -> int | None:
    return next((k for k, s in enumerate(claims) if s.kind is StatementKind.TITLE), None)


def _lead_of(claims: list[Statement]) -> int | None:
    return next((k for k, s in enumerate(claims) if s.kind is not StatementKind.TITLE), None)


def _giving_one_value(a: _Side, b: _Side) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of statements that both give a toll, a count of damage, a magnitude or a depth of one
    thing ("Five people had so far been confirmed dead" / "24 dead and over 200 injured"): they are
    often worded with nothing else in common, and two of them must be compared. A thing that
    more than VALUED_MAX statements of a side give is no one fact (a table, a list of results)."""
    return _pairs_in_groups(a.valued_things(), b.valued_things())


def _opening_on_one_subject(a: _Side, b: _Side) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of statements that open with the same subject and each say a word with rivals
    ("The museum will stay closed until Friday" / "The museum reopened to visitors on
    Wednesday"): opposites said of one thing, often with nothing else in common."""
    return _pairs_in_groups(a.subjects_with_rivals(), b.subjects_with_rivals())


def _denying_what_the_other_says(a: _Side, b: _Side) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of statements one of which negates a deed the other says ("\"Kai has not left the
    project,\" a Netflix spokesperson said" / "Director Kai Lund has left the Netflix thriller"): a
    denial of a story's own event is worded in the story's own words, which weigh little, so the
    two may score too low to be read closely. Both must name the same one (not a place): a denial
    by one side of a story ("Iran's foreign ministry rejected Kyiv's claims") against what another
    side says is read only as closely as their words allow."""
    denied_a, denied_b = a.denied_deeds(), b.denied_deeds()
    rows_a, cols_a = _pairs_in_groups(denied_a, b.saying(denied_a.keys()))
    rows_b, cols_b = _pairs_in_groups(a.saying(denied_b.keys()), denied_b)
    return np.concatenate([rows_a, rows_b]), np.concatenate([cols_a, cols_b])


def _telling_one_fact_apart(a: _Side, b: _Side) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of the one statement of each article telling a fact told once (claims.told_once), when the two tell it
    apart ("flown to hospital in Turin" / "airlifted to a hospital in Aosta"; "Heavy rain was falling" / "The
    weather was clear"): found for each kind both articles tell once, so only that kind is asked of them."""
    once_a, once_b = a.told_once(), b.told_once()
    rows: list[int] = []
    cols: list[int] = []
    for kind in sorted(once_a.keys() & once_b.keys()):
        for mine, theirs in product(once_a[kind], once_b[kind]):
            if fact_told_apart(a.reading(mine), b.reading(theirs), kind) is not None:
                rows.append(mine)
                cols.append(theirs)
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def _answering_one_question(a: _Side, b: _Side) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of statements that answer one question of the story, one settling what the other
    leaves open: what caused the
    story's event against its cause not yet known ("Officials said an electrical fault was the
    likely cause" / "The cause of the fire is not yet known") or one kind of cause against another ("set
    deliberately" / "caused by a lightning strike"), a decision told as made against one
    not yet made ("Rutte said he would run for a fifth term" / "He said he had not yet decided
    whether to run again"), a date given against one not yet set ("Talks will resume on Monday" /
    "No date has been set for new talks"); and two statements that tell when the story's deal is
    expected to close ("in the first quarter of next year" / "by the end of this year"). They share
    little but "cause", the deed or the thing."""
    told_a, unknown_a = a.causes()
    told_b, unknown_b = b.causes()
    kinds_a, kinds_b = a.kinds_of_cause(), b.kinds_of_cause()
    open_a, open_b = a.decisions_left_open(), b.decisions_left_open()
    pairs = (
        _pairs_in_groups(a.closings(), b.closings()),
        *(
            _pairs_in_groups({_CAUSE: kinds_a[mine]}, {_CAUSE: kinds_b[theirs]})
            for mine in kinds_a
            for theirs in kinds_b
            if mine != theirs
        ),
        _pairs_in_groups({_CAUSE: told_a}, {_CAUSE: unknown_b}),
        _pairs_in_groups({_CAUSE: unknown_a}, {_CAUSE: told_b}),
        _pairs_in_groups(open_a, b.deciding(open_a.keys())),
        _pairs_in_groups(a.deciding(open_b.keys()), open_b),
    )
    return np.concatenate([rows for rows, _ in pairs]), np.concatenate([cols for _, cols in pairs])


_CAUSE = "cause"
_CLOSING = "closing"


def _pairs_in_groups(
    groups_a: Mapping[Group, list[int]], groups_b: Mapping[Group, list[int]]
) -> tuple[np.ndarray, np.ndarray]:
    """Every pair of statements in one group on both sides (rows, columns), leaving out a group
    that more than VALUED_MAX statements of a side are in: it is no one fact."""
    rows: list[int] = []
    cols: list[int] = []
    for key in groups_a.keys() & groups_b.keys():
        mine, theirs = groups_a[key], groups_b[key]
        if len(mine) <= VALUED_MAX and len(theirs) <= VALUED_MAX:
            rows.extend(i for i in mine for _ in theirs)
            cols.extend(j for _ in mine for j in theirs)
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def _worth_showing(
    rows: np.ndarray,
    cols: np.ndarray,
    scores: np.ndarray,
    relations: list[Relation | None],
    best_of_a: np.ndarray,
    best_of_b: np.ndarray,
) -> list[tuple[int, Relation]]:
    """Every same claim and conflict; a related pair only if it scores RELATED_SCORE and is the
    best match (`best_of_a`, `best_of_b`) of a statement that has no same claim or conflict."""
    judged = [(k, relation) for k, relation in enumerate(relations) if relation is not None]
    links = np.array([k for k, relation in judged if relation is not Relation.RELATED], dtype=np.int64)
    linked_a = np.zeros(int(rows.max(initial=0)) + 1, dtype=bool)
    linked_b = np.zeros(int(cols.max(initial=0)) + 1, dtype=bool)
    linked_a[rows[links]] = True
    linked_b[cols[links]] = True
    useful = ((best_of_a & ~linked_a[rows]) | (best_of_b & ~linked_b[cols])).tolist()
    # Plain lists: a numpy array indexed one element at a time is slow.
    score_list = scores.tolist()
    return [
        (k, relation)
        for k, relation in judged
        if relation is not Relation.RELATED or (score_list[k] >= RELATED_SCORE and useful[k])
    ]


def pair_scores(left: Sequence[str], right: Sequence[str], method: str = LEXICAL) -> np.ndarray:
    """Score of each pair (left[i], right[i]), weighting terms over all the sentences given.

    For benchmarks on sentence-pair sets (STS-B, MSRP): the same score `align` uses.
    """
    a, b = _Side.of(list(range(len(left))), left), _Side.of(list(range(len(right))), right)
    ma, mb = _weigh(a, b)
    pairs = np.arange(len(left))
    scores = _scores_of(ma, mb, pairs, pairs)
    if method == SEMANTIC:
        left_vectors, right_vectors = _embeddings(a, b)
        similarities = np.einsum("ij,ij->i", left_vectors, right_vectors).astype(np.float64)
        return np.asarray(np.clip(BLEND * scores + (1 - BLEND) * similarities, 0.0, 1.0))
    return scores


def relate_pairs(left: Sequence[str], right: Sequence[str], method: str = LEXICAL) -> list[Match]:
    """The verdict on each pair (left[i], right[i]), weighting terms over all the sentences given.

    For benchmarks on labelled sentence pairs (SICK, the hand-written development pairs):
    the same decision `align` makes on a candidate pair, whatever its score.
    """
    a, b = _Side.of(list(range(len(left))), left), _Side.of(list(range(len(right))), right)
    vocabulary = _vocabulary(a, b, topic_weighting=False)
    ma, mb = _matrices(a, vocabulary), _matrices(b, vocabulary)
    pairs = np.arange(len(left))
    precision, recall = _coverage(ma, mb, pairs, pairs)
    scores, covers = np.round(_score(precision, recall), 4), np.maximum(precision, recall)
    similarities: list[float | None] = [None] * len(left)
    shown = scores
    if method == SEMANTIC:
        left_vectors, right_vectors = _embeddings(a, b)
        cosines = np.einsum("ij,ij->i", left_vectors, right_vectors).astype(np.float64)
        similarities = list(cosines.tolist())
        shown = np.round(np.clip(BLEND * scores + (1 - BLEND) * cosines, 0.0, 1.0), 4)
    weight = _weight_of(vocabulary)
    matches = []
    for i, (score, cover) in enumerate(zip(scores.tolist(), covers.tolist(), strict=True)):
        relation = judge(a.reading(i), b.reading(i), score, cover, weight, similarities[i])
        why = explain(a.reading(i), b.reading(i), relation, weight)
        matches.append(Match(i, i, float(shown[i]), relation, why))
    return matches


def is_content(token: Token) -> bool:
    """A term that says something ("drone", "Tehran"), not a function word ("has")."""
    return MAX_ZIPF - token.zipf >= CONTENT_RARITY


def _claims(statements: Sequence[Statement]) -> list[Statement]:
    return [s for s in statements if s.kind.is_claim]


def _term_weights(tokens: list[Token], asides: frozenset[str] = frozenset()) -> _TermWeights:
    """Each distinct term of a statement; names that only attribute the claim count little,
    and so do the first parts of a person's name ("Warren" of "Warren Jeffs"): a report names
    someone in full once and by surname after, so the surname alone says who; and so do the
    terms only said in passing (`asides`: "SeaMicro, a maker of microservers, ...")."""
    discounted = attribution_positions(tokens) | naming_words(tokens).keys()
    if not discounted and not asides:
        return {token.term: (1.0, token.zipf) for token in tokens}
    # A term keeps its full weight if it also appears outside an attribution, a full name or an aside.
    full = {
        token.term for position, token in enumerate(tokens) if position not in discounted and token.term not in asides
    }
    return {token.term: (1.0 if token.term in full else ATTRIBUTION_WEIGHT, token.zipf) for token in tokens}


def _aside_terms(text: str, tokens: list[Token], phrases: Phrases | None) -> frozenset[str]:
    """The terms a statement (`tokens`) only uses in passing, describing a name (claims.asides)."""
    spans = asides(text)
    if not spans:
        return frozenset()
    inside = Counter(t.term for start, end in spans for t in tokenize(text[start:end], phrases))
    overall = Counter(t.term for t in tokens if t.term in inside)
    return frozenset(term for term, count in inside.items() if overall[term] <= count)


@dataclass(frozen=True)
class _Vocabulary:
    ids: dict[str, int]
    weights: np.ndarray
    """Per term: rarity in English times rarity in these two articles."""
    prefix_of: np.ndarray
    """Per term: the id of its five-letter prefix, or -1 for short stems, numbers and places."""
    prefixes: int
    content: np.ndarray
    """Per term: whether it finds candidate pairs."""


def _vocabulary(a: _Side, b: _Side, topic_weighting: bool = True) -> _Vocabulary:
    """The terms of both sides with their weights. topic_weighting: the sides are two articles
    on one story (not a set of unrelated sentence pairs), whose shared topic weighs less."""
    ids: dict[str, int] = {}
    zipf: list[float] = []
    df_a: list[int] = []
    df_b: list[int] = []
    for side, df, other in ((a, df_a, df_b), (b, df_b, df_a)):
        for terms in side.terms:
            for term, (_, term_zipf) in terms.items():
                term_id = ids.get(term)
                if term_id is None:
                    ids[term] = len(zipf)
                    zipf.append(term_zipf)
                    df.append(1)
                    other.append(0)
                else:
                    df[term_id] += 1
                    zipf[term_id] = max(zipf[term_id], term_zipf)
    total = len(a.terms) + len(b.terms)
    zipfs, in_a, in_b = np.asarray(zipf), np.asarray(df_a), np.asarray(df_b)
    dfs = in_a + in_b
    idf = np.log((total + 1) / (dfs + 1)) + 1
    # The two articles' shared topic ("Iran", "drone", "Russia" in every other sentence of both)
    # says little about which two statements make the same claim.
    # Smoothed by TOPIC_PRIOR: two one-line texts share words, not a topic.
    share_a, share_b = in_a / (len(a.terms) + TOPIC_PRIOR), in_b / (len(b.terms) + TOPIC_PRIOR)
    topic = np.minimum(share_a, share_b) if topic_weighting else 0.0
    weights = np.maximum(0.0, MAX_ZIPF - zipfs) * idf**IDF_POWER * (1.0 - topic) ** TOPIC_POWER
    prefix_ids: dict[str, int] = {}
    prefix_of = np.array(
        [prefix_ids.setdefault(t[:PREFIX], len(prefix_ids)) if _has_prefix(t) else -1 for t in ids], dtype=np.int64
    )
    # Content words and numbers find candidates, unless so widespread in these articles that
    # they would pair nearly everything (a search engine's stop list, made from the articles).
    numbers = np.fromiter((t[0] == "#" for t in ids), dtype=bool, count=len(ids))
    content = ((zipfs < CANDIDATE_ZIPF) | numbers) & (dfs <= max(CANDIDATE_MAX_DF, total // 50)) & (weights > 0)
    return _Vocabulary(ids, weights, prefix_of, len(prefix_ids), content)


def _weight_of(vocabulary: _Vocabulary) -> Callable[[str], float]:
    """A term's weight in these two articles (0 for a term neither uses)."""
    weights: dict[str, float] = dict(zip(vocabulary.ids, vocabulary.weights.tolist(), strict=True))

    def weight(term: str) -> float:
        return weights.get(term, 0.0)

    return weight


def _has_prefix(term: str) -> bool:
    """Stems long enough for a shared prefix to mean a shared word ("sanction", "sanctioned")."""
    return len(term) >= PREFIX and term[0] not in "#@"


@dataclass(frozen=True)
class _Matrices:
    """One side's statements as sparse rows over the vocabulary (and over prefixes)."""

    exact: sparse.csr_matrix
    """Weight a term earns when found exactly (all of it, or what prefix credit leaves)."""
    present: sparse.csr_matrix
    prefix_weight: sparse.csr_matrix
    prefix_present: sparse.csr_matrix
    total: np.ndarray
    content: sparse.csr_matrix
    """Content words and their prefixes, rows of unit length: finds candidate pairs."""


def _weigh(a: _Side, b: _Side) -> tuple[_Matrices, _Matrices]:
    """Both sides of a set of sentence pairs as weighted term matrices over one vocabulary."""
    vocabulary = _vocabulary(a, b, topic_weighting=False)
    return _matrices(a, vocabulary), _matrices(b, vocabulary)


def _matrices(side: _Side, vocabulary: _Vocabulary) -> _Matrices:
    count = sum(map(len, side.terms))
    rows = np.repeat(np.arange(len(side.terms)), [len(terms) for terms in side.terms])
    cols = np.fromiter((vocabulary.ids[t] for terms in side.terms for t in terms), dtype=np.int64, count=count)
    factors = np.fromiter((f for terms in side.terms for f, _ in terms.values()), dtype=np.float64, count=count)
    weighted = vocabulary.weights[cols] > 0
    rows, cols, weight = rows[weighted], cols[weighted], vocabulary.weights[cols[weighted]] * factors[weighted]
    prefix = vocabulary.prefix_of[cols]
    has_prefix = prefix >= 0
    shape = (len(side.terms), len(vocabulary.ids))
    exact = _csr(np.where(has_prefix, (1 - PREFIX_CREDIT) * weight, weight), rows, cols, shape)
    present = _csr(np.ones(len(cols)), rows, cols, shape)
    prefix_shape = (len(side.terms), max(1, vocabulary.prefixes))
    prefix_rows, prefix_cols = rows[has_prefix], prefix[has_prefix]
    prefix_weight = _csr(PREFIX_CREDIT * weight[has_prefix], prefix_rows, prefix_cols, prefix_shape)
    prefix_present = _csr(np.ones(len(prefix_cols)), prefix_rows, prefix_cols, prefix_shape)
    prefix_present.data[:] = 1.0  # two terms with one prefix are still one prefix present
    content_terms = vocabulary.content[cols]
    content_prefixes = content_terms & has_prefix
    content = _csr(
        np.concatenate([weight[content_terms], weight[content_prefixes]]),
        np.concatenate([rows[content_terms], rows[content_prefixes]]),
        np.concatenate([cols[content_terms], len(vocabulary.ids) + prefix[content_prefixes]]),
        (len(side.terms), len(vocabulary.ids) + prefix_shape[1]),
    )
    norms = np.sqrt(np.asarray(content.multiply(content).sum(axis=1)).ravel())
    content = sparse.csr_matrix(sparse.diags(1 / np.maximum(norms, 1e-12)) @ content)
    total = np.bincount(rows, weights=weight, minlength=len(side.terms))
    return _Matrices(exact, present, prefix_weight, prefix_present, total, content)


def _csr(data: np.ndarray, rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int]) -> sparse.csr_matrix:
    """A CSR matrix; entries at the same place are summed."""
    return sparse.csr_matrix((data, (rows, cols)), shape=shape, dtype=np.float64)


_Vectors = tuple[np.ndarray, np.ndarray]


def _embeddings(a: _Side, b: _Side) -> _Vectors:
    from claims.semantic import embed

    return embed(a.texts), embed(b.texts)


def _best_pairs(
    a: _Matrices,
    b: _Matrices,
    min_score: float,
    vectors: _Vectors | None = None,
    kept: Sequence[tuple[np.ndarray, np.ndarray]] = (),
    added: tuple[np.ndarray, np.ndarray] = _NO_PAIRS,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, list[np.ndarray], np.ndarray]:
    """Pairs scoring at least min_score that are among the TOP_K best of either statement, or
    that are in one of the sets `kept` (pairs giving a value for one thing, pairs opening with
    one subject: kept whatever their score and rank): rows, columns, lexical scores, the scores
    shown (the blend, for the semantic method), the cosine similarities (zeros for the lexical
    method), for each set kept which pairs are in it, and which pairs are there only because they
    are `added` after the others were chosen (pairs telling one moment: they take no other's rank)."""
    rows, cols = _candidates(a, b)
    width = b.content.shape[0]
    extra = [] if vectors is None else [_nearest_in_meaning(*vectors)]
    extra.extend(kept)
    if extra:
        pairs = np.unique(np.concatenate([rows * width + cols, *(r * width + c for r, c in extra)]))
        rows, cols = pairs // width, pairs % width
    scores, shown, similarities = _scored(a, b, rows, cols, vectors)
    members = [np.isin(rows * width + cols, r * width + c) for r, c in kept]
    in_any = np.logical_or.reduce(members) if members else np.zeros(len(rows), dtype=bool)
    keep = (shown >= min_score) | in_any
    rows, cols, scores, shown, similarities = rows[keep], cols[keep], scores[keep], shown[keep], similarities[keep]
    best = _top_k(rows, cols, shown, TOP_K) | _top_k(cols, rows, shown, TOP_K) | in_any[keep]
    rows, cols, scores, shown, similarities = rows[best], cols[best], scores[best], shown[best], similarities[best]
    members = [member[keep][best] for member in members]
    new = np.setdiff1d(added[0] * width + added[1], rows * width + cols)
    new_rows, new_cols = new // width, new % width
    new_scores, new_shown, new_similarities = _scored(a, b, new_rows, new_cols, vectors)
    none_new = np.zeros(len(new), dtype=bool)
    return (
        np.concatenate([rows, new_rows]),
        np.concatenate([cols, new_cols]),
        np.concatenate([scores, new_scores]),
        np.concatenate([shown, new_shown]),
        np.concatenate([similarities, new_similarities]),
        [np.concatenate([member, none_new]) for member in members],
        np.concatenate([np.zeros(len(rows), dtype=bool), ~none_new]),
    )


def _scored(
    a: _Matrices, b: _Matrices, rows: np.ndarray, cols: np.ndarray, vectors: _Vectors | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each pair: its lexical score, the score shown (the blend, for the semantic method) and
    its cosine similarity (zeros for the lexical method)."""
    scores = np.round(_scores_of(a, b, rows, cols), 4)
    if vectors is None:
        return scores, scores, np.zeros(len(rows))
    similarities = np.einsum("ij,ij->i", vectors[0][rows], vectors[1][cols]).astype(np.float64)
    return scores, np.round(np.clip(BLEND * scores + (1 - BLEND) * similarities, 0.0, 1.0), 4), similarities


def _nearest_in_meaning(left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each statement of either side, the CANDIDATES of the other closest in meaning
    (cosine at least SEMANTIC_CANDIDATE), in blocks so memory stays bounded."""
    found_rows: list[np.ndarray] = [np.zeros(0, dtype=np.int64)]
    found_cols: list[np.ndarray] = [np.zeros(0, dtype=np.int64)]
    for mine, theirs, flip in ((left, right, False), (right, left, True)):
        block = max(1, _BLOCK_CELLS // max(1, theirs.shape[0]))
        keep = min(CANDIDATES, theirs.shape[0])
        for start in range(0, mine.shape[0], block):
            product = mine[start : start + block] @ theirs.T
            top = np.argpartition(-product, keep - 1, axis=1)[:, :keep]
            close = np.take_along_axis(product, top, axis=1) >= SEMANTIC_CANDIDATE
            here = np.repeat(np.arange(start, start + product.shape[0]), keep).reshape(-1, keep)[close]
            there = top[close].astype(np.int64)
            found_rows.append(there if flip else here)
            found_cols.append(here if flip else there)
    return np.concatenate(found_rows), np.concatenate(found_cols)


def _candidates(a: _Matrices, b: _Matrices) -> tuple[np.ndarray, np.ndarray]:
    """Pairs worth scoring: the CANDIDATES closest of each statement, by its content words.

    Function words ("said", "the") would make nearly every pair share something; leaving
    them out here keeps the blockwise products sparse, and costs little, since pairs that
    share only function words score below any useful threshold.
    """
    rows_a, cols_a = _nearest(a.content, b.content)
    cols_b, rows_b = _nearest(b.content, a.content)
    width = b.content.shape[0]
    pairs = np.unique(np.concatenate([rows_a * width + cols_a, rows_b * width + cols_b]))
    return pairs // width, pairs % width


def _nearest(left: sparse.csr_matrix, right: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """For each row of left, the CANDIDATES rows of right with the highest product."""
    right_t = right.T.tocsr()
    block = max(1, _BLOCK_CELLS // max(1, right.shape[0]))
    rows: list[np.ndarray] = [np.zeros(0, dtype=np.int64)]
    cols: list[np.ndarray] = [np.zeros(0, dtype=np.int64)]
    for start in range(0, left.shape[0], block):
        product = sparse.csr_matrix(left[start : start + block] @ right_t)
        block_rows = np.repeat(np.arange(product.shape[0]), np.diff(product.indptr))
        close = np.flatnonzero(product.data >= CANDIDATE_FLOOR)
        # Products of unit rows lie in [0, 1]: one stable sort by row, then by falling product.
        order = close[np.argsort(block_rows[close] + 0.5 * (1.0 - product.data[close]), kind="stable")]
        first_of_row = np.searchsorted(block_rows[order], block_rows[order], side="left")
        keep = order[np.arange(len(order)) - first_of_row < CANDIDATES]
        rows.append(block_rows[keep] + start)
        cols.append(product.indices[keep].astype(np.int64))
    return np.concatenate(rows), np.concatenate(cols)


def _scores_of(a: _Matrices, b: _Matrices, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The score of each pair (a[rows[k]], b[cols[k]]), computed in chunks to bound memory."""
    precision, recall = _coverage(a, b, rows, cols)
    return _score(precision, recall)


def _coverage(a: _Matrices, b: _Matrices, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each pair, how much of a's weight b restates, and how much of b's a restates."""
    ps, rs = np.zeros(len(rows)), np.zeros(len(rows))
    for start in range(0, len(rows), _PAIR_CHUNK):
        i, j = rows[start : start + _PAIR_CHUNK], cols[start : start + _PAIR_CHUNK]
        precision = _row_dots(a.exact, i, b.present, j) + _row_dots(a.prefix_weight, i, b.prefix_present, j)
        recall = _row_dots(a.present, i, b.exact, j) + _row_dots(a.prefix_present, i, b.prefix_weight, j)
        with np.errstate(divide="ignore", invalid="ignore"):
            p = np.where(a.total[i] > 0, precision / a.total[i], 0.0)
            r = np.where(b.total[j] > 0, recall / b.total[j], 0.0)
        ps[start : start + _PAIR_CHUNK], rs[start : start + _PAIR_CHUNK] = p, r
    return ps, rs


def _row_dots(x: sparse.csr_matrix, rows: np.ndarray, y: sparse.csr_matrix, cols: np.ndarray) -> np.ndarray:
    return np.asarray(x[rows].multiply(y[cols]).sum(axis=1)).ravel()


def _score(precision: np.ndarray, recall: np.ndarray) -> np.ndarray:
    """F-beta leaning towards the better-covered side: a sentence restating a shorter one
    scores high, while a chance overlap of a few words does not."""
    high = np.maximum(precision, recall)
    low = np.minimum(precision, recall)
    beta2 = BETA * BETA
    return np.where(high > 0, (1 + beta2) * high * low / np.maximum(beta2 * low + high, 1e-12), 0.0)


def _top_k(groups: np.ndarray, others: np.ndarray, scores: np.ndarray, k: int) -> np.ndarray:
    """Mask of the k best entries in each group; ties go to the lower index, for determinism."""
    if not len(groups):
        return np.zeros(0, dtype=bool)
    order = np.lexsort((others, -scores, groups))
    sorted_groups = groups[order]
    rank = np.arange(len(order)) - np.searchsorted(sorted_groups, sorted_groups, side="left")
    mask = np.zeros(len(order), dtype=bool)
    mask[order] = rank < k
    return mask
