"""Regenerate claims/data/wordnet-synonyms.txt and wordnet-verb-kinds.txt from WordNet 3.0.

Two reports of one fact word it apart ("Spotify will raise the price" / "Spotify hikes its price",
"Astronomers have discovered a planet" / "A planet has been found"); the verdict counts a word
the other says in another word of the same sense as said (claims.verdict). Only the senses a word
is used in, as the SemCor corpus tagged them, and of those its two most frequent: WordNet lists
rare senses too ("knife" as a verb is "stab"), which would make words of one topic synonyms.

The verb kinds say which doing is a kind of which ("slice" of "cut", "sprint" of "run", "strum"
of "play"): two statements telling one scene by the general doing and by a kind of it tell one
claim, where two doings apart ("arguing" / "kissing") tell two (claims.verdict).

    apt-get install wordnet-base   # Debian's copy of the WordNet 3.0 database
    python tools/make_wordnet_synonyms.py [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (WordNet 3.0 licence, in the data file's header).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "claims" / "data" / "wordnet-synonyms.txt"
KINDS_TARGET = TARGET.with_name("wordnet-verb-kinds.txt")
KIND_LEVELS = 2
"""How far up a verb's more general doings reach: "sprint" is a kind of "run", "slice" of "cut"."""
SENSES = 2
"""A word's most frequent senses that count: its first two, as SemCor tagged them."""
PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
LICENCE = """\
# Synonyms from WordNet 3.0: each line, a word and the words that share one of its two most
# frequent senses (tagged in SemCor) in which it is also theirs. Made by tools/make_wordnet_synonyms.py.
#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its documentation
# for any purpose and without fee or royalty is hereby granted, provided that you agree to comply
# with the following copyright notice and statements, including the disclaimer, and that the same
# appear on ALL copies of the software, database and documentation, including modifications that
# you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS
# OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE
# OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD
# PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity
# pertaining to distribution of the software and/or database. Title to copyright in this software,
# database and any associated documentation shall at all times remain with Princeton University
# and LICENSEE agrees to preserve same.
"""


def main_senses(folder: Path, part: str) -> dict[str, list[str]]:
    """Each one-word lemma's most frequent tagged senses (synset offsets), from index.<part>:
    `lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset...`, offsets by frequency."""
    found: dict[str, list[str]] = {}
    for line in (folder / f"index.{part}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence at the top
        fields = line.split()
        lemma, senses = fields[0], int(fields[2])
        tagged = int(fields[-senses - 1])
        if lemma.isalpha():
            found[lemma] = fields[-senses:][: min(SENSES, tagged)]
    return found


def members(folder: Path, part: str) -> dict[str, list[str]]:
    """The one-word lemmas of each synset, from data.<part>: `offset lex_filenum ss_type w_cnt
    word lex_id ...`, w_cnt in hexadecimal."""
    found: dict[str, list[str]] = {}
    for line in (folder / f"data.{part}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        words = [fields[4 + 2 * i].split("(")[0].lower() for i in range(int(fields[3], 16))]
        found[fields[0]] = [word for word in words if word.isalpha()]
    return found


def synonyms(folder: Path) -> dict[str, set[str]]:
    """Each word with the words that share a synset among the main senses of both."""
    found: dict[str, set[str]] = defaultdict(set)
    for part in PARTS_OF_SPEECH:
        senses, synsets = main_senses(folder, part), members(folder, part)
        for lemma, offsets in senses.items():
            for offset in offsets:
                for other in synsets[offset]:
                    if other != lemma and offset in senses.get(other, ()):
                        found[lemma].add(other)
    return found


def hypernyms(folder: Path) -> dict[str, list[str]]:
    """Each verb synset's more general synsets, from data.verb's "@" pointers (after the words:
    `p_cnt`, then `symbol offset pos source/target` each)."""
    found: dict[str, list[str]] = {}
    for line in (folder / "data.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        at = 4 + 2 * int(fields[3], 16)
        pointers = int(fields[at])
        found[fields[0]] = [fields[at + 2 + 4 * i] for i in range(pointers) if fields[at + 1 + 4 * i] == "@"]
    return found


def verb_kinds(folder: Path) -> dict[str, set[str]]:
    """Each verb with the verbs its main senses are a kind of, KIND_LEVELS up."""
    senses, synsets, general = main_senses(folder, "verb"), members(folder, "verb"), hypernyms(folder)
    found: dict[str, set[str]] = defaultdict(set)
    for lemma, offsets in senses.items():
        level = list(offsets)
        for _ in range(KIND_LEVELS):
            level = [above for offset in level for above in general.get(offset, ())]
            found[lemma].update(word for offset in level for word in synsets.get(offset, ()) if word != lemma)
    return found


KINDS_HEADER = LICENCE.replace(
    """# Synonyms from WordNet 3.0: each line, a word and the words that share one of its two most
# frequent senses (tagged in SemCor) in which it is also theirs.""",
    """# Kinds of doing from WordNet 3.0: each line, a verb and the verbs one of its two most frequent
# senses (tagged in SemCor) is a kind of, two levels up ("slice" of "cut").""",
)


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    for target, header, table in (
        (TARGET, LICENCE, synonyms(folder)),
        (KINDS_TARGET, KINDS_HEADER, verb_kinds(folder)),
    ):
        lines = [f"{word} {' '.join(sorted(others))}" for word, others in sorted(table.items()) if others]
        target.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} words to {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
