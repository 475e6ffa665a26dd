"""The clocks of one listening state: its limit, the warning before it, its silence, and a thinking pause."""

from __future__ import annotations

from dataclasses import dataclass

from voice_pacer.hearing.base import ListenRequest, Quiet
from voice_pacer.listening import Listening

# After an answer that stops on a hesitation ("Well...", "and um"), this much more silence is waited for the rest
# before the answer counts as given: "Well..." then 3 s of thought then the answer must stay one answer (issue 8).
THINKING_WAIT = 6.0


@dataclass(frozen=True)
class AfterQuiet:
    """What a stretch of quiet meant for the state."""

    answered: bool  # the pause after a hesitation was the end of the answer after all
    silent: bool  # the state's silence ran out with nothing said
    warn: bool  # the warning before the limit is due now


@dataclass
class ListenTimers:
    """When the state gives up (limit), warns, and takes silence as an answer; all in session seconds."""

    limit_at: float
    warn_at: float | None  # None: no warning, or already given
    silence: float | None  # seconds of quiet the state waits for; None: it does not
    end_silence: float
    thinking: bool = False  # an answer stopped on a hesitation; its rest may follow after a pause

    @classmethod
    def start(cls, now: float, limit: float, warn_before: float | None, silence: float | None,
              end_silence: float) -> ListenTimers:
        limit_at = now + limit
        return cls(limit_at, None if warn_before is None else limit_at - warn_before, silence, end_silence)

    def expired(self, now: float) -> bool:
        return now >= self.limit_at

    def _warn_due(self, now: float) -> bool:
        return self.warn_at is not None and now < self.warn_at

    def request(self, now: float, listening: Listening) -> ListenRequest:
        """The next listen: until the warning (a notice) or the limit (final), and the silence the state waits for."""
        warn_due = self._warn_due(now)
        quiet = THINKING_WAIT if self.thinking else self.silence
        deadline = self.warn_at if warn_due else self.limit_at
        return ListenRequest(listening.phrases, self.end_silence, None if quiet is None else now + quiet, deadline,
                             final=not warn_due, turn=True, commands=listening.commands)

    def after_quiet(self, quiet: Quiet, asked_at: float, now: float) -> AfterQuiet:
        """What the quiet meant, for a listen asked at asked_at that returned at now."""
        answered = quiet.reason == "silence" and self.thinking
        silent = quiet.reason == "silence" and not self.thinking
        self.thinking = self.thinking and not answered
        warn = self._warn_due(asked_at) and self.warn_at is not None and now >= self.warn_at
        if warn:
            self.warn_at = None
        return AfterQuiet(answered, silent, warn)

    def heard(self, unfinished: bool) -> None:
        """Something was said: when it stopped on a hesitation, the state waits longer for the rest."""
        self.thinking = unfinished

    def extend(self, seconds: float) -> None:
        """Time spent elsewhere (a breathing break) does not count against the state."""
        self.limit_at += seconds
        if self.warn_at is not None:
            self.warn_at += seconds
