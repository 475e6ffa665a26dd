"""The commands' language model (PocketSphinx's second reading) and the session's decision between readings, on real
speech (Piper joe) through the session's own listening path and on the ARPA text it is built from."""

from __future__ import annotations

import math
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from benchmarks.speechlab import have_voice, say
from tests.conftest import recognise
from tests.speech import speech
from voice_pacer.audio.pcm import SAMPLE_RATE, room_tone
from voice_pacer.ears.base import Speech, Unknown
from voice_pacer.ears.choose import COMMAND_WORDS, command_wordings, domain_wordings, make_ears
from voice_pacer.ears.domain_lm import START, arpa, probabilities, weighted_sentences
from voice_pacer.ears.pocketsphinx_ears import DOMAIN_NEAR_OPEN, DOMAIN_SPREAD, PocketSphinxEars, spoken_variants
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.load import load_flow
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import InputEnded, ListenRequest, Utterance
from voice_pacer.intents import match_intent, normalise
from voice_pacer.listening import listening_for
from voice_pacer.scenario import Say, ScenarioSource
from voice_pacer.understanding import Understanding, intent_of
from voice_pacer.voice.choose import make_voice


@pytest.fixture(scope="module")
def ears() -> PocketSphinxEars:
    """The session's PocketSphinx ears with the shared commands model; an instance of this module's own, so the audio
    fed here leaves the cached instance other tests share as it was."""
    return PocketSphinxEars(wordings=domain_wordings())


SENTENCES = [(("let", "us", "stop"), 1.0), (("stop",), 0.5), (("let", "us", "go", "now"), 0.25)]


def probability(probs: list[dict], backoff: dict, word: str, context: tuple[str, ...]) -> float:
    """P(word | context) from the model's seen n-grams and backoff weights, as a decoder reads an ARPA file."""
    context = context[-(len(probs) - 1) :] if len(probs) > 1 else ()
    gram = (*context, word)
    if gram in probs[len(gram) - 1]:
        return probs[len(gram) - 1][gram]
    return backoff.get(context, 1.0) * probability(probs, backoff, word, context[1:])


@pytest.mark.parametrize("context", [(START,), (START, "let"), ("let", "us"), ("us",), ("go", "now"), ("never",)])
def test_every_context_spreads_exactly_one_over_the_words(context: tuple[str, ...]) -> None:
    probs, backoff = probabilities(SENTENCES)
    vocabulary = [gram[0] for gram in probs[0]]
    assert math.isclose(sum(probability(probs, backoff, word, context) for word in vocabulary), 1.0)


def test_each_intent_weighs_the_same_whatever_its_number_of_wordings() -> None:
    wordings = {"stop": ("stop", "let us stop", "that is enough"), "yes": ("yes",)}
    sentences = weighted_sentences(wordings, lambda phrase: [phrase], lambda word: True)
    by_first = {words: weight for words, weight in sentences}
    assert math.isclose(sum(by_first[tuple(p.split())] for p in wordings["stop"]), 1.0)
    assert by_first[("yes",)] == 1.0
    unknown_yes = weighted_sentences(wordings, lambda phrase: [phrase], lambda word: word != "yes")
    assert ("yes",) not in [words for words, _ in unknown_yes]


def test_the_default_ears_have_the_commands_model() -> None:
    assert isinstance(make_ears("pocketsphinx"), PocketSphinxEars)
    assert make_ears("pocketsphinx")._domain_decoder() is not None  # built, no audio fed: the shared instance is as was


def test_the_model_holds_the_intent_corpus_commands_as_well_as_the_templates() -> None:
    """What people said in the intent corpus, around and instead of the templates' words, is in the model."""
    from voice_pacer.intent_model import load_corpus

    held, templates = domain_wordings(), command_wordings()
    assert all(set(templates[name]) <= set(held[name]) for name in templates)
    said = {(example.intent, normalise(example.text)) for example in load_corpus() if example.intent in held}
    beyond = {(intent, text) for intent, text in said if text not in templates[intent]}
    short = {(intent, text) for intent, text in beyond if len(text.split()) <= COMMAND_WORDS}
    assert len(short) > 1000 and all(text in held[intent] for intent, text in short)
    assert not any(text in held[intent] for intent, text in beyond - short)  # stories ending in a command stay out


def test_the_model_loads_into_pocketsphinx_and_hears_a_wording_of_it(tmp_path: Path) -> None:
    ears = PocketSphinxEars()
    decoder = ears._open()
    sentences = weighted_sentences(command_wordings(), spoken_variants, lambda w: decoder.lookup_word(w) is not None)
    assert len(sentences) > 1500
    path = tmp_path / "commands.arpa"
    path.write_text(arpa(sentences, spread=DOMAIN_SPREAD))
    decoder.add_lm_file("test-domain", str(path))
    decoder.activate_search("test-domain")
    decoder.start_utt()
    decoder.process_raw(speech("Can we take a break for a minute?").tobytes(), False, True)
    decoder.end_utt()
    heard = decoder.hyp().hypstr
    assert heard in {" ".join(words) for words, _ in sentences} and "break" in heard, heard


def heard_in(state: str, text: str, ears: PocketSphinxEars, flow: str = "pause",
             clip: np.ndarray | None = None) -> Utterance | None:
    """One spoken line (Piper joe's, or the clip given) heard as the flow's state listens (its grammar, then the open
    pass), as a session hears it: from the decoders' initial state, as every session starts (make_ears), so no test
    hears through the audio of the tests before it."""
    ears.forget_room()
    listening = listening_for(load_flow(flow), state)
    clip = speech(text) if clip is None else clip
    pad = np.zeros(int(0.5 * SAMPLE_RATE), dtype=np.int16)
    audio = np.concatenate([pad, clip, np.zeros(2 * SAMPLE_RATE, dtype=np.int16)])
    audio = np.clip(audio + room_tone(len(audio) / SAMPLE_RATE, level_dbfs=-65, seed=2), -32768, 32767)
    talk = AudioConversation(ScenarioSource([[Say(say="line")]], lambda _: audio.astype(np.int16)), SilentSink(),
                             make_voice("espeak"), ears)
    try:
        heard = talk.listen(ListenRequest(listening.phrases, 0.8, None, len(audio) / SAMPLE_RATE + 1.0, turn=True,
                                          commands=listening.commands))
    except InputEnded:
        return None
    finally:
        talk.close()
    return heard if isinstance(heard, Utterance) else None


def understood(state: str, text: str, ears: PocketSphinxEars, flow: str = "pause",
               clip: np.ndarray | None = None) -> tuple[str | None, Utterance]:
    heard = heard_in(state, text, ears, flow, clip)
    assert heard is not None, f"nothing heard of {text!r}"
    return Understanding(EventLog())(heard, listening_for(load_flow(flow), state).candidates).event, heard


OUTSIDE_THE_GRAMMAR = [("We should wrap this up.", "stop"), ("Alright, that would help.", "yes"),
                       ("I'm heading to lie down.", "leave")]


@pytest.mark.parametrize(("text", "intent"), OUTSIDE_THE_GRAMMAR)
def test_a_wording_outside_the_grammar_is_understood_through_the_commands_model(text: str, intent: str,
                                                                               ears: PocketSphinxEars) -> None:
    """At the yes/no question none of these is a grammar phrase, and open vocabulary mishears them ("we should wrap
    the stuff", "are right that would help", "i'm heading to live down")."""
    assert normalise(text) not in (listening_for(load_flow("pause"), "ask_break").phrases or ())
    event, heard = understood("ask_break", text, ears)
    assert event == intent, heard
    assert heard.domain_text is not None and heard.open_text != heard.domain_text, heard


# In an answer, a short utterance is also checked against a grammar of the short commands, which lacks refusals and
# disputes said in other words: it forced "I refuse." into "what" or "i'm confused" and "Are you serious?" into "freeze
# it". The commands model, reading the same audio, hears them as they were said.
FORCED_IN_AN_ANSWER = [("turns", "reflect", "I refuse.", "refuse"), ("turns", "floor", "Are you serious?", "interrupt")]


@pytest.mark.parametrize(("flow", "state", "text", "intent"), FORCED_IN_AN_ANSWER)
def test_a_short_command_the_answer_grammar_forced_is_read_again_by_the_commands_model(
        flow: str, state: str, text: str, intent: str, ears: PocketSphinxEars) -> None:
    event, heard = understood(state, text, ears, flow)
    assert event == intent, heard
    assert heard.domain_text is not None and normalise(heard.domain_text) != normalise(heard.text), heard


def test_a_reading_that_is_no_wording_must_fit_the_sound_better_than_a_wording() -> None:
    """Open vocabulary misheard this ("sorry can we pause 'em to one of the top"); the commands model strings its word
    sequences into a sentence it holds no wording of, offered only above DOMAIN_LOOSE_BELOW."""
    text = "Sorry, can we pause? I'm too wound up to talk."
    ears = PocketSphinxEars(wordings=domain_wordings())  # fresh ears each time: the decoders adapt to what they hear
    ears.domain_loose_below = ears.domain_below
    heard = heard_in("floor", text, ears, "turns")
    assert heard is not None and heard.domain_text is not None and heard.domain_text not in ears._sentences, heard
    assert ears.domain_margin is not None and ears.domain_margin < 0
    stricter = PocketSphinxEars(wordings=domain_wordings())
    stricter.domain_loose_below = ears.domain_margin + 0.01  # the bar just above how well that reading fit
    stricter.domain_near_open = math.inf  # the bar against open vocabulary's fit is another test's
    again = heard_in("floor", text, stricter, "turns")
    assert again is not None and again.domain_text is None and stricter.domain_text == heard.domain_text, again


@pytest.mark.skipif(not have_voice("espeak:en-us"), reason="espeak-ng is not installed")
def test_a_reading_that_fits_as_well_as_open_vocabulary_is_offered_in_a_voice_the_model_fits_less_well() -> None:
    """espeak-ng's US voice (a development voice) fits PocketSphinx's model less well than Piper joe: its readings,
    right ones too, trail the phone loop by 4 to 6 a frame, under the bar a reading must pass. Open vocabulary heard
    this leaving as "i'm doing it to lead our"; the commands model's reading fits the same frames better than open
    vocabulary's words did, and is offered."""
    text = "I'm going to bed now"
    clip = say(text, "espeak:en-us")
    ears = PocketSphinxEars(wordings=domain_wordings())  # fresh ears: the decoders adapt to what they hear
    event, heard = understood("a_pull", text, ears, "checkin", clip)
    assert event == "leave", heard
    assert ears.open_margin is not None and ears.domain_margin is not None
    assert ears.domain_margin >= ears.open_margin + DOMAIN_NEAR_OPEN
    before = PocketSphinxEars(wordings=domain_wordings())
    before.domain_near_open = math.inf  # the bars against the phone loop alone, as before
    before.quiet_edit_share = 0.0  # (a reading near a wording is another test's)
    event, heard = understood("a_pull", text, before, "checkin", clip)
    assert event is None and heard.domain_text is None, heard


@pytest.mark.skipif(not have_voice("espeak:en-us"), reason="espeak-ng is not installed")
def test_a_reading_near_a_wording_is_offered_in_a_quiet_room_though_it_fits_worse_than_open_vocabulary() -> None:
    """On a break, espeak-ng's "Okay I feel better, let's carry on" is outside the grammar, and open vocabulary heard
    "poking ip old entered lets everybody". The commands model read it word for word, a little behind open
    vocabulary's fit over the same frames (-6.53 a frame against -5.95); one word from a wording ("i feel better let us
    carry on"), it is offered (QUIET_EDIT_SHARE). (Written on "I feel better, let's carry on", which became a wording
    when blind 11's rows joined the commands model.)"""
    text = "okay I feel better, let's carry on"
    clip = say(text, "espeak:en-us")
    ears = PocketSphinxEars(wordings=domain_wordings())  # fresh ears: the decoders adapt to what they hear
    event, heard = understood("on_break", text, ears, "pause", clip)
    assert event == "ready", heard
    # the reading is no wording; since release 29 it is offered as the wording it is a word off (QUIET_SNAP_SHARE)
    assert heard.domain_text is not None and ears.domain_text not in ears._sentences, heard
    assert ears.domain_margin is not None and ears.open_margin is not None
    assert ears.domain_margin < ears.open_margin + DOMAIN_NEAR_OPEN  # the fit alone would not offer it
    before = PocketSphinxEars(wordings=domain_wordings())
    before.quiet_edit_share = 0.0  # no reading is near enough: as before
    event, heard = understood("on_break", text, before, "pause", clip)
    assert event is None and heard.domain_text is None, heard


def test_a_reading_far_from_every_wording_is_not_offered_when_it_fits_worse_than_open_vocabulary(
        ears: PocketSphinxEars) -> None:
    """Joe's "The neighbour's dog died, they're heartbroken." read by the commands model as "the may first dog i'd
    there for for a bit": strung from the wordings, six of its nine words from any, and behind open vocabulary's fit."""
    text = "The neighbour's dog died, they're heartbroken."
    event, heard = understood("reflect", text, ears, "turns")
    assert event is None and heard.domain_text is None, heard
    assert ears.domain_text and ears.domain_margin is not None and ears.open_margin is not None
    assert ears.domain_margin < ears.open_margin
    anything = PocketSphinxEars(wordings=domain_wordings())
    anything.quiet_edit_share = 1.01  # every reading near enough: this one would be offered
    _, heard = understood("reflect", text, anything, "turns")
    assert heard.domain_text == ears.domain_text, heard


@pytest.mark.parametrize(("voice", "flow", "state", "text", "before"), [
    ("awb", "checkin", "a_pull", "that she didn't get mad about the car", "repeat"),
    ("kal16", "pause", "on_break", "in the game you can pick up a shotgun and clear the whole level", "stop")])
def test_chatter_the_commands_model_bent_toward_its_wordings_is_not_offered_on_its_fit(
        voice: str, flow: str, state: str, text: str, before: str) -> None:
    """Spent blind 11's chatter, read by the commands model as "but she didn't get my the but the on" (awb) and "end of
    am you can pick up push off it i clear the whole of off" (kal16): no wording, fitting the sound better than open
    vocabulary's words, but most of its words from any wording (QUIET_FIT_SHARE); offered, it was a command."""
    clip = say(text, voice)
    ears = PocketSphinxEars(wordings=domain_wordings())  # fresh ears: the decoders adapt to what they hear
    event, heard = understood(state, text, ears, flow, clip)
    assert event is None and heard.domain_text is None, heard
    assert ears.domain_text and ears.domain_text not in ears._sentences
    assert ears.domain_margin is not None and ears.open_margin is not None
    assert ears.domain_margin >= ears.open_margin + DOMAIN_NEAR_OPEN  # the fit alone would offer it
    anything = PocketSphinxEars(wordings=domain_wordings())
    anything.quiet_fit_share = 1.01  # every reading near enough: as before
    event, heard = understood(state, text, anything, flow, clip)
    assert event == before and heard.domain_text == ears.domain_text, heard


def test_without_a_commands_model_the_ears_behave_as_before() -> None:
    """No wordings (or none the dictionary knows): no second reading, the open pass alone."""
    for plain in (PocketSphinxEars(), PocketSphinxEars(wordings={"stop": ("zzqxv wrrbl",)})):
        heard = heard_in("ask_break", "We should wrap this up.", plain)
        assert heard is not None and heard.domain_text is None and heard.open_text, heard


def test_a_model_that_cannot_be_written_leaves_the_ears_as_before(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """PocketSphinx reads a model from a file only: with no writable temporary folder (faked: this machine has one),
    the ears say so once and hear with open vocabulary alone."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "missing"))
    notes: list[str] = []
    ears = PocketSphinxEars(notify=notes.append, wordings=command_wordings())
    heard = recognise(ears, speech("We should wrap this up."))
    assert isinstance(heard, Speech) and heard.text and heard.alternative is None, heard
    assert len(notes) == 1 and "language model" in notes[0], notes


def test_a_garbled_command_is_understood_through_the_commands_models_reading() -> None:
    """Spoken by Piper joe in a check-in answer, open vocabulary garbles this rebuttal ("also it's my fault now the
    people"), and no template says the commands model's reading ("oh so it's my fault now typical"); the learned model
    does. The ears also offer open vocabulary's next hypotheses (Utterance.alternatives)."""
    text, candidates = "Oh so it's my fault now, typical.", listening_for(load_flow("checkin"), "a_pull").candidates
    ears = PocketSphinxEars(wordings=domain_wordings())  # fresh ears: the decoders adapt to what they hear
    event, heard = understood("a_pull", text, ears, "checkin", say(text, "joe"))
    assert event == "rebuttal", heard
    assert match_intent(heard.domain_text, candidates, learned=False) is None, heard  # the templates do not say it
    assert match_intent(heard.text, candidates) is None and heard.domain_text, heard  # the first reading did not say it
    assert heard.alternatives and heard.text not in heard.alternatives, heard


@pytest.mark.parametrize("text", ["The car needs new tyres before winter.", "My sister is coming to visit next month.",
                                  "I would like us to plan a trip this summer."])
def test_chatter_is_not_taken_for_a_command(text: str, ears: PocketSphinxEars) -> None:
    for flow, state in (("pause", "on_break"), ("turns", "floor")):  # a grammar's open pass; open vocabulary
        event, heard = understood(state, text, ears, flow)
        assert event is None, heard


def test_a_disclosure_still_stops_the_practice_in_a_command_state(ears: PocketSphinxEars) -> None:
    event, heard = understood("on_break", "He hit me last night and I am scared of him.", ears)
    assert event == "danger", heard


# -- the decision between readings (typed readings, the session's own code) ----------------------------------------

FLOOR = listening_for(load_flow("turns"), "floor").candidates


def utterance(grammar: str = "", opened: str | None = None, domain: str | None = None) -> Utterance:
    return Utterance(Speech(grammar) if grammar else Unknown(), 0.0, 0.0, "pocketsphinx", None, opened, domain)


def test_a_grammar_phrase_forced_onto_a_sentence_that_shares_none_of_its_words_says_nothing() -> None:
    assert intent_of(utterance("that is enough", "the tea this morning was lovely"), FLOOR) is None
    assert intent_of(utterance("that is enough"), FLOOR) == "stop"  # short: no open pass, the grammar decides
    assert intent_of(utterance("that is enough", "that is enough for tonight i guess honey"), FLOOR) == "stop"


def test_a_long_template_phrase_inside_other_words_is_spotted_but_a_short_one_is_not() -> None:
    assert intent_of(utterance(opened="as i am going to finish around austin i would like to stop now"),
                     FLOOR) is not None
    assert intent_of(utterance(opened="the stop sign on our street is broken again"), FLOOR) is None


def test_open_vocabularys_next_hypotheses_are_judged_by_the_templates_alone() -> None:
    """Joe's "let me catch my breath a minute" was heard as "... the manic", and its fourth hypothesis was right."""
    heard = utterance(opened="let me catch my breath the manic")
    others = ("but the catch my breath the manic", "let me catch my breath a minute")
    assert intent_of(heard, FLOOR) is None
    assert intent_of(replace(heard, alternatives=others), FLOOR) == "pause"
    assert intent_of(replace(heard, alternatives=others, over_talk=True), FLOOR) is None  # not over other voices
    assert intent_of(replace(heard, alternatives=("then it was over",)), FLOOR) is None


def test_the_commands_reading_goes_before_open_vocabularys_words() -> None:
    """Where the two readings name different intents, the commands model's (a whole wording that fit the sound) wins:
    in babble, "stop it" was heard in the open as "started" (ready) and read by the model as "stop it"."""
    assert intent_of(utterance(opened="we didn't finish the exercise", domain="we can finish the exercise"),
                     FLOOR) == "stop"
    assert intent_of(utterance(opened="can you repeat that", domain="we can finish the exercise"),
                     FLOOR) == "stop"
    assert intent_of(utterance(opened="can you repeat that"), FLOOR) == "repeat"


BREAK = listening_for(load_flow("pause"), "on_break").candidates


def test_a_spotted_going_that_begins_the_future_tense_says_nothing() -> None:
    # kal16's "You embarrass me and then act like it's nothing." (blind 9) was heard so, and taken for leave on a break
    assert intent_of(utterance(opened="you embarrass me yeah i'm gonna act like it's nothing"), BREAK) is None
    assert intent_of(utterance(opened="okay then i am going now see you later love"), BREAK) == "leave"
    # other phrases keep "to" after them: awb's "Mm, okay, I'm ready to talk again." (blind 9) heard so
    assert intent_of(utterance(opened="and if gold teeth i'm ready to talk again"), BREAK) == "ready"


def test_a_plan_said_on_a_break_is_no_leaving(ears: PocketSphinxEars) -> None:
    """Piper joe's line is heard "i'm gonna lose it if wi-fi drops again": "i am going" stood in it, spotted."""
    event, heard = understood("on_break", "I'm gonna lose it if the wifi drops again.", ears)
    assert event is None, heard
    assert heard.open_text is not None and "gonna lose" in heard.open_text, heard
