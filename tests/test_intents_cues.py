"""Understanding wording nobody wrote down: cue scoring, normalisation of quick spellings, clauses, slips."""

from __future__ import annotations

import pytest

from tests.textmode import ANY, state
from voice_pacer.cues import MAX_WORDS, ORDINARY, best_cue
from voice_pacer.flowfile.common import common
from voice_pacer.intents import IntentSpec, match_intent, normalise
from voice_pacer.templates import TemplateError

COMMON = list(common().intents.values())



# Loose wordings: fillers, hedges and politeness around a command, in orders no template spells out.
LOOSE = [
    ("okay so I think we should probably just wrap it up", "stop", ANY),
    ("honestly can we end it for tonight", "stop", ANY),
    ("shall we stop", "stop", ANY),
    ("could you maybe say that one more time", "repeat", ANY),
    ("sorry I could not hear you", "repeat", ANY),
    ("we need to cool off for a bit", "pause", ANY),
    ("I just need a few minutes", "pause", ANY),
    ("so what are we meant to do now", "help", ANY),
    ("I really don't want to answer this", "refuse", ANY),
    ("this is just pointless", "refuse", ANY),
    ("right I'm off to bed", "leave", ANY),
    ("I'm heading upstairs", "leave", ANY),
    ("yeah go for it", "yes", ("pause:ask_break",)),
    ("nah I think we are fine", "no", ("pause:ask_break",)),
    ("okay I feel calmer now", "ready", ("pause:on_break",)),
    ("we can go again", "ready", ("pause:on_break",)),
    ("alright that is about it from me", "done", ("turns:floor",)),
    ("you can talk now", "done", ("turns:floor",)),
    ("oh please that is not how it went", "interrupt", ("turns:floor",)),
    ("could I just add something", "interrupt", ("turns:floor",)),
    ("you are exaggerating", "rebuttal", ("turns:reflect", "checkin:a_close")),
    ("that's not even what happened", "interrupt", ("turns:floor",)),
    ("you're putting words in my mouth", "rebuttal", ("turns:reflect", "checkin:a_close")),
    ("I'm walking away", "leave", ANY),
    ("yep", "ready", ("pause:on_break",)),
]


@pytest.mark.parametrize(("said", "intent", "contexts"), LOOSE)
def test_loose_wording_reaches_its_intent_in_every_state_that_listens_for_it(said: str, intent: str,
                                                                            contexts: tuple[str, ...]) -> None:
    for context in contexts:
        assert match_intent(said, state(context)) == intent, context


@pytest.mark.parametrize("said", ["stop at the bakery on the way", "is the pasta done", "I need a break from work",
                                  "I'm ready for the weekend", "we finished the puzzle",
                                  "the kids are ready for school", "you let me have some space",
                                  "you went to bed early", "did you pause the show"])
def test_a_word_about_something_else_keeps_it_no_command(said: str) -> None:
    for context in ANY:
        assert match_intent(said, state(context)) is None, context


@pytest.mark.parametrize("said", ["I don't want to stop", "don't stop", "we are not done", "it won't stop",
                                  "I'm not leaving", "I don't need a break"])
def test_a_negation_outside_the_cue_turns_it_round(said: str) -> None:
    for context in ("turns:floor", "checkin:a_close", "pause:on_break"):
        assert match_intent(said, state(context)) is None, context


def test_a_negation_that_is_the_cue_itself_counts() -> None:
    assert match_intent("I really do not want to continue", state("checkin:a_close")) == "refuse"
    assert match_intent("nothing else from me", state("turns:floor")) == "done"


def test_a_question_about_something_is_no_command_but_a_question_that_asks_is() -> None:
    assert match_intent("are we done", state("turns:floor")) is None
    assert match_intent("did we stop", state("checkin:a_close")) is None
    assert match_intent("what did you just say", state("checkin:a_close")) == "repeat"


@pytest.mark.parametrize("said", ["we take a break", "you go to bed early", "I just need you to stop",
                                  "I want you to help more"])
def test_a_description_or_a_wish_put_to_the_partner_is_no_command(said: str) -> None:
    for context in ("turns:floor", "checkin:a_close"):
        assert match_intent(said, state(context)) is None, context


@pytest.mark.parametrize("said", ["you think that's unfair", "you said I was lying", "what I heard is you want to stop",
                                  "I was wrong", "I was unfair to you"])
def test_words_reported_or_a_judgement_of_oneself_are_no_dispute(said: str) -> None:
    for context in ("turns:reflect", "checkin:a_close"):
        assert match_intent(said, state(context)) is None, context


def test_a_request_keeps_its_helper_or_its_cue_after_the_person() -> None:
    assert match_intent("we need a break", state("checkin:a_close")) == "pause"
    assert match_intent("I quit", state("checkin:a_close")) == "stop"


def test_a_long_sentence_is_left_to_the_templates() -> None:
    words = ("so " * MAX_WORDS + "stop").split()
    assert all(word in ORDINARY for word in words[:-1])
    stop = [("stop", common().intents["stop"].cues)]
    assert best_cue(words[-MAX_WORDS:], stop) == "stop"
    assert best_cue(words, stop) is None


def test_the_longest_cue_wins_and_priority_breaks_a_tie() -> None:
    floor = state("turns:floor")
    assert match_intent("I will stop there", floor) == "done"  # "i will stop there" (done) over "stop" (stop)
    assert match_intent("I will stop there", state("checkin:a_close")) == "stop"


def test_a_cue_names_words_not_a_wildcard() -> None:
    with pytest.raises(TemplateError):
        IntentSpec.build("it", ["go"], common().rules, cues=["{any} go"])


@pytest.mark.parametrize(("quick", "written"), [("im done", "I'm done"), ("lets stop", "let's stop"),
                                                ("thats all", "that's all"), ("i dont want to", "I don't want to"),
                                                ("all right im done", "alright, I am done"),
                                                ("lemme talk", "let me talk")])
def test_spellings_without_apostrophes_normalise_like_the_written_ones(quick: str, written: str) -> None:
    assert normalise(quick) == normalise(written)
    assert match_intent(quick, state("turns:floor")) == match_intent(written, state("turns:floor")) is not None


@pytest.mark.parametrize(("said", "intent"), [("sorry, I need to go, it's late", "leave"),
                                              ("Stop. I mean it.", "stop"),
                                              ("okay, that's it, thanks", "done"),
                                              ("when you said stop, I felt hurt", None),
                                              ("I told him to stop, but he kept on talking about the game", None)])
def test_a_command_may_stand_in_one_clause_with_a_short_aside(said: str, intent: str | None) -> None:
    assert match_intent(said, state("turns:floor")) == intent


def test_a_slip_is_a_changed_sound_not_another_word() -> None:
    assert match_intent("i am finish", state("turns:floor")) == "done"
    assert match_intent("stop lying", state("turns:floor")) == "interrupt"  # not a slip for "stop talking"
    assert match_intent("I'm fine", state("turns:floor")) is None
    assert match_intent("I'm tired", state("pause:on_break")) is None
