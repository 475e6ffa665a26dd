"""Kinds of wording a blind corpus (blind 7, spent) showed the matcher missing: short replies and slang, self-repairs,
a moment asked for around an aside, farewells and reasons said beside a stop, disputes on the floor and accounts
contested in an answer. Each kind is tested on new sentences (not the corpus's own), in the states where they are
said, with guards: sentences of the same shape that must stay ordinary."""

from __future__ import annotations

import pytest

from tests.textmode import ANSWERS, EXITS_EVERYWHERE_BUT_YES_NO, templates, understood

YES_NO = "pause:ask_break"
FLOOR = "turns:floor"
NOT_THE_FLOOR = ("pause:on_break", "turns:reflect", "checkin:a_close")


@pytest.mark.parametrize(("said", "intent"), [
    ("no, hold on, don't stop, I mean pause it", "pause"),  # the repair replaces what came before it
    ("let's take a break, or rather let's just end it", "stop"),
    ("switch it, I meant switch it off", "stop"),
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_self_repair_says_what_follows_it(said: str, intent: str, context: str) -> None:
    assert templates(said, context) == intent


def test_a_self_repair_to_yes_at_a_question() -> None:
    assert templates("nah, sorry, I mean yeah, let's have one", YES_NO) == "yes"


@pytest.mark.parametrize("said", ["I mean it, I love her", "you know what I mean", "what I mean is I love her",
                                  "I mean, stop is a strong word for it"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_i_mean_without_a_command_after_it_stays_talk(said: str, context: str) -> None:
    assert understood(said, context) is None


@pytest.mark.parametrize(("said", "intent"), [
    ("right, that's us finished, goodbye", "stop"),  # a farewell signs off: no leaving
    ("this is a waste of time, switch it off", "stop"),  # the refusal is the stop's reason
    ("put it off now please", "stop"),  # "put off" for "turn off"
    ("we're pulling the plug on this", "stop"),
    ("I'm ending this", "stop"),
    ("pause for a second, not for long, just a second", "pause"),  # the same moment asked for twice
    ("one tick, the oven's beeping", "pause"),
    ("hang about, pause it, someone's at the door", "pause"),
    ("pause it and give me a minute", "pause"),
    ("just a mo", "pause"),
    ("okay, so what now", "help"),  # help's own words, not "what" with a tail
    ("who's supposed to start first", "help"),
    ("what do I do before the timer goes", "help"),
    ("I'll be at my sister's place", "leave"),
    ("I'm going upstairs to watch a film", "leave"),
    ("can you read the instructions again", "repeat"),
    ("what's she saying", "repeat"),
    ("wut did you say", "repeat"),  # typed slang
])
@pytest.mark.parametrize("context", NOT_THE_FLOOR)
def test_exits_in_blind_7s_kinds_of_wording(said: str, intent: str, context: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize(("said", "intent"), [
    ("we're done, goodnight, I'm off to bed", "leave"),  # goodnight goes to bed: still a leaving
    ("that's it for tonight, see you tomorrow", "leave"),
])
@pytest.mark.parametrize("context", NOT_THE_FLOOR)
def test_a_leaving_beside_an_ending_is_still_a_leaving(said: str, intent: str, context: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize(("said", "intent"), [
    ("no, it's alright, we're calm now", "no"),  # a bare answer first, and more of the same after it
    ("yeah, that's fine, sounds good", "yes"),
    ("naw, we're fine", "no"),
    ("we don't need ten minutes", "no"),
    ("that sounds sensible", "yes"),
    ("fine, a short break then", "yes"),
])
def test_short_answers_at_a_yes_no_question(said: str, intent: str) -> None:
    assert templates(said, YES_NO) == intent


@pytest.mark.parametrize("said", ["no, I haven't seen your keys", "yes, I posted the letter this morning",
                                  "no, the kids are at their gran's tonight"])
def test_a_bare_answer_to_someone_else_is_no_answer(said: str) -> None:
    assert understood(said, YES_NO) is None


def test_where_we_were_is_ready() -> None:
    assert templates("so where were we", "pause:on_break") == "ready"


@pytest.mark.parametrize("said", [
    "that's where I'm at",
    "I went over everything that happened at dinner. done",  # the end said last, after what was said
    "done and dusted",
    "end of my speech",
])
def test_the_end_of_a_turn(said: str) -> None:
    assert templates(said, FLOOR) == "done"


@pytest.mark.parametrize("said", [
    "that didn't happen",
    "it was only once",
    "I did text you",
    "can I stop you right there",  # not a stop: the speaker is cut short
    "you left out the part where you slammed the door",
    "but no",
])
def test_interruptions_of_blind_7s_kinds(said: str) -> None:
    assert templates(said, FLOOR) == "interrupt"


@pytest.mark.parametrize("said", [
    "she said I shouted at her, which I didn't",  # the account denied in a clause after it
    "he forgot the bit where he hung up on me",
    "I didn't, she did",
    "I won't say that back because it's not fair",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_rebuttals_of_blind_7s_kinds(said: str, context: str) -> None:
    assert templates(said, context) == "rebuttal"


@pytest.mark.parametrize("said", [
    "she said she was tired, which I understand",  # a reflection, nothing contested
    "I'd feel lost if you weren't here",
    "I didn't know she felt that way",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_accounts_of_the_same_shape_stay_answers(said: str, context: str) -> None:
    assert understood(said, context) is None


@pytest.mark.parametrize("said", [
    "we were watching telly all night",
    "I stopped for a second at the shop",
    "he said goodbye and went to work",
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_talk_of_the_same_words_stays_talk(said: str, context: str) -> None:
    assert understood(said, context) is None


@pytest.mark.parametrize("context", [FLOOR, "pause:on_break"])
def test_once_upon_a_time_is_no_dispute(context: str) -> None:
    assert understood("that was once upon a time", context) is None  # "that was once" disputes; a tale does not
