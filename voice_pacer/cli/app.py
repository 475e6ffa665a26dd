"""The top-level Typer app and the one place errors become a single line and an exit status."""

from __future__ import annotations

import os
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


INTERRUPTED = 130  # the shell's status for a program ended by Ctrl-C


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
        _stopped()
    except SystemExit as leaving:
        if leaving.code == INTERRUPTED:  # Typer turns Ctrl-C (and so our SIGTERM) into this exit status
            _stopped()
        raise


def _stopped() -> NoReturn:
    """Leave at once after Ctrl-C or SIGTERM: sessions have already closed their log and devices on the way out."""
    problem("stopped")
    # What may remain is a prompt being rendered for later, which cannot be interrupted (Piper can take seconds on a
    # busy machine, and the interpreter would wait for it at exit): a stop must not wait for it.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(INTERRUPTED)
