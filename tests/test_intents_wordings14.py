"""Commands in people's own words (issue 8, from blind 14, spent): a listener cutting in on the floor, an answer that
hands the blame back or refuses the question, the assistant asked as a person, a leaving described as it happens or
given tiredness as its reason, a request that quotes the assistant or hedges in the future, young adults' softeners.
Each kind has guards: talk of the same shape that stays what it was."""

from __future__ import annotations

import pytest

from tests.textmode import ANSWERS, EXITS_EVERYWHERE_BUT_YES_NO, templates

FLOOR = "turns:floor"
CHECK_IN = ("checkin:a_pull", "checkin:a_close")


@pytest.mark.parametrize("said_", [
    "could I just, sorry, could I just",  # asking for the floor, unfinished
    "sorry, excuse me, but",
    "sorry sorry, but",
    "could I chime in for a second",  # a time after the request
    "may I butt in for a sec",
    "that is literally not what happened",  # a softener of young adults' speech
    "no, no, no, you're twisting it",  # a lead said over and over
    "oh, whatever",  # what was said dismissed outright
])
def test_the_listener_cuts_in(said_: str) -> None:
    assert templates(said_, FLOOR) == "interrupt"


@pytest.mark.parametrize("said_", [
    "I know, but",  # the speaker going on, no apology to cut in
    "but",
    "I'm sorry, but I was scared that night",  # an apology with what follows it
    "I don't know, whatever",  # a hedge at the end of a turn
    "whatever we do it ends in a row",
    "could I just have one more go at explaining",
])
def test_the_speaker_going_on_is_no_cut_in(said_: str) -> None:
    assert templates(said_, FLOOR) != "interrupt"


@pytest.mark.parametrize("said_", [
    "honestly that was his fault, not mine",  # the blame handed back
    "but she raised her voice first",
    "well he walked off first, so",
    "he said it was me, but it was his brother who broke it",
    "I really don't think I did anything wrong",  # fault denied
    "I did nothing wrong yesterday",
    "why would I want to be close after how he treated me",  # the question's premise refused
    "if he brings that up I'm going to disagree",  # disagreement announced
    "you shouted at me in the car, so don't start",  # a warning not to start
])
@pytest.mark.parametrize("context", CHECK_IN)
def test_an_answer_that_contests(said_: str, context: str) -> None:
    assert templates(said_, context) == "rebuttal"


@pytest.mark.parametrize("said_", [
    "I think it was my fault, not his",  # the blame taken, not handed back
    "it wasn't your fault, love",
    "I went to bed first and she followed",
    "she got home first, so she made dinner",
    "I wonder if I did anything wrong",
    "did I do anything wrong today",
    "I felt close after what you said this morning",
    "we disagree about money sometimes",
    "so don't start the washing machine until ten",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_answers_of_the_same_shape_stay_answers(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize(("said_", "intent"), [
    ("what commands do you understand", "help"),  # the assistant asked as a person
    ("how do we get you to listen", "help"),
    ("hey you, what should I ask you", "help"),
    ("I'm lost, what's the point of every step", "help"),
    ("I'm putting my coat on", "leave"),  # the leaving described as it happens
    ("night night, I'm shattered", "leave"),  # a goodnight with tiredness as its reason
    ("I'm exhausted, goodnight", "leave"),
    ("I'm gonna need a breather", "pause"),  # the request hedged in the future
    ("we're going to need a break, honestly", "pause"),
    ("you told us we could have a break, so can we", "pause"),  # the assistant quoted
    ("okay, we'll leave the session there", "stop"),
    ("ngl I need a minute", "pause"),  # young adults' softeners
    ("can we stop, fr", "stop"),
    ("tbh I'm done for tonight", "stop"),
    ("wait wait, pause it", "pause"),
    ("honestly I can't take any more of this", "stop"),  # the speaker's limit reached
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_commands_in_people_s_words(said_: str, intent: str, context: str) -> None:
    assert templates(said_, context) == intent


@pytest.mark.parametrize("said_", [
    "what things do you know about her family",  # the partner asked, not the assistant
    "how do I get you to forgive me",
    "how do I get you to do anything around the house",  # a chore
    "I'm putting my shoes on the rack",
    "I love you, goodnight",  # a goodnight closing an answer
    "I'm so tired of being the one who says sorry, goodnight",
    "we're going to need a bigger car",
    "you said we could go to your mum's, so can we",  # the assistant quoted, nothing it offers
    "we left things there last time and it got worse",
    "I can't do any more shifts this month",
    "the test came back negative",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_talk_of_the_same_shape_is_no_command(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize(("said_", "intent"), [("negative", "no"), ("affirmative", "yes")])
def test_a_literal_answer_to_the_offer(said_: str, intent: str) -> None:
    assert templates(said_, "pause:ask_break") == intent
