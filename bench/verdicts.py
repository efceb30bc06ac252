"""How far the engine's verdicts can be trusted: same, conflict and the links it offers.

Five sets, none of them written to fit the engine:
- the ten real article pairs (the example pair and ../shared/bench-data/news-pairs), with every
  same-claim pair and every contradiction labelled by hand in tests/data/verdicts/news-pairs.tsv
  (plus pairs a reader might confuse with them, labelled `related`);
- article pairs written for this benchmark (tests/data/verdicts/own-pairs, labels in
  own-pairs.tsv): two reports of one story contradicting each other on tolls, denials and
  figures; own01-04 after the rules they test, own05-1968 before the engine was run on them (how
  it did on each at first is in the commit that added it: the honest measure of new text);
- about 160 hand-written sentence pairs on negation, denial, hedges, values, units and dates
  (tests/data/verdicts/sentence-pairs.tsv), and 128 hard cases of opposite outcomes worded alike
  ("voted for" / "voted against", "a profit" / "a loss", "flat" / "rose 1.2%"), written on
  2026-12-04 for what the engine missed (tests/data/verdicts/opposite-pairs.tsv: 54 right before
  that day's rules);
- headlines set against articles that dispute or report them (tests/data/verdicts/headline-stance.tsv);
- SICK (../shared/bench-data/sick-train-trial.tsv): 4,934 caption pairs labelled by people as
  entailment, contradiction or neutral.

Prints, for the article pairs, same recall and precision and conflict recall and precision,
strict (a verdict on a pair nobody labelled counts as wrong) and labelled-only, and links per
claim statement; for the sentence pairs, how each category was judged; for the headlines, how
often a conflict is flagged where the article disputes them and where it agrees; for SICK, how often a
contradiction is called `conflict`, an entailment `same`, and a neutral pair `same`.

    python -m bench.verdicts [--show] [--method semantic]   # --show lists every miss and wrong verdict
    python -m bench.verdicts --list > before.txt            # every same and conflict, to diff across a change
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.data import BENCH_DATA
from claims.align import LEXICAL, align, relate_pairs
from claims.comparison import Comparison, compare
from claims.document import Document, Statement
from claims.relation import Match, Relation
from claims.segment import segment

VERDICTS = Path(__file__).resolve().parents[1] / "tests" / "data" / "verdicts"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXAMPLE = ("drones-iran-admits.txt", "drones-sanctions-tensions.txt")
NEWS_PAIRS = "news-pairs.tsv"
"""Labels of the ten real article pairs."""
OWN_PAIRS = "own-pairs.tsv"
"""Labels of article pairs written for this benchmark (tests/data/verdicts/own-pairs): two reports
of one story that contradict each other on tolls, denials and figures, as the held-out pairs do."""


@dataclass(frozen=True)
class Labelled:
    pair: str
    label: str
    a: str
    """The first characters of the statement in article A."""
    b: str


def article_paths(pair: str) -> tuple[Path, Path]:
    if pair == "pair00":
        return FIXTURES / EXAMPLE[0], FIXTURES / EXAMPLE[1]
    folder = VERDICTS / "own-pairs" if pair.startswith("own") else BENCH_DATA / "news-pairs"
    return folder / f"{pair}-a.txt", folder / f"{pair}-b.txt"


def _rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return [line.split("\t") for line in lines if line]


def news_labels(labels: str = NEWS_PAIRS) -> list[Labelled]:
    return [Labelled(*row) for row in _rows(VERDICTS / labels)]


def _index_of(statements: list[Statement], prefix: str) -> int:
    found = [s.index for s in statements if s.kind.is_claim and s.text.startswith(prefix)]
    if len(found) != 1:
        raise SystemExit(f"bench: {len(found)} statements start with {prefix!r}")
    return found[0]


@dataclass
class Tally:
    """Counts over article pairs, strict and labelled-only."""

    gold: int = 0
    found: int = 0
    called: int = 0
    called_right: int = 0
    called_labelled: int = 0

    def add(self, gold: set[tuple[int, int]], called: set[tuple[int, int]], labelled: set[tuple[int, int]]) -> None:
        self.gold += len(gold)
        self.found += len(gold & called)
        self.called += len(called)
        self.called_right += len(called & gold)
        self.called_labelled += len(called & labelled)

    def line(self, name: str) -> str:
        recall = self.found / max(1, self.gold)
        strict = self.called_right / max(1, self.called)
        labelled = self.called_right / max(1, self.called_labelled)
        return (
            f"{name:9s} recall {recall:5.2f} ({self.found}/{self.gold})   precision strict {strict:5.2f} "
            f"({self.called_right}/{self.called})   labelled-only {labelled:5.2f}"
        )


def judge_articles(show: bool, method: str = LEXICAL, labels_file: str = NEWS_PAIRS) -> None:
    labels = news_labels(labels_file)
    pairs = sorted({label.pair for label in labels})
    totals = {Relation.SAME: Tally(), Relation.CONFLICT: Tally()}
    all_links = all_claims = 0
    print(f"Article pairs (labels: tests/data/verdicts/{labels_file})")
    header = f"{'pair':7s} {'claims':>6s} {'links':>6s} {'per claim':>9s}"
    print(header + "  same found/gold called  conflict found/gold called")
    started = time.perf_counter()
    for pair in pairs:
        path_a, path_b = article_paths(pair)
        comparison = compare(str(path_a), str(path_b), method=method)
        mine = [label for label in labels if label.pair == pair]
        keyed = {
            (_index_of(comparison.statements_a, label.a), _index_of(comparison.statements_b, label.b)): label.label
            for label in mine
        }
        verdicts = {(m.a, m.b): m for m in comparison.matches}
        claims = sum(s.kind.is_claim for s in comparison.statements_a + comparison.statements_b)
        all_links += len(verdicts)
        all_claims += claims
        cells = []
        for relation, tally in totals.items():
            gold = {key for key, label in keyed.items() if label == relation.value}
            called = {key for key, m in verdicts.items() if m.relation is relation}
            tally.add(gold, called, set(keyed))
            cells.append(f"{len(gold & called):>5d}/{len(gold):<4d} {len(called):>5d}")
        print(f"{pair:7s} {claims:6d} {len(verdicts):6d} {len(verdicts) / claims:9.2f}  " + "        ".join(cells))
        if show:
            _show_errors(comparison, keyed, verdicts)
    print(f"{len(pairs)} pairs compared in {time.perf_counter() - started:.2f} s")
    for relation, tally in totals.items():
        print(tally.line(relation.value))
    print(f"links per claim statement: {all_links / max(1, all_claims):.2f} ({all_links} links, {all_claims} claims)")


def _show_errors(
    comparison: Comparison, keyed: dict[tuple[int, int], str], verdicts: dict[tuple[int, int], Match]
) -> None:
    text_a = {s.index: s.text for s in comparison.statements_a}
    text_b = {s.index: s.text for s in comparison.statements_b}
    for key in sorted(set(keyed) | set(verdicts)):
        gold = keyed.get(key, "-")
        match = verdicts.get(key)
        called = match.relation.value if match else "-"
        if gold == called or (gold in ("-", "related") and called in ("-", "related")):
            continue
        score = f"{match.score:.2f}" if match else "    "
        print(f"   gold {gold:8s} called {called:8s} {score}  A{key[0]} {text_a[key[0]][:70]}")
        print(f"   {'':35s}B{key[1]} {text_b[key[1]][:70]}")


def judge_sentences(show: bool, method: str = LEXICAL, name: str = "sentence-pairs.tsv") -> None:
    rows = _rows(VERDICTS / name)
    matches = relate_pairs([r[2] for r in rows], [r[3] for r in rows], method)
    by_category: dict[str, Counter[tuple[str, str]]] = {}
    for row, match in zip(rows, matches, strict=True):
        called = match.relation.value if match.score >= 0.2 or match.relation is Relation.CONFLICT else "related"
        by_category.setdefault(row[0], Counter())[(row[1], called)] += 1
        if show and called != row[1]:
            print(f"   {row[0]:9s} gold {row[1]:8s} called {called:8s} {match.score:.2f}  {row[2]}  |  {row[3]}")
    print(f"\nHand-written sentence pairs ({len(rows)}; tests/data/verdicts/{name})")
    right = 0
    for category, counts in by_category.items():
        total = sum(counts.values())
        correct = sum(n for (gold, called), n in counts.items() if gold == called)
        right += correct
        wrong = ", ".join(f"{gold}->{called} {n}" for (gold, called), n in sorted(counts.items()) if gold != called)
        print(f"  {category:9s} {correct:3d}/{total:<3d} right   {wrong}")
    print(f"  all       {right:3d}/{len(rows):<3d} right ({right / len(rows):.0%})")


def judge_headlines(show: bool, method: str = LEXICAL) -> None:
    """How often a headline and an article set against it get a conflict: always, when the
    article disputes the headline ("... are not true, the company said"); never, when it
    reports what the headline says."""
    rows = _rows(VERDICTS / "headline-stance.tsv")
    flagged: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for stance, headline, article in rows:
        body = segment(Document(title="", source="bench", text="\n\n".join(article.split(" || "))))
        title = segment(Document(title=headline, source="bench", text=headline))
        conflicts = [m for m in align(title, body, method=method) if m.relation is Relation.CONFLICT]
        totals[stance] += 1
        flagged[stance] += bool(conflicts)
        if show and bool(conflicts) != (stance == "disputes"):
            print(f"   {stance:8s} conflict {bool(conflicts)!s:5s}  {headline}")
    print(f"\nHeadlines against articles ({len(rows)}; tests/data/verdicts/headline-stance.tsv)")
    for stance in ("disputes", "agrees"):
        print(f"  article {stance} its headline: conflict flagged on {flagged[stance]}/{totals[stance]}")


def judge_sick(method: str = LEXICAL) -> None:
    path = BENCH_DATA / "sick-train-trial.tsv"
    rows = _rows(path)
    started = time.perf_counter()
    matches = relate_pairs([r[1] for r in rows], [r[2] for r in rows], method)
    seconds = time.perf_counter() - started
    counts: Counter[tuple[str, str]] = Counter()
    for row, match in zip(rows, matches, strict=True):
        counts[(row[3], match.relation.value)] += 1
    print(f"\nSICK ({len(rows)} caption pairs labelled by people; judged in {seconds:.2f} s)")
    for label, relation, name in (
        ("CONTRADICTION", "conflict", "contradictions called conflict"),
        ("CONTRADICTION", "same", "contradictions called same"),
        ("ENTAILMENT", "same", "entailments called same"),
        ("ENTAILMENT", "conflict", "entailments called conflict"),
        ("NEUTRAL", "same", "neutral (topic-only) pairs called same"),
        ("NEUTRAL", "conflict", "neutral pairs called conflict"),
    ):
        total = sum(n for (gold, _), n in counts.items() if gold == label)
        print(f"  {name:40s} {counts[(label, relation)] / max(1, total):6.1%}  ({counts[(label, relation)]}/{total})")


def list_verdicts(method: str = LEXICAL) -> None:
    """Every same claim and conflict the engine finds on the labelled article pairs, a line each
    with its label ("-" for none), in a fixed order: the output of two versions of the engine,
    diffed, shows every verdict a change gains or loses, which the totals hide."""
    for labels_file in (NEWS_PAIRS, OWN_PAIRS):
        labels = news_labels(labels_file)
        for pair in sorted({label.pair for label in labels}):
            path_a, path_b = article_paths(pair)
            comparison = compare(str(path_a), str(path_b), method=method)
            keyed = {
                (_index_of(comparison.statements_a, label.a), _index_of(comparison.statements_b, label.b)): label.label
                for label in labels
                if label.pair == pair
            }
            text_a = {s.index: s.text for s in comparison.statements_a}
            text_b = {s.index: s.text for s in comparison.statements_b}
            for m in sorted(comparison.matches, key=lambda m: (m.a, m.b)):
                if m.relation is not Relation.RELATED:
                    label = keyed.get((m.a, m.b), "-")
                    texts = f"{text_a[m.a][:60]} | {text_b[m.b][:60]}"
                    print(f"{pair} A{m.a} B{m.b} {m.relation.value} gold={label} | {texts}")


def main() -> None:
    arguments = sys.argv[1:]
    show = "--show" in arguments
    method = arguments[arguments.index("--method") + 1] if "--method" in arguments else LEXICAL
    if "--list" in arguments:
        list_verdicts(method)
        return
    print(f"method: {method}")
    judge_articles(show, method)
    print()
    judge_articles(show, method, OWN_PAIRS)
    judge_sentences(show, method)
    judge_sentences(show, method, "opposite-pairs.tsv")
    judge_headlines(show, method)
    judge_sick(method)


if __name__ == "__main__":
    main()
