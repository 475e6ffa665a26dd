"""Run a flow from a scenario's audio with the real recogniser and voice, faster than real time."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np

from voice_pacer.assemble import build_ears, build_session, build_voice
from voice_pacer.config import Config
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.check import CompiledFlow
from voice_pacer.hearing.audio import AudioConversation, SessionRecorder, SilentSink
from voice_pacer.scenario import Scenario, ScenarioSource
from voice_pacer.session import Outcome


@lru_cache(maxsize=1)
def _partner_voice() -> Callable[[str], np.ndarray]:
    from voice_pacer.voice.piper import PiperVoice

    return PiperVoice(steady=True).render  # the same reply sounds the same every run


@lru_cache(maxsize=512)
def partner_speech(text: str) -> np.ndarray:
    """A scenario's spoken reply, in the test voice (Piper joe)."""
    return _partner_voice()(text)


def simulate(scenario: Scenario, flow: CompiledFlow | None, config: Config, events: EventLog,
             names: tuple[str, str], record: Path | None = None, notify: Callable[[str], None] | None = None,
             load: Callable[[str], CompiledFlow] | None = None) -> Outcome:
    """Run one session where the partners' side is the scenario's audio; flow None runs listen mode."""
    ears = build_ears(config, notify)
    voice = build_voice(config)
    source = ScenarioSource(scenario.replies, partner_speech)
    recorder = SessionRecorder(record) if record else None
    talk = AudioConversation(source, SilentSink(), voice, ears, tail=config.audio.tail, recorder=recorder,
                             denoise=config.audio.denoise)
    if notify:
        notify(f"{flow.flow.title if flow else 'listen'}: {talk.description}")
    try:
        if flow is None:
            from voice_pacer.live import listen_forever

            assert load is not None
            return Outcome(listen_forever(config, events, names, notify or (lambda _: None), load, talk), "listen")
        return build_session(flow, talk, events, names, config).run()
    finally:
        talk.close()
