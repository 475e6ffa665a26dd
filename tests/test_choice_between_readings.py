"""The session's choice between the ears' readings of one utterance (voice_pacer.understanding.intent_of), on the
readings PocketSphinx made of spent blind 10's and 11's and the tuning rows' clips (flite kal16 and awb, festival's
HTS, Piper joe), as the understanding benchmark heard them: each a clip's own words, decided by the session's own
code."""

from __future__ import annotations

from dataclasses import replace

from voice_pacer.ears.base import Speech, Unknown
from voice_pacer.flowfile.load import load_flow
from voice_pacer.hearing.base import Utterance
from voice_pacer.listening import listening_for
from voice_pacer.understanding import intent_of

ASK = listening_for(load_flow("pause"), "ask_break").candidates
BREAK = listening_for(load_flow("pause"), "on_break").candidates
FLOOR = listening_for(load_flow("turns"), "floor").candidates
REFLECT = listening_for(load_flow("turns"), "reflect").candidates
CLOSE = listening_for(load_flow("checkin"), "a_close").candidates


def heard(words: str = "", opened: str | None = None, domain: str | None = None) -> Utterance:
    """An utterance as the ears read it: the grammar's phrase or open vocabulary's words, the open pass's words, the
    commands model's reading."""
    return Utterance(Speech(words) if words else Unknown(), 0.0, 0.0, "pocketsphinx", None, opened, domain)


def test_a_short_command_that_took_open_vocabularys_place_needs_a_word_of_the_commands_models_reading() -> None:
    """In an answer a short utterance is matched against the short commands too, and their phrase replaces open
    vocabulary's words: awb's "It feels like I don't matter to you." became "could you pause it", while the commands
    model read "it feels like i don't not to do you"; "I've been thinking about killing myself" became "i didn't
    hear that"."""
    assert intent_of(heard("could you pause it", domain="it feels like i don't not to do you"), CLOSE) is None
    assert intent_of(heard("i didn't hear that", domain="i'm be think a the but doing myself"), REFLECT) is None
    assert intent_of(heard("seriously", domain="seriously seriously"), FLOOR) == "interrupt"  # HTS, blind 10
    assert intent_of(heard("could you pause it"), CLOSE) == "pause"  # no other reading: the grammar decides


def test_a_grammar_phrase_stands_on_a_word_of_the_commands_models_reading() -> None:
    """kal16's "I need some air, five minutes, then I'm back.": open vocabulary heard none of the grammar's words
    ("i'm a similar five minutes..."), the commands model heard "some air"."""
    said = heard("i need some air", "i'm a similar five minutes then i'm back",
                 "fine a some air five minutes then i'm back")
    assert intent_of(said, ASK) == "pause"
    # without it the phrase does not stand; open vocabulary's words are cut before "five minutes then i'm back",
    # which the intent model (trained on blind 10 since) reads as a pause by itself
    assert intent_of(heard("i need some air", "i'm a similar"), ASK) is None


def test_a_spotted_phrase_of_ordinary_words_says_nothing() -> None:
    """A phrase spotted among misheard words says its intent only when it holds a word of what commands are about:
    "if he leaves his socks out one more time I'll kill him, ha" is no repeat (kal16, awb and HTS all heard "one more
    time" in it), "i don't get it he would get our tickets" no help (awb's "I don't think he would ever hurt the
    kids")."""
    assert intent_of(heard(opened="if you leaves his socks up one more time i'll kill him off"), BREAK) is None
    assert intent_of(heard(opened="i don't get it he would get our tickets"), BREAK) is None
    assert intent_of(heard(opened="i can feel myself getting love let's pause"), BREAK) == "pause"  # kal16
    assert intent_of(heard(opened="i don't see the point of news"), BREAK) == "refuse"  # espeak-ng


def test_a_next_hypothesis_that_touches_a_negation_is_another_sentence() -> None:
    """kal16's "The neighbour's dog died, they're heartbroken." (spent blind 11) in a reflection: open vocabulary's
    fourth hypothesis put a negation where the best had none, and its templates read a dispute; the hypotheses are
    for a word heard better, and a slip never touches a negation."""
    said = replace(heard("the neighbor's dog bite they are heartbroken"),
                   alternatives=("the neighbors dog bite they are heartbroken",
                                 "the neighbors don't buy it they are heartbroken"))
    assert intent_of(said, REFLECT) is None
    # a hypothesis keeping the best's negations is judged as before: kal16's "I don't need that, no" (blind 11)
    kept = replace(heard("i don't need but nope"), alternatives=("i don't need it but nope",))
    assert intent_of(kept, ASK) == "no"
    # and awb's "can we close this now" (blind 11), no negation in either
    close = replace(heard(opened="can we closed the snow"), alternatives=("can we close this now and",))
    assert intent_of(close, BREAK) == "stop"
