"""The garbage collector paced for matching while the matcher runs, and as it was afterwards,
whatever happens meanwhile: the reader's process goes on collecting at its own pace."""

from __future__ import annotations

import gc

import pytest

from claims.collector import ALLOCATIONS_PER_COLLECTION, fewer_collections
from claims.comparison import compare
from fixtures import example_pair


def test_while_matching_the_youngest_objects_are_looked_at_less_often() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        during = gc.get_threshold()
    assert during == (ALLOCATIONS_PER_COLLECTION, *before[1:])
    assert gc.get_threshold() == before


def test_a_failure_while_matching_leaves_the_pace_as_it_was() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("the matcher failed")
    assert gc.get_threshold() == before


def test_matching_the_example_pair_leaves_the_pace_as_it_was() -> None:
    before = gc.get_threshold()
    assert compare(*example_pair()).matches
    assert gc.get_threshold() == before
