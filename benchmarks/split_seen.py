"""Mark the rows of a new blind corpus that a corpus here already held, so they are reported apart.

Run: python benchmarks/split_seen.py NEW.csv benchmarks/corpus/blindN.csv blindN
A row is "seen" when its text, lower-cased with punctuation dropped, equals a row of benchmarks/corpus/*.csv or
voice_pacer/data/*.csv; its split becomes "blindN_seen". Short commands and common disclosures converge across
writers, and a figure on them says what tuning saw, not how new wording fares."""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KNOWN = (ROOT / "benchmarks" / "corpus", ROOT / "voice_pacer" / "data")


def normalised(text: str) -> str:
    """The text as compared: lower case, letters and apostrophes only, single spaces."""
    return " ".join(re.sub(r"[^a-z' ]+", " ", text.lower().replace("\u2019", "'")).split())


def known_texts(skip: Path) -> set[str]:
    """Every normalised text the project's corpora hold, but the file being written."""
    texts: set[str] = set()
    for folder in KNOWN:
        for path in sorted(folder.glob("*.csv")):
            if path.resolve() != skip.resolve():
                with path.open(newline="") as file:
                    texts |= {normalised(row["text"]) for row in csv.DictReader(file)}
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="the corpus as its writer left it")
    parser.add_argument("target", type=Path, help="where to write it, with seen rows marked")
    parser.add_argument("part", help='the corpus\'s split name, e.g. "blind7"')
    args = parser.parse_args()
    seen = known_texts(args.target)
    with args.source.open(newline="") as file:
        reader = csv.DictReader(file)
        rows, fields = list(reader), reader.fieldnames or []
    for row in rows:
        if normalised(row["text"]) in seen:
            row["split"] = f"{args.part}_seen"
    with args.target.open("w", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows, {sum(row['split'] != args.part for row in rows)} seen")


if __name__ == "__main__":
    main()
