"""Kinds of wording blind 12's writer used that the matcher missed (issue 8), tested on sentences of our own: a command
wrapped in a wish, a bargain or a planned return; a request made for the partner, whom the speaker may join;
exasperation before a command; the turn handed over without a word for it; the partner's leaving told as it happens;
calm told as a state after a break; an answer that contests by turning the blame, asking back or sarcasm. Each kind
has guards: talk of the same shape that stays what it was."""

from __future__ import annotations

import pytest

from tests.textmode import ANSWERS, EXITS_EVERYWHERE_BUT_YES_NO, templates, understood


@pytest.mark.parametrize(("said_", "intent"), [
    ("I wish we could just take a break", "pause"),  # a wish
    ("if only we could stop now, honestly", "stop"),
    ("two more minutes and then we stop", "stop"),  # a bargain
    ("okay, a couple more minutes then I'm going to bed", "leave"),
    ("I'd like to take a breather and then come back to it", "pause"),  # a planned return
    ("can I have a minute and then carry on", "pause"),
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_command_wrapped_in_a_wish_a_bargain_or_a_return(said_: str, intent: str, context: str) -> None:
    assert templates(said_, context) == intent


@pytest.mark.parametrize("said_", [
    "I wish we could go back to Lisbon",
    "if only we could afford a bigger flat",
    "five more minutes and then dinner's ready",
    "two more minutes and then the bus comes",
    "I want to finish the painting and then come back to it",
    "we take ten minutes and come back",  # a plan described, not asked for
])
@pytest.mark.parametrize("context", ANSWERS)
def test_wishes_and_bargains_about_other_things_ask_nothing(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize(("said_", "intent"), [
    ("he needs a moment", "pause"),
    ("she needs to breathe for a minute", "pause"),
    ("she wants to stop and so do I", "stop"),
    ("he wants to stop, me too", "stop"),
    ("she doesn't want to do this and neither do I", "refuse"),
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_request_made_for_the_partner(said_: str, intent: str, context: str) -> None:
    assert templates(said_, context) == intent


@pytest.mark.parametrize("said_", [
    "she needs a new phone",
    "he needs to call his sister",
    "she wants to stop smoking and so do I",
    "he doesn't want to move house",
    "they need a holiday",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_what_the_partner_needs_from_life_is_no_request(said_: str, context: str) -> None:
    assert templates(said_, context) is None


def test_the_partner_wanting_to_go_on_answers_no_to_a_break() -> None:
    assert templates("no, he wants to keep going", "pause:ask_break") == "no"


@pytest.mark.parametrize(("said_", "intent"), [
    ("for crying out loud, switch it off", "stop"),
    ("oh my god, say that again", "repeat"),
    ("ugh, come on, I need a break", "pause"),
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_exasperation_before_a_command_leaves_the_command(said_: str, intent: str, context: str) -> None:
    assert templates(said_, context) == intent


@pytest.mark.parametrize("said_", ["for crying out loud, you always do this", "oh my god", "seriously, that's a lie"])
def test_exasperation_before_talk_is_still_an_objection_on_the_floor(said_: str) -> None:
    assert templates(said_, "turns:floor") == "interrupt"


@pytest.mark.parametrize("said_", [
    "floor's yours", "the floor's hers", "I think that covers everything", "that covers it",
    "I've got nothing left to add", "I was angry, so yeah", "anyway, yeah", "and that was Sunday. anyway yeah",
])
def test_the_turn_handed_over_without_a_word_for_it(said_: str) -> None:
    assert templates(said_, "turns:floor") == "done"


@pytest.mark.parametrize("said_", [
    "so yeah, I was angry", "yeah", "anyway, the car broke down", "the insurance covers it, luckily",
    "the floor's wet",
])
def test_a_trailing_yeah_or_anyway_before_more_talk_hands_nothing_over(said_: str) -> None:
    assert templates(said_, "turns:floor") is None


@pytest.mark.parametrize("said_", ["she's just walked out", "he left the room", "he's gone upstairs"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_the_partners_leaving_told_as_it_happens(said_: str, context: str) -> None:
    assert templates(said_, context) == "leave"


@pytest.mark.parametrize("said_", [
    "she left the room in a mess", "he walked out on his first wife", "he's gone upstairs to get the baby monitor",
    "she left the room when I said it yesterday",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_a_leaving_in_a_story_is_no_leaving(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize("said_", [
    "could you go back a bit", "sorry, can you go back a second", "rewind that please", "rewind it a bit",
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_going_back_over_the_prompt_is_a_repeat(said_: str, context: str) -> None:
    assert templates(said_, context) == "repeat"


@pytest.mark.parametrize("said_", ["can you walk me through this", "could you talk us through it"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_being_walked_through_it_asked_as_a_question_is_help(said_: str, context: str) -> None:
    assert templates(said_, context) == "help"


@pytest.mark.parametrize("said_", [
    "okay, I've cooled down", "we have calmed down now", "my breath's slowed right down, let's go on",
    "my pulse is normal again, we can start",
])
def test_calm_told_as_a_state_after_a_break_is_ready(said_: str) -> None:
    assert templates(said_, "pause:on_break") == "ready"


@pytest.mark.parametrize("said_", ["I've cooled the soup", "my breathing is fine"])
def test_other_states_after_a_break_are_not_ready(said_: str) -> None:
    assert templates(said_, "pause:on_break") is None


@pytest.mark.parametrize("said_", ["whoa whoa", "sorry, I can't let that go", "no you said"])
def test_coming_in_with_surprise_or_not_letting_it_pass(said_: str) -> None:
    assert templates(said_, "turns:floor") == "interrupt"


@pytest.mark.parametrize("said_", [
    "she says I never help but she's the one who forgets the bins",  # the blame turned
    "he thinks I'm cold, but who sat with his dad all night?",  # asked back
    "so it's all my fault again, apparently",  # sarcasm
    "I'm the bad guy as usual, brilliant",
    "none of what he told you was true",
    "she twisted my words again",
    "I'm still right though",
    "this question is an insult",
    "no, that's complete rubbish",
    "I heard her and I totally disagree",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_contesting_by_turning_the_blame_asking_back_or_sarcasm(said_: str, context: str) -> None:
    assert templates(said_, context) == "rebuttal"


@pytest.mark.parametrize("said_", [
    "she is the one who makes me laugh",
    "he thinks I work too hard, and he's right",
    "it was my fault, and I'm sorry",
    "the problem is the boiler, apparently",
    "I disagree with my boss about it sometimes",
    "the question is a good one",
    "none of what he cooked was bad",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_answers_of_the_same_shape_stay_answers(said_: str, context: str) -> None:
    assert templates(said_, context) is None


@pytest.mark.parametrize("said_", ["did we stop", "did we stop?", "was that the end", "were you done?"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_short_question_about_what_happened_is_no_command_even_to_the_model(said_: str, context: str) -> None:
    assert understood(said_, context) is None
