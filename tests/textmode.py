"""Drive a built-in flow through text mode, the way a script piped into `voice-pacer run --text` does."""

from __future__ import annotations

import io
from functools import cache
from typing import Any

from voice_pacer.ears.base import Speech
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.load import load_flow
from voice_pacer.hearing.base import Utterance
from voice_pacer.hearing.typed import TypedConversation
from voice_pacer.intents import IntentSpec, match_intent
from voice_pacer.journal import Journal
from voice_pacer.listening import listening_for
from voice_pacer.session import Session
from voice_pacer.understanding import intent_of


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


def check_stopped_by(records: list[dict[str, Any]], concern: str, message: str) -> None:
    """Check a session ended on one concern, its last words the concern's message."""
    assert end_reason(records) == "stopped"
    assert message in said(records)[-1]
    assert [r["concern"] for r in records if r["event"] == "safety"] == [concern]


def check_went_on(records: list[dict[str, Any]]) -> None:
    """Check a session raised no concern and was not stopped."""
    assert not [r for r in records if r["event"] == "safety"]
    assert end_reason(records) != "stopped"


# "any" sentences are tried in each: a yes/no question, a grammar-only wait, the floor, a reflection, an answer.
ANY = ("pause:ask_break", "pause:on_break", "turns:floor", "turns:reflect", "checkin:a_close")
# where every exit is heard but yes and no; the states that take an answer
EXITS_EVERYWHERE_BUT_YES_NO = ("pause:on_break", "turns:floor", "turns:reflect", "checkin:a_close")
ANSWERS = ("turns:reflect", "checkin:a_close", "checkin:a_pull")


@cache
def state(context: str) -> list[IntentSpec]:
    """What a built-in flow's listening state ("flow:state") matches, in its priority order."""
    flow, name = context.split(":")
    return listening_for(load_flow(flow), name).candidates


def templates(text: str, context: str) -> str | None:
    """What the templates, cues and clause rules say in a state, without the learned model."""
    return match_intent(text, state(context), learned=False)


def understood(text: str, context: str) -> str | None:
    """The intent the session takes from typed text in a state (templates, cues and the learned model)."""
    return intent_of(Utterance(Speech(text), 0.0, 0.0), state(context))
