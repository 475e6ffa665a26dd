"""Kinds of wording blind 10's writer used that the matcher missed (issue 8), tested on sentences of our own: the end
of one's say in an answer, which ends the answer rather than the practice; leaving shown by what one does to go;
ending the practice as an obligation after its reason; asking to come in politely; asking to hear it again for the
partner. Each kind has guards: talk of the same shape that stays what it was. The sessions check what each leads to."""

from __future__ import annotations

import pytest

from tests.textmode import ANSWERS, EXITS_EVERYWHERE_BUT_YES_NO, drive, said, state, states, templates, understood
from voice_pacer.flowfile.common import common
from voice_pacer.intents import match_intent

PROMPTS = common().prompts
QUESTION = "Dana, what did Luis do today that made you feel close?"
NEXT_QUESTION = "And was there a moment today when something Luis did made you pull back a little?"
ENDS_OF_ONES_SAY = ["that's all, I'm done", "okay, I'm finished", "I'm done, that's it",
                    "nothing more from me, I'm done", "yeah, I'm done now I think", "I'm done, she can have a go"]


@pytest.mark.parametrize("said_", ENDS_OF_ONES_SAY)
@pytest.mark.parametrize("context", [*ANSWERS, "reset:helped", "collaborate:a_both", "accountability:own_part"])
def test_the_end_of_ones_say_in_an_answer_ends_the_answer_not_the_practice(said_: str, context: str) -> None:
    assert understood(said_, context) is None


@pytest.mark.parametrize("said_", ENDS_OF_ONES_SAY)
def test_the_end_of_ones_say_on_the_floor_still_ends_the_turn(said_: str) -> None:
    assert understood(said_, "turns:floor") == "done"


@pytest.mark.parametrize(("said_", "intent"), [("let's stop", "stop"), ("I'm done with this", "stop"),
                                               ("honestly I'm so done with this", "stop"),
                                               ("we're done for tonight", "stop"), ("I'm done for the night", "stop"),
                                               ("I'm not doing this", "refuse")])
@pytest.mark.parametrize("context", [*EXITS_EVERYWHERE_BUT_YES_NO, "pause:ask_break"])
def test_ending_the_practice_or_refusing_it_keeps_its_meaning_everywhere(said_: str, intent: str,
                                                                         context: str) -> None:
    assert templates(said_, context) == intent


def test_the_end_of_an_answer_in_a_checkin_moves_on_to_the_next_question() -> None:
    records = drive("checkin", ["that's all, I'm done"])
    prompts = said(records)
    assert prompts[prompts.index(QUESTION) + 1] == "Thank you, Dana."
    assert NEXT_QUESTION in prompts
    assert "_stopped" not in states(records)


def test_the_end_of_an_answer_after_the_redirect_moves_on() -> None:
    records = drive("checkin", ["that's not true, I cooked all week", "okay, I'm finished"])
    prompts = said(records)
    assert prompts[prompts.index(QUESTION) + 1].startswith("Tonight we just listen")
    assert NEXT_QUESTION in prompts
    assert "_stopped" not in states(records)


@pytest.mark.parametrize(("line", "terminal"), [("let's stop", "_stopped"), ("I'm done with this", "_stopped"),
                                                ("I'm not doing this, it's pointless", "_refused")])
def test_stopping_or_refusing_in_a_checkin_answer_still_ends_it(line: str, terminal: str) -> None:
    records = drive("checkin", [line])
    assert states(records)[-1] == terminal
    assert NEXT_QUESTION not in said(records)


def test_the_end_of_a_reflection_thanks_the_listener() -> None:
    records = drive("turns", ["I felt alone at dinner", "I'm done", "you felt alone, that's all, I'm done"])
    assert "thank_listener" in states(records)
    assert "_stopped" not in states(records)


@pytest.mark.parametrize("said_", ["I'm grabbing my keys", "okay, I'm getting my jacket", "right, I'm hanging up now",
                                   "I'm logging off, night", "I'm walking out", "I'm walking out, I've had enough",
                                   "that's it, I'm walking out, we're done"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_leaving_shown_by_what_one_does_to_go(said_: str, context: str) -> None:
    assert templates(said_, context) == "leave"


@pytest.mark.parametrize("said_", ["I'm hanging up the washing", "I'm getting my coat cleaned on Monday",
                                   "he was walking out of the shop when I saw him",
                                   "I'm grabbing my keys from work tomorrow"])
@pytest.mark.parametrize("context", ANSWERS)
def test_talk_of_coats_keys_and_phones_is_no_leaving(said_: str, context: str) -> None:
    assert understood(said_, context) is None


@pytest.mark.parametrize("said_", ["the dog's barking, we have to end this",
                                   "it's nearly midnight, I need to stop this", "sorry, we've got to stop it right now",
                                   "we gotta end it, the kids are up", "I have to stop this"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_ending_the_practice_as_an_obligation(said_: str, context: str) -> None:
    assert templates(said_, context) == "stop"


@pytest.mark.parametrize("said_", ["we need to stop this from happening again", "I need to stop eating so late",
                                   "we have to stop it getting worse", "I had to stop the car on the way home"])
@pytest.mark.parametrize("context", ANSWERS)
def test_an_obligation_to_change_something_is_no_stop(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize("said_", ["could I chime in here", "may I butt in", "can I interject", "can I get a word in"])
def test_asking_to_come_in_politely_is_an_interruption_on_the_floor(said_: str) -> None:
    assert templates(said_, "turns:floor") == "interrupt"


@pytest.mark.parametrize("said_", ["he always butts in when I talk", "I wanted to chime in at dinner"])
def test_talk_of_coming_in_is_no_interruption(said_: str) -> None:
    assert templates(said_, "turns:floor") is None


@pytest.mark.parametrize("said_", ["could you say it again for her", "can you repeat that for us",
                                   "sorry, the line dropped, can you repeat for me"])
@pytest.mark.parametrize("context", ["pause:ask_break", *EXITS_EVERYWHERE_BUT_YES_NO])
def test_asking_to_hear_it_again_for_the_partner(said_: str, context: str) -> None:
    assert templates(said_, context) == "repeat"


@pytest.mark.parametrize("said_", ["I had to repeat it for her twice", "he never says it again for me"])
@pytest.mark.parametrize("context", ANSWERS)
def test_talk_of_saying_things_again_is_no_request(said_: str, context: str) -> None:
    assert templates(said_, context) is None


def test_a_state_listening_for_the_end_of_a_turn_takes_it_before_the_exits() -> None:
    assert match_intent("I'm done", state("turns:floor")) == "done"
    assert match_intent("I'm done", state("checkin:a_close")) is None


@pytest.mark.parametrize("said_", ["I've said what I needed to", "I said what I had to, I'm finished",
                                   "that's everything I wanted to get off my chest", "so yeah, that's what I have"])
def test_the_end_of_a_turn_as_what_one_had_to_say(said_: str) -> None:
    assert templates(said_, "turns:floor") == "done"


@pytest.mark.parametrize("said_", ["I said what I wanted to say to my boss and he laughed",
                                   "that's what I had for lunch", "I said what I wanted to my sister"])
def test_talk_of_what_was_said_elsewhere_ends_no_turn(said_: str) -> None:
    assert templates(said_, "turns:floor") is None


@pytest.mark.parametrize("said_", ["I'm heading to bed, I've got an early start", "I'm staying at my sister's tonight",
                                   "I'm sleeping at my mate's place", "I'm going to stay at my parents' house"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_leaving_for_the_night_with_its_reason_or_its_place(said_: str, context: str) -> None:
    assert templates(said_, context) == "leave"


@pytest.mark.parametrize("said_", ["we stayed at my mum's place last summer", "I'm heading to bed early these days",
                                   "the kids are sleeping at my sister's on Friday"])
@pytest.mark.parametrize("context", ANSWERS)
def test_talk_of_beds_and_other_houses_is_no_leaving(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize("said_", ["is it possible to end it now", "is there a way to stop this",
                                   "can you make it stop, I can't think straight",
                                   "this isn't the time for it, let's stop"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_ending_asked_as_a_question_of_what_is_possible_or_with_the_moment_wrong(said_: str, context: str) -> None:
    assert templates(said_, context) == "stop"


@pytest.mark.parametrize("said_", ["is there a way to stop him snoring", "I wish I could make it stop hurting",
                                   "is it possible to end a lease early"])
@pytest.mark.parametrize("context", ANSWERS)
def test_questions_about_ending_other_things_are_no_stop(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize("said_", ["we should get out more, like the cinema",
                                   "we need a break away, like somewhere sunny",
                                   "I'd love a rest, like a whole weekend"])
@pytest.mark.parametrize("context", ANSWERS)
def test_a_wish_with_an_example_beside_it_is_no_command(said_: str, context: str) -> None:
    assert understood(said_, context) is None


@pytest.mark.parametrize("said_", ["I need a break, like a proper one", "I need a break, like right now"])
@pytest.mark.parametrize("context", ANSWERS)
def test_a_request_in_the_templates_words_stands_beside_an_example(said_: str, context: str) -> None:
    assert templates(said_, context) == "pause"


@pytest.mark.parametrize("said_", ["I hear you, I just don't buy it", "she says I'm lazy, which is a joke",
                                   "he says I yell, but he started it", "only that you owe me an apology",
                                   "that what you did at dinner was out of line", "none of that was my fault",
                                   "his version of tonight is all made up", "that's not accurate",
                                   "she thinks she's the victim"])
@pytest.mark.parametrize("context", ANSWERS)
def test_the_account_contested_in_an_answer_is_a_rebuttal(said_: str, context: str) -> None:
    assert templates(said_, context) == "rebuttal"


@pytest.mark.parametrize("said_", ["I was out of line and I'm sorry", "we made up after the fight",
                                   "I bought it for her birthday", "she started a new job", "I felt like the victim",
                                   "I think I owe you an apology"])
@pytest.mark.parametrize("context", ANSWERS)
def test_owning_ones_part_or_talk_of_the_day_is_no_rebuttal(said_: str, context: str) -> None:
    assert understood(said_, context) is None


@pytest.mark.parametrize("said_", ["when did I ever", "sorry, just one quick thing", "no, listen to me for a moment",
                                   "that was him, not me", "you're leaving out the bit where you left",
                                   "that's not even what I said"])
def test_the_listener_coming_in_on_the_floor_is_an_interruption(said_: str) -> None:
    assert templates(said_, "turns:floor") == "interrupt"


@pytest.mark.parametrize("said_", ["he never listens to me for a minute", "we had just one quick thing to eat",
                                   "no no, that's not even what I mean",
                                   "when did I ever learn to cook, I wondered"])
def test_the_speakers_own_story_is_no_interruption(said_: str) -> None:
    assert templates(said_, "turns:floor") is None


@pytest.mark.parametrize("said_", ["I don't want to, alright? I really don't want to",
                                   "I'd rather not, if that's alright with you",
                                   "I'd rather not, if it's all the same"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_refusal_said_twice_or_with_a_polite_tail(said_: str, context: str) -> None:
    assert templates(said_, context) == "refuse"


@pytest.mark.parametrize("said_", ["I'd rather not have pasta again", "I'm just tired, I don't know"])
@pytest.mark.parametrize("context", ANSWERS)
def test_a_preference_or_a_hedge_is_no_refusal(said_: str, context: str) -> None:
    assert templates(said_, context) is None


def test_at_a_yes_no_question_rather_not_is_a_no() -> None:
    assert templates("I'd rather not, if it's all the same", "pause:ask_break") == "no"
