"""Denials set against what the other statement asserts: a clause of one that negates what a clause
of the other says ("Iran has not supplied drones to Russia" / "Tehran admitted providing Moscow with
drones"), read so that a negation reaching only its own clause, one said of someone or something
else, of an earlier occasion, of a group the other does not name, or only as what a claim holds, is
not set against it. The verdict (claims.verdict) asks it first of every pair close enough; the reason
(claims.reasons) names the two clauses."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from itertools import pairwise

from claims.attribution import SAYING, is_attribution
from claims.causes import cause_untold_between
from claims.contrasts import (
    opening_term,
    opposites_of,
    rivals_apart,
)
from claims.counts import TALLIES
from claims.first_times import (
    denies_only_earlier_occasions,
    told_as_none_before,
)
from claims.frames import (
    IN_PASSING,
    stretches_of_years,
)
from claims.lexicon import function_words
from claims.polarity import (
    AUXILIARIES,
    LIGHT_VERBS,
    REPORTING_VERBS,
    WITHDRAWAL,
    Clause,
    Stance,
    claim_terms,
    is_meaningful,
    meaningful_terms,
)
from claims.quantity import Kind
from claims.reading import Reading
from claims.terms import LETTERS, TIME_WORDS, tokenize, word_term


@dataclass(frozen=True)
class Opposed:
    """A clause of one statement that negates what a clause of the other asserts, and which of the
    two statements negates (the first, `negated_in_a`, or the second)."""

    negated: Clause
    asserted: Clause
    negated_in_a: bool


def find_opposition(a: Reading, b: Reading) -> Opposed | None:
    """A clause of one that negates what a clause of the other asserts, neither supposing."""
    if not (a.may_negate or b.may_negate) or a.hedged or b.hedged:
        return None
    names = a.names | b.names
    named_by_both = names & a.terms & b.terms
    for negated_in_a, mine, other in ((True, a, b), (False, b, a)):
        if not mine.may_negate:
            continue
        denied_withdrawal = _withdrawal_denied(mine, other)
        if denied_withdrawal is not None:
            return Opposed(*denied_withdrawal, negated_in_a)
        # A negated predicate ("has not supplied") says more precisely what is denied than a
        # denial verb ("rejected Kyiv's claims"), so it is tried first.
        negations = sorted(
            (c for c in mine.polarity.clauses if c.stance is Stance.NEGATED and c.denied & other.terms),
            key=lambda c: c.head is None,
        )
        for negated in negations:
            if not _done_since(mine.text, negated, other) and (
                _over_a_stretch_of_time(mine.text, negated) or (not _ever(mine.text, negated) and _years_apart(a, b))
            ):
                continue
            if denies_only_earlier_occasions(mine.text, negated.cue[0], other):
                continue  # "had never won in Berlin before" / "won the Berlin Marathon on Sunday": a first win
            if negated.head is not None and negated.head in other.names and negated.head not in mine.names:
                continue  # "No group has claimed responsibility" / "Asahi Group Holdings has suspended production"
            if cause_untold_between(mine, negated.start, negated.end):
                continue  # "The family did not give a cause of death" / "... with loved ones when he died"
            if "first" in other.words and told_as_none_before(mine.text):
                continue  # "No candidate had ever failed a first vote" / "the first time a candidate had failed"
            if _NOT_EACH.match(mine.text, negated.cue[1]) and not _EACH.search(other.text):
                continue
            if _a_stay_denied_against_its_length(negated, other):
                continue  # "denied reports that its star Jamie Cole is quitting the show" / "has starred since 2019"
            if _of_a_group_the_other_lacks(mine, negated, other):
                continue  # "None of the children who died had been vaccinated" / "68% of children receive the vaccine"
            if WHICH_OF_THEM.search(mine.text, max(0, negated.cue[0] - WHICH_REACH), negated.cue[0]):
                continue  # "Most cases are in children who had not been vaccinated" / "85% of children had the jab"
            if (
                _said_of_another(mine, negated, other)
                or _of_another_kind(mine, negated, other)
                or _by_another_doer(mine, negated, other)
                or _said_of_someone_else(mine, negated, other)
                or _one_named_against_others_counted(mine, negated, other)
                or _another_of_one_named_kind(mine, negated, other)
            ):
                continue
            if _SUCH.match(mine.text, negated.cue[1]):
                continue  # "... promised to support it, after the senator denied making any such pledge": both sides
            if _BEYOND_THOSE.match(mine.text, negated.cue[1]) and not _MORE_TOO.search(other.text):
                continue  # "No further arrests were made" / "Police arrested two men": none besides them
            if _beyond_what_the_other_names(mine, negated, other):
                continue  # "no plans to sell the headset outside the US" / "will start selling it in the US"
            if not _there_too(mine.text, negated, other.text) or _absent_too(mine.text, negated, other.text):
                continue
            limit = _AFTER_AN_EVENT.search(mine.text, negated.cue[1], negated.end)
            if limit is not None and not _AFTER_AN_EVENT.search(other.text):
                continue  # "denied firing any missiles after the truce took effect" / "Iran launched missiles at ..."
            if _BEFORE_THE_EVENT.search(mine.text, negated.cue[1], negated.end) and other.words.isdisjoint(
                _TIME_BEFORE_WORDS
            ):
                continue  # "No sharks had been seen in the area before the attack" / "Shark attack kills swimmer"
            negated = _without_reporter(mine.text, _with_opening_subject(mine, negated), other.text)
            negated = _opening_its_own_clause(mine.text, negated)
            alternative = _or_alternative(mine.text, negated)
            for asserted in _asserted_parts(other, negated.head):
                if _MOSTLY.search(other.text, asserted.start, asserted.end):
                    continue  # "Power had been restored to most homes" / "Thousands were still without"
                if _without_another_object(mine.text, negated, asserted):
                    continue  # "a 35-hour week without a cut in pay" / "the working week cut to 35 hours"
                if _granted_in_another_clause(negated, other, asserted):
                    continue  # "not guilty of sex trafficking" / "acquitted of sex trafficking, convicted on ..."
                if _to_another_deed(mine.text, negated, asserted, other.text):
                    continue  # "has not agreed to pull out of any of the towns" / "agreed a ceasefire"
                if WITHDRAWAL.match(mine.text, negated.cue[0]) and (
                    _HELD_UNTIL_NOW.search(other.text, asserted.start, asserted.end)
                    or held_before(other.text, negated.head, asserted.start, asserted.end)
                    or _named_only_as_speaker(other.text, negated, asserted)
                    or _named_only_as_a_kind(other.text, negated, asserted)
                    or _leaver_unnamed(mine, negated, other)
                ):
                    continue  # "Hasina quits as Bangladesh leader" / "Hasina had ruled Bangladesh for 15 years"
                if _claimed_only(other, negated.denied & asserted.terms):
                    continue  # "Russia denied any involvement" / "called the accusations of Russian involvement stupid"
                if _sought_only(other, negated.denied & asserted.terms) or _required_only(other, negated.head):
                    continue  # "would not arrest Netanyahu" / "issued a warrant for Netanyahu's arrest"
                if _placed_there_only(mine.text, negated, asserted):
                    continue  # "Rune pulls out of Madrid Open" / "Rune is the seventh seed in the Spanish capital"
                denied_there = negated.denied & asserted.terms
                if denied_there and all(_opposed_by_prefix(other, term) for term in denied_there):
                    continue  # "a world free of nuclear weapons" / "for anti-nuclear campaign": both against
                if _none_did_another_deed(mine.text, negated, asserted):
                    continue  # "No oil has yet reached the coast" / "An oil tanker ran aground off the coast"
                if _shared_only_before_the_negator(mine.text, negated, asserted):
                    continue  # "talks on a new deal collapsed ... without a deal" / "talks over a new deal broke down"
                denies = (
                    _denies(negated, asserted, names, named_by_both, _opens_on_a_pronoun(mine.text, negated))
                    or (alternative is not negated and _denies(alternative, asserted, names, named_by_both))
                    or _corrects(negated, asserted, mine, other)
                    or _denied_of_whom_a_pronoun_stands_for(negated, asserted, names, other)
                )
                # "without power" / "lost power": both say it is gone; "cannot deploy" / "blocks
                # the deployment": both say it will not happen
                if denies and not (lost(other, asserted, negated.head) or _prevented(other, asserted, negated.head)):
                    return Opposed(negated, asserted, negated_in_a)
            found = _evidence_found_against_none(mine.text, negated, other)
            if found is not None:
                return Opposed(replace(negated, head=_EVIDENCE), found, negated_in_a)
    return None


def _evidence_found_against_none(text: str, negated: Clause, other: Reading) -> Clause | None:
    """A clause of `other` that tells evidence found of what `negated` says there is no evidence
    of ("there was no evidence government information had been compromised" / "officials had
    found evidence that government data had been accessed"): the deeds may be worded apart, the
    evidence is what one denies and the other asserts, when the two share a word of what it is of."""
    if not _NO_EVIDENCE.match(text, negated.cue[0]) or _EVIDENCE_FOUND.search(other.text) is None:
        return None
    return next(
        (
            clause
            for clause in other.polarity.clauses
            if clause.stance is Stance.ASSERTED
            and _EVIDENCE in clause.terms
            and negated.denied & clause.terms - {_EVIDENCE, *SAYING}
        ),
        None,
    )


_EVIDENCE = word_term("evidence")


_NO_EVIDENCE = re.compile(r"no\s+evidence\b", re.IGNORECASE)


_EVIDENCE_FOUND = re.compile(
    r"\b(?:found|finds|find|uncovered|had|has|have|gathered|obtained|was|is)\s+(?:clear\s+|some\s+)?evidence\b",
    re.IGNORECASE,
)


WHICH_OF_THEM = re.compile(
    r"\b[a-z]+\s+(?:who|that)\s+(?:(?:had|has|have|was|were|is|are|did|do|does)\s+)?(?:been\s+)?$"
)
"""A negation telling which of a group a statement speaks of, no comma before its "who" ("Most
of the cases are in children who had not been vaccinated"): it picks the group out, and denies
nothing another statement says of the group at large ("About 85% of children have had the jab")."""


WHICH_REACH = 40
"""How far before a negator its group's "who" is looked for."""


def _or_alternative(text: str, negated: Clause) -> Clause:
    """A negation of two deeds joined by "or" denies the second too ("have not yet made contact or
    demanded a ransom" / "The hijackers have demanded a $5 million ransom"), and a call not made denies
    what it was to do ("Boric did not call Kast to congratulate him" / "Boric congratulated Kast"): the
    clause with the second deed as its head, or the clause as it is."""
    if negated.head is None:
        return negated
    alternative = _OR_DEED.search(text, negated.cue[1], negated.end)
    if alternative is None and negated.head in _CALLS:
        alternative = _PURPOSE.search(text, negated.cue[1], negated.end)
    if alternative is None:
        return negated
    head = word_term(alternative.group("deed"))
    return replace(negated, head=head) if head in negated.denied and head != negated.head else negated


_OR_DEED = re.compile(r"\s(?:or|nor)\s+(?P<deed>[a-z]+(?:ed|en))\b")
_CALLS = frozenset(word_term(word) for word in "call phone telephone ring contact visit write".split())
"""Deeds done to do another: one not made denies that other."""
_PURPOSE = re.compile(r"\sto\s+(?P<deed>[a-z]+)\b")


_HELD_UNTIL_NOW = re.compile(
    r"\bfor\s+(?:\d+|[a-z]+)\s+(?:years?|decades?|months?)\b|\bsince\s+(?:\d{4}|[A-Z][a-z]+)\b"
    r"|\bsince\s+(?:the|it|its|his|her|their)\b[\w\s]{0,30}?\b(?:launched|began|started|debuted|opened)\b"
    r"|\bhad\s+(?:\w+\s+)?(?:ruled|led|served|been|run|headed|governed|held)\b"
)
"""A post held for a stretch of time up to now ("had ruled Bangladesh for 15 years", "has led the
party since 2015", "has starred as Detective Sam Reed since the show launched"): leaving it now
follows it, and denies none of it."""


def held_before(text: str, head: str | None, start: int = 0, end: int | None = None) -> bool:
    """Whether the text (from `start` to `end`) names a former holder of the post left, `head`
    ("Former prime minister Katrin Jakobsdottir came second" / "who stepped down as prime
    minister"): leaving it is what made them one."""
    return head is not None and any(
        word_term(post.group("post")) == head
        for post in _FORMER_POST.finditer(text, start, len(text) if end is None else end)
    )


_FORMER_POST = re.compile(r"\b(?:[Ff]ormer|[Oo]utgoing|[Ee]x-)\s*(?P<post>[a-z]+)")
"""A post someone held until now, told by its first word ("former prime minister", "ex-chairman")."""


def _a_stay_denied_against_its_length(negated: Clause, other: Reading) -> bool:
    """Whether a denial of leaving ("denied reports that its star Jamie Cole is quitting the show": head
    None, the leaving among what it denies) is set against how long the post has been held, with no
    leaving told ("Cole has starred as Detective Sam Reed since the show launched in 2019"): both say
    one stays."""
    return (
        negated.head is None
        and _QUITTING in negated.denied
        and _QUITTING not in other.terms
        and _HELD_UNTIL_NOW.search(other.text) is not None
    )


def _opposed_by_prefix(reading: Reading, term: str) -> bool:
    """Whether a statement writes a word only with a prefix against it ("anti-nuclear campaign"):
    it says nothing for the thing, so a negation of it is no denial."""
    surface = reading.surfaces.get(term)
    return surface is not None and surface in _PREFIXED_AGAINST.findall(reading.lower)


_PREFIXED_AGAINST = re.compile(r"\b(?:anti|counter)-(\w+)")
"""The word after a prefix against it ("anti-nuclear": nuclear)."""


def _shared_only_before_the_negator(text: str, negated: Clause, asserted: Clause) -> bool:
    """Whether all a negated clause shares with the other's clause it says before its negator
    ("Negotiations on a new labour agreement collapsed after nine months without a deal" / "Talks
    over a new collective agreement had broken down after nine months"): the other says nothing of
    what is denied, only what both tell of its subject. "The talks ended without a deal" / "The
    two sides reached a deal" share the deal, which only the denial says."""
    shared = negated.terms & asserted.terms
    return bool(shared) and shared <= said_before_the_negator(text, negated)


def said_before_the_negator(text: str, negated: Clause) -> frozenset[str]:
    """The terms a negated clause says before its negator, when what it denies comes after it: a
    clause ending on its negator ("..., but trains were not") or calling what it tells false
    ("Rumours that Apple will launch an iPhone ... are not true") denies what it names before."""
    if negated.denied.isdisjoint(meaningful_terms(text[negated.cue[1] : negated.end])):
        return frozenset()
    return meaningful_terms(text[negated.start : negated.cue[0]])


def _to_another_deed(text: str, negated: Clause, asserted: Clause, other: str) -> bool:
    """Whether a negation of agreeing, deciding or promising to do something names a deed the other
    does not, which agrees to a thing ("has not agreed to pull out of any of the towns it holds" /
    "agreed a ceasefire"): what is denied is agreeing to that deed, not agreeing. Against another
    promise to do something ("never promised to back the pipeline" / "promised to support its
    pipeline") the two deeds are weighed as the rest of the clause is."""
    complement = _TO_DEED.match(text, negated.cue[1], negated.end)
    return (
        complement is not None
        and word_term(complement.group("deed")) not in asserted.terms
        and _TO_DEED_ANYWHERE.search(other) is None
    )


_TO_DEED_VERBS = r"(?:agreed|agree|decided|decide|promised|promise|committed|commit|consented|consent|offered|offer)"


_TO_DEED = re.compile(r"\s+(?:yet\s+)?" + _TO_DEED_VERBS + r"\s+to\s+(?P<deed>[a-z]+)\b", re.IGNORECASE)


_TO_DEED_ANYWHERE = re.compile(r"\b" + _TO_DEED_VERBS + r"\s+to\s+[a-z]+", re.IGNORECASE)


def _without_another_object(text: str, negated: Clause, asserted: Clause) -> bool:
    """Whether a "without" denies its word of a thing the other clause does not name ("without a
    cut in pay" against "the working week cut to 35 hours"): the same word, said of two things."""
    if text[negated.cue[0] : negated.cue[1]].lower() != "without" or negated.head is None:
        return False
    objects = negated.denied - {negated.head} - LIGHT_VERBS
    if _where_after_the_head(text, negated):
        return False  # "skiing without a guide on an unmarked route": where they skied, not what the guide was of
    return bool(objects) and objects.isdisjoint(asserted.terms)


def _where_after_the_head(text: str, negated: Clause) -> bool:
    """Whether the words after the thing a "without" denies tell where or when the deed was ("without a guide on an
    unmarked route"), not what the thing is of ("without a cut in pay")."""
    for word in re.finditer(r"[\w'\u2019-]+", text[negated.cue[1] : negated.end]):
        if word_term(word.group()) == negated.head:
            return _WHERE_OR_WHEN.match(text, negated.cue[1] + word.end()) is not None
    return False


_WHERE_OR_WHEN = re.compile(
    r"\s+(?:on|at|along|through|across|near|during|after|before|into|onto|down|up|over|inside|outside)\b",
    re.IGNORECASE,
)


def _granted_in_another_clause(negated: Clause, other: Reading, asserted: Clause) -> bool:
    """Whether the other statement, in a clause besides the one asserting the denied word, says its
    opposite of what the denial names ("Sean Combs was found not guilty of racketeering and sex
    trafficking" / "Sean Combs acquitted of sex trafficking, convicted on lesser charges"): it grants
    the denial, and asserts the word of something else."""
    if negated.head is None:
        return False
    opposites = opposites_of(negated.head)
    objects = negated.denied - {negated.head} - LIGHT_VERBS - TIME_WORDS
    return bool(opposites and objects) and any(
        clause is not asserted and not clause.terms.isdisjoint(opposites) and not clause.terms.isdisjoint(objects)
        for clause in other.polarity.clauses
    )


def _beyond_what_the_other_names(mine: Reading, negated: Clause, other: Reading) -> bool:
    """Whether a negation reaches only beyond a thing the other names ("Lumio has no plans to sell
    the headset outside the US" / "Lumio will start selling it in the US on February 2"): it
    denies nothing said of that thing."""
    beyond = _BEYOND.search(mine.text, negated.cue[1], negated.end)
    if beyond is None or _OUTSIDE_AS_ADJECTIVE.match(beyond.group()):
        return False
    named = {t.term for t in other.tokens}
    return any(t.term in named for t in tokenize(beyond.group("what")) if t.meaningful or t.is_place)


_BEYOND = re.compile(
    r"\b(?:outside|beyond|except|other\s+than|apart\s+from)\s+(?:of\s+)?(?:the\s+)?(?P<what>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*|[a-z]+)"
)


_OUTSIDE_AS_ADJECTIVE = re.compile(r"outside\s+[a-z]+$")
"""Not beyond anything: what comes from outside ("received no outside funding")."""


def _withdrawal_denied(mine: Reading, other: Reading) -> tuple[Clause, Clause] | None:
    """A withdrawal one tells ("Lara Voss pulls out of Glastonbury") and a denial of it the other
    tells ("management has denied reports that the singer has withdrawn from Glastonbury"): the
    denial of leaving says one stays, though both clauses negate. The withdrawal, and the denial."""
    if not other.may_negate:
        return None  # most statements deny nothing: their clauses need no reading
    for withdrawn in mine.polarity.clauses:
        if withdrawn.stance is not Stance.NEGATED or withdrawn.head is None:
            continue
        withdrawal = WITHDRAWAL.match(mine.text, withdrawn.cue[0])
        if withdrawal is None or withdrawal["ruling_out"]:
            continue  # "has ruled out stepping down" leaves nothing: it denies the stepping down
        for denial in other.polarity.clauses:
            if denial.stance is Stance.NEGATED and _QUITTING in denial.denied and withdrawn.head in denial.denied:
                return withdrawn, denial
    return None


_QUITTING = word_term("quit")
"""The term of leaving and quitting ("withdrawn", "resigned", "stepped down")."""


def lost(reading: Reading, clause: Clause, head: str | None) -> bool:
    """Whether a clause says its thing was lost, which a negation of having it does not deny
    ("Hundreds of thousands of homes lost power" / "400,000 homes were without electricity";
    "flooding and power cuts across Wales" / "leaves thousands without power"; "the email service
    was down" / "left users without email")."""
    if head is None:
        return False
    spans = [(t, end) for t, start, end in reading.spans if clause.start <= start and end <= clause.end]
    words = [t for t, _ in spans]
    return any(
        word.term == head
        and (
            any(before.surface in _LOSS for before in words[max(0, position - _LOSS_REACH) : position])
            or (position + 1 < len(words) and words[position + 1].surface in _LOSS_AFTER)
            or _GONE_DOWN.match(reading.text, end, clause.end) is not None
        )
        for position, (word, end) in enumerate(spans)
    )


def _prevented(reading: Reading, clause: Clause, head: str | None) -> bool:
    """Whether a clause says its thing is stopped, not to be done or ruled unlawful, which a
    negation of its happening does not deny ("Kenya court blocks deployment of police to Haiti" /
    "the government cannot deploy police officers to Haiti"; "ruled that the deployment was
    unconstitutional"; "had been unable to work" / "left without work")."""
    if head is None:
        return False
    words = [t.surface for t, start, end in reading.spans if clause.start <= start and end <= clause.end]
    terms = [t.term for t, start, end in reading.spans if clause.start <= start and end <= clause.end]
    return any(
        term == head
        and (
            not _PREVENTING.isdisjoint(words[max(0, position - PREVENTION_REACH) : position])
            or not _UNLAWFUL.isdisjoint(words[position + 1 :])
        )
        for position, term in enumerate(terms)
    )


_PREVENTING = frozenset(
    "block blocks blocked blocking halt halts halted halting ban bans banned banning bar bars barred barring "
    "prevent prevents prevented preventing stop stops stopped stopping forbid forbids forbade prohibit prohibits "
    "prohibited veto vetoes vetoed suspend suspends suspended unable".split()
)


_UNLAWFUL = frozenset("unconstitutional illegal unlawful invalid".split())


PREVENTION_REACH = 3
"""Words a prevention may stand before the thing it stops ("blocked the planned deployment"); a
ruling may stand anywhere after it ("the deployment of troops to Mali was unconstitutional")."""


_LOSS = frozenset("lost lose loses losing cut cuts cutting knocked knocking lack lacks lacked lacking".split())
"""Words before a thing that say it is gone or missing: "lost power", "cut power", "knocked out
power", "lack safe drinking water"."""


_GONE_DOWN = re.compile(
    r"(?:\s+[\w'\u2019-]+){0,2}?\s+(?:was|were|went|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:down|cut|lost|knocked\s+out)\b"
)
"""After a thing, that it stopped working or was cut: "Microsoft's Outlook email service was down for
about seven hours", which "left users around the world without email" does not deny; "Power was cut
to about 3 million homes", which "Millions of homes were left without electricity" does not."""


_LOSS_REACH = 2
"""Words a loss may stand before its thing: "lost engine power", "lost all power"."""


_LOSS_AFTER = frozenset("cut cuts outage outages failure failures shortage shortages".split())
"""Words after a thing that say it is gone: "power cuts", "power outages", "water shortages"."""


def _asserted_parts(reading: Reading, head: str | None) -> list[Clause]:
    """The clauses a statement asserts, and, set against a negated predicate (its `head`), of a
    clause it negates, what it says before its negator ("Borne used a special constitutional power
    to push the bill through without a vote" asserts the use of the power): what a negated
    predicate may meet, not what a denial of claims may ("rejected Kyiv's claims about drones"
    denies no drones that "Iran has maintained that the drones were never ..." names). A clause
    opening on a participle that says the predicate is read with the clause before it, whose
    subject and place it takes ("Ash fell on several villages, damaging roofs and cars" / "No
    damage to nearby villages was reported")."""
    parts: list[Clause] = []
    clauses = reading.polarity.clauses
    for position, clause in enumerate(clauses):
        if (
            clause.stance is Stance.ASSERTED
            and position
            and parts
            and parts[-1] is clauses[position - 1]
            and head in clause.terms
            and _PARTICIPLE.match(reading.text, clause.start)
        ):
            told = parts[-1]
            parts[-1] = replace(told, end=clause.end, terms=told.terms | clause.terms)
        elif clause.stance is Stance.ASSERTED:
            if position and is_attribution(tokenize(reading.text[clause.start : clause.end])):
                continue  # "..., the state power company UTE said": who says it, not what is said
            parts.append(_with_opening_subject_told(reading, clause) if position else clause)
        elif head is not None and clause.stance is Stance.NEGATED and clause.cue[0] > clause.start:
            before = meaningful_terms(reading.text[clause.start : clause.cue[0]])
            parts.append(Clause(clause.start, clause.cue[0], Stance.ASSERTED, before))
    return parts


_NONE_DID = re.compile(
    r"no\s+(?:[a-z]+\s+){1,2}?(?:has|have|had|was|were|is|are)\s+(?:yet\s+|so\s+far\s+|been\s+)*(?P<deed>[a-z]+ed)\b",
    re.IGNORECASE,
)
"""A negation of something doing a deed ("No oil has yet reached the coast"): the deed is denied."""


_FOUND_OR_TOLD = frozenset(
    word_term(word)
    for word in "reported recorded found confirmed seen detected observed registered received claimed announced".split()
)
"""Deeds that only say whether something was found, told or claimed ("No damage was reported", "No
group has claimed responsibility", "No ransom demand has been received"): the thing is
denied, not the deed."""


def _none_did_another_deed(text: str, negated: Clause, asserted: Clause) -> bool:
    """Whether a negation says that nothing of a kind did a deed ("No oil has yet reached the coast")
    the other statement does not tell: it denies the deed, not that there is any of the thing ("An oil
    tanker ran aground off the coast")."""
    found = _NONE_DID.match(text, negated.cue[0])
    if found is None:
        return False
    deed = word_term(found["deed"])
    return deed not in LIGHT_VERBS and deed not in _FOUND_OR_TOLD and deed not in asserted.terms


_PARTICIPLE = re.compile(r"[a-z]+ing\b")
"""A clause opening on a participle ("..., damaging roofs and cars"), which tells what the clause
before it did and takes its subject and place from it."""


def _placed_there_only(text: str, negated: Clause, asserted: Clause) -> bool:
    """Whether a withdrawal from an event named by its place ("Rune pulls out of Madrid Open")
    meets a clause that only places someone there ("Rune, 21, is the seventh seed in the Spanish
    capital"): to deny it, the other must name the event beyond its place or say taking part ("will
    play at the Madrid Open", "to play in Madrid")."""
    head = negated.head
    if head is None or not head.startswith("@") or WITHDRAWAL.match(text, negated.cue[0]) is None:
        return False
    return not ((negated.denied - {head}) & asserted.terms or asserted.terms & _TAKING_PART)


_TAKING_PART = frozenset(
    word_term(word) for word in "play compete participate feature appear start race perform attend enter defend".split()
)
"""Doings that are taking part in an event, which a withdrawal from it denies."""


def _there_too(text: str, negated: Clause, other: str) -> bool:
    """A negation of being somewhere ("was not in court for the verdict") denies only being
    there: the other must say it in the same words ("was in court", "is in advanced talks"), not
    merely name the place ("A court in Bucharest sentenced him")."""
    place = _NOT_THERE.match(text, negated.cue[1])
    if place is None or place.group("place").split()[0].lower() in TIME_WORDS:
        return True  # "denied on Wednesday that he had met ...": a day, no place
    at = place.group("at").lower()
    into = _INTO if at in _BEING_IN else at  # "is not in any treatment facility" / "checked into a treatment centre"
    # The place by any word of its name: "in any treatment facility" / "into a rehabilitation facility".
    named = "|".join(re.escape(word) for word in place.group("place").split() if word not in function_words())
    there = rf"\b(?:{into})\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{named})\b"
    return re.search(there, other, re.IGNORECASE) is not None


_BEING_IN = frozenset(("in", "inside", "at"))


_INTO = "in|into|inside|at"
"""Being in a place, as the other may tell it: in it, or gone into it."""


def _absent_too(text: str, negated: Clause, other: str) -> bool:
    """Whether a withdrawal ("pulls out of Paris Masters") meets a statement that tells the same
    absence in other words ("Injured Alcaraz out of Paris Masters", "will miss the Paris
    Masters"): one claim, not a denial of taking part."""
    return WITHDRAWAL.match(text, negated.cue[0]) is not None and _ABSENT.search(other) is not None


_ABSENT = re.compile(
    r"(?<!\bpulled\s)(?<!\bpulls\s)\bout\s+of\b|\b(?:will|to|would)\s+miss\b|\bmiss(?:es|ed|ing)\b"
    r"|\bruled\s+out\b|\bwithdr[ae]w|\bpull(?:s|ed|ing)?\s+out\b|\bsidelined\b|\babsent\b|\bexits?\b"
    r"|\bstep(?:s|ped|ping)?\s+down\b|\bquit|\bresign",
    re.IGNORECASE,
)
"""Words that tell someone is not taking part or no longer holds a post."""


_NOT_THERE = re.compile(
    r"\s+(?P<at>in|at|inside|on)\s+(?:(?:the|a|an|any|his|her|their|its)\s+)?"
    r"(?P<place>[^\W\d_]+(?:\s+(?-i:[a-z]+)){0,2})",
    re.IGNORECASE,
)


def _leaver_unnamed(mine: Reading, negated: Clause, other: Reading) -> bool:
    """Whether someone named leaves a post ("KP Sharma Oli stepped down as Nepal's prime minister") and
    the other statement names no one at all ("Protesters set fire to the parliament building in
    Kathmandu"): it tells of others, not that the one named still holds the post (not "Skyline Air
    chief executive fired", which names whose post it is)."""
    if not _LEAVING_A_POST.match(mine.text, negated.cue[0]):
        return False
    named = {
        token.term
        for token, start, _ in mine.spans
        if negated.start <= start < negated.cue[0] and token.capitalized and not token.is_place and is_meaningful(token)
    }
    names_of_other = {t.term for t in other.tokens[1:] if t.capitalized and not t.is_place and is_meaningful(t)}
    return bool(named) and not names_of_other and named.isdisjoint(other.terms)


_LEAVING_A_POST = re.compile(r"(?:resign|quit|step(?:s|ped|ping)?\s+down|st(?:and|ands|ood)\s+down)", re.IGNORECASE)


def _with_opening_subject(reading: Reading, negated: Clause) -> Clause:
    """A negated clause that opens with its negator, or with "who" and its negator, has no
    subject of its own: it is the names the statement opens with ("President Jorge Almeida, who
    took about 44%, refused to concede" is said of Almeida, and so is "Lindqvist, who had
    refused to resign, said ..."), or its first word ("The ministry has opened an investigation
    but has not issued a fine")."""
    subject = _opening_subject(reading) - negated.terms
    if (
        not subject
        or reading.polarity.clauses[0] is negated
        or not _NO_SUBJECT.fullmatch(reading.text, negated.start, negated.cue[0])
    ):
        return negated
    return replace(negated, terms=negated.terms | subject | _apposed_names(reading, negated))


def _opening_subject(reading: Reading) -> frozenset[str]:
    """What a statement opens on, as the subject of a later clause that has none of its own: the names
    of its first clause, else its first word that says something."""
    first = reading.polarity.clauses[0]
    opening = opening_term(reading)
    return (first.terms & reading.names) or (first.terms & {opening} if opening is not None else frozenset())


def _with_opening_subject_told(reading: Reading, clause: Clause) -> Clause:
    """An asserted clause after the first that opens on its verb ("The stadium, built in 1978, was renovated
    in 2015": "was renovated in 2015") has no subject of its own: it is the statement's opening, as a negated
    one's is (`_with_opening_subject`)."""
    if not _VERB_FIRST.match(reading.text, clause.start):
        return clause
    return replace(clause, terms=clause.terms | _opening_subject(reading))


_VERB_FIRST = re.compile(r"\s*(?:has|have|had|was|were|is|are)\s+(?!(?:not|no|never)\b)", re.IGNORECASE)


def _apposed_names(reading: Reading, clause: Clause) -> frozenset[str]:
    """The names set between commas after a statement's opening and before `clause` ("His
    challenger, Sofia Berg, has not conceded"): who the opening is."""
    found: set[str] = set()
    for before in reading.polarity.clauses[1:]:
        if before.start >= clause.start:
            break
        if before.terms and before.terms <= reading.names:
            found.update(before.terms)
    return frozenset(found)


_NO_SUBJECT = re.compile(
    r"\s*(?:(?:who|which)\s+)?(?:(?:has|have|had|was|were|is|are|did|does|do|will|would)\s+)?", re.IGNORECASE
)
"""What may stand before a negator in a clause without a subject of its own."""


def _claimed_only(reading: Reading, terms: AbstractSet[str]) -> bool:
    """Whether a statement says each of these terms only as what a claim or report holds
    ("the accusations of Russian involvement"): it tells of the claim, not that it is so."""
    return not reading.terms.isdisjoint(claim_terms()) and _each_only_after(reading, terms, _A_CLAIM_OF)


_A_CLAIM_OF = re.compile(
    r"\b(?:accusations?|allegations?|claims?|reports?)\s+(?:of|that)\s+(?:[\w'\u2019-]+\s+){0,3}$", re.IGNORECASE
)


def _sought_only(reading: Reading, terms: AbstractSet[str]) -> bool:
    """Whether a statement says each of these terms only as what is sought or asked for ("issued a
    warrant for Netanyahu's arrest", "calls for his resignation"): it tells of the asking, not that
    the deed was done."""
    return "for" in reading.words and _each_only_after(reading, terms, _SOUGHT_FOR)


_SOUGHT_FOR = re.compile(
    r"\b(?:warrants?|calls?|demands?|requests?|pleas?|appeals?)\s+for\s+(?:[\w'\u2019-]+\s+){0,3}$", re.IGNORECASE
)
_REQUIRED = re.compile(
    r"\b(?:to\s+(?:require|force|compel|order)|requir(?:es|ed|ing)|forc(?:ed|ing)|compel(?:s|led|ling)"
    r"|order(?:s|ed|ing))\s+(?:[\w'\u2019-]+\s+){0,4}$"
    r"|\b(?:bill|measure|motion|resolution|legislation)\s+to\s+$"
    r"|\bsubject\s+to\s+(?:[\w'\u2019-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""A deed required of someone, what a bill is to do, or what a deal is subject to ("voted to force the Justice
Department to release its files", "Congress passes bill to release Epstein files", "subject to approval by
the European Central Bank"): asked for, not done."""


def _required_only(reading: Reading, deed: str | None) -> bool:
    """Whether a statement says a deed only as required of someone or as a bill's aim (`_REQUIRED`): "would
    not release any more files" is no denial of "passes bill to release Epstein files"."""
    return deed is not None and _each_only_after(reading, {deed}, _REQUIRED)


def _each_only_after(reading: Reading, terms: AbstractSet[str], before: re.Pattern[str]) -> bool:
    """Whether each of the terms is first written right after what `before` finds, within _CLAIM_REACH
    characters ("the accusations of", "a warrant for")."""
    if not terms:
        return False
    for term in terms:
        where = reading.first_word(term)
        if where is None or before.search(reading.text, max(0, where[0] - _CLAIM_REACH), where[0]) is None:
            return False
    return True


_CLAIM_REACH = 50


def _named_only_as_a_kind(text: str, negated: Clause, asserted: Clause) -> bool:
    """Whether what a withdrawal leaves is named in the other only as the kind someone is set among
    ("resigns as UK prime minister" / "Her time in office is the shortest of any British prime
    minister"): the post names whom she is compared with, not that she keeps it."""
    return any(
        negated.head in meaningful_terms(text[kind.end() : kind.end() + _KIND_REACH])
        for kind in _OF_ANY.finditer(text, asserted.start, asserted.end)
    )


_OF_ANY = re.compile(r"\b(?:of|among)\s+(?:any|all|every)\b", re.IGNORECASE)


_KIND_REACH = 40


def _named_only_as_speaker(text: str, negated: Clause, asserted: Clause) -> bool:
    """Whether what a withdrawal leaves is named in the other only as who speaks ("will resign as
    New Zealand's prime minister" / "New Zealand's prime minister said she would leave office"):
    the post says who she is as she speaks, not that she keeps it."""
    lead = _REPORTED.match(text, asserted.start, asserted.end)
    if lead is None:
        return False
    speaker = meaningful_terms(text[asserted.start : lead.end()])
    return negated.head in speaker and negated.head not in meaningful_terms(text[lead.end() : asserted.end])


def _opening_its_own_clause(text: str, negated: Clause) -> Clause:
    """A negated clause whose negator follows "and" or "but" with nothing else of its own before it ("the man
    acted alone and no one else is being sought"): the negation opens a clause of its own, whose subject is the
    negator, as "No one else is being sought" is, not the subject of the clause before the "and"."""
    if text[negated.cue[0] : negated.cue[1]].lower() not in _SUBJECT_NEGATORS or not _CONJOINED_NEGATOR.search(
        text, negated.start, negated.cue[0]
    ):
        return negated
    return replace(negated, start=negated.cue[0], terms=meaningful_terms(text[negated.cue[0] : negated.end]))


_CONJOINED_NEGATOR = re.compile(r"\b(?:and|but)\s+$", re.IGNORECASE)
_SUBJECT_NEGATORS = frozenset(("no", "nobody", "none"))
"""Negators that are a clause's subject ("no one else is being sought", "nobody was hurt"), unlike "not"."""


def _without_reporter(text: str, negated: Clause, other: str) -> Clause:
    """A negated clause without who reports it ("Havel told parliament that early elections
    would not be called" negates the calling of elections, whoever said so: it is no denial of
    "The vote was called by Havel himself"), unless the other reports from the same source
    ("His lawyer, Marcy Odell, said her client would appeal"). A negator right after the reporting
    verb opens the clause, as it opens "No arrests have been made" ("Police said no arrests had
    been made" says no more of who was arrested), and who reports it is its subject only if the
    other names them ("Corvo says no card data taken" / "Hackers steal card details of 500,000
    Corvo customers")."""
    lead = _REPORTED_THAT.match(text, negated.start, negated.cue[0])
    bare = _REPORTED.match(text, negated.start, negated.cue[0]) if lead is None else None
    opens_on_negator = bare is not None and not text[bare.end() : negated.cue[0]].strip()
    if opens_on_negator:
        lead = bare
    if lead is None:
        return negated
    reporter = meaningful_terms(text[negated.start : lead.end()]) - meaningful_terms(text[lead.end() : negated.end])
    others_lead = _REPORTED.match(other)
    if others_lead is not None:
        reporter -= meaningful_terms(others_lead.group())
    if not opens_on_negator:
        return replace(negated, terms=negated.terms - reporter)
    return replace(negated, terms=negated.terms - (reporter - meaningful_terms(other)), start=negated.cue[0])


_REPORTING = r".*?\b(?:" + "|".join(sorted(REPORTING_VERBS)) + r")\b"


_REPORTED = re.compile(_REPORTING, re.IGNORECASE)
"""The lead of a statement up to its reporting verb: who speaks."""


_REPORTED_THAT = re.compile(_REPORTING + r"[^,;]*?\bthat\b", re.IGNORECASE)
"""The lead of a reported clause, up to its "that"."""


def _corrects(negated: Clause, asserted: Clause, mine: Reading, other: Reading) -> bool:
    """A negated predicate the other asserts in a clause of its own, when the two statements
    share who: a bare "not X" set against what one says instead ("because of a throat
    infection, not exhaustion": two terms besides X), or a predicate whose subject a comma set
    apart ("Reyes did not testify" / "Reyes, 61, testified in his own defence": a name); one
    other term is enough for what "there was no" (_THERE_WAS_NO) denies."""
    if negated.head is None or negated.head not in asserted.terms:
        return False
    shared = (mine.terms & other.terms) - {negated.head}
    if negated.terms == {negated.head}:
        return len(shared) >= (1 if _THERE_WAS_NO.search(mine.text, negated.start, negated.cue[1]) else 2)
    return not (shared & mine.names & other.names).isdisjoint(negated.terms)


_THERE_WAS_NO = re.compile(r"\bthere\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+no\b", re.IGNORECASE)
"""A thing said not to exist in the story ("there was no leak"): it has no subject to share, so a
statement of the story that says it happened ("A tanker wagon overturned and began leaking")
need share one other word."""


def _said_of_another(mine: Reading, negated: Clause, other: Reading) -> bool:
    """Whether a negated predicate is said of things the other never names, spelled out in words
    of their own ("Breakfast cereals and wholegrain breads were not linked to a higher risk" /
    "Study links ultra-processed food to higher risk of early death"): what is not so of one thing
    is no denial of it of another. A subject of one word or a name may be the other's in other
    words ("The company" / "Volkswagen"; "Reyes" / "he"), so only two words or more of common
    nouns count, standing just before the negator (with only its auxiliary between) and told by the
    statement itself: what stands before a reporting verb ("Defence attorney Marcy Odell told
    reporters that no decision had been made"), a "no" (its thing follows it) or a clause of its
    own ("The study was observational and cannot prove ...") is no subject."""
    if negated.head is None or mine.text[negated.cue[0] : negated.cue[1]].lower() in _NEGATING_THEIR_SUBJECT:
        return False
    lead = mine.text[negated.start : negated.cue[0]]
    if _OPENS_ON_A_PREPOSITION.match(lead) or any(word_term(m.group()) in SAYING for m in LETTERS.finditer(lead)):
        return False  # "Under federal law he will not be eligible": the subject is "he"
    if any(word.lower() in AUXILIARIES for word in LETTERS.findall(lead)[:-1]):
        return False  # "The study was observational and cannot prove ...": a clause, not its subject
    subject = meaningful_terms(lead) - claim_terms()
    return len(subject) >= 2 and subject.isdisjoint(other.terms) and subject.isdisjoint(mine.names)


def _of_another_kind(mine: Reading, negated: Clause, other: Reading) -> bool:
    """Whether a thing the negation names besides its head is one the other names only at another level, each by a
    word just before it that the other does not say ("does not need the approval of national parliaments" / "must
    still be approved by EU governments and the European Parliament"): what is not so of the national parliaments
    is no denial of it of the European one."""
    if negated.head is None:
        return False
    for thing in negated.denied - {negated.head}:
        kind_mine = _kinds_before(mine.text, thing, negated.start, negated.end)
        kind_other = _kinds_before(other.text, thing, 0, len(other.text))
        if kind_mine and kind_other and kind_mine.isdisjoint(other.terms) and kind_other.isdisjoint(mine.terms):
            return True
    return False


def _by_another_doer(mine: Reading, negated: Clause, other: Reading) -> bool:
    """Whether a negation names who has not done the deed yet ("The draft still needs to be approved by parliament")
    and the other tells it done by someone else it opens with, in the active voice ("The German cabinet on Wednesday
    approved its draft budget"): parliament's approval is still to come after the cabinet's."""
    if negated.head is None:
        return False
    doer = _BY_DOER.search(mine.text, negated.cue[1], negated.end)
    if doer is None or word_term(doer.group("doer")) in other.terms:
        return False
    subject = opening_term(other)
    if subject is None or subject == word_term(doer.group("doer")):
        return False
    done = [found for found in LETTERS.finditer(other.text) if word_term(found.group()) == negated.head]
    return bool(done) and not any(_PASSIVE_BEFORE.search(other.text, 0, found.start()) for found in done)


_BY_DOER = re.compile(
    r"\bby\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?P<doer>parliament|lawmakers|legislators|senate|congress|court|courts"
    r"|judges?|regulators?|shareholders|voters|board|cabinet|government|commission|council|members)\b",
    re.IGNORECASE,
)
"""A body whose deed a negation says is still due ("still needs to be approved by parliament", "has not been approved
by regulators"): one of several that may act in turn on one matter, unlike "a man" of "No onion is being cut by a
man", who is the one doer of it."""
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[^\W\d_]+ly\s+)?$", re.IGNORECASE)


def _another_of_one_named_kind(mine: Reading, negated: Clause, other: Reading) -> bool:
    """Whether what a negation names and what the other names are two of one named kind, each name with a word the
    other statement never writes ("withdrew from the World Rapid Chess Championship" / "will still play in the World
    Blitz Championship"; "the French Open" / "the US Open"): what is denied of one is not denied of the other."""
    denied_names = [name.group().split() for name in _NAME_RUN.finditer(mine.text, negated.cue[1], negated.end)]
    if not denied_names:
        return False
    mine_words, other_words = set(_WORD_RUN.findall(mine.text)), set(_WORD_RUN.findall(other.text))
    return any(
        x[-1] == y[-1]
        and x[-1].lower().rstrip(".") in _KINDS_NAMED
        and not set(x) - {x[-1]} <= other_words
        and not set(y) - {y[-1]} <= mine_words
        for x in denied_names
        for y in (name.group().split() for name in _NAME_RUN.finditer(other.text))
    )


_KINDS_NAMED = frozenset(
    "championship championships open cup games prize award awards festival marathon prix trophy tour masters league "
    "series summit conference party treaty inc ltd plc group airways airlines bank court university hospital museum "
    "council agency ministry".split()
)
"""Last words of names that say what kind of thing is named (a championship, a company, a court), not who: "the World
Rapid Chess Championship" and "the World Blitz Championship" are two, where "Sandra Day O'Connor" and "Justice
O'Connor" are one."""
_NAME_RUN = re.compile(r"\b(?-i:[A-Z][\w'\u2019-]*)(?:\s+(?-i:[A-Z][\w'\u2019-]*))+")
_WORD_RUN = re.compile(r"[\w'\u2019-]+")


def _kinds_before(text: str, thing: str, start: int, end: int) -> frozenset[str]:
    """The words standing just before each mention of a thing between start and end that tell its level ("national
    parliaments": national); none if any mention stands without one ("the parliament")."""
    kinds: set[str] = set()
    for before, word in pairwise(LETTERS.finditer(text, start, end)):
        if word_term(word.group()) != thing:
            continue
        kind = before.group().lower()
        if kind not in _LEVELS:
            return frozenset()
        kinds.add(word_term(kind))
    return frozenset(kinds)


_LEVELS = frozenset(
    "national european federal state regional local provincial municipal international domestic foreign".split()
)
"""Words that tell at what level a body or a thing is ("national parliaments", "the European Parliament", "federal
courts"): two of them tell two bodies."""


def _said_of_someone_else(mine: Reading, negated: Clause, other: Reading) -> bool:
    """Whether a negation said of a pronoun stands for a person named before it whom the other
    never names, while the other names one this does not ("While MacFarlane's performance ..., he
    said he would not host the Oscars again" / "'I am so excited to be hosting the Oscars for the
    second time,' DeGeneres said"): two people."""
    lead = [word.lower() for word in LETTERS.findall(mine.text[negated.start : negated.cue[0]])]
    if _PERSONAL_PRONOUNS.isdisjoint(lead[-2:]):
        return False
    named_before = {
        token.term
        for token, start, _ in mine.spans
        if start < negated.cue[0] and token.term in mine.names and not token.is_place
    }
    if not named_before or not named_before.isdisjoint(other.terms):
        return False  # "Senator Thomas Hale said that he had never promised ...": the other names him too
    return any(
        token.term in other.names and not token.is_place and token.term not in mine.terms for token in other.tokens
    )


def _one_named_against_others_counted(mine: Reading, negated: Clause, other: Reading) -> bool:
    """Whether a negation is said of someone named, whom the other never names, while the other counts
    two or more harmed ("Trump was not seriously hurt" / "two men were seriously wounded"): the
    others hurt, not the one said to be unhurt."""
    named = {
        token.term
        for token, start, _ in mine.spans
        if negated.start <= start < negated.cue[0] and token.term in mine.names and not token.is_place
    }
    if not named or not named.isdisjoint(other.terms):
        return False
    return any(
        value.value >= 2
        for key, values in other.by_thing.items()
        if key[0] is Kind.COUNT
        for value in values
        if value.counted.rsplit(" ", 1)[-1] in TALLIES  # "seriously injured": the injured
    )


_PERSONAL_PRONOUNS = frozenset(("he", "she"))


_NEGATING_THEIR_SUBJECT = frozenset(("no", "none", "nobody", "nothing", "neither", "nor"))


_OPENS_ON_A_PREPOSITION = re.compile(r"\s*(?:under|in|on|at|for|after|before|since|with|by|from|during)\b", re.I)


_BEYOND_THOSE = re.compile(r"\s+(?:any\s+)?(?:further|additional|extra|other)\b|\s+(?:one\s+)?else\b", re.IGNORECASE)
"""After a negator, what comes beyond what is told ("no further arrests", "no additional benefit", "No other
climbers have needed rescuing", "no one else is being sought"): it denies more of it, not what the other tells,
unless the other tells of more ("A second suspect is still being sought")."""


_MORE_TOO = re.compile(r"\b(?:further|additional|extra|more|another|again|second|third)\b", re.IGNORECASE)


_SUCH = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:any\s+)?such\b", re.IGNORECASE)
"""After a denial, "such" points back to what the statement has just told ("stood by its account
that Hale promised to support it, after the senator denied making any such pledge"): it tells
both sides of a dispute, and the denial is not its claim."""


_MOSTLY = re.compile(r"\b(?:most|the\s+(?:majority|bulk)\s+of|much\s+of)\b", re.IGNORECASE)
"""What is asserted of most of a thing leaves some without it: no denial of a negation of some."""


_NOT_EACH = re.compile(r"\s+(?:all|every|everyone|everybody|everything|always|necessarily)\b", re.IGNORECASE)
"""After a negator, a universal: "Not all ultra-processed foods should be restricted" denies only
that a thing holds of each (_EACH), not what another says of some ("Ultra-processed foods tied to
premature death"); and it is no same claim with it either."""


_EACH = re.compile(r"\b(?:all|every|everyone|everybody|everything|always)\b", re.IGNORECASE)


def _of_a_group_the_other_lacks(mine: Reading, negated: Clause, other: Reading) -> bool:
    """Whether a negation is said of none of a group told by what befell or marks them ("None of
    the children who died had been vaccinated") and the other does not tell that of anyone: it
    speaks of others ("Only 68% of Romanian children receive the first dose of the vaccine")."""
    group = _NONE_OF_THOSE_WHO.search(mine.text, negated.start, negated.cue[1] + _GROUP_REACH)
    if group is None:
        return False
    marks = {t.term for t in tokenize(group.group("mark")) if t.meaningful}
    return bool(marks) and marks.isdisjoint(other.terms)


_NONE_OF_THOSE_WHO = re.compile(
    r"\b(?:none|neither|no\s+one)\s+of\s+(?:the|those|these)\s+[^\W\d_]+\s+(?:who|that|which)\s+"
    r"(?P<mark>(?:had\s+|have\s+|were\s+|was\s+)?[^\W\d_]+)",
    re.IGNORECASE,
)


_GROUP_REACH = 60


_AFTER_AN_EVENT = re.compile(r"\b(?:after|since)\s+(?:the|it|its|their)\s+[a-z]+\s+(?:took|had|began|came|was|went)\b")
"""A negation's limit to the time after an event of the story ("denied firing any missiles after the truce
took effect"): it denies nothing of a statement that tells no such time, which may tell what came before."""


_TIME_BEFORE_WORDS = frozenset(("before", "earlier", "previously", "beforehand"))
_BEFORE_THE_EVENT = re.compile(
    r"\bbefore\s+the\s+(?:attack|incident|crash|accident|fire|collision|explosion|blast|storm|quake|earthquake"
    r"|shooting|eruption|flood|flooding|derailment|collapse)\b",
    re.IGNORECASE,
)
"""A negation's limit to the time before the story's event ("No sharks had been seen in the area before the
attack"): it denies nothing of the event itself, which the other may tell ("Shark attack kills swimmer"), only
what the other tells of the time before ("Fishermen had reported seeing a large shark in the area earlier that
day")."""


def _over_a_stretch_of_time(text: str, negated: Clause) -> bool:
    """Whether a negation tells of a stretch of the past (_HISTORY), said before the clause
    goes on with "and" to something else ("does not need surgery and will rest for two weeks")."""
    going_on = text.find(" and ", negated.cue[1], negated.end)
    return _HISTORY.search(text, negated.start, going_on if going_on >= 0 else negated.end) is not None


_HISTORY = re.compile(
    r"\b(?:in|for|over)\s+(?:the\s+(?:past|last)\s+)?(?:(?:more than|nearly|almost|about|over)\s+)?"
    r"(?:[\w,]+\s+)?(?:years|decades|months|weeks|days)\b|\bsince\s+(?:the\s+)?\d{4}"
    r"|\b(?:twice|(?:two|three|four|five|six|several|many|\d+)\s+times)\s+before\b",
    re.IGNORECASE,
)
"""A negation over a stretch of time ("has not been hit by a quake in more than 25 years", "not
since 1990") or of times before ("had been nominated four times before without winning") tells of
the past: it cannot contradict one event of this story ("has not reopened since the fire" can)."""


def _done_since(text: str, negated: Clause, other: Reading) -> bool:
    """Whether a negation up to now from a year ("The structure had not been inspected since 2019")
    meets the other setting its deed in a later year, or in a month of no year told, which a report
    names for an earlier step of this year's story ("Engineers had inspected the bridge in March"):
    then the other says it was done since. Not against the story's own event, told on its day
    ("had not been hit by a quake of this size since 1990" / "A quake hit the region on Monday")."""
    since = _SINCE_YEAR.search(text, negated.cue[1], negated.end)
    if since is None or any(q.kind is Kind.WEEKDAY for q in other.values.quantities):
        return False
    years = {int(f) for f in other.frame if f.isdigit()}
    months = {f for f in other.frame if f.startswith("month:") and not f.endswith(IN_PASSING)}
    return min(years) > int(since.group("year")) if years else bool(months)


_SINCE_YEAR = re.compile(r"\bsince\s+(?P<year>(?:19|20)\d\d)\b(?!\s*(?:-|to|and)\s*\d)")


def _denies(
    negated: Clause,
    asserted: Clause,
    names: frozenset[str],
    named_by_both: frozenset[str],
    pronoun_subject: bool = False,
) -> bool:
    """A negation reaches the other's clause if it negates a predicate the other asserts and
    they share something more (who or what: of a clause that opens on "he" or "she", a name both
    statements hold, which its article says the pronoun stands for, claims.antecedents.denying_pronouns);
    a denial, if the other asserts something it
    denies besides names ("rejected Kyiv's claims about drone transfers": drones, transfers)
    and they share two things, or the two statements name the same two ("Mia Torres and Jake
    Rowan are still together, ..., dismissing reports that the couple had split" / "... have
    separated")."""
    shared = negated.terms & asserted.terms
    if negated.head is not None and not (negated.head in ANY_AGENT and asserted.terms & names):
        # A clause that is only its negated word ("..., not because of injury"), or opens on it
        # with a verb that says nothing ("No arrests have been made") or only that none was found
        # ("No aftershocks were recorded"), takes its subject from the rest of its statement, or
        # from the story.
        alone = (
            negated.terms <= {negated.head}
            or (negated.cue[0] == negated.start and negated.terms - LIGHT_VERBS - _FOUND_OR_TOLD <= {negated.head})
            or (pronoun_subject and not named_by_both.isdisjoint(asserted.terms))
        )
        return negated.head in asserted.terms and (len(shared - {negated.head}) >= 1 or alone)
    if rivals_apart(negated.denied, asserted.terms):
        return False  # "denied targeting civilian areas" / "had struck military targets"
    return bool((negated.denied & asserted.terms) - names) and (len(shared) >= 2 or len(named_by_both) >= 2)


def _opens_on_a_pronoun(text: str, negated: Clause) -> bool:
    """Whether a negated clause is the statement's first and opens on "he" or "she"."""
    return negated.start == 0 and _PRONOUN_OPENING.match(text) is not None


_PRONOUN_OPENING = re.compile(r"(?:He|She)\b")


def _denied_of_whom_a_pronoun_stands_for(
    negated: Clause, asserted: Clause, names: frozenset[str], other: Reading
) -> bool:
    """Whether a negation said of a name ("Okafor said she ... would not challenge it") reaches a
    clause asserting its deed of "she", "he" or "they" ("Her lawyer said she would appeal"): in one
    story the pronoun stands for its person, whom the other need not name."""
    if negated.head is None or negated.head not in asserted.terms or not negated.terms - {negated.head} <= names:
        return False
    where = other.first_word(negated.head)
    return (
        where is not None
        and _PRONOUN_BEFORE.search(other.text, max(asserted.start, where[0] - 30), where[0]) is not None
    )


_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they)\s+(?:[a-z]+\s+){0,2}$")
"""A person's pronoun just before a deed, as its doer ("she would appeal", "he has resigned")."""


ANY_AGENT = frozenset(word_term(word) for word in "group organisation organization faction".split())
"""Who "no group" or "no organisation" is: anyone, so what is denied is the deed one the other
names did ("No group has claimed responsibility for the attack" / "Islamic State claimed
responsibility for the attack")."""


def _ever(text: str, negated: Clause) -> bool:
    """Whether a negation reaches every time ("was never charged"), or every time until now ("US
    regulators have not yet approved the drug"), so a year does not escape it ("was approved in the
    United States last year")."""
    return text[negated.cue[0] : negated.cue[1]].lower() == "never" or _YET.match(text, negated.cue[1]) is not None


_YET = re.compile(r"\s+yet\b", re.IGNORECASE)


def _years_apart(a: Reading, b: Reading) -> bool:
    """Whether the two are told in years that do not meet, or one in a year (or a stretch of them,
    by its first) and the other in none, each year bare: a statement of the past ("In 2010, an
    8.8-magnitude quake and tsunami killed more than 500 people") is no object of a denial of now
    ("no tsunami threat"), only of a "never". A year with its day ("On November 5, 2022, Iran
    admitted ...") dates an event of the story itself."""
    years_a = {f for f in a.frame if f.isdigit()} | stretches_of_years(a.text)
    years_b = {f for f in b.frame if f.isdigit()} | stretches_of_years(b.text)
    if years_a & years_b or not (years_a or years_b):
        return False
    return not any(q.kind is Kind.DATE for q in (*a.values.quantities, *b.values.quantities))
