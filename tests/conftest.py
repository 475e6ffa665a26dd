"""What many test files share: the command line as a user runs it, audio levels, feeding audio to ears, and the
private PulseAudio server (fixtures `pulse_server`, `pulse`). Plain helpers: `from tests.conftest import cli, rms`."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from tests.pulse import INSTALL, PulseServer, missing_tools, private_server
from voice_pacer.audio import devices
from voice_pacer.audio.pcm import FRAME_SAMPLES
from voice_pacer.ears.base import Ears, Recognition
from voice_pacer.hearing.base import InputEnded

ROOT = Path(__file__).resolve().parents[1]
CLI_TIMEOUT = 300  # seconds; a command that takes longer is stuck (an hour-long WAV is heard in well under it)


def cli(*args: str, stdin: str | None = None, cwd: Path | None = None, env: dict[str, str] | None = None,
        timeout: float = CLI_TIMEOUT) -> subprocess.CompletedProcess[str]:
    """Run `voice-pacer ARGS` in a new process, as a user would, capturing what it prints (env: variables set on top
    of this process's own)."""
    return subprocess.run([sys.executable, "-m", "voice_pacer", *args], input=stdin, capture_output=True, text=True,
                          timeout=timeout, cwd=cwd or ROOT, env={**os.environ, **(env or {})}, check=False,
                          stdin=subprocess.DEVNULL if stdin is None else None)


def rms(pcm: np.ndarray) -> float:
    """Root mean square level of int16 PCM (0 for none)."""
    return float(np.sqrt(np.mean(pcm.astype(np.float64) ** 2))) if len(pcm) else 0.0


def feed(ears: Ears, pcm: np.ndarray) -> None:
    """Stream PCM to ears in the session's 30 ms frames, as the listening loop does."""
    for start in range(0, len(pcm), FRAME_SAMPLES):
        ears.feed(pcm[start : start + FRAME_SAMPLES])


def recognise(ears: Ears, pcm: np.ndarray, phrases: Sequence[str] | None = None, wake: bool = False) -> Recognition:
    """One utterance through ears: begin (restricted to phrases, or open vocabulary), feed it all, end."""
    ears.begin(phrases, wake=wake)
    feed(ears, pcm)
    return ears.end()


class ClipSource:
    """One clip as the assistant's input, 30 ms at a time as a microphone delivers it, then the end of input."""

    def __init__(self, pcm: np.ndarray) -> None:
        self.pcm = np.concatenate([pcm, np.zeros(-len(pcm) % FRAME_SAMPLES, dtype=np.int16)])
        self.at = 0

    def read(self) -> np.ndarray:
        if self.at >= len(self.pcm):
            raise InputEnded
        self.at += FRAME_SAMPLES
        return self.pcm[self.at - FRAME_SAMPLES : self.at]

    def begin_turn(self) -> None:
        """A clip has one turn."""

    def set_listening(self, on: bool) -> None:
        """A clip plays whether or not anyone listens."""

    def speech_end(self) -> float | None:
        return None


@pytest.fixture(scope="session")
def pulse_server() -> Iterator[PulseServer]:
    """A private PulseAudio server for the whole run; skipped without PulseAudio, except in CI where that fails."""
    missing = missing_tools()
    if missing:
        reason = f"PulseAudio is not installed (missing {', '.join(missing)}): {INSTALL}"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must install it", pytrace=False)
        pytest.skip(reason)
    with contextlib.ExitStack() as stack:
        yield stack.enter_context(private_server())


@pytest.fixture
def pulse(pulse_server: PulseServer) -> PulseServer:
    """The server with its sinks as they were at start (earlier tests may have unloaded or re-rated them)."""
    pulse_server.reset()
    devices.refresh()
    return pulse_server
