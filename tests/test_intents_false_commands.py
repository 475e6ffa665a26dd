"""Ordinary sentences the matcher's own rules used to turn into commands: another real word taken for a slip, a
command reported or led into, a judgement of oneself, the speaker searching for words, a command said negated beside
another clause. Each rule is tested on a sentence from the release that found it and on new ones of the same kind."""

from __future__ import annotations

import pytest

from tests.textmode import ANY, drive, end_reason, said, state, understood
from voice_pacer.intents import match_intent


@pytest.mark.parametrize("said_text", ["I'm staying", "I'm down", "I'm living", "I'm not leaving, I'm staying"])
@pytest.mark.parametrize("context", ANY)
def test_another_real_word_is_no_slip(said_text: str, context: str) -> None:
    assert understood(said_text, context) is None


def test_a_slip_of_one_sound_still_counts_but_never_turns_a_negation_round() -> None:
    assert match_intent("I am finish", state("turns:floor")) == "done"
    assert match_intent("yah", state("pause:ask_break")) == "yes"
    assert understood("what? no!", "turns:floor") != "help"  # not "what now"


@pytest.mark.parametrize("said_text", ["no, not today", "no, not yet", "not now, no", "no never"])
@pytest.mark.parametrize("context", ["checkin:a_pull", "checkin:a_close", "turns:reflect"])
def test_a_negation_is_no_slip_for_another(said_text: str, context: str) -> None:
    """A plain "no, not today" answers the check-in; it is no slip for the dispute "no no" (release 18)."""
    assert understood(said_text, context) is None


@pytest.mark.parametrize("said_text", ["I told her I'm going to bed", "she says I'm leaving", "he asked if I'm done",
                                       "I never said I'm done", "my mum thinks I'm done", "you told me you were done",
                                       "it's not that I'm going to bed"])
@pytest.mark.parametrize("context", ANY)
def test_a_command_reported_or_led_into_is_no_command(said_text: str, context: str) -> None:
    assert understood(said_text, context) is None


@pytest.mark.parametrize(("said_text", "intent", "context"), [
    ("so yeah I think that's it", "done", "turns:floor"),
    ("anyway that's all I wanted to say", "done", "turns:floor"),
    ("I said I'm going to bed", "leave", "checkin:a_close"),
    ("you said that but you never help", "rebuttal", "turns:reflect"),
    ("I just wanted to be asked about my day. I'm done.", "done", "turns:floor"),
    ("what I'm trying to say is I miss you, and that's it, I'm done", "done", "turns:floor"),
])
def test_words_before_a_command_that_do_not_report_it_keep_it(said_text: str, intent: str, context: str) -> None:
    assert understood(said_text, context) == intent


@pytest.mark.parametrize("said_text", ["I might be wrong", "I could be wrong", "am I wrong", "maybe I'm being unfair",
                                       "I may have been unfair"])
@pytest.mark.parametrize("context", ANY)
def test_a_judgement_of_oneself_is_no_dispute(said_text: str, context: str) -> None:
    assert understood(said_text, context) is None


def test_disputing_the_other_is_still_an_interruption() -> None:
    assert understood("you might be wrong about that", "turns:floor") == "interrupt"
    assert understood("that's wrong", "turns:floor") == "interrupt"


@pytest.mark.parametrize("said_text", ["how do I say this", "how should I put it", "um how do I explain this",
                                       "what's the word I'm looking for", "what am I trying to say"])
@pytest.mark.parametrize("context", ANY)
def test_searching_for_words_is_no_question_to_the_assistant(said_text: str, context: str) -> None:
    assert understood(said_text, context) is None


@pytest.mark.parametrize("said_text", ["what do I say", "how do we start", "what are we supposed to do"])
def test_asking_what_to_do_is_still_help(said_text: str) -> None:
    assert understood(said_text, "turns:floor") == "help"


@pytest.mark.parametrize("said_text", ["don't stop, I want to finish", "don't stop I want to finish",
                                       "I want to finish", "no don't stop, let's stop later"])
@pytest.mark.parametrize("context", ANY)
def test_a_command_negated_beside_it_is_no_command(said_text: str, context: str) -> None:
    assert understood(said_text, context) != "stop"


def test_finishing_together_still_stops() -> None:
    assert understood("let's finish", "turns:floor") == "stop"
    assert understood("I want to finish up now", "turns:floor") == "stop"


def test_the_speakers_own_thinking_aloud_keeps_the_turn_going() -> None:
    records = drive("turns", ["I felt alone at dinner", "how do I say this", "I'm staying with what I said",
                              "I told her I'm going to bed early these days", "I'm done"])
    assert "Let's let Dana finish. Each of you gets a turn." not in said(records)
    assert end_reason(records) != "stopped"
    heard = [r for r in records if r["event"] == "heard"]
    assert [r["intent"] for r in heard[:4]] == [None, None, None, None]
    assert heard[4]["intent"] == "done"


@pytest.mark.parametrize("said_text", ["we were told to stop", "I asked him to leave", "she begged me to take a break"])
@pytest.mark.parametrize("context", ANY)
def test_a_request_told_of_is_no_command(said_text: str, context: str) -> None:
    assert understood(said_text, context) is None
