"""Loading the configuration in layers: defaults < TOML file < VOICE_PACER_* environment < command line."""

from __future__ import annotations

import os
import tomllib
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import ValidationError

from voice_pacer.config.messages import find_line, syntax_error, translate
from voice_pacer.config.settings import (
    ENV_PREFIX,
    FLOWS,
    SECTION_ORDER,
    SECTIONS,
    Config,
    FlowValue,
    setting_keys,
    trigger_phrase,
)
from voice_pacer.config.values import file_path, from_text, got_text, is_path, show_value, toml_key
from voice_pacer.errors import UserError
from voice_pacer.paths import expand_home


def default_config_path() -> Path:
    """The config file used when no --config is given."""
    return platformdirs.user_config_path("voice-pacer", appauthor=False) / "config.toml"


def load_config(
    path: Path | None = None,
    overrides: Mapping[str, object] | None = None,
    env: Mapping[str, str] | None = None,
) -> Config:
    """Load settings: defaults < file (`path`, else the default file if present) < env < command-line overrides.

    Overrides use dotted keys ("voice.rate": 180); a None value means "not given". Raises UserError on any problem.
    """
    raw: dict[str, Any] = {}
    origins: dict[str, _Origin] = {}
    file = _read_file(path)
    if file is not None:
        _merge_file(file, raw, origins)
    _merge_env(os.environ if env is None else env, raw, origins)
    _merge_overrides(overrides or {}, raw, origins)
    try:
        config = Config.model_validate(raw)
    except ValidationError as exc:
        raise translate(exc, {key: origin.prefix for key, origin in origins.items()}) from None
    config._sources = {key: origin.label for key, origin in origins.items()}
    config._prefixes = {key: origin.prefix for key, origin in origins.items()}
    config._file = expand_home(path) if path is not None else None
    return config


def config_rows(config: Config) -> list[tuple[str, str, str]]:
    """(dotted key, value as TOML-ish text, source) for every setting, in file order, for `config show`."""
    sources = config.sources()
    rows: list[tuple[str, str, str]] = []
    for section in SECTION_ORDER:
        if section == "triggers":
            if not config.triggers:
                rows.append(("triggers", "{}", sources["triggers"]))
            for phrase, flow in config.triggers.items():
                rows.append((f"triggers.{toml_key(phrase)}", show_value(flow), sources["triggers"]))
            continue
        if section == FLOWS:
            if not config.flows:
                rows.append((FLOWS, "{}", "default"))
            for name, values in config.flows.items():
                for key, value in values.items():
                    dotted = f"{FLOWS}.{name}.{key}"
                    rows.append((dotted, show_value(value), sources.get(dotted, "default")))
            continue
        settings = getattr(config, section)
        for key in type(settings).model_fields:
            rows.append((f"{section}.{key}", show_value(getattr(settings, key)), sources[f"{section}.{key}"]))
    return rows


class _Origin:
    """Where one value came from, for `sources()` and for the prefix of an error message."""

    def __init__(self, label: str, prefix: str) -> None:
        self.label = label
        self.prefix = prefix


class _File:
    """A config file that was read: its path, text and parsed table."""

    def __init__(self, path: Path, text: str, data: dict[str, Any]) -> None:
        self.path = path
        self.text = text
        self.data = data

    def where(self, section: str | None, key: str | None = None) -> str:
        """'PATH:LINE' for a section or key, or just 'PATH' when the line cannot be found."""
        line = find_line(self.text, section, key)
        return f"{self.path}:{line}" if line else str(self.path)


def _read_file(path: Path | None) -> _File | None:
    """Read and parse the config file; a missing default file means no file, a missing --config is an error."""
    given = path is not None
    path = expand_home(path) if given else default_config_path()
    if path.is_dir():
        raise UserError(f"{path} is a directory, not a config file; give the path of a .toml file")
    if not path.exists():
        if given:
            raise UserError(f"config file not found: {path}; check the --config path")
        return None
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{path}: cannot read the config file ({exc.strerror or exc}); check its permissions") from None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise UserError(f"{path}:{line}: this looks like a binary file, not a TOML config file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UserError(
            f"{path}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); save the config file as UTF-8 TOML"
        ) from None
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(syntax_error(path, str(exc), text.count("\n") + 1)) from None
    except RecursionError:
        raise UserError(f"{path}: TOML syntax error: values are nested too deeply") from None
    return _File(path, text, parsed)


def _merge_file(file: _File, raw: dict[str, Any], origins: dict[str, _Origin]) -> None:
    """Check the file's sections and keys, then copy its values into raw."""
    label = f"file {file.path}"
    for section, table in file.data.items():
        if section not in SECTION_ORDER:
            if isinstance(table, dict):
                what = f"unknown section [{section}]"
            else:
                what = f"unknown top-level key '{section}'; settings go inside a section, and"
            raise UserError(f"{file.where(section)}: {what}; known sections: {', '.join(SECTION_ORDER)} "
                            f"(a flow's settings go in [{FLOWS}.NAME])")
        if not isinstance(table, dict):
            raise UserError(
                f"{file.where(section)}: '{section}' must be a [{section}] section of settings, got {got_text(table)}"
            )
        if section == "triggers":
            _check_triggers(table, lambda phrase: file.where("triggers", phrase))
            raw["triggers"] = dict(table)
            origins["triggers"] = _Origin(label, f"{file.where('triggers')}: ")
            continue
        if section == FLOWS:
            _merge_flow_tables(file, table, raw, origins)
            continue
        fields = SECTIONS[section].model_fields
        for key, value in table.items():
            if key not in fields:
                raise UserError(
                    f"{file.where(section, key)}: unknown key '{section}.{key}'; "
                    f"known keys in [{section}]: {', '.join(fields)}"
                )
            if is_path(section, key) and isinstance(value, str) and value:
                value = file_path(value, file.path)
            raw.setdefault(section, {})[key] = value
            origins[f"{section}.{key}"] = _Origin(label, f"{file.where(section, key)}: ")


def _merge_flow_tables(file: _File, table: dict[str, Any], raw: dict[str, Any], origins: dict[str, _Origin]) -> None:
    """[flows.NAME] tables: a flow's settings by name; whether the flow has them is checked when it loads."""
    label = f"file {file.path}"
    for name, values in table.items():
        where = file.where(FLOWS, name)
        if not isinstance(values, dict):
            raise UserError(f"{where}: '{FLOWS}.{name}' must be a [{FLOWS}.{name}] table of that flow's settings, "
                            f"got {got_text(values)}")
        for key, value in values.items():
            if isinstance(value, dict | list) or not isinstance(value, FlowValue):
                raise UserError(f"{file.where(f'{FLOWS}.{name}', key)}: '{FLOWS}.{name}.{key}' must be a number, "
                                f"text or true/false, got {got_text(value)}")
            raw.setdefault(FLOWS, {}).setdefault(name, {})[key] = value
            origins[f"{FLOWS}.{name}.{key}"] = _Origin(label, f"{file.where(f'{FLOWS}.{name}', key)}: ")


def _merge_env(env: Mapping[str, str], raw: dict[str, Any], origins: dict[str, _Origin]) -> None:
    """Apply VOICE_PACER_<SECTION>_<KEY> variables; variables for other sections are left to other parts."""
    for var in sorted(env):
        if not var.startswith(ENV_PREFIX):
            continue
        rest = var[len(ENV_PREFIX) :]
        section = next((s for s in SECTION_ORDER if rest.startswith(s.upper() + "_") or rest == s.upper()), None)
        if section is None:
            continue
        if section in ("triggers", FLOWS):
            where = "the config file" + (" or with --set" if section == FLOWS else "")
            raise UserError(f"environment variable {var}: {section} can only be set in {where}; unset {var}")
        fields = SECTIONS[section].model_fields
        key = rest[len(section) + 1 :].lower()
        if key not in fields:
            known = ", ".join(f"{ENV_PREFIX}{section.upper()}_{k.upper()}" for k in fields)
            raise UserError(f"unknown environment variable {var}; known ones for [{section}]: {known}")
        value = from_text(env[var], section, key)
        if is_path(section, key) and isinstance(value, str) and value:
            value = str(expand_home(value))
        raw.setdefault(section, {})[key] = value
        origins[f"{section}.{key}"] = _Origin(f"env {var}", f"environment variable {var}: ")


def _merge_overrides(overrides: Mapping[str, object], raw: dict[str, Any], origins: dict[str, _Origin]) -> None:
    """Apply command-line values given as dotted keys; None means the option was not given."""
    for dotted, value in overrides.items():
        if value is None:
            continue
        origin = _Origin("command line", "command line: ")
        if dotted == "triggers":
            if not isinstance(value, Mapping):
                raise UserError(
                    f"command line: 'triggers' must be a table of phrase = flow name, got {got_text(value)}"
                )
            _check_triggers(value, lambda _phrase: "command line")
            raw["triggers"] = dict(value)
            origins["triggers"] = origin
            continue
        section, _, key = dotted.partition(".")
        if section == FLOWS:
            raise UserError(f"command line: a flow's settings are given with --set KEY=VALUE, not '{dotted}'")
        if section not in SECTIONS or key not in SECTIONS[section].model_fields:
            raise UserError(f"command line: unknown setting '{dotted}'; known settings: {', '.join(setting_keys())}")
        if isinstance(value, str):
            value = from_text(value, section, key)
        if isinstance(value, Path):
            value = str(value)
        if is_path(section, key) and isinstance(value, str) and value:
            value = str(expand_home(value))
        raw.setdefault(section, {})[key] = value
        origins[dotted] = origin


def _check_triggers(table: Mapping[Any, Any], where: typing.Callable[[str], str]) -> None:
    """Each trigger is a non-empty phrase mapped to a flow name in quotes."""
    for phrase, flow in table.items():
        if not isinstance(phrase, str) or not trigger_phrase(phrase):
            raise UserError(f'{where(str(phrase))}: trigger phrases must not be empty; write e.g. "time out" = "pause"')
        if not isinstance(flow, str) or not flow.strip():
            raise UserError(
                f"{where(phrase)}: 'triggers.{toml_key(phrase)}' must be a flow name in quotes, got {got_text(flow)}"
            )

