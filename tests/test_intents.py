"""The intent templates and matcher: the template language, words around a command, slips, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from voice_pacer.flowfile.common import common
from voice_pacer.flowfile.load import builtin_flows, load_flow
from voice_pacer.intents import IntentSpec, match_intent, normalise, sounds_unfinished
from voice_pacer.listening import listening_for
from voice_pacer.templates import MAX_PHRASES, TemplateError, parse_template

COMMON = list(common().intents.values())


def spec(*templates: str) -> IntentSpec:
    return IntentSpec.build("it", templates, common().rules)


def test_alternatives_optional_words_and_permutations_expand() -> None:
    assert set(spec("(go | come) [back] home").phrases) == {"go back home", "go home", "come back home", "come home"}
    assert set(spec("(red; blue)").phrases) == {"red blue", "blue red"}


def test_a_wildcard_stands_for_words_but_says_none_in_the_grammar() -> None:
    done = spec("[{any}] i am done")
    assert done.phrases == ("i am done",)
    assert match_intent("and that was the evening, I'm done", [done]) == "it"
    assert match_intent("I'm done with the dishes", [done]) is None
    required = spec("tell me {any}")
    assert required.phrases == ("tell me",) and required.exact == ()
    assert match_intent("tell me", [required]) is None and match_intent("tell me more", [required]) == "it"


def test_a_grammar_holds_only_sentences_said_whole() -> None:
    # "hold on {any} is crying" needs its wildcard: its words alone are no sentence a recogniser should listen for
    said = spec("pause | hold on {any} is crying")
    assert said.grammar == ("pause",)
    assert match_intent("hold on the baby is crying", [said]) == "it"


def test_shared_rules_can_be_used() -> None:
    assert match_intent("oh come on", [spec("<objection>")]) == "it"


@pytest.mark.parametrize("said", ["okay, let's stop now", "um, so let's stop", "I think we should stop, honestly",
                                  "alright let us stop please"])
def test_words_around_a_command_are_normal(said: str) -> None:
    assert match_intent(said, COMMON) == "stop"


@pytest.mark.parametrize(("said", "intent"), [("I really need a break", "pause"), ("can we just stop", "stop"),
                                              ("I don't really want to do this", "refuse"), ("not really", "no")])
def test_softening_words_do_not_change_the_intent(said: str, intent: str) -> None:
    assert match_intent(said, COMMON) == intent


@pytest.mark.parametrize("said", ["the dishwasher is making that noise again", "stop the car at the corner",
                                  "I don't want to do the dishes tonight", "what time is it", "I'm going to work"])
def test_chatter_holding_command_words_is_no_command(said: str) -> None:
    assert match_intent(said, COMMON) is None


def test_a_small_recognition_slip_still_counts_but_a_different_word_does_not() -> None:
    floor = listening_for(load_flow("turns"), "floor").candidates
    assert match_intent("i am finish", floor) == "done"
    assert match_intent("let us go", [spec("let us stop")]) is None
    assert match_intent("go", [spec("no")]) is None


@pytest.mark.parametrize(("text", "unfinished"), [("Well...", True), ("um", True), ("and, uh", True),
                                                  ("let me think", True), ("Holding hands", False),
                                                  ("I liked the tea", False), ("Nothing really", False)])
def test_an_answer_that_trails_off_is_unfinished(text: str, unfinished: bool) -> None:
    assert sounds_unfinished(text) is unfinished


@pytest.mark.parametrize("template", ["(a | b", "[a", "a)", "{any", "<x", "{any}", "[{any}]", "", "  ",
                                      "a <nope>", "{colour}"])
def test_broken_templates_raise_one_clear_error(template: str) -> None:
    with pytest.raises(TemplateError):
        parse_template(template, common().rules)


def test_every_state_grammar_stays_bounded() -> None:
    for flow in builtin_flows():
        compiled = load_flow(flow)
        assert all(len(intent.phrases) <= MAX_PHRASES for intent in compiled.intents.values())
        for name, state in compiled.flow.states.items():
            if state.listen is not None:
                heard = listening_for(compiled, name)
                assert 0 < len(heard.phrases or heard.commands) <= 170, (flow, name)  # see GRAMMAR_PHRASES


@pytest.mark.parametrize(("intent", "phrase"), [("no", "no thanks"), ("yes", "yeah"), ("stop", "stop"),
                                                ("pause", "pause"), ("repeat", "what")])
def test_the_commonest_replies_keep_their_place_in_the_grammar(intent: str, phrase: str) -> None:
    # a grammar holds GRAMMAR_PHRASES an intent; a new template once pushed "no thanks" out of it, and Piper joe's
    # "No thanks." in an 8-bit file was then heard as nothing (tests/test_bad_files.py)
    assert phrase in common().intents[intent].grammar


def test_every_phrase_a_grammar_hears_means_its_intent() -> None:
    for intent in COMMON:
        for phrase in intent.exact:
            assert match_intent(phrase, COMMON) is not None, (intent.name, phrase)
            assert intent.matches(normalise(phrase).split()), (intent.name, phrase)


TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=80)
WORDY = st.lists(st.sampled_from(["i", "am", "done", "stop", "let's", "what", "'", "\u2019", "I'M", "okay", "don't",
                                  "um", "{any}", "(", ")", "|", "[", "]", "<dispute>", ";", "x"]), max_size=12)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(TEXT, WORDY.map(" ".join)))
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(TEXT, WORDY.map(" ".join)))
def test_no_input_crashes_the_matcher(text: str) -> None:
    assert match_intent(text, COMMON) in {None, *(intent.name for intent in COMMON)}


@settings(max_examples=300, deadline=None)
@given(template=st.one_of(TEXT, WORDY.map(" ".join)))
def test_any_template_parses_or_says_why_not(template: str) -> None:
    try:
        built = IntentSpec.build("it", [template], common().rules)
    except TemplateError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert built.phrases
