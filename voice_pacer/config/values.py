"""Setting values as text: converting what the environment or the command line gives, and showing values back."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import types
import typing
from pathlib import Path
from typing import Annotated, Any, Literal

from voice_pacer.config.settings import SECTIONS
from voice_pacer.paths import expand_home

_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def from_text(text: str, section: str, key: str) -> object:
    """Convert an environment or command-line string to the field's type; leave it as text if it does not fit."""
    field = SECTIONS[section].model_fields[key]
    kinds = flat_types(field.annotation)
    optional = is_optional(field.annotation)
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


def flat_types(tp: Any) -> list[Any]:
    """The plain types inside Optional/Union/Annotated, without None."""
    origin = typing.get_origin(tp)
    if origin is Annotated:
        return flat_types(typing.get_args(tp)[0])
    if origin in (typing.Union, types.UnionType):
        return [inner for arg in typing.get_args(tp) for inner in flat_types(arg)]
    return [] if tp is type(None) else [tp]


def is_optional(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    if origin is Annotated:
        return is_optional(typing.get_args(tp)[0])
    if origin in (typing.Union, types.UnionType):
        return any(arg is type(None) or is_optional(arg) for arg in typing.get_args(tp))
    return tp is type(None)


def is_path(section: str, key: str) -> bool:
    return Path in flat_types(SECTIONS[section].model_fields[key].annotation)


def file_path(value: str, config_file: Path) -> str:
    """A path from the config file: '~' expanded, relative paths taken from the file's folder."""
    path = expand_home(value)
    return str(path if path.is_absolute() else config_file.parent / path)


def show_value(value: object) -> str:
    """A setting's value as TOML-ish text."""
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | Path):
        return json.dumps(str(value), ensure_ascii=False)
    return str(value)


def got_text(value: object) -> str:
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


def show_number(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)

