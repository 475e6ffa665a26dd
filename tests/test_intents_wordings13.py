"""Commands said as speech gives them, without clause marks (issue 8, from blind 13): a command beside its reason, an
aside or a second clause must be understood as it is when typed with commas ("he's calmed down go ahead" as "he's
calmed down, go ahead"). Each kind has guards: talk of the same shape that stays what it was, with or without marks."""

from __future__ import annotations

import pytest

from tests.textmode import ANSWERS, EXITS_EVERYWHERE_BUT_YES_NO, templates


@pytest.mark.parametrize(("said_", "intent"), [
    ("I'm getting too wound up can we take a break", "pause"),  # a feeling given as the reason, then the command
    ("my head is spinning I need a breather", "pause"),
    ("I've got an early start I'm off to bed", "leave"),
    ("I'm going to bed you can stay up as long as you want", "leave"),  # a parting word to the partner
    ("nothing's changing let's just end it", "stop"),
    ("it's gone midnight let's call it a night", "stop"),
    ("turn it off I'm far too tired for this", "stop"),
    ("I'm not doing the breathing thing forget it", "refuse"),
    ("honestly it's not helping I don't want to do this", "refuse"),
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_command_beside_its_reason_without_marks(said_: str, intent: str, context: str) -> None:
    assert templates(said_, context) == intent
    assert templates(said_.replace(" I", ", I", 1), context) == intent  # typed with a mark, as before


@pytest.mark.parametrize(("said_", "context", "intent"), [
    ("she's settled now go ahead", "pause:on_break", "ready"),
    ("the kids are quiet let's carry on", "pause:on_break", "ready"),
    ("I think I've said my piece over to you", "turns:floor", "done"),
])
def test_a_state_s_own_command_beside_an_aside_without_marks(said_: str, context: str, intent: str) -> None:
    assert templates(said_, context) == intent


@pytest.mark.parametrize("said_", [
    "the bus was late again",  # a lone word at the end is part of the sentence
    "sorry I'm late home",
    "I'd like us to go for a swim this weekend",  # a time after the verb, not a clause of its own
    "I feel like nothing I do is good enough",
    "I'm scared we're going to break up",
    "I'm so hurt I don't know what to say",  # being lost, beside hurt
    "sometimes I feel you don't hear me at all",  # a feeling about the partner reported
    "I was so hurt by what you said",
    "she said we should stop seeing her brother",  # someone's words reported
    "we stopped at the shop on the way home",
    "the film ended and we went to bed early",
    "he told me to take a break from work",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_sentences_without_marks_stay_answers(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize("said_", [
    "I had to pause my gym membership",
    "we went to bed late again last night",
    "you never say sorry you just go quiet",
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_talk_without_marks_is_no_command_anywhere(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize(("said_", "intent"), [
    ("okay that's me, what do you think?", "done"),  # the turn handed back as a question
    ("so yeah, your thoughts", "done"),
    ("that will be all from me", "done"),
    ("right, I stop there, it's your turn", "done"),
    ("me next", "interrupt"),  # asking for the floor as a fragment
    ("sorry, I really need to say one small thing", "interrupt"),
    ("was not true, what he says", "interrupt"),  # the subject left out, as a second language may
])
def test_the_floor_handed_back_or_asked_for(said_: str, intent: str) -> None:
    assert templates(said_, "turns:floor") == intent


@pytest.mark.parametrize("said_", [
    "what about you and your sister",
    "isn't it true that we were late",  # a question after all
    "is not it your mum's birthday",
    "hold up the picture so I can see",
    "yeah but what about you",  # contesting, not handing the turn back
])
def test_talk_on_the_floor_like_them_ends_nothing(said_: str) -> None:
    assert templates(said_, "turns:floor") not in ("done", "interrupt")


@pytest.mark.parametrize("said_", [
    "he still hasn't apologised for any of it",  # an apology still owed
    "so apparently the whole thing is my fault",  # the blame told with sarcasm
    "and then he blamed me for it again",
    "I didn't do anything wrong, whatever she thinks",  # the account dismissed
    "nothing worth thanking her for, to be honest",  # the thanks refused
    "she was completely out of order tonight",
    "I'll talk when he says sorry",  # words held back until the other apologises
    "why is it always me who has to give in",
    "you expect me to say back lies",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_contesting_instead_of_answering(said_: str, context: str) -> None:
    assert templates(said_, context) == "rebuttal"


@pytest.mark.parametrize("said_", [
    "she apologised straight away and we hugged",
    "he said sorry and I believed him",
    "she made me laugh when we were cooking",
    "it was worth the wait",
    "the lift was out of order again",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_answers_about_apologies_and_worth_stay_answers(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize(("said_", "intent"), [
    ("I'm calling time on this", "stop"),  # time called
    ("not a pause, end it altogether", "stop"),
    ("nope, switch it off, we're not doing this", "stop"),  # a refusal given as the stop's reason
    ("what a load of twaddle", "refuse"),  # the exercise dismissed in older words
    ("we don't need any of this", "refuse"),
    ("what a load of old tosh", "refuse"),
    ("it's going way too fast", "repeat"),  # the device too fast
    ("could you read the steps again", "repeat"),
    ("I'm lost, put it another way", "repeat"),
    ("we need an intermission", "pause"),
    ("let's park it for a bit", "pause"),
    ("ok, bed", "leave"),  # bed named alone after a lead-in
    ("I think I'll retire to bed", "leave"),
    ("list the commands for me", "help"),
    ("what happens if I don't say anything", "help"),
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_commands_in_fragments_and_older_words(said_: str, intent: str, context: str) -> None:
    assert templates(said_, context) == intent


@pytest.mark.parametrize("said_", [
    "I'm in bed by ten most nights",
    "he talks too fast when he's nervous",
    "we'd do it all again",
    "the interval at the theatre was too short",
    "she parked the car in the wrong place",
    "he retired last year",
    "we don't need a new sofa",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_talk_like_those_fragments_is_no_command(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize(("said_", "intent"), [
    ("need a breather. now", "pause"),  # the break asked for without its subject, not a yes
    ("I'd love that very much", "yes"),
    ("aye, what she said", "yes"),  # agreeing with the partner's answer
])
def test_answers_at_the_offer_of_a_break(said_: str, intent: str) -> None:
    assert templates(said_, "pause:ask_break") == intent
