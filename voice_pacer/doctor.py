"""`voice-pacer doctor`: check each part the assistant needs and say how to fix what is broken."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from voice_pacer.audio.microphone import STARTUP_GRACE, DeviceLost, Microphone
from voice_pacer.audio.pcm import FRAME_SECONDS, SAMPLE_RATE
from voice_pacer.audio.speaker import Speaker
from voice_pacer.config import AudioSettings, Config, load_config
from voice_pacer.errors import UserError

LISTEN_SECONDS = 1.0  # audio read after the first block arrives, to show its level and the room's noise floor
# A room whose quietest moments stay above this is noisy for PocketSphinx's built-in model: pink noise 15 dB below a
# command said at -26 dBFS is about -41 dBFS, where it recognised 0.54-0.79 of commands from unseen voices.
NOISY_ROOM_DBFS = -50.0
OUTPUT_WAIT = 5.0  # a slow output device (PulseAudio's null sink) takes up to ~2 s to play a short clip
INPUT_FIX = (
    "check the microphone is plugged in, switched on and not held by another program; run `voice-pacer devices`"
    " and set audio.input in the config file to one of them (name or number)"
)
OUTPUT_FIX = (
    "check the speaker is plugged in and its sound server is running; run `voice-pacer devices`"
    " and set audio.output in the config file to one of them (name or number)"
)


@dataclass(frozen=True)
class Check:
    """One part of the setup: whether it works, what was found, and what to do when it does not."""

    name: str
    ok: bool
    line: str
    fix: str | None = None
    noise_floor: float | None = None  # dBFS, for the microphone: the quietest part of what it heard


def run_checks(config: Config) -> list[Check]:
    """Check the config, microphone, speaker, recogniser and voice; every check runs even if one fails."""
    checks = [
        check_config(config),
        check_input(config.audio),
        check_output(config.audio),
        check_recogniser(config),
        check_voice(config),
    ]
    room = check_room(checks[1].noise_floor, checks[3])
    return checks if room is None else [*checks, room]


def doctor(
    path: Path | None = None, overrides: Mapping[str, object] | None = None, env: Mapping[str, str] | None = None
) -> list[Check]:
    """Load the config like the assistant does, then run every check; a broken config is the only check then."""
    try:
        config = load_config(path, overrides, env)
    except UserError as exc:
        fix = "correct the setting named above; `voice-pacer config show` lists them all"
        return [Check("config", False, str(exc), fix)]
    return run_checks(config)


def check_config(config: Config) -> Check:
    """The config loaded; say where its settings came from."""
    origins = Counter(source for source in config.sources().values() if source != "default")
    if not origins:
        return Check("config", True, "loaded: all settings are defaults (no config file)")
    parts = [f"{count} setting{'s' if count > 1 else ''} from {source}" for source, count in sorted(origins.items())]
    return Check("config", True, "loaded: " + ", ".join(parts))


def noise_floor(pcm: np.ndarray) -> float:
    """The room's noise floor in dBFS: the 10th percentile of 30 ms frame levels (speech and clatter rise above it)."""
    frames = pcm[: len(pcm) - len(pcm) % 480].reshape(-1, 480).astype(np.float64)
    levels = 10 * np.log10(np.mean(frames**2, axis=1) + 1e-3) - 20 * math.log10(32768)
    return float(np.percentile(levels, 10)) if len(levels) else -120.0


def check_room(floor: float | None, recogniser: Check) -> Check | None:
    """A noisy room heard by PocketSphinx: recommend a Vosk model (None when the room is quiet or unheard)."""
    if floor is None or floor < NOISY_ROOM_DBFS or not recogniser.line.startswith("pocketsphinx"):
        return None
    from voice_pacer.ears.vosk_ears import GET_MODEL

    line = f"noisy (noise floor {floor:.0f} dBFS): PocketSphinx's built-in model misses many commands in noise"
    return Check("room", True, line, f"for a noisy room, {GET_MODEL}")


def _level(pcm: np.ndarray) -> str:
    if not np.any(pcm):
        return "digital silence (a muted or disconnected input, or an idle virtual one)"
    rms = math.sqrt(float(np.mean(pcm.astype(np.float64) ** 2)))
    return f"level {20 * math.log10(max(rms, 1.0) / 32768):.0f} dBFS"


def check_input(audio: AudioSettings) -> Check:
    """The microphone opens and delivers audio within a few seconds."""
    try:
        with Microphone(audio.input) as mic:
            mic.wait_for_audio(timeout=STARTUP_GRACE)
            pcm = np.concatenate([mic.read() for _ in range(round(LISTEN_SECONDS / FRAME_SECONDS))])
            assert mic.device is not None and mic.rate is not None
            rate = f"{mic.rate} Hz" + (f", resampled to {SAMPLE_RATE}" if mic.rate != SAMPLE_RATE else "")
            line = f"'{mic.device.name}' (#{mic.device.index}) at {rate}: {_level(pcm)}"
    except (UserError, DeviceLost) as exc:
        return Check("microphone", False, str(exc), INPUT_FIX)
    floor = noise_floor(pcm) if np.any(pcm) else None
    return Check("microphone", True, line if floor is None else f"{line}, noise floor {floor:.0f} dBFS", None, floor)


def check_output(audio: AudioSettings) -> Check:
    """The speaker opens and plays a moment of silence to the end."""
    speaker = Speaker(audio.output)
    try:
        speaker.start(np.zeros(SAMPLE_RATE // 10, dtype=np.int16))
        finished = speaker.wait(timeout=OUTPUT_WAIT)
    except (UserError, DeviceLost) as exc:
        return Check("speaker", False, str(exc), OUTPUT_FIX)
    finally:
        speaker.close()
    assert speaker.device is not None
    name = f"'{speaker.device.name}' (#{speaker.device.index}) at {speaker.rate} Hz"
    if not finished:
        return Check("speaker", False, f"{name} opened but did not play 0.1 s within {OUTPUT_WAIT:g} s", OUTPUT_FIX)
    return Check("speaker", True, f"{name}: opens and plays")


def check_recogniser(config: Config) -> Check:
    """The speech recogniser and its model load."""
    try:
        from voice_pacer.assemble import build_ears

        engine = build_ears(config)
    except UserError as exc:
        fix = "set ears.engine and ears.model in the config file to an installed engine and model (see the README)"
        return Check("recogniser", False, str(exc), fix)
    except Exception as exc:  # a doctor reports what broke instead of crashing on it
        return Check("recogniser", False, f"{type(exc).__name__}: {exc}", "reinstall voice-pacer and its models")
    return Check("recogniser", True, f"{engine.name}: {engine.description}")


def _voice_fix(name: str) -> str:
    if name == "piper":
        return "install Piper with `pip install 'voice-pacer[piper]'`, or set voice.name = \"espeak\""
    return 'install eSpeak NG (`sudo apt install espeak-ng`), or set voice.name = "piper"'


def check_voice(config: Config) -> Check:
    """The voice renders a word to audio."""
    voice = config.voice
    try:
        from voice_pacer.assemble import build_voice

        pcm = build_voice(config).render("test")
    except UserError as exc:
        return Check("voice", False, str(exc), _voice_fix(voice.name))
    except Exception as exc:  # a doctor reports what broke instead of crashing on it
        return Check("voice", False, f"{voice.name}: {type(exc).__name__}: {exc}", _voice_fix(voice.name))
    if not len(pcm) or not np.any(pcm):
        return Check("voice", False, f"{voice.name} rendered no audio for 'test'", _voice_fix(voice.name))
    return Check("voice", True, f"{voice.name}: says 'test' in {len(pcm) / SAMPLE_RATE:.1f} s of audio")


def report(checks: list[Check]) -> str:
    """The checks as text, one line each, with a 'fix:' line under each failure."""
    lines = []
    for check in checks:
        lines.append(f"{'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.line}")
        if check.fix:
            lines.append(f"      fix: {check.fix}")
    return "\n".join(lines)
