"""Kinds of misreading intent11 left on spent data (issue 8): a feeling about the partner put as a likeness taken for
a dispute, a loving goodnight at the end of an answer taken for walking out, a break asked for at the break's offer
read one way or the other by accident, and corpus labels for a command the state does not listen for. Each kind is
tested on new sentences, in the states where they are said, with guards: talk of the same shape that stays what it
was; the sessions check what each leads to."""

from __future__ import annotations

import csv
from typing import Any

import pytest

from tests.textmode import ANSWERS, EXITS_EVERYWHERE_BUT_YES_NO, drive, said, state, states, templates, understood
from voice_pacer.flowfile.common import common
from voice_pacer.intent_model import CORPUS

YES_NO = "pause:ask_break"
PROMPTS = common().prompts
QUESTION = "Dana, what did Luis do today that made you feel close?"


def heard(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if r["event"] == "heard"]


@pytest.mark.parametrize("said_", ["I feel like he never notices when I'm tired",
                                   "it feels like you never want to talk", "sometimes it's as if she never hears me",
                                   "I felt like you never had time for me"])
@pytest.mark.parametrize("context", ANSWERS)
def test_a_feeling_about_the_partner_put_as_a_likeness_is_no_dispute(said_: str, context: str) -> None:
    assert understood(said_, context) is None


@pytest.mark.parametrize("said_", ["oh, like you never shout at the kids", "acting as if he never forgets anything",
                                   "I feel like you're twisting my words",
                                   "that's not true, I feel like I always help"])
@pytest.mark.parametrize("context", ANSWERS)
def test_sarcasm_and_disputes_beside_a_feeling_stay_rebuttals(said_: str, context: str) -> None:
    assert templates(said_, context) == "rebuttal"


def test_a_feeling_about_the_partner_in_a_checkin_answer_is_thanked() -> None:
    records = drive("checkin", ["I feel like you never ask how my day was"])
    prompts = said(records)
    assert heard(records)[0]["intent"] is None
    assert prompts[prompts.index(QUESTION) + 1] == "Thank you, Dana."


@pytest.mark.parametrize("said_", ["thanks for making tea, goodnight", "you made me laugh today, night night",
                                   "goodnight, you were lovely tonight"])
@pytest.mark.parametrize("context", ANSWERS)
def test_a_goodnight_closing_an_answer_is_no_leaving(said_: str, context: str) -> None:
    assert understood(said_, context) is None


@pytest.mark.parametrize("said_", ["goodnight", "whatever, goodnight", "fine, night", "I've had enough, goodnight",
                                   "I'm going to bed, goodnight"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_goodnight_alone_beside_a_bare_word_or_an_ending_still_leaves(said_: str, context: str) -> None:
    assert templates(said_, context) == "leave"


def test_a_loving_goodnight_in_the_checkin_is_thanked_and_the_checkin_goes_on() -> None:
    records = drive("checkin", ["thanks for making tea, goodnight"])
    prompts = said(records)
    assert prompts[prompts.index(QUESTION) + 1] == "Thank you, Dana."
    assert PROMPTS["left"] not in prompts


def test_goodnight_after_having_had_enough_closes_with_a_time_to_come_back() -> None:
    records = drive("checkin", ["I've had enough of this, goodnight"])
    assert states(records)[-1] == "_left"
    assert said(records)[-1] == PROMPTS["left"]


@pytest.mark.parametrize(("said_", "intent"), [
    ("breather, I need a breather", "pause"),
    ("okay hold on, can we take a breather", "pause"),
    ("hang on, I need a minute", "pause"),
    ("yeah, let's take the break", "yes"),
    ("ok, a breather would help", "yes"),
])
def test_a_break_asked_for_at_the_offer_is_a_pause_and_assent_a_yes(said_: str, intent: str) -> None:
    assert templates(said_, YES_NO) == intent


@pytest.mark.parametrize("line", ["time out. I need a breather", "okay wait, can we have a breather", "I need a break",
                                  "yes, a break would help"])
@pytest.mark.parametrize("flow", ["pause", "pacer"])
def test_asking_for_the_break_at_its_offer_takes_the_break_offered(flow: str, line: str) -> None:
    records = drive(flow, [line, "we're ready"])
    assert states(records)[states(records).index("ask_break") + 1] == "take_break"
    assert PROMPTS["pause_start"] not in said(records)  # not a breathing pause that asks the question again
    assert "Welcome back, both of you." in said(records)


@pytest.mark.parametrize("line", ["I need some air, I'm going for a walk", "I've had enough, I'm going to bed"])
def test_leaving_at_the_break_offer_still_leaves(line: str) -> None:
    records = drive("pause", [line])
    assert states(records)[-1] == "_left"


@pytest.mark.parametrize("line", ["no, we're alright now", "okay wait, no, we don't need one"])
def test_declining_the_break_at_its_offer_still_goes_on(line: str) -> None:
    records = drive("pause", [line])
    assert "take_break" not in states(records)


def test_a_break_asked_for_elsewhere_is_still_a_breathing_pause() -> None:
    records = drive("checkin", ["I need a break", "the tea this morning"])
    prompts = said(records)
    assert PROMPTS["pause_start"] in prompts
    assert prompts.count(QUESTION) == 2 and "Thank you, Dana." in prompts  # asked again after the break


def test_every_command_in_the_training_corpus_is_one_its_state_listens_for() -> None:
    with CORPUS.open(newline="") as file:
        rows = [row for row in csv.DictReader(file) if row["context"] != "any" and row["intent"] != "none"]
    unheard = [(row["text"], row["context"], row["intent"]) for row in rows
               if row["intent"] not in {spec.name for spec in state(row["context"])}]
    assert rows and unheard == []
