"""The noise-suppression front end on real audio: it lowers a fan's steady noise, leaves speech and quiet rooms alone,
and a spoken session in a humming room completes.

Speech is Piper joe and festival's HTS voice (benchmarks/speechlab.py); the noise is speechlab's steady pink noise."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from benchmarks.speechlab import have_voice, in_room, pink_noise, say, speech_span
from tests.conftest import ClipSource
from voice_pacer.assemble import build_flow
from voice_pacer.audio.pcm import FRAME_SAMPLES, SAMPLE_RATE
from voice_pacer.config import load_config
from voice_pacer.ears.choose import make_ears
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.common import common
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import InputEnded, ListenRequest, Utterance
from voice_pacer.hearing.frontend import FrontEnd
from voice_pacer.intents import match_intent
from voice_pacer.scenario import Say, ScenarioSource
from voice_pacer.session import Session
from voice_pacer.simulate import partner_speech
from voice_pacer.voice.choose import make_voice

LEAD, TAIL = 2.0, 1.5
COMMANDS = ["stop the session", "say that again", "i need a break", "i am done"]
SPECS = [spec for name, spec in common().intents.items() if name != "unsafe"]


def through(front: FrontEnd, pcm: np.ndarray) -> np.ndarray:
    """The audio as the endpointer and the ears get it, frame by frame as a microphone delivers it."""
    whole = len(pcm) - len(pcm) % FRAME_SAMPLES
    return np.concatenate([front.process(pcm[at : at + FRAME_SAMPLES]) for at in range(0, whole, FRAME_SAMPLES)])


def power_db(pcm: np.ndarray) -> float:
    return float(10 * np.log10(np.mean(pcm.astype(np.float64) ** 2) + 1e-9))


def test_it_lowers_steady_noise_and_keeps_the_speech() -> None:
    clean = say("let's take a break")
    noisy = in_room(clean, "steady", 10.0, lead=LEAD, tail=TAIL)
    front = FrontEnd("auto")
    out = through(front, noisy)
    assert front.active
    start, end = speech_span(clean, LEAD)
    room = slice(int((LEAD - 0.8) * SAMPLE_RATE), int((start - 0.1) * SAMPLE_RATE))  # after the first decision
    voice = slice(int(start * SAMPLE_RATE), int(end * SAMPLE_RATE))
    assert power_db(noisy[room]) - power_db(out[room]) >= 10  # the fan, at least 10 dB quieter
    speech_alone = in_room(clean, "clean", lead=LEAD, tail=TAIL)
    assert abs(power_db(speech_alone[voice]) - power_db(out[voice])) <= 4  # the voice keeps most of its level


def test_auto_leaves_a_quiet_room_untouched() -> None:
    clean = in_room(say("let's take a break"), "clean", lead=LEAD, tail=TAIL)
    front = FrontEnd("auto")
    out = through(front, clean)
    assert not front.active
    assert np.array_equal(out, clean[: len(out)])


@pytest.mark.skipif(not have_voice("awb"), reason="babble needs flite and festival (make system installs them)")
@pytest.mark.parametrize("seed", [0, 3, 7])
def test_auto_leaves_other_voices_alone(seed: int) -> None:
    """Talk in the room (a TV, people nearby) is as loud and steady in level as a fan, but suppressing it only blurs
    the command said over it: "auto" leaves it alone."""
    talking = in_room(say("let's take a break"), "babble", 15.0, seed=seed, lead=4.0, tail=TAIL)
    front = FrontEnd("auto")
    out = through(front, talking)
    assert not front.active
    assert np.array_equal(out, talking[: len(out)])


@pytest.mark.skipif(not have_voice("awb"), reason="babble needs flite and festival (make system installs them)")
@pytest.mark.parametrize("room, noisy", [("clean", False), ("steady", True), ("babble", True)])
def test_the_room_is_noisy_over_a_fan_and_over_other_voices(room: str, noisy: bool) -> None:
    """What the ears are told (PocketSphinx's commands model searches fully then): a fan or other voices 15 dB below
    the speech make the room noisy, a quiet room does not."""
    front = FrontEnd("auto")
    through(front, in_room(say("let's take a break"), room, 15.0, seed=3, lead=4.0, tail=TAIL))
    assert front.noisy is noisy


@pytest.mark.skipif(not have_voice("awb"), reason="babble needs flite and festival (make system installs them)")
@pytest.mark.parametrize("room, noisy", [("babble", True), ("clean", False)])
def test_the_room_is_noisy_when_the_command_starts_though_the_talk_dipped(room: str, noisy: bool) -> None:
    """Other voices fall quiet for a frame now and then, and the noise floor follows that frame down: 0.3 s before this
    command (benchmarks/room.py's clip of it) the floor was below NOISY_FLOOR_DB over babble, yet the room is noisy."""
    pcm = say("she saying but that was only")
    start, _ = speech_span(pcm, 4.0)
    front = FrontEnd("auto")
    through(front, in_room(pcm, room, 15.0, seed=28, lead=4.0, tail=3.0)[: int((start - 0.3) * SAMPLE_RATE)])
    assert front.noisy is noisy


def hear(pcm: np.ndarray, denoise: str) -> str:
    """One command heard the way a flow's listening state hears it, restricted to the command phrases."""
    phrases = tuple(dict.fromkeys(p for spec in SPECS for p in spec.phrases))
    talk = AudioConversation(ClipSource(pcm), SilentSink(), make_voice("espeak"), make_ears("pocketsphinx"),
                             denoise=denoise)
    try:
        heard = talk.listen(ListenRequest(phrases, 0.8, deadline=len(pcm) / SAMPLE_RATE))
    except InputEnded:
        heard = None
    finally:
        talk.renderer.close()
    return heard.text if isinstance(heard, Utterance) else ""


@pytest.mark.parametrize("voice", ["joe", "hts"])
def test_a_clean_command_is_still_recognised_with_suppression_on(voice: str) -> None:
    if not have_voice(voice):
        pytest.skip("festival is not installed (make system installs it)")
    for text in COMMANDS:
        heard = hear(in_room(say(text, voice), "clean", lead=LEAD, tail=TAIL), "on")
        assert match_intent(heard, SPECS) == match_intent(text, SPECS), (text, heard)


class HummingRoom(ScenarioSource):
    """A scenario's replies in a room with a fan: steady pink noise 15 dB below Piper joe's speech, all the time."""

    def __init__(self, replies: list, snr_db: float = 15.0) -> None:
        super().__init__(replies, partner_speech)
        self._fan = (pink_noise(60.0, seed=5) * 32768 * 10 ** ((-13.0 - snr_db) / 20)).astype(np.int16)
        self._fan_at = 0

    def read(self) -> np.ndarray:
        frame = super().read()
        at = self._fan_at % (len(self._fan) - len(frame))
        self._fan_at += len(frame)
        return np.clip(frame.astype(np.int32) + self._fan[at : at + len(frame)], -32768, 32767).astype(np.int16)


def test_a_spoken_session_in_a_humming_room_completes(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("")
    config = load_config(tmp_path / "config.toml", {"ears.engine": "pocketsphinx"}, env={})
    flow = build_flow("pause", config, [])
    replies = [[Say(say="No thanks.")]]
    talk = AudioConversation(HummingRoom(replies), SilentSink(), make_voice("espeak"), make_ears("pocketsphinx"))
    log = EventLog(tmp_path / "events.jsonl")
    try:
        outcome = Session(flow, talk, log, ("Dana", "Luis"), (config.breathing.pattern, 2)).run()
    finally:
        talk.close()
        log.close()
    assert talk.frontend.active
    assert outcome.reason == "completed", (tmp_path / "events.jsonl").read_text()
