"""Options several commands share, and how they combine with the config file and a flow's settings."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
import yaml

from voice_pacer.config import Config, load_config
from voice_pacer.errors import UserError
from voice_pacer.flowfile.check import CompiledFlow
from voice_pacer.flowfile.load import load_flow

ConfigOpt = Annotated[Path | None, typer.Option("--config", help="Config file (TOML); default: the user's config.")]
NamesOpt = Annotated[str | None, typer.Option("--names", help="Partner names, 'A,B'.")]
LogOpt = Annotated[Path | None, typer.Option("--log", help="Write the event log (JSON lines) to this file.")]
LogTextOpt = Annotated[bool, typer.Option("--log-text", help="Also keep the words people said in the event log.")]
SetOpt = Annotated[list[str] | None, typer.Option("--set", help="Flow setting, KEY=VALUE (repeatable).")]
EngineOpt = Annotated[str | None, typer.Option("--engine", help="auto, vosk or pocketsphinx.")]
ModelOpt = Annotated[Path | None, typer.Option("--model", help="Vosk model folder.")]
VoiceOpt = Annotated[str | None, typer.Option("--voice", help="pyttsx3 or piper.")]
InputOpt = Annotated[str | None, typer.Option("--input", help="Microphone: device name or index.")]
OutputOpt = Annotated[str | None, typer.Option("--output", help="Speaker: device name or index.")]

# Config keys that set a flow's settings of the same meaning, when the flow has that setting.
FLOW_SETTINGS_FROM_CONFIG = {
    "breathing.pattern": "pattern",
    "breathing.cycles": "cycles",
    "turns.rounds": "rounds",
    "turns.turn_limit": "turn_limit",
    "turns.warn_before": "warn_before",
    "turns.end_silence": "floor_silence",
}


def log_text(flag: bool) -> bool | None:
    """--log-text as a config override: given turns it on; not given leaves the config file's [log] text."""
    return True if flag else None


def device(value: str | None) -> str | int | None:
    """A device option: an index when it is a number, else a name."""
    return int(value) if value is not None and value.isdigit() else value


def config_for(path: Path | None, given: dict[str, Any] | None = None) -> Config:
    """The config in effect, with command-line values (dotted keys; None = not given) on top."""
    return load_config(path, given or {})


def parse_sets(items: list[str] | None) -> dict[str, Any]:
    """--set KEY=VALUE pairs; values read as YAML scalars so numbers stay numbers."""
    values: dict[str, Any] = {}
    for item in items or []:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--set needs KEY=VALUE, like --set rounds=2 (got {item!r})")
        values[key.strip()] = yaml.safe_load(raw) if raw.strip() else raw
    return values


def flow_with_settings(name: str, config: Config, sets: list[str] | None) -> CompiledFlow:
    """Load a flow with settings from the config file (where given) and --set on top; unknown --set keys fail."""
    overrides: dict[str, Any] = {}
    sources = config.sources()
    for key, setting in FLOW_SETTINGS_FROM_CONFIG.items():
        if sources.get(key, "default") != "default":
            section, field = key.split(".")
            overrides[setting] = getattr(getattr(config, section), field)
    explicit = parse_sets(sets)
    flow = load_flow(name, {**overrides, **explicit})
    unknown = sorted(set(explicit) - set(flow.flow.settings))
    if unknown:
        known = ", ".join(flow.flow.settings) or "none"
        raise UserError(f"--set {unknown[0]}: flow '{flow.flow.name}' has no such setting (settings: {known})")
    return flow
