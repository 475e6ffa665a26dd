"""pyttsx3's prompt file is read only when espeak's thread has written all of it (a busy machine writes slowly)."""

from __future__ import annotations

import time
import wave
from pathlib import Path

from voice_pacer.voice.espeak import _settled


def _write_wav(path: Path, samples: int) -> None:
    with wave.open(str(path), "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(22050)
        file.writeframes(b"\x01\x00" * samples)


def test_a_whole_wav_is_settled(tmp_path: Path) -> None:
    path = tmp_path / "prompt.wav"
    _write_wav(path, 22050)
    assert _settled(path, time.monotonic() + 1.0)


def test_a_wav_still_being_written_is_not(tmp_path: Path) -> None:
    path = tmp_path / "prompt.wav"
    _write_wav(path, 22050)
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # the header already says how long the samples will be
    assert not _settled(path, time.monotonic() + 0.05)
    path.write_bytes(whole)
    assert _settled(path, time.monotonic() + 0.05)


def test_no_file_is_not_settled(tmp_path: Path) -> None:
    assert not _settled(tmp_path / "never.wav", time.monotonic() + 0.05)
