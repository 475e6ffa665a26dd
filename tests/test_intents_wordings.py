"""Kinds of wording a blind corpus (blind 4) showed the matcher missing or taking wrongly, each tested on new sentences
of the same kind (not the corpus's own), in the states where they are said."""

from __future__ import annotations

import pytest

from tests.textmode import ANY, EXITS_EVERYWHERE_BUT_YES_NO, templates


@pytest.mark.parametrize(("said", "intent"), [
    ("I'm going down to the shed for a while", "leave"),  # leaving to a place in the house or nearby
    ("right, I'm off to the gym", "leave"),
    ("I'm heading next door to see the neighbours", "leave"),
    ("time to hit the sack", "leave"),
    ("I've had enough, I'm going to bed", "leave"),  # an ending beside a leaving: the leaving
    ("that's enough for me, I'm heading out", "leave"),
    ("no, I won't", "refuse"),  # a short refusal
    ("nope, not going there", "refuse"),
    ("please don't make me answer that", "refuse"),
    ("I think I'll sit this one out", "refuse"),
    ("walk us through it", "help"),  # asking to be shown how it goes
    ("could you show me how this works, it's my first time", "help"),
    ("what's expected of us here", "help"),
    ("abort", "stop"),
    ("stop the practice please", "stop"),
    ("end the session, we can try again tomorrow", "stop"),  # a clause putting it off to later
    ("turn it off, I can't take any more of it tonight", "stop"),  # a feeling given as the reason
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_exits_in_new_wordings(said: str, intent: str, context: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize(("said", "intent"), [
    ("I don't agree with any of it", "rebuttal"),  # disagreeing outright
    ("I disagree, I was trying", "rebuttal"),
    ("well that's only his version", "rebuttal"),  # an account called one-sided
    ("she keeps twisting my words", "rebuttal"),
    ("you can't blame this on me", "rebuttal"),  # the blame handed back
    ("actually she started it first", "rebuttal"),
])
@pytest.mark.parametrize("context", ["turns:reflect", "checkin:a_close"])
def test_rebuttals_in_an_answer(said: str, intent: str, context: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize("said", ["I did not", "that was only one time", "when did I ever say that"])
def test_a_flat_denial_on_the_floor_interrupts(said: str) -> None:
    assert templates(said, "turns:floor") == "interrupt"


@pytest.mark.parametrize(("said", "intent"), [
    ("yeah, a break would help", "yes"),  # assent, then the break that was offered
    ("ok, let's take a break", "yes"),
    ("no, I want to get through this", "no"),  # dissent, then carrying on
    ("we'd rather keep going", "no"),
])
def test_a_yes_no_question_takes_assent_with_the_offer_and_dissent_with_carrying_on(said: str, intent: str) -> None:
    assert templates(said, "pause:ask_break") == intent


@pytest.mark.parametrize(("said", "context", "intent"), [
    ("you can have the floor now", "turns:floor", "done"),
    ("alright, she can have the floor", "turns:floor", "done"),
    ("ok we're finished with the break", "pause:on_break", "ready"),
    ("give me a minute before I answer", "turns:reflect", "pause"),
    ("sorry, what was I supposed to say", "checkin:a_close", "repeat"),
    ("shut it off, we're done for the night", "turns:floor", "stop"),  # naming the evening ends the session
])
def test_state_intents_in_new_wordings(said: str, context: str, intent: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize("said", [
    "calm down, it's only the telly",  # said to the partner: no request for a break
    "oh calm down",
    "I'm so fed up with work",  # a feeling, not a refusal of the practice
    "honestly I'm just fed up",
])
@pytest.mark.parametrize("context", ANY)
def test_a_word_to_the_partner_or_a_feeling_is_no_command(said: str, context: str) -> None:
    assert templates(said, context) is None
