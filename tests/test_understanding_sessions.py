"""What people really say, typed through whole flows: natural commands, refusing, leaving, asking again, rebuttals,
interruptions, thinking pauses and disclosures (issue 8)."""

from __future__ import annotations

import pytest

from tests.textmode import drive, end_reason, said, states
from voice_pacer.flowfile.common import common

PROMPTS = common().prompts
FIRST_ANSWER = {"checkin": "The tea this morning", "turns": "I felt alone at dinner"}


def heard(records: list[dict]) -> list[dict]:
    return [r for r in records if r["event"] == "heard"]


@pytest.mark.parametrize("line", ["okay, let's stop now", "let's stop here", "I think we should stop",
                                  "um, can we stop please", "end the session"])
@pytest.mark.parametrize("flow", ["checkin", "turns", "pause"])
def test_stop_in_natural_words_ends_kindly(flow: str, line: str) -> None:
    records = drive(flow, [line])
    assert end_reason(records) == "stopped"
    assert said(records)[-1] == PROMPTS["stopped"]


@pytest.mark.parametrize(("line", "terminal", "prompt"), [
    ("I don't want to do this", "_refused", "refused"),
    ("this is pointless", "_refused", "refused"),
    ("honestly, I can't do this anymore", "_refused", "refused"),
    ("I'm going to bed", "_left", "left"),
    ("I'm out of here", "_left", "left"),
    ("okay I'm leaving", "_left", "left"),
])
@pytest.mark.parametrize("flow", ["checkin", "turns"])
def test_refusing_or_leaving_gets_a_kind_close_with_a_time_to_come_back(flow: str, line: str, terminal: str,
                                                                        prompt: str) -> None:
    records = drive(flow, [line, FIRST_ANSWER[flow]])
    assert states(records)[-1] == terminal
    assert end_reason(records) == "stopped"
    last = said(records)[-1]
    assert last == PROMPTS[prompt]
    assert "tomorrow" in last
    after = said(records)[[r["event"] for r in records].index("heard"):]
    assert not any(p.startswith("Thank you") or p == PROMPTS["not_caught"] for p in after)


def test_refusing_a_yes_no_question_is_not_a_no() -> None:
    records = drive("pause", ["I'm not doing this"])
    assert states(records)[-1] == "_refused"


@pytest.mark.parametrize("line", ["what?", "sorry, what was the question?", "could you repeat the question",
                                  "I didn't catch that"])
def test_asking_again_repeats_the_question_instead_of_thanking(line: str) -> None:
    records = drive("checkin", [line, FIRST_ANSWER["checkin"]])
    prompts = said(records)
    question = "Dana, what did Luis do today that made you feel close?"
    assert prompts.count(question) == 2
    assert prompts[prompts.index(question) + 1] == question
    assert heard(records)[0]["intent"] == "repeat"


@pytest.mark.parametrize("flow", ["checkin", "turns"])
def test_a_rebuttal_gets_a_short_redirect_not_a_thanks(flow: str) -> None:
    lead = [] if flow == "checkin" else ["I felt alone at dinner", "I'm done"]
    records = drive(flow, [*lead, "that's not true, I made you dinner", "You felt alone"])
    rebut = next(r for r in heard(records) if r["text"].startswith("that's not true"))
    assert rebut["intent"] == "rebuttal"
    index = records.index(rebut)
    reply = next(r["text"] for r in records[index:] if r["event"] == "say")
    assert not reply.startswith("Thank you")
    assert "answer" in reply or "say back" in reply
    # the answer that follows is the one thanked
    answer = next(i for i, r in enumerate(records) if r["event"] == "heard" and r["text"] == "You felt alone")
    assert next(r["text"] for r in records[answer:] if r["event"] == "say").startswith("Thank you")


@pytest.mark.parametrize("line", ["are you kidding me", "I never said that", "oh come on",
                                  "wait, that's not true", "can I jump in here"])
def test_natural_interruptions_get_a_reminder_that_names_no_listener(line: str) -> None:
    records = drive("turns", ["I felt alone at dinner", line, "and I missed you", "I'm done"])
    assert [h["intent"] for h in heard(records)] == [None, "interrupt", None, "done"]
    reminders = [prompt for prompt in said(records) if "finish" in prompt and "turn" in prompt]
    assert reminders == ["Let's let Dana finish. Each of you gets a turn."]  # names the speaker, never the listener


@pytest.mark.parametrize("line", ["wait, let me think", "no no, that's not what I mean", "hang on a second",
                                  "the dishwasher is making that noise again", "I think that's not the point"])
def test_the_speakers_own_words_and_chatter_are_not_interruptions(line: str) -> None:
    records = drive("turns", ["I felt alone at dinner", line, "I'm done"])
    assert [h["intent"] for h in heard(records)] == [None, None, "done"]
    assert not any("finish" in p and "Let's let" in p for p in said(records))


@pytest.mark.parametrize("line", ["I think that's it for me", "that's everything I wanted to say",
                                  "and that's all, I'm done", "I think I'm done for now"])
def test_the_end_of_a_turn_in_natural_words(line: str) -> None:
    records = drive("turns", ["I felt alone at dinner", line])
    assert heard(records)[-1]["intent"] == "done"
    assert states(records)[-1] == "reflect"


def test_an_answer_survives_a_thinking_pause() -> None:
    records = drive("checkin", ["Well...", "(silence 3)", "when you made me tea", "The phone at dinner"])
    prompts = said(records)
    first = prompts.index("Dana, what did Luis do today that made you feel close?")
    assert prompts[first + 1] == "Thank you, Dana."
    assert prompts[first + 2].startswith("And was there a moment today")
    thanked_at = next(r["t"] for r in records if r["event"] == "say" and r["text"] == "Thank you, Dana.")
    tea_at = next(r["t"] for r in records if r["event"] == "heard" and r["text"] == "when you made me tea")
    assert thanked_at >= tea_at, "the answer was thanked only after its second part"
    assert "Thank you for saying it, Dana." in prompts, "the next answer went to the next question"


def test_a_hesitation_followed_by_silence_is_still_an_answer() -> None:
    records = drive("checkin", ["Um, well...", "(silence 9)", "The phone at dinner"])
    prompts = said(records)
    assert prompts[prompts.index("Dana, what did Luis do today that made you feel close?") + 1] == "Thank you, Dana."


DISCLOSURES = [
    ("he pushed me against the wall last night", "danger"),
    ("I'm scared of him", "danger"),
    ("I don't want to live anymore", "self_harm"),
    ("I want to hurt myself", "self_harm"),
]


@pytest.mark.parametrize(("line", "concern"), DISCLOSURES)
@pytest.mark.parametrize("flow", ["checkin", "turns", "pause"])
def test_a_disclosure_stops_with_its_own_message_and_no_words_logged(flow: str, line: str, concern: str) -> None:
    script = {"checkin": [line], "turns": ["I felt alone at dinner", line], "pause": [line]}[flow]
    records = drive(flow, script)
    assert states(records)[-1] == f"_{concern}"
    assert said(records)[-1] == PROMPTS[concern]
    safety = [r for r in records if r["event"] == "safety"]
    assert [r["concern"] for r in safety] == [concern]
    assert set(safety[0]) == {"t", "event", "concern"}
    assert "text" not in heard(records)[-1], "the heard record of a disclosure carries no words"
    assert all(line not in str(r) for r in records)


def test_the_two_safety_messages_differ_and_name_no_number() -> None:
    danger, self_harm = PROMPTS["danger"], PROMPTS["self_harm"]
    assert danger != self_harm
    assert "emergency number" in danger and "helpline" in danger
    assert "emergency number" in self_harm and "crisis line" in self_harm
    assert not any(ch.isdigit() for ch in danger + self_harm)


@pytest.mark.parametrize("line", ["she hurt my feelings", "that hurt me a lot", "it's not violence, we just argue",
                                  "the film was violent"])
def test_hurt_feelings_are_an_answer_not_a_stop(line: str) -> None:
    records = drive("checkin", [line])
    assert not any(r["event"] == "safety" for r in records)
    assert "Thank you, Dana." in said(records)
