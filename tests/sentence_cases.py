"""Sentence boundary cases, written for claimdiff, one group per kind of difficulty the
Golden Rules of sentence segmentation name, and the news cases that matter most to it.
Used by tests/test_sentences.py and, to compare with pySBD, by bench/segmentation.py."""

from __future__ import annotations

CASES: dict[str, list[tuple[str, list[str]]]] = {
    "plain ends": [
        ("The port reopened. Ships left at dawn.", ["The port reopened.", "Ships left at dawn."]),
        ("Who fired first? Nobody would say.", ["Who fired first?", "Nobody would say."]),
        ("It is over! The talks collapsed.", ["It is over!", "The talks collapsed."]),
        ("Really?! Nobody knew. Truly!! Nobody.", ["Really?!", "Nobody knew.", "Truly!!", "Nobody."]),
    ],
    "names and initials": [
        ("The report was written by Maria T. Lopez.", ["The report was written by Maria T. Lopez."]),
        ("George W. Bush met J. R. R. Tolkien's heirs.", ["George W. Bush met J. R. R. Tolkien's heirs."]),
        (
            "The choice was between plan A and plan B. Neither won.",
            [
                "The choice was between plan A and plan B.",
                "Neither won.",
            ],
        ),
        ("Only she and I. Was that enough?", ["Only she and I.", "Was that enough?"]),
    ],
    "abbreviations": [
        ("See p. 12 and fig. 3 of the report.", ["See p. 12 and fig. 3 of the report."]),
        (
            "Talks with Mr. Raisi and Dr. Amini began on Nov. 5.",
            ["Talks with Mr. Raisi and Dr. Amini began on Nov. 5."],
        ),
        ("Were the Smiths and co. invited?", ["Were the Smiths and co. invited?"]),
        ("Shares of Acme Inc. rose. The company said so.", ["Shares of Acme Inc. rose.", "The company said so."]),
        (
            "The contract went to Acme Corp. They start in May.",
            ["The contract went to Acme Corp.", "They start in May."],
        ),
        ("He climbed Mt. Damavand near St. George's camp.", ["He climbed Mt. Damavand near St. George's camp."]),
        ("It was Sr. Lopez's idea.", ["It was Sr. Lopez's idea."]),
        ("The answer was no. Officials left.", ["The answer was no.", "Officials left."]),
        ("It is listed as No. 4 in the index.", ["It is listed as No. 4 in the index."]),
    ],
    "initialisms": [
        ("Troops left the U.K. last week.", ["Troops left the U.K. last week."]),
        (
            "The aid came from the U.N. What happened next is unclear.",
            [
                "The aid came from the U.N.",
                "What happened next is unclear.",
            ],
        ),
        ("The U.S. Treasury named three firms.", ["The U.S. Treasury named three firms."]),
        ("She has worked in the E.U. since 2019.", ["She has worked in the E.U. since 2019."]),
        (
            "The sanctions were imposed by the U.S. Republicans objected.",
            [
                "The sanctions were imposed by the U.S.",
                "Republicans objected.",
            ],
        ),
    ],
    "times": [
        ("By 7 a.m. Mrs. Karimi had left.", ["By 7 a.m. Mrs. Karimi had left."]),
        ("The convoy arrived at 9 P.M. Mr. Ahmadi met it.", ["The convoy arrived at 9 P.M.", "Mr. Ahmadi met it."]),
        ("They met at 10 a.m. on Tuesday.", ["They met at 10 a.m. on Tuesday."]),
    ],
    "numbers": [
        ("Oil rose 2.75 percent to $81.40 a barrel.", ["Oil rose 2.75 percent to $81.40 a barrel."]),
        ("It cost $3.50. Nobody paid.", ["It cost $3.50.", "Nobody paid."]),
        ("Version 1.2.3 shipped. It failed.", ["Version 1.2.3 shipped.", "It failed."]),
        ("The Shahed-136 and the Mohajer-6 were shown.", ["The Shahed-136 and the Mohajer-6 were shown."]),
        ("The file is N\u00b0. 4411.20. It is sealed.", ["The file is N\u00b0. 4411.20.", "It is sealed."]),
    ],
    "addresses": [
        (
            "Write to press.office@example.org. They answer fast.",
            [
                "Write to press.office@example.org.",
                "They answer fast.",
            ],
        ),
        (
            "The page is at https://news.example.com/a.b/c.html. Read it.",
            [
                "The page is at https://news.example.com/a.b/c.html.",
                "Read it.",
            ],
        ),
    ],
    "parentheses": [
        ("The firm (it was founded in 1990.) grew fast.", ["The firm (it was founded in 1990.) grew fast."]),
        (
            "Prices fell. (Analysts expected it.) Shares rose.",
            ["Prices fell.", "(Analysts expected it.)", "Shares rose."],
        ),
        (
            '"We will not stop [...] until the end" (Reuters 2022).',
            ['"We will not stop [...] until the end" (Reuters 2022).'],
        ),
    ],
    "quotations": [
        ("He looked up, 'That is enough.' he said.", ["He looked up, 'That is enough.' he said."]),
        ('He looked up, "That is enough." he said.', ['He looked up, "That is enough." he said.']),
        ('He looked up, "That is enough." Then he left.', ['He looked up, "That is enough."', "Then he left."]),
        ('"It\'s over! We won," the coach said.', ['"It\'s over! We won," the coach said.']),
        (
            "\u201cWhy now? Why here?\u201d the mayor asked. Nobody replied.",
            [
                "\u201cWhy now? Why here?\u201d the mayor asked.",
                "Nobody replied.",
            ],
        ),
        ("The company is listed as Boo! on the exchange.", ["The company is listed as Boo! on the exchange."]),
    ],
    "lists": [
        ("1. Drones were sent 2. Missiles were not", ["1. Drones were sent", "2. Missiles were not"]),
        ("1. Drones were sent. 2. Missiles were not.", ["1. Drones were sent.", "2. Missiles were not."]),
        ("1) Drones 2) Missiles 3) Shells", ["1) Drones", "2) Missiles", "3) Shells"]),
        ("1.) Drones 2.) Missiles", ["1.) Drones", "2.) Missiles"]),
        ("a) Tehran b) Moscow c) Kyiv", ["a) Tehran", "b) Moscow", "c) Kyiv"]),
        ("a. Tehran b. Moscow", ["a. Tehran", "b. Moscow"]),
        (
            "\u2022 Tehran denied it \u2022 Moscow said nothing",
            ["\u2022 Tehran denied it", "\u2022 Moscow said nothing"],
        ),
        ("\u2022 4. Tehran \u2022 5. Moscow", ["\u2022 4. Tehran", "\u2022 5. Moscow"]),
        ("Turnout fell to 4. The count starts at 9.", ["Turnout fell to 4.", "The count starts at 9."]),
    ],
    "ellipses": [
        ("He paused . . . and then went on.", ["He paused . . . and then went on."]),
        ("I thought . . . I don't know.", ["I thought . . . I don't know."]),
        ("The talks ended... Delegates went home.", ["The talks ended...", "Delegates went home."]),
        ("That was all.... The room emptied.", ["That was all....", "The room emptied."]),
        ("The end came slowly . . . . Then silence.", ["The end came slowly . . . .", "Then silence."]),
        (
            "The rules were strict. . . . Nobody broke them. . . .",
            [
                "The rules were strict.",
                ". . . Nobody broke them. . . .",
            ],
        ),
        ("She said, \u201cwe will see . . . .\u201d", ["She said, \u201cwe will see . . . .\u201d"]),
    ],
}
"""Category: (text, its sentences)."""


def all_cases() -> list[tuple[str, list[str]]]:
    return [case for cases in CASES.values() for case in cases]
