"""The session's event log: one JSON object a line, stamped with session time; also feeds the live transcript.

What people said is kept out of the file unless the user asked for it (words=True, from --log-text or
[log] text): events, intents, categories and timings are written, the words are not. A 'safety' event never
carries words, whatever was asked. The assistant's own prompts ('say') are not the partners' words and stay.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from voice_pacer.errors import UserError

Listener = Callable[[dict[str, Any]], None]

# Fields that may hold the words someone said, in any event but the assistant's own 'say'.
WORD_FIELDS = frozenset({"text", "trigger", "words", "transcript", "utterance", "alternatives", "partial"})
ASSISTANT_EVENTS = frozenset({"say"})
NEVER_WORDS = frozenset({"safety"})


def without_words(record: dict[str, Any], words: bool) -> dict[str, Any]:
    """The record as it may be stored: word fields dropped unless asked for (never kept in a safety event)."""
    if record["event"] in ASSISTANT_EVENTS or (words and record["event"] not in NEVER_WORDS):
        return record
    return {key: value for key, value in record.items() if key not in WORD_FIELDS}


class EventLog:
    """Writes events in order; a 'heard' event may be held open until its compute_ms is known."""

    def __init__(self, path: Path | None = None, listeners: list[Listener] | None = None, *, words: bool = False,
                 on_problem: Callable[[str], None] | None = None, keep: bool = True) -> None:
        self.path = path
        self.listeners = list(listeners or [])
        self.words = words
        self.keep = keep  # False for an always-on session: records are not piled up in memory for days
        self.on_problem = on_problem or (lambda _message: None)
        self.records: list[dict[str, Any]] = []  # in memory only, complete (the transcript and tests read them)
        self._queue: list[dict[str, Any]] = []
        self._held: dict[str, Any] | None = None
        self._file: TextIO | None = None
        self.clock: Callable[[], float] = lambda: 0.0
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._file = path.open("a", encoding="utf-8")
            except OSError as exc:
                raise UserError(f"cannot write the event log {path}: {exc.strerror}; choose another --log") from None

    def write(self, event: str, *, t: float | None = None, hold: bool = False, **fields: Any) -> dict[str, Any]:
        """Log an event now (or at session time t); with hold, later events wait until release()."""
        record = {"t": round(self.clock() if t is None else t, 3), "event": event, **fields}
        self._queue.append(record)
        if hold:
            self._held = record
        self._flush()
        return record

    def release(self, **fields: Any) -> None:
        """Complete the held event with late fields (e.g. compute_ms) and write everything queued behind it."""
        if self._held is not None:
            self._held.update(fields)
            self._held = None
            self._flush()

    def _flush(self) -> None:
        while self._queue and self._queue[0] is not self._held:
            record = self._queue.pop(0)
            if self.keep:
                self.records.append(record)
            self._store(record)
            for listener in self.listeners:
                listener(record)

    def _store(self, record: dict[str, Any]) -> None:
        """One whole line per write and flush, so a killed process leaves only complete lines (and maybe a tail)."""
        if self._file is None:
            return
        try:
            self._file.write(json.dumps(without_words(record, self.words), ensure_ascii=False) + "\n")
            self._file.flush()
        except OSError as exc:
            self._give_up(exc)

    def _give_up(self, exc: OSError) -> None:
        """The log cannot be written (disk full, device gone): say so once and go on without it."""
        file, self._file = self._file, None
        self.on_problem(f"cannot write the event log {self.path}: {exc.strerror or exc}; "
                        "the session goes on without a log (free some space or choose another --log)")
        if file is not None:
            with contextlib.suppress(OSError):  # the line that failed fails again on close; already reported
                file.close()

    def close(self) -> None:
        """Write anything still held and close the file."""
        if self._held is not None:
            self.release(compute_ms=None)
        file, self._file = self._file, None
        if file is not None:
            try:
                file.close()
            except OSError as exc:
                self.on_problem(f"cannot write the event log {self.path}: {exc.strerror or exc}")
