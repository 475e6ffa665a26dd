"""What the ears learned about a room, kept from one session to the next: PocketSphinx's cepstral mean, as numbers.

A home device runs session after session in the same room, and PocketSphinx hears a session's first utterances
through the mean it starts from (voice_pacer.ears.cepstral). The mean an earlier session ended with is stored in the
platform's state folder, one file for each config in use (room_state_path), and the next session starts from it. No
audio and no words are kept: 13 numbers and when they were stored. Measured with benchmarks/room.py --stored-room
(the fixed sample; each clip's session primed by one answer, started from the mean an earlier session of the same
voice in the same kind of room left: four answers of its own), against the same without it, commands right / false
commands per clip at 15 dB: babble, Piper joe 0.69 / 0.00 -> 0.76 / 0.03, espeak-ng 0.48 / 0.03 -> 0.66 / 0.00;
steady noise 0.90 / 0.00 (joe; "going out for a walk" lost) and 0.86 / 0.00 (espeak-ng), where release 28 measured
0.93 and 0.86 without it. Once on voices never tuned on (babble, an aggregate; release 28's figures before): 0.54 /
0.03 -> 0.68 / 0.02 (kal16 0.79 -> 0.79, awb 0.38 -> 0.55, rms 0.52 -> 0.83, slt 0.41 -> 0.59, HTS 0.62 -> 0.66)."""

from __future__ import annotations

import hashlib
import json
import math
import os
import time
from collections.abc import Callable
from pathlib import Path

import platformdirs

from voice_pacer.config import default_config_path
from voice_pacer.ears.cepstral import CMN_INIT

FILE_NAME = "room.json"
COMPONENTS = 13  # cepstra a frame in PocketSphinx's US English model (its ceplen)
# A mean older than this is not used. The file is replaced by every session that heard speech, so its age is how
# long the device has gone unused: a month unused is a move, a new microphone or a new place for the device more often
# than the same room. Either way the choice costs little, which is why the figure is a bound and was not tuned: within
# a session the mean follows the latest 5 s of speech, so a stored one only sets where the first utterances are heard
# from, and a mean that fits the voice badly costs about what none does. Measured (benchmarks/room.py --stored-room
# --stored-from, babble 15 dB, commands right of 29): Piper joe from its own mean 23, from espeak-ng's 22; espeak-ng
# from its own 19, from joe's 15, where release 29 measured 14 with no stored mean.
STALE_DAYS = 30.0


def room_state_path(config_file: Path | None = None) -> Path:
    """Where the room's state lives: the platform's folder for state (on Linux $XDG_STATE_HOME/voice-pacer, else
    ~/.local/state/voice-pacer), one file for each config in use, since a config names a microphone and a room.

    It is state, not settings: the config's folder may be read-only or kept under version control, and two configs
    beside each other are two rooms. The default config's file is room.json; another's carries its name and a digest
    of its full path."""
    folder = platformdirs.user_state_path("voice-pacer", appauthor=False)
    if config_file is None or config_file.resolve() == default_config_path().resolve():
        return folder / FILE_NAME
    digest = hashlib.sha256(str(config_file.resolve()).encode()).hexdigest()[:8]
    return folder / f"room-{config_file.stem}-{digest}.json"


def save_room_mean(mean: str, path: Path | None = None, now: float | None = None) -> None:
    """Store a cepstral mean (PocketSphinxEars.room_mean) for the next session, replacing the file atomically."""
    path = path or room_state_path()
    record = {"cepstral_mean": [float(value) for value in mean.split(",")], "start": CMN_INIT,
              "stored_at": time.time() if now is None else now}
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    partial.write_text(json.dumps(record) + "\n", encoding="utf-8")
    partial.replace(path)


def load_room_mean(path: Path | None = None, notify: Callable[[str], None] | None = None,
                   now: float | None = None) -> str | None:
    """The stored cepstral mean, as PocketSphinx takes it; None when there is none, or (said in one line through
    notify) when the file is broken, from other ears, or stale."""
    path = path or room_state_path()
    if not path.exists():
        return None
    why = _unusable(path, time.time() if now is None else now)
    if isinstance(why, str):
        if notify is not None:
            notify(f"{path}: {why}; this session starts without it (it is replaced when the session ends)")
        return None
    return ",".join(f"{value:g}" for value in why)


def _unusable(path: Path, now: float) -> str | list[float]:
    """Why the file cannot be used, or its mean."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return f"the room's stored state cannot be read ({type(exc).__name__})"
    mean = record.get("cepstral_mean") if isinstance(record, dict) else None
    if (not isinstance(mean, list) or len(mean) != COMPONENTS
            or not all(isinstance(v, int | float) and math.isfinite(v) for v in mean)):
        return f"the room's stored state is not {COMPONENTS} numbers"
    if record.get("start") != CMN_INIT:
        return "the room's stored state is from other ears (another starting mean)"
    stored = record.get("stored_at")
    if not isinstance(stored, int | float) or not 0 <= now - stored <= STALE_DAYS * 86400:
        return f"the room's stored state is older than {STALE_DAYS:g} days, or its date is wrong"
    return [float(v) for v in mean]


def kept_over_sessions(mean: str, path: Path) -> str:
    """What to store: this session's mean halfway toward the one stored before it (when usable), so the file holds both
    partners' voices, not whoever spoke last (a session's mean follows its last 5 s of speech).

    Measured with benchmarks/room.py --stored-room --stored-from, babble 15 dB, commands right of 29: the mean of both
    voices' stored means gave Piper joe 22 (own 23, espeak-ng's 22, none 20) and espeak-ng 19 (own 19, joe's 15, none
    14 at release 29), false commands as from its own mean (joe 1 of 39, espeak-ng 0)."""
    earlier = load_room_mean(path)
    if earlier is None:
        return mean
    pairs = zip(earlier.split(","), mean.split(","), strict=True)
    return ",".join(f"{(float(old) + float(new)) / 2:g}" for old, new in pairs)


def start_from_stored_room(ears: object, notify: Callable[[str], None] | None = None,
                           path: Path | None = None) -> bool:
    """Start PocketSphinx ears from the mean the last session in this room stored; whether there was one to use."""
    from voice_pacer.ears.pocketsphinx_ears import PocketSphinxEars

    mean = load_room_mean(path, notify) if isinstance(ears, PocketSphinxEars) else None
    if mean is not None:
        ears.start_from_room(mean)  # type: ignore[attr-defined]
    return mean is not None


def store_room(ears: object, notify: Callable[[str], None] | None = None, path: Path | None = None) -> bool:
    """Keep what PocketSphinx ears adapted to in this session for the next one; whether anything was stored."""
    from voice_pacer.ears.pocketsphinx_ears import PocketSphinxEars

    mean = ears.room_mean() if isinstance(ears, PocketSphinxEars) else None
    if mean is None:
        return False
    path = path or room_state_path()
    try:
        save_room_mean(kept_over_sessions(mean, path), path)
    except OSError as exc:
        if notify is not None:
            notify(f"{path}: the room's state could not be stored ({exc.strerror or exc}); the "
                   "next session starts without it")
        return False
    ears.kept_mean = mean  # type: ignore[attr-defined]  # kept once: blended again, it would outweigh the partner
    return True
