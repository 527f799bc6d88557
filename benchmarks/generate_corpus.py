"""A synthetic, seeded news corpus for benchmarks: any number of articles, JSONL.

Facts (a measure about a country) drift over the year; each article states a few of them as
of its date, in varied wording, among filler sentences and page furniture; a few figures are
wrong, so conflicts exist. Not labelled data: for speed and scale, never for quality.

    python benchmarks/generate_corpus.py 10000 --out /tmp/corpus.jsonl [--seed 7]
    python benchmarks/generate_corpus.py --draft 1000 --out /tmp/draft.md
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = ["Poland", "Romania", "Lithuania", "Latvia", "Estonia", "Slovakia", "Hungary",
             "Moldova", "Germany", "Czechia", "Bulgaria", "Finland", "Sweden", "Norway",
             "Denmark", "Austria", "Slovenia", "Croatia", "Greece", "Italy"]
OUTLETS = [f"{a} {b}" for a in ("Vistula", "Baltic", "Harbor", "Eastern", "Morning", "River",
                                 "Northern", "Capital") for b in ("Post", "Wire", "Gazette",
                                                                  "Ledger")]
# (wordings, base value, daily drift, kind of number); {v} the figure, {c} the country.
FACTS = [
    (["Some {v} US soldiers are stationed in {c}", "{c} now hosts about {v} American troops",
      "There are some {v} US service members in {c}"], 4000, 0.004, "count"),
    (["{c} has taken in more than {v} refugees from Ukraine",
      "The number of refugees in {c} has reached about {v}",
      "About {v} Ukrainian refugees are now living in {c}"], 80000, 0.01, "count"),
    (["Inflation in {c} reached {v}% in the latest month", "Prices in {c} rose at an annual "
      "rate of {v}%"], 6.0, 0.002, "percent"),
    (["Unemployment in {c} stood at {v}%", "The jobless rate in {c} was {v}%"], 5.0, -0.0005,
     "percent"),
    (["The government of {c} approved ${v} billion for defence",
      "{c} will spend ${v} billion on its armed forces"], 3.0, 0.0, "money"),
    (["At least {v} people have died in floods in {c}", "Floods in {c} have killed {v} "
      "people"], 40, 0.003, "count"),
    (["About {v} people were evacuated from flooded towns in {c}",
      "Some {v} residents of {c} had to leave their homes because of the floods"], 9000, 0.002,
     "count"),
]
# Context that makes each sentence read differently (and embed differently).
CONTEXT = [
    "as tensions rise in the region", "amid concerns about security", "after a request from "
    "the government", "according to figures seen by reporters", "despite the cold weather",
    "as the crisis enters a new phase", "a sharp change from last year", "in the latest "
    "official count", "as aid groups warned of shortages", "while talks continued abroad",
    "ahead of a summit of allies", "as winter approaches", "after days of heavy rain",
    "in a sign of growing pressure", "as the budget debate began", "following new data",
    "in what officials called a difficult period", "as ministers met in the capital",
    "with more expected in the coming weeks", "in a record for the decade",
]
# Draft-only context: a draft's sentences are new to the corpus, as a real draft's are.
DRAFT_CONTEXT = [
    "our correspondent reports", "in figures released this morning", "as our reporters "
    "found on the ground", "in a development first reported here", "as readers have asked",
    "in the figures our desk has checked", "according to our own count",
    "as the newsroom confirmed", "in data our analysts compiled", "as we went to press",
]
FILLER = [
    "Officials declined to comment further on the figures.",
    "The announcement came after a week of talks with allies.",
    "Opposition politicians called for a debate in parliament.",
    "Analysts said the situation remained uncertain.",
    "Local residents described long queues at the offices.",
    "The ministry promised to publish a full report soon.",
    "Critics said the plan was too little, too late.",
    "Talks are expected to continue next week in the capital.",
]
FURNITURE = ["46 VIEWS", "Share 12 Tweet 8", "Sign up for our newsletter",
             "© 2022 All rights reserved.", "Related posts"]
START = date(2022, 1, 1)


def fact_value(fact: int, country: int, day: int, rng: random.Random) -> str:
    _, base, drift, kind = FACTS[fact]
    value = base * (1 + 0.3 * country / len(COUNTRIES)) * (1 + drift) ** day
    if rng.random() < 0.03:  # a wrong figure: the conflicts a corpus carries
        value *= rng.choice([0.6, 1.5])
    if kind == "percent":
        return f"{value:.1f}"
    if kind == "money":
        return f"{value:.1f}"
    rounded = int(round(value, -2 if value > 1000 else 0))
    return f"{rounded:,}"


def sentence(rng: random.Random, day: int, context: list[str] = CONTEXT) -> str:
    fact, country = rng.randrange(len(FACTS)), rng.randrange(len(COUNTRIES))
    wording = rng.choice(FACTS[fact][0])
    core = wording.format(v=fact_value(fact, country, day, rng), c=COUNTRIES[country])
    return f"{core}, {rng.choice(context)}."


def article(number: int, rng: random.Random) -> dict[str, str]:
    day = rng.randrange(365)
    lines = [rng.choice(FURNITURE)] if rng.random() < 0.3 else []
    for _ in range(rng.randint(6, 12)):
        lines.append(sentence(rng, day) if rng.random() < 0.45 else rng.choice(FILLER))
    return {"id": f"a{number}", "source": rng.choice(OUTLETS),
            "published": (START + timedelta(days=day)).isoformat(),
            "title": f"Report {number}", "text": "\n\n".join(lines)}


def draft(words: int, rng: random.Random) -> str:
    paragraphs, count = [], 0
    while count < words:
        text = sentence(rng, 364, DRAFT_CONTEXT) if rng.random() < 0.5 else rng.choice(FILLER)
        paragraphs.append(text)
        count += len(text.split())
    return "# Draft\n\n" + "\n\n".join(paragraphs) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=int, nargs="?", default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--draft", type=int, metavar="WORDS",
                        help="write a draft of about WORDS words instead of a corpus")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.draft:
        args.out.write_text(draft(args.draft, rng), encoding="utf-8")
        return
    with args.out.open("w", encoding="utf-8") as out:
        for number in range(args.articles):
            out.write(json.dumps(article(number, rng)) + "\n")


if __name__ == "__main__":
    main()
