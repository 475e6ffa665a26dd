"""Speech in and out over an audio stream: the clock is the audio consumed, whatever the source."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from voice_pacer.audio.pcm import SAMPLE_RATE, tone, write_wav
from voice_pacer.ears.base import Ears, Nothing, Recognition, Speech, words_of
from voice_pacer.hearing.base import ListenRequest, Prompt, Quiet, Utterance
from voice_pacer.hearing.endpoint import Endpointer, Mark
from voice_pacer.hearing.frontend import FrontEnd
from voice_pacer.understanding import concern_of
from voice_pacer.voice.base import Voice
from voice_pacer.voice.renderer import PromptRenderer

LONGEST_UTTERANCE = 25.0  # seconds; a longer stretch of speech is decoded in parts so text keeps flowing
TRAILING_FRAMES = 10  # 300 ms of the quiet after speech goes to the recogniser
TONES = {"in": 523.25, "hold": 392.0, "out": 329.63}  # C5, G4, E4: rising for in, falling for out
TONE_SECONDS = 0.35
# A grammar may force a long sentence into one of its phrases: "I don't want to live anymore" came out as "I don't want
# to do it anymore" (PocketSphinx, Piper speech), while short disclosures ("he hit me", "I want to die") were rejected.
# So utterances this long (with the quiet kept around them; "yes please" is ~1.2 s) are also decoded with open
# vocabulary, so that a disclosure is heard whatever the grammar made of it; shorter ones only when it rejected them.
OPEN_PASS_SECONDS = 1.5


class AudioSource(Protocol):
    """16 kHz mono int16 frames of FRAME_SAMPLES; raises InputEnded when there is no more."""

    def read(self) -> np.ndarray: ...

    def begin_turn(self) -> None:
        """A listening turn starts (a scenario moves on to its next reply; a microphone ignores it)."""

    def set_listening(self, on: bool) -> None:
        """Whether the assistant is listening (a scenario only lets a reply flow while it is)."""

    def speech_end(self) -> float | None:
        """Session time at which the latest speech really ended, when the source knows it."""


class AudioSink(Protocol):
    """Where the assistant's voice goes; start() returns at once."""

    def start(self, pcm: np.ndarray) -> None: ...

    def active(self) -> bool: ...

    def stop(self) -> None: ...


class SilentSink:
    """Plays nothing: in simulation the prompt's length passes as audio consumed."""

    def start(self, pcm: np.ndarray) -> None:
        pass

    def active(self) -> bool:
        return False

    def stop(self) -> None:
        pass


class SessionRecorder:
    """Both sides of a session in one stereo WAV: the room on the left, the assistant on the right."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.room: list[np.ndarray] = []
        self.voice: list[tuple[int, np.ndarray]] = []

    def write(self) -> None:
        room = np.concatenate(self.room) if self.room else np.zeros(0, np.int16)
        length = max([len(room), *(start + len(pcm) for start, pcm in self.voice)])
        stereo = np.zeros((length, 2), dtype=np.int16)
        stereo[: len(room), 0] = room
        for start, pcm in self.voice:
            stereo[start : start + len(pcm), 1] = pcm
        write_wav(self.path, stereo, SAMPLE_RATE, channels=2)


class AudioConversation:
    """Says prompts through a Voice and a sink, listens through an endpointer and Ears, counts time in samples."""

    def __init__(self, source: AudioSource, sink: AudioSink, voice: Voice, ears: Ears, *, tail: float = 0.3,
                 barge_in: bool = False, recorder: SessionRecorder | None = None,
                 description: str = "", denoise: str = "auto", live: bool = False) -> None:
        self.source = source
        self.sink = sink
        self.voice = voice
        self.renderer = PromptRenderer(voice, drop_stale=live)  # simulation renders the same way every run
        self.ears = ears
        self.tail = tail
        self.barge_in = barge_in  # whether the microphone is heard while a prompt plays (live, with echo control)
        self.recorder = recorder
        self.description = description or f"ears: {ears.description}; voice: {voice.name}"
        self.samples = 0
        self.endpointer = Endpointer()
        self.frontend = FrontEnd(denoise)  # what the endpointer and the ears hear; the recorder keeps the raw room
        self.on_frame: Callable[[np.ndarray], None] | None = None
        self.raw = np.zeros(0, np.int16)  # the last frame read, before the front end
        self._utterance: list[np.ndarray] = []  # the audio of the utterance in progress, for a second, open pass

    def now(self) -> float:
        return self.samples / SAMPLE_RATE

    def _read(self) -> np.ndarray:
        frame = self.raw = self.source.read()
        self.samples += len(frame)
        if self.recorder is not None:
            self.recorder.room.append(frame)
        return self.frontend.process(frame)

    def warm(self, texts: list[str]) -> None:
        """Render prompts that may come next while the partners speak."""
        self.renderer.warm(texts)

    def prepare(self, text: str, tone_name: str | None = None) -> Prompt:
        pcm = tone(TONES.get(tone_name, 440.0), TONE_SECONDS) if tone_name else self.renderer.render(text)
        return Prompt(text, len(pcm) / SAMPLE_RATE, time.perf_counter(), pcm)

    def play(self, prompt: Prompt, interrupt: Sequence[str] = ()) -> Utterance | None:
        """Play and let the prompt's length (plus a short tail) pass; with barge-in on, the interrupt phrases (and a
        disclosure) said meanwhile cut it short and are returned."""
        pcm = prompt.audio if isinstance(prompt.audio, np.ndarray) else np.zeros(0, np.int16)
        if self.recorder is not None:
            self.recorder.voice.append((self.samples, pcm))
        self.source.set_listening(False)
        self.sink.start(pcm)
        ends = self.samples + len(pcm)
        self.endpointer.reset(0.5)
        barged = None
        while self.samples < ends or self.sink.active():
            frame = self._read()
            if self.barge_in and interrupt and barged is None:
                barged = self._hear_over_prompt(frame, interrupt)
                if barged is not None:
                    self.sink.stop()
                    break
        tail_ends = self.samples + int(self.tail * SAMPLE_RATE)
        while self.samples < tail_ends:
            self._read()
        self.endpointer.reset()
        return barged

    def _begin(self, phrases: Sequence[str] | None, commands: Sequence[str] = (), wake: bool = False) -> None:
        self._utterance = []
        self.ears.hear_room(self.frontend.noisy, self.frontend.active)
        self.ears.begin(phrases, commands, wake)

    def _feed(self, frame: np.ndarray) -> None:
        self._utterance.append(frame)
        self.ears.feed(frame)

    def _open_pass(self, heard: Recognition, restricted: bool,
                   over_talk: bool = False) -> tuple[str | None, str | None, str | None, tuple[str, ...]]:
        """What open vocabulary hears in the audio a grammar rejected (or forced into a phrase, when it is long, or
        heard over other voices or noise): a disclosure must be heard in any state, and the grammar only knows the
        state's phrases; over talk, a grammar finds its short phrases in other people's words, and the open reading
        checks it.
        Also the ears' second reading (Speech.alternative), care reading (Speech.care) and near-best hypotheses
        (Speech.alternatives) of it, or of an open-vocabulary utterance itself."""
        seconds = sum(len(frame) for frame in self._utterance) / SAMPLE_RATE
        short = isinstance(heard, Speech) and seconds < OPEN_PASS_SECONDS and not over_talk
        if not restricted or isinstance(heard, Nothing) or short:
            opened = heard if isinstance(heard, Speech) and not restricted else None
            return _readings(None, opened)
        audio, self._utterance = self._utterance, []
        self.ears.hear_room(self.frontend.noisy, self.frontend.active)
        self.ears.begin(None)
        for frame in audio:
            self.ears.feed(frame)
        found = self.ears.end()
        return _readings(words_of(found).strip() or None, found if isinstance(found, Speech) else None)

    def _hear_over_prompt(self, frame: np.ndarray, interrupt: Sequence[str]) -> Utterance | None:
        """Barge-in: the interrupt phrases are listened for while the assistant speaks, and the safety concerns."""
        mark = self.endpointer.push(frame, self.raw)
        if mark is Mark.STARTED:
            self._begin(interrupt)
            for earlier in self.endpointer.lead_in(self.frontend.active):
                self._feed(earlier)
        elif mark is Mark.SPEECH:
            self._feed(frame)
        elif mark is Mark.ENDED:
            heard = self.ears.end()
            if isinstance(heard, Nothing):
                return None
            opened, _, care, _ = self._open_pass(heard, restricted=True)
            said = Utterance(heard, self.now(), time.perf_counter(), self.ears.name, self.source.speech_end(), opened,
                             care_text=care)
            if isinstance(heard, Speech) or concern_of(said) is not None:
                return said  # other talk over a prompt does not cut it
        return None

    def listen(self, request: ListenRequest) -> Utterance | Quiet:
        self.source.set_listening(True)
        if request.turn:
            self.source.begin_turn()
        self.endpointer.reset(request.end_silence)
        try:
            return self._listen(request)
        finally:
            self.source.set_listening(False)

    def _listen(self, request: ListenRequest) -> Utterance | Quiet:
        endpointer = self.endpointer
        quiet: list[np.ndarray] = []  # unvoiced frames inside an utterance, fed only if voice follows them
        while True:
            if not endpointer.in_speech:
                now = self.now()
                if request.silence_at is not None and now >= request.silence_at:
                    return Quiet("silence")
                if request.deadline is not None and now >= request.deadline:
                    return Quiet("deadline")
            frame = self._read()
            mark = endpointer.push(frame, self.raw)
            if mark is Mark.STARTED:
                self._begin(request.phrases, request.commands if request.phrases is None else (), request.wake)
                for earlier in endpointer.lead_in(self.frontend.active):
                    self._feed(earlier)
                quiet.clear()
                continue
            if mark is Mark.SPEECH:
                if not endpointer.last_voiced:
                    quiet.append(frame)
                    continue
                for held in [*quiet, frame]:
                    self._feed(held)
                quiet.clear()
                if endpointer.speech_seconds < LONGEST_UTTERANCE:
                    continue
                endpointer.split()
            elif mark is not Mark.ENDED:
                continue
            decided_at, decided_wall = self.now(), time.perf_counter()
            for held in quiet[:TRAILING_FRAMES]:  # a little trailing quiet helps; seconds of room tone invite guesses
                self._feed(held)
            quiet.clear()
            heard = self.ears.end()
            if not endpointer.stood_out():  # the room talking (a TV, people nearby), not someone to the device
                continue
            # wake phrases have their own stricter grammar threshold and no open pass: chatter in an idle room (wake)
            # stays unheard; answers were open vocabulary already
            talk = not request.wake and endpointer.over_talk()
            opened, domain, care, others = ((None, None, None, ()) if request.wake
                                            else self._open_pass(heard, request.phrases is not None, talk))
            if not isinstance(heard, Nothing):
                return Utterance(heard, decided_at, decided_wall, self.ears.name, self.source.speech_end(), opened,
                                 domain, care, over_talk=talk, alternatives=others)

    def close(self) -> None:
        self.renderer.close()
        if self.recorder is not None:
            self.recorder.write()


def _readings(opened: str | None, said: Speech | None) -> tuple[str | None, str | None, str | None, tuple[str, ...]]:
    """Open vocabulary's words, and the ears' domain reading, care reading and near-best hypotheses of them."""
    if said is None:
        return opened, None, None, ()
    return opened, said.alternative, said.care, said.alternatives
