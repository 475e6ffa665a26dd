"""Kinds of wording a blind corpus (blind 8, spent) showed the matcher missing: a command said again to insist, a
filler "like" inside a question, a refusal to say the partner's words back because they are wrong, words said back and
then judged, a beat or a breather asked for, the device named in a refusal, a claim refused on the floor, and a
reading of a command the state does not listen for. Each kind is tested on new sentences (not the corpus's own), in
the states where they are said, with guards: sentences of the same shape that must stay ordinary."""

from __future__ import annotations

import numpy as np
import pytest

from tests.textmode import ANSWERS, EXITS_EVERYWHERE_BUT_YES_NO, templates, understood
from voice_pacer.intent_model import LABELS, held_back, proposal

YES_NO = "pause:ask_break"
FLOOR = "turns:floor"
NOT_THE_FLOOR = ("pause:on_break", "turns:reflect", "checkin:a_close")


@pytest.mark.parametrize(("said", "intent"), [
    ("I said pause", "pause"),
    ("look, I told you, stop", "stop"),
    ("I'm telling you, enough", "stop"),
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_command_said_again_to_insist(said: str, intent: str, context: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize("said", ["I said stop and she just kept shouting", "I told you stop means stop with the dog",
                                  "I said I'm stopping at the garage on the way"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_insisting_words_in_a_story_stay_talk(said: str, context: str) -> None:
    assert templates(said, context) is None


@pytest.mark.parametrize(("said", "intent"), [
    ("so what do we, like, say now", "help"),
    ("can we, like, take a break", "pause"),
])
@pytest.mark.parametrize("context", NOT_THE_FLOOR)
def test_a_filler_like_between_commas_is_no_word(said: str, intent: str, context: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize("said", ["it's been a long week, I don't know", "I just miss how we were, I dunno",
                                  "we used to laugh more, I guess"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_hedge_after_talk_asks_for_nothing(said: str, context: str) -> None:
    assert understood(said, context) is None


@pytest.mark.parametrize("said", ["I'm confused, I don't know", "I don't know what to do"])
def test_a_hedge_beside_a_request_for_help_is_still_help(said: str) -> None:
    assert templates(said, FLOOR) == "help"


@pytest.mark.parametrize("said", [
    "I won't repeat that, it's a lie",
    "I'm not saying it back, that's not what happened",
    "I refuse to say that back, that never happened",
])
@pytest.mark.parametrize("context", ANSWERS)
def test_refusing_to_say_back_what_is_disputed_is_a_rebuttal(said: str, context: str) -> None:
    assert templates(said, context) == "rebuttal"


@pytest.mark.parametrize("said", ["I'm not saying it back, I'm not in the mood", "I'm not doing this, it's pointless",
                                  "I'm not repeating it, this is stupid"])  # the exercise judged, not what was said
@pytest.mark.parametrize("context", ANSWERS)
def test_refusing_without_a_dispute_stays_a_refusal(said: str, context: str) -> None:
    assert templates(said, context) == "refuse"


@pytest.mark.parametrize("said", [
    "you said I forgot your birthday, which is a lie",
    "that's not what she said, she said I was late",
])
@pytest.mark.parametrize("context", ["turns:reflect", "checkin:a_close"])
def test_words_said_back_and_contested_are_a_rebuttal(said: str, context: str) -> None:
    assert understood(said, context) == "rebuttal"


@pytest.mark.parametrize(("said", "contested"), [
    ("he thinks I don't listen, but I do", True),
    ("she said I was late, and that's just not true", True),
    ("that's not what you said", True),
    ("you said you were lonely this week", False),
    ("she said it was unfair on the kids", False),  # the judgement is part of what was said
])
def test_the_model_judges_words_said_back_only_when_contested(said: str, contested: bool) -> None:
    assert held_back(said) is not contested


@pytest.mark.parametrize("said", ["you said you were lonely this week", "she said it was unfair on the kids",
                                  "you think the holiday was too expensive"])
@pytest.mark.parametrize("context", ["turns:reflect", "checkin:a_close"])
def test_words_said_back_with_nothing_contested_stay_answers(said: str, context: str) -> None:
    assert understood(said, context) is None


@pytest.mark.parametrize(("said", "intent"), [
    ("we should take a beat before one of us says something", "pause"),
    ("let's hit pause and come back to it", "pause"),
    ("nipping out for a cigarette", "leave"),
    ("I'm not pouring my heart out to a gadget", "refuse"),
    ("I won't be lectured by a speaker", "refuse"),
    ("this is not going to fix anything", "refuse"),
    ("this just feels forced", "refuse"),
    ("could you put it another way", "repeat"),
    ("what's she asking me", "repeat"),
    ("what can we ask it", "help"),
    ("what commands can I use", "help"),
])
@pytest.mark.parametrize("context", NOT_THE_FLOOR)
def test_exits_in_blind_8s_kinds_of_wording(said: str, intent: str, context: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize("said", [
    "I'm not buying that",
    "what are you on about",
    "no, she did that, not me",
    "but you always",
])
def test_interruptions_of_blind_8s_kinds(said: str) -> None:
    assert templates(said, FLOOR) == "interrupt"


def test_a_reason_to_go_on_says_no_to_a_break() -> None:
    assert templates("no, we're finally making progress", YES_NO) == "no"


@pytest.mark.parametrize("said", [
    "I'm not buying that sofa, it's too dear",
    "we went out for a walk after tea",
    "it felt forced at first but we got there",
    "what's she asking for her birthday",
    "is there enough salt in this",
    "let's go to the coast on Saturday",
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_talk_of_the_same_words_stays_talk(said: str, context: str) -> None:
    assert understood(said, context) is None


def test_a_command_the_state_does_not_hear_lends_none_to_one_it_does() -> None:
    probabilities = np.zeros(len(LABELS))
    probabilities[[LABELS.index("done"), LABELS.index("rebuttal"), LABELS.index("none")]] = 0.90, 0.08, 0.02
    assert proposal(probabilities, {"rebuttal", "stop"}) == ("rebuttal", 0.0)
    assert proposal(probabilities, {"rebuttal", "done"}) == ("done", pytest.approx(0.90 / 0.92))


@pytest.mark.parametrize("said", ["no, that's everything", "nothing more, that's all"])
def test_the_end_of_an_answer_is_no_rebuttal(said: str) -> None:
    assert understood(said, "checkin:a_close") is None
