"""pyttsx3 voice (espeak-ng on Linux): renders each prompt to a private temporary WAV, then forgets it."""

from __future__ import annotations

import contextlib
import io
import tempfile
import time
from pathlib import Path

import numpy as np

from voice_pacer.audio.pcm import read_wav
from voice_pacer.errors import UserError

RENDER_ATTEMPTS = 3
FILE_WAIT = 5.0  # seconds to wait for espeak's thread to finish the file (milliseconds; more on a loaded machine)


def _complete(path: Path) -> bool:
    """Whether a WAV file is whole: Python's wave module writes a header sized for all the samples, then the samples;
    a file read before they are all there (espeak's thread, on a busy machine) is shorter than its header says."""
    try:
        with path.open("rb") as file:
            head = file.read(8)
        size = path.stat().st_size
    except OSError:
        return False
    return len(head) == 8 and head[:4] == b"RIFF" and int.from_bytes(head[4:], "little") + 8 == size >= 44


def _settled(path: Path, deadline: float) -> bool:
    """Wait until the WAV file at path is whole; False if it is not before the deadline."""
    while time.monotonic() < deadline:
        if _complete(path):
            return True
        time.sleep(0.01)
    return _complete(path)


class Pyttsx3Voice:
    """The default voice: small, offline, present wherever espeak-ng is installed."""

    name = "pyttsx3"

    def __init__(self, rate: int = 165, volume: float = 1.0, voice_id: str | None = None) -> None:
        import pyttsx3

        try:
            self._engine = pyttsx3.init()
        except (OSError, RuntimeError) as exc:
            raise UserError(f"pyttsx3 could not start ({exc}); install espeak-ng: apt-get install espeak-ng") from None
        self._engine.setProperty("rate", rate)
        self._engine.setProperty("volume", volume)
        if voice_id:
            self._engine.setProperty("voice", voice_id)
        self._scratch = Path(tempfile.mkdtemp(prefix="voice-pacer-tts-"))

    def render(self, text: str) -> np.ndarray:
        """Render one prompt; pyttsx3 saves one file per runAndWait, so each call runs the loop once."""
        target = self._scratch / "prompt.wav"
        # its espeak driver prints every saved file's path, from espeak's thread, sometimes after runAndWait returns
        with contextlib.redirect_stdout(io.StringIO()):
            for _ in range(RENDER_ATTEMPTS):
                self._engine.save_to_file(text, str(target))
                self._engine.runAndWait()
                if _settled(target, time.monotonic() + FILE_WAIT):  # the file is written on that thread too
                    try:
                        return read_wav(target)
                    finally:
                        target.unlink(missing_ok=True)
        raise UserError(f"pyttsx3 rendered no audio for {text[:40]!r}; check that espeak-ng works: espeak-ng 'hello'")
