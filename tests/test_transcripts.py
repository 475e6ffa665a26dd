"""docs/transcripts/*.md are what the flows really say: the generator's output now equals the files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from voice_pacer.flowfile.load import builtin_flows

GENERATOR = Path(__file__).resolve().parent.parent / "docs" / "transcripts" / "generate.py"


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("transcripts_generator", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_transcripts_are_current() -> None:
    fresh = _generator().transcripts()
    assert sorted(path.stem for path in fresh) == sorted(builtin_flows()), "every built-in flow has a transcript"
    stale = [path.name for path, text in fresh.items() if not path.exists() or path.read_text("utf-8") != text]
    assert stale == [], f"run `make transcripts` to update: {', '.join(stale)}"


def test_transcripts_show_both_partners_and_the_end() -> None:
    for path, text in _generator().transcripts().items():
        assert "**Assistant:**" in text, path
        assert "**Dana:**" in text and "**Luis:**" in text, path
        assert text.rstrip().endswith("*(session ended: completed)*"), path
