"""Count how often the spent corpora say each intent's phrases, for the grammars (voice_pacer.ears.grammar_use).

Run: python benchmarks/grammar_use.py          write voice_pacer/data/grammar_use.json
     python benchmarks/grammar_use.py --check  say whether the stored counts are current (exit 1 if not)
Only spent rows are read: the tuning rows of utterances.csv and the spent blind corpora (benchmarks.understanding.
SPENT), never held-out rows or the newest blind corpus. Rerun after the templates or the spent corpora change."""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.understanding import BLINDS, LATEST_BLIND, SPENT, load_corpus
from voice_pacer.ears.grammar_use import USE, count_use
from voice_pacer.flowfile.common import common
from voice_pacer.flowfile.load import builtin_flows, load_flow
from voice_pacer.intents import core_words, normalise


def spent_said() -> dict[str, list[str]]:
    """Per intent, the spent rows' texts in normalised words without hesitations."""
    said: defaultdict[str, list[str]] = defaultdict(list)
    paths = [path for part, path in BLINDS.items() if part != f"blind{LATEST_BLIND}" and path.exists()]
    for path in [BLINDS["blind"].with_name("utterances.csv"), *paths]:
        for row in load_corpus(path):
            if row.split in SPENT and row.intent != "none":
                said[row.intent].append(" ".join(core_words(normalise(row.text))))
    return said


def phrases_by_intent() -> dict[str, list[str]]:
    """Every phrase each intent's templates say, in the shared data and the built-in flows."""
    phrases: defaultdict[str, list[str]] = defaultdict(list)
    intents = [*common().intents.values(), *(spec for name in builtin_flows()
                                            for spec in load_flow(name).intents.values())]
    for spec in intents:
        phrases[spec.name] += spec.phrases
    return phrases


def counted() -> dict[str, dict[str, int]]:
    """Per intent, each of its phrases the spent rows say and how many say it, the most said first."""
    said = spent_said()
    counts = {name: count_use(phrases, said.get(name, [])) for name, phrases in sorted(phrases_by_intent().items())}
    return {name: dict(sorted(each.items(), key=lambda item: (-item[1], item[0]))) for name, each in counts.items()
            if each}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the stored counts; write nothing")
    args = parser.parse_args()
    text = json.dumps(counted(), indent=1) + "\n"
    if args.check:
        current = USE.exists() and USE.read_text() == text
        print(f"{USE.name}: {'current' if current else 'stale: run python benchmarks/grammar_use.py'}")
        sys.exit(0 if current else 1)
    USE.write_text(text)
    print(f"wrote {USE}")


if __name__ == "__main__":
    main()
