"""Noise suppression in front of the endpointer and the ears: WebRTC's, switched on while the room hums.

Chosen by measurement (63 commands, four voices never used in tuning, steady pink noise 15 dB below the speech):
commands recognised 0.54-0.79 without it, 0.83-0.95 with WebRTC's suppression (level 3); Speex's did as well but has
no wheels for Python 3.13. Neither helps against other voices (commands over synthetic babble: 0.37-0.40 without,
0.25-0.35 with WebRTC's), so "auto" switches it on only for a loud noise floor that is steady in level and in
spectrum (dense talk from many voices is about as steady in level as a fan). It costs 0.002 CPU-s per audio second
here, and nothing while the room is quiet."""

from __future__ import annotations

from collections import deque
from importlib.util import find_spec
from typing import Literal

import numpy as np

from voice_pacer.audio.pcm import FRAME_SAMPLES
from voice_pacer.errors import UserError

Denoise = Literal["auto", "on", "off"]
DENOISE_CHOICES: tuple[str, ...] = ("auto", "on", "off")
SUPPRESSION_LEVEL = 3  # WebRTC's 0-4; 3 and 4 measured the same, 2 a little worse (0.86 vs 0.89 for flite slt)
CHUNK = 160  # WebRTC processes 10 ms at a time
NOISY_FLOOR_DB = -50.0  # dBFS: a steadier noise floor than this turns "auto" on (pink noise for 15 dB SNR: ~-42)
QUIET_FLOOR_DB = -56.0  # ...and a floor below this turns it off again
FLOOR_RISE_DB = 0.02  # per 30 ms frame: the floor follows a noisier room slowly, a quieter one at once
# Steadiness: the 20th percentile of frame levels above the floor over the last 3 s. Measured over 20 s: pink noise
# 1.1 dB, five-voice synthetic babble 11 dB; speech over steady noise leaves gaps at the floor, so it stays low.
STEADY_DB = 5.0
UNSTEADY_DB = 8.0
WINDOW_FRAMES = 100
# Spectral steadiness: the median, over the last 3 s, of how much 12 bands' levels (130 Hz-6.6 kHz) change from one
# 30 ms frame to the next (dB, averaged over the bands). Measured in 3 s windows of 16 clips each (Piper joe's
# commands in benchmarks/speechlab.py's rooms, 15 and 10 dB SNR, speech included): steady pink noise 2.3-3.1 dB,
# five-voice synthetic babble 4.1-6.4 dB; the level's steadiness alone overlapped (babble 0-14 dB, pink noise 0-2.4
# dB), and suppression left on over babble cost commands (benchmarks/room.py, joe, 53 commands in babble at 15 dB:
# 0.38 right with it on, 0.68 with it off). Only needed, so only computed, while the floor is loud and suppression is
# off.
FLUX_STEADY_DB = 3.6
BAND_EDGES = tuple(int(edge) for edge in np.unique(np.geomspace(4, 200, 13).astype(int)))  # rfft bins of 33 Hz
# A room is also noisy when the quietest twentieth of its last 3 s (WINDOW_FRAMES: 5 frames) is louder than
# NOISY_FLOOR_DB: the floor follows the quietest 30 ms frame down at once and climbs back at 0.7 dB a second, and other
# voices fall quiet for a frame now and then. 0.3 s before each command of benchmarks/room.py's fixed sample (babble at
# 15 dB, Piper joe and espeak-ng's US voice) the floor was -61.8 to -34.1 dBFS, below NOISY_FLOOR_DB before 5 of 58
# commands (so they were heard as in a quiet room, and 4 of the 5 missed), while the quietest twentieth of the 3 s was
# -43.0 to -31.5 dBFS (tenth: -38.8 to -30.9); in a clean room, -71.0 to -70.7. The room is asked when an utterance
# starts, after quiet: a prompt's 0.3 s tail (10 frames) or an endpoint's end silence; over the last 3 s of a sentence
# said in a clean room, without that quiet, the quietest twentieth reached -34.4.
NOISY_ROOM_PERCENTILE = 5.0
DECIDE_EVERY = 10  # frames between decisions
FIRST_DECISION = 30  # frames heard before the first one (0.9 s)


_WINDOW = np.hanning(FRAME_SAMPLES).astype(np.float32)


class Denoiser:
    """WebRTC noise suppression on 16 kHz mono int16 frames (any multiple of 10 ms)."""

    def __init__(self) -> None:
        try:
            from webrtc_noise_gain import AudioProcessor
        except ImportError:
            raise UserError("noise suppression needs the webrtc-noise-gain package: pip install webrtc-noise-gain, "
                            "or set audio.denoise = \"off\"") from None
        self._processor = AudioProcessor(0, SUPPRESSION_LEVEL)  # no automatic gain: the endpointer judges levels

    def process(self, frame: np.ndarray) -> np.ndarray:
        """The frame with steady noise suppressed; a trailing part shorter than 10 ms passes unchanged."""
        data = np.ascontiguousarray(frame, dtype=np.int16).tobytes()
        whole = len(data) - len(data) % (2 * CHUNK)
        out = [self._processor.Process10ms(data[at : at + 2 * CHUNK]).audio for at in range(0, whole, 2 * CHUNK)]
        return np.frombuffer(b"".join(out) + data[whole:], dtype=np.int16)


class FrontEnd:
    """What the microphone's audio goes through before anything listens to it: "auto", "on" or "off"."""

    def __init__(self, mode: str = "auto") -> None:
        if mode not in DENOISE_CHOICES:
            raise UserError(f"unknown audio.denoise '{mode}'; choose one of: {', '.join(DENOISE_CHOICES)}")
        if mode == "auto" and find_spec("webrtc_noise_gain") is None:
            mode = "off"  # a declared dependency; without it, "auto" quietly does what it did before it existed
        self.mode = mode
        self._denoiser: Denoiser | None = Denoiser() if mode == "on" else None
        self.noise_floor: float | None = None  # dBFS of the room, tracked in "auto"
        self._above: deque[float] = deque(maxlen=WINDOW_FRAMES)  # recent frame levels above the floor, dB
        self._levels: deque[float] = deque(maxlen=WINDOW_FRAMES)  # recent frame levels, dBFS
        self._flux: deque[float] = deque(maxlen=WINDOW_FRAMES)  # recent spectral changes, dB (a loud floor only)
        self._bands: np.ndarray | None = None  # the last frame's band levels
        self._frames = 0
        self.active = mode == "on"

    @property
    def noisy(self) -> bool:
        """Whether the room is noisy: its steady noise is suppressed, or its noise floor is loud (other voices), or the
        quietest of its last 3 s is (NOISY_ROOM_PERCENTILE)."""
        return self.active or (self.noise_floor is not None and self.noise_floor > NOISY_FLOOR_DB) or self._loud_room()

    def _loud_room(self) -> bool:
        """Whether 3 s of the room were heard and the quietest NOISY_ROOM_PERCENTILE of them is above NOISY_FLOOR_DB."""
        full = len(self._levels) == WINDOW_FRAMES
        return full and float(np.percentile(self._levels, NOISY_ROOM_PERCENTILE)) > NOISY_FLOOR_DB

    def process(self, frame: np.ndarray) -> np.ndarray:
        """Pass the frame through, denoised when the mode (or, in "auto", the room's noise floor) says so."""
        if self.mode == "auto" and len(frame):
            self._follow_room(frame)
        if not self.active:
            return frame
        if self._denoiser is None:
            self._denoiser = Denoiser()
        return self._denoiser.process(frame)

    def _follow_room(self, frame: np.ndarray) -> None:
        power = float(np.mean(frame.astype(np.float32) ** 2)) + 1e-3
        level = float(10 * np.log10(power / 32768.0**2))
        floor = level if self.noise_floor is None else self.noise_floor
        self.noise_floor = min(level, floor + FLOOR_RISE_DB)
        self._above.append(level - self.noise_floor)
        self._levels.append(level)
        self._follow_spectrum(frame)
        self._frames += 1
        if self._frames % DECIDE_EVERY or self._frames < FIRST_DECISION:
            return
        spread = float(np.percentile(self._above, 20))
        if self.active:
            self.active = self.noise_floor >= QUIET_FLOOR_DB and spread <= UNSTEADY_DB
        else:
            steady = len(self._flux) >= FIRST_DECISION - 1 and float(np.median(self._flux)) < FLUX_STEADY_DB
            self.active = self.noise_floor > NOISY_FLOOR_DB and spread < STEADY_DB and steady

    def _follow_spectrum(self, frame: np.ndarray) -> None:
        """Track how much the spectrum changes frame to frame, while it could turn suppression on."""
        if self.active or self.noise_floor is None or self.noise_floor <= NOISY_FLOOR_DB or len(frame) != FRAME_SAMPLES:
            self._bands = None
            self._flux.clear()
            return
        power = np.abs(np.fft.rfft(frame.astype(np.float32) * _WINDOW)) ** 2
        bands = 10 * np.log10(np.add.reduceat(power, BAND_EDGES)[:-1] + 1e-3)
        if self._bands is not None:
            self._flux.append(float(np.mean(np.abs(bands - self._bands))))
        self._bands = bands
