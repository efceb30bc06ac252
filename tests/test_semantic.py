"""The optional semantic method: embeddings from the installed model, offline, and one clear
line when its packages are missing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np

from claims.align import SEMANTIC, relate_pairs
from claims.relation import Relation
from claims.semantic import DIMENSIONS, embed
from tests.conftest import ROOT

NO_NETWORK = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("no network in this test")
socket.socket.connect = refuse
socket.create_connection = refuse
from tui.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_embeddings_put_paraphrases_closer_than_unrelated_sentences() -> None:
    vectors = embed(
        [
            "Iran admitted it had supplied drones to Russia.",
            "Tehran acknowledged providing Russia with unmanned aircraft.",
            "Stock markets rallied in Tokyo on Friday.",
        ]
    )
    assert vectors.shape == (3, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > 0.6 > 0.2 > vectors[0] @ vectors[2]


def test_semantic_method_finds_a_paraphrase_in_other_words() -> None:
    left = ["The jury found him guilty of fraud.", "Heavy snow closed the roads."]
    right = ["He was convicted of fraud by the jurors.", "The central bank raised interest rates."]
    lexical, semantic = relate_pairs(left, right), relate_pairs(left, right, SEMANTIC)
    assert semantic[0].score > lexical[0].score
    assert lexical[0].relation is not Relation.SAME
    assert semantic[0].relation is Relation.SAME
    assert semantic[1].relation is not Relation.SAME


def test_match_with_the_semantic_method_runs_offline(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_NETWORK, "match", "--method", "semantic", "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1", "HOME": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    matches = json.loads(result.stdout)["matches"]
    assert any(m["relation"] == "conflict" and "has not supplied" in m["why"]["text"] for m in matches)


def test_a_missing_package_is_one_line_saying_how_to_install() -> None:
    script = "import sys; sys.modules['onnxruntime'] = None\n" + NO_NETWORK
    result = subprocess.run(
        [sys.executable, "-c", script, "match", "--method", "semantic"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 1
    assert (
        result.stderr.strip() == "claimdiff: the semantic method needs onnxruntime: pip install 'claimdiff[semantic]'"
    )
    assert result.stdout == ""
