"""Families of wording for the shared intents, written from first principles: politeness tails, clauses run
together, the device named ("what did it say"), third persons handing over a turn, assent sounds, rebuttals that
contest the other's account anywhere in an answer; and chatter holding the same words, which stays no command."""

from __future__ import annotations

import pytest

from tests.textmode import ANSWERS, ANY, state
from voice_pacer.intents import match_intent, normalise

# Said in every listening state: the shared intents.
EVERYWHERE = [
    # politeness and scope around a command
    ("could you stop the session please", "stop"), ("I'd like to end it here if that's alright", "stop"),
    ("stop the session if you don't mind", "stop"), ("let's finish up here", "stop"), ("cancel the session", "stop"),
    ("let's wind things down", "stop"), ("we're stopping here", "stop"), ("turn yourself off", "stop"),
    ("exit the practice", "stop"), ("that's us done for tonight", "stop"),
    # asking again, the device named, the part missed, the reason given
    ("what did it just say", "repeat"), ("what was the last part", "repeat"), ("ask me again", "repeat"),
    ("could you go over that again", "repeat"), ("I couldn't hear you over the tv", "repeat"),
    ("sorry I zoned out, what was the question", "repeat"), ("sorry I was miles away", "repeat"),
    # a pause put as breathing, a breath, time to think, a small break
    ("let's do some breathing", "pause"), ("can we stop for a breath", "pause"), ("I need some time to think", "pause"),
    ("a quick breather would help", "pause"), ("pause the session", "pause"), ("a tiny break please", "pause"),
    ("wait, I need a minute to calm down first", "pause"),
    # asking how, for an example, what it is for
    ("can you give us an example", "help"), ("what is this for", "help"), ("what kind of thing should I say", "help"),
    ("is there a right answer", "help"), ("what are the rules", "help"), ("how do we start", "help"),
    # refusing the exercise, the device, or by asking why
    ("I refuse to answer", "refuse"), ("I'm not talking to a machine", "refuse"), ("this thing is stupid", "refuse"),
    ("I'm not going to talk to an app about this", "refuse"), ("why do we have to do this", "refuse"),
    ("I'm not playing along", "refuse"), ("I'm not doing the breathing thing", "refuse"),
    ("you can't make me do this", "refuse"), ("I've had it with this exercise", "refuse"),
    # leaving for a named place or errand
    ("I'm going to my mum's", "leave"), ("I'm taking the dog for a walk", "leave"), ("bed for me", "leave"),
    ("I'll sleep on the sofa", "leave"), ("I'm away to bed", "leave"), ("I'm off to my brother's place", "leave"),
    # idioms and quick typing ("u" for "you")
    ("let's knock it on the head", "stop"), ("let's call time on this", "stop"), ("can u stop", "stop"),
    ("can u repeat", "repeat"), ("run that by me again", "repeat"), ("can we stop for a sec", "pause"),
    ("I need five", "pause"),
    ("I'd prefer not to", "refuse"), ("I'm not comfortable doing this", "refuse"), ("this sucks", "refuse"),
    ("I'm going for a run", "leave"), ("see ya", "leave"),
]
# Said to a question, on a break, on the floor or in an answer: the state's own intents.
OWN = [
    ("uh huh, sure", "yes", "pause:ask_break"), ("mm hmm", "yes", "pause:ask_break"),
    ("aye, go on", "yes", "pause:ask_break"),
    ("please do", "yes", "pause:ask_break"), ("yes, longer please", "yes", "pause:ask_break"),
    ("no, I'm fine to continue", "no", "pause:ask_break"), ("no, the short one was enough", "no", "pause:ask_break"),
    ("we're okay to continue", "no", "pause:ask_break"), ("let's just continue", "no", "pause:ask_break"),
    ("we came back", "ready", "pause:on_break"), ("we're both here now", "ready", "pause:on_break"),
    ("we're both ready now", "ready", "pause:on_break"),
    ("he can talk now", "done", "turns:floor"), ("she can go", "done", "turns:floor"),
    ("it's her turn now", "done", "turns:floor"), ("that's the end of what I had to say", "done", "turns:floor"),
    ("you go", "done", "turns:floor"),
    ("I never did it", "interrupt", "turns:floor"), ("here we go again", "interrupt", "turns:floor"),
    ("oh for goodness sake", "interrupt", "turns:floor"), ("what? no, that's just wrong", "interrupt", "turns:floor"),
    ("hang on a second, that's not fair", "interrupt", "turns:floor"), ("oh bull", "interrupt", "turns:floor"),
    ("that's completely wrong", "interrupt", "turns:floor"), ("can I just say", "interrupt", "turns:floor"),
    ("I can't believe you'd say that", "interrupt", "turns:floor"), ("no you didn't", "interrupt", "turns:floor"),
    ("that's bs", "interrupt", "turns:floor"), ("the end", "done", "turns:floor"),
    ("no, that's ok", "no", "pause:ask_break"), ("all good thanks", "no", "pause:ask_break"),
    ("sure thing", "yes", "pause:ask_break"),
]
REBUTTALS = [
    "I did call, you didn't pick up", "I did tell you about it", "you're leaving out the part where you shouted",
    "she's leaving out what she said first", "you forgot to mention that you cancelled",
    "you say that but you never help", "he says that but he was on his phone", "look who's talking",
    "that wasn't me, that was your brother", "it wasn't even me", "you're remembering it wrong",
    "no, you've got it wrong, it was monday", "I cooked and cleaned, didn't I", "all I hear is excuses",
    "that's just an excuse", "well you were the one who shouted first", "no, it was you who forgot",
    "he's exaggerating, we were only ten minutes late", "you're only telling half the story",
    "that's just your version", "she conveniently forgot that she cancelled", "oh please, like you never do that",
    "no no no, it was the other way round", "well actually I did do the dishes", "you know that's not true",
    "says the person who forgot my birthday",
]
# Chatter and answers holding command words: no command in any state.
CHATTER = [
    "I told him to stop texting me at work", "she said she was leaving early", "he asked if I was ready",
    "you said you were done with the dishes", "the break at work was too short", "I'm ready for the holidays",
    "he keeps saying he's done with his job", "I'm going to try to listen more", "I'm done with my exams next week",
    "time flies when we're together", "I'm sorry I was late", "we stopped talking for a while after that",
    "I never want to stop trying", "my train ran late again", "the session at work ran over",
    "I'm leaving work earlier now", "it's your turn to cook tonight", "I stopped smoking for you",
    "I did the dishes and the laundry", "you were the one who held me when I cried", "I was the one who forgot",
    "I couldn't hear the kids over the tv", "what was the name of that restaurant", "I'm finished with being angry",
    "I don't want to stop", "I want you to help more", "I'm going to sleep better if we talk", "work is stupid",
    "my boss is useless", "the meeting was pointless", "it was you who made me feel safe",
    "your version of the song was lovely", "I appreciated that you told me the whole story",
]


@pytest.mark.parametrize(("said", "intent"), EVERYWHERE)
def test_a_shared_command_in_a_family_of_wording_is_understood_in_every_state(said: str, intent: str) -> None:
    for context in ANY:
        assert match_intent(said, state(context)) == intent, context


@pytest.mark.parametrize(("said", "intent", "context"), OWN)
def test_a_states_own_intent_in_a_family_of_wording(said: str, intent: str, context: str) -> None:
    assert match_intent(said, state(context)) == intent


@pytest.mark.parametrize("said", REBUTTALS)
def test_contesting_the_others_account_anywhere_in_an_answer_is_a_rebuttal(said: str) -> None:
    for context in ANSWERS:
        assert match_intent(said, state(context)) == "rebuttal", context


@pytest.mark.parametrize("said", CHATTER)
def test_chatter_holding_the_same_words_stays_no_command(said: str) -> None:
    for context in (*ANY, "checkin:a_pull"):
        assert match_intent(said, state(context)) is None, context


@pytest.mark.parametrize(("said", "intent"), [("not tonight I can't do this", "refuse"),
                                              ("I'm done here I'm leaving", "leave"),
                                              ("give me a moment I'm so tired", "pause"),
                                              ("sorry my mind wandered what was it", "repeat")])
def test_a_command_run_together_with_a_short_aside_is_found(said: str, intent: str) -> None:
    assert match_intent(said, state("checkin:a_close")) == intent


@pytest.mark.parametrize("said", ["I told him I'm leaving", "he asked if I'm leaving", "she says I'm leaving",
                                  "I do not want to stop", "the baby's crying again", "we were told to stop"])
def test_what_leads_into_a_command_or_reports_it_is_no_aside(said: str) -> None:
    for context in ("checkin:a_close", "turns:floor"):
        assert match_intent(said, state(context)) is None, context


def test_assent_sounds_are_one_word_and_normalise_stably() -> None:
    assert normalise("uh huh") == normalise("uh-huh") == "uhhuh"
    assert normalise("Mm hmm.") == "mmhmm"
    assert normalise(normalise("uh huh, mm hmm")) == normalise("uh huh, mm hmm")
    assert match_intent("huh", state("pause:ask_break")) == "repeat"  # alone, still a request to hear it again


@pytest.mark.parametrize("said", ["we're done for tonight", "I'm finished for today", "that's all for tonight",
                                  "okay, that's it for the night"])
def test_naming_the_evening_ends_the_session_even_where_done_ends_a_turn(said: str) -> None:
    assert match_intent(said, state("turns:floor")) == "stop"


@pytest.mark.parametrize("said", ["we're done", "I'm done for now", "that's it for now", "that's all from me"])
def test_without_the_evening_named_done_still_ends_the_turn(said: str) -> None:
    assert match_intent(said, state("turns:floor")) == "done"


@pytest.mark.parametrize(("said", "intent"), [
    ("do you mind if we stop", "stop"), ("is it ok if we stop here", "stop"), ("how about we call it a night", "stop"),
    ("would it be alright to pause", "pause"), ("how about a little break", "pause"),
    ("why don't we take a break", "pause"), ("I feel like I need a minute", "pause"), ("mind if I head off", "leave"),
    ("is it alright if I go to bed", "leave"), ("would you mind repeating that", "repeat"),
])
def test_a_request_put_as_a_polite_question_or_a_feeling(said: str, intent: str) -> None:
    for context in ANY:
        assert match_intent(said, state(context)) == intent, context


@pytest.mark.parametrize("said", ["what if we moved house", "how about we go to the beach",
                                  "do you mind if I put the heating on", "is it ok if I call my mum tomorrow"])
def test_a_polite_question_about_something_else_stays_no_command(said: str) -> None:
    for context in ANY:
        assert match_intent(said, state(context)) is None, context


@pytest.mark.parametrize(("said", "intent"), [("I'm turning in", "leave"), ("I'm going to get some sleep", "leave"),
                                              ("laters", "leave"), ("I'm opting out", "refuse"),
                                              ("I'm not taking part", "refuse"), ("I'm calling it a night", "stop"),
                                              ("make it stop", "stop"), ("any tips?", "help")])
def test_more_idioms_of_the_shared_intents(said: str, intent: str) -> None:
    for context in ("checkin:a_close", "turns:reflect", "pause:on_break"):
        assert match_intent(said, state(context)) == intent, context


def test_passing_on_a_yes_no_question_is_a_no_and_on_an_answer_a_refusal() -> None:
    assert match_intent("I'll pass", state("pause:ask_break")) == "no"
    assert match_intent("I'll pass", state("checkin:a_close")) == "refuse"
