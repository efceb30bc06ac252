"""Alignment: the pairs a careful reader links in the example articles, and the ones they don't."""

from __future__ import annotations

import pytest

from claims.align import align, pair_scores
from claims.asides import asides
from claims.attribution import is_attribution
from claims.comparison import compare_documents
from claims.descriptions import with_named_descriptions
from claims.document import Document, Statement, StatementKind
from claims.relation import DEFAULT_MIN_SCORE, Match, Relation
from claims.segment import segment
from claims.terms import tokenize
from claims.verdict import VALUE_SCORE

# Sanctions article (A) statement -> admits article (B) statement, as a careful reader links them
# (the whole labelled set is tests/data/verdicts/news-pairs.tsv, measured by bench.verdicts).
SAME = [
    (14, 1),  # acknowledged drone deliveries  ~  admitted to providing Russia with drones
    (14, 0),  # ... ~ the headline: Iran finally admits supplying Russia with drones
    (14, 4),  # ... timing predated the war  ~  drones sent before the incursion
    (
        14,
        5,
    ),  # ... ~ "We supplied Russia with a limited number of drones months before the war": its minister owns to it
]
CONFLICT = [
    (15, 1),  # Tehran has not supplied drones to any party  ~  Iran admitted to providing Russia with drones
    (15, 0),  # ... ~ the headline
    (15, 5),  # ... ~ "We supplied Russia with a limited number of drones"
]


@pytest.fixture(scope="module")
def matches(sanctions_statements: list[Statement], admits_statements: list[Statement]) -> dict[tuple[int, int], Match]:
    return {(m.a, m.b): m for m in align(sanctions_statements, admits_statements)}


@pytest.mark.parametrize("pair", SAME, ids=str)
def test_same_claims_worded_differently_are_matched(
    matches: dict[tuple[int, int], Match], pair: tuple[int, int]
) -> None:
    assert pair in matches
    assert matches[pair].relation is Relation.SAME


@pytest.mark.parametrize("pair", CONFLICT, ids=str)
def test_denial_against_admission_is_a_conflict(matches: dict[tuple[int, int], Match], pair: tuple[int, int]) -> None:
    assert pair in matches
    assert matches[pair].relation is Relation.CONFLICT
    assert "has not supplied" in matches[pair].why.text


def test_few_false_conflicts_and_few_links(
    matches: dict[tuple[int, int], Match], sanctions_statements: list[Statement], admits_statements: list[Statement]
) -> None:
    """The example pair's three contradictions, at most one conflict besides, and links a
    reader can follow: titles and lead sentences do not link to everything."""
    conflicts = {pair for pair, m in matches.items() if m.relation is Relation.CONFLICT}
    assert len(conflicts - set(CONFLICT)) <= 1
    claims = sum(s.kind.is_claim for s in sanctions_statements + admits_statements)
    assert len(matches) / claims <= 0.6
    assert sum(1 for a, _ in matches if a == 0) <= 2  # the sanctions headline


def test_what_only_one_side_says_stays_unique(sanctions: Document, admits: Document) -> None:
    comparison = compare_documents(sanctions, admits)
    unique_a = {s.index for s in comparison.unique_a()}
    unique_b = {s.index for s in comparison.unique_b()}
    assert 17 in unique_a  # "He also warned that Tehran's patience with baseless claims has limits."
    assert {18, 19} <= unique_b  # the Collective West and its intelligence agencies
    assert unique_a and unique_b


def test_furniture_is_never_matched(
    matches: dict[tuple[int, int], Match], sanctions_statements: list[Statement]
) -> None:
    furniture = {s.index for s in sanctions_statements if s.kind is StatementKind.BOILERPLATE}
    assert furniture
    assert not any(a in furniture for a, _ in matches)


def test_no_contradiction_between_statements_that_agree(matches: dict[tuple[int, int], Match]) -> None:
    for a in (14,):  # the acknowledgement agrees with every admission
        assert all(m.relation is not Relation.CONFLICT for (i, _), m in matches.items() if i == a)


def test_scores_lie_in_the_unit_interval_and_results_are_deterministic(
    sanctions_statements: list[Statement], admits_statements: list[Statement]
) -> None:
    first = align(sanctions_statements, admits_statements)
    second = align(sanctions_statements, admits_statements)
    assert first == second
    assert all(0.0 <= m.score <= 1.0 for m in first)
    assert [(m.a, -m.score) for m in first] == sorted((m.a, -m.score) for m in first)


def test_min_score_leaves_out_weaker_pairs(
    sanctions_statements: list[Statement], admits_statements: list[Statement]
) -> None:
    strict = align(sanctions_statements, admits_statements, min_score=0.45)
    assert strict and all(m.score >= 0.45 or m.relation is Relation.CONFLICT for m in strict)
    # Contradictions are kept from lower scores, raised in proportion to the minimum asked for.
    assert all(m.score >= VALUE_SCORE * 0.45 / DEFAULT_MIN_SCORE for m in strict)
    assert len(strict) < len(align(sanctions_statements, admits_statements))


def _statements(*sentences: str) -> list[Statement]:
    text = "\n\n".join(["Report", *sentences])
    return segment(Document(title="Report", source="test", text=text))


def _article(title: str, *body: str) -> list[Statement]:
    """An article of a title and paragraphs, segmented as a reader opens it."""
    return segment(Document(title=title, source="test", text="\n\n".join([title, *body])))


def _relation(left: str, right: str) -> Relation | None:
    found = [m for m in align(_statements(left), _statements(right)) if m.a == 1 and m.b == 1]
    return found[0].relation if found else None


def test_different_numbers_for_the_same_fact_conflict() -> None:
    assert (
        _relation(
            "Rescue teams said homes in seven villages on Qeshm island were destroyed by the quake.",
            "Rescue teams said homes in five villages on Qeshm island were destroyed by the quake.",
        )
        is Relation.CONFLICT
    )
    assert (
        _relation(
            "The 6.1-magnitude quake struck Qeshm island on Sunday, state media said.",
            "A quake of magnitude 5.9 struck Qeshm island on Sunday, according to state media.",
        )
        is Relation.CONFLICT
    )


def test_same_numbers_and_agreeing_wording_are_the_same_claim() -> None:
    assert (
        _relation(
            "The 6.1-magnitude quake struck Qeshm island on Sunday, state media said.",
            "A quake of magnitude 6.1 hit Qeshm island on Sunday, according to state television.",
        )
        is Relation.SAME
    )


def test_a_sentence_can_restate_two() -> None:
    left = _statements(
        "The quake killed 10 people on Qeshm island.",
        "Rescue teams from Bandar Abbas searched the rubble overnight.",
    )
    right = _statements(
        "The quake killed 10 people on Qeshm island, and rescue teams from Bandar Abbas searched the rubble overnight."
    )
    linked = {(m.a, m.b) for m in align(left, right)}
    assert {(1, 1), (2, 1)} <= linked


def test_unrelated_sentences_do_not_match() -> None:
    assert (
        _relation(
            "The central bank raised interest rates by half a point on Thursday.",
            "Heavy snow closed mountain roads across the Alps over the weekend.",
        )
        is None
    )


def test_nothing_to_align() -> None:
    assert align([], _statements("One claim here, made at length.")) == []


def test_pair_scores_rank_paraphrases_above_unrelated() -> None:
    scores = pair_scores(
        ["Iran admitted it had supplied drones to Russia.", "Iran admitted it had supplied drones to Russia."],
        ["Tehran acknowledged providing Russia with drones.", "Stock markets rallied in Tokyo on Friday."],
    )
    assert scores[0] > 0.4 > scores[1]


def test_a_people_is_the_country_most_of_them_live_in() -> None:
    """ "American" is the United States', not the Northern Mariana Islands'; "Indian" India's, not
    the British Indian Ocean Territory's: a name several countries share is the most populous one's
    (tools/make_places.py), so "American troops" and "US troops" are one term."""
    scores = pair_scores(
        ["American troops left the base on Friday.", "The Indian government denied the report."],
        ["US troops left the base on Friday.", "India's government denied the report."],
    )
    assert scores.min() > 0.99


def _relations(left: list[str], right: list[str]) -> dict[tuple[int, int], Relation]:
    return {(m.a, m.b): m.relation for m in align(_statements(*left), _statements(*right))}


EPICENTRE = (
    "The US Geological Survey put the epicentre of Sunday's quake at about 58km (36 miles) south-west of Bandar Abbas."
)
EPICENTRE_AGAIN = (
    "Iran's seismologic center said the epicenter of the earthquake was in the waters of the Persian Gulf, "
    "35 miles southwest of the port of Bandar Abbas."
)
QUAKE_A = [
    "A powerful earthquake struck southern Iran on Sunday, killing at least ten people.",
    EPICENTRE,
    "Helicopters ferried the injured to hospital.",
    "Iran sits in a volatile earthquake region.",
]
QUAKE_B = [
    "A strong quake hit southern Iran on Sunday and killed 10 people, officials said.",
    EPICENTRE_AGAIN,
    "Rescue workers searched the rubble of collapsed homes overnight.",
    "The tremor was felt in Dubai.",
]


def test_two_statements_that_are_each_others_best_match_may_add_more_details() -> None:
    """Each side adds its own details (who measured, the gulf's waters); being each other's
    best counterpart is what makes them one claim rather than two about one place."""
    assert _relations(QUAKE_A, QUAKE_B)[(2, 2)] is Relation.SAME
    closer = "The US Geological Survey put the epicentre of the quake about 58km south-west of Bandar Abbas."
    found = _relations(QUAKE_A, [*QUAKE_B, closer])
    assert found[(2, 5)] is Relation.SAME
    assert found.get((2, 2)) is not Relation.SAME


def test_a_statement_that_shares_only_names_is_another_claim_even_when_a_name_opens_it() -> None:
    left = [
        *QUAKE_A,
        "Qeshm is a popular tourist destination in the mouth of the Persian gulf.",
        "Rescue teams reached the villages of Qeshm by boat.",
    ]
    right = [*QUAKE_B, "Qeshm is Iran's largest island in the Persian Gulf, with a population of 120,000."]
    assert _relations(left, right).get((5, 5)) is not Relation.SAME


def test_quoting_the_same_spokesman_does_not_make_two_claims_one() -> None:
    left = [
        *QUAKE_A,
        '"People panicked and rushed out of their homes," national disaster agency spokesman '
        "Sutopo Purwo Nugroho said.",
    ]
    right = [
        *QUAKE_B,
        "Twelve people were killed and 70 others were injured by a landslide or collapsing buildings in Bener Meriah "
        "district, said Sutopo Purwo Nugroho of the National Disaster Mitigation Agency.",
    ]
    assert _relations(left, right).get((5, 5)) is not Relation.SAME


def test_a_person_named_in_full_is_the_person_named_by_surname() -> None:
    """Reports name someone in full once and by surname after: the first name adds nothing."""
    [score] = pair_scores(["Warren Jeffs was sentenced to life in prison."], ["Jeffs was sentenced to life in prison."])
    assert score > 0.97


def test_a_headline_and_a_sentence_giving_two_counts_of_one_thing_conflict() -> None:
    """They share little but the villages (a score of 0.09): the counts still disagree."""
    left = [
        "Heydar Alishbandi, Governor of Qeshm island, said five villages had been badly hit, but the "
        "worst-affected areas appeared to be in the less-populated west.",
        *QUAKE_A,
        "Rescue teams reached the damaged villages by helicopter.",
        "The worst-hit villages lie in the west of Qeshm island.",
    ]
    headline = "Powerful Quake in Iran Kills 10; 80 Hurt and 7 Villages Damaged"
    more = ["Aid workers handed out tents in the villages.", "Powerful aftershocks shook the region overnight."]
    right = segment(Document(title=headline, source="test", text="\n\n".join([headline, *QUAKE_B, *more])))
    found = {(m.a, m.b): m for m in align(_statements(*left), right)}
    assert found[(1, 0)].relation is Relation.CONFLICT
    assert "five / 7 villag" in found[(1, 0)].why.text


def test_the_seriously_injured_are_a_part_of_the_injured() -> None:
    left = [*QUAKE_A, '"There are around 30 people seriously injured, some with head injuries," a doctor said.']
    right = [*QUAKE_B, "The earthquake left 24 people dead and over 200 injured in the province."]
    assert _relations(left, right).get((5, 5)) is not Relation.CONFLICT


def test_a_denial_of_what_a_headline_asserts_is_shown_though_they_share_little() -> None:
    headline = "South Sudan warns of war after Sudan bombs refugee camp"
    left = segment(
        Document(
            title=headline,
            source="test",
            text="\n\n".join(
                [
                    headline,
                    "A refugee camp in Unity state was bombed on Thursday, officials in Juba said.",
                    "Aid groups said the camp holds about 20,000 people who fled fighting across the border.",
                    "The two countries have traded accusations for months.",
                ]
            ),
        )
    )
    right = _statements(
        "Sudan's armed forces denied they carried out the strike.",
        "Refugees at the camp described aircraft circling overhead before the explosions.",
        "The United Nations called on both sides to show restraint.",
    )
    found = {(m.a, m.b): m for m in align(left, right)}
    assert found[(0, 1)].relation is Relation.CONFLICT
    assert "denied" in found[(0, 1)].why.text


def test_the_two_titles_may_each_compress_the_story_their_own_way() -> None:
    """Each headline sums up its article: the two are one claim though each leaves out much of
    the other, and though a sentence of the other article restates one of them better."""
    left = _article(
        "Wladimir Klitschko retains belts",
        "Wladimir Klitschko stopped Tony Thompson in the sixth round to keep his heavyweight titles on Saturday night.",
        "The Ukrainian improved his record to 58-3 with 51 knockouts.",
        "Thompson was knocked down twice before the referee stopped the fight.",
    )
    right = _article(
        "Wladimir Klitschko stops Tony Thompson to retain world heavyweight titles",
        "Klitschko floored Thompson twice in the sixth round in Bern.",
        "The champion has not lost a fight since 2004.",
        "About 27,000 fans watched the fight in the football stadium.",
    )
    found = {(m.a, m.b): m.relation for m in align(left, right)}
    assert found[(0, 0)] is Relation.SAME


def test_counterparts_may_share_fewer_words() -> None:
    """Each other's best match, told in words of their own (a score of 0.27): one claim."""
    left = [
        QUAKE_A[0],
        EPICENTRE,
        QUAKE_A[3],
        "Helicopters ferried the injured to hospital but the authorities say the rescue effort is now winding down.",
    ]
    right = [
        *QUAKE_B,
        "Two helicopters began moving the injured to the hospital in Bandar Abbas, and aid workers began "
        "distributing food, blankets and tents in the region, the governor said.",
    ]
    assert _relations(left, right).get((4, 5)) is Relation.SAME


def test_two_statements_sharing_only_a_modifier_are_not_one_claim() -> None:
    left = [*QUAKE_A, "There were no immediate reports of casualties at the camp on Thursday."]
    right = [*QUAKE_B, "There was no immediate comment from the government on Thursday."]
    assert _relations(left, right).get((5, 5)) is not Relation.SAME


def test_a_name_one_report_abbreviates_is_the_name_the_other_spells_out() -> None:
    """The articles write "AMD" and "Advanced Micro Devices", "the UAE" and "the United Arab
    Emirates": one company, one country, so the claims about them are one claim."""
    left = [
        "AMD buys server maker SeaMicro for $334 million.",
        "AMD said the deal would close in the second quarter.",
        "The quake was felt in Oman and the UAE.",
    ]
    right = [
        "Advanced Micro Devices is buying server maker SeaMicro for $334 million.",
        "Shares of Intel fell on the news.",
        "The tremor was felt in Oman and the United Arab Emirates.",
    ]
    found = {(m.a, m.b): m for m in align(_statements(*left), _statements(*right))}
    assert found[(1, 1)].relation is Relation.SAME
    assert "AMD" in found[(1, 1)].why.shared
    assert found[(3, 3)].relation is Relation.SAME


def test_what_a_statement_says_in_passing_about_a_name_is_not_its_claim() -> None:
    """Only one report describes the startup (an appositive, with a year of its own): the deal
    is the claim both make, on the day both give, and the description costs the pair little of
    its score (0.75 when its words counted in full)."""
    plain = "AMD agreed to acquire SeaMicro for $334 million on Wednesday."
    described = (
        "AMD agreed on Wednesday to acquire SeaMicro, a maker of dense low-power microservers and data center "
        "fabric technology founded in 2007, for $334 million."
    )
    other = "Intel shares fell after the announcement on Wednesday."
    found = {(m.a, m.b): m for m in align(_statements(plain, other), _statements(described, other))}
    assert found[(1, 1)].relation is Relation.SAME
    assert found[(1, 1)].score > 0.9


@pytest.mark.parametrize(
    ("text", "passing"),
    [
        ("Ryan Boyette, a former aid worker, said he talked to five aid workers.", ["a former aid worker"]),
        ("Jeffs, who has argued he was persecuted, gave no closing statement.", ["who has argued he was persecuted"]),
        ("The quake, which struck at 1353 (1023 GMT), was felt in Oman.", ["which struck at 1353 (1023 GMT)"]),
        ("In Athens, the police fired tear gas at protesters.", []),
        ("On Wednesday, a man shot three people.", []),
        ("The bank was set on fire, which killed three workers.", []),
        ("Three people died, the police said.", []),
    ],
)
def test_a_name_described_in_passing_and_nothing_else(text: str, passing: list[str]) -> None:
    """An appositive or a relative clause about a name; not the claim after an opening phrase,
    not a closing "which" that adds an event, not who said it."""
    assert [text[start:end] for start, end in asides(text)] == passing


def test_a_headline_and_the_other_reports_lead_tell_one_story() -> None:
    """News puts its central claim in the headline and the first sentence: one report's
    headline and the other's lead, each compressing the story its own way, are one claim
    (here they share little more than the toll)."""
    left = _article(
        "Sheriff: Ohio warehouse shooting kills 1, injures 3",
        "A fired worker shot dead one colleague and wounded three others on Tuesday at the Dayton warehouse "
        "where he had worked until last month, the sheriff said.",
        "The gunman fled in a pickup truck and was arrested two hours later on a highway near Columbus.",
        "Investigators did not give a motive.",
    )
    right = _article(
        "Gunfire at distribution centre leaves one dead and three hurt",
        "A man who lost his job at a distribution centre near Dayton returned with a rifle on Tuesday and opened "
        "fire on former co-workers, killing one and wounding three, officials said.",
        "Police caught the suspect on Interstate 70 about two hours after the attack.",
        "The victims were taken to Miami Valley Hospital.",
    )
    found = {(m.a, m.b): m.relation for m in align(left, right)}
    assert found[(0, 1)] is Relation.SAME


def test_a_headline_puts_its_news_in_its_first_clause() -> None:
    """ "Oracle Buys Sun" is the news of "Oracle Buys Sun, Enters Server Hardware Business",
    however rare the words of what follows."""
    left = _article(
        "Oracle Buys Sun, Enters Server Hardware Business",
        "Oracle agreed on Monday to pay $7.4 billion for Sun Microsystems, a surprise move that makes the "
        "database maker a rival of IBM.",
        "Sun's shares jumped 36 percent.",
    )
    right = _article(
        "Oracle to acquire Sun Microsystems for $7.4 billion",
        "Oracle said on Monday it would acquire Sun Microsystems for about $7.4 billion in cash.",
        "IBM had walked away from talks with Sun earlier this month.",
    )
    found = {(m.a, m.b): m.relation for m in align(left, right)}
    assert found[(0, 0)] is Relation.SAME
    assert found[(0, 1)] is Relation.SAME


def test_a_toll_in_one_district_against_a_toll_is_never_one_claim() -> None:
    """12 dead in a district against 15 in the city: a part of the toll or a contradiction (the
    words cannot tell), but not the same claim, even between the two leads."""
    left = _article(
        "Fire at Lagos plastics factory",
        "A fire swept through a plastics factory in the Ikeja district of Lagos on Tuesday, killing 12 workers "
        "and injuring at least 30, emergency officials said.",
        "Firefighters took more than four hours to bring the fire under control.",
    )
    right = _article(
        "Lagos factory blaze",
        "At least 15 people were killed and 34 injured when fire gutted a plastics plant in Lagos on Tuesday "
        "morning, rescue workers said.",
        "It took firefighters about four hours to put out the blaze.",
    )
    found = {(m.a, m.b): m.relation for m in align(left, right)}
    assert found.get((1, 1)) is not Relation.SAME
    assert found[(2, 2)] is Relation.SAME


def test_two_tolls_are_compared_however_little_else_they_share() -> None:
    """Each toll has better-worded neighbours in the other article than the other toll (a dozen
    statements each): they are still compared, and 5 dead against 24 is a conflict."""
    towns = ["Bener", "Takengon", "Lhokseumawe", "Bireuen", "Sigli", "Meulaboh", "Langsa", "Calang"]
    towns += ["Jantho", "Blangkejeren", "Kutacane", "Subulussalam"]
    left = _article(
        "Quake in the mountains",
        "Five people had so far been confirmed dead in the quake, an official from the local disaster agency said.",
        *(f"The earthquake left people homeless and injured in {town}." for town in towns),
    )
    right = _article(
        "Mountain quake",
        *(f"An official from the local disaster agency confirmed the quake had cut roads to {town}." for town in towns),
        "The earthquake left 24 people dead and 249 injured.",
    )
    conflicts = {(m.a, m.b): m for m in align(left, right) if m.relation is Relation.CONFLICT}
    assert "Five / 24 dead" in conflicts[(1, 13)].why.text


def test_statements_quoting_one_source_on_different_things_are_not_one_claim() -> None:
    """Both name the same official; one gives the toll, the other a damaged school."""
    left = _article(
        "Quake in the mountains",
        "Five people had so far been confirmed dead in the quake, an official from the local disaster agency said.",
        "Rescue teams were still searching collapsed houses.",
    )
    right = _article(
        "Mountain quake",
        "The quake damaged a school in the district, an official from the local disaster agency said.",
        "Roads to the district were cut by landslides.",
    )
    assert {(m.a, m.b): m.relation for m in align(left, right)}.get((1, 1)) is not Relation.SAME


@pytest.mark.parametrize(
    ("clause", "only_says_who"),
    [
        ("the company said", True),
        ("said Sutopo Purwo Nugroho of the National Disaster Mitigation Agency", True),
        ("according to police", True),
        ("the governor said in a statement", True),
        ("an official from the local disaster agency told AFP", True),
        # A deal is no source (its term is also "according"'s: an accord).
        ("The deal is worth 1.5bn", False),
        ("He said there were other suitors for the company", False),
    ],
)
def test_a_clause_that_only_says_who_speaks(clause: str, only_says_who: bool) -> None:
    assert is_attribution(tokenize(clause)) is only_says_who


def test_who_a_person_is_said_before_the_name_barely_moves_a_link() -> None:
    """ "Polygamist leader Warren Jeffs sentenced ..." restates "Jeffs was sentenced ...": the
    words before the name say who he is, a detail only one report gives."""

    def score(title: str) -> float:
        left = _article(
            title,
            "A Texas jury deliberated for less than an hour before deciding on the sentence for Jeffs.",
            "Jeffs, 55, had told jurors he was being persecuted for his faith.",
        )
        right = _article(
            "Jeffs gets life for assaulting girls",
            "Jeffs was sentenced to life in prison for his assault on the 12-year-old.",
            "Prosecutors said Jeffs had shown no remorse in prison.",
        )
        return next(m.score for m in align(left, right) if (m.a, m.b) == (0, 1))

    described = score("Polygamist leader Warren Jeffs sentenced to life in prison")
    assert described >= 0.75 * score("Warren Jeffs sentenced to life in prison")


def test_the_company_is_the_one_its_article_names() -> None:
    """ "The company welcomed the ruling" is said of Google when its article is about Google, so
    it contradicts the other report's "Google said it was disappointed"; an article that never
    opens a statement with a name does not say whom "the airline" is."""
    about_google = _article(
        "Google loses final appeal over EU shopping fine",
        "Google has lost its last appeal against a 2.42 billion euro penalty, after the EU's highest court ruled.",
        "Google said it would comply with the decision.",
        "The company welcomed the ruling as a chance to move on.",
    )
    other = _article(
        "EU court upholds fine against Google",
        "The European Union's top court upheld a 2.4 billion euro fine imposed on Google on Tuesday.",
        "Google said it was disappointed with the ruling.",
    )
    welcomed = next(s.index for s in about_google if s.text.startswith("The company"))
    disappointed = next(s.index for s in other if s.text.startswith("Google said"))
    found = {(m.a, m.b): m for m in align(other, about_google)}
    assert found[(disappointed, welcomed)].relation is Relation.CONFLICT
    assert "disappointed / welcomed" in found[(disappointed, welcomed)].why.text


def test_the_airline_is_no_place_its_article_names() -> None:
    """An article that names no airline ("at Sorrento airport", never a subject) does not make
    "The airline said ..." a statement about Sorrento; one that opens statements with Nordwind
    makes "The company" Nordwind."""
    runway = [
        "Three hurt as jet overshoots Sorrento runway",
        "Three passengers were hurt after a jet overran the runway at Sorrento airport on Saturday.",
        "Flights at Sorrento resumed after two hours.",
        "The airline said the crew had followed all procedures.",
    ]
    read = with_named_descriptions([tokenize(text) for text in runway])
    assert [t.term for t in read[3]] == [t.term for t in tokenize(runway[3])]
    results = ["Nordwind said profit fell 30%.", "Nordwind shares fell 8%.", "The company cut its forecast."]
    read = with_named_descriptions([tokenize(text) for text in results])
    assert [t.term for t in read[2]][:3] == ["the", "nordwind", "compani"]


def test_a_rise_is_an_increase_when_candidates_are_found() -> None:
    """Two demands that share only "pay" and a rise told two ways are compared: "a 10% pay rise"
    and "pay increases of 8%" are one demand given differently."""
    finnish = _article(
        "Strike shuts Finnish ports",
        "Dock workers in Finland began a strike on Monday, halting cargo traffic at all major ports.",
        "The union is demanding a 10% pay rise over two years.",
        "Employers have offered 6%.",
    )
    other = _article(
        "Finnish dockers walk out",
        "Port workers across Finland went on strike on Monday in a dispute over wages.",
        "AKT wants pay increases of 8% over two years, while employers are offering 6%.",
    )
    demand = next(s.index for s in finnish if "demanding" in s.text)
    wants = next(s.index for s in other if s.text.startswith("AKT"))
    found = {(m.a, m.b): m for m in align(finnish, other)}
    assert found[(demand, wants)].relation is Relation.CONFLICT
    assert "10% / 8%" in found[(demand, wants)].why.text


def test_a_share_is_one_number_however_its_percent_is_written() -> None:
    """ "61%" and "61 percent" give one number, so statements giving it are candidates for each
    other by it (they were two terms, "#61%" and "#61", and shared nothing)."""
    scores = pair_scores(["Turnout was 61%."], ["Some 61 percent of voters cast ballots."])
    written_apart = pair_scores(["Turnout was 61%."], ["Some 58 percent of voters cast ballots."])
    assert scores[0] > written_apart[0]


def test_a_british_spelling_is_one_word_with_the_american() -> None:
    """A British report's "hospitalised" and "organised" are an American one's "hospitalized" and
    "organized" (and "hospitalized" is a stay in hospital); "promised" has no -ize form and stays
    apart from "prom"."""
    terms = {word: tokenize(word)[0].term for word in ("hospitalised", "hospitalized", "hospital", "promised", "prom")}
    assert terms["hospitalised"] == terms["hospitalized"] == terms["hospital"]
    assert tokenize("organised")[0].term == tokenize("organized")[0].term
    assert terms["promised"] != terms["prom"]
