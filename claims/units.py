"""The units, currencies and scales values are written in, each with its factor to the one
unit values of its kind are compared in, and the verbs a value moves by.

Plain tables: claims.quantities reads values with them, claims.quantity keeps their words out
of what a value measures.
"""

from __future__ import annotations

SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9, "bln": 1e9,
    "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
CURRENCY_BEFORE = {
    "us$": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "a$": "Australian dollars", "au$": "Australian dollars", "c$": "Canadian dollars", "ca$": "Canadian dollars",
    "nz$": "New Zealand dollars", "hk$": "Hong Kong dollars", "s$": "Singapore dollars",
}  # fmt: skip
"""Currencies written before a sum, a country's dollars by its letters ("A$49.5 million"), named as a country's
dollars written after a sum are ("49.5 million Australian dollars")."""
LENGTHS = {
    "km": 1.0, "kilometer": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometres": 1.0,
    "mile": 1.609344, "miles": 1.609344, "mi": 1.609344,
    "m": 0.001, "meter": 0.001, "meters": 0.001, "metre": 0.001, "metres": 0.001,
    "feet": 0.0003048, "foot": 0.0003048, "ft": 0.0003048, "yard": 0.0009144, "yards": 0.0009144,
    "inch": 0.0000254, "inches": 0.0000254, "cm": 0.00001, "centimetre": 0.00001,
    "centimetres": 0.00001, "centimeter": 0.00001, "centimeters": 0.00001, "mm": 0.000001, "millimetre": 0.000001,
    "millimetres": 0.000001, "millimeter": 0.000001, "millimeters": 0.000001,
}  # fmt: skip
NAUTICAL_MILE = 1.852
"""Kilometres in a nautical mile, the mile of the sea: "380 nautical miles off Somalia"."""
WEIGHTS = {
    "kg": 1.0, "kilogram": 1.0, "kilograms": 1.0, "kilo": 1.0, "kilos": 1.0, "pound": 0.45359237,
    "pounds": 0.45359237, "lb": 0.45359237, "lbs": 0.45359237, "tonne": 1000.0, "tonnes": 1000.0,
    "ton": 907.18474, "tons": 907.18474, "gram": 0.001, "grams": 0.001, "gramme": 0.001, "grammes": 0.001,
    "g": 0.001,
}  # fmt: skip
"""Kilograms in each unit of weight; "g" only in lower case ("239g"; "5G" is a network)."""
SPEEDS = {"mph": 1.609344, "km/h": 1.0, "kph": 1.0, "kmh": 1.0}
IN_MEGAWATTS = {"kilo": 0.001, "kw": 0.001, "mega": 1.0, "mw": 1.0, "giga": 1000.0, "gw": 1000.0}
"""A power's unit, by its prefix or its short form, in megawatts."""
CURRENCY_AFTER = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP",
    "crown": "crowns", "crowns": "crowns", "kronor": "crowns", "krona": "crowns", "kroner": "crowns",
    "yen": "JPY", "yuan": "CNY", "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "lira": "TRY", "rand": "ZAR",
    "won": "KRW",
}  # fmt: skip
"""Currencies written after a sum; the crowns of the Nordic countries and the Czech Republic
are one currency here, as a report names them without a country. "Pounds" and "won" are a
currency only after a scale or a currency sign ("10.4 trillion won"; not "won 48 seats", "5 pounds")."""
AMBIGUOUS_CURRENCIES = frozenset(("pound", "pounds", "won"))
"""Currencies that are other words too: money only after a scale or a currency sign."""
SCALE_WORDS = frozenset("million billion trillion thousand m bn mln bln".split())
"""Scales a sum is written in ("10.4 trillion won", "$3bn"): after one, an ambiguous currency is money."""
UNIT_FAMILIES = {
    **dict.fromkeys(LENGTHS, "distance"),
    **dict.fromkeys((*CURRENCY_AFTER, *SCALE_WORDS), "money"),
    **dict.fromkeys(WEIGHTS, "weight"),
    **dict.fromkeys(("acre", "acres", "hectare", "hectares", "ha", "square", "sq"), "area"),
    **dict.fromkeys(("percent", "per", "cent", "basis", "bp", "bps"), "percent"),
    **dict.fromkeys(("magnitude", "richter"), "magnitude"),
    **dict.fromkeys(
        ("kilowatt", "kilowatts", "megawatt", "megawatts", "gigawatt", "gigawatts", "kw", "mw", "gw"), "power"
    ),
    **dict.fromkeys("year years month months week weeks day days hour hours minute minutes seconds".split(), "time"),
}
"""The family of each word a unit is written in, next to a number: what the number may measure
("m" is millions, "pounds" a weight, as often as not)."""
AREAS = {"acre": 0.40468564224, "acres": 0.40468564224, "hectare": 1.0, "hectares": 1.0, "ha": 1.0}
SQUARE_AREAS = {"km": 100.0, "kilometre": 100.0, "kilometres": 100.0, "kilometer": 100.0, "kilometers": 100.0,
                 "mile": 258.9988110336, "miles": 258.9988110336, "mi": 258.9988110336}  # fmt: skip
MOVES = (
    "fell rose dropped climbed jumped slipped increased decreased grew declined gained lost soared plunged slumped "
    "tumbled surged dipped shrank slid risen fallen grown shrunk sank plummeted "
    "jumps rises falls drops climbs slips grows gains soars plunges slumps tumbles surges dips slides sinks plummets"
).split()
"""How a value moved: said of any value, so no clue to what it measures."""
UNITS_OF_TIME = ("decade", "year", "month", "week", "day", "hour", "minute")
"""Units a duration may be spelled in with "a" ("less than a day")."""
DURATION_WORDS = frozenset(
    "year years month months week weeks day days night nights hour hours minute minutes second seconds decade "
    "decades".split()
)
IN_DAYS = {
    "decade": 3652.5, "year": 365.25, "month": 365.25 / 12, "week": 7, "day": 1, "night": 1,
    "hour": 1 / 24, "minute": 1 / 1440, "second": 1 / 86400,
}  # fmt: skip
"""Days in each unit of time; a night spent somewhere ("stranded for two nights") stands for a day of it."""
