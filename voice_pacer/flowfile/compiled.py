"""What checking a flow produces (a CompiledFlow of Routes), and the Checker that collects located problems."""

from __future__ import annotations

import ast
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from voice_pacer.flowfile.problems import Problem
from voice_pacer.flowfile.schema import SETTING_REF, Flow, State
from voice_pacer.flowfile.yamlsource import YamlDocument
from voice_pacer.intents import IntentSpec

EVENTS = ("next", "answer", "silence", "timeout", "nomatch")
MUST_MOVE = {"next", "answer", "silence", "timeout", "nomatch"}  # an intent whose 'if' fails just keeps listening
DEFAULT_LIMIT = 600.0  # every listening state ends some time, so no flow can hang
DEFAULT_END_SILENCE = {"intents": 0.8, "answer": 2.5}

Where = tuple[Any, ...]  # a path into the YAML document, for its line


@dataclass(frozen=True)
class Route:
    """Where an event leads from a state, and what happens on the way."""

    event: str
    to: str
    say: str | None = None
    swap_roles: bool = False
    count: str | None = None
    condition: ast.Expression | None = None
    condition_text: str | None = None
    keep: tuple[str, str] | None = None  # (what, whose): keep the last answer in the journal, e.g. an experiment


@dataclass
class CompiledFlow:
    """A valid flow with settings resolved, intents built and transitions laid out per state."""

    path: Path
    flow: Flow
    settings: dict[str, Any]
    intents: dict[str, IntentSpec]
    global_intents: tuple[str, ...]
    routes: dict[str, list[Route]] = field(default_factory=dict)
    counters: tuple[str, ...] = ()
    inner: dict[str, CompiledFlow] = field(default_factory=dict)  # run state -> the flow it runs
    warnings: list[Problem] = field(default_factory=list)

    def value(self, raw: Any) -> Any:
        """Resolve a {setting} reference to its value; other values pass through."""
        if isinstance(raw, str) and (ref := SETTING_REF.match(raw)):
            return self.settings[ref.group(1)]
        return raw

    def state(self, name: str) -> State:
        """The schema of a state."""
        return self.flow.states[name]


def placeholders_in(text: str) -> set[str]:
    """The {names} a prompt fills in; '{' when its braces are broken."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"{"}


def defined(raw: Any, settings: dict[str, Any]) -> bool:
    """Whether a value is literal, or a {setting} that the settings define."""
    ref = SETTING_REF.match(raw) if isinstance(raw, str) else None
    return ref is None or ref.group(1) in settings


class Checker:
    """Collects a flow file's problems, each with its line; knows the settings and placeholders once built."""

    def __init__(self, doc: YamlDocument, file: str) -> None:
        self.doc = doc
        self.file = file
        self.problems: list[Problem] = []
        self.settings: dict[str, Any] = {}
        self.placeholders: set[str] = set()

    def add(self, message: str, path: Where = (), state: str | None = None) -> None:
        self.problems.append(Problem(self.file, message, self.doc.line_of(path), state))

    def value(self, raw: Any, where: Where, state: str | None, what: str) -> None:
        """A number given as a {setting} must name a setting that holds a positive number."""
        if isinstance(raw, str) and (ref := SETTING_REF.match(raw)):
            if ref.group(1) not in self.settings:
                self.add(f"{what} uses setting '{ref.group(1)}', which 'settings' does not define", where, state)
                return
            value = self.settings[ref.group(1)]
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                self.add(f"{what} must be a positive number, but setting '{ref.group(1)}' is {value!r}", where, state)

    def text(self, text: str | None, where: Where, state: str | None) -> None:
        """Every {placeholder} in a prompt must be well formed and known."""
        for name in placeholders_in(text or ""):
            if name == "{" or not name.isidentifier():
                self.add(f"broken placeholder in {text!r}; write {{partner_a}} style names", where, state)
            elif name not in self.placeholders:
                known = ", ".join(sorted(self.placeholders)) or "none"
                self.add(f"placeholder '{{{name}}}' is not defined (known: {known})", where, state)
