"""The top-level Typer app and the one place errors become a single line and an exit status."""

from __future__ import annotations

import signal
import sys
from typing import NoReturn

import typer

from voice_pacer.cli import flows_cmd, journal_cmd, session_cmd, tools_cmd
from voice_pacer.cli.console import err, problem
from voice_pacer.errors import UserError
from voice_pacer.flowfile.problems import FlowInvalid

app = typer.Typer(
    name="voice-pacer",
    help="An offline, voice-guided pause and check-in assistant for couples.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(flows_cmd.app, name="flows")
app.add_typer(journal_cmd.app, name="journal")
session_cmd.register(app)
tools_cmd.register(app)


def _stop_on_sigterm(*_: object) -> NoReturn:
    raise KeyboardInterrupt


def main() -> None:
    """Entry point: run the app; user errors print one line, never a traceback."""
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        app()
    except FlowInvalid as invalid:
        for item in invalid.problems:
            err.print(str(item), markup=False, highlight=False)
        sys.exit(1)
    except UserError as exc:
        problem(str(exc))
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        problem("stopped")
        sys.exit(130)
