"""From configuration to running parts: flow settings by flow name, the break's pattern, partner names."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest

from voice_pacer.assemble import build_flow, build_session, partner_names
from voice_pacer.config import Config, config_rows, load_config
from voice_pacer.errors import UserError
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.load import builtin_flows
from voice_pacer.hearing.typed import TypedConversation


def config_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def run_typed(flow: str, config: Config, lines: list[str]) -> list[dict[str, Any]]:
    """A text-mode session of a flow built from the config, as `voice-pacer run FLOW --text` builds it."""
    log = EventLog()
    talk = TypedConversation(io.StringIO("".join(f"{line}\n" for line in lines)))
    build_session(build_flow(flow, config), talk, log, partner_names(config), config).run()
    return log.records


def test_a_flows_settings_come_from_its_table(tmp_path: Path) -> None:
    config = load_config(config_file(tmp_path, "[flows.turns]\nrounds = 2\nturn_limit = 90\n"), env={})
    flow = build_flow("turns", config)
    assert (flow.settings["rounds"], flow.settings["turn_limit"]) == (2, 90)
    assert build_flow("pause", config).settings == build_flow("pause", load_config(env={})).settings


def test_set_on_the_command_line_beats_the_config_file(tmp_path: Path) -> None:
    config = load_config(config_file(tmp_path, "[flows.turns]\nrounds = 2\n"), env={})
    assert build_flow("turns", config, ["rounds=3"]).settings["rounds"] == 3


def test_any_flow_file_gets_settings_by_its_name(tmp_path: Path) -> None:
    """No table of built-in flows: a flow of the user's, by path, is configured the same way."""
    copy = tmp_path / "my-pause.yaml"
    shutil.copy(builtin_flows()["pause"], copy)
    config = load_config(config_file(tmp_path, '[flows.pause]\ncycles = 1\npattern = "4-7-8"\n'), env={})
    flow = build_flow(str(copy), config)
    assert (flow.settings["cycles"], flow.settings["pattern"]) == (1, "4-7-8")


def test_settings_from_the_file_change_what_a_session_does(tmp_path: Path) -> None:
    config = load_config(config_file(tmp_path, "[flows.pause]\ncycles = 1\n"), env={})
    once = run_typed("pause", config, ["no"])
    assert {r["cycle"] for r in once if r["event"] == "breathe"} == {1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[flows.turns]\n\nroundz = 2\n", ":3: 'flows.turns.roundz': flow 'turns' has no such setting (settings: "),
        ('[flows.turns]\nrounds = "two"\n', ":2: 'flows.turns.rounds' must be a number like its default (1)"),
        ("[flows.pause]\npattern = 4\n", ":2: 'flows.pause.pattern' must be text in quotes like its default ('box')"),
    ],
)
def test_a_wrong_flow_setting_names_the_config_line(tmp_path: Path, text: str, expected: str) -> None:
    path = config_file(tmp_path, text)
    with pytest.raises(UserError) as caught:
        build_flow(text.split("]")[0].removeprefix("[flows."), load_config(path, env={}))
    assert str(caught.value).startswith(f"{path}{expected}")


def test_flow_settings_are_shown_with_where_they_came_from(tmp_path: Path) -> None:
    path = config_file(tmp_path, "[flows.turns]\nrounds = 2\n")
    rows = {key: (value, source) for key, value, source in config_rows(load_config(path, env={}))}
    assert rows["flows.turns.rounds"] == ("2", f"file {path}")


def test_flow_settings_are_not_taken_from_the_environment() -> None:
    with pytest.raises(UserError, match="VOICE_PACER_FLOWS_TURNS_ROUNDS: flows can only be set in the config file"):
        load_config(env={"VOICE_PACER_FLOWS_TURNS_ROUNDS": "2"})


def test_old_sections_point_to_their_new_place(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r":1: unknown section \[turns\].*\(a flow's settings go in \[flows\.NAME\]\)"):
        load_config(config_file(tmp_path, "[turns]\nrounds = 2\n"), env={})


def test_the_break_takes_the_breathing_settings(tmp_path: Path) -> None:
    config = load_config(config_file(tmp_path, '[breathing]\npattern = "4-7-8"\ncycles = 1\n'), env={})
    records = run_typed("checkin", config, ["I need a break", "stop"])
    breaths = [r for r in records if r["event"] == "breathe"]
    assert {r["pattern"] for r in breaths} == {"4-7-8"} and {r["cycle"] for r in breaths} == {1}


def test_partner_names_from_the_option_then_the_config(tmp_path: Path) -> None:
    config = load_config(config_file(tmp_path, '[partners]\na = "Dana"\nb = "Luis"\n'), env={})
    assert partner_names(config) == ("Dana", "Luis")
    assert partner_names(config, "Sam, Alex") == ("Sam", "Alex")
    with pytest.raises(UserError, match="--names needs two names"):
        partner_names(config, "Sam")


def test_a_flow_run_by_another_takes_its_own_table(tmp_path: Path) -> None:
    config = load_config(config_file(tmp_path, "[flows.pause]\ncycles = 1\n"), env={})
    pacer = build_flow("pacer", config)
    inner_pause = next(inner for inner in pacer.inner.values() if inner.flow.name == "pause")
    assert inner_pause.settings["cycles"] == 1


def test_a_wrong_setting_for_an_inner_flow_names_the_config_line(tmp_path: Path) -> None:
    path = config_file(tmp_path, "[flows.pause]\ncyclez = 1\n")
    with pytest.raises(UserError, match=rf"^{path}:2: 'flows.pause.cyclez': flow 'pause' has no such setting"):
        build_flow("pacer", load_config(path, env={}))
