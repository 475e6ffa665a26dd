"""The default voice, eSpeak NG: each prompt is rendered by its own espeak-ng process, so its audio is its text's alone.

Rendered in this process (pyttsx3 and libespeak-ng, up to release 21), a prompt's audio depended on what the process
had rendered before (espeak-ng carries its synthesis state from one utterance into the next) and on whether pyttsx3
still held the engine an earlier session made (a new one resets that state, when garbage collection lets the old go):
the same text came out up to 2% (60 ms) longer or shorter, and once in five runs of six prompts one came out empty.
A simulated session's clock is the audio it consumes, so each reply met the room and the recogniser's frames at
another point, and the same reply was heard differently between runs (tests/test_ears_fresh_session.py)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np

from voice_pacer.audio.pcm import read_wav
from voice_pacer.errors import UserError

PROGRAM = "espeak-ng"
VOICE = "gmw/en"  # the voice espeak-ng starts with, which pyttsx3 used too
RENDER_SECONDS = 30.0  # a prompt renders in 20-40 ms here; one that takes this long is stuck


class EspeakVoice:
    """The default voice: small, offline, present wherever espeak-ng is installed (voice.name "espeak")."""

    name = "espeak"

    def __init__(self, rate: int = 165, volume: float = 1.0, voice_id: str | None = None) -> None:
        """rate: words per minute; volume: 0 to 1; voice_id: an espeak-ng voice name or file ("gmw/en-US")."""
        program = shutil.which(PROGRAM)
        if program is None:
            raise UserError(f"{PROGRAM} is not installed; install it: apt-get install espeak-ng")
        self._command = [program, "-v", voice_id or VOICE, "-s", str(rate), "-a", str(round(volume * 100))]
        self._scratch = Path(tempfile.mkdtemp(prefix="voice-pacer-tts-"))

    def render(self, text: str) -> np.ndarray:
        """Render one prompt in a new espeak-ng process, from its initial state; the file is gone once read."""
        target = self._scratch / "prompt.wav"
        try:
            done = subprocess.run([*self._command, "-w", str(target), "--", text], capture_output=True, text=True,
                                  timeout=RENDER_SECONDS, check=False)
            if done.returncode != 0 or not target.is_file():
                problem = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"
                raise UserError(f"espeak-ng rendered no audio for {text[:40]!r} ({problem}); check that it works: "
                                "espeak-ng 'hello'")
            return read_wav(target)
        except subprocess.TimeoutExpired:
            raise UserError(f"espeak-ng took over {RENDER_SECONDS:.0f} s to render {text[:40]!r}") from None
        finally:
            target.unlink(missing_ok=True)
