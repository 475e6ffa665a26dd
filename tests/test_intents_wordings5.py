"""Kinds of wording a blind corpus (blind 5) showed the matcher missing or taking wrongly, each tested on new sentences
of the same kind (not the corpus's own), in the states where they are said."""

from __future__ import annotations

import pytest

from tests.textmode import ANSWERS, EXITS_EVERYWHERE_BUT_YES_NO, templates, understood


@pytest.mark.parametrize(("said", "intent"), [
    ("stop everything now", "stop"),  # everything, the program, a practice named
    ("could you close the app please", "stop"),
    ("end the breathing exercise, it isn't helping", "stop"),
    ("stop listening now", "stop"),
    ("I don't want to answer the questions", "refuse"),  # the practice named, not taking part
    ("I'm not participating", "refuse"),
    ("I'm not repeating what she said", "refuse"),
    ("I'm not doing your breathing thing", "refuse"),
    ("I'm taking the car", "leave"),  # going, and when one will be back
    ("don't wait for me", "leave"),
    ("I'll be back tomorrow", "leave"),
    ("tell us what to say", "help"),  # how a step of the practice is done
    ("what do we do once the timer ends", "help"),
    ("how do we end the turn", "help"),
    ("how do I say it back", "help"),
    ("what's the point of this part", "help"),
    ("do we just start", "help"),
    ("what'd she say", "repeat"),
    ("sorry, what? the dog was barking", "repeat"),  # "sorry" leads in: it is no part of the aside
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_exits_in_blind_5s_kinds_of_wording(said: str, intent: str, context: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize("said", [
    "you're making me sound like the bad guy",  # the account made one-sided
    "she's forgetting that she cancelled first",
    "I only raised my voice because you kept interrupting",  # an excuse that hands the blame back
    "you only called because I asked you to",
    "no, I won't accept that",  # refusing the account
    "it's not like she even tried",
    "I wasn't being rude, I was tired",  # denying what one is accused of
    "she says she tidied up, but I did most of it",  # the other's words, then the speaker's own account
    "but you said it was fine",
    "so do you",  # the same said back
    "you did that too",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_rebuttals_of_new_kinds_in_an_answer(said: str, context: str) -> None:
    assert templates(said, context) == "rebuttal"


@pytest.mark.parametrize("said", ["that's a joke, I was there", "you don't get to decide that",
                                  "how dare you say that"])
def test_disputes_of_new_kinds_interrupt_on_the_floor(said: str) -> None:
    assert templates(said, "turns:floor") == "interrupt"


@pytest.mark.parametrize(("said", "intent", "context"), [
    ("I've covered everything", "done", "turns:floor"),
    ("tell me what to do, I really don't get it", "help", "checkin:a_close"),  # not understanding, not mishearing
    # the end of a turn beside stop: the session ends
    ("I think that's all I wanted to say, end it", "stop", "turns:floor"),
    ("that's my piece said, stop the session now", "stop", "turns:floor"),
    ("I need a second before I say anything else", "pause", "turns:floor"),
    ("alright, I'm back, the kids are asleep", "ready", "pause:on_break"),
    ("sounds like a plan then", "yes", "pause:ask_break"),
    ("good plan", "yes", "pause:ask_break"),
    ("no, we'd rather finish it", "no", "pause:ask_break"),  # wanting to go on is no stop at a yes/no question
    ("no, because then we'd have to start over", "no", "pause:ask_break"),  # a bare answer, then its reason
    ("yeah, before one of us says something", "yes", "pause:ask_break"),
    ("no, if we pause we'll both go quiet", "no", "pause:ask_break"),
])
def test_answers_and_endings_of_new_kinds(said: str, intent: str, context: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize("said", ["a little", "just a little", "just a little really", "a little, yeah"])
@pytest.mark.parametrize("context", ANSWERS)
def test_a_short_answer_is_no_break(said: str, context: str) -> None:
    """"A little" answers the question; the learned model took it for a little break."""
    assert understood(said, context) is None


@pytest.mark.parametrize("said", ["a little", "just a little really"])
def test_a_short_answer_to_the_offer_of_a_break_is_no_answer_of_its_own(said: str) -> None:
    assert understood(said, "pause:ask_break") is None  # "a little, yeah" says yes


@pytest.mark.parametrize("said", ["I could say sorry, I just don't want to",
                                  "I could call her, I just don't want to"])
@pytest.mark.parametrize("context", ANSWERS)
def test_an_elliptical_refusal_beside_what_it_refers_to_is_no_command(said: str, context: str) -> None:
    assert templates(said, context) is None


@pytest.mark.parametrize("said", ["no, I don't want to", "I don't want to"])
def test_a_bare_refusal_still_refuses(said: str) -> None:
    assert templates(said, "checkin:a_close") == "refuse"
