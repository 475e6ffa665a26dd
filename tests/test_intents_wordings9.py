"""Kinds of wording a blind corpus (blind 9, spent) showed the matcher missing: a command with a name for the partner
before or after it, a request hedged in the past after a polite frame, a politeness tail naming whom it asks, the
practice ended in other words, an afterthought "like", how to work the assistant asked, the practice disbelieved,
answers and returns in other Englishes, and a refusal to say back words called untrue. Each kind is tested on new
sentences (not the corpus's own), in the states where they are said, with guards: talk of the same shape."""

from __future__ import annotations

import pytest

from tests.textmode import ANSWERS, EXITS_EVERYWHERE_BUT_YES_NO, templates, understood

YES_NO = "pause:ask_break"
ON_BREAK = "pause:on_break"
FLOOR = "turns:floor"


@pytest.mark.parametrize(("said", "intent"), [
    ("honey can we stop now", "stop"),
    ("let's take a break darling", "pause"),
    ("sweetheart I need to go to bed", "leave"),
    ("say that again pet", "repeat"),
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_name_for_the_partner_around_a_command(said: str, intent: str, context: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize("said", ["honey did you feed the cat", "darling the kettle's boiled",
                                  "sweetheart you look tired", "we need a break from your mother love"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_name_for_the_partner_around_talk_stays_talk(said: str, context: str) -> None:
    assert understood(said, context) is None


@pytest.mark.parametrize(("said", "intent"), [
    ("would it be ok if we ended it here", "stop"),
    ("do you mind if we paused for a minute", "pause"),
    ("would it be alright if we took five", "pause"),
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_request_hedged_in_the_past(said: str, intent: str, context: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize("said", ["do you mind if we had pasta tomorrow", "what if we stopped seeing your mum so much",
                                  "would it be ok if we took the bus"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_a_hedged_past_about_other_things_stays_talk(said: str, context: str) -> None:
    assert understood(said, context) is None


@pytest.mark.parametrize(("said", "intent"), [
    ("can we end it here, if that's ok with both of you", "stop"),
    ("I need a minute, if that's alright with everyone", "pause"),
    ("we need a pause, the both of us", "pause"),
    ("can we stop, like now", "stop"),
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_whom_a_request_is_for_and_an_afterthought_like(said: str, intent: str, context: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize("said", [
    "let's scrap the session",
    "ditch the check-in",
    "put an end to this",
    "shut the app down",
    "stop the breathing, we're not doing it",
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_the_practice_ended_in_other_words(said: str, context: str) -> None:
    assert templates(said, context) == "stop"


@pytest.mark.parametrize("said", ["we had to scrap the holiday", "she ditched the car at the station",
                                  "they shut the factory down last year", "I want to put an end to this fighting"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_ending_other_things_stays_talk(said: str, context: str) -> None:
    assert understood(said, context) is None


@pytest.mark.parametrize("said", [
    "how can I get it to pause",
    "how do I tell it we need a break",
    "tell us the commands again",
    "do you have a list of commands",
    "we've never done one of these, how do we begin",
    "tell me how this works",
    "what do we say when we're done",
])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_how_to_work_the_assistant_asks_for_help(said: str, context: str) -> None:
    assert templates(said, context) == "help"


@pytest.mark.parametrize("said", ["how do I get it to stop hurting", "give me the remote again",
                                  "can you tell me what you said to your mum"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_questions_about_other_things_ask_for_nothing(said: str, context: str) -> None:
    assert understood(said, context) is None


@pytest.mark.parametrize("said", ["I don't believe in all this", "this never works",
                                  "we don't need an app to sort us out"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_the_practice_disbelieved_is_a_refusal(said: str, context: str) -> None:
    assert templates(said, context) == "refuse"


@pytest.mark.parametrize("said", ["I don't believe in ghosts", "it never rains here in summer",
                                  "we don't need an extension for this"])
@pytest.mark.parametrize("context", EXITS_EVERYWHERE_BUT_YES_NO)
def test_disbelief_in_other_things_stays_talk(said: str, context: str) -> None:
    assert understood(said, context) is None


@pytest.mark.parametrize(("said", "context", "intent"), [
    ("nah, we're sound", YES_NO, "no"),
    ("no, I want to get it out", YES_NO, "no"),
    ("yes sir", YES_NO, "yes"),
    ("let's get cracking", ON_BREAK, "ready"),
    ("we've had our breather", ON_BREAK, "ready"),
    ("I've said my say", FLOOR, "done"),
    ("hit pause, I'm getting wound up", FLOOR, "pause"),
])
def test_answers_returns_and_ends_in_other_englishes(said: str, context: str, intent: str) -> None:
    assert templates(said, context) == intent


@pytest.mark.parametrize("said", ["I refuse to repeat that nonsense", "I'm not repeating lies"])
@pytest.mark.parametrize("context", ANSWERS)
def test_refusing_to_say_back_words_called_untrue_is_a_rebuttal(said: str, context: str) -> None:
    assert templates(said, context) == "rebuttal"


@pytest.mark.parametrize("said", ["I'm not repeating that back", "I refuse to say it back"])
@pytest.mark.parametrize("context", ANSWERS)
def test_refusing_to_say_back_alone_stays_a_refusal(said: str, context: str) -> None:
    assert templates(said, context) == "refuse"
