"""Whether an utterance discloses danger from a person or self-harm: hand-made patterns over normalised text first,
then a learned second opinion (voice_pacer.safety_model) for wordings no pattern knows, held to the same guards.

The patterns say why they fired and take well under a millisecond on a Raspberry Pi; on wording written blind they
missed too many disclosures (benchmarks/safety_model.py), which the model, trained on a corpus written for it, narrows.
Emotional hurt, negations ("he would never hit me"), stories ("the film was violent") and idioms ("this traffic is
killing me") are neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from voice_pacer.safety_guards import (
    HYPOTHESIS,
    NEGATORS,
    STORY,
    excused,
    feared_reaction,
    fires,
    reported,
)
from voice_pacer.safety_rules import RULES
from voice_pacer.safety_words import Concern, normalise

if TYPE_CHECKING:
    from voice_pacer.safety_model import Model

# The names other modules and the tests import from here.
__all__ = ["HYPOTHESIS", "NEGATORS", "RULES", "STORY", "Concern", "assess", "feared_reaction", "normalise",
           "pattern_concern", "reported"]


def pattern_concern(text: str) -> Concern | None:
    """What the hand-made patterns alone make of an utterance."""
    return _patterns_say(normalise(text))


def _patterns_say(said: str) -> Concern | None:
    return next((rule.concern for rule in RULES if fires(rule, said)), None) if said else None


def assess(text: str, model: Model | None = None) -> Concern | None:
    """Danger from a person, self-harm, or None for everything else (hurt feelings, negations, stories, idioms); the
    learned opinion is the shipped model's unless a benchmark passes another."""
    from voice_pacer.safety_model import doubts, shipped_model, verdict  # here: the model imports this module

    said = normalise(text)
    found = _patterns_say(said)
    if found is not None:
        # the patterns read word order the model cannot, but stop stories and negations it knows better
        return None if doubts(said, found, model) else found
    if not said:
        return None
    # a pattern that saw the words and named them an ordinary sense outranks the model, which reads no word order
    return None if any(excused(rule, said) for rule in RULES) else verdict(said, model or shipped_model())
