"""Safety figures for the patterns alone, the learned model alone and their union (patterns OR model).

Run: python benchmarks/safety_model.py             10-fold cross-validation of voice_pacer/data/safety_corpus.csv,
                                                    utterances.csv's held-out rows (never trained on), blind.csv
     python benchmarks/safety_model.py --choose    also the out-of-fold choice of the thresholds (each concern's
                                                    median over --seeds splits into folds), and the curve
     python benchmarks/safety_model.py --unclassed also the curve for danger on no word of harm (UNCLASSED_DANGER)
     python benchmarks/safety_model.py --veto      also the curve for the model's veto of pattern hits (PATTERN_DOUBT)
     python benchmarks/safety_model.py --cv-only   cross-validation only (while the corpus is being written)
     python benchmarks/safety_model.py --misses    also the union's mistakes on held-out rows and blind.csv
     python benchmarks/safety_model.py --blind2    also blind2.csv, aggregate figures only (the lead runs this once)
     python benchmarks/safety_model.py --by-writer leave-one-writer-out instead: each spent blind corpus's own wording
                                                    decided by patterns and a model trained without that writer's
                                                    rows; recall and false stops per writer, their medians and the
                                                    worst writer's
Figures: danger recall and self-harm recall (the right concern), false stops on hurt, negations, stories and idioms,
on the training corpus's near misses, and on every ordinary row; then the median time an utterance takes.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import folds
from benchmarks.folds import FOLDS
from voice_pacer.safety import Concern, assess, normalise, pattern_concern
from voice_pacer.safety_model import (
    CORPUS,
    LABELS,
    PATTERN_DOUBT,
    THRESHOLDS,
    WEIGHTS,
    Example,
    Model,
    corpus_digest,
    doubts,
    guarded,
    learned_concern,
    load_corpus,
    shipped_model,
    tokens,
    unclassed,
    verdict,
)

HERE = Path(__file__).parent / "corpus"
HARD = ("hurt", "negation", "story", "idiom")  # the kinds the project's false-stop target names
CONCERNS = (Concern.DANGER, Concern.SELF_HARM)

Decide = Callable[[str], "Concern | None"]


@dataclass(frozen=True)
class Row:
    """A labelled utterance from any corpus, and which fold it falls in for cross-validation."""

    text: str
    label: str
    kind: str

    @property
    def fold(self) -> int:
        return self.fold_in(0)

    def fold_in(self, seed: int) -> int:
        """The fold of this row in one split of the corpus (seed 0 is the split every figure here reads)."""
        return folds.fold_of(normalise(self.text), f"{seed}:" if seed else "")


def corpus_rows(path: Path, split: str) -> list[Row]:
    """The rows of one part of a benchmark corpus (utterances.csv's held_out, blind.csv, blind2.csv)."""
    kinds = {"hurt", "negation", "story", "idiom", "danger", "self_harm"}
    with path.open(newline="") as file:
        return [Row(r["text"], r["safety"], r["category"] if r["category"] in kinds else "ordinary")
                for r in csv.DictReader(file) if r["split"] == split]


def figures(rows: Sequence[Row], decide: Decide) -> dict[str, tuple[float, int]]:
    """Recall per concern and false-stop rates, each with the number of rows it is over."""
    got = [(row, decide(row.text)) for row in rows]

    def rate(items: list[tuple[Row, Concern | None]], hit: Callable[[Row, Concern | None], bool]) -> tuple[float, int]:
        return (sum(hit(r, c) for r, c in items) / len(items) if items else float("nan"), len(items))

    ordinary = [(r, c) for r, c in got if r.label == "none"]
    return {
        "danger recall": rate([(r, c) for r, c in got if r.label == "danger"], lambda r, c: c == Concern.DANGER),
        "self-harm recall": rate([(r, c) for r, c in got if r.label == "self_harm"],
                                 lambda r, c: c == Concern.SELF_HARM),
        "false stops: hurt, negation, story, idiom": rate([(r, c) for r, c in ordinary if r.kind in HARD],
                                                          lambda r, c: c is not None),
        "false stops: near misses (training corpus only)": rate([(r, c) for r, c in ordinary if r.kind == "near_miss"],
                                                                lambda r, c: c is not None),
        "false stops: every ordinary row": rate(ordinary, lambda r, c: c is not None),
    }


def report(title: str, rows: Sequence[Row], deciders: dict[str, Decide], misses: bool = False) -> None:
    """One table: a column per decider."""
    print(f"\n{title}")
    results = {name: figures(rows, decide) for name, decide in deciders.items()}
    print(f"  {'':44s}" + "".join(f"{name:>12s}" for name in deciders) + "       n")
    for key in next(iter(results.values())):
        n = next(iter(results.values()))[key][1]
        if not n:
            continue
        print(f"  {key:44s}" + "".join(f"{100 * results[name][key][0]:11.1f}%" for name in deciders) + f"{n:8d}")
    if misses:
        union = deciders["union"]
        for row in rows:
            got = union(row.text)
            if (got.value if got else "none") != row.label:
                print(f"    {row.kind:10s} want {row.label:9s} got {got.value if got else 'none':9s} {row.text!r}")


def union_of(*deciders: Decide) -> Decide:
    """The first concern any decider finds."""
    return lambda text: next((c for c in (decide(text) for decide in deciders) if c is not None), None)


@cache
def fold_models(examples: tuple[Example, ...], seed: int = 0) -> dict[int, Model]:
    """For each fold of one split, a model trained on the other folds (once per corpus and split: every figure and
    curve reads the same)."""
    rows = [Row(e.text, e.label, e.kind) for e in examples]
    return {fold: Model.train([e for e, r in zip(examples, rows, strict=True) if r.fold_in(seed) != fold])
            for fold in range(FOLDS)}


def cross_validated(examples: tuple[Example, ...],
                    thresholds: dict[Concern, float] = THRESHOLDS) -> tuple[list[Row], dict[str, Decide]]:
    """Each row decided by a model trained on the other folds (at these thresholds): the model's column and the
    union's."""
    rows = [Row(e.text, e.label, e.kind) for e in examples]
    models = fold_models(examples)
    fold_of = {row.text: row.fold for row in rows}

    def model(text: str) -> Concern | None:
        return verdict(normalise(text), models[fold_of[text]], thresholds)

    def kept_pattern(text: str) -> Concern | None:
        found = pattern_concern(text)
        return None if found is None or doubts(normalise(text), found, models[fold_of[text]]) else found

    return rows, {"patterns": pattern_concern, "model": model, "union": union_of(kept_pattern, model)}


def out_of_fold_scores(examples: tuple[Example, ...],
                       seed: int = 0) -> list[tuple[Row, Concern, float, Concern | None]]:
    """Each row scored by a model trained on the other folds of one split: the concern it leans to, that concern's
    probability (0 when a guard cancels it), and what the patterns say."""
    rows = [Row(e.text, e.label, e.kind) for e in examples]
    scored: list[tuple[Row, Concern, float, Concern | None]] = []
    for fold, model in fold_models(examples, seed).items():
        for row in (r for r in rows if r.fold_in(seed) == fold):
            said = normalise(row.text)
            p = model.probabilities(said)
            concern = max(CONCERNS, key=lambda c: p[LABELS.index(c.value)])
            words = tokens(said)
            kept = not guarded(said, words, model.anchor(words, concern), concern)
            probability = float(p[LABELS.index(concern.value)]) if kept else 0.0
            scored.append((row, concern, probability, pattern_concern(row.text)))
    return scored


Scored = tuple[Row, Concern, float, "Concern | None"]
GRID = np.round(np.arange(0.5, 1.0, 0.01), 2)
# The most false stops the model may add (rows the patterns leave alone), as a share of each kind of quiet row: the
# issue's targets for hurt, negation, story and idiom rows and for ordinary rows, and 5% of the near misses (written to
# sit as close to a disclosure as words allow).
BUDGETS = {"hard": 0.01, "ordinary": 0.01, "near_miss": 0.05}
# A missed wish not to live weighs this many missed disclosures of danger when the budgets are shared and spent: the
# speaker at risk is the one in the room, and the stop is the one message that tells them where help is. A judgement,
# not a measurement. On release 21's corpus (7,951 rows, features version 5) a weight of 1 gave floors danger 0.89,
# self-harm 0.85 and chose 0.89 / 0.84 (out-of-fold 61.6% / 67.4%); 2 gave floors 0.93 / 0.77 and chose 0.91 / 0.77
# (60.4% / 71.4%); with features version 6, 2 gives floors 0.91 / 0.77 and chooses 0.91 / 0.77 (61.5% / 71.4%).
SELF_HARM_COST = 2.0
# Splits of the corpus into folds the thresholds are chosen on (each concern's median): one split's choice moved a
# step with two rows in release 25 (0.89 / 0.78, and 0.91 / 0.76 without them).
SEEDS = 5


def _quiet_groups(scored: list[Scored]) -> dict[str, list[Scored]]:
    """The rows no concern should stop, by the budget they count against."""
    quiet = [x for x in scored if x[0].label == "none"]
    return {"hard": [x for x in quiet if x[0].kind in HARD], "ordinary": [x for x in quiet if x[0].kind == "ordinary"],
            "near_miss": [x for x in quiet if x[0].kind == "near_miss"]}


def _added(items: list[Scored], concern: Concern) -> np.ndarray:
    """Per threshold on GRID, the rows the model takes as this concern where the patterns said nothing."""
    return np.array([sum(x[1] == concern and x[2] >= t and x[3] is None for x in items) for t in GRID])


@dataclass(frozen=True)
class Choice:
    """What the threshold rule chose on one split: the floors and the pair (indices into GRID), and the false stops
    the pair adds to each kind of quiet row, out of how many."""

    floors: dict[Concern, int]
    danger: int
    self_harm: int
    quiet: dict[str, int]
    pair_added: dict[str, np.ndarray]  # per kind of quiet row, per (danger, self-harm) pair on GRID

    def added(self, danger: int, self_harm: int) -> str:
        """The false stops a pair adds to each kind of quiet row, out of how many."""
        return ", ".join(f"{n} {self.pair_added[n][danger, self_harm]} of {self.quiet[n]}" for n in self.quiet)


def pick(scored: list[Scored], cost: float = SELF_HARM_COST) -> Choice:
    """The thresholds (GRID) that catch the most disclosures out-of-fold, a self-harm one counted `cost` times, while
    the model adds false stops to at most BUDGETS of each kind of quiet row. Each concern first gets a floor, so that
    neither starves the other: the lowest threshold whose own false stops stay within its share of every budget (in
    proportion to its disclosures, weighted by cost); the pair is then chosen at or below the floors within the
    whole budgets."""
    groups = _quiet_groups(scored)
    weights = {c: (cost if c == Concern.SELF_HARM else 1.0) for c in CONCERNS}
    disclosures = {c: [x for x in scored if x[0].label == c.value] for c in CONCERNS}
    caught = {c: _added(disclosures[c], c) for c in CONCERNS}
    added = {(c, name): _added(items, c) for c in CONCERNS for name, items in groups.items()}
    limit = {name: BUDGETS[name] * len(items) for name, items in groups.items()}
    total = sum(weights[c] * len(disclosures[c]) for c in CONCERNS)
    floors = {}
    for c in CONCERNS:
        share = weights[c] * len(disclosures[c]) / total
        fits = np.all([added[c, name] <= share * limit[name] for name in groups], axis=0)
        floors[c] = int(np.flatnonzero(fits)[0]) if fits.any() else len(GRID) - 1
    danger, harm = (np.arange(len(GRID)) <= floors[c] for c in CONCERNS)
    # per (danger, self-harm) pair of thresholds, the false stops both add to each kind of quiet row
    pair_added = {n: added[Concern.DANGER, n][:, None] + added[Concern.SELF_HARM, n][None, :] for n in groups}
    fits = np.all([pair_added[n] <= limit[n] for n in groups], axis=0) & danger[:, None] & harm[None, :]
    value = caught[Concern.DANGER][:, None] + weights[Concern.SELF_HARM] * caught[Concern.SELF_HARM][None, :]
    value = value - 1e-6 * sum(pair_added.values())  # of equal catches, the pair with fewer false stops
    d, s = np.unravel_index(np.argmax(np.where(fits, value, -1)), value.shape)
    return Choice(floors, int(d), int(s), {n: len(items) for n, items in groups.items()}, pair_added)


def choose_thresholds(examples: tuple[Example, ...], cost: float = SELF_HARM_COST,
                      seeds: int = SEEDS) -> dict[Concern, float]:
    """Each concern's median, over `seeds` splits of the corpus into folds, of the threshold the rule (pick) chooses
    on that split: one split's choice moves a step with a couple of rows. Prints each split's choice, then the curve
    of the first split."""
    print(f"\nthresholds chosen out-of-fold on {seeds} splits into {FOLDS} folds (the model adds false stops to at "
          f"most " + ", ".join(f"{100 * BUDGETS[n]:.0f}% of {n} rows" for n in BUDGETS)
          + f"; a self-harm disclosure counts {cost:g} times): split, floors, chosen, false stops the model adds there")
    chosen = []
    for seed in range(seeds):
        choice = pick(out_of_fold_scores(examples, seed), cost)
        chosen.append(choice)
        print(f"  {seed}  floors danger {GRID[choice.floors[Concern.DANGER]]:.2f}, self_harm "
              f"{GRID[choice.floors[Concern.SELF_HARM]]:.2f}; chosen danger {GRID[choice.danger]:.2f}, self_harm "
              f"{GRID[choice.self_harm]:.2f}; " + choice.added(choice.danger, choice.self_harm))
    at = (statistics.median_low(c.danger for c in chosen), statistics.median_low(c.self_harm for c in chosen))
    median = {Concern.DANGER: float(GRID[at[0]]), Concern.SELF_HARM: float(GRID[at[1]])}
    print("median: " + ", ".join(f"{c.value} {t:.2f} (splits "
                                 f"{min(GRID[getattr(x, c.value)] for x in chosen):.2f} to "
                                 f"{max(GRID[getattr(x, c.value)] for x in chosen):.2f})" for c, t in median.items()))
    for seed, choice in enumerate(chosen):
        print(f"  {seed}  at the median, false stops the model adds: {choice.added(*at)}")
    _curve(out_of_fold_scores(examples))
    return median


def _curve(scored: list[Scored]) -> None:
    """Per concern and threshold, the model's and the union's recall and their false stops on hard rows."""
    print("curve (split 0): threshold, the model's recall / the union's, false stops by this concern on hurt/negation/"
          "story/idiom rows: the model's / those it adds to the patterns'")
    hard = _quiet_groups(scored)["hard"]
    for concern in CONCERNS:
        mine = [x for x in scored if x[0].label == concern.value]
        for t in GRID[::4]:
            def says(x: Scored, t: float = t, c: Concern = concern) -> bool:
                return x[1] == c and x[2] >= t
            union = sum(x[3] == concern or (x[3] is None and says(x)) for x in mine) / len(mine)
            print(f"  {concern.value:9s} {t:.2f}  recall {100 * sum(map(says, mine)) / len(mine):5.1f}% / "
                  f"{100 * union:5.1f}%   false stops {100 * sum(map(says, hard)) / len(hard):4.1f}% / "
                  f"{100 * sum(says(x) and x[3] is None for x in hard) / len(hard):4.1f}%")


def unclassed_curve(examples: tuple[Example, ...]) -> None:
    """Out-of-fold, for danger resting on no word of harm, fear, threat or control (who, when and what was said): per
    probability, the such danger rows the patterns miss that the model would add, and the false stops it would add."""
    rows = [Row(e.text, e.label, e.kind) for e in examples]
    found: list[tuple[Row, float]] = []
    for fold, model in fold_models(examples).items():
        for row in (r for r in rows if r.fold == fold and pattern_concern(r.text) is None):
            said = normalise(row.text)
            words = tokens(said)
            p = model.probabilities(said)
            if p[1] < max(p[2], THRESHOLDS[Concern.DANGER]) or not unclassed(words):
                continue
            if not guarded(said, words, model.anchor(words, Concern.DANGER), Concern.DANGER):
                found.append((row, float(p[1])))
    total = sum(row.label == "danger" and unclassed(tokens(normalise(row.text))) for row in rows)
    print(f"\nunclassed danger, out-of-fold ({total} such danger rows): probability, danger rows added, false stops "
          "added on hurt/negation/story/idiom, ordinary and near-miss rows")
    for t in np.round(np.arange(THRESHOLDS[Concern.DANGER], 1.0, 0.01), 2):
        added = [row for row, p in found if p >= t]
        kinds = [sum(r.label == "none" and (r.kind in HARD if k == "hard" else r.kind == k) for r in added)
                 for k in ("hard", "ordinary", "near_miss")]
        print(f"  {t:.2f}  danger {sum(r.label == 'danger' for r in added):4d}   false stops {kinds[0]} / {kinds[1]} / "
              f"{kinds[2]}")


def timing(texts: Sequence[str], deciders: dict[str, Decide]) -> None:
    """Median time an utterance takes, per decider (the shipped model, trained before timing starts)."""
    shipped_model()
    print("\nmedian time an utterance (ms): " + ", ".join(
        f"{name} {1000 * statistics.median(_timed(decide, text) for text in texts):.3f}"
        for name, decide in deciders.items()))
    started = time.perf_counter()
    Model.load(WEIGHTS, corpus_digest())
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    Model.train(load_corpus())
    print(f"loading the saved weights: {loaded:.3f} s; training on the shipped corpus instead: "
          f"{time.perf_counter() - started:.2f} s")


def _timed(decide: Decide, text: str) -> float:
    started = time.perf_counter()
    decide(text)
    return time.perf_counter() - started


def writer_rows() -> dict[str, list[Row]]:
    """Each spent blind corpus's rows of its own wording (not its "_seen" rows), by writer, in the order written; the
    newest blind corpus (benchmarks/understanding.py's LATEST_BLIND) is never read."""
    from benchmarks.understanding import BLIND_NAMES, BLINDS, LATEST_BLIND

    return {name: corpus_rows(BLINDS[name], name) for name in BLIND_NAMES if name != f"blind{LATEST_BLIND}"}


def by_writer(examples: tuple[Example, ...]) -> None:
    """Leave-one-writer-out: each spent blind corpus decided by the patterns and a model trained on the corpus less
    every row that says what one of its rows says (seen ones too), at the shipped thresholds; per writer, then the
    median over writers (the forecast of the next blind corpus, but the patterns were fitted to every writer after
    that writer was measured, and each release's rows of new wording for its writer's kinds stay in training)."""
    from benchmarks.understanding import BLINDS

    print("\nleave-one-writer-out: each spent blind corpus's own wording, the model trained without the writer's rows"
          " (the patterns have seen every writer: 'model' is the held-out column)")
    keys = ("danger recall", "self-harm recall", "false stops: hurt, negation, story, idiom",
            "false stops: every ordinary row")
    titles = ("danger: union / model", "self-harm: union / model", "hard FS: union / model", "quiet FS: union / model")
    print(f"  {'writer':8s} " + " ".join(f"{title:>21s}" for title in titles))
    columns: list[list[float]] = []
    for writer, rows in writer_rows().items():
        with BLINDS[writer].open(newline="") as file:
            texts = {normalise(r["text"]) for r in csv.DictReader(file)}
        model = Model.train([e for e in examples if normalise(e.text) not in texts])
        union = figures(rows, lambda text, model=model: assess(text, model))
        alone = figures(rows, lambda text, model=model: verdict(normalise(text), model))
        columns.append(row := [100 * f[key][0] for key in keys for f in (union, alone)])
        print(f"  {writer:8s} " + " ".join(f"{row[i]:10.1f} / {row[i + 1]:5.1f}%" + " " * 3 for i in range(0, 8, 2))
              + f" (n {union[keys[0]][1]}, {union[keys[1]][1]}, {union[keys[2]][1]}, {union[keys[3]][1]})")
    by_column = list(zip(*columns, strict=True))
    # the worst writer's figure in each column: the least recall, the most false stops
    for name, summary in (("median", [statistics.median(c) for c in by_column]),
                          ("worst", [min(c) if i < 4 else max(c) for i, c in enumerate(by_column)])):
        print(f"  {name:8s} " + " ".join(f"{summary[i]:10.1f} / {summary[i + 1]:5.1f}%" + " " * 3
                                         for i in range(0, 8, 2)))


def veto_curve(examples: tuple[Example, ...]) -> None:
    """Out-of-fold, per floor of the model's probability for a pattern's concern: the patterns' hits kept on
    disclosures, and their false stops kept on hurt/negation/story/idiom rows and on near misses (PATTERN_DOUBT)."""
    rows = [Row(e.text, e.label, e.kind) for e in examples]
    hits: list[tuple[Row, float]] = []
    for fold, model in fold_models(examples).items():
        for row in (r for r in rows if r.fold == fold):
            if (found := pattern_concern(row.text)) is not None:
                hits.append((row, float(model.probabilities(normalise(row.text))[LABELS.index(found.value)])))
    print(f"\npatterns' hits vetoed by the model, out-of-fold (floor {PATTERN_DOUBT} shipped): floor, hits kept on "
          "disclosures, false stops kept on hurt/negation/story/idiom rows, on near misses")
    for floor in (0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3):
        kept = [row for row, p in hits if p >= floor]
        print(f"  {floor:.2f}  {sum(r.label != 'none' for r in kept):5d} of {sum(r.label != 'none' for r, _ in hits)}"
              f"   {sum(r.label == 'none' and r.kind in HARD for r in kept):4d}"
              f"   {sum(r.label == 'none' and r.kind == 'near_miss' for r in kept):4d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--choose", action="store_true", help="choose the thresholds out-of-fold, and the curve")
    parser.add_argument("--cost", type=float, default=SELF_HARM_COST, help="--choose: a missed self-harm's weight")
    parser.add_argument("--seeds", type=int, default=SEEDS, help="--choose: splits into folds, the median's")
    parser.add_argument("--misses", action="store_true", help="list the union's mistakes on held-out and blind 1")
    parser.add_argument("--unclassed", action="store_true", help="also the curve for danger with no harm word")
    parser.add_argument("--veto", action="store_true", help="also the curve for the model's veto of pattern hits")
    parser.add_argument("--cv-only", action="store_true", help="cross-validation only (while the corpus is written)")
    parser.add_argument("--blind2", action="store_true", help="also blind2.csv, aggregate figures only (once)")
    parser.add_argument("--by-writer", action="store_true", help="leave-one-writer-out over the spent blind corpora")
    args = parser.parse_args()
    examples = tuple(load_corpus())
    if args.by_writer:
        by_writer(examples)
        return
    print(f"corpus {CORPUS.name}: {len(examples)} rows; thresholds " +
          ", ".join(f"{c.value} {t:.2f}" for c, t in THRESHOLDS.items()))
    rows, deciders = cross_validated(examples)
    report(f"{FOLDS}-fold cross-validation of the training corpus", rows, deciders)
    if args.choose:
        chosen = choose_thresholds(examples, args.cost, args.seeds)
        report("the same, at the thresholds chosen", rows, cross_validated(examples, chosen)[1])
    if args.unclassed:
        unclassed_curve(examples)
    if args.veto:
        veto_curve(examples)
    if args.cv_only:
        return
    shipped = {"patterns": pattern_concern, "model": learned_concern, "union": assess}
    held_out = corpus_rows(HERE / "utterances.csv", "held_out")
    report("utterances.csv held-out rows (never trained on)", held_out, shipped, args.misses)
    blind = corpus_rows(HERE / "blind.csv", "blind")
    trained = {normalise(e.text) for e in examples}
    shared = sum(normalise(r.text) in trained for r in blind)
    title = (f"blind.csv: TRAINED ON ({shared} of its {len(blind)} rows are training rows), not an out-of-sample figure"
             if shared > len(blind) / 2 else f"blind.csv ({shared} of its {len(blind)} rows are also training rows)")
    report(title, blind, shipped, args.misses)
    if args.blind2:
        report("blind2.csv (spent: trained on since release 15)", corpus_rows(HERE / "blind2.csv", "blind2"), shipped)
    timing([r.text for r in held_out], shipped)


if __name__ == "__main__":
    main()
