"""A prompt's audio is its text's alone. A simulated session's clock is the audio it consumes, so a prompt that came out
longer or shorter moved every reply after it against the room and the recogniser's frames: the same reply was heard
differently between runs (tests/test_ears_fresh_session.py). Real espeak-ng."""

from __future__ import annotations

import numpy as np

from voice_pacer.voice.choose import make_voice

PROMPT = "Dana, what did Luis do today that made you feel close?"
OTHERS = ["Time for our check-in. Two questions each, and nothing to fix tonight.",
          "Whoever is listening, just take it in."]


def test_a_prompt_sounds_the_same_whatever_the_voice_said_before() -> None:
    voice = make_voice("espeak")
    first = voice.render(PROMPT)
    for text in OTHERS:  # in libespeak-ng, each utterance started where the one before left its pitch and wave
        voice.render(text)
        assert np.array_equal(voice.render(PROMPT), first)


def test_a_new_voice_says_a_prompt_as_the_first_did() -> None:
    first = make_voice("espeak").render(PROMPT)
    make_voice("espeak").render(OTHERS[0])
    assert np.array_equal(make_voice("espeak").render(PROMPT), first)


def test_the_settings_reach_the_voice() -> None:
    usual, faster = make_voice("espeak").render(PROMPT), make_voice("espeak", rate=250).render(PROMPT)
    quieter = make_voice("espeak", volume=0.25).render(PROMPT)
    assert len(faster) < 0.8 * len(usual)
    assert 0 < np.abs(quieter.astype(np.int32)).max() < 0.5 * np.abs(usual.astype(np.int32)).max()
