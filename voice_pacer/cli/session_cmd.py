"""Commands that run sessions: run (live or --text), simulate, demo, listen."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from voice_pacer.assemble import build_flow, build_journal, build_log, build_session, flow_loader, partner_names
from voice_pacer.cli.console import notice, problem, transcript
from voice_pacer.cli.journal_cmd import JournalOpt
from voice_pacer.cli.options import (
    ConfigOpt,
    EngineOpt,
    InputOpt,
    LogOpt,
    LogTextOpt,
    ModelOpt,
    NamesOpt,
    OutputOpt,
    SetOpt,
    VoiceOpt,
    config_for,
    device,
    log_text,
)
from voice_pacer.config import Config
from voice_pacer.eventlog import EventLog
from voice_pacer.hearing.typed import TypedConversation
from voice_pacer.session import Outcome

EXIT_FOR = {"completed": 0, "stopped": 0, "input_ended": 0, "error": 1}


def event_log(config: Config, words_on_screen: bool | None = None) -> EventLog:
    """The event log the config asks for, with the transcript on stdout; a log that fails later is said once."""
    return build_log(config, [transcript(words_on_screen)], on_problem=problem)


def _finish(outcome: Outcome) -> None:
    if EXIT_FOR.get(outcome.reason, 1):
        raise typer.Exit(EXIT_FOR[outcome.reason])


def run(
    flow: Annotated[str, typer.Argument(help="A built-in flow (pause, turns, checkin) or a flow file.")],
    text: Annotated[bool, typer.Option("--text", help="Type instead of speaking; prompts are printed.")] = False,
    realtime: Annotated[bool, typer.Option("--realtime", help="Text mode on the wall clock, even scripted.")] = False,
    names: NamesOpt = None,
    log: LogOpt = None,
    words: LogTextOpt = False,
    sets: SetOpt = None,
    config_path: ConfigOpt = None,
    engine: EngineOpt = None,
    model: ModelOpt = None,
    voice: VoiceOpt = None,
    input_device: InputOpt = None,
    output_device: OutputOpt = None,
    journal: JournalOpt = None,
) -> None:
    """Run a flow: live with microphone and speaker, or typed with --text."""
    config = config_for(config_path, {"ears.engine": engine, "ears.model": model, "voice.name": voice,
                                      "audio.input": device(input_device), "audio.output": device(output_device),
                                      "log.events": log, "log.text": log_text(words),
                                      "journal.enabled": journal})
    compiled = build_flow(flow, config, sets)
    pair = partner_names(config, names)
    events = event_log(config)
    kept = build_journal(config)
    try:
        if text:
            talk = TypedConversation(sys.stdin, realtime=realtime or sys.stdin.isatty())
            notice(f"{compiled.flow.title}: {talk.description}")
            outcome = build_session(compiled, talk, events, pair, config, kept).run()
        else:
            from voice_pacer.live import run_live

            outcome = run_live(compiled, config, events, pair, notice, kept)
    finally:
        events.close()
        if kept is not None:
            kept.close()
    _finish(outcome)


def simulate(
    scenario_path: Annotated[Path, typer.Argument(metavar="SCENARIO.yaml", help="Flow, names and spoken replies.")],
    log: LogOpt = None,
    words: LogTextOpt = False,
    record: Annotated[Path | None, typer.Option("--record", help="Write both sides to one stereo WAV.")] = None,
    sets: SetOpt = None,
    config_path: ConfigOpt = None,
    engine: EngineOpt = None,
    model: ModelOpt = None,
    voice: VoiceOpt = None,
) -> None:
    """Run a flow from a scenario's audio with the real recogniser, faster than real time."""
    _simulate(scenario_path, log, words, record, sets, config_path, engine, model, voice)


def _simulate(scenario_path: Path, log: Path | None, words: bool, record: Path | None, sets: list[str] | None,
              config_path: Path | None, engine: str | None, model: Path | None, voice: str | None,
              words_on_screen: bool | None = None) -> None:
    from voice_pacer.scenario import load_scenario
    from voice_pacer.simulate import simulate as run_simulation

    config = config_for(config_path, {"ears.engine": engine, "ears.model": model, "voice.name": voice,
                                      "log.events": log, "log.text": log_text(words)})
    scenario = load_scenario(scenario_path)
    given = [f"{key}={value}" for key, value in scenario.settings.items()] + list(sets or [])
    listening = scenario.flow == "listen"  # the home-device mode, with triggers from the config
    compiled = None if listening else build_flow(scenario.flow, config, given)
    pair = scenario.names or partner_names(config)
    events = event_log(config, words_on_screen)
    try:
        outcome = run_simulation(scenario, compiled, config, events, pair, record, notice, flow_loader(config))
    finally:
        events.close()
    _finish(outcome)


def demo(
    log: LogOpt = None,
    words: LogTextOpt = False,
    record: Annotated[Path | None, typer.Option("--record", help="Write both sides to one stereo WAV.")] = None,
    engine: EngineOpt = None,
    voice: VoiceOpt = None,
) -> None:
    """A spoken bedtime check-in, simulated from bundled speech: no microphone, no download."""
    from importlib.resources import as_file, files

    with as_file(files("voice_pacer").joinpath("data/demo_checkin.yaml")) as scenario_path:
        # The demo's replies are bundled synthetic speech, nobody's words: its transcript always shows them.
        _simulate(scenario_path, log, words, record, None, None, engine, None, voice, words_on_screen=True)


def listen(
    names: NamesOpt = None,
    log: LogOpt = None,
    words: LogTextOpt = False,
    config_path: ConfigOpt = None,
    engine: EngineOpt = None,
    model: ModelOpt = None,
    voice: VoiceOpt = None,
    input_device: InputOpt = None,
    output_device: OutputOpt = None,
    journal: JournalOpt = None,
) -> None:
    """Home-device mode: always on, a trigger phrase ("let's pause", "let's check in") starts its flow."""
    from voice_pacer.live import listen_forever

    config = config_for(config_path, {"ears.engine": engine, "ears.model": model, "voice.name": voice,
                                      "audio.input": device(input_device), "audio.output": device(output_device),
                                      "log.events": log, "log.text": log_text(words),
                                      "journal.enabled": journal})
    pair = partner_names(config, names)
    events = event_log(config)
    kept = build_journal(config)
    try:
        listen_forever(config, events, pair, notice, flow_loader(config), journal=kept)
    finally:
        events.close()
        if kept is not None:
            kept.close()


def register(app: typer.Typer) -> None:
    """Add the session commands to the app."""
    for command in (run, simulate, demo, listen):
        app.command()(command)

