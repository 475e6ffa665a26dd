"""Test speech: text synthesised with the Piper 'joe' voice, cached on disk between runs."""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from voice_pacer.audio.pcm import read_wav, write_wav

CACHE = Path(os.environ.get("VOICE_PACER_TEST_SPEECH", Path(__file__).parent / ".speech-cache"))


@lru_cache(maxsize=1)
def _voice():
    from voice_pacer.voice.piper import PiperVoice

    return PiperVoice(steady=True)  # no random variation: the same text gives the same audio on every machine


def speech(text: str) -> np.ndarray:
    """16 kHz mono int16 PCM of text spoken by Piper joe (rendered once, then read from the cache)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"steady-{hashlib.sha1(text.encode()).hexdigest()[:16]}.wav"
    if not path.exists():
        partial = path.with_suffix(".part")
        write_wav(partial, _voice().render(text))
        partial.replace(path)
    return read_wav(path)
