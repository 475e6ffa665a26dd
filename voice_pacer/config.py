"""The configuration file: defaults < TOML file < VOICE_PACER_* environment < command line, with one-line errors.

The layering is our own rather than pydantic-settings': every value must remember where it came from (`config show`
prints it, and an error names the file's line or the variable), and text from the environment or the command line is
converted loosely while the TOML file is strict. pydantic-settings records neither.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
import tomllib
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

import platformdirs
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from voice_pacer.ears.base import ENGINES
from voice_pacer.errors import UserError
from voice_pacer.paths import expand_home
from voice_pacer.voice.base import FORMER_NAMES, VOICES

ENV_PREFIX = "VOICE_PACER_"
DEFAULT_TRIGGERS: dict[str, str] = {
    "let's pause": "pause",
    "time out": "pause",
    "let's check in": "checkin",
    "let's take turns": "turns",
}

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]
Device = Annotated[
    Annotated[int, Field(ge=0)] | Name | None,
    Field(json_schema_extra={"expect": "a device name in quotes or a device index number"}),
]
Seconds = Annotated[float, Field(allow_inf_nan=False)]


def _no_empty_path(value: object) -> object:
    if value == "":
        raise ValueError("empty path")
    return value


OptionalPath = Annotated[Path | None, Field(strict=False), BeforeValidator(_no_empty_path)]  # "" is an error, not "."
FlowValue = int | float | str | bool
FLOWS = "flows"  # [flows.NAME] tables hold settings of the flow NAME


class _Section(BaseModel):
    """Shared settings for every section: strict types, no unknown keys, immutable."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class PartnersSettings(_Section):
    """The two partners' names, used in prompts."""

    a: Name = "Partner one"
    b: Name = "Partner two"

    @model_validator(mode="after")
    def _different(self) -> PartnersSettings:
        if self.a.casefold() == self.b.casefold():
            raise PydanticCustomError(
                "config_conflict",
                "{message}",
                {"key": "b", "other": "a", "message": _same_names(self.a)},
            )
        return self


class AudioSettings(_Section):
    """Sound devices and how the microphone behaves around the assistant's speech."""

    input: Device = None
    output: Device = None
    barge_in: bool = False
    tail: Seconds = Field(0.3, ge=0, le=2)
    denoise: Literal["auto", "on", "off"] = "auto"


class EarsSettings(_Section):
    """The speech recogniser."""

    engine: Literal[ENGINES] = "auto"  # type: ignore[valid-type]
    model: OptionalPath = None


class VoiceSettings(_Section):
    """The speaking voice."""

    name: Literal[VOICES] = "espeak"  # type: ignore[valid-type]
    rate: int = Field(165, ge=80, le=300)
    volume: float = Field(1.0, ge=0, le=1, allow_inf_nan=False)
    voice_id: Name | None = None

    @field_validator("name", mode="before")
    @classmethod
    def _current_name(cls, value: object) -> object:
        return FORMER_NAMES.get(value, value) if isinstance(value, str) else value


class BreathingSettings(_Section):
    """The short breathing break that saying "pause" takes inside any flow."""

    pattern: Literal["box", "4-7-8"] = "box"
    cycles: int = Field(2, ge=1, le=20)


class LogSettings(_Section):
    """Where to write the event log (JSON lines; None means no log) and whether it keeps what people said."""

    events: OptionalPath = None
    text: bool = False  # the words people said, for someone who wants a transcript; off: events and intents only


class JournalSettings(_Section):
    """The experiment journal: off unless asked for; where it lives (default: the user's data folder)."""

    enabled: bool = False
    path: OptionalPath = None


class Config(_Section):
    """All settings; `sources()` tells where each value came from."""

    partners: PartnersSettings = PartnersSettings()
    audio: AudioSettings = AudioSettings()
    ears: EarsSettings = EarsSettings()
    voice: VoiceSettings = VoiceSettings()
    breathing: BreathingSettings = BreathingSettings()
    triggers: dict[str, str] = Field(default_factory=lambda: dict(DEFAULT_TRIGGERS))
    flows: dict[str, dict[str, FlowValue]] = Field(default_factory=dict)
    journal: JournalSettings = JournalSettings()
    log: LogSettings = LogSettings()

    _sources: dict[str, str] = PrivateAttr(default_factory=dict)
    _prefixes: dict[str, str] = PrivateAttr(default_factory=dict)

    @field_validator("triggers")
    @classmethod
    def _normalise_triggers(cls, value: dict[str, str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for phrase, flow in value.items():
            key = _phrase(phrase)
            if not key or not flow.strip():
                raise ValueError("trigger phrases and flow names must not be empty")
            out[key] = flow.strip()
        return out

    def sources(self) -> dict[str, str]:
        """Dotted key -> where its value came from ("default", "file PATH", "env VAR", "command line")."""
        return {key: self._sources.get(key, "default") for key in _all_keys()} | {
            key: label for key, label in self._sources.items() if key.startswith(FLOWS + ".")
        }

    def where(self, key: str) -> str:
        """How an error about a dotted key begins: 'PATH:LINE: ', 'environment variable X: ', 'command line: '."""
        return self._prefixes.get(key, "")

    def origin(self, key: str) -> str:
        """Where a dotted key's value came from, in words: 'from --model', 'from the config file PATH', ..."""
        label = self.sources().get(key, "default")
        if label == "command line":
            return f"from --{key.rpartition('.')[2].replace('_', '-')}"
        if label.startswith("file "):
            return f"from the config file {label.removeprefix('file ')}"
        if label.startswith("env "):
            return f"from ${label.removeprefix('env ')}"
        return "by default"


SECTIONS: dict[str, type[BaseModel]] = {
    name: info.annotation
    for name, info in Config.model_fields.items()
    if isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel)
}
SECTION_ORDER: tuple[str, ...] = tuple(Config.model_fields)


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
        raise _translate(exc, origins) from None
    config._sources = {key: origin.label for key, origin in origins.items()}
    config._prefixes = {key: origin.prefix for key, origin in origins.items()}
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
                rows.append((f"triggers.{_toml_key(phrase)}", _show(flow), sources["triggers"]))
            continue
        if section == FLOWS:
            if not config.flows:
                rows.append((FLOWS, "{}", "default"))
            for name, values in config.flows.items():
                for key, value in values.items():
                    dotted = f"{FLOWS}.{name}.{key}"
                    rows.append((dotted, _show(value), sources.get(dotted, "default")))
            continue
        settings = getattr(config, section)
        for key in type(settings).model_fields:
            rows.append((f"{section}.{key}", _show(getattr(settings, key)), sources[f"{section}.{key}"]))
    return rows


# --- where values come from -------------------------------------------------------------------------------------


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
        line = _find_line(self.text, section, key)
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
        raise UserError(_syntax_error(path, str(exc), text.count("\n") + 1)) from None
    except RecursionError:
        raise UserError(f"{path}: TOML syntax error: values are nested too deeply") from None
    return _File(path, text, parsed)


def _syntax_error(path: Path, message: str, last_line: int) -> str:
    """Turn tomllib's 'Invalid value (at line 2, column 5)' into 'PATH:2: TOML syntax error: ...'."""
    match = re.search(r"\s*\(at line (\d+), column (\d+)\)\s*$", message)
    if match:
        detail = message[: match.start()]
        return (
            f"{path}:{match.group(1)}: TOML syntax error: {detail} (column {match.group(2)}); "
            "check the quotes, brackets and '=' on that line"
        )
    detail = re.sub(r"\s*\(at end of document\)\s*$", "", message)
    return (
        f"{path}:{last_line}: TOML syntax error at the end of the file: {detail}; "
        "check for an unclosed quote or bracket"
    )


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
                f"{file.where(section)}: '{section}' must be a [{section}] section of settings, got {_got(table)}"
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
            if _is_path(section, key) and isinstance(value, str) and value:
                value = _file_path(value, file.path)
            raw.setdefault(section, {})[key] = value
            origins[f"{section}.{key}"] = _Origin(label, f"{file.where(section, key)}: ")


def _merge_flow_tables(file: _File, table: dict[str, Any], raw: dict[str, Any], origins: dict[str, _Origin]) -> None:
    """[flows.NAME] tables: a flow's settings by name; whether the flow has them is checked when it loads."""
    label = f"file {file.path}"
    for name, values in table.items():
        where = file.where(FLOWS, name)
        if not isinstance(values, dict):
            raise UserError(f"{where}: '{FLOWS}.{name}' must be a [{FLOWS}.{name}] table of that flow's settings, "
                            f"got {_got(values)}")
        for key, value in values.items():
            if isinstance(value, dict | list) or not isinstance(value, FlowValue):
                raise UserError(f"{file.where(f'{FLOWS}.{name}', key)}: '{FLOWS}.{name}.{key}' must be a number, "
                                f"text or true/false, got {_got(value)}")
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
        value = _from_text(env[var], section, key)
        if _is_path(section, key) and isinstance(value, str) and value:
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
                raise UserError(f"command line: 'triggers' must be a table of phrase = flow name, got {_got(value)}")
            _check_triggers(value, lambda _phrase: "command line")
            raw["triggers"] = dict(value)
            origins["triggers"] = origin
            continue
        section, _, key = dotted.partition(".")
        if section == FLOWS:
            raise UserError(f"command line: a flow's settings are given with --set KEY=VALUE, not '{dotted}'")
        if section not in SECTIONS or key not in SECTIONS[section].model_fields:
            raise UserError(f"command line: unknown setting '{dotted}'; known settings: {', '.join(_all_keys())}")
        if isinstance(value, str):
            value = _from_text(value, section, key)
        if isinstance(value, Path):
            value = str(value)
        if _is_path(section, key) and isinstance(value, str) and value:
            value = str(expand_home(value))
        raw.setdefault(section, {})[key] = value
        origins[dotted] = origin


def _check_triggers(table: Mapping[Any, Any], where: typing.Callable[[str], str]) -> None:
    """Each trigger is a non-empty phrase mapped to a flow name in quotes."""
    for phrase, flow in table.items():
        if not isinstance(phrase, str) or not _phrase(phrase):
            raise UserError(f'{where(str(phrase))}: trigger phrases must not be empty; write e.g. "time out" = "pause"')
        if not isinstance(flow, str) or not flow.strip():
            raise UserError(
                f"{where(phrase)}: 'triggers.{_toml_key(phrase)}' must be a flow name in quotes, got {_got(flow)}"
            )


# --- turning pydantic's errors into one line ----------------------------------------------------------------------


_RANGE_ERRORS = {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}


def _translate(exc: ValidationError, origins: dict[str, _Origin]) -> UserError:
    """The first validation error as one line naming where the value came from."""
    error = exc.errors(include_url=False)[0]
    loc = [str(part) for part in error["loc"]]
    section = loc[0] if loc else ""
    if error["type"] == "config_conflict":
        ctx = error.get("ctx", {})
        key = f"{section}.{ctx['key']}"
        if key not in origins:
            key = f"{section}.{ctx['other']}"
        return UserError(f"{_prefix(origins, key)}{ctx['message']}")
    if section == "triggers" or len(loc) < 2:
        return UserError(f"{_prefix(origins, section)}'{section}' is not valid: {error['msg']}")
    key = loc[1]
    dotted = f"{section}.{key}"
    field = SECTIONS[section].model_fields[key]
    got = _got(error.get("input"))
    kind = error["type"]
    if kind in _RANGE_ERRORS:
        message = f"must be {_range_text(field, error.get('ctx', {}))}, got {got}"
    elif kind == "finite_number":
        message = f"must be a finite number, got {got}"
    elif kind == "string_too_short":
        message = "must not be empty"
    elif kind == "string_too_long":
        message = f"must be at most {error.get('ctx', {}).get('max_length')} characters long"
    else:
        message = f"must be {_expect(field)}, got {got}"
    return UserError(f"{_prefix(origins, dotted)}'{dotted}' {message}")


def _prefix(origins: dict[str, _Origin], key: str) -> str:
    origin = origins.get(key)
    return origin.prefix if origin else ""


def _range_text(field: Any, ctx: Mapping[str, Any]) -> str:
    """'between 1 and 10', 'more than 0', '0 or more'... from the field's bounds (or the error's)."""
    bounds: dict[str, Any] = {}
    for meta in field.metadata:
        for name in ("gt", "ge", "lt", "le"):
            if getattr(meta, name, None) is not None:
                bounds[name] = getattr(meta, name)
    if not bounds:
        bounds = {name: ctx[name] for name in ("gt", "ge", "lt", "le") if name in ctx}
    if "ge" in bounds and "le" in bounds:
        return f"between {_num(bounds['ge'])} and {_num(bounds['le'])}"
    words = {"gt": "more than {}", "ge": "at least {}", "lt": "less than {}", "le": "at most {}"}
    parts = [words[name].format(_num(value)) for name, value in bounds.items()]
    if list(bounds) == ["ge"]:
        return f"{_num(bounds['ge'])} or more"
    return " and ".join(parts)


def _expect(field: Any) -> str:
    """What kind of value a field wants, in words."""
    extra = field.json_schema_extra
    if isinstance(extra, dict) and "expect" in extra:
        return str(extra["expect"])
    words = [_kind_words(arg) for arg in _flat_types(field.annotation)]
    return " or ".join(dict.fromkeys(w for w in words if w))


def _kind_words(tp: Any) -> str:
    if tp is bool:
        return "true or false"
    if tp is int:
        return "a whole number"
    if tp is float:
        return "a number"
    if tp is str:
        return "text in quotes"
    if tp is Path:
        return "a file path in quotes"
    if typing.get_origin(tp) is Literal:
        return "one of " + ", ".join(json.dumps(arg) for arg in typing.get_args(tp))
    return ""


def _flat_types(tp: Any) -> list[Any]:
    """The plain types inside Optional/Union/Annotated, without None."""
    origin = typing.get_origin(tp)
    if origin is Annotated:
        return _flat_types(typing.get_args(tp)[0])
    if origin in (typing.Union, types.UnionType):
        return [inner for arg in typing.get_args(tp) for inner in _flat_types(arg)]
    return [] if tp is type(None) else [tp]


# --- small helpers ------------------------------------------------------------------------------------------------


_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def _from_text(text: str, section: str, key: str) -> object:
    """Convert an environment or command-line string to the field's type; leave it as text if it does not fit."""
    field = SECTIONS[section].model_fields[key]
    kinds = _flat_types(field.annotation)
    optional = _is_optional(field.annotation)
    stripped = text.strip()
    if optional and stripped.lower() in ("", "none"):
        return None
    if bool in kinds:
        low = stripped.lower()
        return True if low in _TRUE else False if low in _FALSE else text
    if int in kinds and re.fullmatch(r"[+-]?\d+", stripped):
        return int(stripped)
    if float in kinds:
        try:
            return float(stripped)
        except ValueError:
            return text
    if any(typing.get_origin(kind) is Literal for kind in kinds):
        return stripped
    return text


def _is_optional(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    if origin is Annotated:
        return _is_optional(typing.get_args(tp)[0])
    if origin in (typing.Union, types.UnionType):
        return any(arg is type(None) or _is_optional(arg) for arg in typing.get_args(tp))
    return tp is type(None)


def _is_path(section: str, key: str) -> bool:
    return Path in _flat_types(SECTIONS[section].model_fields[key].annotation)


def _file_path(value: str, config_file: Path) -> str:
    """A path from the config file: '~' expanded, relative paths taken from the file's folder."""
    path = expand_home(value)
    return str(path if path.is_absolute() else config_file.parent / path)


def _all_keys() -> list[str]:
    keys: list[str] = []
    for section in SECTION_ORDER:
        if section in ("triggers", FLOWS):
            keys.append(section)
        else:
            keys.extend(f"{section}.{key}" for key in SECTIONS[section].model_fields)
    return keys


def _phrase(text: str) -> str:
    """A trigger phrase as it is matched: lower case, single spaces."""
    return " ".join(text.lower().split())


def _same_names(name: str) -> str:
    return f"'partners.b' must differ from 'partners.a', both are {name!r}"


def _num(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _show(value: object) -> str:
    """A setting's value as TOML-ish text."""
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | Path):
        return json.dumps(str(value), ensure_ascii=False)
    return str(value)


def _got(value: object) -> str:
    """A bad value as shown in an error message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value if len(value) <= 60 else value[:57] + "...")
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def _find_line(text: str, section: str | None, key: str | None = None) -> int | None:
    """The line that sets section.key (or opens the section), found by searching the file's text."""
    if section is None:
        return None
    sec = _key_pattern(section)
    k = _key_pattern(key) if key is not None else None
    current: str | None = None
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        header = re.match(r"^\[\[?\s*(.+?)\s*\]\]?\s*(#.*)?$", stripped)
        if header:
            current = re.sub(r"\s*\.\s*", ".", header.group(1)).strip("\"'")
            if current == (section if key is None else f"{section}.{key}"):
                return number
            continue
        if k is None:
            if current is None and re.match(rf"^{sec}\s*[.=]", stripped):
                return number
        elif (current == section and re.match(rf"^{k}\s*=", stripped)) or (
            current is None and re.match(rf"^{sec}\s*\.\s*{k}\s*=", stripped)
        ):
            return number
    if k is not None:
        for number, line in enumerate(lines, 1):
            if re.search(rf"(^|[\s{{,.]){k}\s*=", line):
                return number
        return _find_line(text, section)
    return None


def _key_pattern(key: str) -> str:
    """A regex for a TOML key written bare, in double quotes or in single quotes."""
    escaped = re.escape(key)
    return rf"(?:{escaped}|\"{re.escape(json.dumps(key, ensure_ascii=False)[1:-1])}\"|'{escaped}')"
