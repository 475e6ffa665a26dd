"""Breathing patterns (named sequences of (phase, seconds)) and their pacing, cue by cue, on session time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from voice_pacer.eventlog import EventLog

PATTERNS: dict[str, tuple[tuple[str, float], ...]] = {
    "box": (("in", 4), ("hold", 4), ("out", 4), ("hold", 4)),
    "4-7-8": (("in", 4), ("hold", 7), ("out", 8)),
}


def cycle_seconds(pattern: str) -> float:
    """Length of one cycle of a pattern."""
    return sum(seconds for _, seconds in PATTERNS[pattern])


class Paced(Enum):
    """How a stretch of paced time ended."""

    FINISHED = "finished"
    STOPPED = "stopped"  # something said meanwhile (stop, a disclosure) moved the flow on


@dataclass(frozen=True)
class Breathing:
    """One breathing practice: a pattern, how many cycles, and whether each phase is cued by a tone, words or both."""

    pattern: str
    cycles: int
    cues: str  # tones, words or both

    def pace(self, log: EventLog, now: Callable[[], float], cue: Callable[[str, bool], None],
             rest: Callable[[float], Paced]) -> Paced:
        """Cue each phase (cue(phase, as_tone)) and rest out its seconds, counted from when the phase began."""
        for cycle in range(1, self.cycles + 1):
            for phase, seconds in PATTERNS[self.pattern]:
                started = now()
                log.write("breathe", phase=phase, seconds=seconds, cycle=cycle, pattern=self.pattern)
                if self.cues in ("tones", "both"):
                    cue(phase, True)
                if self.cues in ("words", "both"):
                    cue(phase, False)
                if rest(max(0.0, started + seconds - now())) is Paced.STOPPED:
                    return Paced.STOPPED
        return Paced.FINISHED
