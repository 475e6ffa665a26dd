"""The Ears seam: stream one utterance's audio in, get its text out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

ENGINES = ("auto", "vosk", "pocketsphinx")  # what ears.engine may name; auto: Vosk when a model is found


@dataclass(frozen=True)
class Speech:
    """Words recognised in one utterance; with phrases, one of them."""

    text: str
    confidence: float | None = None
    # What a search restricted to the commands' wordings (a domain language model) heard in the same audio, when it
    # heard other words and they fit the sound about as well: a second reading for the matcher, never for safety.
    alternative: str | None = None
    # What a model of the practice's sentences (voice_pacer.ears.care_lm) heard in the same open utterance: a second
    # reading for safety alone (taken when it agrees with the words above enough), never for the matcher.
    care: str | None = None
    # Open vocabulary's next hypotheses of the same audio (its n-best list), best first: the matcher's templates try
    # them only when no reading above says an intent; never for safety.
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unknown:
    """Speech that is none of the phrases listened for (restricted recognition rejected it)."""

    confidence: float | None = None


@dataclass(frozen=True)
class Nothing:
    """No speech to recognise: silence, steady noise, or too little sound to judge."""


Recognition = Speech | Unknown | Nothing  # what every engine's end() gives, whatever marks its own decoder uses


def words_of(heard: Recognition) -> str:
    """The words recognised; empty for unknown speech and for nothing."""
    return heard.text if isinstance(heard, Speech) else ""


class Ears(Protocol):
    """A streaming recogniser for 16 kHz mono int16 audio; endpointing is done by the caller."""

    name: str  # "vosk" or "pocketsphinx"
    description: str  # which model is in use and why, shown at start

    def begin(self, phrases: Sequence[str] | None, commands: Sequence[str] = (), wake: bool = False) -> None:
        """Start an utterance; phrases restrict recognition to them plus unknown words, None is open vocabulary.

        With open vocabulary, commands are phrases a short utterance may be recognised as instead (an engine whose
        open vocabulary mishears short commands checks them too; others may ignore them). With wake, the phrases
        start something in an idle room, where a false start costs more than a repeat: only sure matches count."""
        ...

    def hear_room(self, noisy: bool, suppressed: bool = False) -> None:
        """Whether the room is noisy, and whether its steady noise is being suppressed (the caller's front end says so),
        for the utterances that begin from now on: an engine may search harder there."""
        ...

    def feed(self, pcm: np.ndarray) -> None:
        """Add audio to the current utterance."""
        ...

    def end(self) -> Recognition:
        """Finish the utterance: Speech with its words, Unknown for speech outside the phrases, or Nothing."""
        ...
