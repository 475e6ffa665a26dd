"""The families of wording added for issue 8's second round, typed through whole flows: what each leads to."""

from __future__ import annotations

from typing import Any

import pytest

from tests.textmode import drive, end_reason, said, states
from voice_pacer.flowfile.common import common

PROMPTS = common().prompts
QUESTION = "Dana, what did Luis do today that made you feel close?"
REMINDER = "Let's let Dana finish. Each of you gets a turn."


def heard(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if r["event"] == "heard"]


@pytest.mark.parametrize("line", ["yes, a longer one please", "mm hmm", "aye, go on"])
def test_assent_and_asking_for_longer_take_the_long_break(line: str) -> None:
    records = drive("pause", [line, "we're both here now"])
    assert states(records)[states(records).index("ask_break") + 1] == "take_break"
    assert "Welcome back, both of you." in said(records)
    assert end_reason(records) == "completed"


@pytest.mark.parametrize("line", ["no, I'm fine to continue", "no, the short one was enough"])
def test_a_no_in_other_words_skips_the_long_break(line: str) -> None:
    records = drive("pause", [line])
    assert "take_break" not in states(records)
    assert states(records)[states(records).index("ask_break") + 1] == "invite"


def test_handing_the_turn_over_in_the_third_person_ends_the_turn() -> None:
    records = drive("turns", ["I felt alone at dinner", "okay, he can talk now"])
    assert heard(records)[-1]["intent"] == "done"
    assert states(records)[-1] == "reflect"


@pytest.mark.parametrize("line", ["oh for goodness sake", "hang on a minute, that's not fair", "here we go again"])
def test_exasperation_on_the_floor_is_an_interruption_that_names_no_listener(line: str) -> None:
    records = drive("turns", ["I felt alone at dinner", line, "and I missed you", "I'm done"])
    assert [h["intent"] for h in heard(records)] == [None, "interrupt", None, "done"]
    assert [p for p in said(records) if "finish" in p and "turn" in p] == [REMINDER]


@pytest.mark.parametrize("line", ["he says that but he was on his phone all evening",
                                  "I did call you, you just didn't answer",
                                  # an excuse that hands the blame back (blind 5's kind, release 19)
                                  "I only went quiet because you were on your phone",
                                  "you're making it sound like I never help"])
def test_contesting_the_account_in_a_checkin_answer_gets_the_redirect(line: str) -> None:
    records = drive("checkin", [line, "The tea this morning"])
    assert heard(records)[0]["intent"] == "rebuttal"
    prompts = said(records)
    assert prompts[prompts.index(QUESTION) + 1].startswith("Tonight we just listen")
    assert "Thank you, Dana." in prompts  # the real answer that follows is thanked


@pytest.mark.parametrize(("line", "terminal", "prompt"), [
    ("not tonight I can't do this", "_refused", "refused"),
    ("I'm not talking to a machine about us", "_refused", "refused"),
    ("that's it, I'm off to my brother's place", "_left", "left"),
    ("I'm taking the dog for a walk", "_left", "left"),
])
@pytest.mark.parametrize("flow", ["checkin", "pause"])
def test_refusing_or_leaving_in_other_words_closes_kindly(flow: str, line: str, terminal: str, prompt: str) -> None:
    records = drive(flow, [line])
    assert states(records)[-1] == terminal
    assert said(records)[-1] == PROMPTS[prompt]


@pytest.mark.parametrize(("line", "concern"), [("I hide in the bathroom when he's angry", "danger"),
                                               ("he said I'd be dead if I told anyone", "danger"),
                                               ("I have a plan to end it", "self_harm"),
                                               ("I can't keep living like this", "self_harm")])
@pytest.mark.parametrize("flow", ["checkin", "turns"])
def test_a_disclosure_in_other_words_stops_with_its_message_and_keeps_no_words(flow: str, line: str,
                                                                                concern: str) -> None:
    script = [line] if flow == "checkin" else ["I felt alone at dinner", line]
    records = drive(flow, script)
    assert states(records)[-1] == f"_{concern}"
    assert said(records)[-1] == PROMPTS[concern]
    assert [r["concern"] for r in records if r["event"] == "safety"] == [concern]
    assert all(line not in str(r) for r in records)


IDIOMS = ["dad's going to kill us if we're late again", "she pushed me into the pool on holiday",
          "I don't want to live like we're strangers"]


@pytest.mark.parametrize("line", IDIOMS)
def test_idioms_play_and_wishes_about_living_together_are_answers(line: str) -> None:
    records = drive("checkin", [line])
    assert not any(r["event"] == "safety" for r in records)
    prompts = said(records)
    assert prompts[prompts.index(QUESTION) + 1] == "Thank you, Dana."


def test_done_for_tonight_on_the_floor_ends_the_session_kindly() -> None:
    records = drive("turns", ["I felt alone at dinner", "okay, we're done for tonight"])
    assert heard(records)[-1]["intent"] == "stop"
    assert end_reason(records) == "stopped"
    assert said(records)[-1] == PROMPTS["stopped"]
