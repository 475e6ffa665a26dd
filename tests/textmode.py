"""Drive a built-in flow through text mode, the way a script piped into `voice-pacer run --text` does."""

from __future__ import annotations

import io
from typing import Any

from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.load import load_flow
from voice_pacer.hearing.typed import TypedConversation
from voice_pacer.journal import Journal
from voice_pacer.session import Session


def drive(flow: str, lines: list[str], settings: dict[str, Any] | None = None,
          names: tuple[str, str] = ("Dana", "Luis"), journal: Journal | None = None) -> list[dict[str, Any]]:
    """Run a flow on scripted lines ('' is silence) and return the event log records."""
    compiled = load_flow(flow, settings)
    log = EventLog()
    talk = TypedConversation(io.StringIO("".join(f"{line}\n" for line in lines)))
    Session(compiled, talk, log, names, journal=journal).run()
    log.close()
    return log.records


def said(records: list[dict[str, Any]]) -> list[str]:
    """Every prompt text, in order."""
    return [r["text"] for r in records if r["event"] == "say"]


def states(records: list[dict[str, Any]]) -> list[str]:
    """Every state entered, in order."""
    return [r["state"] for r in records if r["event"] == "state"]


def end_reason(records: list[dict[str, Any]]) -> str:
    """The reason of the one 'end' event."""
    ends = [r for r in records if r["event"] == "end"]
    assert len(ends) == 1, ends
    return str(ends[0]["reason"])
