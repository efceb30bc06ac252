"""Whether each clause of a statement asserts, denies, or only supposes what it says.

A statement is read clause by clause, because a denial reaches only its own clause: in
"The army denied the strike, but admitted its aircraft flew over the area" the flight is
asserted. A clause ends at a comma, a semicolon or colon, a dash or parenthesis, a quotation
mark, "but", "while", "although", or "and" before a new subject.

- Negated: a negator ("not", "n't", "never", "no", "nobody", "without", ...) negates the first
  word after it that says something (its head: "has not publicly supplied" -> supply), or a
  denial ("denied", "rejected claims that", "dismissed reports of", "baseless") negates what
  the clause says after it (or, for "false" and "baseless", before it).
- Hedged: conditions and questions ("if", "whether", "?"), modals ("may", "could",
  "would"), hearsay ("reportedly", "unconfirmed", "allegedly"), and what somebody is urged or
  asked to do ("urged parents to have their children vaccinated") assert nothing.
- Reported: "claim to", "claimed that", "accused ... of", "suspected of": somebody's claim, which the writer
  does not make; it can be the same claim as another, never a contradiction of it.

Cue words are matched as written, never by stem: Snowball stems "fabricated" to "fabric" and
"lies" (the town lies north) to "lie".
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from itertools import pairwise

from claims.frames import MONTHS, WEEKDAYS
from claims.lexicon import NEGATORS, function_words, irregular_verbs, known_phrases
from claims.terms import Token, tokenize, word_term

_NEGATORS = NEGATORS
_NOT_A_NEGATION = frozenset("only just merely".split())
"""After "not": "not only ... but also" asserts."""
_BOUNDING = frozenset("more fewer less later earlier greater higher lower".split())
_A_BOUND = re.compile(r"no\s+(?:more|fewer|less|later|earlier|greater|higher|lower)\s+than\b", re.IGNORECASE)
"""A bound, not a negation: "patients who carry no more than one copy", "no later than Friday"."""
_A_RUN_BEFORE = re.compile(r"\b(?:games|matches|outings|fixtures|races|starts|rounds)\s+$", re.IGNORECASE)
"""A run of games told by what it lacked ("after seven games without a win"): a count of games, no
negation of what the statement claims ("Lyon sack coach Moreau")."""
_ALMOST = frozenset(("almost", "nearly", "virtually", "practically"))
"""Before "no", a little rather than none: "almost no premium to its last closing price"."""
_SAYING_NO = frozenset("say says said saying vote votes voted voting".split())
_NO_TO = re.compile(r"(?:\s+(?:on|in|at)\s+[^\W\d_]+)?\s*(?:to\b|[,.;]|$)", re.IGNORECASE)
"""A "no" said or voted to something ("voters said no on Sunday to an initiative", "voted no"): a
refusal, no negation of the words after it; not "said no ransom had been paid"."""
_MODIFIERS = frozenset(
    "immediate further other such significant major new additional outside external net single official".split()
)
"""Words that say how much of a thing is meant, not what ("no immediate comment"): a negation's
head is the thing ("comment"), and two statements sharing only these share nothing."""
MODIFIER_TERMS = frozenset(word_term(word) for word in _MODIFIERS)
_INSTEAD = {"rather": "than", "instead": "of"}
"""Two-word negators: "rather than present a closing statement" says he presented none."""
_REFUSALS = frozenset(
    "refuse refused refuses refusing declined declines decline declining failed fails fail yet".split()
)
"""Negators before "to": "refused to confirm the resignation" did not confirm it, "declined to
comment" said nothing either way, "has yet to vote" has not voted."""
_DECLARED_ACT = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}?(?:declar\w*|announc\w*)\s+(?:(?:a|an|the)\s+)?(?:(?:national|local|regional|provincial|"
    r"nationwide|full)\s+)?(?:state\s+of\s+(?:emergency|disaster|siege|alarm)|war|bankruptcy|independence|martial\s+law"
    r"|emergency|disaster|curfew|ceasefire|lockdown)\b",
    re.IGNORECASE,
)
"""A declaration that is a deed, not a statement ("has not declared a state of emergency", "did not
declare war"): its denial denies the deed, where "did not say" only declines to speak."""


def _declares_an_act(text: str, start: int, end: int) -> bool:
    """Whether the words from `start` declare a state of things (`_DECLARED_ACT`)."""
    return _DECLARED_ACT.match(text, start, end) is not None


_DIRECTLY_TO = re.compile(r"\s+to\b", re.IGNORECASE)
"""A refusal is followed by its "to" at once ("declined to comment"); "Sales declined 18% to 3.1
billion euros" fell."""
_TO_PREVENT = re.compile(r"\s+to\s+(?P<verb>stop|prevent|halt|curb|block|end)\b", re.IGNORECASE)
"""A refusal to prevent something tells that it went on ("failed to stop money laundering through its
Estonian branch"): no denial of it, only of the preventing ("A judge ... declined to block the order"
denies that the order was blocked)."""
_REFUSING_CALLS = frozenset(
    "reject rejects rejected rejecting resist resists resisted resisting defy defies defied defying dismiss "
    "dismisses dismissed dismissing refuse refuses refused refusing".split()
)
_CALLS = re.compile(r"\s+(?:(?:the|growing|mounting|renewed|repeated|fresh)\s+)?calls?\s+(?:to|for)\b", re.IGNORECASE)
"""Calls refused: what one "rejects calls to" do or "resisted calls for" is not done ("Minister
rejects calls to quit" has not quit; "dismissed calls for his resignation" has not resigned)."""
_OFFERS = re.compile(r"\s+(?:(?:the|an|any|all|repeated)\s+)?offers?\s+of\b", re.IGNORECASE)
"""Offers refused: what one "rejected offers of" is not taken ("The junta rejected offers of foreign aid"
has taken no aid)."""
_THING_OFFERED = re.compile(
    r"\s*(?P<thing>[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}?)(?=\s+(?:from|by|to|for|after|in|on|at|with|and)\b|\s*[,.;:]|\s*$)",
    re.IGNORECASE,
)
"""The thing an offer was of, up to what follows it ("foreign aid" of "offers of foreign aid from China")."""
_STILL_OWED = re.compile(
    r"still\s+(?:(?:needs?|has|have|had|must)\s+to|to)\s+be\s+"
    r"(?=[a-z]+(?:ed|en|wn)\b|(?:done|made|paid|set|held|met|sold|built|found|won|shut|cut)\b)"
    r"|still\s+(?:needs?|needed|requires?|required|awaits?|awaited|awaiting)\s+"
    r"(?:(?:the|formal|final|full|regulatory|official|shareholder|government|parliamentary)\s+)*"
    r"(?=(?:approval|ratification|confirmation|clearance|consent|authori[sz]ation|sign-off|endorsement)\b)",
    re.IGNORECASE,
)
"""What is still to be done is not done: "The record still needs to be ratified" has not been,
"the cause is still to be determined" is not known (not "they still have to be careful"); a deal
that "still needs approval from regulators" is not approved."""
WITHDRAWAL = re.compile(
    r"(?:pull(?:ed|s|ing)?|dropp(?:ed|ing)|drops?)\s+out\s+of\b"
    r"|(?:withdr[ae]wn?|withdraw(?:s|ing)?)\s+(?:from|as)\b"
    r"|(?:step(?:ped|s|ping)?)\s+down\s+as\b(?!\s+(?:the\s+)?[a-z]+\s+[a-z]+(?:[^s']s|ed)\b)"
    r"|(?:quit(?:s|ting)?|resign(?:ed|s|ing)?)\s+as\b(?!\s+(?:the\s+)?[a-z]+\s+[a-z]+(?:[^s']s|ed)\b)"
    r"|(?P<ruling_out>rul(?:e|ed|es|ing)\s+out)\b",
    re.IGNORECASE,
)
"""Withdrawing from something is not doing it: "has pulled out of hosting the ceremony" does
not host it, "stepped down as chief executive" is no longer one (not "quits as coalition splits",
where "as" opens a clause of its own); ruling something out says it will not be ("ruled out an
inquiry"; not "could not be ruled out")."""
_A_PLACE_LEFT = re.compile(
    r"(?:\s+(?:the|a|its|[A-Z][\w'\u2019-]*))*\s+(?:station|port|harbou?r|dock|depot|terminal|platform|driveway|"
    r"garage|car\s+park|parking\s+lot|airport|marina)s?\b"
)
"""After "pulled out of", a place a vehicle leaves ("The train pulled out of Landeck station",
"the ferry pulled out of the harbour"): a departure, not a withdrawal."""
_TOO_TO = re.compile(r"too\s+(?:[a-z]+\s+){1,2}?to\b", re.IGNORECASE)
"""Too much of something for a deed ("too early to think about cutting rates", "too difficult to
install"): a judgment of the deed, which neither does it nor denies it was done."""
_RULED_OUT = re.compile(r"\s+(?:been\s+|be\s+)?rul(?:e|ed|es|ing)\s+out\b", re.IGNORECASE)
"""After a negator, a possibility: what is "not ruled out" may be."""
BE = frozenset("be is are was were been being".split())
"""Before a withdrawal's verb, a passive: what is "pulled out of the rubble" is moved, not withdrawn."""
AUXILIARIES = BE | frozenset("has have had do does did will would shall should can could may might must".split())
"""Words that stand before a verb to tell its time, voice or mood ("has not supplied", "was
sentenced", "could not reach")."""
_WITHDRAWAL_MARKS = (" out of ", "withdr", " as ", "rul")
"""Cheap signs of a withdrawal, looked for before the expression (a phrase's words are one token)."""
_WITHDRAWAL_WORDS = frozenset(
    "pull pulled pulls pulling drop dropped drops dropping withdraw withdrew withdrawn withdraws withdrawing "
    "step stepped steps stepping quit quits quitting resign resigned resigns resigning rule ruled rules ruling".split()
)
_CAUSED_THE = re.compile(r"\s*(?:been\s+)?(?:cause|caused|causing)\s+(?:the|this|that)\b", re.IGNORECASE)
"""A denied cause of a named event ("cloud seeding had not caused the storm"): the causing is what is
denied, where "did not cause any damage" denies the damage."""
_REACHES = re.compile(
    r"\s*(?:apply|applies|applied|extend|extends|extended)\s+to\b|\s*(?:cover|covers|covered)\b", re.IGNORECASE
)
"""A rule's reach denied ("The ban does not apply to hotels that already have permits", "The recall does not cover
older models"): its applying is what is denied, not the things it leaves out, which an exemption names."""
LIGHT_VERBS = frozenset(
    word_term(word)
    for word in (
        "cause make take give have get do carry put undergo need issue issued impose imposed hold held "
        "evidence information indication proof suggesting suggest suggests plan plans decision aware"
    ).split()
)
"""Verbs whose object says what is negated ("did not cause any damage" denies damage, "has not
issued a fine" a fine), and
nouns of knowing whose object does ("no information suggesting Kim had surgery", "no evidence
of damage", "not aware of any injuries"; not "sign", a verb as often)."""
_DENIAL_VERBS = frozenset(
    (
        "deny denies denied denying denial denials refute refutes refuted refuting rebut rebuts rebutted "
        "rebutting disavow disavows disavowed disputed disputes dispute disputing contradicted "
        "spared avoided averted"
    ).split()
)
"""Verbs that deny what follows them, a claim ("denied supplying drones") or a thing that did not
happen ("Tampa Bay was spared a direct hit", "the economy avoided a recession", "averted a strike")."""
_ESCAPED = frozenset(
    "a an any punishment prosecution conviction injury injuries sanctions charges damage harm serious major "
    "significant severe heavy".split()
)
_KEPT_OUT = {
    **dict.fromkeys("escape escapes escaped escaping".split(), (_ESCAPED, 1)),
    **dict.fromkeys("exempt exempted exempts".split(), (frozenset({"from"}), 3)),
}
"""Verbs that deny what follows them when one of the words given comes within so many words after them:
escaping a penalty or a harm ("escaped a fine because it reported the cartel", "escaped injury"), as "was
spared" does, its first word only, not escaping from a place ("escaped from a prison"); being exempt from a
thing ("Hospitals and schools will be exempt from the cuts", "exempt it from the ban"), not exempt alone
("Residents will be exempt", against "will not be exempt")."""
_GRANTED = re.compile(
    r"\s+(?:(?:him|her|them|it|us|[A-Z][\w'\u2019-]*|the\s+[^\W\d_]+)\s+)?"
    r"(?P<granted>boarding|entry|access|bail|visas?|permission|admission|parole|asylum)\b",
    re.IGNORECASE,
)
"""What a denial withholds when it is a thing granted ("denied boarding", "was denied bail", "denied them entry"):
the thing is not given; those denied it are no claim denied."""
_KEPT_FROM = frozenset("stopped prevented".split())
"""Verbs that, before "from" and a deed ("were stopped from boarding", "was prevented from leaving"), deny the deed;
not a ban ("Two parties were barred from running" asserts the barring, which "No party was banned" denies)."""
_PLEADED = frozenset("plead pleads pleaded pleading".split())
"""Pleading "not guilty" denies the charges, as "denied the charges" does; its "not" negates no
deed of the clause."""
_DENIAL_VERBS_OF_CLAIMS = frozenset(
    "reject rejects rejected rejecting rejection dismiss dismisses dismissed dismissing debunk debunks debunked "
    "debunking".split()
)
"""Denials only before a claim ("rejected Kyiv's claims", "dismissed reports"): he was
dismissed from his job, parliament rejected the bill."""
_DENIAL_ADJECTIVES = frozenset(
    "false untrue baseless groundless unfounded fabricated fabrication nonsense unsubstantiated".split()
)
_DENIAL_NOUNS = frozenset(("hoax", "hoaxes", "myth"))
"""Denials only as what a clause ends by saying ("the story ... was a hoax"): "a hoax call" is a call."""
_CLAIM_NOUNS = frozenset(
    (
        "claim claims allegation allegations accusation accusations report reports rumour rumours rumor "
        "rumors suggestion suggestions speculation concerns concern assertion assertions charge charges "
        "notion idea story stories that"
    ).split()
)
_CLAIM_REACH = 4
"""How far after "rejected" or "dismissed" the claim must come ("rejected Kyiv's claims")."""
_SENTENCE_HEDGES = frozenset(
    (
        "if whether unless perhaps possibly reportedly allegedly unconfirmed supposedly purportedly rumoured "
        "rumored apparently conceivably"
    ).split()
)
"""Words by which a whole statement supposes."""
_THING_HEDGES = frozenset(("possible", "potential"))
"""Words by which a statement supposes when its first clause holds them: what is "possible" or
"potential" ("investigating the collision as a possible act of terrorism") is not said to be so;
a later clause's ("there had been no fire, only a warning light indicating a possible engine
fault") supposes only the thing it names."""
_FIRST_CLAUSE = re.compile(r"[,;:]")
_A_CAUSE = re.compile(r"\s(?:after|because|over|due\s+to|amid|following|when)\s", re.IGNORECASE)
"""Where the cause of what a clause tells begins, which a thing's hedge supposes alone ("is recalling
batches of its infant formula after tests found possible contamination" recalls them; "diverted to Lyon
... when a warning light indicated a possible engine fire" diverted)."""
_CLOSING_WHICH = re.compile(r",\s+which\s+[^,;]*$")
"""A closing relative clause, which a condition supposes alone ("A weather station logged 52.9C on
Wednesday, which would be a national record if confirmed": the reading is told outright)."""
_CLOSING_SUPPOSITION = re.compile(r",\s+(?:possibly|perhaps|apparently)\s+[^,;]*$", re.IGNORECASE)
"""A closing phrase that supposes what it adds alone ("A 73-year-old British man died, possibly of a
heart attack": the death is told outright, its cause supposed)."""
_MODALS = frozenset("may might could would should".split())
MODAL_HEDGES = frozenset(("may", "might", "could"))
"""A statement with any of these in its first clause, or any of _SENTENCE_HEDGES, supposes:
"would" and "should" report or urge, and leave it alone. A clause with a modal supposes too,
except "would not", the "will not" of reported speech ("said the company would not close its
plant"): a negation; and a reported "would" ("said he would appeal"), the "will" of what was
said: an assertion."""
_SPEECH = "say tell comment speak disclose elaborate specify reveal"
"""Heads of a negation that declines to speak ("would not say", "did not comment"): that is
no assertion of the contrary."""
_REPORTED = frozenset("claim claims claimed claiming allege alleges alleged alleging accuse accuses accused".split())
_SUSPECTED = frozenset("suspected suspect suspects".split())
"""Reported only before "of": what someone "is suspected of" is a suspicion, as an accusation is."""
_CLAIMS = frozenset("claim claims claimed claiming".split())
_CLAIMED_DEEDS = frozenset(
    "responsibility credit victory win title crown lives life seat seats medal gold silver bronze prize record "
    "attack attacks abduction kidnapping bombing bombings killing killings assassination hijacking".split()
)
"""What is claimed by a deed, not in words the writer does not make: a group "claimed
responsibility for the attack" or "claimed the abduction", a quake "claimed 300 lives", a runner
"claimed the title"."""
_CLAIMED_SUMS = frozenset(
    "expenses expense benefits benefit allowances compensation damages refunds refund money payments "
    "hundreds thousands millions billions euros dollars pounds francs yen rupees kronor".split()
)
"""What is claimed as money ("had claimed thousands of euros in expenses", "claimed expenses for
private trips"): a deed, as a claim of a figure is ("claimed 12,000 euros": surfaces hold words only,
so a figure leaves "euros" first)."""
_DETERMINERS = frozenset("the a an his her its their".split())

_BOUNDARY = re.compile(
    # Every boundary starts with a space, a punctuation mark or a quote: the lookahead lets the
    # scan pass over letters without trying each alternative (three times faster).
    r"""(?=[\s,;:()\[\]\u2013\u2014"\u201c\u201d\u00ab\u00bb'\u2018\u2019-])(?:"""
    r"""\s*(?:[;()\[\]\u2013\u2014]|(?<!\d)[,:]|[,:](?!\d))\s*|\s+--\s+|\s+-\s+|["\u201c\u201d\u00ab\u00bb]|(?<=\s)['\u2018]|(?<!s)['\u2019](?=\s|$)|(?<=s)['\u2019](?=\s*$|\s*[^\w\s]|\s+\w+ed\b)"""
    r"""|\s+(?:but|while|whereas|although|though|however)\s+|(?<!\bnot)(?<!n't)\s+because\s+|(?<!\bnot)(?<!n't)(?<!\bhave)(?<!\bhas)(?<!\bhad)\s+yet\s+(?!to\b)"""
    r"""|(?<!\bshe)(?<!\bhe)(?<!\bthey)(?<!\bwe)(?<!\bi)(?<!\byou)\s+and\s+(?!(?:his|her|their)\s+(?:wife|husband|partner|spouse|girlfriend|boyfriend|fianc\w*)\b)(?=(?:there|the|a|an|he|she|it|they|we|i|his|her|their|its"""
    r"""|said|says|added|told|noted|stressed|insisted|warned|explained|stated|declared|announced|vowed|pledged|promised)\b"""
    r"""|never\b|(?:was|were|is|are|has|have|had|did|does|do|will|would)\s+(?:never|not)\b))""",
    re.IGNORECASE,
)
"""Where one clause ends and the next begins (a comma or colon between digits is part of a
number or a time: "$400,000", "1:53"; an apostrophe after an "s" and before a word that is no
past verb is a possessive, "his lawyers' argument", not a closing quote). "and" starts a clause
only before a new subject, a reporting verb ("... and said it would") or a predicate negated on its own ("she did not
collapse and was never taken to hospital": each negation has its own predicate): between two
names ("Iran and Russia") it joins the parts of one, as it does after a pronoun ("she and her husband")
and before a spouse ("the actor and his wife Lena Varga are divorcing")."""
_AGE = re.compile(r"\b\w+[- ]years?[- ]old\b|\bold enough\b", re.IGNORECASE)
"""Ages are values (claims.quantities), not what a clause asserts: "not old enough" negates no fact."""
_NEGATING = (
    _NEGATORS
    | _DENIAL_VERBS
    | _KEPT_OUT.keys()
    | _DENIAL_VERBS_OF_CLAIMS
    | _DENIAL_ADJECTIVES
    | _DENIAL_NOUNS
    | frozenset(_INSTEAD)
    | _REFUSALS
    | _REFUSING_CALLS
)
_URGING = frozenset("urge urges urged urging exhort exhorts exhorted".split())
_CALLING = frozenset("call calls called calling".split())
"""Asking, right before "for" too: what one "called for" ("The opposition called for an urgent
review") is asked, not done."""
_ASKING = {
    **dict.fromkeys("ask asks asked asking encourage encourages encouraged advise advises advised".split(), "to"),
    **dict.fromkeys("tell tells telling warn warns warned warning instruct instructs instructed".split(), "to"),
    **dict.fromkeys(_CALLING, "to"),
    **dict.fromkeys("appeal appeals appealed appealing".split(), "for"),
}
"""Verbs that urge or ask, and the word after which what is asked follows ("urged parents to
have their children vaccinated", "called on the army to withdraw", "appealed for calm"): what
is asked for is not said to be done (an appeal to a court is a deed)."""
_ASKING_REACH = 4
_STRIVING = frozenset(
    "race races raced racing struggle struggles struggled struggling scramble scrambles scrambled scrambling".split()
)
"""What one races or struggles to do ("Rescue teams were racing to reach the miners") is not said to
be done."""
_HOPED = frozenset("expected hoped planned wanted intended".split())
"""After "had", what was expected or hoped ("he had expected to run fast but was shocked by the
time") is not said to have been done."""
_FEARED = frozenset(("feared",))
"""What is feared ("Freight train derails, chemical leak feared", "Five feared dead") is supposed in
its clause, not said to have happened."""
CONSIDERING = frozenset("considering mulling mulls contemplating weighs eyes".split())
"""What one is considering ("said they were considering an appeal", "Norges Bank leaves rates on
hold, eyes summer cut") is supposed in its clause: not said to be done, nor to be going to be."""
_OWNING = frozenset("the his her their its my your our all in of with for".split())


def _a_body_part(surfaces: list[str], position: int) -> bool:
    """Whether "eyes" is what one sees with ("tears in her eyes", "all eyes are on the bank"),
    not what one has in view ("Norges Bank eyes summer cut")."""
    return surfaces[position] == "eyes" and position > 0 and surfaces[position - 1] in _OWNING


_A_WEIGHT = re.compile(r"\s+(?:(?:about|around|almost|nearly|just|only|roughly|some|under|over)\s+)*\d", re.IGNORECASE)
"""After "weighs", a weight ("weighs 239 grams", "weighs just over 200g"): measured, not a choice weighed."""


_WHERE_REACH = 3
"""How far before a modal a "where" or a "whose" opens the clause it stands in ("in the zone where
liquid water could exist": the zone is asserted, the water supposed; "recall 310,000 vehicles whose
passenger airbags might fail": the recall is asserted)."""
_OPENING_A_CLAUSE_AFAR = frozenset(("where", "whose"))
_RELATIVE = frozenset(("that", "which", "who", "what"))
"""Before a modal, a relative clause: what "a deal that would create the largest carmaker" would
do, "a defect that could prevent airbags from opening" or "talks to acquire BP in what would be
the biggest oil deal in decades" supposes, and the talks or the recall it is said of are asserted."""
_SPANS_OF_TIME = frozenset("days weeks months hours years until".split())
_TIME_TO_DO = re.compile(
    r"\b(?:has|have|had|given)\s+(?:(?:\w+|\d+)\s+)?(?:days|weeks|months|hours|years|until\s+\w+)\s+to\s+[a-z]",
    re.IGNORECASE,
)
"""Time one has to do a thing ("have 30 days to appeal", "has until Friday to decide", "given two
weeks to respond"): a window, no deed yet."""
_LATER_CLAUSE = re.compile(
    r"\s(?:but|while|although|because|after|as|so\s+that)\s|;"
    r"|,\s+(?:saying|adding|arguing|warning|noting|raising|prompting|sparking|fuelling|fueling)\s"
    r"|,?\s+and\s+(?:said|says|added|warned|noted)\s",
    re.IGNORECASE,
)
"""Where a statement's first clause ends and a later one, which a modal may suppose alone, begins
("Rebec refused to concede, saying the final count could still change the picture" refuses outright;
"The Riksbank held its policy rate at 3.75% ..., and said a first cut could come in May" holds it)."""
_STANCE_WORDS = _REPORTED | _SUSPECTED | _MODALS | _URGING | _ASKING.keys() | _FEARED | CONSIDERING | _STRIVING | _HOPED
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


class Stance(Enum):
    ASSERTED = "asserted"
    NEGATED = "negated"
    HEDGED = "hedged"
    REPORTED = "reported"
    DECLINED = "declined"
    """Declines to say ("would not say how many", "no immediate comment"): no claim either way,
    and not the claim of one who says it."""


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause: what it says (its terms) and whether it asserts it."""

    start: int
    end: int
    """Offsets in the statement's text."""
    stance: Stance
    terms: frozenset[str]
    """Terms of its words that say something (no function words)."""
    head: str | None = None
    """The negated predicate ("supply" in "has not supplied"); None for a denial."""
    denied: frozenset[str] = frozenset()
    """What a negation or denial reaches: its head and everything after it (or before "false");
    what a clause declines to say about."""
    cue: tuple[int, int] = (0, 0)
    """Where the negator or denial word stands, in the statement's text."""


@dataclass(frozen=True, slots=True)
class Polarity:
    """The clauses of a statement, and whether the statement as a whole supposes rather than asserts."""

    clauses: tuple[Clause, ...]
    hedged: bool

    @property
    def negative(self) -> bool:
        return any(c.stance is Stance.NEGATED for c in self.clauses)


def is_meaningful(token: Token) -> bool:
    """A word that says something: not a function word, a number or a negator."""
    return token.meaningful


def read_polarity(text: str, spans: list[tuple[int, int]] | None = None) -> Polarity:
    """Clauses of a statement with their stance; hedged if it supposes, asks or repeats hearsay.
    spans: its clause_spans, when already found."""
    text = _FREE_OF.sub("without", text)  # as long, so every position holds
    text = _LEFT_OUT_OF.sub(lambda left_out: "without".ljust(len(left_out.group())), text)
    words = {w.lower() for w in _WORD.findall(text)}
    clauses = tuple(_clause(text, start, end) for start, end in (spans if spans is not None else clause_spans(text)))
    if "without" in words and "would" in words:
        clauses = _counterfactuals(text, clauses)
    if len(clauses) > 1 and any(_leaves_its_verb(text, clause) for clause in clauses[1:]):
        clauses = _with_verbs_left_before(text, clauses)
    return Polarity(clauses, is_hedged(text, words))


_FREE_OF = re.compile(r"(?<!broke )(?<!break )\bfree of\b(?! charge)", re.IGNORECASE)
"""What is "free of" a thing is without it ("a world free of nuclear weapons" / "a world without
nuclear weapons" deny alike); not what "broke free of" it, nor what is "free of charge"."""


_LEFT_OUT_OF = re.compile(r"\b(?:left|kept)\s+out\s+of\b", re.IGNORECASE)
"""What is "left out of" a thing is without it ("He was left out of the pairings for round nine" / "The Norwegian was
not paired for the ninth round" deny alike), written "without" and spaces to keep every position; not what is
"excluded from" it, a deed of its own ("was barred from standing" / "was excluded from the race")."""


def _leaves_its_verb(text: str, clause: Clause) -> bool:
    """Whether a negated clause ends on its negator, its verb left to the clause before ("...,
    but passwords were not")."""
    return clause.stance is Stance.NEGATED and clause.head is None and not _WORD.search(text, clause.cue[1], clause.end)


def _with_verbs_left_before(text: str, clauses: tuple[Clause, ...]) -> tuple[Clause, ...]:
    """Clauses whose negation ends on its negator, given the verb of the clause before: "Some
    flights were delayed, but trains were not" denies that trains were delayed."""
    found = list(clauses)
    for position, (before, clause) in enumerate(pairwise(clauses), start=1):
        if not _leaves_its_verb(text, clause):
            continue
        verb = _PASSIVE_VERB.search(text, before.start, before.end)
        if verb is not None:
            head = word_term(verb.group("verb"))
            found[position] = Clause(
                clause.start, clause.end, clause.stance, clause.terms, head, clause.terms | {head}, clause.cue
            )
    return tuple(found)


_PASSIVE_VERB = re.compile(
    r"\b(?:was|were|is|are|has|have|had|been)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+(?:ed|en|t))\b", re.IGNORECASE
)
"""The verb after an auxiliary ("were delayed", "had been taken", "was hurt")."""


_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
_OPENS_CONDITION = re.compile(r"(?:^|\b(?:that|but|and|yet|even|because|since|as)\s+)$", re.IGNORECASE)
"""What may stand before a "without" that opens a condition: nothing, or a small joining word
("... understand that without these measures"; not "left without power")."""


def _counterfactuals(text: str, clauses: tuple[Clause, ...]) -> tuple[Clause, ...]:
    """A clause that opens a condition with "without", followed by one of what would be
    ("that without these measures, the situation would be more serious"), or that says what would be
    better without a thing (`_WOULD_BETTER`), supposes: it denies nothing."""
    found = list(clauses)
    for position, (clause, following) in enumerate(pairwise(clauses)):
        start, end = clause.cue
        if (
            clause.stance is Stance.NEGATED
            and text[start:end].lower() == "without"
            and _OPENS_CONDITION.search(text, clause.start, start)
            and _WOULD.search(text, following.start, following.end)
        ):
            found[position] = Clause(clause.start, clause.end, Stance.HEDGED, clause.terms)
    for position, clause in enumerate(found):
        start, end = clause.cue
        if (
            clause.stance is Stance.NEGATED
            and text[start:end].lower() == "without"
            and _WOULD_BETTER.search(text, clause.start, start)
        ):
            found[position] = Clause(clause.start, clause.end, Stance.HEDGED, clause.terms)
    return tuple(found)


_WOULD_BETTER = re.compile(r"\b(?:would|could)\s+(?:\w+\s+){0,3}?(?:better|more|less|worse|easier|harder)\b")
"""What would be better or worse without a thing ("pupils would concentrate better without their phones"):
the "without" supposes the thing gone, it denies nothing."""


def takes_a_stance(words: AbstractSet[str], lower: str) -> bool:
    """Whether a statement (its lower-cased words and text given) has a word that negates,
    denies, reports hearsay or supposes, or an age (whose words are no claim): without one,
    every clause simply asserts its words (`asserted_clauses`)."""
    return may_negate(words, lower) or bool(words & _STANCE_WORDS) or "old" in words


def asserted_clauses(spans: list[tuple[int, int]], clauses: list[list[Token]], hedged: bool) -> Polarity:
    """The polarity `read_polarity` finds in a statement that takes no stance, from the tokens
    of its clauses: each asserts its terms."""
    return Polarity(
        tuple(
            Clause(start, end, Stance.ASSERTED, frozenset(t.term for t in tokens if is_meaningful(t)))
            for (start, end), tokens in zip(spans, clauses, strict=True)
        ),
        hedged,
    )


def is_hedged(text: str, words: AbstractSet[str]) -> bool:
    """Whether a statement (its lower-cased words given) supposes, asks or repeats hearsay. A
    modal after "but", "because", "after" or ";" supposes only what its clause says ("the lava was
    not flowing towards Grindavik but could reach the main road" denies the flow outright; "Kessler
    will recall 180,000 SUVs because a valve may leak" and "Volta is calling back 340,000 SUVs after
    finding that airbags could fail" recall them)."""
    if text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?"):
        return True
    if words & _SENTENCE_HEDGES:
        closing = _CLOSING_WHICH.search(text) or _CLOSING_SUPPOSITION.search(text)
        if closing is None or any(w.lower() in _SENTENCE_HEDGES for w in _WORD.findall(text, 0, closing.start())):
            return True
    if not words.isdisjoint(_THING_HEDGES):
        first = _A_CAUSE.split(_FIRST_CLAUSE.split(text, maxsplit=1)[0], maxsplit=1)[0].lower()
        if any(word in _THING_HEDGES for word in _WORD.findall(first)):
            return True
    if not words.isdisjoint(_SPANS_OF_TIME) and _TIME_TO_DO.search(_LATER_CLAUSE.split(text, maxsplit=1)[0]):
        return True  # "Prosecutors have 30 days to appeal the ruling": they may
    if words.isdisjoint(MODAL_HEDGES):
        return False
    main = _LATER_CLAUSE.split(text, maxsplit=1)[0]
    said = _WORD.findall(main)
    return any(
        w.lower() in MODAL_HEDGES
        and not the_month(w, k)
        and not _could_as_past(w, said[k + 1 : k + 2])
        and not (k and said[k - 1].lower() in _RELATIVE)
        and _OPENING_A_CLAUSE_AFAR.isdisjoint(s.lower() for s in said[max(0, k - _WHERE_REACH) : k])
        for k, w in enumerate(said)
    )


def _could_as_past(modal: str, following: list[str]) -> bool:
    """Whether a "could" tells what was so, not what may be: "could not reach the miners" did not
    reach them, "could only manage sixth" managed sixth."""
    return modal.lower() == "could" and bool(following) and (following[0].lower() in _COULD_AS_PAST)


_COULD_AS_PAST = frozenset(("not", "only", "never"))


def the_month(word: str, position: int) -> bool:
    """Whether "May" (as written, at a word or character position) is the month, not the modal:
    capitalised past a statement's first word."""
    return word == "May" and position > 0


def may_negate(words: AbstractSet[str], lower: str) -> bool:
    """Whether a statement (its lower-cased words and text given) has any word that can negate
    or deny: the many that have none need no reading clause by clause."""
    return (
        bool(words & _NEGATING)
        or "n't" in lower
        or "n\u2019t" in lower
        or ("free" in words and _FREE_OF.search(lower) is not None)
        or ("out" in words and _LEFT_OUT_OF.search(lower) is not None)
        or ("still" in words and _STILL_OWED.search(lower) is not None)
        or ("too" in words and _TOO_TO.search(lower) is not None)
        or ("from" in words and not words.isdisjoint(_KEPT_FROM))
        or (any(mark in lower for mark in _WITHDRAWAL_MARKS) and WITHDRAWAL.search(lower) is not None)
    )


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Where the clauses of a statement start and end, as `read_polarity` reads them."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if boundary.start() > start:
            spans.append((start, boundary.start()))
        start = boundary.end()
    if start < len(text):
        spans.append((start, len(text)))
    return _with_appositions_joined(text, [span for span in spans if _WORD.search(text, span[0], span[1])])


def _with_appositions_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses, each name set between commas with what it is ("her husband, actor Tom Reyes,
    have separated") joined to the clause around it: the commas set off no clause of its own, and
    what is denied before them goes on after them ("has denied reports that she and her husband,
    actor Tom Reyes, have separated")."""
    k = 1
    while k < len(spans) - 1:
        before, (start, end), after = spans[k - 1], spans[k], spans[k + 1]
        if (
            text[before[1] : start].strip() == ","
            and text[end : after[0]].strip() == ","
            and _APPOSITION.fullmatch(text, start, end)
        ):
            spans[k - 1 : k + 2] = [(before[0], after[1])]
        else:
            k += 1
    return spans


_NOT_OF_A_TITLE = (
    r"(?:said|says|told|added|according|wrote|reported|officials?|police|on|in|at|of|from|for|to|by|with|near"
    r"|north|south|east|west|and|or)"
)
_APPOSITION = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:(?!"
    + _NOT_OF_A_TITLE
    + r"\b)[a-z][\w'\u2019-]*\s+){1,3}[A-Z][\w'.\u2019-]*(?:\s+[A-Z][\w'.\u2019-]*)*"
)
"""What someone is, then their name ("actor Tom Reyes", "the bank's chief executive Ana Botin"),
not a reporting verb and its speaker ("said Tom Reyes", "organizers said on Friday") nor where
("south of Tampa")."""


def _clause(text: str, start: int, end: int) -> Clause:
    words = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    tokens = tokenize(_AGE.sub(" ", text[start:end]))
    terms = frozenset(t.term for t in tokens if is_meaningful(t))
    surfaces = [w for w, _, _ in words]
    # A clause that calls what it tells false denies it, however it words the telling ("A story
    # claiming that Banksy had been arrested was a hoax", "Rumours that ... are not true").
    for position, (_, cue_start, cue_end) in enumerate(words):
        if _calls_false(surfaces, position):
            before = meaningful_terms(text[start:cue_start]) - claim_terms()
            return Clause(start, end, Stance.NEGATED, terms, None, before, (cue_start, cue_end))
    for position, (word, cue_start, cue_end) in enumerate(words):
        cue = (cue_start, cue_end)
        compound = text[cue_end : cue_end + 1] == "-"  # "a denial-of-service attack"
        sacking = word.startswith("dismiss") and _SACKED in terms  # "dismissed chief executive Sand"
        pleaded_not_guilty = word in _PLEADED and surfaces[position + 1 : position + 3] == ["not", "guilty"]
        if pleaded_not_guilty:
            cue = (cue_start, cue_end := words[position + 2][2])
        if not sacking and (
            (word in _DENIAL_VERBS and not compound and not _a_quarrel(surfaces, position))
            or (
                word in _KEPT_OUT
                and not _KEPT_OUT[word][0].isdisjoint(surfaces[position + 1 : position + 1 + _KEPT_OUT[word][1]])
            )
            or (word in _DENIAL_VERBS_OF_CLAIMS and _claim_follows(surfaces, position))
            or pleaded_not_guilty
        ):
            after = meaningful_terms(text[cue_end:end]) - claim_terms()
            if _KNOWLEDGE.match(text, cue_end):  # "denied any knowledge of the kickbacks": only knowing them
                after = _KNOWING
            granted = _GRANTED.match(text, cue_end, end) if word.startswith("den") else None
            if granted is not None:  # "denying boarding to more than 100 travellers": no boarding, the travellers are
                after = meaningful_terms(granted.group("granted"))
            return Clause(start, end, Stance.NEGATED, terms, None, after, cue)
        following = surfaces[position + 1] if position + 1 < len(surfaces) else ""
        kept_from = surfaces[position + 2] if following == "from" and word in _KEPT_FROM else ""
        if kept_from.endswith("ing"):  # "were stopped from boarding": no boarding, as "denied boarding" tells
            deed = word_term(kept_from)
            return Clause(start, end, Stance.NEGATED, terms, deed, frozenset((deed,)), cue)
        if (word in _REPORTED and not _claims_a_deed(surfaces, position) and not _named_claims(surfaces, position)) or (
            word in _SUSPECTED and following == "of"
        ):
            return Clause(start, end, Stance.REPORTED, terms)
        if _is_negator(word) and _RULED_OUT.match(text, cue_end):
            return Clause(start, end, Stance.HEDGED, terms)  # "has not ruled out paying": it may
        if (
            word in _URGING
            or _ASKING.get(word, "") in surfaces[position + 1 : position + 1 + _ASKING_REACH]
            or (word in _CALLING and following == "for")
        ):
            return Clause(start, end, Stance.HEDGED, terms)
        if word == "too" and _TOO_TO.match(text, cue_start, end):
            # "too early to think about cutting rates": no cut, nor one denied
            return Clause(start, end, Stance.HEDGED, terms)
        if word in _STRIVING and following == "to":
            return Clause(start, end, Stance.HEDGED, terms)  # "racing to reach the miners": not reached yet
        if word in _HOPED and following == "to" and surfaces[position - 1 : position] == ["had"]:
            return Clause(start, end, Stance.HEDGED, terms)  # "had expected to run fast": what was hoped
        if word in _FEARED or (
            word in CONSIDERING
            and not _a_body_part(surfaces, position)
            and not (word == "weighs" and _A_WEIGHT.match(text, cue_end))
        ):
            return Clause(start, end, Stance.HEDGED, terms)  # "chemical leak feared": it may have leaked
        if (
            word in _MODALS
            and not the_month(text[cue_start:cue_end], cue_start)  # "on May 20"
            and not (word == "would" and (_is_negator(following) or _reported(surfaces, position)))
            and not _could_as_past(word, [following])
            and _RELATIVE.isdisjoint(surfaces[max(0, position - 2) : position])
            and _OPENING_A_CLAUSE_AFAR.isdisjoint(surfaces[max(0, position - _WHERE_REACH) : position])
        ):
            return Clause(start, end, Stance.HEDGED, terms)
        withdrawal = (
            WITHDRAWAL.match(text, cue_start, end)
            if word in _WITHDRAWAL_WORDS and (position == 0 or surfaces[position - 1] not in BE)
            else None
        )
        if withdrawal and _A_PLACE_LEFT.match(text, withdrawal.end(), end):
            withdrawal = None  # "the train pulled out of Landeck station": it left, not withdrew
        if withdrawal:
            cue = (cue_start, cue_end := withdrawal.end())
        owed = _STILL_OWED.match(text, cue_start, end) if word == "still" else None
        if owed:
            cue = (cue_start, cue_end := owed.end())
        calls = _CALLS.match(text, cue_end, end) if word in _REFUSING_CALLS else None
        offered = _OFFERS.match(text, cue_end, end) if word in _REFUSING_CALLS and not calls else None
        if offered:  # "rejected offers of foreign aid": no aid taken, the thing offered the deed denied
            calls = offered
        if calls:
            cue = (cue_start, cue_end := calls.end())
        prevention = _TO_PREVENT.match(text, cue_end, end) if word in _REFUSALS and following == "to" else None
        if prevention is not None:
            prevented = word_term(prevention.group("verb"))
            return Clause(start, end, Stance.NEGATED, terms, prevented, frozenset((prevented,)), cue)
        if (
            (
                _is_negator(word)
                and following not in _NOT_A_NEGATION
                and (word, following) not in _negated_phrases()
                and text[cue_end : cue_end + 1] != "-"
                and not (following == "confidence" and surfaces[position - 1 : position] == ["of"])
                and not (following in _BOUNDING and _A_BOUND.match(text, cue_start))
                and not (
                    word == "no"
                    and position > 0
                    and surfaces[position - 1] in _SAYING_NO
                    and _NO_TO.match(text, cue_end)
                )
                and not (word == "no" and position > 0 and surfaces[position - 1] in _ALMOST)
                and not (word == "without" and _A_RUN_BEFORE.search(text, 0, cue_start))
            )
            or (_INSTEAD.get(word) == following and not _a_name_at(text, words, position + 2))
            or (word in _REFUSALS and following == "to" and _DIRECTLY_TO.match(text, cue_end) is not None)
            or withdrawal
            or owed
            or calls
        ):
            group = _NONE_OF.match(text, cue_end, end) if word in _QUANTIFIERS else None
            if group is None and word == "neither":
                group = _NEITHER_NOR.match(text, cue_end, end)  # "Neither Dane nor Ferro has commented"
            if group is not None:  # "None of the injured was in a life-threatening condition"
                cue_end = group.end()
            scope = [
                t
                for t in tokenize(_AGE.sub(" ", text[cue_end:end]))
                if is_meaningful(t) and not t.surface.endswith("ly") and t.surface not in _MODIFIERS
            ]
            if scope and scope[0].term in _speech_terms() and not _declares_an_act(text, cue_end, end):
                return Clause(start, end, Stance.DECLINED, terms, None, frozenset(t.term for t in scope[1:]), cue)
            if scope:
                head = next((t.term for t in scope if t.term not in LIGHT_VERBS), scope[0].term)
                thing = _THING_OFFERED.match(text, cue_end, end) if offered else None
                if thing is not None:
                    head = word_term(thing.group("thing").split()[-1])  # "offers of foreign aid": the aid
                if _CAUSED_THE.match(text, cue_end, end):
                    head = scope[0].term  # "had not caused the storm": the causing is denied, not the storm
                reaches = _REACHES.match(text, cue_end, end)
                if reaches is not None:
                    head = word_term(
                        reaches.group().split()[0]
                    )  # "does not apply to hotels with permits": the applying
                made = _MADE_SO.match(text, cue_end, end)
                if made is not None:
                    head = word_term(made.group("state"))  # "would not make the set available": its being available
                mentioned = _NO_MENTION_OF.match(text, cue_end, end) if word == "no" else None
                if mentioned is not None:
                    head = word_term(mentioned.group("thing"))  # "makes no mention of a roadmap": the roadmap
                noun_phrase = _NO_COMPOUND.match(text, cue_end, end) if word == "no" else None
                if noun_phrase is not None and function_words().isdisjoint(noun_phrase.group("which").split()):
                    head = word_term(noun_phrase.group("head"))  # "no prisoner swap had taken place": the swap
                if (
                    len(scope) > 1
                    and (_INTENDING_TO.match(text, cue_end, end) or _EXPECTED_TO.match(text, cue_end, end))
                    and surfaces[position - 1 : position] != ["had"]
                ):
                    head = scope[1].term  # "did not intend to appeal", "were not expected to rise": the deed
                elif len(scope) > 1 and (
                    _ABLE_TO.match(text, cue_end, end) or (word == "no" and _NO_TIME_TO.match(text, cue_end, end))
                ):
                    head = scope[1].term  # "have not yet been able to contact the miners", "had no time to light fires"
                if head in _NOT_FOUND_VERBS and word != "no":  # "has not received a ransom demand": no demand
                    head = next((t.term for t in scope[1:] if t.term in _MADE_BY_OTHERS), head)
                done = (
                    (_DONE_TO_NONE.match(text, cue_end, end) or _DONE_BY_NONE.match(text, cue_end, end))
                    if word == "no"
                    else None
                )
                if done is not None and (_a_deed(done.group("verb")) or _a_state(done.group("verb"))):
                    head = word_term(done.group("verb"))  # "no protesters had been shot", "No ferries sailed"
                told = _NO_SIGN_THAT_IT_WAS.match(text, cue_end, end) if word == "no" else None
                if told is not None and not _a_participle(told.group("what")):
                    # "no indication the attack was terrorism": terrorism, not the attack ("no evidence
                    # that data was stolen" denies the stealing, as "no data was stolen" does)
                    head = word_term(told.group("what"))
                if word in _NONE_WORDS and _A_RECORD_AFTER_NONE.match(text, cue_end, end):
                    return Clause(start, end, Stance.ASSERTED, terms)  # "No US president has lived longer": a record
                return Clause(start, end, Stance.NEGATED, terms, head, frozenset(t.term for t in scope), cue)
            if (
                _is_negator(word)
                and position > 0
                and surfaces[position - 1] in _BE_OR_HAVE
                and surfaces[max(0, position - 2)] not in _RELATIVE  # "than those who did not": a group
            ):
                # "..., but passwords and bank details were not": the verb is the clause before's,
                # and what is denied is what this one names.
                return Clause(start, end, Stance.NEGATED, terms, None, terms, cue)
    return Clause(start, end, Stance.ASSERTED, terms)


_MADE_SO = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:make|makes|made|making)\s+(?:(?:the|a|an|its|his|her|their|this|that|any)\s+)?"
    r"(?:[\w'\u2019-]+\s+){1,2}?(?P<state>available|public|official|permanent|mandatory|compulsory|free)\b",
    re.IGNORECASE,
)
"""A thing not made so ("would not make the set available on demand", "did not make the report public"):
what is denied is its being so, which the other may tell of another name for it ("The performance remains
available to watch")."""
_NO_MENTION_OF = re.compile(
    r"\s+(?:explicit\s+|direct\s+)?(?:mention|reference)s?\s+(?:of|to)\s+(?:an?\s+|the\s+|any\s+)?(?P<thing>[a-z]+)\b"
)
"""After "no", a mention of a thing ("makes no mention of a roadmap", "no reference to fossil fuels"): what is
denied is the thing, which the other may say is there ("includes a commitment to draw up a roadmap")."""
_NO_COMPOUND = re.compile(
    r"\s+(?P<which>(?:[a-z]+\s+){1,2}?)(?P<head>[a-z]+)\s+(?:had|has|have|was|were)\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b"
)
"""After "no", a noun with the words before it that say which, then what was done ("no prisoner swap
had taken place", "no structural damage was reported"): what is denied is the last noun, not the
first ("prison")."""
_NO_SIGN_THAT_IT_WAS = re.compile(
    r"\s+(?:indication|evidence|sign|suggestion)s?\s+(?:that\s+)?(?:[\w'\u2019-]+\s+){1,4}?"
    r"(?:was|were|is|are|had\s+been|has\s+been)\s+(?:an?\s+|the\s+)?(?P<what>[a-z]+)\b"
)
"""After "no", a sign that a thing was something ("no indication the attack was terrorism"): what is
denied is what it was said to be, not the thing, which the other may name ("Police identified the
attacker")."""
_INTENDING_TO = re.compile(
    r"\s+(?:(?:yet|currently|immediately)\s+)?(?:intend|intends|intended|plan|plans|planned|want|wants|wanted"
    r"|mean|means|meant|aim|aims)\s+to\s",
    re.IGNORECASE,
)
"""An intention negated ("did not intend to appeal", "has no plans to sell the club"): what is
denied is the deed intended, which the other may say will be done ("said he would appeal"). Not
an intention given up or overtaken ("had not intended to stay"), nor an expectation ("had not
expected to break the record", then broke it)."""

_EXPECTED_TO = re.compile(r"\s+(?:(?:yet|currently)\s+)?(?:expected|likely|set)\s+to\s", re.IGNORECASE)
"""A forecast negated ("prices were not expected to rise", "is not likely to reopen"): what is denied is
the deed forecast, which the other may say will happen ("would push up the price"); not a forecast
overtaken ("had not expected to break the record")."""


_ABLE_TO = re.compile(r"\s+(?:yet\s+)?(?:been\s+)?able\s+to\s", re.IGNORECASE)
"""A deed one was not able to do ("have not yet been able to contact the miners"): not done, what the
other may say was ("made contact with the men")."""

_NO_TIME_TO = re.compile(r"\s+(?:time|chance|opportunity)\s+to\s", re.IGNORECASE)
"""A deed there was no time or chance to do ("had no time to light fires"): not done, what the other may say
was ("Growers lit thousands of candles and small fires")."""


_DONE_BY_NONE = re.compile(r"\s+[^\W\d_]+\s+(?:had\s+)?(?P<verb>[a-z]{2,}ed)\b(?!\s+(?:by|to|with|for|as)\b)")
"""What "no" things did ("No ferries sailed from Piraeus", "no plant had failed"): what is denied is
the deed, not that there were such things ("Greek ferries stayed in port", "a power plant failure")."""
_DONE_TO_NONE = re.compile(
    r"\s+(?:[^\W\d_]+\s+){1,3}?(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?P<verb>[^\W\d_]+)\b",
    re.IGNORECASE,
)
"""What "no" things underwent ("no protesters had been shot by police", "No flights were
cancelled"): what is denied is the deed, not that there were such things."""
_FOUND_TERMS = frozenset(word_term(word) for word in "reported recorded confirmed received found seen".split())
"""Verbs by which "no" things are only not found ("No ransom demand has been received"): what is
denied is the thing."""


_NOT_FOUND_VERBS = frozenset(word_term(word) for word in "received recorded found seen".split())
_MADE_BY_OTHERS = frozenset(
    word_term(word) for word in "demand request offer complaint warning threat claim notice bid proposal".split()
)
"""What others make and one receives: not to have received it ("has not received a ransom demand")
denies it was made; not to receive a payment ("will not receive any severance pay") is the claim."""


def _a_name_at(text: str, words: list[tuple[str, int, int]], position: int) -> bool:
    """Whether the word at `position` is written capitalised, as a name is: "instead of Starliner"
    names the alternative the statement did not take, no deed it denies ("will come back on a
    SpaceX flight ... instead of Starliner" / "Starliner will fly back to Earth without a crew"); a
    month or a day is a time denied ("on Tuesday instead of Monday"), and a name's thing a thing
    ("Instead of Ragusa's remains, his family will bury a vial of blood")."""
    return (
        position < len(words)
        and text[words[position][1]].isupper()
        and words[position][0] not in MONTHS
        and words[position][0] not in WEEKDAYS
        and not words[position][0].endswith(_POSSESSIVES)
    )


_POSSESSIVES = ("'s", "\u2019s")


def _a_participle(word: str) -> bool:
    """Whether a word after "was" may tell what was done ("stolen", "taken", "hacked"), not what a
    thing was ("terrorism")."""
    lower = word.lower()
    return lower.endswith(("ed", "en", "wn")) or lower in irregular_verbs()


def _a_deed(verb: str) -> bool:
    """Whether a past participle tells what was done to a thing, not that it was found."""
    lower = verb.lower()
    term = word_term(lower)
    return (lower.endswith("ed") or lower in irregular_verbs()) and term not in LIGHT_VERBS | _FOUND_TERMS


def _a_state(word: str) -> bool:
    """Whether what "no" things were is a state said of them ("No German site was safe"): what is
    denied is the state, not that there were such things."""
    lower = word.lower()
    return lower in _STATES_DENIED


_STATES_DENIED = frozenset("safe secure immune spared exempt untouched unaffected".split())


_QUANTIFIERS = frozenset(("none", "neither"))
_NONE_WORDS = frozenset(("no", "nobody", "none"))
_OUTDOING = (
    r"(?:\s+[\w'\u2019-]+){0,4}?\s+(?:has|have|had|is|was|were|did)\s+(?:ever\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:more|longer|older|bigger|larger|greater|higher|faster|better|richer|stronger|deadlier|costlier|taller"
    r"|so\s+(?:much|many))\b"
    r"(?!\s+than\s+(?:\d|a|an|one|two|three)\b)"
)
_AS_MIGHTY = (
    r"\s+(?:[\w'\u2019-]+\s+){1,2}(?:this|so|as)\s+[a-z]+\s+(?:has|have|had|was|were|is)\s+(?:ever|before|previously)\b"
)
_RECORD = f"(?:{_OUTDOING}|{_AS_MIGHTY})"
_A_RECORD_AFTER_NONE = re.compile(_RECORD, re.IGNORECASE)
"""After "no", "nobody" or "none", none outdoing what is told ("No US president has lived longer",
"Nobody has ever scored more goals for Portugal", "No company had ever lost so much value in a
single day") or none so great before ("No storm this powerful had ever made landfall in Jamaica"): a
record claimed, the same claim as "the longest-lived president", not a denial."""
RECORD_TOLD_BY_NONE = re.compile(r"\b(?:no|nobody|none)" + _RECORD, re.IGNORECASE)
"""A record told as none outdoing it, found anywhere in a statement (`_A_RECORD_AFTER_NONE`)."""
_NONE_OF = re.compile(
    r"\s+of\s+(?:the|them|those|these|its|their|his|her)\b[^,;]*?\s(?:was|were|is|are|has|have|had|will|would|could)\b",
    re.IGNORECASE,
)
"""After "none" or "neither", the group it picks from, up to its verb: what is denied is what the
verb says of them ("None of the injured was in a life-threatening condition" denies no injury)."""
_NEITHER_NOR = re.compile(
    r"\s+[^,;]{1,40}?\bnor\s+[^,;]{1,40}?\s(?=(?:was|were|is|are|has|have|had|did|does|do|will|would|could|can)\b)",
    re.IGNORECASE,
)
"""After "neither", the two it names, up to their verb: what is denied is what the verb says of them
("Neither Dane nor Ferro has commented on social media" declines to speak, and denies no Dane)."""
_KNOWLEDGE = re.compile(
    r"\s+(?:(?:any|all)\s+)?(?:knowledge\s+of|knowing\s+(?:about\s+|of\s+)?|being\s+aware\s+of|awareness\s+of)",
    re.IGNORECASE,
)
_KNOWING = frozenset((word_term("know"),))
"""A denial of knowing something ("denied any knowledge of the alleged kickbacks") denies the
knowing, not the thing: it contradicts "knew about the payments", not "a bribery probe"."""
_SACKED = word_term("sacked")
"""The term a dismissal of a person is read as (claims.terms): no denial."""
_BE_OR_HAVE = frozenset("was were is are has have had did does do".split())
"""Auxiliaries a clause ends on when it leaves its verb to the clause before ("... were not")."""


def _a_quarrel(surfaces: list[str], position: int) -> bool:
    """Whether "dispute" names a quarrel, not a denial: "a long-running dispute over pay", "the
    disputed territory", "protest over disputed election"."""
    if surfaces[position] not in _DISPUTE:
        return False
    following = surfaces[position + 1] if position + 1 < len(surfaces) else ""
    if surfaces[position] == "disputed" and following not in _DETERMINERS and following not in _DISPUTED_THINGS:
        return True  # "over disputed election": an election quarrelled over
    return following in _QUARREL_AFTER or any(w in _DETERMINERS for w in surfaces[max(0, position - 2) : position])


_DISPUTE = frozenset(("dispute", "disputes", "disputed"))
_DISPUTED_THINGS = frozenset(
    "that this these those claims claim reports report allegations account accounts figures".split()
)
"""What "disputed" may deny when it is a verb: "disputed claims that", "disputed the figures"."""
_QUARREL_AFTER = frozenset(("over", "with", "between", "about", "in", "on", "and", ""))


REPORTING_VERBS = frozenset("said says told added stated insisted announced confirmed".split())
"""Verbs that report what someone said, as written."""


def _calls_false(surfaces: list[str], position: int) -> bool:
    """Whether the word calls what its clause tells false: a denial adjective ("baseless"), a
    denial noun ending the clause ("was a hoax"), or "not" before "true" ("are not true")."""
    word = surfaces[position]
    if word in _DENIAL_ADJECTIVES and not _of_a_thing_not_claimed(surfaces, position):
        return True
    if word in _DENIAL_NOUNS and position == len(surfaces) - 1:
        return True
    following = surfaces[position + 1] if position + 1 < len(surfaces) else ""
    return _is_negator(word) and following in _TRUE


_TRUE = frozenset(("true", "accurate", "correct"))


def _of_a_thing_not_claimed(surfaces: list[str], position: int) -> bool:
    """Whether a denial adjective only says what kind of thing the word after it is, a thing no one
    claims ("charges of making a false statement", "a false alarm"), not that what the clause tells is
    untrue ("rejected the baseless claims", "the reports are false")."""
    following = surfaces[position + 1] if position + 1 < len(surfaces) else ""
    return following.isalpha() and following not in function_words() and following not in _CLAIM_NOUNS


def _named_claims(surfaces: list[str], position: int) -> bool:
    """Whether a "claims" word is the thing a statement speaks of, not someone's claiming: after
    "the" or "these" ("The claims could not be independently verified"), before what they are of
    or what became of them ("claims of fraud", "claims were approved"), or ending its clause
    ("Minister resigns over expense claims"), unless one claims it there ("as he claims")."""
    if surfaces[position] not in _CLAIM_NAMES:
        return False
    before = surfaces[position - 1] if position > 0 else ""
    if before in _DETERMINERS:
        return True
    if position + 1 == len(surfaces):
        return before not in _CLAIMANTS
    return surfaces[position + 1] in _AFTER_CLAIMS_NAMED


_CLAIM_NAMES = frozenset(("claim", "claims"))
_CLAIMANTS = frozenset("he she it they we i you who which".split())
_AFTER_CLAIMS_NAMED = frozenset("of by about against were are was is had have has".split())
"""Words after a "claims" that names them: what they are of or by, or a verb of their own."""


def _claims_a_deed(surfaces: list[str], position: int) -> bool:
    """Whether a "claim" word tells a deed: what it claims is one (_CLAIMED_DEEDS), or it is
    passive ("the attack has been claimed by a group"), where a report would say "claimed that"."""
    if surfaces[position] not in _CLAIMS:
        return False
    following = [word for word in surfaces[position + 1 : position + 3] if word not in _DETERMINERS]
    if following and (following[0] in _CLAIMED_DEEDS or following[0] in _CLAIMED_SUMS):
        return True
    return position > 0 and surfaces[position - 1] in BE and following[:1] == ["by"]


def _reported(surfaces: list[str], position: int) -> bool:
    """Whether a "would" is reported speech ("said he would appeal", "told reporters it would
    close", "confirmed on Wednesday that the army would buy 40 new tanks"): the "will" of what was
    said, an assertion, not a supposition."""
    if not REPORTING_VERBS.isdisjoint(surfaces[max(0, position - 3) : position]):
        return True
    window = surfaces[max(0, position - _REPORTED_REACH) : position]
    return any(word in REPORTING_VERBS and "that" in window[k + 1 :] for k, word in enumerate(window))


_REPORTED_REACH = 8
"""How far before a "would" a reporting verb may stand when "that" follows it."""


@cache
def _negated_phrases() -> frozenset[tuple[str, str]]:
    """A negator and its word that the synonym groups join into one term of their own ("not
    affected", as normal): the phrase says how things are, it negates nothing ("Flights at
    Keflavik airport were not affected" / "Keflavik airport was operating normally")."""
    return frozenset(
        (first, words[1])
        for first, phrases in known_phrases().items()
        if _is_negator(first)
        for words, _ in phrases
        if len(words) == 2
    )


def _is_negator(word: str) -> bool:
    return word in _NEGATORS or word.endswith(("n't", "n\u2019t"))


def _claim_follows(surfaces: list[str], position: int) -> bool:
    return any(word in _CLAIM_NOUNS or word == "as" for word in surfaces[position + 1 : position + 1 + _CLAIM_REACH])


@lru_cache(maxsize=32768)
def meaningful_terms(text: str) -> frozenset[str]:
    """The terms of the words of a stretch of text that say something (kept: the pairs a statement
    is in ask it of the same stretches again and again)."""
    return frozenset(t.term for t in tokenize(text) if is_meaningful(t))


@cache
def _speech_terms() -> frozenset[str]:
    return frozenset(word_term(word) for word in _SPEECH.split())


@cache
def claim_terms() -> frozenset[str]:
    """Terms of the words that name a claim ("allegations"): what is denied is what they say."""
    return frozenset(t.term for word in _CLAIM_NOUNS for t in tokenize(word))
