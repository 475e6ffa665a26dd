"""The command line as a user or a script calls it: `voice-pacer run --text`, `flows graph`, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import cli


def test_scripted_text_session_writes_the_event_log(tmp_path: Path) -> None:
    log = tmp_path / "events.jsonl"
    script = "I felt alone at dinner\nwait, that's not true\nI'm done\nYou felt alone\nI was tired\nI'm done\nok\n"
    result = cli("run", "turns", "--text", "--names", "Dana,Luis", "--log", str(log), "--log-text",
                 stdin=script)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in log.read_text().splitlines()]
    assert records[0] == {"t": 0.0, "event": "state", "state": "intro"}
    assert records[-1]["event"] == "end" and records[-1]["reason"] == "completed"
    heard = [r for r in records if r["event"] == "heard"]
    assert heard[0] == {"t": heard[0]["t"], "event": "heard", "text": "I felt alone at dinner", "intent": None}
    assert heard[1]["intent"] == "interrupt"
    assert "Dana, you have the floor" in result.stdout
    assert "Traceback" not in result.stderr


def test_breathing_passes_at_once_when_scripted_but_the_log_keeps_its_timing(tmp_path: Path) -> None:
    log = tmp_path / "events.jsonl"
    result = cli("run", "pause", "--text", "--log", str(log), "--set", "cycles=4", stdin="no\n")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in log.read_text().splitlines()]
    breathes = [r for r in records if r["event"] == "breathe"]
    assert len(breathes) == 16 and breathes[-1]["t"] - breathes[0]["t"] == pytest.approx(60, abs=0.01)


def test_stop_from_text_mode_logs_stopped(tmp_path: Path) -> None:
    log = tmp_path / "events.jsonl"
    result = cli("run", "checkin", "--text", "--log", str(log), stdin="stop\n")
    assert result.returncode == 0
    assert json.loads(log.read_text().splitlines()[-1])["reason"] == "stopped"


def test_run_refuses_an_invalid_flow_with_the_validator_lines(tmp_path: Path) -> None:
    flow = tmp_path / "broken.yaml"
    flow.write_text("name: broken\ntitle: Broken\nstart: a\nstates:\n  a:\n    say: hi\n    next: nowhere\n")
    result = cli("run", str(flow), "--text", stdin="")
    assert result.returncode == 1
    assert f"{flow}:7: state 'a': 'next' leads to state 'nowhere', which does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_setting_is_one_line() -> None:
    result = cli("run", "turns", "--text", "--set", "roundz=2", stdin="")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "roundz" in result.stderr and "rounds" in result.stderr


def test_bad_names_option_is_one_line() -> None:
    result = cli("run", "turns", "--text", "--names", "Dana", stdin="")
    assert result.returncode == 2 and "--names" in result.stderr and "Traceback" not in result.stderr


def test_graph_prints_mermaid_from_the_machine() -> None:
    result = cli("flows", "graph", "turns")
    assert result.returncode == 0
    assert "stateDiagram-v2" in result.stdout
    assert "floor --> ask_reflect: done | silence | timeout" in result.stdout
    assert "thank_listener --> give_floor: next [turns < rounds * 2 - 1]" in result.stdout


def test_graph_prints_dot_on_request() -> None:
    result = cli("flows", "graph", "pause", "--format", "dot")
    assert result.returncode == 0 and result.stdout.lstrip().startswith("digraph")
    assert "ask_break -> take_break" in result.stdout


def test_graph_with_globals_shows_stop_everywhere() -> None:
    result = cli("flows", "graph", "checkin", "--globals")
    assert all(name in result.stdout for name in ("_stopped", "_refused", "_left", "_danger", "_self_harm"))


def test_flows_list_names_the_builtins() -> None:
    result = cli("flows", "list")
    assert result.returncode == 0
    for name in ("pause", "turns", "checkin"):
        assert name in result.stdout
