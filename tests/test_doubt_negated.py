"""No question about a half-heard intent whose own words were said negated (intent_model.said_negated)."""

from __future__ import annotations

from voice_pacer.flowfile.load import load_flow
from voice_pacer.intent_model import learned_reading, said_negated
from voice_pacer.listening import listening_for

ASK = {spec.name for spec in listening_for(load_flow("pause"), "ask_break").candidates}


def test_a_stop_said_negated_is_not_asked_about_at_the_break_offer() -> None:
    """Spent blind 14 at the break offer, as HTS's voice was heard word for word: the model half heard a stop (0.49)
    and the session asked "Did you want to stop for now?"."""
    assert learned_reading("we're not stopping we're going to finish it this time", ASK) == (None, None)


def test_only_intents_a_negation_reverses_are_kept_from_asking() -> None:
    """Ending, resting, going away and coming back turn into their opposites; help and the prompt again are often
    asked for negated."""
    assert said_negated("i don't want a break", "pause")
    assert said_negated("i'm not going to bed", "leave")
    assert said_negated("we're not ready", "ready")
    assert not said_negated("i don't understand", "help")
    assert not said_negated("i didn't catch that", "repeat")
    assert not said_negated("let's stop, i don't want to go on", "stop")  # the stop itself is said plain
