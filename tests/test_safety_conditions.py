"""A condition in a disclosure: a partner's known reaction to something ("he goes mad if I'm late") is a fear, not a
hypothesis, and the learned model's guard lets it through; a hypothesis about the partner, what someone says or would
do, and a story still cancel danger. Each kind beside its exceptions."""

from __future__ import annotations

import pytest

from voice_pacer.safety import assess, feared_reaction, normalise

REACTIONS = {
    "the reaction before the if": ("she reads my texts and goes mad if", "I've deleted one"),
    "the reaction before the when": ("he kicks off when", "tea isn't on the table"),
    "the reaction after the condition": ("if", "I walk away he follows me round the house"),
    "the reaction after a condition about something": ("if", "the dinner's cold she throws it"),
}
HYPOTHESES = {
    "the partner in the condition": ("if", "he ever hit me"),
    "the speaker's own would": ("I'd leave him if", "he ever laid a finger on me"),
    "what the partner would do": ("he would go mad if", "I told him"),
    "what the partner says": ("he says if", "I leave I'll regret it"),
    "a would after the condition": ("if", "I left he would find me"),
    "someone else in the condition": ("if", "my husband hit me I'd call the police"),
}


def _parts(before: str, after: str) -> tuple[str, str]:
    return normalise(before) + " ", normalise(after)


@pytest.mark.parametrize(("before", "after"), [pytest.param(*v, id=k) for k, v in REACTIONS.items()])
def test_a_partners_known_reaction_is_no_hypothesis(before: str, after: str) -> None:
    assert feared_reaction(*_parts(before, after))


@pytest.mark.parametrize(("before", "after"), [pytest.param(*v, id=k) for k, v in HYPOTHESES.items()])
def test_a_hypothesis_stays_one(before: str, after: str) -> None:
    assert not feared_reaction(*_parts(before, after))


@pytest.mark.parametrize("text", [
    "if he ever hit me I would leave",
    "I'd leave him in a heartbeat if he ever laid a finger on me",
    "if he ever threatened me I would go to the police",
    "in the film she goes mad if anyone touches her car",
])
def test_hypotheses_and_stories_with_a_condition_are_neither(text: str) -> None:
    assert assess(text) is None
