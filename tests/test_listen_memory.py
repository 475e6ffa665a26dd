"""What `listen` holds while it waits for a trigger (benchmarks/listen_idle.py's peak memory): no care model, which only
open utterances read, and a phone loop without PocketSphinx's dictionary; a trigger is still heard, and a flow's first
listening builds the care model. Speech is Piper joe (tests/speech.py)."""

from __future__ import annotations

from tests.conftest import recognise
from tests.speech import speech
from voice_pacer.config import DEFAULT_TRIGGERS
from voice_pacer.ears.base import Speech
from voice_pacer.ears.choose import care_reader, make_ears
from voice_pacer.ears.pocketsphinx_ears import PocketSphinxEars
from voice_pacer.intents import normalise
from voice_pacer.live import trigger_specs

WAKE = tuple(spec.phrases[0] for spec in trigger_specs({normalise(k): v for k, v in DEFAULT_TRIGGERS.items()}))


def test_waiting_for_a_trigger_builds_no_care_model_and_a_flow_s_first_listening_does() -> None:
    ears = PocketSphinxEars(care=care_reader())  # a new instance: make_ears's may have listened before
    heard = recognise(ears, speech("Okay, time out."), WAKE, wake=True)
    assert isinstance(heard, Speech) and heard.text == "time out"
    assert ears.care is not None and ears.care._building is None  # nothing built, nothing held
    recognise(ears, speech("We can start."), ("we can start", "stop"))
    assert ears.care._building is not None


def test_the_phone_loop_holds_no_words_and_still_judges_a_command() -> None:
    ears = make_ears("pocketsphinx")
    assert ears._phones.lookup_word("stop") is None  # the grammar's decoder has the dictionary, the phone loop none
    heard = recognise(ears, speech("Stop."), ("stop", "let us take a pause"))
    assert isinstance(heard, Speech) and heard.text == "stop"
