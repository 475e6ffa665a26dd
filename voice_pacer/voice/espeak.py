"""pyttsx3 voice (espeak-ng on Linux): renders each prompt to a private temporary WAV, then forgets it."""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path

import numpy as np

from voice_pacer.audio.pcm import read_wav
from voice_pacer.errors import UserError


class Pyttsx3Voice:
    """The default voice: small, offline, present wherever espeak-ng is installed."""

    name = "pyttsx3"

    def __init__(self, rate: int = 165, volume: float = 1.0, voice_id: str | None = None) -> None:
        import pyttsx3

        try:
            self._engine = pyttsx3.init()
        except (OSError, RuntimeError) as exc:
            raise UserError(f"pyttsx3 could not start ({exc}); install espeak-ng ('apt-get install espeak-ng')") from None
        self._engine.setProperty("rate", rate)
        self._engine.setProperty("volume", volume)
        if voice_id:
            self._engine.setProperty("voice", voice_id)
        self._scratch = Path(tempfile.mkdtemp(prefix="voice-pacer-tts-"))

    def render(self, text: str) -> np.ndarray:
        """Render one prompt; pyttsx3 saves one file per runAndWait, so each call runs the loop once."""
        target = self._scratch / "prompt.wav"
        self._engine.save_to_file(text, str(target))
        with contextlib.redirect_stdout(io.StringIO()):  # its espeak driver prints every saved file's path
            self._engine.runAndWait()
        try:
            return read_wav(target)
        finally:
            target.unlink(missing_ok=True)
