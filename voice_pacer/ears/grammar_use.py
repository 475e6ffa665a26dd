"""How often people say each intent's phrases, so that a grammar holds the common ones first.

A grammar-restricted state holds voice_pacer.intents.GRAMMAR_PHRASES phrases an intent. Chosen by template order and
length, a new template pushed a common reply out ("no thanks", release 22). The counts are how many rows of the spent
corpora (benchmarks/corpus: tuning rows and spent blind corpora, written by people who never saw the templates) of an
intent hold each of its phrases as consecutive words; `python benchmarks/grammar_use.py` writes them to USE, and the
flows read them as data when they load."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path

USE = Path(__file__).resolve().parents[1] / "data" / "grammar_use.json"


@cache
def stored_use() -> Mapping[str, Mapping[str, int]]:
    """Per intent, each phrase said in the spent corpora and how many of its rows say it (USE; empty if missing)."""
    try:
        return json.loads(USE.read_text())
    except FileNotFoundError:
        return {}


def by_use(intent: str, phrases: Iterable[str]) -> list[str]:
    """The phrases, the most said first; those said equally often keep their order."""
    counts = stored_use().get(intent, {})
    return sorted(phrases, key=lambda phrase: -counts.get(phrase, 0))


def count_use(phrases: Iterable[str], said: Sequence[str]) -> dict[str, int]:
    """How many of the said texts (normalised words, without hesitations) hold each phrase as consecutive words;
    phrases no text holds are left out."""
    padded = [f" {text} " for text in said]
    counts = {phrase: sum(f" {phrase} " in text for text in padded) for phrase in dict.fromkeys(phrases)}
    return {phrase: count for phrase, count in counts.items() if count}
