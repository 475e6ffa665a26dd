"""Kinds of wording a blind corpus (blind 6, spent) showed the matcher missing or taking wrongly, each tested on new
sentences of the same kind (not the corpus's own), in the states where they are said; and guards, sentences of the
same shape that must stay ordinary."""

from __future__ import annotations

import pytest

from tests.textmode import ANSWERS, EXITS_EVERYWHERE_BUT_YES_NO, templates, understood


@pytest.mark.parametrize(("said", "intent"), [
    ("let's take five and then try again", "pause"),  # a break, and the coming back said after it
    ("let's stop for a minute and come back to it", "pause"),
    ("I need a break before I say something I regret", "pause"),  # a break, and what it comes before
    ("could I have a minute before I answer that", "pause"),
    ("a wee pause before I answer you", "pause"),
    ("could you put us on hold, the door's going", "pause"),  # the device asked to hold
    ("what's the next step then", "help"),
    ("what's the next bit", "help"),
    ("I'm hitting the sack", "leave"),
    ("I'm off out and I'm not coming back tonight", "leave"),  # going, and not coming back soon
    ("switch the stupid thing off", "stop"),
    ("how was the question?", "repeat"),
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_exits_in_blind_6s_kinds_of_wording(said: str, intent: str, context: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize("said", [
    "he said I forgot his birthday but I was in hospital that week",  # their account said back, then contested
    "you say you cleaned up but it was only the one plate",
    "she's saying I never listen but I did listen, all evening",
    "I never said you were lazy, she made that up",  # words denied
    "I didn't break the vase, the cat did",  # a deed denied and put on another
    "it was you who booked it, so don't blame it on me",  # the blame refused
    "no, you raised your voice first, don't put that on me",
    "I'm not repeating it because it's not true",  # not saying it back, for it is wrong
    "what she said was full of excuses from start to finish",
    "I listened, but it's not fair, I was working late",
    "that's not what happen at the party",  # a verb form learners use
])
@pytest.mark.parametrize("context", ANSWERS)
def test_rebuttals_of_blind_6s_kinds(said: str, context: str) -> None:
    assert templates(said, context) == "rebuttal"


@pytest.mark.parametrize("said", [
    "you're making me sound like a monster",  # the account made one-sided, on the floor
    "you keep twisting everything",
    "yeah right",  # sarcasm
])
def test_interruptions_of_blind_6s_kinds(said: str) -> None:
    assert templates(said, "turns:floor") == "interrupt"


@pytest.mark.parametrize("said", [
    "I am complete",
])
def test_the_end_of_a_turn_in_a_learners_words(said: str) -> None:
    assert templates(said, "turns:floor") == "done"


@pytest.mark.parametrize("said", [
    "she said she felt alone and I understand that",  # a reflection said back, nothing contested
    "he said he was tired but he still made dinner for us",
    "you said you wanted more time together",
    "I never noticed how tired she was",  # owning one's part
    "she says I work too much but she knows I'm trying",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_accounts_said_back_stay_answers(said: str, context: str) -> None:
    assert understood(said, context) is None


@pytest.mark.parametrize("said", [
    "I'm not going to do anything silly, I promise",  # a promise, no refusal
    "I'm not going to do anything stupid",
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_promise_not_to_do_something_is_no_refusal(said: str, context: str) -> None:
    assert understood(said, context) is None


@pytest.mark.parametrize("said", [
    "right boys, enough now, teeth",  # a word to the children, not to the assistant
    "okay girls, quiet now",
    "stop that you two, it's bedtime",
    "come on kids, no more",
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_words_to_someone_else_are_no_command(said: str, context: str) -> None:
    assert understood(said, context) is None


@pytest.mark.parametrize(("said", "intent"), [
    ("the kids are asleep, let's stop", "stop"),  # the children spoken of, not to
    ("hold on, the kids are awake", "pause"),
])
def test_children_spoken_of_leave_the_command(said: str, intent: str) -> None:
    assert understood(said, "turns:floor") == intent
