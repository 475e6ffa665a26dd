"""One-line config errors: TOML syntax and pydantic validation errors, said with the file's line or the variable."""

from __future__ import annotations

import json
import re
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from voice_pacer.config.settings import SECTIONS
from voice_pacer.config.values import flat_types, got_text, show_number
from voice_pacer.errors import UserError

_RANGE_ERRORS = {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}


def translate(exc: ValidationError, prefixes: Mapping[str, str]) -> UserError:
    """The first validation error as one line, begun where its value came from (dotted key -> "PATH:LINE: ")."""
    error = exc.errors(include_url=False)[0]
    loc = [str(part) for part in error["loc"]]
    section = loc[0] if loc else ""
    if error["type"] == "config_conflict":
        ctx = error.get("ctx", {})
        key = f"{section}.{ctx['key']}"
        if key not in prefixes:
            key = f"{section}.{ctx['other']}"
        return UserError(f"{prefixes.get(key, '')}{ctx['message']}")
    if section == "triggers" or len(loc) < 2:
        return UserError(f"{prefixes.get(section, '')}'{section}' is not valid: {error['msg']}")
    key = loc[1]
    dotted = f"{section}.{key}"
    field = SECTIONS[section].model_fields[key]
    got = got_text(error.get("input"))
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
    return UserError(f"{prefixes.get(dotted, '')}'{dotted}' {message}")


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
        return f"between {show_number(bounds['ge'])} and {show_number(bounds['le'])}"
    words = {"gt": "more than {}", "ge": "at least {}", "lt": "less than {}", "le": "at most {}"}
    parts = [words[name].format(show_number(value)) for name, value in bounds.items()]
    if list(bounds) == ["ge"]:
        return f"{show_number(bounds['ge'])} or more"
    return " and ".join(parts)


def _expect(field: Any) -> str:
    """What kind of value a field wants, in words."""
    extra = field.json_schema_extra
    if isinstance(extra, dict) and "expect" in extra:
        return str(extra["expect"])
    words = [_kind_words(arg) for arg in flat_types(field.annotation)]
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


def syntax_error(path: Path, message: str, last_line: int) -> str:
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


def find_line(text: str, section: str | None, key: str | None = None) -> int | None:
    """The line that sets section.key (or opens the section), found by searching the file's text."""
    if section is None:
        return None
    sec = key_pattern(section)
    k = key_pattern(key) if key is not None else None
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
        return find_line(text, section)
    return None


def key_pattern(key: str) -> str:
    """A regex for a TOML key written bare, in double quotes or in single quotes."""
    escaped = re.escape(key)
    return rf"(?:{escaped}|\"{re.escape(json.dumps(key, ensure_ascii=False)[1:-1])}\"|'{escaped}')"

