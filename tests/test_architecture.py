"""docs/architecture.md stays true: every module and file it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"


def test_every_path_the_architecture_names_exists() -> None:
    text = DOC.read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:voice_pacer|tests|benchmarks)/[\w/]+\.(?:py|yaml))`", text))
    assert len(named) >= 30, sorted(named)  # the walk-through names the modules, not just a few
    missing = [path for path in named if "NAME" not in path and not (ROOT / path).is_file()]  # NAME: a recipe's own
    assert sorted(missing) == []


def test_every_module_on_the_audio_path_is_named() -> None:
    text = DOC.read_text(encoding="utf-8")
    for package in ("audio", "hearing", "ears", "voice"):
        for module in sorted((ROOT / "voice_pacer" / package).glob("*.py")):
            if module.name != "__init__.py":
                assert f"voice_pacer/{package}/{module.name}" in text, module


LONGEST_FUNCTION = 60  # lines, a screen: a longer function is doing more than one thing (issue 10)


def test_no_function_in_the_package_is_longer_than_a_screen() -> None:
    import ast

    long = []
    for path in sorted((ROOT / "voice_pacer").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1 if node.end_lineno else 0
                if lines > LONGEST_FUNCTION:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({lines} lines)")
    assert long == []
