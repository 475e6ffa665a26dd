"""Saying one prompt: render it, log it, play it, and understand what was said over it (barge-in)."""

from __future__ import annotations

from voice_pacer.eventlog import EventLog
from voice_pacer.hearing.base import Conversation
from voice_pacer.listening import Listening
from voice_pacer.understanding import Understanding, Understood


class Prompter:
    """Speaks through a conversation; what may cut a prompt short is the flow's (see listening.interrupting)."""

    def __init__(self, talk: Conversation, log: EventLog, understand: Understanding, interrupt: Listening) -> None:
        self.talk = talk
        self.log = log
        self.understand = understand
        self.interrupt = interrupt

    def say(self, text: str, tone: str | None = None) -> Understood | None:
        """Say text (or play a breathing tone); what was said over it, understood, or None when nothing was."""
        prompt = self.talk.prepare(text, tone)
        # compute_ms: from the endpoint of what was last heard to this reply being ready to play
        self.log.release(compute_ms=round((prompt.ready_wall - self.understand.endpoint_wall) * 1000, 1))
        if text:
            self.log.write("say", text=text)
        else:
            self.log.write("tone", cue=tone)
        barged = self.talk.play(prompt, self.interrupt.phrases or ())
        return None if barged is None else self.understand(barged, self.interrupt.candidates)
