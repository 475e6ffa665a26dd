"""Understanding from audio, with the real recogniser (PocketSphinx) and voice: a disclosure is heard in a yes/no state
(second, open pass), while breathing, and over a prompt (barge-in); an answer survives a thinking pause."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import yaml

from tests.speech import speech
from voice_pacer.audio.pcm import FRAME_SAMPLES, SAMPLE_RATE, room_tone
from voice_pacer.config import load_config
from voice_pacer.ears.choose import make_ears
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.load import load_flow
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import InputEnded
from voice_pacer.scenario import load_scenario
from voice_pacer.session import Session
from voice_pacer.simulate import simulate
from voice_pacer.voice.choose import make_voice

NAMES = ("Dana", "Luis")


def run_scenario(tmp_path: Path, flow: str, replies: list) -> list[dict]:
    (tmp_path / "scenario.yaml").write_text(yaml.safe_dump({"flow": flow, "replies": replies}))
    config = load_config(None, {"ears.engine": "pocketsphinx"}, env={})
    log = EventLog()
    simulate(load_scenario(tmp_path / "scenario.yaml"), load_flow(flow), config, log, NAMES)
    log.close()
    return log.records


@dataclass
class Line:
    """Something said in the room: not before `at` seconds, and (unless over_prompt) only while the assistant
    listens, as a person waits for a gap; once started it is said to the end."""

    at: float
    text: str
    over_prompt: bool = False


class Room:
    """An AudioSource for a room where people speak at moments of their own, whatever the session is doing (a fake
    room: ScenarioSource only speaks when a listening turn asks, which breathing never does)."""

    def __init__(self, lines: list[Line], until: float) -> None:
        self.lines = list(lines)
        self.until = until
        self.samples = 0
        self.listening = False
        self.playing = np.zeros(0, dtype=np.int16)
        self.tone = room_tone(30.0, -60.0, seed=3)

    def read(self) -> np.ndarray:
        now = self.samples / SAMPLE_RATE
        if now >= self.until:
            raise InputEnded
        if not len(self.playing) and self.lines and now >= self.lines[0].at and (
                self.listening or self.lines[0].over_prompt):
            self.playing = speech(self.lines.pop(0).text)
        start = self.samples % (len(self.tone) - FRAME_SAMPLES)
        frame = self.tone[start : start + FRAME_SAMPLES].copy()
        chunk, self.playing = self.playing[:FRAME_SAMPLES], self.playing[FRAME_SAMPLES:]
        frame[: len(chunk)] = np.clip(frame[: len(chunk)].astype(np.int32) + chunk, -32768, 32767)
        self.samples += FRAME_SAMPLES
        return frame

    def begin_turn(self) -> None:
        pass

    def set_listening(self, on: bool) -> None:
        self.listening = on

    def speech_end(self) -> float | None:
        return None


def run_room(flow: str, lines: list[Line], until: float, barge_in: bool = False) -> list[dict]:
    compiled = load_flow(flow)
    talk = AudioConversation(Room(lines, until), SilentSink(), make_voice("espeak"), make_ears("pocketsphinx"),
                             barge_in=barge_in)
    log = EventLog()
    try:
        Session(compiled, talk, log, NAMES).run()
    finally:
        talk.close()
        log.close()
    return log.records


def final_state(records: list[dict]) -> str:
    return [r["state"] for r in records if r["event"] == "state"][-1]


def assert_stopped_for(records: list[dict], concern: str, words: str) -> None:
    assert final_state(records) == f"_{concern}", [r for r in records if r["event"] in ("heard", "state")]
    assert [r["concern"] for r in records if r["event"] == "safety"] == [concern]
    heard = [r for r in records if r["event"] == "heard"]
    assert "text" not in heard[-1]
    logged = str([r for r in records if r["event"] != "say"])  # prompts may share words with what was said
    assert not any(word in logged for word in words.lower().strip(".").split() if len(word) > 4)


def test_a_disclosure_in_a_yes_no_state_is_heard_through_the_second_pass(tmp_path: Path) -> None:
    said = "I don't want to live anymore."
    records = run_scenario(tmp_path, "pause", [{"say": said}])
    ask = [r for r in records if r["event"] == "state" and r["state"] == "ask_break"]
    assert ask, "the disclosure came at the yes/no question"
    assert_stopped_for(records, "self_harm", said)


def test_a_disclosure_during_breathing_stops_the_practice() -> None:
    said = "He hit me last night and I am scared of him."
    records = run_room("pause", [Line(14.0, said)], until=120.0)
    breaths = [r for r in records if r["event"] == "breathe"]
    assert 1 < len(breaths) < 12, "it stopped part way through the breathing"
    assert_stopped_for(records, "danger", said)


def test_a_disclosure_over_a_prompt_cuts_it_short_with_barge_in() -> None:
    said = "He hit me last night and I am scared of him."
    records = run_room("checkin", [Line(0.5, said, over_prompt=True)], until=60.0, barge_in=True)
    assert "a_close" not in [r["state"] for r in records if r["event"] == "state"], "no question was waited for"
    assert_stopped_for(records, "danger", said)


def test_other_talk_over_a_prompt_does_not_cut_it() -> None:
    records = run_room("checkin", [Line(0.5, "Did you remember to buy milk?", over_prompt=True)], until=25.0,
                       barge_in=True)
    assert not any(r["event"] == "safety" for r in records)
    assert "a_close" in [r["state"] for r in records if r["event"] == "state"]


# "Well..." is heard "well" and the commands model reads "well off"; the learned model took that for stop until a
# one-word reading (after lead words) was left to the templates. "Hmm..." is heard "the": a reading of function words
# alone waits for more, as a hesitation does (both release 22).
@pytest.mark.parametrize("opener", ["Let me think...", "Well...", "Hmm..."])
def test_an_answer_survives_a_thinking_pause(tmp_path: Path, opener: str) -> None:
    replies = [[{"say": opener}, {"silence": 3}, {"say": "When you made me tea this morning."}],
               {"say": "When you were on your phone at dinner."}]
    records = run_scenario(tmp_path, "checkin", replies)
    prompts = [r["text"] for r in records if r["event"] == "say"]
    heard = [(r["text"], r["intent"]) for r in records if r["event"] == "heard"]
    assert [r["state"] for r in records if r["event"] == "state"].count("a_close") == 1, heard
    assert heard[0][1] is None, heard
    question = prompts.index("Dana, what did Luis do today that made you feel close?")
    assert prompts[question + 1 : question + 3] == [
        "Thank you, Dana.", "And was there a moment today when something Luis did made you pull back a little?"]
    assert "Thank you for saying it, Dana." in prompts, "the second answer went to the second question"
    events = [(r["event"], r.get("text")) for r in records]
    thanked = events.index(("say", "Thank you, Dana."))
    assert sum(event == "heard" for event, _ in events[:thanked]) == 2, "the answer after the pause is the same answer"


@pytest.mark.parametrize("hesitation", ["Hmm...", "Well..."])
def test_a_hesitation_in_a_check_in_is_no_command(tmp_path: Path, hesitation: str) -> None:
    """Piper joe's "Hmm..." is heard "the", whose sixth n-best hypothesis is "help"; "Well..." is read "well off" by
    the commands model, which the learned model took for stop: a one-word reading is the templates' alone."""
    records = run_scenario(tmp_path, "checkin", [{"say": hesitation}, {"say": "When you made me tea this morning."}])
    heard = [(r["text"], r["intent"]) for r in records if r["event"] == "heard"]
    assert heard and heard[0][1] is None, heard
    assert not any(r["event"] == "end" and r["reason"] == "stopped" for r in records)


def test_a_short_answer_in_a_check_in_is_heard_as_an_answer(tmp_path: Path) -> None:
    """A short utterance in an answer state is checked against a grammar of the short commands, which used to force
    "Nope." into "help" (Piper joe); with short answers in that grammar it is the answer it was (release 18)."""
    replies = [{"say": "When you made me tea this morning."}, {"say": "Nope."}]
    records = run_scenario(tmp_path, "checkin", replies)
    prompts = [r["text"] for r in records if r["event"] == "say"]
    heard = [(r["text"], r["intent"]) for r in records if r["event"] == "heard"]
    assert heard[1][1] is None, heard
    assert "Thank you for saying it, Dana." in prompts, prompts
