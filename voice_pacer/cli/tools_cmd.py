"""Commands around sessions: hear, models, devices, config, doctor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from voice_pacer.cli.console import out
from voice_pacer.cli.options import ConfigOpt, EngineOpt, ModelOpt, config_for


def hear(
    wav: Annotated[Path, typer.Argument(metavar="FILE.wav", help="Speech to recognise (any rate or channels).")],
    flow: Annotated[str | None, typer.Option("--flow", help="Recognise as this flow would ...")] = None,
    state: Annotated[str | None, typer.Option("--state", help="... in this listening state.")] = None,
    engine: EngineOpt = None,
    model: ModelOpt = None,
    config_path: ConfigOpt = None,
) -> None:
    """Recognise one file and print JSON: text, intent, engine, confidence."""
    from voice_pacer.assemble import build_ears
    from voice_pacer.audio.pcm import FRAME_SAMPLES, check_wav, read_wav
    from voice_pacer.ears.base import Nothing, Speech, words_of
    from voice_pacer.errors import UserError
    from voice_pacer.flowfile.load import load_flow
    from voice_pacer.intents import match_intent
    from voice_pacer.listening import Listening, listening_for

    if (flow is None) != (state is None):
        raise UserError("give --flow and --state together (a listening state of that flow)")
    config = config_for(config_path, {"ears.engine": engine, "ears.model": model})
    listening = listening_for(load_flow(flow), state) if flow and state else Listening([], None)
    check_wav(wav)
    pcm = read_wav(wav)
    ears = build_ears(config)
    ears.begin(listening.phrases, listening.commands)
    for start in range(0, len(pcm), FRAME_SAMPLES):
        ears.feed(pcm[start : start + FRAME_SAMPLES])
    heard = ears.end()
    kind = "speech" if isinstance(heard, Speech) else "nothing" if isinstance(heard, Nothing) else "unknown"
    text = words_of(heard)
    intent = match_intent(text, listening.candidates) if listening.candidates and text else None
    result = {"heard": kind, "text": text, "intent": intent, "engine": ears.name,
              "confidence": None if isinstance(heard, Nothing) else heard.confidence}
    out.print(json.dumps(result), markup=False, highlight=False)


config_app = typer.Typer(help="The config file: where it is and what is in effect.", no_args_is_help=True)


@config_app.command("show")
def config_show(config_path: ConfigOpt = None) -> None:
    """Print every setting in effect and where its value came from."""
    from rich.table import Table

    from voice_pacer.config import config_rows, default_config_path

    config = config_for(config_path)
    path = config_path or default_config_path()
    out.print(f"config file: {path}{'' if path.exists() else ' (not there; defaults in use)'}", markup=False)
    table = Table("key", "value", "from", box=None)
    for key, value, source in config_rows(config):
        table.add_row(key, value, source)
    out.print(table)


def devices() -> None:
    """List the sound devices (input and output), defaults marked with '*'."""
    from voice_pacer.audio.devices import describe

    out.print(describe(), markup=False, highlight=False)


def doctor(config_path: ConfigOpt = None) -> None:
    """Check microphone, speaker, recogniser, voice and config; one line each, with what to do."""
    from voice_pacer.doctor import doctor as run_doctor

    checks = run_doctor(config_path)
    for check in checks:
        mark = "[green]ok[/]  " if check.ok else "[red]FAIL[/]"
        fix = f" [yellow]-> {escape(check.fix)}[/]" if check.fix and not check.ok else ""
        out.print(f"{mark} {check.name:<11} {escape(check.line)}{fix}")
    if not all(check.ok for check in checks):
        raise typer.Exit(1)


models_app = typer.Typer(help="Vosk speech models: what can be had and what is installed.", no_args_is_help=True)
DirOpt = Annotated[Path | None, typer.Option("--dir", help="Models folder; default: the project's models/.")]


def _models_dir(given: Path | None) -> Path:
    """The project's models/ folder in a checkout, else Vosk's own cache folder."""
    from voice_pacer.ears.choose import model_folders

    if given is not None:
        return given
    project = model_folders()[0]
    return project if project.parent.joinpath("pyproject.toml").exists() else model_folders()[-1]


@models_app.command("list")
def models_list(folder: DirOpt = None) -> None:
    """The official US English Vosk models, and which one is in use."""
    from rich.table import Table

    from voice_pacer.ears.choose import find_vosk_model
    from voice_pacer.models import list_models

    target = _models_dir(folder)
    table = Table("name", "download", "installed", "about", box=None)
    for name, size, about, installed in list_models(target):
        table.add_row(name, size, "yes" if installed else "-", about)
    out.print(table)
    found, why = find_vosk_model()
    out.print(f"in use: {found} ({why})" if found else f"in use: none, so PocketSphinx ({why})", markup=False)
    out.print(f"downloads go to {target}", markup=False)


@models_app.command("download")
def models_download(name: Annotated[str, typer.Argument(help="A model name from `models list`.")],
                    folder: DirOpt = None) -> None:
    """Download, check and unpack a model (atomically: a failed download leaves nothing behind)."""
    from voice_pacer.models import download

    path = download(name, _models_dir(folder))
    out.print(f"installed {path}; `voice-pacer run` will use it (engine auto)", markup=False)


def register(app: typer.Typer) -> None:
    """Add the tool commands to the app."""
    for command in (hear, devices, doctor):
        app.command()(command)
    app.add_typer(models_app, name="models")
    app.add_typer(config_app, name="config")
