"""Validate a parsed flow file and turn it into a CompiledFlow; every problem becomes one located line.

Building is in build.py, the rules in rules.py; this module runs them in order."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from voice_pacer.flowfile.build import build_compiled, build_intents, state_routes, structure_problems
from voice_pacer.flowfile.compiled import (
    DEFAULT_END_SILENCE,
    DEFAULT_LIMIT,
    Checker,
    CompiledFlow,
    Route,
    Where,
    placeholders_in,
)
from voice_pacer.flowfile.compose import check_runs
from voice_pacer.flowfile.memory import unguarded
from voice_pacer.flowfile.problems import Problem
from voice_pacer.flowfile.prompts import long_prompts
from voice_pacer.flowfile.rules import (
    check_conditions,
    check_listen,
    check_names,
    check_pauses,
    check_reachable,
    check_transitions,
)
from voice_pacer.flowfile.schema import Flow
from voice_pacer.flowfile.yamlsource import YamlDocument

__all__ = ["DEFAULT_END_SILENCE", "DEFAULT_LIMIT", "CompiledFlow", "Route", "check_flow"]


def check_flow(doc: YamlDocument, path: Path, overrides: Mapping[str, Any] | None = None,
               stack: tuple[Path, ...] = (), by_flow: Mapping[str, Mapping[str, Any]] | None = None,
               ) -> tuple[CompiledFlow | None, list[Problem]]:
    """Validate a parsed flow file; return the compiled flow (None when invalid) and the problems.

    Settings: the file's own < by_flow[its name] (the config's [flows.NAME]) < overrides (a running flow's `run`
    settings, --set). stack holds the files of the flows that run this one, to find a cycle of flows."""
    check = Checker(doc, str(path))
    if not isinstance(doc.data, dict):
        check.add("a flow file must be a mapping with name, title, start and states", ())
        return None, check.problems
    try:
        flow = Flow.model_validate(doc.data)
    except ValidationError as error:
        structure_problems(check, error)
        return None, check.problems
    intents, broken = build_intents(check, flow)
    compiled = build_compiled(check, path, flow, intents, {**(by_flow or {}).get(flow.name, {}), **(overrides or {})})
    check_names(check, flow)
    route_paths = _lay_out_routes(check, compiled, broken)
    check_conditions(check, compiled, route_paths)
    check_reachable(check, compiled)
    for message, where, name in unguarded(flow.states, compiled.routes, route_paths, placeholders_in):
        check.add(message, where, name)
    compiled.warnings = [Problem(check.file, message, doc.line_of(where), name)
                         for message, where, name in long_prompts(flow)]
    check_runs(check, compiled, overrides, (*stack, path.resolve()), by_flow)
    return (None if check.problems else compiled), check.problems


def _lay_out_routes(check: Checker, compiled: CompiledFlow, broken: set[str]) -> dict[str, list[Where]]:
    """Each state's routes into the compiled flow, checked with the state; returns where each route is written."""
    route_paths: dict[str, list[Where]] = {}
    counters: set[str] = set()
    for name, state in compiled.flow.states.items():
        located = state_routes(check, name, state)
        compiled.routes[name] = [route for route, _ in located]
        route_paths[name] = [where for _, where in located]
        counters.update(route.count for route, _ in located if route.count)
        check_transitions(check, compiled, name, located, broken)
        if state.listen:
            check_listen(check, compiled, name, state.listen, broken)
        check_pauses(check, compiled, name, state)
    compiled.counters = tuple(sorted(counters))
    return route_paths
