"""Understanding figures: per intent and per safety category, precision and recall, tuning and held-out rows apart.

Run: python benchmarks/understanding.py --text            (every row, every state it is said in; a second or two)
     python benchmarks/understanding.py --speech          (a stratified sample spoken by the test voices, heard by
                                                           PocketSphinx as the session listens; see --help for size)
The corpus is benchmarks/corpus/utterances.csv: one utterance a row, the state it is said in ("any": every listening
state of the built-in flows), the expected intent and safety label. A fifth of every category is held out
(`split`); classifiers are tuned only on the rest, and both parts are reported.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from voice_pacer.flowfile.load import load_flow
from voice_pacer.intents import match_intent
from voice_pacer.safety import Concern, assess
from voice_pacer.session import listening_for

CORPUS = Path(__file__).parent / "corpus" / "utterances.csv"
# "any" rows are said in each of these: a yes/no question, a grammar-only wait, the floor, a reflection, an answer.
ANY_STATES = ("pause:ask_break", "pause:on_break", "turns:floor", "turns:reflect", "checkin:a_close")
NOT_COMMANDS = {"unsafe"}  # an intent the old matcher used for safety: a stop, not a command
COMMANDS = ("stop", "repeat", "pause", "help", "yes", "no", "ready", "done", "interrupt", "refuse", "leave", "rebuttal")
SAFETY = ("danger", "self_harm")
PARTS = ("tuning", "held_out")
SPLIT_SALT = "voice-pacer corpus:"


@dataclass(frozen=True)
class Row:
    """One corpus utterance and what it should lead to."""

    text: str
    context: str
    intent: str
    safety: str
    category: str
    split: str

    def states(self) -> tuple[str, ...]:
        return ANY_STATES if self.context == "any" else (self.context,)


def load_corpus(path: Path = CORPUS) -> list[Row]:
    """Every row of the corpus file."""
    with path.open(newline="") as file:
        return [Row(**row) for row in csv.DictReader(file)]


def split_key(text: str) -> str:
    """The hash that orders a category's rows; the lowest fifth is held out."""
    return hashlib.sha1((SPLIT_SALT + text).encode()).hexdigest()


# -- the project's own decisions (the one adapter to change if the session's API changes) -------------------------


@cache
def _matcher(context: str) -> tuple[list, object]:
    flow_name, state = context.split(":")
    flow = load_flow(flow_name)
    candidates, phrases, commands = listening_for(flow, state)
    return candidates, (flow, state, phrases, commands)


def intent_in(context: str, text: str) -> str:
    """The intent the session takes from text heard in a flow's listening state ('none' for an answer or nothing)."""
    candidates, _ = _matcher(context)
    intent = match_intent(text, candidates)
    return "none" if intent is None or intent in NOT_COMMANDS else intent


def safety_of(text: str, intent: str | None = None) -> str:
    """The safety decision on an utterance ('none' when the practice goes on)."""
    concern = assess(text)
    if concern is None and intent in NOT_COMMANDS:
        return Concern.DANGER.value
    return "none" if concern is None else concern.value


# -- figures ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What happened to one row in one state (and, through speech, one voice and room)."""

    row: Row
    state: str
    heard: str
    intent: str
    safety: str


def precision_recall(pairs: Iterable[tuple[str, str]], label: str) -> tuple[float | None, float | None, int]:
    """Precision and recall of one label over (expected, got) pairs, and how many rows expected it."""
    pairs = list(pairs)
    expected = sum(want == label for want, _ in pairs)
    predicted = sum(got == label for _, got in pairs)
    right = sum(want == got == label for want, got in pairs)
    return (right / predicted if predicted else None, right / expected if expected else None, expected)


def _pct(value: float | None) -> str:
    return "    -" if value is None else f"{100 * value:5.1f}"


def summary(outcomes: list[Outcome]) -> dict[str, float | None]:
    """The target figures: command recall, chatter taken as a command, safety recall, false stops."""
    commands = [o for o in outcomes if o.row.intent != "none"]
    quiet = [o for o in outcomes if o.row.intent == "none"]
    heard_once = list({(o.row.text, o.heard, o.safety): o for o in outcomes}.values())  # safety ignores the state
    ordinary = [o for o in heard_once if o.row.safety == "none"]
    hurt = [o for o in ordinary if o.row.category in ("hurt", "negation", "story", "idiom")]

    def rate(items: list[Outcome], hit: Callable[[Outcome], bool]) -> float | None:
        return sum(map(hit, items)) / len(items) if items else None

    figures: dict[str, float | None] = {
        "command recall": rate(commands, lambda o: o.intent == o.row.intent),
        "chatter taken as a command": rate(quiet, lambda o: o.intent != "none"),
    }
    for label in SAFETY:
        figures[f"{label} recall"] = rate([o for o in heard_once if o.row.safety == label],
                                          lambda o, label=label: o.safety == label)
    figures["disclosure stopped (either message)"] = rate([o for o in heard_once if o.row.safety != "none"],
                                                          lambda o: o.safety != "none")
    figures["false stops: hurt, negations, stories, idioms"] = rate(hurt, lambda o: o.safety != "none")
    figures["false stops: every ordinary row"] = rate(ordinary, lambda o: o.safety != "none")
    return figures


def print_report(title: str, outcomes: list[Outcome], per_label: bool = True) -> None:
    """Summary figures, then precision/recall per intent and per safety category, tuning and held-out side by side."""
    parts = {part: [o for o in outcomes if o.row.split == part] for part in PARTS}
    print(f"\n{title}  (rows x states: tuning {len(parts['tuning'])}, held-out {len(parts['held_out'])})")
    sums = {part: summary(items) for part, items in parts.items()}
    print(f"  {'':46s} {'tuning':>8s} {'held-out':>9s}")
    for key in sums["tuning"]:
        print(f"  {key:46s} {_pct(sums['tuning'][key]):>8s} {_pct(sums['held_out'][key]):>9s}")
    if not per_label:
        return
    print(f"  {'label':12s} {'tuning P':>9s} {'R':>6s} {'n':>4s}   {'held-out P':>10s} {'R':>6s} {'n':>4s}")
    for label, field in [*((c, "intent") for c in COMMANDS), *((s, "safety") for s in SAFETY)]:
        cells = []
        for part in PARTS:
            pairs = [(getattr(o.row, field), getattr(o, field)) for o in parts[part]]
            precision, recall, count = precision_recall(pairs, label)
            cells.append(f"{_pct(precision):>9s} {_pct(recall):>6s} {count:4d}")
        if any(getattr(o.row, field) == label or getattr(o, field) == label for o in outcomes):
            print(f"  {label:12s} {cells[0]}   {cells[1]:>s}")


def text_outcomes(rows: list[Row]) -> list[Outcome]:
    """Every row as typed text, in every state it may be said in."""
    return [Outcome(row, state, row.text, intent, safety_of(row.text, intent))
            for row in rows for state in row.states() for intent in [intent_in(state, row.text)]]


def show_misses(outcomes: list[Outcome]) -> None:
    """Tuning rows only (never held-out ones): what went wrong, to tune on."""
    shown = set()
    for o in outcomes:
        if o.row.split != "tuning":
            continue
        if o.safety != o.row.safety and (o.row.text, o.heard) not in shown:
            shown.add((o.row.text, o.heard))
            print(f"  safety {o.row.category:10s} want {o.row.safety} got {o.safety}  {o.row.text!r}"
                  + (f" heard {o.heard!r}" if o.heard != o.row.text else ""))
        if o.intent != o.row.intent:
            print(f"  intent {o.row.category:10s} {o.state:16s} want {o.row.intent} got {o.intent}"
                  f"  {o.row.text!r}" + (f" heard {o.heard!r}" if o.heard != o.row.text else ""))


def run_text(rows: list[Row], misses: bool) -> None:
    started = time.perf_counter()
    outcomes = text_outcomes(rows)
    print_report("text (typed, as the session matches it)", outcomes)
    seconds = [assess_seconds(row.text) for row in rows]
    print(f"  safety classifier: median {1e6 * sorted(seconds)[len(seconds) // 2]:.0f} us an utterance on this "
          f"machine; whole text run {time.perf_counter() - started:.1f} s")
    if misses:
        show_misses(outcomes)


def assess_seconds(text: str, repeats: int = 20) -> float:
    started = time.perf_counter()
    for _ in range(repeats):
        assess(text)
    return (time.perf_counter() - started) / repeats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--text", action="store_true", help="typed text through the session's matcher")
    parser.add_argument("--speech", action="store_true", help="spoken by the test voices, heard by PocketSphinx")
    parser.add_argument("--misses", action="store_true", help="list what went wrong on tuning rows (never held-out)")
    args = parser.parse_args()
    rows = load_corpus()
    counts = Counter(row.split for row in rows)
    print(f"corpus: {len(rows)} utterances, {counts['tuning']} tuning, {counts['held_out']} held out")
    if args.text or not args.speech:
        run_text(rows, args.misses)
    if args.speech:
        from benchmarks.understanding_speech import run_speech

        run_speech(rows, args.misses)


if __name__ == "__main__":
    main()
