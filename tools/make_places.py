"""Regenerate claims/data/places.tsv from the countryinfo package (MIT licence).

Run by hand when the table needs refreshing (`pip install countryinfo` first); the
engine only reads the TSV, so countryinfo is not a dependency of claimdiff.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from countryinfo import all_countries  # type: ignore[import-not-found]

TARGET = Path(__file__).resolve().parent.parent / "claims" / "data" / "places.tsv"
# Spellings the news uses that the source table lacks (older transliterations, seats of power).
EXTRA = {
    "Ukraine": ["Kiev", "Ukranian"],
    "Russia": ["Kremlin", "Russian Federation"],
    # Places named after a country they are not in are listed with the one they are in: the longer
    # name wins ("New Mexico" is not Mexico, "British Columbia" not Britain).
    "United States": [
        "U.S.",
        "U.S.A.",
        "US",
        "USA",
        "America",
        "Washington",
        "White House",
        "Pentagon",
        "New Mexico",
        "New Jersey",
    ],
    "United Kingdom": ["U.K.", "UK", "Britain", "British", "Great Britain", "Downing Street"],
    "China": ["Beijing", "Chinese"],
    "Iran": ["Persian"],
    "Canada": ["British Columbia"],
}


def is_name(text: str) -> bool:
    """Keep words a reader would write, not codes like 'IRN' or native scripts."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z.' -]+", text)) and not re.fullmatch(r"[A-Z]{2,3}", text)


def as_list(value: object) -> list[str]:
    """The source gives some fields as a string and some as a list of strings."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


FORMER = frozenset(("Serbia and Montenegro", "Antilles néerlandaises"))
"""Countries by an old name or gone, whose names the country of today owns ("Belgrade" is Serbia's)."""


def population(info: dict[str, object]) -> int:
    value = info.get("population")
    return value if isinstance(value, int) else 0


def main() -> None:
    aliases_of: dict[str, set[str]] = {}
    people: dict[str, int] = {}
    for country in all_countries():
        info = country.info()
        name = info.get("name") or ""
        if not name:
            continue
        aliases = [text for key in ("demonym", "capital") for text in as_list(info.get(key))]
        aliases += [a for a in info.get("altSpellings") or [] if is_name(a) and len(a) < 30]
        aliases += EXTRA.get(name, [])
        aliases_of[name] = {a.strip() for a in aliases if a and a.strip() and a.strip() != name}
        people[name] = population(info)
    # A name several countries share ("Indian": India and the British Indian Ocean Territory;
    # "American": the United States and the Northern Mariana Islands) is the most populous one's.
    owner: dict[str, str] = {}
    for name in sorted(aliases_of, key=lambda n: (n in FORMER, -people[n], n)):
        for alias in aliases_of[name]:
            owner.setdefault(alias, name)
    rows = [
        f"{name}\t{'|'.join(sorted(a for a in aliases if owner[a] == name))}" for name, aliases in aliases_of.items()
    ]
    TARGET.write_text(
        "# country<TAB>other names (demonym, capital, spellings); from countryinfo (MIT)\n"
        + "\n".join(sorted(rows))
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(rows)} countries to {TARGET}", file=sys.stderr)


if __name__ == "__main__":
    main()
