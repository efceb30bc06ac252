"""Regenerate claims/data/word-frequencies.txt from the wordfreq package's English list.

The engine weights a word by how rare it is in English at large (Zipf frequency), so that
two short articles, too small to estimate that themselves, still know "drone" says more
than "said". wordfreq is only needed here, by hand (`pip install wordfreq`); its data is
CC BY-SA 4.0 (Robyn Speer, wordfreq), and so is the derived file.
"""

from __future__ import annotations

import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import wordfreq  # type: ignore[import-not-found]

TARGET = Path(__file__).resolve().parent.parent / "claims" / "data" / "word-frequencies.txt"
MIN_ZIPF = 2.5
WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")


def main() -> None:
    buckets: dict[int, list[str]] = defaultdict(list)
    for word, freq in wordfreq.get_frequency_dict("en").items():
        zipf = math.log10(freq) + 9
        if zipf >= MIN_ZIPF and WORD.fullmatch(word):
            buckets[round(zipf * 10)].append(word)
    lines = [
        "# English word frequencies, derived from wordfreq 3.1 (Robyn Speer), CC BY-SA 4.0.",
        "# Each line: Zipf frequency x 10, then the words at that frequency.",
    ]
    lines += [f"{zipf} {' '.join(sorted(words))}" for zipf, words in sorted(buckets.items(), reverse=True)]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {sum(map(len, buckets.values()))} words to {TARGET}", file=sys.stderr)


if __name__ == "__main__":
    main()
