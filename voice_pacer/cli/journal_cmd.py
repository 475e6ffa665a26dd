"""`voice-pacer journal ...`: show, export and forget the experiment journal (opt-in, local)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from voice_pacer.assemble import journal_path
from voice_pacer.cli.console import out
from voice_pacer.cli.options import ConfigOpt, config_for
from voice_pacer.errors import UserError
from voice_pacer.journal import as_records, forget, journal_files, read_experiments

app = typer.Typer(help="The experiment journal: what each of you agreed to try (kept only with the journal on).",
                  no_args_is_help=True)
JournalOpt = Annotated[bool | None, typer.Option("--journal/--no-journal",
                                                 help="Keep confirmed experiments in the journal (or [journal] "
                                                      "enabled in the config file).")]


@app.command()
def show(config_path: ConfigOpt = None) -> None:
    """List every kept experiment: day, partner, what they agreed to try."""
    path = journal_path(config_for(config_path))
    experiments = read_experiments(path)
    if not experiments:
        out.print(f"nothing kept in {path}", markup=False)
        return
    table = Table("day", "partner", "experiment", box=None)
    for item in experiments:
        table.add_row(item.day, item.partner, item.sentence)
    out.print(table)
    out.print(f"{len(experiments)} kept in {path}", markup=False)


@app.command()
def export(output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")]
           = None, config_path: ConfigOpt = None) -> None:
    """Print the journal as JSON (a list of {day, kept_at, partner, slot, sentence})."""
    text = json.dumps(as_records(read_experiments(journal_path(config_for(config_path)))), indent=2,
                      ensure_ascii=False)
    if output is None:
        out.print(text, markup=False, highlight=False)
        return
    try:
        output.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror}; choose another --output") from None


@app.command("forget")
def forget_all(yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask; delete at once.")] = False,
               config_path: ConfigOpt = None) -> None:
    """Delete the whole journal (the database and SQLite's side files)."""
    path = journal_path(config_for(config_path))
    if not any(file.exists() for file in journal_files(path)):
        out.print(f"nothing to forget: no journal at {path}", markup=False)
        return
    try:
        what = f"all {len(read_experiments(path))} kept experiments in {path}"
    except UserError:  # a damaged file can still be forgotten
        what = f"the journal at {path}, which cannot be read"
    if not yes and not typer.confirm(f"Delete {what}?", default=False):
        out.print("kept as it was", markup=False)
        raise typer.Exit(1)
    removed = forget(path)
    out.print(f"forgot everything: removed {', '.join(str(file) for file in removed)}", markup=False)
