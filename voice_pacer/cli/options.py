"""Options several commands share, and the config they give (command-line values on top of the config file)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from voice_pacer.config import Config, load_config
from voice_pacer.ears.base import ENGINES
from voice_pacer.voice.base import VOICES

ConfigOpt = Annotated[Path | None, typer.Option("--config", help="Config file (TOML); default: the user's config.")]
NamesOpt = Annotated[str | None, typer.Option("--names", help="Partner names, 'A,B'.")]
LogOpt = Annotated[Path | None, typer.Option("--log", help="Write the event log (JSON lines) to this file.")]
LogTextOpt = Annotated[bool, typer.Option("--log-text", help="Also keep the words people said in the event log.")]
SetOpt = Annotated[list[str] | None, typer.Option("--set", help="Flow setting, KEY=VALUE (repeatable).")]
EngineOpt = Annotated[str | None, typer.Option("--engine", help=", ".join(ENGINES) + ".")]
ModelOpt = Annotated[Path | None, typer.Option("--model", help="Vosk model folder.")]
VoiceOpt = Annotated[str | None, typer.Option("--voice", help=" or ".join(VOICES) + ".")]
InputOpt = Annotated[str | None, typer.Option("--input", help="Microphone: device name or index.")]
OutputOpt = Annotated[str | None, typer.Option("--output", help="Speaker: device name or index.")]

def log_text(flag: bool) -> bool | None:
    """--log-text as a config override: given turns it on; not given leaves the config file's [log] text."""
    return True if flag else None


def device(value: str | None) -> str | int | None:
    """A device option: an index when it is a number, else a name."""
    return int(value) if value is not None and value.isdigit() else value


def config_for(path: Path | None, given: dict[str, Any] | None = None) -> Config:
    """The config in effect, with command-line values (dotted keys; None = not given) on top."""
    return load_config(path, given or {})
