"""The session's audio format (16 kHz mono int16) and conversions into it."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import soundfile
import soxr

from voice_pacer.errors import UserError

SAMPLE_RATE = 16_000
FRAME_SAMPLES = 480  # 30 ms: a frame size webrtcvad accepts and small enough for quick endpoints
FRAME_SECONDS = FRAME_SAMPLES / SAMPLE_RATE


def seconds(pcm: np.ndarray) -> float:
    """Duration of 16 kHz PCM in seconds."""
    return len(pcm) / SAMPLE_RATE


def to_session_pcm(samples: np.ndarray, rate: int) -> np.ndarray:
    """Convert int16 or float audio of any rate and channel count to 16 kHz mono int16."""
    audio = np.asarray(samples)
    audio = audio.astype(np.float32) / 32768.0 if audio.dtype == np.int16 else audio.astype(np.float32)
    if audio.ndim == 2:
        audio = audio.mean(axis=1)
    if rate != SAMPLE_RATE and len(audio):
        audio = soxr.resample(audio, rate, SAMPLE_RATE)
    return (np.clip(audio, -1.0, 1.0) * 32767.0).astype(np.int16)


CONVERT = "convert it with e.g. 'sox IN -b 16 OUT.wav'"
UNKNOWN_LENGTH = (0, 0xFFFFFFFF)  # a WAV streamed from a pipe may leave its data size unset


def _declared_and_held(path: Path) -> tuple[int, int] | None:
    """A RIFF/WAVE file's data size as its header declares it and as the file holds it; None when not RIFF."""
    with path.open("rb") as file:
        if file.read(12)[8:12] != b"WAVE":
            return None
        while len(header := file.read(8)) == 8:
            size = int.from_bytes(header[4:], "little")
            if header[:4] == b"data":
                start = file.tell()
                return size, path.stat().st_size - start
            file.seek(size + size % 2, 1)  # chunks are word-aligned
    return None


def check_wav(path: Path) -> float:
    """Seconds of sound in an audio file; a clear UserError when it is missing, unreadable, cut short or empty."""
    if not path.is_file():
        raise UserError(f"{path}: no such audio file")
    if path.stat().st_size == 0:
        raise UserError(f"{path}: the audio file is empty (0 bytes); record it again")
    try:
        info = soundfile.info(str(path))
    except (soundfile.LibsndfileError, RuntimeError) as exc:
        raise UserError(f"{path}: not an audio file that can be read ({_reason(exc)}); {CONVERT}") from None
    sizes = _declared_and_held(path)
    if sizes is not None and sizes[0] not in UNKNOWN_LENGTH and sizes[1] < sizes[0]:
        declared, held = sizes
        raise UserError(f"{path}: the WAV file is cut short (its header promises {declared} bytes of sound, it holds "
                        f"{held}); copy or record it again")
    if info.frames <= 0:
        raise UserError(f"{path}: the audio file holds no sound (0 samples); record it again")
    return info.frames / info.samplerate


def read_wav(path: Path) -> np.ndarray:
    """Read a WAV (any bit depth, rate or channel count; or another format libsndfile knows) as session PCM."""
    try:
        samples, rate = soundfile.read(str(path), dtype="float32", always_2d=True)  # int formats scaled to ±1
    except (soundfile.LibsndfileError, RuntimeError) as exc:
        if not path.is_file():
            raise UserError(f"{path}: no such audio file") from None
        raise UserError(f"{path}: not an audio file that can be read ({_reason(exc)}); {CONVERT}") from None
    return to_session_pcm(samples, rate)


def _reason(exc: Exception) -> str:
    """libsndfile's own words, without the 'Error opening PATH:' it puts before them."""
    return str(exc).rsplit(": ", 1)[-1].rstrip(".") or type(exc).__name__


def write_wav(path: Path, pcm: np.ndarray, rate: int = SAMPLE_RATE, channels: int = 1) -> None:
    """Write int16 PCM (interleaved when channels > 1) to a WAV file."""
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(np.asarray(pcm, dtype=np.int16).tobytes())


def room_tone(duration: float, level_dbfs: float = -60.0, seed: int = 0) -> np.ndarray:
    """Quiet noise standing in for an empty room, so 'silence' is never digital zero."""
    count = round(duration * SAMPLE_RATE)
    rng = np.random.default_rng(seed)
    amplitude = 32767.0 * 10 ** (level_dbfs / 20)
    return (rng.standard_normal(count) * amplitude).astype(np.int16)


def tone(frequency: float, duration: float, level_dbfs: float = -12.0) -> np.ndarray:
    """A soft sine tone with short fades, used as a breathing cue."""
    t = np.arange(int(duration * SAMPLE_RATE)) / SAMPLE_RATE
    wave_ = np.sin(2 * np.pi * frequency * t) * 10 ** (level_dbfs / 20)
    fade = min(len(t) // 4, int(0.02 * SAMPLE_RATE))
    if fade:
        ramp = np.linspace(0.0, 1.0, fade)
        wave_[:fade] *= ramp
        wave_[-fade:] *= ramp[::-1]
    return (wave_ * 32767).astype(np.int16)
