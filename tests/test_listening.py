"""The listening contract and the units the session is made of: timers of a listening state, and breathing pacing."""

from __future__ import annotations

from voice_pacer.breathing import PATTERNS, Breathing, Paced
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.load import load_flow
from voice_pacer.hearing.base import Quiet
from voice_pacer.listening import BARGE_IN_PHRASES, interrupting, listening_between, listening_for
from voice_pacer.timers import THINKING_WAIT, ListenTimers


def test_a_prompt_may_be_cut_by_stops_first_phrases_and_is_understood_as_the_exits() -> None:
    flow = load_flow("checkin")
    interrupt = interrupting(flow)
    assert interrupt.phrases == tuple(flow.intents["stop"].grammar[:BARGE_IN_PHRASES])
    assert [c.name for c in interrupt.candidates] == [c.name for c in listening_between(flow).candidates]
    assert "stop" in [c.name for c in interrupt.candidates] and "yes" not in [c.name for c in interrupt.candidates]


def test_a_yes_no_state_is_restricted_and_an_answer_state_is_open_with_short_commands() -> None:
    asking = listening_for(load_flow("pause"), "ask_break")
    assert asking.phrases is not None and asking.commands == ()
    assert [c.name for c in asking.candidates][:2] == ["yes", "no"]
    floor = listening_for(load_flow("turns"), "floor")
    assert floor.phrases is None and "i am done" in floor.commands


def test_timers_warn_once_before_the_limit_then_end_at_it() -> None:
    timers = ListenTimers.start(10.0, limit=60.0, warn_before=15.0, silence=None, end_silence=1.0)
    listening = listening_for(load_flow("turns"), "floor")
    first = timers.request(10.0, listening)
    assert (first.deadline, first.final, first.silence_at) == (55.0, False, None)
    after = timers.after_quiet(Quiet("deadline"), 10.0, 55.0)
    assert after.warn and not after.silent and not after.answered
    second = timers.request(55.0, listening)
    assert (second.deadline, second.final) == (70.0, True)
    assert not timers.after_quiet(Quiet("deadline"), 55.0, 70.0).warn
    assert timers.expired(70.0) and not timers.expired(69.9)


def test_a_hesitation_waits_longer_and_its_silence_is_the_answer() -> None:
    timers = ListenTimers.start(0.0, limit=120.0, warn_before=None, silence=8.0, end_silence=2.5)
    listening = listening_for(load_flow("checkin"), "a_close")
    assert timers.request(5.0, listening).silence_at == 13.0
    timers.heard(unfinished=True)
    assert timers.request(5.0, listening).silence_at == 5.0 + THINKING_WAIT
    after = timers.after_quiet(Quiet("silence"), 5.0, 5.0 + THINKING_WAIT)
    assert after.answered and not after.silent and not timers.thinking


def test_time_on_a_break_does_not_count_against_the_state() -> None:
    timers = ListenTimers.start(0.0, limit=60.0, warn_before=10.0, silence=None, end_silence=1.0)
    timers.extend(32.0)
    assert (timers.limit_at, timers.warn_at) == (92.0, 82.0)


def test_breathing_cues_every_phase_and_rests_out_its_seconds() -> None:
    clock = [0.0]
    cues: list[tuple[str, bool]] = []

    def rest(seconds: float) -> Paced:
        clock[0] += seconds
        return Paced.FINISHED

    def cue(phase: str, as_tone: bool) -> None:
        cues.append((phase, as_tone))
        clock[0] += 0.5  # a spoken cue takes time, which the phase's own seconds include

    log = EventLog()
    assert Breathing("4-7-8", 2, "both").pace(log, lambda: clock[0], cue, rest) is Paced.FINISHED
    assert clock[0] == 2 * sum(seconds for _, seconds in PATTERNS["4-7-8"])
    assert cues[:2] == [("in", True), ("in", False)] and len(cues) == 2 * 2 * 3
    assert [r["phase"] for r in log.records if r["event"] == "breathe"] == ["in", "hold", "out"] * 2


def test_breathing_stops_where_the_rest_was_cut_short() -> None:
    rests = iter([Paced.FINISHED, Paced.STOPPED])
    log = EventLog()
    paced = Breathing("box", 3, "words").pace(log, lambda: 0.0, lambda phase, tone: None, lambda s: next(rests))
    assert paced is Paced.STOPPED and len([r for r in log.records if r["event"] == "breathe"]) == 2
