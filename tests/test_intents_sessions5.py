"""Blind 5's kinds of wording typed through whole flows (new sentences of each kind): what each leads to."""

from __future__ import annotations

from typing import Any

import pytest

from tests.textmode import drive, end_reason, said, states
from voice_pacer.flowfile.common import common

PROMPTS = common().prompts
QUESTION = "Dana, what did Luis do today that made you feel close?"


def heard(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if r["event"] == "heard"]


@pytest.mark.parametrize("line", ["a little", "just a little really"])
def test_a_short_answer_in_a_checkin_is_thanked_not_taken_for_a_break(line: str) -> None:
    records = drive("checkin", [line])
    prompts = said(records)
    assert prompts[prompts.index(QUESTION) + 1] == "Thank you, Dana."
    assert PROMPTS["pause_start"] not in prompts


@pytest.mark.parametrize("line", ["no, if we stop now we'll lose the thread", "no, we'd rather finish it"])
def test_a_no_with_its_reason_skips_the_long_break(line: str) -> None:
    records = drive("pause", [line])
    assert "take_break" not in states(records)
    assert states(records)[states(records).index("ask_break") + 1] == "invite"
    assert end_reason(records) != "stopped"


def test_the_end_of_a_turn_beside_stop_ends_the_session() -> None:
    records = drive("turns", ["I felt alone at dinner", "I think that's all from me, end it"])
    assert heard(records)[-1]["intent"] == "stop"
    assert end_reason(records) == "stopped"
    assert said(records)[-1] == PROMPTS["stopped"]


@pytest.mark.parametrize(("line", "terminal", "prompt"), [
    ("I'm not participating", "_refused", "refused"),
    ("I don't want to do the practice", "_refused", "refused"),
    ("I'm taking the car, don't wait up", "_left", "left"),
])
@pytest.mark.parametrize("flow", ["checkin", "pause"])
def test_refusing_the_practice_by_name_or_leaving_with_the_car_closes_kindly(flow: str, line: str, terminal: str,
                                                                            prompt: str) -> None:
    records = drive(flow, [line])
    assert states(records)[-1] == terminal
    assert said(records)[-1] == PROMPTS[prompt]
