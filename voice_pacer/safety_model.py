"""A learned second opinion on safety: logistic regression over the words, stems and word pairs of a written corpus.

The model is trained from voice_pacer/data/safety_corpus.csv at first use (numpy only, no model file) and answers
danger or self-harm only when its probability clears a threshold chosen by cross-validation
(benchmarks/safety_model.py). Its verdict then passes the pattern classifier's own guards: negation, stories,
hypotheses and reported speech (voice_pacer.safety).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from voice_pacer.errors import UserError
from voice_pacer.safety import (
    CLAUSE_BREAK,
    HYPOTHESIS,
    NEGATORS,
    REPORTED,
    STORY,
    Concern,
    _clause_before,
    _negated,
    normalise,
)

CORPUS = Path(__file__).parent / "data" / "safety_corpus.csv"
LABELS = ("none", Concern.DANGER.value, Concern.SELF_HARM.value)
# What each row is, for the benchmark's figures: disclosures, the hard negatives, and ordinary talk.
KINDS = frozenset({"danger", "self_harm", "hurt", "negation", "story", "idiom", "near_miss", "ordinary"})
# The lowest probability that stops the practice, per concern: chosen by 5-fold cross-validation on the corpus
# (benchmarks/safety_model.py --choose), as the lowest value keeping out-of-fold false stops on the hard
# negatives (hurt, negations, stories, idioms, near misses) at or under 1% with the guards applied.
THRESHOLDS = {Concern.DANGER: 0.5, Concern.SELF_HARM: 0.5}
NEGATION_SCOPE = 3  # words after "not", "never"... marked as negated: "he has never hit me" gives "~hit ~me"
L2 = 1e-3
STEPS = 150
LEARNING_RATE = 0.2
_SUFFIXES = ("ing", "ed", "es", "s", "e", "ly")


@dataclass(frozen=True)
class Example:
    """One corpus row: what was said, its label (none, danger, self_harm) and its kind."""

    text: str
    label: str
    kind: str


def load_corpus(path: Path = CORPUS) -> list[Example]:
    """Every row of a safety corpus file (columns text, label, kind); a malformed row is a UserError at FILE:LINE."""
    try:
        with path.open(newline="", encoding="utf-8") as file:
            reader = csv.reader(file)
            header = next(reader, None)
            if header != ["text", "label", "kind"]:
                raise UserError(f"{path}:1: the header must be text,label,kind; fix the file's first line")
            return [_example(path, reader.line_num, row) for row in reader]
    except OSError as error:
        raise UserError(f"{path}: can not read the safety corpus ({error.strerror}); reinstall voice-pacer") from error


def _example(path: Path, line: int, row: list[str]) -> Example:
    if len(row) != 3 or not row[0].strip():
        raise UserError(f"{path}:{line}: a row needs three fields: text,label,kind")
    text, label, kind = row
    if label not in LABELS:
        raise UserError(f"{path}:{line}: label {label!r} is not one of {', '.join(LABELS)}")
    if kind not in KINDS:
        raise UserError(f"{path}:{line}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
    return Example(text, label, kind)


def stem(word: str) -> str:
    """A crude stem, so unseen inflections share evidence: strangled, strangling, strangle -> strangl."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":  # stabbed -> stab, not kill -> kil
                word = word[:-1]
            break
    return word


def tokens(said: str) -> list[str]:
    """Normalised words, those within a few words after a negator (and before a clause break) marked with '~'."""
    out: list[str] = []
    scope = 0
    for word in said.split():
        if word in NEGATORS:
            scope = NEGATION_SCOPE
            out.append(word)
        elif scope and not CLAUSE_BREAK.fullmatch(word):
            scope -= 1
            out.append("~" + word)
        else:
            scope = 0
            out.append(word)
    return out


def position_features(words: Sequence[str]) -> list[list[str]]:
    """For each word, the features it takes part in: itself, its stem, and the pairs with its neighbours."""
    per_word: list[list[str]] = []
    for i, word in enumerate(words):
        marked = "~" if word.startswith("~") else ""
        features = ["w:" + word, "s:" + marked + stem(word.lstrip("~"))]
        if i:
            features.append(f"b:{words[i - 1]}_{word}")
        if i + 1 < len(words):
            features.append(f"b:{word}_{words[i + 1]}")
        per_word.append(features)
    return per_word


def features(said: str) -> set[str]:
    """Every feature of a normalised utterance, and a bias term."""
    return {"bias"}.union(*position_features(tokens(said)))


class Model:
    """Softmax regression over binary features: weights[feature, label]."""

    def __init__(self, vocabulary: dict[str, int], weights: np.ndarray) -> None:
        self.vocabulary = vocabulary
        self.weights = weights

    @classmethod
    def train(cls, examples: Iterable[Example]) -> Model:
        """Fit by full-batch Adam on the cross-entropy with a small L2 penalty; takes a fraction of a second."""
        rows = [(features(normalise(example.text)), LABELS.index(example.label)) for example in examples]
        vocabulary: dict[str, int] = {}
        for row_features, _ in rows:
            for feature in row_features:
                vocabulary.setdefault(feature, len(vocabulary))
        columns = [np.array(sorted(vocabulary[f] for f in row_features)) for row_features, _ in rows]
        starts = np.cumsum([0] + [len(c) for c in columns[:-1]])
        flat = np.concatenate(columns)
        row_of = np.repeat(np.arange(len(rows)), [len(c) for c in columns])
        truth = np.eye(len(LABELS))[[label for _, label in rows]]
        weights = np.zeros((len(vocabulary), len(LABELS)))
        moment, scale = np.zeros_like(weights), np.zeros_like(weights)
        for step in range(1, STEPS + 1):
            scores = np.add.reduceat(weights[flat], starts, axis=0)
            error = (_softmax(scores) - truth) / len(rows)
            gradient = np.stack([np.bincount(flat, error[row_of, k], len(vocabulary)) for k in range(len(LABELS))], 1)
            gradient += L2 * weights
            moment = 0.9 * moment + 0.1 * gradient
            scale = 0.999 * scale + 0.001 * gradient**2
            weights -= LEARNING_RATE * (moment / (1 - 0.9**step)) / (np.sqrt(scale / (1 - 0.999**step)) + 1e-8)
        return cls(vocabulary, weights)

    def probabilities(self, said: str) -> np.ndarray:
        """The probability of each label (LABELS order) for a normalised utterance."""
        known = [self.vocabulary[f] for f in features(said) if f in self.vocabulary]
        return _softmax(self.weights[known].sum(axis=0))

    def anchor(self, words: Sequence[str], concern: Concern) -> int:
        """The word carrying the most evidence for a concern over none: where the guards look."""
        k = LABELS.index(concern.value)
        evidence = [sum(self.weights[self.vocabulary[f], k] - self.weights[self.vocabulary[f], 0]
                        for f in features if f in self.vocabulary)
                    for features in position_features(words)]
        return int(np.argmax(evidence))


def _softmax(scores: np.ndarray) -> np.ndarray:
    exp = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return exp / exp.sum(axis=-1, keepdims=True)


@cache
def shipped_model() -> Model:
    """The model trained on the shipped corpus, once a process."""
    return Model.train(load_corpus())


def guarded(said: str, words: Sequence[str], anchor: int) -> bool:
    """Whether the pattern classifier's guards cancel evidence at this word: a story frame or hypothesis in its
    clause, the speaker's words reported ('she says I am violent'), or a negation the model did not see."""
    start = len(" ".join(words[:anchor])) + (1 if anchor else 0)
    clause = _clause_before(said, start)
    word = words[anchor].lstrip("~")
    if STORY.search(clause) or STORY.search(word):
        return True
    offsets = [0] + [m.end() for m in re.finditer(" ", clause)]
    if any(HYPOTHESIS.search(clause[:i]) for i in offsets):
        return True
    if any(REPORTED.search(clause[:i]) for i in offsets if clause[i:].startswith("i ")):
        return True
    return not words[anchor].startswith("~") and _negated(clause.split(), word)


def verdict(said: str, model: Model, thresholds: dict[Concern, float] = THRESHOLDS) -> Concern | None:
    """The concern a normalised utterance raises, if its probability clears the threshold and no guard cancels it."""
    if not said:
        return None
    probabilities = model.probabilities(said)
    concern = max((Concern.DANGER, Concern.SELF_HARM), key=lambda c: probabilities[LABELS.index(c.value)])
    if probabilities[LABELS.index(concern.value)] < thresholds[concern]:
        return None
    words = tokens(said)
    return None if guarded(said, words, model.anchor(words, concern)) else concern


def learned_concern(text: str) -> Concern | None:
    """Danger from a person, self-harm, or None, by the learned model trained on the shipped corpus."""
    return verdict(normalise(text), shipped_model())
