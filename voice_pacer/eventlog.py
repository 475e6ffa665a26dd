"""The session's event log: one JSON object a line, stamped with session time; also feeds the live transcript."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from voice_pacer.errors import UserError

Listener = Callable[[dict[str, Any]], None]


class EventLog:
    """Writes events in order; a 'heard' event may be held open until its compute_ms is known."""

    def __init__(self, path: Path | None = None, listeners: list[Listener] | None = None) -> None:
        self.path = path
        self.listeners = list(listeners or [])
        self.records: list[dict[str, Any]] = []
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
            self.records.append(record)
            if self._file is not None:
                self._file.write(json.dumps(record, ensure_ascii=False) + "\n")
                self._file.flush()
            for listener in self.listeners:
                listener(record)

    def close(self) -> None:
        """Write anything still held and close the file."""
        self.release(compute_ms=None) if self._held is not None else None
        if self._file is not None:
            self._file.close()
            self._file = None
