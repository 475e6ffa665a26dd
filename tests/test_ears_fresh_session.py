"""Each session hears as if it were the first in the process: the cached PocketSphinx ears (voice_pacer.ears.choose)
keep their decoders between sessions, and PocketSphinx adapts its cepstral mean to what it hears, so without a fresh
start one session's words would depend on the audio of the sessions before it. Real recognition of Piper joe."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tests.speech import speech
from tests.test_understanding_audio import run_scenario
from voice_pacer.audio.pcm import room_tone
from voice_pacer.ears.base import Recognition
from voice_pacer.ears.cepstral import CMN_INIT
from voice_pacer.ears.choose import make_ears
from voice_pacer.flowfile.common import common

ANSWER = "I'm so hurt by what you said."
# Another room and microphone: long speech, 20 dB quieter and with its treble cut, enough to move the cepstral mean.
OTHER_ROOM = [
    "Tonight was fine, we talked about the garden and the kids.",
    "I miss the way we used to dance in the kitchen",
    "We should call the plumber about the leak",
    "Our neighbours are moving away in the spring",
]


def hear(said: np.ndarray) -> Recognition:
    """What a new session's ears make of said, as an open answer with the shared commands."""
    ears = make_ears("pocketsphinx")
    ears.begin(None, sorted(common().intents))
    for start in range(0, len(said), 480):
        ears.feed(said[start : start + 480])
    return ears.end()


def other_room() -> np.ndarray:
    """Muffled, quiet speech: each sample averaged with its neighbours (a low-pass) and scaled down by 20 dB."""
    talk = np.concatenate([speech(text) for text in OTHER_ROOM]).astype(np.float64)
    muffled = np.convolve(talk, np.ones(6) / 6, mode="same") * 0.1
    return np.clip(muffled + room_tone(len(talk) / 16000, -55.0, seed=5), -32768, 32767).astype(np.int16)


def test_a_session_hears_the_same_words_whatever_the_ears_heard_before() -> None:
    answer = np.concatenate([room_tone(0.3), speech(ANSWER), room_tone(0.3)])
    first = hear(answer)
    ears = make_ears("pocketsphinx")
    for _ in range(3):  # a long session in the other room, one utterance after another
        ears.begin(None)
        ears.feed(other_room())
        ears.end()
    assert hear(answer) == first


def test_every_decoder_starts_a_session_from_the_initial_mean() -> None:
    ears, talk = make_ears("pocketsphinx"), other_room()
    for noisy in (False, True):  # in a noisy room the commands model's full search hears the utterance instead
        ears.hear_room(noisy)
        ears.begin(None, sorted(common().intents))
        ears.feed(talk[noisy * 3 * 16000 :][: 3 * 16000])
        ears.end()  # waits for the care model if it is still being built
    decoders = {"open": ears._open_decoder, "grammar": ears._grammar, "phone loop": ears._phones,
                "commands": ears._domain, "noisy commands": ears._noisy_domain, "care": ears.care._decoder}
    heard = {name: mean(decoder) for name, decoder in decoders.items()}
    ears.forget_room()
    initial = [float(value) for value in CMN_INIT.split(",")]
    moved = {name: heard[name][0] != initial[0] for name in decoders}
    assert all(moved.values()), moved  # the session moved every mean
    now = {name: mean(decoder)[: len(initial)] for name, decoder in decoders.items()}
    assert now == dict.fromkeys(decoders, initial)


def mean(decoder: object) -> list[float]:
    """A decoder's cepstral mean, C0 first, with what it has heard of an utterance it has not finished."""
    return [float(value) for value in decoder.get_cmn(True).split(",")]


def test_a_session_decides_as_it_would_first_in_the_process(tmp_path: Path) -> None:
    def heard(*said: str) -> list[tuple]:
        records = run_scenario(tmp_path, "checkin", [{"say": text} for text in said])
        return [(r["event"], r.get("text"), r.get("intent")) for r in records if r["event"] in ("heard", "say")]

    first = heard(ANSWER)
    heard(*OTHER_ROOM)
    assert heard(ANSWER) == first
