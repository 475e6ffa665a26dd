"""Text mode: prompts are printed, each typed line is an utterance, an empty line is the silence a state waits for."""

from __future__ import annotations

import re
import select
import time
from collections.abc import Sequence
from typing import TextIO

from voice_pacer.ears.base import Speech
from voice_pacer.hearing.base import InputEnded, ListenRequest, Prompt, Quiet, Utterance

QUIET_LINE = re.compile(r"^\((?:silence|pause)\s+(\d+(?:\.\d+)?)\s*s?\)$")  # "(silence 3)": a pause inside a turn
SPOKEN_WORDS_PER_SECOND = 2.6  # about 155 words a minute, an unhurried speaking pace
TONE_SECONDS = 0.4


def spoken_seconds(text: str) -> float:
    """How long text takes to say, for session time in text mode."""
    return max(0.5, len(text.split()) / SPOKEN_WORDS_PER_SECOND)


class TypedConversation:
    """Reads utterances from a text stream; session time is estimated, or the wall clock with --realtime."""

    description = "text mode: typed lines in, printed prompts out"

    def __init__(self, lines: TextIO, realtime: bool = False) -> None:
        self.lines = lines
        self.realtime = realtime
        self._started = time.perf_counter()
        self._skipped = 0.0  # session time jumped over (scripted time, or an empty line's silence)
        self._pending_silence = False  # an empty line that waits for the state's silence or time limit
        self._quiet_until: float | None = None  # the end of a "(silence N)" line still passing

    def now(self) -> float:
        if self.realtime:
            return time.perf_counter() - self._started + self._skipped
        return self._skipped

    def _advance_to(self, moment: float) -> None:
        self._skipped += max(0.0, moment - self.now())

    def prepare(self, text: str, tone: str | None = None) -> Prompt:
        seconds = TONE_SECONDS if tone else spoken_seconds(text)
        return Prompt(text or f"({tone} tone)", seconds, time.perf_counter())

    def warm(self, texts: list[str]) -> None:
        """Printing needs no preparation."""

    def play(self, prompt: Prompt, interrupt: Sequence[str] = ()) -> None:
        """Printing is the transcript's job; here only session time moves on (typing cannot interrupt a prompt)."""
        if not self.realtime:
            self._skipped += prompt.seconds

    def listen(self, request: ListenRequest) -> Utterance | Quiet:
        if not request.turn:
            return self._pass_time(request)
        if self._pending_silence:
            return self._silence(request)
        while True:
            if self._quiet_until is not None:
                quiet = self._pass_quiet(request)
                if quiet is not None:
                    return quiet
            line = self._read_line(request)
            if line is None:
                return self._quiet_at_deadline(request)
            text = line.strip()
            if not text:
                self._pending_silence = True
                return self._silence(request)
            if (pause := QUIET_LINE.match(text)) is None:
                break
            self._quiet_until = self.now() + float(pause.group(1))
        if not self.realtime:
            self._skipped += spoken_seconds(text)
        return Utterance(Speech(text), self.now(), time.perf_counter(), engine="text")

    def _pass_quiet(self, request: ListenRequest) -> Quiet | None:
        """Let a "(silence N)" line pass; it may run into the state's silence or deadline first."""
        assert self._quiet_until is not None
        ends = [(t, kind) for t, kind in ((request.silence_at, "silence"), (request.deadline, "deadline"))
                if t is not None and t < self._quiet_until]
        if not ends:
            self._advance_to(self._quiet_until)
            self._quiet_until = None
            return None
        moment, kind = min(ends)
        self._advance_to(moment)
        if kind == "silence":
            self._quiet_until = None
        return Quiet("silence" if kind == "silence" else "deadline")

    def _pass_time(self, request: ListenRequest) -> Utterance | Quiet:
        """A breathing or waiting pause: scripted time jumps; live typing can still say stop."""
        if request.deadline is None:
            raise InputEnded
        if self.realtime and self._stdin_ready(request.deadline - self.now()):
            line = self.lines.readline()
            if not line:
                raise InputEnded
            if line.strip():
                return Utterance(Speech(line.strip()), self.now(), time.perf_counter(), engine="text")
        self._advance_to(request.deadline)
        return Quiet("deadline")

    def _silence(self, request: ListenRequest) -> Quiet:
        """The quiet an empty line stands for lasts until the state's silence or its time limit."""
        if request.silence_at is not None and (request.deadline is None or request.silence_at <= request.deadline):
            self._pending_silence = False
            self._advance_to(request.silence_at)
            return Quiet("silence")
        if request.deadline is None:
            raise InputEnded
        self._pending_silence = not request.final  # a notice before the limit; the quiet goes on after it
        self._advance_to(request.deadline)
        return Quiet("deadline")

    def _quiet_at_deadline(self, request: ListenRequest) -> Quiet:
        if request.silence_at is not None and (request.deadline is None or request.silence_at <= request.deadline):
            return Quiet("silence")
        return Quiet("deadline")

    def _read_line(self, request: ListenRequest) -> str | None:
        """The next line; None when the wall-clock wait ran out first (realtime only)."""
        if self.realtime:
            ends = [t for t in (request.silence_at, request.deadline) if t is not None]
            if ends and not self._stdin_ready(min(ends) - self.now()):
                return None
        line = self.lines.readline()
        if not line:
            raise InputEnded
        return line

    def _stdin_ready(self, seconds: float) -> bool:
        try:
            ready, _, _ = select.select([self.lines], [], [], max(0.0, seconds))
        except (ValueError, OSError, TypeError):
            return True  # not a selectable stream: just read
        return bool(ready)

    def close(self) -> None:
        pass
