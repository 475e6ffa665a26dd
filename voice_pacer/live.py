"""Live sessions on real devices: a flow run with `run`, and the always-on `listen` mode that starts flows by voice."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from voice_pacer.assemble import build_ears, build_session, build_voice
from voice_pacer.audio.microphone import DeviceLost, Microphone
from voice_pacer.audio.speaker import Speaker
from voice_pacer.config import Config
from voice_pacer.ears.room_state import room_state_path, start_from_stored_room, store_room
from voice_pacer.errors import UserError
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.check import CompiledFlow
from voice_pacer.hearing.audio import AudioConversation, AudioSource
from voice_pacer.hearing.base import InputEnded, ListenRequest, Resumed, Utterance
from voice_pacer.intents import IntentSpec, match_intent
from voice_pacer.journal import Journal
from voice_pacer.session import Outcome

TRIGGER_END_SILENCE = 0.6
Notify = Callable[[str], None]


class MicrophoneSource:
    """The microphone as an AudioSource; a lost device is logged, waited for, and the state resumed."""

    def __init__(self, mic: Microphone, events: EventLog, notify: Notify) -> None:
        self.mic = mic
        self.events = events
        self.notify = notify

    def read(self) -> np.ndarray:
        try:
            return self.mic.read()
        except DeviceLost as lost:
            self.events.write("device_lost", detail=str(lost))
            self.notify(f"{lost}; waiting for it to come back")
            self.mic.reconnect()
            name = self.mic.device.name if self.mic.device else "default"
            self.events.write("device_back", detail=f"microphone '{name}' is back")
            self.notify(f"microphone '{name}' is back; resuming")
            raise Resumed from None

    def begin_turn(self) -> None:
        pass

    def set_listening(self, on: bool) -> None:
        if on:
            self.mic.flush()  # what was captured while the assistant spoke is not an answer

    def speech_end(self) -> float | None:
        return None


class SpeakerSink:
    """The speaker as the conversation's AudioSink, whose `active` is a method (the Speaker's is a property)."""

    def __init__(self, speaker: Speaker) -> None:
        self.speaker = speaker

    def start(self, pcm: np.ndarray) -> None:
        self.speaker.start(pcm)

    def active(self) -> bool:
        return self.speaker.active

    def stop(self) -> None:
        self.speaker.stop()


@dataclass
class LiveRig:
    """The devices and engines of a live session, opened once and shared by every flow `listen` starts."""

    talk: AudioConversation
    mic: Microphone
    speaker: Speaker


@contextmanager
def live_rig(config: Config, events: EventLog, notify: Notify) -> Iterator[LiveRig]:
    """Open microphone, speaker, recogniser and voice; close the devices whatever happens."""
    ears = build_ears(config, notify)
    if config.ears.remember_room:  # a home device's sessions follow each other in one room
        start_from_stored_room(ears, notify, room_state_path(config.file()))
    voice = build_voice(config)
    mic = Microphone(config.audio.input, on_notice=lambda message: events.write("overflow", detail=message))
    speaker = Speaker(config.audio.output)
    try:
        mic.open()
        speaker.open()
        try:
            mic.wait_for_audio()  # some devices take seconds to start: the first prompt must not play to a deaf mic
        except DeviceLost as lost:
            raise UserError(f"{lost}; check it is not muted or held by another program (voice-pacer doctor)") from None
        source: AudioSource = MicrophoneSource(mic, events, notify)
        talk = AudioConversation(source, SpeakerSink(speaker), voice, ears, tail=config.audio.tail,
                                 barge_in=config.audio.barge_in, denoise=config.audio.denoise, live=True)
        mic_name = mic.device.name if mic.device else "default"
        speaker_name = speaker.device.name if speaker.device else "default"
        notify(f"ears: {ears.description}; voice: {voice.name}; microphone: {mic_name} at {mic.rate} Hz; "
               f"speaker: {speaker_name}")
        yield LiveRig(talk, mic, speaker)
    finally:
        mic.close()
        speaker.close()
        if config.ears.remember_room:
            store_room(ears, notify, room_state_path(config.file()))


def run_live(flow: CompiledFlow, config: Config, events: EventLog, names: tuple[str, str], notify: Notify,
             journal: Journal | None = None) -> Outcome:
    """Run one flow on the microphone and speaker (keeping confirmed experiments in the journal, if given)."""
    with live_rig(config, events, notify) as rig:
        return build_session(flow, rig.talk, events, names, config, journal).run()


def trigger_specs(triggers: dict[str, str]) -> list[IntentSpec]:
    """One matcher per trigger phrase, found anywhere in an utterance ('ok, let's pause now')."""
    return [IntentSpec.build(phrase, [f"[{{any}}] {phrase} [{{any}}]"]) for phrase in triggers]


def wait_for_trigger(conversation: AudioConversation, specs: list[IntentSpec]) -> tuple[str, Utterance]:
    """Listen (recognising only while there is voice) until an utterance holds a trigger phrase."""
    phrases = tuple(spec.phrases[0] for spec in specs)
    while True:
        try:
            heard = conversation.listen(ListenRequest(phrases, TRIGGER_END_SILENCE, turn=True, wake=True))
        except Resumed:
            continue
        if isinstance(heard, Utterance) and (phrase := match_intent(heard.text, specs)) is not None:
            return phrase, heard
        # chatter is neither kept nor logged: only what starts a flow is


def listen_forever(config: Config, events: EventLog, names: tuple[str, str], notify: Notify,
                   load: Callable[[str], CompiledFlow], talk: AudioConversation | None = None,
                   journal: Journal | None = None) -> str:
    """Wait for trigger phrases and run the flow each one names; returns why listening ended."""
    specs = trigger_specs(config.triggers)
    flows: dict[str, CompiledFlow] = {}
    for phrase, name in config.triggers.items():
        try:
            flows[name] = flows.get(name) or load(name)
        except UserError as exc:
            raise UserError(f"trigger '{phrase}': {exc}") from None
    with _conversation(config, events, notify, talk) as conversation:
        events.clock = conversation.now  # 'flow' events are stamped before a Session sets the clock
        notify("listening for: " + ", ".join(f"'{phrase}' ({flow})" for phrase, flow in config.triggers.items()))
        while True:
            try:
                phrase, heard = wait_for_trigger(conversation, specs)
            except InputEnded:
                return "input_ended"
            flow = flows[config.triggers[phrase]]
            events.write("flow", flow=flow.flow.name, trigger=heard.text)
            outcome = build_session(flow, conversation, events, names, config, journal).run()
            if talk is None and config.ears.remember_room:  # listen may run for days: kept after each flow
                store_room(conversation.ears, notify, room_state_path(config.file()))
            if outcome.reason == "input_ended":
                return "input_ended"


@contextmanager
def _conversation(config: Config, events: EventLog, notify: Notify,
                  talk: AudioConversation | None) -> Iterator[AudioConversation]:
    if talk is not None:
        yield talk
        return
    with live_rig(config, events, notify) as rig:
        yield rig.talk

