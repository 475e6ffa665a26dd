"""Where the command line writes: a transcript on stdout, one-line problems on stderr.

What people said appears in the transcript only on an interactive terminal (someone is watching): under a
service manager stdout goes to the system journal, which must not keep the partners' words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.markup import escape

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def problem(message: str) -> None:
    """One line on stderr saying what is wrong."""
    err.print(f"[bold red]voice-pacer:[/] {escape(message)}")


def notice(message: str) -> None:
    """A status line (engine in use, device trouble) on stderr, so stdout stays the transcript."""
    err.print(f"[dim]{escape(message)}[/]")


def transcript(words: bool | None = None) -> Callable[[dict[str, Any]], None]:
    """An event-log listener printing the transcript; words None: show what was said only on a terminal."""
    show_words = out.is_terminal if words is None else words
    return lambda record: show_event(record, show_words)


def show_event(record: dict[str, Any], words: bool = False) -> None:
    """Print one event-log record as a readable transcript line (what was said only with words)."""
    stamp = f"[dim]{record['t']:7.1f}s[/] "
    event = record["event"]
    if event == "say":
        out.print(f"{stamp}[bold cyan]Assistant[/]  {escape(record['text'])}")
    elif event == "heard":
        intent = f" [dim]({record['intent']})[/]" if record.get("intent") else ""
        said = escape(record["text"]) if words else "[dim]...[/]"
        out.print(f"{stamp}[bold green]Heard[/]      {said}{intent}")
    elif event == "breathe":
        phase = f"breathe {record['phase']} {record['seconds']:g}s"
        out.print(f"{stamp}[magenta]{phase}[/] [dim](cycle {record['cycle']})[/]")
    elif event == "state":
        out.print(f"{stamp}[dim]-> {record['state']}[/]")
    elif event == "flow":
        heard = f" [dim](heard {escape(repr(record['trigger']))})[/]" if words else ""
        out.print(f"{stamp}[bold]Starting {record['flow']}[/]{heard}")
    elif event in ("device_lost", "device_back", "overflow"):
        out.print(f"{stamp}[yellow]{event.replace('_', ' ')}: {escape(str(record.get('detail', '')))}[/]")
    elif event == "flow_enter":
        out.print(f"{stamp}[bold]Starting {record['flow']}[/]")
    elif event == "flow_leave":
        out.print(f"{stamp}[dim]{record['flow']} ended: {record['outcome']}[/]")
    elif event == "kept":
        out.print(f"{stamp}[dim]kept in the journal: partner {record['partner']}'s {record['what']}[/]")
    elif event == "end":
        out.print(f"{stamp}[bold]Session ended: {record['reason']}[/]")
