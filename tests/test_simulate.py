"""Whole sessions from audio: Piper speech in, the real recogniser, the real voice, session time from samples."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import wave
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml

from voice_pacer.config import load_config
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.common import common
from voice_pacer.scenario import load_scenario
from voice_pacer.session import Outcome
from voice_pacer.simulate import simulate

ENGINE = "pocketsphinx"  # the zero-download engine; the Vosk path is tested against a real model in test_ears_vosk
PROMPTS = common().prompts


def run_scenario(tmp_path: Path, scenario: dict[str, Any], record: Path | None = None,
                 ) -> tuple[Outcome, list[dict[str, Any]]]:
    path = tmp_path / "scenario.yaml"
    path.write_text(yaml.safe_dump(scenario))
    loaded = load_scenario(path)
    (tmp_path / "config.toml").write_text("")  # an empty config: the defaults, whatever the user's own file says
    config = load_config(tmp_path / "config.toml", {"ears.engine": ENGINE}, env={})
    from voice_pacer.assemble import build_flow

    flow = build_flow(loaded.flow, config, [f"{k}={v}" for k, v in loaded.settings.items()])
    log = EventLog(tmp_path / "events.jsonl", words=True)  # these tests check what was heard
    outcome = simulate(loaded, flow, config, log, loaded.names or ("Dana", "Luis"), record)
    log.close()
    records = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    return outcome, records


def heard(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if r["event"] == "heard"]


SPOKEN = {
    "checkin": [
        {"say": "When you made me tea this morning."},
        {"say": "When you were on your phone at dinner."},
        {"say": "You held my hand on the walk."},
        {"say": "Nothing really, it was a good day."},
    ],
    "turns": [
        # pyttsx3's prompts differed by up to 30 ms between runs (to release 21), shifting each reply against the 10 ms
        # analysis frames.
        # "That's all, I'm done." was heard as "that's all fine then" at some shifts: an accuracy figure for
        # benchmarks/, not this flow's behaviour. These replies are heard alike at 16 shifts of 2 ms.
        [{"say": "I felt alone at dinner."}, {"silence": 3}, {"say": "Okay, I'm done."}],
        {"say": "You felt alone at dinner."},
        [{"say": "I was tired after work."}, {"silence": 2}, {"say": "I'm done."}],
        {"say": "You were tired after work."},
    ],
    "pause": [{"say": "No thanks."}],
}


@pytest.mark.parametrize("flow", sorted(SPOKEN))
def test_flow_completes_from_spoken_replies(tmp_path: Path, flow: str) -> None:
    outcome, records = run_scenario(tmp_path, {"flow": flow, "names": {"a": "Dana", "b": "Luis"},
                                               "replies": SPOKEN[flow]})
    assert outcome.reason == "completed", [(r["event"], r.get("text") or r.get("state")) for r in records]
    assert records[-1]["event"] == "end" and records[-1]["reason"] == "completed"
    for event in heard(records):
        assert event["engine"] == ENGINE
        assert event["confidence"] is None or 0 <= event["confidence"] <= 1
        assert event["speech_end"] is not None and event["endpoint_at"] >= event["speech_end"]
        assert event["compute_ms"] is None or event["compute_ms"] >= 0
    times = [r["t"] for r in records]
    assert times == sorted(times)


def test_a_thinking_pause_on_the_floor_does_not_cut_the_turn(tmp_path: Path) -> None:
    _, records = run_scenario(tmp_path, {"flow": "turns", "replies": SPOKEN["turns"]})
    floor_heard = []
    for record in records:
        if record["event"] == "state" and record["state"] == "ask_reflect":
            break
        if record["event"] == "heard":
            floor_heard.append(record)
    assert len(floor_heard) == 2, floor_heard
    assert floor_heard[0]["intent"] is None and {"alone", "dinner"} & set(floor_heard[0]["text"].split()), floor_heard
    assert floor_heard[1]["intent"] == "done", floor_heard


def test_free_answers_are_heard_close_to_what_was_said(tmp_path: Path) -> None:
    from voice_pacer.intents import normalise

    _, records = run_scenario(tmp_path, {"flow": "checkin", "replies": SPOKEN["checkin"]})
    texts = [r["text"] for r in heard(records)]
    assert len(texts) == 4
    shares = []
    for reply, text in zip(SPOKEN["checkin"], texts, strict=True):
        said = normalise(reply["say"]).split()
        found = set(normalise(text).split())
        shares.append(sum(word in found for word in said) / len(said))
    assert min(shares) >= 0.5 and sum(shares) / len(shares) >= 0.75, list(zip(texts, shares, strict=True))


def test_spoken_stop_ends_the_session(tmp_path: Path) -> None:
    outcome, records = run_scenario(tmp_path, {"flow": "checkin", "replies": [{"say": "Let's stop."}]})
    assert outcome.reason == "stopped", heard(records)
    assert heard(records)[0]["intent"] == "stop"
    assert [r for r in records if r["event"] == "say"][-1]["text"] == PROMPTS["stopped"]


def test_spoken_repeat_says_the_question_again(tmp_path: Path) -> None:
    replies = [{"say": "Say that again."}, *SPOKEN["checkin"]]
    outcome, records = run_scenario(tmp_path, {"flow": "checkin", "replies": replies})
    assert heard(records)[0]["intent"] == "repeat"
    says = [r["text"] for r in records if r["event"] == "say"]
    question = next(s for s in says if "feel close" in s)
    assert says.count(question) == 2
    assert outcome.reason == "completed"


def test_spoken_pause_breathes_and_returns(tmp_path: Path) -> None:
    replies = [{"say": "I need a break."}, *SPOKEN["checkin"]]
    outcome, records = run_scenario(tmp_path, {"flow": "checkin", "replies": replies})
    assert heard(records)[0]["intent"] == "pause"
    breathes = [r for r in records if r["event"] == "breathe"]
    assert len(breathes) == 8 and breathes[-1]["t"] - breathes[0]["t"] >= 28
    assert outcome.reason == "completed"


def test_silence_reply_moves_on(tmp_path: Path) -> None:
    outcome, records = run_scenario(tmp_path, {"flow": "checkin", "replies": [{"silence": 20 + i} for i in range(4)]})
    assert outcome.reason == "completed"
    assert heard(records) == []


def test_scenario_running_out_ends_the_session(tmp_path: Path) -> None:
    outcome, _ = run_scenario(tmp_path, {"flow": "checkin", "replies": [{"say": "The tea this morning."}]})
    assert outcome.reason == "input_ended"


def test_record_writes_both_sides(tmp_path: Path) -> None:
    record = tmp_path / "session.wav"
    run_scenario(tmp_path, {"flow": "checkin", "replies": SPOKEN["checkin"][:1]}, record)
    with wave.open(str(record)) as reader:
        assert reader.getnchannels() == 2 and reader.getframerate() == 16000
        stereo = np.frombuffer(reader.readframes(reader.getnframes()), np.int16).reshape(-1, 2)
    room, assistant = stereo[:, 0].astype(float), stereo[:, 1].astype(float)
    assert np.sqrt(np.mean(room**2)) > 100 and np.sqrt(np.mean(assistant**2)) > 100


def test_wav_reply_of_another_rate_is_converted(tmp_path: Path) -> None:
    from tests.speech import speech
    from voice_pacer.audio.pcm import write_wav

    pcm16 = speech("Stop.")
    stereo48 = np.repeat(np.interp(np.arange(len(pcm16) * 3) / 3, np.arange(len(pcm16)), pcm16), 2)
    write_wav(tmp_path / "stop48.wav", stereo48.astype(np.int16), 48000, channels=2)
    outcome, records = run_scenario(tmp_path, {"flow": "checkin", "replies": [{"wav": "stop48.wav"}]})
    assert heard(records)[0]["intent"] == "stop" and outcome.reason == "stopped"


def test_a_whole_session_never_opens_a_network_connection(tmp_path: Path) -> None:
    attempts: list[str] = []

    def refuse(event: str, args: tuple[Any, ...]) -> None:
        if _armed and event in ("socket.connect", "socket.getaddrinfo", "socket.sendto", "socket.bind"):
            attempts.append(f"{event}{args!r}")
            raise OSError("network blocked by the privacy test")

    global _armed
    _armed = True
    sys.addaudithook(refuse)  # audit hooks cannot be removed; _armed turns this one off after the test
    try:
        outcome, _ = run_scenario(tmp_path, {"flow": "checkin", "replies": SPOKEN["checkin"]}, tmp_path / "s.wav")
        during_session = list(attempts)
        with pytest.raises(OSError, match="privacy test"):
            socket.create_connection(("127.0.0.1", 9), timeout=1)  # proof that the hook really was armed
    finally:
        _armed = False
    assert outcome.reason == "completed"
    assert during_session == []


_armed = False


def test_demo_prints_a_readable_transcript(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "voice_pacer", "demo", "--engine", ENGINE, "--log",
                             str(tmp_path / "demo.jsonl")], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Assistant" in result.stdout and "Heard" in result.stdout and "morning" in result.stdout
    assert "Session ended: completed" in result.stdout
    assert "pocketsphinx" in result.stderr.lower()


def test_scenario_errors_are_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("flow: checkin\nreplies:\n  - shout: hello\n")
    result = subprocess.run([sys.executable, "-m", "voice_pacer", "simulate", str(path)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{path}:3" in result.stderr and result.stderr.strip().count("\n") == 0
