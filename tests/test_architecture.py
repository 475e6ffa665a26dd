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
