"""From configuration to running parts: the one place where settings become ears, a voice, a flow, an event log and a
session. Every command builds its parts here, so a setting means the same thing everywhere."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml

from voice_pacer.config import FLOWS, Config
from voice_pacer.ears.base import Ears
from voice_pacer.errors import UserError
from voice_pacer.eventlog import EventLog, Listener
from voice_pacer.flowfile.check import CompiledFlow
from voice_pacer.flowfile.compose import all_settings
from voice_pacer.flowfile.load import load_flow
from voice_pacer.hearing.base import Conversation
from voice_pacer.journal import Journal, default_journal_path
from voice_pacer.session import Session
from voice_pacer.voice.base import Voice

Notify = Callable[[str], None]


def build_ears(config: Config, notify: Notify | None = None) -> Ears:
    """The recogniser ears.engine and ears.model ask for; its description says where the model setting came from."""
    from voice_pacer.ears.choose import make_ears

    return make_ears(config.ears.engine, config.ears.model, config.origin("ears.model"), notify)


def build_voice(config: Config) -> Voice:
    """The voice [voice] asks for."""
    from voice_pacer.voice.choose import make_voice

    return make_voice(config.voice.name, config.voice.rate, config.voice.volume, config.voice.voice_id)


def build_log(config: Config, listeners: list[Listener] | None = None,
              on_problem: Callable[[str], None] | None = None) -> EventLog:
    """The event log: to log.events when set (or --log), with people's words only when log.text asks for them;
    always to the listeners (the console transcript). Records are not kept in memory: sessions may run for days."""
    return EventLog(config.log.events, listeners, words=config.log.text, on_problem=on_problem, keep=False)


def build_session(flow: CompiledFlow, talk: Conversation, log: EventLog, names: tuple[str, str],
                  config: Config, journal: Journal | None = None) -> Session:
    """A session of one flow; a "pause" said inside it takes the [breathing] break; confirmed experiments go to the
    journal when one is open."""
    return Session(flow, talk, log, names, (config.breathing.pattern, config.breathing.cycles), journal)


def journal_path(config: Config) -> Path:
    """The journal file [journal] path names, else the default one in the user's data folder."""
    return config.journal.path or default_journal_path()


def build_journal(config: Config) -> Journal | None:
    """The open journal when [journal] enabled (or --journal) asks for it, else None: nothing is kept."""
    return Journal(journal_path(config)) if config.journal.enabled else None


def partner_names(config: Config, given: str | None = None) -> tuple[str, str]:
    """Partner names from --names A,B, else [partners] (whose defaults are neutral names)."""
    if given:
        parts = [part.strip() for part in given.split(",")]
        if len(parts) != 2 or not all(parts):
            raise UserError(f"--names needs two names separated by a comma, like 'Dana,Luis' (got {given!r})")
        return parts[0], parts[1]
    return config.partners.a, config.partners.b


def parse_sets(items: list[str] | None) -> dict[str, Any]:
    """--set KEY=VALUE pairs; values read as YAML scalars so numbers stay numbers."""
    values: dict[str, Any] = {}
    for item in items or []:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise UserError(f"--set needs KEY=VALUE, like --set rounds=2 (got {item!r})")
        values[key.strip()] = yaml.safe_load(raw) if raw.strip() else raw
    return values


def build_flow(name: str, config: Config, sets: list[str] | None = None) -> CompiledFlow:
    """A flow with the config's [flows.NAME] settings (for it and each flow it runs) and --set on top; an unknown or
    mistyped key fails with where it was written."""
    explicit = parse_sets(sets)
    flow = load_flow(name, explicit)  # first as written, so a config value is judged against the flow's own
    unknown = sorted(set(explicit) - all_settings(flow))  # --set also reaches the flows this one runs
    if unknown:
        known = ", ".join(sorted(all_settings(flow))) or "none"
        raise UserError(f"--set {unknown[0]}: flow '{flow.flow.name}' has no such setting (settings: {known})")
    configured = False
    for each in _with_inner(flow):
        for key, value in config.flows.get(each.flow.name, {}).items():
            _check_flow_setting(each, key, value, config.where(f"{FLOWS}.{each.flow.name}.{key}"))
            configured = True
    return load_flow(name, explicit, config.flows) if configured else flow


def _with_inner(flow: CompiledFlow) -> list[CompiledFlow]:
    return [flow, *(each for inner in flow.inner.values() for each in _with_inner(inner))]


def flow_loader(config: Config) -> Callable[[str], CompiledFlow]:
    """Load flows by name with the config's settings (for `listen`, whose triggers name flows)."""
    return lambda name: build_flow(name, config)


def _check_flow_setting(flow: CompiledFlow, key: str, value: object, where: str) -> None:
    settings: Mapping[str, Any] = flow.flow.settings
    dotted = f"'{FLOWS}.{flow.flow.name}.{key}'"
    if key not in settings:
        raise UserError(f"{where}{dotted}: flow '{flow.flow.name}' has no such setting "
                        f"(settings: {_settings_list(flow)})")
    default = settings[key]
    if _is_number(default) and not _is_number(value):
        raise UserError(f"{where}{dotted} must be a number like its default ({default}), got {value!r}")
    if isinstance(default, str) and not isinstance(value, str):
        raise UserError(f"{where}{dotted} must be text in quotes like its default ({default!r}), got {value!r}")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _settings_list(flow: CompiledFlow) -> str:
    return ", ".join(flow.flow.settings) or "none"
