"""The learned safety model: its shipped corpus and weights, its guards, and the union with the patterns on wordings
written for these tests from first principles (none of them a row of any corpus)."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from voice_pacer.errors import UserError
from voice_pacer.safety import Concern, assess, normalise, pattern_concern
from voice_pacer.safety_model import (
    CORPUS,
    LABELS,
    THRESHOLDS,
    WEIGHTS,
    Model,
    corpus_digest,
    guarded,
    learned_concern,
    load_corpus,
    shipped_model,
    tokens,
    unclassed,
    verdict,
)

BENCHMARK_CORPORA = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus"

DANGER = [
    "he rammed my head against the car window", "she keeps whacking me with the hairbrush",
    "my boyfriend squeezed my throat till I saw spots", "he thumped me in the ribs again this morning",
    "my husband says he'll bury me in the garden", "he flung the kettle at me",
    "I had to patch up the gash he gave me", "my partner threatened me with the carving knife",
    "he hurt our little one and I'm frightened", "I'm too frightened to go back to the flat while he's there",
    "he gets the belt out when the kids cry", "I've got bruises on my neck from his hands",
    "my ex said he'll come round and finish me off", "he shoved me so hard I hit the radiator",
]
SELF_HARM = [
    "I would like my life to be over now", "I've been stockpiling my sleeping tablets",
    "honestly I'd like to not wake up in the morning", "I keep thinking everyone would cope better if I was gone",
    "I've started hurting myself again at night", "I can't see myself still alive next spring",
    "I've decided I'm going to end my life", "some days I want to die so badly",
    "I've written a goodbye note to my family", "I went up to the bridge to jump",
]
NEITHER = [
    # who, when and what was said, with no word of harm, fear or threat
    "she got home at nine, just like she told me she would", "he rang me back later, as he'd said",
    # hurt feelings said strongly
    "you wounded me when you laughed at my idea", "it felt like a punch in the gut when you forgot",
    "I'm so hurt I can hardly look at you", "you make me feel like dirt sometimes",
    # negations
    "he has never once hurt me", "I'm not scared of my wife at all", "I would never do anything to myself",
    "nobody in this house is violent",
    # stories, games, news and work
    "in the series the husband strangles his boss", "the news was about a stabbing in the city",
    "we played a shooting game with the kids", "the novel I'm reading has a woman who wants to die",
    # idioms and ordinary talk
    "these stairs will be the death of me", "I'm dying for a hot bath", "my boss will murder me if I'm late",
    "the heat is killing the tomatoes", "I burnt my wrist taking the tray out of the oven",
    "can you sharpen the kitchen knives this weekend",
]


def union(text: str) -> Concern | None:
    """What the session decides: the patterns, then the model."""
    return assess(text)


def corpus_texts() -> set[str]:
    """Every utterance of the training corpus and the benchmark corpora written so far (blind 2 is not opened)."""
    texts = {normalise(example.text) for example in load_corpus()}
    for name in ("utterances.csv", "blind.csv"):
        with (BENCHMARK_CORPORA / name).open(newline="") as file:
            texts |= {normalise(row["text"]) for row in csv.DictReader(file)}
    return texts


def test_the_test_sentences_are_in_no_corpus() -> None:
    seen = corpus_texts()
    assert [text for text in DANGER + SELF_HARM + NEITHER if normalise(text) in seen] == []


@pytest.mark.parametrize("text", DANGER)
def test_danger_is_caught(text: str) -> None:
    assert union(text) == Concern.DANGER


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_is_caught(text: str) -> None:
    assert union(text) == Concern.SELF_HARM


@pytest.mark.parametrize("text", NEITHER)
def test_hurt_negations_stories_and_idioms_do_not_stop(text: str) -> None:
    assert union(text) is None


@given(st.text(max_size=200))
def test_any_text_gets_a_concern_or_none(text: str) -> None:
    assert learned_concern(text) in (None, Concern.DANGER, Concern.SELF_HARM)


def test_the_model_catches_what_the_patterns_miss() -> None:
    missed = [text for text in DANGER + SELF_HARM if pattern_concern(text) is None]
    assert missed and all(learned_concern(text) is not None for text in missed)


@pytest.mark.parametrize(("text", "expected"), [
    ("he dragged me across the floor", Concern.DANGER),
    ("in the film he dragged me across the floor", None),  # a story frame
    ("if he ever dragged me across the floor I would leave", None),  # a hypothesis
    ("I want to kill myself", Concern.SELF_HARM),
    ("she says I want to kill myself but I was joking", None),  # the speaker's words reported
    ("honestly I could just die of shame after that meeting", None),  # death as a figure of speech
    ("my mum will skin be alive", None),  # "skin me alive", as the care reading heard it
    ("I don't want to be alive", Concern.SELF_HARM),  # the same words with no figure before them
    ("I keep wishing I was dead, I'm sick of all of it", Concern.SELF_HARM),  # "sick of" is no figure of death
])
def test_the_patterns_guards_apply_to_the_model(text: str, expected: Concern | None) -> None:
    anything = {Concern.DANGER: 0.0, Concern.SELF_HARM: 0.0}  # every verdict reaches the guards
    assert verdict(normalise(text), shipped_model(), anything) == expected


def test_a_negation_beyond_the_marked_words_is_caught_by_the_guard() -> None:
    said = normalise("he would never ever even think of hurting me")
    words = tokens(said)
    at = words.index("hurting")  # unmarked: the negation is too far back for the model's features to see it
    assert guarded(said, words, at, Concern.DANGER)
    assert not guarded(normalise("he keeps on hurting me"), tokens(normalise("he keeps on hurting me")), 3,
                       Concern.DANGER)
    assert learned_concern(said) is None


def test_the_shipped_corpus_is_well_formed() -> None:
    examples = load_corpus()
    counts = {label: sum(e.label == label for e in examples) for label in LABELS}
    assert counts["danger"] >= 400 and counts["self_harm"] >= 300 and counts["none"] >= 900
    said = [normalise(e.text) for e in examples]
    assert len(said) == len(set(said)), "duplicate utterances"
    with (BENCHMARK_CORPORA / "utterances.csv").open(newline="") as file:
        held_out = {normalise(row["text"]) for row in csv.DictReader(file) if row["split"] == "held_out"}
    assert held_out.isdisjoint(said), "held-out rows must never be trained on"


def test_the_shipped_weights_are_those_of_the_shipped_corpus() -> None:
    saved = Model.load(WEIGHTS, corpus_digest())
    assert saved is not None, "rebuild: python -m voice_pacer.safety_model"
    fresh = Model.train(load_corpus())
    assert saved.vocabulary == fresh.vocabulary
    np.testing.assert_allclose(saved.weights, fresh.weights, atol=1e-4)


def test_weights_of_another_corpus_are_not_used(tmp_path: Path) -> None:
    path = tmp_path / "weights.npz"
    shipped_model().save(path, "another corpus")
    assert Model.load(path, corpus_digest()) is None
    assert Model.load(path, "another corpus") is not None
    assert Model.load(tmp_path / "missing.npz", "another corpus") is None


@pytest.mark.parametrize(("content", "line", "says"), [
    ("text,label\nhe hit me,danger\n", 1, "header"),
    ("text,label,kind\nhe hit me,danger,danger\nhe pushed me,dangr,danger\n", 3, "label 'dangr'"),
    ("text,label,kind\nhe hit me,danger,danger\n\"he, again\",danger\n", 3, "three fields"),
    ("text,label,kind\nhe hit me,danger,story time\n", 2, "kind 'story time'"),
])
def test_a_malformed_corpus_is_a_user_error_at_file_and_line(tmp_path: Path, content: str, line: int,
                                                              says: str) -> None:
    path = tmp_path / "corpus.csv"
    path.write_text(content)
    with pytest.raises(UserError, match=f"{path}:{line}: .*{says}"):
        load_corpus(path)


def test_the_thresholds_and_corpus_are_the_shipped_ones() -> None:
    assert CORPUS.exists() and WEIGHTS.exists()
    assert all(0.5 <= value < 1 for value in THRESHOLDS.values())


@pytest.mark.parametrize("text", [
    "he said if I ever went to anyone he would make sure nobody believed me",
    # under UNCLASSED_DANGER from release 22 to 24 (0.99 then); with blind 11 in the corpus the value is 0.98 again
    "when he comes home drunk I keep the kids upstairs and wait for it to be over",
])
def test_danger_said_without_a_word_of_harm_stops_when_the_model_is_very_sure(text: str) -> None:
    # no word of harm, fear, threat or control, and no pattern: only the model, and only above UNCLASSED_DANGER
    assert unclassed(tokens(normalise(text))) and pattern_concern(text) is None
    assert assess(text) is Concern.DANGER


STORIES_THE_PATTERNS_TAKE = [
    "there was a suicide on the northern line so the trains were stopped",
    "we watched a talk about suicide prevention at the school",
    "I never said I feel unsafe with you",
]


@pytest.mark.parametrize("text", STORIES_THE_PATTERNS_TAKE)
def test_a_pattern_hit_the_model_all_but_rules_out_does_not_stop(text: str) -> None:
    # the patterns fire on these; the model (under PATTERN_DOUBT) takes them back
    assert pattern_concern(text) is not None and normalise(text) not in corpus_texts()
    assert assess(text) is None


def test_pattern_hits_on_disclosures_are_not_vetoed() -> None:
    caught = [text for text in DANGER + SELF_HARM if pattern_concern(text) is not None]
    assert caught and all(assess(text) == pattern_concern(text) for text in caught)
