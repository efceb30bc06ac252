"""Fair weather against foul at the time of one event: "Strong winds were blowing in the area at the time" / "The
sea was calm when the ferry hit the rocks", "Heavy rain was falling at the time of the landing" / "The weather was
clear", "The ferry sank in bad weather" / "The ferry capsized in calm seas". The weather a story's event happened in
is one fact of it; the two cannot both be right, though they share no word (claims.told_once). Only the one
statement of each article that tells the weather is set against the other's: an article telling it twice may tell
of two times ("calm at first, then a storm")."""

from __future__ import annotations

import re

from claims.two_ways import TwoWays

FAIR, FOUL = "fair", "foul"
_WEATHER = {
    FAIR: re.compile(
        r"\b(?:weather|sea|seas|skies|sky|conditions|visibility|wind|winds)\s+(?:was|were|had\s+been|remained)\s+"
        r"(?:clear|calm|good|fine|sunny|light|excellent)\b"
        r"|\b(?:calm|flat)\s+seas?\b|\bclear\s+skies\b|\b(?:good|fine|calm)\s+weather\b|\blight\s+winds?\b",
        re.IGNORECASE,
    ),
    FOUL: re.compile(
        r"\b(?:bad|rough|stormy|poor|severe|heavy)\s+(?:weather|seas?)\b|\b(?:heavy|torrential)\s+(?:rain|snow|snowfall)\b"
        r"|\b(?:strong|high|gale-force|gusty|fierce|powerful|heavy)\s+(?:cross|head)?winds?\b|\b(?:strong|powerful)\s+gusts\b|\b(?:thick|dense|heavy)\s+fog\b|\bpoor\s+visibility\b",
        re.IGNORECASE,
    ),
}
"""Weather told as fair ("The weather was calm", "calm seas", "clear skies") or foul ("heavy rain", "strong winds",
"strong crosswinds", "rough seas", "bad weather")."""
_NOT_BEFORE = re.compile(r"\b(?:no|not|without|despite\s+forecasts\s+of)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_WEATHER_WORDS = frozenset(
    "weather sea seas skies sky conditions visibility wind winds crosswind crosswinds headwind headwinds gusts calm"
    " rain snow snowfall fog".split()
)


WEATHER = TwoWays(_WEATHER_WORDS, _WEATHER, _NOT_BEFORE)
"""The weather, told fair or foul."""
