"""Write docs/transcripts/FLOW.md: each built-in flow run in text mode with a couple's lines (scripts.yaml).

Run `make transcripts` (or `python docs/transcripts/generate.py`) after changing a flow; `--check` only compares.
It lives beside what it writes: it is documentation tooling, not a benchmark (no figures) and not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.load import builtin_flows, load_flow
from voice_pacer.hearing.typed import TypedConversation
from voice_pacer.journal import Journal
from voice_pacer.session import Session

HERE = Path(__file__).resolve().parent
NAMES = ("Dana", "Luis")
TODAY = dt.date(2026, 3, 12)  # a fixed day, so "yesterday" and "three times this week" never drift


class ScriptLines:
    """The couple's lines as the typed input; a silence is noted in the log when the session reaches it."""

    def __init__(self, lines: list[str], log: EventLog) -> None:
        self.lines = list(lines)
        self.log = log

    def readline(self) -> str:
        if not self.lines:
            return ""
        line = self.lines.pop(0)
        if not line.strip():
            self.log.write("silence")
        return line + "\n"


def run(flow: str, script: dict[str, Any], journal_dir: Path) -> list[dict[str, Any]]:
    """The event log of one scripted session."""
    journal = Journal(journal_dir / f"{flow}.sqlite3", today=TODAY)
    for item in script.get("journal", []):
        journal.keep(item["partner"], item["slot"], item["sentence"], TODAY - dt.timedelta(days=item["days_ago"]))
    log = EventLog()
    lines = [next(iter(line.values())) if isinstance(line, dict) else "" for line in script["lines"]]
    talk = TypedConversation(ScriptLines(lines, log))  # type: ignore[arg-type]  # readline is all it uses
    Session(load_flow(flow), talk, log, NAMES, journal=journal).run()
    journal.close()
    log.close()
    return log.records


def _stamp(seconds: float) -> str:
    return f"{int(seconds) // 60}:{int(seconds) % 60:02d}"


def render(flow: str, script: dict[str, Any], records: list[dict[str, Any]]) -> str:
    """The transcript as Markdown: who said what, breathing and inner flows in brief."""
    compiled = load_flow(flow)
    speakers = [next(iter(line)) for line in script["lines"] if isinstance(line, dict)]
    out = [f"# {compiled.flow.title} (`{flow}`)", "", f"> {' '.join(compiled.flow.description.split())}", "",
           f"*{script['about']}*", "",
           "Written by `make transcripts` from [scripts.yaml](scripts.yaml): the flow run in text mode with the "
           "lines below. Do not edit by hand.", ""]
    breathing: list[dict[str, Any]] = []
    for record in records:
        event, stamp = record["event"], _stamp(record["t"])
        if event == "breathe":
            breathing.append(record)
            continue
        if breathing and not (event == "say" and record["text"] in ("Breathe in", "Hold", "Breathe out")) \
                and event != "tone":
            pattern, cycles = breathing[0]["pattern"], breathing[-1]["cycle"]
            out.append(f"- {_stamp(breathing[0]['t'])} *({pattern} breathing, {cycles} cycles, cued aloud)*")
            breathing = []
        if event == "say" and not breathing:
            out.append(f"- {stamp} **Assistant:** {record['text']}")
        elif event == "heard":
            out.append(f"- {stamp} **{speakers.pop(0) if speakers else 'Someone'}:** {record['text']}")
        elif event == "silence":
            out.append(f"- {stamp} *(silence)*")
        elif event == "flow_enter":
            out.append(f"- {stamp} *(starting {load_flow(record['flow']).flow.title.lower()})*")
        elif event == "kept":
            out.append(f"- {stamp} *(kept in the journal: {NAMES[0 if record['partner'] == 'a' else 1]}'s "
                       f"{record['what']})*")
        elif event == "end":
            out.append(f"- {stamp} *(session ended: {record['reason'].replace('_', ' ')})*")
    return "\n".join(out) + "\n"


def transcripts() -> dict[Path, str]:
    """Every transcript's file and text."""
    scripts = yaml.safe_load((HERE / "scripts.yaml").read_text(encoding="utf-8"))
    missing = sorted(set(builtin_flows()) - set(scripts))
    if missing:
        raise SystemExit(f"docs/transcripts/scripts.yaml has no lines for: {', '.join(missing)}")
    with tempfile.TemporaryDirectory() as folder:
        return {HERE / f"{flow}.md": render(flow, script, run(flow, script, Path(folder)))
                for flow, script in scripts.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="Only compare; exit 1 when a transcript is stale.")
    stale = []
    check = parser.parse_args().check
    for path, text in transcripts().items():
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path.name)
        if not check:
            path.write_text(text, encoding="utf-8")
    verb = "stale" if check else "written"
    print(f"{verb}: {', '.join(stale)}" if stale else "transcripts are current")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
