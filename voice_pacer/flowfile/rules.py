"""The rules a built flow must keep, one function per kind: names, transitions, listening, waiting, breathing,
conditions and reachability. Each reports what breaks it to the Checker, with its line."""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping

from voice_pacer.breathing import PATTERNS
from voice_pacer.flowfile.build import Located
from voice_pacer.flowfile.compiled import EVENTS, MUST_MOVE, Checker, CompiledFlow, Route, Where, defined
from voice_pacer.flowfile.expr import names_in
from voice_pacer.flowfile.memory import journal_numbers
from voice_pacer.flowfile.schema import NAME, STAY, Flow, Listen, State


def check_names(check: Checker, flow: Flow) -> None:
    """The start state exists; state and intent names are lower_case_with_underscores."""
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


def check_transitions(check: Checker, compiled: CompiledFlow, name: str, located: Located, broken: set[str]) -> None:
    """A state's transitions lead somewhere that exists, fit the state's action, and can always move on."""
    state = compiled.state(name)
    events = {route.event for route, _ in located}
    for event in sorted(events & MUST_MOVE):
        choices = [(route, where) for route, where in located if route.event == event]
        if all(route.condition is not None for route, _ in choices):
            check.add(f"every '{event}' choice has an 'if'; when none holds the flow cannot go on, so add "
                      "one without 'if:' as the last choice", choices[-1][1], name)
    for route, where in located:
        _check_route(check, compiled, name, state, route, where, broken)
    if state.end and located:
        check.add("an end state leads nowhere; remove its 'next'/'on'", ("states", name), name)
    elif not state.end and not located:
        check.add("has no way out; add 'next:' or 'on:', or mark it 'end: true'", ("states", name), name)
    check.text(state.say, ("states", name, "say"), name)
    check.text(state.help, ("states", name, "help"), name)


def _check_route(check: Checker, compiled: CompiledFlow, name: str, state: State, route: Route, where: Where,
                 broken: set[str]) -> None:
    flow = compiled.flow
    if route.to != STAY and route.to not in flow.states:
        check.add(f"'{route.event}' leads to state '{route.to}', which does not exist", where, name)
    if route.to == STAY and state.action != "listen":
        check.add(f"'{route.event}' stays, but only a listening state can stay", where, name)
    if route.event == "next" and state.action == "listen":
        check.add("a listening state has no 'next'; use on: an intent, answer, silence or timeout", where, name)
    elif route.event != "next" and state.action != "listen":
        check.add(f"'{route.event}' cannot happen in a {state.action} state; use 'next'", where, name)
    if route.event == "answer" and state.listen and not state.listen.answer:
        check.add("'answer' needs 'listen: answer: true'", where, name)
    if route.event not in EVENTS and route.event not in compiled.intents and route.event not in broken:
        check.add(f"intent '{route.event}' is used but not defined", where, name)
    if route.swap_roles and not flow.roles:
        check.add("'swap_roles' needs 'roles' at the top of the flow", where, name)
    if route.count and route.count in compiled.settings:
        check.add(f"counter '{route.count}' has the same name as a setting; rename one", (*where, "count"), name)
    check.text(route.say, where, name)
    if route.keep and route.keep[1] not in (*flow.partners, *flow.roles):
        check.add(f"'keep' names {route.keep[1]!r}, which is neither a partner nor a role", where, name)


def check_listen(check: Checker, compiled: CompiledFlow, name: str, listen: Listen, broken: set[str]) -> None:
    """A listening state listens for something defined, and has a way out on silence or a time limit."""
    at = ("states", name, "listen")
    events = {route.event for route in compiled.routes[name]}
    for intent in listen.intents:
        if intent not in compiled.intents and intent not in broken:
            check.add(f"intent '{intent}' is used but not defined", (*at, "for"), name)
    for key in ("end_silence", "silence", "limit"):
        check.value(getattr(listen, key), (*at, key), name, f"'listen.{key}'")
    if listen.warn:
        _check_warning(check, compiled, name, listen)
    has_silence = listen.silence is not None and "silence" in events
    has_limit = listen.limit is not None and ("timeout" in events or "silence" in events)
    if not (has_silence or has_limit):
        check.add("listens with no way out on silence or time limit; set 'silence:' and "
                  "'on: silence', or 'limit:' and 'on: timeout'", at, name)
    if listen.silence is not None and "silence" not in events:
        check.add("sets 'silence' but no 'on: silence' says where it leads", at, name)
    if "timeout" in events and listen.limit is None:
        check.add("handles 'timeout' but sets no 'limit'", ("states", name, "on", "timeout"), name)
    if not listen.intents and not listen.answer:
        check.add("listens for nothing; give 'for: [intents]' or 'answer: true'", at, name)


def _check_warning(check: Checker, compiled: CompiledFlow, name: str, listen: Listen) -> None:
    at = ("states", name, "listen", "warn")
    assert listen.warn is not None
    check.value(listen.warn.before, (*at, "before"), name, "'warn.before'")
    check.text(listen.warn.say, (*at, "say"), name)
    if listen.limit is None:
        check.add("'warn' needs a 'limit' to warn before", at, name)
    elif defined(listen.limit, compiled.settings) and defined(listen.warn.before, compiled.settings):
        before, limit = compiled.value(listen.warn.before), compiled.value(listen.limit)
        numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (before, limit))
        if numbers and 0 < limit <= before:
            check.add(f"'warn.before' ({before:g} s) must be less than 'limit' ({limit:g} s)", (*at, "before"), name)


def check_pauses(check: Checker, compiled: CompiledFlow, name: str, state: State) -> None:
    """A wait lasts a positive time; a breathing practice has a known pattern and a whole number of cycles."""
    at = ("states", name)
    if state.wait:
        check.value(state.wait.seconds, (*at, "wait", "seconds"), name, "'wait.seconds'")
    if not state.breathe:
        return
    settings = compiled.settings
    check.value(state.breathe.cycles, (*at, "breathe", "cycles"), name, "'breathe.cycles'")
    cycles = compiled.value(state.breathe.cycles) if defined(state.breathe.cycles, settings) else 1
    if isinstance(cycles, float) and not cycles.is_integer():
        check.add(f"'breathe.cycles' must be a whole number, but its setting is {cycles!r}",
                  (*at, "breathe", "cycles"), name)
    pattern = compiled.value(state.breathe.pattern) if defined(state.breathe.pattern, settings) else None
    if pattern is not None and pattern not in PATTERNS:
        check.add(f"unknown breathing pattern {pattern!r}; choose {', '.join(PATTERNS)}",
                  (*at, "breathe", "pattern"), name)
    elif pattern is None:
        check.add("'breathe.pattern' uses an undefined setting", (*at, "breathe", "pattern"), name)


def check_conditions(check: Checker, compiled: CompiledFlow, route_paths: Mapping[str, list[Where]]) -> None:
    """A condition names only counters and number settings."""
    settings = compiled.settings
    known = set(compiled.counters) | journal_numbers() | {k for k, v in settings.items() if isinstance(v, int | float)}
    for name, routes in compiled.routes.items():
        for route, where in zip(routes, route_paths[name], strict=True):
            for unknown in sorted(names_in(route.condition) - known) if route.condition else ():
                check.add(f"condition {route.condition_text!r} uses '{unknown}', which is neither a counter "
                          "(set by 'count:') nor a number setting", (*where, "if"), name)


def check_reachable(check: Checker, compiled: CompiledFlow) -> None:
    """Every state can be reached from the start."""
    if compiled.flow.start not in compiled.flow.states:
        return
    for name in _unreachable(compiled.flow.start, compiled.routes):
        check.add("is unreachable from the start state", ("states", name), name)


def _unreachable(start: str, routes: Mapping[str, list[Route]]) -> list[str]:
    seen = {start}
    queue = deque([start])
    while queue:
        for route in routes.get(queue.popleft(), []):
            if route.to in routes and route.to not in seen:
                seen.add(route.to)
                queue.append(route.to)
    return [name for name in routes if name not in seen]
