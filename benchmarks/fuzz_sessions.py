"""Fuzz: random simulated sessions with the real recogniser and voice; prints crashes, hangs and broken endings.

Each session is a random built-in flow (or `listen` mode) with random replies: commands, chatter and answers in the
development voice and in voices never used in tuning, silence, noise bursts, clipped speech, speech on a DC offset,
and WAVs at odd rates, channel counts and bit depths. A session is a hang when its session time passes the longest
its flow could take with those replies, or when it runs too long on the wall clock. A seeded generator makes every
run repeatable; the test suite runs a small sample of it. One recogniser and one voice serve every session.

Usage: python benchmarks/fuzz_sessions.py [--sessions 1000] [--seed 11] [--engine pocketsphinx]
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import soundfile
import soxr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.speechlab import BABBLE_TALK, FLITE_VOICES, have_voice, pink_noise, say
from voice_pacer.assemble import build_flow
from voice_pacer.audio.pcm import SAMPLE_RATE, write_wav
from voice_pacer.breathing import PATTERNS
from voice_pacer.config import Config, load_config
from voice_pacer.ears.choose import make_ears
from voice_pacer.errors import UserError
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.check import DEFAULT_LIMIT, CompiledFlow
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.live import listen_forever
from voice_pacer.scenario import ROOM_IDLE_SECONDS, Say, ScenarioSource, Segment, Silence, Wav
from voice_pacer.session import Session
from voice_pacer.voice.choose import make_voice

FLOWS = ("pause", "turns", "checkin", "listen")
COMMANDS = (
    "Stop.", "Let's stop.", "I want to stop.", "Say that again.", "Repeat that.", "I need a break.", "Time out.",
    "Help.", "What can I say?", "Yes.", "Okay.", "No thanks.", "Not now.", "I'm ready.", "Let's go.", "I'm done.",
    "That's all.", "Wait.", "Hold on.", "Can I say something?", "That's not true.", "I feel unsafe.",
)  # fmt: skip
ANSWERS = (
    "When you made me tea this morning.", "When you were on your phone at dinner.", "You held my hand on the walk.",
    "I felt alone at dinner.", "You felt alone and you wanted me to look up.", "Nothing really, it was a good day.",
)  # fmt: skip
TRIGGERS = ("Let's pause.", "Time out.", "Let's check in.", "Let's take turns.")
BETWEEN_LISTENS = 240.0  # s: an upper bound on prompts, breathing and an interlude between two listening turns
WALL_LIMIT = 900  # s of wall clock before a session counts as a hang (they take seconds; a shared machine may be slow)


class Hang(Exception):
    """The session ran past the longest it could take."""


@dataclass
class Case:
    """One random session: what runs, with which settings and replies, and the longest it may take."""

    index: int
    flow: str
    settings: dict[str, Any]
    replies: list[list[Segment]]
    described: list[str]
    bound: float = 0.0


@dataclass
class Outcome:
    """What became of one case."""

    case: Case
    kind: str  # ok, crash, user_error, hang, ends
    detail: str = ""
    session_seconds: float = 0.0
    wall: float = 0.0


@dataclass
class Material:
    """The pool random replies are drawn from: texts with the voices to say them, and odd WAV files."""

    texts: list[str]
    voices: list[str]
    wavs: dict[str, list[Path]] = field(default_factory=dict)


def make_material(folder: Path, seed: int) -> Material:
    """Render the speech once and write the odd WAVs (noise bursts, clipping, DC offset, odd formats)."""
    rng = np.random.default_rng(seed)
    texts = [*COMMANDS, *BABBLE_TALK[:8], *ANSWERS, *TRIGGERS]
    voices = ["joe", *(voice for voice in FLITE_VOICES if have_voice(voice))]
    samples = [say(str(rng.choice(texts)), str(rng.choice(voices))) for _ in range(12)]
    wavs: dict[str, list[Path]] = {"noise": [], "clipped": [], "dc": [], "odd format": []}
    for index in range(6):
        seconds = float(rng.uniform(0.2, 3.0))
        level = 10 ** (float(rng.uniform(-30, -3)) / 20) * 32767
        noise = pink_noise(seconds, seed + index) if index % 2 else rng.standard_normal(int(seconds * SAMPLE_RATE))
        wavs["noise"].append(_write(folder / f"noise{index}.wav", noise * level / 3))
        speech = samples[index].astype(np.float64)
        wavs["clipped"].append(_write(folder / f"clipped{index}.wav", speech * float(rng.uniform(4, 20))))
        offset = float(rng.choice([-1, 1]) * rng.uniform(2e3, 12e3))
        wavs["dc"].append(_write(folder / f"dc{index}.wav", speech + offset))
    for index, (rate, channels, subtype) in enumerate([(8000, 1, "PCM_U8"), (11025, 2, "PCM_16"),
                                                       (22050, 1, "FLOAT"), (44100, 2, "PCM_24"),
                                                       (48000, 6, "PCM_16"), (96000, 6, "PCM_24"),
                                                       (32000, 3, "PCM_32"), (16000, 1, "PCM_U8")]):  # fmt: skip
        speech = samples[6 + index % 6].astype(np.float32) / 32768
        resampled = soxr.resample(speech, SAMPLE_RATE, rate) if rate != SAMPLE_RATE else speech
        path = folder / f"odd{index}-{rate}-{channels}ch-{subtype}.wav"
        soundfile.write(path, np.repeat(resampled[:, None], channels, axis=1), rate, subtype=subtype)
        wavs["odd format"].append(path)
    return Material(texts, voices, wavs)


def _write(path: Path, audio: np.ndarray) -> Path:
    write_wav(path, np.clip(audio, -32768, 32767).astype(np.int16))
    return path


def random_case(rng: np.random.Generator, material: Material, index: int) -> Case:
    """A random flow with random settings and 0-12 random replies of 1-3 segments each."""
    flow = str(rng.choice(FLOWS))
    settings: dict[str, Any] = {}
    if flow == "pause":
        settings = {"cycles": int(rng.integers(1, 5))}
    elif flow == "turns":
        settings = {"rounds": int(rng.integers(1, 3))}
    replies: list[list[Segment]] = []
    described: list[str] = []
    for _ in range(int(rng.integers(0, 13))):
        segments = [_random_segment(rng, material, described) for _ in range(int(rng.integers(1, 4)))]
        replies.append(segments)
    return Case(index, flow, settings, replies, described)


def _random_segment(rng: np.random.Generator, material: Material, described: list[str]) -> Segment:
    kind = str(rng.choice(["say", "say", "say", "silence", "noise", "clipped", "dc", "odd format"]))
    if kind == "say":
        text, voice = str(rng.choice(material.texts)), str(rng.choice(material.voices))
        described.append(f"{voice}: {text!r}")
        return Say(say=f"{voice}|{text}")
    if kind == "silence":
        seconds = round(float(rng.choice([rng.uniform(0.3, 3), rng.uniform(3, 30)])), 2)
        described.append(f"silence {seconds}")
        return Silence(silence=seconds)
    path = Path(str(rng.choice(material.wavs[kind])))
    described.append(f"{kind} {path.name}")
    return Wav(wav=path)


def speak(tagged: str) -> np.ndarray:
    """A reply's audio: 'voice|text' in that test voice (rendered once, then cached)."""
    voice, _, text = tagged.partition("|")
    return _cached_say(text, voice)


@lru_cache(maxsize=512)
def _cached_say(text: str, voice: str) -> np.ndarray:
    return say(text, voice)


def longest(flow: CompiledFlow | None, flows: dict[str, CompiledFlow], replies: list[list[Segment]]) -> float:
    """The most session time a run can take: each listening turn takes at most one reply and its state's limit,
    with at most BETWEEN_LISTENS of prompts and breathing before the next; listen mode adds the room's idle time."""
    candidates = [flow] if flow is not None else list(flows.values())
    limit = max(_longest_listen(f) for f in candidates)
    if flow is None:
        limit += ROOM_IDLE_SECONDS
    reply_seconds = sum(_seconds(segment) for reply in replies for segment in reply)
    breathing = max(_breathing(f) for f in candidates)
    return (len(replies) + 2) * (limit + BETWEEN_LISTENS) + reply_seconds + breathing


def _longest_listen(flow: CompiledFlow) -> float:
    limits = [float(flow.value(s.listen.limit) or DEFAULT_LIMIT) for s in flow.flow.states.values() if s.listen]
    return max(limits, default=0.0)


def _breathing(flow: CompiledFlow) -> float:
    total = 0.0
    for state in flow.flow.states.values():
        if state.breathe is not None:
            pattern = str(flow.value(state.breathe.pattern))
            total += sum(seconds for _, seconds in PATTERNS[pattern]) * int(flow.value(state.breathe.cycles)) + 60
    return total


def _seconds(segment: Segment) -> float:
    if isinstance(segment, Silence):
        return segment.silence
    if isinstance(segment, Wav):
        return soundfile.info(str(segment.wav)).duration
    return 10.0  # a spoken line in the pool is a few seconds at most


class WatchedSource(ScenarioSource):
    """The scenario's audio, stopping the session with Hang once session time passes its bound."""

    def __init__(self, replies: list[list[Segment]], bound: float) -> None:
        super().__init__(replies, speak)
        self.bound_samples = int(bound * SAMPLE_RATE)

    def read(self) -> np.ndarray:
        if self._position > self.bound_samples:
            raise Hang(f"session time passed {self.bound_samples / SAMPLE_RATE:.0f} s")
        return super().read()


class CachedVoice:
    """One voice for every session, each prompt rendered once."""

    def __init__(self, voice: Any) -> None:
        self.voice = voice
        self.name = voice.name

    @lru_cache(maxsize=1024)  # noqa: B019 - one instance lives as long as the run
    def render(self, text: str) -> np.ndarray:
        return self.voice.render(text)


def _on_alarm(*_: object) -> None:
    raise Hang(f"more than {WALL_LIMIT} s of wall clock")


class Fuzzer:
    """Runs cases one after another with one recogniser, one voice and the built-in flows loaded once."""

    def __init__(self, engine: str = "pocketsphinx", voice: str = "espeak") -> None:
        folder = Path(tempfile.mkdtemp(prefix="vp-fuzz-"))
        (folder / "config.toml").write_text("")
        self.config: Config = load_config(folder / "config.toml", {"ears.engine": engine, "voice.name": voice},
                                          env={})
        self.ears = make_ears(engine)
        self.voice = CachedVoice(make_voice(voice))
        self.flows = {name: build_flow(name, self.config, None) for name in set(self.config.triggers.values())}

    def run(self, case: Case) -> Outcome:
        """Run one case and classify what happened."""
        flow = None if case.flow == "listen" else build_flow(
            case.flow, self.config, [f"{k}={v}" for k, v in case.settings.items()])
        case.bound = longest(flow, self.flows, case.replies)
        source = WatchedSource(case.replies, case.bound)
        talk = AudioConversation(source, SilentSink(), self.voice, self.ears, tail=self.config.audio.tail)
        log = EventLog()
        started = time.perf_counter()
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.alarm(WALL_LIMIT)
        try:
            if flow is None:
                listen_forever(self.config, log, ("Dana", "Luis"), lambda _: None, self.flows.__getitem__, talk)
            else:
                Session(flow, talk, log, ("Dana", "Luis"), (self.config.breathing.pattern, 2)).run()
            kind, detail = _check_ends(case, log.records)
        except Hang as hang:
            kind, detail = "hang", str(hang)
        except UserError as error:
            kind, detail = "user_error", str(error)
        except Exception:  # a fuzzer counts every crash
            kind, detail = "crash", traceback.format_exc(limit=-4)
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
            talk.close()
        return Outcome(case, kind, detail, talk.now(), time.perf_counter() - started)


def _check_ends(case: Case, records: list[dict[str, Any]]) -> tuple[str, str]:
    ends = sum(r["event"] == "end" for r in records)
    expected = sum(r["event"] == "flow" for r in records) if case.flow == "listen" else 1
    if ends != expected:
        return "ends", f"{ends} 'end' events, expected {expected}"
    return "ok", ""


def cases(seed: int, count: int, material: Material) -> list[Case]:
    """The seeded sequence of cases (the same seed gives the same sessions)."""
    rng = np.random.default_rng(seed)
    return [random_case(rng, material, index) for index in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--engine", default="pocketsphinx")
    args = parser.parse_args()
    started = time.perf_counter()
    material = make_material(Path(tempfile.mkdtemp(prefix="vp-fuzz-wavs-")), args.seed)
    fuzzer = Fuzzer(args.engine)
    prepared = time.perf_counter() - started
    outcomes: list[Outcome] = []
    for case in cases(args.seed, args.sessions, material):
        outcome = fuzzer.run(case)
        outcomes.append(outcome)
        if outcome.kind != "ok":
            print(f"session {case.index} ({case.flow}, {case.settings}): {outcome.kind}: {outcome.detail.strip()}"
                  f"\n  replies: {'; '.join(case.described)}", flush=True)
        if (case.index + 1) % 100 == 0:
            kinds = Counter(o.kind for o in outcomes)
            print(f"... {case.index + 1} sessions: {dict(kinds)}; {time.perf_counter() - started:.0f} s", flush=True)
    report(outcomes, prepared, args)


def report(outcomes: list[Outcome], prepared: float, args: argparse.Namespace) -> None:
    kinds = Counter(outcome.kind for outcome in outcomes)
    audio = sum(outcome.session_seconds for outcome in outcomes)
    wall = sum(outcome.wall for outcome in outcomes)
    walls = sorted(outcome.wall for outcome in outcomes)
    print(f"\n{len(outcomes)} sessions (seed {args.seed}, {args.engine}): "
          f"by flow {dict(Counter(o.case.flow for o in outcomes))}")
    print(f"crashes {kinds['crash']} (target 0), one-line errors {kinds['user_error']}, hangs {kinds['hang']} "
          f"(target 0), sessions without exactly one end {kinds['ends']} (target 0), ok {kinds['ok']}")
    print(f"session audio {audio / 3600:.1f} h in {wall / 60:.1f} min ({audio / max(wall, 1e-9):.0f}x real time); "
          f"per session median {walls[len(walls) // 2]:.2f} s, max {walls[-1]:.1f} s; setup {prepared:.0f} s")


if __name__ == "__main__":
    main()
