"""Test speech for measurements: the development voice and voices never used in tuning, room noise, and mixing.

Voices: Piper 'joe' (development voice, via tests/speech.py), Debian's flite (kal16, awb, rms, slt) and festival with
festvox-us-slt-hts ('hts'). None of the flite or festival voices was used to develop or tune the project, so figures
on them are figures on speech the project never saw. espeak-ng voices ("espeak:en-us", "espeak:en-gb") are development
voices too, for tuning only. Renders are cached beside Piper's (VOICE_PACER_TEST_SPEECH).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.speech import CACHE, speech
from voice_pacer.audio.pcm import SAMPLE_RATE, read_wav, room_tone, write_wav

DEV_VOICE = "joe"
FLITE_VOICES = ("kal16", "awb", "rms", "slt")
UNSEEN_VOICES = (*FLITE_VOICES, "hts")
VOICES = (DEV_VOICE, *UNSEEN_VOICES)


def tuning_voice(voice: str) -> bool:
    """Whether thresholds may be chosen on this voice: Piper joe and espeak-ng's ("espeak:en-us"), never the unseen."""
    return voice == DEV_VOICE or voice.startswith("espeak:")
FESTIVAL_VOICE = "(voice_cmu_us_slt_arctic_hts)"
# Sentences for babble: ordinary household talk with no command in it, spoken by several voices at once.
BABBLE_TALK = (
    "I was thinking we could repaint the spare room in a lighter colour this spring",
    "the bus was late again so I walked the last part of the way in the rain",
    "did you see that the bakery on the corner has started selling sourdough",
    "my manager wants the report by Thursday but the numbers are still missing",
    "we should book the dentist for the children before the school term starts",
    "the forecast says it will be windy tomorrow with a chance of snow later",
    "there is a documentary about whales on the second channel after the news",
    "your mother phoned to ask whether we are coming for lunch on Sunday",
    "the garden centre had a sale on tomatoes and I bought far too many",
    "I read that the new library will open in the old post office building",
    "they finally fixed the street light outside number twelve last night",
    "the recipe needs two onions a tin of chickpeas and a lot of cumin",
)


def _flite(text: str, voice: str, path: Path) -> None:
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(path)], check=True, capture_output=True)


def _espeak(text: str, voice: str, path: Path) -> None:
    subprocess.run(["espeak-ng", "-v", voice.removeprefix("espeak:"), "-s", "150", "-w", str(path), text], check=True,
                   capture_output=True)


def _festival(text: str, path: Path) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as script:
        script.write(text)
    try:
        subprocess.run(["text2wave", "-eval", FESTIVAL_VOICE, script.name, "-o", str(path)], check=True,
                       capture_output=True)
    finally:
        Path(script.name).unlink(missing_ok=True)


def have_voice(voice: str) -> bool:
    """Whether this machine can render the voice (flite and festival are Debian packages)."""
    if voice == DEV_VOICE:
        return True
    if voice.startswith("espeak:"):
        return shutil.which("espeak-ng") is not None
    return shutil.which("text2wave" if voice == "hts" else "flite") is not None


def say(text: str, voice: str = DEV_VOICE) -> np.ndarray:
    """16 kHz mono int16 PCM of text in one of VOICES, rendered once and then read from the cache."""
    if voice == DEV_VOICE:
        return speech(text)
    if voice not in UNSEEN_VOICES and not voice.startswith("espeak:"):
        raise ValueError(f"unknown test voice {voice!r}; choose one of {', '.join(VOICES)}")
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{voice.replace(':', '-')}-{hashlib.sha1(text.encode()).hexdigest()[:16]}.wav"
    if not path.exists():
        unique = f".{os.getpid()}-{threading.get_ident()}"  # two renderers of one line must not share a file
        raw, part = path.with_suffix(f"{unique}.raw.wav"), path.with_suffix(f"{unique}.part")
        if voice.startswith("espeak:"):
            _espeak(text, voice, raw)
        else:
            _festival(text, raw) if voice == "hts" else _flite(text, voice, raw)
        write_wav(part, read_wav(raw))  # resampled to the session's format once
        raw.unlink()
        part.replace(path)
    return read_wav(path)


def pink_noise(seconds: float, seed: int = 0) -> np.ndarray:
    """Steady pink (1/f) noise, like a fan or a fridge heard in a room, as float64 with unit RMS."""
    count = round(seconds * SAMPLE_RATE)
    spectrum = np.fft.rfft(np.random.default_rng(seed).standard_normal(count))
    frequencies = np.fft.rfftfreq(count, 1 / SAMPLE_RATE)
    spectrum[1:] /= np.sqrt(frequencies[1:])
    spectrum[0] = 0.0
    noise = np.fft.irfft(spectrum, count)
    return noise / (np.sqrt(np.mean(noise**2)) + 1e-12)


@lru_cache(maxsize=4)
def _talkers(voices: tuple[str, ...]) -> tuple[np.ndarray, ...]:
    """One long stream of household talk per voice, each starting at a different sentence."""
    streams = []
    for index, voice in enumerate(voices):
        order = BABBLE_TALK[index % len(BABBLE_TALK) :] + BABBLE_TALK[: index % len(BABBLE_TALK)]
        gap = np.zeros(int(0.25 * SAMPLE_RATE), dtype=np.int16)
        streams.append(np.concatenate([part for text in order for part in (say(text, voice), gap)]))
    return tuple(streams)


def babble(seconds: float, seed: int = 0, voices: tuple[str, ...] = UNSEEN_VOICES) -> np.ndarray:
    """Several synthetic voices talking at once (a TV or a conversation in the room), float64 with unit RMS.

    No recorded human speech is available from the package registries here, so babble is synthetic; the voices are
    the unseen ones by default, so a benchmark on joe's commands never hears joe in the background."""
    rng = np.random.default_rng(seed)
    count = round(seconds * SAMPLE_RATE)
    noise = np.zeros(count)
    for stream in _talkers(voices):
        looped = np.tile(stream, count // len(stream) + 2).astype(np.float64)
        start = int(rng.integers(0, len(looped) - count))
        noise += looped[start : start + count] / (np.sqrt(np.mean(stream.astype(np.float64) ** 2)) + 1e-12)
    return noise / (np.sqrt(np.mean(noise**2)) + 1e-12)


def active_rms(pcm: np.ndarray) -> float:
    """RMS of the speech's active part (samples above 5% of its peak), the level an SNR is measured against."""
    samples = pcm.astype(np.float64)
    active = samples[np.abs(samples) > 0.05 * (np.abs(samples).max() + 1e-12)]
    return float(np.sqrt(np.mean(active**2))) if len(active) else 0.0


def in_room(pcm: np.ndarray, noise: str = "clean", snr_db: float = 15.0, seed: int = 0, lead: float = 1.0,
            tail: float = 1.0) -> np.ndarray:
    """Speech as a microphone hears it: `lead` s of room before, `tail` s after, with noise ('clean', 'steady' or
    'babble') at snr_db below the speech's active level, over quiet room tone."""
    audio = np.concatenate([np.zeros(int(lead * SAMPLE_RATE)), pcm.astype(np.float64),
                            np.zeros(int(tail * SAMPLE_RATE))])
    audio += room_tone(len(audio) / SAMPLE_RATE, level_dbfs=-70, seed=seed)[: len(audio)]
    if noise != "clean":
        make = {"steady": pink_noise, "babble": babble}.get(noise)
        if make is None:
            raise ValueError(f"unknown noise {noise!r}; choose clean, steady or babble")
        background = make(len(audio) / SAMPLE_RATE, seed)[: len(audio)]
        audio += background * active_rms(pcm) / 10 ** (snr_db / 20)
    return np.clip(audio, -32768, 32767).astype(np.int16)


def speech_span(pcm: np.ndarray, lead: float = 1.0) -> tuple[float, float]:
    """Where the speech of an in_room() clip starts and ends, in seconds, from the clean speech's own samples."""
    loud = np.flatnonzero(np.abs(pcm.astype(np.float64)) > 0.05 * (np.abs(pcm).max() + 1e-12))
    if not len(loud):
        return lead, lead
    return lead + loud[0] / SAMPLE_RATE, lead + loud[-1] / SAMPLE_RATE


if __name__ == "__main__":  # a quick look: render one sentence in every voice and each room
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "speechlab-samples")
    out.mkdir(exist_ok=True)
    for voice in VOICES:
        for room in ("clean", "steady", "babble"):
            write_wav(out / f"{voice}-{room}.wav", in_room(say("okay, I think that's it for me", voice), room))
    print(f"wrote {len(VOICES) * 3} samples to {out}/")
