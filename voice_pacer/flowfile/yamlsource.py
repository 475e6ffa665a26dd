"""Read a YAML file safely, keeping the line number of every key for error messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 1_000_000  # flow files are a few kilobytes; anything larger is a mistake


class SourceError(Exception):
    """The file cannot be read as YAML: one line, with its line number when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class YamlDocument:
    """Parsed data plus the 1-based line of each key path (a tuple of keys and indexes)."""

    data: Any
    lines: dict[tuple[Any, ...], int] = field(default_factory=dict)

    def line_of(self, path: tuple[Any, ...]) -> int | None:
        """The line of path, or of its closest ancestor that has one."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return None


def read_yaml(path: Path) -> YamlDocument:
    """Load one YAML document with the safe loader; every failure is a SourceError."""
    if not path.exists():
        raise SourceError("no such file; check the path or name a built-in flow")
    if path.is_dir():
        raise SourceError("is a folder, not a flow file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise SourceError(f"file is too large for a flow ({size / 1e6:.1f} MB; flows are small YAML files)")
    raw = path.read_bytes()
    if b"\0" in raw:
        raise SourceError("is a binary file, not YAML text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"is not UTF-8 text (byte {exc.start})") from None
    if not text.strip():
        raise SourceError("is empty; a flow needs at least name, title, start and states", line=1)
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "bad YAML"
        raise SourceError(f"YAML syntax: {problem}", line=mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise SourceError(f"YAML syntax: {exc}") from None
    finally:
        loader.dispose()
    lines: dict[tuple[Any, ...], int] = {}
    if node is not None:
        _record_lines(node, (), lines)
    return YamlDocument(data, lines)


def _record_lines(node: yaml.Node, path: tuple[Any, ...], lines: dict[tuple[Any, ...], int]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            lines[(*path, key)] = key_node.start_mark.line + 1
            _record_lines(value_node, (*path, key), lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, (*path, index), lines)
