"""Find flow files, read and validate them."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import voice_pacer
from voice_pacer.errors import UserError
from voice_pacer.flowfile.check import CompiledFlow, check_flow
from voice_pacer.flowfile.problems import FlowInvalid, Problem
from voice_pacer.flowfile.yamlsource import SourceError, read_yaml


def builtin_flow_dir() -> Path:
    """The project's flows/ folder in a checkout, or the copy packed into the wheel."""
    package = Path(voice_pacer.__file__).parent
    for candidate in (package.parent / "flows", package / "builtin_flows"):
        if candidate.is_dir():
            return candidate
    raise UserError("the built-in flows are missing from this installation; reinstall voice-pacer")


def builtin_flows() -> dict[str, Path]:
    """Built-in flow names and their files."""
    return {path.stem: path for path in sorted(builtin_flow_dir().glob("*.yaml"))}


def resolve_flow(name_or_path: str) -> Path:
    """A built-in flow by name, or a flow file by path."""
    flows = builtin_flows()
    if name_or_path in flows:
        return flows[name_or_path]
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml") or path.exists() or "/" in name_or_path:
        return path
    raise UserError(
        f"no flow named '{name_or_path}'; built-in flows: {', '.join(flows)}, or give a path to a .yaml file"
    )


def check_file(path: Path, overrides: Mapping[str, Any] | None = None, stack: tuple[Path, ...] = (),
               by_flow: Mapping[str, Mapping[str, Any]] | None = None) -> tuple[CompiledFlow | None, list[Problem]]:
    """Read and validate one flow file (and the flows it runs; stack: the files running this one)."""
    try:
        doc = read_yaml(path)
    except SourceError as exc:
        return None, [Problem(str(path), str(exc), exc.line)]
    except OSError as exc:
        return None, [Problem(str(path), f"cannot be read: {exc.strerror}")]
    return check_flow(doc, path, overrides, stack, by_flow)


def load_flow(name_or_path: str, overrides: Mapping[str, Any] | None = None,
              by_flow: Mapping[str, Mapping[str, Any]] | None = None) -> CompiledFlow:
    """Load a valid flow or raise FlowInvalid with every problem (by_flow: settings by flow name, for it and the flows
    it runs)."""
    compiled, problems = check_file(resolve_flow(name_or_path), overrides, by_flow=by_flow)
    if compiled is None:
        raise FlowInvalid(problems)
    return compiled
