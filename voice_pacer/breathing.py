"""Breathing patterns: named sequences of (phase, seconds)."""

from __future__ import annotations

PATTERNS: dict[str, tuple[tuple[str, float], ...]] = {
    "box": (("in", 4), ("hold", 4), ("out", 4), ("hold", 4)),
    "4-7-8": (("in", 4), ("hold", 7), ("out", 8)),
}


def cycle_seconds(pattern: str) -> float:
    """Length of one cycle of a pattern."""
    return sum(seconds for _, seconds in PATTERNS[pattern])
