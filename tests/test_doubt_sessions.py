"""Asking when in doubt, typed through whole flows: a command the learned model half hears is asked about; yes
carries it out, no or anything else goes back to listening without the prompt again; a disclosure in the answer
stops the practice; ordinary talk is never asked about; the log keeps the question's intent, never words (issue 8);
and once spoken, with the real recogniser (PocketSphinx) and voice.

The wordings were written for these tests; each sits well inside its band (0.1 or more from the floor and from the
threshold), which the first test checks, so a retrain that moves a share by 0.05 does not flip them."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from tests.test_intent_model import QUIET, candidates
from tests.test_text_sessions import COMPLETE
from tests.test_understanding_audio import run_scenario
from tests.textmode import drive, end_reason, said, states
from voice_pacer.ears.base import Speech
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.common import common
from voice_pacer.flowfile.load import load_flow
from voice_pacer.hearing.base import Utterance
from voice_pacer.hearing.typed import TypedConversation
from voice_pacer.intent_model import (
    DOUBT_FLOOR,
    HELD_FLOOR,
    THRESHOLDS,
    Model,
    doubted,
    held_back,
    learned_intent,
    learned_reading,
    proposal,
    shipped_model,
)
from voice_pacer.session import Session
from voice_pacer.understanding import Understanding

SHARED = common()
# how far inside its band a wording's share must sit, so a retrain's small moves do not flip it (0.1 until release
# 27 chose done's threshold 0.64, which leaves a band of 0.19 above DOUBT_FLOOR)
MARGIN = 0.05
# (state, wording, intent): half heard where they are said
HALF_HEARD = [
    # "I could do with some fresh air" rose to 0.65 in release 30's retrain (blind 16), too near pause's 0.67
    ("accountability:ready_answer", "maybe some fresh air first", "pause"),
    ("turns:floor", "I guess that's roughly it from me", "done"),  # "most of it": 0.47 after release 29's retrain
    ("turns:floor", "I think I'm nearly finished", "done"),  # "nearly through": 0.53 after release 28, too near 0.50
]
# Half heard in a check-in's answer, though nearer the floor: its band is checked with a smaller margin.
# "pretty tired" fell to 0.50 in release 27's retrain, "rather tired" to nothing in release 30's (blind 16)
TIRED = ("checkin:a_close", "I'm quite tired now", "leave")
AIR, MOST_OF_IT = HALF_HEARD[0][1], HALF_HEARD[1][1]
READY_QUESTION = "Would you both like to try that now? Say yes or no."
# (state, wording, intent): held back from acting (a short question about what happened, a single word after its
# leads), yet asked about; and held back for what they are, never asked about (words to the children, someone's own
# thing, a description that is a couple's goal)
HELD_BUT_ASKED = [("turns:floor", "did we stop", "stop"), ("checkin:a_close", "okay, upstairs", "leave")]
HELD_NEVER_ASKED = ["okay kids, stop it now", "I need to pause my gym membership", "we take a break", "and then",
                    "but so"]
SURE = [("accountability:ready_answer", "let's stop here"), ("turns:floor", "I need a break")]


def doubts(records: list[dict[str, Any]]) -> list[str]:
    """The intents asked about, in order."""
    return [r["intent"] for r in records if r["event"] == "doubt"]


@pytest.mark.parametrize(("context", "text", "intent"), HALF_HEARD)
def test_each_wording_is_half_heard_well_inside_its_band(context: str, text: str, intent: str) -> None:
    listened = {spec.name for spec in candidates(context)}
    assert doubted(text, listened) == intent
    share = (proposal(shipped_model().probabilities(text), listened) or ("", 0.0))[1]
    assert DOUBT_FLOOR + MARGIN <= share <= THRESHOLDS[intent] - MARGIN


def test_a_half_heard_break_confirmed_is_taken_and_the_flow_goes_on() -> None:
    plain = drive("accountability", COMPLETE["accountability"])
    records = drive("accountability", [AIR, "yes", *COMPLETE["accountability"]])
    prompts = said(records)
    asked = prompts.index(SHARED.doubt["pause"])
    assert prompts[asked + 1] == SHARED.prompts["pause_start"]
    assert SHARED.prompts["not_caught"] not in prompts
    assert doubts(records) == ["pause"]
    assert [r["confirmed"] for r in records if r["event"] == "doubt_answered"] == [True]
    assert end_reason(records) == "completed"
    assert states(records) == states(plain), "the break is an interlude: no state was left or added"


@pytest.mark.parametrize("answer", ["no", "no thanks", "", "well it was a long day"])
def test_a_half_heard_break_declined_goes_back_to_listening_without_the_prompt_again(answer: str) -> None:
    records = drive("accountability", [AIR, answer, *COMPLETE["accountability"]])
    prompts = said(records)
    assert prompts.count(READY_QUESTION) == 1
    assert SHARED.prompts["pause_start"] not in prompts and SHARED.prompts["not_caught"] not in prompts
    assert [r["confirmed"] for r in records if r["event"] == "doubt_answered"] == [False]
    assert end_reason(records) == "completed"
    assert states(records) == states(drive("accountability", COMPLETE["accountability"]))


def test_a_half_heard_end_of_a_turn_is_asked_without_a_name_and_ends_the_turn_on_yes() -> None:
    records = drive("turns", ["I felt alone at dinner", MOST_OF_IT, "yes", *COMPLETE["turns"][2:]])
    prompts = said(records)
    asked = prompts.index("Are you finished?")
    assert prompts[asked + 1] == "Thank you, Dana."
    assert doubts(records) == ["done"]
    assert end_reason(records) == "completed"


def test_a_turn_goes_on_when_the_speaker_was_not_finished() -> None:
    records = drive("turns", ["I felt alone at dinner", MOST_OF_IT, "no, there's more", *COMPLETE["turns"][1:]])
    prompts = said(records)
    assert prompts.count("Thank you, Dana.") == 1 and prompts.index("Are you finished?") < prompts.index(
        "Thank you, Dana.")
    assert end_reason(records) == "completed"


@pytest.mark.parametrize(("answer", "concern"), [("I am scared of you, you hit me last week", "danger"),
                                                 ("yes, I don't want to be alive anymore", "self_harm")])
def test_a_disclosure_in_the_answer_stops_the_practice(answer: str, concern: str) -> None:
    records = drive("accountability", [AIR, answer, *COMPLETE["accountability"]])
    assert [r["concern"] for r in records if r["event"] == "safety"] == [concern]
    assert end_reason(records) == "stopped"
    assert SHARED.prompts["pause_start"] not in said(records)
    assert said(records)[-1] == SHARED.prompts[concern]


def test_an_exit_in_the_answer_is_taken() -> None:
    records = drive("accountability", [AIR, "let's just stop", *COMPLETE["accountability"]])
    assert states(records)[-1] == "_stopped"


@pytest.mark.parametrize("flow", sorted(COMPLETE))
def test_the_answers_and_chatter_of_a_whole_flow_are_never_asked_about(flow: str) -> None:
    assert doubts(drive(flow, COMPLETE[flow])) == []
    for text in QUIET:
        assert doubts(drive(flow, [text, *COMPLETE[flow]])) == [], text


def test_the_log_keeps_the_questions_intent_and_never_the_words() -> None:
    records = drive("accountability", [AIR, "yes", *COMPLETE["accountability"]])
    asked = [r for r in records if r["event"] in ("doubt", "doubt_answered")]
    assert [set(r) for r in asked] == [{"t", "event", "intent"}, {"t", "event", "intent", "confirmed"}]


def test_a_spoken_half_heard_break_is_asked_about_and_taken_on_a_spoken_yes(tmp_path: Path) -> None:
    replies = [{"say": "I could do with some fresh air."}, {"say": "Yes."}, {"say": "Yes."},
               {"say": "I raised my voice."}]
    records = run_scenario(tmp_path, "accountability", replies)
    prompts = said(records)
    assert doubts(records) == ["pause"], [(r.get("text"), r["intent"]) for r in records if r["event"] == "heard"]
    asked = prompts.index(SHARED.doubt["pause"])
    assert prompts[asked + 1] == SHARED.prompts["pause_start"]
    assert prompts.count(READY_QUESTION) == 2, "the question again after the break, then a yes to it went on"
    assert "Dana, what is one thing you did that made this harder?" in prompts


def test_a_declined_question_in_an_answer_leaves_what_was_said_as_the_answer() -> None:
    context, text, intent = TIRED
    listened = {spec.name for spec in candidates(context)}
    assert doubted(text, listened) == intent
    share = (proposal(shipped_model().probabilities(text), listened) or ("", 0.0))[1]
    assert DOUBT_FLOOR + MARGIN / 2 <= share <= THRESHOLDS[intent] - MARGIN
    script = COMPLETE["checkin"]
    records = drive("checkin", [text, "no, go on", *script[1:]])
    prompts = said(records)
    asked = prompts.index(SHARED.doubt[intent])
    assert prompts[asked + 1] == "Thank you, Dana.", "the answer was thanked, and the check-in went on"
    assert [r["confirmed"] for r in records if r["event"] == "doubt_answered"] == [False]
    assert end_reason(records) == "completed"
    assert states(records) == states(drive("checkin", script))


@pytest.mark.parametrize(("context", "text"), [(c, t) for c, t, _ in HALF_HEARD] + SURE
                         + [("turns:floor", text) for text in QUIET])
def test_the_model_says_what_it_hears_and_what_it_half_hears_in_one_pass(context: str, text: str,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    listened = {spec.name for spec in candidates(context)}
    expected = (learned_intent(text, listened), doubted(text, listened))
    passes: list[str] = []
    probabilities = Model.probabilities
    monkeypatch.setattr(Model, "probabilities", lambda model, said: passes.append(said) or probabilities(model, said))
    assert learned_reading(text, listened) == expected
    assert len(passes) <= 1
    passes.clear()
    understood = Understanding(EventLog())(Utterance(Speech(text), 0.0, 0.0), candidates(context))
    if understood.intent is None:
        assert understood.doubted == expected[1]
    assert len(passes) <= 1, "the session asks the model once, for the intent and the doubt together"


def test_a_listening_state_renders_the_questions_it_may_ask_while_the_partners_speak() -> None:
    session = Session(load_flow("accountability"), TypedConversation(io.StringIO("")), EventLog())
    likely = session._likely_next("ready_answer")
    asked = [spec.name for spec in candidates("accountability:ready_answer") if spec.name in SHARED.doubt]
    assert [text for text in likely if text in SHARED.doubt.values()] == [SHARED.doubt[name] for name in asked]
    assert SHARED.doubt["pause"] in likely and SHARED.doubt["done"] not in likely
    assert likely.index(SHARED.prompts["not_caught"]) < likely.index(SHARED.doubt["pause"]), "the route's first"


@pytest.mark.parametrize(("context", "text", "intent"), HELD_BUT_ASKED)
def test_a_command_held_back_from_acting_is_asked_about(context: str, text: str, intent: str) -> None:
    listened = {spec.name for spec in candidates(context)}
    assert held_back(text) and doubted(text, listened) == intent
    share = (proposal(shipped_model().probabilities(text), listened) or ("", 0.0))[1]
    assert share >= HELD_FLOOR + MARGIN


def test_a_held_back_question_about_stopping_declined_lets_the_turn_go_on() -> None:
    records = drive("turns", ["I felt alone at dinner", "did we stop", "no", *COMPLETE["turns"][1:]])
    assert doubts(records) == ["stop"]
    assert said(records).count("Thank you, Dana.") == 1
    assert end_reason(records) == "completed"


def test_a_single_word_held_back_confirmed_is_taken() -> None:
    records = drive("checkin", ["okay, upstairs", "yes"])
    assert doubts(records) == ["leave"]
    assert states(records)[-1] == "_left"


@pytest.mark.parametrize("text", HELD_NEVER_ASKED)
@pytest.mark.parametrize("context", ["turns:floor", "checkin:a_close", "pause:on_break", "collaborate:goal"])
def test_what_is_held_back_for_what_it_is_is_never_asked_about(context: str, text: str) -> None:
    listened = {spec.name for spec in candidates(context)}
    assert held_back(text) and doubted(text, listened) is None


@pytest.mark.parametrize("word", ["more", "anyway", "sorry"])
def test_a_single_word_on_the_floor_is_the_turn_going_on_not_a_question(word: str) -> None:
    listened = {spec.name for spec in candidates("turns:floor")}
    assert doubted(word, listened) is not None, "half heard, so the floor's rule is what keeps it unasked"
    records = drive("turns", ["I felt alone at dinner", word, "and I missed you", "I'm done", *COMPLETE["turns"][2:]])
    assert doubts(records) == []
    assert said(records).count("Thank you, Dana.") == 1
    assert end_reason(records) == "completed"
