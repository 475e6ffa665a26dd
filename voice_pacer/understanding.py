"""From an utterance to the event it leads to: a safety concern before anything, then the first intent it says."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from voice_pacer.ears.base import Unknown
from voice_pacer.eventlog import EventLog
from voice_pacer.hearing.base import Utterance
from voice_pacer.intents import IntentSpec, match_intent
from voice_pacer.safety import Concern, assess


@dataclass(frozen=True)
class Understood:
    """What an utterance meant: a safety concern, an intent, or neither (an answer, or something not caught)."""

    concern: Concern | None = None
    intent: str | None = None

    @property
    def event(self) -> str | None:
        """The machine event it fires, if any."""
        return str(self.concern) if self.concern is not None else self.intent


class Understanding:
    """Understands utterances and writes what was heard to the log (words only where the log keeps words)."""

    def __init__(self, log: EventLog) -> None:
        self.log = log
        self.endpoint_wall = 0.0  # perf_counter() of the latest endpoint decision, for compute_ms

    def __call__(self, utterance: Utterance, candidates: list[IntentSpec]) -> Understood:
        """Safety reads what the grammar heard and what a second, open pass heard in audio the grammar rejected."""
        texts = [text for text in (utterance.text, utterance.open_text) if text]
        concern = next((found for text in texts if (found := assess(text)) is not None), None)
        if concern is not None:
            self._heard(utterance, None, words=False)  # a disclosure's words are never written down
            self.log.write("safety", concern=str(concern))
            return Understood(concern=concern)
        # an open pass ran on speech the grammar rejected or on a long utterance it may have forced into a phrase: its
        # transcript is the more faithful one there
        intent = next((found for text in reversed(texts) if (found := match_intent(text, candidates)) is not None),
                      None)
        self._heard(utterance, intent)
        return Understood(intent=intent)

    def _heard(self, utterance: Utterance, intent: str | None, words: bool = True) -> None:
        self.endpoint_wall = utterance.endpoint_wall
        fields: dict[str, Any] = {"text": utterance.text, "intent": intent} if words else {"intent": intent}
        if isinstance(utterance.heard, Unknown):
            fields["unknown"] = True  # speech, but none of the phrases listened for
        if utterance.engine not in (None, "text"):
            fields.update(engine=utterance.engine, confidence=utterance.confidence,
                          speech_end=None if utterance.speech_end is None else round(utterance.speech_end, 3),
                          endpoint_at=round(utterance.endpoint_at, 3))
        self.log.release(compute_ms=None)
        self.log.write("heard", t=utterance.endpoint_at, hold=utterance.engine not in (None, "text"), **fields)
