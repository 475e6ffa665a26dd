"""The Conversation seam the session talks to: say a prompt, listen until an utterance, silence or a deadline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from voice_pacer.ears.base import Speech, Unknown


class InputEnded(Exception):
    """The input has no more to give (end of typed input, end of a scenario or file)."""


class Resumed(Exception):
    """The audio device went away and came back; the current state starts over."""


@dataclass(frozen=True)
class Utterance:
    """One thing someone said, with when it ended and when the assistant decided it was over."""

    heard: Speech | Unknown  # the words, or speech that was none of the phrases listened for
    endpoint_at: float  # session time of the decision
    endpoint_wall: float  # time.perf_counter() at the decision, for compute_ms
    engine: str | None = None
    speech_end: float | None = None  # session time the speech really ended, when the input knows it
    open_text: str | None = None  # when a grammar rejected the audio or may have forced it: what open vocabulary heard
    domain_text: str | None = None  # what the ears' commands-only language model heard there, if it differs and fits
    care_text: str | None = None  # what the ears' care model heard in the open utterance, for safety alone
    over_talk: bool = False  # heard over a room's sound (Endpointer.over_talk): a grammar's phrase needs more
    alternatives: tuple[str, ...] = ()  # the ears' near-best other hypotheses of the open reading (Speech.alternatives)

    @property
    def text(self) -> str:
        """The words heard; empty for unknown speech."""
        return self.heard.text if isinstance(self.heard, Speech) else ""

    @property
    def confidence(self) -> float | None:
        return self.heard.confidence


@dataclass(frozen=True)
class Quiet:
    """Listening ended without an utterance: the silence ran out, or the deadline came."""

    reason: Literal["silence", "deadline"]


@dataclass(frozen=True)
class ListenRequest:
    """What a listening moment expects and how long it lasts; times are absolute session seconds."""

    phrases: tuple[str, ...] | None  # restrict recognition to these, or None for open vocabulary
    end_silence: float  # trailing silence that closes an utterance
    silence_at: float | None = None  # when nothing heard by then: Quiet("silence")
    deadline: float | None = None  # Quiet("deadline") at this time at the latest
    final: bool = True  # the deadline ends the state (False: only a notice is due)
    turn: bool = True  # a listening turn that takes the partners' next reply (False: a breathing or waiting pause)
    commands: tuple[str, ...] = ()  # with open vocabulary: command phrases a short utterance is checked against
    wake: bool = False  # the phrases start a flow in an idle room (listen's triggers): only sure matches count


@dataclass
class Prompt:
    """A rendered prompt, ready to play."""

    text: str
    seconds: float
    ready_wall: float  # time.perf_counter() when its audio was ready
    audio: object = None


class Conversation(Protocol):
    """One engine, many front ends: text, simulated audio, live devices."""

    description: str  # what hears and speaks, shown at start

    def now(self) -> float:
        """Session time in seconds."""
        ...

    def prepare(self, text: str, tone: str | None = None) -> Prompt:
        """Render a prompt (or a breathing tone: 'in', 'hold', 'out') without playing it."""
        ...

    def warm(self, texts: list[str]) -> None:
        """Get prompts that may be said next ready ahead of time (a hint; may do nothing)."""
        ...

    def play(self, prompt: Prompt, interrupt: Sequence[str] = ()) -> Utterance | None:
        """Play a prepared prompt; session time moves on by its length. Returns what cut it short: one of the
        interrupt phrases or a disclosure, said over it (barge-in, where the conversation can hear over its voice)."""
        ...

    def listen(self, request: ListenRequest) -> Utterance | Quiet:
        """Listen until an utterance ends, or silence/deadline as the request says."""
        ...

    def close(self) -> None:
        """Release devices and files."""
        ...
