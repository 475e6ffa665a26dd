"""The machine a flow compiles to: its transitions, conditions, counters, roles, and the global intents."""

from __future__ import annotations

from pathlib import Path

import pytest

from voice_pacer.flowfile.load import load_flow
from voice_pacer.flowfile.machine import EXITS, SAFETY, TERMINAL, build_machine, fire, handles

FLOW = """\
name: rounds
title: Rounds
roles: {speaker: partner_a, listener: partner_b}
settings: {rounds: 2}
start: ask
states:
  ask:
    listen: {for: [yes, done], silence: 5, limit: 30}
    on:
      "yes": {to: stay, say: "Go on."}
      done: {to: thanks, count: turns}
      silence: thanks
      timeout: thanks
  thanks:
    say: "Thank you, {speaker}."
    next:
      - {to: ask, swap_roles: true, if: "turns < rounds"}
      - bye
  bye:
    say: Bye.
    end: true
"""


@pytest.fixture
def flow_file(tmp_path: Path) -> Path:
    path = tmp_path / "rounds.yaml"
    path.write_text(FLOW, encoding="utf-8")
    return path


def test_a_flow_becomes_a_machine_that_starts_where_it_says(flow_file: Path) -> None:
    machine, model = build_machine(load_flow(str(flow_file)))
    assert model.state == "ask"
    assert set(machine.states) == {"ask", "thanks", "bye", *TERMINAL}
    assert handles(machine, model, "done") and handles(machine, model, "silence")
    assert not handles(machine, model, "next")  # a listening state moves on what it hears, not on 'next'


def test_stay_keeps_the_state_and_asks_for_its_line(flow_file: Path) -> None:
    machine, model = build_machine(load_flow(str(flow_file)))
    taken, effects = fire(machine, model, "yes")
    assert taken and model.state == "ask" and not model.entered
    assert [(e.kind, e.text) for e in effects] == [("say", "Go on.")]


def test_counters_roles_and_conditions_make_the_rounds(flow_file: Path) -> None:
    machine, model = build_machine(load_flow(str(flow_file)))
    path = []
    for event in ["done", "next", "done", "next"]:
        assert fire(machine, model, event)[0], (event, model.state)
        path.append((model.state, model.counters["turns"], model.roles["speaker"]))
    assert path == [("thanks", 1, "partner_a"), ("ask", 1, "partner_b"), ("thanks", 2, "partner_b"),
                    ("bye", 2, "partner_b")]


def test_exits_and_safety_reach_every_live_state_but_not_the_end(flow_file: Path) -> None:
    flow = load_flow(str(flow_file))
    for state in ("ask", "thanks"):
        machine, model = build_machine(flow)
        for event, terminal in {**EXITS, **SAFETY}.items():
            model.state = state
            assert fire(machine, model, event)[0] and model.state == terminal, event
        model.state = state
        taken, effects = fire(machine, model, "repeat")
        assert taken and model.state == state and [e.kind for e in effects] == ["repeat"]
    machine, model = build_machine(flow)
    model.state = "bye"
    assert not fire(machine, model, "stop")[0]


def test_an_event_the_state_does_not_handle_changes_nothing(flow_file: Path) -> None:
    machine, model = build_machine(load_flow(str(flow_file)))
    assert fire(machine, model, "no") == (False, [])
    assert model.state == "ask" and model.counters == {"turns": 0}
