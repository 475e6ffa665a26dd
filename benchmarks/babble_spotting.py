"""Experiments on benchmarks/room.py's results: how the session's decision fares with and without each of its parts.

Read from a --details CSV of room.py (run with --domain-below=-inf so that every domain reading is kept with its
margin), so no audio is decoded again. Columns, each added to the one before:
  before             open vocabulary's transcript, then the grammar's phrase (the previous release's decision)
  + not forced       the grammar's phrase does not count when open vocabulary heard other words, sharing no content
                     word with it, that say no intent (voice_pacer.understanding.intent_of)
  + spotting         a template phrase of SPOT_WORDS or more words inside open vocabulary's transcript says its intent
  + domain >= T      the domain language model's reading, when its margin is at least T (one column per T)
Thresholds are chosen on joe (the development voice) and read on the unseen voices.

Run: python benchmarks/babble_spotting.py room-details.csv [--margins -0.5 -0.2 0]
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.room import SPECS
from benchmarks.speechlab import DEV_VOICE
from voice_pacer.ears.base import Speech, Unknown
from voice_pacer.hearing.base import Utterance
from voice_pacer.intents import match_intent
from voice_pacer.understanding import content_words, intent_of, spotted

HEARD = re.compile(r"^(?P<during>\*)?(?P<text>.*?)(?: \(open: (?P<open>.*?)\))?"
                   r"(?: \(domain: (?P<domain>.*) @(?P<margin>-?(?:[\d.]+|inf))\))?$")
Decide = Callable[[Utterance, float | None], str | None]


def parsed(part: str) -> tuple[bool, Utterance, float | None]:
    """(ended after the speech began, the utterance as heard, its domain reading's margin) from one --details entry."""
    found = HEARD.match(part)
    assert found is not None
    text, margin = found["text"], found["margin"]
    heard = Speech(text) if text else Unknown()
    return (bool(found["during"]), Utterance(heard, 0.0, 0.0, open_text=found["open"], domain_text=found["domain"]),
            float(margin) if margin is not None else None)


def before(heard: Utterance, _: float | None) -> str | None:
    texts = [t for t in (heard.open_text, heard.text) if t]
    return next((found for text in texts if (found := match_intent(text, SPECS)) is not None), None)


def without_domain(spot: bool) -> Decide:
    def decide(heard: Utterance, _: float | None) -> str | None:
        opened, grammar = heard.open_text, heard.text
        if opened and (found := match_intent(opened, SPECS)) is not None:
            return found
        forced = opened and not content_words(grammar) & content_words(opened)
        if grammar and not forced and (found := match_intent(grammar, SPECS)) is not None:
            return found
        return spotted(opened, SPECS) if spot and opened else None
    return decide


def with_domain(threshold: float) -> Decide:
    def decide(heard: Utterance, margin: float | None) -> str | None:
        keep = heard.domain_text if margin is not None and margin >= threshold else None
        return intent_of(Utterance(heard.heard, 0.0, 0.0, open_text=heard.open_text, domain_text=keep), SPECS)
    return decide


def score(rows: list[dict[str, str]], decide: Decide) -> dict[tuple[str, str], Counter]:
    """Per (condition, voice group): commands right, false commands, clips."""
    tally: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row in rows:
        if row["kind"] == "trigger":
            continue
        group = (row["condition"], DEV_VOICE if row["voice"] == DEV_VOICE else "unseen")
        heard = [parsed(part) for part in row["heard"].split(" | ")] if row["heard"] else []
        got = next((found for during, h, m in heard if during and (found := decide(h, m)) is not None), None)
        others = sum(decide(h, m) is not None for during, h, m in heard if not during)
        want = match_intent(row["said"], SPECS) if row["kind"] == "command" else None
        tally[group]["clips"] += 1
        tally[group]["commands"] += row["kind"] == "command"
        tally[group]["right"] += row["kind"] == "command" and got == want
        tally[group]["false"] += (got is not None and got != want) + others
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("details", type=Path, nargs="?", help="a CSV written by room.py --details")
    parser.add_argument("--margins", type=float, nargs="+", default=[-math.inf, -0.5, -0.2, 0.0, 0.2])
    args = parser.parse_args()
    if args.details is None:
        print("nothing to read: run benchmarks/room.py --domain-below=-inf --details FILE.csv, then this on FILE.csv")
        return
    with args.details.open(encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    columns: list[tuple[str, Decide]] = [("before", before), ("+ not forced", without_domain(spot=False)),
                                         ("+ spotting", without_domain(spot=True))]
    columns += [(f"+ domain >= {t:g}", with_domain(t)) for t in args.margins]
    results = [score(rows, decide) for _, decide in columns]
    print("commands right / false commands per clip\n")
    print("| condition | voices | " + " | ".join(name for name, _ in columns) + " |")
    print("|---|---|" + "---|" * len(columns))
    for group in results[0]:
        cells = [f"{t[group]['right'] / max(t[group]['commands'], 1):.2f} / {t[group]['false'] / t[group]['clips']:.2f}"
                 for t in results]
        print(f"| {group[0]} | {group[1]} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
