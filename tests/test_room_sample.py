"""benchmarks/room.py's fixed sample (benchmarks/corpus/room.csv): stratified by intent and read as stored, so that a
change to the templates no longer changes the room's clips or figures."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from voice_pacer.flowfile.common import common

SAMPLE = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus" / "room.csv"
COMMAND_INTENTS = {name for name in common().intents if name != "unsafe"}


def rows() -> list[dict[str, str]]:
    with SAMPLE.open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def test_the_sample_holds_every_command_intent_with_commands_chatter_and_triggers() -> None:
    kinds = Counter(row["kind"] for row in rows())
    assert kinds == {"command": 29, "chatter": 10, "trigger": 4}
    said_for = Counter(row["intent"] for row in rows() if row["kind"] == "command")
    assert set(said_for) == COMMAND_INTENTS  # stratified: every command intent, 1 to 4 wordings each
    assert max(said_for.values()) <= 4
    assert all(not row["intent"] for row in rows() if row["kind"] != "command")


def test_the_benchmark_reads_the_stored_sample_not_the_templates() -> None:
    from benchmarks.room import CHATTER, COMMANDS, TRIGGER_LINES

    stored = rows()
    assert [(row["text"], row["intent"]) for row in stored if row["kind"] == "command"] == COMMANDS
    assert [row["text"] for row in stored if row["kind"] == "chatter"] == CHATTER
    assert [row["text"] for row in stored if row["kind"] == "trigger"] == TRIGGER_LINES
