"""The PACER flows in text mode: each flow's branches, and flows that run flows (the whole path)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_text_sessions import COMPLETE
from tests.textmode import drive, end_reason, said, states
from voice_pacer.flowfile.common import common
from voice_pacer.flowfile.load import load_flow

PROMPTS = common().prompts
CONSENTING = ["accountability", "collaborate", "experiment", "reset"]  # flows that ask before they start
NOT_NOW = "That's okay. You can come back to this any time."
STOP_HERE = "That's fine. We can stop here. You can come back to the rest any time."
INNER = ["pause", "accountability", "turns", "collaborate", "experiment"]


def events(records: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    return [r for r in records if r["event"] == name]


# -- each flow's branches -------------------------------------------------------------------------------------


@pytest.mark.parametrize("flow", CONSENTING)
def test_no_at_the_consent_question_ends_kindly(flow: str) -> None:
    records = drive(flow, ["no"])
    assert end_reason(records) == "completed"
    assert said(records)[-1] == NOT_NOW
    assert len(events(records, "heard")) == 1


@pytest.mark.parametrize("flow", CONSENTING)
def test_silence_at_the_consent_question_ends_kindly(flow: str) -> None:
    records = drive(flow, [""] * 5)
    assert end_reason(records) == "completed"
    assert said(records)[-1] == NOT_NOW


@pytest.mark.parametrize("flow", CONSENTING)
def test_silence_after_yes_still_reaches_the_close(flow: str) -> None:
    records = drive(flow, ["yes", *[""] * 20])
    assert end_reason(records) == "completed"
    assert NOT_NOW not in said(records)
    assert states(records)[-1] in {"close", "goodbye"}


@pytest.mark.parametrize("flow", [*CONSENTING, "pacer"])
def test_unsafe_stops_any_new_flow_with_the_help_message(flow: str) -> None:
    first_answer = COMPLETE[flow][:1]
    records = drive(flow, [*first_answer, "I'm scared of him, he threatened me"])
    assert end_reason(records) == "stopped"
    assert said(records)[-1] == PROMPTS["danger"]
    assert events(records, "safety")


@pytest.mark.parametrize("flow", CONSENTING)
def test_stop_after_starting_ends_kindly(flow: str) -> None:
    records = drive(flow, ["yes", "let's stop"])
    assert end_reason(records) == "stopped"
    assert said(records)[-1] == PROMPTS["stopped"]


def test_accountability_asks_each_partner_for_their_own_part() -> None:
    prompts = said(drive("accountability", COMPLETE["accountability"]))
    asks = [p for p in prompts if "what is one thing you did" in p]
    assert asks == ["Dana, what is one thing you did that made this harder?",
                    "Luis, what is one thing you did that made this harder?"]


def test_accountability_redirects_a_list_of_the_others_faults_gently() -> None:
    records = drive("accountability", ["yes", "you always leave me with the dishes", "I snapped at him",
                                       "it's your fault we were late", "I went quiet"])
    heard = [(r["text"], r["intent"]) for r in events(records, "heard")]
    assert [intent for _, intent in heard] == ["yes", "blame", None, "blame", None]
    redirects = [p for p in said(records) if p.startswith("Let's leave the other's part")]
    assert len(redirects) == 2
    assert not any(name in redirect for redirect in redirects for name in ("Dana", "Luis")), \
        "nobody is named: it is not known who said it"
    assert states(records).count("ask") == 2, "the redirect keeps the question open"
    assert end_reason(records) == "completed"


def test_accountability_without_asking_first_starts_at_the_question() -> None:
    records = drive("accountability", ["I raised my voice", "I walked out"], {"ask_first": 0})
    assert states(records)[:3] == ["intro", "ask", "own_part"]
    assert end_reason(records) == "completed"


def test_collaborate_walks_loop_both_and_goal() -> None:
    records = drive("collaborate", COMPLETE["collaborate"])
    prompts = said(records)
    assert "Ask yourselves together: what is happening to us?" in prompts
    assert any("I want something, and I need something" in p for p in prompts)
    assert any("protect our connection" in p for p in prompts)
    assert prompts[-1].startswith("Connection over winning")
    loop = [r for r in events(records, "heard") if r["text"].startswith("when I go quiet")]
    assert loop and loop[0]["intent"] is None


def test_experiment_reads_back_and_asks_again_when_it_was_wrong() -> None:
    records = drive("experiment", ["yes", "I'll sit close to her", "no", "I'll sit close to her on the sofa",
                                   "yes", "maybe I could text her at lunch", "yes"])
    prompts = said(records)
    assert "Dana, to try: sit close to her. Did I get that right?" in prompts
    assert "Okay. Tell me again, in a few words." in prompts
    assert "Dana, to try: sit close to her on the sofa. Did I get that right?" in prompts
    assert "Luis, to try: text her at lunch. Did I get that right?" in prompts
    assert end_reason(records) == "completed"
    assert not events(records, "kept"), "without a journal nothing is kept"


def test_reset_runs_on_its_own_without_a_journal() -> None:
    records = drive("reset", COMPLETE["reset"])
    prompts = said(records)
    assert not any("this week you chose" in p for p in prompts)
    assert "Dana, what did you notice Luis doing that helped?" in prompts
    assert end_reason(records) == "completed"


# -- the whole path: flows that run flows ---------------------------------------------------------------------


def test_pacer_runs_every_step_in_order_with_enter_and_leave_events() -> None:
    records = drive("pacer", COMPLETE["pacer"])
    assert end_reason(records) == "completed"
    marks = [(r["event"], r["flow"]) for r in records if r["event"] in ("flow_enter", "flow_leave")]
    assert marks == [(kind, flow) for flow in INNER for kind in ("flow_enter", "flow_leave")]
    assert all(r["outcome"] == "completed" for r in events(records, "flow_leave"))
    assert said(records)[-1] == "That's the whole path for tonight. Thank you both for staying with it."
    assert len(events(records, "end")) == 1, "an inner flow's end is not the session's end"


def test_pacer_asks_consent_before_each_step_after_the_pause() -> None:
    records = drive("pacer", COMPLETE["pacer"])
    asks = [p for p in said(records) if p.startswith("Would you like to go on to")]
    assert len(asks) == 4
    for ask in asks:  # each consent question comes right before the step it offers
        after = records[next(i for i, r in enumerate(records) if r.get("text") == ask):]
        assert next(r for r in after if r["event"] == "flow_enter")["flow"] in INNER[1:]


@pytest.mark.parametrize("step", range(4))
def test_no_at_any_consent_ends_the_whole_path_kindly(step: int) -> None:
    script = COMPLETE["pacer"]
    consents = [i for i, line in enumerate(script) if line == "yes"]  # accountability, turns, collaborate, experiment
    records = drive("pacer", [*script[: consents[step]], "no"])
    assert end_reason(records) == "completed"
    assert said(records)[-1] == STOP_HERE
    assert [r["flow"] for r in events(records, "flow_enter")] == INNER[: step + 1]


def test_silence_at_a_consent_ends_the_whole_path_kindly() -> None:
    records = drive("pacer", ["no", ""])
    assert said(records)[-1] == STOP_HERE
    assert end_reason(records) == "completed"


@pytest.mark.parametrize("inner_step", [2, 6])  # inside accountability; inside turns (on the floor)
def test_stop_inside_an_inner_flow_ends_the_whole_session(inner_step: int) -> None:
    records = drive("pacer", [*COMPLETE["pacer"][:inner_step], "let's stop", *COMPLETE["pacer"][inner_step:]])
    assert end_reason(records) == "stopped"
    assert said(records)[-1] == PROMPTS["stopped"]
    leave = events(records, "flow_leave")[-1]
    assert leave["outcome"] == "stopped"
    after = records[records.index(leave) + 1:]
    assert [r["event"] for r in after] == ["end"], "the outer flow said and did nothing more"


def test_unsafe_inside_an_inner_flow_ends_the_whole_session() -> None:
    records = drive("pacer", ["no", "yes", "he hit me last night"])
    assert end_reason(records) == "stopped"
    assert events(records, "flow_leave")[-1] == {**events(records, "flow_leave")[-1], "flow": "accountability",
                                                  "outcome": "stopped"}
    assert said(records)[-1] == PROMPTS["danger"]
    assert "offer_turns" not in states(records)


def test_input_ending_inside_an_inner_flow_ends_the_session() -> None:
    records = drive("pacer", ["no", "yes", "I raised my voice"])
    assert end_reason(records) == "input_ended"
    assert events(records, "flow_leave")[-1]["outcome"] == "input_ended"


def test_pause_inside_an_inner_flow_returns_to_the_same_place() -> None:
    script = COMPLETE["pacer"]
    plain = drive("pacer", script)
    records = drive("pacer", [*script[:2], "I need a break", *script[2:]])  # at accountability's first question
    assert states(records) == states(plain), "no state was left or added"
    heard = next(i for i, r in enumerate(records) if r["event"] == "heard" and r["intent"] == "pause")
    after = said(records[heard:])
    assert after[0] == PROMPTS["pause_start"]
    back = after.index(PROMPTS["pause_end"])
    assert after[back + 1] == "Dana, what is one thing you did that made this harder?"
    assert end_reason(records) == "completed"
    assert [r["flow"] for r in events(records, "flow_enter")] == INNER


def test_a_flow_can_run_a_file_beside_it_with_settings(tmp_path: Path) -> None:
    (tmp_path / "breath.yaml").write_text(
        "name: breath\ntitle: Breath\nsettings: {cycles: 3}\nstart: b\nstates:\n"
        "  b:\n    breathe: {cycles: \"{cycles}\"}\n    end: true\n")
    (tmp_path / "outer.yaml").write_text(
        "name: outer\ntitle: Outer\nstart: first\nstates:\n"
        "  first:\n    run: {flow: breath.yaml, settings: {cycles: 1}}\n    next: bye\n"
        "  bye:\n    say: Bye.\n    end: true\n")
    records = drive(str(tmp_path / "outer.yaml"), [])
    assert len(events(records, "breathe")) == 4, "one box cycle: the run's setting won over the inner default"
    assert said(records) == ["Breathe in", "Hold", "Breathe out", "Hold", "Bye."]
    assert end_reason(records) == "completed"


def test_settings_on_the_command_line_reach_inner_flows() -> None:
    flow = load_flow("pacer", {"cycles": 1})
    assert flow.inner["pause"].settings["cycles"] == 1
    assert flow.inner["accountability"].settings["ask_first"] == 0
