"""The room's state kept from one session to the next (voice_pacer.ears.room_state): the cepstral mean a session's ears
adapted to is written as numbers, and the next session in the room starts from it; a broken, foreign or stale file is
one line, and the session starts as it would without one.

Speech is Piper joe (tests/speech.py) over benchmarks/speechlab.py's babble of five flite and festival voices."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest

from benchmarks.room import GRAMMAR, LEAD, TAIL, utterances
from benchmarks.speechlab import babble, have_voice, in_room
from tests.speech import speech
from voice_pacer.audio.pcm import room_tone
from voice_pacer.config import load_config
from voice_pacer.ears.cepstral import CMN_INIT
from voice_pacer.ears.choose import make_ears
from voice_pacer.ears.pocketsphinx_ears import PocketSphinxEars
from voice_pacer.ears.room_state import (
    STALE_DAYS,
    load_room_mean,
    room_state_path,
    start_from_stored_room,
    store_room,
)
from voice_pacer.eventlog import EventLog
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import ListenRequest
from voice_pacer.scenario import Say, ScenarioSource
from voice_pacer.simulate import partner_speech

needs_babble = pytest.mark.skipif(not have_voice("awb"), reason="babble needs flite and festival (make system)")
EARLIER = "we cooked dinner together and talked about the weekend"
DAY = 86400.0


def numbers(mean: str) -> list[float]:
    return [round(float(value), 2) for value in mean.split(",")]


def fresh_ears() -> PocketSphinxEars:
    ears = make_ears("pocketsphinx")  # the cached instance, forgetting whatever it heard: a new session
    assert isinstance(ears, PocketSphinxEars)
    return ears


@needs_babble
def test_a_session_leaves_its_room_to_the_next_as_numbers_only(tmp_path: Path) -> None:
    path = tmp_path / "room.json"
    ears = fresh_ears()
    assert ears.room_mean() is None and not store_room(ears, path=path)  # nothing heard: nothing to keep
    clip = in_room(speech(EARLIER), "babble", 15.0, seed=21, lead=LEAD, tail=TAIL)
    assert utterances(ears, clip, ListenRequest(GRAMMAR, 0.8))
    assert store_room(ears, path=path)
    text = path.read_text(encoding="utf-8")
    record = json.loads(text)
    assert sorted(record) == ["cepstral_mean", "start", "stored_at"] and len(record["cepstral_mean"]) == 13
    assert not any(word in text for word in EARLIER.split() if len(word) > 3)  # no words, no audio
    assert numbers(ears.kept_mean or "") == [round(v, 2) for v in record["cepstral_mean"]]
    # kept once: `listen` stores after each flow and again when it closes, and a second blend would count this
    # session three times to the partner's one
    assert ears.room_mean() is None and not store_room(ears, path=path) and path.read_text(encoding="utf-8") == text
    assert record["cepstral_mean"][:3] != [50, 3, -1]  # the ears moved from where every session used to start

    ears = fresh_ears()
    assert numbers(ears.start_mean) == numbers(CMN_INIT + ",0" * 10)
    assert start_from_stored_room(ears, path=path)
    assert numbers(ears.start_mean) == [round(v, 2) for v in record["cepstral_mean"]]
    assert ears.room_mean() is None  # nothing heard yet in this session: the file is left as it is


def broken_files(now: float) -> list[tuple[str, bytes | str]]:
    good = {"cepstral_mean": [55.0, 2.0, -3.0, *[0.5] * 10], "start": CMN_INIT, "stored_at": now - DAY}
    return [
        ("binary", b"\x00\x01\xff garbage"),
        ("not json", "{cepstral_mean: 55"),
        ("too few", json.dumps({**good, "cepstral_mean": [55.0, 2.0]})),
        ("not numbers", json.dumps({**good, "cepstral_mean": ["a"] * 13})),
        ("nan", json.dumps({**good, "cepstral_mean": [float("nan")] * 13})),
        ("a list", "[1, 2, 3]"),
        ("other ears", json.dumps({**good, "start": "40,3,-1"})),
        ("stale", json.dumps({**good, "stored_at": now - (STALE_DAYS + 1) * DAY})),
        ("from the future", json.dumps({**good, "stored_at": now + DAY})),
        ("no date", json.dumps({key: value for key, value in good.items() if key != "stored_at"})),
    ]


@pytest.mark.parametrize("name", [name for name, _ in broken_files(0.0)])
def test_a_broken_or_stale_room_file_is_one_line_and_the_session_starts_without_it(name: str, tmp_path: Path) -> None:
    path, now = tmp_path / "room.json", time.time()
    content = dict(broken_files(now))[name]
    path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    said: list[str] = []
    ears = fresh_ears()
    assert not start_from_stored_room(ears, said.append, path=path)
    assert len(said) == 1 and "\n" not in said[0] and said[0].startswith(str(path)), said
    assert numbers(ears.start_mean) == numbers(CMN_INIT + ",0" * 10)


def test_a_good_room_file_is_read_silently_and_a_missing_one_is_no_news(tmp_path: Path) -> None:
    path, said = tmp_path / "room.json", []
    assert load_room_mean(path, said.append) is None and said == []
    path.write_text(json.dumps({"cepstral_mean": [55.0, 2.0, -3.0, *[0.5] * 10], "start": CMN_INIT,
                                "stored_at": time.time() - DAY}), encoding="utf-8")
    assert numbers(load_room_mean(path, said.append) or "") == [55.0, 2.0, -3.0, *[0.5] * 10] and said == []


def test_the_room_is_kept_for_the_config_in_use_in_the_state_folder(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config-home"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state-home"))
    monkeypatch.chdir(tmp_path)
    state = tmp_path / "state-home" / "voice-pacer"
    default = load_config(None, env={})
    assert default.file() is None and room_state_path(default.file()) == state / "room.json"
    for room in ("bedroom", "kitchen"):
        (tmp_path / room).mkdir()
        (tmp_path / room / "config.toml").write_text('[ears]\nengine = "pocketsphinx"\n', encoding="utf-8")
    bedroom = room_state_path(load_config(Path("bedroom/config.toml"), env={}).file())
    kitchen = room_state_path(load_config(tmp_path / "kitchen" / "config.toml", env={}).file())
    assert bedroom.parent == kitchen.parent == state and len({bedroom, kitchen, state / "room.json"}) == 3
    assert bedroom == room_state_path(tmp_path / "bedroom" / "config.toml")  # the same file however it is named

    ears, said = fresh_ears(), []
    voice = np.concatenate([room_tone(1.0, -60, seed=3), speech("we talked for a while"), room_tone(2.0, -60, seed=4)])
    assert utterances(ears, voice, ListenRequest(GRAMMAR, 0.8))
    assert store_room(ears, said.append, path=bedroom) and said == []
    assert start_from_stored_room(fresh_ears(), said.append, path=bedroom) and said == []
    assert sorted(p.name for p in (tmp_path / "bedroom").iterdir()) == ["config.toml"]  # nothing beside the config
    assert not (tmp_path / "config-home").exists()


def test_the_room_file_keeps_both_voices_not_whoever_spoke_last(tmp_path: Path) -> None:
    path, means = tmp_path / "room.json", []
    for level in (1.0, 0.1):  # one partner near the device, the other 20 dB quieter (further away)
        ears = fresh_ears()
        voice = (speech("we talked for a while") * level).astype(np.int16)
        assert utterances(ears, np.concatenate([room_tone(1.0, -60, seed=3), voice, room_tone(2.0, -60, seed=4)]),
                          ListenRequest(GRAMMAR, 0.8))
        means.append(numbers(ears.room_mean() or ""))
        assert store_room(ears, path=path)
    stored = json.loads(path.read_text(encoding="utf-8"))["cepstral_mean"]
    assert means[0][0] - means[1][0] > 2  # the quieter voice's log energy
    assert stored[0] == pytest.approx((means[0][0] + means[1][0]) / 2, abs=0.05)  # halfway between the two sessions


def test_a_room_file_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "not-a-folder").write_text("")
    ears, said = fresh_ears(), []
    ears.start_from_room("55,2,-3,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5")
    quiet_then_voice = np.concatenate([room_tone(1.0, -60, seed=3), speech("we talked for a while"),
                                       room_tone(2.0, -60, seed=4)])
    assert utterances(ears, quiet_then_voice, ListenRequest(GRAMMAR, 0.8))
    assert not store_room(ears, said.append, path=tmp_path / "not-a-folder" / "room.json")
    assert len(said) == 1 and "\n" not in said[0] and "could not be stored" in said[0], said


def babble_room(seconds: float, seed: int) -> np.ndarray:
    """Other voices in the room, about 15 dB below Piper joe's speech (its active level is near -15 dBFS)."""
    talk = babble(seconds, seed=seed) * 32768 * 10 ** (-30 / 20)
    return np.clip(talk + room_tone(seconds, -60, seed=seed), -32768, 32767).astype(np.int16)


CHECKIN = [["When you made me tea this morning."], ["When you were on your phone at dinner."],
           ["You held my hand on the walk."], ["Nothing really, it was a good day."]]
CHECKIN_AGAIN = [["When you fixed my bike."], ["When you forgot to call me back."],
                 ["When you listened to me after work."], ["Nothing much, a quiet day."]]


def checkin_in_babble(tmp_path: Path, replies: list[list[str]], seed: int, path: Path) -> tuple[str, list[str]]:
    """A check-in session simulated over other voices, its ears starting from the room file and storing it after, as a
    live session does; how it ended and the states it went through."""
    from voice_pacer.assemble import build_flow, build_session, build_voice

    (tmp_path / "config.toml").write_text("")
    config = load_config(tmp_path / "config.toml", {"ears.engine": "pocketsphinx"}, env={})
    ears = fresh_ears()
    start_from_stored_room(ears, path=path)
    source = ScenarioSource([[Say(say=text) for text in reply] for reply in replies], partner_speech,
                            room=babble_room(60.0, seed))
    talk = AudioConversation(source, SilentSink(), build_voice(config), ears)
    log = EventLog(tmp_path / f"events{seed}.jsonl", words=False)
    try:
        outcome = build_session(build_flow("checkin", config, []), talk, log, ("Dana", "Luis"), config).run()
    finally:
        talk.close()
        log.close()
    store_room(ears, path=path)
    records = [json.loads(line) for line in (tmp_path / f"events{seed}.jsonl").read_text().splitlines()]
    return outcome.reason, [r["state"] for r in records if r["event"] == "state"]


@needs_babble
def test_a_session_in_babble_completes_from_the_room_the_session_before_left(tmp_path: Path) -> None:
    path = tmp_path / "room.json"
    first, _ = checkin_in_babble(tmp_path, CHECKIN, 5, path)
    assert first == "completed" and path.exists()
    stored = path.read_text(encoding="utf-8")
    reason, states = checkin_in_babble(tmp_path, CHECKIN_AGAIN, 6, path)
    assert reason == "completed" and states[0] == "welcome" and states[-1] == "goodnight", states
    assert path.read_text(encoding="utf-8") != stored  # the second session's room replaced the first's
