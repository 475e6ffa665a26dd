"""Every built-in flow through text mode: the same engine, intents and timers as voice, on session time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.textmode import drive, end_reason, said, states
from voice_pacer.flowfile.common import common
from voice_pacer.flowfile.load import builtin_flows, load_flow

PROMPTS = common().prompts

# Scripts that take each built-in flow from start to end.
COMPLETE = {
    "pause": ["no"],
    "turns": ["I felt alone at dinner", "I'm done", "You felt alone", "I was tired", "That's all", "You were tired"],
    "checkin": ["The tea this morning", "When you were on your phone", "Holding hands", "Nothing really"],
    "accountability": ["yes", "I raised my voice", "I walked out of the room"],
    "collaborate": ["yes", "when I go quiet, you push, and then I shut down", "we're done",
                    "I want closeness, and I need calm first", "I want to talk, and I need to feel heard",
                    "we take ten minutes and come back", "we're done"],
    "experiment": ["yes", "I'll text him at lunch", "yes", "sit close to her on the sofa", "yes"],
    "reset": ["yes", "the walk on Sunday", "she made me tea", "he asked about my day"],
    "pacer": ["no", "yes", "I raised my voice", "I walked out", "yes", "I felt alone", "I'm done", "you felt alone",
              "I was tired", "I'm done", "you were tired", "yes", "when I go quiet, you push", "we're done",
              "I want closeness and I need calm", "I want to talk and I need to be heard", "we take a break",
              "we're done", "yes", "I'll text him at lunch", "yes", "sit close on the sofa", "yes"],
}


def builtin_start(flow: str) -> str:
    return load_flow(flow).flow.start


def test_every_builtin_flow_has_a_completing_script() -> None:
    assert set(COMPLETE) == set(builtin_flows())


@pytest.mark.parametrize("flow", sorted(COMPLETE))
def test_flow_completes(flow: str) -> None:
    records = drive(flow, COMPLETE[flow])
    assert end_reason(records) == "completed"
    assert states(records)[0] == builtin_start(flow)
    times = [r["t"] for r in records]
    assert times == sorted(times), "session time never runs backwards"
    for record in records:
        assert isinstance(record["t"], float | int) and isinstance(record["event"], str)


@pytest.mark.parametrize("flow", sorted(COMPLETE))
def test_stop_ends_kindly(flow: str) -> None:
    records = drive(flow, ["let's stop", *COMPLETE[flow]])
    assert end_reason(records) == "stopped"
    assert said(records)[-1] == PROMPTS["stopped"]
    assert states(records)[-1] == "_stopped"


@pytest.mark.parametrize("flow", sorted(COMPLETE))
def test_repeat_says_the_last_prompt_again(flow: str) -> None:
    records = drive(flow, ["say that again", *COMPLETE[flow]])
    prompts = said(records)
    heard = next(i for i, r in enumerate(records) if r["event"] == "heard")
    before = [r["text"] for r in records[:heard] if r["event"] == "say"]
    after = next(r["text"] for r in records[heard:] if r["event"] == "say")
    assert after == before[-1]
    assert end_reason(records) == "completed"
    assert len(prompts) == len(said(drive(flow, COMPLETE[flow]))) + 1


# flows whose first question offers a longer break, which a break asked for takes (tests/test_intents_wordings10.py)
OFFERING_A_BREAK_FIRST = ("pause", "pacer")


@pytest.mark.parametrize("flow", sorted(set(COMPLETE) - set(OFFERING_A_BREAK_FIRST)))
def test_pause_breathes_then_comes_back_to_the_same_place(flow: str) -> None:
    plain = drive(flow, COMPLETE[flow])
    records = drive(flow, ["I need a break", *COMPLETE[flow]])
    heard = next(i for i, r in enumerate(records) if r["event"] == "heard")
    state_then = [r["state"] for r in records[:heard] if r["event"] == "state"][-1]
    after = records[heard:]
    assert after[1] == {"t": after[1]["t"], "event": "say", "text": PROMPTS["pause_start"]}
    phases = [r for r in after if r["event"] == "breathe"]
    assert [p["phase"] for p in phases] == ["in", "hold", "out", "hold"] * 2
    assert phases[-1]["t"] - phases[0]["t"] >= 12  # the breathing takes its time on the session clock
    assert PROMPTS["pause_end"] in said(after)
    assert end_reason(records) == "completed"
    assert state_then in states(plain)
    assert states(records) == states(plain), "the pause is an interlude: no state was left or added"


def test_a_disclosure_of_danger_stops_at_once_and_points_to_real_help() -> None:
    records = drive("turns", ["I am scared of you, you hit me last week"])
    assert end_reason(records) == "stopped"
    last = said(records)[-1]
    assert "emergency number" in last and "helpline" in last
    assert [r["concern"] for r in records if r["event"] == "safety"] == ["danger"]


def test_pause_flow_breathes_the_chosen_pattern() -> None:
    records = drive("pause", ["no"], {"pattern": "4-7-8", "cycles": 2})
    phases = [(r["phase"], r["seconds"]) for r in records if r["event"] == "breathe"]
    assert phases == [("in", 4), ("hold", 7), ("out", 8)] * 2
    starts = [r["t"] for r in records if r["event"] == "breathe"]
    assert starts[1] - starts[0] == pytest.approx(4, abs=0.01)
    assert starts[2] - starts[1] == pytest.approx(7, abs=0.01)


def test_pause_flow_takes_a_long_break_and_calls_them_back() -> None:
    records = drive("pause", ["yes", ""], {"break_seconds": 1200})
    entered = {r["state"]: r["t"] for r in records if r["event"] == "state"}
    assert entered["time_up"] - entered["on_break"] == pytest.approx(1200, abs=0.01)
    assert "welcome_back" not in entered, "nobody came back: no welcome back"
    assert not any("welcome" in text.lower() for text in said(records))
    assert any("what is happening to us" in text for text in said(records)[-2:])
    assert end_reason(records) == "completed"


def test_pause_flow_comes_back_early_when_they_are_ready() -> None:
    records = drive("pause", ["yes", "we're ready"])
    entered = {r["state"]: r["t"] for r in records if r["event"] == "state"}
    assert entered["welcome_back"] - entered["on_break"] < 60
    assert "Welcome back, both of you." in said(records)
    assert "time_up" not in entered


def test_interruption_gets_a_reminder_and_the_floor_stays() -> None:
    records = drive("turns", ["I felt alone at dinner", "wait, that's not true", "and I missed you", "I'm done"])
    reminder = [t for t in said(records) if "finish" in t and "turn" in t and "floor" not in t]
    assert reminder == ["Let's let Dana finish. Each of you gets a turn."]
    heard = [r for r in records if r["event"] == "heard"]
    assert [h["intent"] for h in heard] == [None, "interrupt", None, "done"]
    floor_visits = [s for s in states(records) if s == "floor"]
    assert len(floor_visits) == 1, "the interruption did not re-enter or leave the floor"
    assert states(records)[states(records).index("floor") + 1] == "ask_reflect"


def test_short_silences_keep_the_floor_and_a_long_one_ends_the_turn() -> None:
    records = drive("turns", ["I felt alone", "(silence 4)", "and then", "(silence 9)", "more", "(silence 11)"],
                    {"floor_silence": 10})
    heard = [r["text"] for r in records if r["event"] == "heard"]
    assert heard == ["I felt alone", "and then", "more"]
    left = next(r for r in records if r["event"] == "state" and r["state"] == "ask_reflect")
    last_speech = [r for r in records if r["event"] == "heard"][-1]
    assert left["t"] - last_speech["t"] == pytest.approx(10, abs=0.01)


def test_turn_limit_is_announced_before_it_runs_out() -> None:
    lines = ["I felt alone", "(silence 8)", "and then more", "(silence 8)", "more", "(silence 8)", "and more",
             "(silence 8)", "still more", "(silence 8)"]
    records = drive("turns", lines, {"turn_limit": 30, "warn_before": 10})
    floor_at = next(r["t"] for r in records if r["event"] == "state" and r["state"] == "floor")
    warnings = [r for r in records if r["event"] == "say" and "a little time left" in r["text"]]
    assert len(warnings) == 1
    assert warnings[0]["t"] == pytest.approx(floor_at + 20, abs=0.01)
    ended = next(r for r in records if r["event"] == "say" and "that's the time" in r["text"])
    assert ended["t"] == pytest.approx(floor_at + 30, abs=3)


def test_roles_swap_after_the_reflection() -> None:
    prompts = said(drive("turns", COMPLETE["turns"]))
    floors = [p for p in prompts if "you have the floor" in p]
    assert floors[0].startswith("Dana, you have the floor") and floors[1].startswith("Luis, you have the floor")


def test_more_rounds_means_more_turns() -> None:
    script = ["a", "I'm done", "b"] * 4
    prompts = said(drive("turns", script, {"rounds": 2}))
    assert sum("you have the floor" in p for p in prompts) == 4


def test_checkin_thanks_every_answer_and_never_judges() -> None:
    records = drive("checkin", COMPLETE["checkin"])
    prompts = said(records)
    assert sum(p.startswith("Thank you") for p in prompts) >= 4
    for word in ("wrong", "should", "fault", "right"):
        assert not any(word in p.lower() for p in prompts), word


def test_end_of_input_ends_cleanly() -> None:
    records = drive("checkin", ["The tea"])
    assert end_reason(records) == "input_ended"


def test_silence_moves_a_checkin_question_on() -> None:
    records = drive("checkin", ["", "", "", ""])
    assert end_reason(records) == "completed"
    assert said(records).count("That's okay, we can leave that one.") == 2


UTTERANCES = st.sampled_from([
    "", "(silence 3)", "(silence 30)", "yes", "no", "ready", "I'm done", "wait", "can I say something", "repeat",
    "help", "I need a break", "the dishes again", "you never listen", "blah", "that's all", "we're ready",
    "it's your fault", "I'll text him at lunch", "we're done",
])


@pytest.mark.parametrize("flow", sorted(COMPLETE))
@settings(max_examples=60, deadline=None)
@given(script=st.lists(UTTERANCES, max_size=40))
def test_any_input_ends_every_flow_within_bounded_events(flow: str, script: list[str]) -> None:
    records = drive(flow, script)
    assert end_reason(records) in {"completed", "stopped", "input_ended"}
    assert len(records) < 600
    silent_tail = drive(flow, [*script, *[""] * 40])
    assert end_reason(silent_tail) in {"completed", "stopped"}, "silence alone always brings a flow to its end"
