"""A grammar holds the phrases people say most (voice_pacer.ears.grammar_use), counted once from the spent corpora."""

from __future__ import annotations

from benchmarks.grammar_use import counted
from voice_pacer.ears.grammar_use import by_use, count_use, stored_use
from voice_pacer.flowfile.common import common


def test_the_stored_counts_are_current() -> None:
    # stale after the templates or the spent corpora change: run python benchmarks/grammar_use.py
    assert stored_use() == counted()


def test_a_phrase_counts_the_rows_holding_it_as_whole_words() -> None:
    said = ["i am back now", "we are back", "feedback", "back back"]
    assert count_use(["i am back", "back", "go on"], said) == {"i am back": 1, "back": 3}


def test_phrases_said_equally_often_keep_their_order() -> None:
    counts = stored_use()["ready"]
    never = ["no such phrase", "nor this one"]
    assert by_use("ready", [*never, "i am ready", "ready"]) == ["ready", "i am ready", *never]
    assert counts["ready"] > counts["i am ready"]


def test_each_grammar_holds_its_most_said_phrases_first() -> None:
    for spec in common().intents.values():
        said = stored_use().get(spec.name, {})
        counts = [said.get(phrase, 0) for phrase in spec.grammar]
        assert counts == sorted(counts, reverse=True), spec.name
        assert counts[0] > 0, spec.name


def test_a_reply_template_order_left_out_is_in_the_grammar() -> None:
    # by template order and length, ready's grammar held "begin" and "yeah ready" but not "i am back" (10 spent rows)
    assert "i am back" in common().intents["ready"].grammar
