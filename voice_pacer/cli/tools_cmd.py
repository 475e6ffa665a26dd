"""Commands around sessions: hear, models, devices, config, doctor."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the tool commands to the app."""
