"""Turning an utterance into an intent: normalised text, phrase lists, tolerance for small recognition slips."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

MatchMode = Literal["whole", "start", "end", "anywhere"]

CONTRACTIONS = {
    "i'm": "i am", "let's": "let us", "that's": "that is", "it's": "it is", "what's": "what is",
    "there's": "there is", "he's": "he is", "she's": "she is", "we're": "we are", "you're": "you are",
    "they're": "they are", "i've": "i have", "we've": "we have", "you've": "you have", "i'll": "i will",
    "we'll": "we will", "you'll": "you will", "i'd": "i would", "we'd": "we would", "can't": "cannot",
    "won't": "will not", "don't": "do not", "doesn't": "does not", "didn't": "did not", "isn't": "is not",
    "aren't": "are not", "wasn't": "was not", "weren't": "were not", "haven't": "have not",
    "couldn't": "could not", "shouldn't": "should not", "wouldn't": "would not", "ain't": "is not",
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "okay": "ok",
}
FILLERS = frozenset({"um", "uh", "er", "erm", "hmm", "please", "so", "well", "oh", "hey", "just", "now", "then"})
SIMILAR_ENOUGH = 0.8  # character similarity that counts as the same words despite a small slip
SAME_WORD = 0.5  # and each word must still resemble its counterpart this much


def normalise(text: str) -> str:
    """Lower case, contractions expanded, punctuation dropped, spaces collapsed."""
    text = text.lower().replace("\u2019", "'")
    words = [CONTRACTIONS.get(word, word) for word in re.findall(r"[a-z0-9']+", text)]
    return " ".join(word.strip("'") for word in " ".join(words).split() if word.strip("'"))


def _similar(said: str, phrase: str) -> bool:
    if said == phrase:
        return True
    said_words, phrase_words = said.split(), phrase.split()
    if len(said_words) != len(phrase_words) or len(phrase) < 4:  # "no" and "go" differ by one letter
        return False
    # a slip changes a sound, not a word: "let us go" must not pass for "let us stop"
    if any(SequenceMatcher(None, a, b).ratio() < SAME_WORD for a, b in zip(said_words, phrase_words, strict=True)):
        return False
    return SequenceMatcher(None, said, phrase).ratio() >= SIMILAR_ENOUGH


def phrase_matches(utterance: str, phrase: str, mode: MatchMode) -> bool:
    """Whether a normalised phrase stands in a normalised utterance as mode asks."""
    said = utterance.split()
    wanted = phrase.split()
    if not said or not wanted:
        return False
    if mode == "whole":
        core = [word for word in said if word not in FILLERS] or said
        bare = " ".join(word for word in wanted if word not in FILLERS) or phrase  # "again please" says "again"
        return _similar(" ".join(core), phrase) or _similar(" ".join(core), bare)
    size = len(wanted)
    if mode == "start":
        return _similar(" ".join(said[:size]), phrase)
    if mode == "end":
        core = [word for word in said if word not in FILLERS] or said
        return _similar(" ".join(core[-size:]), phrase)
    windows = (" ".join(said[i : i + size]) for i in range(max(1, len(said) - size + 1)))
    return any(_similar(window, phrase) for window in windows)


@dataclass(frozen=True)
class IntentSpec:
    """An intent's normalised phrases and how they match."""

    name: str
    phrases: tuple[str, ...]
    match: MatchMode = "whole"

    @classmethod
    def build(cls, name: str, phrases: Iterable[str], match: MatchMode = "whole") -> IntentSpec:
        """Normalise the phrases once, when the flow loads."""
        return cls(name, tuple(dict.fromkeys(normalise(p) for p in phrases if normalise(p))), match)


def match_intent(text: str, candidates: Iterable[IntentSpec]) -> str | None:
    """The first candidate intent (in priority order) that the utterance expresses, or None."""
    utterance = normalise(text)
    for spec in candidates:
        if any(phrase_matches(utterance, phrase, spec.match) for phrase in spec.phrases):
            return spec.name
    return None


def phrases_for(names: Iterable[str], intents: Mapping[str, IntentSpec]) -> tuple[str, ...]:
    """All phrases of the named intents, for restricting a recogniser to what a state expects."""
    return tuple(dict.fromkeys(p for name in names if name in intents for p in intents[name].phrases))
