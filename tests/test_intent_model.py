"""The learned intent model: its shipped corpus and weights, what it hears in wordings written for these tests (none
of them a row of any corpus), what it leaves alone, and that it never answers with an intent the state does not
listen for."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.textmode import drive, end_reason, said, states
from voice_pacer.errors import UserError
from voice_pacer.flowfile.common import common
from voice_pacer.flowfile.load import load_flow
from voice_pacer.intent_model import (
    CORPUS,
    DOUBT_FLOOR,
    LABELS,
    NONE,
    NOT_DOUBTED,
    THRESHOLDS,
    WEIGHTS,
    Model,
    corpus_digest,
    decide,
    doubt,
    doubted,
    held_back,
    learned_intent,
    load_corpus,
    proposal,
    shipped_model,
)
from voice_pacer.intents import IntentSpec, match_intent, normalise
from voice_pacer.listening import listening_for

BENCHMARK_CORPORA = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus"

# (state, wording, intent): said in ways the shared templates do not write down
HEARD = [
    ("checkin:a_close", "I'm knackered, off to kip now", "leave"),
    ("checkin:a_close", "honestly I'm heading to my bed", "leave"),
    ("checkin:a_close", "please end all of this now", "stop"),
    ("checkin:a_close", "sorry, I did not hear what it asked", "repeat"),
    ("checkin:a_close", "sorry, my thoughts were elsewhere, what did it ask", "repeat"),
    ("checkin:a_close", "this exercise is a load of rubbish", "refuse"),
    ("checkin:a_close", "I'd love a moment to settle", "pause"),
    ("turns:floor", "and that's basically everything on my end", "done"),
    ("turns:floor", "I think I've said all of it now", "done"),
    ("pause:ask_break", "oh yes, I'd like that a lot", "yes"),
    ("pause:ask_break", "nah, we're alright to keep chatting", "no"),
]
# chatter, answers and hurt that hold command words: no command in any state
QUIET = [
    "the boiler stopped again so I had a cold shower", "I'm done with the ironing, do you want a biscuit",
    "she took a break from uni last year", "we're leaving for the airport at six on Friday",
    "did the kids finish their tea", "the printer at work broke and I had to help everyone",
    "he asked if I'm ready for the move", "I told my boss I need a break from the late shifts",
    "when you went to bed early I felt shut out", "you said let's stop and I felt dismissed",
    "I felt close when you asked me to repeat the joke", "I needed a minute and you gave me one, that helped",
    "when we stopped at the lake I felt close to you", "I was gutted when you left the party without me",
    "it stings when you say you're done with me", "my heart dropped when you said goodbye like that",
]
STATES = ("checkin:a_close", "turns:floor", "turns:reflect", "pause:ask_break", "pause:on_break", "collaborate:goal",
          "experiment:plan", "accountability:own_part")


def candidates(context: str) -> list[IntentSpec]:
    flow, state = context.split(":")
    return listening_for(load_flow(flow), state).candidates


def corpus_texts() -> set[str]:
    texts: set[str] = set()
    for path in [CORPUS, *BENCHMARK_CORPORA.glob("utterances.csv"), *BENCHMARK_CORPORA.glob("blind.csv"),
                 *BENCHMARK_CORPORA.glob("blind2.csv"), *BENCHMARK_CORPORA.glob("blind3.csv"),
                 *BENCHMARK_CORPORA.glob("blind4.csv"), *BENCHMARK_CORPORA.glob("blind5.csv")]:
        with path.open(newline="") as file:
            texts |= {normalise(row["text"]) for row in csv.DictReader(file)}
    return texts


def test_the_shipped_weights_were_trained_from_the_shipped_corpus() -> None:
    assert Model.load(WEIGHTS, corpus_digest()) is not None, "run: python -m voice_pacer.intent_model"


def test_the_corpus_has_every_intent_and_plenty_of_written_rows() -> None:
    examples = load_corpus()
    written = [e for e in examples if e.source == "written"]
    assert len(written) >= 3000
    assert {e.intent for e in written} == set(LABELS)
    assert sum(e.intent == NONE for e in written) >= 1000  # hard negatives: chatter, answers, hurt, stories...
    assert set(THRESHOLDS) == set(LABELS) - {NONE}


def test_the_test_wordings_are_in_no_corpus() -> None:
    texts = corpus_texts()
    assert not [text for _, text, _ in HEARD if normalise(text) in texts]
    assert not [text for text in QUIET if normalise(text) in texts]


@pytest.mark.parametrize(("context", "text", "intent"), HEARD)
def test_an_untemplated_wording_reaches_its_intent_in_its_state(context: str, text: str, intent: str) -> None:
    specs = candidates(context)
    assert learned_intent(text, {spec.name for spec in specs}) == intent  # the model's own opinion
    assert match_intent(text, specs) == intent  # and the matcher's decision, templates first


@pytest.mark.parametrize("text", QUIET)
def test_chatter_answers_and_hurt_stay_no_command(text: str) -> None:
    for context in STATES:
        specs = candidates(context)
        assert learned_intent(text, {spec.name for spec in specs}) is None, context
        assert match_intent(text, specs) is None, context


def test_the_model_is_asked_only_when_the_templates_say_nothing() -> None:
    specs = candidates("turns:floor")
    assert match_intent("please end all of this now", specs, learned=False) is None
    assert match_intent("please end all of this now", specs) == "stop"
    assert match_intent("I'm done", specs) == "done"  # a template's answer stands


def test_descriptions_and_decoys_are_left_to_the_templates() -> None:
    assert held_back("we take a long break when it gets loud")
    assert held_back("you go to bed too late")
    for decoy in common().decoys:
        assert held_back(decoy)
    assert not held_back("we need a break")
    assert not held_back("can we stop")


def test_an_intent_not_listened_for_is_never_returned() -> None:
    # "yes, absolutely" is yes wherever yes is heard; where only done and interrupt are, nothing may come of it
    assert learned_intent("yes, absolutely, I'd love that", {"yes", "no"}) == "yes"
    for text in ["yes, absolutely, I'd love that", "I'm off to my bed", "please end all of this now"]:
        assert learned_intent(text, {"done", "interrupt"}) in (None, "done", "interrupt")
        assert learned_intent(text, set()) is None


@given(st.lists(st.sampled_from(LABELS[1:]), unique=True),
       st.lists(st.floats(0.0, 1.0, allow_nan=False), min_size=len(LABELS), max_size=len(LABELS)))
def test_decide_answers_only_with_an_intent_listened_for(listened: list[str], raw: list[float]) -> None:
    probabilities = np.array(raw) + 1e-9
    probabilities /= probabilities.sum()
    found = decide(probabilities, set(listened))
    assert found is None or found in listened


def shares(intent: str, share: float) -> np.ndarray:
    """Probabilities where `intent` holds `share` of its own and none's, the rest spread over the other labels."""
    probabilities = np.full(len(LABELS), 0.01)
    probabilities[LABELS.index(intent)] = 0.5 * share
    probabilities[LABELS.index(NONE)] = 0.5 * (1 - share)
    return probabilities


@pytest.mark.parametrize("intent", sorted(set(LABELS[1:]) - NOT_DOUBTED))
def test_a_proposal_is_doubted_from_the_floor_up_to_its_threshold(intent: str) -> None:
    listened = {intent, "yes", "no"}
    assert doubt(shares(intent, DOUBT_FLOOR - 0.02), listened) is None
    assert doubt(shares(intent, DOUBT_FLOOR + 0.02), listened) == intent
    assert doubt(shares(intent, THRESHOLDS[intent] - 0.02), listened) == intent
    assert doubt(shares(intent, THRESHOLDS[intent] + 0.02), listened) is None  # taken, not asked about
    assert doubt(shares(intent, DOUBT_FLOOR + 0.02), listened - {intent}) is None


@pytest.mark.parametrize("intent", sorted(NOT_DOUBTED))
def test_yes_no_and_what_a_partner_said_are_never_doubted(intent: str) -> None:
    assert doubt(shares(intent, (DOUBT_FLOOR + THRESHOLDS[intent]) / 2), {intent, "stop"}) is None


@pytest.mark.parametrize("text", ["I could do with some fresh air", "maybe call it a night",
                                  "we take a long break when it gets loud", "hang on a second", "I need a break"])
def test_doubted_is_the_models_proposal_in_the_band_and_never_what_it_leaves_alone(text: str) -> None:
    listened = {spec.name for spec in candidates("accountability:ready_answer")}
    intent, share = proposal(shipped_model().probabilities(text), listened) or (NONE, 0.0)
    in_band = intent not in NOT_DOUBTED and DOUBT_FLOOR <= share < THRESHOLDS.get(intent, 0.0)
    assert doubted(text, listened) == (intent if in_band and not held_back(text) else None)
    assert doubted(text, set()) is None


@given(st.text(max_size=80))
def test_no_text_breaks_the_model(text: str) -> None:
    assert learned_intent(text, set(LABELS)) in (None, *LABELS[1:])


def test_a_malformed_corpus_row_is_one_line_naming_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "intents.csv"
    path.write_text("text,intent,kind,context,source\nlet's stop,stop,command,any,written\nhello,greet,x,any,written\n")
    with pytest.raises(UserError, match=rf"{path}:3: intent 'greet'"):
        load_corpus(path)
    path.write_text("text,label\n")
    with pytest.raises(UserError, match=rf"{path}:1: the header"):
        load_corpus(path)


def test_stale_weights_are_not_used(tmp_path: Path) -> None:
    saved = tmp_path / "weights.npz"
    shipped_model().save(saved, "another corpus")
    assert Model.load(saved, corpus_digest()) is None
    assert Model.load(saved, "another corpus") is not None


def heard(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if r["event"] == "heard"]


def test_a_checkin_ends_kindly_on_an_untemplated_goodnight() -> None:
    records = drive("checkin", ["the tea this morning", "I'm knackered, off to kip now"])
    assert [h["intent"] for h in heard(records)] == [None, "leave"]
    assert states(records)[-1] == "_left"
    assert said(records)[-1] == common().prompts["left"]


def test_a_turn_ends_on_an_untemplated_handover_and_the_answers_stay_answers() -> None:
    records = drive("turns", ["I felt shut out when you went to bed early", "I think I've said all of it now",
                              "you felt shut out", "I was tired", "that's all", "you were tired"])
    assert [h["intent"] for h in heard(records)] == [None, "done", None, None, "done", None]
    assert end_reason(records) == "completed"
