"""The matcher's close reading spread over cores: the same results as on one core, in order, in
forked copies only where forking is safe, and nothing lost when a copy dies."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading

import pytest

import claims.cores
from claims.cores import spread, usable_cores
from tests.conftest import ROOT

several_cores = pytest.mark.skipif(usable_cores() < 2, reason="needs two cores to spread work over")


def _in_a_fresh_process(script: str) -> object:
    """What `script` prints as JSON, run in a new Python process: one with no other threads, as
    `claimdiff match` is (pytest's own process may run some)."""
    process = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
        check=True,
    )
    return json.loads(process.stdout)


@several_cores
def test_work_spread_over_cores_comes_back_whole_and_in_order() -> None:
    done = _in_a_fresh_process(
        """
        import json, os
        import claims.cores
        claims.cores.SHARE_LEAST = 1
        print(json.dumps(claims.cores.spread(lambda share: [(i, os.getpid()) for i in share], 10)))
        """
    )
    assert isinstance(done, list)
    assert [item for item, _ in done] == list(range(10))
    assert len({process for _, process in done}) == 2


@several_cores
def test_a_share_whose_copy_dies_is_worked_on_in_the_process_itself() -> None:
    done = _in_a_fresh_process(
        """
        import json, os
        import claims.cores
        claims.cores.SHARE_LEAST = 1
        parent = os.getpid()

        def work(share):
            if os.getpid() != parent:
                os._exit(1)  # the copy is killed before it answers
            return [(i, os.getpid()) for i in share]

        print(json.dumps([claims.cores.spread(work, 10), parent]))
        """
    )
    assert isinstance(done, list)
    results, parent = done
    assert [item for item, _ in results] == list(range(10))
    assert {process for _, process in results} == {parent}


def test_while_other_threads_run_the_work_stays_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims.cores, "SHARE_LEAST", 1)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        done = spread(lambda share: [(i, os.getpid()) for i in share], 10)
    finally:
        stop.set()
        other.join()
    assert done == [(i, os.getpid()) for i in range(10)]


@several_cores
def test_the_example_pair_matched_on_several_cores_gives_what_one_core_gives() -> None:
    """Every match, with its relation, score and reason, whether the close reading runs in one
    process or is spread over forked copies; and every copy's share comes back (none is worked on
    again here because what a copy worked out failed to travel)."""
    found = _in_a_fresh_process(
        """
        import dataclasses, json, os
        import claims.cores
        from claims.comparison import compare
        from fixtures import example_pair

        forks = []
        os.register_at_fork(after_in_parent=lambda: forks.append(1))
        lost = []
        received = claims.cores._received

        def counting_lost(receiving, copy):
            found = received(receiving, copy)
            lost.extend([1] if found is None else [])
            return found

        claims.cores._received = counting_lost

        def matches(least):
            claims.cores.SHARE_LEAST = least
            return [repr(dataclasses.astuple(m)) for m in compare(*example_pair()).matches]

        one_core = matches(10**9)
        forks_before = len(forks)
        several = matches(1)
        print(json.dumps({"one": one_core, "several": several, "forks": [forks_before, len(forks)], "lost": len(lost)}))
        """
    )
    assert isinstance(found, dict)
    assert found["forks"][0] == 0 and found["forks"][1] >= 1
    assert found["lost"] == 0
    assert len(found["one"]) >= 5
    assert found["several"] == found["one"]
