"""PocketSphinx ears on synthetic (Piper 'joe') speech: commands, free answers, silence and other talk."""

from __future__ import annotations

import contextlib

import numpy as np
import pytest

from tests.conftest import recognise
from tests.speech import speech
from voice_pacer.audio.pcm import SAMPLE_RATE, room_tone
from voice_pacer.config import DEFAULT_TRIGGERS
from voice_pacer.ears.base import Nothing, Speech, Unknown, words_of
from voice_pacer.ears.pocketsphinx_ears import PocketSphinxEars, spoken_variants
from voice_pacer.errors import UserError
from voice_pacer.flowfile.common import common
from voice_pacer.flowfile.load import builtin_flows, load_flow
from voice_pacer.intents import IntentSpec, match_intent, normalise

# Measured with every phrase in one grammar: 'done', 'violent' and 'violence' come out as other words or fall just
# under the rejection threshold. A small budget keeps the test about the ears; test_intents_spoken checks each
# listening state's own phrase set and names the words it may miss.
MISSES_ALLOWED = 3
FREE_ANSWERS = [
    "I felt close when you made me tea this morning",
    "I appreciate that you called my mother",
    "Work has been really stressful for me lately",
    "I would like us to plan a trip this summer",
    "I loved the dinner we had on Friday",
    "I think we both need more sleep",
    "Thank you for listening to me tonight",
    "I miss the way we used to dance in the kitchen",
    "I hope we can be kinder to each other",
    "I feel calmer when the house is tidy",
]
MAX_WER = 0.15  # measured 0.097 over these ten answers
OTHER_TALK = [
    "I wish we could spend more time together on weekends",
    "It bothers me when the dishes pile up in the sink",
    "Sometimes I feel like you are not listening to me",
    "My sister is coming to visit next month",
    "You always leave your shoes in the hallway",
    "I noticed you seemed tired after work",
    "We should call the plumber about the leak",
    "The car needs new tyres before winter",
    "I worry about our savings sometimes",
    "Our neighbours are moving away in the spring",
    *FREE_ANSWERS,
]


def intent_sets() -> list[dict[str, IntentSpec]]:
    """The shared intents, and each built-in flow's (flows may not exist yet in a fresh checkout)."""
    sets = [common().intents]
    with contextlib.suppress(UserError):
        sets += [load_flow(name).intents for name in builtin_flows()]
    return [specs for specs in sets if specs]


def all_specs() -> list[IntentSpec]:
    merged: dict[str, IntentSpec] = {}
    for specs in intent_sets():
        merged.update(specs)
    return list(merged.values())


def all_phrases() -> list[str]:
    return list(dict.fromkeys(phrase for spec in all_specs() for phrase in spec.grammar[:6]))


def as_heard(text: str) -> np.ndarray:
    """Speech with a little room before and after, as an endpointer passes it on."""
    pad = np.zeros(int(0.3 * SAMPLE_RATE), dtype=np.int16)
    audio = np.concatenate([pad, speech(text), pad])
    return audio + room_tone(len(audio) / SAMPLE_RATE, level_dbfs=-70)


def hear(ears: PocketSphinxEars, pcm: np.ndarray, phrases: list[str] | None, wake: bool = False) -> str:
    """The words recognised; empty for unknown speech and for nothing."""
    return words_of(recognise(ears, pcm, phrases, wake))


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word-level Levenshtein distance over the reference length (both normalised)."""
    ref, hyp = normalise(reference).split(), normalise(hypothesis).split()
    row = list(range(len(hyp) + 1))
    for i, ref_word in enumerate(ref, 1):
        previous, row[0] = row[0], i
        for j, hyp_word in enumerate(hyp, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ref_word != hyp_word))
    return row[-1] / max(len(ref), 1)


@pytest.fixture(scope="module")
def ears() -> PocketSphinxEars:
    return PocketSphinxEars()


def test_word_error_rate_helper() -> None:
    assert word_error_rate("a b c", "a b c") == 0
    assert word_error_rate("a b c", "a x c d") == pytest.approx(2 / 3)


def test_spoken_variants_normalise_back() -> None:
    for phrase in ("let us go", "i am not safe", "ok", "that is it"):
        variants = spoken_variants(phrase)
        assert len(variants) == 2 and {normalise(v) for v in variants} == {phrase}


def test_every_command_phrase_is_heard_as_its_intent(ears: PocketSphinxEars) -> None:
    specs, phrases = all_specs(), all_phrases()
    misses = []
    for phrase in phrases:
        expected = match_intent(phrase, specs)  # what a perfect transcript would give
        heard = hear(ears, as_heard(phrase), phrases)
        if match_intent(heard, specs) != expected:
            misses.append((phrase, heard))
    assert len(misses) <= MISSES_ALLOWED, misses


def test_contracted_speech_matches(ears: PocketSphinxEars) -> None:
    specs, phrases = all_specs(), all_phrases()
    for said, intent in [("let's pause", "pause"), ("I'm ready", "ready"), ("that's all", "done")]:
        assert match_intent(hear(ears, as_heard(said), phrases), specs) == intent, said


def test_other_talk_is_not_taken_for_a_command(ears: PocketSphinxEars) -> None:
    # accountability's 'blame' is meant to be found inside talk ("you always ..." gets a gentle redirect): not a command
    specs, phrases = [spec for spec in all_specs() if spec.name != "blame"], all_phrases()
    heard = {text: hear(ears, as_heard(text), phrases) for text in OTHER_TALK}
    assert not {text: said for text, said in heard.items() if match_intent(said, specs)}


def test_free_answers_are_transcribed(ears: PocketSphinxEars) -> None:
    rates = [word_error_rate(text, hear(ears, as_heard(text), None)) for text in FREE_ANSWERS]
    assert sum(rates) / len(rates) < MAX_WER, rates


@pytest.mark.parametrize("phrases", [None, ["stop", "yes", "no"]])
def test_room_tone_is_empty(ears: PocketSphinxEars, phrases: list[str] | None) -> None:
    assert recognise(ears, room_tone(1.5, level_dbfs=-60), phrases) == Nothing()


def test_grammars_are_cached_and_switching_is_cheap(ears: PocketSphinxEars) -> None:
    phrases = ["stop", "yes", "no"]
    hear(ears, as_heard("yes"), phrases)
    searches = dict(ears._searches)
    heard = recognise(ears, as_heard("no"), list(reversed(phrases)))
    assert words_of(heard) == "no" or isinstance(heard, Unknown), heard
    assert ears._searches == searches


def test_unknown_words_are_reported_once() -> None:
    told: list[str] = []
    ears = PocketSphinxEars(notify=told.append)
    ears.begin(["stop", "flibbertigibbet now"])
    ears.end()
    ears.begin(["flibbertigibbet now", "yes"])
    ears.end()
    assert len(told) == 1 and "flibbertigibbet" in told[0]


# Chatter that a command grammar of the trigger phrases does accept ("time out", "let's pause"): an idle room must not
# start a flow on it.
TRIGGER_LIKE = ["Did you buy milk?", "Is it time to go out?", "I paused the show for you."]


def test_wake_phrases_need_a_surer_match_than_commands(ears: PocketSphinxEars) -> None:
    triggers = list(DEFAULT_TRIGGERS)
    as_commands = [recognise(ears, as_heard(text), triggers) for text in TRIGGER_LIKE]
    assert sum(isinstance(heard, Speech) for heard in as_commands) >= 2, as_commands  # what the stricter check is for
    as_wake = [recognise(ears, as_heard(text), triggers, wake=True) for text in TRIGGER_LIKE]
    assert all(isinstance(heard, Unknown) for heard in as_wake), as_wake
    for phrase in ("Let's pause.", "Time out.", "Let's check in.", "Let's take turns."):
        assert normalise(hear(ears, as_heard(phrase), triggers, wake=True)) == normalise(phrase), phrase


def test_a_stop_said_with_its_release_is_heard_on_a_fresh_decoder() -> None:
    # "Stop." ends in a release that a grammar holding "stop the session" took for "the"; fresh ears, as at start-up
    stop = list(common().intents["stop"].grammar)
    assert hear(PocketSphinxEars(), as_heard("Stop."), stop) == "stop"
