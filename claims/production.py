"""Whether a story's plant or producer stopped working: halted against still running ("The dairy has recalled all of
its products and suspended production" / "The producer has withdrawn its cheeses from sale but continues to operate",
"Production was halted after the fire" / "Production at the plant was not affected"). It is one fact of the story;
the two cannot both be right, though they share little but the producer (claims.told_once). A halt only threatened,
planned or supposed ("threatened to halt production", "could suspend output") is none, nor one denied."""

from __future__ import annotations

import re

from claims.two_ways import TwoWays

HALTED, RUNNING = "halted", "running"
_WORK = r"(?:production|operations|output|manufacturing)"
_BETWEEN = r"(?:(?!(?:not|never|no)\b)[\w'\u2019-]+\s+){0,6}?"
"""Up to six words between the work and what befell it, none of them denying it ("Production was not halted")."""
_TOLD = {
    HALTED: re.compile(
        r"\b(?:suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|stop(?:ped|s|ping)?|paus(?:ed|es|ing)|ceas(?:ed|es|ing)|"
        r"shut(?:s|ting)?\s+down)\s+(?:all\s+)?(?:its\s+|their\s+)?" + _WORK + r"\b"
        r"|\b" + _WORK + r"\s+" + _BETWEEN + r"(?:was|were|has\s+been|have\s+been|had\s+been|is|will\s+be)\s+"
        r"(?:suspended|halted|stopped|paused|shut\s+down)\b"
        r"|\b" + _WORK + r"\s+" + _BETWEEN + r"(?:will\s+|has\s+|had\s+|have\s+)?(?:stop|halt|cease)(?:s|ped|ed)?\b",
        re.IGNORECASE,
    ),
    RUNNING: re.compile(
        r"\b(?:continues?|continued|continuing)\s+to\s+(?:operate|produce|run|work)\b"
        r"|\b" + _WORK + r"\s+" + _BETWEEN + r"(?:continues?|continued|resumed|"
        r"(?:was|were|is|are|has\s+been|remains?|remained)\s+(?:not\s+affected|unaffected|running|normal))\b"
        r"|\b(?:will\s+)?(?:keep|keeps|kept)\s+(?:running|operating|producing)\b",
        re.IGNORECASE,
    ),
}
"""Production told halted ("suspended production", "Production was halted", "Production at the plant will stop") or
running ("continues to operate", "Production continued", "Production was not affected", "will keep running")."""
_NOT_BEFORE = re.compile(
    r"\b(?:no|not|never|without|if|whether|could|would|may|might|threaten(?:ed|s)?|plan(?:s|ned)?|consider(?:s|ed|ing)?|"
    r"forced\s+to\s+consider|warn(?:ed|s)?|until|before)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
_WORDS = frozenset(
    "production operations output manufacturing operate produce run work running operating producing".split()
)


PRODUCTION = TwoWays(_WORDS, _TOLD, _NOT_BEFORE)
"""A producer, told halted or still running."""
