"""What the learned models (safety_model, intent_model) share: the softmax, and weights saved beside the digest of
the corpus they were trained from."""

from __future__ import annotations

from pathlib import Path

import numpy as np


def softmax(scores: np.ndarray) -> np.ndarray:
    """Probabilities from scores, along the last axis."""
    exp = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return exp / exp.sum(axis=-1, keepdims=True)


def save_weights(path: Path, vocabulary: dict[str, int], weights: np.ndarray, digest: str,
                 dtype: type[np.floating]) -> None:
    """Write a vocabulary (feature -> row) and its weights, stored as dtype, with the digest of what they came from."""
    order = sorted(vocabulary, key=vocabulary.__getitem__)
    np.savez_compressed(path, vocabulary=np.array(["\n".join(order)]), weights=weights.astype(dtype),
                        digest=np.array([digest]))


def load_weights(path: Path, digest: str) -> tuple[dict[str, int], np.ndarray] | None:
    """The saved vocabulary and weights, or None when there are none or they were trained from something else."""
    try:
        with np.load(path, allow_pickle=False) as saved:
            if str(saved["digest"][0]) != digest:
                return None
            names = str(saved["vocabulary"][0]).split("\n")
            return {name: i for i, name in enumerate(names)}, saved["weights"].astype(np.float64)
    except (OSError, KeyError, ValueError):
        return None
