"""Simulation scenarios: a flow, the partners' names and their replies as audio, one entry per listening turn."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from voice_pacer.audio.pcm import FRAME_SAMPLES, SAMPLE_RATE, check_wav, read_wav, room_tone
from voice_pacer.errors import UserError
from voice_pacer.flowfile.check import DEFAULT_LIMIT
from voice_pacer.flowfile.yamlsource import MAX_BYTES, SourceError, read_yaml
from voice_pacer.hearing.base import InputEnded

ROOM_LEVEL_DBFS = -60.0
# A reply the recogniser rejects outright ends no listening turn by itself; a turn with no deadline (listen mode
# waiting for a trigger) would then hear room tone forever. After this long of room tone in one turn the room
# speaks again (the next reply), or the scenario is over. It is the default limit of a listening state, so a
# flow's own silence and limits always act first.
ROOM_IDLE_SECONDS = DEFAULT_LIMIT


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Say(_Strict):
    say: str = Field(min_length=1)


class Silence(_Strict):
    silence: float = Field(gt=0, le=3600)


class Wav(_Strict):
    wav: Path


Segment = Say | Silence | Wav


class Names(_Strict):
    a: str = Field(min_length=1)
    b: str = Field(min_length=1)


class ScenarioFile(_Strict):
    """The scenario file's shape."""

    flow: str
    names: Names | None = None
    settings: dict[str, int | float | str] = Field(default_factory=dict)
    replies: list[Segment | list[Segment]] = Field(default_factory=list)

    @field_validator("replies", mode="before")
    @classmethod
    def _not_none(cls, value: Any) -> Any:
        return [] if value is None else value


@dataclass
class Scenario:
    """A loaded scenario: replies as lists of segments, wav paths made absolute."""

    path: Path
    flow: str
    names: tuple[str, str] | None
    settings: dict[str, Any]
    replies: list[list[Segment]]


def load_scenario(path: Path) -> Scenario:
    """Read and check a scenario file; problems are one line naming the file and place."""
    if path.is_file() and path.stat().st_size > MAX_BYTES:
        raise UserError(f"{path}: too large for a scenario ({path.stat().st_size / 1e6:.1f} MB); a scenario is a "
                        "small YAML file, and long audio goes in wav: files")
    try:
        doc = read_yaml(path)
    except SourceError as exc:
        raise UserError(f"{path}{f':{exc.line}' if exc.line else ''}: {exc}") from None
    try:
        data = ScenarioFile.model_validate(doc.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = tuple(first["loc"])
        line = doc.line_of(where)
        place = ".".join(str(part) for part in where) or "top level"
        raise UserError(f"{path}{f':{line}' if line else ''}: {place}: {first['msg']} "
                        "(a reply is say: TEXT, silence: SECONDS, wav: FILE, or a list of them)") from None
    replies: list[list[Segment]] = []
    for index, reply in enumerate(data.replies):
        segments = reply if isinstance(reply, list) else [reply]
        for segment in segments:
            if isinstance(segment, Wav):
                segment.wav = segment.wav if segment.wav.is_absolute() else path.parent / segment.wav
                try:
                    check_wav(segment.wav)
                except UserError as exc:
                    line = doc.line_of(("replies", index))
                    raise UserError(f"{path}{f':{line}' if line else ''}: reply {index + 1}: {exc}") from None
        replies.append(segments)
    names = (data.names.a, data.names.b) if data.names else None
    return Scenario(path, data.flow, names, dict(data.settings), replies)


class ScenarioSource:
    """Plays the partners' replies into the session: each listening turn takes the next reply, then room tone."""

    def __init__(self, replies: list[list[Segment]], speak: Callable[[str], np.ndarray], seed: int = 7,
                 room: np.ndarray | None = None) -> None:
        """room: the room's own sound, looped under everything (default: a minute of quiet room tone)."""
        self.replies = list(replies)
        self.speak = speak
        self._room = room_tone(60.0, ROOM_LEVEL_DBFS, seed) if room is None else room
        self._room_at = 0
        self._reply = np.zeros(0, dtype=np.int16)
        self._speech_ends: list[int] = []  # offsets in the current reply where a spoken segment ends
        self._offset = 0
        self._listening = False
        self._position = 0
        self._last_speech_end: int | None = None
        self._in_turn = False
        self._idle = 0  # samples of room tone heard in this turn since its reply was over

    def _render(self, segments: list[Segment]) -> None:
        parts: list[np.ndarray] = []
        ends: list[int] = []
        size = 0
        for segment in segments:
            if isinstance(segment, Say):
                pcm = self.speak(segment.say)
                ends.append(size + len(pcm))
            elif isinstance(segment, Silence):
                pcm = np.zeros(int(segment.silence * SAMPLE_RATE), dtype=np.int16)
            else:
                pcm = read_wav(segment.wav)
                ends.append(size + len(pcm))
            parts.append(pcm)
            size += len(pcm)
        self._reply = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)
        self._speech_ends = ends
        self._offset = 0

    @property
    def remaining(self) -> int:
        """Replies not yet started."""
        return len(self.replies)

    def begin_turn(self) -> None:
        self._in_turn = True
        self._idle = 0
        if self._offset < len(self._reply):
            return  # the current reply goes on (a pause inside one turn)
        self._next_reply()

    def _next_reply(self) -> None:
        if not self.replies:
            raise InputEnded
        self._render(self.replies.pop(0))

    def set_listening(self, on: bool) -> None:
        self._listening = on
        if not on:
            self._in_turn = False

    def speech_end(self) -> float | None:
        return None if self._last_speech_end is None else self._last_speech_end / SAMPLE_RATE

    def _room_frame(self) -> np.ndarray:
        if self._room_at + FRAME_SAMPLES > len(self._room):
            self._room_at = 0
        frame = self._room[self._room_at : self._room_at + FRAME_SAMPLES]
        self._room_at += FRAME_SAMPLES
        return frame

    def read(self) -> np.ndarray:
        if self._in_turn and self._offset >= len(self._reply):
            self._idle += FRAME_SAMPLES
            if self._idle >= ROOM_IDLE_SECONDS * SAMPLE_RATE:
                self._idle = 0
                self._next_reply()
        frame = self._room_frame().copy()
        if self._listening and self._offset < len(self._reply):
            chunk = self._reply[self._offset : self._offset + FRAME_SAMPLES]
            mixed = frame[: len(chunk)].astype(np.int32) + chunk
            frame[: len(chunk)] = np.clip(mixed, -32768, 32767).astype(np.int16)
            before = self._offset
            self._offset += len(chunk)
            for end in self._speech_ends:
                if before < end <= self._offset:
                    self._last_speech_end = self._position + (end - before)
        self._position += FRAME_SAMPLES
        return frame
