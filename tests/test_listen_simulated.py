"""`listen` mode from audio: trigger phrases start their flows, chatter starts nothing, and it goes back to waiting."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from voice_pacer.assemble import build_flow
from voice_pacer.config import load_config
from voice_pacer.eventlog import EventLog
from voice_pacer.scenario import load_scenario
from voice_pacer.simulate import simulate

REPLIES = [
    {"say": "Did you remember to buy milk?"},
    {"say": "Let's check in."},
    {"say": "Let's stop."},  # the check-in's first question: stop ends it, back to waiting
    {"say": "The heating is on again."},
    {"say": "Okay, let's take turns."},
    {"say": "Let's stop."},
    {"say": "Where did you put the scissors?"},
    {"say": "Time out."},
    {"say": "No thanks."},  # the pause flow asks about a longer break after breathing
    {"say": "It is raining again."},
]


def test_triggers_start_their_flows_and_chatter_starts_none(tmp_path: Path) -> None:
    (tmp_path / "scenario.yaml").write_text(yaml.safe_dump({"flow": "listen", "replies": REPLIES}))
    (tmp_path / "config.toml").write_text("")
    config = load_config(tmp_path / "config.toml", {"ears.engine": "pocketsphinx"}, env={})
    scenario = load_scenario(tmp_path / "scenario.yaml")
    log = EventLog(tmp_path / "events.jsonl", words=True)  # words kept, to show chatter is not logged
    outcome = simulate(scenario, None, config, log, ("Dana", "Luis"),
                       load=lambda name: build_flow(name, config, None))
    log.close()
    records = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    started = [(r["flow"], r["trigger"]) for r in records if r["event"] == "flow"]
    assert [flow for flow, _ in started] == ["checkin", "turns", "pause"], started
    ends = [r["reason"] for r in records if r["event"] == "end"]
    assert ends == ["stopped", "stopped", "completed"]
    assert outcome.reason == "input_ended"
    chatter = {"milk", "heating", "scissors", "raining"}
    logged_text = " ".join(str(r.get("text", "")) + str(r.get("trigger", "")) for r in records)
    assert not any(word in logged_text for word in chatter), "chatter is neither acted on nor logged"
