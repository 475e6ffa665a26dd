"""Read a YAML file safely, keeping the line number of every key for error messages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 1_000_000  # flow files are a few kilobytes; anything larger is a mistake
BOOL_TAG = "tag:yaml.org,2002:bool"


class FlowLoader(yaml.SafeLoader):
    """The safe loader with YAML 1.2 booleans (yes, no, on, off stay words) and no aliases."""

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        """Refuse *aliases: flows never need them, and they allow self-reference and exponential blow-up."""
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed; write the value out", mark)
        return super().compose_node(parent, index)


FlowLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != BOOL_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
FlowLoader.add_implicit_resolver(BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


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
    loader = FlowLoader(text)
    lines: dict[tuple[Any, ...], int] = {}
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
        if node is not None:
            _record_lines(node, (), lines)
    except RecursionError:
        raise SourceError("is nested too deeply to be a flow") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "bad YAML"
        if exc.problem and exc.context and exc.context_mark and mark and exc.context_mark.line != mark.line:
            if text[mark.index :].strip():
                problem += f" ({exc.context} that starts on line {exc.context_mark.line + 1})"
            else:  # ran off the end: the line where the unclosed thing began is the useful one
                problem, mark = f"{problem} {exc.context}", exc.context_mark
        raise SourceError(f"YAML syntax: {problem}", line=mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise SourceError(f"YAML syntax: {exc}") from None
    finally:
        loader.dispose()
    return YamlDocument(data, lines)


def _record_lines(node: yaml.Node, path: tuple[Any, ...], lines: dict[tuple[Any, ...], int]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        first_seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            line = key_node.start_mark.line + 1
            if key is not None and key in first_seen:
                raise SourceError(f"key '{key}' appears twice (first on line {first_seen[key]}); keep one", line)
            first_seen[key] = line
            lines[(*path, key)] = line
            _record_lines(value_node, (*path, key), lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, (*path, index), lines)
