"""The Voice seam: text in, 16 kHz mono int16 PCM out."""

from __future__ import annotations

from typing import Protocol

import numpy as np

VOICES = ("espeak", "piper")  # what voice.name may name
# The default voice's name while pyttsx3 drove espeak-ng in-process (to release 21): settings and --voice still take it.
FORMER_NAMES = {"pyttsx3": "espeak"}


class Voice(Protocol):
    """A text-to-speech engine; it renders, it never plays."""

    name: str

    def render(self, text: str) -> np.ndarray:
        """Return the spoken text as 16 kHz mono int16 PCM."""
        ...
