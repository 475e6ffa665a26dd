"""The Voice seam: text in, 16 kHz mono int16 PCM out."""

from __future__ import annotations

from typing import Protocol

import numpy as np

VOICES = ("pyttsx3", "piper")  # what voice.name may name


class Voice(Protocol):
    """A text-to-speech engine; it renders, it never plays."""

    name: str

    def render(self, text: str) -> np.ndarray:
        """Return the spoken text as 16 kHz mono int16 PCM."""
        ...
