"""Kinds of wording blind 11's writer used that the matcher missed (issue 8), tested on sentences of our own: an answer
that contests instead of answering; the turn passed on the radio way; holding the speaker back rather than ending the
session; the prompt asked for again after a polite lead-in or a reason; the practice refused for being beneath one or
for being a machine; a command beside the speaker's being lost or searching for words. Each kind has guards: talk of
the same shape that stays what it was."""

from __future__ import annotations

import pytest

from tests.textmode import ANSWERS, EXITS_EVERYWHERE_BUT_YES_NO, drive, said, templates, understood

EVERY_STATE = (*EXITS_EVERYWHERE_BUT_YES_NO, "pause:ask_break", "checkin:a_pull")


@pytest.mark.parametrize("said_", [
    "what he said at dinner was totally unfair",  # the partner's words judged
    "honestly, what you said this morning was a lie",
    "he's such a hypocrite",  # the partner's character
    "she thinks she's always right",
    "maybe if he stopped lying for once",
    "what was there to like about today",  # the question's premise refused
    "thanks. thank you for nothing, really",
    "not a thing, and you know why",
    "she should admit she was wrong",  # the blame handed back
    "your brother started it, not me",
    "she thinks it's all my fault, but it's not",  # an account said back and denied
    "he says I never listen, and that's not true",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_contesting_instead_of_answering_is_a_rebuttal(said_: str, context: str) -> None:
    assert templates(said_, context) == "rebuttal"


@pytest.mark.parametrize("said_", [
    "I felt like a hypocrite at work",
    "he thinks he's perfect for the job, I'm proud of him",
    "what she said to my mum was really kind",
    "he was never wrong about the kids",
    "he says we should rest more, and I agree",
    "I admitted I was wrong and he hugged me",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_answers_of_the_same_shape_stay_answers(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize("said_", ["over", "okay, over", "over and out"])
def test_the_turn_passed_on_the_radio_way_ends_it(said_: str) -> None:
    assert templates(said_, "turns:floor") == "done"


@pytest.mark.parametrize("said_", ["it's over", "we got over it", "over the weekend"])
def test_talk_holding_over_is_no_end_of_a_turn(said_: str) -> None:
    assert templates(said_, "turns:floor") is None


@pytest.mark.parametrize("said_", ["I'm tired. that's all. I'm just tired", "I'm hurt, that's it, I'm really hurt"])
def test_the_end_of_a_turn_said_between_the_speakers_words_stresses_them(said_: str) -> None:
    assert templates(said_, "turns:floor") is None


@pytest.mark.parametrize("said_", ["I'm tired. that's all", "I'm done, thanks", "that's all, you can talk now",
                                   "so, I'm finished, over to you"])
def test_the_end_of_a_turn_said_last_still_ends_it(said_: str) -> None:
    assert templates(said_, "turns:floor") == "done"


@pytest.mark.parametrize("said_", ["I'm sorry, I need to stop you there", "let me stop you right there",
                                   "hold on, you do the same thing", "wait, you did it too"])
def test_holding_the_speaker_back_is_an_interruption_on_the_floor(said_: str) -> None:
    assert templates(said_, "turns:floor") == "interrupt"


@pytest.mark.parametrize("said_", ["I'm sorry, I need to stop you there", "let me stop you right there"])
@pytest.mark.parametrize("context", ANSWERS)
def test_holding_someone_back_ends_no_session(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize("said_", ["can you stop", "sorry, I need to stop", "I can't do this, stop it please"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_stopping_without_a_person_still_stops(said_: str, context: str) -> None:
    assert templates(said_, context) == "stop"


@pytest.mark.parametrize("said_", ["excuse me, once more please", "sorry love, can you say that louder",
                                   "my hearing's not great, can you say it slower", "speak up please",
                                   "again? I don't get it"])
@pytest.mark.parametrize("context", EVERY_STATE)
def test_the_prompt_asked_again_after_a_lead_in_or_a_reason(said_: str, context: str) -> None:
    assert templates(said_, context) == "repeat"


@pytest.mark.parametrize(("said_", "intent"), [("excuse me?", "interrupt"), ("I don't get it", "help"),
                                               ("I don't understand, what do I do", "help"),
                                               ("so what, how does this work", "help"),
                                               ("what am I supposed to say, sorry", "help")])
def test_a_lead_in_or_being_lost_alone_keeps_its_meaning(said_: str, intent: str) -> None:
    assert templates(said_, "turns:floor") == intent


@pytest.mark.parametrize("said_", ["I'm too old for this rubbish", "honestly I'm far too old for all this",
                                   "why would we talk to a machine", "why would I tell the app anything",
                                   "no, I don't believe in all this stuff"])
@pytest.mark.parametrize("context", EVERY_STATE)
def test_the_practice_refused_as_beneath_one_or_as_a_machine(said_: str, context: str) -> None:
    assert templates(said_, context) == "refuse"


@pytest.mark.parametrize("said_", ["I'm too old for that dress", "why would I tell him anything",
                                   "I don't believe in this stuff about star signs"])
@pytest.mark.parametrize("context", ANSWERS)
def test_age_machines_and_belief_in_other_talk_refuse_nothing(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize("said_", ["help me, I don't know what to say to him", "help, I'm not sure how this works",
                                   "cancel. what do you call it. stop", "end, is that the word? end it"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_command_beside_being_lost_or_searching_for_words(said_: str, context: str) -> None:
    assert templates(said_, context) in ("help", "stop")
    assert templates(said_, context) == ("help" if said_.startswith("help") else "stop")


@pytest.mark.parametrize("said_", ["I don't know if we'll make it", "I don't know whether to laugh or cry",
                                   "I don't know why you do that", "I'd leave if you shouted at me"])
@pytest.mark.parametrize("context", EVERY_STATE)
def test_a_doubt_about_something_asks_for_nothing(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize("said_", ["can we stop a minute and come back", "let's stop a bit and then carry on"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_stopping_a_while_to_come_back_is_a_pause(said_: str, context: str) -> None:
    assert templates(said_, context) == "pause"


@pytest.mark.parametrize("said_", ["I need to pause my subscription", "we should cancel our dinner booking",
                                   "I want to quit my job", "I might stop my piano lessons"])
@pytest.mark.parametrize("context", EVERY_STATE)
def test_a_commands_verb_on_someones_own_thing_is_no_command(said_: str, context: str) -> None:
    assert understood(said_, context) is None


@pytest.mark.parametrize("said_", ["I'm off to bed, you stay up as late as you want",
                                   "I'm going out, you do as you please"])
@pytest.mark.parametrize("context", EVERY_STATE)
def test_leaving_with_a_parting_word_to_the_partner(said_: str, context: str) -> None:
    assert templates(said_, context) == "leave"


@pytest.mark.parametrize("said_", ["when you said I'm going to bed, you looked so sad",
                                   "I'm going to bed, you said I looked tired and then you laughed at me"])
@pytest.mark.parametrize("context", ANSWERS)
def test_a_leaving_told_of_or_beside_a_story_is_none(said_: str, context: str) -> None:
    assert templates(said_, context) is None


def test_a_contested_checkin_answer_is_redirected_and_the_checkin_goes_on() -> None:
    records = drive("checkin", ["he's such a hypocrite", "he made me tea"])
    prompts = said(records)
    assert any(prompt.startswith("Tonight we just listen") for prompt in prompts)
    assert "Thank you, Dana." in prompts
