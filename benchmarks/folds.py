"""Which fold of a cross-validation a corpus row falls in, shared by the intent and safety model benchmarks."""

from __future__ import annotations

import hashlib

FOLDS = 10


def fold_of(said: str, salt: str = "") -> int:
    """The fold of a row by a hash of its normalised words, so it keeps its fold from run to run; another salt draws
    another split."""
    return int(hashlib.sha1((salt + said).encode()).hexdigest(), 16) % FOLDS
