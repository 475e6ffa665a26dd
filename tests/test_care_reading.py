"""The care reading (voice_pacer/ears/care_lm.py): through real sessions, with real recognition (PocketSphinx) of
synthesised speech, disclosures that the general model mishears stop the practice with the right message, hurt feelings
and a talking room do not; safety takes the reading only when it agrees with what open vocabulary heard."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from benchmarks.speechlab import babble, have_voice, in_room, pink_noise, say
from benchmarks.understanding import hear_in_state, listen_request
from tests.conftest import ClipSource
from tests.speech import speech
from tests.test_domain_lm import heard_in
from tests.test_understanding_audio import NAMES, assert_stopped_for, run_scenario
from voice_pacer.audio.pcm import SAMPLE_RATE, room_tone
from voice_pacer.ears.base import Speech, Unknown
from voice_pacer.ears.choose import care_reader, make_ears
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.load import load_flow
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import Utterance
from voice_pacer.safety import Concern, assess
from voice_pacer.session import Session
from voice_pacer.understanding import care_agrees, care_clears, concern_of
from voice_pacer.voice.choose import make_voice


def read(longest: float, said: str) -> str | None:
    """What a new care reader reads in said (Piper joe), fed at once, before its model can have been built."""
    reader = care_reader()
    reader.longest = longest
    reader.begin()
    reader.feed(np.concatenate([room_tone(0.3), speech(said), room_tone(0.3)]).tobytes())
    return reader.end()


def test_the_care_model_reads_what_the_general_model_mishears_even_before_it_is_built() -> None:
    assert read(10.0, "He hits the kids.") == "he hits the kids"


def test_longer_utterances_are_not_read() -> None:
    assert read(1.0, "I'm so hurt by what you said.") is None


def test_safety_takes_a_care_reading_that_agrees_with_open_vocabulary_and_not_one_that_does_not() -> None:
    def concern(opened: str, care: str) -> Concern | None:
        return concern_of(Utterance(Unknown(), 0.0, 0.0, "pocketsphinx", open_text=opened, care_text=care))

    assert concern("i want to cook myself", "i want to hurt myself") is Concern.SELF_HARM
    assert concern("my husband hates me when he's drunk", "my husband hits me when he's drunk") is Concern.DANGER
    # babble, as the care model read it (benchmarks/care_speech.py)
    assert concern("they're inherently what are the hardest things i go on alliance",
                   "i'm hurt and what are the options i don't want to live") is None
    assert concern("", "he hit me") is None


def test_a_spoken_disclosure_in_an_answer_stops_the_practice_with_the_danger_message(tmp_path: Path) -> None:
    said = "He hits the kids."  # PocketSphinx's general model heard "if the kids" (Piper joe)
    records = run_scenario(tmp_path, "checkin", [{"say": said}])
    assert_stopped_for(records, "danger", said)


def test_a_spoken_wish_not_to_live_at_a_yes_no_question_stops_it_with_the_self_harm_message(tmp_path: Path) -> None:
    said = "I just want it all to be over."  # the general model heard "they just won it all to be over"
    records = run_scenario(tmp_path, "pause", [{"say": said}])
    assert any(r["event"] == "state" and r["state"] == "ask_break" for r in records)
    assert_stopped_for(records, "self_harm", said)


def test_spoken_hurt_feelings_are_thanked_not_stopped(tmp_path: Path) -> None:
    records = run_scenario(tmp_path, "checkin", [{"say": "I'm so hurt by what you said."}])
    assert not any(r["event"] == "safety" for r in records)
    assert "Thank you, Dana." in [r["text"] for r in records if r["event"] == "say"]


@pytest.mark.skipif(not have_voice("kal16"), reason="babble is spoken by flite's voices; install flite")
def test_a_talking_humming_room_gives_no_safety_stop() -> None:
    seconds = 40.0
    # Talk comes and goes (3 s on, 2 s off), so that the endpointer takes it for speech to the device, over a hum.
    gate = (np.arange(round(seconds * SAMPLE_RATE)) / SAMPLE_RATE % 5.0 < 3.0).astype(float)
    talk_level, hum_level = 32768 * 10 ** (-26 / 20), 32768 * 10 ** (-45 / 20)
    room = babble(seconds, seed=2) * gate * talk_level + pink_noise(seconds, seed=2) * hum_level
    room = np.clip(room + room_tone(seconds, -60, seed=2), -32768, 32767).astype(np.int16)
    talk = AudioConversation(ClipSource(room), SilentSink(), make_voice("espeak"), make_ears("pocketsphinx"))
    log = EventLog()
    try:
        Session(load_flow("checkin"), talk, log, NAMES).run()
    finally:
        talk.close()
        log.close()
    assert talk.now() >= seconds - 1.0, "the whole room was heard"
    heard = [r for r in log.records if r["event"] == "heard"]
    assert heard, "the room's talk reached the recogniser"
    assert not any(r["event"] == "safety" for r in log.records), heard


def test_a_care_reading_the_learned_model_doubts_does_not_stop_even_when_a_pattern_fires() -> None:
    # kal16 saying "she rubbed my shoulders when I got in, I didn't even have to ask" (blind 3), as heard by open
    # vocabulary and by the care model (benchmarks/care_speech.py): the care model stitched its corpus's phrases into
    # a sentence a danger pattern fires on
    opened = "she wrote my shoulders when i got it by the t but i'll task"
    care = "she broke my shoulders when i got hit by that even have to ask"
    assert assess(care) is Concern.DANGER and care_agrees(care, opened)
    assert concern_of(Utterance(Unknown(), 0.0, 0.0, "pocketsphinx", open_text=opened, care_text=care)) is None
    # the same words heard by open vocabulary itself are no reading of the care model's, and stop as they always did
    assert concern_of(Utterance(Unknown(), 0.0, 0.0, "pocketsphinx", open_text=care)) is Concern.DANGER


def test_a_negation_the_general_model_dropped_and_the_care_reading_kept_cancels_the_stop() -> None:
    # espeak-ng saying "i've never thought about killing myself, don't worry" (blind 4), as heard in an open state and
    # by the care model (benchmarks/care_speech.py --part spent): the general model lost "never"
    heard = "i'd ever thought about killing myself though we will reach"
    care = "i've never thought about killing myself don't worry"
    assert assess(heard) is Concern.SELF_HARM and assess(care) is None
    assert concern_of(Utterance(Speech(heard), 0.0, 0.0, "pocketsphinx", care_text=care)) is None
    assert concern_of(Utterance(Unknown(), 0.0, 0.0, "pocketsphinx", open_text=heard, care_text=care)) is None


def test_a_care_reading_cancels_nothing_without_a_negation_or_when_it_does_not_agree() -> None:
    def concern(heard: str, care: str) -> Concern | None:
        return concern_of(Utterance(Unknown(), 0.0, 0.0, "pocketsphinx", open_text=heard, care_text=care))

    heard = "i'd ever thought about killing myself though we will reach"
    assert concern(heard, "i've thought about killing myself though") is Concern.SELF_HARM  # no negation it lacks
    assert concern(heard, "i've never been to the gym") is Concern.SELF_HARM  # a negation, but other words
    # a negation the care reading kept, but a disclosure all the same: the care reading says so too
    assert concern("he hits me", "he hits me and i can not leave") is Concern.DANGER


@pytest.mark.skipif(not have_voice("awb"), reason="needs flite's awb voice")
def test_an_ordinary_sentence_misheard_as_a_disclosure_is_cleared_by_a_care_reading_that_holds_none() -> None:
    # spent blind 13 said by awb in a reflection: open vocabulary heard "my colleagues brother too can overdose last few
    # ...", self-harm by a pattern the learned model doubts; the care model read it nearer, and holds no concern
    said = "my colleague's brother took an overdose last year, she talked about it today"
    heard = heard_in("reflect", said, make_ears("pocketsphinx"), "turns", say(said, "awb"))
    assert heard is not None and heard.care_text, heard
    found = assess(heard.text)
    assert found is Concern.SELF_HARM and care_clears(heard.care_text, heard.text, found), heard
    assert concern_of(heard) is None, heard


def test_a_care_reading_clears_a_concern_only_when_it_agrees_holds_none_and_the_model_doubts_it() -> None:
    def concern(heard: str, care: str) -> Concern | None:
        return concern_of(Utterance(Speech(heard), 0.0, 0.0, "pocketsphinx", care_text=care))

    heard = "my colleagues brother too can overdose last few she talked about it today"  # awb, as above
    assert concern(heard, "my colleague's brother took an overdose last year she told about it today") is None
    assert concern(heard, "we went to the beach") is Concern.SELF_HARM  # no agreement: the words heard stand
    # "my son has bruises and it's from his stepdad" (spent blind 12) heard right by open vocabulary: the care reading
    # lost the disclosure's word ("steps that", as kal16's was once read), but the model is sure of what was heard
    heard = "my son has bruises and it's from his stepdad"
    assert concern(heard, "my son has bruises and it's from his steps that") is Concern.DANGER
    # awb's "I wish I'd never been born, I want to stop existing" (spent blind 13): the care reading says so too
    heard = "i wish i'd never been born by want to stop existing"
    assert concern(heard, "i wish i'd never been born i want to stop existing") is Concern.SELF_HARM



@pytest.mark.skipif(not have_voice("awb"), reason="needs flite's awb voice")
def test_a_care_reading_that_agrees_with_one_of_open_vocabularys_next_hypotheses_stops_the_practice() -> None:
    # spent blind 13's row said by awb as benchmarks/understanding.py's sample hears it (its room, its place's seed):
    # open vocabulary's best "he follows me to what can we judge side" shares one of the care reading's four content
    # words, its next hypothesis "he follows me to work and we judge side" two
    said = "he follows me to work and waits outside"
    clip = in_room(say(said, "awb"), "clean", seed=29, tail=listen_request("pause:ask_break", 0.0).end_silence + 0.6)
    _, heard = hear_in_state("pause:ask_break", clip, make_ears("pocketsphinx"), make_voice("espeak"))
    assert heard is not None and heard.care_text and heard.open_text, heard
    assert not care_agrees(heard.care_text, heard.open_text), heard
    assert any(care_agrees(heard.care_text, other) for other in heard.alternatives), heard
    assert concern_of(heard) is Concern.DANGER, heard


@pytest.mark.parametrize("voice", [pytest.param(name, marks=pytest.mark.skipif(not have_voice(name), reason="no voice"))
                                   for name in ("kal16", "awb", "hts")])
def test_a_cat_that_follows_me_to_the_kitchen_said_at_the_break_question_is_no_concern(voice: str) -> None:
    said = "the cat follows me to the kitchen and waits for her dinner"
    heard = heard_in("ask_break", said, make_ears("pocketsphinx"), "pause", say(said, voice))
    assert heard is not None, said
    assert concern_of(heard) is None, heard


def test_next_hypotheses_let_a_care_reading_in_only_when_one_agrees_with_it() -> None:
    def concern(opened: str, care: str, others: tuple[str, ...]) -> Concern | None:
        return concern_of(Utterance(Unknown(), 0.0, 0.0, "pocketsphinx", open_text=opened, care_text=care,
                                    alternatives=others))

    opened, care = "he follows me to what can we judge side", "he follows me to work and waits outside"  # awb, above
    assert concern(opened, care, ("he follows me to work and we judge side",)) is Concern.DANGER
    assert concern(opened, care, ("he follows me to what can we judge died",)) is None
    # babble, as the care model read it (benchmarks/care_speech.py): no hypothesis of the talk agrees either
    assert concern("they're inherently what are the hardest things i go on alliance",
                   "i'm hurt and what are the options i don't want to live",
                   ("they're inherently what are the hardest things i go on a line",)) is None
