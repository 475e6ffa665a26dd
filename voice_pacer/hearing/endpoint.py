"""Voice activity and endpointing: when an utterance starts, and when enough trailing silence has closed it."""

from __future__ import annotations

from collections import deque
from enum import Enum

import numpy as np
import webrtcvad

from voice_pacer.audio.pcm import FRAME_SAMPLES, FRAME_SECONDS, SAMPLE_RATE

START_FRAMES = 4  # voiced frames within the window that open an utterance (~120 ms: a cough is shorter)
START_WINDOW = 6
PRE_ROLL_FRAMES = 10  # audio kept from before the start, so the first syllable reaches the recogniser
MIN_LEVEL_DB = -56.0  # dBFS; quieter frames are room tone whatever the VAD thinks
ABOVE_FLOOR_DB = 6.0  # voice must stand this far above the room's steady noise (a fan, a fridge, traffic)
FLOOR_RISE_DB = 0.02  # per frame (0.7 dB a second): the floor follows a noisier room slowly, a quieter one at once


class Mark(Enum):
    """What a frame did to the utterance."""

    QUIET = "quiet"
    STARTED = "started"
    SPEECH = "speech"
    ENDED = "ended"


class Endpointer:
    """webrtcvad on 30 ms frames; an utterance ends after `end_silence` seconds without voice."""

    def __init__(self, aggressiveness: int = 2) -> None:
        self._vad = webrtcvad.Vad(aggressiveness)
        self.end_silence = 0.8
        self.noise_floor: float | None = None  # dBFS, tracked across utterances (reset() keeps it)
        self.reset()

    def reset(self, end_silence: float | None = None) -> None:
        """Forget any utterance in progress; optionally change how much trailing silence ends one."""
        if end_silence is not None:
            self.end_silence = end_silence
        self.in_speech = False
        self.pre_roll: deque[np.ndarray] = deque(maxlen=PRE_ROLL_FRAMES)
        self._recent: deque[bool] = deque(maxlen=START_WINDOW)
        self._quiet_frames = 0
        self.speech_frames = 0
        self.last_voiced = False

    def voiced(self, frame: np.ndarray) -> bool:
        """Whether a frame holds voice: loud enough above the room's noise floor (cheap), then the VAD."""
        if len(frame) != FRAME_SAMPLES:
            return False
        power = float(np.mean(frame.astype(np.float32) ** 2)) + 1e-3
        level = 10 * np.log10(power / 32768.0**2)
        floor = level if self.noise_floor is None else self.noise_floor
        self.noise_floor = min(level, floor + FLOOR_RISE_DB)
        if level < max(MIN_LEVEL_DB, self.noise_floor + ABOVE_FLOOR_DB):
            return False
        return self._vad.is_speech(frame.tobytes(), SAMPLE_RATE)

    def push(self, frame: np.ndarray) -> Mark:
        """Take the next frame and say what it means for the utterance."""
        voiced = self.last_voiced = self.voiced(frame)
        if not self.in_speech:
            self.pre_roll.append(frame)
            self._recent.append(voiced)
            if sum(self._recent) >= START_FRAMES:
                self.in_speech = True
                self._quiet_frames = 0
                self.speech_frames = len(self.pre_roll)
                return Mark.STARTED
            return Mark.QUIET
        self.speech_frames += 1
        self._quiet_frames = 0 if voiced else self._quiet_frames + 1
        if self._quiet_frames * FRAME_SECONDS >= self.end_silence:
            self.in_speech = False
            self._recent.clear()
            self.pre_roll.clear()
            return Mark.ENDED
        return Mark.SPEECH

    @property
    def speech_seconds(self) -> float:
        """Length of the utterance in progress."""
        return self.speech_frames * FRAME_SECONDS
