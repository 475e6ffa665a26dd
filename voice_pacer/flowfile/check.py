"""Validate a parsed flow file and turn it into a CompiledFlow; every problem becomes one located line."""

from __future__ import annotations

import ast
import string
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from voice_pacer.breathing import PATTERNS
from voice_pacer.flowfile.common import common
from voice_pacer.flowfile.compose import check_runs
from voice_pacer.flowfile.expr import ExpressionError, names_in, parse_condition
from voice_pacer.flowfile.memory import LAST_ANSWER, journal_numbers, journal_placeholders, parse_keep, unguarded
from voice_pacer.flowfile.problems import Problem
from voice_pacer.flowfile.prompts import long_prompts
from voice_pacer.flowfile.schema import NAME, SETTING_REF, STAY, Flow, State
from voice_pacer.flowfile.yamlsource import YamlDocument
from voice_pacer.intents import IntentSpec
from voice_pacer.templates import Node, TemplateError, parse_template

EVENTS = ("next", "answer", "silence", "timeout", "nomatch")
MUST_MOVE = {"next", "answer", "silence", "timeout", "nomatch"}  # an intent whose 'if' fails just keeps listening
ROUTE_KEYS = {"to", "say", "swap_roles", "count", "if", "keep"}
DEFAULT_LIMIT = 600.0  # every listening state ends some time, so no flow can hang
DEFAULT_END_SILENCE = {"intents": 0.8, "answer": 2.5}


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


class _Checker:
    def __init__(self, doc: YamlDocument, file: str) -> None:
        self.doc = doc
        self.file = file
        self.problems: list[Problem] = []

    def add(self, message: str, path: tuple[Any, ...] = (), state: str | None = None) -> None:
        self.problems.append(Problem(self.file, message, self.doc.line_of(path), state))


def _structure_problems(check: _Checker, error: ValidationError) -> None:
    seen: set[tuple[Any, ...]] = set()
    renamed = {tuple(item["loc"][:-1]) for item in error.errors()
               if item["type"] == "extra_forbidden" and item["loc"][0] == "intents" and item["loc"][-1] == "phrases"}
    for item in error.errors():
        loc = tuple(item["loc"])
        if loc in seen or (item["type"] == "missing" and loc[:-1] in renamed):  # 'phrases' is reported instead
            continue
        seen.add(loc)
        state = loc[1] if len(loc) > 1 and loc[0] == "states" and isinstance(loc[1], str) else None
        inner = loc[2:] if state else loc
        key = ".".join(str(part) for part in inner)
        kind = item["type"]
        if kind == "extra_forbidden" and loc[0] == "intents" and loc[-1] in ("phrases", "match"):
            message = (f"unknown key '{key}'; an intent lists 'sentences:' (templates such as "
                       "\"[{any}] (i'm | i am) done\", see docs/flow-format.md)")
        elif kind == "extra_forbidden":
            message = f"unknown key '{key}'"
        elif kind == "missing":
            message = f"missing key '{key}'"
        else:
            reason = str(item["msg"]).removeprefix("Value error, ")
            message = f"'{key}': {reason}" if key else reason
        check.add(message, loc, state)


def _parse_routes(check: _Checker, state_name: str, event: str, raw: Any, path: tuple[Any, ...],
                  ) -> list[tuple[Route, tuple[Any, ...]]]:
    items = raw if isinstance(raw, list) else [raw]
    routes = []
    for index, item in enumerate(items):
        where = (*path, index) if isinstance(raw, list) else path
        if isinstance(item, str):
            routes.append((Route(event, item), where))
            continue
        if not isinstance(item, dict) or "to" not in item:
            check.add(f"'{event}' must name a state, or be a mapping with 'to:'", where, state_name)
            continue
        for unknown in sorted(set(map(str, item)) - ROUTE_KEYS):
            check.add(f"unknown key '{unknown}' in the '{event}' transition", (*where, unknown), state_name)
        if not isinstance(item.get("swap_roles", False), bool):
            check.add("'swap_roles' must be true or false", (*where, "swap_roles"), state_name)
        if "say" in item and not isinstance(item["say"], str):
            check.add("'say' must be text", (*where, "say"), state_name)
        if "count" in item and not (isinstance(item["count"], str) and NAME.match(item["count"])):
            check.add(f"'count' must name a counter in lower_case_with_underscores, got {item['count']!r}",
                      (*where, "count"), state_name)
        keep = parse_keep(item["keep"]) if "keep" in item else None
        if isinstance(keep, str):
            check.add(keep, (*where, "keep"), state_name)
        condition = None
        if "if" in item:
            try:
                condition = parse_condition(str(item["if"]))
            except ExpressionError as exc:
                check.add(str(exc), (*where, "if"), state_name)
        say = item["say"] if isinstance(item.get("say"), str) else None
        count = item["count"] if isinstance(item.get("count"), str) else None
        routes.append((Route(event, str(item["to"]), say, item.get("swap_roles") is True, count, condition,
                             None if item.get("if") is None else str(item["if"]),
                             keep if isinstance(keep, tuple) else None), where))
    return routes


def _placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"{"}


def check_flow(doc: YamlDocument, path: Path, overrides: Mapping[str, Any] | None = None,
               stack: tuple[Path, ...] = (), by_flow: Mapping[str, Mapping[str, Any]] | None = None,
               ) -> tuple[CompiledFlow | None, list[Problem]]:
    """Validate a parsed flow file; return the compiled flow (None when invalid) and the problems.

    Settings: the file's own < by_flow[its name] (the config's [flows.NAME]) < overrides (a running flow's `run`
    settings, --set). stack holds the files of the flows that run this one, to find a cycle of flows."""
    check = _Checker(doc, str(path))
    if not isinstance(doc.data, dict):
        check.add("a flow file must be a mapping with name, title, start and states", ())
        return None, check.problems
    try:
        flow = Flow.model_validate(doc.data)
    except ValidationError as error:
        _structure_problems(check, error)
        return None, check.problems

    shared = common()
    intents = dict(shared.intents)
    broken: set[str] = set()  # intents whose templates have problems (already reported)
    for name, spec in flow.intents.items():
        if name in EVENTS:
            check.add(f"intent '{name}' clashes with the built-in event of that name; rename it", ("intents", name))
        spec_or_none = _build_intent(check, name, spec.sentences, shared.rules)
        if spec_or_none is None:
            broken.add(name)
        else:
            intents[name] = spec_or_none
    for name in flow.disable:
        if name not in shared.global_intents:
            check.add(f"'disable' names '{name}', which is not a global intent "
                      f"({', '.join(shared.global_intents)})", ("disable",))
    settings = dict(flow.settings)
    layered = {**(by_flow or {}).get(flow.name, {}), **(overrides or {})}
    settings.update({key: value for key, value in layered.items() if key in settings})
    compiled = CompiledFlow(path, flow, settings, intents,
                            tuple(name for name in shared.global_intents if name not in flow.disable))
    placeholders = set(flow.partners) | set(flow.roles) | set(settings) | journal_placeholders() | {LAST_ANSWER}

    def check_value(raw: Any, where: tuple[Any, ...], state: str | None, what: str) -> None:
        if isinstance(raw, str) and (ref := SETTING_REF.match(raw)):
            if ref.group(1) not in settings:
                check.add(f"{what} uses setting '{ref.group(1)}', which 'settings' does not define", where, state)
                return
            value = settings[ref.group(1)]
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                check.add(f"{what} must be a positive number, but setting '{ref.group(1)}' is {value!r}",
                          where, state)

    def check_text(text: str | None, where: tuple[Any, ...], state: str | None) -> None:
        for name in _placeholders(text or ""):
            if name == "{" or not name.isidentifier():
                check.add(f"broken placeholder in {text!r}; write {{partner_a}} style names", where, state)
            elif name not in placeholders:
                known = ", ".join(sorted(placeholders)) or "none"
                check.add(f"placeholder '{{{name}}}' is not defined (known: {known})", where, state)

    if flow.start not in flow.states:
        check.add(f"start state '{flow.start}' does not exist", ("start",))
    for name in flow.states:
        if not NAME.match(name) or name == STAY:
            check.add(f"state name '{name}' must be lower_case_with_underscores, starting with a letter, "
                      f"and not '{STAY}'", ("states", name), name)
    for name in flow.intents:
        if not NAME.match(name):
            check.add(f"intent name '{name}' must be lower_case_with_underscores, starting with a letter",
                      ("intents", name))
    counters: set[str] = set()
    route_paths: dict[str, list[tuple[Any, ...]]] = {}
    for name, state in flow.states.items():
        at = ("states", name)
        raw_on = dict(state.on)
        if state.next is not None:
            if "next" in raw_on:
                check.add("has both 'next' and 'on: next'; keep one", (*at, "next"), name)
            raw_on["next"] = state.next
        located: list[tuple[Route, tuple[Any, ...]]] = []
        for event, raw in raw_on.items():
            where = (*at, "next") if event == "next" and state.next is not None else (*at, "on", event)
            located.extend(_parse_routes(check, name, str(event), raw, where))
        routes = [route for route, _ in located]
        compiled.routes[name] = routes
        route_paths[name] = [where for _, where in located]
        events = {route.event for route in routes}
        for event in sorted(events & MUST_MOVE):
            choices = [(route, where) for route, where in located if route.event == event]
            if all(route.condition is not None for route, _ in choices):
                check.add(f"every '{event}' choice has an 'if'; when none holds the flow cannot go on, so add "
                          "one without 'if:' as the last choice", choices[-1][1], name)
        for route, where in located:
            if route.to != STAY and route.to not in flow.states:
                check.add(f"'{route.event}' leads to state '{route.to}', which does not exist", where, name)
            if route.to == STAY and state.action != "listen":
                check.add(f"'{route.event}' stays, but only a listening state can stay", where, name)
            if route.event == "next" and state.action == "listen":
                check.add("a listening state has no 'next'; use on: an intent, answer, silence or timeout",
                          where, name)
            elif route.event != "next" and state.action != "listen":
                check.add(f"'{route.event}' cannot happen in a {state.action} state; use 'next'", where, name)
            if route.event == "answer" and state.listen and not state.listen.answer:
                check.add("'answer' needs 'listen: answer: true'", where, name)
            if route.event not in EVENTS and route.event not in intents and route.event not in broken:
                check.add(f"intent '{route.event}' is used but not defined", where, name)
            if route.swap_roles and not flow.roles:
                check.add("'swap_roles' needs 'roles' at the top of the flow", where, name)
            if route.count:
                counters.add(route.count)
                if route.count in settings:
                    check.add(f"counter '{route.count}' has the same name as a setting; rename one",
                              (*where, "count"), name)
            check_text(route.say, where, name)
            if route.keep and route.keep[1] not in (*flow.partners, *flow.roles):
                check.add(f"'keep' names {route.keep[1]!r}, which is neither a partner nor a role", where, name)
        if state.end:
            if routes:
                check.add("an end state leads nowhere; remove its 'next'/'on'", at, name)
        elif not routes:
            check.add("has no way out; add 'next:' or 'on:', or mark it 'end: true'", at, name)
        check_text(state.say, (*at, "say"), name)
        check_text(state.help, (*at, "help"), name)
        if state.listen:
            listen = state.listen
            for intent in listen.intents:
                if intent not in intents and intent not in broken:
                    check.add(f"intent '{intent}' is used but not defined", (*at, "listen", "for"), name)
            for key in ("end_silence", "silence", "limit"):
                check_value(getattr(listen, key), (*at, "listen", key), name, f"'listen.{key}'")
            if listen.warn:
                check_value(listen.warn.before, (*at, "listen", "warn", "before"), name, "'warn.before'")
                check_text(listen.warn.say, (*at, "listen", "warn", "say"), name)
                if listen.limit is None:
                    check.add("'warn' needs a 'limit' to warn before", (*at, "listen", "warn"), name)
                elif _defined(listen.limit, settings) and _defined(listen.warn.before, settings):
                    before, limit = compiled.value(listen.warn.before), compiled.value(listen.limit)
                    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (before, limit))
                    if numbers and 0 < limit <= before:
                        check.add(f"'warn.before' ({before:g} s) must be less than 'limit' ({limit:g} s)",
                                  (*at, "listen", "warn", "before"), name)
            has_silence = listen.silence is not None and "silence" in events
            has_limit = listen.limit is not None and ("timeout" in events or "silence" in events)
            if not (has_silence or has_limit):
                check.add("listens with no way out on silence or time limit; set 'silence:' and "
                          "'on: silence', or 'limit:' and 'on: timeout'", (*at, "listen"), name)
            if listen.silence is not None and "silence" not in events:
                check.add("sets 'silence' but no 'on: silence' says where it leads", (*at, "listen"), name)
            if "timeout" in events and listen.limit is None:
                check.add("handles 'timeout' but sets no 'limit'", (*at, "on", "timeout"), name)
            if not listen.intents and not listen.answer:
                check.add("listens for nothing; give 'for: [intents]' or 'answer: true'", (*at, "listen"), name)
        if state.wait:
            check_value(state.wait.seconds, (*at, "wait", "seconds"), name, "'wait.seconds'")
        if state.breathe:
            check_value(state.breathe.cycles, (*at, "breathe", "cycles"), name, "'breathe.cycles'")
            cycles = compiled.value(state.breathe.cycles) if _defined(state.breathe.cycles, settings) else 1
            if isinstance(cycles, float) and not cycles.is_integer():
                check.add(f"'breathe.cycles' must be a whole number, but its setting is {cycles!r}",
                          (*at, "breathe", "cycles"), name)
            pattern = compiled.value(state.breathe.pattern) if _defined(state.breathe.pattern, settings) else None
            if pattern is not None and pattern not in PATTERNS:
                check.add(f"unknown breathing pattern {pattern!r}; choose {', '.join(PATTERNS)}",
                          (*at, "breathe", "pattern"), name)
            elif pattern is None:
                check.add("'breathe.pattern' uses an undefined setting", (*at, "breathe", "pattern"), name)
    compiled.counters = tuple(sorted(counters))
    known_names = counters | journal_numbers() | {k for k, v in settings.items() if isinstance(v, int | float)}
    for name, routes in compiled.routes.items():
        for route, where in zip(routes, route_paths[name], strict=True):
            for unknown in sorted(names_in(route.condition) - known_names) if route.condition else ():
                check.add(f"condition {route.condition_text!r} uses '{unknown}', which is neither a counter "
                          "(set by 'count:') nor a number setting", (*where, "if"), name)
    if flow.start in flow.states:
        for name in _unreachable(flow.start, compiled.routes):
            check.add("is unreachable from the start state", ("states", name), name)
    for message, where, name in unguarded(flow.states, compiled.routes, route_paths, _placeholders):
        check.add(message, where, name)
    compiled.warnings = [Problem(check.file, message, doc.line_of(where), name)
                         for message, where, name in long_prompts(flow)]
    check_runs(check, compiled, overrides, (*stack, path.resolve()), by_flow)
    return (None if check.problems else compiled), check.problems


def _build_intent(check: _Checker, name: str, sentences: list[str], rules: Mapping[str, Node]) -> IntentSpec | None:
    """Compile an intent's templates; each broken template is one problem on its own line."""
    where = ("intents", name, "sentences")
    ok = True
    for index, text in enumerate(sentences):
        try:
            parse_template(text, rules)
        except TemplateError as exc:
            check.add(f"intent '{name}': {exc}", (*where, index))
            ok = False
    if not ok:
        return None
    try:
        return IntentSpec.build(name, sentences, rules)
    except TemplateError as exc:
        check.add(f"intent '{name}': {exc}", where)
        return None


def _defined(raw: Any, settings: Mapping[str, Any]) -> bool:
    ref = SETTING_REF.match(raw) if isinstance(raw, str) else None
    return ref is None or ref.group(1) in settings


def _unreachable(start: str, routes: Mapping[str, list[Route]]) -> list[str]:
    seen = {start}
    queue = deque([start])
    while queue:
        for route in routes.get(queue.popleft(), []):
            if route.to in routes and route.to not in seen:
                seen.add(route.to)
                queue.append(route.to)
    return [name for name in routes if name not in seen]
