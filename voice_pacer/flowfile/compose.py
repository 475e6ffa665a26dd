"""Flows that run flows: find the flow a `run` state names, check it (with its own settings), refuse cycles."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from voice_pacer.flowfile.check import CompiledFlow
    from voice_pacer.flowfile.compiled import Checker


def inner_flow_path(ref: str, outer: Path) -> Path | None:
    """A bare name is a built-in flow; anything with '/' or a .yaml ending is a path from the outer file's folder."""
    from voice_pacer.flowfile.load import builtin_flows  # load.py imports check.py, which imports this module

    if "/" in ref or ref.endswith((".yaml", ".yml")):
        path = Path(ref) if Path(ref).is_absolute() else outer.parent / ref
        return path if path.is_file() else None
    return builtin_flows().get(ref)


def check_runs(check: Checker, compiled: CompiledFlow, overrides: Mapping[str, Any] | None,
               stack: tuple[Path, ...], by_flow: Mapping[str, Mapping[str, Any]] | None = None) -> None:
    """Load every flow this one runs into compiled.inner; each missing, cyclic or broken one is a located problem."""
    from voice_pacer.flowfile.load import builtin_flows, check_file

    for name, state in compiled.flow.states.items():
        if state.run is None:
            continue
        ref, where = state.run.flow, ("states", name, "run")
        path = inner_flow_path(ref, compiled.path)
        if path is None:
            check.add(f"runs flow '{ref}', which is neither a built-in flow ({', '.join(builtin_flows())}) nor a "
                      f"file at {compiled.path.parent / ref}", where, name)
            continue
        if path.resolve() in stack:
            chain = " -> ".join(p.name for p in (*stack[stack.index(path.resolve()):], path.resolve()))
            check.add(f"runs flow '{ref}', which leads back here ({chain}); flows cannot run in a circle",
                      where, name)
            continue
        settings = {**state.run.settings, **(overrides or {})}  # the command line and config win, as for any flow
        inner, problems = check_file(path, settings, stack, by_flow)
        if inner is None:
            check.add(f"runs flow '{ref}' ({path}), which has {len(problems)} problem(s), listed next", where, name)
            check.problems.extend(problems)
            continue
        for unknown in sorted(set(state.run.settings) - set(inner.flow.settings)):
            known = ", ".join(inner.flow.settings) or "none"
            check.add(f"runs flow '{ref}' with setting '{unknown}', which it does not have (settings: {known})",
                      (*where, "settings", unknown), name)
        compiled.inner[name] = inner


def all_settings(compiled: CompiledFlow) -> set[str]:
    """The setting names of a flow and of every flow it runs, for checking --set keys."""
    names = set(compiled.flow.settings)
    for inner in compiled.inner.values():
        names |= all_settings(inner)
    return names
