"""A domain language model: every wording the command templates make, as a small trigram model in ARPA text.

What rhasspy and speech-to-phrase do for "which of the phrases I know was said": expand the templates, balance the
intents so that each weighs the same, and let an n-gram search hear them. An n-gram search does not slow with the
number of phrases the way PocketSphinx's FSG search does. Smoothing is interpolated Witten-Bell, which takes the
fractional counts that balancing gives; written in backoff form, so any ARPA reader loads it."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

ORDER = 3
START, END = "<s>", "</s>"
NEVER = -99.0  # ARPA's log10 probability for <s>, which is never predicted


def weighted_sentences(wordings: Mapping[str, Sequence[str]], variants: Callable[[str], list[str]],
                       known: Callable[[str], bool]) -> list[tuple[tuple[str, ...], float]]:
    """(words, weight) for every spoken variant of every wording, each intent weighing 1 in all; wordings holding a
    word the recogniser does not know are left out."""
    sentences = []
    for phrases in wordings.values():
        forms = [[form.split() for form in variants(phrase)] for phrase in phrases]
        forms = [[words for words in each if all(map(known, words))] for each in forms]
        forms = [each for each in forms if each]
        for each in forms:
            sentences += [(tuple(words), 1.0 / len(forms) / len(each)) for words in each]
    return sentences


def _counts(sentences: Iterable[tuple[Sequence[str], float]], order: int) -> list[dict[tuple[str, ...], float]]:
    """Weighted counts of every n-gram up to order, per order (index 0: unigrams), <s> and </s> around sentences."""
    counts: list[dict[tuple[str, ...], float]] = [defaultdict(float) for _ in range(order)]
    for words, weight in sentences:
        padded = (START, *words, END)
        for n in range(1, order + 1):
            for i in range(len(padded) - n + 1):
                if padded[i : i + n] != (START,):
                    counts[n - 1][padded[i : i + n]] += weight
    return counts


def probabilities(sentences: Iterable[tuple[Sequence[str], float]], order: int = ORDER, spread: float = 1.0
                  ) -> tuple[list[dict[tuple[str, ...], float]], dict[tuple[str, ...], float]]:
    """Interpolated Witten-Bell probabilities of every seen n-gram, and the backoff weight of every context.

    P(w|h) = (c(h,w) + T(h) P(w|h')) / (c(h) + T(h)), with T(h) the number of words seen after h; the weight left for
    unseen words after h is then T(h) / (c(h) + T(h)) of the lower order's, which is h's backoff weight. With spread
    below 1, T(h) is scaled down: less weight for word sequences no template makes."""
    counts = _counts(sentences, order)
    total = sum(counts[0].values())
    probs: list[dict[tuple[str, ...], float]] = [{gram: c / total for gram, c in counts[0].items()}]
    backoff: dict[tuple[str, ...], float] = {}
    for n in range(2, order + 1):
        followers: dict[tuple[str, ...], list[float]] = defaultdict(list)
        for gram, c in counts[n - 1].items():
            followers[gram[:-1]].append(c)
        for context, seen in followers.items():
            backoff[context] = spread * len(seen) / (sum(seen) + spread * len(seen))
        probs.append({})
        for gram, c in counts[n - 1].items():
            seen = followers[gram[:-1]]
            lower = probs[n - 2][gram[1:]]  # every suffix of a seen n-gram was seen in the same sentence
            probs[n - 1][gram] = (c + spread * len(seen) * lower) / (sum(seen) + spread * len(seen))
    return probs, backoff


def arpa(sentences: Iterable[tuple[Sequence[str], float]], order: int = ORDER, spread: float = 1.0) -> str:
    """The model of the weighted sentences as ARPA text (log10 probabilities and backoff weights)."""
    probs, backoff = probabilities(sentences, order, spread)
    probs[0] = {(START,): 0.0, **probs[0]}  # <s> is a context only: listed with NEVER as its probability
    lines = ["\\data\\", *(f"ngram {n + 1}={len(grams)}" for n, grams in enumerate(probs)), ""]
    for n, grams in enumerate(probs):
        lines.append(f"\\{n + 1}-grams:")
        for gram, p in sorted(grams.items()):
            logp = NEVER if gram == (START,) else math.log10(p)
            weight = f" {math.log10(backoff[gram]):.6f}" if n + 1 < order and gram in backoff else ""
            lines.append(f"{logp:.6f} {' '.join(gram)}{weight}")
        lines.append("")
    lines.append("\\end\\")
    return "\n".join(lines) + "\n"
