"""`voice-pacer flows ...`: list, validate and draw flow files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from voice_pacer.cli.console import err, out
from voice_pacer.flowfile.check import CompiledFlow
from voice_pacer.flowfile.graph import draw
from voice_pacer.flowfile.load import builtin_flows, check_file, load_flow

app = typer.Typer(help="List, validate and draw flows.", no_args_is_help=True)


@app.command("list")
def list_flows() -> None:
    """List the built-in flows and their settings (set them in the config's [flows.NAME] or with --set)."""
    table = Table("name", "title", "states", "settings", "file", box=None)
    for name, path in builtin_flows().items():
        compiled, problems = check_file(path)
        title = compiled.flow.title if compiled else f"[red]invalid ({len(problems)} problems)[/]"
        settings = ", ".join(f"{key}={value}" for key, value in compiled.settings.items()) if compiled else "-"
        table.add_row(name, title, str(len(compiled.flow.states)) if compiled else "-", settings, str(path))
    out.print(table)


@app.command()
def validate(paths: Annotated[list[Path] | None, typer.Argument(help="Flow files; none: the built-in flows.")] = None,
             ) -> None:
    """Check flow files; each problem is one line FILE:LINE: state 'NAME': what is wrong."""
    targets = paths or list(builtin_flows().values())
    bad = 0
    for path in targets:
        compiled, problems = check_file(path)
        for item in problems:
            err.print(str(item), markup=False)
        if compiled is None:
            bad += 1
        else:
            for item in compiled.warnings:
                err.print(str(item), markup=False)
            out.print(f"{path}: ok ({len(compiled.flow.states)} states)", markup=False)
    if bad:
        err.print(f"{bad} of {len(targets)} flow files are invalid", markup=False)
        raise typer.Exit(1)


@app.command()
def graph(flow: Annotated[str, typer.Argument(help="A built-in flow name or a flow file.")],
          fmt: Annotated[str, typer.Option("--format", "-f", help="mermaid or dot.")] = "mermaid",
          globals_too: Annotated[bool, typer.Option("--globals", help="Also draw the global intents.")] = False,
          ) -> None:
    """Print a flow as a diagram (Mermaid by default, Graphviz dot with --format dot)."""
    if fmt not in ("mermaid", "dot"):
        raise typer.BadParameter("choose mermaid or dot", param_hint="--format")
    compiled: CompiledFlow = load_flow(flow)
    out.print(draw(compiled, "dot" if fmt == "dot" else "mermaid", globals_too), markup=False, highlight=False)


@app.command()
def intents(flow: Annotated[str, typer.Argument(help="A built-in flow name or a flow file.")],
            phrases: Annotated[bool, typer.Option("--phrases", help="Every phrase the templates say, as the "
                                                  "recogniser's grammar hears them.")] = False,
            ) -> None:
    """Print what can be said in each listening state: the intents in the order they win, with their templates."""
    from voice_pacer.flowfile.describe import describe_intents

    out.print(describe_intents(load_flow(flow), phrases), markup=False, highlight=False)

