"""Verdicts a fact-checker can trust: what contradicts, what is the same claim, and why.

Each case is a pair of sentences as two reports would write them; the development set in
tests/data/verdicts (bench.verdicts prints the full figures) keeps the engine from sliding back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.align import align, relate_pairs
from claims.antecedents import denying_pronouns
from claims.births import NEWBORN
from claims.codes import codes_apart
from claims.document import Document, Statement
from claims.fire_starts import fire_starts_apart
from claims.journeys import journeys_apart
from claims.lexicon import contrast_groups, known_phrases
from claims.polarity import Stance, clause_spans
from claims.quantities import read_values
from claims.quantity import Bound, Kind
from claims.reading import Reading
from claims.relation import Match, Relation
from claims.segment import segment
from claims.terms import tokenize, word_term
from claims.values_compared import agreeing_values
from claims.year_ranges import one_span_alike

VERDICTS = Path(__file__).parent / "data" / "verdicts"


def _rows(name: str = "sentence-pairs.tsv") -> list[list[str]]:
    return [line.split("\t") for line in (VERDICTS / name).read_text("utf-8").splitlines()[1:]]


def _as_labelled(match: Match) -> str:
    """The verdict as the hand-written pairs label it: a link too weak to show is "related"."""
    return match.relation.value if match.score >= 0.2 or match.relation is Relation.CONFLICT else "related"


def judged(left: str, right: str) -> Match:
    """The verdict on one pair, weighed among the development pairs (as a pair among many is)."""
    rows = _rows()
    return relate_pairs([left, *(r[2] for r in rows)], [right, *(r[3] for r in rows)])[0]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Two white dogs are not running together.", "Two white dogs are running together."),
        ("The minister did not confirm the resignation.", "The minister confirmed the resignation on Monday."),
        ("Tehran has not supplied drones to any party in the war.", "Iran admitted providing Russia with drones."),
        # A band that has "broken up" has split.
        (
            "Indie rock band The Hollow Pines have broken up after 20 years together.",
            "The Hollow Pines are not breaking up, singer Tom Ashby said on Saturday.",
        ),
        # What is scheduled is planned.
        ("Further strikes are planned for next week.", "The union said no further walkouts had been scheduled."),
        # What "would be" is said of the talks, which are asserted.
        (
            "Shell is in early talks to acquire rival BP in what would be the biggest oil deal in decades.",
            "Shell said on Thursday it was not in talks to buy BP.",
        ),
        ("The patient never checked into the clinic.", "The patient checked in at the clinic on Sunday night."),
        ("The army denied carrying out the air strike.", "The army carried out the air strike on the village."),
        ("There is no woman cutting an onion.", "A woman is cutting an onion."),
        # A clause after "but" without a subject is said of what the statement opens with; a
        # fine not issued is no fine.
        ("The ministry fined the company.", "The ministry has opened an investigation but has not issued a fine."),
        # What is free of charge is still free.
        ("The service is free of charge.", "The service is not free."),
        # What is not held is its object: no news conference.
        (
            "The two leaders did not hold a joint news conference.",
            "The two leaders answered questions at a joint news conference.",
        ),
        # "his lawyers' argument": a possessive, not a closing quote that would end the denial's clause.
        (
            "The appeals court ruled that the evidence had been gathered unlawfully.",
            "The court rejected his lawyers' argument that the evidence had been obtained unlawfully.",
        ),
        # A clause that ends on its negator takes its verb from the clause before.
        ("Some flights were delayed, but trains were not.", "Trains were delayed by two hours."),
        (
            "Names and addresses were taken, but passwords and bank details were not.",
            "Hackers had taken the passwords and bank details of some customers.",
        ),
        # What a light verb does not do is its object: no damage.
        ("The quake did not cause any damage.", "The quake damaged hundreds of homes."),
        ("The minister refused to confirm the resignation.", "The minister confirmed her resignation."),
        # "X, not Y" corrects the other's Y.
        (
            "The singer cancelled three concerts in Europe last week, citing exhaustion.",
            "The singer postponed three concerts in Europe last week because of a throat infection, not exhaustion.",
        ),
        # A subject a comma sets apart is still who did it.
        ("Former mayor Reyes did not testify at his trial.", "Former mayor Reyes, 61, testified in his own defence."),
        # A reported "would" asserts what was said.
        ("His lawyer said he would appeal.", "His attorney said Reyes would not appeal the verdict."),
        # An irregular past is its verb: "found" is "find".
        ("Police did not find any weapons in the car.", "Police found two weapons in the car."),
        # "would not" is the "will not" of reported speech.
        (
            "The chief executive said the company would not close its research centre in Oulu.",
            "Nordtek will shut its Oulu research centre next year.",
        ),
        (
            "Officials said the reports of a leak at the reactor were fabricated.",
            "Officials confirmed a leak at the reactor.",
        ),
        # A negation goes on with "and" to something else: "for two weeks" is not its stretch of time.
        (
            "The 31-year-old singer underwent surgery in London and has been ordered to rest for six weeks.",
            "The singer, 31, does not need surgery and will rest for two weeks, a spokeswoman said.",
        ),
        # A story the other calls a hoax, or claims it debunked.
        (
            "A man in Florida found a live alligator in his swimming pool.",
            "The story of the alligator found in a Florida swimming pool was a hoax, police said.",
        ),
        (
            "Scientists have discovered a new planet made of diamond.",
            "Astronomers debunked reports that a planet made of diamond had been discovered.",
        ),
        # Having no plans to do it, or no information that it was done, says it is not.
        (
            "Amazon to open 50 stores in Germany",
            "Amazon said on Monday that it has no plans to open stores in Germany.",
        ),
        (
            "North Korean leader Kim Jong Un undergoes ankle surgery",
            "Officials said they had no information suggesting Kim Jong Un had ankle surgery.",
        ),
        # Withdrawing from something is not doing it.
        ("The studio confirmed that Murphy will host the ceremony.", "Murphy has pulled out of hosting the ceremony."),
        ("Smith is chief executive of the bank.", "Smith stepped down as chief executive of the bank on Monday."),
        # Taken into custody is arrested.
        (
            "Police said Morrow was taken into custody on Saturday.",
            "Morrow was not arrested on Saturday, his publicist said.",
        ),
        # Quitting is leaving is departing.
        (
            "Meridian denied reports that director Tom Aldana had quit its thriller.",
            "Tom Aldana has left Meridian's thriller.",
        ),
        (
            "Tom has not departed the film, a studio spokesman said.",
            "Tom Aldana has left the film two weeks before shooting.",
        ),
        # "has yet to" has not.
        ("The city council backed the plan in a 9-2 vote.", "The council has yet to vote on the plan."),
        # "not yet" is a negation, not the conjunction "yet".
        (
            "The company has hired outside experts to investigate and has reset all customer passwords.",
            "Hollis has not yet reset customer passwords, and urged shoppers to change them.",
        ),
        # Each negation joined by "and" has its own predicate.
        (
            "Paramedics treated her on stage before she was taken by ambulance to Santa Maria hospital.",
            "She left the stage early after feeling unwell, but she did not collapse and was never taken to hospital.",
        ),
        # A rehabilitation clinic is rehab.
        (
            "Pop star Mara Quinn has checked into a rehabilitation clinic in Malibu, a source said.",
            "Mara Quinn's rep denies rehab report: 'She is at home with her family'",
        ),
        # A denial whose subject is named elsewhere in its statement: split is separated.
        (
            "Singer Mia Torres and actor Jake Rowan have separated after eight years of marriage.",
            "Mia Torres and Jake Rowan are still together, their publicist said, dismissing reports that the couple "
            "had split.",
        ),
        # Not aware of any injuries says there were none known.
        (
            "Korvan said it was not aware of any injuries or deaths linked to the fault.",
            "US safety regulators have linked the defect to two deaths and at least eight injuries.",
        ),
        # No decision on it yet says it has not been decided.
        (
            "His lawyer said her client would appeal the verdict.",
            "His lawyer said that no decision had been made on an appeal.",
        ),
        # A negation that opens its clause is said of the name the statement opens with.
        (
            "Almeida conceded defeat in a televised speech and congratulated Silva.",
            "President Jorge Almeida, who took about 44% of the vote, refused to concede.",
        ),
        # Generating and producing are one deed.
        (
            "Its solar panels are generating power as planned.",
            "Its solar cells are not producing electricity, and the craft is running on battery power.",
        ),
        # A refusal in a clause of "who" is said of the name before it.
        (
            "Transport Minister Ana Lindqvist resigned on Friday.",
            "Minister Ana Lindqvist, who had refused to resign, said she had done nothing wrong.",
        ),
        # Ruling something out says it will not be.
        (
            "An inquiry into the contract will report within three months.",
            "Sandberg ruled out an inquiry into the contract.",
        ),
        # Claiming responsibility is a deed, not somebody's claim the writer does not make.
        (
            "No group has claimed responsibility for the attack.",
            "The Islamic State group claimed responsibility for the attack.",
        ),
        (
            "The bombing has been claimed by a group calling itself Black Dawn.",
            "No one has claimed responsibility for the bombing.",
        ),
        # Someone who died, told at any length, against none dead.
        (
            "No deaths have been reported.",
            "A man who was trapped in his car by the water has died, police said.",
        ),
        ("Cyclist dies in crash with lorry on A40", "No deaths were reported."),
        # Not being in talks is no place: "in advanced talks" is what it denies.
        (
            "Carvo is in advanced talks to buy Lumen, people familiar with the matter said.",
            "Carvo said on Wednesday it was not in talks with Lumen.",
        ),
        # What a deal "would" do supposes; the talks are asserted.
        (
            "Carvo is in talks to buy Lumen in a deal that would create the largest carmaker in Europe.",
            "Carvo denied it was in talks to buy Lumen.",
        ),
        # What a clause asserts before its "without" is asserted.
        (
            "Prime Minister Borne did not use a special constitutional power to force the bill through.",
            "Prime Minister Borne used a special constitutional power to push the bill through without a vote.",
        ),
        # ... but taking part is no withdrawal.
        ("Nadal pulls out of Madrid Open with hip injury", "Nadal will play at the Madrid Open next week."),
        # ... but it contradicts knowing it.
        (
            "The minister has denied any knowledge of the alleged kickbacks.",
            "The minister knew about the kickbacks, his former aide said.",
        ),
        # A modal after "but" supposes its own clause only.
        (
            "Officials said the fire was not spreading towards the village but could reach the main road.",
            "The fire was spreading towards the village, firefighters said.",
        ),
        # What "no" things underwent is denied.
        ("No protesters had been shot by police, the minister said.", "Police shot two protesters, witnesses said."),
        # What "there was no" denies has no subject to share: one other word is enough.
        (
            "A tanker wagon overturned near the station and began leaking.",
            "Firefighters said the tanker was intact and there was no leak.",
        ),
        # "Possible" in a later clause supposes only the thing it names: the denial of a fire stands.
        (
            "A passenger jet made an emergency landing after one of its engines caught fire.",
            "The airline said there had been no fire, only a warning light indicating a possible engine fault.",
        ),
        # The side a dispute tells first is still set against its denial.
        (
            "Senator Hale said he never promised to support the pipeline.",
            "Northline Energy stood by its account that Senator Thomas Hale promised to support its oil pipeline, "
            "after the senator denied making any such pledge.",
        ),
        # A clause that is only its negation ("He will not appeal") takes its subject from the statement.
        (
            "He has denied taking banned substances and said he would appeal the ban.",
            "He will not appeal, his agent said.",
        ),
        # ... but it does deny what the other says of somewhere else.
        ("The drug is sold in Europe.", "The drug is not sold outside the United States."),
        # What someone confirmed "that" would be done is asserted, not supposed.
        (
            "Defence Minister Karl Berg confirmed on Wednesday that the army would buy 40 new tanks.",
            "Berg did not confirm reports of a tank purchase on Wednesday, saying no decision had been made.",
        ),
        # To exit is to leave.
        (
            "Anna Vogt exits Netflix thriller 'Blackwater'",
            "Anna Vogt has not left 'Blackwater' and will direct the film as planned, Netflix said.",
        ),
        # What one was spared, avoided or averted did not happen.
        ("Tampa Bay was spared a direct hit.", "Tampa took a direct hit from the storm's eyewall."),
        ("The singer was spared jail on Monday.", "The singer was jailed for six months on Monday."),
        ("Germany avoided a recession in the third quarter.", "Germany fell into recession in the third quarter."),
        ("The union averted a strike at the last minute.", "The union went on strike on Monday."),
        # "No group" is anyone: the deed is denied.
        ("No group has claimed responsibility for the attack.", "Islamic State claimed responsibility for the attack."),
        # Claims that end a clause, or come before a verb of their own, are a thing, not a report
        # that makes the clause only someone's claim.
        ("Minister resigns over expense claims", "Minister refuses to resign over expense claims"),
        ("The expense claims were approved by the ministry.", "The ministry has not approved the expense claims."),
        # Calls rejected, resisted or defied: what they call for is not done.
        ("Dutch finance minister resigns over expense claims", "Dutch minister rejects calls to quit over expenses"),
        ("The prime minister resisted calls to resign.", "The prime minister resigned on Friday."),
        ("The mayor dismissed calls for his resignation.", "The mayor resigned on Friday."),
        # A negator right after who reports it opens its clause: who reports it is not who is denied.
        ("A man was arrested on Monday.", "Police said no arrests had been made."),
        ("Hackers steal card details of 500,000 Corvo customers", "Corvo says no card data taken in cyberattack"),
        ("Prosecutors said they would not appeal.", "Prosecutors appealed the ruling on Monday."),
        ("Hasina will remain Bangladesh's leader.", "Hasina quits as Bangladesh leader after deadly protests"),
        # Not being in a place is denied by going into it, whichever word of its name is told alike.
        (
            "Pop singer Lana Reyes has checked into a rehabilitation facility in Arizona, a source said.",
            '"Lana is not in any treatment facility," her spokeswoman said in a statement.',
        ),
        # Money claimed is a deed, not a claim that makes the statement a report.
        (
            "The minister quit on Tuesday after a newspaper reported he had claimed thousands of euros in expenses.",
            "The minister said on Tuesday he would not step down over the expenses.",
        ),
        # Not allowed, read as a ban, is still no permission.
        ("Fans were not allowed into the stadium on Sunday.", "Fans were allowed into the stadium on Sunday."),
        # Who avoids jail is not jailed.
        ("Swedish court jails man for Koran burnings", "Man who burned Koran in Sweden fined, avoids jail"),
        # A fire put out is not still being fought.
        (
            "The fire at the Slavyansk refinery was put out by the morning, and no one was injured.",
            "Firefighters were still battling the blaze at the Slavyansk plant on Saturday afternoon.",
        ),
        # Lava heading for a town is not flowing away from it.
        (
            "A volcano erupted on Wednesday evening, sending lava towards the town of Grindavik.",
            "Lava was flowing west on Wednesday evening, away from the town of Grindavik.",
        ),
        # Who died at home did not die in hospital.
        (
            "He died peacefully at his home in Bergen on Sunday after a long illness.",
            "Halvorsen died in hospital in Bergen on Sunday following a short illness.",
        ),
        # A currency that firmed strengthened.
        ("The forint weakened 0.5% against the euro after the decision.", "The forint firmed after the announcement."),
        # A regulator that clears a deal approves it.
        (
            "EU clears Kessler's takeover of rival Vantra",
            "EU regulators blocked Kessler's takeover of Dutch rival Vantra.",
        ),
        # What still needs approval is not approved.
        ("The merger still requires regulatory approval.", "The merger was approved by regulators on Friday."),
        # British "hospitalised" is American "hospitalized": one who left hospital was in it.
        (
            "Quinn was released from hospital on Sunday morning.",
            "A representative for Quinn denied reports that she had been hospitalised, saying she had been "
            "checked by a doctor at the venue.",
        ),
        # A denial told with its day ("denied on Wednesday that ...") denies no being somewhere.
        (
            "Economy Minister Pieter Jansen denied on Wednesday that he had met lobbyists from the gas company "
            "Norgas before approving its drilling permit.",
            "Economy Minister Pieter Jansen met Norgas executives twice in the weeks before his ministry approved the "
            "company's drilling permit, according to his official diary obtained by De Volkskrant.",
        ),
        # ... of the same group.
        (
            "None of the children who died had been vaccinated.",
            "One of the children who died had received a first dose of the vaccine, the ministry said.",
        ),
    ],
)
def test_a_negation_or_denial_of_what_the_other_asserts_is_a_conflict(left: str, right: str) -> None:
    match = judged(left, right)
    assert match.relation is Relation.CONFLICT
    assert match.why.differences, "a conflict says what disagrees"


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # A denial reaches only its own clause.
        (
            "The army denied carrying out the air strike, but admitted its aircraft flew over the area.",
            "The army's aircraft flew over the area, it said.",
        ),
        # Suppositions, questions and hearsay assert nothing.
        ("If the drones were used in Ukraine, Iran would stop supplying them.", "Iran did not stop supplying drones."),
        (
            "Whether Iran is actually providing Russia with arms is up for debate.",
            "Iran is not providing Russia with arms.",
        ),
        ("Officials claim to have evidence that the drones were Iranian.", "The drones were not Iranian, Tehran said."),
        # Declining to speak is no denial.
        ("Feldman would not say when the talks began.", "Feldman said the talks began in January."),
        # "fabric" is not "fabricated": a stemmer's false friend is no denial.
        ("The factory sells fabric to the army.", "The factory sells fabric to the navy."),
        # Two ways of saying no: "rather than present" is a negation too.
        (
            "He instructed his attorneys to deliver no closing statement.",
            "Rather than present a closing statement, he stood silent before the jury.",
        ),
        # "Without X, Y would be ..." supposes: it denies no X.
        ("The minister said that without the loans, Greece would default on its debt.", "Greece received the loans."),
        ("Officials warned that without the new levees, the city would flood again.", "The city built new levees."),
        # Winning is claiming victory, whatever else is said.
        (
            "Moreno wins Valdoria presidential run-off",
            "Elena Moreno declared victory in Valdoria's presidential run-off.",
        ),
        # Durations of two things: a deliberation and a prison term, a career and a contract offered.
        ("Jurors came back with the sentence after 30 minutes of deliberations.", "He received a 20-year sentence."),
        (
            "Talk show host Dana Pierce quits after 14 years",
            "The network had offered Pierce a two-year extension, which she turned down.",
        ),
        # The day a death was announced is not the day of the death; a toll's deaths fall on many days.
        (
            "The actor has died at the age of 87, his family said on Wednesday.",
            "Binns died on Monday at a hospital in Bath after a short illness.",
        ),
        ("Two people died in the flooding on Sunday.", "Three more people died on Monday as the river rose."),
        # "no-confidence" is a kind of vote, not a negation; who reports a negation is not what it negates.
        ("Havel survived a no-confidence vote on Tuesday.", "The Havel government wins confidence vote"),
        (
            "Havel told parliament that early elections would not be called.",
            "The vote was called by Havel himself to shore up his coalition.",
        ),
        # A negation over a stretch of the past does not deny this story's event.
        ("The island has not been hit by a quake in more than 25 years.", "A powerful quake hit the island on Sunday."),
        # Nor does a denial of now deny what a bare year sets in the past.
        (
            "Magnitude 6.8 quake strikes off Chile, no tsunami threat",
            "In 2010, an 8.8-magnitude quake and tsunami killed more than 500 people in central Chile.",
        ),
        ("Marlowe spent 30 days in rehab in 2019.", "Dean Marlowe's team denies rehab reports"),
        # Crowns are a currency: a profit and sales in crowns are two sums.
        (
            "Halvorsen reported an 18% rise in net profit to 2.4 billion crowns.",
            "Sales increased 9% to 11.2 billion crowns.",
        ),
        # A year's running toll is not one event's toll.
        (
            "Two Italian climbers died on Mont Blanc on Sunday after being caught in a storm.",
            "Eleven climbers have now died on Mont Blanc this year.",
        ),
        # What a ferry may carry is not who was on board.
        ("The ferry was only licensed to carry 60 passengers.", "The ferry was carrying 96 passengers when it sank."),
        # "Her second appearance" counts an occasion: no placing.
        (
            "Comedian Ellen DeGeneres will make her second appearance as an Academy Awards host.",
            "Ellen DeGeneres announced on Friday that she will host the Academy Awards for a second time.",
        ),
        # "34 seconds" is a time: no rival of "third".
        (
            "It was only Kiptum's third marathon.",
            "Daniel Kiptum set a marathon world record of 2:00:35 in Chicago, beating the old record by 34 seconds.",
        ),
        # A company's name beside two percentages says nothing of what they measure.
        ("Brightline will pay $48 a share, a premium of 22% to Orchard's closing price.", "Orchard's stock rose 19%."),
        # Workers at a plant are not its dead.
        (
            "Around 300 workers were at the plant when the boiler exploded.",
            "Five workers died in the explosion at the plant.",
        ),
        # What someone is urged to do is not said to be done.
        (
            "Most of the children who fell ill had not been vaccinated.",
            "Doctors urged parents to have their children vaccinated.",
        ),
        # Opposites on two occasions: last year's final is not this one.
        ("Kovacs beats Moreau to win the Paris title", "Kovacs lost to Moreau in the Paris final last year."),
        # "Neither X nor Y has commented" declines to speak; it denies neither X nor Y.
        (
            "Model Kira Dane is engaged to tennis player Lucas Ferro.",
            "Neither Dane nor Ferro has commented on social media.",
        ),
        # A target is what is aimed at, no figure of what was reached.
        (
            "Core inflation, which excludes food and energy, slowed to 2.8%.",
            "Inflation is now close to the central bank's 2% goal.",
        ),
        # A man "also arrested" is another man than the one arrested first: two ages.
        (
            "Police have arrested a 34-year-old man on suspicion of murder.",
            "A 19-year-old man who was also arrested remains in custody.",
        ),
        # The strongest aftershock's magnitude is not the quake's.
        (
            "More than 40 aftershocks followed, the strongest of them of magnitude 4.8.",
            "A 6.2-magnitude earthquake shook Malatya province in eastern Turkey on Wednesday.",
        ),
        # A length is not a depth, nor a fall a length.
        ("The wreck is 25 metres long.", "The wreck lies at a depth of 85 metres."),
        (
            "Several cars and a bus plunged into the river when a 60-metre section of the bridge gave way.",
            "A bus carrying commuters was among the vehicles that fell about 30 metres into the water.",
        ),
        ("Prosecutors had asked for a 10-year sentence.", "Lind was sentenced to eight years in prison."),
        # Not being in court is no denial of the court that sentenced him.
        (
            "A court in Bucharest on Monday sentenced the former minister to seven years in prison.",
            "The former minister was not in court for the verdict.",
        ),
        # A dispute over pay is a quarrel, not a denial of pay.
        (
            "Doctors began a five-day strike in a long-running dispute over pay.",
            "Doctors strike for five days as pay talks collapse",
        ),
        # Shares of two things: of their weight, of the participants; of members, of pay.
        ("Participants lost on average 9.4% of their body weight.", "One in ten participants quit the treatment."),
        ("In the ballot, 78% of union members voted to strike.", "The union rejected a 5.5% pay offer in the ballot."),
        # A disputed election is one quarrelled over, not denied.
        (
            "Thousands protest in Tbilisi over disputed election",
            "Thousands protested in Tbilisi against the election result.",
        ),
        # Those laid off are jobs cut, not the workforce.
        ("The company employs about 15,000 people worldwide.", "The company is laying off about 1,500 employees."),
        # A town's population is not the number evacuated.
        (
            "The roughly 40 residents who had returned to the town were evacuated.",
            "The town, home to 3,800 people before the eruptions began, was evacuated.",
        ),
        # A denial-of-service attack denies nothing.
        (
            "Microsoft 365 services were down for about five hours on Monday.",
            "Microsoft 365 services were down for hours on Monday in a distributed denial-of-service attack.",
        ),
        # The month a step was first set for is no other time for it.
        (
            "Nimbus has pushed back the launch of its folding phone to June.",
            "The launch of the Nimbus folding phone had originally been planned for March.",
        ),
        # A price during the day's trading and at its close: two moments.
        ("Medora's shares fell 4% in early trading.", "Shares in Medora closed down 6% on Friday."),
        # What a report says moved is told after "said": fares, then profit.
        (
            "Ryanair said on Monday that average fares fell 15% in the three months to June.",
            "Europe's biggest low-cost airline said quarterly profit slumped 46% to 360 million euros.",
        ),
        # How much something moved is not a share of it.
        ("Homeway's sales fell 8% in the year to February.", "Online now accounts for about 40% of Homeway's sales."),
        # What may happen again happens in two years: two occasions.
        ("The company was fined by the regulator in 2015.", "The company was fined by the regulator in 2019."),
        ("The first plant opened in 2015.", "The second plant opened in 2019."),
        # What the negation leaves to the clause before is said of its own subject only.
        ("Some flights were delayed, but trains were not.", "Some flights were delayed by two hours."),
        # Denying claims is no sacking, so no rival of resigning ("dismissed" is both).
        ("Sand denied any wrongdoing on Thursday.", "Sand resigned on Thursday."),
        ("The minister rejected the claims on Thursday.", "The minister quit on Thursday."),
        # Sums orders of magnitude apart are of two things.
        ("The renovation of the museum cost 120 million euros.", "Tickets to the museum now cost 22.50 euros."),
        # Seats one party lost are no count of the seats another won.
        ("The Freedom Party lost 9 seats in the election.", "The Green-Left alliance won 35 seats in the election."),
        # Homes without power are homes that lost it.
        (
            "Hundreds of thousands of homes lost power in the storm.",
            "More than 400,000 homes were without electricity after the storm.",
        ),
        # One side's win is the other's loss.
        ("Arsenal beat Chelsea 3-1 at home on Sunday.", "Chelsea lose 3-1 at Arsenal on Sunday."),
        # What was forecast before the figure came out is no figure.
        (
            "Japan's economy shrank 2.1% in the third quarter.",
            "Analysts had forecast that the economy would shrink 0.6% in the third quarter.",
        ),
        # What one names won or holds is no count of what another holds.
        (
            "Junts, led by former regional president Carles Puigdemont, came second with 35 seats.",
            "Salvador Illa's Socialists came first in the Catalan regional election on Sunday with 42 seats.",
        ),
        # How much one thing moved is no figure for another that moved ("on higher fares" says why).
        (
            "Ryanair profit jumps 30% on higher fares",
            "Fares rose 7% on average, Europe's largest low-cost airline said.",
        ),
        ("Sales of the drug rose 67% in the quarter.", "Profit from the drug rose 36% in the quarter."),
        # Being survived by a wife is no survival.
        ("Binns died on Monday at the hospital in Bath.", "Binns is survived by his wife Margaret and three children."),
        # A further sum is what comes on top, no rival of the whole.
        (
            "Palmeiras will receive a further 10 million euros in add-ons.",
            "Chelsea have agreed a deal worth up to 61.5 million euros including add-ons for Palmeiras.",
        ),
        # Subscribers a company added are no count of those it has.
        (
            "Netflix added 18.9 million subscribers in the fourth quarter.",
            "Netflix now has more than 300 million subscribers.",
        ),
        # Who welcomes and who criticises are two.
        ("The union welcomed the pay offer.", "Ministers criticised the union for rejecting the pay offer."),
        # A total of several sums is no one of them.
        (
            "The Commission fined Google 2.4 billion euros on Tuesday.",
            "The Commission has fined Google a total of about 8.2 billion euros in three cases.",
        ),
        # A cause only supposed, or a count not yet known, is no cause told against none known.
        (
            "Police said a gas leak may have caused the explosion at the bakery.",
            "The cause of the explosion at the bakery is not yet known.",
        ),
        ("A gas leak caused the explosion at the bakery.", "It is not yet known how many people died at the bakery."),
        # An earlier offer rejected and an improved one accepted are two offers.
        (
            "The board of Harwell Foods had rejected two earlier bids from Ostmark.",
            "The board of Harwell Foods accepted an improved bid from Ostmark on Monday.",
        ),
        # How long before a strike it is announced is no length of the strike.
        (
            "Nurses in Ulster begin 48-hour strike",
            "The union said it would announce further strikes 72 hours in advance.",
        ),
        # A decision still open, against words that leave it open too or decide something else.
        (
            "The union would consider an appeal against the ruling.",
            "The union has not decided whether to appeal against the ruling.",
        ),
        ("The company has 60 days to appeal the fine.", "The company has not decided whether to appeal the fine."),
        ("The company will pay the fine.", "The company has not decided whether to appeal the fine."),
        # A sum paid as a fine is not a sum someone took, though both were "received".
        (
            "Prosecutors said the mayor received 450,000 euros in exchange for building permits.",
            "The head of the construction firm received a fine of 200,000 euros.",
        ),
        (
            "The official took 90,000 dollars in kickbacks from the contractor, the court found.",
            "The contractor took a 40,000-dollar fine.",
        ),
        (
            "The fund paid out 40 million dollars to flood victims.",
            "The fund has paid out 95 million dollars to flood victims in total.",
        ),
        # How many a year is a rate, no count of one event.
        (
            "Lightning kills two hikers in the Tatra mountains",
            "Lightning strikes kill about 20 people a year in Poland.",
        ),
        (
            "Five swimmers drowned off the beach on Sunday.",
            "Each year, around 60 people drown along the coast.",
        ),
        (
            "Three people died in the fire at the hostel.",
            "Fires in hostels kill some 40 people every year, the fire service said.",
        ),
        # A quarter's figure is no year's, and what reached a sum is what it measures.
        (
            "Revenue rose 12% to 2.1 billion dollars in the second quarter.",
            "The company expects annual revenue of 8 billion dollars.",
        ),
        (
            "Sales climbed to 900 million euros in the first quarter.",
            "Net profit rose to 150 million euros in the first quarter.",
        ),
        (
            "Revenue rose to 4.2 billion euros in the third quarter.",
            "The firm expects annual revenue of 15.5 billion to 16 billion euros.",
        ),
        # A denial of what someone is only suspected of is no contradiction of the report.
        (
            "The minister denied taking any money from the developer.",
            "The minister is suspected of taking 50,000 euros from the developer.",
        ),
        # "Nearly a quarter" holds 24%; "a third straight quarter" is a rank, no share.
        (
            "Nearly a quarter of patients given the drug had brain swelling.",
            "About 24% of patients given the drug had brain swelling.",
        ),
        ("Sales fell for a third straight quarter.", "Sales fell 14% in the third quarter."),
        # Ranks of two kinds of occasion, or of days of an event, are two facts.
        ("It is the fifth eruption on the island since 2019.", "It was the fourth earthquake to hit the island."),
        ("It was the second day of the strike.", "Monday was the third day of the strike."),
        # Doubling is a rise of 100%; what doubled is what it measures.
        (
            "Profit doubled to 40 million euros in the first half.",
            "Profit rose 98% to 40 million euros in the first half.",
        ),
        ("Ticket sales doubled this year.", "Hotel prices rose 30% this year."),
        ("The striker doubled down on his demands.", "Wages rose 5% at the club."),
        # A duration joined to what lasts that long ("a six-week trial") measures that alone.
        (
            "Former governor Tom Kerr convicted of fraud, faces 20 years",
            "Former governor Tom Kerr was convicted of fraud on Monday, ending a six-week trial.",
        ),
        # The day a thing was told on is no day it happened on.
        (
            "A record 1,305 people crossed the Channel in small boats on Saturday.",
            "Figures published by the Home Office on Sunday show that 1,305 people crossed the Channel in small boats.",
        ),
        # "None of the injured" picks from the injured: it denies what is said of them, not that they were hurt.
        (
            "Four of the injured were in a serious condition.",
            "None of the injured was in a life-threatening condition.",
        ),
        # How far a price stands above another is no move of the shares.
        (
            "Shares in Vantor jumped 22% in early trading.",
            "Vantor shareholders will receive $30 a share, 18% more than the stock's last closing price.",
        ),
        # What a clause only supposes is no figure to set against another's.
        (
            "Crews restored power to most homes, but some customers could be without supply until Monday.",
            "Power was restored to most homes by Saturday evening, the operator said.",
        ),
        # "In his 60s" is an age, no count of the dead; "11 and a half years" is about 11 years and five months.
        ("A man in his 60s was killed when a tree fell on his car.", "One person died in the storm."),
        (
            "Pedro Castillo was sentenced on Thursday to 11 and a half years in prison.",
            "A court on Thursday sentenced Pedro Castillo to 11 years and five months in prison.",
        ),
        # Two runners' times are two; a clock time is no time taken.
        ("Gemechu finished second in 2:15:04.", "Chebet won the race, finishing in 2:09:21."),
        ("The quake struck at 10:23:45 GMT.", "The quake lasted 0:01:10, seismologists said."),
        # A withdrawal told twice, once as "out of" or "will miss", is one claim.
        ("Nadal pulls out of Madrid Open with hip injury", "Injured Nadal out of Madrid Open"),
        ("Nadal has withdrawn from the Madrid Open.", "Nadal will miss the Madrid Open after hurting his hip."),
        # A temperature reached is no distance from the usual.
        (
            "Tokyo recorded 22 days with temperatures above 35C.",
            "Temperatures in Japan this summer averaged 2.36C higher than usual.",
        ),
        # Denying any knowledge of a thing denies knowing it, not the thing.
        (
            "The minister has denied any knowledge of the kickbacks.",
            "Investigators found kickbacks were paid to the minister's party.",
        ),
        # A title before a name is the name's: "President" says nothing of what a share measures.
        (
            "Opposition leader Ana Reis won the presidential election with 52.4% of the vote.",
            "President Rui Costa, who took about 44%, refused to concede.",
        ),
        # A score at half-time is not the final score.
        ("Bayern were 3-0 up at half-time.", "Bayern thrashed RB Leipzig 6-0 in the opening match on Friday."),
        # A denial of one kind of thing ("civilian areas") is no denial of its rival ("military targets").
        (
            "Russia's defence ministry said its forces had struck military targets in the region.",
            "Moscow denied targeting civilian areas in the region.",
        ),
        # A toll told of an event of its own that the other does not name, and smaller, is a part of the toll.
        (
            "Flash floods have killed at least 307 people in northern Pakistan.",
            "Five people died when a government helicopter came down on a relief mission.",
        ),
        # Those "among the dead" are a part of the toll, not a toll of their own.
        (
            "Two children were among the dead.",
            "At least eight people were killed when a drone struck a residential building in Odesa, officials said.",
        ),
        # A record since beaten is another occasion's value.
        ("Record heat: Spain hits 46.8C", "It beat the previous high of 47.4C, recorded in La Rambla."),
        # Seats held by a party named against seats of a party unnamed, in statements that share
        # little else, are two parties' seats.
        (
            "The far-right Vox party won 12 seats, up from one.",
            "With 105 seats, the Socialists are 11 short of the 116 needed to govern alone.",
        ),
        # What one races to do is not yet done.
        (
            "Rescue workers are digging by hand because heavy machinery cannot reach the remote site.",
            "Rescue teams were racing to reach miners buried when the mine caved in.",
        ),
        # "No protesters had been shot" denies a shooting, not that there were protesters.
        ("The minister said no protesters had been shot by police.", "A police station was torched by protesters."),
        # What rises is not what falls: the shares are not the company's prices.
        ("Kestrel shares fell 4% in Frankfurt trading.", "Kestrel has already increased some prices in the US."),
        # A company's forecast is no result.
        (
            "Kestrel raised its full-year operating profit forecast to around 1.4 billion euros on Tuesday.",
            "Operating profit rose 58% to 546 million euros.",
        ),
        # An event named by its year is another than one of this week.
        (
            "The 2004 tsunami killed about 170,000 people in Aceh.",
            "The earthquake that struck Aceh on Sunday killed 12 people.",
        ),
        # What is feared is supposed, not said to have happened.
        (
            "Freight train derails near Lamia, tanker leak feared",
            "Firefighters said the tanker was intact and there was no leak.",
        ),
        # "declined" before a figure is a fall: "Sales declined 18%" agrees with "Revenue fell 18%".
        ("Revenue fell 18% to 3.1 billion euros.", "Sales declined 18% to 3.1 billion euros."),
        # No one somewhere hurt is none hurt, as "no injuries" are.
        (
            "The drone crashed in a field and no one on the ground was hurt.",
            "There were no injuries after the drone crash, police said.",
        ),
        # Seven villages evacuated are villages, not the people evacuated from them.
        ("Seven villages were evacuated as the river rose.", "About 3,000 people were evacuated as the river rose."),
        # "Those who did not" is a group compared with, not a denial; a vote of no confidence is a vote.
        (
            "The malaria vaccine cut child deaths by 13% in the trial.",
            "Children who received the malaria vaccine were 13% less likely to die than those who did not.",
        ),
        (
            "The opposition tabled a motion of no confidence in Hart last week.",
            "Hart resigned days before he was due to face a no-confidence vote.",
        ),
        # "Two million" spelled is two million; all a company's customers are not the ones hacked.
        ("Some two million people died in the civil war.", "About 2 million people died in the civil war."),
        ("Orvia has 5 million customers in Norway.", "Hackers accessed data of 900,000 Orvia customers in Norway."),
        # Two parties' results.
        (
            "The centre-right Liberal Party came second with 15.2%.",
            "The Danish People's Party won 5.2%, up from 2.6% in 2022.",
        ),
        (
            "The governing Labour Party came second with 24.1%, its worst result since 2001.",
            "Norway's Conservatives emerged as the largest party in Monday's general election, winning 28.4% of "
            "votes, official results showed.",
        ),
        (
            "More than 2,000 businesses reported problems, according to the outage tracker Downdetector.",
            "Nimbus, the continent's second-biggest cloud provider, serves more than 40,000 businesses.",
        ),
        # Stopping a thing and saying it cannot happen are one claim.
        (
            "Court blocks deployment of troops to Mali",
            "The High Court has ruled that the government cannot deploy troops to Mali.",
        ),
        (
            "Judge Anne Kirui ruled that the deployment of troops to Mali was unconstitutional.",
            "The High Court has ruled that the government cannot deploy troops to Mali.",
        ),
        # A quarter's profit, and what analysts expected for it, is not the full year's.
        (
            "Puma reported an operating profit of 310 million euros for the second quarter, above the 280 million "
            "euros analysts had expected.",
            "The company now expects full-year operating profit of roughly 900 million euros.",
        ),
        # How many times a thing was recalled is no count of the things recalled.
        (
            "Tesla is recalling about 120,000 Cybertrucks in the United States.",
            "The pickup has now been recalled seven times since it went on sale.",
        ),
        # One's "third marathon" is the other's, however the rank is said.
        ("Kiptum, 23, was running only his third marathon.", "It was Kiptum's third marathon."),
        # Those taken to hospital are not all the hurt; those treated are not all who fight a fire.
        (
            "Police said 27 people were taken to hospital, two of them with serious injuries.",
            "A car ploughed into the crowd at the parade, injuring at least 47 people.",
        ),
        ("More than 100 firefighters are battling the blaze.", "Two firefighters were treated for exhaustion."),
        # The first half of a year is a stretch of time, not a share; "half of the sales" is of sales.
        ("Sales rose 8% in the first half of the year.", "Half of the sales came from Asia."),
        # Passengers who did something are some of those on board.
        ("Four passengers jumped from the coach before it fell.", "The coach was carrying about 50 passengers."),
        # A record until now is a former one.
        (
            "Delhi records India's highest ever temperature of 52.9C",
            "India's highest temperature until now was 51C, recorded in Phalodi in 2016.",
        ),
        # One place's toll is a part of a toll told of several.
        (
            "Seven people died in Romania, where the storm first hit on Saturday.",
            "At least 16 people have been killed in floods in Romania, Poland, Austria and the Czech Republic.",
        ),
        # Of a total given, the part is what befell it: five dead of six crew.
        ("Five of the six crew members on the coast guard plane were killed.", "Five dead as planes collide at Haneda"),
        # What is free of a thing is without it.
        (
            "The committee honoured the group's efforts to achieve a world free of nuclear weapons.",
            "The committee praised its work for a world without nuclear weapons.",
        ),
        # A toll grows: the count so far on Friday, and a larger one on Saturday.
        (
            "The death toll from flash floods in eastern Spain rose to 205 on Friday.",
            "At least 211 people have died in the floods, officials said on Saturday.",
        ),
        # None of a group marked by what befell them is said of them only.
        (
            "None of the children who died had been vaccinated.",
            "Only 68% of Romanian children receive the first dose of the measles vaccine.",
        ),
        # ... and across a weekend: Monday's report comes the day after Sunday's, not six days before.
        (
            "Seven people have died in floods in southern Poland, the interior ministry said on Sunday.",
            "The number of people killed in flooding in southern Poland has risen to nine, police said on Monday.",
        ),
        # A town's toll, the statement opening on the town, is a part of the story's.
        (
            "In Paiporta, a town south of Valencia, 45 people were killed.",
            "The death toll from the floods rose to 205.",
        ),
        # A toll that passes 200 is 200 or more.
        (
            "The death toll from the floods rose to 205 on Friday.",
            "Spain floods: death toll passes 200 as search goes on",
        ),
        # A level a storm weakened from is not its level now.
        (
            "Hurricane Milton made landfall near Siesta Key on Wednesday night as a Category 3 storm.",
            "Milton had weakened from a Category 5 storm before landfall.",
        ),
        # How far a thing stands below a record is not its level.
        (
            "That is about 1 million square kilometres below the previous record low, set in 1986.",
            "Antarctic sea ice peaked at 16.96 million square kilometres in September, the lowest winter maximum "
            "since satellite records began in 1979.",
        ),
        # A share a thing was cut by is that thing's: output is not profit.
        (
            "The carmaker's net profit fell 94% in the six months to September.",
            "The carmaker will cut global output by 20%.",
        ),
        # A half-year's fall is not the change of a full year's forecast.
        (
            "Nissan cut its full-year operating profit forecast by 70%.",
            "Its first-half net income dropped 94% from a year earlier.",
        ),
        # A business of a company is a part of it: its sales are not the company's.
        (
            "Sales in its data centre business rose to $14.5 billion, driven by demand for AI chips.",
            "Nvidia's quarterly sales more than tripled to $18.12 billion.",
        ),
        # What is cut is not what stayed as it was: jobs are not shares.
        ("Amazon to cut 14,000 corporate jobs", "Amazon shares were little changed."),
        # What one side had done to the other before is another time.
        (
            "Sokolova beats Duarte to win the Madrid Open title.",
            "Duarte had beaten Sokolova in each of their last four matches.",
        ),
        # Living hostages and dead ones are two counts.
        (
            "Hamas released the last 20 living Israeli hostages on Monday.",
            "Hamas handed over the remains of four dead hostages.",
        ),
        # What a subject says is closed is not the subject: the road is not the bridge.
        ("Police said the road was closed.", "Police reopened the bridge on Monday."),
        # What is investigated as possible is not said to be so.
        (
            "Officials said there was no indication of terrorism.",
            "The FBI said it was investigating the collision as a possible act of terrorism.",
        ),
        # A share above a company's share price is a premium, not how its shares moved.
        (
            "Kellanova shares jumped 16% on Wednesday.",
            "The family-owned firm is offering $83.50 per share, 44% above Kellanova's share price before reports "
            "of the talks emerged.",
        ),
        # Falling short is no fall.
        (
            "Centre-right wins Portuguese election but falls short of majority",
            "Portugal's Montenegro claims narrow victory as far right surges",
        ),
        # Counts of things named apart: two charges, two diseases.
        (
            "A jury on Thursday found former mayor Richard Hale guilty on five counts of bribery and fraud.",
            "The jury cleared him of two counts of money laundering.",
        ),
        ("Health officials reported 300 cases of cholera.", "Officials reported 40 cases of measles."),
        # The first time in a while is no first time ever.
        (
            "The pro-independence parties lost their majority for the first time in more than a decade.",
            "The pro-independence parties had previously lost their majority in 2009.",
        ),
        # Left without power is power cut.
        ("Storm Bert leaves thousands without power in Wales", "Storm Bert: flooding and power cuts across Wales"),
        # "Not all" denies only that it holds of each.
        (
            "Not all ultra-processed foods should be restricted, the lead author said.",
            "Ultra-processed foods tied to premature death in 30-year study",
        ),
        # What is not so of some things is no denial of it of others.
        (
            "Study links ultra-processed food to higher risk of early death",
            "Breakfast cereals and wholegrain breads were not linked to a higher risk.",
        ),
        # A second agency's magnitude, "measured it at 6.8", is a magnitude: 6.8 is among those given.
        (
            "A magnitude 6.8 earthquake struck southern Peru on Saturday.",
            "The institute put the magnitude at 7.0, while the U.S. Geological Survey measured it at 6.8.",
        ),
        # What is "still" so on a later day may be less of it: power comes back.
        (
            "More than 200,000 homes were left without electricity on Wednesday.",
            "Thousands of homes were still without electricity on Thursday evening.",
        ),
        # What is so of most homes leaves some without it.
        ("Power has been restored to most homes in the region.", "Some homes in the region are still without power."),
        # An appeal upheld was won, as a conviction quashed on appeal tells.
        (
            "The appeal court upheld Smith's appeal and quashed his conviction.",
            "Smith's conviction was quashed on appeal.",
        ),
        # A vehicle that pulls out of a station or a harbour leaves it; it withdraws from nothing.
        (
            "The ferry pulled out of the harbour at dawn, carrying 40 passengers.",
            "The ferry left the harbour at dawn with 40 passengers.",
        ),
        (
            "The bus pulled out of the depot in Leeds shortly before the crash.",
            "The bus had just left the depot in Leeds when it crashed.",
        ),
        # "Structures, including homes" counts more than homes.
        (
            "Fourteen homes have been destroyed by the fire.",
            "At least 20 structures, including homes, have been destroyed.",
        ),
        # A forecast range is no result: "forecast to between 5% and 7%" / "Sales climbed 8%".
        (
            "The company raised its full-year sales growth forecast to between 5% and 7%.",
            "Sales climbed 8% to 9.8 billion crowns.",
        ),
        # A statement telling both sides of a dispute ("... after the senator denied making any such
        # pledge") is no denial of the side it tells first.
        (
            "Northline Energy said last week that Hale had pledged his support at a meeting in June.",
            "Northline Energy stood by its account that Senator Thomas Hale promised to support its oil pipeline, "
            "after the senator denied making any such pledge.",
        ),
        # A toll with "and tens of thousands more" elsewhere is a part of the whole.
        (
            "In 2004 a tsunami killed 170,000 people in the province and tens of thousands more in countries around "
            "the Indian Ocean.",
            "In 2004 a tsunami killed 230,000 people in 14 countries.",
        ),
        # One named of a kind and more of it ("the Reform Party and two smaller parties") are three.
        (
            "The Reform Party and two smaller parties agreed to form a coalition.",
            "Three parties led by the Reform Party agreed to form a coalition.",
        ),
        # A time broken is a barrier run under: 45.82 seconds is under 47.
        (
            "Lund broke the world record on Sunday, running 45.82 seconds.",
            "Lund had already broken 47 seconds twice last season.",
        ),
        # What one had expected to do is not said to be done.
        (
            "Lund had never run under 47 seconds before.",
            "Lund said he had expected to run fast but was shocked by the time.",
        ),
        # "Have yet arrived" is one clause: what has not arrived may have been sent.
        ("No vaccines have yet arrived in the country.", "The WHO has sent 1.4 million doses of vaccine."),
        # A count told as so already is no count of what is to come.
        (
            "Solent already employs 1,500 people in Dresden.",
            "Solent plans to invest 8 billion euros in a new plant in Dresden that will employ around 2,000 people.",
        ),
        # A negation that reaches only beyond what the other names denies nothing it says.
        (
            "Lumio will start selling its Vision Air headset in the US on February 2.",
            "Lumio has no plans to sell the headset outside the US.",
        ),
        # What a clause only supposes ("could cut them", "eyes summer cut") denies nothing the other says.
        (
            "Norges Bank kept its benchmark interest rate unchanged at 4.5% on Thursday.",
            "Norges Bank held rates at 4.5% on Thursday but said it could cut them in June.",
        ),
        (
            "Norges Bank kept its benchmark interest rate unchanged at 4.5% on Thursday.",
            "Norges Bank leaves rates on hold, eyes summer cut",
        ),
        # A company's profit is no sum of its revenue.
        (
            "Siemens Energy raised its full-year revenue forecast after reporting a third-quarter net profit of"
            " 697 million euros.",
            "Quarterly revenue climbed 14 percent to 9.1 billion euros.",
        ),
        # "12:20 a.m." is twenty past midnight.
        (
            "The lander touched down at 12:20 a.m. local time on Saturday.",
            "The lander touched down at 00:20 local time on Saturday.",
        ),
        # What "he" will not do, said of someone the other never names, denies nothing of another.
        (
            '"I am so excited to be hosting the Oscars for the second time," DeGeneres said in a statement.',
            "While MacFarlane's performance generated high ratings, he said he would not host the Oscars again.",
        ),
        # Unable to work is without work.
        (
            "Fishermen said they had been unable to work since the spill.",
            "Local fishermen have been left without work.",
        ),
        # Half of the 800 workers are 400.
        ("Half of the 800 workers will lose their jobs.", "About 400 workers will be laid off."),
        # A search for another suspect does not deny those arrested.
        (
            "Police arrested two men in connection with the attack.",
            "Police are still searching for a third suspect in the attack.",
        ),
        # A score is of one match, between the sides named beside it.
        (
            "Liverpool are now two points clear of Arsenal, who drew 1-1 with Brighton.",
            "Liverpool came from behind to win 3-1 at Aston Villa and move to the top of the table.",
        ),
        # How far a drug slowed a decline is no share of the patients it harmed.
        (
            "The drug slowed cognitive decline by 35% in a late-stage trial.",
            "Brain swelling, a known risk of the drug class, affected 24% of patients in trials.",
        ),
        # A closing that happened, then a reopening: two steps of the story.
        ("Etna eruption shuts Catania airport", "Sicily's Catania airport partly reopens after Etna ash"),
        ("The museum closed its doors after the flood.", "The museum reopened to visitors on Tuesday."),
        # Closed now, to reopen later: the state and the step to come.
        ("The airport remains closed.", "The airport will reopen on Friday."),
        ("The airport remains closed.", "The airport is expected to reopen on Friday."),
        # A record is measured from a past deal: its price is not the story's.
        (
            "Veridian agreed to buy the data startup Lumafield for $1.2 billion.",
            "The deal is Veridian's biggest since its $900m takeover of the payroll firm Clearpay.",
        ),
        (
            "The company has about 9,000 employees.",
            "Spotify is laying off roughly 1,500 people, about 17% of its staff.",
        ),
        # "From the end of extra time" counts from the 120th minute.
        (
            "Ricardo Horta scored the winner in the 112th minute with a header.",
            "Captain Ricardo Horta headed in the decisive goal eight minutes from the end of extra time.",
        ),
        # A value told in passing of a name the other does not name is that name's.
        (
            "Italy's UniCredit said on Monday it had raised its stake in Germany's Commerzbank to about 21%.",
            "Berlin, which holds a 16.5% stake, rejected any hostile bid.",
        ),
        # Counts orders of magnitude apart are of two things; a count before a recount is another's.
        ("SpaceX launches 22 Starlink satellites", "More than 6,000 Starlink satellites are currently in orbit."),
        (
            "The initial count had given Mayes a lead of 511 votes.",
            "Kris Mayes has won the recount for Arizona attorney general by 280 votes.",
        ),
        ("About 2.5 million votes were cast in the race.", "Before the recount, her margin was 511 votes."),
        # A change from last month is not one over the year.
        ("Prices rose 0.2% from June.", "Excluding volatile food and energy, prices rose 3.2% over the year."),
        # Times before are past occasions; a first win after earlier nominations meets "four times before".
        (
            "Beyonce won album of the year at the Grammy Awards on Sunday for Cowboy Carter.",
            "The singer had been nominated for the award four times before without winning.",
        ),
        (
            "It was her first win in the category after four previous nominations.",
            "The singer had been nominated for the award four times before without winning.",
        ),
        # Hostages freed are not those still held.
        ("Hamas frees three Israeli hostages", "Israel says 76 hostages are still held in Gaza."),
        # What a thing replaces has a price of its own.
        ("The phone will cost $599 in the United States.", "The iPhone SE, which it replaces, cost $429."),
        ("It replaces the iPhone SE, which started at $429.", "iPhone 16e launched at $599"),
        # The record a new one beat is another occasion's value.
        ("UK records hottest day with 40.3C", "It beat the record of 38.7C set in Cambridge three years ago."),
        # "Without a cut in pay" denies no cut of the working week.
        (
            "The union is demanding a 35-hour working week without a cut in pay.",
            "GDL wants the working week cut to 35 hours with no loss of pay.",
        ),
        # A change over five years is not one over a decade.
        ("Rents in Madrid have risen by 50% in the past five years.", "Rents in the capital have doubled in a decade."),
        # "Most of" a whole counts no part of it.
        (
            "Hackers stole personal data of about 6 million customers of Dutch telecom operator Odido.",
            "The breach affects most of Odido's roughly 7 million customers.",
        ),
        # A bank's interest rate is not the mortgage rates a market charges.
        ("The central bank raised its interest rate to 5.25%.", "Average 30-year mortgage rates rose to 7.1%."),
        # One way of two both statements tell.
        (
            "Flights from London to Paris and from Paris to London were cancelled.",
            "Flights from Paris to London were cancelled.",
        ),
        # Coming back is no backing: "back" alone is not "backed".
        ("Workers came back to work on Monday.", "Workers rejected the offer on Monday."),
        # What one calls for is asked, not done: another rejecting the calls denies nothing it says.
        (
            "The opposition called for an urgent review of security at the airport.",
            "The minister rejected calls for a review, saying security procedures had been followed.",
        ),
        # A denial of what its own clause says before it ("... on a new agreement ... without a deal")
        # denies nothing the other says of that agreement.
        (
            "The union said talks with management over a new collective agreement had broken down after nine months.",
            "Negotiations on a new labour agreement collapsed after nine months without a deal, the union said.",
        ),
        # "No site was safe" denies the sites' safety, not that they are German.
        (
            "Daniela Cavallo told workers in Wolfsburg that all German plants were affected by the plans.",
            "She told employees at the carmaker's headquarters in Wolfsburg that no German site was safe.",
        ),
        # Never in its history is never before: no denial of a plan.
        (
            "Volkswagen has never closed a factory in Germany in its 87-year history.",
            "VW plans to shut three plants in Germany, works council chief says",
        ),
        # A sum told before the name of what it measures is that thing's size, not its profit.
        (
            "Norway's wealth fund posts record profit of $222 billion",
            "Norway's $1.8 trillion sovereign wealth fund reported a record annual profit of 2.5 trillion crowns for "
            "2024, helped by surging technology shares.",
        ),
        # A rank among one year's is another count than one among all.
        ("It was the seventh test flight of Starship.", "The flight was the sixth of the year for Starship."),
        # A company's profit, its dividend and its shares' price each move by a share of their own.
        ("Shell profit falls 15% as gas prices drop", "Shell's stock fell 2% in London."),
        ("Shell reported a 15% fall in third-quarter profit.", "The oil major raised its quarterly dividend by 4%."),
        # Not to stop is to keep on, in advice as in a report.
        (
            "Patients who have had a heart attack should keep taking aspirin.",
            "Patients should not stop taking aspirin.",
        ),
        # A clause recalling another year's event gives that event's values.
        (
            "It was the strongest earthquake to hit the island since 1999, when a 7.6 magnitude quake killed about "
            "2,400 people.",
            "A 7.2-magnitude earthquake shook Taiwan on Wednesday, killing nine people.",
        ),
        # Goals in the league are a part of those in all competitions.
        (
            "He scored nine goals in 34 league games for Copenhagen last season.",
            "The midfielder scored 11 times in all competitions last season.",
        ),
        # Time one has to do a thing is no deed yet.
        ("Prosecutors said they would not appeal.", "Prosecutors have 30 days to appeal the ruling."),
        # A deal's break-up fee is not the deal's value.
        ("Adobe will pay Figma a termination fee of $1 billion.", "Adobe and Figma call off $20bn merger"),
        # Leaving a post follows holding it: a stretch of holding it up to now is no denial of leaving.
        ("Hasina, 76, had ruled Bangladesh for 15 years.", "Hasina quits as Bangladesh leader after deadly protests"),
        ("Verhoef has led the party since 2015.", "Verhoef steps down as party leader."),
        # One claims what a clause says: a report, not a deed.
        ("He claims he resigned on Friday.", "He did not resign on Friday."),
        # A negation picking a group out ("children who had not been vaccinated") denies nothing of the group at large.
        (
            "Most of the new cases are in children under five who had not been vaccinated.",
            "About 80% of children in the region have had both doses of the vaccine.",
        ),
        # Two candidates' shares of the vote, the winner's told after the city the vote was in.
        (
            "Socialist candidate Marta Ruiz won Sunday's mayoral election in Madrid with 41.2% of the vote.",
            "The outgoing mayor, Luis Gil, finished second with 36.8%.",
        ),
        # Cases none had reported before deny no cases reported now; cash seized is not what a fraud took.
        (
            "About 900 cases have been reported in Uganda this year.",
            "The virus has reached Kenya and Rwanda, none of which had reported cases previously.",
        ),
        (
            "Police arrested 34 people suspected of running a scheme that cheated more than 200 people out of 3 million"
            " euros.",
            "Police seized 1.2 million euros in cash and two cars.",
        ),
        # A place's altitude is not how far something fell.
        ("The crash happened at an altitude of about 3,500 metres.", "The lorry fell around 100 metres."),
        # Prisoners freed are not those still held.
        (
            "Iran frees 12 political prisoners after talks",
            "About 900 political prisoners remain behind bars in Iran, a rights group says.",
        ),
        # An index's fall is not one company's shares sinking; a fall in points is no level in points;
        # a powerful storm says nothing of electric power.
        ("Japan's Nikkei share average plunged 9.8% on Monday.", "Sony shares sank 14%."),
        ("The index closed at 28,210 points.", "The fall, of 3,020 points, was the largest in the index's history."),
        (
            "A powerful storm dumped heavy snow on the region on Saturday.",
            "Around 80,000 customers were without electricity in the region.",
        ),
        # Services on two routes are two things; one journey's two ends, told alike, agree.
        ("Flights from London to Paris were cancelled.", "Flights from London to Rome were also cancelled."),
        (
            "The bus was travelling from Lyon to Geneva when it crashed.",
            "The coach was heading from Lyon to Geneva when it left the road.",
        ),
    ],
)
def test_what_is_not_a_contradiction(left: str, right: str) -> None:
    assert judged(left, right).relation is not Relation.CONFLICT


@pytest.mark.parametrize(
    ("left", "right", "reason"),
    [
        (
            "The 6.1-magnitude quake struck the island.",
            "The agency said it had a magnitude of 5.9.",
            "6.1 / 5.9 magnitude",
        ),
        (
            "Homes in five villages were damaged.",
            "Seven of its villages were damaged by the quake.",
            "five / Seven villag",
        ),
        (
            "The quake killed more than 26,000 people in Bam in 2003.",
            "A quake killed more than 31,000 in Bam in 2003.",
            "26,000 / 31,000 dead",
        ),
        ("At least five people were killed in the quake.", "The earthquake left 24 people dead.", "five / 24 dead"),
        # "one dead" is a number of the dead; "No one was injured" is none.
        (
            "Two people died of heart attacks and at least 12 were injured by falling debris.",
            "Strong earthquake shakes northern Chile, one dead",
            "Two / one dead",
        ),
        # People searched for are missing.
        (
            "Five fishermen are missing after their boat sank off Crete.",
            "Coastguards are searching for seven fishermen after their boat sank off Crete.",
            "Five / seven missing",
        ),
        # Suspects searched for are wanted, not missing: the count is of those seen.
        (
            "Police said two men were seen on CCTV near the bank.",
            "Detectives are searching for three suspects seen on CCTV near the bank.",
            "two / three seen",
        ),
        # A release clause is a buyout clause.
        (
            "His contract includes a release clause of 60 million euros.",
            "Sevilla set his buyout clause at 75 million euros.",
            "60 million euros / 75 million euros",
        ),
        # Two durations of one thing, however little else is shared.
        (
            "A French aid worker was freed in Mali on Friday after three weeks in captivity.",
            "Claire Dumas, a French nurse abducted in Mali, has been freed after 26 days in captivity.",
            "three weeks / 26 days",
        ),
        # Two lengths of one person's time in a post, whatever each calls the post.
        (
            "Anna Brook, chief executive of Tellmark, quit on Monday after nine years in the post.",
            "Tellmark's board has pushed out its chief executive Anna Brook, ending her six-year tenure.",
            "nine / six years",
        ),
        # A toll told as it moves; what is "still missing" is missing.
        (
            "Floods kill 14 in southern Brantia after dam bursts",
            "Brantia flood toll rises to 11 as dam holds",
            "14 / 11 dead",
        ),
        (
            "Around 3,000 people have been evacuated, and 20 are still missing.",
            "Eight people are still missing.",
            "20 / Eight missing",
        ),
        # All safe is none hurt; passengers taken to hospital with injuries are the injured.
        (
            "Plane skids off runway in Sorrento, all 143 on board safe",
            "Three passengers were taken to hospital with minor injuries after a jet overran the runway.",
            "safe / Three injured",
        ),
        # Temperatures, in either scale.
        (
            "The southern city of Valmont recorded a temperature of 41.2C on Tuesday.",
            "Temperatures in Valmont peaked at 39.8C on Tuesday, the weather office said.",
            "41.2C / 39.8C",
        ),
        # People pulled or saved are rescued; unaccounted for is missing.
        (
            "Rescuers pulled 23 people from the water, and around 40 are still missing.",
            "Italian rescuers recovered 12 bodies and saved 31 people after the boat sank.",
            "23 / 31 rescued",
        ),
        (
            "Around 40 people are still missing.",
            "Survivors said 22 people were still unaccounted for.",
            "40 / 22 missing",
        ),
        # Customers are shoppers.
        (
            "Retailer Hollis says hackers stole data of 2 million customers",
            "A cyber attack on retailer Hollis exposed the details of 5 million shoppers.",
            "2 million customers / 5 million shoppers",
        ),
        # A building's storeys; people rescued however told ("pulled alive", "survivors").
        (
            "A five-storey residential building collapsed in the Ikoyi district of Lagos on Sunday.",
            "At least six people were killed when a six-storey building fell in Ikoyi, Lagos, on Sunday.",
            "five / six storeys",
        ),
        (
            "Rescuers have pulled nine survivors from the rubble.",
            "Lagos building collapse: 12 pulled alive",
            "nine rescued / 12 pulled",
        ),
        # "shoots four dead" counts the dead, not the shot.
        (
            "Gunman kills three at Ridgefield warehouse",
            "Ex-employee shoots four dead at Ridgefield warehouse",
            "three / four dead",
        ),
        # Passengers carried are the people on board.
        (
            "The train, carrying about 200 passengers from Oslo, left the tracks.",
            "The train had about 150 people on board.",
            "200 / 150 aboard",
        ),
        # A death has one day, however little else the two say.
        (
            "He died peacefully in his sleep at his home in Bath on Tuesday, a statement said.",
            "Binns died on Monday at a hospital in Bath after a short illness.",
            "Tuesday / Monday;",  # a day names itself: not "Tuesday / Monday Tuesday"
        ),
        (
            "Brightwell said it would cut 1,200 jobs after its profit fell.",
            "Brightwell will eliminate 800 positions in a restructuring.",
            "1,200 jobs / 800 positions",
        ),
        (
            "The jury found the mayor guilty on four counts of bribery.",
            "The mayor was convicted of three bribery charges.",
            "four counts / three charges",
        ),
        ("The convoy travelled 200 km.", "The convoy travelled 40 miles.", "200 km / 40 miles"),
        ("The ceasefire began on March 3.", "The ceasefire began on March 9.", "March 3 / March 9"),
        (
            "A 6.1 magnitude quake struck the island.",
            "The quake that struck the island measured 5.4 on the Richter scale.",
            "6.1 / 5.4",
        ),
        ("The quake had a magnitude of 6.1.", "The magnitude was 5.9, IRNA said.", "6.1 / 5.9 magnitude"),
        # Whoever they were, those a verb kills are the toll.
        ("Fire at plastics factory kills 12 workers", "At least 15 people were killed in the factory fire.", "12 / 15"),
        # The noun a count counts, past a word that modifies it; a sum of what is worded otherwise.
        (
            "Prosecutors said Reyes steered three city contracts to Kessler Builders.",
            "Prosecutors said Reyes awarded five contracts to Kessler Builders.",
            "three / five contracts",
        ),
        (
            "The mayor was convicted of accepting $250,000 in bribes.",
            "The mayor was found guilty in a $150,000 bribery case.",
            "$250,000 / $150,000",
        ),
        # A change is no range: "fell 14 percent to 2.1 billion euros" gives two values.
        (
            "Sales fell 14 percent to 2.1 billion euros.",
            "Sales fell 9 percent to 2.4 billion euros.",
            "14 percent / 9 percent;",
        ),
        # A month one statement names does not set it apart from one that names no time.
        (
            "Reyes, 61, faces up to 10 years in prison when he is sentenced in March.",
            "He faces up to 20 years in prison.",
            "10 / 20 years",
        ),
        # "a day" is one day; a spelled number before a hyphenated unit is a duration.
        (
            "The jury deliberated for two days before reaching its verdict.",
            "Jurors deliberated for less than a day.",
            "two / a day",
        ),
        ("The verdict came after a three-week trial.", "The verdict came after a 2-week trial.", "three / 2 weeks"),
        # A price is a price however the deal is told; a contract is a deal.
        (
            "Porto signed Diallo from Lens for a fee of 12 million euros.",
            "Diallo completed a move to Porto for 15 million euros plus add-ons.",
            "12 million euros / 15 million euros",
        ),
        (
            "The 24-year-old striker agreed a four-year contract.",
            "The striker, 24, signed a five-year deal.",
            "four / five years",
        ),
        # The cash part of a price cannot be more than the whole.
        (
            "Hartwell agreed to acquire Lumen for $1.2 billion in cash.",
            "Hartwell will pay $950 million in cash and stock for Lumen.",
            "$1.2 billion / $950 million",
        ),
        # Who a company employs, however said; a year said of a name in passing sets no frame.
        (
            "Lumen, founded in 2015 and based in Austin, Texas, employs about 400 people.",
            "The Austin-based startup makes processors for servers and has around 250 employees.",
            "400 / 250",
        ),
        # The age someone died at, however worded.
        (
            "Veteran actor Harold Binns dies at 87",
            "Harold Binns, who played the butler in Ashford Hall, has died aged 86.",
            "87 / 86",
        ),
        (
            "British actor Harold Binns has died at the age of 87, his family said on Wednesday.",
            "Ashford Hall star Harold Binns dead at 86",
            "87 / 86",
        ),
        # What a count is of may stand anywhere in its statement.
        (
            "Five people had so far been confirmed dead in the quake, an official said.",
            "Soldiers are leading rescue operations after the quake, which killed 24 people.",
            "Five / 24",
        ),
        # A crowd "of" a number is counted; when in a match something happened is a value.
        (
            "The crowd of 31,000 was the biggest at Ashton Park this season.",
            "A crowd of 27,500 watched the game.",
            "31,000 / 27,500",
        ),
        (
            "A penalty in the 89th minute gave Rovers a 2-1 win over City.",
            "Rovers beat City 2-1 thanks to a penalty converted by Paulo Reis in the 87th minute.",
            "89th minute / 87th minute",
        ),
        # A count of none is a count.
        (
            "Police made no arrests.",
            "Clashes broke out after the march, and 12 people were detained.",
            "no arrests / 12",
        ),
        ("No one was killed in the blast, police said.", "Two people were killed in the blast.", "/ Two"),
        # "in the past year" is last year; what a value measures may open its clause.
        (
            "Average rents in the capital have risen by 18 percent in the past year, according to Idealista.",
            "Rents in Madrid rose 11 percent last year, government figures show.",
            "18 percent / 11 percent",
        ),
        # A crowd is counted whatever the verb; police and officials count against each other.
        (
            "About 40,000 people marched through central Madrid on Saturday, according to police estimates.",
            "The government's delegation in Madrid said 22,000 people took part in the march.",
            "40,000 / 22,000",
        ),
        # A name before a generic noun says what is counted: "Emmy awards" are Emmys.
        ("Pierce has won nine Emmy awards for the show.", "Pierce, 58, has won eight Emmys.", "nine / eight"),
        # A time in a later clause is another step of the story.
        (
            "Morrow starred in the drama for five seasons.",
            "Morrow, who played a detective in the drama for six seasons, begins filming a new movie next month.",
            "five / six seasons",
        ),
        # "next month" may be the April the other names.
        (
            "The film, budgeted at $85 million, was set to shoot in Vancouver in April.",
            "The movie, which carries a budget of about $60 million, begins shooting in Toronto next month.",
            "$85 million / $60 million",
        ),
        # A step on a named scale is a value of its own, not a count of storms.
        (
            "Hurricane Lidia makes landfall in Mexico as Category 4 storm",
            "Lidia made landfall as a Category 3 hurricane, Mexico's national weather service said.",
            "4 / 3 category",
        ),
        (
            "The city raised its alert to level 4 on Monday.",
            "The city's alert was raised to level 3 on Monday.",
            "4 / 3 level",
        ),
        # "About 40,000" is not "more than 45,000": about is within a tenth.
        (
            "About 40,000 runners took part in the race.",
            "More than 45,000 runners started the race.",
            "40,000 / 45,000",
        ),
        # A number spelled in two words is one number.
        (
            "Twenty-three cars of the freight train left the tracks near Millbrook.",
            "The freight train derailed near Millbrook with 30 of its cars coming off the track.",
            "Twenty-three / 30",
        ),
        # A sum "in cash and gifts" is the whole sum, not its cash part.
        (
            "Prosecutors said the mayor took $240,000 in cash and gifts from the builder.",
            "Prosecutors said the mayor received $420,000 in bribes from the builder.",
            "$240,000 / $420,000",
        ),
        # Values that agree are matched first; what is left must agree too.
        (
            "Prosecutors said Quinn took $240,000 in bribes for city contracts worth $12 million.",
            "According to prosecutors, Quinn received $420,000 in bribes for contracts worth about $12 million.",
            "$240,000 / $420,000",
        ),
        # Words for one deed join: discovered / detected, informed / notified.
        (
            "The company discovered the breach on Friday and informed the regulator the same day.",
            "The operator said it detected the intrusion on Thursday and notified the regulator on Saturday.",
            "Friday / Thursday",
        ),
        # Someone taken to hospital with injuries is someone hurt.
        (
            "One crew member was taken to hospital with minor injuries.",
            "No one was injured, the railroad said.",
            "minor injuries / No one was injured",
        ),
        # Passengers counted beside crew are counted with them; a number after a name ("Boeing
        # 737", "Flight 1182") names a thing and counts nothing.
        (
            "Flight 1182, a Boeing 737 carrying 156 passengers and six crew, landed safely.",
            "The aircraft, with 149 passengers and six crew members on board, landed without incident.",
            "156 passengers and six crew / 149 passengers and six crew members",
        ),
        # An age set beside a name is that person's.
        (
            "Silva, 49, will be the country's first female president.",
            "Silva, a 51-year-old former judge, would become the first woman to lead the country.",
            "49 / 51",
        ),
        # A month after "since" starts the count to now: no frame of its own.
        (
            "Cholera outbreak in Port Amara kills 41, WHO says",
            "At least 53 people have died of cholera in Port Amara since the outbreak began in late February.",
            "41 / 53 dead",
        ),
        (
            "A cholera outbreak in Port Amara has killed 41 people since early March, the WHO said.",
            "At least 53 people have died of cholera in Port Amara since the outbreak began in late February.",
            "41 / 53 dead",
        ),
        # People stabbed are counted as the shot are.
        (
            "Police shot dead a man who stabbed three people at Leeds railway station on Friday.",
            "A man was arrested after four people were stabbed at Leeds railway station on Friday.",
            "three / four stabbed",
        ),
        # No casualties are none dead and none hurt.
        (
            "No casualties were reported after the eruption.",
            "One person was killed by falling rocks after the eruption.",
            "No casualties / One dead",
        ),
        # Vehicles recalled are counted by the verb, whatever they are called.
        (
            "Tesvia recalls 120,000 cars over braking fault",
            "Tesvia to recall 210,000 Model K cars in US",
            "120,000 / 210,000",
        ),
        # Villagers who flee are the evacuated (not villages).
        (
            "Mount Sangeang Api erupted on Wednesday, forcing about 2,500 villagers to flee, officials said.",
            "More than 4,000 residents were evacuated from villages on the island, officials said.",
            "2,500 / 4,000 evacuated",
        ),
        # Shares told to a tenth differ by a tenth; "52%" is "52.4%".
        (
            "Average wages grew by 5.6% compared with a year earlier.",
            "Wage growth slowed to 5.1% year on year.",
            "5.6% / 5.1%",
        ),
        # The month a change starts from is not the statement's ("... from 4.3% in August").
        (
            "Eastland's unemployment rate fell to 4.1% in September from 4.3% in August, the office said.",
            "The unemployment rate in Eastland dropped to 4.2% in September, down from 4.3% a month earlier.",
            "4.1% / 4.2%;",
        ),
        # Those without power, told without saying who, are the homes a storm cut off.
        (
            "Storm Ciaran leaves 600,000 homes without power in France",
            "Ciaran batters French coast, 1.2 million without power",
            "600,000 homes / 1.2 million without power",
        ),
        # Two running tolls of one year are one thing.
        (
            "It brings to 14 the number of climbers killed on Mont Blanc this year.",
            "Eleven climbers have now died on Mont Blanc this year.",
            "14 / Eleven",
        ),
        # Everyone on board survived: none dead.
        (
            "Two people were found dead on the migrant boat, the coast guard said.",
            "All on board the migrant boat survived, the coast guard said.",
            "Two dead / survived",
        ),
        # Temperatures in one scale are told to the tenth.
        (
            "Spain recorded its highest temperature ever on Sunday when the thermometer reached 47.4C in Cordoba.",
            "Temperatures in Cordoba reached 46.9C on Sunday, close to but below Spain's all-time record of 47.3C.",
            "47.4C / 47.3C",
        ),
        # A share is of what its clause opens with ("net profit ... rose 12%").
        (
            "Halvorsen profit jumps 18% as shipping rates climb",
            "Halvorsen's net profit for the July-September quarter rose 12% to 2.3 billion Norwegian crowns.",
            "18% / 12%",
        ),
        # Rain in inches or centimetres.
        ("The storm dumped 2 inches of rain.", "The storm dumped 15 centimetres of rain.", "2 inches / 15 centimetres"),
        # "A day of" is one day.
        ("The mayor declared three days of mourning.", "The mayor announced a day of mourning.", "three / a day"),
        # A deal worth a sum is its price.
        (
            "Real Madrid have signed Lucas Prado from Santos for a fee of 60 million euros.",
            "Santos winger Lucas Prado has joined Real Madrid in a deal worth up to 45 million euros with add-ons.",
            "60 million euros / 45 million euros",
        ),
        # Areas, in acres or hectares.
        (
            "The fire has burned 12,000 acres near Redding.",
            "The fire has burned about 8,000 hectares near Redding.",
            "12,000 acres / 8,000 hectares",
        ),
        # The area that burned, however the burning is worded.
        (
            "The blaze has burned more than 12,000 acres of dry brush.",
            "The Cedar Ridge fire has scorched roughly 9,000 acres, Cal Fire said.",
            "12,000 acres / 9,000 acres",
        ),
        # A century dates a thing as a year does.
        (
            "Thieves escaped with a 14th-century gold crown from the museum in Bruges, police said.",
            "A gold crown dating from the 15th century was stolen from the museum in Bruges.",
            "14th-century / 15th century",
        ),
        # People counted by what happened to them, whoever they were: miners killed are dead.
        (
            "Nine miners were killed when a tunnel collapsed at the Kalgoorlie mine.",
            "The tunnel collapse at Kalgoorlie killed 14 people, the company said.",
            "Nine / 14",
        ),
        # Those taken into hospital, however told.
        (
            "Nineteen people have been admitted to hospital with the virus.",
            "Twenty-six patients have been hospitalised with the virus.",
            "Nineteen / Twenty-six",
        ),
        # A sum someone is fined is a fine, or a penalty, however the sentence runs.
        (
            "Regulators fined the carmaker Carvo 240 million euros on Tuesday.",
            "Carvo was hit with a \u20ac310 million penalty by Brussels.",
            "240 million euros / \u20ac310 million",
        ),
        # Crew members are the crew; a nautical mile is 1.852 km.
        ("The tanker had 21 crew members on board.", "Pirates took the tanker's 25 crew hostage.", "21 / 25"),
        (
            "The tanker was seized 200 nautical miles off the coast.",
            "The tanker was seized about 480 km off the coast.",
            "200 nautical miles / 480 km",
        ),
        # A share's clause without a subject is of what the statement opens with.
        (
            "Core prices, which strip out fuel and food, rose 2.8% in May.",
            "Core prices rose 2.6% in May.",
            "2.8% / 2.6%",
        ),
        ("Analysts had expected a reading of 3.1%.", "Analysts had forecast a bigger fall, to 3.0%.", "3.1% / 3.0%"),
        # Hours and minutes are one duration.
        (
            "The flight from Sydney to London took 16 hours and 40 minutes.",
            "The flight from Sydney to London took about 14 hours.",
            "16 hours and 40 minutes / 14 hours",
        ),
        # Those arrested, whatever they are called; those shot and wounded are the hurt.
        (
            "Police arrested six suspects on Monday.",
            "No arrests have been made, police said.",
            "six arrested / No arrests",
        ),
        (
            "Three officers were shot and wounded in the raid.",
            "No one was hurt in the raid.",
            "Three injured / No one was hurt",
        ),
        # A toll that rises, however much is said between the toll and its rise.
        ("Death toll from Kerala landslides rises to 52", "Landslides in Kerala have killed 47 people.", "52 / 47"),
        # People forced from their homes are the displaced.
        (
            "More than 8,000 people were forced from their homes by the floods.",
            "About 3,000 people have been displaced by the floods.",
            "8,000 / 3,000",
        ),
        # Measures in one unit are told as exactly as they are written.
        (
            "The river peaked at 29 metres in Porto Alegre.",
            "The river peaked at 31 metres in Porto Alegre.",
            "29 metres / 31 metres",
        ),
        # What is counted may follow a word that says which ("200 planned operations").
        (
            "About 200 planned operations have been postponed.",
            "More than 300 non-urgent operations were postponed.",
            "200 / 300",
        ),
        (
            "Two company executives were given suspended sentences.",
            "Three executives were given suspended sentences.",
            "Two / Three",
        ),
        # A sentence asked for is compared with one asked for, not with the sentence given.
        ("Prosecutors had asked for a 10-year sentence.", "Prosecutors had sought 12 years.", "10 / 12 years"),
        # Counts joined to what they count by a hyphen.
        (
            "A five-member committee will investigate the crash.",
            "A four-member panel will investigate the crash.",
            "five",
        ),
        (
            "The council approved a 32,000-seat stadium for the club.",
            "The council approved a 35,000-capacity stadium for the club.",
            "32,000",
        ),
        # What is wanted is asked for.
        ("The union is demanding a 35% pay rise.", "The union wants a 29% pay rise.", "35% / 29%"),
        # "One in ten" is a share.
        (
            "About 17% of patients stopped the treatment because of side effects.",
            "One in ten patients stopped the treatment because of side effects.",
            "17% / One in ten",
        ),
        # Those treated for smoke or burns are the hurt.
        (
            "Around 20 people were treated for smoke inhalation after the fire.",
            "The fire left 35 people injured.",
            "20 / 35",
        ),
        # A match's score, whoever it is told of.
        ("Ajax lost 2-1 to Volendam in extra time on Sunday.", "Volendam beat Ajax 3-1 after extra time.", "2-1 / 3-1"),
        # An organisers' count is only the count in their clause.
        (
            "Police said around 25,000 people took part in the march.",
            "Organisers put the crowd at more than 100,000; police estimated 15,000.",
            "25,000 / 15,000",
        ),
        # Employees laid off are jobs cut.
        ("Zenlytic will cut 1,200 jobs.", "Zenlytic is laying off about 1,500 employees.", "1,200 / 1,500"),
        # A rocket carries satellites, not people aboard.
        (
            "The rocket exploded, destroying the two satellites it was carrying.",
            "The rocket was carrying three small satellites when it exploded.",
            "two / three",
        ),
        # What befell people is found past a clause about who they were.
        (
            "Four road workers who were on the bridge are missing.",
            "Six construction workers are unaccounted for.",
            "Four / Six",
        ),
        # One body is one dead; the ill are counted.
        ("Divers have recovered one body.", "No bodies have been found.", "one dead / No bodies"),
        (
            "No illnesses have been reported.",
            "Three infants who fell ill are being treated in hospital.",
            "No illnesses",
        ),
        # Temperatures below zero, however the minus is written.
        (
            "Temperatures in Kiruna fell to minus 38 degrees Celsius on Tuesday.",
            "Kiruna recorded -43.6C on Tuesday.",
            "38",
        ),
        ("Cold snap brings record low of -38C to Kiruna", "Kiruna shivers at -43C", "-38C / -43C"),
        # Two depths, told as a depth and as how far below.
        (
            "The collapse happened at a depth of about 900 metres.",
            "The accident occurred roughly 1,200 metres below the surface.",
            "900 metres / 1,200 metres",
        ),
        (
            "Lufthansa offered pilots a 4% pension increase.",
            "Lufthansa offered pilots a 5.4% pension increase.",
            "4% / 5.4%",
        ),
        # A time of day, as its wording allows: "shortly after 9 a.m." is not "about 10.30 a.m.".
        (
            "The blast happened at about 10.30 a.m. in a unit making pesticide ingredients.",
            "The explosion took place shortly after 9 a.m., witnesses said.",
            "10.30 a.m. / 9 a.m.;",
        ),
        # "Shortly after" is a quarter of an hour or so: not "around" the next hour.
        (
            "The landslide hit the villages at around 2 a.m. while most residents were asleep.",
            "The villages were struck shortly after 1 a.m. local time.",
            "2 a.m. / 1 a.m.",
        ),
        # Someone treated for smoke inhalation was hurt.
        (
            "No one was hurt in the warehouse fire.",
            "One firefighter was treated for smoke inhalation after the warehouse fire.",
            "No one was hurt / treated for smoke inhalation",
        ),
        # A part of the parrots by what befell it counts the dead.
        ("Eleven of the seized parrots were found dead.", "Four of the seized parrots had died.", "Eleven / Four dead"),
        # A step on a scale told with its top is a rating, not a share.
        (
            "The avalanche risk had been rated 4 on a scale of 5.",
            "Forecasters had put the avalanche risk at 3 out of 5.",
            "4 on a scale of 5 / 3 out of 5;",
        ),
        # Pollution is contamination: one stretch of river.
        (
            "The pollution has spread over about 40 kilometres of the river.",
            "The contamination stretches for roughly 25 kilometres downstream.",
            "40 kilometres / 25 kilometres",
        ),
        # A count told by its order: "thousands" is not "hundreds", "dozens" not "more than 200".
        (
            "A chemical spill killed thousands of fish in the river.",
            "The spill killed hundreds of fish in the river.",
            "thousands / hundreds dead",
        ),
        (
            "Dozens of people were injured in the blast.",
            "More than 200 people were injured in the blast.",
            "Dozens / 200",
        ),
        # Murders are deaths; the displaced are counted as the evacuated are.
        (
            "A jury found former nurse Karen Webb guilty of murdering three patients.",
            "Former nurse Karen Webb was found guilty of four murders.",
            "three dead / four murders",
        ),
        (
            "Flooding has forced about 5,000 people from their homes in the region.",
            "Around 2,000 people were evacuated from their homes in the region.",
            "5,000 / 2,000 evacuated",
        ),
        # Passengers and crew who fell ill are the ill, not those on board.
        (
            "More than 300 passengers and crew fell ill aboard the cruise ship.",
            "About 180 people fell ill aboard the cruise ship.",
            "300 / 180 ill",
        ),
        # Hours worked a week, however told.
        (
            "The union is demanding a 35-hour week.",
            "The union is demanding that hours be cut to 32 a week.",
            "35 / 32 hours a week",
        ),
        # "A dozen" is about twelve.
        (
            "Macron and Xi signed 18 agreements in Beijing.",
            "Macron and Xi signed a dozen agreements in Beijing.",
            "18 / dozen agreements",
        ),
        # Seats lost or gained are a change; a sum may be joined to its currency by a hyphen.
        (
            "The Freedom Party lost 9 seats in the election.",
            "The Freedom Party gained two seats in the election.",
            "9 / two seats changed",
        ),
        (
            "Nokia launches 299-euro foldable phone",
            "The Nokia foldable phone will cost 349 euros.",
            "299-euro / 349 euros",
        ),
        # Shot dead is dead.
        (
            "Police opened fire on the crowd, killing at least five protesters.",
            "At least 13 protesters were shot dead by police.",
            "five / 13 dead",
        ),
        # "No people were hurt" counts none hurt, as "No one was hurt" does.
        (
            "No people were hurt in the market fire.",
            "Two shop owners were taken to hospital with burns after the market fire.",
            "No people were hurt / hospital with burns",
        ),
        # Users who reported problems are so many reports, as an outage tracker counts them.
        (
            "More than 30,000 users reported problems with the app on Downdetector.",
            "Downdetector logged about 12,000 reports of problems with the app.",
            "30,000 / 12,000 reports",
        ),
        # "No one is reported missing" counts none missing, as "No one is missing" does.
        (
            "Two hikers are still missing after the avalanche, rescuers said.",
            "No one is reported missing after the avalanche.",
            "Two missing / No one is reported missing",
        ),
        # "Annually" is "a year".
        (
            "The extra pension payment will cost about 4 billion francs a year.",
            "The extra pension payment is expected to cost 5 billion francs annually.",
            "4 billion francs / 5 billion francs",
        ),
        # A tennis match's sets are one score.
        (
            "Sabalenka won the Miami Open final, beating Gauff 6-4, 6-3.",
            "Gauff lost to Sabalenka 6-4, 7-5 in the Miami Open final.",
            "6-4, 6-3 / 6-4, 7-5",
        ),
        # The number of the dead moving is a toll.
        (
            "The number of people killed by the cyclone in Malawi has risen to 190.",
            "The cyclone has killed at least 225 people in Malawi.",
            "190 / 225 dead",
        ),
        # "Up to" and "as many as" say how high it reaches: a figure far below is another figure.
        (
            "Amazon said on Tuesday it would cut about 14,000 corporate jobs.",
            "Amazon plans to eliminate up to 30,000 corporate jobs, people familiar with the matter said.",
            "14,000 / 30,000 jobs",
        ),
        # What moved is named before the verb; "up 4%" after a count is how much that count moved.
        (
            "Sales of its weight-loss drug Wegovy rose 67% in the quarter.",
            "Wegovy sales were up 36% in the quarter.",
            "67% / 36%",
        ),
        ("Shares in Ryanair rose 5% in Dublin.", "Ryanair shares fell 2% in Dublin.", "5% / 2%"),
        # Stock is shares; how it moved ("closed down") is no part of what moved.
        ("CrowdStrike shares fell 11% on Friday.", "CrowdStrike stock closed down 15% on Friday.", "11% / 15%"),
        # Visitors are counted whoever they are.
        (
            "More than 8,000 visitors came to the museum on the first day.",
            "Around 5,000 people visited the museum on the opening day, a spokeswoman said.",
            "8,000 / 5,000 visitors",
        ),
        # "About" a share is a point or two, not a tenth of it; customers without power are homes without it.
        ("About 59% of union members voted in favour.", "The deal was backed by 64% of voting members.", "59% / 64%"),
        (
            "More than 3 million homes and businesses lost power.",
            "About 2 million customers were without electricity early on Thursday.",
            "3 million homes / 2 million without power",
        ),
        # Rounding reaches just under half the last digit: "$1.15 billion" is no "$1.1 billion".
        (
            "Revenue was $1.1 billion in the quarter.",
            "Revenue was $1.15 billion in the quarter.",
            "$1.1 billion / $1.15 billion",
        ),
        # A toll is told to have risen however long the words between ("toll from flooding brought by ...").
        (
            "Storm Boris floods central Europe, 15 dead",
            "The death toll from flooding brought by Storm Boris across central Europe has risen to 18.",
            "15 / 18 dead",
        ),
        # A walkout is a strike.
        (
            "Train drivers in Germany began a 48-hour strike on Wednesday.",
            "The walkout by German train drivers is due to last 24 hours.",
            "48 / 24 hours",
        ),
        # Not aware of any injuries is none known.
        (
            "The company said it was not aware of any injuries linked to the fault.",
            "Two people have been injured in crashes involving the faulty sensors, the company said.",
            "not aware of any injuries / Two injured",
        ),
        # "Several hundred" and "a few hundred" are hundreds: no thousands.
        (
            "Several hundred people were evacuated from the town.",
            "About 5,000 people were evacuated from the town.",
            "Several hundred / 5,000 evacuated",
        ),
        (
            "A few hundred protesters marched to parliament.",
            "Thousands of protesters marched to parliament.",
            "A few hundred / Thousands protesters",
        ),
        # A headline's "Dozens hurt" counts the hurt by their order.
        (
            "A regional train derailed near Brescia on Tuesday morning, injuring 20 passengers.",
            "Dozens hurt as train comes off rails near Brescia",
            "20 injured / Dozens hurt",
        ),
        ("Police arrest 12 after Amsterdam football violence", "Dozens detained after clashes in Amsterdam", "Dozens"),
        # "About" a figure told to its tenths reaches a step or two of them, not a tenth of the whole.
        (
            "The plan would have cost about 4.9 billion Swiss francs.",
            "The project is expected to cost 5.3 billion francs.",
            "4.9 billion Swiss francs / 5.3 billion francs",
        ),
        # "German inflation" is inflation in Germany: no other kind of it.
        (
            "German inflation rose to 2.6% in December from 2.2% in November.",
            "Annual inflation in Germany climbed to 2.8% in December, up from 2.4% the previous month.",
            "2.6% / 2.8%",
        ),
        # Suspects held are arrested; vessels held up are only delayed.
        (
            "Police arrest four over Louvre jewel theft",
            "Louvre heist: two suspects held, jewels still missing",
            "four / two arrested",
        ),
        ("45 arrested as climate protesters block M25", "Fifty-four held after activists glue themselves to M25", "45"),
        (
            "About 40 ships were waiting to pass through the canal.",
            "Around 25 vessels were held up by the blockage.",
            "40 ships / 25 vessels",
        ),
        # No reports of injuries is none known.
        (
            "There were no immediate reports of injuries or damage.",
            "Three people suffered minor injuries from falling objects, public broadcaster NHK reported.",
            "no immediate reports of injuries / Three injured",
        ),
        # What is put forward is offered.
        (
            "The union is asking for a pay rise of 12 percent; the government has offered 4 percent.",
            "Nurses want an increase of 12 percent, while ministers have put forward 5 percent.",
            "4 percent / 5 percent",
        ),
        # One party's seats, however its leader is named.
        (
            "Junts, led by former regional president Carles Puigdemont, came second with 35 seats.",
            "Carles Puigdemont's Junts finished second with 33 seats.",
            "35 / 33 seats",
        ),
        (
            "The Eastland pound fell 0.6% against the dollar.",
            "The currency rose 0.4% against the US dollar.",
            "0.6% / 0.4%",
        ),
        (
            "The carrier flew 55.5 million passengers in the quarter, up 4%.",
            "Passenger numbers grew 3% to 55.5 million in the quarter.",
            "4% / 3%",
        ),
        # Demand as a noun is a quantity like any other; only a demand followed by a figure asks for it.
        (
            "Demand for electricity in Spain rose 5% last year, the grid operator said.",
            "Electricity consumption in Spain rose 3% last year, the grid operator said.",
            "5% / 3%",
        ),
        # A margin of one, spelled.
        (
            "Arsenal are two points clear of Liverpool.",
            "Arsenal lead Liverpool by one point.",
            "two points / one point",
        ),
        (
            "The bill passed by one vote in the Senate.",
            "The bill passed the Senate by three votes.",
            "one vote / three votes",
        ),
        (
            "As many as 40 people were killed in the attack on the market.",
            "Twelve people were killed in the attack on the market.",
            "40 / Twelve dead",
        ),
        # Rates compare with rates.
        (
            "Road accidents kill about 1,200 people a year in Belgium.",
            "Around 500 people die on Belgian roads each year.",
            "1,200 / 500",
        ),
        # People listed by kind are counted together.
        (
            "Four people were killed when the roof collapsed.",
            "Two men and a woman were killed when the roof collapsed.",
            "Four / Two men and a woman",
        ),
        (
            "Four people were killed during the protests in the capital.",
            "Two women and a man were killed during demonstrations in the capital.",
            "Four / Two women and a man",
        ),
        (
            "Revenue rose to 2.1 billion dollars in the second quarter.",
            "Second-quarter sales increased to 2.6 billion dollars.",
            "2.1 billion dollars / 2.6 billion dollars",
        ),
        # The rank of an occasion is a count of occasions.
        (
            "It is the fifth eruption on the island since 2019.",
            "This is the fourth eruption in the area in under five years.",
            "fifth / fourth",
        ),
        (
            "Porto won the league for the ninth time on Sunday.",
            "It is the eighth time Porto have won the title.",
            "ninth / eighth",
        ),
        # A premium is a share more than a price.
        (
            "Norvik will pay $30 a share, a premium of 24% to Vantor's closing price on Friday.",
            "Vantor shareholders will receive $30 for each share, 18% more than the stock's last closing price.",
            "24% / 18%",
        ),
        # A share told as a fraction is about so much.
        (
            "The drug slowed the decline in memory by a third, the company said.",
            "The drug slowed the decline in memory by 22%, the company said.",
            "a third / 22%",
        ),
        (
            "Pedro Castillo was sentenced on Thursday to 11 and a half years in prison.",
            "A court on Thursday sentenced Pedro Castillo to 15 years in prison.",
            "11 and a half years / 15 years",
        ),
        # A time taken in hours, minutes and seconds, however written.
        (
            "The previous world record of 2:11:12 was set in Berlin.",
            "The previous world record of 2:11:53 was set in Berlin.",
            "2:11:12 / 2:11:53",
        ),
        (
            "Chebet won the race in 2 hours 9 minutes and 21 seconds.",
            "Chebet won the race in 2:10:21.",
            "2 hours 9 minutes and 21 seconds / 2:10:21",
        ),
        # How far a season was from normal; hospital treatment is a stay in hospital; a rank in figures.
        (
            "The summer was 2.36C above normal, the agency said.",
            "The summer was 1.9C warmer than average, the agency said.",
            "2.36C / 1.9C",
        ),
        (
            "More than 12,000 people were taken to hospital with heatstroke this summer.",
            "Nearly 10,000 people needed emergency hospital treatment for heatstroke this summer.",
            "12,000 / 10,000",
        ),
        (
            "It is only the 11th merger the Commission has blocked since 2010.",
            "It is the 12th merger the Commission has blocked since 2010.",
            "11th / 12th",
        ),
        # A thing that doubled did not triple, nor rise 40%.
        (
            "Exports of electric cars doubled last year, the ministry said.",
            "Exports of electric cars more than tripled last year, the ministry said.",
            "doubled / tripled",
        ),
        (
            "Sales of the drug doubled in the second quarter.",
            "Sales of the drug rose 40% in the second quarter.",
            "doubled / 40%",
        ),
        # "From a year ago" is what a change is measured from, no frame of its own.
        (
            "Exports of wine to China doubled from a year ago, the ministry said.",
            "Exports of wine to China rose 45% year on year, the ministry said.",
            "doubled / 45%",
        ),
        # One death has one day, wherever the day is set in the sentence; passing away is dying.
        (
            "She died peacefully at her home in Santa Barbara, California, on Thursday.",
            "Holloway passed away on Wednesday at a hospital in Los Angeles.",
            "Thursday / Wednesday",
        ),
        # A sentence is a prison term however told.
        (
            "A man who shot a guard during a bank robbery in Leeds has been jailed for 18 years.",
            "Daniel Cole was given a 16-year sentence on Monday for the Leeds bank robbery.",
            "18 / 16 years",
        ),
        # "The day after" is one day after.
        (
            "The suspect was arrested two days after the attack.",
            "The suspect was arrested the day after the attack.",
            "two / the day",
        ),
        # Jobs cut are staff laid off.
        (
            "Kestrel said on Tuesday it would cut about 1,400 jobs at its Leeds plant.",
            "Kestrel lays off 3,000 workers at its Leeds plant.",
            "1,400 / 3,000 jobs",
        ),
        # Supporters who gathered are a crowd, counted however told.
        (
            "Thousands of her supporters gathered outside her home in the capital.",
            "Hundreds of supporters rallied outside her apartment in the capital.",
            "Thousands / Hundreds supporters",
        ),
        # A part of the toll larger than the whole is still a contradiction.
        (
            "Two people died after their car was swept away near Faenza.",
            "One person was killed in the floods in Emilia-Romagna.",
            "Two / One dead",
        ),
        # A floor told precisely reaches only a little above itself.
        (
            "Cyclone Chido kills 94 in Mozambique",
            "At least 73 people died when Cyclone Chido hit Mozambique, officials said.",
            "94 / 73 dead",
        ),
        # Two lower bounds told precisely are two tolls.
        (
            "Flash floods have killed at least 307 people in northern Pakistan.",
            "At least 321 people have been killed by flash floods in northern Pakistan.",
            "307 / 321 dead",
        ),
        # Those who survived are the rescued, counted however told.
        (
            "Twelve people survived the sinking, officials said.",
            "Only 10 people were rescued after the sinking, officials said.",
            "Twelve / 10 rescued",
        ),
        # A tornado's rating on the Enhanced Fujita scale.
        (
            "The weather service rated the tornado EF4 on Saturday.",
            "The weather service rated the tornado EF3 on Saturday.",
            "EF4 / EF3",
        ),
        # Peak winds are a ceiling, as "up to" tells one.
        (
            "The storm brought winds of up to 170 mph to the coast.",
            "The storm brought peak winds of 140 mph to the coast.",
            "170 mph / 140 mph",
        ),
        # Two scores at half-time.
        ("Bayern were 3-0 up at half-time.", "Bayern led 2-0 at the break.", "3-0 / 2-0"),
        # A speed may be written out in words.
        (
            "Storm Ida brought winds of 215 kilometres an hour to the coast on Wednesday.",
            "Storm Ida brought winds of 185 km/h to the coast on Wednesday.",
            "215 kilometres an hour / 185 km/h",
        ),
        # Two speeds in one unit are apart beyond rounding.
        (
            "A gust of 207 km/h was recorded at the cape on Thursday.",
            "A gust of 193 km/h was recorded at the cape on Thursday.",
            "207 km/h / 193 km/h",
        ),
        # A vote's split is compared with another vote's.
        (
            "The rate decision was taken by a 6-3 vote of the board.",
            "Policymakers voted 5-4 to cut rates.",
            "6-3 / 5-4",
        ),
        # A sum sold for is a price, a fee of it told with its kind ("a fixed fee", "a transfer fee").
        (
            "Marseille have signed winger Ole Brandt from Hamburg for 18 million euros, the French club said.",
            "Hamburg have agreed to sell Brandt to Marseille for a fixed fee of 15 million euros.",
            "18 million euros / 15 million euros",
        ),
        # Net income is profit.
        (
            "Orvo's profit rose 8% to 1.2 billion euros in the first half.",
            "Orvo's first-half net income climbed 8% to 1.4 billion euros.",
            "1.2 billion euros / 1.4 billion euros",
        ),
        # The villages evacuated are counted as villages, however the evacuation is told.
        (
            "Floods forced the evacuation of four villages in the valley on Sunday.",
            "Residents of seven villages in the valley were told to leave on Sunday.",
            "four / seven villages",
        ),
        # Cars called back are recalled, as cars recalled are.
        (
            "Kraxa is calling back 40,000 scooters over a brake fault.",
            "Kraxa recalls 52,000 scooters over brake fault",
            "40,000 / 52,000 recalled",
        ),
        # People who work at a site are its staff.
        ("The paper mill employs about 2,000 people.", "Some 3,500 people work at the paper mill.", "2,000 / 3,500"),
        # "May" before a day is the month: two dates of one event.
        ("The leak was discovered on May 12.", "Engineers first detected the leak on May 9.", "May 12 / May 9"),
        # A standing among its kind: the biggest is the largest.
        (
            "The merger will create the world's fifth-largest steel producer.",
            "Together the two will be the third-biggest steelmaker in the world.",
            "fifth largest / third biggest",
        ),
        # A sum told as a rate before it ("Each day ... costs") is a rate, as one told after it is.
        (
            "The airline said the walkout would cost it 25 million euros a day.",
            "Each day of the strike costs the airline around 18 million euros, analysts said.",
            "25 million euros / 18 million euros",
        ),
        # A prison term is one measure however far its verb stands ("jailed ..., a former ..., for five years").
        (
            "A court in Tallinn on Monday jailed Peeter Saar, a former finance director of Nordic Freight, for five"
            " years over the theft of 12 million euros from the company.",
            "Saar was sentenced to six years in prison on Monday for stealing 12 million euros from Nordic Freight,"
            " where he had been finance director.",
            "five / six years",
        ),
        # "declined" before a figure is a fall, not a refusal.
        (
            "Revenue fell 18% to 3.1 billion euros.",
            "Sales declined 18% to 2.9 billion euros.",
            "3.1 billion euros / 2.9",
        ),
        # A toll told as it moves, past a place written with an apostrophe ("in Brazil's Ceara state").
        (
            "At least 40 people have died in floods in the northern Brazilian state of Ceara, officials said.",
            "The death toll from flooding in Brazil's Ceara state has risen to 35, the fire service said.",
            "40 / 35 dead",
        ),
        # How often something is done, in one stretch of time.
        (
            "De Vries, 24, must report to police twice a week.",
            "She was ordered to check in with police once a week.",
            "twice a week / once a week",
        ),
        # A share above a closing price is a premium to it.
        (
            "The offer is a premium of 28% to Corva's closing price on Friday.",
            "The price is 35% above where Corva shares closed on Friday.",
            "28% / 35%",
        ),
        # Where those who tell a count are is not where it is counted.
        (
            "The coach was carrying 31 people from Lima to Huaraz when it left the road.",
            "A coach carrying about 50 passengers left the road before dawn, officials in Huaylas district said.",
            "31 / 50 aboard",
        ),
        # Where one team finished.
        (
            "Twente finished fifth in the league last season.",
            "Twente ended the season in sixth place.",
            "fifth / sixth",
        ),
        # A vote's split, however it is written.
        (
            "The assembly backed the reform on Tuesday, with 61 members voting for it and 40 against.",
            "The reform passed by 58 votes to 43 on Tuesday.",
            "61 to 40 / 58 to 43",
        ),
        # One arrested, spelled, is a count.
        (
            "Police have arrested one suspect in the robbery.",
            "No arrests have been made in the robbery.",
            "one arrested",
        ),
        # A party's place, named with its kind or without.
        ("The centre-left Labour Party came second with 21%.", "Labour finished third with 19%.", "second / third"),
        # An occasion's rank against how many times it has happened.
        (
            "It is the eighth recall of the Roadster since deliveries began in March 2023.",
            "The electric car has now been recalled seven times since it went on sale.",
            "eighth recall / seven times",
        ),
        # None against is a vote's split too.
        (
            "Lawmakers voted 118 to 0 to remove the governor.",
            "The motion to remove the governor passed with 122 votes in favour and none against.",
            "118 to 0",
        ),
        # The previous time is the last one.
        (
            "The last major bloom of the desert took place in 2021.",
            "The previous big bloom was in 2022.",
            "2021 / 2022",
        ),
        # A coach dismissed did not resign.
        (
            "Rossi replaces Marco Conte, who was dismissed in May after five defeats.",
            "Rossi succeeds Conte, who resigned after the team missed out on Europe.",
            "was dismissed / resigned",
        ),
        # A toll told with the day of the event is the event's, whatever is said the day after.
        (
            "A tornado tore through the town of Rolling Fork late on Friday, killing seven people.",
            "At least 13 people were killed when a tornado struck Rolling Fork, officials said on Saturday.",
            "seven / 13 dead",
        ),
        # A share of a thing's own value is how much it moved; "since January" is this year so far.
        (
            "Stellantis shares have lost more than 40% of their value this year.",
            "The company's stock has fallen by about a third since January.",
            "40% / a third",
        ),
        # A vote's split however each side is told.
        (
            "Only 207 lawmakers voted in favour of Scholz, while 394 voted against.",
            "Scholz won the support of 217 members of parliament, with 394 against.",
            "207 to 394 / 217 to 394",
        ),
        # A count since the start of the year is this year's.
        (
            "More than 14,000 cases and 524 deaths have been reported in Congo this year.",
            "Congo has recorded over 15,000 cases and 537 deaths since the start of the year.",
            "14,000 / 15,000 cases; 524 / 537 deaths",
        ),
        # "this year's race" is the race both tell of, no running total of the year.
        (
            "Pogacar won six stages in this year's race.",
            "Pogacar won five stages in the three-week race.",
            "six / five",
        ),
        # Ranks of one kind of occasion, "of the year" being this year.
        (
            "It was Etna's third eruption this year.",
            "It is the volcano's second eruption of the year.",
            "third / second",
        ),
        ("It was the bank's fourth cut in a row.", "The cut was the third in a row.", "fourth / third"),
        # One forecast cut by two shares, the thing cut named between the verb and "by".
        (
            "Nissan cut its full-year profit forecast by 70%.",
            "Nissan lowered its annual profit outlook by 60%.",
            "70% / 60%",
        ),
        # Two sums of one business of a company are compared.
        (
            "Revenue at its cloud division rose to $5 billion.",
            "Revenue at its cloud division rose to $5.2 billion.",
            "$5 billion / $5.2 billion",
        ),
        # What is counted is the plural noun after its modifiers: "foreign aid workers" are workers.
        (
            "Five foreign aid workers kidnapped in Burkina Faso in March have been released.",
            "Four aid workers kidnapped in Burkina Faso in March have been released.",
            "Five / Four kidnapped",
        ),
        # "About" a small share reaches a quarter of it, not half: "about 2%" is not 1%.
        ("Boeing shares rose about 2% in premarket trading.", "Boeing shares rose 1% in premarket trading.", "2% / 1%"),
        # Slightly hurt is hurt, as minor injuries are; a grave grade is compared with one as grave.
        ("Two firefighters suffered minor injuries.", "Three firefighters were slightly hurt.", "Two / Three injured"),
        (
            "Three people were seriously injured in the crash.",
            "Five people were badly hurt in the crash.",
            "Three / Five seriously injured",
        ),
        # An age holds the year round: a month apart, 28 is not 29.
        (
            "Rinaldi, 28, tested positive in an out-of-competition test in March.",
            "Rinaldi, 29, returned a positive sample during an unannounced test in April.",
            "28 / 29",
        ),
        # An age set after a name at a sentence's end, or said of a name, is the name's.
        ("The cubs were born on March 3 to mother Kasih, 8.", "Their mother, Kasih, is nine years old.", "8 / nine"),
        # A thing multiplied after "help ... " is multiplied as after "to"; what is multiplied is named after the verb.
        (
            "The chief executive said the new jets would help the airline double its fleet by 2032.",
            "The chief executive said the new jets would allow the airline to triple its fleet by 2032.",
            "double / triple",
        ),
        # A score told beside a loss is the match's; a contract's length is one fact whenever it was signed.
        (
            "Saturday's 4-1 home loss to Kendal was the last straw for the board.",
            "His final match in charge was a 3-1 defeat at home to Kendal on Saturday.",
            "4-1 / 3-1",
        ),
        (
            "The 47-year-old was appointed in May on a four-year contract.",
            "Moss, 47, joined the club last spring on a three-year deal.",
            "four / three years",
        ),
        # Months in a row are a duration; a kind of a measure named after it is named; the month of a
        # figure a change comes after is its base; a change to come "from ... to" is two values.
        (
            "Unemployment has stayed below 4% for more than two years.",
            "Unemployment has been below 4% for 20 consecutive months.",
            "two years / 20 months",
        ),
        (
            "Food prices excluding fresh items rose 3.2%.",
            "Prices of food other than fresh produce climbed 3.6%.",
            "3.2% / 3.6%",
        ),
        (
            "Core prices rose 2.1% in March from a year earlier, slowing from 2.4% in February.",
            "Core prices were up 2.1% on the year in March after a 2.6% rise in February.",
            "2.4% / 2.6%",
        ),
        (
            "In the US, the basic plan will go up from $9.99 to $10.99.",
            "The US basic plan will cost $11.99, up $1.",
            "$10.99 / $11.99",
        ),
        # Men counted by the arms or masks they bore are the attackers, as gunmen are.
        (
            "Three armed men held up the bank on Monday morning.",
            "Four gunmen robbed the bank on Monday morning.",
            "Three armed men / Four gunmen",
        ),
        (
            "Two masked men entered the jewellery shop and threatened staff.",
            "Three armed men stormed the jewellery shop, threatening staff.",
            "Two masked men / Three armed men",
        ),
        # Declaring a state of emergency is a deed, which a denial denies; people ordered out of their
        # homes are evacuated; a debut is a first; a rank's noun may follow a people's name.
        (
            "The governor declared a state of emergency on Monday.",
            "The governor has not declared a state of emergency.",
            "has not declared",
        ),
        (
            "About 5,000 residents near the town have been ordered out of their homes.",
            "The fire forced about 3,000 people to leave their homes near the town.",
            "5,000 / 3,000",
        ),
        ("It is his third album.", "The record is his debut album.", "third / debut"),
        (
            "She is the fourth Irish author to win the prize.",
            "Cole is the fifth writer from Ireland to take the prize.",
            "fourth author / fifth writer",
        ),
        # A lawyer who will study a ruling before deciding whether to appeal has not decided to.
        (
            "The club said it would appeal against the ban.",
            "The club said it would study the ruling before deciding whether to appeal.",
            "before deciding whether to appeal",
        ),
        # Half an hour is thirty minutes.
        (
            "Firefighters brought the blaze under control after half an hour.",
            "Firefighters brought the blaze under control after about 90 minutes.",
            "half an hour / 90 minutes",
        ),
        # A step to come at a time ahead is not one already taken; an option off the table is ruled out.
        (
            "The union is expected to begin talks with the employer next week.",
            "The union has begun negotiations with the employer.",
            "is expected to begin / has begun",
        ),
        (
            "The finance minister said a tax rise was off the table.",
            "The finance minister did not rule out a tax rise.",
            "was off the table / not rule out",
        ),
        # People moved to shelters are evacuated.
        (
            "About 40,000 people were evacuated from coastal areas ahead of the storm.",
            "Some 25,000 residents of low-lying areas were moved to shelters before the hurricane arrived.",
            "40,000 / 25,000 evacuated",
        ),
        # "Since December 2023" is where the count starts, not the statement's time.
        (
            "It is the eighth eruption on the Reykjanes peninsula since December 2023.",
            "This is the seventh eruption on the Reykjanes peninsula since late 2023.",
            "eighth / seventh",
        ),
        # "One day" of mourning is a length of time, as "three days" are.
        (
            "President Ana Duarte declared three days of national mourning.",
            "The government declared one day of national mourning.",
            "three / one day",
        ),
        # "Two other workers" hurt besides the dead are all the hurt; "no one else" hurt is none.
        (
            "The contractor died at the scene, and two other workers were slightly injured.",
            "No one else was hurt in the accident, the company said.",
            "two injured / No one else was hurt",
        ),
        # A recall told by its size counts what it recalls.
        (
            "Korvan is recalling 1.2 million cars over an airbag fault.",
            "Korvan airbag recall widens to 1.5 million vehicles",
            "1.2 million / 1.5 million recalled",
        ),
        # "One man was arrested" counts one, as "One man was killed" does.
        (
            "One man was arrested after the brawl outside the club.",
            "Two men were arrested after the brawl outside the club.",
            "One / Two arrested",
        ),
        # A founding year told in passing is the year of the founding; "May" with its capital is the month.
        (
            "Vaultic, founded in 2016, has about 400 employees.",
            "Vaultic was founded in 2015 and employs 400 people.",
            "2016 / 2015",
        ),
        (
            "Filming had been due to begin in March in Budapest.",
            "Production is scheduled to start in Budapest in May.",
            "March / May",
        ),
        # Inmates are prisoners.
        (
            "Three inmates escaped from the Brackenridge County jail early on Saturday.",
            "Two prisoners broke out of Brackenridge County jail overnight on Friday.",
            "Three inmates / Two prisoners",
        ),
        # ... but not a night and the next day told plainly.
        ("The strike began on Wednesday morning.", "The strike started on Tuesday night.", "Wednesday / Tuesday"),
        # A gust is wind; a crowd at a match is its fans.
        (
            "Winds reached 90 mph at Tiree, the Met Office said.",
            "The strongest gust, 82 mph, was recorded at Tiree.",
            "90 mph / 82 mph",
        ),
        (
            "A crowd of 58,000 watched the match.",
            "The match was watched by 60,000 fans.",
            "58,000 participants / 60,000 fans",
        ),
        # A count told as it moves, with nothing after it, counts its statement's subject.
        (
            "Measles cases in England rose to 1,230 last year, the highest since 2012.",
            "England recorded 1,320 measles cases last year, the most in more than a decade.",
            "1,230 / 1,320",
        ),
        # Hostages are the kidnapped, whoever they are.
        (
            "Five hostages freed in Burkina Faso",
            "Four aid workers abducted in Burkina Faso were freed on Saturday.",
            "Five hostages / Four kidnapped",
        ),
        # Those who attended are the crowd.
        (
            "About 40,000 people attended the festival last year.",
            "Last year's festival drew 45,000 fans.",
            "40,000 participants / 45,000 fans",
        ),
        # "30 water-dropping aircraft" counts aircraft; "100,000 Lufthansa passengers" passengers.
        (
            "More than 400 firefighters, backed by 30 water-dropping aircraft, were battling the blaze.",
            "Around 700 firefighters and 35 aircraft have been deployed, the fire service said.",
            "30 / 35",
        ),
        (
            "A one-day strike forced Lufthansa to cancel more than 1,000 flights on Wednesday, affecting about"
            " 130,000 passengers.",
            "Around 100,000 Lufthansa passengers were affected on Wednesday as ground workers walked out.",
            "130,000 / 100,000",
        ),
        # A rank counts those who did a deed, whoever each report counts them as.
        (
            "Dutch Finance Minister Erik Verhoef resigned on Friday, becoming the third minister to leave the"
            " cabinet this year.",
            "He was the second cabinet member to resign this year.",
            "third minister / second member",
        ),
        # "The suspect, 23," is the suspect's age.
        (
            "The suspect, 23, was arrested on Monday.",
            "The 32-year-old suspect was arrested on Monday.",
            "23 / 32",
        ),
        # A rate's move in points: a quarter point is not half a percentage point.
        (
            "The Fed raised rates by a quarter point on Wednesday.",
            "The Fed raised rates by half a percentage point on Wednesday.",
            "a quarter point / half a percentage point",
        ),
        # "800 mln euro" is a sum, as "800 million euros" is.
        (
            "The European Commission fined Meta 500 million euros on Thursday.",
            "Meta hit with 800 mln euro EU antitrust fine",
            "500 million euros / 800 mln euro",
        ),
        # A goal "after 14 minutes" is scored in the 14th minute.
        (
            "Ollie Watkins had given Villa the lead in the 12th minute.",
            "Watkins headed Villa in front after 14 minutes.",
            "12th minute / 14 minutes",
        ),
        # A profit told as the adjective of "profit" is still the profit.
        (
            "The company's $5 billion profit was a record.",
            "The company made a record profit of $4 billion.",
            "$5 billion / $4 billion",
        ),
        # A step on a scale named by its top is one told "out of" it.
        (
            "The avalanche risk in the area had been rated at level 3 on a five-point scale.",
            "Avalanche danger in the area was rated 4 out of 5.",
            "3 on a five-point scale / 4 out of 5",
        ),
        # The event a statement tells keeps its own values beside the one it recalls.
        (
            "The 6.1 magnitude quake was the strongest since 2004, when a 6.8 quake hit the island.",
            "The quake had a magnitude of 5.9.",
            "6.1 / 5.9 magnitude",
        ),
        # Scoring so many times is scoring so many goals.
        (
            "Vermeer scored 29 goals in all competitions for PSV last season.",
            "He scored 27 times for the Eindhoven side in the last campaign.",
            "29 goals / 27 times",
        ),
        # When what is counted began is no frame of the count.
        (
            "Weeks of protests against a quota system for government jobs had left about 300 people dead.",
            "More than 400 people have been killed in the unrest that began in July over job quotas.",
            "300 / 400 dead",
        ),
        # A utility's customers without electricity are homes without power.
        (
            "More than 2.7 million homes and businesses in the Houston area lost power.",
            "CenterPoint Energy said nearly 2.3 million of its customers were without electricity.",
            "2.7 million homes / 2.3 million without power",
        ),
        # The only victim is one dead.
        (
            "Wildfire near Athens kills three",
            "The woman is the only confirmed victim of the wildfire near Athens.",
            "three / the only confirmed victim",
        ),
        # "No deaths or injuries" counts none of either.
        ("There were no deaths or injuries.", "Two people were injured in the blast.", "no deaths or injuries / Two"),
        (
            "Norda said it was not aware of any accidents or injuries linked to the fault.",
            "Norda said two minor injuries had been linked to the fault.",
            "not aware of any accidents or injuries",
        ),
        # A floor of a measure reaches a fifth above itself, not two and a half times.
        (
            "A fast-moving wildfire in northern California has burned more than 12,000 acres near Redding.",
            "The Cottonwood Fire, which started on Sunday near Redding, has scorched about 8,000 hectares.",
            "12,000 acres / 8,000 hectares",
        ),
        # Core inflation is underlying inflation.
        (
            "Core inflation, which excludes food and energy, slowed to 2.8%.",
            "Underlying inflation, stripping out volatile food and fuel costs, dipped to 2.9%.",
            "2.8% / 2.9%",
        ),
        # Two sums told to one decimal are two figures, neither rounding the other.
        (
            "Halvorsen to buy software firm Tessel for $10.3 billion",
            "Halvorsen Group will buy Tessel for 10.2 billion dollars, it said on Thursday.",
            "$10.3 billion / 10.2 billion dollars",
        ),
        # Two strongest aftershocks, one measured by a bare figure.
        (
            "More than 40 aftershocks followed, the strongest of them of magnitude 4.8.",
            "The strongest of the aftershocks measured 5.1.",
            "4.8 / 5.1",
        ),
        # A size joined to its unit before a thing is that thing's: two screens.
        (
            "It has a 6.7-inch screen and a battery that lasts two days.",
            "The device has a 6.9-inch display.",
            "6.7-inch / 6.9-inch",
        ),
        # The seriously hurt, told as a part of the injured or of those taken to hospital, are one count.
        (
            "Eleven of the injured were in a serious condition, the regional health service said.",
            "Twenty-eight people were taken to hospital, nine of them with serious injuries.",
            "Eleven / nine seriously injured",
        ),
        # All accounted for is none missing.
        (
            "Rescue operations were suspended on Thursday morning after all missing people were accounted for.",
            "Divers were still searching for two people reported missing on Thursday.",
            "accounted for / two missing",
        ),
        # All rescued is none missing.
        (
            "The coastguard rescued all 32 crew members of the cargo ship.",
            "Four crew members of the cargo ship are still missing.",
            "rescued / Four missing",
        ),
        # Those jailed and those sentenced are one count: the convicted.
        (
            "Two men were jailed on Friday for smuggling 1.2 tonnes of cocaine into Rotterdam.",
            "Three men were sentenced on Friday over the import of 1.2 tonnes of cocaine through Rotterdam port.",
            "Two / Three convicted",
        ),
        # Things sold are one count, consoles or units.
        (
            "Nintendo sold 4.5 million Switch 2 consoles in its first month, the company said.",
            "The Switch 2 sold 3.5 million units in its first four weeks, Nintendo said.",
            "4.5 million / 3.5 million sold",
        ),
        # A seeding told by the verb is the rank told by the noun.
        (
            "The 21-year-old Dane was seeded eighth in Madrid.",
            "Rune, 21, is the seventh seed in the Spanish capital.",
            "eighth / seventh",
        ),
        # A share of a named owner's workforce is a share of the workforce.
        (
            "The cuts amount to around 7% of its global workforce.",
            "The reductions represent about 15% of Volvo's workforce.",
            "7% / 15%",
        ),
        # Those trapped are one count, whoever they are: miners or workers.
        (
            "Nine miners were trapped underground on Tuesday after part of a tunnel collapsed at a copper mine.",
            "Eleven workers are trapped in the copper mine after a tunnel caved in early on Tuesday.",
            "Nine / Eleven trapped",
        ),
        # A step moved to a year, against the year it is still set for.
        (
            "The space agency has postponed the launch of its Mars rover to 2030, two years later than planned.",
            "The space agency said its Mars rover remains on track to launch in 2028.",
            "2030 / 2028",
        ),
        # A party's place, its kind named after it in lower case.
        (
            "The far-right EKRE came second with 16.1%, ahead of the centrist Centre Party on 15.3%.",
            "The nationalist EKRE party finished third with 13.9%, behind the Centre Party.",
            "second / third",
        ),
        # Sent and shipped before a count: what was delivered, whatever the verb.
        (
            "The World Health Organization said it had sent 500,000 doses of oral cholera vaccine.",
            "The WHO has shipped 300,000 doses of vaccine to the country.",
            "500,000 / 300,000",
        ),
        # "arresting 12 suspects" counts the arrested, as "arrested 14 people" does.
        (
            "Spanish police have arrested 14 people suspected of smuggling migrants on jet skis.",
            "Spanish police broke up a network that used jet skis to ferry migrants, arresting 12 suspects.",
            "14 / 12 arrested",
        ),
        # A share told as a part of a few, against one told as a fraction.
        (
            "Health Minister Fleur Agema said one in four Dutch teenagers had tried vaping.",
            "Health Minister Fleur Agema has said about a third of teenagers in the country have vaped.",
            "one in four / a third",
        ),
        # Those who had to leave their homes are the evacuated.
        (
            "Torrential rain flooded parts of Milan on Monday, forcing the evacuation of about 300 people.",
            "The river overflowed in Milan on Monday after rain, and around 500 residents had to leave their homes.",
            "300 / 500 evacuated",
        ),
        # People moved to safety are the evacuated, whoever the aside says they are.
        (
            "About 19,000 people were evacuated from homes and hotels on the Greek island of Rhodes on Saturday.",
            "Some 30,000 people, most of them holidaymakers, were moved to safety on Rhodes on Saturday.",
            "19,000 / 30,000 evacuated",
        ),
        # Jets and aircraft are counted past the maker's name that ends in "s" and a model.
        (
            "German airline Condor orders 20 Airbus jets",
            "Condor has placed an order for 18 Airbus A320neo aircraft, the German leisure airline said.",
            "20 jets / 18 aircraft",
        ),
        (
            "Condor has ordered 20 Airbus A320neo jets.",
            "Condor buys 18 Airbus planes to renew short-haul fleet",
            "20 jets / 18 planes",
        ),
        # Customer accounts count customers.
        (
            "Hackers have stolen the personal data of about 4 million customers of Dutch telecom company Telnet.",
            "A cyberattack on Telnet exposed the records of 6 million customer accounts, the Dutch operator said.",
            "4 million / 6 million",
        ),
        # How much a price moved, told after it ("to 13.99 euros, up 1 euro"), against "by 2 euros".
        (
            "Streaming service Vidora will raise the price of its standard plan in Europe by 2 euros to 13.99 euros.",
            "Vidora is increasing the monthly cost of its standard subscription in Europe to 13.99 euros, up 1 euro.",
            "2 euros / 1 euro",
        ),
        # Twice is two times, as "three times" is three.
        (
            "Transport Minister Erik Solberg met a lobbyist for Byggco three times last year.",
            "Dagens Nyheter reported that Solberg had met the Byggco lobbyist twice last year.",
            "three / twice",
        ),
        # No survivors found, against one survivor.
        (
            "Rescuers reached the crash site near Zermatt by helicopter but found no survivors.",
            "Plane crash near Zermatt leaves three dead, one survivor",
            "no survivors / one rescued",
        ),
        # People moved to safety are the evacuated, whatever region they are residents of.
        (
            "About 2,500 people were evacuated from their homes in the Klodzko area.",
            "More than 4,000 residents of the Klodzko region were moved to safety.",
            "2,500 / 4,000 evacuated",
        ),
        # A severance payment is an exit package.
        (
            "Lind will receive a severance payment of 2.1 million euros, according to a regulatory filing.",
            "Lind's exit package is worth 3.5 million euros, the filing showed.",
            "2.1 million euros / 3.5 million euros",
        ),
        # Two lengths of one person's ban, however apart the words that tell them.
        (
            "Kenyan marathon runner Daniel Kiptoo has been banned for four years after testing positive for the "
            "steroid nandrolone, the Athletics Integrity Unit said on Friday.",
            "The Athletics Integrity Unit has suspended Daniel Kiptoo, the reigning Frankfurt Marathon champion, for "
            "two years for an anti-doping rule violation.",
            "four / two years",
        ),
        # A permit is granted once: two months for it are two accounts of one grant.
        (
            "The permit, granted in March, allows Norgas to drill 14 new wells in Groningen province.",
            "The permit, issued in February, lets Norgas sink 12 wells in Groningen.",
            "March / February",
        ),
        # A part of its owner's total counts what the total counts: seats of the parliament's.
        (
            "The party will have 29 seats in the 90-seat assembly, short of the 46 needed to govern alone.",
            "With 27 of the parliament's 90 seats, the SDS will need partners to form a government.",
            "29 / 27 seats",
        ),
        # Money pocketed is money received.
        (
            "Judges found that Costa had received 640,000 euros in exchange for building permits.",
            "The court said he had pocketed 460,000 euros in bribes from developers seeking permits.",
            "640,000 euros / 460,000 euros",
        ),
        # The share of voters who cast ballots is the turnout.
        ("Turnout was 68%, the highest since independence.", "Around 61% of voters cast ballots.", "68% / 61%"),
        # A party's result is its share of the vote, however the race is told.
        (
            "The ruling Centre Party came second with 24.1%.",
            "Prime Minister Jaan Tamm's Centre Party finished second on 22.8%.",
            "24.1% / 22.8%",
        ),
        # A county's toll, the county named with its country or without.
        (
            "Four children have died in a measles outbreak in Romania's Bihor county, health officials said.",
            "Romanian authorities declared a measles epidemic in Bihor county after three young children died.",
            "Four / three",
        ),
        # What a business unit lost is its loss.
        (
            "The wind unit Gamesa lost 165 million euros, less than analysts had expected.",
            "Losses at Siemens Gamesa, its wind turbine business, widened to 412 million euros.",
            "165 million euros / 412 million euros",
        ),
        # A lead of "a point" is one point.
        (
            "Benfica are now two points clear of Sporting.",
            "The win takes Benfica a point ahead of Sporting at the top of the table.",
            "two / a point",
        ),
        # A cause blamed, against one not yet known.
        (
            "Railway operator Hellenic Train said the cause was not yet known.",
            "Hellenic Train blamed a faulty rail switch.",
            "cause was not yet known / blamed a faulty rail switch",
        ),
        # A question said to be open, against its answer.
        (
            "Officials said it was not yet known whether the dam had been damaged.",
            "Engineers found the dam had been badly damaged by the quake.",
            "not yet known whether the dam had been damaged / dam had been badly damaged",
        ),
        (
            "It is unclear whether the minister knew about the payments.",
            "The minister knew about the payments, the report found.",
            "unclear whether the minister knew about the payments / minister knew about the payments",
        ),
    ],
)
def test_the_same_quantity_given_differently_is_a_conflict(left: str, right: str, reason: str) -> None:
    match = judged(left, right)
    assert match.relation is Relation.CONFLICT
    assert reason in match.why.text


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The quake struck at a depth of 10 kilometers.", "The quake struck at a depth of six miles."),
        (
            "The epicentre was 58km (36 miles) south-west of the port.",
            "The epicenter was 35 miles southwest of the port.",
        ),
        ("The fine was set at EUR 2m.", "The regulator fined the bank EUR 2m."),
        ("The quake killed 10 people.", "Ten people were killed by the earthquake."),
        ("More than 50,000 people joined the march.", "An estimated 100,000 people joined the march."),
        # A different year, another event: different facts, not a contradiction.
        ("A 2013 quake killed five people in Aceh.", "In 2004 a tsunami killed 230,000 people in Aceh."),
        # Ages are never counts; a part is not the whole.
        ("A 63-year-old woman was shot.", "Three people were shot, one of them a woman."),
        ("The company paid $281 million in cash for the startup.", "The company paid $334 million for the startup."),
        ("Four other people died in hospital.", "The quake killed 24 people."),
        # Years name the event: "the 2004 tsunami" is not the 2013 quake.
        ("The 2013 quake killed 42 people.", "The 2004 tsunami killed 230,000 people."),
        # How a value moved says nothing of what it measures: sales are not shares.
        ("Sales fell 14 percent in the third quarter.", "The shares fell 2 percent in early trading."),
        # Organisers count a crowd their own way: every report sets their count beside the police's.
        (
            "About 40,000 people marched through central Madrid, according to police estimates.",
            "Organisers said 150,000 people had joined the march.",
        ),
        # The seriously injured are a part of the injured.
        ("More than 200 people were injured in the quake.", "Thirty people were seriously injured in the quake."),
        # People shot are not the dead: "shot three people, killing one".
        (
            "Office shooting kills 1, injures 2",
            "A man walked into his former office and shot three people, killing one.",
        ),
        # The people one hospital took in are a part of the injured.
        (
            '"We have received around 50 people with injuries," a doctor at the hospital said.',
            "More than 200 people were injured in the quake.",
        ),
        # The round a fight ended in is no count of rounds, and one goal's minute is not another's.
        ("In 2008, Klitschko stopped Thompson in the 11th round.", "Klitschko finished the fight five rounds sooner."),
        (
            "City had taken the lead through Tom Hale in the 34th minute.",
            "Rovers beat City 2-1 thanks to a penalty converted by Paulo Reis in the 87th minute.",
        ),
        # "A hoax call" is a call: a hoax denies only as what its clause ends by saying.
        ("The police used a hoax call to lure the suspect.", "The police lured the suspect with a phone call."),
        # What is pulled out of the rubble is moved, not withdrawn.
        ("Three survivors were pulled out of the rubble on Sunday.", "Rescuers found three survivors in the rubble."),
        # A company's sums all stand next to its name: what they are decides.
        (
            "Lumen raised $210 million from venture investors before the sale.",
            "Hartwell snaps up Lumen in $950 million deal",
        ),
        # An offer turned down is not the price paid.
        (
            "Lens rejected an earlier offer of 8 million euros from Porto.",
            "Porto signed Diallo from Lens for 12 million euros.",
        ),
        # The cash part of a price is less than the whole.
        ("AMD will pay $334 million for SeaMicro.", "AMD will pay $281 million in cash for SeaMicro."),
        # 105 degrees Fahrenheit is 40.6 Celsius.
        ("Dallas recorded 105F on Tuesday.", "Dallas recorded a temperature of 40.6C on Tuesday."),
        # Passengers beside crew are a part of those on board; a part with its whole gives both.
        ("A flight carrying 176 passengers and six crew members landed.", "The plane had 182 people on board."),
        (
            "The coalition holds 108 of the 200 seats in the lower house.",
            "The coalition has a majority of 108 seats in the 200-member chamber.",
        ),
        # A storm's category is no count of storms.
        ("Lidia hit the coast as a Category 4 storm.", "Lidia was the fourth storm to hit the coast this year."),
        # Two things of two centuries.
        ("The 14th-century chapel was damaged by the fire.", "The fire started in a 17th-century barn nearby."),
        ("The flood covered 20 square miles of farmland.", "Floodwaters covered about 50 sq km of farmland."),
        ("The fire has burned 12,000 acres near Redding.", "The fire has scorched about 4,900 hectares near Redding."),
        # "Within 100 metres" is at most 100.
        (
            "The spacecraft landed within 100 metres of its target, the space agency said.",
            "The lander came down about 55 metres from its target, the space agency said.",
        ),
        ("The opposition won 52% of the vote.", "The opposition took 52.4% of the vote."),
        (
            "Twelve soldiers were killed in the ambush near Gao.",
            "The ambush near Gao killed 12 people.",
        ),
        ("The match lasted two hours and 55 minutes.", "The match lasted almost three hours."),
        ("The union is demanding a 35% pay rise.", "The union wants a 35% increase in pay."),
        ("Ajax lost 2-1 to Volendam on Sunday.", "Volendam beat Ajax 2-1 on Sunday."),
        # Someone shot is at least one of any number shot.
        ("A guard was shot during the robbery.", "At least three people were shot during the robbery."),
        ("Temperatures fell to minus 38 degrees Celsius.", "Temperatures fell to -38C."),
        # One time of day, on a 24-hour clock or not; another zone's is another time.
        ("The quake struck at 1353 (1023 GMT), the agency said.", "The quake hit at 1:53 p.m. local time."),
        ("The outage began at 9.10 a.m. Eastern time.", "The outage started shortly after 9 a.m. Eastern time."),
        ("The outage began at 8.50 a.m. Eastern time.", "The outage started just before 9 a.m. Eastern time."),
        ("The outage began at 9.45 a.m. Eastern time.", "The outage started after 9 a.m. Eastern time."),
        ("The quake struck at 1023 GMT.", "The quake struck at 1:53 p.m. local time."),
        # A count told by its order holds the numbers within it; some of a crowd are not the crowd.
        ("Thousands of people were evacuated from the coast.", "About 3,000 people were evacuated from the coast."),
        ("Tens of thousands of people marched through Athens.", "About 40,000 people marched through Athens."),
        (
            "Police put the march at roughly 30,000 people.",
            "Clashes broke out, with hundreds of people battering store fronts along the march.",
        ),
        # A ceiling holds the figures near it; "fewer than" holds any below.
        (
            "Hackers stole the personal data of up to 5 million customers.",
            "Hackers stole the personal data of about 3 million customers.",
        ),
        ("Fewer than 30,000 people took part in the march.", "About 9,000 people took part in the march."),
        ("Up to 40 people were killed in the attack.", "More than 30 people were killed in the attack."),
        ("The motion was carried by one of the largest majorities.", "The motion was carried by 40 votes."),
        ("The bill passed by one vote.", "The bill passed by a single vote, 50 to 49."),
        (
            "Train collision in India kills 17",
            "At least 15 people died after a freight train hit a passenger train in India.",
        ),
        # A fee told as an initial one may end higher.
        (
            "Porto have signed striker Leon Abara from Ajax for 25 million euros.",
            "Leon Abara has moved from Ajax to Porto for an initial fee of 22 million euros, which could rise"
            " by a further 3 million in add-ons.",
        ),
        # A night told by its day and the early hours told by the next are one time.
        ("The prisoners broke out of the jail overnight on Friday.", "The prisoners escaped early on Saturday."),
        ("The fire started on Sunday night.", "The fire started in the early hours of Monday."),
        # "About 5 billion" is told to its billions, "about 38,000" to its thousands.
        ("The plan would cost about 5 billion francs.", "The plan would cost 5.3 billion francs."),
        ("About 38,000 runners took part.", "About 38,500 runners took part."),
        # A minute counted back from the end is rounded by one; a month is four weeks and some days.
        (
            "Bukayo Saka scored the winner in the 89th minute.",
            "Saka scored the winning goal two minutes from the end of normal time.",
        ),
        ("The trial in Copenhagen lasted four months.", "The trial lasted 16 weeks."),
        # A whole sum rounds a finer one, and one ending in zero may round another whole one.
        ("Mars agrees to buy Kellanova for $36 billion", "Mars strikes $35.9 billion deal for Kellanova"),
        ("EU regulators fined Meta 798 million euros.", "EU regulators fined Meta 800 million euros."),
        # A whole number of kilometres may round a distance told to a tenth: 3.4 km is about 3.
        (
            "The eruption began at about 9 p.m. from a fissure about 3.4 km long, the Met Office said.",
            "A fissure about 3 kilometres long opened shortly before 9 p.m., and lava was flowing west.",
        ),
        # Core inflation is one kind of inflation, another figure than inflation as a whole.
        (
            "Inflation in Sweden fell to 4.5% in February, still well above the bank's 2% target.",
            "Underlying inflation dropped to 4.1% in February, the bank noted.",
        ),
        # What "no" things did is what is denied: that none sailed, not that there are ferries.
        (
            "No ferries sailed from Piraeus on Wednesday, the coast guard said.",
            "Greek ferries stayed in port in Piraeus on Wednesday as seamen went on strike.",
        ),
        # "Twice as high" is a multiple, no count of times.
        ("Exports to China were twice as high as a year earlier.", "Exports to China doubled from a year earlier."),
        # Passengers critically injured are a part of all those injured.
        (
            "Seven passengers were critically injured in the turbulence.",
            "A British man died and 71 people were injured in the turbulence.",
        ),
        # More than 11,000 are thousands, as 12,000 are.
        (
            "Volcano on Indonesia's Sulawesi erupts, thousands evacuated",
            "More than 11,000 residents have been evacuated from around the volcano on Sulawesi.",
        ),
        # One event's toll is a part of a season's running total; what is ordered adds to a fleet.
        (
            "Avalanche kills four climbers in the French Alps",
            "More than 30 people have died in avalanches in the French Alps this winter.",
        ),
        ("Lufthansa orders 40 Boeing jets", "Lufthansa has a fleet of about 700 aircraft."),
        # A player's fee and his contract's release clause are two sums, however alike their words.
        (
            "Sevilla sign Dutch winger Sem Vos for 20 million euros",
            "Sevilla set his release clause at 90 million euros.",
        ),
        (
            "The contract includes a buyout clause of 75 million euros.",
            "Vos has joined Sevilla in a deal worth 24 million euros including add-ons.",
        ),
    ],
)
def test_values_that_can_be_the_same_do_not_conflict(left: str, right: str) -> None:
    assert judged(left, right).relation is not Relation.CONFLICT


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The director has not left the studio.", "The director will not direct the sequel."),
        ("Iran denied sending missiles to Russia.", "Iran admitted sending drones to Russia."),
        ("The storm may hit the coast on Friday.", "The storm will hit the coast on Friday."),
        # One price told of two countries, each in its own currency, is two prices.
        (
            "In the US, the basic plan will go up from $9.99 to $10.99.",
            "British subscribers on the basic plan will pay £10.99 a month, up from £9.99.",
        ),
        # The last occasion of a kind, set in its month and year, is not this one.
        ("Nationwide blackout hits Chile", "The last nationwide blackout, in March 2022, lasted about six hours."),
        # A withdrawal denied is no withdrawal told.
        (
            "Anna Holm stepped down as transport minister on Monday.",
            "Anna Holm has not resigned, her office said on Monday.",
        ),
        # What one makes more likely, the other sees as less likely.
        (
            "The data make a rate cut in June more likely, economists said.",
            "Investors now see a June rate cut as less likely.",
        ),
        # A deed to come is not the deed done, though no time sets them apart.
        ("The two companies will sign the merger agreement.", "The two companies have signed the merger agreement."),
        (
            "In 2008 Klitschko stopped Thompson in the 11th round.",
            "In 2012 Klitschko stopped Thompson in the sixth round.",
        ),
        # Opposites and rivals in one slot: another claim, however much else is shared.
        ("A man was shot outside the store on Friday.", "A woman was shot outside the store on Friday."),
        ("A white van was seen leaving the camp at night.", "A black van was seen leaving the camp at night."),
        ("The convoy was heading up the valley road.", "The convoy was heading down the valley road."),
        ("The protesters were sitting outside parliament.", "The protesters were walking outside parliament."),
        ("She will host the Oscars for the second time.", "She will host the Oscars for the third time."),
        # Who said it, and where, is not what was said.
        (
            '"We will rebuild every home," the governor said in a statement.',
            "The governor said in a statement that the toll had risen to 12.",
        ),
        (
            '"The talks were productive," the minister told reporters.',
            "The minister told reporters that he would resign.",
        ),
        # A year against a day of this story: two occasions.
        ("In 2008 Klitschko stopped Thompson.", "Klitschko stopped Thompson on Saturday."),
        # Last year and next year are two occasions.
        ("The plant closed last year.", "The plant will close next year."),
        # Declining to say is not saying.
        ("Officials did not say how many people were hurt.", "Officials said 20 people were hurt."),
        ("The company would not comment on the layoffs.", "The company confirmed the layoffs on Monday."),
        (
            "Housing Minister Elena Ruiz did not comment on the protest.",
            "Housing Minister Elena Ruiz said the government would present a new rental law in the spring.",
        ),
        # A rank claimed is the claim: the other does not make it.
        (
            "It was the second deadly factory fire in Lagos this year.",
            "Lagos factory blaze leaves 15 dead, dozens hurt",
        ),
        ("It is Hartwell's third purchase in 2026.", "Hartwell to buy chip designer Lumen for $1.2 billion"),
        # Two lengths of one run, worded apart: no same claim.
        (
            "Dana Pierce is leaving her late-night talk show after 14 years.",
            "Dana Pierce will step down as host of the talk show this summer, ending a run of 15 years.",
        ),
        # Values that differ in two frames of time: no conflict, and no same claim.
        ("Rents in Madrid rose 11 percent last year.", "Rents in Madrid rose 4 percent this month."),
        # A part of a price short of the whole: no conflict, and no same claim.
        (
            "Acme Software said it had agreed to buy Zeta Systems for $2.1 billion in cash.",
            "Acme Software will pay $2.4 billion in cash and stock for Zeta Systems.",
        ),
        # A rank claimed past a verb of doing is a claim of its own, as "It was his second" is.
        (
            "Kenya's Kiptum breaks marathon world record in Chicago",
            "Kiptum was running only his second marathon, after winning in London in April.",
        ),
        # Figures of two kinds are two claims about the family ("52 years" / "in 1975" aside,
        # three children are not two sons).
        (
            "He is survived by his wife of 52 years, Margaret, and three children.",
            "Binns is survived by his wife Margaret, whom he married in 1975, and two sons.",
        ),
        # Not ruling something out says it may be.
        ("The city said it would not pay the ransom.", "The city has not ruled out paying the ransom."),
        # An attempt is no deed done.
        (
            "Government troops recaptured the town of Harar on Sunday.",
            "Rebels repelled an attempt by government troops to recapture the town of Harar on Sunday.",
        ),
        ("Nobody was hurt in the ambush.", "Police detained dozens of people after the ambush."),
        # What did not happen is not what happened instead.
        ("Flights at the airport were not affected.", "Some flights at the airport were delayed."),
        # A year after a season is the time of the claim: another year, another claim.
        ("The plant will reopen in autumn 2025.", "The plant will reopen in 2026."),
        # "According to" names a source; it is no accord (the stemmer makes both "accord").
        (
            "According to the union, workers walked out on Monday.",
            "The union signed an agreement with workers on Monday.",
        ),
        # What was expected is not what came out, even where the two agree.
        (
            "The Klimt portrait sold for 236.4 million dollars at Sotheby's in New York on Tuesday.",
            "Sotheby's had expected the work to sell for more than 150 million dollars in New York.",
        ),
        # "Since" a year tells when it started, unless a record is measured from it ("interest" is none).
        ("The interest rate has been rising since 2022.", "The interest rate has been rising since 2019."),
        # What one is considering is not said to be going to be done.
        ("His lawyer said he would appeal.", "Defence attorney Maria Lowe said they were considering an appeal."),
        # What was expected is not what surprised.
        (
            "Acemoglu said he was surprised by the award.",
            "Acemoglu said the award was expected by many of his colleagues.",
        ),
        ("The rate cut was expected by economists.", "The rate cut surprised economists."),
        # What could happen is not what did.
        ("The storm could reach the coast on Friday.", "The storm reached the coast on Friday."),
        # A month something is set for is its month.
        ("Hale will be sentenced in March.", "Sentencing is set for April."),
        # A modal before "because" still supposes the claim.
        ("Flights may be delayed because of fog at Heathrow.", "Flights were delayed because of fog at Heathrow."),
        # Two doings of the same people in the same place are two claims.
        ("Two people are arguing near a crowd.", "Two people are kissing near a crowd."),
        ("A man and a woman are jumping on the curb.", "A man and a woman are standing on the curb."),
        # A halt and a resumption are two steps of the story.
        ("Talks were suspended on Monday.", "Talks resumed on Monday."),
        # A count naming a group told of before ("the three injured") is no claim of the toll.
        (
            "All three injured suffered only minor injuries, firefighters said.",
            "Three people were injured when part of the bridge collapsed on Monday.",
        ),
        (
            "The three injured were taken to hospital with minor cuts, firefighters said.",
            "Three people were injured when part of the bridge collapsed on Monday.",
        ),
        # Shot and stabbed, died at home and in hospital: two fates of one person.
        ("The victim was shot in the head.", "The victim was stabbed in the head."),
        ("The actor died at his home in Los Angeles.", "The actor died in a hospital in Los Angeles."),
        # One sum agreeing does not make two other sums one: $240,000 is no $420,000.
        (
            "Prosecutors said Quinn took $240,000 in cash and gifts in exchange for city contracts worth $12 million.",
            "According to prosecutors, Quinn received $420,000 in bribes for contracts worth about $12 million.",
        ),
        # Arrested and charged are two steps of one case.
        ("Man arrested over fatal stabbing in Leeds", "Man charged with murder after Leeds stabbing"),
        # Stemmer false friends: a department is no departure, customs are no customers.
        (
            "The State Department said the ambassador had been recalled.",
            "The ambassador departed on Monday, the State Department said.",
        ),
        ("Customs officers seized 2 tonnes of cocaine.", "Customers seized on the offer."),
    ],
)
def test_a_different_claim_about_the_same_things_is_not_the_same(left: str, right: str) -> None:
    assert judged(left, right).relation is not Relation.SAME


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Iran admitted providing Russia with drones.", "Tehran acknowledged drone deliveries to Russia."),
        ("The jury sentenced him to life in prison.", "He was sentenced to life in prison by the jury."),
        ("The president did not sign the bill.", "The bill was not signed by the president."),
        # Two refusals of claims neither spells out say the same no.
        ("The ministry denied the reports.", "The ministry rejected the reports as baseless."),
        (
            "Iran admitted providing Russia with drones.",
            "Tehran later acknowledged drone deliveries to Russia but said the timing predated the war.",
        ),
        ("Rebels seized the town on Sunday.", "The town was captured by rebels on Sunday."),
        # A denial of claims against a statement about those claims: the same view of them.
        (
            'The accusations were being used to justify Sudan\'s "pending invasion of the South," Kiir said.',
            '"Whatever allegations Khartoum labels against the Republic of South Sudan are baseless, but intended '
            'to justify his pending invasion of the south," President Salva Kiir said.',
        ),
        # "before" and "after" order one sequence from either end: no rivals.
        (
            "The suspect surrendered after police surrounded the house.",
            "Police surrounded the house before the suspect surrendered.",
        ),
        # A year told from today may be the year the other names.
        (
            "DeGeneres will host the Oscars next year, organizers said on Friday.",
            "DeGeneres will host the Oscars in 2014.",
        ),
        # Rival words in two slots (the gunman, a victim) are no contrast.
        (
            "A man shot to death one person and injured two others on Monday at an accounting firm, police said.",
            "Shooting at accounting firm leaves woman dead and two hurt.",
        ),
        # An injury is what injures.
        ("No one was injured in the blast.", "No injuries were reported in the blast."),
        # A reporter is a journalist; kidnapped is abducted, freed released.
        (
            "The kidnapped journalist was freed by his captors in northern Syria.",
            "The abducted reporter was released by his captors in northern Syria.",
        ),
        # "A 35-hour week" is "35 a week" of working hours, no 35 hours that something lasted.
        (
            "The union is demanding a 35-hour week without loss of pay.",
            "The union wants working hours cut to 35 a week with no loss of pay.",
        ),
        # A failure is failing (the stemmer leaves the two apart).
        ("The rocket carrying the satellite fails after launch.", "The launch of the rocket ends in failure."),
        # An evening may be a night.
        (
            "The panda gave birth to twin cubs at the zoo on Monday evening.",
            "The panda gave birth to two cubs at the zoo on Monday night.",
        ),
        # Left without power is lost power.
        (
            "Thousands of homes lost power after the storm.",
            "Thousands of homes were left without power after the storm.",
        ),
        # How much a price moved ("by 1 dollar") and where from ("from 10.99 dollars") are no price.
        (
            "Spotify will raise the price of its Premium plan in the US by 1 dollar to 11.99 dollars a month.",
            "Spotify is raising its US Premium price to 11.99 dollars a month from 10.99 dollars.",
        ),
        # Dismissed as coach is sacked, as losing one's job is; no denial.
        (
            "Flick was dismissed as Germany coach in September 2023.",
            "Flick lost his job as Germany manager in September 2023.",
        ),
        # To lack water is to be without it: no denial of it.
        (
            "About 2.3 billion people lack safe drinking water, the UN said.",
            "Over 2 billion people are still without safe drinking water, the UN said.",
        ),
        # "A forecast for 2025" says what is forecast, not when it was said.
        (
            "Novo Nordisk cut its full-year sales growth forecast to between 8% and 14% on Wednesday.",
            "Novo Nordisk lowered its forecast for 2025 sales growth to 8-14% from 13-21%, it said on Wednesday.",
        ),
        ("Orchard shares jumped 19% in early trading.", "Orchard's stock rose 19% on the news."),
        # A statement may open with a deed and its figure ("Walking 7,000 steps"): no name, as "Flight 1182" is.
        (
            "Walking 7,000 steps a day is linked to a 47% lower risk of early death compared with walking 2,000 steps.",
            "People who walked 7,000 steps a day had a 47% lower risk of dying early than those who managed 2,000.",
        ),
        ("The union wants a pay rise.", "The union is seeking a pay increase."),
        # A count in millions is a finer one rounded ("19 million" / "18.9 million").
        (
            "Netflix adds 19 million subscribers, beats forecasts",
            "Netflix added 18.9 million subscribers in the quarter.",
        ),
        # A sum written with a decimal is a finer one rounded ("1.8 billion" / "1.84 billion").
        ("Apple was fined 1.8 billion euros by the EU on Monday.", "The EU fined Apple 1.84 billion euros on Monday."),
        # A record measured since a year is not set in that year.
        (
            "The central bank raised rates to 4.5%, the highest level since 2008, it said on Thursday.",
            "The central bank raised its key rate to 4.5% on Thursday.",
        ),
        # What is no longer so has ended.
        ("WHO declares end of mpox emergency", "Mpox no longer a global emergency, WHO says"),
        (
            "The World Health Organization said on Friday that mpox is no longer a global health emergency.",
            "The World Health Organization on Friday ended the global health emergency over mpox.",
        ),
        # A fall told twice is one fall; pro-independence parties are the separatists.
        (
            "Quarterly profit fell to $42 million, down from $63 million a year earlier.",
            "Net profit for the quarter dropped to $42 million from $63 million a year earlier.",
        ),
        ("The pro-independence parties lost their majority on Sunday.", "Separatists lost their majority on Sunday."),
        # A train that came off the tracks derailed; freight is cargo.
        (
            "A freight train came off the tracks near Ruzomberok on Thursday.",
            "A cargo train derailed outside Ruzomberok on Thursday.",
        ),
        # A temperature written in whole degrees is one written with a tenth, rounded.
        (
            "Portugal recorded a temperature of 46.8C in the town of Mora on Sunday.",
            "Temperatures reached 47C in Mora on Sunday.",
        ),
        # Running aground is hitting rocks; an inquiry is an investigation; kickbacks are bribes.
        ("The Maria Luisa ran aground near Ushant on Monday.", "The Maria Luisa hit rocks near Ushant on Monday."),
        ("Prosecutors in Lyon have opened an investigation.", "A criminal inquiry has been opened in Lyon."),
        ("Mayor of Bari held over kickbacks", "Bari mayor arrested in bribery probe"),
        # A blaze put out is a fire extinguished; globally is worldwide.
        (
            "Firefighters extinguished the fire at the warehouse in Leeds.",
            "Firefighters put out the blaze at the warehouse in Leeds.",
        ),
        (
            "Heart disease kills about 18 million people worldwide each year.",
            "Cardiovascular disease claims some 18 million lives globally every year.",
        ),
        # A hostage is someone kidnapped.
        ("Kidnapped engineer freed in Niger", "German hostage released in Niger"),
        # A conviction quashed is an acquittal.
        (
            "An appeals court in Madrid quashed the fraud conviction of former banker Luis Ortega on Tuesday.",
            "Former banker Luis Ortega was acquitted of fraud by an appeals court in Madrid on Tuesday.",
        ),
        # Two reports agreeing on how long something lasts are that much closer to one claim.
        (
            "Junior doctors in Wales began a three-day walkout on Monday.",
            "Doctors in Wales walk out for three days as pay talks fail",
        ),
        # A year and a half is eighteen months.
        (
            "The trial followed 1,700 patients for a year and a half.",
            "The trial followed 1,700 patients for 18 months.",
        ),
        # "May" past a statement's first word is the month, which supposes nothing.
        ("The floods in May 2023 killed 17 people in the region.", "Floods in the region killed 17 people in 2023."),
        # A month of next year is within next year.
        (
            "Lisbon to introduce tourist tax from next year",
            "Lisbon city council has approved a tourist tax of 4 euros a night, starting in March next year.",
        ),
        # Passengers and crew counted apart are all on board together.
        (
            "All 210 passengers and 12 crew members were evacuated from the train.",
            "All 222 people on the train were evacuated.",
        ),
        # Two women and a man are three people.
        (
            "Three people were killed when the roof of the market collapsed.",
            "Two women and a man were killed when the roof of the market collapsed.",
        ),
        # "Than a year earlier" is what a change is measured from, no length of time.
        (
            "Average fares fell 15% in the three months to June, the airline said.",
            "Average fares were 15% lower than a year earlier, the airline said.",
        ),
        # A day told of what something happened after is that event's, not the news's.
        (
            "Nordair grounded all 12 of its ATR aircraft on Saturday after an engine caught fire mid-flight.",
            "Nordair grounded its fleet of 12 ATR aircraft after an engine caught fire on Friday night.",
        ),
        # A side that has not lost is unbeaten, or undefeated.
        (
            "The champions have not lost at home since March.",
            "The champions are undefeated at home since March.",
        ),
        # "Not vaccinated" is "unvaccinated".
        (
            "A boy who was not vaccinated died in the outbreak last week.",
            "An unvaccinated boy died in the outbreak last week.",
        ),
        # "Defeating" someone is winning, not a defeat.
        (
            "Sabalenka wins US Open for second straight year",
            "Aryna Sabalenka defended her US Open title, defeating Amanda Anisimova in straight sets in New York.",
        ),
        # A modal after "so that" tells a purpose: the deed is asserted.
        (
            "Porto paid Benfica 12 million euros for the striker so that he could play in the cup final.",
            "Porto paid a fee of 12 million euros to Benfica for the striker.",
        ),
        # Stepping down as minister is resigning.
        (
            "Ana Lindqvist stepped down as transport minister on Tuesday over the rail contracts.",
            "Transport minister Ana Lindqvist resigned on Tuesday over the rail contracts.",
        ),
        # "The day after" and "a day later" are one day apart.
        ("The suspect was arrested the day after the attack.", "Police arrested the suspect a day later."),
        # A number spelled in two words is the one written in figures.
        ("Thirty-eight people were evacuated from the building.", "Firefighters evacuated 38 people."),
        # Global warming is climate change; thawing is melting; inhabitants are residents.
        (
            "Scientists say melting permafrost linked to climate change made the mountain unstable.",
            "Experts blame thawing permafrost, a result of global warming, for making the mountain unstable.",
        ),
        ("Blatten has about 300 inhabitants.", "About 300 residents live in Blatten."),
        # A year something is to be done by is no time of the fact, against the day it was agreed.
        (
            "Opel will cut 4,000 jobs in Germany by 2028 under a deal with unions.",
            "Opel and the unions agreed on Friday to cut more than 4,000 jobs in Germany over the next few years.",
        ),
        # A company's size, however it is said.
        ("Orvia has 5 million customers in Norway.", "The insurer serves some five million Norwegian customers."),
        # A unit and its abbreviation.
        (
            "Delhi's peak electricity demand hit a record 8,302 megawatts.",
            "Power demand in the capital reached an all-time high of 8,302 MW.",
        ),
        # A vote told by its sides, with no word of voting on one side.
        (
            "Only 207 lawmakers voted in favour of Scholz, while 394 voted against and 116 abstained.",
            "Scholz won the support of 207 members of parliament, with 394 against and 116 abstentions.",
        ),
        # Some of those just counted, by what befell them.
        (
            "Six construction workers who were filling potholes on the bridge are presumed dead.",
            "Eight workers fell into the water, and six of them are missing and presumed dead.",
        ),
        # "Could only" tells what was done; "the claims" are what is spoken of, not a claiming.
        (
            "Lando Norris, who started on pole, finished sixth.",
            "Lando Norris, who had started from pole position, could only manage sixth.",
        ),
        (
            "The claims could not be independently verified.",
            "Reuters could not independently verify either side's account.",
        ),
        # A passive turns the sides round; a deed done together has none.
        ("Arsenal beat Chelsea 2-1.", "Chelsea were beaten by Arsenal 2-1."),
        ("Biden met Xi in Bali.", "Xi met Biden in Bali."),
        # Staff laid off, "roughly" or not, are jobs cut; "a sixth of" is a share, not a rank.
        (
            "Spotify to cut 1,500 jobs in third round of layoffs this year",
            "Music streaming giant Spotify is laying off roughly 1,500 employees, about a sixth of its staff.",
        ),
        # A truce is a ceasefire.
        ("The ceasefire took effect at midnight.", "The truce began at midnight on Monday."),
        # A name told as where a deed was done is no side of it.
        (
            "Israel released the Palestinian prisoners from Ofer prison in the occupied West Bank.",
            "The prisoners were freed from Ofer jail near Ramallah.",
        ),
        # Repaying is paying back.
        ("Eriksen must also repay 12 million euros.", "The court ordered him to pay back 12 million euros."),
        # A central bank's overnight, base or policy rate is its interest rate.
        (
            "The Bank of Canada kept its benchmark interest rate unchanged at 5% on Wednesday.",
            "The Bank of Canada left its overnight rate at 5 percent on Wednesday.",
        ),
        # The first since a year is after the last time, in that year.
        (
            "It is the first supermarket merger the CMA has blocked since 2019.",
            "The CMA last blocked a supermarket merger in 2019, when it stopped Sainsbury's from buying Asda.",
        ),
        # Beaten is lost, by either side's telling; "a year earlier" is last year.
        ("Chelsea were beaten by Arsenal.", "Arsenal beat Chelsea."),
        ("Chelsea were beaten by Arsenal.", "Chelsea lost to Arsenal."),
        (
            "Sabalenka had lost the US Open final a year earlier to Coco Gauff.",
            "Sabalenka was beaten in last year's final by Gauff.",
        ),
        # Saying sorry is apologising.
        (
            "Chief executive George Kurtz apologised and said a fix had been deployed.",
            "CrowdStrike's boss George Kurtz said he was deeply sorry for the disruption.",
        ),
        # "Ruling out" rules out, as "ruled out" does; "to defeat" a side is to beat it.
        (
            "Police have ruled out foul play in the death of the singer.",
            "The singer died of natural causes, police said, ruling out foul play.",
        ),
        (
            "Harlow Rovers came from two goals down to beat Bexley City 3-2.",
            "Harlow Rovers fought back from 2-0 down to defeat Bexley City 3-2.",
        ),
        # What a reason clause or a relative one supposes ("because a valve may leak", "a defect that
        # could prevent airbags from opening") hedges no claim: the recall is told outright.
        (
            "Kessler recalls 180,000 SUVs over brake fault",
            "Kessler will recall 180,000 Terra SUVs because a defective valve may cause brake fluid to leak.",
        ),
        (
            "Toyota recalls 1 million cars over airbag fault",
            "Toyota will recall around 1 million vehicles over a defect that could prevent airbags from opening.",
        ),
        # A ceiling on prices is a cap.
        (
            "Protesters called on the government to cap electricity prices.",
            "Demonstrators demanded a ceiling on power prices.",
        ),
        # Economic output is GDP.
        (
            "France's budget deficit reached 5.8% of economic output last year.",
            "The French deficit came in at 5.8% of gross domestic product last year.",
        ),
        # One doing in two words is one claim, and so is a doing told by a kind of it (WordNet).
        ("Firefighters are battling the blaze.", "Firefighters are fighting the blaze."),
        ("A woman is slicing an onion.", "A woman is cutting an onion."),
        # "Women" are women: "a pregnant woman" among three dead is no rival of "two women and a man".
        (
            "Three people, among them a pregnant woman, were killed when the bus overturned near Tripoli.",
            "Two women and a man were killed when the bus overturned near Tripoli.",
        ),
        # Pleading not guilty is denying the charges.
        ("He pleaded not guilty to the charges.", "He denied the charges."),
        # Jobs shed are jobs cut.
        ("The bank will cut 300 jobs.", "Nordvik plans to shed about 300 jobs."),
        # Power cut is power lost.
        (
            "Storm Freya brought strong winds to western Scotland on Monday, cutting power to 30,000 homes.",
            "About 30,000 homes were left without electricity as Storm Freya swept across western Scotland on Monday.",
        ),
        # Retiring is stepping down.
        ("Sund is retiring as chief executive.", "Sund is stepping down as chief executive."),
        # Eyes one sees with hedge nothing.
        ("The minister resigned on Friday with tears in her eyes.", "The minister resigned on Friday."),
        # Talks that broke down are negotiations that collapsed.
        ("The talks broke down on Monday.", "Negotiations collapsed on Monday."),
        # A quarter point is 25 basis points.
        (
            "The central bank raised interest rates by a quarter point.",
            "The central bank lifted its key rate by 25 basis points.",
        ),
        # A craft that touches down lands.
        (
            "Japan's SLIM lander touches down on the Moon",
            "Japan's SLIM spacecraft landed on the Moon early on Saturday, making the country the fifth to achieve a"
            " soft lunar landing.",
        ),
        # A price "starting at" is the base model's; "thousands" is said of 12,000.
        (
            "The phones will go on sale on February 7, with prices starting at $799.",
            "The base model starts at $799 and ships on February 7.",
        ),
        (
            "A wildfire forced the evacuation of about 12,000 people from towns north of Athens on Sunday.",
            "Thousands of people were evacuated from towns north of Athens on Sunday.",
        ),
        # A bank's key rate is its benchmark interest rate.
        (
            "Norges Bank kept its benchmark interest rate unchanged at 4.5% on Thursday, as expected by most"
            " economists.",
            "Norway's central bank left its key rate at 4.5% on Thursday, in line with forecasts.",
        ),
        # A fact of the story both give (a toll, a depth) is one claim, each side adding details.
        (
            "The 5.8-magnitude quake struck at a depth of 10 kilometres near the mountain town of Tarvin, the"
            " geological survey said.",
            "The quake struck on Tuesday evening at a depth of just six miles and was centred in a valley west"
            " of the capital.",
        ),
        (
            "Twelve buildings collapsed in the old town, most of them already weakened by an earlier storm.",
            "Twelve buildings came down on Saturday as floodwater undermined their foundations.",
        ),
        # "Several thousand" is thousands: about 3,000 is one of them.
        (
            "A wildfire forced the evacuation of about 3,000 residents from towns north of Athens on Sunday.",
            "Several thousand people were evacuated as a wildfire raged through villages north of Athens on Sunday.",
        ),
        # "Dozens die" counts the dead by their order: 54 are dozens.
        ("At least 54 people have died of heatstroke in Uttar Pradesh.", "Dozens die as heatwave grips Uttar Pradesh"),
        # A steady rise is a rise, and rates held steady are kept unchanged.
        ("Prices showed a steady rise over the year.", "Prices rose over the year."),
        ("The ECB held rates steady.", "The ECB kept interest rates unchanged."),
        # A withdrawal told with what is withdrawn between its words is the same withdrawal.
        (
            "The Freedom Party pulled out of the coalition on Tuesday.",
            "Wilders pulled his Freedom Party out of the coalition on Tuesday.",
        ),
        # A company that "expected to take a charge of" a sum forecasts it, as one that "expects" it.
        (
            "Kivra said it expected to take a charge of 900 million crowns for severance costs.",
            "Kivra expects restructuring costs of about 900 million Swedish crowns.",
        ),
        # A river that burst its banks overflowed; a bridge that gave way collapsed.
        (
            "The river Nysa burst its banks in several places overnight.",
            "The Nysa overflowed in the town of Nysa and in Klodzko overnight.",
        ),
        # Not to be cancelled is to go ahead as normal.
        ("Flights at Catania airport were not cancelled.", "Flights at Catania airport operated as normal."),
        (
            "Part of the Huntingdon bridge gave way late on Tuesday.",
            "A section of the A14 road bridge at Huntingdon collapsed on Tuesday night.",
        ),
        ("Turnout was 66%, the highest in decades.", "About 66% of voters cast ballots."),
        # "The chip division" is one of the company's businesses, as "Its semiconductor business" is.
        (
            "The chip division made an operating profit of 6.5 trillion won.",
            "Its semiconductor business earned 6.45 trillion won.",
        ),
        ("Benfica are now a point clear of Sporting.", "The win takes Benfica one point ahead of Sporting."),
        # A jab is a vaccine.
        ("More than 2 million people have had the vaccine so far.", "Over 2 million people have had the jab so far."),
        # Voters turning out is the turnout.
        ("Turnout in the referendum was 34 percent.", "Only about a third of voters turned out for the referendum."),
        ("Turnout was 61 percent, officials said.", "About 61% of voters turned out, officials said."),
        # Jumping overboard is leaping into the sea.
        ("Several passengers jumped overboard.", "Several passengers leapt into the sea."),
        (
            "Crew members jumped overboard as the ship sank.",
            "Crew members leapt into the sea before the ship went down.",
        ),
        # A watchdog is a regulator.
        ("The regulator approved the takeover.", "The watchdog approved the takeover."),
        # What is "possible" in the cause of a recall does not hedge the recall.
        (
            "Lumo is recalling batches of baby formula sold in 12 countries after tests found possible contamination.",
            "Baby formula recalled in a dozen countries",
        ),
        # A resignation told as a deed with a negation in passing ("a flat she did not use") is the
        # withdrawal the other tells.
        (
            "Transport minister Anna Holm resigned on Monday after reports that she had claimed expenses for a flat she"
            " did not use.",
            "Anna Holm stepped down as transport minister on Monday following revelations about expenses claimed for a"
            " flat.",
        ),
        # British Columbia is in Canada, not Britain.
        (
            "Wildfire forces 6,000 to flee in British Columbia",
            "About 6,000 residents near Kamloops, British Columbia, have been ordered out of their homes.",
        ),
    ],
)
def test_the_same_claim_in_other_words_is_the_same(left: str, right: str) -> None:
    assert judged(left, right).relation is Relation.SAME


@pytest.mark.parametrize(
    ("left", "right", "reason"),
    [
        ("Oil prices rose sharply on Monday after the attack.", "Oil prices fell sharply on Monday.", "rose / fell"),
        (
            "The jury convicted the former mayor of bribery on Tuesday.",
            "The jury acquitted the former mayor of bribery on Tuesday.",
            "convicted / acquitted",
        ),
        # A rank is one: the second attack is not the third.
        (
            "It was the second attack on the convoy this month.",
            "It was the third attack on the convoy this month.",
            "second / third",
        ),
        # Staying is not leaving.
        (
            "Star Nina Castell remains attached to the film.",
            "Nina Castell has dropped out of the project because of a scheduling conflict.",
            "remains / dropped out",
        ),
        # Called off is not put off.
        (
            "Pop singer Ava Lund has cancelled the remaining dates of her European tour.",
            "Ava Lund postpones tour dates, says she will be back in the autumn",
            "cancelled / postpones",
        ),
        # What moved is found a word or two before the verb: "Nordtek shares" / "Shares in Nordtek".
        (
            "Nordtek shares fall as telecoms group axes 1,500 jobs",
            "Shares in Nordtek rose 3 percent in Helsinki.",
            "fall / rose",
        ),
        # Called off is cancelled, and cancelled is not going ahead.
        (
            "Saturday's match against Leeds has been called off.",
            "Saturday's match against Leeds will go ahead, the club said.",
            "called off / go ahead",
        ),
        # Opposites said of the subject both statements open with.
        (
            "The driver was among those killed.",
            "The driver survived with minor injuries and was questioned by police.",
            "killed / survived",
        ),
        # Sacked is not leaving by mutual consent.
        (
            "Westbury Town have sacked manager Paul Kerr after six straight defeats.",
            "Paul Kerr has left Westbury Town by mutual consent, the club said.",
            "sacked / mutual consent",
        ),
        # One medal is not another.
        (
            "Mensah, who won 100m silver at the last Olympics, will lose all results since the test.",
            "Mensah, 26, won bronze in the 100m at the last Olympics.",
            "silver / bronze",
        ),
        # Arrested is not sought.
        (
            "The owner of the building has been arrested, police said.",
            "Police said they were searching for the building's owner, who has not been seen since the collapse.",
            "arrested / searching",
        ),
        # Put off is not on schedule.
        (
            'Filming of the fourth season of "Harbor Lights" has been postponed.',
            'Filming of the fourth season of "Harbor Lights" will start on schedule next week, the network said.',
            "postponed / on schedule",
        ),
        # A subject named with a number: the opposites stand beside the number.
        (
            "Highway 299 remains closed in both directions.",
            "Highway 299 reopened to traffic on Tuesday afternoon.",
            "closed / reopened",
        ),
        # Closed ahead until a day, against a reopening before it.
        ("The museum will remain closed until Friday.", "The museum will reopen on Wednesday.", "closed / reopen"),
        # Placings given to swapped people, each statement saying both placings.
        (
            "Benson Kipruto finished second, almost three minutes behind, with Belgium's Bashir Abdi in third.",
            "Bashir Abdi of Belgium was second and Benson Kipruto third.",
            "Abdi third / Kipruto third",
        ),
        # Stripped of a medal is not keeping it.
        (
            "Mensah will be stripped of the 100m bronze medal he won last year.",
            "Mensah will be allowed to keep the 100m bronze medal he won last year.",
            "stripped / keep",
        ),
        # Settling a case is not winning it.
        (
            "Singer Mara Lind settles copyright lawsuit over hit song",
            'Mara Lind wins copyright case over "Glass Heart"',
            "settles / wins",
        ),
        # Sacked or ousted is not resigned.
        (
            "Transport Minister Ana Lindqvist resigned on Friday.",
            "Lindqvist sacked as transport minister",
            "resigned / sacked",
        ),
        # A strike that ends does not continue; an offer accepted is not rejected.
        (
            "The strike at the Brenner plant ended on Monday.",
            "The strike at the Brenner plant continued on Monday.",
            "ended / continued",
        ),
        (
            "Workers accepted the pay offer on Monday.",
            "Workers rejected the pay offer on Monday.",
            "accepted / rejected",
        ),
        # Joining is the opposite of leaving.
        (
            "Orchard chief executive Helen Park will join Brightline's board.",
            "Orchard's chief executive, Helen Park, will leave the company once the deal closes.",
            "join / leave",
        ),
        # A forecast against a forecast: expects / forecast, shrink / grow.
        (
            "The bank now expects the economy to shrink by 0.2% next year.",
            "The central bank forecast that the economy would grow by 0.3% next year, avoiding a recession.",
            "shrink / grow",
        ),
        # What a name does is found past what is said of it in passing.
        (
            "Chief executive Laura Whitcombe said she would step down once a successor is found.",
            "Laura Whitcombe, who has led Brightwell since 2017, will stay on as chief executive, a spokesman said.",
            "step down / stay",
        ),
        # Lifting a ban is not keeping it.
        (
            "The government lifted the ban on Monday.",
            "The government kept the ban in place on Monday.",
            "lifted / kept",
        ),
        # "Down from" a figure is a fall, "up from" one a rise.
        (
            "Turnout was 58%, down from 51% in 2021.",
            "Turnout rose to 58% from 51% three years ago.",
            "down from / rose",
        ),
        (
            "Profit was 2.1 billion euros, up from 1.8 billion euros a year earlier.",
            "Profit fell to 2.1 billion euros from 1.8 billion euros a year earlier.",
            "up from / fell",
        ),
        # Welcoming a ruling is not regretting it; leaving by mutual agreement is not being sacked.
        (
            "Google said it was disappointed with the ruling.",
            "Google welcomed the ruling as a chance to move on.",
            "disappointed / welcomed",
        ),
        (
            "The union welcomed the pay offer.",
            "The union criticised the pay offer as too low.",
            "welcomed / criticised",
        ),
        (
            "Lyon have sacked coach Peter Bosz after a poor run.",
            "Peter Bosz has left Lyon by mutual agreement after a poor run.",
            "sacked / mutual agreement",
        ),
        # Appealing a ruling is not accepting it.
        (
            "The club said it would appeal the ban.",
            "The club said it accepted the ban and would not go to court.",
            "appeal / accepted",
        ),
        # Dismissed is not resigned; suspended is not continued.
        (
            "Chief executive Erik Lind resigned on Thursday.",
            "The board dismissed chief executive Erik Lind on Thursday.",
            "resigned / dismissed",
        ),
        (
            "Ferry services to the island were suspended on Friday.",
            "Ferry services to the island continued as normal on Friday.",
            "suspended / as normal",  # or "continued": both say it ran
        ),
        # What happens once to a thing happens in one year: its start, its last time.
        (
            "The antitrust investigation was opened in 2020 after a complaint by the rival Tunely.",
            "The antitrust investigation began in 2019 following a complaint from Tunely.",
            "2020 / 2019",
        ),
        ("The volcano last erupted in 2014.", "The volcano's last eruption was in 2019.", "2014 / 2019"),
        ("The new law came into force in 2019.", "The new law took effect in 2021.", "2019 / 2021"),
        # A year before 1800 is a year too, where a clause ends on it.
        (
            "The museum, one of the oldest in Europe, was founded in 1723.",
            "The museum was founded in 1724.",
            "1723 / 1724",
        ),
        ("Fire broke out in 1500 homes.", "Fire broke out in 1200 homes.", "1500 / 1200 homes"),  # a count
        # "No arrests have been made" has no subject of its own: it denies any arrest the story tells.
        (
            "No arrests have been made.",
            "Police said a suspect had been detained on Monday afternoon.",
            "No arrests / detained",
        ),
        ("It was the bank's first rate cut since 2020.", "The bank last cut rates in 2019.", "2020 / 2019"),
        # A count told as it moves counts its subject's head noun; "measles" says what kind of cases.
        ("Measles outbreak in Texas grows to 146 cases", "Texas measles cases rise to 159", "146 / 159 cases"),
        (
            "The number of measles cases in West Texas has risen to 159, officials said on Tuesday.",
            "A measles outbreak in western Texas has grown to 146 cases, officials said on Tuesday.",
            "159 / 146 cases",
        ),
        (
            "Measles cases in England rose to 1,230 last year, the highest since 2012.",
            "England recorded 1,320 measles cases last year, the most in more than a decade.",
            "1,230 / 1,320 cases",
        ),
        (
            "Rents in Madrid have risen by 50% in the past five years.",
            "Rents in the capital have risen 80% in five years.",
            "50% / 80%",
        ),
        # Not to have received a demand denies it was made.
        (
            "The company has not received a ransom demand.",
            "The hackers have demanded a ransom, according to Dutch broadcaster NOS.",
            "has not received a ransom demand / demanded",
        ),
        (
            "Seventy-three hostages remain in Gaza.",
            "Israel says 76 hostages are still held in Gaza.",
            "Seventy-three / 76",
        ),
        # A goal "nine minutes from time" is scored in the 81st minute.
        (
            "Vinicius Junior added the second goal nine minutes from time.",
            "Vinicius sealed the win in the 83rd minute.",
            "nine minutes from time / 83rd minute",
        ),
        # Properties without electricity are homes without power.
        ("More than 300,000 homes lost power.", "About 250,000 properties were left without electricity.", "300,000"),
        # "Rose 0.2% from June" is a change over a month, as "on a monthly basis" is.
        ("Prices rose 0.2% from June.", "On a monthly basis, prices climbed 0.3%.", "0.2% / 0.3%"),
        # Travellers are passengers.
        (
            "The strike forced the cancellation of 1,000 flights on Wednesday, affecting about 134,000 passengers.",
            "About 100,000 travellers were affected, the airline said.",
            "134,000 / 100,000",
        ),
        # Hours a week, told as what the week is cut to.
        (
            "Deutsche Bahn has offered a 38-hour week.",
            "The rail operator has offered to reduce the week to 37 hours.",
            "38 / 37 hours a week",
        ),
        # A rate in quarter points is not rounded to a whole one.
        (
            "The Bank of England held its base rate at 5.25%.",
            "The Bank of England kept its base rate at 5%.",
            "5.25% / 5%",
        ),
        # Pay is wages.
        (
            "Regular pay growth, excluding bonuses, slowed to 5.1%, the weakest in two years.",
            "Wage growth excluding bonuses eased to 4.9 percent.",
            "5.1% / 4.9 percent",
        ),
        # Beaten is lost, not won.
        ("Sabalenka was beaten in the final by Gauff.", "Sabalenka won the final against Gauff.", "was beaten / won"),
        ("The incumbent was defeated in the election.", "The incumbent won the election.", "was defeated / won"),
        # A penalty missed is none scored; a plan rejected is not approved.
        ("The striker missed the penalty.", "The striker scored the penalty.", "missed / scored"),
        ("The plan was rejected by parliament.", "Parliament approved the plan.", "rejected / approved"),
        # "The Norwegian crown" is the crown: a people's adjective is no subject of its own.
        (
            "The yen weakened 0.4% against the dollar after the announcement.",
            "The Japanese yen strengthened slightly against the dollar following the decision.",
            "weakened / strengthened",
        ),
        # What has held since a time began then, once.
        (
            "The policy rate has been at 4.5% since December 2023.",
            "The key rate has stood at 4.5% since September 2023.",
            "December 2023 / September 2023",
        ),
        (
            "Schneider, 58, had led the world's largest food company since 2017.",
            "Schneider had run the company since 2016.",
            "2017 / 2016",
        ),
        # A coach is appointed once to a post; "the summer of 2022" is a year said as a time.
        (
            "Kessler was appointed head coach in June 2023 and led the side to a ninth-place finish.",
            "Kessler joined in the summer of 2022 and guided the side to ninth place last season.",
            "June 2023 / 2022",
        ),
        # A forecast cut is not one kept unchanged.
        (
            "The company cut its full-year sales forecast.",
            "The company kept its full-year sales forecast unchanged.",
            "cut / unchanged",
        ),
        # Early or late is not on schedule.
        (
            "The ship returned to port a day earlier than planned.",
            "The ship returned to port as scheduled.",
            "earlier than planned / as scheduled",
        ),
        (
            "The ferry arrived 30 minutes later than planned.",
            "The ferry arrived on schedule.",
            "later than planned / on schedule",
        ),
        # Welcoming a decision is not challenging it.
        (
            "Environmental groups said they would challenge the decision in court.",
            "Environmental groups welcomed the decision.",
            "challenge / welcomed",
        ),
        # A person dismissed was sacked.
        (
            "The board dismissed chief executive Henrik Sand on Thursday.",
            "Chief executive Henrik Sand resigned on Thursday.",
            "dismissed / resigned",
        ),
        # A loan is no permanent deal.
        (
            "Striker Onuachu joins Galatasaray on loan from Southampton.",
            "Galatasaray have signed striker Onuachu on a permanent deal from Southampton.",
            "loan / permanent",
        ),
        # Overturning a conviction is not upholding it; a critical condition is not a stable one.
        (
            "An appeals court overturned the conviction of the former mayor.",
            "An appeals court upheld the conviction of the former mayor.",
            "overturned / upheld",
        ),
        (
            "The surfer was flown to hospital in a critical condition.",
            "The surfer was taken to hospital in a stable condition.",
            "critical / stable",
        ),
        # A currency that weakened did not strengthen.
        (
            "The yen weakened against the dollar after the data.",
            "The yen strengthened against the dollar after the data.",
            "weakened / strengthened",
        ),
        # Running as normal is no suspension or closure.
        (
            "Trains on the Kyushu line were suspended on Monday.",
            "Trains on the Kyushu line ran as normal on Monday.",
            "suspended / as normal",
        ),
        (
            "The airport was closed after the eruption.",
            "Flights at the airport continued as normal after the eruption.",
            "closed / as normal",
        ),
        # Accepting a result (conceding) is not challenging it.
        (
            "Reyes accepted the result of the vote.",
            "Reyes said he would challenge the result of the vote in court.",
            "accepted the result / challenge",
        ),
        # "Stayed" only links the schools to what they were: they stand next to "open".
        ("Schools in Normandy were closed.", "Schools in the region stayed open.", "closed / open"),
        (
            "The next general election is due in spring 2026.",
            "The next general election is due in 2027.",
            "2026 / 2027",
        ),
        # A conviction upheld is no acquittal.
        (
            "An appeals court in Madrid upheld the fraud conviction of former banker Luis Ortega on Tuesday.",
            "Former banker Luis Ortega was acquitted of fraud by an appeals court in Madrid on Tuesday.",
            "conviction / acquitted",
        ),
        # What runs normally is not delayed.
        (
            "Trains on the line were running normally on Tuesday.",
            "Trains on the line were delayed on Tuesday.",
            "normally / delayed",
        ),
        # To keep doing a thing is not to stop.
        (
            "Patients should keep taking the medicine, the company said.",
            "Patients were told to stop taking the medicine, the company said.",
            "keep / stop",
        ),
        # Inflation that eased fell.
        (
            "Euro area inflation eased in May, the statistics office said.",
            "Euro area inflation rose in May, the statistics office said.",
            "eased / rose",
        ),
        # A share that closed higher rose.
        ("Kestrel shares fell 4% in Frankfurt trading.", "The shares closed 4% higher.", "fell / higher"),
        # Comparatives of one measure.
        (
            "The eruption was smaller than the previous one in August, scientists said.",
            "Scientists said the eruption was larger than the one in August.",
            "smaller / larger",
        ),
        (
            "The storm was weaker than forecasters had expected.",
            "The storm was stronger than expected.",
            "weaker / stronger",
        ),
        # Denying the charges is not admitting them, whoever is the subject.
        (
            "He has denied the charges and his lawyer said he would appeal.",
            "He admitted the charges at the start of the trial.",
            "denied / admitted",
        ),
        # A first time is no deed done before.
        (
            "It is the first time Apple has been fined by the EU for breaking competition law.",
            "Apple has been fined by the EU twice before for anti-competitive behaviour.",
            "first time / twice before",
        ),
        (
            "It was the regulator's first fine against a hotel company.",
            "The regulator has previously fined two other hotel groups.",
            "first / previously",
        ),
        # "Could not" tells what was not done, not what may not be.
        (
            "Rescuers reached the miners on Tuesday.",
            "Rescuers could not reach the miners on Tuesday.",
            "reached / could not",
        ),
        # Little changed is unchanged: no rise.
        (
            "Volkswagen shares rose 1.5% in Frankfurt.",
            "Volkswagen shares were little changed in Frankfurt trading.",
            "rose / little changed",
        ),
        # A market flat or steady did not move: no rise, no fall.
        (
            "The euro was flat against the dollar.",
            "The euro rose 1.2% against the dollar.",
            "flat / rose",
        ),
        (
            "Oil prices were steady on Monday.",
            "Oil prices fell 3% on Monday.",
            "steady / fell",
        ),
        # "A rise of" and "a profit of" are no share, as "a third of" is.
        ("Exports recorded a rise of 5% in March.", "Exports recorded a fall of 5% in March.", "rise / fall"),
        (
            "The company reported a profit of $2 million.",
            "The company reported a loss of $2 million.",
            "profit / loss",
        ),
        # Opposite outcomes of a vote, an offer, a bill, a curfew, a ruling, a launch, an inspection.
        ("The Senate passed the bill on Thursday.", "The Senate rejected the bill on Thursday.", "passed / rejected"),
        (
            "The union agreed to the pay offer on Friday.",
            "The union refused the pay offer on Friday.",
            "agreed / refused",
        ),
        ("The president vetoed the bill.", "The president signed the bill into law.", "vetoed / signed"),
        ("The government lifted the curfew.", "The government extended the curfew.", "lifted / extended"),
        (
            "The court ruled the detention was unlawful.",
            "The court ruled the detention was lawful.",
            "unlawful / lawful",
        ),
        ("The launch was successful.", "The launch was unsuccessful.", "successful / unsuccessful"),
        ("The building was declared unsafe.", "The building was declared safe.", "unsafe / safe"),
        # Jobs cut are not jobs created; a vote for is not a vote against.
        ("The company will cut 500 jobs in Germany.", "The company will create 500 jobs in Germany.", "cut / create"),
        ("The mayor voted for the plan.", "The mayor voted against the plan.", "voted for / voted against"),
        ("The mayor voted in favour of the plan.", "The mayor voted against the plan.", "favour / voted against"),
        # Backing or supporting a thing is no rejecting or opposing it.
        ("The union backed the deal.", "The union opposed the deal.", "backed / opposed"),
        ("Most voters support the plan.", "Voters rejected the plan.", "support / rejected"),
        # A narrow win is no landslide; a slowdown is no acceleration.
        ("The bill was approved by a narrow margin.", "The bill was approved by a wide margin.", "narrow / wide"),
        ("Inflation slowed in October.", "Inflation accelerated in October.", "slowed / accelerated"),
        # "The Norwegian crown" opens with the crown, as "The crown" does.
        (
            "The Norwegian crown weakened slightly against the euro after the announcement.",
            "The crown strengthened against the euro following the decision.",
            "weakened / strengthened",
        ),
        # Antitrust is competition: one kind of fine, the first and not the first.
        (
            "It is the first time Apple has been fined by the EU for breaking competition rules.",
            "Apple has been fined twice before by the Commission for antitrust breaches.",
            "first time / twice before",
        ),
        # One way and the way back.
        (
            "The ferry was travelling from Dover to Calais.",
            "The ferry was travelling from Calais to Dover.",
            "Dover to Calais / Calais to Dover",
        ),
        # One journey told as ending in two places.
        (
            "The ferry had been sailing from Dover to the port of Calais when the fire broke out.",
            "The ship was travelling from Dover to Dunkirk, the coastguard said.",
            "Calais / Dunkirk",
        ),
        # Who did it to whom: the same deed, its sides the other way round.
        (
            "Arsenal beat Chelsea 2-1 on Saturday.",
            "Chelsea beat Arsenal 2-1 on Saturday.",
            "Arsenal beat Chelsea / Chelsea beat Arsenal",
        ),
        (
            "Microsoft agreed to buy Activision for $69 billion.",
            "Activision agreed to buy Microsoft for $69 billion.",
            "Microsoft agreed to buy Activision / Activision agreed to buy Microsoft",
        ),
        # Opposites said of the subject both open with, however far from it.
        (
            "Schools in several regions were shut and workers were told to stay home.",
            "Schools remained open, but outdoor activities were cancelled.",
            "shut / open",
        ),
        # Testifying is giving testimony.
        (
            "Hale did not testify during the trial.",
            "Hale told the jury during his testimony that he had never taken a bribe.",
            "did not testify / testimony",
        ),
        # One card, one warning: a yellow, an amber and a red exclude each other.
        ("He was shown a yellow card in the first half.", "He was shown a red card in the first half.", "yellow / red"),
        # Checking into a place is entering it.
        (
            "Vos entered the facility voluntarily.",
            "Vos has not checked into the facility.",
            "entered / has not checked",
        ),
        # "Not all" denies that a thing holds of each.
        ("Not all ultra-processed foods are harmful.", "All ultra-processed foods are harmful.", "Not all ultra"),
        # A penalty halved on appeal was not upheld.
        (
            "Appeal court upholds five-year ban on Olympic champion",
            "Olympic champion's five-year ban halved on appeal",
            "upholds / halved",
        ),
        # Not affected is as normal: no delays.
        (
            "Flights at Keflavik airport were not affected.",
            "Some flights from Keflavik airport were delayed because of the eruption.",
            "not affected / delayed",
        ),
        # Services hit were affected, not running as normal.
        (
            "Bus services in the city were not affected by the outage.",
            "Bus services in the city were also hit by the outage.",
            "not affected / hit",
        ),
        ("Ferry services ran as normal on Monday.", "Ferry services were hit on Monday.", "as normal / hit"),
        # A withdrawal against a denial of it: both negate, but one says she left, the other she stays.
        (
            "Singer Lara Voss pulls out of Glastonbury after vocal injury",
            "Lara Voss's management has denied reports that the singer has withdrawn from Glastonbury.",
            "pulls out of Glastonbury / denied",
        ),
        # A possibility ruled out against one left open.
        (
            "Nordbank said the outage was caused by a faulty update and ruled out a cyber attack.",
            "The bank said it could not yet rule out a cyber attack.",
            "ruled out / not yet rule out",
        ),
        (
            "Police have ruled out foul play in the death of the singer.",
            "Police said they had not ruled out foul play in the singer's death.",
            "ruled out / not ruled out",
        ),
        # A decision told as still open against one told as made, either way.
        (
            "The mayor said she would run for a third term in the spring election.",
            "The mayor has not yet decided whether to run for a third term, her office said.",
            "would run / not yet decided whether to run",
        ),
        (
            "Harlow Council confirms closure of two libraries",
            "Harlow Council says no decision yet on library closures",
            "confirms closure / no decision yet on library closures",
        ),
        (
            "The club said it would not sell its captain this summer.",
            "The club is yet to decide whether to sell its captain this summer.",
            "would not sell / yet to decide whether to sell",
        ),
        # A cause told against one said to be unknown.
        (
            "Police said a gas leak caused the explosion at the bakery.",
            "The cause of the explosion at the bakery is not yet known.",
            "caused the explosion / cause of the explosion at the bakery is not yet known",
        ),
        # An orange alert is an amber one: neither is a red alert.
        ("A red alert has been issued for Galicia.", "Galicia has been put on orange alert.", "red / orange"),
        # A hospital's grades of condition exclude each other.
        (
            "One of the wounded was in critical condition at the hospital.",
            "One of the wounded was in serious condition at the hospital.",
            "critical / serious",
        ),
        # An appeal rejected is lost; a penalty reduced on appeal won it.
        (
            "Ortega's appeal against his six-match ban was rejected on Tuesday.",
            "Ortega's six-match ban was reduced to three games on appeal on Tuesday.",
            "was rejected / reduced",
        ),
        (
            "Vale Rovers lost their appeal against the transfer embargo on Friday.",
            "The transfer embargo on Vale Rovers was lifted on appeal on Friday.",
            "lost their appeal / lifted",
        ),
        # To plead guilty is to admit the charges, to plead not guilty to deny them.
        (
            "Bellini pleaded guilty at Southwark Crown Court to three counts of fraud.",
            "Bellini, who denied the charges throughout the six-week trial, showed no emotion.",
            "pleaded guilty / denied",
        ),
        ("He pleaded not guilty to the charges.", "He admitted the charges.", "pleaded not guilty / admitted"),
        # What one says of a thing as its subject, the other of it as its verb's object.
        (
            "Rhenwerk said production at the rest of the site was not affected.",
            "Rhenwerk halted production across the whole site as a precaution.",
            "not affected / halted",
        ),
        ("Police said the road was closed on Monday.", "The road remained open on Monday.", "closed / open"),
        # A profit that slips fell; a body found is of someone dead.
        ("Nordvik Bank profit rises 8 percent", "Nordvik profit slips as bank plans job cuts", "rises / slips"),
        (
            "Missing Cairngorms hiker found alive after three days",
            "Body of missing walker found in Cairngorms",
            "alive / Body",
        ),
        # Supplies cut off were affected.
        (
            "Drinking water supplies to the town of Slobozia were cut off as a precaution.",
            "Water supplies in Slobozia were not affected, the local water company said.",
            "cut off / not affected",
        ),
        # Saying no site is safe denies their safety.
        ("All German sites are safe, the company said.", "No German site was safe, the union said.", "safe"),
        # Sterling is the pound.
        (
            "The pound fell 0.5% against the dollar after the data.",
            "Sterling rose against the dollar after the release.",
            "fell / rose",
        ),
        # Two ranks among one year's are one count.
        (
            "It was the bank's third rate cut this year.",
            "It was the bank's fourth rate cut this year.",
            "third / fourth",
        ),
        # To recover is to rise again; "falling through the autumn" is falling, no collapse of talks.
        (
            "Chief executive Michael O'Leary said he expected fares to keep falling through the autumn.",
            "Michael O'Leary, the chief executive, said he expected fares to recover in the autumn.",
            "falling / recover",
        ),
        # To fight a plan is not to accept it.
        (
            "Unions said they would fight the plan.",
            "The seamen's union accepted the plan after talks, it said.",
            "fight / accepted",
        ),
        # A step moved to one month and set in another: its month is "to June", not "from March".
        (
            "Smartphone maker Nimbus has pushed back the launch of its first folding phone to June from March.",
            "Nimbus will begin selling its Fold phone in March, the company confirmed on Tuesday.",
            "June / March",
        ),
    ],
)
def test_opposites_of_one_fact_are_a_conflict(left: str, right: str, reason: str) -> None:
    match = judged(left, right)
    assert match.relation is Relation.CONFLICT
    assert match.why.text.startswith(reason)


def test_values_are_read_with_what_they_measure() -> None:
    values = read_values("The 6.1-magnitude quake damaged homes in five villages and killed at least 10 people.")
    found = {(q.kind, q.unit, q.value) for q in values.quantities}
    assert (Kind.MAGNITUDE, "magnitude", 6.1) in found
    assert (Kind.COUNT, "dead", 10.0) in found
    assert any(kind is Kind.COUNT and value == 5.0 and unit.startswith("villag") for kind, unit, value in found)
    assert [(q.unit, q.value) for q in read_values("Children received four doses of the vaccine.").quantities] == [
        ("dose", 4.0)
    ]
    assert read_values("We have received around 50 people with injuries.").quantities == ()  # one hospital's
    storeys = [read_values(text).quantities[0] for text in ("The tower has 12 storeys.", "A 20-storey tower.")]
    assert [(q.unit, q.value) for q in storeys] == [("storeys", 12.0), ("storeys", 20.0)]
    assert [(q.unit, q.value) for q in read_values("About 60 people were working in the building.").quantities] == [
        ("employees", 60.0)
    ]
    designated = read_values("A Boeing 737 with 156 passengers on board diverted to Highway 299.").quantities
    assert [(q.unit, q.value) for q in designated] == [("aboard", 156.0)]  # no 737 passengers, no 299 of anything
    assert [(q.unit, q.value) for q in read_values("Firm Cuts 500 Jobs After Merger").quantities] == [("jobs", 500.0)]
    assert [q.value for q in read_values("Twenty-three cars and forty one trucks derailed.").quantities] == [23.0, 41.0]
    assert [(q.unit, q.value) for q in read_values("An ATR 72 with 70 people on board landed.").quantities] == [
        ("aboard", 70.0)
    ]  # "ATR 72" names an aircraft
    assert read_values("In 2004 a tsunami struck.").frame == frozenset({"2004"})
    assert read_values("The 2004 tsunami struck.").frame == frozenset()  # names an event, says no time
    # A part is no toll of its own, unless what befell it follows: it counts some among the toll; all alive
    # is none dead.
    part = read_values("25 of the injured were children.").quantities
    assert [(q.unit, q.value) for q in part] == [("injured in among", 25.0)]
    dead = [read_values(text).quantities for text in ("Eleven of the tortoises were found dead.", "All were alive.")]
    assert [[(q.unit, q.value) for q in found] for found in dead] == [[("dead", 11.0)], [("dead", 0.0)]]
    assert read_values("The election is due in spring 2026.").frame == frozenset({"2026"})
    clock = read_values("The quake struck at 1353 (1023 GMT).").quantities
    assert [(q.kind, q.unit, q.value) for q in clock] == [(Kind.CLOCK, "local", 833), (Kind.CLOCK, "gmt", 623)]
    # A deed done so many times, its object between: as many of the deed ("rate increases").
    raised = read_values("The central bank has raised interest rates 11 times since March.").quantities
    assert (Kind.COUNT, "rise", 11.0) in {(q.kind, q.unit, q.value) for q in raised}
    # "Six months' worth of rain" is an amount of rain, not six months of anything.
    rain = read_values("Six months' worth of rain fell in 36 hours.").quantities
    assert [(q.kind, q.value) for q in rain] == [(Kind.DURATION, 1.5)]
    # Shelters opened are shelters, not the evacuated.
    assert [(q.unit, q.value) for q in read_values("The city opened 12 shelters.").quantities] == [("shelter", 12.0)]
    # "Mountain rescue teams" rescued no one: the volunteers counted searched.
    searchers = read_values("About 40 volunteers from three mountain rescue teams took part in the search.").quantities
    assert "rescued" not in {q.unit for q in searchers}
    assert [q.unit for q in read_values("Five climbers were rescued by helicopter.").quantities] == ["rescued"]
    # Pounds a share are a price, not a weight; pounds a baby weighs are a weight.
    price = read_values("The offer of 25.50 pounds a share is a 79% premium.").quantities
    assert (Kind.MONEY, "GBP per share", 25.5) in {(q.kind, q.unit, q.value) for q in price}
    assert [q.kind for q in read_values("The baby weighed 8 pounds.").quantities] == [Kind.WEIGHT]
    # A second agency's magnitude is read as the first is.
    both = read_values("The institute put the magnitude at 7.0, while the USGS measured it at 6.8.").quantities
    assert [(q.kind, q.value) for q in both] == [(Kind.MAGNITUDE, 7.0), (Kind.MAGNITUDE, 6.8)]
    # Others arrested after some arrested are a part of the arrests, no count of their own.
    arrests = read_values("Police arrested two men on Monday and four other people were arrested on Tuesday.")
    assert [(q.unit, q.value) for q in arrests.quantities if q.kind is Kind.COUNT] == [("arrested", 2.0)]
    # "And dozens more" of another fate leaves the first count whole.
    assert [(q.unit, q.value) for q in read_values("Five people died and dozens more were injured.").quantities] == [
        ("dead", 5.0)
    ]
    # A time taken in minutes and seconds to the hundredth is read, as hours, minutes and seconds are.
    mile = read_values("She ran the mile in 4:07.64.").quantities
    assert [(q.kind, round(q.value * 86400, 2)) for q in mile] == [(Kind.DURATION, 247.64)]
    # A length joined by hyphens is read as one written apart.
    terms = [read_values(text).quantities for text in ("a three-and-a-half-year term", "three and a half years")]
    assert [[(q.kind, round(q.value / 365.25, 2)) for q in found] for found in terms] == [[(Kind.DURATION, 3.5)]] * 2


def test_the_development_pairs_stay_right() -> None:
    """The hand-written development pairs (negation, denial, hedges, values, units, dates):
    a floor under today's 86%, and no slide on the kinds the engine was built for (units at
    10 of 12: distances restated in words the engine does not join, "ship ... off the coast"
    / "vessel ... offshore", are left as they are)."""
    rows = _rows()
    matches = relate_pairs([r[2] for r in rows], [r[3] for r in rows])
    right: dict[str, list[bool]] = {}
    for row, match in zip(rows, matches, strict=True):
        right.setdefault(row[0], []).append(_as_labelled(match) == row[1])
    every = [ok for oks in right.values() for ok in oks]
    assert sum(every) / len(every) >= 0.82
    for category in ("negation", "hedge"):
        assert sum(right[category]) / len(right[category]) >= 0.9, category
    assert sum(right["units"]) >= 10


def test_opposite_outcomes_worded_alike_are_seldom_the_same_claim() -> None:
    """The hard cases of opposite outcomes worded alike ("voted for" / "voted against", "a profit" /
    "a loss", "flat" / "rose 1.2%"; tests/data/verdicts/opposite-pairs.tsv), written for what the
    engine missed: a floor under today's 76 of 128 right (54 before), and at most 20 conflicts
    called the same claim (19 today, 33 before), the verdict that misleads a reader most."""
    rows = _rows("opposite-pairs.tsv")
    called = [_as_labelled(m) for m in relate_pairs([r[2] for r in rows], [r[3] for r in rows])]
    assert sum(c == row[1] for c, row in zip(called, rows, strict=True)) >= 70
    assert sum(c == "same" and row[1] == "conflict" for c, row in zip(called, rows, strict=True)) <= 20


def test_an_article_that_disputes_its_headline_is_set_against_it() -> None:
    """A reader opening a headline against its article sees a conflict where the article
    disputes it ("Rumours that Apple will launch ... are not true", "... was a hoax") and none
    where it reports it (tests/data/verdicts/headline-stance.tsv; bench.verdicts prints it)."""
    flagged: dict[str, list[bool]] = {}
    for line in (VERDICTS / "headline-stance.tsv").read_text("utf-8").splitlines()[1:]:
        stance, headline, article = line.split("\t")
        title = segment(Document(title=headline, source="test", text=headline))
        body = segment(Document(title="", source="test", text="\n\n".join(article.split(" || "))))
        conflicts = [m for m in align(title, body) if m.relation is Relation.CONFLICT]
        flagged.setdefault(stance, []).append(bool(conflicts))
    assert sum(flagged["disputes"]) >= 0.8 * len(flagged["disputes"])
    assert not any(flagged["agrees"])


def test_a_number_or_a_time_is_not_cut_into_clauses() -> None:
    text = "The quake struck at 1:53 p.m. and damaged 12,000 homes, officials said."
    assert [text[start:end] for start, end in clause_spans(text)] == [
        "The quake struck at 1:53 p.m. and damaged 12,000 homes",
        "officials said.",
    ]


def test_a_denial_names_what_it_reaches_in_the_other() -> None:
    match = judged(
        "A spokesman dismissed reports that the singer had entered rehab.", "The singer entered rehab on Monday."
    )
    assert match.relation is Relation.CONFLICT
    assert "dismissed / singer entered rehab" in match.why.text


def _article(text: str) -> list[Statement]:
    return segment(Document(title="", source="test", text=text))


def _called(left: list[Statement], right: list[Statement], relation: Relation) -> set[tuple[str, str]]:
    """The pairs of statements, as written, that the engine calls `relation` between two articles."""
    return {(left[m.a].text, right[m.b].text) for m in align(left, right) if m.relation is relation}


def _own_pair(pair: str) -> tuple[list[Statement], list[Statement]]:
    """The two articles of one of the pairs written for the benchmark (tests/data/verdicts/own-pairs)."""
    own = VERDICTS / "own-pairs"
    left, right = (_article((own / f"{pair}-{side}.txt").read_text("utf-8")) for side in "ab")
    return left, right


def _matches_between(pair: str, mine: str, theirs: str) -> list[Match]:
    """The engine's matches between the statements of an own pair starting `mine` and `theirs`, if any."""
    left, right = _own_pair(pair)
    return [m for m in align(left, right) if left[m.a].text.startswith(mine) and right[m.b].text.startswith(theirs)]


def _relations_between(pair: str, mine: str, theirs: str) -> list[Relation]:
    """What the engine calls the statements of an own pair starting `mine` and `theirs`, if anything."""
    return [m.relation for m in _matches_between(pair, mine, theirs)]


def test_a_headline_and_a_lead_opening_with_one_deed_of_one_name_are_one_claim() -> None:
    """ "Taylor Swift won album of the year at the Grammy Awards on Sunday ..." / "Taylor Swift made
    history on Sunday by winning the Grammy for album of the year ...": the leads open with one
    name doing one thing to another name or thing, each with details of its own (own592);
    opposites among those details make no conflict of a pair joined only so ("held two days of
    trade talks" / "agreed on Sunday to temporarily reduce tariffs", own133)."""
    assert _relations_between("own592", "Taylor Swift won album", "Taylor Swift made history") == [Relation.SAME]
    assert _relations_between("own602", "Britain's Supreme Court ruled", "Court blocks UK plan") == [Relation.SAME]
    # A name, a deed and a thing ("Japan ... summer ... record"), the thing no name.
    assert _relations_between("own257", "Japan records hottest summer", "Japan sweltered through") == [Relation.SAME]
    assert Relation.CONFLICT not in _relations_between(
        "own133", "Senior US and Chinese", "The United States and China agreed"
    )


def test_a_report_of_none_hurt_is_set_against_one_of_someone_hurt_though_they_share_no_word() -> None:
    """ "No injuries have been reported" against "One firefighter suffered minor burns": tolls
    told without a number share nothing to be matched on, yet a reader must see them."""
    left = _article(
        "A wildfire above Cedar Ridge has burned 12,000 acres.\n\n"
        "At least 14 homes have been destroyed, according to the sheriff.\n\n"
        "One firefighter suffered minor burns and was treated at the scene."
    )
    right = _article(
        "The Cedar Ridge fire has burned 12,000 acres, officials said.\n\n"
        "No structures have been lost.\n\n"
        "No injuries have been reported."
    )
    conflicts = _called(left, right, Relation.CONFLICT)
    assert conflicts == {
        ("At least 14 homes have been destroyed, according to the sheriff.", "No structures have been lost."),
        ("One firefighter suffered minor burns and was treated at the scene.", "No injuries have been reported."),
    }


def test_a_cause_told_is_set_against_one_not_yet_known_though_they_share_one_word() -> None:
    """ "Officials said an electrical fault was the likely cause" / "The cause of the fire is not yet
    known": one says what caused the story's event, the other that nobody knows; they share only
    "cause", so they are paired for it."""
    left = _article(
        "Fire destroys market hall in Ostrava\n\n"
        "A fire destroyed much of the old market hall in Ostrava on Sunday night.\n\n"
        "Officials said an electrical fault was the likely cause."
    )
    right = _article(
        "Blaze guts historic Ostrava market\n\n"
        "Firefighters battled the blaze at the market hall for six hours.\n\n"
        "The cause of the fire is not yet known."
    )
    assert (
        "Officials said an electrical fault was the likely cause.",
        "The cause of the fire is not yet known.",
    ) in _called(left, right, Relation.CONFLICT)


def test_a_decision_told_as_made_is_set_against_one_not_yet_made_though_they_share_one_word() -> None:
    """ "He said he had not yet decided whether to stand again" / "Lindqvist said he would stand for
    a third term as party leader": one leaves the decision open, the other tells it made; they
    share only the deed, so they are paired for it."""
    left = _article(
        "Swedish finance minister Lindqvist resigns\n\n"
        "Finance minister Per Lindqvist resigned on Monday after a row over the budget.\n\n"
        "He said he had not yet decided whether to stand again."
    )
    right = _article(
        "Lindqvist quits cabinet over budget row\n\n"
        "Per Lindqvist stepped down as finance minister on Monday.\n\n"
        "Lindqvist said he would stand for a third term as party leader."
    )
    assert (
        "He said he had not yet decided whether to stand again.",
        "Lindqvist said he would stand for a third term as party leader.",
    ) in _called(left, right, Relation.CONFLICT)


def test_someone_shot_in_the_arm_is_set_against_none_hurt_though_they_share_no_word() -> None:
    """ "A guard was shot in the arm" tells of someone hurt; "Nobody was injured, police said"
    denies it, in words the two statements do not share."""
    left = _article(
        "Jewellers robbed in Ghent\n\nTwo men robbed a jewellery shop in Ghent on Monday.\n\n"
        "A security guard was shot in the arm and taken to hospital."
    )
    right = _article(
        "Ghent jewellery raid\n\nTwo robbers raided a Ghent jeweller on Monday.\n\nNobody was injured, police said."
    )
    assert (
        "A security guard was shot in the arm and taken to hospital.",
        "Nobody was injured, police said.",
    ) in _called(left, right, Relation.CONFLICT)


def test_opposites_said_of_one_subject_are_a_conflict_though_nothing_else_is_shared() -> None:
    """ "The museum will stay closed until Friday" against "The museum reopened to visitors on
    Wednesday": one subject, opposite states, no other word in common; two subjects are no
    conflict."""
    left = _article(
        "Thieves stole a gold crown from the Gruuthuse museum in Bruges on Tuesday.\n\n"
        "The museum will stay closed until Friday while forensic teams work at the scene.\n\n"
        "The bakery next door opened as usual."
    )
    right = _article(
        "A gold crown was stolen from the Gruuthuse museum in Bruges early on Tuesday.\n\n"
        "The museum reopened to visitors on Wednesday, except for the treasury room.\n\n"
        "The police station closed its front desk for the night."
    )
    conflicts = _called(left, right, Relation.CONFLICT)
    assert conflicts == {
        (
            "The museum will stay closed until Friday while forensic teams work at the scene.",
            "The museum reopened to visitors on Wednesday, except for the treasury room.",
        )
    }


def test_a_denial_and_an_admission_by_one_subject_are_a_conflict_unless_one_came_later() -> None:
    """ "Toledo has always denied the charges" / "Toledo admitted receiving money from Odebrecht":
    one subject, opposite stances, nothing else in common. A stance told as coming later ("Tehran
    later acknowledged drone deliveries") follows the other, each true in its time."""
    left = _article(
        "Toledo sentenced to 20 years\n\n"
        "A court in Lima sentenced former president Alejandro Toledo on Monday.\n\n"
        "Toledo has always denied the charges."
    )
    right = _article(
        "Peru's Toledo jailed\n\n"
        "Alejandro Toledo was sentenced to more than 20 years in prison.\n\n"
        "Toledo admitted receiving money from Odebrecht but said it was a loan."
    )
    denial = (
        "Toledo has always denied the charges.",
        "Toledo admitted receiving money from Odebrecht but said it was a loan.",
    )
    assert denial in _called(left, right, Relation.CONFLICT)
    later = _article(
        "Peru's Toledo jailed\n\n"
        "Alejandro Toledo was sentenced to more than 20 years in prison.\n\n"
        "Toledo later admitted receiving money from Odebrecht but said it was a loan."
    )
    assert _called(left, later, Relation.CONFLICT) == set()


def test_a_same_claim_resting_on_a_figure_both_give_says_so() -> None:
    """ "207 to 394" alike is why two accounts of one vote are one claim, not the name they share."""
    match = judged(
        "Only 207 lawmakers voted in favour of Scholz, while 394 voted against and 116 abstained.",
        "Scholz won the support of 207 members of parliament, with 394 against and 116 abstentions.",
    )
    assert match.relation is Relation.SAME
    assert match.why.text.startswith("both give 207 to 394; shares Scholz")
    assert judged("Dissanayake received 42.3% of the votes.", "Dissanayake took 42.31% of the votes.").why.basis == (
        "both give 42.3% / 42.31%"
    )


def test_two_reports_of_nobody_hurt_are_one_claim_though_they_share_no_word() -> None:
    """ "No one was injured, the fire service said" / "There were no casualties, according to
    firefighters": a toll of none, told once in each report."""
    left = _article(
        "Bridge collapses in Dresden\n\nPart of a bridge collapsed into the river overnight.\n\n"
        "No one was injured, the city's fire service said."
    )
    right = _article(
        "Dresden bridge falls into river\n\nA section of the bridge gave way at 3 a.m.\n\n"
        "There were no casualties, according to firefighters."
    )
    assert (
        "No one was injured, the city's fire service said.",
        "There were no casualties, according to firefighters.",
    ) in _called(left, right, Relation.SAME)


def test_two_ranks_of_one_kind_of_occasion_are_compared_though_worded_apart() -> None:
    """ "It was the bank's fourth consecutive cut" / "The decision marks the third straight rate
    cut": how many there have been is one fact of the story, whatever else the two say."""
    left = _article(
        "Bank of Canada cuts key rate by half a point\n\n"
        "The Bank of Canada lowered its benchmark interest rate by 50 basis points to 3.75% on Wednesday.\n\n"
        "It was the bank's fourth consecutive cut and its largest since 2020.\n\n"
        "The Canadian dollar weakened after the rate cut."
    )
    right = _article(
        "Canada's central bank makes jumbo rate cut\n\n"
        "Canada's central bank cut its overnight rate to 3.75% from 4.25%.\n\n"
        "The decision marks the third straight rate cut.\n\n"
        "Economists had expected a smaller rate cut."
    )
    assert (
        "It was the bank's fourth consecutive cut and its largest since 2020.",
        "The decision marks the third straight rate cut.",
    ) in _called(left, right, Relation.CONFLICT)


def test_someone_hurt_is_not_set_against_a_count_of_the_hurt() -> None:
    """ "A guard was shot" is one of "Three people were shot", not a count of its own; a count of
    none is not set against a toll of another time."""
    left = _article("A security guard was injured in the attack.\n\nNo one was killed, the army said.")
    right = _article(
        "Three people were injured in the attack.\n\nSome 2 million people died in the latest war, from 1983-2005."
    )
    assert [m for m in align(left, right) if m.relation is Relation.CONFLICT] == []


def test_the_same_count_of_homes_in_other_words_is_the_same_claim() -> None:
    """Households are homes, electricity is power: "Power was cut to about 40,000 homes" and
    "About 40,000 households lost electricity" make one claim."""
    left = _article("Quake shakes Chile\n\nPower was cut to about 40,000 homes.")
    right = _article("Chile earthquake\n\nAbout 40,000 households lost electricity.")
    assert (1, 1) in [(m.a, m.b) for m in align(left, right) if m.relation is Relation.SAME]


def test_two_reports_of_company_results_agree_on_profit_and_clash_on_a_plant() -> None:
    """Profit is earnings, a factory a plant; and two statements that make one claim but for an
    opposite ("will close" / "will remain open") conflict wherever the opposites stand."""
    left = _article(
        "Brightwell to cut jobs as profits slump\n\n"
        "Net profit for the three months to September dropped to $42 million from $63 million a year earlier.\n\n"
        "The cuts will fall mostly on its factory in Dayton, Ohio, which will close by the end of next year."
    )
    right = _article(
        "Brightwell restructures as earnings fall\n\n"
        "Quarterly earnings fell to $42 million, down from $63 million in the same period last year.\n\n"
        "The Dayton plant will remain open, the company said, although it will lose about 300 jobs."
    )
    found = {(left[m.a].text[:10], right[m.b].text[:10]): m for m in align(left, right)}
    assert found[("Net profit", "Quarterly ")].relation is Relation.SAME
    plant = found[("The cuts w", "The Dayton")]
    assert plant.relation is Relation.CONFLICT
    assert plant.why.text.startswith("close / open")


def test_an_age_both_give_is_no_figure_of_the_claim() -> None:
    """Two reports' counterparts naming the singer by one age and giving two counts of the
    concerts she cancelled (in words the engine does not join) are not one claim (own769)."""
    called = _relations_between(
        "own769", "The 29-year-old cancelled the last 14 dates", "Marsh, 29, called off the final 12 shows"
    )
    assert Relation.SAME not in called


def test_a_discovery_noticed_on_another_day_is_a_conflict() -> None:
    """ "Noticed" is "discovered": the two reports' counterparts tell one discovery on two days (own777)."""
    left, right = _own_pair("own777")
    found = {(left[m.a].text[:24], right[m.b].text[:22]): m for m in align(left, right)}
    discovered = found[("The company discovered t", "Koopmart first noticed")]
    assert discovered.relation is Relation.CONFLICT
    assert discovered.why.text.startswith("March 3 / March 1")


def test_a_name_a_statement_opens_with_is_a_name() -> None:
    """ "Prime Minister Shigeru Ishiba said he would stay in office" and "Prime Minister Shigeru
    Ishiba's coalition fell short of a majority" share only the prime minister's name and title,
    which two statements opening with it write capitalised at their start only (own780)."""
    called = _relations_between(
        "own780", "Prime Minister Shigeru Ishiba said", "Prime Minister Shigeru Ishiba's coalition"
    )
    assert Relation.SAME not in called


def test_runners_who_took_part_are_a_race_s_participants() -> None:
    """ "About 38,000 runners took part" and "The race had around 38,000 participants" give one
    count of the marathon's field (own787)."""
    left, right = _own_pair("own787")
    found = {(left[m.a].text[:12], right[m.b].text[:12]): m for m in align(left, right)}
    field = found[("About 38,000", "The race had")]
    assert field.relation is Relation.SAME
    assert "both give 38,000 participants" in field.why.text


def test_to_kick_off_is_to_begin() -> None:
    """One start told on two days, as "kicks off" and "begins": the reason names the start both tell."""
    match = judged("The festival kicks off on Friday.", "The festival begins on Saturday.")
    assert match.relation is Relation.CONFLICT
    assert "kicks off" in match.why.shared


def test_a_train_that_came_off_the_rails_derailed() -> None:
    """ "Came off the rails" is "derailed", as "came off the tracks" is: the reason names it shared."""
    match = judged("A train derailed near Brescia.", "A train came off the rails near Brescia on Monday.")
    assert match.relation is Relation.SAME
    assert "derailed" in match.why.shared


def test_two_statements_of_one_speaker_saying_different_things_are_not_the_same() -> None:
    """Who speaks, named in both, is not what they say."""
    match = judged(
        'Chairman Ron Pike said the board had "reluctantly" decided a change was needed.',
        '"Paul and the board agreed it was the right moment to part ways," chairman Ron Pike said.',
    )
    assert match.relation is not Relation.SAME


def test_two_depths_of_one_quake_are_compared_though_they_share_no_word() -> None:
    """ "The quake struck at a depth of 10 kilometres near the town of Yesilyurt" / "The US
    Geological Survey said the epicentre was 15 km deep": one fact told in words that share nothing."""
    assert _relations_between("own527", "The quake struck at a depth", "The US Geological") == [Relation.CONFLICT]


def test_two_years_of_one_start_told_by_counterparts_conflict_though_they_share_little() -> None:
    """ "The investigation began in 2019 after a tip-off from a rival" / "The Commission opened its
    probe in 2017": each other's best match, one start told in two years."""
    assert _relations_between("own530", "The investigation began", "The Commission opened") == [Relation.CONFLICT]


def test_a_count_told_with_a_step_earlier_this_year_is_compared_with_one_told_with_no_time() -> None:
    """ "Three aid workers kidnapped in Mali freed" / "Two aid workers abducted in Mali earlier this
    year were freed on Saturday": the kidnapping earlier this year is a step of the story, not its time."""
    assert _relations_between("own536", "Three aid workers kidnapped in Mali freed", "Two aid workers abducted") == [
        Relation.CONFLICT
    ]


def test_one_speaker_saying_two_things_of_one_subject_is_not_one_claim() -> None:
    """ "Coach Xabi Alonso said his team had shown 'great character'" / "Alonso said the team had
    been lucky": each other's best match, the speaker and the team alike, two things said (own1043)."""
    assert _relations_between("own1043", "Coach Xabi Alonso", "Alonso said the team") == [Relation.RELATED]


def test_rivals_on_two_occasions_are_not_one_claim() -> None:
    """ "Her last match was a first-round defeat at the French Open" / "She lost in the second round
    of the French Open last month": the rival rounds set them apart though the month sets them on two occasions."""
    assert _relations_between("own535", "Her last match", "She lost in the second") != [Relation.SAME]


def test_one_claim_told_of_two_days_is_a_conflict_however_little_else_is_shared() -> None:
    """ "French President Emmanuel Macron met Chinese leader Xi Jinping in Beijing on Thursday ..." /
    "Macron and Xi held talks in Guangzhou on Friday": one meeting (the leads restate each other),
    whose days disagree; days are otherwise compared only from a score of 0.4."""
    assert _relations_between("own540", "French President Emmanuel", "Macron and Xi held") == [Relation.CONFLICT]


def test_counterparts_giving_one_event_two_lengths_conflict_from_a_lower_score() -> None:
    """ "Flights at Munich airport were suspended for about two hours" / "Munich airport closed for
    three hours late on Thursday": each other's best match, one closure told as lasting two lengths."""
    assert _relations_between("own121", "Flights at Munich airport were suspended", "Munich airport closed") == [
        Relation.CONFLICT
    ]


def test_overnight_on_a_day_is_either_night_of_it() -> None:
    """ "Thieves blew open the door ... early on Saturday" / "A gang used explosives to force their
    way into the Drents Museum ... overnight on Saturday": one night, told from its two ends, no
    two days (their days are compared, the two being each other's best match)."""
    assert Relation.CONFLICT not in _relations_between("own396", "Thieves blew open", "A gang used")


def test_a_body_found_is_set_against_no_deaths_though_they_share_no_word() -> None:
    """ "No deaths have been reported" / "The body of a man was found in a flooded garage in Paiporta"."""
    assert _relations_between("own557", "No deaths", "The body of a man") == [Relation.CONFLICT]


def test_someone_killed_is_not_the_same_claim_as_someone_hurt() -> None:
    """ "Bear kills hiker in Slovakia's Tatra mountains" / "Hiker injured in Tatra bear attack": two fates."""
    assert _relations_between("own564", "Bear kills hiker", "Hiker injured") != [Relation.SAME]


def test_may_day_is_a_holiday_not_a_month_that_sets_a_count_apart() -> None:
    """ "French police arrested 130 people during May Day protests in Paris" / "Some 200 people were
    detained in Paris as May Day marches turned violent": one day's arrests, counted apart."""
    assert _relations_between("own567", "French police arrested", "Some 200 people") == [Relation.CONFLICT]


def test_the_second_largest_of_a_kind_is_not_its_largest() -> None:
    """ "The fine is the second-largest ever imposed in a cartel case" / "It is the largest cartel
    fine in the EU's history" (was the same claim at 0.55)."""
    assert _relations_between("own530", "The fine is the second-largest", "It is the largest") != [Relation.SAME]


def test_the_highest_and_the_lowest_of_one_thing_contradict_each_other() -> None:
    """ "Turnout was 80.8%, the highest since 1996" / "Turnout was the lowest in decades" was the same
    claim (own1263); the highest of one thing and the lowest of another are not rivals."""
    assert _relations_between("own1263", "Turnout was 80.8%", "Turnout was the lowest") == [Relation.CONFLICT]
    assert judged(
        "Prices hit their highest level in a decade.", "Prices hit their lowest level in a decade."
    ).relation is (Relation.CONFLICT)
    assert judged(
        "Unemployment fell to its lowest level since 2008.", "Inflation rose to its highest level since 2008."
    ).relation is not (Relation.CONFLICT)


def test_one_union_leader_calling_a_deal_fair_and_an_offer_an_insult_is_not_one_claim() -> None:
    """ "Union leader Jan Peeters called the deal a fair compromise" / "Union leader Jan Peeters said
    the offer was an insult": who speaks, title and all, is all they share."""
    assert _relations_between("own532", "Union leader Jan Peeters called", "Union leader Jan Peeters said") != [
        Relation.SAME
    ]


def test_a_recall_over_one_germ_is_not_the_same_as_one_over_another() -> None:
    """ "Hallmark recalls chicken nuggets over salmonella" / "Hallmark pulls frozen nuggets in
    listeria scare": the two headlines disagree on the cause."""
    assert _relations_between("own512", "Hallmark recalls", "Hallmark pulls") != [Relation.SAME]


def test_two_statements_opening_on_one_speaker_and_saying_nothing_alike_are_not_the_same() -> None:
    """ "Prime Minister Jonas Berg said he had accepted her resignation" / "Prime Minister Jonas
    Berg said he still had full confidence in her": the speaker is all they share."""
    assert _relations_between(
        "own508", "Prime Minister Jonas Berg said he had", "Prime Minister Jonas Berg said he still"
    ) != [Relation.SAME]


def test_a_headline_sharing_only_a_name_and_a_source_is_not_the_same_claim() -> None:
    """Who is quoted is not what is said: two leads naming one singer, each "said" by her team,
    make different claims."""
    left = _article(
        "Singer Rosa Benet rushed to hospital\n\n"
        "Spanish singer Rosa Benet was rushed to hospital on Friday night after she collapsed during a "
        "concert in Lisbon, her management said."
    )
    right = _article('Rosa Benet cuts Lisbon show short, is "fine", team says\n\nShe went back to her hotel.')
    assert [m for m in align(left, right) if m.relation is Relation.SAME] == []


def test_a_first_claimed_is_a_claim_of_its_own() -> None:
    """ "It was Marlowe's first arrest" claims a rank; the headline of the arrest makes another
    claim about the same arrest."""
    left = _article("Actor Dean Marlowe enters rehab after weekend arrest\n\nMarlowe was arrested on Saturday.")
    right = _article("Marlowe's team speaks out\n\nIt was Marlowe's first arrest.")
    assert [m for m in align(left, right) if m.relation is Relation.SAME and m.a == 0] == []


def test_two_figures_that_share_nothing_but_their_company_are_not_the_same_claim() -> None:
    """ "Nordtek ... would cut 1,200 jobs, about 8 percent of its workforce" and "Third-quarter
    revenue dropped 14% to EUR 2.1bn" share the company and a share of something, not a claim."""
    left, right = _own_pair("own02")
    verdicts = {(left[m.a].text[:30], right[m.b].text[:30]): m.relation for m in align(left, right)}
    assert verdicts.get(("Nordtek, the Finnish telecoms ", "Third-quarter revenue dropped ")) is not Relation.SAME
    assert Relation.SAME in verdicts.values()


def test_a_headline_is_its_first_clause_not_the_background_after_as() -> None:
    """ "Farmer dies as floods spread across Lombardy" claims a death; the floods spreading is
    its background, which the other headline's claim shares without making it."""
    left = _article(
        "Farmer dies as floods spread across Lombardy\n\n"
        "A farmer drowned when the Po burst its banks near Cremona on Sunday, officials said."
    )
    right = _article(
        "Floods spread across Lombardy, 300 evacuated\n\n"
        "Some 300 people were evacuated from villages along the Po on Sunday."
    )
    found = {(left[m.a].text[:6], right[m.b].text[:6]): m.relation for m in align(left, right)}
    assert found.get(("Farmer", "Floods")) is not Relation.SAME


def test_a_lead_claims_what_comes_before_the_clause_after_as() -> None:
    """ "Police arrested 30 people as thousands marched in Riga" claims arrests; the march is
    what went on meanwhile, which the other headline reports without claiming any arrest. And
    a headline's claim that shares only a name ("Storm Ida kills four as it batters the coast")
    is not what the other's "Storm Ida slammed into the coast" claims."""
    left = _article(
        "Thousands march in Riga against pension cuts\n\n"
        "Thousands of people marched through central Riga on Saturday against planned cuts to pensions."
    )
    right = _article(
        "Riga pension protest turns violent\n\n"
        "Police arrested at least 30 people as thousands marched in Riga against pension cuts on Saturday."
    )
    found = {(left[m.a].text[:14], right[m.b].text[:14]): m.relation for m in align(left, right)}
    assert found.get(("Thousands marc", "Police arreste")) is not Relation.SAME
    assert found.get(("Thousands of p", "Police arreste")) is not Relation.SAME
    storm_left = _article(
        "Storm Ida hits the Atlantic coast\n\nStorm Ida slammed into the Atlantic coast near Porto on Sunday."
    )
    storm_right = _article(
        "Storm Ida kills four as it batters the Atlantic coast\n\nFour people died when trees fell on their cars."
    )
    found = {
        (storm_left[m.a].text[:14], storm_right[m.b].text[:14]): m.relation for m in align(storm_left, storm_right)
    }
    assert found.get(("Storm Ida slam", "Storm Ida kill")) is not Relation.SAME


def test_a_headline_and_a_lead_telling_each_others_claim_and_background_are_the_same_claim() -> None:
    """ "Lisbon bans car washing as reservoirs drop to 31%" and "Lisbon's dams are down to 31% of
    capacity, officials said, as the city announced a ban on washing cars" tell one claim and one
    background each way round: the level both give ties the lead's claim to the headline."""
    left = _article(
        "Lisbon bans car washing as reservoirs drop to 31%\n\n"
        "The ban takes effect on Monday and will be reviewed in April."
    )
    right = _article(
        "Lisbon water restrictions tighten\n\n"
        "Lisbon's dams are down to 31% of capacity, officials said, as the city announced a ban on washing cars."
    )
    found = {(left[m.a].text[:6], right[m.b].text[:8]): m.relation for m in align(left, right)}
    assert found.get(("Lisbon", "Lisbon's")) is Relation.SAME


def test_a_headline_the_other_lead_tells_whole_is_the_same_claim() -> None:
    """A headline is short and the other article's lead long: the pair scores low, however
    fully the lead tells the headline's claim."""
    left = _article(
        "Rita Moss picked to front Grammys\n\n"
        "Comedian Rita Moss will make her second appearance as a Grammy Awards host next year, the academy's "
        "chief executive Harvey Mason told reporters in Santa Monica on Friday, in a move widely seen as a less "
        "provocative choice for the industry's highest honours after a ribald, much-criticised performance by "
        "Dan Pryce at the Crypto Arena that drew complaints from parents' groups, advertisers and several nominees."
    )
    right = _article(
        "Comic Rita Moss to host Grammy Awards again\n\n"
        "The announcement ends weeks of speculation in Los Angeles about who would lead the show."
    )
    found = {(left[m.a].text[:8], right[m.b].text[:8]): m.relation for m in align(left, right)}
    assert found.get(("Comedian", "Comic Ri")) is Relation.SAME


def test_counterparts_naming_two_of_the_same_names_tell_one_event() -> None:
    """Two articles' headlines, or two statements each the other's best match: when both pick the
    same two names out of the story they tell its one event, however else they word it ("beats" /
    "falls to", "was travelling" / "was on its way"). A headline telling what one side says may be
    its denial of the other, and is no such pair."""
    left = _article("Ostrova beats Lindqvist to win Rome Open\n\nThe match lasted two hours.")
    right = _article("Lindqvist falls to Ostrova in Rome final\n\nIt was her third title this year.")
    assert ("Ostrova beats Lindqvist to win Rome Open", "Lindqvist falls to Ostrova in Rome final") in _called(
        left, right, Relation.SAME
    )
    left = _article(
        "Coach overturns in the Andes\n\nThe coach was travelling from Tacna to Puno with 30 passengers on board."
    )
    right = _article("Andes coach crash\n\nThe vehicle was on its way from Tacna to Puno.")
    assert (
        "The coach was travelling from Tacna to Puno with 30 passengers on board.",
        "The vehicle was on its way from Tacna to Puno.",
    ) in _called(left, right, Relation.SAME)
    left = _article("Kyiv forces retake village of Vesele, army says\n\nFighting went on all night.")
    right = _article("Moscow says it repelled Kyiv assault near Vesele\n\nTwo tanks were destroyed.")
    assert _called(left, right, Relation.SAME) == set()


def test_counterparts_naming_two_names_beyond_the_story_need_restate_less() -> None:
    """Each other's best match, naming the same two names that are not the story's own places
    ("Max Verstappen retired on the opening lap after being hit by Mercedes rookie Kimi Antonelli"
    / "Verstappen's race ended at the first corner when Antonelli's Mercedes slid into his Red
    Bull"): one event, each report wording the rest its own way."""
    for pair, mine, theirs in (
        ("own269", "Max Verstappen retired", "Verstappen's race ended"),
        ("own333", "The junior coalition partner", "The Liberal Alliance pulled"),
    ):
        assert _relations_between(pair, mine, theirs) == [Relation.SAME], pair


def test_counterparts_scoring_just_under_a_quarter_may_be_one_claim() -> None:
    """Each other's best match, one restating the other's deed in words of its own ("carried out a
    controlled release and burn of the chemicals on Monday" / "deliberately burned the chemicals on
    Monday"), scores just under a quarter: still one claim (verdict.COUNTERPART_SCORE)."""
    for pair, mine, theirs in (
        ("own398", "Officials carried out a controlled release", "Crews deliberately burned"),
        ("own700", "Spotify will raise the monthly price", "Spotify hikes US subscription prices"),
    ):
        assert _relations_between(pair, mine, theirs) == [Relation.SAME], pair


def test_a_rough_size_is_a_detail_not_the_claim() -> None:
    """ "Hundreds of houses were wrecked" / "About 300 homes were damaged or destroyed": "hundreds",
    "thousands", "dozens" tell how many, as a number does, and weigh as little; weighed as rare
    words they kept a short statement from its counterpart."""
    for pair, mine, theirs in (
        ("own302", "About 300 homes", "Hundreds of houses"),
        ("own349", "Her arrest sparked protests", "Thousands protested"),
        ("own350", "A landslide triggered by monsoon", "Nepal bus plunges"),
    ):
        assert _relations_between(pair, mine, theirs) == [Relation.SAME], pair


def test_a_headline_is_weighed_against_the_other_articles_lead_however_little_they_share() -> None:
    """ "EU hits Apple with €1.8bn fine in Spotify case" / "The European Commission fined Apple 1.8
    billion euros on Monday for ...": a headline tells the lead's claim in a few words of its own,
    so the two are judged as the two headlines are, not left out for scoring low."""
    for pair, mine, theirs in (
        ("own155", "The European Commission fined Apple", "EU hits Apple"),
        ("own380", "Belgian police seize record", "Authorities at Antwerp port"),
    ):
        assert _relations_between(pair, mine, theirs) == [Relation.SAME], pair


def test_two_headlines_giving_one_toll_differently_conflict_however_little_else_they_share() -> None:
    """ "Heavy rains kill at least 40 in southern Brazil" / "Santa Catarina flood toll climbs to 35":
    two headlines are judged whatever they score, and their values with them."""
    left, right = _own_pair("own348")
    assert (left[0].text, right[0].text) in _called(left, right, Relation.CONFLICT)


def test_saying_nothing_but_no_comment_is_no_claim() -> None:
    """ "Glastonbury organisers declined to comment" says nothing of what the other article's
    organisers said would happen; it was called the same claim as "Organisers said a replacement
    act would be announced later this week" between the two articles (own473)."""
    left, right = _own_pair("own473")
    assert not {(a, b) for a, b in _called(left, right, Relation.SAME) if a.startswith("Organisers said a replacement")}


def test_a_premium_is_how_far_above_the_price() -> None:
    """ "A 27% premium to Pallas's closing price" is how far above it, as "27 percent above where
    Pallas stock closed" is: the two give one offer, $38 a share and 27% above, and make one claim
    (it was related: only $38 agreed)."""
    left, right = _own_pair("own460")
    matches = [m for m in align(left, right) if left[m.a].text.startswith("Norvik will pay $38")]
    same = [m for m in matches if right[m.b].text.startswith("The all-cash offer") and m.relation is Relation.SAME]
    assert len(same) == 1
    assert same[0].why.basis == "both give $38"


def test_a_place_named_after_a_price_is_the_place_named_before_it() -> None:
    """ "It will cost 999 dollars in the United States" / "Prices in the US start at 999 dollars":
    one price of one place, whichever side of the sum each names it on (or as an adjective:
    "in Germany" / "German users")."""
    for pair, mine, theirs in (
        ("own296", "It will cost 999 dollars", "Prices in the US"),
        ("own363", "A Premium plan in Germany", "German users"),
    ):
        assert _relations_between(pair, mine, theirs) == [Relation.SAME], pair


def test_two_titles_naming_two_of_the_same_names_need_share_little_else() -> None:
    """Two headlines naming the same two names beyond the story's places ("Dutch club Ajax sack
    Heitinga after cup defeat" / "Ajax part ways with Heitinga amid crisis") tell one event,
    though they score low: a headline is short, and each picks its own words."""
    left = _article(
        "Dutch club Ajax sack Heitinga after cup defeat\n\n"
        "Ajax have sacked head coach John Heitinga after a 3-1 defeat in the cup, the club said on Sunday.\n\n"
        "Assistant Marco Pan will take charge for the next game."
    )
    right = _article(
        "Ajax part ways with Heitinga amid crisis\n\n"
        "Amsterdam side Ajax have dismissed manager John Heitinga following Saturday's cup exit.\n\n"
        "Pan, his assistant, will lead the team on an interim basis."
    )
    titles = ("Dutch club Ajax sack Heitinga after cup defeat", "Ajax part ways with Heitinga amid crisis")
    assert titles in _called(left, right, Relation.SAME)


def test_an_age_told_without_a_name_is_the_article_persons() -> None:
    """ "The 55-year-old was praised ..." names nobody, yet its article is about one person: the
    age is hers, and set against the other report's "Lind, 52, ...", though the two statements
    share no word. When two people open as many statements, the age is nobody's in particular."""
    left = _article(
        "Poet wins Ostra Prize\n\nPoet Marta Lind has won the Ostra Prize.\n\n"
        "Lind, 52, lives in Bergen.\n\nLind said she was delighted."
    )
    right = _article(
        "Bergen poet honoured\n\nMarta Lind was awarded the Ostra Prize on Monday.\n\n"
        "The 55-year-old was praised for her collections.\n\nLind will receive the prize in June."
    )
    assert ("Lind, 52, lives in Bergen.", "The 55-year-old was praised for her collections.") in _called(
        left, right, Relation.CONFLICT
    )
    two_people = _article(
        "Poets share Ostra Prize\n\nThe Ostra Prize went to Marta Lind and Jonas Berg.\n\n"
        "Lind said she was delighted.\n\nBerg said he was surprised.\n\nLind and Berg met in 1990.\n\n"
        "The 55-year-old was praised for her collections."
    )
    assert _called(left, two_people, Relation.CONFLICT) == set()


def test_two_splits_of_the_storys_vote_conflict_though_worded_apart() -> None:
    """ "Lawmakers voted 51 to 0 to oust him" / "The motion passed with 49 votes in favour and none
    against" share hardly a word, yet tell the one vote of the story two ways."""
    left = _article(
        "Senate removes governor\n\nThe senate removed Governor Ruiz from office on Friday.\n\n"
        "Lawmakers voted 51 to 0 to oust him."
    )
    right = _article(
        "Governor Ruiz ousted\n\nRuiz was removed from office on Friday.\n\n"
        "The motion passed with 49 votes in favour and none against."
    )
    assert ("Lawmakers voted 51 to 0 to oust him.", "The motion passed with 49 votes in favour and none against.") in (
        _called(left, right, Relation.CONFLICT)
    )


def test_one_vote_told_two_ways_is_one_claim() -> None:
    """ "The council voted 31 to 9 in favour of the plan" / "The measure passed by 31 votes to 9":
    the split is the story's one vote, however differently the two reports word the rest."""
    left = _article(
        "Arnhem council backs car ban\n\nArnhem will ban cars from its centre.\n\n"
        "The council voted 27 to 12 in favour of the plan."
    )
    right = _article("Arnhem votes for car ban\n\nThe ban starts in May.\n\nThe measure passed by 27 votes to 12.")
    assert ("The council voted 27 to 12 in favour of the plan.", "The measure passed by 27 votes to 12.") in _called(
        left, right, Relation.SAME
    )


@pytest.mark.parametrize(
    ("left", "right", "shared"),
    [
        ("A violent hailstorm damaged cars at the airport.", "Hail damaged cars at the airport.", "hailstorm"),
        ("Heavy snowfall closed the pass on Monday.", "Heavy snow closed the pass on Monday.", "snowfall"),
        ("Up to 300 mm of rainfall was recorded in Valencia.", "Up to 300 mm of rain fell in Valencia.", "rainfall"),
    ],
)
def test_weather_and_its_fall_are_one_word(left: str, right: str, shared: str) -> None:
    """A hailstorm is hail, snowfall snow: the reason names the word as one both say."""
    match = judged(left, right)
    assert match.relation is Relation.SAME
    assert shared in match.why.text


def test_a_plants_output_is_its_production() -> None:
    left = _article(
        "Brewer to close two plants\n\nBavaria will close two breweries.\n\nProduction will move to Lieshout."
    )
    right = _article(
        "Brewer shuts plants\n\nBavaria is shutting two sites.\n\n"
        "Output from both sites will be shifted to Lieshout, the group's largest brewery."
    )
    assert (
        "Production will move to Lieshout.",
        "Output from both sites will be shifted to Lieshout, the group's largest brewery.",
    ) in _called(left, right, Relation.SAME)


def test_headlines_that_agree_on_a_value_are_the_same_claim() -> None:
    """A headline and a lead that give one value alike ("Record heat: Spain hits 46.8C" / "A new
    national record of 46.8C was set in the southern town of Montoro on Sunday, ...") tell one
    story's news, however differently they word the rest."""
    left, right = _own_pair("own156")
    verdicts = {(left[m.a].text[:12], right[m.b].text[:12]): m.relation for m in align(left, right)}
    assert verdicts.get(("Record heat:", "A new nation")) is Relation.SAME


def test_two_years_for_one_start_conflict_though_worded_apart() -> None:
    """ "The case began with a complaint by Spotify in 2019" / "The investigation was opened in
    2020 after Spotify complained" share little, but both tell when the one case started."""
    left, right = _own_pair("own155")
    verdicts = {(left[m.a].text[:12], right[m.b].text[:12]): m.relation for m in align(left, right)}
    assert verdicts.get(("The case beg", "The investig")) is Relation.CONFLICT


def test_a_first_time_and_a_second_are_two_claims_and_evening_is_night() -> None:
    """ "It is the second time she has had twins" / "She first had twins in 2019" tell of two
    births; "on Monday evening" / "on Monday night" may be one hour."""
    left, right = _own_pair("own169")
    verdicts = {(left[m.a].text[:12], right[m.b].text[:12]): m.relation for m in align(left, right)}
    assert verdicts.get(("It is the se", "She first ha")) is not Relation.SAME
    assert verdicts.get(("Meng Meng, a", "Giant panda ")) is Relation.SAME


def test_one_side_winning_is_the_other_losing() -> None:
    """ "Arsenal beat Chelsea 3-1 to go top" / "Chelsea lose at Arsenal as Gunners climb to top":
    the win and the loss are said of two sides, each the other's subject; one result."""
    left, right = _own_pair("own186")
    verdicts = {(left[m.a].text[:12], right[m.b].text[:12]): m.relation for m in align(left, right)}
    assert verdicts.get(("Arsenal beat", "Chelsea lose")) is not Relation.CONFLICT


def test_dismissing_what_a_name_asked_for_is_rejecting_it() -> None:
    """ "dismissed Google's appeal" rejects the appeal; it sacks no one (the possessive's "'s" is no token)."""
    match = judged("The Court of Justice dismissed Google's appeal on Tuesday.", "The court rejected Google's appeal.")
    assert match.relation is Relation.SAME
    assert "dismissed" in match.why.shared


def test_an_acronym_spelled_as_a_function_word_is_a_name() -> None:
    """ "WHO" is the World Health Organization, a name both reports share; "who" says nothing."""
    match = judged(
        "The WHO said on Friday that mpox is no longer an emergency.",
        "Mpox is no longer a global emergency, the WHO said.",
    )
    assert match.relation is Relation.SAME
    assert "WHO" in match.why.shared


def test_two_lengths_of_one_walkout_conflict_from_a_moderate_score() -> None:
    """A headline and the other's lead that tell one strike share few words ("five-day strike" /
    "walk out for four days"), yet how long it lasts is one fact (DATE_SCORE)."""
    left = _article(
        "Nurses in Scotland begin strike over pay\n\n"
        "Nurses in Scotland began a five-day strike on Monday, their union said.\n\n"
        "Hospitals cancelled hundreds of operations."
    )
    right = _article(
        "Scottish nurses walk out for four days\n\n"
        "The walkout is the first by nurses in Scotland.\n\n"
        "Ministers said talks would continue."
    )
    found = {(left[m.a].text[:24], right[m.b].text[:8]): m for m in align(left, right)}
    match = found[("Nurses in Scotland began", "Scottish")]
    assert match.relation is Relation.CONFLICT
    assert "five / four days" in match.why.text


def test_a_figure_for_one_country_is_not_set_against_the_whole_storys() -> None:
    """A report on the euro area that gives Germany's rate in passing: Germany's 2.4% is no
    contradiction of the area's services rate, but two reports' German rates are one fact."""
    left = _article(
        "Euro area inflation falls to 2.1% in October\n\n"
        "Inflation in the euro area fell to 2.1% in October from 2.4% in September, Eurostat said.\n\n"
        "Economists had expected a rate of 2.2%.\n\n"
        "Services inflation eased to 3.8%.\n\n"
        "Energy prices fell 4.5% from a year earlier.\n\n"
        "The figures make a further interest rate cut in December more likely.\n\n"
        "Inflation in Germany, the bloc's largest economy, fell to 2.0%."
    )
    right = _article(
        "Euro area inflation eases more than forecast\n\n"
        "Annual inflation in the euro area was 2.1% in October, down from 2.4% a month before, Eurostat said.\n\n"
        "Analysts had forecast 2.2%.\n\n"
        "Core inflation came in at 2.7%.\n\n"
        "The slowdown strengthens the case for another rate cut, economists said.\n\n"
        "In Germany, inflation fell to 2.4%."
    )
    found = {(left[m.a].text[:20], right[m.b].text[:12]): m.relation for m in align(left, right)}
    assert found.get(("Services inflation e", "In Germany, ")) is not Relation.CONFLICT
    assert found.get(("Inflation in the eur", "In Germany, ")) is not Relation.SAME
    assert found.get(("Inflation in Germany", "In Germany, ")) is Relation.CONFLICT


def test_counterparts_giving_one_telling_value_are_one_claim_though_worded_apart() -> None:
    """ "Rescuers recovered 38 bodies" and "The death toll rose to 38" share only the number, yet
    tell one toll: a value two reports seldom give alike by chance makes the two statements that
    best match each other one claim. The same number of another thing does not."""
    left = _article(
        "Ferry sinks off Sulawesi\n\n"
        "Rescuers recovered 38 bodies from the water on Friday.\n\n"
        "The ferry had left Baubau on Thursday night."
    )
    right = _article(
        "Indonesia ferry disaster\n\n"
        "The death toll rose to 38, the search agency said.\n\n"
        "The vessel was overloaded, survivors said."
    )
    headlines = ("Ferry sinks off Sulawesi", "Indonesia ferry disaster")
    same = _called(left, right, Relation.SAME) - {headlines}
    assert same == {
        ("Rescuers recovered 38 bodies from the water on Friday.", "The death toll rose to 38, the search agency said.")
    }
    rescued = _article("Indonesia ferry disaster\n\n38 people were pulled alive from the sea, the agency said.")
    assert _called(left, rescued, Relation.SAME) - {headlines} == set()


def test_two_depths_of_the_story_are_compared_though_worded_apart() -> None:
    """ "at a depth of 7 km" and "The tremor was shallow, about 10 kilometres deep" give one fact
    of the story in words that share almost nothing: a reader must see them set against each other."""
    left = _article(
        "Earthquake strikes Malatya\n\n"
        "A magnitude 6.1 earthquake struck Malatya province on Saturday night.\n\n"
        "The quake hit at 10:42 p.m. at a depth of 7 km, centred near the town of Yesilyurt.\n\n"
        "Twelve buildings collapsed in the province."
    )
    right = _article(
        "Deadly quake rattles Malatya\n\n"
        "An earthquake of magnitude 6.1 shook Malatya late on Saturday.\n\n"
        "The tremor was shallow, about 10 kilometres deep, according to the European seismological centre EMSC.\n\n"
        "Twelve buildings came down across the province."
    )
    conflicts = _called(left, right, Relation.CONFLICT)
    assert conflicts == {
        (
            "The quake hit at 10:42 p.m. at a depth of 7 km, centred near the town of Yesilyurt.",
            "The tremor was shallow, about 10 kilometres deep, according to the European seismological centre EMSC.",
        )
    }


def test_two_days_of_one_death_are_compared_though_worded_apart() -> None:
    """ "She died peacefully at her home ... on Thursday" and "Holloway passed away on Wednesday at
    a hospital" share only the death: a reader of two obituaries must see the days set apart."""
    left = _article(
        "Actress Gena Holloway dies at 88\n\n"
        "Gena Holloway, who won an Academy Award for the drama Harbour Lights, has died, her family said.\n\n"
        "She died peacefully at her home in Santa Barbara, California, on Thursday.\n\n"
        "Holloway appeared in more than 60 films."
    )
    right = _article(
        "Hollywood star Holloway dead at 88\n\n"
        "Actress Gena Holloway, best known for her Oscar-winning turn in Harbour Lights, has died.\n\n"
        "Holloway passed away on Wednesday at a hospital in Los Angeles after a short illness.\n\n"
        "Over 50 years she made more than 60 films."
    )
    conflicts = _called(left, right, Relation.CONFLICT)
    assert conflicts == {
        (
            "She died peacefully at her home in Santa Barbara, California, on Thursday.",
            "Holloway passed away on Wednesday at a hospital in Los Angeles after a short illness.",
        )
    }


def test_layoffs_told_as_a_noun_or_a_verb_are_one_claim() -> None:
    """ "... in third round of layoffs" and "Kestrel lays off 17% of staff": laying off is layoffs,
    and the headlines of two reports on one round of job cuts make one claim."""
    left = _article(
        "Kestrel to cut 1,500 jobs in third round of layoffs this year\n\n"
        "Kestrel will cut about 1,500 jobs, chief executive Ana Ruiz said on Monday."
    )
    right = _article("Kestrel lays off 17% of staff\n\nThe retailer Kestrel is laying off roughly 1,500 employees.")
    same = _called(left, right, Relation.SAME)
    assert ("Kestrel to cut 1,500 jobs in third round of layoffs this year", "Kestrel lays off 17% of staff") in same


def test_halting_stopping_and_suspending_are_one_claim() -> None:
    """ "Rail services in the west were suspended until Friday" and "Train services in western France
    were halted": halting, stopping and suspending a service tell one claim."""
    left = _article(
        "Storm Ciaran batters France\n\n"
        "Storm Ciaran battered north-western France overnight with winds of up to 207 km/h.\n\n"
        "Rail services in the west were suspended until Friday."
    )
    right = _article(
        "France counts the cost as Storm Ciaran sweeps through\n\n"
        "Winds of almost 200 km/h lashed Brittany as Storm Ciaran swept across France.\n\n"
        "Train services in western France were halted."
    )
    same = _called(left, right, Relation.SAME)
    assert (
        "Rail services in the west were suspended until Friday.",
        "Train services in western France were halted.",
    ) in same


def test_an_outlook_is_a_forecast() -> None:
    """ "Novo Nordisk lowers outlook, shares plunge" and "... cut its full-year sales growth forecast":
    a company's outlook, forecast or guidance is one thing."""
    left = _article(
        "Danish drugmaker cuts sales forecast\n\n"
        "Danish drugmaker Kestrel cut its full-year sales growth forecast to between 8% and 14% on Wednesday.\n\n"
        "Kestrel shares fell 20% in Copenhagen."
    )
    right = _article(
        "Kestrel lowers outlook, shares plunge\n\n"
        "Kestrel shares tumbled after the company said sales of its weight-loss drug would grow more slowly."
    )
    same = _called(left, right, Relation.SAME)
    assert (
        "Danish drugmaker Kestrel cut its full-year sales growth forecast to between 8% and 14% on Wednesday.",
        "Kestrel lowers outlook, shares plunge",
    ) in same


def test_two_temperatures_of_the_story_are_compared_though_worded_apart() -> None:
    """ "Temperatures in northern Norway fell to minus 38 degrees Celsius" and "Norway shivers at
    -43C": the temperature a story turns on is one fact, told in words that share almost nothing."""
    left = _article(
        "Cold snap brings bitter night to the north\n\n"
        "Temperatures in northern Norway fell to minus 38 degrees Celsius on Tuesday, the lowest January reading "
        "in 25 years.\n\n"
        "The reading was recorded in Karasjok.\n\n"
        "Train services in the north were cancelled because of frozen points."
    )
    right = _article(
        "Norway shivers at -43C\n\n"
        "The coldest January night in Norway for 25 years was recorded in Karasjok, the weather agency said.\n\n"
        "Rail operator Vy cancelled trains in northern Norway."
    )
    conflicts = _called(left, right, Relation.CONFLICT)
    assert (
        "Temperatures in northern Norway fell to minus 38 degrees Celsius on Tuesday, the lowest January reading in "
        "25 years.",
        "Norway shivers at -43C",
    ) in conflicts


def test_a_record_claimed_by_one_side_only_is_a_claim_of_its_own() -> None:
    """ "It was Nepal's worst plane crash since 1992" claims a record the headline "Plane crashes
    into Nepal river gorge" does not: two claims about one crash, not one."""
    left = _article(
        "Plane crashes into Nepal river gorge\n\n"
        "A passenger plane carrying 72 people crashed near the city of Pokhara on Sunday.\n\n"
        "Rescuers have recovered 68 bodies from the site."
    )
    right = _article(
        "Nepal air disaster leaves no survivors\n\n"
        "All 72 people on board a Yeti Airlines flight are believed to have died near Pokhara.\n\n"
        "It was Nepal's worst plane crash since 1992."
    )
    same = _called(left, right, Relation.SAME)
    assert ("Plane crashes into Nepal river gorge", "It was Nepal's worst plane crash since 1992.") not in same


def test_a_telling_value_given_alike_is_one_claim_though_one_side_names_no_time() -> None:
    """ "Inflation rose to 3.8% in August" and "Consumer price inflation stands at 3.8%": one names
    the month, the other no time, and the value they give alike is seldom given by chance."""
    left = _article(
        "Bank of England holds rates at 4%\n\n"
        "The Bank of England kept its main interest rate at 4% on Thursday.\n\n"
        "Inflation rose to 3.8% in August, almost double the Bank's 2% target."
    )
    right = _article(
        "UK interest rates left unchanged\n\n"
        "British interest rates stayed at 4% on Thursday.\n\n"
        "Consumer price inflation stands at 3.8%, well above the 2% goal."
    )
    same = _called(left, right, Relation.SAME)
    assert (
        "Inflation rose to 3.8% in August, almost double the Bank's 2% target.",
        "Consumer price inflation stands at 3.8%, well above the 2% goal.",
    ) in same


def test_a_headline_naming_someone_in_full_is_the_same_claim_as_a_sentence_naming_them_by_surname() -> None:
    """A headline names someone in full with who they are ("Disgraced neurosurgeon Clara Voss
    ..."), the other report's sentence by surname with a detail added: what is said of her is
    one claim, though the words saying who she is outweigh it in the whole headline."""
    left = _article(
        "Disgraced neurosurgeon Clara Voss struck off medical register in Britain\n\n"
        "Voss, 61, was found to have falsified records of 14 operations, a tribunal ruled on Monday.\n\n"
        "Voss had worked at St Aldric's Hospital in Leeds for over twenty years.\n\n"
        "Voss said she would appeal the decision."
    )
    right = _article(
        "Neurosurgeon Clara Voss struck off after tribunal in Britain\n\n"
        "A medical tribunal in Manchester has ruled on the case of a doctor accused of falsifying records.\n\n"
        "Voss was struck off the medical register for misconduct after a hearing that lasted three weeks.\n\n"
        "Voss did not attend the hearing in Manchester."
    )
    same = _called(left, right, Relation.SAME)
    headline = "Disgraced neurosurgeon Clara Voss struck off medical register in Britain"
    assert (
        headline,
        "Voss was struck off the medical register for misconduct after a hearing that lasted three weeks.",
    ) in same
    assert (headline, "Voss did not attend the hearing in Manchester.") not in same


def test_counterparts_telling_one_fact_in_words_of_the_same_sense_are_the_same_claim() -> None:
    """Each other's best match, told in other words of one sense ("remain" / "stays", WordNet
    synonyms): one claim. A word's rare sense is no synonym: "knife" as a verb is "stab", yet
    "Police shoot dead knife attacker" is not "Man arrested after stabbing"."""
    left = _article(
        "Kowalski wins Vienna marathon in course record\n\n"
        "Poland's Marta Kowalski won the Vienna marathon on Sunday in 2:19:45, a course record.\n\n"
        "Kowalski will remain world number one.\n\n"
        "Police shot dead a knife attacker near the finish line.\n\n"
        "Organisers said 41,000 runners had entered this year."
    )
    right = _article(
        "Polish runner Kowalski breaks Vienna course record\n\n"
        "Marta Kowalski of Poland set a course record of 2:19:45 to take the women's race in Vienna.\n\n"
        "Kowalski stays at the top of the world rankings.\n\n"
        "A man was arrested after a stabbing near the finish line.\n\n"
        "Heat forced medics to treat dozens of amateur runners at the finish."
    )
    same = _called(left, right, Relation.SAME)
    assert ("Kowalski will remain world number one.", "Kowalski stays at the top of the world rankings.") in same
    assert not any(a.startswith("Police shot dead") for a, _ in same)


def test_counterparts_whose_claims_agree_are_the_same_claim_whatever_went_on_meanwhile() -> None:
    """ "Hundreds of residents climbed onto rooftops in panic as water spread through the old town"
    claims the climbing; what went on meanwhile, after "as", is its background, which the other
    report need not tell for the two to make one claim. A headline's "as" is another matter
    (`test_a_headline_is_its_first_clause_not_the_background_after_as`)."""
    left = _article(
        "Floods hit Tarnow\n\n"
        "The river Dunajec rose by two metres overnight.\n\n"
        "Hundreds of residents climbed onto rooftops in panic as water spread through the old town."
    )
    right = _article(
        "Tarnow under water\n\n"
        "The Dunajec rose two metres in a single night.\n\n"
        "Hundreds of residents climbed onto their rooftops to wait for fire brigade rescue boats and helicopters."
    )
    same = _called(left, right, Relation.SAME)
    assert any(a.startswith("Hundreds of residents") and b.startswith("Hundreds of residents") for a, b in same)


def test_counterparts_one_saying_only_what_was_not_so_are_not_the_same_claim() -> None:
    """ "Matcha tea was not linked to any lower risk, the study found" says only what was not so;
    who found it asserts nothing of the tea. "Matcha tea showed the same benefit as black tea"
    is another claim of the same tea, however each other's best match the two are."""
    left = _article(
        "Tea drinkers live longer, study says\n\n"
        "Drinking three cups of black tea a day was linked to a 12 percent lower risk of early death.\n\n"
        "Matcha tea showed the same benefit as black tea, the study found."
    )
    right = _article(
        "Black tea may help you live longer\n\n"
        "People who drank three cups of black tea daily had a 12% lower chance of dying early.\n\n"
        "Matcha tea was not linked to any lower risk, the study found."
    )
    same = _called(left, right, Relation.SAME)
    assert not any(a.startswith("Matcha tea") and b.startswith("Matcha tea") for a, b in same)


def test_a_level_and_a_move_of_the_same_figures_are_not_set_against_each_other() -> None:
    """ "fell to 2.1% in October from 2.4%" gives the rate's levels; "rose 2.1% ... compared with
    a year earlier, down from 2.4%" gives prices' move: the same two figures, told one as a level
    and one as a move, make no one claim whose "fell" and "rose" could contradict each other."""
    left = _article(
        "Eurozone inflation eases\n\n"
        "Inflation in the eurozone fell to 2.1% in October from 2.4% in September, Eurostat said on Friday."
    )
    right = _article(
        "Euro area prices slow\n\n"
        "Consumer prices in the 20 countries that use the euro rose 2.1% in October compared with a year "
        "earlier, down from 2.4% a month before, Eurostat figures showed."
    )
    assert not _called(left, right, Relation.CONFLICT)


def test_counterparts_giving_the_same_two_figures_are_the_same_claim() -> None:
    """ "around 70 percent, below the 90 percent goal" / "About 70% ..., short of the 90% target":
    two figures both give alike seldom meet by chance, however each words what they are of."""
    left = _article(
        "Flu cases rise in care homes\n\n"
        "Flu cases in care homes in Wales have doubled in a month, officials said.\n\n"
        "Uptake of the flu vaccine among care workers is around 70 percent, below the 90 percent goal set by ministers."
    )
    right = _article(
        "Care homes hit by flu surge\n\n"
        "The number of flu outbreaks in Welsh care homes doubled in December.\n\n"
        "About 70% of care home staff have had this winter's flu jab, short of the 90% target."
    )
    same = _called(left, right, Relation.SAME)
    assert any(a.startswith("Uptake") and b.startswith("About 70%") for a, b in same)


def test_no_casualties_is_set_against_someone_hurt_though_they_share_no_word() -> None:
    """ "No casualties were reported" counts none dead and none hurt: a tally, compared with one
    who was hurt however little else the two statements share."""
    left = _article(
        "Volcano erupts on Java\n\n"
        "Mount Kerapi erupted on Sunday, sending ash 3 km into the sky.\n\n"
        "No casualties were reported."
    )
    right = _article(
        "Javanese volcano spews ash\n\n"
        "Mount Kerapi erupted on Sunday, throwing ash high above the crater.\n\n"
        "One villager was injured by falling rocks."
    )
    assert ("No casualties were reported.", "One villager was injured by falling rocks.") in _called(
        left, right, Relation.CONFLICT
    )


@pytest.mark.parametrize(
    ("left_title", "right_title"),
    [
        ("Central bank keeps interest rates on hold", "Bank holds rates steady as inflation nears target"),
        ("Kidnapped Italian journalist freed in Syria", "Reporter Bellini home after seven months in captivity"),
        ("Wildfire forces evacuation of mountain town", "Thousands flee Cedar Ridge fire"),
        # Told to do something is an order, not something said.
        (
            "Toxic train derailment forces evacuation in Ohio town",
            "Ohio derailment: residents told to flee as crews burn toxic chemicals",
        ),
        # Left without power is power cut: one loss, told once by a negation.
        ("Storm Bert leaves thousands without power in Wales", "Storm Bert: flooding and power cuts across Wales"),
    ],
)
def test_two_headlines_are_one_claim_unless_something_sets_them_apart(left_title: str, right_title: str) -> None:
    """Each article's headline compresses the story's central claim into its own few words, so two
    headlines of one story often share no word ("keeps rates on hold" / "holds rates steady")."""
    left = _article(f"{left_title}\n\nThe decision was announced on Thursday.\n\nMarkets barely moved.")
    right = _article(f"{right_title}\n\nOfficials spoke to the press in the afternoon.\n\nMore details will follow.")
    assert (left_title, right_title) in _called(left, right, Relation.SAME)
    # The reason says what the verdict rests on, the words being few.
    (match,) = [m for m in align(left, right) if (m.a, m.b) == (0, 0)]
    assert match.why.text.startswith("the two headlines")
    # A reader asking for closer links gets only pairs that score that close.
    assert all(m.score >= 0.45 for m in align(left, right, min_score=0.45) if m.relation is Relation.SAME)


@pytest.mark.parametrize(
    ("left_title", "right_title"),
    [
        # One side's account against the other's.
        ("Rebels seize border town", "Army says it still holds Dara"),
        # A value given differently.
        ("Ferry carrying 150 sinks, 40 missing", "Ferry sinks with 150 on board, 12 missing"),
        # A denial of what the other asserts.
        ("Minister resigns over expenses row", "Minister has not resigned, office insists"),
        # What one side calls something.
        ("Anti-austerity march turns violent, 3 dead", "Prime Minister calls riot deaths 'murder'"),
        # Topics listed, no claim made.
        ("Iran admits supplying drones to Russia", "Drone Exports, Sanctions Tensions, and Alliances in the War"),
    ],
)
def test_two_headlines_set_apart_are_not_one_claim(left_title: str, right_title: str) -> None:
    left = _article(f"{left_title}\n\nThe news broke on Thursday.\n\nMore details will follow.")
    right = _article(f"{right_title}\n\nOfficials spoke to the press in the afternoon.\n\nMarkets barely moved.")
    assert (left_title, right_title) not in _called(left, right, Relation.SAME)


def test_a_legislature_and_a_reform_are_one_whatever_the_words_for_them() -> None:
    """ "Congress" / "lawmakers", "reform" / "overhaul": news names a country's legislature and
    a change of law each in several words; the lead and the other's headline tell one claim."""
    left = _article(
        "Chile's president signs pension reform into law\n\n"
        "Chilean President Gabriel Boric on Wednesday signed a pension reform that raises employer contributions.\n\n"
        "Congress approved the bill last week."
    )
    right = _article(
        "Boric enacts long-awaited overhaul of Chile's pension system\n\n"
        "Chile's government enacted a pension overhaul on Wednesday.\n\n"
        "Lawmakers passed the reform last week."
    )
    same = _called(left, right, Relation.SAME)
    assert (left[1].text, right[0].text) in same
    assert (left[2].text, right[2].text) in same


def test_a_margin_of_one_told_by_where_it_leaves_a_side_is_read() -> None:
    match = judged("City are now two points clear of Arsenal.", "The win puts City one point ahead of Arsenal.")
    assert match.relation is Relation.CONFLICT
    assert match.why.text.startswith("two points / one point")


def test_one_number_of_dead_both_give_is_what_a_same_claim_rests_on() -> None:
    """A story's toll is its one fact, however small: "three people were killed" and "three
    people died", worded apart, are one claim, and the reason says so."""
    left = _article(
        "Greek anti-austerity march erupts in violence\n\n"
        "Three people, one of them a pregnant woman, were killed when Greeks protesting against austerity "
        "measures threw petrol bombs at a bank in Athens.\n\n"
        "Police fired tear gas at protesters near parliament."
    )
    right = _article(
        "Greek prime minister calls riot deaths murder\n\n"
        "Three people died when an Athens bank went up in flames on Wednesday as tens of thousands of Greeks "
        "took to the streets.\n\n"
        "The prime minister denounced the deaths as murder."
    )
    match = next(m for m in align(left, right) if (m.a, m.b) == (1, 1))
    assert match.relation is Relation.SAME
    assert match.why.basis == "both give three dead"


def test_what_one_considers_and_a_month_set_apart_are_not_the_same_claim() -> None:
    """ "His lawyer said he would appeal" / "... said they were considering an appeal": one is
    going to be, the other may be; "sentenced in March" / "Sentencing is set for April": two
    months. Told in one article pair, each is the other's closest statement, and still not one claim."""
    left, right = _own_pair("own436")
    verdicts = {(left[m.a].text[:12], right[m.b].text[:12]): m.relation for m in align(left, right)}
    assert verdicts.get(("His lawyer s", "Defence atto")) is not Relation.SAME
    assert verdicts.get(("He faces up ", "Sentencing i")) is not Relation.SAME
    assert verdicts.get(("Hale was acq", "The jury cle")) is Relation.SAME


def test_a_headline_falling_short_of_a_majority_tells_no_fall() -> None:
    """ "wins Portuguese election but falls short of majority" / "claims narrow victory as far
    right surges": "falls short" is no fall set against a surge; the two headlines tell one win."""
    left, right = _own_pair("own434")
    (headlines,) = [m for m in align(left, right) if (m.a, m.b) == (0, 0)]
    assert headlines.relation is Relation.SAME


def test_one_number_of_displaced_both_give_is_what_a_same_claim_rests_on() -> None:
    """ "More than 40,000 people have been displaced" / "About 40,000 people have been forced from
    their homes": a toll of the story, given alike in words that share only "people"."""
    left, right = _own_pair("own441")
    (match,) = [m for m in align(left, right) if left[m.a].text.startswith("More than 40,000")]
    assert right[match.b].text.startswith("About 40,000")
    assert match.relation is Relation.SAME
    assert match.why.basis == "both give 40,000 evacuated"


def test_a_count_naming_those_told_of_before_is_no_claim_of_the_count() -> None:
    """ "Lumafield's 180 employees will join Veridian's cloud division" / "Lumafield, which employs
    about 180 people, was last valued at $400m": the two agree on the count, but each claims
    something else of the staff and the company."""
    assert _relations_between("own569", "Lumafield's 180", "Lumafield, which") != [Relation.SAME]


def test_a_toll_both_give_alike_is_not_set_against_those_who_survived() -> None:
    """ "At least 41 migrants died when their boat capsized" / "Four people survived after a migrant
    boat sank ..., and about 40 others are feared to have drowned": the survivors are other people
    than the dead both count alike."""
    assert _relations_between("own593", "At least 41 migrants died", "Four people survived") == [Relation.SAME]


def test_a_deal_that_fell_through_collapsed() -> None:
    """The reason names the one word two reports use for a deal that failed, however each words it."""
    match = judged("The takeover deal collapsed on Friday.", "The takeover deal fell through on Friday.")
    assert match.relation is Relation.SAME
    assert "collapsed" in match.why.text


def test_a_rating_told_of_two_days_is_no_conflict() -> None:
    """ "Hurricane Milton made landfall ... on Wednesday night as a Category 3 storm" / "Milton had
    been a Category 5 storm on Monday": a storm's category changes from day to day."""
    assert Relation.CONFLICT not in _relations_between("own589", "Hurricane Milton made", "Milton had been")


def test_what_an_article_admits_as_this_is_the_claim_before(
    admits_statements: list[Statement], sanctions_statements: list[Statement]
) -> None:
    """ "Iranian authorities admitted this following weeks of criticism" owns to what the statement
    before says Iran admitted, drones for Russia: the same claim as the other report's "Tehran later
    acknowledged drone deliveries to Russia" (the example pair's A2 / B14), though the two share
    only the owning to."""
    found = [
        m
        for m in align(admits_statements, sanctions_statements)
        if admits_statements[m.a].text.startswith("Iranian authorities\u2019 admitted this")
        and sanctions_statements[m.b].text.startswith("Tehran later acknowledged")
    ]
    assert [m.relation for m in found] == [Relation.SAME]
    # The reason says what "this" was read as: the text of the statement does not show it.
    assert found[0].why.text.startswith('reads "this" as providing Russia with drones')


def test_this_with_a_noun_of_its_own_is_not_the_claim_before() -> None:
    """ "have not publicly acknowledged this fact" tells what "this fact" is itself: nothing of the
    statement before is read into it."""
    left = _article(
        "Drones\n\nRussia used Iranian drones to attack Kyiv.\n\n"
        "Officials have not publicly acknowledged this fact, an analyst said."
    )
    right = _article("Strikes\n\nRussia used Iranian drones in strikes on Kyiv on Monday.")
    assert "Officials have not publicly acknowledged this fact, an analyst said." not in {
        mine for mine, _ in _called(left, right, Relation.SAME) | _called(left, right, Relation.CONFLICT)
    }


def test_who_told_a_sentence_does_not_make_it_a_report_of_a_saying() -> None:
    """ "Real Madrid have completed the signing of ... Endrick from Palmeiras, the club said on
    Sunday" and "Brazilian striker Endrick, 18, has joined Real Madrid from Palmeiras" name three
    names alike: one event, though the first closes on who told it."""
    assert _relations_between("own618", "Real Madrid have completed", "Brazilian striker") == [Relation.SAME]


def test_a_headline_telling_what_a_side_says_is_its_account() -> None:
    """ "Tom Aldana still directing 'Night Harbor', studio says" is the studio's account against
    "Director Tom Aldana exits 'Night Harbor' over creative differences": names alike make it no
    same claim; so is "Netflix: Vogt still directing 'Blackwater'", told after its speaker's colon."""
    assert Relation.SAME not in _relations_between("own05", "Director Tom Aldana exits", "Tom Aldana still directing")
    assert Relation.SAME not in _relations_between("own554", "Director Anna Vogt has departed", "Netflix: Vogt still")


def test_going_on_sale_and_being_available_from_are_one_start_of_sales() -> None:
    """ "It goes on sale on February 28" / "The device will be available from March 1": one start of
    sales, on two days."""
    assert _relations_between("own627", "It goes on sale", "The device will be") == [Relation.CONFLICT]


def test_a_jury_finding_someone_guilty_convicts_them() -> None:
    """ "A jury ... found former mayor Peter Quinn guilty" / "Ex-mayor Quinn convicted in contracts
    bribery case": the name between "found" and "guilty" leaves the verdict one."""
    assert _relations_between("own50", "A jury in Harlow County", "Ex-mayor Quinn convicted") == [Relation.SAME]


def test_a_sum_in_cash_as_large_as_the_deal_is_the_whole_price() -> None:
    """ "agreed to buy ... Corvant Therapeutics for $12.4 billion in cash" / "an all-cash deal that
    values the biotech company at about $12.4bn": the part paid in cash is all of it, and the sum a
    deal values a company at is its price, so the two give one price."""
    assert _relations_between("own651", "Helix Pharma said", "Drugmaker Helix") == [Relation.SAME]


def test_what_still_needs_to_be_done_is_not_done() -> None:
    """ "The record still needs to be ratified by World Athletics" / "World Athletics has already
    ratified the record"; not an obligation told of a state ("they still have to be careful")."""
    assert _relations_between("own652", "The record still", "World Athletics") == [Relation.CONFLICT]
    match = judged("The bodies still have to be identified.", "The bodies have been identified.")
    assert match.relation is Relation.CONFLICT
    assert judged("Officials said they still have to be careful.", "Officials said they were careful.").relation is (
        Relation.SAME
    )


def test_a_rank_is_one_more_than_the_times_before() -> None:
    """ "had won the Chicago race twice before" / "It was Chepngetich's third win in Chicago": one
    claim, told two ways; a fourth win against twice before is a conflict, and its reason names both."""
    assert _relations_between("own652", "Chepngetich, 30", "It was Chepngetich's") == [Relation.SAME]
    match = judged("Chepngetich had won the Chicago race twice before.", "It was Chepngetich's fourth win in Chicago.")
    assert match.relation is Relation.CONFLICT
    assert "twice before / fourth win" in match.why.text


def test_none_seriously_hurt_is_no_count_of_the_slightly_hurt() -> None:
    """ "... and nobody was seriously hurt" / "Four people were treated for minor injuries": none of
    the seriously injured is not none of the injured; none against three seriously injured is."""
    assert Relation.CONFLICT not in _relations_between("own650", "All passengers", "Four people")
    assert judged("No one was seriously injured.", "Three people were seriously injured.").relation is (
        Relation.CONFLICT
    )


def test_a_day_told_with_the_time_since_another_step_is_not_that_steps_day() -> None:
    """ "..., which broke out near the village of Varnavas on Sunday afternoon" / "... fled ... on
    Monday, a day after it broke out near Varnavas": Monday is when they fled; both say the fire
    broke out on Sunday."""
    assert Relation.CONFLICT not in _relations_between("own649", "More than 500", "Thousands of residents")


def test_a_name_ending_in_s_before_a_counted_noun_says_which_of_them() -> None:
    """ "About 8.5 million Windows devices were affected" counts devices, as "Microsoft estimated
    that 8.5 million devices had been hit" does: one claim, not windows against devices."""
    assert _relations_between("own653", "About 8.5 million", "Microsoft estimated") == [Relation.SAME]


def test_an_acronym_before_a_counted_noun_is_a_name_not_the_thing_counted() -> None:
    """ "About 500 NHS nurses went on strike" counts nurses: an acronym ending in "S" ("NHS", "US",
    "FLDS") is no plural, so the count is set against "Some 800 nurses walked out"."""
    left = "About 500 NHS nurses went on strike on Monday."
    assert judged(left, "Some 800 nurses walked out on Monday.").relation is Relation.CONFLICT
    troops = "About 12,000 US troops are stationed in the country."
    assert judged(troops, "Some 9,000 American soldiers are stationed in the country.").relation is Relation.CONFLICT


def test_a_count_told_earlier_than_the_news_is_of_another_occasion() -> None:
    """ "The company had already shed around 800 jobs earlier in the year" tells an earlier round
    of layoffs than "Spotify to cut 1,500 jobs in third round of layoffs": no conflict. Set
    earlier in a clause about who someone is, a count is still the story's; and "earlier this
    summer" may be the June another names ("Lens had rejected an earlier offer ... in June")."""
    assert Relation.CONFLICT not in _relations_between("own950", "Spotify to cut 1,500", "The company had already")
    earlier = "The firm had already cut 800 jobs earlier this year."
    assert judged("The firm will cut 1,500 jobs.", earlier).relation is not Relation.CONFLICT
    named = "Police named the suspect as Derek Mills, 41, who was fired earlier this month."
    assert judged(named, "The suspect, Derek Mills, 45, was fired in March.").relation is Relation.CONFLICT
    assert _relations_between("own06", "Lens had rejected an earlier", "Lens turned down a first") == [Relation.SAME]


def test_not_done_since_a_year_is_denied_by_a_deed_done_after_it() -> None:
    """ "The firm said the plant had not been inspected since 2021" / "... the building had passed a
    safety inspection in March": the other says it was done since, a conflict. Done before that
    year, or a story's own event told on its day, it is history the negation tells of."""
    assert _relations_between("own01", "The factory's owner, Sunrise", "The firm said the plant") == [Relation.CONFLICT]
    denial = "The bridge had not been inspected since 2019."
    assert judged(denial, "Engineers inspected the bridge in 2021.").relation is Relation.CONFLICT
    assert judged(denial, "Engineers inspected the bridge in 2017.").relation is not Relation.CONFLICT
    quake = "The region had not been hit by a quake of this size since 1990."
    assert judged(quake, "A 6.1 quake hit the region on Monday.").relation is not Relation.CONFLICT


def test_a_headline_claiming_a_prize_tells_no_saying() -> None:
    """ "Lukaku sinks former club Inter as Napoli claim top spot" claims a place in the table, not
    that something is so: against "Napoli beat Inter 2-1 to go top of Serie A" it is one story's
    claim, as two headlines are when nothing sets them apart."""
    assert _relations_between("own951", "Napoli beat Inter 2-1", "Lukaku sinks") == [Relation.SAME]


def test_a_figure_told_to_its_digits_reaches_no_further_below_a_round_floor() -> None:
    """ "Some 387,000 residents had been moved to evacuation centres" is told to the thousand: it is
    not "More than 400,000 people were evacuated", however round the floor; above a floor, how far a
    floor reaches decides ("More than 24,000 people have been forced from their homes" / "Some
    32,000 people have been displaced" stay one claim)."""
    assert _relations_between("own954", "More than 400,000", "Some 387,000") == [Relation.CONFLICT]
    assert _relations_between("own359", "About 45,000 runners", "More than 50,000") == [Relation.CONFLICT]
    assert _relations_between("own93", "More than 24,000", "Some 32,000") == [Relation.SAME]


def test_cancelled_is_not_delayed() -> None:
    """A flight or a concert cancelled is not one delayed: "Flights at Mactan-Cebu airport were
    cancelled" / "... remained open, although several flights were delayed" disagree; "delayed or
    cancelled" says both, and agrees with either."""
    assert _relations_between("own954", "Flights at Mactan", "Mactan-Cebu international") == [Relation.CONFLICT]
    assert judged("Several flights were delayed or cancelled.", "Flights were cancelled.").relation is Relation.SAME


def test_an_opposite_told_as_an_earlier_step_says_nothing_against_the_news() -> None:
    """ "Europe's medicines regulator ... recommended lecanemab for early Alzheimer's, after rejecting
    it in July" tells the story moving from a rejection to a recommendation: against "EU regulator
    backs first Alzheimer's drug to slow decline" it is one claim, not backs against rejecting."""
    assert _relations_between("own953", "EU regulator backs", "Europe's medicines") == [Relation.SAME]


def test_an_intention_denied_denies_the_deed_intended() -> None:
    """ "Hale's solicitor said he did not intend to appeal" denies the appeal "His lawyer said he
    would appeal against the conviction" tells; "has no plans to sell the club" the sale. An
    intention overtaken ("had not intended to") or an expectation ("had not expected to break the
    record") denies nothing that happened."""
    assert _relations_between("own952", "His lawyer said", "Hale's solicitor") == [Relation.CONFLICT]
    owner = "The owner said he would sell the club."
    assert judged(owner, "The owner has no plans to sell the club.").relation is Relation.CONFLICT
    assert Relation.CONFLICT not in _relations_between("own168", "Kiptum breaks", "Kiptum said he had not")


def test_the_day_results_showed_is_not_the_day_of_the_vote() -> None:
    """ "The opposition Social Democrats won 52 seats ..., preliminary results showed on Monday"
    tells when the count was known; "won Sunday's parliamentary election, taking 52 of the 141
    seats" when the vote was: one claim, not Sunday against Monday."""
    assert _relations_between("own955", "Lithuania's Social Democrats won", "The opposition Social") == [Relation.SAME]


def test_a_service_gone_down_is_what_leaves_users_without_it() -> None:
    """ "Microsoft's Outlook email service was down for about seven hours" / "... an outage of
    roughly seven hours that left users around the world without email": both say the email was
    gone, one claim, not email against without email."""
    assert _relations_between("own956", "Microsoft's Outlook email", "Microsoft restored its") == [Relation.SAME]


def test_a_denial_said_of_a_name_reaches_the_deed_told_of_her_pronoun() -> None:
    """ "Her lawyer said she would appeal to the Court of Arbitration for Sport" / "Dlamini said she
    accepted the ban and would not challenge it": "she" is Dlamini, whom the first need not name."""
    left = _article(
        "Swimmer Dlamini banned for doping\n\n"
        "South African swimmer Ayanda Dlamini has been banned for three years.\n\n"
        "Her lawyer said she would appeal to the Court of Arbitration for Sport."
    )
    right = _article(
        "Dlamini accepts three-year doping ban\n\n"
        "Ayanda Dlamini, the South African swimmer, has been suspended for three years.\n\n"
        "Dlamini said she accepted the ban and would not challenge it."
    )
    assert (
        "Her lawyer said she would appeal to the Court of Arbitration for Sport.",
        ("Dlamini said she accepted the ban and would not challenge it."),
    ) in _called(left, right, Relation.CONFLICT)


def test_a_toll_of_one_place_is_not_the_same_claim_as_the_toll_of_several() -> None:
    """ "Storm Ida hits Cuba, 7 dead" / "At least 12 people have died in Cuba and Haiti": Cuba's
    toll is a part of the whole, no rival figure for it and no one claim with it either."""
    left = _article(
        "Storm Ida hits Cuba, 7 dead\n\nStorm Ida made landfall in western Cuba on Sunday with winds of 150 km/h."
    )
    right = _article(
        "Storm Ida leaves trail of destruction in the Caribbean\n\n"
        "At least 12 people have died in Cuba and Haiti after Storm Ida hit on Sunday."
    )
    called = {
        (a[:11], b[:11]) for relation in (Relation.SAME, Relation.CONFLICT) for a, b in _called(left, right, relation)
    }
    assert ("Storm Ida h", "At least 12") not in called


def test_a_question_too_short_to_tie_to_one_answer_is_no_conflict() -> None:
    """ "whether anyone was hurt" names nothing but the hurt: "Two people were hurt" may be another
    event's."""
    assert judged("It was not clear whether anyone was hurt.", "Two people were hurt.").relation is not (
        Relation.CONFLICT
    )


def test_one_event_told_in_two_months_by_close_counterparts_is_a_conflict() -> None:
    """ "Lund tested positive ... in June" / "Lund returned a positive test ... in July": each other's
    best match, close, each telling one month and nothing else of time, so one test in two months;
    a month told as a limit ("sees first cut by June") may be any month before it."""
    left = _article(
        "Swimmer Lund banned for doping\n\n"
        "Lund tested positive for a banned diuretic in an out-of-competition test in June."
    )
    right = _article(
        "Lund handed doping ban\n\n"
        "Lund returned a positive test for a banned diuretic in an out-of-competition test in July."
    )
    found = {(m.relation, m.why.text if m.why else "") for m in align(left, right) if m.a == 1 and m.b == 1}
    assert any(relation is Relation.CONFLICT and "June / July" in why for relation, why in found)
    left = _article("Norges Bank holds rates at 4.5%, signals cut in May\n\nThe bank kept its rate at 4.5%.")
    right = _article("Norges Bank leaves rate on hold, sees first cut by June\n\nThe rate stays at 4.5%.")
    assert not _called(left, right, Relation.CONFLICT)


def test_power_cut_to_homes_is_what_leaves_them_without_electricity() -> None:
    """ "Power was cut to about 3 million homes" / "Millions of homes were left without
    electricity": both say the power was gone, no power against without electricity."""
    left = _article(
        "Storm Kira batters Portugal\n\nPower was cut to about 2 million homes across the north of the country."
    )
    right = _article("Storm Kira leaves trail of damage\n\nMillions of homes were left without electricity.")
    assert not _called(left, right, Relation.CONFLICT)


def test_founding_a_company_is_setting_it_up_or_starting_it() -> None:
    """ "Jeff Bezos founded Blue Origin in 2000" / "Bezos started the company in 2000": one claim;
    "found" as the past of "find" is no founding ("Police found the body" / "set up a cordon")."""
    assert _relations_between("own957", "Jeff Bezos founded", "Bezos started") == [Relation.SAME]
    assert judged("She founded the charity in 2010.", "She set up the charity in 2010.").relation is Relation.SAME
    assert judged("Police found the body on Monday.", "Police set up a cordon on Monday.").relation is not (
        Relation.SAME
    )


def test_a_duration_of_another_month_is_no_conflict_even_sharing_little() -> None:
    """ "A previous strike in October lasted 24 hours" is another occasion than the headline
    "Antwerp port paralysed by two-day dock strike": two durations in two frames of time, whatever
    the two share."""
    assert Relation.CONFLICT not in _relations_between("own958", "A previous strike", "Antwerp port paralysed")


def test_a_count_set_against_the_others_figure_does_not_deny_it() -> None:
    """ "Ding said 7,000 steps was a more realistic target than 10,000" weighs both figures: against
    "Ding said 10,000 steps remained a good goal" it denies no count."""
    assert Relation.CONFLICT not in _relations_between("own960", "Lead author Dr", "Ding said 10,000")
    assert _relations_between("own960", "The study was funded", "The research received") == [Relation.CONFLICT]


def test_nine_in_ten_is_ninety_percent() -> None:
    """ "about nine in ten of their members had stopped work" gives the share "about 90% of its
    members had joined the walkout" gives: one claim; "seven in ten voters" is not 90%."""
    assert _relations_between("own958", "The ABVV union said", "Union leaders said") == [Relation.SAME]
    left = "About 90% of voters backed the plan."
    assert judged(left, "About seven in ten voters backed the plan.").relation is Relation.CONFLICT


def test_one_toll_told_roughly_in_two_figures_is_one_claim() -> None:
    """ "More than 260,000 people were displaced by the fighting" / "Around 300,000 people fled their
    homes during the fighting": one toll, each figure rough, told in words that share little. A
    small count told exactly is another toll ("At least two people have died of heatstroke" /
    "Three deaths have been linked to the heat"), and "a firefighter died" counts none."""
    assert _relations_between("own963", "More than 260,000", "Around 300,000") == [Relation.SAME]
    assert _relations_between("own757", "About 2,100 people", "More than 2,000 residents") == [Relation.SAME]
    assert Relation.SAME not in _relations_between("own735", "At least two people", "Three deaths")
    assert Relation.SAME not in _relations_between("own420", "In Austria, a firefighter", "At least 16 people")


def test_a_flight_turned_back_returned() -> None:
    """ "A Ryanair flight from Dublin to Lanzarote returned to Dublin Airport on Saturday morning ..."
    / "A Ryanair Boeing 737 bound for Lanzarote turned back to Dublin on Saturday ...": one claim."""
    assert _relations_between("own961", "A Ryanair flight from", "A Ryanair Boeing") == [Relation.SAME]


def test_the_ages_of_a_group_listed_alike_tell_one_claim() -> None:
    """ "... forcing sex on the two girls, 12 and 15, who he had taken as wives, prosecutors said" /
    "Prosecutors charged that the 55-year-old sect leader sexually assaulted two girls, ages 12 and
    15, ...": the two ages listed alike are figures seldom shared by chance; one claim, the reason
    saying both give ages 12 and 15. Other ages are another group."""
    left = (
        "Those appetites included forcing sex on the two girls, 12 and 15, who he had taken as wives, prosecutors said."
    )
    right = (
        "Prosecutors charged that the 55-year-old sect leader sexually assaulted two girls, ages 12 and 15, by"
        " arranging illegal marriages under the guise of his religious beliefs."
    )
    found = judged(left, right)
    assert found.relation is Relation.SAME
    assert found.why is not None and "both give ages 12 and 15" in found.why.text
    other = right.replace("ages 12 and 15", "ages 13 and 16")
    assert judged(left, other).relation is not Relation.SAME


def test_one_figure_of_ten_or_more_both_give_for_a_toll_tells_one_claim() -> None:
    """ "Fifteen bodies have been recovered" / "At least 15 people died when a ferry sank off
    Sulawesi ...": the story's one toll, whatever else the two share; so is a crowd ("Police
    estimated the crowd at 24,000" / "Around 24,000 people took part in a protest"). A small one
    is as often said of who they were ("The two victims were a supervisor and a forklift driver")."""
    assert _relations_between("own175", "Fifteen bodies", "At least 15 people") == [Relation.SAME]
    assert _relations_between("own181", "Police estimated the crowd", "Around 24,000") == [Relation.SAME]
    assert Relation.SAME not in _relations_between("own459", "The two victims", "Two dead in Columbus")


def test_the_day_of_a_level_a_count_moved_from_is_not_the_news_day() -> None:
    """ "A measles outbreak in West Texas has grown to 159 cases, state health officials said on
    Tuesday, up from 146 on Friday" / "The number of measles cases in West Texas rose to 159 on
    Tuesday": Friday is the day of the earlier figure; one claim, not Friday against Tuesday."""
    assert _relations_between("own968", "A measles outbreak in West", "The number of measles") == [Relation.SAME]


def test_wins_of_a_contest_count_the_contests_won() -> None:
    """ "Pogacar took five stage wins" counts stages won, as "The Slovenian won four stages in this
    year's race" does: a conflict. "12 career wins" still counts wins."""
    assert _relations_between("own967", "The Slovenian won four", "Pogacar took five") == [Relation.CONFLICT]


def test_no_compound_noun_denies_its_last_noun() -> None:
    """ "French officials said no prisoner swap had taken place" denies a swap, not a prison: no
    conflict with the headline "Two French citizens freed after three years in Iranian prison"."""
    assert Relation.CONFLICT not in _relations_between(
        "own972", "Two French citizens freed", "French officials said no"
    )


def test_a_share_told_by_a_word_gives_it_roughly() -> None:
    """ "HSBC quarterly profit drops by nearly a third" / "HSBC's pre-tax profit fell 29% to $6.3
    billion in the second quarter": 29% is nearly a third, and "a third" ending its phrase is a
    share, no rank against "second". A share told in figures is still set against another."""
    assert _relations_between("own974", "HSBC profit falls 29%", "HSBC quarterly profit") == [Relation.SAME]
    assert _relations_between("own974", "HSBC's pre-tax profit fell", "HSBC quarterly profit") == [Relation.SAME]
    assert judged("Profit fell 29% in the quarter.", "Profit fell 35% in the quarter.").relation is Relation.CONFLICT


def test_a_place_evacuated_did_not_stay_open() -> None:
    """ "The Blue Lagoon geothermal spa was evacuated as a precaution" / "The Blue Lagoon remained
    open": a place emptied is closed, a conflict; people evacuated against shelters opened is none."""
    assert _relations_between("own973", "The Blue Lagoon geothermal", "The Blue Lagoon remained") == [Relation.CONFLICT]
    assert judged("Residents were evacuated on Monday.", "Emergency shelters opened on Monday.").relation is not (
        Relation.CONFLICT
    )


def test_a_price_an_auction_house_had_estimated_is_a_forecast() -> None:
    """ "Sotheby's had estimated it would sell for more than $150m" forecasts; "A portrait by Gustav
    Klimt sold for $236.4 million" is what came out: no conflict."""
    assert Relation.CONFLICT not in _relations_between("own977", "A portrait by Gustav", "Sotheby's had estimated")


def test_a_headline_telling_of_a_warning_issued_tells_no_saying() -> None:
    """ "Strong quake off Japan's Kyushu triggers tsunami warning" tells of a warning issued, not one
    side's account: against "Magnitude 6.9 quake strikes off southern Japan" the two headlines are
    one claim."""
    assert _relations_between("own976", "Magnitude 6.9 quake", "Strong quake off") == [Relation.SAME]


def test_degrees_reached_are_a_temperature_and_an_average_is_no_reading() -> None:
    """ "The town of El Granado reached 46 degrees on June 28" tells the heat "A temperature of 46C
    was recorded in El Granado on June 28" does: one claim. "temperatures averaging 23.6 degrees
    Celsius" is an average, no reading to set against 46C. A ship turning 30 degrees is no heat."""
    assert _relations_between("own981", "A temperature of 46C", "The town of El") == [Relation.SAME]
    assert Relation.CONFLICT not in _relations_between("own981", "A temperature of 46C", "Last month was")
    assert judged("Temperatures hit 105 degrees in Phoenix.", "Phoenix reached 41C on Sunday.").relation is not (
        Relation.CONFLICT
    )
    assert judged("Temperatures hit 105 degrees in Phoenix.", "Phoenix reached 46C on Sunday.").relation is (
        Relation.CONFLICT
    )


def test_the_previous_meetings_are_earlier_occasions_than_the_news() -> None:
    """ "Alcaraz had won the previous two Wimbledon finals" tells earlier finals than "Italy's Jannik
    Sinner came from a set down to defeat two-time defending champion Carlos Alcaraz in the Wimbledon
    final on Sunday": not one claim. Two statements of the same earlier meetings still are ("won their
    previous three meetings" / "in their last three encounters")."""
    assert Relation.SAME not in _relations_between("own979", "Alcaraz had won", "Italy's Jannik Sinner")
    assert _relations_between("own722", "Alcaraz had won their", "The Spaniard had beaten") == [Relation.SAME]


def test_nine_months_is_286_days_and_mid_february_is_a_month() -> None:
    """ "Stranded astronauts return to Earth after nine months" / "Wilmore and Williams back on Earth
    after 286 days": a length in whole months reaches half a month either way, one claim. "Letters
    will go out to owners in mid-February" names February, so it is not the same claim as "Owners will
    be notified by letter in December"."""
    assert _relations_between("own984", "Stranded astronauts", "Wilmore and Williams") == [Relation.SAME]
    assert Relation.SAME not in _relations_between("own983", "Owners will be notified", "Letters will go out")
    assert judged("The trial lasted nine months.", "The trial lasted 240 days.").relation is Relation.CONFLICT


def test_those_sent_to_help_with_the_rescue_are_not_rescued() -> None:
    """ "About 1,000 soldiers have been deployed to help with the rescue" counts soldiers, not people
    rescued: against "More than 1,200 troops are helping rescue efforts" it is a conflict."""
    assert _relations_between("own986", "About 1,000 soldiers", "More than 1,200") == [Relation.CONFLICT]


def test_ruling_out_stepping_down_agrees_with_not_resigning() -> None:
    """ "President Aleksandar Vucic said he would not resign" / "Vucic has ruled out stepping down":
    both deny he will quit, one claim; a ruling out is no leaving for a denial to set itself against."""
    assert _relations_between("own988", "President Aleksandar", "Vucic has ruled") == [Relation.SAME]


def test_a_word_with_a_prefix_against_it_asserts_nothing_a_negation_denies() -> None:
    """ "... its efforts to achieve a world free of nuclear weapons" / "Hidankyo wins Nobel Peace Prize
    for anti-nuclear campaign": both are against nuclear weapons, no conflict."""
    assert Relation.CONFLICT not in _relations_between("own989", "The Norwegian Nobel", "Hidankyo wins")


def test_votes_against_votes_is_a_split() -> None:
    """ "In the run-off, Takaichi took 185 votes against 156 for Koizumi" gives the split "She beat
    Shinjiro Koizumi by 185 votes to 156 in a run-off" gives: one claim."""
    assert _relations_between("own991", "She beat Shinjiro", "In the run-off") == [Relation.SAME]
    assert judged("The bill passed by 185 votes to 156.", "The bill won 185 votes against 146.").relation is (
        Relation.CONFLICT
    )


def test_none_beyond_those_told_denies_none_of_them() -> None:
    """ "No further arrests were made" / "Police arrested two men": none besides the two; "Taking
    more than 10,000 steps brought no additional benefit" / "The benefits levelled off above about
    10,000 steps a day": no benefit beyond, one claim told two ways. A further count against more is
    still set against it."""
    assert judged("No further arrests were made.", "Police arrested two men on Sunday.").relation is not (
        Relation.CONFLICT
    )
    assert Relation.CONFLICT not in _relations_between("own656", "The benefits levelled", "Taking more than")
    assert judged("No further arrests were made.", "Police made two more arrests on Monday.").relation is (
        Relation.CONFLICT
    )


def test_what_comes_from_outside_is_not_beyond_a_thing_the_other_names() -> None:
    """ "received no outside funding" denies funding from anyone else, against "received funding from
    the British Heart Foundation"; "no plans to sell the headset outside the US" still reaches only
    beyond the US."""
    left, right = (
        "The study received no outside funding.",
        "The study received funding from the British Heart Foundation.",
    )
    assert judged(left, right).relation is Relation.CONFLICT
    assert (
        judged(
            "Lumio has no plans to sell the headset outside the US.",
            "Lumio will start selling it in the US on February 2.",
        ).relation
        is not Relation.CONFLICT
    )


def test_a_record_since_beaten_is_told_for_its_place_too() -> None:
    """ "The previous record for Delhi was 49.2C, set in 2022" is a record beaten, not the reading
    "A weather station in New Delhi logged 52.9C on Wednesday" tells."""
    assert Relation.CONFLICT not in _relations_between("own659", "The previous record", "A weather station")


def test_a_condition_in_a_closing_which_clause_supposes_that_clause_alone() -> None:
    """ "A weather station in New Delhi logged 52.9C on Wednesday, which would be a national record
    if confirmed" tells the reading outright: one claim with "recorded a temperature of 52.9 degrees
    Celsius on Wednesday"."""
    assert _relations_between("own659", "The Indian capital", "A weather station") == [Relation.SAME]


def test_what_a_thing_weighs_is_a_weight_not_a_choice_weighed() -> None:
    """ "It has a 7.6-inch inner screen and weighs 239 grams" / "The handset weighs 239g and its main
    display measures 7.6 inches": two figures alike, grams in either spelling, told outright; "The
    board weighs a bid" still only considers it."""
    assert _relations_between("own658", "It has a 7.6-inch", "The handset weighs") == [Relation.SAME]
    assert judged("The board weighs a bid from Orion.", "The board accepted a bid from Orion.").relation is not (
        Relation.SAME
    )


def test_a_deed_done_so_many_times_is_as_many_of_its_noun() -> None:
    """ "Souza has been capped three times by Brazil" / "He has won five caps for Brazil": three caps
    against five; three against three is one claim."""
    assert _relations_between("own660", "Souza has been capped", "He has won five") == [Relation.CONFLICT]
    assert judged("Souza has been capped three times by Brazil.", "He has won three caps for Brazil.").relation is (
        Relation.SAME
    )


def test_a_figure_missed_is_no_count_of_the_missing() -> None:
    """ "Payrolls rose by 114,000 in July, missing the 175,000 that economists had expected" counts no
    missing people: the reason for its link to "About 170,000 people were missing in July" gave
    "both give 175,000 / 170,000 missing"."""
    match = judged(
        "Payrolls rose by 114,000 in July, missing the 175,000 that economists had expected.",
        "About 170,000 people were missing in July, economists said.",
    )
    assert "both give" not in match.why.text
    assert (
        "both give 20 / Twenty missing" in judged("20 people are missing.", "Twenty people are still missing.").why.text
    )


def test_a_person_fired_is_sacked_and_a_resignation_is_no_sacking() -> None:
    """ "Nordbank CEO fired as laundering probe widens" / "Nordbank chief Lindgren resigns over
    money-laundering scandal": sacked against quitting; "Rockets were fired into Israel" is no
    sacking, and what "leaves a woman dead" quits nothing ("A Michigan man shot to death one person
    ... at the ... firm from which he was fired last week" / "Shooting at Accounting Firm Leaves
    Woman Dead and 2 Hurt" stays one claim)."""
    assert _relations_between("own95", "Nordbank chief Lindgren", "Nordbank CEO fired") == [Relation.CONFLICT]
    assert (
        judged(
            "Rockets were fired into Israel on Monday, the army said.",
            "Rockets were fired at Israel on Monday, the army said.",
        ).relation
        is Relation.SAME
    )
    left = _article(
        "Gunman kills one at accounting firm\n\nA Michigan man shot to death one person and injured two others"
        " Monday at the suburban Detroit accounting firm from which he was fired last week, police said."
    )
    right = _article(
        "Shooting at Accounting Firm Leaves Woman Dead and 2 Hurt\n\nThe police are searching for the gunman."
    )
    assert (
        "A Michigan man shot to death one person and injured two others Monday at the suburban Detroit accounting"
        " firm from which he was fired last week, police said.",
        "Shooting at Accounting Firm Leaves Woman Dead and 2 Hurt",
    ) in _called(left, right, Relation.SAME)


def test_quitting_as_a_clause_begins_is_no_withdrawal_from_it() -> None:
    """ "Skyline Air CEO Devlin steps down as regulator grounds part of fleet": "as" opens a clause
    of its own, no post he leaves; set against "Skyline Air said none of its planes had been
    grounded" it is a conflict. "steps down as Intel CEO" still leaves the post."""
    assert _relations_between("own46", "Skyline Air said none", "Skyline Air CEO Devlin") == [Relation.CONFLICT]
    assert (
        judged(
            "Intel chief executive Pat Gelsinger steps down as Intel CEO.", "Pat Gelsinger remains Intel CEO."
        ).relation
        is Relation.CONFLICT
    )


def test_one_still_doing_a_thing_has_not_left_it() -> None:
    """ "Studio says Serra still directing 'Long Night' sequel" / "Director Paul Serra leaves 'The Long
    Night' sequel" was one claim at 0.66: staying at it against leaving is a conflict, as "remains"
    is; "40 are still missing" tells a state, no doing one stays at."""
    assert _relations_between("own666", "Director Paul Serra", "Studio says Serra") == [Relation.CONFLICT]
    assert _relations_between("own05", "Director Tom Aldana exits", "Tom Aldana still directing") == [Relation.CONFLICT]


def test_critically_endangered_is_no_criticism() -> None:
    """ "Zoo welcomes birth of rare Sumatran tiger cubs" / "The zoo said three critically endangered
    Sumatran tiger cubs were born in early May" was a conflict, 'welcomes / critically': the American
    "criticized" stemmed as "critical" does; it is now criticism's own word."""
    assert _relations_between("own668", "Zoo welcomes", "The zoo said three") == [Relation.SAME]
    assert judged("The minister welcomed the report.", "The minister criticized the report.").relation is (
        Relation.CONFLICT
    )


def test_a_name_set_off_alone_is_no_clause_a_claim_rests_on() -> None:
    """ "The operator, Cyclades Lines, said it would cooperate fully with the investigation" made one
    claim with "Cyclades Lines said the ship had been inspected in March" through its clause
    "Cyclades Lines" alone."""
    assert Relation.SAME not in _relations_between("own222", "The operator, Cyclades Lines", "Cyclades Lines said")


def test_not_being_in_a_place_denies_having_gone_into_it() -> None:
    """ "Mara is not in any treatment facility; she is resting at home" / "Pop singer Mara Quinn has
    checked into a treatment centre in Arizona": being in it, told as going into it."""
    assert _relations_between("own665", "Pop singer Mara", '"Mara is not') == [Relation.CONFLICT]
    assert (
        judged("Police said the suspect was not in the house.", "A court in the house district sentenced him.").relation
        is not Relation.CONFLICT
    )


def test_an_aftershocks_magnitude_is_not_the_quakes() -> None:
    """ "Magnitude 6.8 earthquake strikes off Peru's coast" / "An aftershock of magnitude 5.2 hit
    shortly afterwards" were a conflict, '6.8 / 5.2 magnitude'; two aftershocks' magnitudes still
    meet, and so do two quakes'."""
    assert Relation.CONFLICT not in _relations_between("own671", "Magnitude 6.8", "An aftershock of")
    assert Relation.CONFLICT not in _relations_between("own671", "Several aftershocks", "An earthquake of magnitude")
    assert _relations_between("own671", "A magnitude 6.8", "An earthquake of magnitude") == [Relation.CONFLICT]
    assert (
        judged(
            "The strongest aftershock had a magnitude of 5.2.", "A 5.9-magnitude aftershock struck an hour later."
        ).relation
        is Relation.CONFLICT
    )


def test_distances_told_in_other_directions_are_two_distances() -> None:
    """ "The tremor was felt as far away as the capital Lima, more than 700 km to the north" / "The
    quake was centred some 50 miles south-west of Arequipa" were a conflict, '700 km / 50 miles'."""
    assert Relation.CONFLICT not in _relations_between("own671", "The tremor was felt", "The quake was centred")
    assert (
        judged(
            "The epicentre was 58km south-west of Bandar Abbas.", "The epicentre was 80 km southwest of Bandar Abbas."
        ).relation
        is Relation.CONFLICT
    )


def test_a_toll_that_climbs_past_a_number_is_more_than_it() -> None:
    """ "Zambia cholera death toll climbs past 70" / "A cholera outbreak in Zambia has killed 74
    people" was a conflict, 70 against 74; "over the past 12 months" bounds nothing."""
    assert _relations_between("own673", "A cholera outbreak", "Zambia cholera") == [Relation.SAME]
    assert (
        judged("Wages grew 3.6% over the past 12 months.", "Wages grew 3.6% over 12 months.").relation is Relation.SAME
    )


def test_a_size_told_with_a_hyphen_counts_what_a_count_of_them_does() -> None:
    """ "a 1,000-bed treatment centre" / "a treatment centre with 800 beds": beds against beds."""
    assert _relations_between("own673", "The government has set", "A stadium in Lusaka") == [Relation.CONFLICT]


def test_a_running_total_of_days_is_no_one_strikes_length() -> None:
    """ "rail workers began a four-day strike" / "The unions have held 20 days of strikes so far this
    year" was a conflict, 'four-day / 20 days'."""
    assert Relation.CONFLICT not in _relations_between("own674", "Most train services", "The unions have held")


def test_a_deed_done_before_is_another_occasion_than_this_one() -> None:
    """ "The recall covers the 2021 to 2023 Ranger X model" / "The Ranger X was recalled once before,
    in 2022, for a fuel leak" was one claim: the second tells an earlier recall. "struck the woodwork
    once before half-time" tells a time, no earlier occasion."""
    assert Relation.SAME not in _relations_between("own676", "The recall covers", "The Ranger X was")


def test_calling_back_vehicles_recalls_them() -> None:
    """ "Hartwell is calling back 340,000 Ranger X SUVs" / "Hartwell Motors is recalling about 340,000
    sport utility vehicles": one recall; so is "Tesla calls back nearly all Cybertrucks"; and a
    recall's rank is still set against how many times before ("It is the eighth recall" / "has now
    been recalled seven times since it went on sale"), though "recall" is now a word of the story."""
    assert _relations_between("own676", "Hartwell Motors is", "Hartwell is calling") == [Relation.SAME]
    assert _relations_between("own370", "Tesla recalls", "Tesla calls back") == [Relation.SAME]
    assert _relations_between("own370", "It is the eighth recall", "The electric pickup") == [Relation.CONFLICT]


def test_a_drug_cleared_for_use_or_authorised_is_approved() -> None:
    """ "The European Commission on Tuesday approved Eli Lilly's Alzheimer's treatment donanemab ..."
    / "Lilly's Alzheimer's drug cleared for use in Europe": one approval; "authorized" is
    "authorised" (its stem is not "author")."""
    assert _relations_between("own678", "The European Commission", "Lilly's Alzheimer's") == [Relation.SAME]
    assert judged(
        "Regulators authorized the vaccine on Friday.", "Regulators approved the vaccine on Friday."
    ).relation is (Relation.SAME)


def test_a_company_forecasting_a_sum_tells_what_it_expects() -> None:
    """ "Nexon forecast fourth-quarter revenue of about $8.5 billion" is an expectation: one claim with
    "It expects revenue of around $8.5 billion in the current quarter", and no same claim with
    "Nexon's revenue climbed 24% to a record $8.2 billion in the July-September quarter" (it was,
    'both give $8.5 billion / $8.2 billion')."""
    assert _relations_between("own684", "Nexon forecast", "It expects revenue") == [Relation.SAME]
    assert Relation.SAME not in _relations_between("own684", "Nexon forecast", "Nexon's revenue climbed")


def test_an_aide_is_an_adviser_and_denying_an_affair_with_one_conflicts_with_admitting_it() -> None:
    """ "Minister denies affair with aide" / "Italian culture minister admits relationship with
    adviser": 'aide' stemmed as 'aid' and was read as help."""
    assert _relations_between("own687", "Minister denies", "Italian culture") == [Relation.CONFLICT]


def test_claiming_an_abduction_is_a_deed_not_hearsay() -> None:
    """ "No group had claimed responsibility for the kidnapping" / "An affiliate of the Islamic State
    group had claimed the abduction": the second owns to the deed the first says nobody owned to."""
    assert _relations_between("own686", "No group had", "An affiliate") == [Relation.CONFLICT]
    assert _relations_between("own584", "No group claimed", "An Islamic State affiliate") == [Relation.CONFLICT]


def test_flights_going_ahead_as_planned_are_not_cancelled() -> None:
    """ "The airline said long-haul flights would operate as planned" / "Several long-haul flights were
    also cancelled" was one claim at 0.47."""
    assert _relations_between("own688", "The airline said long-haul", "Several long-haul") == [Relation.CONFLICT]


def test_placings_swapped_between_names_one_opens_with_are_a_conflict() -> None:
    """ "Stanford University rose to second place, while the Massachusetts Institute of Technology
    stayed third" / "MIT climbed to second, pushing Stanford down to third" was one claim at 0.66:
    a name opening its sentence, and a name of two words, hold placings too."""
    assert _relations_between("own692", "Stanford University rose", "MIT climbed") == [Relation.CONFLICT]


def test_a_negation_of_two_deeds_joined_by_or_denies_the_second() -> None:
    """ "The pirates have not yet made contact or demanded a ransom" / "The hijackers have demanded a
    $5 million ransom"."""
    assert _relations_between("own691", "The pirates have not yet", "The hijackers have demanded") == [
        Relation.CONFLICT
    ]


def test_not_agreeing_to_one_deed_is_no_denial_of_agreeing_another() -> None:
    """ "M23 has not agreed to pull out of any of the towns it holds" / "... and M23 rebels agreed a
    ceasefire on Tuesday" was a conflict; against "The rebels said they would withdraw from the town
    of Sake" it is one, and "never promised to back pipeline" still denies "promised to support its
    oil pipeline" (own484)."""
    assert Relation.CONFLICT not in _relations_between("own690", "The government of the", "M23 has not agreed")
    assert _relations_between("own690", "The rebels said they", "M23 has not agreed") == [Relation.CONFLICT]
    assert _relations_between("own484", "Senator Hale says", "Northline Energy stood") == [Relation.CONFLICT]


def test_the_last_time_a_thing_was_done_is_another_occasion_than_this_one() -> None:
    """ "A Bangladeshi ship was last hijacked by Somali pirates in 2010" / "Pirates have hijacked a
    Bangladesh-flagged bulk carrier" was one claim; "It is the first hijacking ... since 2010" still
    is, and so is "In 2023 the company cut 27,000 jobs" / "Amazon last cut jobs on this scale in 2023"."""
    assert Relation.SAME not in _relations_between("own691", "Pirates have hijacked", "A Bangladeshi ship was last")
    assert _relations_between("own691", "It is the first hijacking", "A Bangladeshi ship was last") == [Relation.SAME]
    assert _relations_between("own182", "Amazon last cut jobs", "In 2023 the company") == [Relation.SAME]


def test_a_negator_in_a_phrase_of_its_own_negates_nothing() -> None:
    """ "Flights at Keflavik airport were not affected" / "Keflavik airport was operating normally":
    "not affected" is a state, as normal, not a denial (it was related at 0.78); against "Some
    flights from Keflavik were delayed" it is a conflict (own114)."""
    assert _relations_between("own696", "Flights at Keflavik", "Keflavik airport") == [Relation.SAME]
    assert _relations_between("own114", "Flights at Keflavik", "Some flights from Keflavik") == [Relation.CONFLICT]


def test_the_last_time_told_without_a_year_is_another_occasion_too() -> None:
    """ "Spotify last raised US prices in July last year" / "Spotify to raise prices in US" was one
    claim at 0.88; "It was the volcano's first eruption since August" still makes one with "Etna,
    Europe's most active volcano, last erupted in August" (own572)."""
    assert Relation.SAME not in _relations_between("own700", "Spotify to raise", "Spotify last raised")
    assert _relations_between("own572", "Etna, Europe's most", "It was the volcano's first") == [Relation.SAME]


def test_ages_told_in_a_list_are_compared_with_another_list() -> None:
    """ "The men, aged 23, 27 and 31, were being held on robbery and drug charges" / "The escapees,
    23, 27 and 33, had been charged with burglary and drug offences" was one claim: '31 / 33 age'."""
    assert _relations_between("own702", "The men, aged", "The escapees") == [Relation.CONFLICT]
    match = judged(
        "The men, aged 23, 27 and 31, were being held on robbery and drug charges.",
        "The escapees, 23, 27 and 33, had been charged with burglary and drug offences.",
    )
    assert "31 / 33 age" in match.why.text


def test_a_claim_set_in_a_year_is_another_time_than_one_told_without_any() -> None:
    """ "In 2015, a heatwave killed more than 1,200 people in Karachi" / "Karachi heatwave death toll
    rises" was one claim at 0.59; "In 2023, 116 tonnes were seized in Antwerp" still makes one with
    "... 116 tonnes of cocaine at the port last year" (own380)."""
    assert Relation.SAME not in _relations_between("own703", "In 2015, a heatwave", "Karachi heatwave")
    assert _relations_between("own380", "Customs seized a total", "In 2023, 116 tonnes") == [Relation.SAME]


def test_a_time_of_day_told_to_the_minute_is_the_moment_of_one_event() -> None:
    """ "The quake, which struck at 1353 (1023 GMT), was felt ..." / "It hit at 1:53 p.m. local time
    and was followed by ..." share no other word (pair05's were not even compared). A story tells
    many times, one for each of its events: two times told to the minute are compared for one
    claim, not set against each other ("The first shots were fired at 9:02 a.m." / "Officers
    reached the library at 9:47 a.m." are two events)."""
    left = _article(
        "Quake shakes Kessa island\n\n"
        "A magnitude 5.8 earthquake struck the island of Kessa on Sunday.\n\n"
        "The quake, which struck at 1353 (1023 GMT), was felt as far away as the mainland.\n\n"
        "The first shots were fired at 9:02 a.m., witnesses said."
    )
    right = _article(
        "Earthquake hits Kessa\n\n"
        "It hit at 1:53 p.m. local time and was followed by at least four strong aftershocks.\n\n"
        "Officers reached the library at 9:47 a.m."
    )
    same = _called(left, right, Relation.SAME)
    assert (
        "The quake, which struck at 1353 (1023 GMT), was felt as far away as the mainland.",
        "It hit at 1:53 p.m. local time and was followed by at least four strong aftershocks.",
    ) in same
    assert not _called(left, right, Relation.CONFLICT)


def test_power_lost_with_a_word_between_is_no_denial_of_being_without_it() -> None:
    """ "A passenger ferry ... lost engine power off ... Gotland" / "Stricken ferry drifts without
    power near Gotland" both say the power is gone (it was a conflict, "power / without power")."""
    match = judged(
        "A passenger ferry carrying 412 people lost engine power off the Swedish island of Gotland on Tuesday night.",
        "Stricken ferry drifts without power near Gotland",
    )
    assert match.relation is not Relation.CONFLICT


def test_never_done_before_denies_earlier_occasions_not_this_one() -> None:
    """ "The Kenyan had never won in Berlin before" tells a first win: no denial of "Kiprop won the
    Berlin Marathon on Sunday" (it was a conflict, "won / had never won"), but one of "It was
    Kiprop's second victory in Berlin" and of "Kiprop won in Berlin in 2019"."""
    first = "The Kenyan had never won in Berlin before."
    this_one = "Kenya's Daniel Kiprop won the Berlin Marathon on Sunday in 2 hours, 1 minute and 9 seconds."
    assert judged(this_one, first).relation is not Relation.CONFLICT
    assert judged("It was Kiprop's second victory in Berlin.", first).relation is Relation.CONFLICT
    assert judged("Kiprop won in Berlin in 2019.", first).relation is Relation.CONFLICT


def test_passing_against_failing_one_test_is_a_conflict() -> None:
    """ "the vessel had passed a full safety inspection in March" / "The ferry failed a safety
    inspection in March" was one claim at 0.48."""
    match = judged(
        "The ferry's operator, Nordline, said the vessel had passed a full safety inspection in March.",
        "The ferry failed a safety inspection in March, Swedish media reported.",
    )
    assert match.relation is Relation.CONFLICT
    assert "passed / failed" in match.why.text


def test_a_possibility_denied_outright_is_set_against_one_left_open() -> None:
    """ "The airline said the problem was caused by a faulty software update, not a cyberattack" /
    "The carrier has not ruled out a cyberattack" was related; a denial of something else around
    the thing leaves it open too ("no sign of foul play" / "have not ruled out foul play")."""
    match = judged(
        "The airline said the problem was caused by a faulty software update, not a cyberattack.",
        "The carrier has not ruled out a cyberattack, a spokesperson said.",
    )
    assert match.relation is Relation.CONFLICT
    assert "not a cyberattack / not ruled out" in match.why.text
    assert judged("Police said there was no sign of foul play.", "Police have not ruled out foul play.").relation is (
        Relation.RELATED
    )


def test_the_largest_is_the_biggest_unless_one_qualifies_it() -> None:
    """ "The deal is Cloudwave's biggest acquisition ever" / "It is the largest purchase in
    Cloudwave's history" were two words (own670); "one of the largest cash thefts" does not claim
    "the biggest cash heist" (own689), nor "its biggest deal until now" (a record since beaten) "its
    largest acquisition to date" (own236); a superlative between commas only describes ("Chile's
    Atacama desert, one of the driest places on Earth, ...", own381)."""
    assert _relations_between("own670", "The deal is Cloudwave", "It is the largest purchase") == [Relation.SAME]
    assert Relation.SAME not in _relations_between("own689", "It is one of the largest", "Police said it was")
    assert Relation.SAME not in _relations_between("own236", "It is Orvia's largest", "Orvia spent")
    assert _relations_between("own381", "Parts of Chile's Atacama", "Heavy rains this winter") == [Relation.SAME]


def test_a_modal_in_what_someone_says_after_a_comma_hedges_only_that() -> None:
    """ "Rebec refused to concede, saying the final count could still change the picture" refuses
    outright: against "Prime Minister Tomaz Rebec conceded defeat" it is a conflict (it was related,
    the whole statement taken as supposing)."""
    match = judged(
        "Prime Minister Tomaz Rebec conceded defeat on Sunday night.",
        "Rebec refused to concede, saying the final count could still change the picture.",
    )
    assert match.relation is Relation.CONFLICT


def test_a_warning_is_an_alert() -> None:
    """ "There was no tsunami warning" / "Authorities issued a tsunami alert for the coast" share
    only "tsunami" unless a warning is an alert (it was related)."""
    match = judged(
        "There was no tsunami warning.", "Authorities issued a tsunami alert for the coast, later lifting it."
    )
    assert match.relation is Relation.CONFLICT


def test_a_title_is_a_trophy_and_a_meeting_an_encounter() -> None:
    """ "It was Sinner's fourth title of the season" / "The win gave Sinner his fifth trophy of the
    year" count one thing (it was related; own636's "fifth Champions League title" / "won the trophy
    for a record fourth time" too); "had won their previous three meetings" / "had beaten Sinner in
    their last three encounters" tell one record."""
    match = judged("It was Sinner's fourth title of the season.", "The win gave Sinner his fifth trophy of the year.")
    assert match.relation is Relation.CONFLICT
    assert "fourth / fifth" in match.why.text
    assert _relations_between("own636", "It was Carlo Ancelotti", "Ancelotti won the trophy") == [Relation.CONFLICT]
    assert _relations_between("own722", "Alcaraz had won", "The Spaniard had beaten") == [Relation.SAME]


def test_no_more_than_is_a_bound_not_a_negation() -> None:
    """ "Use will be restricted to patients who carry no more than one copy of the ApoE4 gene" denies
    nothing: with "... only be given to patients with one or no copies of the ApoE4 gene" it is one
    claim (it was related, its "no" read as a negation)."""
    match = judged(
        "The agency said it should only be given to patients with one or no copies of the ApoE4 gene.",
        "Use will be restricted to patients who carry no more than one copy of the ApoE4 gene.",
    )
    assert match.relation is Relation.SAME


def test_not_yet_reaches_every_time_until_now() -> None:
    """ "The drug has not yet been approved in the United States" denies "The drug was approved in
    the United States in 2023", as a "never" would (a bare "has not been approved" may be of now only)."""
    approved = "The drug was approved in the United States in 2023."
    assert judged(approved, "The drug has not yet been approved in the United States.").relation is Relation.CONFLICT
    assert judged(approved, "The drug has not been approved in the United States.").relation is Relation.RELATED


def test_two_spans_of_years_sharing_one_end_are_a_conflict() -> None:
    """ "Bakare served as oil minister from 2015 to 2019" / "He was oil minister between 2015 and
    2020" was related (two years set them apart as two times); the same span told two ways is one
    claim, and two spans apart at both ends are two times."""
    served = "Bakare served as oil minister from 2015 to 2019."
    match = judged(served, "Bakare was oil minister between 2015 and 2020.")
    assert match.relation is Relation.CONFLICT
    assert "from 2015 to 2019 / between 2015 and 2020" in match.why.text
    assert judged(served, "Bakare was oil minister between 2015 and 2019.").relation is Relation.SAME
    assert judged(served, "Bakare was oil minister between 2008 and 2012.").relation is not Relation.CONFLICT
    # An end told to the month is that month: the same first end, two last ones.
    built = "The recall affects models built between March 2022 and June 2023."
    assert judged(built, "Cars made from March 2022 to August 2023 are affected.").relation is Relation.CONFLICT
    assert judged(built, "Cars made from March 2022 to June 2023 are affected.").relation is not Relation.CONFLICT


def test_talks_that_failed_without_a_deal_are_talks_that_broke_down() -> None:
    """ "Negotiations on a new labour agreement collapsed after nine months without a deal" /
    "talks with management over a new collective agreement had broken down after nine months" was
    a conflict, "agreement / without a deal" (own811): both tell of the agreement before the denial."""
    assert _relations_between("own811", "The union said talks", "Negotiations on a new labour") == [Relation.SAME]
    ended = "The talks ended without a deal on Friday."
    assert judged(ended, "The talks ended on Friday after the two sides reached a deal.").relation is Relation.CONFLICT


def test_a_denial_of_the_storys_own_event_in_its_own_words_is_found() -> None:
    """ "\"Kai has not left the project and will direct the film as planned,\" a Netflix spokesperson
    said" / "Director Kai Lund has left the Netflix thriller ..." was never read closely (own830):
    the story's own words, Kai, Netflix, left, weigh little, so the pair scored too low. A statement
    negating a deed is now read against those that tell it and name one of the same (not a place)."""
    assert _relations_between("own830", "Director Kai Lund has left", '"Kai has not left') == [Relation.CONFLICT]
    assert _relations_between("own05", "Director Tom Aldana exits", '"Tom has not departed') == [Relation.CONFLICT]


def test_never_in_its_history_denies_only_earlier_occasions() -> None:
    """ "Volkswagen has never closed a factory in Germany in its 87-year history" was set against
    "VW plans to shut three plants in Germany" (own839); "has closed one German plant before" is
    still a conflict."""
    assert Relation.CONFLICT not in _relations_between("own839", "Volkswagen has never", "VW plans to shut")
    assert _relations_between("own839", "Volkswagen has never", "The carmaker has closed") == [Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations_between("own839", "Daniela Cavallo told", "She told employees")


def test_a_simple_majority_is_no_two_thirds_majority() -> None:
    """ "a two-thirds majority is needed to remove him" / "a simple majority is required to remove
    him" was the same claim (own835)."""
    assert _relations_between("own835", "The Senate will now hold", "The case now goes") == [Relation.CONFLICT]


def test_a_rank_among_one_years_is_no_rival_of_a_rank_among_all() -> None:
    """ "It was the seventh test flight of Starship" / "The flight was the sixth of the year for
    Starship" was a conflict, "seventh / sixth" (own834): two counts, all flights and this year's."""
    assert Relation.CONFLICT not in _relations_between("own834", "It was the seventh", "The flight was the sixth")


def test_leaving_a_post_does_not_deny_having_held_it() -> None:
    """ "Hasina quits as Bangladesh leader after deadly protests" was set against "Hasina, 76, had
    ruled Bangladesh for 15 years" as a denial of her rule (own821), and "Former prime minister Katrin
    Jakobsdottir came second" against "Katrin Jakobsdottir, who stepped down as prime minister to run"
    (own1263); staying on is still denied."""
    assert Relation.CONFLICT not in _relations_between("own821", "Hasina, 76", "Hasina quits")
    # A former holder of the post has left it too (own1263).
    assert _relations_between("own1263", "Former prime minister", "Katrin Jakobsdottir") == [Relation.SAME]
    former = judged(
        "Former chief executive Ann Lee said the plan would fail.", "Ann Lee stepped down as chief executive."
    )
    assert former.relation is not Relation.CONFLICT
    remains = "Hasina will remain Bangladesh's leader."
    assert judged(remains, "Hasina quits as Bangladesh leader after deadly protests").relation is Relation.CONFLICT


def test_the_only_victim_is_one_dead() -> None:
    """ "The woman was the only victim of the wildfire" counts one dead, as "One woman died in the
    wildfire" does; "She is the only confirmed victim of the fire so far" was no count, and so no
    conflict with a headline's "kills three" (own804)."""
    assert judged("The woman was the only victim of the wildfire.", "One woman died in the wildfire.").relation is (
        Relation.SAME
    )
    assert _relations_between("own804", "Wildfire near Athens kills three", "She is the only") == [Relation.CONFLICT]


def test_a_span_of_years_told_without_from_is_a_span() -> None:
    """ "The recall covers certain 2020 to 2022 Corolla, Camry and RAV4 models" / "... models from the
    2020 to 2023 model years" was the same claim (own805): a span needs no "from" before it; years
    joined by "and" alone are two years ("in 2015 and 2019")."""
    covered = "The recall covers certain 2020 to 2022 Corolla, Camry and RAV4 models."
    match = judged(covered, "The recall covers Corolla, Camry and RAV4 models from the 2020 to 2023 model years.")
    assert match.relation is Relation.CONFLICT
    assert "2020 to 2022 / from the 2020 to 2023" in match.why.text
    assert (
        judged(covered, "The recall covers Corolla, Camry and RAV4 models from 2020 to 2022.").relation is Relation.SAME
    )


def test_shares_two_holders_own_are_not_set_against_each_other() -> None:
    """ "Nordea shareholders will own 60% of the new bank" / "Danske shareholders will hold 40% of
    the combined bank" was a conflict, "60% / 40%"; one holder's two shares still are."""
    owned = "Nordea shareholders will own 60% of the new bank."
    assert judged(owned, "Danske shareholders will hold 40% of the combined bank.").relation is not Relation.CONFLICT
    assert judged(owned, "Nordea shareholders will hold 55% of the combined bank.").relation is Relation.CONFLICT


def test_a_temperature_written_with_its_sign_meets_one_written_in_words() -> None:
    """ "Spain sets national heat record of 47.6C" / "The town of Montoro ... reached 47.6 degrees
    Celsius on Sunday, a new national high" give one figure, but the first's hint was "c" and the
    second's "celsius": their values were never compared (own735)."""
    assert _relations_between("own735", "Spain sets national", "The town of Montoro") == [Relation.SAME]


def test_a_fissure_is_a_crack() -> None:
    """ "The fissure is about 3 km long" / "The crack in the ground stretched for roughly 3.5 km"
    measure one thing (own696; it was related)."""
    match = judged("The fissure is about 3 km long.", "The crack in the ground stretched for roughly 3.5 km.")
    assert match.relation is Relation.CONFLICT


def test_a_rank_is_compared_with_a_count_that_includes_this_time() -> None:
    """ "It was ISRO's fourth launch this year" / "three launches so far this year, including
    Saturday's" tell two counts of one year's launches (it was related); own733's "the seventh
    eruption" / "six eruptions since December 2023, including this one" too."""
    match = judged(
        "It was ISRO's fourth launch this year.",
        "The agency has carried out three launches so far this year, including Saturday's.",
    )
    assert match.relation is Relation.CONFLICT
    assert _relations_between("own733", "It is the seventh", "The peninsula has seen") == [Relation.CONFLICT]


def test_a_blizzard_is_a_snowstorm_and_a_leak_a_spill() -> None:
    """ "A powerful snowstorm dumped up to 60 cm of snow" / "Midwest blizzard grounds flights" (own344)
    and "About 1,500 tonnes of fuel oil leaked from the vessel" / "around 300 tonnes had spilled"
    (it was related) each use two words for one thing."""
    assert _relations_between("own344", "A powerful snowstorm", "Midwest blizzard") == [Relation.SAME]
    match = judged(
        "About 1,500 tonnes of fuel oil leaked from the vessel, the Spanish maritime agency said.",
        "Officials estimated that around 300 tonnes had spilled.",
    )
    assert match.relation is Relation.CONFLICT


def test_the_rescued_are_a_toll_of_the_story() -> None:
    """ "Rescuers pulled six people alive from the water" / "Firefighters rescued six survivors from
    the river" tell one count worded apart (own134, own341), as do "The 22 crew members were rescued
    by helicopter" / "All 22 sailors on board were airlifted to safety" (own741)."""
    assert _relations_between("own134", "Rescuers pulled six", "Firefighters rescued six") == [Relation.SAME]
    assert _relations_between("own341", "Three people were rescued", "Firefighters pulled three") == [Relation.SAME]
    assert _relations_between("own741", "The 22 crew", "All 22 sailors") == [Relation.SAME]


def test_the_company_s_denial_is_said_of_the_company_the_article_names() -> None:
    """ "The company has never made a profit" / "Veltro reported its first annual profit last year"
    share only "profit" read alone; in the article "the company" is Veltro, and the negation reaches
    the other's claim (own747, it was related)."""
    assert _relations_between("own747", "The company has never", "Veltro reported") == [Relation.CONFLICT]


def test_a_count_of_times_since_a_year_tells_earlier_occasions_and_this_one() -> None:
    """ "Voters have now rejected pension reforms four times since 2004" includes this rejection:
    against "It was the third time since 2004 ..." it is a conflict (it was related), and it is
    not the headline's claim "Swiss voters reject pension reform" (it was same at 0.74)."""
    four_times = "Voters have now rejected pension reforms four times since 2004."
    third = "It was the third time since 2004 that voters had turned down a pension reform."
    assert judged(third, four_times).relation is Relation.CONFLICT
    assert judged("Swiss voters reject pension reform", four_times).relation is Relation.RELATED


def test_what_a_share_sale_raises_is_not_what_it_values_the_company_at() -> None:
    """ "The company raised 420 million dollars in its initial public offering" / "The offering
    values Veltro at roughly $3.1 billion" was a conflict, "420 million dollars / $3.1 billion"."""
    match = judged(
        "The company raised 420 million dollars in its initial public offering.",
        "The offering values Veltro at roughly $3.1 billion.",
    )
    assert match.relation is not Relation.CONFLICT


def test_a_negated_word_is_one_claim_with_its_opposite() -> None:
    """ "... acquitted former national police chief Dan Voicu of corruption charges" / "Dan Voicu ...
    was found not guilty of corruption" was related at 0.74 (a negation against an assertion, and
    "acquitted" against "guilty"); "found guilty" / "found not guilty" stays a conflict."""
    acquitted = "A court in Bucharest on Monday acquitted former national police chief Dan Voicu of corruption charges."
    not_guilty = (
        "Dan Voicu, Romania's former police chief, was found not guilty of corruption by a Bucharest court on Monday."
    )
    assert judged(acquitted, not_guilty).relation is Relation.SAME
    assert judged("Voicu was found guilty of corruption.", "Voicu was found not guilty of corruption.").relation is (
        Relation.CONFLICT
    )


def test_two_bare_numbers_set_alike_wording_apart() -> None:
    """ "The previous weekly record was 3,800, set last August" / "The previous record, set in August
    last year, was 4,300" was same at 0.75: neither number has a counted noun, so no value was read.
    Numbers a statement writes outside its values are compared too (own75's "dropped by 25,000 to
    1.32 million" / "fell by 18,000 to 1.33 million" was same); a level something moved from is not
    one ("Chega won 48 seats, up from 12" is no rival of "quadrupled its seats to 48", own434)."""
    match = judged(
        "The previous weekly record was 3,800, set last August.",
        "The previous record, set in August last year, was 4,300.",
    )
    assert match.relation is Relation.CONFLICT
    assert "3,800 / 4,300" in match.why.text
    assert Relation.SAME not in _relations_between(
        "own75", "The number of people out of work", "The number of unemployed"
    )
    quadrupled = "The far-right Chega party more than quadrupled its seats to 48."
    assert judged(quadrupled, "Chega won 48 seats, up from 12.").relation is not Relation.CONFLICT


def test_won_after_a_scale_is_a_currency() -> None:
    """ "... its operating profit ... rose more than tenfold to 10.4 trillion won" / "Sales grew 23%
    to 74 trillion won" was a conflict, "10.4 trillion / 74 trillion won", two counts of a thing
    called "won"; as sums they are a profit and a revenue. "Chega won 48 seats" still counts seats."""
    profit = (
        "Samsung Electronics said its operating profit for the second quarter "
        "rose more than tenfold to 10.4 trillion won."
    )
    assert judged(profit, "Sales grew 23% to 74 trillion won.").relation is not Relation.CONFLICT
    match = judged(
        "The chip division made an operating profit of 6.5 trillion won.",
        "The chip division made an operating profit of 7.1 trillion won.",
    )
    assert match.relation is Relation.CONFLICT
    assert "6.5 trillion won / 7.1 trillion won" in match.why.text
    assert (
        "48 / 50 seats" in judged("Chega won 48 seats in the election.", "Chega won 50 seats in the election.").why.text
    )


@pytest.mark.parametrize(
    ("pair", "mine", "theirs", "relation"),
    [
        ("own724", "Dockworkers at the port", "A two-day walkout", Relation.SAME),
        ("own753", "The European Commission fined", "Brussels imposed", Relation.SAME),
        ("own685", "A fast-moving wildfire", "The Oak Fire has grown", Relation.SAME),
        ("own473", "Pop singer Lara Voss", "Lara Voss's management", Relation.CONFLICT),
    ],
)
def test_the_two_leads_are_judged_however_little_they_share(
    pair: str, mine: str, theirs: str, relation: Relation
) -> None:
    """Each article's lead tells the story's central claim in its own words ("began a 48-hour
    strike on Monday" / "A two-day walkout by dockers brought ... to a near standstill on Monday"),
    so the two leads are read closely whatever they score, as a headline and the other's lead are."""
    assert _relations_between(pair, mine, theirs) == [relation]


def test_two_leads_giving_one_count_of_one_deed_are_the_same_claim_though_worded_apart() -> None:
    """Leads that each other's best match, giving one count of one thing ("cut about 3,000 jobs" /
    "lay off 3,000 employees"), tell the story's one event, however round the figure."""
    assert _relations_between("own843", "Volvo Cars said on Tuesday", "Swedish carmaker Volvo Cars") == [Relation.SAME]


def test_a_withdrawal_from_an_event_is_set_against_taking_part_not_against_being_placed_there() -> None:
    """ "Rune pulls out of Madrid Open" denies "Rune to play in Madrid", not "Rune, 21, is the
    seventh seed in the Spanish capital": a seed is named before anyone withdraws."""
    assert Relation.CONFLICT not in _relations_between("own845", "Rune pulls out", "Rune, 21")
    assert Relation.CONFLICT not in _relations_between("own845", "Holger Rune has withdrawn", "Rune, 21")
    assert _relations_between("own845", "Rune pulls out", "Rune to play") == [Relation.CONFLICT]
    assert _relations_between("own845", "Holger Rune has withdrawn", "Holger Rune will play") == [Relation.CONFLICT]


def test_a_name_after_a_rival_word_fills_its_slot_whole() -> None:
    """ "Dutch finance minister resigns" / "Prime Minister Anna Kok dismissed Finance Minister Pieter
    de Wit": the one who resigns is the one dismissed, named after the verb in several words."""
    assert _relations_between("own846", "Dutch finance minister resigns", "Prime Minister Anna Kok") == [
        Relation.CONFLICT
    ]


def test_none_ill_or_hurt_is_set_against_some_taken_to_hospital_though_they_share_no_word() -> None:
    """Those taken to hospital are ill or hurt: "No illnesses or injuries have been reported" and
    "two patients were hospitalised" cannot both be so."""
    assert _relations_between("own844", "No illnesses or injuries", "Medora Labs has expanded") == [Relation.CONFLICT]
    left = _article(
        "Fire at Ghent chemical plant\n\nA fire broke out at a chemical plant in Ghent on Monday.\n\n"
        "No one was hurt, the company said."
    )
    right = _article(
        "Blaze at Ghent chemical plant\n\nFirefighters battled a blaze at a chemical plant in Ghent on Monday.\n\n"
        "Two workers were taken to hospital."
    )
    assert ("No one was hurt, the company said.", "Two workers were taken to hospital.") in _called(
        left, right, Relation.CONFLICT
    )


def test_a_name_set_between_commas_after_the_opening_is_who_the_negation_is_said_of() -> None:
    """ "His challenger, Sofia Berg, has not conceded" is said of Berg, who in the other report
    "conceded defeat late on Sunday night"."""
    assert _relations_between("own847", "Berg, who received 48%", "His challenger, Sofia Berg") == [Relation.CONFLICT]


def test_two_depths_of_one_quake_are_one_claim_though_they_share_no_word() -> None:
    """A quake has one depth: "at a depth of 10 kilometres" and "about six miles below the surface"
    tell it alike, whatever else the two statements say."""
    assert _relations_between("own856", "The quake was centred", "The epicentre was about six miles") == [Relation.SAME]
    assert (
        judged(
            "The quake struck at a depth of about 50 km.", "Its epicentre was around 30 miles below the sea floor."
        ).relation
        is Relation.SAME
    )


def test_dates_of_a_tour_are_its_shows() -> None:
    """ "Cancelled the last 14 dates of her world tour" and "called off the final 12 shows of her
    tour" count one thing: the shows."""
    assert _relations_between("own769", "The 29-year-old cancelled", "Marsh, 29, called off") == [Relation.CONFLICT]


def test_cleared_of_a_charge_is_acquitted_and_levelled_is_equalised() -> None:
    """ "Cleared of fraud" denies "found him guilty of fraud"; "levelled" tells "equalised"."""
    assert _relations_between("own863", "Former Nordbank chief executive", "Ex-Nordbank boss Sol cleared") == [
        Relation.CONFLICT
    ]
    assert _relations_between("own861", "Kai Havertz equalised", "Havertz levelled") == [Relation.SAME]


def test_an_area_burned_and_a_wind_speed_told_in_two_units_are_one_claim() -> None:
    """A fire burns one area and a storm blows at one speed: "burned 750 hectares" / "destroyed
    around 1,850 acres" and "winds of up to 70 km/h" / "Gusts of 45 mph" tell them alike, however
    little else the statements share."""
    assert _relations_between("own871", "The blaze has burned 750", "The fire has destroyed") == [Relation.SAME]
    assert _relations_between("own871", "Strong winds of up to 70", "Gusts of 45 mph") == [Relation.SAME]


@pytest.mark.parametrize(
    ("pair", "mine", "theirs", "relation"),
    [
        ("own328", "Trains between Valencia", "High-speed rail services", Relation.SAME),
        ("own367", "Trains between Munich", "Rail services to Salzburg", Relation.CONFLICT),
        ("own874", "The airport said it hoped", "Flights are expected to restart", Relation.SAME),
    ],
)
def test_trains_are_rail_and_to_restart_is_to_resume(pair: str, mine: str, theirs: str, relation: Relation) -> None:
    """ "Trains between Munich and Salzburg were suspended" / "Rail services to Salzburg continued":
    one service, said to stop and to go on; "hoped to resume operations" / "expected to restart"."""
    assert _relations_between(pair, mine, theirs) == [relation]


def test_to_introduce_a_product_is_to_unveil_it() -> None:
    """ "Apple on Monday unveiled its iPhone 16 lineup" / "Apple introduced new iPhones on Monday"."""
    assert _relations_between("own873", "Apple on Monday unveiled", "Apple introduced new iPhones") == [Relation.SAME]
    assert _relations_between("own296", "The company also announced", "Apple also introduced") == [Relation.SAME]


def test_who_one_report_says_speaks_is_no_claim_both_make() -> None:
    """ "Carmaker Velo plans to close three German plants, union says" shares with "The carmaker said
    it was in talks with unions on ways to cut costs" only the carmaker and the union that speaks."""
    assert Relation.SAME not in _relations_between(
        "own877", "Carmaker Velo plans to close three", "The carmaker said it was in talks"
    )


def test_whose_the_thing_is_does_not_fill_the_slot_after_a_rival_word() -> None:
    """ "Court upholds ban on climate protest group" / "... court on Thursday overturned the
    government's ban on the climate activist group": one ban, upheld and overturned."""
    assert _relations_between("own882", "Court upholds ban", "Germany's top administrative court") == [
        Relation.CONFLICT
    ]


def test_a_liftoff_is_a_rocket_lifting_off() -> None:
    """ "The rocket lifted off ... at 3:12 p.m. local time" / "Liftoff came at 3:12 p.m. New Zealand
    time": one moment of one event."""
    assert _relations_between("own881", "The rocket lifted off", "Liftoff came") == [Relation.SAME]


def test_to_hand_back_is_to_return() -> None:
    """ "Museum returns looted bronzes to Nigeria" / "British Museum refuses to hand back Benin Bronzes"."""
    assert _relations_between("own883", "Museum returns looted bronzes", "British Museum refuses") == [
        Relation.CONFLICT
    ]


def test_one_more_of_a_group_told_by_an_ordinal_is_no_rank() -> None:
    """ "A third climber survived" (after two died) and "A fourth member of the group was rescued"
    (after three were killed) tell one survivor, counted after each report's toll."""
    assert _relations_between("own886", "A third climber survived", "A fourth member") == [Relation.SAME]


def test_the_day_something_was_said_is_not_the_day_of_a_death() -> None:
    """ "Police said on Tuesday they had found no evidence of foul play in the death of ... Jonas
    Berg, whose body was found ... on Sunday" / "The 47-year-old was found dead ... on Sunday":
    Tuesday is when police spoke."""
    assert Relation.CONFLICT not in _relations_between("own888", "Police said on Tuesday", "The 47-year-old")


def test_a_closing_phrase_that_supposes_leaves_the_rest_told_outright() -> None:
    """ "A 73-year-old British man died, possibly of a heart attack" tells the death outright and
    supposes its cause, as "The man, 73, is thought to have suffered a heart attack" does."""
    assert _relations_between("own896", "A 73-year-old British man died", "The man, 73") == [Relation.SAME]


def test_a_loss_is_said_of_the_side_a_headline_opens_with() -> None:
    """ "Celtic beat Rangers 3-1" / "Rangers fall to derby defeat as Celtic extend lead": the defeat
    is Rangers', not the derby's, so one result told from both sides."""
    assert _relations_between("own903", "Celtic beat Rangers 3-1 to move", "Rangers fall to derby") == [Relation.SAME]


def test_a_distance_that_says_where_a_place_is_is_no_figure_of_the_claim() -> None:
    """ "Authorities raised the alert to the highest level and closed the airport in Manado, 100 km
    away" / "The alert was raised to level four, the highest, and Sam Ratulangi airport in Manado was
    closed": how far Manado is sets no figure against the alert's level."""
    assert _relations_between("own906", "Authorities raised the alert", "The alert was raised") == [Relation.SAME]


def test_saying_no_to_a_proposal_rejects_it() -> None:
    """ "Swiss voters on Sunday rejected a proposal to cut the ... licence fee" / "A majority of Swiss
    voters said no on Sunday to an initiative that would have lowered the yearly broadcasting fee":
    one rejection, not a negation of Sunday."""
    assert _relations_between("own913", "Swiss voters on Sunday rejected", "A majority of Swiss voters") == [
        Relation.SAME
    ]


def test_a_stretch_of_months_sets_no_one_month() -> None:
    """ "made a profit of 1.48 trillion crowns in the first half of the year" / "earned 1.48 trillion
    Norwegian crowns in January to June": one half-year, not January against this year."""
    assert _relations_between("own915", "Norway's sovereign wealth fund", "Norway's giant") == [Relation.SAME]


def test_a_step_of_this_story_about_a_past_deed_is_not_another_occasion() -> None:
    """ "A court in Ghent on Thursday acquitted former nurse Lieve Martens of poisoning four elderly
    patients ... in 2019" / "A Belgian nurse was found guilty on Thursday of poisoning four elderly
    patients": Thursday's verdict both tell, the year the deed's."""
    assert _relations_between("own916", "A court in Ghent on Thursday", "A Belgian nurse was found") == [
        Relation.CONFLICT
    ]


def test_a_modal_in_what_is_said_after_and_supposes_only_that() -> None:
    """ "The Riksbank held its policy rate at 3.75% on Wednesday, in line with forecasts, and said a
    first cut could come in May or June" holds the rate outright, as "Sweden's central bank kept its
    key interest rate unchanged at 3.75% ... but said it could cut rates in May or June" does."""
    assert _relations_between("own923", "Sweden's central bank kept", "The Riksbank held") == [Relation.SAME]


def test_this_year_is_not_next_year() -> None:
    """ "The deal ... is expected to close in the first half of next year" / "... which is expected to
    be completed by the end of this year": "this year" is a frame, and not next year's."""
    assert Relation.SAME not in _relations_between("own926", "The deal, approved", "Both companies' boards")


def test_a_run_of_games_without_a_win_negates_nothing_the_statement_claims() -> None:
    """ "Lyon sack coach Moreau after seven games without a win" tells a sacking; "had left the club
    by mutual consent" tells another end to his job."""
    assert _relations_between("own927", "Lyon sack coach", "Lyon announced on Sunday") == [Relation.CONFLICT]


def test_not_allowing_a_thing_is_banning_it() -> None:
    """ "Amsterdam will not allow any new hotels to be built in the city" / "Amsterdam has banned the
    construction of new hotels": one ban."""
    assert _relations_between("own929", "Amsterdam will not allow", "Amsterdam has banned") == [Relation.SAME]


@pytest.mark.parametrize("pair", ["own932", "own237"])
def test_a_modal_in_a_clause_of_where_or_of_hopes_raised_supposes_only_that(pair: str) -> None:
    """ "A planet roughly the size of Earth has been found ..., in the zone where water could exist"
    tells the find outright, as "Astronomers have discovered an Earth-sized planet ..., raising hopes
    it could hold liquid water" does: one claim."""
    assert _relations_between(pair, "Astronomers have discovered", "A planet roughly") == [Relation.SAME]


def test_what_a_run_of_games_went_without_is_no_word_said() -> None:
    """ "Lyon sack coach Moreau after seven games without a win" says no win, so "win / defeat" is
    no reason to set it against "Lyon part ways with Moreau after Nantes defeat"."""
    whys = [
        m.why.text
        for m in align(*_own_pair("own927"))
        if m.relation is Relation.CONFLICT and "win / defeat" in m.why.text
    ]
    assert whys == []


def test_a_denial_goes_on_past_a_name_set_between_commas() -> None:
    """ "has denied reports that she and her husband, actor Tom Reyes, have separated" denies the
    separation "have separated ..., a spokesperson confirmed" tells: the commas around who he is end
    no clause, nor does "and" after a pronoun."""
    assert _relations_between("own995", "Singer Lena Marsh has denied", "Singer Lena Marsh and actor") == [
        Relation.CONFLICT
    ]


def test_one_sites_toll_is_the_events_though_a_district_names_where_it_is() -> None:
    """ "Fourteen people were killed when a landslide buried houses ..." / "Seventeen people were
    killed when a landslide hit a village in Jajarkot district ...": the district is where the
    event was, not a share of its toll."""
    assert _relations_between("own996", "Fourteen people were", "Seventeen people were") == [Relation.CONFLICT]


def test_a_toll_since_a_month_is_a_running_total_no_rival_to_one_events_toll() -> None:
    """ "More than 150 people have died in monsoon-related disasters in Nepal since mid-June" counts
    many events: "Fourteen people were killed when a landslide ..." tells one of them."""
    left, right = _own_pair("own996")
    conflicts = _called(left, right, Relation.CONFLICT)
    assert not any("since" in mine or "since" in theirs for mine, theirs in conflicts)
    assert ("Landslide in Nepal kills 14", "Nepal landslide kills 17") in conflicts


def test_showing_that_a_thing_is_so_is_proving_it() -> None:
    """ "The study did not prove that walking prevents dementia" / "their findings showed that walking
    prevents dementia": one denies what the other says was shown."""
    assert _relations_between("own999", "The study did not", "The authors said") == [Relation.CONFLICT]


def test_a_lesser_case_of_a_finding_is_no_rival_to_its_main_figure() -> None:
    """ "Even 3,800 steps a day was linked to a 25% lower risk" tells another case of the finding
    "Walking close to 10,000 steps daily cut the risk of dementia by half" tells; "As few as 3,800
    steps a day lowered the risk by 25%" tells the same case."""
    assert Relation.CONFLICT not in _relations_between("own999", "Even 3,800", "Walking close to")
    assert Relation.CONFLICT not in _relations_between("own999", "People who walk", "As few as")
    assert _relations_between("own999", "Even 3,800", "As few as") == [Relation.SAME]


def test_one_name_doing_one_thing_to_one_thing_is_one_claim_whatever_each_adds() -> None:
    """ "Prime Minister Jonas Lie conceded defeat shortly before midnight" / "Lie admitted defeat in a
    speech to supporters in Oslo late on Monday": the same core, each with details of its own."""
    assert _relations_between("own1000", "Prime Minister Jonas", "Lie admitted") == [Relation.SAME]


def test_a_change_told_with_an_adverb_between_its_words_keeps_its_direction() -> None:
    """ "up slightly from the last election" is a rise as "up from" is: against "slightly lower than
    four years ago" a conflict, not one claim."""
    match = judged(
        "Turnout was 77.2%, slightly lower than four years ago.",
        "Turnout was around 77%, up slightly from the last election.",
    )
    assert match.relation is Relation.CONFLICT
    assert "lower / up slightly from" in match.why.text


def test_a_thing_to_be_doubled_is_not_one_to_be_tripled() -> None:
    """ "would double its funding for forest protection" / "would triple its spending on protecting
    forests": the bare verb after a modal multiplies as "doubled" does."""
    assert _relations_between("own1005", "Macron said France would double", "Macron said France would triple") == [
        Relation.CONFLICT
    ]


def test_thousands_are_said_of_twenty_thousand() -> None:
    """ "Wildfire forces 20,000 to flee near Marseille" / "Marseille fire burns 8,600 acres, thousands
    evacuated": one claim, the second told by its order."""
    assert _relations_between("own1003", "Wildfire forces", "Marseille fire burns") == [Relation.SAME]


def test_a_rank_counted_since_a_time_is_the_rank_of_its_own_noun() -> None:
    """ "It was the fifth cut since August last year" / "Thursday's move was the fourth reduction
    since last summer": cuts ranked fifth and fourth (not a rank of "since" or "last"), and where the
    count starts sets no frame of time of its own."""
    assert _relations_between("own1007", "It was the fifth", "Thursday's move") == [Relation.CONFLICT]


def test_a_committee_split_six_to_three_voted_so() -> None:
    """ "The Monetary Policy Committee voted 5-4 in favour of the cut" / "Policymakers were split 6-3 on
    the decision": two splits of one vote."""
    assert _relations_between("own1007", "The Monetary", "Policymakers were split") == [Relation.CONFLICT]


def test_a_careers_tally_of_wins_is_no_rival_to_one_defeat() -> None:
    """ "Nadal, 38, won 22 major titles, 14 of them at Roland Garros" / "His last match at Roland
    Garros was a first-round defeat to Alexander Zverev in May": many contests counted, one lost."""
    assert Relation.CONFLICT not in _relations_between("own1008", "His last match", "Nadal, 38")


def test_a_headline_firing_a_minister_sacks_him() -> None:
    """ "Hungarian PM fires defence minister over truck deal" sacks him: against "Defence minister
    Varga resigns over procurement scandal" a conflict, as "sacked" is."""
    assert _relations_between("own1011", "Defence minister Varga", "Hungarian PM fires") == [Relation.CONFLICT]
    assert _relations_between("own1011", "Hungarian Defence Minister", "Hungarian PM fires") == [Relation.CONFLICT]


def test_two_headlines_on_one_subject_saying_opposites_conflict() -> None:
    """ "Nintendo delays Switch 2 launch to 2026" / "Nintendo says Switch 2 on track for this year":
    each headline tells the story's one claim, so a delay against "on track" is said of it; but not
    an opposite said of another thing ("Ryanair reports record profit despite lower fares" / "profit
    after tax climbed 34%")."""
    assert _relations_between("own1014", "Nintendo delays", "Nintendo says") == [Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations_between("own900", "Ryanair reports record", "Ryanair's profit after")


def test_people_counted_and_joined_to_the_next_count_share_its_fate() -> None:
    """ "Twenty children and six educators were killed" counts twenty dead as "killed 20 children and
    six staff members" does: one toll, not six dead against twenty."""
    assert _relations_between("own1015", "Twenty children", "The 2012 massacre") == [Relation.SAME]


def test_the_sum_of_a_rejected_offer_is_not_the_price_of_the_deal() -> None:
    """ "Liverpool have signed ... Isak from Newcastle for a British record fee of 125 million" /
    "Liverpool's first offer of 110m was turned down by Newcastle": two sums of two steps."""
    assert Relation.CONFLICT not in _relations_between("own1017", "Liverpool have signed", "Liverpool's first")


def test_an_opposite_in_the_claim_counts_though_the_other_says_the_word_in_its_background() -> None:
    """ "Siemens raised its full-year profit forecast on Thursday after new orders rose 12%" / "Siemens
    lowered its profit guidance for the year on Thursday, even though orders grew 12%": both say a rise
    (of orders), but what each claims of the forecast is opposite."""
    assert _relations_between("own1019", "Siemens raised", "Siemens lowered") == [Relation.CONFLICT]


def test_demand_that_stayed_strong_did_not_weaken() -> None:
    """ "Busch said demand from data centres remained strong" / "Busch said demand from data centre
    operators had weakened": opposites of one fact, not one claim."""
    assert _relations_between("own1019", "Chief executive Roland", "Busch said demand") == [Relation.CONFLICT]


def test_a_part_of_one_owners_things_counts_them() -> None:
    """ "Six of the train's carriages derailed" counts six carriages: against "Four carriages left the
    tracks" a conflict, not one claim."""
    assert _relations_between("own1021", "Four carriages", "Six of the train's") == [Relation.CONFLICT]


def test_a_role_held_until_a_year_sets_no_time_for_the_sentence() -> None:
    """ "Rui Carvalho, who was Lisbon's deputy mayor until 2020, was sentenced on Tuesday to eight years
    in jail" tells who he is in passing; its sentence is set against "sentenced former deputy mayor
    Rui Carvalho to six years in prison" in one frame of time: a conflict, not two terms of two times."""
    assert _relations_between("own1025", "A Lisbon court", "Rui Carvalho, who") == [Relation.CONFLICT]


def test_a_year_of_a_deed_told_in_passing_still_sets_its_time() -> None:
    """A relative clause that tells a deed is no role held: "Schumacher, who joined in July 2023, will
    stay on" says when he joined, the claim of "Schumacher took over in July 2023"."""
    assert _relations_between("own933", "Schumacher took over", "Schumacher, who joined") == [Relation.SAME]


def test_to_challenge_a_ruling_is_to_appeal_it() -> None:
    """ "His lawyers said they would appeal" / "His legal team said it would challenge the verdict":
    one claim; against "would not challenge the ruling", a conflict."""
    assert _relations_between("own732", "His lawyers said", "His legal team") == [Relation.SAME]
    assert _relations_between("own1025", "His lawyer said", "His defence team") == [Relation.CONFLICT]


def test_a_modal_after_after_supposes_only_its_own_clause() -> None:
    """ "Volta is calling back about 340,000 SUVs in the US after finding that passenger-side airbags
    could fail to inflate" asserts the recall; what "could" happen is why: one claim with "Volta
    Motors is recalling 340,000 sport utility vehicles ..."."""
    assert _relations_between("own1026", "Volta Motors is recalling", "Volta is calling") == [Relation.SAME]


def test_at_no_cost_is_free_of_charge_and_denies_nothing() -> None:
    """ "Dealers will inspect and replace the sensor free of charge" / "Dealers will fix the problem at
    no cost": the "no" of "at no cost" says what the repair costs; it negates no repair."""
    assert _relations_between("own983", "Dealers will inspect", "Dealers will fix") == [Relation.SAME]


def test_people_moved_to_safety_are_the_evacuated_whoever_they_are() -> None:
    """ "About 1,200 residents and tourists were moved to safety" counts the evacuated, residents and
    tourists alike: against "Around 2,000 people were evacuated from villages", a conflict."""
    assert _relations_between("own1027", "About 1,200", "Around 2,000") == [Relation.CONFLICT]
    assert _relations_between("own259", "About 19,000 people", "Around 30,000 people") == [Relation.CONFLICT]


def test_ai_is_artificial_intelligence() -> None:
    """ "Samsung Electronics on Wednesday unveiled its Galaxy S25 smartphones, betting on artificial
    intelligence features to revive sales" / "Samsung's Galaxy S25 leans on AI, keeps prices flat":
    one claim, its key word written out in one and abbreviated in the other."""
    assert _relations_between("own580", "Samsung Electronics on", "Samsung's Galaxy S25") == [Relation.SAME]


def test_travellers_are_passengers() -> None:
    """ "About 1,200 passengers had been booked on Thursday's crossings" / "Around 1,200 travellers were
    affected": one count of one kind of people; "About 3,000 passengers were affected" / "Some 6,500
    travellers were stranded": two counts of them, a conflict."""
    assert _relations_between("own485", "About 1,200 passengers", "Around 1,200 travellers") == [Relation.SAME]
    assert _relations_between("own121", "About 3,000 passengers", "Some 6,500 travellers") == [Relation.CONFLICT]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The company did not confirm the layoffs.", "The company did not deny the layoffs."),
        ("Police found no weapons in the car.", "Police found no drugs in the car."),
        ("The bank did not raise rates.", "The bank did not cut rates."),
    ],
)
def test_two_negations_of_different_things_are_not_one_claim(left: str, right: str) -> None:
    """Both statements deny something, and share the words around it, but not what each denies: two
    claims (a rule that took shared denied words for one denial, to join "does not prevent dementia"
    and "did not lower the chance of developing dementia", was dropped for joining these)."""
    assert judged(left, right).relation is not Relation.SAME


def test_no_new_net_borrowing_denies_borrowing() -> None:
    """ "a 2027 budget ... that includes no new net borrowing" / "the 2027 budget ... foresees new
    borrowing of 50 billion euros": "net", like "new", says how much of the borrowing is meant; what
    is denied is the borrowing, which the other asserts."""
    assert _relations_between("own1035", "Germany's coalition", "The German government's") == [Relation.CONFLICT]


def test_jets_handed_over_are_deliveries_told_exactly() -> None:
    """ "Airbus handed over 820 jets to airlines in 2025" counts 820 jets delivered, no floor of more
    than 820: against "Airbus delivered 766 commercial aircraft in 2025", a conflict, not one claim."""
    assert _relations_between("own1038", "Airbus delivered 766", "Airbus handed over") == [Relation.CONFLICT]


def test_two_hours_for_the_start_of_one_event_are_a_conflict_though_they_share_one_word() -> None:
    """ "The blaze broke out in a storage hall at about 9 am" / "The fire started at around 11 am in
    a warehouse": one fire, started at two hours; the statements share only the fire (fire and
    blaze are one term), so they are paired for the hour its event began. The hour of a later step
    ("Firefighters arrived at 11 am") is no start of it."""
    left = _article(
        "Fire at paint factory in Lyon injures three\n\n"
        "Three workers were hurt in a fire at a paint factory in Lyon on Monday, officials said.\n\n"
        "The blaze broke out in a storage hall at about 9 am.\n\n"
        "The factory employs 200 people."
    )
    right = _article(
        "Three hurt as fire hits Lyon paint plant\n\n"
        "A fire at a paint plant in Lyon injured three workers on Monday.\n\n"
        "The fire started at around 11 am in a warehouse.\n\n"
        "Firefighters arrived at about 9.30 am."
    )
    conflicts = _called(left, right, Relation.CONFLICT)
    assert (
        "The blaze broke out in a storage hall at about 9 am.",
        "The fire started at around 11 am in a warehouse.",
    ) in conflicts
    assert not any("Firefighters" in b for _, b in conflicts)


def test_a_figure_nearly_reached_is_not_one_past_it() -> None:
    """ "Nearly 250 firefighters" stops short of 250: it is not "More than 260 firefighters", nor
    "Nearly 3,000 people" "More than 3,000 people", though "about 250" would reach 260; it is still
    "about 3,000" and "some 2,950", not "3,200" told to the unit."""
    assert _relations_between("own259", "Nearly 250 firefighters", "More than 260 firefighters") == [Relation.CONFLICT]
    assert Relation.SAME not in _relations_between("own45", "More than 3,000 people", "Nearly 3,000 people")
    near = read_values("Nearly 3,000 people were evacuated to shelters.").quantities[0]
    for agreeing in ("About 3,000 people were evacuated.", "Some 2,950 people were evacuated."):
        assert near.agrees(read_values(agreeing).quantities[0])
    for apart in ("More than 3,000 people were evacuated.", "Officials said 3,200 people were evacuated."):
        assert not near.agrees(read_values(apart).quantities[0])


def test_a_date_told_is_set_against_one_not_yet_set_though_they_share_one_word() -> None:
    """ "No date has been set for new talks" leaves the date open; "Talks between the airline and
    the unions will resume on Monday" gives it: they share only the talks, so they are paired for
    it. A day on which something already happened ("Talks collapsed on Friday") sets no date for
    what is to come."""
    left = _article(
        "Airline strike goes ahead after talks fail\n\n"
        "Ground staff at Nordair went on strike on Saturday over pay.\n\n"
        "Talks collapsed on Friday.\n\n"
        "Talks between the airline and the unions will resume on Monday."
    )
    right = _article(
        "Nordair ground staff strike over pay\n\n"
        "Nordair ground workers walked out on Saturday in a row over wages.\n\n"
        "No date has been set for new talks."
    )
    conflicts = _called(left, right, Relation.CONFLICT)
    assert (
        "Talks between the airline and the unions will resume on Monday.",
        "No date has been set for new talks.",
    ) in conflicts
    assert ("Talks collapsed on Friday.", "No date has been set for new talks.") not in conflicts


def test_a_first_is_denied_by_the_same_deed_done_last_year_but_not_a_first_in_a_while() -> None:
    """ "It was the ship's first outbreak" cannot be true with "The ship had a similar outbreak last
    year": an earlier time told by when it was ("last year", "two years ago") denies a first as
    "twice before" does. "Their first face-to-face meeting in a year" is the first in a while, which
    "The last time they met in person was a year ago" agrees with."""
    assert judged("It was the ship's first outbreak.", "The ship had a similar outbreak last year.").relation is (
        Relation.CONFLICT
    )
    assert (
        judged("It was the airline's first fatal crash.", "The airline had a fatal crash two years ago.").relation
        is Relation.CONFLICT
    )
    assert (
        judged(
            "It was their first face-to-face meeting in a year.",
            "The last time they met in person was in Bali a year ago.",
        ).relation
        is not Relation.CONFLICT
    )


def test_two_windows_for_one_deal_closing_that_cannot_meet_are_a_conflict() -> None:
    """ "The deal is expected to close in the first quarter of next year" / "The companies expect the
    acquisition to be completed by the end of this year": one deal, two closings that cannot both
    come true; the two share little but the deal, so they are paired for it. Windows that meet
    ("early next year") agree, and a year written out ("in 2026") is not set against "this year",
    which names no year."""
    left = _article(
        "Veltro to buy Lumen for 2 billion euros\n\n"
        "Veltro has agreed to buy the software maker Lumen for 2 billion euros in cash.\n\n"
        "The deal is expected to close in the first quarter of next year.\n\n"
        "Lumen employs 900 people."
    )
    right = _article(
        "Veltro agrees 2 billion euro Lumen takeover\n\n"
        "Veltro will pay 2 billion euros for Lumen, the companies said on Monday.\n\n"
        "The companies expect the acquisition to be completed by the end of this year.\n\n"
        "Lumen has about 900 staff."
    )
    assert (
        "The deal is expected to close in the first quarter of next year.",
        "The companies expect the acquisition to be completed by the end of this year.",
    ) in _called(left, right, Relation.CONFLICT)
    first_quarter = "The deal is expected to close in the first quarter of next year."
    assert judged(first_quarter, "The deal is expected to close early next year.").relation is not Relation.CONFLICT
    assert judged(first_quarter, "The deal is expected to close in 2026.").relation is not Relation.CONFLICT


def test_batches_pulled_from_sale_are_recalled_not_rescued() -> None:
    """ "Valmora has pulled 24 batches of Ventrix" withdraws the batches, as "is recalling 38 batches"
    does: two counts of one recall, which disagree; people "pulled from the water", "out alive" or
    "to safety" are rescued."""
    assert _relations_between("own1068", "Drugmaker Valmora is recalling", "Valmora has pulled 24") == [
        Relation.CONFLICT
    ]
    for rescued in ("Rescuers pulled 23 people from the water.", "Rescuers pulled 12 miners to safety."):
        assert [q.unit for q in read_values(rescued).quantities] == ["rescued"]
    assert [q.unit for q in read_values("Valmora has pulled 24 batches of the drug.").quantities] == ["recalled"]


def test_a_count_told_alone_after_its_verb_counts_what_the_verb_says() -> None:
    """ "Police detained 40 at the rally" counts the detained, though no noun follows the figure, as
    "Switch 2 sells 4.5 million in first month" counts what was sold: against "no arrests were made"
    and "sold 3.5 million units", two figures for one thing."""
    assert [(q.unit, q.value) for q in read_values("Police detained 40 at the rally.").quantities] == [
        ("arrested", 40.0)
    ]
    assert (
        judged(
            "The rally was peaceful and no arrests were made, police said.",
            "Police detained 40 at the rally, police said.",
        ).relation
        is Relation.CONFLICT
    )
    assert _relations_between("own563", "Switch 2 sells", "The Switch 2 sold") == [Relation.CONFLICT]


def test_a_product_launched_at_a_price_is_priced_at_it() -> None:
    """ "Veltra Fold launches at $1,499 in the US" gives the phone's price, as "priced at $1,299"
    does: one price told two ways, a conflict."""
    assert _relations_between("own16", "Veltra unveils folding phone", "Veltra Fold launches") == [Relation.CONFLICT]
    assert (
        judged(
            "Veltra unveiled a folding phone priced at $1,299.", "The Veltra Fold launches at $1,299 in the US."
        ).relation
        is not Relation.CONFLICT
    )


def test_it_is_the_first_tells_a_first_time() -> None:
    """ "It is the first fine the EU has imposed on Apple" tells a first, as "Apple's first fine"
    does: "Apple has been fined by the EU once before" denies it. "It was the first of three
    hearings" tells a step, no first time."""
    first = "It is the first fine the EU has imposed on Apple for breaking competition rules."
    assert judged(first, "Apple has been fined by the EU for breaching antitrust rules once before.").relation is (
        Relation.CONFLICT
    )
    assert (
        judged(
            "It was the first of three hearings in the case.", "A hearing in the case was held once before."
        ).relation
        is not Relation.CONFLICT
    )


def test_one_large_count_of_one_thing_is_one_claim_though_little_else_is_shared() -> None:
    """ "about 10,000 followers" / "An estimated 10,000 FLDS followers": a count in the thousands of
    one thing is seldom given alike by chance, however round; a threshold the story speaks of
    ("above 7,000 steps", "up to about 10,000 steps", "7,000 steps a day") is no such fact."""
    left = _article(
        "Sect leader jailed for life\n\nThe leader of a polygamist sect was jailed for life on Tuesday.\n\n"
        "His breakaway sect is believed to have about 10,000 followers."
    )
    right = _article(
        "Polygamist leader gets life sentence\n\nA jury in Texas sentenced the sect's leader to life in prison.\n\n"
        "An estimated 10,000 FLDS followers live in communities in Utah, Arizona and Texas."
    )
    assert (
        "His breakaway sect is believed to have about 10,000 followers.",
        "An estimated 10,000 FLDS followers live in communities in Utah, Arizona and Texas.",
    ) in _called(left, right, Relation.SAME)
    assert _relations_between("own1038", "Airbus booked 1,000 gross orders", "The planemaker won about 1,000") == [
        Relation.SAME
    ]
    assert Relation.SAME not in _relations_between("own206", "Benefits levelled off", "Taking more than 7,000")
    assert Relation.SAME not in _relations_between("own960", "Benefits continued to increase", "Ding said 10,000")


def test_one_time_told_two_ways_or_among_others_sets_no_two_claims_apart() -> None:
    """ "in February" / "in 2003, and ... in February": the other tells this time too; "April 2026" /
    "April next year" and "from January" / "at the start of next year" may be one time, told from
    a day of writing nobody gives. A month named alone is this year's, not last year's ("began
    last year" / "was opened in January"), unless it dates a step in passing."""
    assert (
        judged(
            "A 6.4-magnitude quake hit the town of Zarand in February, killing hundreds of people.",
            "A quake killed more than 31,000 in Bam in 2003, and 600 were killed in the town of Zarand"
            " in February in an earthquake with a magnitude of 6.4.",
        ).relation
        is Relation.SAME
    )
    assert _relations_between("own123", "Germany's minimum wage will rise", "The minimum wage in Germany") == [
        Relation.SAME
    ]
    assert _relations_between("own243", "Last month Velto cut", "Velto lowered its profit outlook") == [Relation.SAME]
    assert _relations_between("own953", "The European Medicines Agency", "Europe's medicines regulator") == [
        Relation.SAME
    ]
    assert Relation.SAME not in _relations_between("own942", "The investigation began last year", "The inquiry was")


def test_a_verb_or_a_unit_before_a_rate_says_not_which_rate_it_is() -> None:
    """ "BOJ hikes rates to 0.5%" tells the rate "raised its key interest rate to 0.5%" does: "hikes"
    is a deed, not a kind of rate; "by a quarter point" is "by 25 basis points"; "axes 3,000 roles"
    counts the jobs "will cut about 3,000 jobs" does."""
    assert _relations_between("own985", "The Bank of Japan raised", "BOJ hikes rates") == [Relation.SAME]
    assert _relations_between("own541", "Norway's central bank raised", "Norges Bank lifted") == [Relation.SAME]
    assert _relations_between("own1051", "Volvo Cars will cut", "Volvo Cars axes") == [Relation.SAME]


def test_results_told_as_a_part_of_the_games_played_are_counted_as_results() -> None:
    """ "won three of his 14 league games" counts wins, as "four wins in 14 Serie A matches" does:
    two tallies of one coach's wins that cannot both be right; "winning 215 of 465 seats" counts seats."""
    assert (
        judged(
            "Ferri won three of his 14 league games in charge.", "Ferri managed four wins in 14 Serie A matches."
        ).relation
        is Relation.CONFLICT
    )
    assert (
        judged(
            "Leeds have lost four of their last five matches.", "Leeds have lost three of their last five games."
        ).relation
        is Relation.CONFLICT
    )
    assert (
        judged("Ferri won three of his 14 league games in charge.", "Ferri won three of 14 Serie A matches.").relation
        is Relation.SAME
    )
    assert (
        judged(
            "The coalition won 215 seats, short of the 233 needed for a majority.",
            "The coalition fell short of a majority in Sunday's general election, winning 215 of 465 seats.",
        ).relation
        is not Relation.CONFLICT
    )


def test_two_inquiries_suppose_alike_whatever_one_calls_possible() -> None:
    """ "opened an investigation into negligent homicide" / "was investigating possible negligent
    homicide": neither says the charge holds; an inquiry and a charge said to be so still differ."""
    assert _relations_between("own1069", "Prosecutors in Salzburg", "The state prosecutor") == [Relation.SAME]
    assert (
        judged(
            "Police are investigating the crash as a possible act of terrorism.",
            "The crash was an act of terrorism, the minister said.",
        ).relation
        is not Relation.SAME
    )


def test_someone_treated_in_hospital_for_burns_is_set_against_none_hurt() -> None:
    """ "An elderly man was treated in hospital for burns" tells someone hurt, against "No injuries
    have been reported" in the other report of the fire."""
    assert _relations_between("own1071", "No injuries have been", "An elderly man was treated") == [Relation.CONFLICT]


def test_a_year_a_running_count_starts_from_is_not_its_time() -> None:
    """ "has gathered 21 samples since landing in 2021" counts up to now, as "has collected 23 rock
    samples so far" does: two counts of one thing, not counts of two years."""
    assert (
        judged(
            "The rover has collected 23 rock samples so far.",
            "Perseverance has gathered 21 samples since landing in 2021.",
        ).relation
        is Relation.CONFLICT
    )


def test_a_takeovers_exchange_ratio_is_read_as_one() -> None:
    """ "1.15 new Caixa Norte shares for each share they hold" / "1.15 Caixa Norte shares per share":
    one deal's ratio, told alike or not; a ratio and the shares' moves in the market are two claims."""
    ratio = "Levante shareholders will receive 1.15 new Caixa Norte shares for each share they hold."
    assert judged(ratio, "Investors in Levante will get 1.15 Caixa Norte shares per share.").relation is Relation.SAME
    assert (
        judged(ratio, "Investors in Levante will get 1.2 Caixa Norte shares per share.").relation is Relation.CONFLICT
    )
    assert (
        judged(
            "Levante shares jumped 14% in Madrid, while Caixa Norte fell 3%.",
            "Under the terms, investors in Levante will get 1.15 Caixa Norte shares per share.",
        ).relation
        is not Relation.SAME
    )


def test_the_seriously_hurt_told_as_a_part_or_as_none_are_compared() -> None:
    """ "Three of the injured were taken to hospital with serious injuries" counts the seriously
    injured, as "Nine people were hurt, none seriously" does (none of them)."""
    assert (
        judged(
            "Three of the injured were taken to Haukeland University Hospital with serious injuries.",
            "Nine people were hurt, none seriously, after two ferries crashed in dense fog near Bergen on Monday.",
        ).relation
        is Relation.CONFLICT
    )
    assert (
        judged(
            "Nine people were hurt, none seriously, after the ferries crashed.",
            "Nine passengers suffered minor injuries when the ferries crashed.",
        ).relation
        is not Relation.CONFLICT
    )


def test_one_move_of_a_companys_shares_is_one_claim_and_two_companies_moves_are_two() -> None:
    """ "Nordwind shares rose 8% in Copenhagen" / "Its shares jumped 8% in morning trade": the story
    has one move of the shares, however round; in a merger, "Levante shares jumped 14%" and "Caixa
    Norte shares fell 3%" are two companies' moves, neither the same claim nor a conflict."""
    assert (
        judged("Nordwind shares rose 8% in Copenhagen.", "Its shares jumped 8% in morning trade.").relation
        is Relation.SAME
    )
    assert (
        judged("Levante shares jumped 14% in Madrid.", "Caixa Norte shares fell 3% in Madrid.").relation
        is Relation.RELATED
    )
    assert (
        judged("Levante shares jumped 14% in Madrid.", "Caixa Norte shares jumped 14% in Madrid.").relation
        is not Relation.SAME
    )


def test_the_jobs_a_company_cuts_told_alike_are_one_claim() -> None:
    """ "The bank will cut 300 jobs, mostly in its branch network" / "Nordvik plans to shed about 300
    positions, largely at branches": the jobs cut are one figure of the story, however round."""
    assert _relations_between("own509", "The bank will cut 300 jobs", "Nordvik plans to shed") == [Relation.SAME]
    assert _relations_between("own798", "The investment will create", "The project is expected") == [Relation.SAME]


def test_one_sides_demand_told_alike_is_one_claim_whatever_verb_tells_it() -> None:
    """ "unions, which are demanding a 6% pay rise" / "Unions are seeking a pay increase of 6%": the
    story's one demand, however round, whether "demanding" or "seeking" tells it."""
    assert (
        judged(
            "The strike was called by the CGT and SUD-Rail unions, which are demanding a 6% pay rise.",
            "Unions are seeking a pay increase of 6% to offset inflation.",
        ).relation
        is Relation.SAME
    )


def test_how_long_one_thing_lasts_told_alike_is_one_claim() -> None:
    """ "held two days of trade talks" / "The talks lasted two days"; "banned him from holding public
    office for ten years" / "barred from running for office for a decade": one length of one thing."""
    assert _relations_between("own133", "Senior US and Chinese officials", "The talks lasted") == [Relation.SAME]
    assert _relations_between("own997", "The judge also banned him", "He is barred") == [Relation.SAME]


def test_a_deals_closing_windows_apart_are_named_as_written() -> None:
    """The reason for "expected to close in the second half of next year" / "aim to complete the
    merger by the end of the first quarter of next year" names both windows as the text words them,
    with no stray space before either."""
    [match] = _matches_between("own1072", "The deal is expected", "The banks aim")
    assert match.relation is Relation.CONFLICT and match.why is not None
    [difference] = match.why.differences
    assert (difference.a, difference.b) == ("in the second half of next year", "the first quarter of next year")


def test_counterparts_opening_on_one_deed_are_one_claim_whatever_each_adds_after() -> None:
    """ "Security guards raised the alarm, but the thieves escaped before ..." / "An alarm went off,
    but the thieves got away before officers ...": each the other's best match, their first clauses
    make the claim and the rest adds circumstances of its own. A denial in a later clause is a
    claim of its own ("The cause of the fire is being investigated, but police said they did not
    suspect arson" / "Police are investigating whether the fire was started deliberately")."""
    assert _relations_between("own489", "Security guards raised", "An alarm went off") == [Relation.SAME]
    assert _relations_between("own388", "Rafael Nadal's professional", "Rafael Nadal played") == [Relation.SAME]
    assert _relations_between("own222", "Coast guard vessels", "Rescuers used") == [Relation.SAME]
    assert Relation.SAME not in _relations_between("own476", "The cause of the fire", "Police are investigating")


def test_a_rise_and_a_fall_of_two_different_things_are_no_opposites() -> None:
    """ "threatening to raise tensions" / "dropped bombs": a rise set against a fall denies it only
    when both are said of one thing; "raised its growth forecast" / "cut its growth forecast" do,
    though "cut" is no fall of jobs; and cavers "cut off" by a flood are stranded, not reduced."""
    bombed = judged(
        "A refugee camp near the border was bombed on Thursday, officials said, threatening to raise tensions"
        " between the two countries.",
        "Military aircraft dropped bombs on Thursday in and around a refugee camp near the border, officials said.",
    )
    assert bombed.relation is Relation.SAME
    forecast = judged("The central bank raised its growth forecast.", "The central bank cut its growth forecast.")
    assert forecast.relation is Relation.CONFLICT
    assert _relations_between("own240", "The group, all experienced", "The cavers, from Croatia") == [Relation.SAME]


def test_the_earlier_event_a_claim_counts_from_is_not_set_against_it() -> None:
    """ "the first face-to-face meeting since tariffs were raised in April" / "US, China agree to cut
    tariffs": the rise is the earlier event the meeting is counted from, no opposite of the cut."""
    assert Relation.CONFLICT not in _relations_between("own133", "Senior US and Chinese", "US, China agree")
    assert (
        judged(
            "Prices have stayed high since the bank raised rates in March, the minister said.",
            "The bank cut rates on Tuesday, the minister said.",
        ).relation
        is not Relation.CONFLICT
    )


def test_one_start_told_on_two_days_is_a_conflict_unless_a_day_is_counted_from_another() -> None:
    """ "The blaze broke out on Monday afternoon" / "The fire started on Tuesday": a fire starts
    once, and "broke out" tells a start as "began" does ("Sudan's civil war broke out in April
    2023"). A day counted from the one named ("ordered to leave on Monday as a fire that started a
    day earlier") is another event's."""
    assert _relations_between("own1081", "The blaze broke out", "The fire started on Tuesday") == [Relation.CONFLICT]
    assert _relations_between("own693", "The war between the army", "Sudan's civil war broke out") == [Relation.SAME]
    assert Relation.CONFLICT not in _relations_between("own455", "The fire broke out on Sunday", "Residents of seven")
    left = _article(
        "Dock strike shuts Antwerp port\n\n"
        "Dock workers at Antwerp walked out in a dispute over pensions, union leaders said.\n\n"
        "The strike broke out on Monday after talks with port employers collapsed.\n\n"
        "About 40 ships were waiting to unload."
    )
    right = _article(
        "Antwerp dockers strike over pensions\n\n"
        "The walkout, which started on Wednesday, has halted container traffic at Europe's second-largest port.\n\n"
        "Unions want the retirement age for dockers kept at 60."
    )
    assert _called(left, right, Relation.CONFLICT) == {
        (
            "The strike broke out on Monday after talks with port employers collapsed.",
            "The walkout, which started on Wednesday, has halted container traffic at Europe's second-largest port.",
        )
    }


def test_people_given_medical_treatment_are_counted_as_the_hurt() -> None:
    """ "14 people had been treated for smoke inhalation" / "Fifteen people, including two
    firefighters, received medical treatment": one count of the hurt, given two ways, past an aside."""
    assert _relations_between("own1081", "Civil protection officials", "Fifteen people") == [Relation.CONFLICT]
    why = judged(
        "Eight people were treated for smoke inhalation after the fire, officials said.",
        "Six people, among them a child, received medical treatment after the fire, officials said.",
    )
    assert why.relation is Relation.CONFLICT
    assert why.why is not None and why.why.text.startswith("Eight / Six")


def test_two_ranks_of_one_series_are_a_conflict() -> None:
    """ "its third cut this year" / "It was the bank's second reduction of the year": one series of
    cuts, counted in one year, ranked two ways, however little else the statements share; so are
    ranks among one owner's own ("his third marathon" / "the 27-year-old's second marathon", "its
    second stage" / "the rocket's third stage")."""
    assert _relations_between("own1085", "Kiprop, 27, was running", "It was the 27-year-old's") == [Relation.CONFLICT]
    assert _relations_between("own160", "The Vega-C rocket lost power", "The launch company said") == [
        Relation.CONFLICT
    ]
    assert _relations_between("own1082", "The Reserve Bank of New Zealand", "It was the bank's second") == [
        Relation.CONFLICT
    ]
    assert _relations_between("own558", "It is her third world record", "It was Kipyegon's second") == [
        Relation.CONFLICT
    ]
    left, right = _own_pair("own1082")
    [reason] = [
        m.why.text
        for m in align(left, right)
        if m.relation is Relation.CONFLICT and right[m.b].text.startswith("It was the bank's second")
        if m.why is not None
    ]
    assert reason.startswith("third cut / second reduction")  # each rank with what it ranks


def test_the_deadline_a_ruling_sets_is_one_claim_told_alike_and_a_conflict_told_apart() -> None:
    """ "The company must stop the abusive conduct within 90 days" / "Meta was given 60 days to end
    the practices": a ruling sets one deadline to comply, told in words that share little, "within"
    setting it as "given" does; told alike ("within 90 days" / "three months to comply") it is one
    claim, though "has 60 days to comply" supposes the compliance. A deadline to appeal is another."""
    assert _relations_between("own638", "The company must stop", "Meta was given 60 days") == [Relation.CONFLICT]
    assert _relations_between("own1083", "The company must end", "The company has six months") == [Relation.CONFLICT]
    assert _relations_between("own775", "The company must stop", "Meta was given three months") == [Relation.SAME]
    left = _article(
        "Regulator fines Kestrel Air over refunds\n\n"
        "The aviation authority fined Kestrel Air 4 million euros on Tuesday for delaying refunds to passengers.\n\n"
        "The airline must pay all outstanding refunds within 30 days.\n\n"
        "Kestrel Air has 60 days to appeal the decision."
    )
    right = _article(
        "Kestrel Air hit with 4 million euro fine\n\n"
        "Kestrel Air was fined 4 million euros for making passengers wait months for their money back.\n\n"
        "It was given two months to settle every claim, the authority said."
    )
    conflicts = _called(left, right, Relation.CONFLICT)
    assert conflicts == {
        (
            "The airline must pay all outstanding refunds within 30 days.",
            "It was given two months to settle every claim, the authority said.",
        )
    }


def test_words_of_a_time_both_may_tell_set_no_two_claims_apart() -> None:
    """ "Owners will be contacted by letter from next month" / "Owners will receive a letter starting
    in June": the words that tell when say nothing against each other while the two times may be
    one (today's next month may be June), so the rest makes the claim; two months apart do not."""
    assert _relations_between("own1086", "Owners will be contacted", "Owners will receive") == [Relation.SAME]
    assert _relations_between("own665", "Her fourth album is due", "Her next album") == [Relation.SAME]
    assert _relations_between("own878", "Kornhaus said its energy", "The chain's energy bill") == [Relation.SAME]
    assert (
        judged("Owners will be contacted by letter in July.", "Owners will receive a letter starting in June.").relation
        is not Relation.SAME
    )


def test_seats_counted_after_a_partys_name_are_a_count_not_a_name() -> None:
    """ "Projections gave the Liberals 34 seats" counts seats, where "a Boeing 737" numbers a name:
    set against "expected to win 36 of the 101 seats" it is a conflict, not one claim."""
    assert _relations_between("own1087", "The Liberals are expected", "Projections gave the Liberals") == [
        Relation.CONFLICT
    ]
    assert (
        judged(
            "Exit polls gave the Greens 12 seats in the city council.", "The Greens won 15 seats in the city council."
        ).relation
        is Relation.CONFLICT
    )


def test_lost_ground_is_a_fall() -> None:
    """ "The euro lost ground against the dollar" fell, so it is set against "The euro rose"."""
    assert (
        judged(
            "The euro lost ground against the dollar on Monday.", "The euro rose against the dollar on Monday."
        ).relation
        is Relation.CONFLICT
    )


def test_a_reason_for_two_reports_of_none_hurt_quotes_them_as_written() -> None:
    """ "no injuries" / "Nobody was hurt": the reason quotes both as written, with no unit tacked on
    ("Nobody was hurt injured")."""
    left, right = _own_pair("own1089")
    [reason] = [
        m.why.basis
        for m in align(left, right)
        if m.why is not None
        and right[m.b].text.startswith("Nobody was hurt")
        and left[m.a].text.startswith("Passenger")
    ]
    assert reason == "both give no injuries / Nobody was hurt"


def test_a_word_of_a_hyphenated_compound_does_not_report_a_saying() -> None:
    """ "Porto have accepted an offer ... including 7 million euros in add-ons" adds no one's words:
    the headline naming the buyer, the seller and the player tells the same deal (own1091)."""
    assert _relations_between("own1091", "Newcastle agree deal", "Porto have accepted") == [Relation.SAME]


def test_a_side_s_account_after_an_event_tells_no_one_deal_with_the_event() -> None:
    """ "Mara Quinn 'fine' after Lyon concert scare, team says" is the singer's team's account; that
    it and "Pop star Mara Quinn hospitalised after collapsing on stage in Lyon" both tell something
    "after" something in Lyon makes them no one claim (own1093)."""
    assert Relation.SAME not in _relations_between("own1093", "Pop star Mara Quinn hosp", 'Mara Quinn "fine"')
    assert Relation.SAME not in _relations_between("own1093", "Pop star Mara Quinn hosp", "Mara Quinn's team")


def test_the_person_a_report_opens_on_after_a_description_is_its_aged_one() -> None:
    """ "Pop star Mara Quinn was taken to hospital ..." and "Quinn was released ..." open on Quinn, so
    "The 29-year-old singer" is Quinn, and "Quinn, 31" gives her another age (own1093)."""
    assert _relations_between("own1093", "The 29-year-old singer", "Quinn, 31") == [Relation.CONFLICT]


def test_one_party_s_result_told_alike_is_one_claim() -> None:
    """ "The ruling Freedom Movement came second with 24.6%" / "Golob's Freedom Movement took 24.6% and
    said it would wait for the final count": one share of the vote (own1098)."""
    assert _relations_between("own1098", "The ruling Freedom", "Golob's Freedom") == [Relation.SAME]


def test_a_denial_reaches_past_and_to_a_spouse() -> None:
    """ "has denied reports that the actor and his wife Lena Varga are divorcing": "and his wife"
    opens no clause of its own, so the denial reaches the divorce the other article reports (own1104)."""
    assert _relations_between("own1104", "Actor Tom Hale and his", "A representative for") == [Relation.CONFLICT]
    match = judged(
        "Actor Tom Hale and his wife, the designer Lena Varga, have filed for divorce after 12 years of marriage, "
        "according to court documents filed in Los Angeles on Tuesday.",
        "A representative for Tom Hale has denied reports that the actor and his wife Lena Varga are divorcing.",
    )
    assert match.why.text.startswith("divorce / has denied")  # what is denied, not whom it is about
    assert _relations_between("own1104", "Actor Tom Hale and wife", "A representative for") == [Relation.CONFLICT]


def test_to_maintain_one_s_innocence_is_to_deny_the_charges() -> None:
    """ "Costa, 61, denied all the charges" / "The 61-year-old has always maintained his innocence":
    one claim (own1097)."""
    assert _relations_between("own1097", "Costa, 61, denied", "The 61-year-old has") == [Relation.SAME]


def test_a_fate_told_before_the_noun_counts_that_fate() -> None:
    """ "Chile mine collapse: rescuers race to reach seven trapped workers" counts the trapped, as
    "Nine miners trapped after collapse at Chilean copper mine" does: two tolls (own1108)."""
    assert _relations_between("own1108", "Nine miners trapped", "Chile mine collapse") == [Relation.CONFLICT]
    assert _relations_between("own1108", "Nine miners were", "Chile mine collapse") == [Relation.CONFLICT]


def test_a_deed_one_was_not_able_to_do_is_denied() -> None:
    """ "Rescuers have not yet been able to contact the miners" denies the contact "Rescuers have made
    contact with the men" tells (own1108)."""
    assert _relations_between("own1108", "Rescuers have made", "Rescuers have not") == [Relation.CONFLICT]


def test_one_doing_supposed_alike_in_any_clause_is_one_claim() -> None:
    """ "drilling a rescue shaft could take several days" supposes what "would drill a new shaft ..., a
    process that could take up to a week" supposes in a clause of its own: one claim (own1108), but
    an assertion is no supposition of another doing."""
    assert _relations_between("own1108", "Mining Minister", "Mining Minister") == [Relation.SAME]
    assert (
        judged(
            "Mining Minister Aurora Williams said rescue teams had drilled a new shaft to reach them.",
            "Mining Minister Aurora Williams said drilling a rescue shaft could take several days.",
        ).relation
        is not Relation.SAME
    )


def test_people_seen_are_counted_as_seen() -> None:
    """ "two men were seen on security camera footage" / "three suspects seen on surveillance video":
    two counts of the people seen (own1109)."""
    assert _relations_between("own1109", "Police said two men", "Investigators are") == [Relation.CONFLICT]


def test_a_verb_that_takes_a_k_before_ed_is_said_of_its_noun() -> None:
    """ "panicked" says what "in panic" does: the stemmer keeps the k ("panick"), which is no word."""
    match = judged(
        "Shoppers panicked and fled the mall after the shots.", "Shoppers fled the mall in panic after the shots."
    )
    assert match.relation is Relation.SAME
    assert "panicked" in match.why.text


def test_a_record_claimed_after_an_owner_is_the_claim() -> None:
    """ "The recall is the company's largest since 2021" claims a record; "The company recalled 2.9
    million cars over floor mats in 2021" tells the earlier recall, no record: related (own1110)."""
    assert _relations_between("own1110", "The company recalled", "The recall is") in ([], [Relation.RELATED])


def test_what_no_thing_had_done_is_the_deed_denied() -> None:
    """ "said no plant had failed" denies the failure "a power plant failure had caused the blackout"
    tells; it is no loss of the plant (own1113)."""
    assert _relations_between("own1113", "Grid operator", "ERCOT blamed") == [Relation.CONFLICT]


def test_a_failure_to_stop_something_tells_that_it_went_on() -> None:
    """ "failed to stop money laundering through its Estonian branch" tells of the laundering that
    "a US investigation into money laundering at its former Estonian branch" is into (own1112)."""
    assert _relations_between("own1112", "Nordvik Bank has", "Denmark's Nordvik") == [Relation.SAME]
    assert _relations_between("own1112", "Nordvik Bank has", "Nordvik Bank to pay") == [Relation.SAME]


def test_a_stretch_of_years_is_read_alike_however_it_is_told() -> None:
    """ "between 2007 and 2015" and "from 2007 to 2015" are one stretch of years, so two sums told over it
    are set side by side: $200 billion against $230 billion (own1112); "from 1983-2005" is no frame of
    1983 alone, and the toll of that stretch is the one "since 1955" tells (pair08)."""
    assert _relations_between("own1112", "Prosecutors said", "Around $230") == [Relation.CONFLICT]
    match = judged(
        "Some 2 million people died in the north-south civil war, waged for all but a few years since 1955.",
        "Some 2 million died in the latest war, from 1983-2005.",
    )
    assert match.relation is Relation.SAME


def test_a_toll_told_as_what_befell_a_group_named_before_is_the_claim() -> None:
    """ "The two women and a man were killed during demonstrations ..." claims the toll "Greek
    anti-austerity march erupts in violence, 3 dead" gives (pair03); "The two victims were a
    supervisor and a forklift driver" tells who they were, not the toll (own459)."""
    left = _article(
        "Greek anti-austerity march erupts in violence, 3 dead\n\n"
        "Three people, one of them a pregnant woman, were killed when protesters set fire to a bank in Athens."
    )
    right = _article(
        "Greek PM condemns deaths\n\n"
        "Three people were killed when protesters torched a bank in Athens on Wednesday.\n\n"
        "The two women and a man were killed during demonstrations by tens of thousands who marched through Athens."
    )
    assert (
        "Greek anti-austerity march erupts in violence, 3 dead",
        "The two women and a man were killed during demonstrations by tens of thousands who marched through Athens.",
    ) in _called(left, right, Relation.SAME)
    assert Relation.SAME not in _relations_between("own459", "The two victims", "Two dead in Columbus")


def test_places_named_only_in_passing_pick_out_no_one_event() -> None:
    """ "People ran outside in panic in Banda Aceh as the quake shook houses, and in Medan city to the
    south of the province on Sumatra island" names Medan and Sumatra only to say where; "The quake also
    caused concern among officials attending a meeting ... in Medan, the capital of neighboring North
    Sumatra province" names them too, but the two tell different things (pair07)."""
    match = judged(
        "People ran outside in panic in Banda Aceh as the quake shook houses, and in Medan city to the south of "
        "the province on Sumatra island.",
        "The quake also caused concern among officials attending a meeting of the Asia Pacific Economic "
        "Cooperation forum in Medan, the capital of neighboring North Sumatra province.",
    )
    assert match.relation is Relation.RELATED


def test_two_reports_that_nobody_was_hurt_tell_one_claim() -> None:
    """ "said the group confirmed there were no dead or wounded" / "... said that four bombs were
    dropped but that they caused no casualties": both tell the story's one claim that nobody was
    hurt, whoever reports it (pair08); "No one was injured, the city's fire service said" / "There
    were no casualties, according to firefighters" (own386)."""
    left = _article(
        "Sudan bombs refugee camp\n\n"
        "Warplanes dropped bombs on the Yida refugee camp on Thursday, a local official said.\n\n"
        "A spokesman for the Enough Project, an activist group that works to end genocide, said the group "
        "confirmed there were no dead or wounded."
    )
    right = _article(
        "Bombs fall on South Sudan camp\n\n"
        "Sudanese aircraft bombed the Yida camp on Thursday.\n\n"
        "Ryan Boyette, a former aid worker who lives in Sudan, said he talked to five aid workers in the Yida "
        "camp, all of whom said that four bombs were dropped but that they caused no casualties."
    )
    assert [m.relation for m in align(left, right) if (m.a, m.b) == (2, 2)] == [Relation.SAME]
    assert _relations_between("own386", "No one was injured", "There were no") == [Relation.SAME]


def test_times_on_the_clock_are_values_of_time() -> None:
    """ "Kenya's John Korir won in 2:02:44" / "took the men's title in 2:02:43": two times for one race,
    told on the clock with no word of time beside them (own1115); "finishing in 4:07.64" is no record
    of "4:08.02" (own558)."""
    assert _relations_between("own1115", "In the men's race", "Korir, also") == [Relation.CONFLICT]
    assert Relation.SAME not in _relations_between("own558", "Kenyan runner Faith", "Kipyegon sets mile")


def test_an_opposite_a_headline_says_only_in_its_background_is_no_conflict() -> None:
    """ "Bank of England holds rates at 5.25% as inflation eases" / "UK interest rates unchanged at
    16-year high": the easing is inflation's, said after "as"; both headlines claim rates held
    (own1117), as "Siemens Energy raises outlook as wind turbine losses narrow" / "Siemens Energy
    returns to profit, lifts guidance" claim one outlook raised (own1103). "Strike at Brenner auto plant
    ends after pay deal" / "Brenner workers reject pay offer, strike continues" stay a conflict (own77)."""
    assert _relations_between("own1117", "Bank of England holds", "UK interest") == [Relation.SAME]
    assert _relations_between("own1103", "Siemens Energy raises", "Siemens Energy returns") == [Relation.SAME]
    assert _relations_between("own77", "Strike at Brenner", "Brenner workers") == [Relation.CONFLICT]


def test_a_denied_exit_is_no_conflict_with_how_long_the_post_was_held() -> None:
    """ "has denied reports that its star Jamie Cole is quitting the show" / "Cole has starred as
    Detective Sam Reed since the show launched in 2019": both say he stays; the denial still meets
    "Actor Jamie Cole will leave the hit police drama" (own1118)."""
    assert Relation.CONFLICT not in _relations_between("own1118", "The network behind", "Cole has starred")
    assert _relations_between("own1118", "The network behind", "Actor Jamie Cole") == [Relation.CONFLICT]


def test_a_vote_told_as_the_many_of_a_body_and_the_few_is_a_split() -> None:
    """ "Eight of the nine policymakers voted to keep rates on hold, while one voted for a cut" is an 8-1
    vote: a conflict with "voted 7-2 to hold rates" (own1117), and "Five of the nine committee members
    voted for no change" one with "voted 6-3" (own1049); the reason quotes both splits."""
    assert _relations_between("own1117", "The nine-member", "Eight of the nine") == [Relation.CONFLICT]
    assert _relations_between("own1049", "The Monetary Policy Committee", "Five of the nine") == [Relation.CONFLICT]
    match = judged(
        "The nine-member Monetary Policy Committee voted 7-2 to hold rates, with two members backing a cut.",
        "Eight of the nine policymakers voted to keep rates on hold, while one voted for a cut.",
    )
    assert match.why.text.startswith("7-2 / Eight of the nine")


def test_the_most_one_can_afford_is_no_record() -> None:
    """ "Employers have offered 5%, which they say is the most they can afford" claims no record: one
    offer of 5% with "University employers said their offer of 5% was final" (own1121)."""
    assert _relations_between("own1121", "Employers have", "University employers") == [Relation.SAME]


def test_a_veto_is_a_block() -> None:
    """ "EU blocks Alder's takeover of rival Brisk" / "EU antitrust regulators on Wednesday vetoed
    Alder's planned acquisition of Brisk": one claim (own1122, own610); "The veto is the twelfth since
    2010" claims a rank "It is only the 11th merger the Commission has blocked since 2010" gives
    otherwise, so the two are no same claim (own255)."""
    assert _relations_between("own1122", "EU blocks", "EU antitrust") == [Relation.SAME]
    assert _relations_between("own610", "Competition watchdog blocks", "The UK competition") == [Relation.SAME]
    assert Relation.SAME not in _relations_between("own255", "It is only the 11th", "The veto is")


def test_an_opposite_in_a_headline_s_background_is_no_conflict_even_said_of_one_subject() -> None:
    """ "Volvex to cut 4,000 jobs as profits slump" / "Volvex axes 4,000 jobs, shares jump": the
    slump is the profits', after "as"; both headlines claim 4,000 jobs cut (own1124)."""
    assert _relations_between("own1124", "Volvex to cut", "Volvex axes") == [Relation.SAME]


def test_two_sums_someone_took_are_one_figure_however_worded() -> None:
    """ "The court found that Hudak accepted 1.2 million euros from businessmen" / "Judges said he had
    received about 1.5 million euros in bribes": two figures for what he took (own1125); "took 35
    million dollars in bribes" / "he received 35 million dollars" one (own391)."""
    assert _relations_between("own1125", "The court found", "Judges said") == [Relation.CONFLICT]
    assert _relations_between("own391", "Prosecutors said he took", "The court found") == [Relation.SAME]


def test_none_before_agrees_with_a_first() -> None:
    """ "No Italian man had previously won the Wimbledon singles title" says none before, as "Jannik
    Sinner won his first Wimbledon title on Sunday" does: no conflict (own1127)."""
    assert Relation.CONFLICT not in _relations_between("own1127", "Jannik Sinner won", "No Italian man")
    assert Relation.CONFLICT not in _relations_between("own1127", "Sinner is the first", "No Italian man")


def test_roles_swapped_on_another_occasion_are_another_match() -> None:
    """ "Sinner beats Alcaraz to win Wimbledon title" / "Alcaraz beat Sinner in a five-set French Open
    final last month": two matches, neither a conflict nor one claim (own1127)."""
    assert _relations_between("own1127", "Sinner beats", "Alcaraz beat") in ([], [Relation.RELATED])


def test_a_thing_still_going_on_one_day_and_ended_on_another_need_not_conflict() -> None:
    """ "The blaze was still burning on Sunday" / "The fire was extinguished on Monday": a fire told of
    two days may have been put out between them; told of one day, or of none, the two conflict."""
    assert judged("The fire was extinguished on Monday.", "The blaze was still burning on Sunday.").relation is not (
        Relation.CONFLICT
    )
    assert (
        judged("The fire was extinguished on Monday.", "The blaze was still burning on Monday evening.").relation
        is Relation.CONFLICT
    )
    assert judged("The fire was extinguished on Monday.", "The blaze was still burning.").relation is Relation.CONFLICT


def test_a_choice_made_unanimously_is_not_one_the_judges_were_split_over() -> None:
    """ "The chair of the judges, Ben Hart, said the book was chosen unanimously" / "Judges were split
    over the winner, chair Ben Hart said, and the decision was made by a majority vote": each the
    other's counterpart, one claim but for the opposites (own1158)."""
    assert _relations_between("own1158", "The chair of the judges", "Judges were split") == [Relation.CONFLICT]


def test_a_link_found_is_not_a_cause_shown() -> None:
    """ "Ultra-processed food linked to higher risk of early death" / "The findings ... show that
    ultra-processed food causes early death, the authors said": the second claims more (own1166)."""
    assert Relation.SAME not in _relations_between("own1166", "Ultra-processed food linked", "The findings")


def test_one_fact_told_of_two_countries_by_counterparts_is_a_conflict() -> None:
    """ "Lenz had hidden income from image rights in companies in Malta" / "income from image rights,
    channelled through firms in Cyprus" (own1167); "bananas from Ecuador" / "bananas shipped from
    Colombia" (own560): each the other's counterpart, naming one country beyond the story's own, so
    the reason shows the two."""
    found = _matches_between("own1167", "A court in Munich", "Prosecutors said")
    assert [m.relation for m in found] == [Relation.CONFLICT]
    assert "Malta / Cyprus" in found[0].why.text
    assert _relations_between("own560", "The drugs were hidden", "The cocaine was concealed") == [Relation.CONFLICT]


def test_those_a_speaker_tells_of_do_not_share_the_speakers_fate() -> None:
    """ "Survivors told rescuers that two people had fallen overboard": the two are no survivors, so
    no rival count for "Sixty-two people were pulled from a packed vessel" (own1177)."""
    assert Relation.CONFLICT not in _relations_between("own1177", "Survivors told", "Sixty-two people")


def test_a_rate_something_comes_on_top_of_is_not_the_rate_added() -> None:
    """ "EU slaps tariffs of up to 38% on Chinese electric cars" / "The new tariffs will be added to the
    standard 10% levy on car imports": 10% is the base (own1179); the two bases agree."""
    assert Relation.CONFLICT not in _relations_between("own1179", "EU slaps tariffs", "The new tariffs")
    assert _relations_between("own1179", "The duties come", "The new tariffs") == [Relation.SAME]


def test_a_sum_said_of_a_place_after_it_is_that_places() -> None:
    """ "Amazon to invest 10 billion euros in German data centres" / "AWS has already invested 5
    billion euros in Spain": the second sum is Spain's, beyond the story's own place (own1184)."""
    assert Relation.CONFLICT not in _relations_between("own1184", "Amazon to invest", "AWS has already")


def test_an_old_record_told_in_an_aside_is_a_former_mark() -> None:
    """ "The old record, 47.3C, was measured in Amareleja in 2003": the record in an aside of commas
    is the former mark as "the previous record of 47.4C" is, so the two former marks disagree, and the
    new one ("Temperatures reached 47.6C ..., a new national record") is another value (own1188)."""
    assert _relations_between("own1188", "The previous record", "The old record") == [Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations_between("own1188", "Temperatures reached", "The old record")


def test_nobody_remaining_missing_counts_none_missing() -> None:
    """ "Rescue teams said nobody remained missing" counts none missing, against "Divers were still
    searching for at least three missing people" (own1186), as "No one is missing" does."""
    assert _relations_between("own1186", "Divers were", "Rescue teams") == [Relation.CONFLICT]


def test_a_modal_in_a_clause_opened_by_whose_supposes_only_that_clause() -> None:
    """ "Toyota said it would recall 310,000 US vehicles whose passenger airbags might fail to
    inflate": the airbags may fail, the recall is told outright, so its figure is set against
    "Toyota recalls 280,000 cars over airbag fault" (own1191)."""
    assert _relations_between("own1191", "Toyota recalls 280,000", "Toyota said") == [Relation.CONFLICT]


def test_about_a_count_told_to_its_digits_reaches_two_steps_of_its_last_digit() -> None:
    """ "about 280,000 vehicles" is not "310,000 vehicles" (own1191), nor "about 52,000 fans" a crowd
    of 55,000 (own1030): "about" a count told to two digits reaches two steps of its last digit, as it
    does for sums; a floor still reaches further ("More than 24,000 people" / "Some 32,000 people", own93)."""
    assert _relations_between("own1191", "Toyota is recalling", "Toyota said") == [Relation.CONFLICT]
    assert Relation.SAME not in _relations_between("own1030", "A crowd of 55,000", "The game was played")
    assert _relations_between("own93", "More than 24,000", "Some 32,000") == [Relation.SAME]


def test_a_participle_clause_takes_its_subject_and_place_from_the_clause_before() -> None:
    """ "Ash fell on several villages, damaging roofs and cars": the damage is the villages', which
    "No damage to nearby villages was reported" denies (own1189, own306)."""
    assert _relations_between("own1189", "No damage", "Ash fell") == [Relation.CONFLICT]
    assert _relations_between("own306", "No damage", "Ash fell") == [Relation.CONFLICT]


def test_a_margin_of_one_unit_of_time_is_a_duration_set_against_one_in_seconds() -> None:
    """ "Tadese Alemu of Ethiopia was runner-up, a minute behind" / "Ethiopia's Tadese Alemu finished
    second, 40 seconds behind": "a minute behind" is a margin of one minute, and seconds are a unit
    of time as minutes are, so the two margins are set against each other (own1192)."""
    assert _relations_between("own1192", "Ethiopia's Tadese", "Tadese Alemu") == [Relation.CONFLICT]


def test_a_first_deed_is_set_against_the_same_deed_done_before_though_the_other_names_it() -> None:
    """ "It was Kiprono's first marathon victory" / "The 26-year-old had won the Valencia Marathon
    last year": the marathon is a word of the deed for the first, though the other writes it in a
    name (own1192)."""
    assert _relations_between("own1192", "It was Kiprono's", "The 26-year-old") == [Relation.CONFLICT]


def test_a_rank_told_after_its_owner_on_or_completing_is_a_rank_of_the_occasion() -> None:
    """ "The first-stage booster landed on a drone ship ..., completing its 20th flight" / "The
    booster touched down on a droneship, on its 19th flight": two ranks of one booster's flights
    (own1196); "would travel on the second mission" names another mission, no rank of this one."""
    assert _relations_between("own1196", "The first-stage", "The booster") == [Relation.CONFLICT]


def test_a_rank_told_of_the_subject_it_ranks_is_a_rank_of_the_occasion() -> None:
    """ "It was his third stage win of this year's race" / "The stage win was his fourth of the Tour":
    the rank's noun is the subject (own1265); "The driver was the first of the crew to leave" ranks no
    driver among drivers."""
    assert _relations_between("own1265", "It was his third", "The stage win") == [Relation.CONFLICT]
    (rank,) = _reading("The stage win was his fourth of the Tour.").values.quantities
    assert (rank.value, rank.label) == (4.0, "win")
    assert not _reading("The driver was the first to leave.").values.quantities


def test_where_a_racer_crossed_the_line_is_where_they_finished() -> None:
    """ "Remco Evenepoel finished third on the stage" / "Evenepoel crossed the line in second place":
    two places of one racer (own1265)."""
    assert _relations_between("own1265", "Remco Evenepoel", "Evenepoel crossed") == [Relation.CONFLICT]


def test_being_sworn_in_is_taking_office() -> None:
    """ "Ms Tomasdottir will take office on 1 August" / "She will be sworn in on August 1": one claim
    (own1263), as an inauguration is."""
    assert _relations_between("own1263", "Ms Tomasdottir will", "She will be sworn") == [Relation.SAME]
    # Taking office and resigning are the two ends of a tenure (own1059).
    assert Relation.SAME not in _relations_between("own1059", "Dutch prime minister Rutte", "Rutte, the country's")
    assert judged("The new mayor was sworn in on Monday.", "The new mayor took office on Monday.").relation is (
        Relation.SAME
    )


def test_a_share_told_as_a_part_of_a_few_is_a_rounded_share() -> None:
    """ "voted by 91% in favour of strike action" / "Nine in ten EIS members who voted backed
    industrial action": nine in ten rounds 91% (own1269, was a conflict); one in three is no 45%."""
    assert _relations_between("own1269", "Members of the EIS", "Nine in ten") == [Relation.SAME]
    assert judged("One in three adults in the city smokes.", "45% of adults in the city smoke.").relation is (
        Relation.CONFLICT
    )


def test_a_word_and_its_negation_by_a_prefix_said_of_one_thing_contradict_each_other() -> None:
    """ "Jenny Gilruth said the offer was 'fair and affordable'" / "Ms Gilruth described the offer as
    unaffordable for councils" was the same claim (own1269)."""
    assert _relations_between("own1269", "Education Secretary", "Ms Gilruth") == [Relation.CONFLICT]
    assert judged(
        "The minister said the deal was acceptable.", "The minister said the deal was unacceptable."
    ).relation is (Relation.CONFLICT)


def test_almost_none_is_no_denial() -> None:
    """ "a premium of 0.5% to Friday's closing price" / "almost no premium to its last closing price":
    a little, not none (own1275, was a conflict); "no premium" still denies one."""
    assert _relations_between("own1275", "The offer values", "The bid values") == [Relation.SAME]
    assert _reading("The bid came at almost no premium.").polarity.clauses[0].stance is not Stance.NEGATED
    assert _reading("The bid came at no premium.").polarity.clauses[0].stance is Stance.NEGATED


def test_a_step_on_a_scale_is_read_spelled_out_too() -> None:
    """ "The avalanche danger ... had been rated three on a five-point scale" / "The risk of avalanches
    was rated at level four out of five": two steps of one scale (own1273, was the same claim), not a
    share of four in five; "raised the alert level to 4" tells a level."""
    assert _relations_between("own1273", "The avalanche danger", "The risk") == [Relation.CONFLICT]
    (level,) = _reading("The risk of avalanches was rated at level four out of five.").values.quantities
    assert (level.kind, level.value, level.label) == (Kind.RATING, 4.0, "out of 5")
    (alert,) = _reading("Officials raised the alert level to 4.").values.quantities
    assert (alert.kind, alert.value) == (Kind.RATING, 4.0)
    assert _relations_between("own1252", "The alert level", "Officials raised") == [Relation.CONFLICT]
    (share,) = _reading("Four out of five doctors backed the plan.").values.quantities
    assert share.kind is Kind.PERCENT


def test_one_member_abstaining_denies_their_voting() -> None:
    """ "Prime Minister Keir Starmer voted in favour" / "Sir Keir Starmer abstained" was the same claim
    (own1276); a tally of abstentions says nothing of one member's vote."""
    assert _relations_between("own1276", "Prime Minister", "Sir Keir") == [Relation.CONFLICT]
    (match,) = _matches_between("own1276", "Prime Minister", "Sir Keir")
    assert match.why is not None
    assert [(d.a, d.b) for d in match.why.differences] == [("voted in favour", "abstained")]
    assert judged(
        "Senator Ruiz voted against the bill.", "Senator Ruiz abstained in the vote on the bill."
    ).relation is (Relation.CONFLICT)
    assert judged(
        "Twelve members abstained in the vote on the bill.", "Senator Ruiz voted against the bill."
    ).relation is not (Relation.CONFLICT)


def test_an_age_alone_names_the_person_the_two_articles_are_about() -> None:
    """ "Bankman-Fried, 32, was convicted of seven counts" / "The 31-year-old was found guilty on seven
    charges": the second article names him only in its title, but the story is his (own1274), so "the
    31-year-old" is his age, not a count of "found"."""
    assert _relations_between("own1274", "Bankman-Fried, 32", "The 31-year-old") == [Relation.CONFLICT]
    left = _article(
        "Former mayor Lopez jailed for bribery\n\nA court in Seville jailed former mayor Maria Lopez for six years.\n\n"
        "Lopez, 45, was convicted of taking bribes from builders."
    )
    right = _article(
        "Lopez gets six years\n\nThe former mayor of Seville was jailed for six years on Monday.\n\n"
        "The 48-year-old was found guilty of taking bribes from builders."
    )
    assert (
        "Lopez, 45, was convicted of taking bribes from builders.",
        "The 48-year-old was found guilty of taking bribes from builders.",
    ) in _called(left, right, Relation.CONFLICT)


def test_a_stretch_told_without_a_number_is_read_by_its_unit() -> None:
    """ "A fix was released within hours" / "It took several days to release a fix" was the same claim
    (own1280): hours are under a day, several days two or more; "a few days later" is no length."""
    assert _relations_between("own1280", "A fix was", "It took several") == [Relation.CONFLICT]
    (hours,) = _reading("A fix was released within hours.").values.quantities
    assert (hours.kind, hours.value, hours.bound) == (Kind.DURATION, 1.0, Bound.AT_MOST)
    (days,) = _reading("The strike lasted for several days.").values.quantities
    assert (days.kind, days.value, days.bound) == (Kind.DURATION, 2.0, Bound.AT_LEAST)
    assert not _reading("A few days later the strike ended.").values.quantities
    assert days.agrees(_reading("The strike lasted five days.").values.quantities[0])


def test_the_day_a_thing_is_moved_to_is_not_the_day_it_was_moved() -> None:
    """ "The men's Olympic triathlon was postponed on Tuesday" / "The men's triathlon has been moved to
    Wednesday" was a conflict of days (own1281); two days it was moved to still are."""
    assert Relation.CONFLICT not in _relations_between("own1281", "The men's Olympic", "The men's triathlon")
    moved = "The final was moved to Wednesday because of the storm."
    assert judged("The final was postponed on Tuesday because of the storm.", moved).relation is not Relation.CONFLICT
    assert judged("The final was moved to Thursday because of the storm.", moved).relation is Relation.CONFLICT


def test_an_area_in_square_kilometres_is_one_fact_of_the_story() -> None:
    """ "A total of 6,288 square kilometres of forest was cleared" / "Inpe's Prodes system recorded 6,288
    sq km of clearing": one area, told in words that share little (own1282)."""
    assert _relations_between("own1282", "A total of", "Inpe's Prodes") == [Relation.SAME]


def test_opposites_told_of_two_seasons_contradict_nothing() -> None:
    """ "O'Leary said fares would continue to fall over the summer" / "Mr O'Leary said he expected fares to
    recover in the autumn" was a conflict (own1284): two seasons, two moves."""
    assert Relation.CONFLICT not in _relations_between("own1284", "Chief executive", "Mr O'Leary")
    summer = "Analysts said prices would fall over the summer."
    assert judged(summer, "Analysts said prices would rise in the autumn.").relation is not Relation.CONFLICT
    assert judged(summer, "Analysts said prices would rise over the summer.").relation is Relation.CONFLICT


def test_a_source_not_yet_identified_is_a_cause_not_known() -> None:
    """ "The company said the outbreak was caused by a passenger who boarded already infected" / "The source
    of the outbreak has not been identified, Cunard said" (own1279)."""
    assert _relations_between("own1279", "The company said the outbreak", "The source") == [Relation.CONFLICT]
    unknown = "The cause of the blackout has not yet been established."
    assert judged("The blackout was caused by a fault at a substation.", unknown).relation is Relation.CONFLICT


def test_declining_to_comment_contradicts_a_comment_the_same_speaker_made() -> None:
    """ "Boeing said it supported the decision to ground the planes" / "Boeing declined to comment"
    (own1054), "The Houthis have not commented on the attack" / "Houthi spokesman Yahya Saree claimed
    responsibility for the attack" (own1264): one says the speaker said nothing, the other what they
    said. A comment declined on another matter says nothing of the other's ("Housing Minister Elena
    Ruiz did not comment on the protest" / "... Ruiz said the government would present a new rental
    law", own09)."""
    assert _relations_between("own1054", "Boeing said it supported", "Boeing declined") == [Relation.CONFLICT]
    (match,) = _matches_between("own1054", "Boeing said it supported", "Boeing declined")
    assert match.why is not None
    assert [(d.a, d.b) for d in match.why.differences] == [("said", "declined to comment")]
    assert _relations_between("own1264", "Houthi spokesman", "The Houthis have not") == [Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations_between("own09", "Housing Minister", "Housing Minister")
    # Who is said of is not who says: "The adviser, Chiara Neri, has not commented" / "Paolo Ricci
    # acknowledged ... a relationship with his adviser, Chiara Neri" (own687).
    assert Relation.CONFLICT not in _relations_between("own687", "The adviser", "Paolo Ricci acknowledged")
    # What a speaker has not said is no comment made.
    unsaid = "The company has not confirmed the report."
    assert judged("The company has not commented on the report.", unsaid).relation is not Relation.CONFLICT


def test_a_thing_ruled_out_contradicts_it_supposed() -> None:
    """ "The researchers said the water could also come from starspots on the host star" / "The team
    ruled out starspots as the source of the signal" (own1289): one leaves the possibility open, the
    other closes it."""
    assert _relations_between("own1289", "The researchers said", "The team ruled") == [Relation.CONFLICT]
    supposed = "Investigators said the fire may have been started by a cigarette."
    assert judged(supposed, "Investigators have ruled out a cigarette as the cause of the fire.").relation is (
        Relation.CONFLICT
    )
    assert judged(supposed, "Investigators have ruled out arson.").relation is not Relation.CONFLICT


def test_each_headline_tells_the_claim_of_the_other_articles_lead_when_both_pairs_agree() -> None:
    """ "Ryanair profits fall as fares drop" / "Profit after tax dropped 46% to 360 million euros in the
    first quarter": the two headlines are one claim and so are the two leads, so each headline tells
    the other article's lead too, though they share one word (own1284). A lead in conflict with the
    other's headline stays so ("Bus plunges into ravine in Peru, killing 25" / "Twenty-four people
    died", own1272)."""
    assert _relations_between("own1284", "Ryanair profits", "Profit after") == [Relation.SAME]
    assert _relations_between("own1284", "Ryanair reported", "Ryanair blames") == [Relation.SAME]
    assert _relations_between("own1272", "Bus plunges", "Twenty-four") == [Relation.CONFLICT]


def test_the_remaining_ones_are_counted_whole() -> None:
    """ "Mara Lind has cancelled the remaining 14 dates of her European tour" / "has scrapped the last 16
    shows": "the remaining 14" are all that were left, a count of its own (own1178, was the same
    claim; own1291); "another two" and "four other people" are still parts of a count."""
    assert _relations_between("own1178", "Swedish pop singer", "Mara Lind has scrapped") == [Relation.CONFLICT]
    assert _relations_between("own1291", "Japanese singer", "Rina Sato's management") == [Relation.CONFLICT]
    assert not _reading("Police said another two people were hurt.").values.quantities


def test_trains_that_continued_to_run_were_not_cancelled() -> None:
    """ "International trains to Belgium and Germany were also cancelled" / "Services to Brussels and
    Germany continued to run" was the same claim (own310)."""
    assert _relations_between("own310", "International trains", "Services to") == [Relation.CONFLICT]


def test_no_deaths_of_a_kind_is_a_toll_of_none() -> None:
    """ "Officials said no heat deaths had been confirmed in Delhi" / "At least five people have died
    of heatstroke in the city this week" (own1313, were not linked): "no heat deaths" counts none
    dead, as "no deaths" does; "no serious injuries" grades the injured and counts none of them all."""
    assert _relations_between("own1313", "At least five", "Officials said no") == [Relation.CONFLICT]
    (none,) = [q for q in _reading("There were no civilian casualties.").values.quantities if q.unit == "dead"]
    assert none.value == 0
    assert not _reading("There were no serious injuries.").values.quantities


def test_an_audience_told_as_people_who_watched_is_its_viewers() -> None:
    """ "The final was watched by an estimated 163 million people" / "Organisers said 180 million viewers
    tuned in" (own1314, were not linked): one audience, told two ways; an estimated figure to its
    three digits reaches a step of its last digit either way, and a round one half its own step, so
    the two do not meet."""
    assert _relations_between("own1314", "The final was", "Organisers said") == [Relation.CONFLICT]
    (audience,) = _reading("The final was watched by an estimated 163 million people.").values.quantities
    (viewers,) = _reading("Organisers said 180 million viewers tuned in.").values.quantities
    assert audience.unit == viewers.unit
    assert not audience.agrees(viewers)
    (near,) = _reading("Organisers said 164 million viewers tuned in.").values.quantities
    assert audience.agrees(near)


def test_a_sum_of_a_separate_thing_is_not_the_storys() -> None:
    """ "Google loses final appeal against €2.4bn EU fine" / "The search giant is appealing a separate
    €4.1 billion Android fine" and "Google faces two other EU antitrust fines totalling more than €5.8
    billion" / "Europe's highest court confirmed the 2.42 billion euro penalty" were conflicts
    (own1315): a sum told as another thing's is compared with none."""
    assert Relation.CONFLICT not in _relations_between("own1315", "Google loses", "The search giant")
    assert Relation.CONFLICT not in _relations_between("own1315", "Google faces", "Europe's highest")
    assert Relation.CONFLICT not in _relations_between("own1315", "Google faces", "The search giant")
    assert _relations_between("own1315", "The EU's top", "Europe's highest") == [Relation.SAME]


def test_a_government_falling_apart_is_its_collapse() -> None:
    """ "Scholz's three-party coalition collapsed in November" / "His coalition fell apart last month"
    (own413), and a cabinet is the government ("Opposition parties have called for the whole cabinet
    to step down" / "The opposition is demanding that the government resign", own711)."""
    assert _relations_between("own413", "Scholz's three-party", "His coalition fell") == [Relation.SAME]
    assert _relations_between("own711", "Opposition parties", "The opposition is") == [Relation.SAME]


def test_instead_of_a_name_denies_no_deed() -> None:
    """ "Wilmore and Williams will come back on a SpaceX flight early next year instead of Starliner"
    was in conflict with "Starliner will fly back to Earth without a crew" and with the headline
    "Stranded Starliner astronauts to return on SpaceX capsule in February" (own1318): the name is
    the alternative not taken. A day or a month is a time denied, and a name's thing a thing."""
    assert Relation.CONFLICT not in _relations_between("own1318", "Starliner will fly", "Wilmore and")
    assert _relations_between("own1318", "Stranded Starliner", "Wilmore and") == [Relation.SAME]
    assert _relations_between("own1318", "NASA said on Saturday", "Wilmore and") == [Relation.SAME]
    (day,) = _reading("The vote will be held on Tuesday instead of Monday.").polarity.clauses
    assert day.stance is Stance.NEGATED
    (remains, _) = _reading("Instead of Ragusa's remains, his family will bury a vial of blood.").polarity.clauses
    assert remains.stance is Stance.NEGATED


def test_a_speaker_saying_two_things_of_itself_is_not_one_claim() -> None:
    """ "Apple said it was disappointed with the decision but would not be required to make changes" /
    "Apple said it would appeal the decision" was the same claim (own1319): what each says opens
    with a word the other does not say; "took full political responsibility" / "bore political
    responsibility" share more than one word and stay one claim (own274)."""
    assert Relation.SAME not in _relations_between("own1319", "Apple said it was", "Apple said it would")
    assert _relations_between("own274", "Heinen said", "The minister said") == [Relation.SAME]


def test_shares_moving_on_two_days_are_two_moves() -> None:
    """ "Nvidia became the world's most valuable company on Tuesday after its shares rose 3.5%" /
    "Its shares fell 2% on Wednesday" was a conflict (own1323): a share's move is the day's, as a
    storm's category is; on one day, two moves still disagree."""
    assert Relation.CONFLICT not in _relations_between("own1323", "Nvidia became", "Its shares fell")
    assert judged("Its shares rose 3.5% on Tuesday.", "Its shares fell 2% on Tuesday.").relation is Relation.CONFLICT


def test_an_estimate_of_what_is_to_come_is_a_forecast() -> None:
    """ "It is expected to raise £12 million a year for public transport" / "Officials estimate the
    charge will bring in £15 million annually": two forecasts of one sum (own1325, were not linked)."""
    assert _relations_between("own1325", "It is expected", "Officials estimate") == [Relation.CONFLICT]


def test_golds_are_gold_medals() -> None:
    """ "Ledecky has won seven Olympic gold medals" / "She owns eight Olympic golds": one count of her
    medals (own1324, was only related)."""
    assert _relations_between("own1324", "Ledecky has won", "She owns") == [Relation.CONFLICT]


def test_the_year_a_beaten_record_was_set_is_no_frame_of_the_statement() -> None:
    """ "The 27-year-old took 1.6 seconds off the mark she set in 2018" / "Ledecky, 26, now holds 16
    world records": 2018 is when the old mark stood, so the two ages are told of one time (own1324,
    were not linked)."""
    assert _relations_between("own1324", "The 27-year-old", "Ledecky, 26,") == [Relation.CONFLICT]
    assert not _reading("She broke the record set in 1996 by Park.").frame
    assert _reading("She broke the record in 1996.").frame


def test_evidence_found_contradicts_none_found_of_one_thing() -> None:
    """ "Mona Fortier said there was no evidence government information had been compromised" / "Fortier
    said officials had found evidence that government data had been accessed" (own1329, was only
    related): the deeds are worded apart, the evidence is denied and asserted; evidence of another
    thing is no contradiction."""
    assert _relations_between("own1329", "Treasury Board", "Fortier said") == [Relation.CONFLICT]
    assert judged("Police found no evidence of foul play.", "Police found evidence of a break-in.").relation is not (
        Relation.CONFLICT
    )


def test_a_length_in_two_units_is_told_by_its_larger_one() -> None:
    """ "sentenced ... to 20 years and six months in prison" / "Toledo gets 20-year sentence" was a
    conflict (own1331), as own812's headline was: the part a headline leaves out is less than one of
    the unit it gives; 21 years is another length."""
    assert _relations_between("own1331", "A court in Lima", "Toledo gets") == [Relation.SAME]
    (compound,) = [q for q in _reading("He was jailed for 20 years and six months.").values.quantities]
    (whole,) = _reading("He was jailed for 20 years.").values.quantities
    (longer,) = _reading("He was jailed for 21 years.").values.quantities
    assert compound.agrees(whole)
    assert not compound.agrees(longer)


def test_one_span_of_years_told_alike_tells_one_fact() -> None:
    """ "Toledo governed Peru from 2001 to 2006" / "He was president between 2001 and 2006" share no
    word but the years (own1331, was only related); spans sharing one end only are set apart
    (claims.year_ranges)."""
    assert _relations_between("own1331", "Toledo governed", "He was president") == [Relation.SAME]
    assert one_span_alike(_reading("He served from 2001 to 2006."), _reading("He served between 2001 and 2006."))
    assert not one_span_alike(_reading("He served from 2001 to 2006."), _reading("He served between 2001 and 2007."))


def test_a_familys_size_is_one_count() -> None:
    """ "The couple have two children together" / "Varga and Berg, who married 12 years ago, have three
    children" (own1333, were not linked): the children a family has are counted, and the time told in
    a clause of who they are ("who married 12 years ago") sets no frame of the statement."""
    assert _relations_between("own1333", "The couple have", "Varga and Berg") == [Relation.CONFLICT]
    assert _reading("The couple have two children together.").values.quantities
    assert not _reading("Two children were killed.").values.quantities[0].unit.startswith("child")
    told = _reading("Berg, who married 12 years ago, has a son.").frame
    assert told and all("passing" in frame for frame in told)


def test_an_area_below_another_is_no_extent() -> None:
    """ "Sea ice around Antarctica reached its winter maximum of 16.96 million square kilometres" / "The
    extent was 1.5 million sq km below the 1981-2010 average" was a conflict (own1337): how far one
    area stands from another is compared only with another such."""
    assert Relation.CONFLICT not in _relations_between("own1337", "Sea ice around", "The extent was")
    (below,) = _reading("The extent was 1.5 million sq km below the 1981-2010 average.").values.quantities
    (extent,) = _reading("The extent was 16.96 million sq km.").values.quantities
    assert below.unit != extent.unit


def test_a_post_named_only_as_who_speaks_is_not_kept() -> None:
    """ "Jacinda Ardern announced on Thursday that she will resign as New Zealand's prime minister" /
    "New Zealand's prime minister said she would leave office by early February" was a conflict
    (own1343): the post says who she is as she speaks; "had ruled Bangladesh for 15 years" is
    still no denial of quitting either (held until now)."""
    assert _relations_between("own1343", "Jacinda Ardern announced", "New Zealand's") == [Relation.SAME]
    assert _relations_between("own1343", "Jacinda Ardern to", "New Zealand's") == [Relation.SAME]
    assert judged("Lena Ross will resign as mayor of Leeds.", "Lena Ross will stay on as mayor of Leeds.").relation is (
        Relation.CONFLICT
    )


def test_ranks_of_two_unbroken_runs_of_other_things_are_no_rivals() -> None:
    """ "Verstappen wins Dutch Grand Prix for third straight year" / "Verstappen equals Vettel's record
    with ninth straight win" was a conflict of the two headlines (own1342): a run of years and a run
    of wins; two ranks of one run still disagree ("fifth exchange" / "sixth since the truce began")."""
    assert Relation.CONFLICT not in _relations_between("own1342", "Verstappen wins", "Verstappen equals")
    assert _relations_between("own628", "It was the fifth", "Saturday's swap") == [Relation.CONFLICT]


def test_a_quake_named_by_its_magnitude_alone_gives_it() -> None:
    """ "Deadly 7.2 quake strikes Taiwan" / "A magnitude 7.4 earthquake struck off Taiwan's east coast"
    was the same claim (own1346): a figure told to the tenth before "quake" is its magnitude;
    "Three quakes" counts them."""
    assert _relations_between("own1346", "A magnitude 7.4", "Deadly 7.2") == [Relation.CONFLICT]
    (magnitude,) = _reading("A 6.1 earthquake hit the region.").values.quantities
    assert magnitude.kind is Kind.MAGNITUDE
    assert all(q.kind is Kind.COUNT for q in _reading("Three quakes hit the region.").values.quantities)


def test_one_person_found_dead_is_one_dead() -> None:
    """ "One person was found dead in a burned factory, officials said" / "No deaths have been
    reported" (own1348, was only related): one dead, the number spelled; "One man was found guilty"
    counts nothing."""
    assert _relations_between("own1348", "One person", "No deaths") == [Relation.CONFLICT]
    assert not _reading("One man was found guilty.").values.quantities


def test_a_record_fee_paid_for_a_player_is_a_price() -> None:
    """ "Liverpool sign Isak for record £125m" / "Alexander Isak has joined Liverpool from Newcastle in a
    deal worth £130 million": two prices of one transfer (own1017, was only related)."""
    assert _relations_between("own1017", "Liverpool sign", "Alexander Isak") == [Relation.CONFLICT]


def test_an_event_ranked_is_ranked_by_what_kind_of_event_it_is() -> None:
    """ "It is the fifth mass bleaching event since 2016" / "This is the fourth mass bleaching since 2016":
    two ranks of one series of bleachings (own1296, was only related)."""
    assert _relations_between("own1296", "It is the fifth", "This is the fourth") == [Relation.CONFLICT]
    (rank,) = _reading("It is the second deadly incident at the mine this year.").values.quantities
    assert rank.unit.startswith("dead")


def test_a_run_told_with_a_counts_as_a_rank() -> None:
    """ "kept its key interest rate at 5.25% ... for a third straight meeting" / "It was the second
    consecutive meeting at which rates were kept on hold": two ranks of one run of meetings (own1311,
    was only related); "a second attack" is another attack, no rank of a run."""
    assert _relations_between("own1311", "The Bank of England kept", "It was the second") == [Relation.CONFLICT]
    assert not _reading("It was a second attack on the city.").values.quantities


def test_too_early_to_do_a_thing_neither_does_nor_denies_it() -> None:
    """ "Governor Andrew Bailey said it was too early to think about cutting rates" was in conflict with
    "BoE keeps borrowing costs on hold, signals no early cut" (own1311): a judgment of the deed, as
    "too difficult to install" is, which no report of the deed done or not done contradicts."""
    assert Relation.CONFLICT not in _relations_between("own1311", "Governor", "BoE keeps")
    judged_pair = judged("The vendor said it was too difficult to install.", "Customers installed the update.")
    assert judged_pair.relation is not Relation.CONFLICT


def test_a_crowd_told_by_its_order_before_what_it_did_is_counted() -> None:
    """ "Tens of thousands march in Madrid against housing costs" / "Police estimated that 22,000 people
    took part": one crowd (own1204, were not linked); "Thousands of protesters gathered outside the
    parliament building" / "Tens of thousands rallied in Tbilisi": two orders of one crowd (own1299)."""
    assert _relations_between("own1204", "Tens of thousands", "Police estimated") == [Relation.SAME]
    assert _relations_between("own1299", "Thousands of", "Tens of thousands") == [Relation.CONFLICT]
    (crowd,) = _reading("Tens of thousands marched in Madrid.").values.quantities
    assert (crowd.unit, crowd.value, crowd.bound) == ("participants", 10000.0, Bound.ORDER)
    # "Thousands" is said of a crowd of 24,000 as readily as of 8,000 (own181).
    assert _relations_between("own181", "Thousands rally", "Around 24,000") == [Relation.SAME]


def test_the_two_halves_of_a_match_are_two_times() -> None:
    """ "Araujo was sent off in the second half" / "Araujo was shown a second yellow card late in the
    first half" was the same claim (own1297), and so was "Dortmund had hit the post twice in the first
    half" / "... once before half-time" (own636)."""
    assert Relation.SAME not in _relations_between("own1297", "Barcelona defender", "Araujo was")
    assert Relation.SAME not in _relations_between("own636", "Dortmund had hit", "Dortmund struck")


def test_a_count_its_owner_moved_is_a_count_of_the_noun_before() -> None:
    """ "The far-right Chega party quadrupled its seats to 48" / "Chega won 48 seats, up from 12": one
    count of seats (own1302, was only related)."""
    assert _relations_between("own1302", "The far-right", "Chega won") == [Relation.SAME]


def test_a_thing_not_ruled_out_may_be_named_before_it() -> None:
    """ "Pedro Sanchez said a cyber attack had not been ruled out" / "Sanchez ruled out a cyber attack" was
    the same claim (own1304): the possibility left open is named before "ruled out"."""
    assert _relations_between("own1304", "Prime Minister", "Sanchez ruled") == [Relation.CONFLICT]


def test_two_named_things_moved_are_two_moves() -> None:
    """ "US crude rose 3.9% to $74.10" / "Brent crude futures climbed 4.5% to $78.20 per barrel" was a
    conflict (own1305): two benchmarks, each named where its statement opens; one named alike still
    conflicts."""
    assert Relation.CONFLICT not in _relations_between("own1305", "US crude", "Brent crude futures")
    assert judged("Brent crude rose 3.9% to $74.10.", "Brent crude futures climbed 4.5% to $78.20.").relation is (
        Relation.CONFLICT
    )


def test_a_full_day_is_one_day() -> None:
    """ "Ambulances were sent elsewhere for a full day" / "Ambulances were diverted to other hospitals
    for 12 hours": one day against twelve hours (own1198)."""
    assert _relations_between("own1198", "Ambulances were diverted", "Ambulances were sent") == [Relation.CONFLICT]


def test_an_age_of_death_told_after_where_someone_died_is_the_age_they_died_at() -> None:
    """ "American jazz singer Marla Quinn has died at her home in New Orleans at the age of 84" /
    "Marla Quinn, queen of New Orleans jazz, dead at 86": two ages of one death (own1201)."""
    assert _relations_between("own1201", "American jazz", "Marla Quinn, queen") == [Relation.CONFLICT]


def test_a_cause_of_death_told_is_set_against_one_not_disclosed() -> None:
    """ "She died of heart failure on Sunday" / "The cause of death was not disclosed": one tells the
    cause, the other that it was not told (own1201), as "not yet known" does."""
    assert _relations_between("own1201", "She died of", "The cause") == [Relation.CONFLICT]


def test_a_count_that_reached_a_figure_counts_its_subject() -> None:
    """ "The number of cases has reached 1,150 this year": 1,150 cases, as "rose to" tells, set against
    "More than 1,200 cases have been reported since January" (own1203)."""
    assert _relations_between("own1203", "More than 1,200", "The number of cases") == [Relation.CONFLICT]


def test_nothing_of_a_kind_doing_a_deed_denies_the_deed_not_the_thing() -> None:
    """ "No oil has yet reached the coast, officials said" denies that oil reached the coast, not the
    "oil tanker" that "ran aground off the coast of Brittany" (own1206); "No group has claimed
    responsibility" still denies the claim a group made (own27)."""
    assert Relation.CONFLICT not in _relations_between("own1206", "An oil tanker", "No oil has")
    assert _relations_between("own27", "No group has", "An al-Qaeda-linked") == [Relation.CONFLICT]


def test_a_first_in_a_stretch_of_years_is_set_against_the_same_deed_within_it() -> None:
    """ "It was the first escape from the prison in 20 years" / "There had been two escapes from the
    same prison last year": last year is within the twenty (own1205); the reason shows both times.
    Another company's deed a year ago is no earlier one of this ("Micron's ... first quarterly profit in
    three years" / "Intel ... said second-quarter profits doubled from a year ago")."""
    found = _matches_between("own1205", "It was the first", "There had been")
    assert [m.relation for m in found] == [Relation.CONFLICT]
    assert "last year" in found[0].why.text
    assert (
        judged(
            "Micron's numbers also marked the first quarterly profit in three years for the chip maker.",
            "Intel Corp. said yesterday that its second-quarter profits doubled from a year ago.",
        ).relation
        is not Relation.CONFLICT
    )


def _reading(text: str) -> Reading:
    """One statement read alone, as the verdict reads it."""
    return Reading(text, tokenize(text))


def test_two_codes_of_one_shape_name_two_things() -> None:
    """ "The virus is the highly pathogenic H5N1 strain" / "The strain was identified as H5N8": one
    claim made of two strains (own1212), and the reason shows the two codes; a sum written after its
    country's letters is no code ("offered NZ75 a share" / "bid $NZ158 million")."""
    found = _matches_between("own1212", "The virus is", "The strain was")
    assert [m.relation for m in found] == [Relation.CONFLICT]
    assert "H5N1 / H5N8" in found[0].why.text
    sums = [_reading(text) for text in ("Toll offered NZ75 a share for Tranz Rail.", "Toll bid $NZ158 million.")]
    assert codes_apart(*sums) is None
    assert codes_apart(_reading("It ordered the A320."), _reading("It ordered the A321.")) is not None


def test_customers_users_and_subscribers_of_one_company_are_one_count() -> None:
    """ "Data breach at Telvio exposes 12 million customers" / "Hackers steal data of 9 million Telvio
    users": those the company serves, each report calling them its own way (own1211)."""
    assert _relations_between("own1211", "Data breach", "Hackers steal") == [Relation.CONFLICT]


def test_accounts_and_account_holders_count_the_customers_they_belong_to() -> None:
    """ "reset passcodes for 7.6 million current customers" / "reset the passcodes of 6.5 million
    active accounts" (own1306): one count, given twice; "73 million account holders" / "about 73
    million current and former customers" agree, the customers counted past the two words that say
    which of them ("current and former"), and "four of the 40 accounts" counts accounts both times."""
    assert _relations_between("own1306", "The company has reset", "It reset the") == [Relation.CONFLICT]
    assert _relations_between("own1306", "AT&T said on Saturday", "The telecoms giant") == [Relation.SAME]
    counted = [
        {q.unit for q in _reading(text).values.quantities if q.kind is Kind.COUNT}
        for text in (
            "It holds data on about 73 million current and former customers.",
            "Information on 73 million account holders was posted.",
            "Transfers from four of the 40 accounts totaled $3.2 billion.",
        )
    ]
    assert counted[0] == counted[1] == counted[2] == {word_term("customers")}


def test_a_base_told_with_its_own_figure_sets_no_frame_of_the_result() -> None:
    """ "reported a net profit of 210 million euros for the second quarter, compared with a loss of 95
    million euros a year earlier" / "made a net profit of 185 million euros in the April-June quarter
    after a loss a year ago": the year earlier is the base's, not the profit's, so the two profits are
    set against each other (own1218)."""
    assert _relations_between("own1218", "German energy", "Voltera made") == [Relation.CONFLICT]


def test_a_capacity_is_not_who_was_on_board() -> None:
    """ "The vessel had a capacity of 150 passengers" tells what it may carry, as "licensed to carry"
    does: no rival count for "A ferry carrying more than 250 passengers capsized" (own1216)."""
    assert Relation.CONFLICT not in _relations_between("own1216", "A ferry carrying", "The vessel had")


def test_respecting_a_ruling_is_the_opposite_of_ignoring_it() -> None:
    """ "The government said it would respect the ruling" / "Government spokesman Piotr Nowak said the
    ruling would be ignored": opposites said of one ruling (own1217), as comply / defy are."""
    assert _relations_between("own1217", "The government said", "Government spokesman") == [Relation.CONFLICT]


def test_the_many_of_a_body_who_voted_leave_the_rest_on_the_other_side() -> None:
    """ "Eleven of the 15 judges voted to overturn it" is 11-4, set against "The judges ruled 9-6
    against the law" (own1217), and one with "The decision was made by an 8-1 vote" / "Eight of the
    nine board members voted in favour" (own985)."""
    assert _relations_between("own1217", "The judges ruled", "Eleven of") == [Relation.CONFLICT]
    assert _relations_between("own985", "The decision was made", "Eight of the nine") == [Relation.SAME]


def test_people_living_nearby_who_had_to_leave_their_homes_were_evacuated() -> None:
    """ "Around 40 people living nearby had to leave their homes" counts the evacuated, as "About 40
    residents were evacuated from neighbouring buildings" does (own1219)."""
    assert _relations_between("own1219", "About 40", "Around 40") == [Relation.SAME]


def test_a_cause_not_yet_determined_is_set_against_one_told() -> None:
    """ "Investigators have not yet determined the cause of the blast" / "Firefighters said a gas leak
    was the likely cause" (own1219)."""
    assert _relations_between("own1219", "Firefighters said", "Investigators have") == [Relation.CONFLICT]


def test_the_stores_a_chain_runs_are_not_the_stores_that_close() -> None:
    """ "The company operates 52 stores across Germany" tells all it runs, not a rival count for
    "Twelve stores will close immediately" (own1224); stores, shops, branches and outlets are one count."""
    assert Relation.CONFLICT not in _relations_between("own1224", "The company operates", "Twelve stores")
    runs, has = _reading("The company operates 52 stores."), _reading("The chain has 48 branches.")
    assert runs.by_thing.keys() == has.by_thing.keys()


def test_a_toll_that_reaches_a_figure_counts_the_dead() -> None:
    """ "Spain floods: death toll reaches 95" counts 95 dead, as "rises to 95" does, so it is set
    against "Flash floods kill 62 in Valencia region" (own1227)."""
    assert _relations_between("own1227", "Flash floods kill", "Spain floods") == [Relation.CONFLICT]


def test_a_power_is_read_in_megawatts_whatever_unit_it_is_written_in() -> None:
    """ "a 1.5-gigawatt offshore wind farm" / "an offshore wind farm off Norfolk with a capacity of 1.2
    gigawatts": two capacities of one farm (own1225), the reason showing both; "1,500 MW" is 1.5
    gigawatts, and "1,200 MWh" an amount of energy, no power."""
    found = _matches_between("own1225", "The government has", "Ministers gave")
    assert [m.relation for m in found] == [Relation.CONFLICT]
    assert "1.2 gigawatts" in found[0].why.text
    (written_in_mw,) = _reading("The plant can produce 1,500 MW.").by_thing[(Kind.POWER, "MW")]
    (written_in_gw,) = _reading("The plant can produce 1.5 gigawatts.").by_thing[(Kind.POWER, "MW")]
    assert written_in_mw.agrees(written_in_gw)
    assert (Kind.POWER, "MW") not in _reading("The plant produced 1,200 MWh last year.").by_thing


def test_those_a_collapse_trapped_are_the_trapped() -> None:
    """ "A cave-in ... trapped nine workers" counts the trapped, as "Eleven miners were trapped" does:
    nine against eleven (own1228)."""
    assert _relations_between("own1228", "Eleven miners were", "A cave-in") == [Relation.CONFLICT]


def test_the_age_a_rule_draws_its_line_at_is_one_value() -> None:
    """ "a ban on smoking in cars carrying children under 18" / "when children under 16 are present":
    two age limits of one ban (own1229); "children under 16 are present" counts nobody present."""
    assert _relations_between("own1229", "Parliament on", "MPs voted") == [Relation.CONFLICT]
    (limit,) = _reading("Smoking is banned in cars when children under 16 are present.").by_thing.values()
    assert [(value.kind, value.value) for value in limit] == [(Kind.AGE, 16.0)]


def test_one_sale_told_of_the_thing_from_either_side_is_one_claim() -> None:
    """ "A single ticket sold in California won the Powerball jackpot of 1.8 billion dollars" / "One
    ticket, bought in California, matched all six numbers to win a Powerball jackpot worth 1.76 billion
    dollars": the ticket's one sale, told from either side (own1231); a buyer and a seller still differ
    ("Nvidia sold its stake" / "Nvidia bought a stake")."""
    assert _relations_between("own1231", "A single ticket", "One ticket") == [Relation.SAME]
    assert judged("Nvidia sold its stake in Arm on Monday.", "Nvidia bought a stake in Arm on Monday.").relation in (
        Relation.RELATED,
        Relation.CONFLICT,
    )


def test_cinemas_and_theatres_are_one_count() -> None:
    """ "The film opened in 3,900 cinemas" / "It played in about 3,900 theatres" (own1234)."""
    assert _relations_between("own1234", "The film opened", "It played") == [Relation.SAME]


def test_a_mile_after_a_bound_is_a_distance() -> None:
    """ "About 2,000 residents within a mile of the site were ordered to evacuate" / "Officials told
    people within two miles of the crash to leave their homes": one mile against two (own1243)."""
    assert _relations_between("own1243", "About 2,000", "Officials told") == [Relation.CONFLICT]


def test_too_early_to_say_what_caused_it_says_the_cause_is_unknown() -> None:
    """ "Investigators said it was too early to say what caused the derailment" against "The rail
    company said a broken axle caused the crash" (own1243), and "corrosion was the likely cause" (own625)."""
    assert _relations_between("own1243", "The rail company", "Investigators said") == [Relation.CONFLICT]
    assert _relations_between("own625", "Officials said corrosion", "Authorities said") == [Relation.CONFLICT]


def test_retiring_and_dying_are_two_ends_of_a_tenure() -> None:
    """ "She replaces Justice Robert Hale, who retired in June" / "Delgado succeeds Robert Hale, who died
    in June": not one claim (own1244)."""
    assert Relation.SAME not in _relations_between("own1244", "She replaces", "Delgado succeeds")


def test_a_demand_that_was_for_a_figure_asks_it() -> None:
    """ "EVG's original demand was for a 15% rise" is what was asked, set against "The union had
    initially demanded 12%", not against the 11% agreed (own1247)."""
    assert _relations_between("own1247", "The union had", "EVG's original") == [Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations_between("own1247", "German rail union", "EVG's original")


def test_a_denied_cause_of_the_event_denies_the_causing_not_the_event() -> None:
    """ "The government said cloud seeding had not caused the storm" denies that seeding caused it, not
    the storm "Cloud-seeding flights had been carried out before" (own1251)."""
    assert Relation.CONFLICT not in _relations_between("own1251", "The government said", "Cloud-seeding")


def test_deaths_that_rise_to_a_figure_count_the_dead() -> None:
    """ "Heatwave deaths in Greece rise to 8 tourists" counts eight dead, whoever they were, against "Six
    foreign hikers have died in the Greek heat" (own1254)."""
    assert _relations_between("own1254", "Heatwave deaths", "Six foreign") == [Relation.CONFLICT]


def test_an_age_told_by_its_decade_is_set_against_an_age_told_in_years() -> None:
    """ "A surfer in his 40s died after being attacked by a shark" / "A 35-year-old surfer was killed by
    a shark": two ages of one surfer (own1259); "in her early 30s" is about 31."""
    assert _relations_between("own1259", "A 35-year-old", "A surfer in") == [Relation.CONFLICT]
    (early,) = _reading("A woman in her early 30s was arrested.").by_thing[(Kind.AGE, "age:woman")]
    assert early.agrees(_reading("The 31-year-old woman was arrested.").by_thing[(Kind.AGE, "age:woman")][0])


def test_sums_given_by_two_givers_are_two_sums() -> None:
    """ "Germany pledged 1.1 billion dollars" / "The EU's pledge of 2.1 billion dollars was the biggest":
    each giver's own sum at a donors' conference, no rival figures (own1256), nor "The European Union
    promised 2.1 billion dollars" / "Germany was the largest national donor, promising 1.1 billion"."""
    assert Relation.CONFLICT not in _relations_between("own1256", "Germany pledged", "The EU's pledge")
    assert Relation.CONFLICT not in _relations_between("own1256", "The European Union", "Germany was")


def test_a_price_paid_for_one_seat_is_the_price_of_one_person() -> None:
    """ "Tickets for the dive cost $250,000 per person" / "Each passenger paid $200,000 for a seat":
    one price, told in words that share nothing (own1351); a sum told for the whole is no price a head."""
    assert _relations_between("own1351", "Tickets for the dive", "Each passenger paid") == [Relation.CONFLICT]
    left = _article("Sub trip sold out\n\nTickets for the dive cost $250,000 per person.")
    right = _article("Firm raises funds\n\nThe company raised $18 million from investors last year.")
    assert not _called(left, right, Relation.CONFLICT)


def test_names_in_what_a_value_is_of_are_passed_over() -> None:
    """ "About 16 billion francs of Credit Suisse's AT1 bonds" is a sum of bonds, as "16 billion francs of
    riskier bonds" (own1356); "73% of the Great Barrier Reef's reefs" a share of reefs, as "About
    three-quarters of the reef's individual reefs" (own1296)."""
    assert _relations_between("own1356", "About 16 billion", "Holders of 16") == [Relation.SAME]
    assert _relations_between("own1296", "Aerial surveys", "About three-quarters") == [Relation.SAME]


def test_things_counted_by_kind_with_the_second_noun_left_out_are_one_count() -> None:
    """ "indicted on 17 counts of espionage and one of computer misuse" is 18 charges, as "Assange had
    faced 18 charges" says (own1354)."""
    assert _relations_between("own1354", "Assange had faced", "He had been indicted") == [Relation.SAME]
    (charges,) = _reading("He faces two charges of murder and three of attempted murder.").values.quantities
    assert (charges.unit, charges.value) == ("charges", 5.0)


def test_moving_a_thing_away_is_not_keeping_it() -> None:
    """ "US Steel will keep its name and its headquarters in Pittsburgh" / "The company will move its
    headquarters out of Pittsburgh" (own1359); "Production of its Linea model will move to a factory in
    Poland" / "The plant ... will keep making the Linea" (own912)."""
    assert _relations_between("own1359", "US Steel will keep", "The company will move") == [Relation.CONFLICT]
    assert _relations_between("own912", "Production of", "The plant") == [Relation.CONFLICT]


def test_an_occasion_ranked_by_a_name_of_two_words() -> None:
    """ "The game was the second Super Bowl to go to overtime" / "It was the first Super Bowl to be
    decided in overtime": two ranks of one occasion (own1358)."""
    assert _relations_between("own1358", "The game was", "It was the first Super") == [Relation.CONFLICT]


def test_a_team_named_with_a_number_is_no_count() -> None:
    """ "Chiefs beat 49ers in overtime to win Super Bowl" / "The 49ers led 19-16 late in the fourth
    quarter": the 49ers are a team, not 49 of anything both give (own1358)."""
    assert Relation.SAME not in _relations_between("own1358", "Chiefs beat", "The 49ers led")
    assert not _reading("The Philadelphia 76ers won the game.").values.quantities


def test_a_second_quakes_magnitude_is_not_the_firsts() -> None:
    """ "A 7.8-magnitude earthquake struck southern Turkey" / "A second large tremor, of magnitude 7.6,
    followed in the afternoon": two quakes; "A second quake of magnitude 7.5" is set against the other's
    second (own1364)."""
    assert Relation.CONFLICT not in _relations_between("own1364", "A 7.8-magnitude", "A second large")
    assert Relation.CONFLICT not in _relations_between("own1364", "A second quake", "The magnitude 7.8")
    assert _relations_between("own1364", "A second quake", "A second large") == [Relation.CONFLICT]


def test_guests_and_the_invited_are_counted_as_those_who_came() -> None:
    """ "About 2,300 guests attended the ceremony" / "Some 2,300 people were invited to the abbey":
    one count of those at the coronation (own1363)."""
    assert _relations_between("own1363", "About 2,300", "Some 2,300") == [Relation.SAME]


def test_homes_cut_off_are_compared_however_few_words_are_shared() -> None:
    """ "More than 250,000 homes and businesses lost power in Florida and Georgia" / "Around 280,000
    customers were without electricity across the two states": one count, told in other words (own1365)."""
    assert _relations_between("own1365", "More than 250,000", "Around 280,000") == [Relation.SAME]


def test_a_score_of_halves_is_not_read_as_whole_numbers_inside_it() -> None:
    """ "beat the United States 16.5-11.5" is no 5-11 score, but one in halves (own1368); "beat Italy 2-1." still
    is one."""
    (halves,) = _reading("Europe beat the United States 16.5-11.5 to win the Ryder Cup.").values.quantities
    assert (halves.kind, halves.value, halves.start, halves.end) == (Kind.SCORE, 16511.5, 30, 39)
    (score,) = _reading("Spain beat Italy 2-1.").values.quantities
    assert score.kind is Kind.SCORE


def test_sums_of_two_names_each_opening_its_statement_are_two_sums() -> None:
    """ "Barbie has taken more than $1 billion at the worldwide box office" / "Oppenheimer's global
    takings are around $650 million": two films' takings (own1367); a fine told of one company by two
    statements opening on other names is still one ("France's competition authority fined Apple 150
    million euros" / "The Autorité de la concurrence imposed a €150m fine on Apple", own1319)."""
    assert Relation.CONFLICT not in _relations_between("own1367", "Barbie has taken", "Oppenheimer's global")
    assert Relation.CONFLICT not in _relations_between("own1367", "Barbie passes", "Oppenheimer's global")
    assert _relations_between("own1367", "Oppenheimer has taken", "Oppenheimer's global") == [Relation.CONFLICT]
    assert _relations_between("own1319", "France's competition", "The Autorit") == [Relation.SAME]


def test_a_state_held_since_one_month_began_then() -> None:
    """ "Writers have been on strike since May" / "The writers' strike began in April" (own1366); "Rutte
    has led the Netherlands since 2010" / "took office in 2012" (own1317); not "was built in 1971 and
    had been partly renovated since 2019" / "The bridge opened in 1971" (own386)."""
    assert _relations_between("own1366", "Writers have been", "The writers' strike") == [Relation.CONFLICT]
    assert _relations_between("own1317", "Rutte has led", "Rutte, the") == [Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations_between("own386", "The bridge was built", "The bridge opened")


def test_performers_are_counted_as_actors() -> None:
    """ "The Screen Actors Guild, which represents about 160,000 performers, began a strike" / "SAG-AFTRA,
    the union for 160,000 film and television actors, called a strike" (own1366)."""
    assert _relations_between("own1366", "The Screen Actors", "SAG-AFTRA, the") == [Relation.SAME]
    (performers,) = _reading("The union represents about 160,000 performers.").values.quantities
    (actors,) = _reading("The union has 160,000 actors.").values.quantities
    assert performers.unit == actors.unit


def test_no_sign_a_thing_was_something_denies_what_it_was() -> None:
    """ "Police said there was no indication the attack was terrorism" denies terrorism, not the attack
    "Police identified the attacker as Joel Cauchi" tells of (own1369); it still stands against "the
    attack was terrorism", and "no evidence that residents' personal data was stolen" still denies the
    stealing (own1105)."""
    assert Relation.CONFLICT not in _relations_between("own1369", "Police said there", "Police identified")
    assert (
        judged(
            "Police said there was no indication the attack was terrorism.", "Police said the attack was terrorism."
        ).relation
        is Relation.CONFLICT
    )
    assert _relations_between("own1105", "There is no evidence", "A criminal gang") == [Relation.CONFLICT]


def test_an_age_before_a_full_name_is_that_persons() -> None:
    """ "The attacker, 40-year-old Joel Cauchi" / "Police identified the attacker as Joel Cauchi, 38":
    two ages of Cauchi (own1369)."""
    assert _relations_between("own1369", "The attacker, 40", "Police identified") == [Relation.CONFLICT]
    (age,) = _reading("The suspect, 25-year-old Mary Jane Smith, fled.").values.quantities
    assert age.unit == "age:smith"


def test_a_countrys_own_dead_are_a_part_of_the_toll() -> None:
    """ "Egypt's government said 31 of its citizens had died" is Egypt's part of the Hajj's toll, no rival
    of "More than 1,000 pilgrims die", but of "Egypt said 658 of its nationals had died" (own1371)."""
    assert Relation.CONFLICT not in _relations_between("own1371", "More than 1,000 pilgrims", "Egypt's government")
    assert Relation.CONFLICT not in _relations_between("own1371", "Egypt said", "Saudi Arabia said")
    assert _relations_between("own1371", "Egypt said", "Egypt's government") == [Relation.CONFLICT]


def test_more_than_a_month_is_past_thirty_days() -> None:
    """ "The announcement came 24 days after a poor debate performance" / "The decision came more than a
    month after his debate": a month told as a floor is no rounding (own1374); "nine months" still is
    "286 days"."""
    assert _relations_between("own1374", "The announcement came", "The decision came") == [Relation.CONFLICT]
    (days,) = _reading("He returned after 286 days in space.").values.quantities
    (months,) = _reading("He returned after nine months in space.").values.quantities
    assert days.agrees(months)


def test_flying_in_is_arriving() -> None:
    """ "He had arrived on a private jet from Azerbaijan" / "He flew in from Baku" (own1373)."""
    assert _relations_between("own1373", "He had arrived", "He flew in") == [Relation.SAME]


def test_one_party_declining_to_comment_twice_is_one_claim() -> None:
    """ "The Israeli military declined to comment" / "Israel has not commented on the explosions"
    (own1376)."""
    assert _relations_between("own1376", "The Israeli military", "Israel has not") == [Relation.SAME]


def test_two_lists_of_one_groups_ages_told_apart() -> None:
    """ "The victims were aged six, seven and nine" / "The girls were six, seven and ten": one group's
    ages, one of them told apart (own1380); the list is read in figures too."""
    assert _relations_between("own1380", "The victims were", "The girls were") == [Relation.CONFLICT]
    ages = _reading("The men were 23, 27 and 31.").values.quantities
    assert [(q.unit, q.value) for q in ages] == [("age:listed", 23.0), ("age:listed", 27.0), ("age:listed", 31.0)]


def test_a_rank_a_victory_gave_is_read() -> None:
    """ "It was her sixth Olympic gold medal" / "The victory gave her a fifth Olympic gold": a medal's
    rank, told by what it gave her and by its metal (own1379)."""
    assert _relations_between("own1379", "It was her sixth", "The victory gave") == [Relation.CONFLICT]


def test_taking_over_and_becoming_happen_once() -> None:
    """ "He became the group's overall leader in August" / "He took over as Hamas chief in July": one
    start, two months (own1381)."""
    assert _relations_between("own1381", "He became", "He took over") == [Relation.CONFLICT]


def test_a_negation_in_a_clause_of_who_someone_is_denies_nothing_that_happened() -> None:
    """ "Sinwar was killed in Rafah on Wednesday by troops who did not know he was there" tells what
    happened, as "He died in a firefight in Rafah on Wednesday" does (own1381)."""
    assert _relations_between("own1381", "Sinwar was killed", "He died in") == [Relation.SAME]


def test_one_holder_of_a_placing_named_two_ways_is_no_swap() -> None:
    """ "Hou Yu-ih of the Kuomintang came second with 33.5%" / "Kuomintang candidate Hou finished second
    with 33.5%": one candidate, named with his party either way (own1384); "Kipruto finished second, ...
    with Belgium's Bashir Abdi in third" / "Bashir Abdi of Belgium was second and Kipruto third" is
    still a swap (own47)."""
    assert _relations_between("own1384", "Hou Yu-ih", "Kuomintang candidate") == [Relation.SAME]
    assert _relations_between("own47", "Kipruto finished", "Bashir Abdi") == [Relation.CONFLICT]


def test_the_small_words_inside_a_name_are_of_the_name() -> None:
    """ "Viña del Mar" is one name, "del" no word two statements share besides it: "Wildfires in central
    Chile have killed at least 99 people, most of them in and around ... Viña del Mar" / "Authorities
    imposed curfews in Viña del Mar and nearby towns" are two claims (own1385)."""
    assert Relation.SAME not in _relations_between("own1385", "Wildfires in central", "Authorities imposed")
    assert {"del", "von", "der"} <= _reading("Curfews hit Viña del Mar, said Ursula von der Leyen.").names


def test_a_heatwave_is_a_heat_wave() -> None:
    """ "The fires broke out on Friday amid a heatwave" / "The blazes started on Friday during a heat wave"
    (own1385)."""
    assert _relations_between("own1385", "The fires broke", "The blazes") == [Relation.SAME]


def test_the_kremlin_declining_to_comment_is_not_russian_authorities_speaking() -> None:
    """ "A private jet carrying Wagner leader Yevgeny Prigozhin crashed ..., Russian authorities said" /
    "The Kremlin has not commented on the crash": two speakers, though both stand for Russia (own1387)."""
    assert Relation.CONFLICT not in _relations_between("own1387", "A private jet", "The Kremlin has")


def test_people_also_hurt_are_others_than_those_counted_first() -> None:
    """ "Two adults who tried to protect the children were also seriously injured" counts others than the
    children of "Eight children were hurt, five of them critically" (own1380); "the three dead were also
    German" still counts the dead."""
    assert Relation.CONFLICT not in _relations_between("own1380", "Two adults who", "Eight children")
    (dead,) = _reading("Police said the three dead were also German.").values.quantities
    assert dead.unit == "dead"


def test_a_post_named_as_the_kind_someone_is_set_among_is_not_kept() -> None:
    """ "Liz Truss resigns as UK prime minister after 45 days" / "Her time in office is the shortest of any
    British prime minister": the post names whom she is compared with, not that she stays (own1393)."""
    assert Relation.CONFLICT not in _relations_between("own1393", "Liz Truss resigns", "Her time")


def test_staying_until_a_successor_is_chosen_is_no_rival_of_quitting() -> None:
    """ "Truss said she would remain prime minister until a successor was chosen" / "Truss quits as PM,
    shortest tenure in UK history": a stay before the leaving (own1393)."""
    assert Relation.CONFLICT not in _relations_between("own1393", "Truss said", "Truss quits")


def test_what_an_accusation_holds_is_not_asserted() -> None:
    """ "Russia denied any involvement" / "The Kremlin called the accusations of Russian involvement
    stupid": the involvement is only what the accusations hold (own1398); "Russia admitted its
    involvement" still stands against the denial."""
    assert Relation.CONFLICT not in _relations_between("own1398", "Russia denied", "The Kremlin called")
    assert (
        judged(
            "Russia denied any involvement in the blasts.", "Russia admitted its involvement in the blasts."
        ).relation
        is Relation.CONFLICT
    )


def test_members_of_a_force_killed_are_a_part_of_the_toll() -> None:
    """ "Stampede at Indonesian football match kills 125" / "Two officers were killed": the officers among
    the dead (own1397); "At least 27 US troops have been killed" / "At least 26 American troops have been
    killed" are still two counts of one thing."""
    assert Relation.CONFLICT not in _relations_between("own1397", "Stampede at", "Two officers")
    assert (
        judged(
            "At least 27 US troops have been killed in hostile fire.",
            "At least 26 American troops have been killed in hostile fire.",
        ).relation
        is Relation.CONFLICT
    )


def test_a_record_told_as_more_than_any_other_is_a_record() -> None:
    """ "Abe was Japan's longest-serving prime minister" / "He served longer than any other Japanese prime
    minister": one record, told once as a superlative and once as a comparison with all (own1400)."""
    assert _relations_between("own1400", "Abe was Japan's", "He served") == [Relation.SAME]


def test_directions_are_rivals_only_of_one_thing() -> None:
    """ "Ukrainian troops entered the southern city of Kherson ... across the Dnipro river" / "Ukraine's
    army moved into Kherson ... back to the eastern side of the Dnipro": a city and a river bank, no rival
    directions (own1401)."""
    assert _relations_between("own1401", "Ukrainian troops", "Ukraine's army") == [Relation.SAME]


def test_replacing_someone_is_not_keeping_them() -> None:
    """ "Jeremy Hunt was kept on as chancellor" / "Jeremy Hunt was replaced as chancellor" (own1403)."""
    assert _relations_between("own1403", "Jeremy Hunt was kept", "Jeremy Hunt was replaced") == [Relation.CONFLICT]


def test_sentences_asked_by_the_two_sides_of_a_trial_are_two_demands() -> None:
    """ "Prosecutors had asked for a 15-year sentence" / "Her defence asked for 18 months of house arrest",
    "Her lawyers had sought 18 months" / "The government had sought 15 years": each side's own demand
    (own1402)."""
    assert Relation.CONFLICT not in _relations_between("own1402", "Prosecutors had", "Her defence")
    assert Relation.CONFLICT not in _relations_between("own1402", "Her lawyers", "The government")


def test_not_panicking_is_staying_calm() -> None:
    """ "Greg Becker had urged clients to stay calm" / "had told clients not to panic": one claim, the
    negation denying calm's opposite (own1405); panicking still stands against staying calm."""
    assert _relations_between("own1405", "Chief executive", "Chief executive") == [Relation.SAME]
    assert (
        judged("Residents stayed calm after the quake.", "Residents panicked after the quake.").relation
        is Relation.CONFLICT
    )


def test_a_record_told_as_none_outdoing_it_is_no_denial() -> None:
    """ "He was the longest-lived president in American history" / "No US president has lived longer":
    one claim, a record told twice, not a denial of living (own1408); "no more strikes" still negates."""
    assert _relations_between("own1408", "He was the longest", "No US president") == [Relation.SAME]
    record = Reading(
        "Nobody has ever scored more goals for Portugal.", tokenize("Nobody has ever scored more goals for Portugal.")
    )
    assert [c.stance for c in record.polarity.clauses] == [Stance.ASSERTED]
    none = Reading("There will be no more strikes this year.", tokenize("There will be no more strikes this year."))
    assert Stance.NEGATED in [c.stance for c in none.polarity.clauses]


def test_a_cause_under_investigation_is_a_cause_not_yet_known() -> None:
    """ "The cause of the fire is under investigation" / "Investigators have not determined what started
    the fire": one claim, the cause still sought (own1409); an inquiry is still no rival of a cause told."""
    assert _relations_between("own1409", "The cause", "Investigators") == [Relation.SAME]
    told = judged(
        "Officials said an electrical fault caused the fire.", "The cause of the fire is under investigation."
    )
    assert told.relation is not Relation.CONFLICT


def test_a_count_of_the_subject_alone_is_no_figure_agreed() -> None:
    """ "All five officers are Black" / "All five officers remain in custody": one group, two claims of
    it (own1412); "About 200 ships were waiting ... the port" / "Some 200 vessels were stuck outside
    the port" still one claim, saying something alike of the ships (own724)."""
    assert Relation.SAME not in _relations_between("own1412", "All five officers are", "All five officers remain")
    assert _relations_between("own724", "About 200 ships", "Some 200 vessels") == [Relation.SAME]


def test_a_record_told_as_none_losing_so_much_is_no_denial() -> None:
    """ "It was the biggest one-day loss of market value for any company in US history" / "No company had
    ever lost so much value in a single day": a record told twice, no conflict (own1411)."""
    assert Relation.CONFLICT not in _relations_between("own1411", "It was the biggest", "No company")


def test_a_date_told_after_he_or_she_did_something_is_that_deeds() -> None:
    """ "Nichols, 29, died three days after he was beaten during a traffic stop on January 7" / "died in
    hospital on January 10, three days after the confrontation": January 7 is the beating's, one claim
    (own1412)."""
    assert _relations_between("own1412", "Nichols, 29", "Mr Nichols") == [Relation.SAME]


def test_degrees_of_harm_are_no_rival_grades() -> None:
    """ "One spectator was killed and two others were critically injured" / "A firefighter in the crowd was
    killed and two men were seriously wounded": a critical injury is a serious one (own1414); the grades of
    a patient's condition are still rivals."""
    assert Relation.CONFLICT not in _relations_between("own1414", "One spectator", "A firefighter")
    condition = judged(
        "The driver was in critical condition on Monday.", "The driver was in serious condition on Monday."
    )
    assert condition.relation is Relation.CONFLICT


def test_one_named_unhurt_is_no_denial_of_others_counted_hurt() -> None:
    """ "Trump was not seriously hurt and was released from hospital later that day" / "A firefighter in
    the crowd was killed and two men were seriously wounded": others hurt, no conflict (own1414)."""
    assert Relation.CONFLICT not in _relations_between("own1414", "Trump was not", "A firefighter")


def test_arriving_from_and_departing_from_one_place_tell_one_origin() -> None:
    """ "The flight was arriving from Bangkok" / "Flight 7C2216 had departed from Bangkok": one origin
    (own1416); arriving in a place is still no departure from it."""
    assert _relations_between("own1416", "The flight was", "Flight 7C2216") == [Relation.SAME]
    apart = judged("The flight arrived in Bangkok on Sunday.", "The flight departed Bangkok on Sunday.")
    assert apart.relation is not Relation.SAME


def test_a_motive_not_yet_found_is_one_claim_however_worded() -> None:
    """ "The FBI said it had not identified a motive" / "Investigators have not yet found a motive": one
    claim (own1414); a motive unknown is no cause unknown."""
    assert _relations_between("own1414", "The FBI", "Investigators") == [Relation.SAME]
    apart = judged("The motive for the attack remains unclear.", "The cause of the fire is not yet known.")
    assert apart.relation is not Relation.SAME


def test_fleeing_on_foot_is_no_ride() -> None:
    """ "The gunman fled on an electric bike into Central Park" / "The shooter escaped on foot and was
    last seen entering Central Park": two ways of fleeing, a conflict (own1415)."""
    assert _relations_between("own1415", "The gunman fled", "The shooter escaped") == [Relation.CONFLICT]


def test_naming_a_suspect_is_identifying_them() -> None:
    """ "Police have not named a suspect" / "Police said they had identified a suspect" (own1415), "The buyer
    was not identified" / "The buyer was later named as a US cosmetics heir" (own977): conflicts."""
    assert _relations_between("own1415", "Police have not", "Police said they") == [Relation.CONFLICT]
    assert _relations_between("own977", "The buyer was not", "The buyer was later") == [Relation.CONFLICT]


def test_offers_refused_are_no_help_asked() -> None:
    """ "The junta has asked for international help" / "The junta rejected offers of foreign aid": a
    conflict (own1419); what was offered is what was not taken."""
    assert _relations_between("own1419", "The junta", "The junta") == [Relation.CONFLICT]
    refused = Reading(
        "The government refused offers of help from China.",
        tokenize("The government refused offers of help from China."),
    )
    assert [(c.stance, c.head) for c in refused.polarity.clauses] == [(Stance.NEGATED, word_term("help"))]


def test_an_aftershock_named_by_its_magnitude_alone() -> None:
    """ "A 6.4 aftershock followed 12 minutes later" / "A magnitude 6.7 aftershock hit minutes later": two
    magnitudes of one aftershock, a conflict (own1419)."""
    assert _relations_between("own1419", "A 6.4", "A magnitude 6.7") == [Relation.CONFLICT]


def test_a_game_postponed_is_no_game_played_as_scheduled() -> None:
    """ "The Sugar Bowl football game was postponed by a day" / "The Sugar Bowl was played as scheduled on
    Wednesday night": one subject of several words, said to be two opposites (own1418)."""
    assert _relations_between("own1418", "The Sugar Bowl", "The Sugar Bowl") == [Relation.CONFLICT]


def test_not_saying_something_against_owning_to_it() -> None:
    """ "Putin apologised ... but did not say Russia was to blame" / "Putin apologised and accepted that
    Russia was to blame": one speaker, what he did not say against what he owned to (own1421)."""
    assert _relations_between("own1421", "Putin", "Putin") == [Relation.CONFLICT]
    called = judged("The minister did not say how many people were hurt.", "Police said 20 people were hurt.")
    assert called.relation is not Relation.CONFLICT


def test_not_resigning_is_serving_out_a_term() -> None:
    """ "President Emmanuel Macron said he would not resign" / "Macron said he would serve out his term":
    one claim, told once by the negation of its opposite (own1422)."""
    assert _relations_between("own1422", "President Emmanuel", "Macron said") == [Relation.SAME]


def test_living_somewhere_since_a_year_against_arriving_in_another() -> None:
    """ "The suspect had lived in Germany since 2006" / "The man arrived in Germany in 2016": one arrival,
    two years (own1420)."""
    assert _relations_between("own1420", "The suspect", "The man arrived") == [Relation.CONFLICT]


def test_a_first_told_as_none_ever_before() -> None:
    """ "He is the first pope from the United States" / "No American had ever been elected pope before":
    one claim, no conflict; nor is "American cardinal Robert Prevost elected Pope Leo XIV" denied by it
    (own1423)."""
    assert _relations_between("own1423", "He is the first", "No American") == [Relation.SAME]
    assert Relation.CONFLICT not in _relations_between("own1423", "American cardinal", "No American")


def test_unaccounted_for_is_missing() -> None:
    """ "Between 23 and 25 girls from Camp Mystic were unaccounted for" / "About 25 girls from a Christian
    summer camp were still missing": one claim (own1425)."""
    assert _relations_between("own1425", "Between 23", "About 25") == [Relation.SAME]


def test_a_warning_lifted_is_no_warning_in_force() -> None:
    """ "Hawaii lifted its tsunami warning later on Wednesday" / "A tsunami warning remained in force in
    Hawaii into Thursday": a conflict (own1426)."""
    assert _relations_between("own1426", "Hawaii lifted", "A tsunami warning") == [Relation.CONFLICT]


def test_none_so_mighty_before_is_a_record_not_a_denial() -> None:
    """ "No storm this powerful had ever made landfall in Jamaica" is a record, no denial of "Hurricane
    Melissa slams into Jamaica as Category 5 storm" (own1428); "No storm had ever made landfall" denies."""
    assert Relation.CONFLICT not in _relations_between("own1428", "Hurricane Melissa slams", "No storm")
    record = Reading(
        "No storm this powerful had ever hit the island.", tokenize("No storm this powerful had ever hit the island.")
    )
    assert [c.stance for c in record.polarity.clauses] == [Stance.ASSERTED]


def test_a_storms_category_where_each_says() -> None:
    """ "Hurricane Melissa slams into Jamaica as Category 5 storm" / "Melissa hit Cuba as a Category 4
    storm": two landfalls, no conflict; "struck Cuba as a Category 3 hurricane" / "hit Cuba as a Category 4
    storm" still one (own1428)."""
    assert Relation.CONFLICT not in _relations_between("own1428", "Hurricane Melissa slams", "Melissa hit")
    assert _relations_between("own1428", "The storm later", "Melissa hit") == [Relation.CONFLICT]


def test_among_the_most_is_a_superlative_shared_with_others() -> None:
    """ "among the most powerful earthquakes on record" claims less than "the most powerful earthquake on
    record", as "one of the largest" does (own1426 showed the wording)."""
    called = judged(
        "It was among the most powerful earthquakes on record in Japan.",
        "It was the most powerful earthquake on record in Japan.",
    )
    assert called.relation is Relation.RELATED


def test_a_prize_is_an_award() -> None:
    """ "The prize is worth 11 million Swedish kronor" / "The award comes with 10 million kronor": one
    sum, two figures (own1430)."""
    assert _relations_between("own1430", "The prize is", "The award comes") == [Relation.CONFLICT]


def test_a_finer_floor_above_a_round_one_is_one_toll() -> None:
    """ "More than 1,300 flights were cancelled" / "At least 1,350 flights ... were cancelled" (own1434),
    "More than 1,000 pilgrims die" / "Hajj death toll passes 1,300" (own1371): one count, no conflict;
    "At least eight people died" / "at least 10 dead" are still two tolls (own1128)."""
    assert _relations_between("own1434", "More than 1,300", "At least") == [Relation.SAME]
    assert _relations_between("own1371", "More than 1,000 pilgrims", "Hajj death toll") == [Relation.SAME]
    assert _relations_between("own1128", "At least eight", "Spain floods") == [Relation.CONFLICT]


def test_a_fire_late_on_a_night_started_before_its_midnight() -> None:
    """ "The fire broke out late on Thursday night" / "The blaze started shortly before midnight on
    Thursday": one start, its night and its day (own1434)."""
    assert Relation.CONFLICT not in _relations_between("own1434", "The fire broke", "The blaze")


def test_one_elected_to_a_post_is_no_one_electing() -> None:
    """ "Friedrich Merz elected German chancellor at second attempt" / "Germany's parliament elected Friedrich
    Merz as chancellor in a second vote": Merz chosen in both, no roles swapped (own1432)."""
    assert _relations_between("own1432", "Friedrich Merz elected", "Germany's parliament") == [Relation.SAME]


def test_none_had_ever_is_a_first() -> None:
    """ "It was the first time a chancellor candidate had failed in a first vote since 1949" / "No candidate
    had ever failed a first vote in post-war Germany": one claim, no denial (own1432)."""
    assert _relations_between("own1432", "It was the first", "No candidate") == [Relation.SAME]


def test_counts_of_two_rounds_are_two_counts() -> None:
    """ "In the first round he won only 310 votes" / "Merz won 325 votes in the second ballot": two rounds,
    no conflict (own1432)."""
    assert Relation.CONFLICT not in _relations_between("own1432", "In the first", "Merz won")


def test_holding_on_to_a_seat_is_not_losing_it() -> None:
    """ "Conservative leader Pierre Poilievre lost his own seat in Ottawa" / "Pierre Poilievre held on to his
    seat": a conflict (own1433)."""
    assert _relations_between("own1433", "Conservative", "Pierre") == [Relation.CONFLICT]


def test_a_rank_of_what_came_before_is_no_rival() -> None:
    """ "Friedrich Merz was elected chancellor ... after failing to win a majority in a first vote" /
    "Germany's parliament elected Friedrich Merz as chancellor in a second vote": the first vote is the
    earlier step, one claim (own1432)."""
    assert _relations_between("own1432", "Friedrich Merz was", "Germany's parliament") == [Relation.SAME]


def test_a_toll_of_the_days_after_the_event_is_its_toll() -> None:
    """ "The UN said at least 1,500 civilians had been killed in the days after the city fell" / "At least
    2,000 civilians were killed, according to local activists": one toll, two figures (own1437)."""
    assert _relations_between("own1437", "The UN said", "At least 2,000") == [Relation.CONFLICT]


def test_people_attending_are_participants() -> None:
    """ "About 3,000 people were attending the event" / "The crowd numbered around 3,000": one count of
    one crowd (own1436)."""
    assert _relations_between("own1436", "About 3,000", "The crowd") == [Relation.SAME]


def test_a_leader_quitting_is_no_denial_of_what_others_did() -> None:
    """ "KP Sharma Oli stepped down as Nepal's prime minister ... amid youth-led demonstrations" and the
    headline "Oli quits as Nepal's Gen Z protests turn deadly" / "Protesters set fire to the parliament
    building in Kathmandu": no conflict, the other names no one (own1443)."""
    assert Relation.CONFLICT not in _relations_between("own1443", "Protesters set", "KP Sharma")
    assert Relation.CONFLICT not in _relations_between("own1443", "Protesters set", "Oli quits")


def test_a_value_spread_over_days_gives_no_floor() -> None:
    """ "The jury ... deliberated for about 12 hours over two days" / "Jurors reached their verdict after
    deliberating for nearly two days": "over two days" is the stretch the hours were spread across, not
    more than two days; one claim (own1444)."""
    assert _relations_between("own1444", "The jury of seven", "Jurors reached") == [Relation.SAME]


def test_a_payment_is_what_was_paid() -> None:
    """ "The $130,000 payment was made to Stormy Daniels" / "Michael Cohen paid Stormy Daniels $150,000":
    one sum told twice, two figures (own1444)."""
    assert _relations_between("own1444", "The $130,000", "Michael Cohen") == [Relation.CONFLICT]


def test_annulled_and_revoked_are_cancelled() -> None:
    """ "Istanbul University annulled his diploma" / "His university degree was revoked on Tuesday": one
    claim (own1445); "the election results had been cancelled" / "the election had been annulled" (own1389)."""
    assert _relations_between("own1445", "A day earlier", "His university") == [Relation.SAME]
    assert _relations_between("own1389", "The officers said", "They announced") == [Relation.SAME]


def test_holding_steady_is_no_fall() -> None:
    """ "The lira fell to a record low against the dollar" / "The lira held steady": a conflict; "held" only
    links the lira to its steadiness (own1445)."""
    assert _relations_between("own1445", "The lira", "The lira held") == [Relation.CONFLICT]


def test_a_resignation_accepted_is_not_one_refused() -> None:
    """ "Macron accepted the resignation" / "President Macron refused the resignation": a conflict, not one
    claim (own1448)."""
    assert _relations_between("own1448", "Macron accepted", "President Macron refused") == [Relation.CONFLICT]


def test_a_government_named_is_not_governing_denied() -> None:
    """ "Lecornu resigns hours after naming government" / "Lecornu said he could not govern because parties
    refused to compromise": the noun is no deed the other denies (own1448); "Dutch government collapses" /
    "pulled his Freedom Party out of the Dutch governing coalition" still share the government (own867)."""
    assert Relation.CONFLICT not in _relations_between("own1448", "French prime minister", "Lecornu said he could")
    assert _relations_between("own867", "Dutch government", "Geert Wilders") == [Relation.SAME]


def test_a_share_received_is_a_share_of_the_vote() -> None:
    """ "His nationalist rival George Simion took 46.4%" / "George Simion, who led the first round, received
    48%": one candidate's result told with two figures, a conflict (own1447)."""
    assert _relations_between("own1447", "His nationalist", "George Simion, who") == [Relation.CONFLICT]


def test_a_comment_declined_against_thanks_given() -> None:
    """ "Trump thanked Musk in a post on social media" / "Trump has not commented on Musk's departure": one
    report says he said nothing, the other what he said, a conflict though the two share little (own1452);
    so too "Shell declined to comment" / "Shell said on Thursday it was not in talks to buy BP" (own851)."""
    assert _relations_between("own1452", "Trump thanked", "Trump has not") == [Relation.CONFLICT]
    assert _relations_between("own851", "Shell declined", "Shell said on Thursday") == [Relation.CONFLICT]


def test_two_doers_of_one_deed_are_two_claims() -> None:
    """ "Labour requested the recount" / "The recount was requested by Reform": who did it is told apart, no
    longer one claim (own1450)."""
    assert Relation.SAME not in _relations_between("own1450", "Labour requested", "The recount was")


def test_a_deed_sought_is_not_one_done() -> None:
    """ "Hungary said it would not arrest Netanyahu" / "The court issued a warrant for Netanyahu's arrest
    last year": the warrant asks for the arrest, no conflict (own1451)."""
    assert Relation.CONFLICT not in _relations_between("own1451", "Hungary said it", "The court issued")


def test_the_many_of_a_body_voting_is_a_vote_however_the_body_is_named() -> None:
    """ "Four of the five justices on the panel voted to convict" / "The panel voted 3-2 to convict him": 4-1
    against 3-2, a conflict (own1453)."""
    assert _relations_between("own1453", "Four of the five", "The panel voted") == [Relation.CONFLICT]


def test_leaving_happens_once() -> None:
    """ "The Philippines left the ICC in 2019" / "The Philippines withdrew from the court in 2018": one
    withdrawal told in two years, a conflict (own1455)."""
    assert _relations_between("own1455", "The Philippines left", "The Philippines withdrew") == [Relation.CONFLICT]


def test_a_unanimous_vote_is_not_a_split_one() -> None:
    """ "The Supreme Court upheld the law unanimously on Friday" / "The Supreme Court on Friday upheld the law
    by a 6-3 vote": one vote told two ways, a conflict whose reason names both (own1457)."""
    (match,) = _matches_between("own1457", "The Supreme Court upheld", "The Supreme Court on")
    assert match.relation is Relation.CONFLICT
    assert "unanimously / 6-3" in match.why.text


def test_removed_is_no_longer_available() -> None:
    """ "Apple and Google removed the app from their stores" / "The app remained available in Apple's and
    Google's app stores": a conflict, not one claim (own1457)."""
    assert _relations_between("own1457", "Apple and Google", "The app remained") == [Relation.CONFLICT]


def test_a_denial_granted_by_its_opposite_in_another_clause() -> None:
    """ "Sean Combs acquitted of sex trafficking, convicted on lesser charges" / "Sean Combs was found not
    guilty of racketeering and sex trafficking on Wednesday": the headline grants the acquittal in its first
    clause, and convicts of something else in its second; one claim, no conflict (own1456)."""
    assert _relations_between("own1456", "Sean Combs acquitted", "Sean Combs was found") == [Relation.SAME]


def test_offences_convicted_of_are_counts() -> None:
    """ "He was found guilty on two counts of transportation to engage in prostitution" / "The jury convicted
    him of two prostitution-related offences": one count of charges, one claim (own1456)."""
    assert _relations_between("own1456", "He was found guilty", "The jury convicted") == [Relation.SAME]


def test_a_name_said_to_be_now_a_bare_figure_is_its_age() -> None:
    """ "Lyle is now 57 and Erik 54" / "Lyle, 56, and Erik, 53, have been in prison for more than three
    decades": the brothers' ages told apart, a conflict (own1459)."""
    assert _relations_between("own1459", "Lyle is now", "Lyle, 56") == [Relation.CONFLICT]


def test_a_toll_of_civilians_is_a_part_of_the_toll() -> None:
    """ "More than 1,000 killed in Syria's worst violence since Assad's fall" / "Syria: hundreds of Alawite
    civilians killed in coastal clashes": the civilians among all the dead, no conflict (own1461)."""
    assert Relation.CONFLICT not in _relations_between("own1461", "More than 1,000 killed", "Syria:")
    assert Relation.CONFLICT not in _relations_between("own1461", "More than 1,000 people", "Syria:")


def test_some_of_the_dead_are_counted_as_among_them() -> None:
    """ "The Syrian Observatory for Human Rights said 745 of the dead were Alawite civilians" / "The monitor
    said 830 civilians were among the dead": one count of those among the dead, two figures (own1461)."""
    assert _relations_between("own1461", "The Syrian Observatory", "The monitor said") == [Relation.CONFLICT]


def test_a_time_not_known_against_one_told() -> None:
    """ "The company said production would restart within days" / "JLR said it did not know when production
    would resume": one says when, the other that nobody knows, a conflict (own1463)."""
    assert _relations_between("own1463", "The company said", "JLR said it did not") == [Relation.CONFLICT]


def test_a_false_statement_charged_is_no_denial() -> None:
    """ "A federal grand jury ... indicted former FBI director James Comey ... on charges of making a false
    statement and obstructing Congress" / "James Comey ... was indicted on Thursday on two counts": "false"
    only says what kind of statement, it denies nothing; one claim (own1464)."""
    assert _relations_between("own1464", "A federal grand jury", "James Comey, who") == [Relation.SAME]


def test_a_negation_stops_before_and_a_verb_of_saying() -> None:
    """ "Comey said he was innocent and looked forward to a trial" / "Comey said he was not afraid and
    declared his innocence": "not" reaches "afraid" only, the innocence is declared; one claim (own1464)."""
    assert _relations_between("own1464", "Comey said he was innocent", "Comey said he was not") == [Relation.SAME]


def test_children_left_are_counted_as_survivors() -> None:
    """ "Osbourne is survived by his wife Sharon and five of his six children" / "He leaves his wife Sharon
    and four children": five against four children left, a conflict (own1465); the six he had are a family's
    size, and a count of children in a family is no group among a toll's dead."""
    assert _relations_between("own1465", "Osbourne is survived", "He leaves") == [Relation.CONFLICT]


def test_a_cause_untold_denies_no_death() -> None:
    """ "The family did not give a cause of death" / "His family said he was with loved ones when he died":
    no conflict, the death is not denied; against "The family said he died of a heart attack" the cause
    untold is set against the cause told (own1465)."""
    assert Relation.CONFLICT not in _relations_between("own1465", "The family did not", "His family said he")
    (match,) = _matches_between("own1465", "The family did not", "The family said he died")
    assert match.relation is Relation.CONFLICT
    assert "not give a cause / died of" in match.why.text


def test_one_who_fled_did_not_remain() -> None:
    """ "Rajoelina fled the country over the weekend" / "Rajoelina remains in the capital, Antananarivo": a
    conflict (own1467)."""
    assert _relations_between("own1467", "Rajoelina fled", "Rajoelina remains") == [Relation.CONFLICT]


def test_shows_missed_were_not_attended() -> None:
    """ "Armani had missed his label's shows in Milan in June" / "He attended his brand's Milan shows in June":
    a conflict; "The funeral will be held in private" / "A public funeral will be held at Milan's cathedral"
    is no longer one claim (own1468)."""
    assert _relations_between("own1468", "Armani had missed", "He attended") == [Relation.CONFLICT]
    assert Relation.SAME not in _relations_between("own1468", "The funeral will", "A public funeral")


def test_a_cause_identified_as_the_cause_is_told() -> None:
    """ "Investigators have not identified the cause of the crash" / "Investigators identified a faulty engine
    as the cause of the crash": the cause untold against the cause told, a conflict, since a clause saying
    only that the cause is untold denies nothing else (hand-written pairs)."""
    (match,) = relate_pairs(
        ["Investigators have not identified the cause of the crash."],
        ["Investigators identified a faulty engine as the cause of the crash."],
    )
    assert match.relation is Relation.CONFLICT
    assert "not identified the cause / as the cause" in match.why.text


def test_two_people_chosen_for_one_honour() -> None:
    """ "Yoshinobu Yamamoto, who pitched on no days' rest, was named the series MVP" / "Shohei Ohtani was named
    the World Series MVP": one honour, two holders, a conflict naming both (own1473)."""
    (match,) = _matches_between("own1473", "Yoshinobu", "Shohei")
    assert match.relation is Relation.CONFLICT
    assert "Yoshinobu Yamamoto / Shohei Ohtani" in match.why.text


def test_one_search_told_in_two_months() -> None:
    """ "The FBI searched his home in Bethesda in August" / "Federal agents searched his Maryland home in
    September": counterparts sharing little beside the deed tell one event in two months, a conflict (own1471)."""
    assert _relations_between("own1471", "The FBI searched", "Federal agents") == [Relation.CONFLICT]


def test_none_since_with_had_tells_a_first_since() -> None:
    """ "The Dodgers are the first team to win back-to-back titles since the New York Yankees in 2000" / "No
    team had won consecutive championships since the 2000 Yankees": one claim (own1473); so too "the first
    rider since Marco Pantani in 1998" / "No rider had done the Giro-Tour double since Pantani" (own400)."""
    assert _relations_between("own1473", "The Dodgers are", "No team") == [Relation.SAME]
    assert _relations_between("own400", "He became the first", "No rider") == [Relation.SAME]


def test_a_word_denied_is_not_the_same_word_in_a_name() -> None:
    """ "No group has claimed responsibility for the attack" / "Asahi Group Holdings has suspended production
    at its factories in Japan following a cyber attack": the other's "Group" is a company's name, no group
    denied; no conflict (own1474)."""
    assert Relation.CONFLICT not in _relations_between("own1474", "Asahi Group", "No group")


def test_a_time_the_company_did_not_say_against_the_time_it_said() -> None:
    """ "Asahi did not say when production would resume" / "The brewer said production would resume on
    Thursday": the brewer is Asahi, and one report says it did not say what the other says it said, a
    conflict (own1474); "The ministry did not say whether a ransom had been paid" / "A ransom ... was paid,
    according to security sources" is another source's, no conflict (own686)."""
    assert _relations_between("own1474", "Asahi did not", "The brewer said production") == [Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations_between("own686", "The ministry did not", "A ransom")


def test_a_score_in_halves_is_read() -> None:
    """ "Europe had led 11.5-4.5 going into the final day's singles" / "Luke Donald's team took an 11.5-4.5
    lead into Sunday": one lead told by one score in halves, one claim (own1475)."""
    assert _relations_between("own1475", "Europe had led", "Luke Donald's") == [Relation.SAME]
    (score,) = read_values("Europe beat the United States 16.5-11.5.").quantities
    assert (score.kind, score.value) == (Kind.SCORE, 16511.5)


def test_seats_of_a_total_after_a_name_are_counted() -> None:
    """ "The result gives PAS 55 of the 101 seats in parliament" / "PAS will have 55 seats in the 101-member
    legislature": 55 seats both, no name "PAS 55"; one claim (own1477)."""
    assert _relations_between("own1477", "The result gives", "PAS will have") == [Relation.SAME]


def test_accepting_the_result_is_conceding() -> None:
    """ "Quiroga conceded defeat on Sunday night" / "Quiroga refused to accept the result": a conflict
    (own1479); "Reyes accepted the result and congratulated Ortiz" / "Reyes said he would challenge the result
    in court" still is one (own139)."""
    assert _relations_between("own1479", "Quiroga conceded", "Quiroga refused") == [Relation.CONFLICT]
    assert _relations_between("own139", "Reyes accepted", "Reyes said") == [Relation.CONFLICT]


def test_barred_is_banned() -> None:
    """ "Two parties were barred from running days before the vote" / "No party was banned from the election": a
    conflict (own1477); "The ruling also confirms a lifetime ban from holding public office" / "She is barred
    for life from running for public office" one claim (own300)."""
    assert _relations_between("own1477", "Two parties", "No party") == [Relation.CONFLICT]
    assert _relations_between("own300", "The ruling also", "She is barred") == [Relation.SAME]


def test_dozens_told_before_what_they_remained_are_counted() -> None:
    """ "Dozens remained unaccounted for in Taiwan" counts dozens missing, as "Dozens missing" does (own1482);
    against "More than 120 people were missing" the dozens still reach (twelve dozen), no conflict."""
    (missing,) = read_values("Dozens remained unaccounted for in Taiwan.").quantities
    assert (missing.unit, missing.value, missing.bound) == ("missing", 24.0, Bound.ORDER)
    (were,) = read_values("Dozens were arrested.").quantities
    assert were.unit == "arrested"


def test_a_toll_of_a_district_the_other_names_too_is_its_toll() -> None:
    """ "In Taiwan, a barrier lake burst its banks, killing 14 people in Hualien county" / "At least 17 people
    died in Taiwan when a lake burst in Hualien": both tolls are Hualien's, a conflict, "14 / 17 dead"
    (own1482)."""
    (match,) = _matches_between("own1482", "In Taiwan", "At least 17")
    assert match.relation is Relation.CONFLICT
    assert "14 / 17 dead" in match.why.text


def test_a_move_told_with_its_bound_and_where_it_ended() -> None:
    """ "Its shares rose 3% to about $207" / "The stock gained about 5% to $212": a move and where it ended,
    not a range, so both are read and set apart (own1483); "$5tn" is five trillion dollars."""
    assert _relations_between("own1483", "Its shares", "The stock") == [Relation.CONFLICT]
    (worth,) = read_values("Nvidia hits $5tn market value as AI boom continues").quantities
    assert worth.value == 5e12


def test_telling_someone_not_to_do_a_thing_denies_nothing() -> None:
    """ "Trump tells pregnant women not to take Tylenol" is advice, no denial that anyone takes it: not set
    against "Trump links Tylenol use in pregnancy to autism", and one claim with "President Donald Trump said
    on Monday that pregnant women should avoid taking Tylenol" (own1485)."""
    assert Relation.CONFLICT not in _relations_between("own1485", "Trump links", "Trump tells")
    assert _relations_between("own1485", "President Donald", "Trump tells") == [Relation.SAME]


def test_a_title_given_up_is_not_kept() -> None:
    """ "Andrew had given up his Duke of York title earlier this month" / "He kept the title Duke of York": a
    conflict, not one claim (own1487)."""
    assert _relations_between("own1487", "Andrew had given", "He kept") == [Relation.CONFLICT]


def test_two_causes_told_are_two_claims() -> None:
    """ "Cloudflare said the outage was caused by a configuration file that grew too large" / "Cloudflare said a
    cyber attack had caused the outage": two causes, no longer one claim (own1486)."""
    assert Relation.SAME not in _relations_between("own1486", "Cloudflare said the outage", "Cloudflare said a cyber")


def test_land_ceded_is_not_kept() -> None:
    """ "The plan would require Ukraine to cede the rest of the Donbas region" / "Under the plan Ukraine would
    keep the parts of Donbas it controls": a conflict, not one claim (own1491)."""
    assert _relations_between("own1491", "The plan would", "Under the plan") == [Relation.CONFLICT]


def test_none_recorded_denies_what_the_other_counts() -> None:
    """ "No aftershocks were recorded" says there were none, as "No arrests have been made" does: a verb that
    only tells whether a thing was found leaves the thing denied, against "Three aftershocks followed" (the
    case own1492 writes with "No significant aftershocks", which stays apart: a grade narrows the claim)."""
    assert judged("No aftershocks were recorded.", "Three aftershocks followed.").relation is Relation.CONFLICT


def test_a_vote_split_spelled_is_read() -> None:
    """ "The court ruled by six votes to three" is a 6-3 vote, as "by 31 votes to 9" is 31-9: set against "Seven
    of the nine judges voted for her removal" (7-2), a conflict (own1493)."""
    assert _relations_between("own1493", "The court ruled", "Seven of the nine") == [Relation.CONFLICT]


def test_ages_listed_after_a_group_of_several_words() -> None:
    """ "The children killed were aged eight and 10" / "The victims who died were eight and 10 years old": both
    list two ages (not eight dead), one claim (own1494)."""
    (eight, ten) = read_values("The victims who died were eight and 10 years old.").quantities
    assert (eight.kind, ten.kind) == (Kind.AGE, Kind.AGE)
    assert _relations_between("own1494", "The children killed", "The victims who") == [Relation.SAME]


def test_the_first_week_of_a_stretch_is_no_rank() -> None:
    """ "The Mass marked the first week of the school year" tells when, not a rank claimed: one claim with "The
    service was held to mark the start of the school year" (own1494), where a rank told by one alone makes two."""
    assert _relations_between("own1494", "The Mass marked", "The service was") == [Relation.SAME]


def test_disagreeing_with_a_ruling_is_not_accepting_it() -> None:
    """ "She said she accepted the ruling" / "she said she disagreed with the court's decision": opposites of one
    stance, as accepting and challenging are, a conflict (own1493)."""
    assert _relations_between("own1493", "She said she accepted", "Speaking after") == [Relation.CONFLICT]


def test_calling_a_verdict_something_is_a_comment() -> None:
    """ "Hasina called the verdict biased and politically motivated" comments on it: set against "Hasina has not
    commented on the verdict", a conflict (own1495); calling for a thing is no comment."""
    assert _relations_between("own1495", "Hasina called", "Hasina has not") == [Relation.CONFLICT]
    assert (
        judged("The union called for a strike.", "The union has not commented on the strike.").relation
        is not Relation.CONFLICT
    )


def test_a_first_told_of_a_named_thing() -> None:
    """ "The move is the first attempt by a president to fire a sitting Fed governor" claims a first, as "It is
    the first" does: against "Presidents have fired Fed governors several times before", a conflict (own1497)."""
    assert _relations_between("own1497", "The move is the first", "Presidents have") == [Relation.CONFLICT]


def test_an_appointment_in_one_year_and_a_nomination_in_another() -> None:
    """ "Cook was appointed to the Fed's board by President Joe Biden in 2022" / "Biden nominated Cook to the
    board in 2023": naming someone to a post is one deed however it is worded, told in two years, a conflict
    (own1497)."""
    assert _relations_between("own1497", "Cook was appointed", "Biden nominated") == [Relation.CONFLICT]


def test_a_denial_opening_on_a_pronoun_reaches_the_name() -> None:
    """ "She has not been charged with any crime", after "Cook said Trump had no authority to fire her", denies
    Cook's being charged: against "Cook was charged last week with mortgage fraud", a conflict (own1497), as "He
    will not appeal the decision" after "Mensah, 26, won bronze" is against "Mensah would appeal" (own41)."""
    assert denying_pronouns(["Cook said Trump had no authority to fire her.", "She has not been charged."]) == {
        1: "Cook"
    }
    assert _relations_between("own1497", "She has not been", "Cook was charged") == [Relation.CONFLICT]
    assert _relations_between("own41", "His agent said", "He will not appeal") == [Relation.CONFLICT]


def test_a_share_to_a_hundredth_told_nearly_in_whole_points() -> None:
    """ "97.66% of the vote" / "nearly 98% of the vote": one share, told to the hundredth and rounded, one
    claim (own1499); told exactly, "5%" is still not "5.25%"."""
    (exact,) = read_values("won with 97.66% of the vote").quantities
    (nearly,) = read_values("won with nearly 98% of the vote").quantities
    (rate,) = read_values("cut its rate to 5.25%").quantities
    (whole,) = read_values("cut its rate to 5%").quantities
    assert exact.agrees(nearly) and not rate.agrees(whole)
    assert _relations_between("own1499", "Tanzania's electoral", "President Samia") == [Relation.SAME]


def test_a_turnout_is_no_share_of_the_vote() -> None:
    """ "... declared Samia the winner ... with 97.66% of the vote" / "The commission put turnout at 58%": who
    voted against how they voted, no conflict (own1499)."""
    assert Relation.CONFLICT not in _relations_between("own1499", "Tanzania's electoral", "The commission put")


def test_refusing_to_do_a_thing_is_a_refusal() -> None:
    """ "barred from the vote after refusing to sign an electoral code of conduct" / "disqualified after it
    declined to sign the code of conduct": both refuse, one claim, no denial of the other (own1499)."""
    assert _relations_between("own1499", "The main opposition", "Chadema, the largest") == [Relation.SAME]


def test_voting_against_is_not_backing() -> None:
    """ "Norway's sovereign wealth fund ... voted against it" / "Norway's oil fund ... backed the plan": opposite
    stances, a conflict (own1498); a vote's split tells both sides, so "207 lawmakers voted in favour of Scholz,
    while 394 voted against" is still one claim with "Scholz won the support of 207 ..., with 394 against"
    (own413)."""
    assert _relations_between("own1498", "Norway's sovereign", "Norway's oil") == [Relation.CONFLICT]
    assert _relations_between("own413", "Only 207", "Scholz won the") == [Relation.SAME]


def test_a_winner_declared_is_a_win() -> None:
    """ "Cameroon's Biya, 92, wins eighth term as rival claims victory" / "Paul Biya declared winner of Cameroon
    presidential election": the winner is who won, one claim (own1500)."""
    assert _relations_between("own1500", "Cameroon's Biya", "Paul Biya declared") == [Relation.SAME]


def test_voters_who_took_part_are_the_turnout() -> None:
    """ "Turnout was 57.7%, the council said" / "The council said 46% of registered voters took part": one
    turnout told two ways, a conflict (own1500)."""
    assert _relations_between("own1500", "Turnout was", "The council said") == [Relation.CONFLICT]


def test_a_near_unanimous_vote_is_no_unanimous_one() -> None:
    """ "House votes 427-1 to release Epstein files" / "Congress passes bill ... after near-unanimous vote",
    "voted almost unanimously": one vote told two ways, one claim, not a unanimous vote against a split
    (own1503)."""
    assert _relations_between("own1503", "House votes", "Congress passes") == [Relation.SAME]
    assert _relations_between("own1503", "The US House", "Lawmakers in the House") == [Relation.SAME]


def test_a_deed_required_or_a_bill_s_aim_is_not_done() -> None:
    """ "The Justice Department said in July that it would not release any more files" denies nothing of
    "Congress passes bill to release Epstein files" nor of "voted ... to require the release of the Justice
    Department's Epstein files": a bill's aim and a deed required are asked for, not done (own1503)."""
    assert Relation.CONFLICT not in _relations_between("own1503", "The Justice Department said in July", "Congress")
    assert Relation.CONFLICT not in _relations_between("own1503", "The Justice Department said in July", "Lawmakers")


def test_sites_and_locations_are_counted_alike() -> None:
    """ "missile strikes on nine sites in Pakistan" / "fired missiles at six locations in Pakistan": one count of
    places struck, a conflict, where it was called the same claim (own1501)."""
    assert _relations_between("own1501", "India launched", "India fired") == [Relation.CONFLICT]


def test_resuming_is_reopening() -> None:
    """ "The main border crossing at Torkham remained closed" / "Trade through the Torkham crossing resumed on
    Monday": a crossing closed and one open again, a conflict, where it was called the same claim (own1502)."""
    assert _relations_between("own1502", "The main border", "Trade through") == [Relation.CONFLICT]


def test_tolls_told_in_two_places_are_two_tolls() -> None:
    """ "Israel's strikes killed more than 600 people in Iran" / "Twenty-eight people were killed in Israel by
    Iranian missiles": a story of two countries tells a toll of each, both its own places, no conflict
    (own1506)."""
    assert Relation.CONFLICT not in _relations_between("own1506", "Israel's strikes", "Twenty-eight")
    assert Relation.CONFLICT not in _relations_between("own1506", "Iranian missile", "More than 900")


def test_a_denial_limited_to_after_an_event() -> None:
    """ "Iran denied firing any missiles after the truce took effect" denies nothing of "Iran launched missiles at
    Al Udeid ... earlier on Monday", which tells no such time; it still meets "Iran's military acknowledged
    firing a final salvo after the deadline" (own1506)."""
    assert Relation.CONFLICT not in _relations_between("own1506", "Iran denied", "Iran launched")
    assert _relations_between("own1506", "Iran denied", "Iran's military") == [Relation.CONFLICT]


def test_a_toll_moved_after_a_long_place() -> None:
    """ "The death toll from the collapse of an Islamic boarding school in Sidoarjo, East Java, has risen to 67"
    counts 67 dead, the place's region set off by commas and eleven words after "from": one claim with "67
    people had been confirmed dead in the collapse" (own1509)."""
    told = (
        "The death toll from the collapse of an Islamic boarding school in Sidoarjo, East Java, has risen to 67, "
        "Indonesia's disaster agency said on Tuesday."
    )
    (toll,) = [q for q in read_values(told).quantities if q.kind is Kind.COUNT]
    assert (toll.unit, toll.value) == ("dead", 67.0)
    assert _relations_between("own1509", "The death toll", "Indonesia's national") == [Relation.SAME]


def test_without_permission_is_without_authorisation() -> None:
    """ "entered Estonia's airspace without permission ... and stayed for 12 minutes" / "flew into its airspace
    ... for about 12 minutes without authorisation": one incursion, one claim, where the two denials of other
    words made their polarity differ (own1508)."""
    assert _relations_between("own1508", "Three Russian", "Estonia said three") == [Relation.SAME]


def test_two_groups_counted_with_their_fates() -> None:
    """ "Officials said 104 people survived the collapse" / "67 people had been confirmed dead in the collapse":
    two groups, each with its fate, no conflict (own1509); one group said to fare two ways still is one."""
    assert Relation.CONFLICT not in _relations_between("own1509", "Officials said 104", "Indonesia's national")
    assert judged("The two passengers survived the crash.", "The two passengers died in the crash.").relation is (
        Relation.CONFLICT
    )


def test_asking_for_is_requesting() -> None:
    """ "Poland asked for consultations under Article 4" / "Warsaw has not requested NATO consultations": the
    request denied, a conflict (own1507)."""
    assert _relations_between("own1507", "Poland asked", "Warsaw has not") == [Relation.CONFLICT]


def test_a_country_named_by_an_acronym_is_no_crash() -> None:
    """ "The UAE denied any role in the attacks" names a country only through the acronym the other article
    spells out ("the United Arab Emirates"): judging it as a counterpart raised StopIteration, a traceback for
    the reader (own1515); now the pair gets its verdict, and the comparison its matches."""
    assert _relations_between("own1515", "The UAE denied", "The Emirates rejected")


def test_declining_to_block_denies_the_blocking() -> None:
    """ "A federal judge in Boston temporarily blocked the order on Friday" / "A judge on Friday declined to block
    the order": a refusal to prevent denies the preventing, not the thing, a conflict, where it was called the
    same claim (own1521); "failed to stop money laundering" still denies no laundering."""
    assert _relations_between("own1521", "A federal judge", "A judge on Friday") == [Relation.CONFLICT]
    assert (
        judged("The bank failed to stop money laundering.", "Money laundering went on at the bank.").relation
        is not Relation.CONFLICT
    )


def test_weeks_round_the_days_they_tell() -> None:
    """ "Pope Francis leaves hospital after five weeks of treatment" / "returns to Vatican after 38 days in
    hospital": five weeks is 38 days rounded, one claim, where it was a conflict (own1524); "for a week" is
    still not "for four days" (own1445)."""
    assert _relations_between("own1524", "Pope Francis leaves", "Frail Pope") == [Relation.SAME]
    assert _relations_between("own1445", "Protests were banned", "Authorities banned") == [Relation.CONFLICT]


def test_a_time_zone_or_a_code_names_no_country() -> None:
    """ "The problems began shortly after 3 am Eastern time in AWS's US-East-1 region" / "The disruption started
    at about 8 am UK time": the UK is the zone of a time and the US part of a region's code, no two countries
    set apart (own1523)."""
    assert Relation.CONFLICT not in _relations_between("own1523", "The problems began", "The disruption started")


def test_a_cause_denied_rules_it_out() -> None:
    """ "The company said the disruption was not the result of a cyber attack" rules a cyber attack out: against
    "Amazon has not ruled out a cyber attack", a conflict (own1523)."""
    assert _relations_between("own1523", "The company said", "Amazon has not ruled") == [Relation.CONFLICT]


def test_a_thing_not_made_available_against_it_available() -> None:
    """ "The BBC said it would not make the set available on demand" denies its being available, whatever the
    other calls it: against "The performance remains available to watch on BBC iPlayer", a conflict, where it
    was related (own1505)."""
    assert _relations_between("own1505", "The BBC said it would not", "The performance remains") == [Relation.CONFLICT]


def test_a_visa_revoked_is_no_longer_valid() -> None:
    """ "The US State Department revoked the duo's visas" / "The band's visas for the United States remain
    valid, the State Department said": revoking (cancelling) is valid's opposite, a conflict (own1505)."""
    assert _relations_between("own1505", "The US State", "The band's visas") == [Relation.CONFLICT]


def test_urging_a_boycott_is_not_urging_to_take_part() -> None:
    """ "Opposition parties urged Mexicans to boycott the election" / "Opposition parties campaigned for Mexicans
    to take part in the vote": opposite calls, a conflict, where it was called the same claim (own1513)."""
    assert _relations_between("own1513", "Opposition parties urged", "Opposition parties campaigned") == [
        Relation.CONFLICT
    ]


def test_had_never_is_a_first() -> None:
    """ "Lund had never run under 47 seconds before this season" / "The 19-year-old had already broken 47 seconds
    twice last season": never done against done before, a conflict, where it was related (own495)."""
    assert _relations_between("own495", "Lund had never", "The 19-year-old") == [Relation.CONFLICT]


def test_no_comment_on_the_matter_meets_any_comment() -> None:
    """ "Prime Minister Lucia Ferro has not commented on the matter" points back to what the report told, no
    topic of its own: against "Prime Minister Lucia Ferro said she had full confidence in ...", a conflict, where
    the matter's word had to be the other's too (own687)."""
    assert _relations_between("own687", "Prime Minister Lucia Ferro said", "Prime Minister Lucia Ferro has") == [
        Relation.CONFLICT
    ]


def test_another_count_of_injured_after_the_dead_is_all_the_injured() -> None:
    """ "Another 115 people were injured" after a statement of the dead counts all the injured: against
    "Forty people died and 119 were hurt", a conflict, where it was read as a part and the pair unlinked
    (own1525); "Another five people died" stays a part of the dead."""
    assert _relations_between("own1525", "Another 115", "Forty people died") == [Relation.CONFLICT]
    assert read_values("Another five people died overnight.").quantities == ()


def test_a_step_told_before_the_others_background_is_its_claim() -> None:
    """ "The electoral council halted the publication of results on Tuesday" / "The electoral authority resumed
    posting results on Wednesday after a pause ...": the resumption is the claim, the pause its background, so
    the halt is set against the resumption, two steps, where the days made a conflict (own1526); one meeting
    told on two days still is one."""
    steps = _relations_between("own1526", "The electoral council", "The electoral authority")
    assert Relation.CONFLICT not in steps and Relation.SAME not in steps
    met = relate_pairs(["Xi met Macron in Beijing on Thursday."], ["Macron and Xi held talks in Beijing on Friday."])
    assert [m.relation for m in met] == [Relation.CONFLICT]


def test_a_candidate_placed_with_a_share_is_her_share_of_the_vote() -> None:
    """ "Rixi Moncada of the ruling Libre party was a distant third with about 19%" is her share of the vote, hers
    and her party's: against "Moncada, the governing party's candidate, trailed with roughly 19% of the vote", the
    same claim, where the shares were not compared (own1526); another candidate's share stays apart."""
    assert _relations_between("own1526", "Rixi Moncada", "Moncada, the") == [Relation.SAME]
    third = "Rixi Moncada of the ruling Libre party was a distant third with about 19%."
    other = "Salvador Nasralla of the Liberal Party trailed with roughly 34% of the vote."
    assert [m.relation for m in relate_pairs([third], [other])] != [Relation.CONFLICT]


def test_an_acronym_may_leave_out_what_and_adds_to_a_name() -> None:
    """ "The Centers for Disease Control and Prevention has sent a team to help" / "The CDC has not sent staff to
    Texas": the CDC's initials stop before "and Prevention", one agency, whose sending one denies, a conflict,
    where the two shared no name and the pair was unlinked (own1530)."""
    assert _relations_between("own1530", "The Centers", "The CDC has not") == [Relation.CONFLICT]


def test_what_a_deal_is_subject_to_is_not_yet_done() -> None:
    """ "The deal is expected to close ..., subject to approval by the European Central Bank and Spain's
    competition authority" / "The takeover still needs approval from the ECB": both say the approval is still to
    come, no conflict; it was one once the ECB's initials were read before "and Spain's" (own1072)."""
    assert Relation.CONFLICT not in _relations_between("own1072", "The deal is expected", "The takeover still")


def test_a_title_opening_a_statement_leads_to_its_subject() -> None:
    """ "Chief executive Marta Lind said she would stay on to lead the restructuring" / "Chief executive Marta Lind
    announced her resignation": the name the title leads to is the subject both open with, and staying is
    quitting's opposite, a conflict, where it was related (own1529)."""
    assert _relations_between("own1529", "Chief executive", "Chief executive") == [Relation.CONFLICT]


def test_what_officials_warned_is_claimed_of_its_own_subject() -> None:
    """ "Health officials said the outbreak was slowing" / "Officials warned that the outbreak was still
    accelerating": who warned only says who speaks, the outbreak is what both claims open with, and slowing is
    accelerating's opposite, a conflict, where it was related (own1530)."""
    assert _relations_between("own1530", "Health officials", "Officials warned") == [Relation.CONFLICT]


def test_a_deed_done_for_a_side_is_no_swap_of_roles() -> None:
    """ "Fermin Lopez equalised for Barcelona before half-time" / "Barcelona levelled through Fermin Lopez in the
    38th minute": the side a goal is scored for, or the player it comes through, is no one it is done to, one
    goal, where it was a conflict of swapped roles (own1531); "Arsenal beat Chelsea" / "Chelsea beat Arsenal"
    still is one."""
    assert _relations_between("own1531", "Fermin Lopez", "Barcelona levelled") == [Relation.SAME]
    swapped = relate_pairs(["Arsenal beat Chelsea 2-0 at home."], ["Chelsea beat Arsenal 2-0 at home."])
    assert [m.relation for m in swapped] == [Relation.CONFLICT]


def test_a_crowd_is_one_measure_of_its_event() -> None:
    """ "The crowd of 78,000 was the largest at the Bernabeu this season" / "The attendance was 72,000": a match has
    one crowd, however little else the two share, a conflict, where the pair was unlinked (own1531)."""
    assert _relations_between("own1531", "The crowd of", "The attendance") == [Relation.CONFLICT]


def test_a_crowd_in_round_thousands_may_round_a_finer_count() -> None:
    """ "The attendance was 60,000" / "A crowd of 60,331 watched the game at Anfield": the round figure is the
    finer one rounded, no conflict, which a crowd compared at any score would make it (own801); two round figures
    are told alike, "A crowd of 58,000" is not "in front of 60,000 fans" (own517)."""
    assert Relation.CONFLICT not in _relations_between("own801", "The attendance", "A crowd of")
    assert _relations_between("own517", "A crowd of", "The game was") == [Relation.CONFLICT]


def test_an_event_that_took_place_as_scheduled_was_not_delayed() -> None:
    """ "The launch had been delayed by four days because of high solar activity" / "The launch took place as
    originally scheduled": "as originally scheduled" is on schedule, said of the launch as "took place" tells
    it, the opposite of a delay, a conflict, where the pair was unlinked (own1532)."""
    assert _relations_between("own1532", "The launch had", "The launch took") == [Relation.CONFLICT]


def test_headlines_giving_one_figure_apart_are_not_alike() -> None:
    """ "Hackers steal data of 4.2 million Meridian Health patients" / "Meridian Health breach exposes records of
    3.9 million people": two headlines giving one figure two ways are not one claim, however little else sets
    them apart, where they were called the same claim (own1535)."""
    assert Relation.SAME not in _relations_between("own1535", "Hackers steal", "Meridian Health breach")
    assert _relations_between("own1231", "Single ticket", "California ticket") == [Relation.SAME]  # rounded


def test_a_call_not_made_denies_what_it_was_to_do() -> None:
    """ "Outgoing President Gabriel Boric congratulated Kast ..." / "Boric did not call Kast to congratulate him":
    a call not made denies what it was to do, a conflict, where it was related (own1534)."""
    assert _relations_between("own1534", "Outgoing President", "Boric did not") == [Relation.CONFLICT]


def test_those_aboard_are_one_count_of_the_story() -> None:
    """ "The vessel was carrying more than 100 passengers, although it was licensed for 50" / "Police said about 80
    people were on board": a vessel's story has one count of those aboard, however little else the two share, a
    conflict, where the pair was unlinked (own1536)."""
    assert _relations_between("own1536", "The vessel was", "Police said about") == [Relation.CONFLICT]


def test_one_told_missing_is_not_told_to_have_survived() -> None:
    """ "The captain survived and has been arrested" / "The captain is among the missing": one told missing has not
    been told to have survived, a conflict, where it was related (own1536)."""
    assert _relations_between("own1536", "The captain survived", "The captain is") == [Relation.CONFLICT]


def test_a_step_rated_at_on_a_scale_is_read() -> None:
    """ "Avalanche risk in the area had been rated at three on a five-point scale" / "The avalanche risk was rated
    four out of five": three spelled after "rated at" is a step of the scale too, a conflict, where the two were
    called the same claim (own1537)."""
    assert _relations_between("own1537", "Avalanche risk", "The avalanche risk") == [Relation.CONFLICT]


def test_one_thing_only_against_it_and_another_is_a_conflict() -> None:
    """ "The benefit was seen for both caffeinated and decaffeinated coffee" / "Only caffeinated coffee showed a
    benefit; decaf had no effect": what one says of caffeinated coffee only the other says of both kinds, a
    conflict, where the two were called the same claim (own1539); "not only" says both."""
    assert _relations_between("own1539", "The benefit was", "Only caffeinated") == [Relation.CONFLICT]
    both = "The benefit was seen for both caffeinated and decaffeinated coffee."
    not_only = "Not only caffeinated coffee showed a benefit, but decaffeinated coffee did too."
    assert [m.relation for m in relate_pairs([both], [not_only])] != [Relation.CONFLICT]


def test_a_stoppage_ranked_with_such_is_a_strike_ranked() -> None:
    """ "It is the fifth rail strike this year" / "It is the fourth such stoppage since January": a work stoppage is
    a strike, and "such" between a rank and its noun keeps the rank, a conflict, where the pair was unlinked
    (own1538)."""
    assert _relations_between("own1538", "It is the fifth", "It is the fourth") == [Relation.CONFLICT]


def test_a_statement_opening_on_other_people_rescued_counts_all_rescued() -> None:
    """ "Two other members of the group were rescued with minor injuries" after the dead counts all the rescued:
    against "One survivor was flown to hospital in Sallanches with serious injuries", a conflict, where the count
    was read as a part and the pair unlinked (own1537); "Two other people died in hospital" stays a part."""
    assert _relations_between("own1537", "Two other", "One survivor") == [Relation.CONFLICT]
    assert read_values("Two other people died in hospital.").quantities == ()


def test_a_value_opening_a_statement_alone_is_told_of_its_next_clause() -> None:
    """ "The headset weighs 450 grams" / "At 520g, the headset is heavier than rival devices": the weight opening
    the statement alone before its comma is the headset's, a conflict, where the value had no words of its own
    to be compared by (own528)."""
    assert _relations_between("own528", "The headset weighs", "At 520g") == [Relation.CONFLICT]


def test_thin_and_thick_measure_one_dimension() -> None:
    """ "The new model is 5.6 millimetres thick" / "At 5.6mm, the Air is thinner than any previous iPhone": two
    thicknesses, one measure, whatever else the words around them say (own1540)."""
    thick, thinner = (
        Reading(text, tokenize(text))
        for text in (
            "The new model is 5.6 millimetres thick.",
            "At 5.6mm, the Air is thinner than any previous iPhone.",
        )
    )
    assert agreeing_values(thick, thinner) is not None


def test_one_precise_figure_makes_two_statements_worth_judging_as_one_claim() -> None:
    """ "The union is demanding 15%" / "The airline has offered a pay increase of 9% spread over two years, while
    pilots want 15%": one precise figure given alike makes the pair worth judging however little else it shares,
    the same claim, where it was never judged (own869); such pairs are judged for one claim only, never set
    against each other ("0.98 percent" of two indexes)."""
    assert _relations_between("own869", "The union is demanding", "The airline has offered") == [Relation.SAME]


def test_divesting_is_selling_and_a_sale_is_not_revenue() -> None:
    """ "A US federal judge on Monday declined to order Google to sell its AdX advertising exchange" / "Google will
    not have to divest its AdX ad exchange, a federal judge ruled on Monday": divesting is selling, the same claim,
    where it was related (own1541); a sale of a thing is selling it, not "sales" (revenue). A sale offered is a
    sale tried: "Goldman is trying to sell the shares ..." / "Goldman offered the shares for sale ..." stay one
    claim."""
    assert _relations_between("own1541", "A US federal", "Google will not") == [Relation.SAME]
    tried = "Goldman is trying to sell the shares to institutional investors at $13.15 each, said the traders."
    offered = "Goldman offered the shares for sale to institutional investors at $13.15 each, said the traders."
    assert [m.relation for m in relate_pairs([tried], [offered])] == [Relation.SAME]


def test_overseeing_is_supervising() -> None:
    """ "The remedies will be overseen by a court-appointed monitor for five years" / "A monitor will supervise
    compliance for three years": overseeing is supervising, one monitor's term told two ways, a conflict, where
    the pair was unlinked (own1541)."""
    assert _relations_between("own1541", "The remedies", "A monitor") == [Relation.CONFLICT]


def test_a_number_in_a_camel_cased_name_counts_nothing() -> None:
    """ "Apple also introduced the iPhone 17 Pro, which has a larger battery ..." / "The starting price of the
    iPhone 17 Pro rose by $100 to $1,099": 17 is part of the phone's name, no count of "Pro" both give, so the
    two are no same claim, where they were one (own1540)."""
    assert read_values("Apple also introduced the iPhone 17 Pro, which has a larger battery.").quantities == ()
    assert Relation.SAME not in _relations_between("own1540", "Apple also", "The starting price")


def test_a_result_above_its_forecast_is_not_one_below_it() -> None:
    """ "Holvik Telecom reported a third-quarter net profit of 412 million euros, beating analysts' expectations" /
    "Holvik Telecom's third-quarter net profit came in at 412 million euros, below the 430 million analysts had
    expected": one figure, but above its forecast against below it, a conflict, where it was called the same claim
    (own1545), and so for the two headlines; a beat of one result and a miss of another are no conflict."""
    assert _relations_between("own1545", "Holvik Telecom reported", "Holvik Telecom's") == [Relation.CONFLICT]
    assert _relations_between("own1545", "Holvik Telecom profit", "Holvik profit misses") == [Relation.CONFLICT]
    two_results = relate_pairs(["Holvik revenue beat forecasts."], ["Holvik profit missed estimates."])
    assert [m.relation for m in two_results] != [Relation.CONFLICT]


def test_a_doer_named_with_what_of_it_acts_is_told_apart() -> None:
    """ "The release was announced by Lukashenko's press office" / "The US embassy announced the release before
    Belarusian officials": two doers of one deed, each named with what of it acted, two claims of who did it,
    where they were called one (own1544)."""
    assert Relation.SAME not in _relations_between("own1544", "The release was", "The US embassy")


def test_annual_payments_are_a_sum_a_year() -> None:
    """ "Britain will pay an average of £101 million a year for the lease" / "The annual payments will average £120
    million": annual payments are a sum a year, compared with the other's, a conflict, where the two were kept
    apart as a rate and a sum (own1547); an annual profit stays a year's whole."""
    assert _relations_between("own1547", "Britain will pay", "The annual") == [Relation.CONFLICT]
    assert [q.unit for q in read_values("Its annual profit was £120 million.").quantities] == ["GBP"]


def test_a_possible_thing_after_when_supposes_only_the_circumstance() -> None:
    """ "An Airbus A321 operated by Transavia made an emergency landing in Lyon ..." / "A Transavia Airbus A320
    diverted to Lyon on Sunday when a warning light indicated a possible engine fire": the diversion is told, the
    fire only supposed, and an A320 is no A321, a conflict, where the whole statement was taken as supposed
    (own1548)."""
    assert _relations_between("own1548", "An Airbus A321", "A Transavia Airbus") == [Relation.CONFLICT]


def test_a_police_count_before_while_organisers_is_the_polices() -> None:
    """ "Police estimated the crowd at 20,000, while organisers put it at more than 100,000" / "Police said about
    20,000 people took part": the 20,000 is the police's count, not the organisers', the same claim, where the two
    counts were kept apart (own1550)."""
    assert _relations_between("own1550", "Police estimated", "Police said about") == [Relation.SAME]


def test_the_mine_is_a_pit_not_a_pronoun() -> None:
    """ "The mine was operating without a licence" / "The mine held a valid mining licence, the ministry said":
    "the mine" is a pit, which both name, so the licence denied is the one the other tells, a conflict, where
    "mine" was read as a pronoun and the two shared nothing but the licence (own1553); "is mine" still owns."""
    assert _relations_between("own1553", "The mine was", "The mine held") == [Relation.CONFLICT]
    assert [t.meaningful for t in tokenize("The book is mine.") if t.surface == "mine"] == [False]


def test_weakened_is_not_little_changed() -> None:
    """ "The krona weakened slightly against the euro after the announcement" / "The krona was little changed after
    the decision": a move against none, a conflict, where the two were called the same claim (own1552)."""
    assert _relations_between("own1552", "The krona weakened", "The krona was") == [Relation.CONFLICT]


def test_a_sum_expected_to_total_is_a_forecast() -> None:
    """ "The company expects to book restructuring costs of 45 million euros" / "Restructuring charges are expected
    to total 60 million euros": both are the company's forecast, compared, a conflict, where only the first was
    read as one and the two were kept apart (own1557)."""
    assert _relations_between("own1557", "The company expects", "Restructuring charges") == [Relation.CONFLICT]


def test_one_released_is_not_still_held() -> None:
    """ "A third hostage, a Malian driver, was released at the same time" / "Their Malian driver is still being
    held": released against still held, a conflict, where it was related (own1555). Others held are no rival of
    those released: "Three other students are still being held" / "Fourteen students ... were released on Friday"
    (own901)."""
    assert _relations_between("own1555", "A third", "Their Malian") == [Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations_between("own901", "Three other", "Fourteen students")


def test_what_would_be_better_without_a_thing_denies_nothing() -> None:
    """ "Education Minister Mattias Tesfaye said pupils would concentrate better without their phones" supposes the
    phones gone, no denial: against "Pupils with medical needs will be allowed to keep their phones", no conflict,
    where it was one (own1558); and against "The education minister said the ban would improve concentration ...",
    the same claim."""
    assert Relation.CONFLICT not in _relations_between("own1558", "Pupils with medical", "Education Minister")
    assert _relations_between("own1558", "The education minister", "Education Minister") == [Relation.SAME]


def test_someone_taken_to_hospital_is_at_least_one() -> None:
    """ "No injuries were reported" / "A man was taken to hospital after a tree fell on his car": someone taken to
    hospital is at least one, against none, a conflict, where the pair was unlinked (own1559)."""
    assert _relations_between("own1559", "No injuries", "A man was") == [Relation.CONFLICT]


def test_falling_out_of_is_leaving_not_staying() -> None:
    """ "Imperial College London fell out of the top ten" / "Imperial College London stayed in the top ten, in eighth
    place": falling out of a thing is leaving it, staying's opposite, a conflict, where the two were called the same
    claim (own1562)."""
    assert _relations_between("own1562", "Imperial College", "Imperial College") == [Relation.CONFLICT]


def test_a_test_told_positive_is_not_told_negative() -> None:
    """ "Both drivers were tested for alcohol and the tests were negative" / "One of the drivers tested positive for
    alcohol, police said": a test's two results, a conflict, where the two were called the same claim (own1565)."""
    assert _relations_between("own1565", "Both drivers", "One of the drivers") == [Relation.CONFLICT]


def test_a_first_since_a_things_start_is_against_previous_ones() -> None:
    """ "It was the first tram collision on the network since it opened in 2007" / "The network has seen two
    previous collisions, in 2011 and 2019": a first counted from the network's opening is the first ever, and two
    previous collisions are earlier ones, a conflict, where it was related (own1565)."""
    assert _relations_between("own1565", "It was the first", "The network has") == [Relation.CONFLICT]


def test_a_spelled_percent_is_a_share_and_of_those_who_voted_how_they_voted() -> None:
    """ "Ninety-two percent of members who cast ballots backed strike action" is a share, as "92%" is, of how
    those who voted voted, no turnout: against "The strike mandate was supported by 88% of those who voted", a
    conflict, where it was related (own1567); against "Seventy-eight percent of eligible members took part in the
    vote", a turnout, none; "Turnout in the vote was 78%" / "Seventy-eight percent ... took part" is one claim."""
    assert _relations_between("own1567", "Ninety-two", "The strike mandate") == [Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations_between("own1567", "Ninety-two", "Seventy-eight")
    assert _relations_between("own1567", "Turnout in", "Seventy-eight") == [Relation.SAME]


def test_a_deed_not_done_for_some_days_is_done_after_them() -> None:
    """ "The zoo said it would not name the cub for 100 days, following Chinese tradition" / "Keepers plan to name
    the cub after 100 days, in line with Chinese custom": a negation over a stretch of days denies the deed only
    within it, no conflict, where it was one (own1570)."""
    assert Relation.CONFLICT not in _relations_between("own1570", "The zoo said", "Keepers plan")


def test_one_village_spelled_is_counted() -> None:
    """ "Wildfires broke out on the island of Evia, forcing the evacuation of three villages" / "A wildfire on Evia
    forced the evacuation of one village": one village is a count of villages, a conflict, where the two were called
    the same claim (own1571)."""
    assert _relations_between("own1571", "Wildfires broke", "A wildfire on") == [Relation.CONFLICT]


def test_the_age_someone_took_something_up_at_is_one_age() -> None:
    """ "Rao learned to play chess at the age of four" / "He started playing chess when he was six": the age a
    story's one beginning was told at, whoever each statement names, a conflict, where they were called the same
    claim (own1574)."""
    assert _relations_between("own1574", "Rao learned", "He started") == [Relation.CONFLICT]


def test_a_share_of_voters_who_voted_at_all_is_a_turnout() -> None:
    """ "Only about a third of eligible voters cast a ballot" is a turnout, "About 78% of voters said no" how they
    voted: no conflict between them, where there was one; against "Turnout was 43%", a conflict, where it was related
    (own1576)."""
    assert Relation.CONFLICT not in _relations_between("own1576", "About 78%", "Only about a third")
    assert _relations_between("own1576", "Turnout was", "Only about a third") == [Relation.CONFLICT]
    assert _relations_between("own1576", "About 78%", "The proposal was defeated") == [Relation.CONFLICT]


def test_no_one_fallen_ill_counts_none_ill() -> None:
    """ "No one has fallen ill, health officials said" counts none ill, as "No one was injured" counts none hurt:
    against "Three people have been treated in hospital for stomach illness", a conflict, where it was related
    (own1577)."""
    assert _relations_between("own1577", "Three people", "No one has") == [Relation.CONFLICT]


def test_not_a_single_one_denies_of_the_thing() -> None:
    """ "Not a single canton backed the proposal" denies the backing of cantons ("single" says how many, not what):
    against "Voters in the canton of Basel-City narrowly supported the initiative", a conflict, where it was related
    (own1576)."""
    assert _relations_between("own1576", "Not a single", "Voters in the canton") == [Relation.CONFLICT]


def test_one_sum_to_three_figures_is_one_record_prize() -> None:
    """ "Sinner collected a record prize of $5.07 million" / "The winner's cheque of $5.07 million is the biggest in
    tennis history": one sum written to three figures is one sum whatever words each sets around it, and a record
    prize claims the record the biggest does, the same claim, where it was none (own1578)."""
    assert _relations_between("own1578", "Sinner collected", "The winner's cheque") == [Relation.SAME]


def test_a_headline_breaking_a_record_claims_the_others_superlative() -> None:
    """ "Singapore boy, 10, breaks record as youngest grandmaster" / "Ten-year-old becomes youngest chess
    grandmaster in history": the record broken is the other's superlative, so the claim before "as" is no
    background alone, the same claim, where they were related (own1574)."""
    assert _relations_between("own1574", "Ten-year-old", "Singapore boy") == [Relation.SAME]


def test_a_height_is_no_distance_from_a_place() -> None:
    """ "The volcano lies about 800 km north-east of Addis Ababa" / "... throwing ash up to 14 km high": a height
    against a distance told by its way from a place, two measures, no conflict, where there was one (own1579)."""
    assert Relation.CONFLICT not in _relations_between("own1579", "The volcano lies", "Ethiopia's Hayli")


def test_what_lasted_is_what_each_clause_is_about() -> None:
    """ "The eruption lasted several hours" / "The eruption continued for more than two days": two durations after
    verbs of lasting are of what each clause is about, the eruption, a conflict, where they were related (own1579)."""
    assert _relations_between("own1579", "The eruption lasted", "The eruption continued") == [Relation.CONFLICT]


def test_a_sum_after_a_comma_is_of_the_words_before_it() -> None:
    """ "Bakkerij Jansen received the largest fine, 21 million euros" / "The largest penalty, of 17 million euros,
    went to Bakkerij Jansen": a sum right after a comma renames what stands before it, the largest fine, a
    conflict, where they were related (own1584)."""
    assert _relations_between("own1584", "Bakkerij Jansen received", "The largest penalty") == [Relation.CONFLICT]


def test_seasons_are_rivals_of_a_kind() -> None:
    """ "Police said the bus had been fitted with winter tyres" / "Investigators said the bus was still fitted with
    summer tyres": winter and summer are rivals of a kind, another claim, where they were called the same
    (own1583)."""
    assert Relation.SAME not in _relations_between("own1583", "Police said the bus", "Investigators said")


def test_two_of_them_seriously_against_all_only_lightly_hurt() -> None:
    """ "Fourteen children were injured, two of them seriously" counts two seriously injured, and "All of the
    children suffered only minor injuries" none: a conflict, where they were called the same claim (own1583)."""
    assert _relations_between("own1583", "Fourteen children", "All of the children") == [Relation.CONFLICT]


def test_escaping_a_fine_denies_it() -> None:
    """ "A fourth company, Broodhuis, escaped a fine because it reported the cartel" denies a fine, as "was spared a
    fine" would: against "Broodhuis, which blew the whistle on the cartel, was fined a reduced 2 million euros", no
    longer the same claim (own1584); "Five inmates escaped from a prison" denies nothing."""
    assert Relation.SAME not in _relations_between("own1584", "A fourth company", "Broodhuis, which")
    assert _relations_between("own1573", "Five inmates escaped", "Manhunt after") == [Relation.SAME]


def test_being_exempt_from_a_thing_denies_it() -> None:
    """ "Hospitals and schools will be exempt from the cuts" / "Hospitals will also be subject to the cuts": being
    exempt from the cuts denies them, a conflict, where they were called the same claim (own1586); exempt alone
    is no denial ("Residents of the area will be exempt" / "Local residents will not be exempt", own352)."""
    assert _relations_between("own1586", "Hospitals and schools", "Hospitals will also") == [Relation.CONFLICT]
    assert _relations_between("own352", "Residents of the area", "Local residents") == [Relation.CONFLICT]


def test_spelled_hundreds_and_a_million_are_counted() -> None:
    """ "Two hundred people were evacuated" counts 200, not two, and "two hundred and fifty" 250; "nearly a
    million people" counts a million, as "1 million" does: against "Around 800,000 people had been moved to
    storm shelters", a conflict, where it was related (own1141)."""
    (hundreds, two) = relate_pairs(
        ["Two hundred people were evacuated from the village.", "Two hundred and fifty people were evacuated."],
        ["Two people were evacuated from the village.", "About 250 people were evacuated."],
    )
    assert (hundreds.relation, two.relation) == (Relation.CONFLICT, Relation.SAME)
    assert "Two hundred / Two" in hundreds.why.text
    assert _relations_between("own1141", "Around 800,000", "Bangladesh evacuated") == [Relation.CONFLICT]


def test_only_one_counts_one() -> None:
    """ "Only one restaurant in France was promoted to three stars this year" counts one restaurant: against "This
    year's guide awarded three stars to two new restaurants in France", no longer the same claim (own1590)."""
    assert Relation.SAME not in _relations_between("own1590", "This year's guide", "Only one restaurant")


def test_no_mention_of_a_thing_denies_the_thing() -> None:
    """ "agreed a deal on Saturday that makes no mention of a roadmap to move away from fossil fuels" / "... an
    agreement that includes a commitment to draw up a roadmap for ending fossil fuel use": no mention of a roadmap
    denies the roadmap, a conflict, where they were none (own1588)."""
    assert _relations_between("own1588", "Negotiators at the", "The COP30 summit") == [Relation.CONFLICT]


def test_a_clause_opening_on_its_verb_is_said_of_the_opening() -> None:
    """ "The stadium, built in 1978, was renovated in 2015" / "The arena opened in 1981 and has never been
    renovated": the clause "was renovated in 2015" is said of the stadium the statement opens with, an arena is a
    stadium, and "never been renovated" denies it, a conflict, where they were related (own1589); so "Broodhuis,
    which blew the whistle on the cartel, was fined a reduced 2 million euros" is said of Broodhuis, against
    "escaped a fine" (own1584)."""
    assert _relations_between("own1589", "The stadium, built", "The arena opened") == [Relation.CONFLICT]
    assert _relations_between("own1584", "A fourth company", "Broodhuis, which") == [Relation.CONFLICT]


def test_counts_in_the_deed_a_statement_opens_with_are_two_groups() -> None:
    """ "Drinking more than six cups a day was linked to a higher risk" / "Drinking three cups of coffee daily was
    associated with a 12% lower risk": each count names whom its claim is about, two groups, no conflict, where
    there was one (own1539); one count given alike there stays one claim ("Walking 7,000 steps a day ..." /
    "People who walked 7,000 steps a day ...", own206)."""
    assert Relation.CONFLICT not in _relations_between("own1539", "Drinking more than", "Drinking three cups")
    assert _relations_between("own206", "Walking 7,000", "People who walked") == [Relation.SAME]


def test_a_total_after_an_owner_is_no_count_of_the_part() -> None:
    """ "Twelve of the company's 60 dancers are ill" counts twelve ill of 60 dancers, as "Five of the six crew
    members" counts five of six: against "Sixty of the company's dancers are ill", a conflict, where the 60 was read
    as 60 ill and the two were called the same claim."""
    (match,) = relate_pairs(
        ["Twelve of the company's 60 dancers are ill."], ["Sixty of the company's dancers are ill."]
    )
    assert match.relation is Relation.CONFLICT
    assert "Twelve / Sixty" in match.why.text


def test_a_measure_told_finer_in_one_unit_rounds_only_to_its_neighbours() -> None:
    """ "Kari Eide flew 254.5 metres" / "Kari Eide ... jumped 252 metres": written in one unit, 254.5 rounds to 254
    or 255 metres, not 252, a conflict, where they were called the same claim (own1596); "324.8 metres" is "325
    metres" rounded."""
    assert _relations_between("own1596", "Norwegian ski jumper", "Kari Eide of") == [Relation.CONFLICT]
    (tower,) = relate_pairs(["The tower is 324.8 metres tall."], ["The tower is 325 metres tall."])
    assert tower.relation is Relation.SAME


def test_a_first_since_someone_in_a_year_is_their_last_time() -> None:
    """ "It is the first papal visit to Lebanon since Benedict XVI in 2012" / "Benedict XVI was the last pope to
    visit Lebanon, in 2012": a first since the one who did it in a year is the last time told, the same claim, where
    they were related (own1594)."""
    assert _relations_between("own1594", "It is the first papal", "Benedict XVI was") == [Relation.SAME]


def test_winning_the_event_is_first_place() -> None:
    """ "Eide won the event, her first World Cup victory" is first place, against "Eide finished third in the
    competition overall", a conflict, where they were related (own1596)."""
    assert _relations_between("own1596", "Eide finished", "Eide won") == [Relation.CONFLICT]


def test_an_estimate_that_was_a_range_is_no_price() -> None:
    """ "The pre-sale estimate was $4 million to $6 million" tells what was expected, both ends of its range: against
    "A stegosaurus skeleton known as Ridge was sold for $38 million", no conflict, where there was one (own1599)."""
    assert Relation.CONFLICT not in _relations_between("own1599", "The pre-sale", "A stegosaurus skeleton")


def test_an_age_set_beside_what_someone_is_is_theirs() -> None:
    """ "The pilot, a 52-year-old man, was arrested at the airport" gives the pilot's age, as "The 47-year-old pilot"
    does: a conflict, where they were related (own1600)."""
    assert _relations_between("own1600", "The pilot, a 52", "The 47-year-old") == [Relation.CONFLICT]


def test_the_second_such_case_against_none_before() -> None:
    """ "It is the second such case at the airline this year" ranks a case ("such" says which), against "The airline
    said it had never had such a case before", a conflict, where they were related (own1600)."""
    assert _relations_between("own1600", "It is the second", "The airline said it had") == [Relation.CONFLICT]


def test_a_count_of_a_kind_named_past_a_joined_adjective() -> None:
    """ "About 150 long-finned pilot whales have stranded" counts whales, as "More than 200 pilot whales" does, not
    pilots: a conflict, where they were called the same claim (own1605)."""
    assert _relations_between("own1605", "About 150 long", "More than 200 pilot") == [Relation.CONFLICT]
    (count,) = read_values("About 150 long-finned pilot whales have stranded.").quantities
    assert count.label == "whales"


def test_most_of_a_thing_is_more_than_half_of_it() -> None:
    """ "Most growers in the region are insured" / "Fewer than one in five growers has insurance", "who lost most
    of her crop" / "had lost about a quarter of her crop": more than half of a thing against less than a fifth or a
    quarter of it, conflicts, where they were called the same claim (own1603); "Most of the cases were in children"
    / "The majority of cases were among young children" agree (own707). Of what "most of them" is, or a share of
    another thing ("Most of the victims were pensioners" / "monthly returns as high as 25%"), no conflict."""
    assert _relations_between("own1603", "Most growers in", "Fewer than one") == [Relation.CONFLICT]
    assert _relations_between("own1603", '"We have never', "Grower Anne Morel") == [Relation.CONFLICT]
    assert _relations_between("own707", "Most of the cases", "The majority of cases") == [Relation.SAME]
    victims, jobs = relate_pairs(
        ["Most of the victims were pensioners.", "The carmaker will cut 3,000 jobs, most of them in Sweden."],
        ["Victims were offered monthly returns as high as 25%.", "The cuts are about 7% of the carmaker's workforce."],
    )
    assert victims.relation is not Relation.CONFLICT
    assert jobs.relation is not Relation.CONFLICT
    assert Kind.PERCENT not in {q.kind for q in read_values("He is most likely to win the most votes.").quantities}
    assert read_values("Pinot noir vines suffered the most damage most of the time.").quantities == ()


def test_a_deficit_faced_is_one_forecast() -> None:
    """ "the orchestra faced a deficit of 1.2 million euros this year" is a forecast, as "the orchestra expected a
    deficit of 800,000 euros this year" is: a conflict, where the expected sum was compared only with other forecasts
    and the two were related (own1604)."""
    assert _relations_between("own1604", "Board chairman", "Board chairman") == [Relation.CONFLICT]


def test_the_time_someone_led_a_body_is_a_tenure() -> None:
    """ "led the orchestra for eight years and took it on its first tour of Japan in 2023" / "had been in charge of
    the orchestra for six years": one tenure told two ways, whatever else either counts or dates, a conflict where
    they were related (own1604); "retiring after 12 years in charge" / "who led the company for a decade", a
    conflict where they were related (own526)."""
    assert _relations_between("own1604", "Marwick, 54", "The 54-year-old") == [Relation.CONFLICT]
    assert _relations_between("own526", "She replaces", "Sund, who led") == [Relation.CONFLICT]


def test_dismissing_ones_own_director_is_a_sacking() -> None:
    """ "The Halden Philharmonic Orchestra has dismissed its music director" sacks her, as "dismissed chief
    executive Erik Lindgren" does: against "Conductor Elena Marwick resigns", a conflict, where "dismissed" was read
    as a denial and the two were called the same claim (own1604); "dismissed its claims" stays a denial."""
    assert _relations_between("own1604", "Conductor Elena", "The Halden Philharmonic Orchestra has") == [
        Relation.CONFLICT
    ]
    (claims,) = relate_pairs(["The company dismissed its critics' claims."], ["The company rejected the claims."])
    assert claims.relation is Relation.SAME


def test_a_forecast_denied_denies_the_deed_forecast() -> None:
    """ "prices were not expected to rise" denies the rise forecast, against "The board said the losses would push
    up the price" (to push up a price is to raise it): a conflict, where the negation was read as of the
    expecting and the two were related (own1603)."""
    assert _relations_between("own1603", "The board said the losses", "The wine board said prices") == [
        Relation.CONFLICT
    ]
    (alike,) = relate_pairs(["The board said prices would not rise."], ["Prices were not expected to rise."])
    assert alike.relation is not Relation.CONFLICT


def test_no_time_to_do_a_thing_denies_it() -> None:
    """ "Many growers ... had no time to light fires in their vineyards" denies the lighting, against "Growers lit
    thousands of candles and small fires": a conflict, where the "no" was read as denying the time and the two were
    related (own1603)."""
    assert _relations_between("own1603", "Growers lit", "Many growers were") == [Relation.CONFLICT]
    (alike,) = relate_pairs(["Growers had no chance to light fires."], ["Growers did not light fires."])
    assert alike.relation is not Relation.CONFLICT


def test_escaping_damage_denies_it() -> None:
    """ "Vineyards in Chablis escaped serious damage" denies the damage, as "escaped injury" denies the injury:
    against "Vineyards in Chablis were badly damaged", a conflict, where they were called the same claim (the pair
    own1603 A8 tells it against "among the worst-affected areas", which is not read as damage)."""
    (damage,) = relate_pairs(
        ["Vineyards in Chablis escaped serious damage."], ["Vineyards in Chablis were badly damaged."]
    )
    assert damage.relation is Relation.CONFLICT
    (prison,) = relate_pairs(["He escaped from a prison in Ohio."], ["He escaped from an Ohio prison."])
    assert prison.relation is Relation.SAME


def test_what_is_left_open_ends_with_its_clause() -> None:
    """ "a terrorist motive could not be ruled out and the security service had joined the investigation" leaves a
    terrorist motive open, what precedes it, not the security service that follows the "and": against "Police said
    they had ruled out terrorism", a conflict, where they were called the same claim (own1607)."""
    assert _relations_between("own1607", "Police said they had", "Police said a terrorist") == [Relation.CONFLICT]


def test_a_suspect_arrested_is_not_one_killed() -> None:
    """ "Police shoot dead knife attacker at Leeds station" / "Man arrested after stabbing at Leeds station": the
    attacker killed against the attacker arrested, a conflict, where they were called the same claim (own58); "The
    suspected gunman" opens with the gunman, so "The gunman was arrested at the scene" / "The suspected gunman was
    shot dead by police" is one too."""
    assert _relations_between("own58", "Police shoot dead", "Man arrested") == [Relation.CONFLICT]
    (gunman,) = relate_pairs(
        ["The gunman was arrested at the scene."], ["The suspected gunman was shot dead by police."]
    )
    assert gunman.relation is Relation.CONFLICT


def test_no_other_denies_only_those_beyond() -> None:
    """ "No other climbers have needed rescuing on the Eiger this year" denies rescues besides the one told, as "no
    further arrests" does: against "Two climbers rescued from Eiger north face", no conflict, where there was one
    (own1609)."""
    assert Relation.CONFLICT not in _relations_between("own1609", "Two climbers rescued", "No other climbers")


def test_nights_spent_are_a_stretch_of_time() -> None:
    """ "stranded on the north face of the Eiger for two nights were rescued" tells two nights, a stretch of time, not
    two more people rescued: against "after they spent three nights stuck on the mountain", a conflict, where they
    were called the same claim (own1609)."""
    assert _relations_between("own1609", "Two Italian climbers", "Rescuers lifted") == [Relation.CONFLICT]
    (stay,) = read_values("They were stranded for two nights.").quantities
    assert (stay.kind, stay.value) == (Kind.DURATION, 2.0)


def test_a_member_named_past_what_it_is_abstained_or_voted() -> None:
    """ "The junior coalition party NSC voted with the government" / "Lawmakers from the coalition party NSC
    abstained": the member is named past the words that say what it is, one vote cast two ways, a conflict, where
    they were called the same claim (own1614)."""
    assert _relations_between("own1614", "The junior coalition", "Lawmakers from the coalition") == [Relation.CONFLICT]


def test_people_moved_out_of_their_homes_are_the_evacuated() -> None:
    """ "Around 160 residents of Madeira have been moved out of their homes" counts the evacuated, as "forced the
    evacuation of ..." does: a conflict where the figures differ, where they were related (own377)."""
    assert _relations_between("own377", "A wildfire on the Portuguese", "Around 160 residents") == [Relation.CONFLICT]
    (moved,) = read_values("About 100 residents were moved out of their homes overnight.").quantities
    assert (moved.unit, moved.value) == ("evacuated", 100.0)


def test_one_dead_with_others_hurt_is_the_only_death() -> None:
    """ "A Brazilian tourist died and several others were hurt" tells one death, the others hurt: against "Two
    Brazilian tourists were killed and 11 other people injured", a conflict, where "A ... tourist died" was read as
    at least one and the two were called the same claim (own1615); "A guard was shot" alone stays at least one."""
    assert _relations_between("own1615", "Two Brazilian", "A Brazilian tourist") == [Relation.CONFLICT]
    (guard,) = relate_pairs(["A guard was shot during the robbery."], ["Two guards were shot during the robbery."])
    assert guard.relation is not Relation.CONFLICT


def test_who_reports_a_statement_asserts_nothing_against_a_denial() -> None:
    """ "A power cut left the whole of Montevideo without electricity ..., the state power company UTE said": the
    closing clause names who says it, no power it has, so it does not assert what "Montevideo blackout leaves 1.3
    million without power" denies; the same claim, where they were called a conflict (own1617)."""
    assert _relations_between("own1617", "A power cut left", "Montevideo blackout") == [Relation.SAME]


def test_a_vessels_people_counted_with_on_board_are_those_aboard() -> None:
    """ "An Indonesian navy submarine with 52 crew members on board went missing" counts those aboard, as "with 53 on
    board" does, whatever befell the vessel: a conflict, where the 52 were read as missing and the two were called
    the same claim (own1619)."""
    assert _relations_between("own1619", "An Indonesian navy", "Indonesia searches") == [Relation.CONFLICT]
    (aboard,) = read_values("A ferry carrying about 300 passengers on board sank on Sunday.").quantities[-1:]
    assert aboard.unit == "aboard"


def test_an_oil_slick_is_a_spill() -> None:
    """ "An oil spill was spotted near the site of the dive" / "No oil slick or debris has been found": a slick is
    the spill seen on the water, so the denial meets it, a conflict, where the two were not linked (own1619)."""
    assert _relations_between("own1619", "An oil spill", "No oil slick") == [Relation.CONFLICT]


def test_a_toll_told_of_a_compound_of_the_others_word_is_of_one_event() -> None:
    """ "Six missing after superyacht capsizes off Palermo" tells its toll of an event the other names too ("Yacht
    sinks off Sicily in storm, seven missing": a superyacht is a yacht), not of one of its own: a conflict, where
    the six were read as a part of the seven and the two were called the same claim (own1622)."""
    assert _relations_between("own1622", "Yacht sinks", "Six missing") == [Relation.CONFLICT]


def test_hens_are_chickens() -> None:
    """ "100,000 chickens to be culled" / "Dutch authorities cull 85,000 hens": one count of one kind of bird, a
    conflict, where the two counts were of two things and the headlines were called the same claim (own1623)."""
    assert _relations_between("own1623", "Bird flu found", "Dutch authorities") == [Relation.CONFLICT]


def test_denying_the_charges_against_admitting_the_accusations() -> None:
    """ "Dahl, 58, denied all the charges" / "The 58-year-old admitted some of the accusations": each names the
    claims beside its word, in words of their own, a conflict, where the two were not linked (own1621)."""
    assert _relations_between("own1621", "Dahl, 58, denied", "The 58-year-old") == [Relation.CONFLICT]


def test_an_age_told_after_retiring_is_the_opening_persons() -> None:
    """ "Petra Novak, the former world number one, announced her retirement ... at the age of 33", "Former world
    number one Petra Novak retires from tennis at 33" and "Two-time Grand Slam champion Petra Novak has retired
    from tennis aged 34" each give Novak's age, the person the statement opens on: conflicts, where no age was read
    and the two were called the same claim or related (own1624)."""
    assert _relations_between("own1624", "Petra Novak, the former", "Two-time Grand Slam") == [Relation.CONFLICT]
    assert _relations_between("own1624", "Former world number one", "Two-time Grand Slam") == [Relation.CONFLICT]
    (clock,) = read_values("The company quit at 3pm.").quantities
    assert clock.kind is Kind.CLOCK


def test_a_killing_a_suspect_is_held_for_is_no_rival_of_the_arrest() -> None:
    """ "Man arrested over murder of Antwerp jeweller" / "Suspect held in Antwerp jeweller killing": the killing is
    the crime the suspect is held for, not a suspect killed, so one claim, where "arrested / killing" was called a
    conflict (own1629); "Police shoot dead knife attacker" / "Man arrested after stabbing" stays one (own58)."""
    assert _relations_between("own1629", "Man arrested over", "Suspect held") == [Relation.SAME]
    assert _relations_between("own58", "Police shoot dead", "Man arrested") == [Relation.CONFLICT]


def test_a_negator_after_and_opens_a_clause_of_its_own() -> None:
    """ "Prosecutors said the man acted alone and no one else is being sought" denies that anyone besides the man is
    sought, which "A second suspect is still being sought" asserts: a conflict, where the two were related
    (own1629); "The rally was peaceful and no arrests were made" / "Police detain dozens at Tbilisi election
    protest" too (own109). "No one else has been arrested" denies no arrest another statement tells (own669)."""
    assert _relations_between("own1629", "A second suspect", "Prosecutors said the man acted") == [Relation.CONFLICT]
    assert Relation.CONFLICT in _relations_between("own109", "The rally was peaceful", "Police detain")
    assert Relation.CONFLICT not in _relations_between("own669", "Man arrested over", "No one else")


def test_a_first_time_against_a_second_time() -> None:
    """ "It will be the first time Brooks has hosted a major awards show" / "Maya Brooks will host the Golden Globes
    for a second time": a deed done again was done before, so not for the first time, a conflict, where the two
    were related (own1627)."""
    assert _relations_between("own1627", "It will be the first", "Maya Brooks will host") == [Relation.CONFLICT]


def test_a_sum_a_product_is_unveiled_at_is_its_price() -> None:
    """ "Fairphone unveils Fairphone 6 at 499 euros" gives its price, as "the Fairphone 6, will cost 549 euros" does:
    a conflict, where the two sums were of two things and the pair was not linked (own1628)."""
    assert _relations_between("own1628", "Fairphone unveils", "Fairphone's latest") == [Relation.CONFLICT]


def test_none_of_a_group_counts_none() -> None:
    """ "None of the herd survived" counts none who survived, as "No one survived" does: against "Two other cows
    survived with burns", a conflict, where the two were related (own1631); "None of the children who died had been
    vaccinated" counts no dead."""
    assert _relations_between("own1631", "Two other cows", "None of the herd") == [Relation.CONFLICT]
    assert read_values("None of the children who died had been vaccinated.").quantities == ()
    (hurt,) = read_values("None of the passengers was hurt.").quantities[:1]
    assert (hurt.unit, hurt.value) == ("injured", 0.0)


def test_a_count_of_deeds_since_a_year_is_done_before() -> None:
    """ "The museum has returned 14 works to the heirs of Jewish owners since 2018" tells the deed done before, against
    "It is the first time the Rijksmuseum has returned a work ... to the heirs of a Jewish owner": a conflict, where
    the two were related (own1632)."""
    assert _relations_between("own1632", "The museum has returned", "It is the first time") == [Relation.CONFLICT]


def test_agreeing_to_a_plan_against_fighting_it() -> None:
    """ "The union IG Metall said it had agreed to the plan" / "IG Metall said it would fight the cuts": one union
    agreeing to what the other says it will fight, a conflict, where the two were not linked (own1634)."""
    assert _relations_between("own1634", "The union IG", "IG Metall said") == [Relation.CONFLICT]


def test_forced_layoffs_are_compulsory_redundancies() -> None:
    """ "there will be no forced layoffs" rules out what "The company did not rule out compulsory redundancies" leaves
    open (redundancies are layoffs, forced ones compulsory): a conflict, where the two were not linked (own1634);
    "no compulsory redundancies" / "did not rule out compulsory layoffs" too (own243)."""
    assert _relations_between("own1634", "The cuts will be made", "The company did not") == [Relation.CONFLICT]
    assert _relations_between("own243", "Velto said there would", "The company did not rule out") == [Relation.CONFLICT]


def test_a_denial_of_the_time_before_the_event_denies_nothing_of_it() -> None:
    """ "No sharks had been seen in the area before the attack" denies sightings before the story's event, not the
    shark of "Shark attack kills swimmer off Sydney beach": no conflict, where there was one (own1636); against
    "Fishermen had reported seeing a large shark in the area earlier that day", one stays."""
    assert Relation.CONFLICT not in _relations_between("own1636", "Shark attack kills", "No sharks had")
    assert _relations_between("own1636", "Fishermen had reported", "No sharks had") == [Relation.CONFLICT]


def test_a_statement_opening_on_nearby_things_opens_on_the_things() -> None:
    """ "Nearby beaches were closed" opens with the beaches, as "Beaches in the area will stay open" does: the
    opposites are said of one thing, a conflict, where the two were not linked (own1636)."""
    assert _relations_between("own1636", "Nearby beaches", "Beaches in the area") == [Relation.CONFLICT]


def test_a_decision_put_off_is_not_one_taken() -> None:
    """ "EU trade ministers postponed a vote on the deal until next month" / "EU ministers approved the trade deal
    later on Thursday": a conflict, where the two were called the same claim (own1638)."""
    assert _relations_between("own1638", "EU trade ministers", "EU ministers approved") == [Relation.CONFLICT]


def test_the_age_of_the_one_who_died_is_the_victims() -> None:
    """ "A 12-year-old boy was killed" / "A 14-year-old girl died": each age is the victim's, however each describes
    them, a conflict, where the ages were of a boy and of a girl and the two were related (own1640); "A 57-year-old
    man was killed by a shark" / "A swimmer in his 40s died" too (own1636). An age of someone else stays theirs."""
    assert _relations_between("own1640", "A 12-year-old", "A 14-year-old") == [Relation.CONFLICT]
    assert _relations_between("own1636", "A 57-year-old", "A swimmer in his") == [Relation.CONFLICT]
    (arrested,) = read_values("The 57-year-old man was arrested.").quantities
    assert arrested.unit == "age:man"


def test_a_rank_against_a_count_so_far() -> None:
    """ "It is the second heatwave to hit Greece this summer" / "Greece has now had three heatwaves since June": the
    count so far, this one included, is three, not two, a conflict, where the two were related (own1641)."""
    assert _relations_between("own1641", "It is the second", "Greece has now") == [Relation.CONFLICT]
    (alike,) = relate_pairs(
        ["It is the third heatwave to hit Greece this summer."], ["Greece has now had three heatwaves since June."]
    )
    assert alike.relation is not Relation.CONFLICT


def test_none_of_them_seriously_after_a_count_of_the_hurt() -> None:
    """ "injuring eight people, none of them seriously" counts none seriously injured, as "Nine people were hurt,
    none seriously" does: against "Two of the injured are in a serious condition", a conflict, where the two were
    related (own1646)."""
    assert _relations_between("own1646", "Two of the injured", "A train left") == [Relation.CONFLICT]


def test_a_forecast_kept_against_one_moved() -> None:
    """ "The company kept its forecast for the full year" / "The group lowered its full-year profit forecast": one
    forecast kept and moved, a conflict, where the two were called the same claim (own1648; own622's "raised its
    outlook" too). What one keeps must be what the other moves: a forecast kept while shares rise, a sales crown
    kept while sales fell, or a fee kept against a plan to cut it rejected, are no opposites."""
    assert _relations_between("own1648", "The company kept", "The group lowered") == [Relation.CONFLICT]
    assert _relations_between("own622", "Siemens kept", "The company raised") == [Relation.CONFLICT]
    unopposed = relate_pairs(
        ["Halvorsen kept its forecast for the full year unchanged.", "Toyota keeps global sales crown"],
        ["Halvorsen shares rose 5% in Oslo.", "Toyota's global sales fell 2% from the previous year."],
    )
    assert all(match.relation is not Relation.CONFLICT for match in unopposed)
    (rejected,) = relate_pairs(
        ["Swiss voters reject plan to cut TV licence fee"], ["Swiss keep licence fee as broadcaster cuts plan fails"]
    )
    assert rejected.relation is not Relation.CONFLICT


def test_a_fire_under_control_against_one_out_of_control() -> None:
    """ "The blaze is now 80% under control" / "Officials said the flames were still out of control on Sunday
    evening": a fire under control is not out of control, a conflict, where the two were not even judged: the
    second's subject, past who speaks, is the flames, and the pair opening on one subject is read closely
    (own1649). Control taken of something else is no rival."""
    assert _relations_between("own1649", "The blaze is now", "Officials said the flames") == [Relation.CONFLICT]
    (elsewhere,) = relate_pairs(
        ["Rebels took control of the town on Sunday."], ["Officials said the flames were still out of control."]
    )
    assert elsewhere.relation is not Relation.CONFLICT


def test_a_fire_set_on_purpose_against_one_started_by_lightning_or_by_mishap() -> None:
    """ "The fire ... is believed to have been set deliberately" / "Police said the fire was caused by a lightning
    strike": a fire set on purpose was not started by lightning, nor by a spark or a cigarette, a conflict, where
    the two were not even judged (own1649; own53, own152, own422, own776, own1003 and own1533 too). A kind left open
    or denied ("did not suspect arson") tells none, and two events ("accidentally shot" / "struck by lightning")
    have no one cause."""
    assert _relations_between("own1649", "The fire started", "Police said the fire") == [Relation.CONFLICT]
    assert _relations_between("own53", "Investigators said", "Authorities have arrested") == [Relation.CONFLICT]
    assert _relations_between("own152", "The fire has burned more than", "Investigators believe the fire") == [
        Relation.CONFLICT
    ]
    unopposed = relate_pairs(
        ["Police said they did not suspect arson in the fire.", "Durst accidentally shot Black in the face."],
        ["Investigators said the fire was started by a lightning strike.", "A firefighter was struck by lightning."],
    )
    assert all(match.relation is not Relation.CONFLICT for match in unopposed)


def test_a_district_named_after_the_event_is_where_it_was() -> None:
    """ "A wildfire in the Leiria district has forced the evacuation of six villages" / "Residents of four villages
    were told to leave their homes": the district is where the fire is, so six villages are the event's count, not
    the district's share of it, a conflict with four, where the two were not judged (own1649)."""
    assert _relations_between("own1649", "A wildfire in the Leiria", "Residents of four") == [Relation.CONFLICT]
    (counted,) = read_values("The floods killed 12 people in Sunamganj district.").quantities
    assert counted.scoped  # the district's share of the toll


def test_a_day_of_one_month_against_another_month() -> None:
    """ "She takes office on December 1" / "She will take office in January": a day of December is not in January,
    one event told in two months, a conflict, where the two were called the same claim (own1651; own794's "begins in
    Houston on April 28" / "will kick off in Houston on May 2" too). A day of the month the other names is one."""
    assert _relations_between("own1651", "She takes office", "She will take office") == [Relation.CONFLICT]
    (alike,) = relate_pairs(["She takes office on January 8."], ["She will take office in January."])
    assert alike.relation is Relation.SAME


def test_spans_of_years_that_overlap_with_neither_end_alike() -> None:
    """ "The recall affects vehicles built between 2021 and 2023" / "The affected cars were made between 2020 and
    2022": one span told two ways, a conflict, where the two were called the same claim (own1652; own548 too). Two
    spans with no year in common may be of two things."""
    assert _relations_between("own1652", "The recall affects", "The affected cars") == [Relation.CONFLICT]
    (apart,) = relate_pairs(
        ["The recall affects vehicles built between 2015 and 2017."],
        ["The recall affects vehicles built between 2020 and 2022."],
    )
    assert apart.relation is not Relation.CONFLICT


def test_no_accidents_against_a_count_of_them() -> None:
    """ "No accidents or injuries linked to the problem have been reported" / "The company said it was aware of
    three minor accidents": none against three, a conflict, where the two were related (own1652). None of one
    mishap says nothing of another."""
    assert _relations_between("own1652", "No accidents or", "The company said it was") == [Relation.CONFLICT]
    (other,) = relate_pairs(["No accidents have been reported."], ["The company received three complaints."])
    assert other.relation is not Relation.CONFLICT


def test_a_first_win_against_one_won_earlier_in_the_year() -> None:
    """ "It was Kiptoo's first marathon win" / "Kiptoo had won the Tokyo Marathon in March": a deed told in the past
    perfect at an earlier time was done before, a conflict, where the two were related (own1654)."""
    assert _relations_between("own1654", "It was Kiptoo's", "Kiptoo had won") == [Relation.CONFLICT]
    (other,) = relate_pairs(["It was Kiptoo's first marathon win."], ["Kiptoo had trained in Iten since March."])
    assert other.relation is not Relation.CONFLICT


def test_a_record_broken_against_one_missed() -> None:
    """ "Kenyan Kiptoo breaks Berlin marathon course record" / "Daniel Kiptoo of Kenya won the Berlin Marathon in
    2:02:07 on Sunday, the fastest time of the year but outside the course record": broken and missed, a conflict,
    where the two were called the same claim (own1654). A course record broken and a world record missed are two
    records."""
    assert _relations_between("own1654", "Kenyan Kiptoo breaks", "Daniel Kiptoo of Kenya") == [Relation.CONFLICT]
    (two_records,) = relate_pairs(
        ["Kiptoo broke the Berlin course record on Sunday."],
        ["Kiptoo won in Berlin on Sunday but missed the world record."],
    )
    assert two_records.relation is not Relation.CONFLICT


def test_an_opposite_said_of_the_subject_after_a_modal_verb() -> None:
    """ "Kaufring said all stores would remain open" / "Twelve stores will close immediately": what a subject will or
    can do is said of it as what it is or remains ("Schools remained open"), a conflict, where the two were not
    judged apart (own1224); so too "The ruling halts work on the fields" / "Work on the fields can continue"."""
    assert _relations_between("own1224", "Kaufring said all", "Twelve stores") == [Relation.CONFLICT]
    (halted,) = relate_pairs(
        ["The ruling halts work on the fields until new assessments are made."],
        ["Work on the fields can continue while the case is appealed, the court said."],
    )
    assert halted.relation is Relation.CONFLICT


def test_the_infected_are_counted_as_the_ill() -> None:
    """ "Measles outbreak in Romanian county sickens 140 children" / "A measles outbreak in Cluj county has infected
    95 people": those sickened and those infected are one count of the ill, a conflict, where neither count was
    read (own1655; own146's "Norovirus outbreak sickens 300 on cruise ship" / "180 fall ill" too)."""
    assert _relations_between("own1655", "Measles outbreak in", "A measles outbreak") == [Relation.CONFLICT]
    assert _relations_between("own146", "Norovirus outbreak", "180 fall ill") == [Relation.CONFLICT]


def test_a_rank_told_in_an_apposition() -> None:
    """ "won the Booker Prize ... for her debut novel" / "has won the Booker Prize for 'The Salt Year', her second
    novel": a rank told after a comma is the thing's rank too, and a debut is a first, a conflict, where the two
    were called the same claim (own1658)."""
    assert _relations_between("own1658", "Irish writer Niamh", "Niamh Kelly has won") == [Relation.CONFLICT]
    (ranked,) = read_values("Kelly won for 'The Salt Year', her second novel, on Tuesday.").quantities[-1:]
    assert (ranked.unit, ranked.value) == ("novel ranked", 2.0)


def test_a_unanimous_choice_against_a_split_vote_told_in_words() -> None:
    """ "The judges chose the book unanimously, the chair of the panel said" / "The chair of the judges said the
    decision had been reached after a long debate and a split vote": a conflict, where the two were related
    (own1658)."""
    assert _relations_between("own1658", "The judges chose", "The chair of the judges") == [Relation.CONFLICT]


def test_two_days_a_thing_was_found_out() -> None:
    """ "The company discovered the breach on Monday" / "The attack was detected last Friday": a thing is found out
    once, as it begins once, so two days are a conflict, where the two were related (own1657)."""
    assert _relations_between("own1657", "The company discovered", "The attack was detected") == [Relation.CONFLICT]


def test_two_towns_for_the_one_hospital() -> None:
    """ "A fourth passenger, a 12-year-old boy, was flown to hospital in Turin" / "A child was airlifted to a
    hospital in Aosta": where the story's injured was taken is one fact, a conflict, where the two were not judged
    (own1656; own817, own832, own1273 and own1392's "died at the Albert Einstein hospital in São Paulo" / "passed
    away at a hospital in Rio de Janeiro" too). An article naming several hospitals' towns may tell of several
    people: none of them is paired for it."""
    assert _relations_between("own1656", "A fourth passenger", "A child was") == [Relation.CONFLICT]
    assert _relations_between("own1392", "He died at", "He passed away") == [Relation.CONFLICT]
    left = _article(
        "Two hikers were hurt.\n\nOne was flown to hospital in Visp.\n\nThe other was taken to hospital in Brig."
    )
    right = _article("Two hikers were hurt on Sunday.\n\nA woman was taken to hospital in Visp.")
    assert _called(left, right, Relation.CONFLICT) == set()


def test_two_journals_for_the_one_study() -> None:
    """ "The discovery was published in the journal ZooKeys" / "The findings appear in the journal Zootaxa": the
    journal a story's study appeared in is one fact, as the hospital its injured were taken to is, a conflict, where
    the two were not judged (own1660; own1556, own1032, own656 and own797 too)."""
    assert _relations_between("own1660", "The discovery was published", "The findings appear") == [Relation.CONFLICT]
    assert _relations_between("own656", "The study was published", "It appeared in") == [Relation.CONFLICT]


def test_a_rank_against_a_count_so_far_this_year() -> None:
    """ "It is the third bear attack in Slovakia this year" / "Slovakia has recorded five bear attacks on people so
    far this year": the count so far, this one included, is five, not three, a conflict, where the two were related
    (own1663). A count of three so far is the rank's."""
    assert _relations_between("own1663", "It is the third bear", "Slovakia has recorded") == [Relation.CONFLICT]
    (alike,) = relate_pairs(
        ["It is the third bear attack in Slovakia this year."],
        ["Slovakia has recorded three bear attacks on people so far this year."],
    )
    assert alike.relation is not Relation.CONFLICT


def test_a_first_since_a_month_against_the_last_time_in_another() -> None:
    """ "Etna last erupted in August" / "It was Etna's first eruption since May": months of one year compared as
    years are, a conflict, where the two were related (own1665; own985's "first rate rise since July" / "last raised
    rates in March" too). The same month is one claim."""
    assert _relations_between("own1665", "Etna last erupted", "It was Etna's first") == [Relation.CONFLICT]
    assert _relations_between("own985", "It was the bank's first", "The BOJ last raised") == [Relation.CONFLICT]
    (alike,) = relate_pairs(["Etna last erupted in August."], ["It was Etna's first eruption since August."])
    assert alike.relation is not Relation.CONFLICT


def test_a_headline_backing_what_the_other_rejects() -> None:
    """ "Swiss voters reject motorway expansion" / "Swiss narrowly back motorway upgrade": a headline's "back" is
    support, said beside what the other rejects, a conflict, where the two were called the same claim (own1670;
    own789 too). "Back" beside nothing the other rejects is no rival."""
    assert _relations_between("own1670", "Swiss voters reject", "Swiss narrowly") == [Relation.CONFLICT]
    assert _relations_between("own789", "Swiss voters reject", "Swiss narrowly") == [Relation.CONFLICT]
    (elsewhere,) = relate_pairs(["Voters reject motorway expansion."], ["The minister came back from Bern."])
    assert elsewhere.relation is not Relation.CONFLICT


def test_a_sum_given_against_one_not_yet_estimated() -> None:
    """ "Insurers estimate the damage at around 200 million euros" / "Insurers said it was too early to estimate the
    cost of the damage": a conflict, where the two were called the same claim (own1669). A sum of another thing is
    no answer."""
    assert _relations_between("own1669", "Insurers estimate", "Insurers said") == [Relation.CONFLICT]
    (other,) = relate_pairs(
        ["The city will spend 5 million euros on new bus shelters."],
        ["Insurers said it was too early to estimate the cost of the damage."],
    )
    assert other.relation is not Relation.CONFLICT


def test_a_share_voting_against_is_no_turnout() -> None:
    """ "Swiss voters on Sunday rejected a government plan ..., with 52.7% voting against" / "About 45 percent of
    voters took part": a share told by the choice after it is how they voted, not how many voted, so no conflict
    with a turnout, where the two were one (own1670)."""
    assert Relation.CONFLICT not in _relations_between("own1670", "Swiss voters on", "About 45 percent")
    (share,) = read_values("The plan passed with 50.8% in favour.").quantities
    assert "vote" in share.context


def test_charges_denied_against_part_of_them_admitted() -> None:
    """ "He had denied the charges" / "He admitted part of the charges during the trial": the charges are what both
    are said of, past the part one names, a conflict, where the two were related (own1668)."""
    assert _relations_between("own1668", "He had denied", "He admitted") == [Relation.CONFLICT]


def test_an_appeal_still_considered_against_one_decided() -> None:
    """ "His lawyer said he would appeal" / "His lawyer said he was considering an appeal": a decision still weighed
    is not yet taken, a conflict, where the two were related (own1668; own467, own773 and own494 too)."""
    assert _relations_between("own1668", "His lawyer said he would", "His lawyer said he was") == [Relation.CONFLICT]
    assert _relations_between("own773", "Prosecutors said", "The Crown Prosecution") == [Relation.CONFLICT]


def test_core_inflation_is_no_rival_of_the_whole_named_with_its_place() -> None:
    """ "Core inflation, which excludes energy and food, eased to 2.5%" / "Euro zone inflation eases to 2.1%": the
    whole and one of its kinds are two figures, whatever else the other says of the measure, where the two were
    a conflict (own1678)."""
    assert Relation.CONFLICT not in _relations_between("own1678", "Core inflation, which", "Euro zone")


def test_fair_weather_against_foul_at_the_time() -> None:
    """ "Strong winds were blowing in the area at the time" / "The sea was calm when the ferry hit the rocks": the
    weather a story's event happened in is one fact, a conflict, where the two were not judged (own1647; own1677's
    "Heavy rain was falling" / "The weather was clear", own79's "sank in bad weather" / "capsized in calm seas",
    called the same claim, and six more). An article telling the weather twice may tell of two times: none of its
    statements is paired for it."""
    assert _relations_between("own1647", "Strong winds", "The sea was calm") == [Relation.CONFLICT]
    assert _relations_between("own79", "The ferry sank in bad", "The ferry capsized") == [Relation.CONFLICT]
    left = _article("Ferry sinks\n\nThe sea was calm in the morning.\n\nStrong winds rose in the afternoon.")
    right = _article("Ferry lost off Crete\n\nThe weather was calm when the ferry left port.")
    assert _called(left, right, Relation.CONFLICT) == set()


def test_a_refund_against_tickets_kept_for_new_dates() -> None:
    """ "Fans will receive a full refund within 30 days" / "Ticket holders can use their tickets for a new date in
    September": what ticket holders get is one fact, a conflict, where the two were not judged (own1679; own12,
    own829, own887 and own1178 too). An offer of either tells neither."""
    assert _relations_between("own1679", "Fans will receive", "Ticket holders") == [Relation.CONFLICT]
    assert _relations_between("own12", "Fans who bought tickets", "Tickets for the postponed") == [Relation.CONFLICT]
    left = _article("Concert cancelled\n\nFans will be offered refunds or vouchers for a new date.")
    right = _article("Show called off\n\nTicket holders will receive full refunds.")
    assert _called(left, right, Relation.CONFLICT) == set()


def test_two_ages_for_the_one_attacker() -> None:
    """ "The attacker, a 34-year-old local man, was known to police" / "The suspect, aged 29, was Tasered by
    officers": whatever role word each report picks, the attacker's age is one fact, a conflict, where the two were
    not judged (own58; own103 too). "A second suspect, aged 17" is another person (own412 stays same)."""
    assert _relations_between("own58", "The attacker, a 34", "The suspect, aged 29") == [Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations_between("own412", "A second suspect", "The main suspect")


def test_a_word_ending_a_hyphened_compound_is_no_rival() -> None:
    """ "Feyenoord had rejected two earlier offers from Bayern" / "Feyenoord centre-back Sem van Leeuwen has completed
    his move to Bayern": a centre-back backs nothing, no conflict, where the two were one (own1680). A count joined
    to a word still counts: "a two-thirds majority" / "a simple majority" stays a conflict (own835)."""
    assert Relation.CONFLICT not in _relations_between("own1680", "Feyenoord had rejected", "Feyenoord centre-back")
    assert _relations_between("own835", "The Senate will now", "The case now goes") == [Relation.CONFLICT]


def test_the_age_opening_a_statement_after_someone_brought_in_is_theirs() -> None:
    """ "Interior Minister Sofie Maes stepped down after a man serving a life sentence escaped" / "The 39-year-old
    fled while being taken to a dentist": the age is the escaped man's, brought in by the statement before, not the
    article's person's (own1661 gave it to Maes), so it is no rival of "Interior Minister Sofie Maes, 52, resigned"."""
    left = _article(
        "Belgian minister resigns\n\nInterior Minister Sofie Maes, 52, resigned on Tuesday.\n\n"
        "Maes said she took responsibility."
    )
    right = _article(
        "Belgian minister quits after killer's escape\n\nInterior Minister Sofie Maes stepped down on Tuesday after a"
        " man serving a life sentence for murder escaped.\n\nThe 39-year-old fled while being taken to a dentist."
        "\n\nMaes said she took responsibility."
    )
    assert _called(left, right, Relation.CONFLICT) == set()


def test_an_age_told_by_aged_after_what_someone_is_belongs_to_them() -> None:
    """ "Police have arrested a 34-year-old man" / "A man aged 43 has been arrested": "aged" after what someone
    is ("a man", "One man,") gives the age to them, not to the word after it, so the two ages are one man's
    told apart (own669; own1687 read no age in "One man, aged 64, is missing")."""
    left = _article("Man arrested after stabbing\n\nPolice have arrested a 34-year-old man on suspicion of murder.")
    right = _article("Arrest over stabbing\n\nA man aged 43 has been arrested in connection with the fatal stabbing.")
    assert _called(left, right, Relation.CONFLICT) == {
        ("Police have arrested a 34-year-old man on suspicion of murder.", right[1].text)
    }
    left = _article("Glacier buries village\n\nOne man, aged 64, is missing, police said.")
    right = _article("Village destroyed\n\nA 46-year-old man is missing, police said.")
    assert _called(left, right, Relation.CONFLICT) == {(left[1].text, right[1].text)}


def test_the_injured_all_hurt_lightly_against_someone_hurt_gravely_is_a_conflict() -> None:
    """ "Two of the injured were in serious condition" / "All of the injured suffered minor injuries" (own1686),
    "Four of the injured were in a serious condition" / "None of the injuries were life-threatening" (own1565):
    how badly a story's injured were hurt is one fact, told in words the other need not share. A statement that
    leaves room for others hurt worse ("Three of the passengers suffered minor injuries") tells nothing of all of
    them."""
    left = _article(
        "Tram derails in Zagreb\n\nA tram derailed in central Zagreb on Tuesday, injuring 14 passengers.\n\n"
        "Two of the injured were in serious condition at the University Hospital Centre."
    )
    right = _article(
        "Zagreb tram accident\n\nFourteen people were hurt when a tram derailed in Zagreb on Tuesday.\n\n"
        "All of the injured suffered minor injuries, a hospital spokeswoman said."
    )
    assert (left[2].text, right[2].text) in _called(left, right, Relation.CONFLICT)
    leaving = _article(
        "Zagreb tram accident\n\nFourteen people were hurt when a tram derailed in Zagreb on Tuesday.\n\n"
        "Three of the passengers suffered minor injuries."
    )
    assert (left[2].text, leaving[2].text) not in _called(left, leaving, Relation.CONFLICT)


def test_a_danger_feared_against_one_ruled_out_is_a_conflict() -> None:
    """ "authorities fear a lake forming behind it could flood villages downstream" / "experts said there was no
    immediate risk of flooding downstream" (own1687): the feared side only supposes, so no negation read it as
    asserted, yet the two judge one danger apart. Two dangers named with no word alike are no conflict."""
    (flood, quake, two_dangers) = relate_pairs(
        [
            "The debris has blocked the river Lonza, and authorities fear a lake forming behind it could flood villages"
            " downstream.",
            "The agency warned that a larger quake could follow in the coming days.",
            "Police said the gunman had threatened to kill his neighbour before the siege.",
        ],
        [
            "The debris dammed the Lonza river, but experts said there was no immediate risk of flooding downstream.",
            "Officials said there was no risk of a bigger quake.",
            "Police said the gunman posed no threat to the public during the siege.",
        ],
    )
    assert (flood.relation, quake.relation) == (Relation.CONFLICT, Relation.CONFLICT)
    assert two_dangers.relation is not Relation.CONFLICT


def test_a_currency_that_weakened_did_not_rise() -> None:
    """ "The krona weakened slightly against the euro" / "The krona rose against the euro" (own1691) and "The
    currency rose 0.5% against the euro" / "The currency weakened after the decision" (own1598): weakening is
    falling, strengthening rising, so each is the opposite of the other's move; they were called one claim."""
    weakened, strengthened = relate_pairs(
        [
            "The krona weakened slightly against the euro after the decision.",
            "The dollar strengthened against the yen.",
        ],
        ["The krona rose against the euro.", "The dollar fell against the yen on Friday."],
    )
    assert (weakened.relation, strengthened.relation) == (Relation.CONFLICT, Relation.CONFLICT)


def test_a_decision_expected_against_one_that_surprised_is_a_conflict() -> None:
    """ "Most economists had expected the cut" / "The decision surprised most analysts, who had expected rates to be
    held" (own1691), "The decision was widely expected by markets" / "The move came as a surprise to many investors"
    (own443): how the markets took the story's one decision is one fact, told in words the other need not share.
    A surprise to some ("surprised some analysts") leaves the rest expecting it, and people expected at a concert
    are no decision."""
    left = _article(
        "Riksbank cuts rate to 2%\n\nSweden's central bank cut its policy rate to 2% on Wednesday.\n\n"
        "Most economists had expected the cut."
    )
    right = _article(
        "Swedish central bank lowers rate\n\nThe Riksbank lowered its key interest rate to 2% on Wednesday.\n\n"
        "The decision surprised most analysts, who had expected rates to be held."
    )
    assert (left[2].text, right[2].text) in _called(left, right, Relation.CONFLICT)
    some = _article(
        "Swedish central bank lowers rate\n\nThe Riksbank lowered its key interest rate to 2% on Wednesday.\n\n"
        "The decision surprised some analysts, who had forecast a smaller move."
    )
    assert (left[2].text, some[2].text) not in _called(left, some, Relation.CONFLICT)


def test_two_towns_for_the_factory_a_faulty_product_was_made_in_are_a_conflict() -> None:
    """ "The fault affects pens made at its plant in Hillerød" / "The pens were produced at a factory in Kalundborg"
    (own1689): where a recalled product was made is one fact of the story, like the hospital's town."""
    left = _article(
        "Novo Nordisk recalls insulin pens\n\nNovo Nordisk is recalling about 200,000 insulin pens in Europe.\n\n"
        "The fault affects pens made at its plant in Hillerød between March and May."
    )
    right = _article(
        "Faulty insulin pens recalled\n\nNovo Nordisk said it was recalling some 200,000 insulin pens in Europe.\n\n"
        "The pens were produced at a factory in Kalundborg."
    )
    assert (left[2].text, right[2].text) in _called(left, right, Relation.CONFLICT)
    alike = _article(right[0].text + "\n\n" + right[1].text + "\n\nThe pens were produced at a factory in Hillerød.")
    assert _called(left, alike, Relation.CONFLICT) == set()


def test_a_without_followed_by_where_denies_the_thing_itself() -> None:
    """ "were skiing off-piste with a guide" / "They were skiing without a guide on an unmarked route" (own1692): the
    words after the guide tell where they skied, not what the guide was of, so the guide is denied; "a 35-hour week
    without a cut in pay" still denies a cut of pay only."""
    guide, pay = relate_pairs(
        [
            "The victims, all from Germany, were skiing off-piste with a guide.",
            "Unions want a 35-hour week without a cut in pay.",
        ],
        [
            "They were skiing without a guide on an unmarked route, police said.",
            "The government cut the working week to 35 hours.",
        ],
    )
    assert (guide.relation, pay.relation) == (Relation.CONFLICT, Relation.RELATED)


def test_a_party_named_two_ways_that_abstained_did_not_vote_against() -> None:
    """ "The Socialist Party, the largest opposition party, voted against the budget" / "The Socialists abstained"
    (own1694): an aside may come between the member and its vote, and one party may be named in two forms; two
    parties sharing only the word "Party" are two members."""
    socialists, two_parties = relate_pairs(
        [
            "The Socialist Party, the largest opposition party, voted against the budget after talks broke down.",
            "The Labour Party voted against the bill.",
        ],
        [
            "The Socialists abstained, but the far-right Chega party joined the left in voting against it.",
            "The Conservative Party abstained.",
        ],
    )
    assert (socialists.relation, two_parties.relation) == (Relation.CONFLICT, Relation.RELATED)


def test_advice_against_a_deed_is_no_report_of_it() -> None:
    """ "Police warned against skiing off-piste in the coming days" / "The victims ... were skiing off-piste with a
    guide" (own1692) share the deed only: a warning tells nothing of who did it. Two words for one advice ("had urged
    clients to stay calm" / "had told clients not to panic", own1405) stay one claim."""
    assert Relation.SAME not in _relations_between("own1692", "The victims, all from Germany", "Police warned")
    assert _relations_between("own1405", "Chief executive Greg Becker", "Chief executive Greg Becker") == [
        Relation.SAME
    ]


def test_a_count_of_two_fates_is_no_count_of_one_it_reaches() -> None:
    """ "Eurostar cancelled 14 trains" / "Around 30 trains were cancelled or delayed" (own1696), "airlines cancelled
    45 flights" / "About 70 flights were cancelled or diverted" (own572): the trains cancelled or delayed include
    the cancelled ones, so more of them tells nothing against them. Fewer does: "More than 80 flights were
    cancelled" / "About 40 flights were cancelled or diverted" (own145)."""
    reaching, short = relate_pairs(
        ["Eurostar cancelled 14 trains between London and Paris on Saturday.", "More than 80 flights were cancelled."],
        ["Around 30 trains were cancelled or delayed on Saturday.", "About 40 flights were cancelled or diverted."],
    )
    assert (reaching.relation, short.relation) == (Relation.RELATED, Relation.CONFLICT)


def test_one_buyer_from_two_places_is_no_one_claim() -> None:
    """ "The buyer, an Asian collector bidding by phone" / "the buyer was a European collector bidding in the room"
    (own1695) were called one claim: someone described as from two countries or regions is two people, or one told
    two ways. A country against its region may be one ("a French collector" / "a European collector"), and a
    country without an article may tell where, not whose ("killed in Israeli strike" / "killed in Beirut strike",
    own1383)."""
    regions, countries, country_in_region, where_and_who = relate_pairs(
        [
            "The buyer was an Asian collector.",
            "The buyer was a French collector.",
            "The buyer was a French collector.",
            "Hezbollah confirms leader Hassan Nasrallah killed in Israeli strike",
        ],
        [
            "The buyer was a European collector.",
            "The buyer was a German collector.",
            "The buyer was a European collector.",
            "Nasrallah dead: Hezbollah leader killed in Beirut strike",
        ],
    )
    assert (regions.relation, countries.relation) == (Relation.RELATED, Relation.RELATED)
    assert country_in_region.relation is Relation.SAME
    assert _relations_between("own1383", "Hezbollah confirms", "Nasrallah dead") == [Relation.SAME]
    assert where_and_who.relation is not Relation.CONFLICT


def test_a_width_told_as_across_is_a_width() -> None:
    """ "The slide was about 650 metres wide" / "The landslide was some 650 metres across" (own1699): "across" after
    a distance measures its width, so the two give one figure of one measure and are one claim."""
    assert _relations_between("own1699", "The slide was about 650", "The landslide was some 650") == [Relation.SAME]
    (wide_and_deep,) = relate_pairs(
        ["The crater is about 650 metres across."], ["The crater is about 900 metres deep."]
    )
    assert wide_and_deep.relation is not Relation.CONFLICT


def test_a_denial_of_one_level_of_a_body_is_none_of_another() -> None:
    """ "The agreement must still be approved by EU governments and the European Parliament" / "The deal does not need
    the approval of national parliaments" (own1702) were called a conflict: the national parliaments are not the
    European one. The same body denied and asserted still is one ("does not need the approval of national
    parliaments" / "must be approved by national parliaments")."""
    levels, one_level = relate_pairs(
        [
            "The agreement must still be approved by EU governments and the European Parliament.",
            "The agreement must still be approved by national parliaments.",
        ],
        [
            "The deal does not need the approval of national parliaments.",
            "The agreement does not need the approval of national parliaments.",
        ],
    )
    assert (levels.relation, one_level.relation) == (Relation.RELATED, Relation.CONFLICT)


def test_a_headline_and_the_other_lead_giving_one_figure_apart_conflict_sharing_no_word() -> None:
    """ "Spain swelters as temperatures hit 46C" / "The thermometer in Seville rose to 44 degrees Celsius on Saturday"
    (own1703): a headline and the other's lead, each the other's best match, share no word and give one figure two
    ways. A count told by its order ("thousands flee" / "forced 30,000 people to evacuate", own803) is a headline's
    loose word, no figure."""
    assert Relation.CONFLICT in _relations_between("own1703", "Spain swelters", "The thermometer in Seville")
    assert Relation.CONFLICT not in _relations_between("own803", "A fast-moving wildfire", "Franklin Fire rages")


def test_when_something_first_happened_is_no_claim_of_the_present() -> None:
    """ "Migaloo was first seen in 1991" / "Famous white whale Migaloo seen again off Australian coast" (own1706) and
    "Ortiz, a former teacher, was first elected in 2021" / "Mayor Ortiz re-elected in Valparaíso after recount"
    (own139) were called one claim: the first tells the story's past, the other its present."""
    assert Relation.SAME not in _relations_between("own1706", "Migaloo was first seen", "Famous white whale")
    assert Relation.SAME not in _relations_between("own139", "Mayor Ortiz re-elected", "Ortiz, a former teacher")
    (first_alike,) = relate_pairs(["Migaloo was first seen in 1991."], ["Migaloo was first spotted in 1991."])
    assert first_alike.relation is Relation.SAME


def test_a_boat_is_a_vessel() -> None:
    """ "Boats must stay at least 500 metres away from the whale" / "Vessels are required to keep 500 metres away"
    (own1706) shared only "metres": a boat is a vessel, so the two give one rule."""
    assert _relations_between("own1706", "Boats must stay", "Vessels are required") == [Relation.SAME]


def test_one_thing_moving_two_ways_is_a_conflict() -> None:
    """ "The whale, believed to be Migaloo, was swimming north with two other whales" / "Migaloo, the white humpback
    whale, was seen off Byron Bay on Sunday heading south" (own1706) were called one claim; the reason shows the two
    ways. North against north-east may be one way told roughly."""
    opposite, rough = relate_pairs(
        [
            "The whale, believed to be Migaloo, was swimming north with two other whales.",
            "The storm was moving north.",
        ],
        [
            "Migaloo, the white humpback whale, was seen off Byron Bay on Sunday heading south.",
            "The storm was tracking north-east.",
        ],
    )
    assert opposite.relation is Relation.CONFLICT
    assert [(d.a, d.b) for d in opposite.why.differences] == [("swimming north", "heading south")]
    assert rough.relation is not Relation.CONFLICT


def test_how_far_back_a_record_reaches_is_no_length_of_what_is_told() -> None:
    """ "Britain's unemployment rate rose to 4.4% in the three months to September" / "British jobless rate climbs to
    highest in three years" (own1707) were a conflict of "three months" against "three years": after a superlative a
    length of time tells how far back the record reaches. Two reaches told apart still conflict."""
    period, reaches = relate_pairs(
        [
            "Britain's unemployment rate rose to 4.4% in the three months to September.",
            "The pound fell to its lowest level in 18 months.",
        ],
        ["British jobless rate climbs to highest in three years", "The pound fell to its lowest level in two years."],
    )
    assert period.relation is not Relation.CONFLICT
    assert reaches.relation is Relation.CONFLICT


def test_a_day_an_aside_tells_something_had_happened_on_is_not_the_events() -> None:
    """ "A bus ... plunged into a ravine in Peru's Ayacucho region on Monday" / "The bus, which had left Lima on Sunday
    evening, was heading to Ayacucho city" (own1711) were a conflict of Monday against Sunday: the aside tells the
    day the bus left, before the crash."""
    (left_before,) = relate_pairs(
        ["A bus carrying about 60 passengers plunged into a ravine in Peru's Ayacucho region on Monday, police said."],
        ["The bus, which had left Lima on Sunday evening, was heading to Ayacucho city."],
    )
    assert left_before.relation is not Relation.CONFLICT
    (crash_days,) = relate_pairs(
        ["A bus plunged into a ravine in Peru's Ayacucho region on Monday, police said."],
        ["A bus plunged into a ravine in the Ayacucho region on Sunday evening."],
    )
    assert crash_days.relation is Relation.CONFLICT


def test_the_town_of_the_hospitals_the_injured_were_taken_to_is_told_once() -> None:
    """ "The injured were taken to hospitals in Huanta" / "The injured were flown to hospitals in Lima" (own1711) were
    called one claim: hospitals in a town are as much a venue of the story as a hospital in it."""
    assert _relations_between("own1711", "The injured were taken", "The injured were flown") == [Relation.CONFLICT]


def test_staying_on_as_a_caretaker_is_no_rival_of_resigning() -> None:
    """ "Prime Minister Dick Schoof said he would offer the cabinet's resignation to the king" / "Schoof said his
    remaining ministers would stay on as a caretaker government" (own1713) were a conflict: a caretaker stays after
    resigning. Ministers withdrawn against ministers staying until the election still conflict (own964)."""
    assert Relation.CONFLICT not in _relations_between("own1713", "Prime Minister Dick Schoof", "Schoof said his")
    assert Relation.CONFLICT in _relations_between("own964", "His party, the New Social", "The New Social Contract")


def test_two_lengths_of_one_streak_are_a_conflict() -> None:
    """ "Vingegaard finished second for the third year in a row" / "Vingegaard was runner-up for a second straight
    year" (own1714) were called one claim, "second" being in both; the reason shows the two runs. Runs of two kinds
    ("for third straight year" / "with ninth straight win") are two series, and "3rd" is "third"."""
    two_lengths, two_kinds, one_length = relate_pairs(
        [
            "Vingegaard finished second for the third year in a row.",
            "Verstappen wins Dutch Grand Prix for third straight year",
            "Vacancies fell for the 28th consecutive month.",
        ],
        [
            "Vingegaard was runner-up for a second straight year.",
            "Verstappen equals Vettel's record with ninth straight win",
            "Vacancies have now fallen for a 28th month in a row.",
        ],
    )
    assert two_lengths.relation is Relation.CONFLICT
    assert [(d.a, d.b) for d in two_lengths.why.differences] == [("third year in a row", "second straight year")]
    assert two_kinds.relation is not Relation.CONFLICT
    assert one_length.relation is not Relation.CONFLICT


def test_the_past_seven_days_are_the_past_week() -> None:
    """ "A cholera outbreak has killed at least 60 people in Sudan's Darfur region over the past week" / "Cholera has
    killed 40 people in the Darfur region in the past seven days" (own1716) were told in two frames, so their tolls
    were not set side by side."""
    (tolls,) = relate_pairs(
        ["A cholera outbreak has killed at least 60 people in Sudan's Darfur region over the past week."],
        ["Cholera has killed 40 people in the Darfur region in the past seven days."],
    )
    assert tolls.relation is Relation.CONFLICT


def test_a_newcomer_taking_over_at_once_against_later_is_a_conflict() -> None:
    """ "Philipp Navratil ... was named as his successor with immediate effect" / "Navratil, who heads Nespresso, will
    take over on January 1" (own1717) were called one claim; when the newcomer takes up the post is one fact of the
    story, told in words the other need not share (own933 too)."""
    assert _relations_between("own1717", "Philipp Navratil", "Navratil, who heads") == [Relation.CONFLICT]
    assert Relation.CONFLICT in _relations_between("own933", "Finance chief Fernando", "Unilever has replaced")


def test_within_an_hour_is_a_length_of_time() -> None:
    """ "The fire was put out after about two hours" / "Firefighters extinguished the blaze within an hour" (own1718,
    own183, own792) were called one claim: "within an hour" was read as no length. Two ceilings of one wait ("within
    an hour" / "within 45 minutes", own631) are both true if the shorter is; things counted in a window ("missed
    three tests within a year") and a longer word ("after a year-long battle") tell no such length."""
    two_hours, two_ceilings, window = relate_pairs(
        [
            "The fire was put out after about two hours.",
            "Rescuers reached the site by helicopter within an hour.",
            "Sprinter Vale banned for four years after missed tests",
        ],
        [
            "Firefighters extinguished the blaze within an hour.",
            "Helicopter rescue teams arrived at the site within 45 minutes.",
            "Vale missed three tests within a year.",
        ],
    )
    assert two_hours.relation is Relation.CONFLICT
    assert two_ceilings.relation is not Relation.CONFLICT
    assert window.relation is not Relation.CONFLICT
    assert _relations_between("own631", "Rescuers reached the site", "Helicopter rescue teams") == [Relation.SAME]


def test_what_a_ruling_bars_is_banned() -> None:
    """ "Google will still be allowed to pay Apple ..." / "The ruling bars Google from paying companies such as Apple
    ..." (own1725) were called one claim, and "a constitutional ban on consecutive terms" / "The constitution bars
    presidents from serving two consecutive terms" (own1375) a conflict: "bars" is a word of banning."""
    assert _relations_between("own1725", "Google will still be allowed", "The ruling bars") == [Relation.CONFLICT]
    assert _relations_between("own1375", "Bukele ran despite", "The constitution bars") == [Relation.SAME]


def test_a_journal_whose_title_says_it_is_one_is_a_venue() -> None:
    """ "The findings were published in the European Heart Journal" / "The findings appeared in the Journal of the
    American College of Cardiology" (own1730), "the Astrophysical Journal" / "the Astronomical Journal" (own237): a
    journal named by its title, not after the word "journal", is the study's venue too."""
    assert _relations_between("own1730", "The findings were published", "The findings appeared") == [Relation.CONFLICT]
    assert Relation.CONFLICT in _relations_between("own237", "The findings were published", "The research appears")


def test_both_victims_hurt_lightly_against_one_in_critical_condition_is_a_conflict() -> None:
    """ "Both victims were taken to hospital with injuries that were not life-threatening" / "One of the victims is in
    a critical condition" (own1728): "both" speaks for all the injured, as "all of the injured" does."""
    assert _relations_between("own1728", "Both victims were taken", "One of the victims") == [Relation.CONFLICT]


def test_terrorism_ruled_out_against_suspected_is_a_conflict() -> None:
    """ "Police said they did not suspect a terrorist motive" / "Police are investigating the attack as a possible act
    of terrorism" (own1728), "Police ruled out terrorism" / "investigating a possible terrorist motive" (own1300),
    "not treating the attack as terrorism" / "had not ruled out any motive, including terrorism" (own219): whether
    the attack is treated as terrorism is one fact of the story. A terror group named as a party to something else is
    none of it."""
    assert _relations_between("own1728", "Police said they did not", "Police are investigating") == [Relation.CONFLICT]
    assert Relation.CONFLICT in _relations_between("own1300", "Police said they were investigating", "Police ruled")
    assert Relation.CONFLICT in _relations_between("own219", "Police said they were not treating", "Police said they")
    left = _article("Court case\n\nProsecutors accuse him of corruption and aiding a terrorist organisation.")
    right = _article("Court case\n\nPolice ruled out terrorism.")
    assert _called(left, right, Relation.CONFLICT) == set()


def test_a_fire_started_by_something_tells_its_cause() -> None:
    """ "The cause of the fire is not yet known" / "Police said the fire was started by a welding torch" (own1731): what
    a fire was started by is its cause, told against one not yet known."""
    assert _relations_between("own1731", "The cause of the fire", "Police said the fire") == [Relation.CONFLICT]


def test_a_run_told_by_its_length_is_ranked_by_it() -> None:
    """ "It was the third meeting in a row at which rates were held" / "Rates have now been unchanged at four
    consecutive meetings" (own1732): four consecutive meetings make the latest the fourth, not the third; three
    consecutive meetings make it the third."""
    apart, alike = relate_pairs(
        [
            "It was the third meeting in a row at which rates were held.",
            "It was the third meeting in a row at which rates were held.",
        ],
        [
            "Rates have now been unchanged at four consecutive meetings.",
            "Rates have now been unchanged at three consecutive meetings.",
        ],
    )
    assert apart.relation is Relation.CONFLICT
    assert alike.relation is not Relation.CONFLICT


def test_staying_on_until_a_successor_is_chosen_is_no_rival_of_quitting() -> None:
    """ "Ishiba said he would stay on until a successor was chosen" / "Ishiba quits as Japan's leader after election
    losses" (own1736) were a conflict of "stay" against "quits": a stay until a successor is one before leaving,
    whichever way the verdict comes to the two words."""
    assert Relation.CONFLICT not in _relations_between("own1736", "Ishiba said he would stay", "Ishiba quits")
    (quits_and_stays,) = relate_pairs(["Ishiba quits as Japan's leader"], ["Ishiba said he would stay in office."])
    assert quits_and_stays.relation is Relation.CONFLICT


def test_a_forecast_that_was_for_a_figure_is_a_forecast() -> None:
    """ "The median forecast in a Reuters poll was for a 0.2% contraction" (own1744) was read as a result: a conflict
    with "Japan's economy contracted at an annualised rate of 0.7%" and no claim of "Economists had expected a
    contraction of 0.2%"."""
    assert _relations_between("own1744", "Economists had expected", "The median forecast") == [Relation.SAME]
    assert Relation.CONFLICT not in _relations_between("own1744", "Japan's economy contracted", "The median forecast")


def test_a_deed_still_due_from_one_doer_is_no_denial_of_it_done_by_another() -> None:
    """ "The draft still needs to be approved by parliament" / "The German cabinet on Wednesday approved its draft
    budget" (own1747) were a conflict: parliament's approval is still to come after the cabinet's. The deed done with
    no doer named ("The deal was approved on Monday") still answers the denial."""
    two_doers, no_doer = relate_pairs(
        ["The draft still needs to be approved by parliament.", "The deal has not been approved by regulators."],
        [
            "The German cabinet on Wednesday approved its draft budget for 2026.",
            "The deal was approved on Monday.",
        ],
    )
    assert (two_doers.relation, no_doer.relation) == (Relation.RELATED, Relation.CONFLICT)
    one_doer = relate_pairs(
        ["A woman is being kissed by a man", "No onion is being cut by a man"],
        ["There is no woman being kissed by a man", "An onion is being cut by a man"],
    )
    assert [m.relation for m in one_doer] == [Relation.CONFLICT] * 2  # SICK: a man is the one doer, no body


def test_two_winners_of_one_race_are_a_conflict() -> None:
    """ "Kenya's John Korir won the men's race" / "Ethiopia's Tadese Takele won the men's race" (own1746): one race,
    two winners, as one post has one holder; two stages are two prizes."""
    one_race, two_stages = relate_pairs(
        ["Kenya's John Korir won the men's race.", "Tadej Pogacar won the first stage."],
        ["Ethiopia's Tadese Takele won the men's race.", "Jonas Vingegaard won the second stage."],
    )
    assert one_race.relation is Relation.CONFLICT
    assert two_stages.relation is not Relation.CONFLICT


def test_what_one_keeps_one_does_not_lose() -> None:
    """ "The Guillemot family will keep control of Ubisoft" / "The founding Guillemot family will lose control of the
    company" (own1750) were called one claim; the library's manuscripts saved against ones lost (own1581) too."""
    assert _relations_between("own1750", "The Guillemot family", "The founding Guillemot") == [Relation.CONFLICT]
    assert Relation.CONFLICT in _relations_between("own1581", "The library's collection", "Several medieval")


def test_two_warnings_of_one_size_told_apart_are_a_conflict() -> None:
    """ "warning of waves up to one metre" / "warned that tsunami waves of up to three metres could hit the coast"
    (own1757) were related: "one metre" was not read, and the second warning's figure, under "could", was taken
    for a supposition. Both are warnings, so their figures are compared; a warned toll is still no count of the
    dead."""
    warnings, toll = relate_pairs(
        [
            "The agency issued a tsunami advisory for the Pacific coast, warning of waves up to one metre.",
            "At least 40 people were killed in the floods.",
        ],
        [
            "Japan's weather agency warned that tsunami waves of up to three metres could hit the coast.",
            "Officials warned that the death toll from the floods could rise to 100.",
        ],
    )
    assert warnings.relation is Relation.CONFLICT
    assert toll.relation is not Relation.CONFLICT


def test_doing_better_than_a_yardstick_is_not_falling_short_of_it() -> None:
    """ "It trailed its benchmark index by 0.45 percentage points" / "The fund beat its benchmark by 0.45 percentage
    points" (own1758) were called one claim."""
    assert _relations_between("own1758", "It trailed its benchmark", "The fund beat its") == [Relation.CONFLICT]


def test_no_one_hurt_against_some_hurt_is_a_conflict_whatever_their_score() -> None:
    """ "There were no immediate reports of damage or injuries" / "Several people were slightly injured by falling
    objects in Kushiro, the city said" (own1757) were never paired: they share no word but the injured. No one hurt
    is said for everyone; none of the passengers hurt leaves room for firefighters, and a year named is another time."""
    assert _relations_between("own1757", "There were no immediate", "Several people were slightly") == [
        Relation.CONFLICT
    ]
    for no_one, some in (
        ("None of the passengers on board was reported hurt, the operator said.", "Several firefighters were hurt."),
        ("No one was hurt in the blaze.", "In 2019, three people were injured in a fire at the same plant."),
    ):
        left = _article(f"Fire at a plant\n\nThe fire broke out at night.\n\n{no_one}")
        right = _article(f"Blaze at plant\n\nFlames were seen at night.\n\n{some}")
        assert _called(left, right, Relation.CONFLICT) == set()


def test_no_abnormalities_are_no_problems() -> None:
    """ "The Tomari nuclear plant reported no abnormalities" / "... said there were no problems at the Tomari nuclear
    plant" (own1757) were only related; own621's Higashidori plant the same."""
    assert _relations_between("own1757", "The Tomari nuclear", "Hokkaido Electric Power") == [Relation.SAME]
    assert _relations_between("own621", "There were no abnormalities", "The operator of the") == [Relation.SAME]


def test_two_months_of_the_coming_election_are_a_conflict_whatever_their_score() -> None:
    """ "President Marcelo Rebelo de Sousa is expected to call a snap election for May" / "The president said an
    election would be held in June" (own1760) were only related: they share "election" and the president. The past
    election, a month it is held by, and "may" are no month of the coming one."""
    assert _relations_between("own1760", "President Marcelo Rebelo", "The president said an election") == [
        Relation.CONFLICT
    ]
    for one, other in (
        ("The last election, in May, gave no party a majority.", "A new election will be held in June."),
        ("An election must be held by June.", "Voters will go to the polls in May."),
        ("The election may be called for March.", "A general election is set for April, officials said."),
    ):
        left = _article(f"Government falls\n\nThe government lost a confidence vote.\n\n{one}")
        right = _article(f"Cabinet collapses\n\nLawmakers rejected the motion of confidence.\n\n{other}")
        assert _called(left, right, Relation.CONFLICT) == set(), (one, other)


def test_a_producer_halted_against_still_running_is_a_conflict_whatever_their_score() -> None:
    """ "The dairy has recalled all of its products and suspended production" / "The producer has withdrawn its
    cheeses from sale but continues to operate" (own1761) were never paired: they share no word. A halt threatened or
    denied tells nothing."""
    assert _relations_between("own1761", "The dairy has recalled", "The producer has withdrawn") == [Relation.CONFLICT]
    for one, other in (
        ("The union threatened to halt production next week.", "Production continued as normal on Monday."),
        ("Production was not halted, the company said.", "Output at the site continued through the night."),
    ):
        left = _article(f"Fire at a plant\n\nA fire broke out at the plant at night.\n\n{one}")
        right = _article(f"Blaze at factory\n\nFlames were seen at the factory at night.\n\n{other}")
        assert _called(left, right, Relation.CONFLICT) == set(), (one, other)


def test_a_vote_told_against_first_then_in_favour_is_read() -> None:
    """ "The motion was defeated by 142 votes to 88" / "The motion fell with 142 lawmakers voting against and 88 in
    favour" (own1760) were only related: the second split, its noes first, was not read."""
    assert _relations_between("own1760", "The motion was defeated", "The motion fell with") == [Relation.SAME]
    (other,) = relate_pairs(
        ["The motion was defeated by 142 votes to 88."],
        ["The motion fell with 142 lawmakers voting against and 98 in favour."],
    )
    assert other.relation is Relation.CONFLICT


def test_an_earthquake_that_shook_or_rattled_a_place_struck_it() -> None:
    """ "A magnitude 7.1 earthquake struck off the coast of Hokkaido in northern Japan" / "Strong earthquake rattles
    northern Japan" (own1757) were only related, as were own96's and own1183's leads against headlines that "jolt"
    and "rattle": a quake's shaking is its striking."""
    assert _relations_between("own1757", "A magnitude 7.1 earthquake", "Strong earthquake rattles") == [Relation.SAME]
    assert _relations_between("own96", "A magnitude 7.1 earthquake", "Strong earthquake jolts") == [Relation.SAME]


def test_two_years_of_one_find_are_a_conflict_but_two_findings_are_not() -> None:
    """ "The fossil was found in 2023 by a team from the Chinese Academy of Sciences" / "The specimen was unearthed in
    2022 by researchers from the Chinese Academy of Sciences" (own1764) were related: a find happens once. What
    researchers found that something is so may be found twice."""
    assert _relations_between("own1764", "The fossil was found in 2023", "The specimen was unearthed") == [
        Relation.CONFLICT
    ]
    wreck, finding = relate_pairs(
        ["The wreck was found in 2019 by divers.", "Researchers found in 2019 that the drug reduced deaths."],
        ["Divers discovered the wreck in 2021.", "In 2021, researchers found that the drug cut deaths."],
    )
    assert (wreck.relation, finding.relation) == (Relation.CONFLICT, Relation.RELATED)


def test_strong_crosswinds_are_foul_weather() -> None:
    """ "Strong crosswinds were blowing at the time of the crash" / "Weather conditions were calm, the airport said"
    (own1762) were never paired: crosswinds were no wind."""
    assert _relations_between("own1762", "Strong crosswinds", "Weather conditions were calm") == [Relation.CONFLICT]


def test_a_thing_told_slow_and_quick_or_strong_and_weak_is_a_conflict() -> None:
    """ "Governor Tiff Macklem said further cuts would be more gradual" / "Macklem signalled that the bank was ready to
    cut again quickly if needed" (own1763) and "said the result was very strong" / "called the result weak" (own1758)
    were related: the one word beside each quality is the thing it is said of."""
    assert _relations_between("own1763", "Governor Tiff Macklem", "Macklem signalled") == [Relation.CONFLICT]
    assert _relations_between("own1758", "Chief executive Nicolai", "Tangen called the result") == [Relation.CONFLICT]


def test_joining_is_being_folded_into() -> None:
    """ "Wiz will join Google Cloud after the deal closes" / "Wiz will remain a standalone brand and not be folded into
    Google Cloud" (own1765) were related: folding into a unit is joining it."""
    assert _relations_between("own1765", "Wiz will join Google", "Wiz will remain") == [Relation.CONFLICT]


def test_the_sum_of_talks_walked_away_from_is_not_the_price_of_the_deal() -> None:
    """ "Google to buy Wiz for $32 billion" / "Last summer, Wiz walked away from talks over a $23bn deal" (own1765) were
    called a conflict: the talks abandoned were over another deal."""
    assert Relation.CONFLICT not in _relations_between("own1765", "Google to buy Wiz", "Last summer, Wiz")


def test_an_age_told_in_a_clause_of_who_someone_is_is_their_age() -> None:
    """ "Toledo, 78, attended the hearing by video link from prison" / "Toledo, who is 79, was present in the
    courtroom" (own1768) were never paired: "who is 79" was not read as Toledo's age."""
    assert _relations_between("own1768", "Toledo, 78", "Toledo, who is 79") == [Relation.CONFLICT]
    (quantity,) = read_values("Toledo, who is 79, was present in the courtroom.").quantities
    assert (quantity.kind, quantity.unit, quantity.value) == (Kind.AGE, "age:toledo", 79.0)


def test_a_thing_won_once_is_one_title() -> None:
    """ "He won two Premier League titles with Liverpool" / "He won the Premier League once with Liverpool" were
    called one claim (own1769 gives the year of the one title too, which still sets it in a frame of its own): "won
    the Premier League once" is one title, told as "once" in the reason."""
    (match,) = relate_pairs(
        ["He won two Premier League titles with Liverpool."], ["He won the Premier League once with Liverpool."]
    )
    assert match.relation is Relation.CONFLICT
    assert "two titles / once" in match.why.text


def test_a_decision_not_made_known_is_not_told_as_taken() -> None:
    """ "His lawyer said he would appeal" / "The defence did not say whether it would challenge the ruling" (own1768)
    were related: a side that did not say whether it would appeal has not told the decision the other reports."""
    assert _relations_between("own1768", "His lawyer said", "The defence did not say") == [Relation.CONFLICT]
    (unsaid_both,) = relate_pairs(
        ["The defence did not say whether it would appeal."], ["His lawyers did not say whether he would appeal."]
    )
    assert unsaid_both.relation is not Relation.CONFLICT


def test_a_painting_found_undamaged_was_not_damaged() -> None:
    """ "The painting was found undamaged" / "The canvas had been slightly damaged" (own1771) were never set against
    each other: "undamaged" was no opposite of "damaged", nor a canvas a painting."""
    assert _relations_between("own1771", "The painting was found", "The canvas had been") == [Relation.CONFLICT]


def test_prices_rising_at_a_rate_down_from_the_last_is_the_rate_easing() -> None:
    """ "Inflation in the euro zone eased to 2.2% in March from 2.3% in February" / "Consumer prices ... rose 2.2%
    year-on-year in March, down from 2.3%" (own1774) were called a conflict on "eased" / "rose": the second tells the
    rate down from the same 2.3%. Told down from one figure and up from it, the moves still differ (own198)."""
    assert Relation.CONFLICT not in _relations_between("own1774", "Inflation in the euro zone", "Consumer prices")
    assert _relations_between("own198", "Turnout was 58%", "Turnout rose to 58%") == [Relation.CONFLICT]


def test_two_figures_of_one_forecast_are_a_conflict_whatever_their_score() -> None:
    """ "Economists polled by Reuters had expected 2.2%" / "The reading was slightly above the 2.1% expected by
    analysts" (own1774) share only "expected"; own715's "The bank forecast growth of 1.2% this year" / "The bank now
    expects the economy to expand 1.5% this year" were not paired either. A company's own guidance is no analysts'
    expectation (own225), nor a mission's expected length a forecast (own1355)."""
    assert _relations_between("own1774", "Economists polled", "The reading was") == [Relation.CONFLICT]
    assert _relations_between("own715", "The bank forecast", "The bank now expects") == [Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations_between("own225", "Revenue rose 34%", "The firm now expects")
    assert Relation.CONFLICT not in _relations_between("own1355", "The spacecraft is expected", "The mission is")


def test_a_protest_told_peaceful_and_violent_is_a_conflict_whatever_their_score() -> None:
    """ "The rally ended peacefully late in the evening" / "Scuffles broke out between protesters and police in the
    evening" (own1775) were never paired; nor own181's "passed off peacefully" / "Police clashed with protesters", nor
    own1550's and own1638's tear gas and water cannon against a peaceful protest. Clashes feared tell nothing, and
    the calm of a sea is no protest's."""
    assert _relations_between("own1775", "The rally ended peacefully", "Scuffles broke out") == [Relation.CONFLICT]
    assert _relations_between("own181", "The protest passed off", "Police clashed with") == [Relation.CONFLICT]
    for one, other in (
        ("The march was peaceful.", "Police were braced for clashes with counter-protesters."),
        ("The sea was calm at the time.", "Fishermen clashed with coastguards last year."),
    ):
        left = _article(f"Thousands march in the capital\n\nThousands marched on Saturday.\n\n{one}")
        right = _article(f"Protest in the capital\n\nA crowd gathered on Saturday.\n\n{other}")
        assert _called(left, right, Relation.CONFLICT) == set(), (one, other)


def test_foul_play_ruled_out_against_a_death_treated_as_suspicious_is_a_conflict() -> None:
    """ "Police said there was no indication of foul play" / "The sheriff said the deaths were suspicious enough to
    require a thorough investigation" (own1776) were never paired; nor own1434's "no sign of foul play" / "treating
    the fire as suspicious"."""
    assert _relations_between("own1776", "Police said there was no", "The sheriff said") == [Relation.CONFLICT]
    assert _relations_between("own1434", "Counter-terrorism police", "Police said they were treating") == [
        Relation.CONFLICT
    ]


def test_a_structure_is_built_once() -> None:
    """ "The bridge was built in 1971" / "The bridge opened in 1967" (own1779) and own134's "The bridge, built in
    1968, ..." / "The bridge was built in 1971" were related: a building happens once, as an opening does."""
    assert _relations_between("own1779", "The bridge was built", "The bridge opened") == [Relation.CONFLICT]
    assert _relations_between("own134", "The bridge, built in 1968", "The bridge was built in 1971") == [
        Relation.CONFLICT
    ]


def test_two_counts_of_more_of_one_thing_added_are_compared() -> None:
    """ "announced the deployment of 500 more soldiers" / "said 1,000 more troops would be sent" (own1752, own406) were
    called one claim: a count with "more" before its noun was not read. It is read as a count of those added,
    compared with other additions, not with a total ("nine more people had died" is no toll)."""
    assert _relations_between("own1752", "Prime Minister Pedro", "Sánchez said 1,000") == [Relation.CONFLICT]
    assert _relations_between("own406", "The government said it would send", "Prime Minister Pedro") == [
        Relation.CONFLICT
    ]
    (added,) = read_values("Officials said 1,000 more troops would be sent.").quantities
    (total,) = read_values("Officials said 1,000 troops would be sent.").quantities
    assert added.value == total.value == 1000.0 and added.unit != total.unit


def test_people_sent_are_counted_as_people_not_a_shipment() -> None:
    """ "The army sent 300 soldiers to the region" was read as 300 things shipped (as "had sent 500,000 doses of
    vaccine" is), so it met sales and deliveries and not "300 soldiers were deployed"."""
    (sent,) = read_values("The army sent 300 soldiers to the region.").quantities
    (deployed,) = read_values("The army deployed 300 soldiers.").quantities
    (doses,) = read_values("The country had sent 500,000 doses of vaccine.").quantities
    assert sent.unit == deployed.unit != doses.unit


def test_a_count_power_was_cut_to_is_of_those_without_power() -> None:
    """ "Storm Éowyn leaves 700,000 homes without power in Ireland" / "Record winds from Storm Éowyn cut power to
    800,000 in Ireland" (own1754) were called one claim: the count after "cut power to" was not read."""
    assert _relations_between("own1754", "Storm Éowyn leaves", "Record winds") == [Relation.CONFLICT]
    (cut,) = read_values("The storm knocked out power to more than 1.2 million customers.").quantities
    (lost,) = read_values("More than 1.2 million customers lost power.").quantities
    assert (cut.unit, cut.value) == (lost.unit, lost.value)


def test_some_of_those_counted_taken_to_hospital_are_those_in_hospital() -> None:
    """ "Police said 27 people were taken to hospital" / "Merseyside Police said 50 people were injured, 27 of whom
    were taken to hospital" (own1794) were only related: the 27 of the 50 were not read, so the 50 injured seemed a
    whole the 27 fell short of."""
    assert _relations_between("own1794", "Police said 27", "Merseyside Police said") == [Relation.SAME]


def test_a_large_count_told_round_may_be_one_counted_to_the_unit_rounded() -> None:
    """ "Tesla recalls 46,000 Cybertrucks over loose panel" / "Tesla has recalled 46,096 Cybertrucks" (own1795) were
    called a conflict: a round count of thousands is the exact one rounded, as a crowd's is; two counts told to the
    hundred ("12,000" / "12,400") still differ."""
    assert _relations_between("own1795", "Tesla recalls 46,000", "Tesla has recalled") == [Relation.SAME]
    (apart,) = relate_pairs(["Airlines cancelled 12,000 flights."], ["Airlines cancelled 12,400 flights."])
    assert apart.relation is Relation.CONFLICT


def test_a_decision_expected_is_not_one_claim_with_a_surprise_to_some() -> None:
    """ "Economists had widely expected the move" / "The decision surprised some economists, who had forecast a hold"
    (own1799) were called one claim: a surprise to some was left out of the expectedness told, as others may have
    expected the decision, and the two share economists and an expectation."""
    assert _relations_between("own1799", "Economists had", "The decision surprised") == [Relation.RELATED]


def test_a_toll_told_to_its_digits_against_a_floor_is_one_count() -> None:
    """ "More than 280 passengers and crew were rescued from the KM Barcelona V" / "Rescuers pulled 284 people from the
    water" (own1798) were not linked: one count of the rescued was read only from one figure given alike; a floor
    told to its digits meets the count it rounds down, though a rough one ("Dozens dead") does not."""
    assert _relations_between("own1798", "More than 280", "Rescuers pulled") == [Relation.SAME]
    assert _relations_between("own1216", "At least 78 people drowned", "Dozens dead") == []


def test_two_places_a_vehicle_set_out_from_are_a_conflict() -> None:
    """ "The ferry was travelling from Talise island to Manado" / "The vessel had left Melonguane port that morning"
    (own1798) were not linked: the one journey of a story's vehicle was not read, so two places it set out from (or
    was bound for) shared no word. A place within the other's, or a country against a town, is one journey told at
    two scales; a person's journey is one of many."""
    assert _relations_between("own1798", "The ferry was travelling", "The vessel had left") == [Relation.CONFLICT]
    assert _relations_between("own1711", "The bus was travelling", "The bus, which") == [Relation.CONFLICT]
    one_journey = [
        ("The Madleen set sail from Sicily on June 1.", "The boat left Catania in Sicily on June 1."),
        ("The vessel was leaving the port bound for Colombo.", "The ship had been heading to Sri Lanka."),
        ("The jet, flying from Wichita, Kansas, crashed.", "The plane crashed after taking off from Wichita."),
        ("The minister left Kyiv on Tuesday.", "The minister travelled from Warsaw by train."),
    ]
    for left, right in one_journey:
        assert journeys_apart(_reading(left), _reading(right)) is None, (left, right)


def test_a_leap_is_a_rise() -> None:
    """ "leaping" was its own word, where "jumped" is a rise: shares that "leapt 12%" rose 12%."""
    (match,) = relate_pairs(["Shares in Nordvik leapt 12% on Monday."], ["Nordvik shares rose 12% on Monday."])
    assert match.relation is Relation.SAME
    assert word_term("leaping") == word_term("rose")


def test_a_successor_still_sought_against_one_chosen_is_a_conflict() -> None:
    """ "Brentford's Thomas Frank is the favourite to replace him" / "The club said it had already agreed terms with
    Thomas Frank to take over" (own1803) and "The board has formed a search committee to find a successor" / "A
    successor has already been chosen" (own1787) were not linked: whether the successor is chosen is one fact of the
    story, told in words the two need not share. A choice only expected is no choice."""
    assert _relations_between("own1803", "Brentford's Thomas", "The club said") == [Relation.CONFLICT]
    assert _relations_between("own1787", "The board has formed", "A successor has already") == [Relation.CONFLICT]
    (expected,) = relate_pairs(
        ["The board has formed a search committee to find a successor."],
        ["The board is expected to name Frank as his successor."],
    )
    assert expected.relation is not Relation.CONFLICT


def test_two_places_a_flight_came_down_are_a_conflict() -> None:
    """ "A Ryanair flight from Dublin to Lanzarote was diverted to Porto" / "A Ryanair plane bound for Lanzarote made an
    unscheduled landing in Lisbon" (own520) were called one claim through their headlines: where a journey was cut
    short is one fact of it, told by each article's headline and lead alike."""
    assert _relations_between("own520", "A Ryanair flight from", "A Ryanair plane") == [Relation.CONFLICT]
    assert _relations_between("own520", "Ryanair flight diverted", "Medical emergency") == [Relation.CONFLICT]
    planned = _reading("The United flight was due to land in Denver when it was diverted to Omaha.")
    assert journeys_apart(planned, _reading("The plane landed safely in Omaha.")) is None


def test_a_fact_told_once_by_a_headline_and_its_lead_alike_is_set_against_the_other() -> None:
    """ "Police said on Tuesday they had found no evidence of foul play" / "Officers are treating the death as
    suspicious" (own888) were not linked: the article told foul play ruled out in its headline and its lead, and only an
    article's one statement of such a fact was set against the other's; two that tell it alike are one telling."""
    assert _relations_between("own888", "Police said on Tuesday", "Officers are treating") == [Relation.CONFLICT]


def test_two_places_a_fire_broke_out_are_a_conflict() -> None:
    """ "The fire started in the engine room" / "The fire broke out on the upper deck" (own1798) and "after a fire broke
    out in its engine room" / "A fire started on the car deck" (own1718) were not linked: where a fire began is one
    fact of it. Two floors by their number differ; a place and the flat it is in do not."""
    assert _relations_between("own1798", "The fire started", "The fire broke out") == [Relation.CONFLICT]
    assert _relations_between("own1718", "All 280 passengers", "A fire started on the car deck") == [Relation.CONFLICT]
    floors = (_reading("The blaze began on the third floor."), _reading("The fire started on the fifth floor."))
    assert fire_starts_apart(*floors) is not None
    kitchen = _reading("The fire started in the kitchen of a flat on the fourth floor.")
    assert fire_starts_apart(_reading("The fire broke out in the kitchen."), kitchen) is None


def test_pieces_and_items_are_one_count() -> None:
    """ "Thieves stole eight pieces of Napoleon-era jewellery from the Louvre" / "A gang of four thieves ... escaped
    with nine items from the French crown jewels" (own282) were only related: pieces and items counted two things."""
    assert _relations_between("own282", "Thieves stole eight", "A gang of four") == [Relation.CONFLICT]
    assert _relations_between("own1267", "They took eight pieces", "Nine items") == [Relation.CONFLICT]


def test_one_leaving_later_against_a_newcomer_at_once_is_a_conflict() -> None:
    """ "chief executive Hein Schumacher would step down at the end of the year" / "Unilever has replaced chief
    executive Hein Schumacher ... with immediate effect" (own933) were only related: when the one leaving goes is when
    the newcomer comes, and only the newcomer's start was read."""
    assert _relations_between("own933", "Unilever said on Tuesday", "Unilever has replaced") == [Relation.CONFLICT]


def test_a_rank_in_figures_against_a_running_total_is_compared() -> None:
    """ "NASA's Perseverance rover has collected its 25th rock sample" / "The rover has now gathered 24 samples of
    Martian rock" (own568) were only related: a rank written in figures and a total told with "now" were not read; the
    25th is after 24 before, not 24 in all. "the third damaging frost" / "has now suffered three damaging frosts"
    (own1603) agree."""
    assert _relations_between("own568", "NASA's Perseverance", "The rover has now") == [Relation.CONFLICT]
    assert _relations_between("own1603", "It is the third", "The region has now") == [Relation.SAME]


def test_a_forecast_temperature_is_compared_only_with_another_forecast() -> None:
    """ "Temperatures are expected to reach 43C in parts of the country on Thursday" / "a heatwave sent temperatures
    soaring to 41C in Athens" (Wednesday's, own1804) were called a conflict, and "expected to reach 43C" / "could hit
    44C on Thursday" only related: a forecast is no measured heat, and two forecasts of one day are compared though
    "could" only supposes."""
    assert _relations_between("own1804", "Temperatures are expected", "The Acropolis was closed") == []
    assert _relations_between("own1804", "Temperatures are expected", "Forecasters warned") == [Relation.CONFLICT]


def test_a_region_s_sales_and_what_tariffs_cost_are_not_the_company_s_results() -> None:
    """ "Revenue declined 12% to $11.1 billion" / "Revenue in Greater China dropped 21%" and "its net income fell 86%
    to $211 million" / "tariffs would cost it around $1.5 billion" (own1805) were called conflicts: a region's sales
    are a segment of the whole, and what tariffs cost is no profit."""
    assert _relations_between("own1805", "Revenue declined", "Revenue in Greater China") == []
    assert _relations_between("own1805", "Nike said on Thursday", "Nike estimated") == []
    assert _relations_between("own1805", "Sales in China", "Revenue in Greater China") == [Relation.SAME]
    assert _relations_between("own1805", "The company said it expected", "Nike estimated") == [Relation.CONFLICT]


def test_how_long_the_story_s_event_lasted_is_one_measure_of_it() -> None:
    """ "The raid took less than ten minutes" / "The robbery lasted about seven minutes" (own1809) shared no word and
    were not linked: how long the event lasted is a measure a story has one of. A statement counting something
    besides tells more than the length ("Bidding lasted about 20 minutes, with six bidders competing", own298)."""
    assert _relations_between("own1809", "The raid took", "The robbery lasted") == [Relation.SAME]
    assert _relations_between("own1012", "The raid lasted", "The whole operation") == [Relation.SAME]
    assert Relation.SAME not in _relations_between("own298", "Bidding lasted", "Bidding went on")


def test_fines_on_two_companies_are_not_one_fine() -> None:
    """ "The European Commission fined Apple 500 million euros" / "Meta received a fine of 250 million euros" (own1812)
    were called a conflict: two fines, each on its own company, are two sums; two fines on one company still are one."""
    assert _relations_between("own1812", "The European Commission", "Meta received") == []
    assert _relations_between("own1812", "Meta was fined", "Apple was fined") == []
    assert _relations_between("own1812", "Meta was fined", "Meta received") == [Relation.CONFLICT]


def test_a_first_against_a_deed_done_before_is_a_fact_told_once() -> None:
    """ "It is the first fine under the Digital Markets Act" / "The EU has already used the law to fine Google last
    year" (own1812) were not linked: they share little but the fine, and a first against a deed done before was read
    only between pairs about the same thing. The first of a thing named ("The rocket's first stage landed") tells no
    first time (own559)."""
    assert _relations_between("own1812", "It is the first", "The EU has already") == [Relation.CONFLICT]
    assert _relations_between("own559", "The rocket's first stage", "The first stage had flown") == []


def test_one_person_who_has_died_is_one_dead() -> None:
    """ "Two people have died, including a school-aged child" / "One person has died since the outbreak began"
    (own1811) were not linked: "One person has died" was read as someone dead, at least one, as "A man has died" is."""
    assert _relations_between("own1811", "Two people have died", "One person has died") == [Relation.CONFLICT]


def test_one_unit_of_time_an_event_lasted_is_a_length() -> None:
    """ "The debate lasted two days" / "The debate took place over a single day" (own1814) were only related: "a
    single day" and "one day" after a verb of lasting were no length; "One day later" still tells none."""
    assert _relations_between("own1814", "The debate lasted", "The debate took place") == [Relation.CONFLICT]
    (one_day,) = read_values("The strike lasted one day.").quantities
    assert (one_day.kind, one_day.value) == (Kind.DURATION, 1)
    assert read_values("One day later, police arrived.").quantities == ()


def test_whole_weeks_leave_out_the_days_over() -> None:
    """ "Boeing machinists vote to end seven-week strike" / "bringing their strike to an end after 53 days" (own1817,
    own1726) were called a conflict: seven weeks and four days is told "seven weeks", not only 49 days give or take
    half a week; ten days over are two weeks' worth ("a week" is not "11 days")."""
    assert _relations_between("own1817", "Boeing machinists vote", "Members of the IAM") == [Relation.SAME]
    assert _relations_between("own1726", "Boeing machinists vote", "Members of the IAM") == [Relation.SAME]
    (week,) = read_values("The strike lasted one week.").quantities
    (days,) = read_values("The strike lasted 11 days.").quantities
    assert not week.agrees(days)


def test_to_reinstate_is_to_restore() -> None:
    """ "The company did not restore the traditional pension plan" / "The traditional pension plan was reinstated as
    part of the deal" (own1817) were only related: restoring and reinstating shared no term."""
    assert _relations_between("own1817", "The company did not", "The traditional pension") == [Relation.CONFLICT]


def test_a_rise_and_a_fall_of_shares_whose_owner_one_only_describes_are_opposites() -> None:
    """ "Samsung shares rose 2% in Seoul" / "Shares of the South Korean tech giant fell 1.5% in Seoul trading"
    (own1823) were called the same claim: a rise and a fall were opposites only beside one word or one named subject,
    and the figures agree to a whole percent. Shares of two companies named apart still rise and fall apart."""
    assert _relations_between("own1823", "Samsung shares rose", "Shares of the South") == [Relation.CONFLICT]
    assert judged("Shell shares rose 2% in London.", "BP shares fell 1.5% in London trading.").relation is not (
        Relation.CONFLICT
    )


def test_korean_won_after_a_sum_is_money_not_a_win() -> None:
    """ "Samsung has not yet won approval from Nvidia" was called a conflict with "The chip division's profit was 6.45
    trillion won" and with the quarter's profit in won (own1823): the currency after a sum was read as the verb,
    asserted there and denied here. "won 48 seats" is still a win."""
    assert _relations_between("own1823", "Samsung has not yet", "The chip division") == []
    assert _relations_between("own1823", "Samsung has not yet", "Samsung's second-quarter") == []
    assert judged("The party did not win a seat.", "The party won 48 seats.").relation is Relation.CONFLICT


def test_data_told_untouched_against_data_taken_is_a_fact_told_once() -> None:
    """ "The NHS said patient data had not been stolen" / "The hackers have published patient data online" (own1824),
    "The hospital said patient records had not been accessed" / "Hackers stole some patient data" (own1126) were only
    related: a denial reached the other only on the same predicate. Data feared taken is told neither way."""
    assert _relations_between("own1824", "The NHS said patient", "The hackers have") == [Relation.CONFLICT]
    assert _relations_between("own1126", "The hospital said patient", "Hackers stole some") == [Relation.CONFLICT]
    assert _relations_between("own1463", "JLR said there was", "JLR later admitted") == [Relation.CONFLICT]
    assert (
        judged(
            "Residents' personal data may have been stolen, officials warned.",
            "There is no evidence that residents' personal data was stolen, a spokeswoman said.",
        ).relation
        is not Relation.CONFLICT
    )


def test_two_kinds_of_one_cause_are_two_causes() -> None:
    """ "SpaceX said the explosion was likely caused by a fuel leak" / "Elon Musk said an oxygen leak was the likely
    cause" (own1826) were called the same claim: causes were apart only when they shared no word, and "was the likely
    cause" named none. Waves from an eruption are still the waves an eruption caused (own601)."""
    assert _relations_between("own1826", "SpaceX said the explosion", "Elon Musk said") == [Relation.RELATED]
    assert _relations_between("own601", "Repsol blamed", "The spill, of 10,000") == [Relation.SAME]


def test_islands_are_named_by_their_short_names_too() -> None:
    """ "Debris from the upper stage was seen falling over the Turks and Caicos Islands" / "Falling debris was filmed
    from the Turks and Caicos" (own1826, own834) were only related: the short name was two unknown words, not the
    place."""
    assert _relations_between("own1826", "Debris from the upper", "Falling debris") == [Relation.SAME]
    assert _relations_between("own834", "Debris was seen", "Residents of the Turks") == [Relation.SAME]


def test_no_comment_made_as_one_left_is_a_comment_declined() -> None:
    """ "Outside court, Hart said he was 'humbled' and thanked the jury" / "Hart made no comment as he left the court"
    (own1827) were not linked: a comment declined was read only as "declined to comment" or "did not comment", with
    nothing after its topic."""
    assert _relations_between("own1827", "Outside court", "Hart made no") == [Relation.CONFLICT]


def test_a_second_deed_this_year_is_against_the_first_in_years() -> None:
    """ "It is the second escape from the prison this year" / "Officials said it was the first escape from Tacumbú in a
    decade" (own1828), "the second fatal bear attack in Slovakia this year" / "the first deadly bear attack in the
    country in more than ..." (own1568) were only related: an earlier deed was read only as "last year" or "years
    ago", not as the one a second this year follows."""
    assert _relations_between("own1828", "It is the second", "Officials said it was") == [Relation.CONFLICT]
    assert _relations_between("own1568", "It is the second fatal", "It was the first deadly") == [Relation.CONFLICT]


def test_two_promised_waits_within_a_time_are_one_wait() -> None:
    """ "Ticket holders will receive full refunds within 30 days" / "Fans will be refunded within 14 days" (own1291)
    were called the same claim: two lengths told with "within" were two ceilings, both true if the shorter is, as two
    waits seen are ("arrived within 45 minutes"); two promised are one wait told apart."""
    assert _relations_between("own1291", "Ticket holders will", "Fans will be") == [Relation.CONFLICT]
    assert (
        judged(
            "Rescuers reached the site by helicopter within an hour.",
            "Helicopter rescue teams arrived within 45 minutes.",
        ).relation
        is not Relation.CONFLICT
    )


def test_a_word_negated_by_its_prefix_is_its_opposite() -> None:
    """ "Both children who died were unvaccinated" / "One of the children who died had been vaccinated" (own1203) were
    only related, and "The man was unarmed when police shot him" / "The man was armed ..." the same claim: a word and
    its negation by a prefix were no opposites, as their stems ("arm", "constitution") are other words' too. Said of
    two things ("Armed police" / "the man ... was unarmed"), or negated apart ("non- operative"), they are none."""
    assert _relations_between("own1203", "Both children who died", "One of the children") == [Relation.CONFLICT]
    for said, negated in (
        ("The man was armed when police shot him.", "The man was unarmed when police shot him."),
        ("The law was found constitutional.", "The law was found unconstitutional."),
        ("The vaccine was found to be effective.", "The vaccine was found to be ineffective."),
    ):
        assert judged(said, negated).relation is Relation.CONFLICT, said
    assert (
        judged(
            "Armed police shot dead a man in Bristol on Sunday.",
            "Man shot by police in Bristol was unarmed, witnesses say",
        ).relation
        is not Relation.CONFLICT
    )
    assert (
        judged(
            "Most of the businesses were non- operative, he said.", "Most of the businesses are currently inoperative."
        ).relation
        is not Relation.CONFLICT
    )


def test_a_move_denied_is_not_the_opposite_move_told() -> None:
    """ "Daily aspirin does not cut cancer risk in older adults, study finds" / "Aspirin linked to higher cancer death
    risk in over-70s" (own1832) were called the same claim: a cut denied was read as the rise told, though the risk
    may have stayed as it was. A statement denying a move and telling the opposite one ("rose 5 percent instead of
    falling") still tells it alike."""
    assert _relations_between("own1832", "Daily aspirin", "Aspirin linked") == []
    assert _relations_between("own1832", "Taking a low-dose", "Aspirin linked") == []
    assert (
        judged(
            "Sales rose 5 percent instead of falling, as many industry experts had predicted.",
            "Sales rose 5 percent last quarter, the company said.",
        ).relation
        is Relation.SAME
    )


def test_a_score_after_a_club_of_two_names_is_read() -> None:
    """ "Real Madrid won the Champions League ..., beating Borussia Dortmund 2-0 in the final" / "Borussia Dortmund beat
    Real Madrid 1-0 to win the Champions League final" (own1835) were called the same claim: the word of result stood
    too far before the score, past the club's two names, for "2-0" to be read as one."""
    assert _relations_between("own1835", "Real Madrid won", "Borussia Dortmund") == [Relation.CONFLICT]


def test_a_unanimous_ruling_against_one_split_is_a_conflict_sharing_only_the_ruling() -> None:
    """ "The ruling was unanimous" / "Five judges delivered the ruling, which was split 3-2" (own1839) were not linked:
    a unanimous vote was set against a split one only where the two shared two words beside the vote, so that two
    votes of a story are not taken for one; a court's ruling, of which a story tells one, is enough."""
    assert _relations_between("own1839", "The ruling was", "Five judges") == [Relation.CONFLICT]


def test_what_should_not_be_done_is_advice_too() -> None:
    """ "Lord Hodge said the judgment should not be seen as a triumph of one side over another" / "Lord Hodge urged
    people not to read the judgment as a victory for either side" (own1839) were only related: advice against a deed
    was told apart from a statement giving no advice, and "should not" was none."""
    assert _relations_between("own1839", "Lord Hodge said", "Lord Hodge urged") == [Relation.SAME]


def test_the_us_is_a_place_that_says_something() -> None:
    """ "The device will cost $3,499 and go on sale early next year in the US" / "It will be available in the United
    States early next year for $3,499" (own1841) were only related, "Lexomab was approved in the United States last
    year" / "US regulators have not yet approved the drug" (own726) not set apart: "US", written as the function word
    "us", was read as the place and then passed over as saying nothing. A final lost "a year earlier" is still another
    occasion than the one won (own608)."""
    assert _relations_between("own1841", "The device will", "It will be available") == [Relation.SAME]
    assert _relations_between("own726", "Lexomab was approved", "US regulators") == [Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations_between("own608", "Sabalenka had lost", "World number two")
    assert judged("They told us the truth.", "The truth about the US was told.").relation is not Relation.SAME


def test_a_share_imparted_is_no_stock() -> None:
    """ "The company refused to share information about the deal" / "The company's shares fell after the deal was
    announced" were called a conflict: the verb was read as the stock, refused here and told there."""
    assert (
        judged(
            "The company refused to share information about the deal.",
            "The company's shares fell after the deal was announced.",
        ).relation
        is not Relation.CONFLICT
    )


def test_a_board_decision_split_against_one_unanimous_is_a_conflict() -> None:
    """ "The decision was made by a 7-2 vote" / "The decision was unanimous" (own1844) were not linked: of a story's
    decisions only a court's ruling, shared alone, was taken for the vote both tell."""
    assert _relations_between("own1844", "The decision was made", "The decision was unanimous") == [Relation.CONFLICT]


def test_a_deed_kept_up_and_another_stopped_are_no_opposites() -> None:
    """ "Governor Kazuo Ueda said the bank would keep buying government bonds" / "The bank will stop buying
    exchange-traded funds" (own1844) were called a conflict: keeping on and stopping were opposites beside one deed,
    whatever each buys. One deed kept up and stopped still is one ("Haller had admitted knowing about the illegal
    software" / "Haller denied knowing about the defeat devices", own826, are no kept deed)."""
    assert _relations_between("own1844", "Governor Kazuo", "The bank will stop") == []
    assert (
        judged("The bank would keep buying government bonds.", "The bank will stop buying government bonds.").relation
        is Relation.CONFLICT
    )
    assert _relations_between("own826", "Haller, 61, had admitted", "Haller, 61, denied") == [Relation.CONFLICT]


def test_shares_closed_down_by_a_share_of_themselves_fell() -> None:
    """ "Apple shares closed down 0.8% after the announcement" / "The company's stock rose after the presentation"
    (own1841), "BP shares rose 1% in London" / "The shares closed down 1.5%" (own1741), "Ryanair shares were down 1%
    in Dublin" / "The airline's stock rose 0.5%" (own379) were not set apart: "down" by a percentage was no fall, and
    a company's shares named by one and described by the other were one thing only in the same claim."""
    assert _relations_between("own1841", "Apple shares closed", "The company's stock") == [Relation.CONFLICT]
    assert _relations_between("own1741", "BP shares rose", "The shares closed") == [Relation.CONFLICT]
    assert _relations_between("own379", "Ryanair shares were", "The airline's stock") == [Relation.CONFLICT]
    assert judged("German inflation rose to 2.6% in December.", "Core inflation eased to 3.0%.").relation is not (
        Relation.CONFLICT
    )


def test_a_successor_picked_is_a_successor_chosen() -> None:
    """ "The board has formed a search committee to find a permanent successor" / "Intel has already picked his
    successor, according to one person" (own1851) were only related: a successor was told chosen when named,
    appointed or chosen, not picked."""
    assert _relations_between("own1851", "The board has formed", "Intel has already") == [Relation.CONFLICT]


def test_forced_out_as_chief_is_ousted_not_retired() -> None:
    """ "Intel said on Monday that chief executive Pat Gelsinger had retired" / "Pat Gelsinger was forced out as
    Intel's chief executive after the board lost confidence" (own1851, own408) were called the same claim: "forced out
    as" was no ousting, and a retirement and an ousting were one leaving."""
    assert _relations_between("own1851", "Intel said on Monday", "Pat Gelsinger was") == [Relation.CONFLICT]
    assert _relations_between("own408", "Intel said on Monday", "Pat Gelsinger was") == [Relation.CONFLICT]


def test_a_barrier_broken_is_a_floor_not_a_price() -> None:
    """ "Bitcoin traded at $103,400 in Asian hours" / the headline "Bitcoin breaks $100K barrier after Trump picks
    crypto-friendly SEC chief" (own1853) were a conflict: a figure broken or crossed was read as the price itself,
    where it is one the price went beyond, as "tops" and "passes" were read."""
    assert _relations_between("own1853", "Bitcoin traded at", "Bitcoin breaks") != [Relation.CONFLICT]
    assert judged("Bitcoin breaks $100K barrier.", "Bitcoin traded at $93,400.").relation is Relation.CONFLICT


def test_a_bill_passed_by_a_split_is_a_vote() -> None:
    """ "The Senate approved the bill by 34 votes to 19" / "The bill passed the upper house 34-19" (own1854) were only
    related: a split after a bill passed was read as a vote only where a word said "vote", so the two tallies were not
    seen to agree, nor "passed the upper house 34-19" / "passed the upper house 35-19" to differ."""
    assert _relations_between("own1854", "The Senate approved", "The bill passed") == [Relation.SAME]
    assert (
        judged("The bill passed the upper house 34-19.", "The bill passed the Senate 35-19.").relation
        is Relation.CONFLICT
    )


def test_a_move_is_said_of_the_subject_past_an_aside() -> None:
    """ "Ether, the second-largest cryptocurrency, rose 4%" / "Ether fell 2%" were only related: what rose was read as
    the word right before the verb, the aside's "cryptocurrency", which the other does not name (own1853's "Ether, the
    second-largest cryptocurrency, also gained, rising 4%" / "Ether fell 2% on the day")."""
    assert judged("Ether, the second-largest cryptocurrency, rose 4%.", "Ether fell 2%.").relation is Relation.CONFLICT


def test_a_thing_that_gained_rose() -> None:
    """ "Ether, the second-largest cryptocurrency, also gained, rising 4%" / "Ether fell 2% on the day" (own1853) were
    only related: "gained" was no rise, so "Ether gained 4%" / "Ether fell 2%" was no conflict either; "Job gains for
    June were revised down" tells no gain (own663)."""
    assert _relations_between("own1853", "Ether, the second", "Ether fell") == [Relation.CONFLICT]
    assert judged("Ether gained 4%.", "Ether fell 2%.").relation is Relation.CONFLICT
    assert _relations_between("own663", "Job gains for June", "June's figure") == [Relation.SAME]


def test_a_move_told_in_the_present_names_what_moved() -> None:
    """ "Lego sales grow 13% as rivals struggle" / "Lego posts record sales, profit climbs 9%" (own1857) were only
    related, the 13% and the 9% read as one measure given apart: what moved was read after verbs in the past or the
    third person ("rose", "rises"), not after a headline's plural present ("sales grow"), so the 13% named no thing
    to tell from profit; and what moved was read past what it is for ("Sonora Foods' net income for the six months to
    June dropped 9%": net income, not the months; own329)."""
    assert _relations_between("own1857", "Lego sales grow", "Lego posts") == [Relation.SAME]
    assert _relations_between("own329", "Sonora Foods profit", "Sonora Foods' net") == [Relation.CONFLICT]
    assert judged("Nordvik sales grow 13%.", "Nordvik sales rose 9%.").relation is Relation.CONFLICT


def test_craftspeople_are_artisans() -> None:
    """ "Some 2,000 craftspeople worked on the rebuilding" / "Around 2,000 artisans took part in the work" (own1856)
    were not linked: craftspeople and artisans were two kinds of people, so the 2,000 counted two things."""
    assert _relations_between("own1856", "Some 2,000", "Around 2,000") == [Relation.SAME]


def test_a_cause_never_determined_is_unknown() -> None:
    """ "The cause of the 2019 fire has never been determined" / "Investigators concluded that the fire was caused by an
    electrical fault" (own1856) were only related: a cause was unknown when not determined, not when never."""
    assert _relations_between("own1856", "The cause of the 2019", "Investigators concluded") == [Relation.CONFLICT]


def test_a_countrys_dollars_by_its_letters_are_money() -> None:
    """ "face fines of up to A$49.5 million" (own1854) gave no value: a sum after "A$" (or "C$", "NZ$", "HK$") was no
    money, as the letter before the sign hid it, so two fines told apart in Australian dollars were no conflict, and
    "A$49.5 million" was not "49.5 million Australian dollars"."""
    assert judged(
        "Platforms face fines of up to A$49.5 million.", "Platforms face fines of up to A$30 million."
    ).relation is (Relation.CONFLICT)
    why = judged("The company was fined A$49.5 million.", "The company was fined 49.5 million Australian dollars.").why
    assert why.basis == "both give A$49.5 million / 49.5 million Australian dollars"


def test_a_tie_breaks_points_are_part_of_its_set() -> None:
    """ "Novak Djokovic won his first Olympic gold medal on Sunday, beating Carlos Alcaraz 7-6 7-6" / "Djokovic
    completed the career Golden Slam by beating Alcaraz 7-6 (3) 7-6 (2)" (own1859) were not linked: with a tie-break's
    points in brackets, the sets were read as two scores of 7-6, not one match's."""
    assert _relations_between("own1859", "Novak Djokovic won", "Djokovic completed") == [Relation.SAME]
    assert judged("Djokovic beat Alcaraz 7-6 (3) 6-4.", "Djokovic beat Alcaraz 7-6 (3) 7-6 (2).").relation is (
        Relation.CONFLICT
    )


def test_a_countys_toll_is_a_part_of_the_storms() -> None:
    """ "At least 40 people died in Buncombe County, North Carolina" / "At least 130 people have been killed by Helene
    in six states", and "The death toll from Hurricane Helene has risen to at least 120 people across six states" /
    "In Buncombe County alone, 30 people died" (own1863) were conflicts: a county's toll was read as a rival figure for
    the storm's, a county being no place the engine knew and "alone" hiding the opening one."""
    assert _relations_between("own1863", "At least 40 people", "At least 130") != [Relation.CONFLICT]
    assert _relations_between("own1863", "The death toll from", "In Buncombe County") != [Relation.CONFLICT]
    assert _relations_between("own1863", "At least 40 people", "In Buncombe County") == [Relation.CONFLICT]


def test_people_killed_or_injured_are_casualties_not_dead() -> None:
    """ "Gangs have killed more than 2,500 people in Haiti" / "more than 2,500 people were killed or injured in gang
    violence" (own1861) were called the same claim: a count of people killed or injured was read as a count of dead,
    where it counts casualties, as "2,500 casualties" does."""
    assert _relations_between("own1861", "Gangs have killed", "The UN says") != [Relation.SAME]


def test_everyone_accounted_for_is_none_missing() -> None:
    """ "Hundreds of people remain unaccounted for in North Carolina" / "Officials said everyone in North Carolina had
    been accounted for" (own1863) were only related: "all" accounted for was none missing, "everyone" was not."""
    assert _relations_between("own1863", "Hundreds of people", "Officials said everyone") == [Relation.CONFLICT]


def test_fires_caused_by_the_weather_were_not_set() -> None:
    """ "The cause of the fires is under investigation, but officials believe some may have been started deliberately"
    / "Officials said the fires were caused by high temperatures and strong winds, ruling out arson" (own1865) were only
    related: a cause of nature was a lightning strike only, not heat, wind or drought."""
    assert _relations_between("own1865", "The cause of the fires", "Officials said the fires") == [Relation.CONFLICT]


def test_a_founding_told_in_passing_describes_an_unnamed_thing_too() -> None:
    """ "The party, founded in 2019, is set to take 15 of the 75 seats in the Senate" / "It is expected to win 17 seats
    in the 75-member upper house" (own1867) were only related: "founded in 2019" was an aside only after a name, so
    after "The party" its words counted as the claim's own and its year set the claim in 2019."""
    assert _relations_between("own1867", "The party, founded", "It is expected") == [Relation.CONFLICT]


def test_ranks_of_other_things_are_no_rival_ranks() -> None:
    """ "Verstappen clinches fourth straight world title in Las Vegas" / "Verstappen sealed the championship with a
    fifth-place finish in Las Vegas" (own1873) were a conflict: two ranks were set apart as rivals unless each ranked an
    unbroken run, where a title ranked is no place finished."""
    assert _relations_between("own1873", "Verstappen clinches", "Verstappen sealed") != [Relation.CONFLICT]
    assert judged("Verstappen finished fourth in Las Vegas.", "Verstappen finished fifth in Las Vegas.").relation is (
        Relation.CONFLICT
    )


def test_figures_of_two_quarters_are_no_rival_figures() -> None:
    """ "Britain's economy shrank by 0.3% in the last three months of 2023" / "The economy had contracted by 0.1%
    between July and September" (own1875) were a conflict: a quarter told by its months or its place in the year was
    no time of its own, so the two quarters' shrinking were one figure told apart."""
    assert _relations_between("own1875", "Britain's economy shrank", "The economy had contracted") != [
        Relation.CONFLICT
    ]
    assert (
        judged(
            "The economy shrank by 0.3% in the third quarter.",
            "The economy contracted by 0.1% between July and September.",
        ).relation
        is Relation.CONFLICT
    )


def test_what_forecasters_expected_is_no_outcome() -> None:
    """ "Economists had expected a fall of 0.1% in the fourth quarter" / "Germany's economy also shrank in the fourth
    quarter" (own1875) were called the same claim: a forecast and an outcome shared their words."""
    assert _relations_between("own1875", "Economists had expected", "Germany's economy") != [Relation.SAME]


def test_a_thing_denied_to_people_is_no_denial_of_them() -> None:
    """ "Lufthansa fined $4 million over treatment of Jewish passengers" / "Lufthansa will pay a $4 million penalty
    after denying boarding to more than 100 Jewish travellers" (own1881) were a conflict: "denying boarding to" was read
    as denying the travellers, where it withholds the boarding; and "were stopped from boarding" was read as boarding,
    so it stood against "denying boarding" and agreed with "boarded"."""
    assert _relations_between("own1881", "Lufthansa fined", "Lufthansa will pay") == [Relation.SAME]
    assert _relations_between("own1881", "The passengers, most", "Lufthansa will pay") != [Relation.CONFLICT]
    assert judged("The passengers were stopped from boarding.", "The passengers boarded the flight.").relation is (
        Relation.CONFLICT
    )


def test_a_stock_splits_ratio_is_a_value() -> None:
    """ "The company split its stock ten-for-one earlier this month" / "The company carried out a four-for-one stock
    split this month" (own1882) were called the same claim: a split's ratio was no value, so two ratios told apart
    were not seen."""
    assert _relations_between("own1882", "The company split", "The company carried") != [Relation.SAME]
    assert judged(
        "Nvidia split its stock ten-for-one in June.", "Nvidia carried out a 4-for-1 stock split in June."
    ).relation is (Relation.CONFLICT)


def test_walking_off_the_job_is_a_strike() -> None:
    """ "About 10,000 Air Canada flight attendants walked off the job early on Saturday" / "More than 10,000 flight
    attendants at Canada's largest airline went on strike on Saturday" (own1887) were only related: walking off the
    job was no strike."""
    assert _relations_between("own1887", "About 10,000", "More than 10,000") == [Relation.SAME]


def test_a_deed_told_again_and_again_is_no_rival_of_one_opposite() -> None:
    """ "The company raised prices several times in 2022" / "IKEA to lower prices in Britain", and "IKEA will lower
    prices on about 500 products" / "IKEA increased prices repeatedly during 2022" (own1893) were conflicts: a run of
    rises was set against one cut, as a tally of wins is not against one defeat."""
    assert _relations_between("own1893", "The company raised", "IKEA to lower") != [Relation.CONFLICT]
    assert _relations_between("own1893", "IKEA will lower", "IKEA increased") != [Relation.CONFLICT]
    assert judged("The company raised prices in 2022.", "The company lowered prices in 2022.").relation is (
        Relation.CONFLICT
    )


def test_the_years_a_recalled_model_was_made_are_one_fact() -> None:
    """ "The recall covers models built between 2021 and 2024" / "The affected vehicles were made from 2020 to 2024"
    (own1572, and own73, own710, own983, own1815 alike) were not compared: the two share no word but their years, so
    the pair was never read closely. The years a story's recalled things were made in are one fact of it."""
    assert _relations_between("own1572", "The recall covers", "The affected vehicles") == [Relation.CONFLICT]
    assert _relations_between("own1815", "The recall covers", "Affected models") == [Relation.CONFLICT]
    left = _article("Carmaker recalls cars\n\nThe recall covers models built between 2021 and 2024.")
    right = _article("Carmaker recalls cars\n\nThe affected vehicles were made from 2021 to 2024.")
    assert not _called(left, right, Relation.CONFLICT)


def test_a_dissent_tells_a_decision_split() -> None:
    """ "Fed governor Michelle Bowman dissented, preferring a quarter-point cut" / "The decision was unanimous"
    (own1897) were not compared: they share no word but the decision's, and a dissent was no vote split."""
    assert _relations_between("own1897", "Fed governor", "The decision was") == [Relation.CONFLICT]
    left = _article("Central bank cuts rates\n\nNo member of the committee dissented from the decision.")
    right = _article("Central bank cuts rates\n\nThe decision was unanimous.")
    assert not _called(left, right, Relation.CONFLICT)


def test_two_floors_of_one_heat_a_degree_apart_agree() -> None:
    """ "Temperatures in parts of northern India exceeded 45C" / "Temperatures topped 46C in several northern states"
    (own1901) were a conflict: two floors were read as one tally's, as a toll's are."""
    assert _relations_between("own1901", "Temperatures in parts", "Temperatures topped") == [Relation.SAME]
    assert judged("Temperatures topped 42C on Monday.", "Temperatures passed 47C on Monday.").relation is (
        Relation.CONFLICT
    )


def test_a_toll_told_of_a_place_with_a_clause_of_its_own_is_its_part() -> None:
    """ "Most of the deaths were in Uttar Pradesh, where 17 workers died" / "Extreme heat killed nearly 25 election
    workers in India on Friday", and "Heatwave kills 33 polling staff" / "Officials in Bihar said 10 workers had died
    there" (own1901) were conflicts: a state's part of the toll was set against the whole."""
    assert _relations_between("own1901", "Most of the deaths", "Extreme heat") != [Relation.CONFLICT]
    assert _relations_between("own1901", "Heatwave kills", "Officials in Bihar") != [Relation.CONFLICT]
    assert _relations_between("own1901", "Most of the deaths", "In Uttar Pradesh") == [Relation.CONFLICT]


def test_a_level_aimed_at_is_no_level_reached() -> None:
    """ "UniCredit has increased its stake in Commerzbank to about 21%" / "The Milan-based bank said it had sought
    approval to lift its stake as high as 29.9%" (own1900) were a conflict: the level a request aims at was set
    against the level reached."""
    assert _relations_between("own1900", "UniCredit has increased", "The Milan-based") != [Relation.CONFLICT]
    assert _relations_between("own1900", "UniCredit raises", "The Milan-based") != [Relation.CONFLICT]
    assert judged(
        "The bank plans to raise its stake to 29.9%.", "The bank plans to lift its stake to 25%."
    ).relation is (Relation.CONFLICT)


def test_a_total_of_many_stays_is_no_one_stay() -> None:
    """ "The pair had been due to spend only eight days in space" / "Williams has now spent more than 600 days in
    space over her career" (own1902) were a conflict: a career's sum was set against one mission's length."""
    assert _relations_between("own1902", "The pair had been due", "Williams has now") != [Relation.CONFLICT]
    assert judged(
        "The astronaut spent 180 days in space on the mission.", "The astronaut spent 200 days in space on the mission."
    ).relation is (Relation.CONFLICT)


def test_a_thing_a_name_owns_is_not_the_name() -> None:
    """ "Brazil raises interest rates to 13.25%" / "Brazil's currency weakened after the decision" (own1905) were a
    conflict: both were read as said of Brazil, their opening word."""
    assert _relations_between("own1905", "Brazil raises", "Brazil's currency") != [Relation.CONFLICT]
    assert judged("Brazil's currency weakened on Monday.", "Brazil's currency strengthened on Monday.").relation is (
        Relation.CONFLICT
    )


def test_a_change_by_half_is_a_share() -> None:
    """ "The amount found in brains increased by around half over eight years" (own1906) gave no value: "by half" was
    no fraction, as "by a third" and "half of" were."""
    assert judged("Sales fell by half last year.", "Sales fell 20% last year.").relation is Relation.CONFLICT
    assert judged("Profit rose by nearly half in 2024.", "Profit rose 47% in 2024.").relation is not (Relation.CONFLICT)


def test_no_cut_and_no_loss_of_one_thing_are_one_no() -> None:
    """ "Spain's government approved a bill ... to cut the maximum working week from 40 hours to 37.5 hours without a
    reduction in pay" / "The Spanish cabinet ... backed legislation reducing the standard working week to 37.5 hours
    from 40, with no loss of wages" (own1910) were only related: two negations of two words of having less were read as
    two noes."""
    assert _relations_between("own1910", "Spain's government approved", "The Spanish cabinet") == [Relation.SAME]


def test_some_of_a_group_taken_to_hospital_are_the_hospitalised() -> None:
    """ "Six of those infected were taken to hospital" / "Nine people needed hospital treatment" (own1909) were only
    related: a part of a group counted nothing, whatever followed."""
    assert _relations_between("own1909", "Six of those", "Nine people") == [Relation.CONFLICT]
    assert judged(
        "Three of the victims were taken to hospital.", "Three people were taken to hospital."
    ).relation is not (Relation.CONFLICT)


def test_the_start_of_building_is_not_the_opening_of_what_is_built() -> None:
    """ "The bridge is expected to open in 2032" / "Work on the project is expected to start in 2026" (own1913) were a
    conflict: both starts of one thing, read from words of starting."""
    assert _relations_between("own1913", "The bridge is expected", "Work on the project") != [Relation.CONFLICT]
    assert judged(
        "Construction of the bridge began in 2019.", "Construction of the bridge started in 2017."
    ).relation is (Relation.CONFLICT)


def test_a_rules_reach_denied_is_no_denial_of_what_it_leaves_out() -> None:
    """ "The ban does not apply to hotels that already have permits" / "The Dutch capital has banned the construction
    of new hotels", and / "About 20 hotels that have already received permits can still be built" (own1916) were
    conflicts: the negation was read as denying the hotels, not the ban's applying to them."""
    assert _relations_between("own1916", "The ban does not apply", "The Dutch capital") != [Relation.CONFLICT]
    assert _relations_between("own1916", "The ban does not apply", "About 20 hotels") != [Relation.CONFLICT]
    assert judged(
        "The recall does not apply to cars sold in Europe.", "The recall applies to cars sold in Europe."
    ).relation is (Relation.CONFLICT)


def test_a_share_told_of_a_place_of_its_own_is_that_places() -> None:
    """ "One in six bacterial infections now resistant to antibiotics" / "In Africa, one in five infections was
    resistant" (own1918) were a conflict: a region's share was set against the world's, as a region's toll no longer
    is against the whole."""
    assert _relations_between("own1918", "One in six bacterial", "In Africa") != [Relation.CONFLICT]
    assert _relations_between("own1918", "The problem was worst", "In Africa") != [Relation.CONFLICT]


def test_a_toll_across_the_region_is_no_rival_of_one_countrys() -> None:
    """ "Floods kill four in Poland as Storm Boris batters central Europe" / "Storm Boris has now caused at least 18
    deaths across the region", and "Across central Europe, the storm has killed at least 15 people" / "Floodwaters have
    killed at least six people in Poland" (own1926) were conflicts: a country's toll against the region's."""
    assert _relations_between("own1926", "Floods kill four", "Storm Boris has now") != [Relation.CONFLICT]
    assert _relations_between("own1926", "Across central Europe", "Floodwaters have killed") != [Relation.CONFLICT]
    assert _relations_between("own1926", "Four people have died", "Storm Boris has now") != [Relation.CONFLICT]
    assert _relations_between("own1926", "Across central Europe", "Storm Boris has now") == [Relation.CONFLICT]


def test_a_turnout_is_no_share_of_the_votes() -> None:
    """ "Turnout was low, at about 7% of registered voters" / "Nearly 90% of voters in Paris backed a ban on shared
    electric scooters" (own1929) were a conflict: a turnout was set against the share voting one way."""
    assert _relations_between("own1929", "Turnout was low", "Nearly 90%") != [Relation.CONFLICT]
    assert judged("Turnout was 61% on Sunday.", "Turnout reached 48% on Sunday.").relation is Relation.CONFLICT


def test_a_vote_told_as_approved_by_so_many_with_some_against_is_a_split() -> None:
    """ "The bill passed with 176 votes in favour and 76 against" / "The law was approved by 176 of the 300 MPs, with 76
    voting against and two abstaining" (own1931) were only related: the second gave no vote, its 176 a count of MPs."""
    assert _relations_between("own1931", "The bill passed", "The law was approved") == [Relation.SAME]
    assert judged(
        "The law was approved by 176 of the 300 MPs, with 76 voting against.",
        "The bill passed with 186 votes in favour and 76 against.",
    ).relation is (Relation.CONFLICT)


def test_a_vote_with_some_against_tells_a_decision_split() -> None:
    """ "The judges voted 16 to 1 in favour of the women" / "The decision was unanimous" (own1930) were not compared:
    they share no word, and only a dissent told a decision split, not a vote's figures."""
    assert _relations_between("own1930", "The judges voted", "The decision was unanimous") == [Relation.CONFLICT]
    left = _article("Court rules for the women\n\nThe judges voted 17 to 0 in favour of the women.")
    right = _article("Court rules for the women\n\nThe decision was unanimous.")
    assert not _called(left, right, Relation.CONFLICT)


def test_a_part_of_a_sum_is_no_rival_of_the_whole() -> None:
    """ "The fine includes £104.5 million for failures in the running of sewage treatment works" / "The water regulator
    has fined Thames Water £123 million", and "Thames Water has been fined £122.7 million" / "About £18 million of the
    fine relates to dividend payments" (own1933) were conflicts: a part of the fine against the whole."""
    assert _relations_between("own1933", "The fine includes", "The water regulator") != [Relation.CONFLICT]
    assert _relations_between("own1933", "Thames Water has been fined", "About £18 million") != [Relation.CONFLICT]
    assert judged(
        "The fine includes £18 million for dividends.", "The fine includes £25 million for dividends."
    ).relation is (Relation.CONFLICT)


def test_a_count_and_one_more_named_after_it_is_one_more() -> None:
    """ "Six killed as tourist helicopter crashes into Hudson River" / "New York helicopter crash kills family of five
    and pilot" (own1935) was a conflict: the pilot after the five is one more of the dead, six in all."""
    assert _relations_between("own1935", "Six killed", "New York helicopter") == [Relation.SAME]
    assert judged(
        "Five passengers and the pilot were killed in the crash.", "Six people were killed in the crash."
    ).relation is (Relation.SAME)
    assert judged(
        "Five passengers and the pilot were killed in the crash.", "Five people were killed in the crash."
    ).relation is (Relation.CONFLICT)
    # The killers themselves told after the one more are not of the count; the hostages' nationals are not all of them.
    assert judged(
        "The two gunmen killed 12 students and a teacher at the school.",
        "The two gunmen killed 12 students, a teacher and themselves at the school.",
    ).relation is (Relation.SAME)
    assert _relations_between("own1020", "The two Italians", "The hostages, two Italians") == [Relation.SAME]


def test_a_range_is_one_value_with_two_ends() -> None:
    """ "The cut brings the federal funds rate to a range of 4.75% to 5%" / "The new target range is 4.75%-5.00%"
    (own1897) and "It had been expected to fetch between $40 million and $60 million" / "Sotheby's had estimated it
    would sell for $40 million to $60 million" (own1564) were not compared: a range was no value. A value within a
    range may be it ("between 40 and 90 metres wide" / "up to 90 metres across", own1816); one outside it is not
    ("Between 23 and 25 girls" / "About 20 girls", own1740)."""
    assert _relations_between("own1897", "The cut brings", "The new target range") == [Relation.SAME]
    assert _relations_between("own1564", "It had been expected", "Sotheby's had estimated") == [Relation.SAME]
    assert _relations_between("own1816", "The asteroid is estimated", "The space rock") == [Relation.SAME]
    assert _relations_between("own1740", "Between 23 and 25", "About 20 girls") == [Relation.CONFLICT]
    assert judged(
        "The painting was expected to fetch between $40 million and $60 million.",
        "The painting was expected to fetch between $20 million and $30 million.",
    ).relation is (Relation.CONFLICT)
    # By so much, to so much: no range.
    assert judged(
        "Tuition at community colleges will rise by $300 to $2,800.",
        "Tuition at community colleges will rise by $300 to $2,500.",
    ).relation is (Relation.CONFLICT)


def test_a_level_moved_from_is_no_rival_of_the_level_reached() -> None:
    """ "The monthly cost of an individual plan in the UK will rise by £1 to £12.99" / "British subscribers on an
    individual plan will pay £12.99 a month, up from £11.99" (own1155) set £12.99 against £11.99: the level a price
    rose from was read as its level, and "monthly cost" as no price a month. A level moved from compares with
    another such ("up from 4.2%" / "from 4.3%", own1169)."""
    assert judged(
        "The monthly cost of the individual plan in the UK rose to £12.99.",
        "British subscribers on the individual plan will pay £12.99 a month, up from £11.99.",
    ).relation is (Relation.SAME)
    assert judged(
        "Spotify raised the monthly price of its individual plan in the US to $11.99.",
        "Spotify is increasing the price of its individual plan in the United States to $11.99 a month from $10.99.",
    ).relation is (Relation.SAME)
    assert _relations_between("own1169", "The UK unemployment rate rose", "Britain's jobless rate") == [
        Relation.CONFLICT
    ]


def test_a_level_unchanged_until_then_is_no_rival_of_the_change() -> None:
    """ "It is the first increase in the fee since 2015" / "The fee had been unchanged for nearly a decade" (own1941)
    was a conflict: a level told unchanged in the past perfect is the stretch before the change, not a rival of it."""
    assert _relations_between("own1941", "It is the first increase", "The fee had been unchanged") != [
        Relation.CONFLICT
    ]
    assert judged(
        "The central bank raised its key interest rate on Thursday.",
        "The central bank kept its key interest rate unchanged on Thursday.",
    ).relation is (Relation.CONFLICT)


def test_a_company_bought_is_bought_once() -> None:
    """ "Jingye bought British Steel in 2020" / "Jingye bought the company out of insolvency in 2019" (own1939) were
    only related: a buyer buys a company once, and two years for it are two accounts of one deal."""
    assert _relations_between("own1939", "Jingye bought British Steel", "Jingye bought the company") == [
        Relation.CONFLICT
    ]


def test_a_thing_ruled_out_against_one_that_remains_an_option() -> None:
    """ "The bill does not nationalise the company, but nationalisation remains an option, ministers said" /
    "Ministers ruled out nationalising the company" (own1939) were called the same claim: one possibility, closed by
    one and left open by the other, the deed told as a noun in one and a verb in the other."""
    assert _relations_between("own1939", "The bill does not nationalise", "Ministers ruled out") == [Relation.CONFLICT]
    match = judged(
        "The bill does not nationalise the company, but nationalisation remains an option, ministers said.",
        "Ministers ruled out nationalising the company.",
    )
    assert {d.a for d in match.why.differences} == {"remains an option"}


def test_people_who_use_a_thing_are_its_users() -> None:
    """ "The platform has about 22 million users in Brazil" / "Some 40 million Brazilians use the platform each month"
    (own1942) were only related: people counted as using a thing are its users, all it has."""
    assert _relations_between("own1942", "The platform has about 22", "Some 40 million") == [Relation.CONFLICT]
    assert judged(
        "The platform has about 22 million users in Brazil.", "Some 22 million people in Brazil use the platform."
    ).relation is (Relation.SAME)


def test_the_day_of_an_order_is_no_rival_of_the_day_it_was_carried_out() -> None:
    """ "Justice Alexandre de Moraes ordered the suspension of X in Brazil on Friday ..." / "X was blocked in Brazil on
    Saturday ..., as ordered by Supreme Court judge Alexandre de Moraes" (own1942) was a conflict, Friday against
    Saturday: the day of an order compares only with another order's day."""
    assert Relation.CONFLICT not in _relations_between("own1942", "Justice Alexandre", "X was blocked")
    assert judged(
        "The judge ordered the suspension of X on Friday.", "The judge ordered the suspension of X on Saturday."
    ).relation is (Relation.CONFLICT)


def test_what_is_left_out_of_a_thing_is_without_it() -> None:
    """ "The Norwegian was not paired for the ninth round" / "He was left out of the pairings for round nine"
    (own1947) was a conflict, a negation against none: what is left out of a thing is without it."""
    assert _relations_between("own1947", "The Norwegian was not paired", "He was left out") == [Relation.SAME]
    assert judged(
        "Kane was left out of the England squad for the World Cup.",
        "Kane was named in the England squad for the World Cup.",
    ).relation is (Relation.CONFLICT)


def test_a_population_told_as_all_that_remain() -> None:
    """ "The population of Iberian orcas is estimated at about 35 animals" / "Only around 39 Iberian orcas remain"
    (own1945) were only related: a population and all that remain are one count, whatever word each counts in."""
    assert _relations_between("own1945", "The population of Iberian", "Only around 39") == [Relation.CONFLICT]
    assert judged(
        "The population of Iberian orcas is estimated at about 35 animals.", "The Iberian orca population is about 60."
    ).relation is (Relation.CONFLICT)
    # A fate is no population: "all 72 on board survive" counts those aboard, "remain missing" the missing.
    assert judged("Twelve climbers remain missing.", "Twelve climbers are still missing.").relation is (Relation.SAME)


def test_a_record_held_is_no_reading_of_the_day() -> None:
    """ "Death Valley heat kills motorcyclist as temperature hits 128F" / "Death Valley holds the world record of 134F
    (56.7C), set in July 1913" (own1949) was a conflict: a record held is another occasion's value, in either unit."""
    assert Relation.CONFLICT not in _relations_between("own1949", "Death Valley heat kills", "Death Valley holds")
    assert Relation.CONFLICT not in _relations_between("own1949", "A motorcyclist died", "Death Valley holds")
    assert judged(
        "Death Valley holds the world record of 134F, set in 1913.",
        "Death Valley holds the world record of 130F, set in 1913.",
    ).relation is (Relation.CONFLICT)


def test_over_a_stretch_of_time_is_across_it() -> None:
    """ "The protests ... saw activists climb gantries over the motorway on four consecutive days" / "Activists scaled
    overhead gantries on the motorway over three days" (own1948) were called the same: "over three days" was read as
    more than three. After a verb of lasting it still is ("The final lasted just over three hours", own1127)."""
    assert _relations_between("own1948", "The protests, in November", "Activists scaled") == [Relation.CONFLICT]
    assert _relations_between("own1127", "The match lasted", "The final lasted") == [Relation.SAME]


def test_other_people_convicted_are_a_part_of_all_convicted() -> None:
    """ "Four other activists were each sentenced to four years" / "Five Just Stop Oil activists jailed over plan to
    block M25" (own1948) was a conflict, four against five: the four others are convicted beside the one told before,
    a part of the five, as more dead are a part of a toll."""
    assert Relation.CONFLICT not in _relations_between("own1948", "Four other activists", "Five Just Stop Oil")
    assert judged(
        "Two other members of the group were rescued on Sunday.", "Three members of the group were rescued on Sunday."
    ).relation is (Relation.CONFLICT)


def test_a_height_is_no_distance_between_places() -> None:
    """ "Emperor penguins can grow to 1.2 metres tall" / "A juvenile emperor penguin turned up on a beach ..., some
    3,500 kilometres from Antarctica" (own1951) was a conflict: a thing's height against how far one place is from
    another. A length told from one end to the other is still a length ("measured about 30 metres from head to tail" /
    "was up to 20 metres long", own1712)."""
    assert Relation.CONFLICT not in _relations_between("own1951", "Emperor penguins can grow", "A juvenile emperor")
    assert _relations_between("own1951", "Emperor penguins can grow", "The birds can reach") == [Relation.CONFLICT]
    assert _relations_between("own1712", "The dinosaur lived", "The animal lived") == [Relation.CONFLICT]


def test_ranks_in_two_scopes_may_both_hold() -> None:
    """ "Botswana is Africa's largest diamond producer" / "Botswana is the world's second-largest diamond producer after
    Russia" (own1953) was a conflict, largest against second-largest: each ranks within a scope of its own."""
    assert Relation.CONFLICT not in _relations_between("own1953", "Botswana is Africa", "Botswana is the world")
    assert judged(
        "Botswana is the world's largest diamond producer.",
        "Botswana is the world's second-largest diamond producer after Russia.",
    ).relation is (Relation.CONFLICT)


def test_a_first_time_against_one_other_ever() -> None:
    """ "It is the first time an emperor penguin has been recorded in Australia" / "Only one other emperor penguin has
    ever been recorded in Australia, in 2009" (own1951) were only related: one other ever is a time before."""
    assert _relations_between("own1951", "It is the first time", "Only one other") == [Relation.CONFLICT]


def test_a_kind_written_in_s_before_a_noun_is_no_plural() -> None:
    """ "Four telecoms cables were also damaged" / "Two data cables were also cut" (own1952) were only related: four
    telecoms against two cables, "telecoms" read as the counted noun."""
    assert _relations_between("own1952", "Four telecoms cables", "Two data cables") == [Relation.CONFLICT]
    assert judged("Three sports cars were stolen overnight.", "Three cars were stolen overnight.").relation is (
        Relation.SAME
    )


def test_a_denial_of_one_named_thing_is_none_of_another_of_its_kind() -> None:
    """ "Magnus Carlsen withdrew from the World Rapid Chess Championship ..." / "Carlsen has said he will still play in
    the World Blitz Championship" (own1947) was a conflict: two championships, each named with a word the other
    statement never writes. A person named two ways is still one ("Sandra Day O'Connor" / "Justice O'Connor")."""
    assert Relation.CONFLICT not in _relations_between("own1947", "Magnus Carlsen withdrew", "Carlsen has said")
    assert judged(
        "Carlsen withdrew from the World Blitz Championship.",
        "Carlsen will still play in the World Blitz Championship.",
    ).relation is (Relation.CONFLICT)


def test_people_treated_are_the_injured() -> None:
    """ "Four other riders were treated at the scene" / "Three others were treated at the scene" (own1949) were the
    same claim: those treated were not counted, so four against three went unseen. People treated are the hurt."""
    assert _relations_between("own1949", "Four other riders", "Three others were") == [Relation.CONFLICT]
    assert judged("Twelve people were treated at the scene.", "Twelve people were hurt.").relation is Relation.SAME
    assert judged("Five people were treated in hospital.", "Nine people were treated in hospital.").relation is (
        Relation.CONFLICT
    )


def test_how_wholly_a_thing_is_so_does_not_hide_what_it_is_said_of() -> None:
    """ "Part of the national park was closed to visitors as a precaution" / "The national park stayed fully open,
    and crowds gathered at overlooks to watch" (own1954) were only related: "fully" stood between the park and
    "open", so closed and open seemed said of two things."""
    assert _relations_between("own1954", "Part of the national park", "The national park stayed") == [Relation.CONFLICT]
    assert judged("Part of the M25 motorway was closed.", "The M25 motorway was completely open.").relation is (
        Relation.CONFLICT
    )


def test_all_that_are_thought_to_remain_are_a_population() -> None:
    """ "Fewer than 50 Sumatran rhinos are thought to remain in the wild" / "Only about 80 Sumatran rhinos are left in
    the wild" (own1959) were only related: a population told as what is thought to remain was counted as rhinos."""
    assert _relations_between("own1959", "Fewer than 50", "Only about 80") == [Relation.CONFLICT]
    assert judged(
        "About 400 Amur leopards are believed to remain in the wild.", "The Amur leopard population is about 100."
    ).relation is (Relation.CONFLICT)


def test_a_deed_and_its_opposite_on_one_object() -> None:
    """ "The union rejected an offer of an 11% pay rise over 32 months" / "GDL accepted the pay rise offered by
    Deutsche Bahn but is striking over working hours" (own1958) were only related: what each took or turned down is
    named in several words after the deed, where the word right after it differs (an offer, the pay)."""
    assert _relations_between("own1958", "The union rejected", "GDL accepted the pay") == [Relation.CONFLICT]
    # Two things turned down and taken share no more than a word, or only that they were put forward.
    assert Relation.CONFLICT not in _relations_between("own185", "It is the first time voters", "Voters also rejected")
    assert judged(
        "The union rejected an offer of a one-off bonus.", "GDL accepted the pay rise offered by Deutsche Bahn."
    ).relation is not (Relation.CONFLICT)


def test_talks_that_broke_down_are_not_continuing() -> None:
    """ "Talks between the two sides broke down on Monday" / "Negotiations are continuing, both sides said" (own1958)
    were only related: a breakdown was no rival of going on, and a state told without "was" or "is" was not read as
    said of the subject the statement opens with."""
    assert _relations_between("own1958", "Talks between the two", "Negotiations are continuing") == [Relation.CONFLICT]
    assert judged("Peace talks collapsed in Geneva.", "Peace talks are continuing in Geneva.").relation is (
        Relation.CONFLICT
    )
    # A subject's state, told with no copula, is set against another told with one ("Talks ... broke down"); not a
    # deed done to something, nor what some of a group did.
    assert _relations_between("own1804", "Schools in Athens", "Some schools in") == [Relation.CONFLICT]
    assert Relation.CONFLICT not in _relations_between("own1456", "A jury in New York", "The jury convicted")
    assert Relation.CONFLICT not in _relations_between("own1453", "Four of the five", "Only Justice Luiz")


def test_a_newborn_told_female_and_male() -> None:
    """ "A female Sumatran rhino calf was born at the Way Kambas sanctuary ..." / "Critically endangered Sumatran rhino
    gives birth to male calf" and "A male Sumatran rhino was born on Saturday ..." (own1959): the first was the same
    claim as the headline, and only related to the lead, male and female being rivals of a kind. A story's newborn is
    one, so its sex is told once."""
    assert _relations_between("own1959", "A female Sumatran", "Critically endangered") == [Relation.CONFLICT]
    assert _relations_between("own1959", "A female Sumatran", "A male Sumatran") == [Relation.CONFLICT]
    assert NEWBORN.told(_reading("The giraffe gave birth to a healthy female calf on Monday.")) == "female"
    assert NEWBORN.told(_reading("A male giraffe was born at the zoo on Monday.")) == "male"
    assert NEWBORN.told(_reading("She gave birth to a baby girl on the flight.")) == "female"
    # The mother is no newborn; twins of both sexes tell no one sex.
    assert NEWBORN.told(_reading("The mother, a female born at the zoo in 2010, is doing well.")) is None
    assert NEWBORN.told(_reading("A male and a female cub were born on Friday.")) is None


def test_healthy_against_weak_or_sick() -> None:
    """ "The calf and its mother are healthy, the environment ministry said" / "Keepers said the calf was weak and was
    being closely monitored" (own1959) were not linked: healthy had no opposite, and a subject with another joined
    to it ("The calf and its mother") was not read as the calf."""
    assert _relations_between("own1959", "The calf and its mother", "Keepers said the calf") == [Relation.CONFLICT]
    assert judged("The baby is healthy, doctors said.", "Doctors said the baby was sick.").relation is (
        Relation.CONFLICT
    )


def test_all_of_a_place_and_those_who_live_there_are_its_population() -> None:
    """ "All 5,000 residents of Flin Flon in Manitoba were ordered to leave on Wednesday ..." / "About 4,000 people live
    in the city" (own1962): neither count was read, "ordered to leave" being no evacuation without "their homes" and
    "live in" no population; all the residents of a place are its population. (The two share no word, and two
    populations are not compared at any score: a story names other places, "Winnipeg, home to 750,000 people".)"""
    assert judged(
        "All 5,000 residents of Flin Flon were ordered to leave.", "About 4,000 people live in Flin Flon."
    ).relation is (Relation.CONFLICT)
    assert judged(
        "All 3,800 residents of Grindavik were evacuated on Friday.", "Grindavik, home to 3,800 people, was evacuated."
    ).relation is (Relation.SAME)
    assert judged(
        "About 2,000 people were told to leave their homes.", "Some 3,000 people were evacuated."
    ).relation is (Relation.CONFLICT)


def test_taken_by_bus_is_not_flown() -> None:
    """ "Evacuees are being taken by bus to Winnipeg, about 800 km to the south" / "Evacuees have been flown to
    Winnipeg" (own1962) were the same claim: a bus and a flight are two ways of travelling."""
    assert Relation.SAME not in _relations_between("own1962", "Evacuees are being taken", "Evacuees have been flown")
    assert judged("The team travelled to Madrid by bus.", "The team flew to Madrid.").relation is not Relation.SAME


def test_a_rank_told_of_an_earlier_occasion() -> None:
    """ "It is the company's third round of layoffs this year" / "The cuts follow 6,000 job losses announced in May, the
    company's second round of layoffs this year" (own1961) were a conflict: the second rank is May's, the occasion
    the cuts follow, so the two agree."""
    assert Relation.CONFLICT not in _relations_between("own1961", "It is the company's third", "The cuts follow")
    assert judged(
        "It was the bank's third rate cut this year.", "The bank cut rates again, its second cut this year."
    ).relation is (Relation.CONFLICT)


def test_the_first_half_of_the_year_is_the_first_half() -> None:
    """ "Norway's sovereign wealth fund made a profit of $222 billion in the first half of the year ..." / "Norwegian
    oil fund earns $138 billion in first half" (own1964) were only related: "of the year" after a half was read as
    this year's running total, another occasion than a first half told without it."""
    assert _relations_between("own1964", "Norway's sovereign wealth", "Norwegian oil fund earns") == [Relation.CONFLICT]
    assert judged(
        "Sales rose 4% in the first quarter of the year.", "Sales rose 9% in the first quarter."
    ).relation is (Relation.CONFLICT)


def test_fleeing_with_goods_is_stealing_them() -> None:
    """ "Thieves steal jewels worth €88m from Louvre" / "Four masked men broke into the Louvre on Sunday and made off
    with nine pieces of jewellery ..." (own1012) were only related: making off with goods, fleeing or getting away
    with them, was not read as stealing them (seen on own1963, "fled with goods worth an estimated €5 million", which
    stays only related to "€2 million in gold": gold and goods are two things named)."""
    assert _relations_between("own1012", "Thieves steal jewels", "Four masked men") == [Relation.SAME]
    assert judged(
        "Thieves stole paintings worth $3 million.", "The thieves made off with paintings worth $8 million."
    ).relation is (Relation.CONFLICT)


def test_a_bill_voted_down_is_no_bill_approved() -> None:
    """ "Spain's parliament approves cut in working week to 37.5 hours" / "Spain's Congress voted down a government bill
    that would have reduced the standard working week to 37.5 hours from 40" (own1968) were the same claim: "voted
    down" was read as two words, a vote and "down", never as a rejection."""
    assert _relations_between("own1968", "Spain's parliament approves", "Spain's Congress voted") == [Relation.CONFLICT]
    assert judged("The Senate approved the bill.", "The Senate voted down the bill.").relation is Relation.CONFLICT


def test_every_phrase_a_contrast_names_is_read_as_one_term() -> None:
    """A phrase of contrasts.txt ("voted_down") is read as one term only if a synonym group holds it
    (lexicon.known_phrases): "voted_down" stood there unread, so "voted down" was never a rejection (own1968)."""
    phrases = {form for _, group in contrast_groups() for option in group for form in option if "_" in form}
    read = {"_".join(words) for candidates in known_phrases().values() for words, _ in candidates}
    assert phrases <= read, sorted(phrases - read)
