"""The engine stays free of the user interface and the database."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

ENGINE_MODULES = [
    "claims",
    "claims.abstentions",
    "claims.acronyms",
    "claims.align",
    "claims.antecedents",
    "claims.appeals",
    "claims.asides",
    "claims.attribution",
    "claims.births",
    "claims.causes",
    "claims.codes",
    "claims.collector",
    "claims.comments",
    "claims.comparable",
    "claims.comparison",
    "claims.completions",
    "claims.contrasts",
    "claims.cores",
    "claims.counts",
    "claims.data_thefts",
    "claims.deadlines",
    "claims.decisions",
    "claims.decoding",
    "claims.descriptions",
    "claims.document",
    "claims.elections",
    "claims.errors",
    "claims.exclusives",
    "claims.expectations",
    "claims.fetch",
    "claims.fire_starts",
    "claims.first_times",
    "claims.forecasts",
    "claims.foul_play",
    "claims.frames",
    "claims.furniture",
    "claims.groups",
    "claims.headings",
    "claims.html",
    "claims.ingest",
    "claims.injuries",
    "claims.journeys",
    "claims.lexicon",
    "claims.limits",
    "claims.markdown",
    "claims.naming",
    "claims.onsets",
    "claims.open_questions",
    "claims.opposition",
    "claims.pdf",
    "claims.perpetrators",
    "claims.placings",
    "claims.polarity",
    "claims.production",
    "claims.prospects",
    "claims.quantities",
    "claims.quantity",
    "claims.reading",
    "claims.reasons",
    "claims.records",
    "claims.relation",
    "claims.restatement",
    "claims.risks",
    "claims.roles",
    "claims.ruled_out",
    "claims.segment",
    "claims.semantic",
    "claims.sentences",
    "claims.streaks",
    "claims.successions",
    "claims.superlatives",
    "claims.surprises",
    "claims.terms",
    "claims.terrorism",
    "claims.tickets",
    "claims.told_once",
    "claims.two_ways",
    "claims.units",
    "claims.unrest",
    "claims.value_ranges",
    "claims.values_compared",
    "claims.venues",
    "claims.verdict",
    "claims.weather",
    "claims.year_ranges",
]


def test_engine_loads_neither_textual_nor_rich_nor_sqlite() -> None:
    script = "\n".join(
        [
            "import importlib, sys",
            *[f"importlib.import_module({name!r})" for name in ENGINE_MODULES],
            "from claims.comparison import compare",
            "from fixtures import example_pair",
            "compare(*example_pair())",
            "from claims.html import extract_article",
            "extract_article('<html><body><p>' + 'A sentence of an article. ' * 20 + '</p></body></html>', 'page')",
            "print(sorted(m for m in ('textual', 'rich', 'sqlite3', '_sqlite3') if m in sys.modules))",
        ]
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_every_engine_module_is_checked() -> None:
    on_disk = sorted("claims." + p.stem for p in (ROOT / "claims").glob("*.py") if p.stem != "__init__")
    assert on_disk == [name for name in ENGINE_MODULES if name != "claims"]
