"""The session's audio format (16 kHz mono int16) and conversions into it."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
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


def read_wav(path: Path) -> np.ndarray:
    """Read a PCM WAV file of any rate or channel count as session PCM."""
    try:
        with wave.open(str(path), "rb") as reader:
            rate, channels, width = reader.getframerate(), reader.getnchannels(), reader.getsampwidth()
            raw = reader.readframes(reader.getnframes())
    except FileNotFoundError:
        raise UserError(f"{path}: no such audio file") from None
    except (wave.Error, EOFError) as exc:
        raise UserError(f"{path}: not a PCM WAV file ({exc}); convert it with e.g. 'sox IN -b 16 OUT.wav'") from None
    if width != 2:
        raise UserError(f"{path}: {8 * width}-bit WAV is not supported; use 16-bit PCM")
    samples = np.frombuffer(raw, dtype=np.int16).reshape(-1, channels)
    return to_session_pcm(samples, rate)


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
