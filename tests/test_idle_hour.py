"""`listen` over an idle hour of everyday chatter and a few triggers: no practice starts on the chatter.

The hour is benchmarks/listen_idle.py's (Piper joe, room tone between lines; audio is the clock, so it runs in seconds).
"""

from __future__ import annotations

import numpy as np

from benchmarks.listen_idle import CACHE, CHATTER, render, timeline
from voice_pacer.config import DEFAULT_TRIGGERS
from voice_pacer.ears.choose import make_ears
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import InputEnded
from voice_pacer.intents import normalise
from voice_pacer.live import trigger_specs, wait_for_trigger
from voice_pacer.scenario import ScenarioSource
from voice_pacer.voice.choose import make_voice


def test_an_hour_of_chatter_starts_no_practice_and_every_trigger_does() -> None:
    # Late in this hour, before WAKE_SKIPPED_SPEECH_FRAMES, "Time to take out the bins." started the pause
    # practice: the wake grammar read "time <silence> out" over "time to take out" once the decoder's mean had drifted.
    render(CACHE)
    replies, is_trigger = timeline(60, 20.0, CACHE)
    source = ScenarioSource(replies, lambda text: np.zeros(0, np.int16))
    talk = AudioConversation(source, SilentSink(), make_voice("espeak"), make_ears("pocketsphinx"))
    specs = trigger_specs({normalise(k): v for k, v in DEFAULT_TRIGGERS.items()})
    started: list[int] = []
    try:
        while True:
            wait_for_trigger(talk, specs)
            started.append(len(replies) - source.remaining - 1)
    except InputEnded:
        pass
    false_starts = [CHATTER[(at - at // 5) % len(CHATTER)] for at in started if not is_trigger[at]]
    assert false_starts == []
    assert sorted(set(started)) == [at for at, trigger in enumerate(is_trigger) if trigger]
