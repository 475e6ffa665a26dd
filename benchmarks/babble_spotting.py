"""An experiment on benchmarks/room.py's results: spot a command's phrase inside what the open pass heard.

In babble the grammar rejects most commands and the open pass hears the command among other words ("as i am going to
finish around austin"), which matches no intent as a whole. Keyword spotting at the level of words: when an utterance
was taken for nothing, a phrase of at least --words words from the templates (or from the grammar only) standing as
consecutive words in its open transcript counts as that phrase's intent. Read from a --details CSV of room.py, so no
audio is decoded again; thresholds are chosen on joe (the development voice) and read on the unseen voices.

Run: python benchmarks/babble_spotting.py room-details.csv [--words 3] [--source templates|grammar]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.room import GRAMMAR, PHRASES, SPECS
from benchmarks.speechlab import DEV_VOICE
from voice_pacer.intents import match_intent, normalise

HEARD = re.compile(r"^(?P<during>\*)?(?P<text>.*?)(?: \(open: (?P<open>.*)\))?$")


def spotter(words: int, source: str) -> list[tuple[str, str]]:
    """(padded phrase, intent) of every phrase of at least `words` words, longest first."""
    phrases = PHRASES if source == "templates" else GRAMMAR
    found = [(f" {p} ", match_intent(p, SPECS)) for p in phrases if len(p.split()) >= words]
    return sorted(((p, i) for p, i in found if i is not None), key=lambda item: -len(item[0]))


def spot(text: str, phrases: list[tuple[str, str]]) -> str | None:
    padded = f" {normalise(text)} "
    return next((intent for phrase, intent in phrases if phrase in padded), None)


def taken(text: str, open_text: str | None, phrases: list[tuple[str, str]] | None) -> str | None:
    """What the session takes an utterance for, then (with phrases) a phrase spotted in its open transcript."""
    for said in (open_text, text):
        if said and (found := match_intent(said, SPECS)) is not None:
            return found
    return spot(open_text, phrases) if phrases and open_text else None


def score(rows: list[dict[str, str]], phrases: list[tuple[str, str]] | None) -> dict[tuple[str, str], Counter]:
    """Per (condition, voice group): commands right, false commands, clips."""
    tally: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row in rows:
        if row["kind"] == "trigger":
            continue
        group = (row["condition"], DEV_VOICE if row["voice"] == DEV_VOICE else "unseen")
        utterances = [HEARD.match(part).groupdict() for part in row["heard"].split(" | ")] if row["heard"] else []
        during = [u for u in utterances if u["during"]]
        got = next((found for u in during if (found := taken(u["text"], u["open"], phrases)) is not None), None)
        others = sum(taken(u["text"], u["open"], phrases) is not None for u in utterances if not u["during"])
        want = match_intent(row["said"], SPECS) if row["kind"] == "command" else None
        tally[group]["clips"] += 1
        tally[group]["commands"] += row["kind"] == "command"
        tally[group]["right"] += row["kind"] == "command" and got == want
        tally[group]["false"] += (got is not None and got != want) + others
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("details", type=Path, nargs="?", help="a CSV written by room.py --details")
    parser.add_argument("--words", type=int, nargs="+", default=[2, 3, 4])
    parser.add_argument("--source", choices=("templates", "grammar"), default="templates")
    args = parser.parse_args()
    if args.details is None:
        print("nothing to read: run benchmarks/room.py --details FILE.csv first, then this on FILE.csv")
        return
    with args.details.open(encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    columns = [("as the session decides", None)] + [
        (f"+ spotting {n}+ words", spotter(n, args.source)) for n in args.words]
    results = [score(rows, phrases) for _, phrases in columns]
    print(f"commands right / false commands per clip; phrases from the {args.source}\n")
    print("| condition | voices | " + " | ".join(name for name, _ in columns) + " |")
    print("|---|---|" + "---|" * len(columns))
    for group in results[0]:
        cells = [f"{t[group]['right'] / max(t[group]['commands'], 1):.2f} / {t[group]['false'] / t[group]['clips']:.2f}"
                 for t in results]
        print(f"| {group[0]} | {group[1]} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
