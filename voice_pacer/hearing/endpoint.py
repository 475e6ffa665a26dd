"""Voice activity and endpointing: when an utterance starts, and when enough trailing silence has closed it.

Someone speaking to the device is usually louder than the room (a TV, another conversation): inside an utterance,
voice well below the utterance's own level counts as silence, so an utterance ends through background talk, and a
voice much louder than the talk that opened the utterance starts a new one."""

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
# The utterance's level is the peak of its 90 ms mean level, falling 1 dB a second. Voice more than BELOW_SPEECH_DB
# under it is background; and only KEEP_FRAMES such voiced frames in START_WINDOW keep an utterance open. Measured
# on 38 Piper commands in 4-talker synthetic babble (2 s before, 4 s after): the end of speech to the endpoint was
# median 0.77 s / p90 0.82 s at 15 dB SNR and 0.80 / 1.79 s at 10 dB (before: never closed); clean speech
# 0.76 / 0.82 s (before 0.82 / 0.83 s). 10 dB below closed only 21 of 38 at 10 dB SNR; single-frame levels, 26 of 38.
LEVEL_FRAMES = 3
BELOW_SPEECH_DB = 8.0
CLEAR_ABOVE_FLOOR_DB = 30.0  # voice this far above the noise floor is voice however loud the utterance was (quiet room)
SPEECH_FALL_DB = 0.03  # per frame
# Voice this far above the room's level (below) holds the utterance too, however far under its own level: Piper joe's
# later words fall 12-15 dB under his first ("...could you repeat it"), close to the talk around. Joe's 106 commands
# (every 28th wording) at 15 dB SNR: commands split in two 7 in babble and 8 in steady noise before, 4 and 2 with it;
# the unseen voices' 265 split 2 / 0 either way, and the end of speech to the endpoint stayed median 0.80-0.82 s.
ABOVE_ROOM_DB = 8.0
KEEP_FRAMES = 3
# A voice this much louder than the utterance's level 300 ms earlier (HISTORY_FRAMES), after the utterance has lasted
# a second (SETTLE_FRAMES, so a soft first syllable does not count), is someone new speaking over the room: the
# utterance starts again there. Commands said over babble at 15 dB SNR: 0.11 recognised without it, 0.41 with it;
# clean commands unchanged (0.95).
LOUDER_TALKER_DB = 10.0
HISTORY_FRAMES = 10
SETTLE_FRAMES = 33
# An utterance begun before the room is known (ROOM_MIN_FRAMES, below) began on whatever was there: in a room with
# other voices, their talk, whose level it then holds. A voice this much louder starts a new one. Over babble at 15 dB
# (benchmarks/room.py's clips, --every 56 and all 58 chatter sentences; the endpointer behind the front end alone),
# utterances that began on the talk more than 0.5 s before the speech and held it: espeak-ng's US voice 16 of 138 at
# 10 dB, 3 at 8 dB, 1 at 6 dB; Piper joe 4, 3, 3; commands split in two unchanged (joe 2, espeak 1 -> 0), none in a
# quiet room begun 0.5 s into listening. In babble those utterances held 9 of espeak's 31 missed commands.
EARLY_LOUDER_TALKER_DB = 8.0
# The room's level is the 25th percentile of the 90 ms levels in the 10 s before an utterance starts (talk in the
# background included; the gaps in the partners' own speech keep their voices out of it). An utterance whose peak
# stands less than STAND_OUT_DB above it is the room talking. Measured with 4 s of room before each of 21 commands
# (Piper joe, flite awb, festival HTS): commands stood out by 13.0 dB or more (p10) at 10 dB SNR and 17.5 dB at
# 15 dB; utterances of synthetic babble or pink noise alone by 7.1 dB at most (p90).
ROOM_FRAMES = 333
ROOM_PERCENTILE = 25.0
STAND_OUT_DB = 10.0
# With less than 3 s of the room heard before an utterance (ROOM_MIN_FRAMES), it is judged when it ends against all
# that was heard, itself included: its gaps and trailing quiet are the room. Not judging it let the talk of the first
# seconds of a conversation through: in benchmarks/room.py (a fresh conversation per clip, other voices 15 dB below the
# command), every false command before the command began came from such an utterance, most heard as "what".
ROOM_MIN_FRAMES = 100
# In a room with sound in it (its level above MIN_LEVEL_DB) and no suppression on, an utterance's pre-roll is heard from
# LEAD_IN_KEEP_FRAMES before the first frame standing LEAD_IN_ABOVE_ROOM_DB above the room: the other voices before it
# are left out. Over babble at 15 dB that drops about 150 ms of talk, which the open search heard as a word ("and",
# "but", "hi") before the command; commands over babble (benchmarks/room.py --every 56 / 168): joe 0.66 right without
# it, 0.74 with it; unseen voices 0.53 -> 0.59 (with the two changes beside it). In steady noise it cost commands.
LEAD_IN_ABOVE_ROOM_DB = 10.0
LEAD_IN_KEEP_FRAMES = 3


class Mark(Enum):
    """What a frame did to the utterance."""

    QUIET = "quiet"
    STARTED = "started"
    SPEECH = "speech"
    ENDED = "ended"


def frame_level(frame: np.ndarray) -> float:
    """Level of a frame in dBFS."""
    power = float(np.mean(frame.astype(np.float32) ** 2)) + 1e-3
    return float(10 * np.log10(power / 32768.0**2))


class Endpointer:
    """webrtcvad on 30 ms frames; an utterance ends after `end_silence` seconds without voice at its own level."""

    def __init__(self, aggressiveness: int = 2) -> None:
        self._vad = webrtcvad.Vad(aggressiveness)
        self.end_silence = 0.8
        self.noise_floor: float | None = None  # dBFS, tracked across utterances (reset() keeps it)
        self._room: deque[float] = deque(maxlen=ROOM_FRAMES)
        self.prominence: float | None = None  # dB by which the last ended utterance's peak stood above the room
        self.judged_room: float | None = None  # dBFS of the room the last ended utterance was judged against
        self.reset()

    def reset(self, end_silence: float | None = None) -> None:
        """Forget any utterance in progress; optionally change how much trailing silence ends one."""
        if end_silence is not None:
            self.end_silence = end_silence
        self.in_speech = False
        self.pre_roll: deque[np.ndarray] = deque(maxlen=PRE_ROLL_FRAMES)
        self._pre_levels: deque[float] = deque(maxlen=PRE_ROLL_FRAMES)  # raw level of each pre-roll frame, dBFS
        self._recent: deque[bool] = deque(maxlen=START_WINDOW)
        self._powers: deque[float] = deque(maxlen=LEVEL_FRAMES)
        self._raw_powers: deque[float] = deque(maxlen=LEVEL_FRAMES)
        self._history: deque[float] = deque(maxlen=HISTORY_FRAMES)
        self._quiet_frames = 0
        self._since_start = 0
        self.speech_frames = 0
        self.speech_level: float | None = None  # dBFS of the utterance in progress
        self._peak = -120.0
        self._room_level: float | None = None  # dBFS of the room before the utterance in progress
        self.last_voiced = False

    def voiced(self, frame: np.ndarray, level: float | None = None) -> bool:
        """Whether a frame holds voice: loud enough above the room's noise floor (cheap), then the VAD."""
        if len(frame) != FRAME_SAMPLES:
            return False
        level = frame_level(frame) if level is None else level
        floor = level if self.noise_floor is None else self.noise_floor
        self.noise_floor = min(level, floor + FLOOR_RISE_DB)
        if level < max(MIN_LEVEL_DB, self.noise_floor + ABOVE_FLOOR_DB):
            return False
        return self._vad.is_speech(frame.tobytes(), SAMPLE_RATE)

    def push(self, frame: np.ndarray, raw: np.ndarray | None = None) -> Mark:
        """Take the next frame and say what it means for the utterance; raw is the frame before noise suppression,
        whose level judges whether the utterance stood out from the room (suppression deepens the gaps in other
        talk, so that talk stood out from what was left of it)."""
        level = frame_level(frame) if len(frame) == FRAME_SAMPLES else -120.0
        voiced = self.voiced(frame, level)
        self._powers.append(10 ** (level / 10))
        smooth = float(10 * np.log10(sum(self._powers) / len(self._powers)))
        if raw is not None and raw is not frame:
            raw_level = frame_level(raw) if len(raw) == FRAME_SAMPLES else -120.0
            self._raw_powers.append(10 ** (raw_level / 10))
            judged = float(10 * np.log10(sum(self._raw_powers) / len(self._raw_powers)))
        else:
            raw_level = level
            self._raw_powers.append(10 ** (level / 10))
            judged = smooth
        self.pre_roll.append(frame)
        self._pre_levels.append(raw_level)
        self._room.append(judged)
        if not self.in_speech:
            self.last_voiced = voiced
            self._recent.append(voiced)
            if sum(self._recent) >= START_FRAMES:
                self._start(smooth, judged)
                return Mark.STARTED
            return Mark.QUIET
        if self._louder_talker(smooth) and voiced:
            self._start(smooth, judged)
            return Mark.STARTED
        return self._continue(voiced, smooth, judged)

    def _start(self, smooth: float, judged: float) -> None:
        self.in_speech = True
        self._quiet_frames = 0
        self._since_start = 0
        self._history.clear()
        self.speech_frames = len(self.pre_roll)
        self.speech_level = smooth
        self._peak = judged
        enough = len(self._room) >= ROOM_MIN_FRAMES + len(self.pre_roll)
        self._room_level = float(np.percentile(self._room, ROOM_PERCENTILE)) if enough else None
        self.last_voiced = True

    def _louder_talker(self, smooth: float) -> bool:
        """Whether this voice stands far above what the utterance held a moment ago (someone over the TV)."""
        self._since_start += 1
        earlier = self._history[0] if len(self._history) == HISTORY_FRAMES else None
        self._history.append(self.speech_level if self.speech_level is not None else smooth)
        rise = LOUDER_TALKER_DB if self._room_level is not None else EARLY_LOUDER_TALKER_DB
        return earlier is not None and self._since_start >= SETTLE_FRAMES and smooth > earlier + rise

    def _continue(self, voiced: bool, smooth: float, judged: float) -> Mark:
        if voiced:
            self.speech_level = smooth if self.speech_level is None else max(self.speech_level, smooth)
            self._peak = max(self._peak, judged)
            clear = self.noise_floor is not None and smooth >= self.noise_floor + CLEAR_ABOVE_FLOOR_DB
            above_room = self._room_level is not None and judged >= self._room_level + ABOVE_ROOM_DB
            voiced = clear or above_room or smooth >= self.speech_level - BELOW_SPEECH_DB
        if self.speech_level is not None:
            self.speech_level -= SPEECH_FALL_DB
        self.last_voiced = voiced
        self.speech_frames += 1
        self._recent.append(voiced)
        held = voiced and sum(self._recent) >= KEEP_FRAMES
        self._quiet_frames = 0 if held else self._quiet_frames + 1
        if self._quiet_frames * FRAME_SECONDS >= self.end_silence:
            self._judge()
            self.in_speech = False
            self._recent.clear()
            self.pre_roll.clear()
            self._pre_levels.clear()
            return Mark.ENDED
        return Mark.SPEECH

    def _judge(self) -> None:
        if self._room_level is None and self._room:  # began before the room was known: its own gaps are the room
            self._room_level = float(np.percentile(self._room, ROOM_PERCENTILE))
        self.prominence = None if self._room_level is None else self._peak - self._room_level
        self.judged_room = self._room_level

    def lead_in(self, suppressed: bool = False) -> list[np.ndarray]:
        """The pre-roll to hear with an utterance that just started: in a room whose level is known, the room's own
        talk before the voice rose above it is left out, but for LEAD_IN_KEEP_FRAMES of onset. Not while steady noise
        is being suppressed (suppressed): there is no talk to leave out, and leaving out the noise cost commands."""
        frames = list(self.pre_roll)
        if suppressed or self._room_level is None or self._room_level < MIN_LEVEL_DB:  # a quiet room's is quiet
            return frames
        rise = self._room_level + LEAD_IN_ABOVE_ROOM_DB
        first = next((at for at, level in enumerate(self._pre_levels) if level >= rise), 0)
        return frames[max(0, first - LEAD_IN_KEEP_FRAMES) :]

    def split(self) -> None:
        """Close a long utterance without trailing silence (it is decoded in parts), judging it like an ended one; one
        that began too soon to know the room is judged against its own last 10 s, whose gaps are the room."""
        self._judge()
        self.reset()

    def stood_out(self) -> bool:
        """Whether the utterance that just ended (or was split) was louder than the room, else a TV or talk nearby."""
        return self.prominence is None or self.prominence >= STAND_OUT_DB

    def over_talk(self) -> bool:
        """Whether the utterance that just ended was heard over a room with sound in it: a TV, people talking nearby, or
        a fan whose steady noise is being suppressed (a grammar forces misheard commands into its phrases there too)."""
        return self.judged_room is not None and self.judged_room >= MIN_LEVEL_DB

    @property
    def speech_seconds(self) -> float:
        """Length of the utterance in progress."""
        return self.speech_frames * FRAME_SECONDS
