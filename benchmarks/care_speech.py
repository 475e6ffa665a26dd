"""Spoken disclosures and false stops: safety through PocketSphinx, without and with the care reading.

The care reading (voice_pacer/ears/care_lm.py) is a second open reading by a trigram model of the safety corpus's
sentences of every label and the command wordings, given to safety for utterances up to a length when it agrees with
open vocabulary's words. This prints, per voice group:

- disclosures (danger, self-harm) stopped: development, Piper joe on safety-corpus rows, each read by a model built
  without its own fold of the corpus (two folds), so the wording is new to the model as it would be at home; held out,
  the unseen voices (flite kal16, awb, rms, slt; festival's HTS) and joe on the held-out rows of
  benchmarks/corpus/utterances.csv and the rows of blind2.csv, read by the shipped model (rows whose text is in the
  safety corpus are left out);
- false stops on hurt, negations, stories, idioms, chatter and answers, the same way;
- false stops in the room: minutes of steady noise and of babble (five synthetic voices, benchmarks/speechlab.py) with
  no speech of interest, coming and going (per minute), and commands spoken in steady noise and babble at 15 dB;
- the CPU the care reading costs per utterance (median) and the memory its model takes.

Each clip is heard as a state of the built-in flows listens (a row said in "any" state in one of five, by its hash).
Decisions: "before" is the session's safety without the care reading; the others take it from utterances up to a
length, when a share of its content words is among open vocabulary's (the session's: voice_pacer.ears.care_lm's
CARE_SECONDS and voice_pacer.understanding's CARE_AGREEMENT, the last line).

Run: python benchmarks/care_speech.py [--part dev,held,room,memory] [--voices joe,kal16,awb,rms,slt,hts]
                                      [--per-kind 40] [--disclosures 2] [--negatives 1] [--minutes 3]
                                      [--cache FILE.json] [--show] [--blind3] [--dev-voices joe,espeak:en-us]
(--show prints the dev clips' readings; held-out rows are only ever counted.) The figures in docs/safety.md:
--part dev; --part held --voices kal16,awb,rms,slt,hts --disclosures 1; --part room --minutes 2.
--part spent: blind 4's (spent) hurt, negation, story and idiom rows and disclosures said by --dev-voices, each false
stop traced to its reading and part (--show: with what was heard, tuning voices only); docs/safety.md's figures:
--part spent --dev-voices joe,espeak:en-us --per-kind 2 --show, and once --dev-voices kal16,awb,hts --each 1
--disclosures 1 --per-kind 0.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.recognition import ClipSource
from benchmarks.room import PHRASES
from benchmarks.speechlab import DEV_VOICE, UNSEEN_VOICES, babble, have_voice, in_room, pink_noise, say
from benchmarks.understanding import ANY_STATES, listen_request
from voice_pacer.audio.pcm import SAMPLE_RATE, read_wav, room_tone
from voice_pacer.ears.care_lm import CARE_SECONDS, CareReader
from voice_pacer.ears.choose import care_reader, command_wordings
from voice_pacer.ears.pocketsphinx_ears import PocketSphinxEars
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import InputEnded, Utterance
from voice_pacer.safety import assess, pattern_concern
from voice_pacer.safety_model import confidence, load_corpus
from voice_pacer.understanding import CARE_AGREEMENT, CARE_CONFIDENCE, care_concern, care_negates, content_words
from voice_pacer.voice.choose import make_voice

CORPUS = Path(__file__).parent / "corpus"
NEGATIVE_KINDS = ("hurt", "negation", "story", "idiom", "near_miss", "ordinary")  # the safety corpus's
HARD_KINDS = ("hurt", "negation", "story", "idiom")  # the harmless rows that share disclosures' words
NEGATIVE_CATEGORIES = ("hurt", "negation", "story", "idiom", "chatter", "answer")  # the understanding corpora's
# (the longest utterance the care reading is taken from in seconds, the share of its content words open vocabulary
# must have heard too, how sure the learned model must be of a concern read in it alone, whether it may cancel a concern
# in the other readings by a negation they lack: voice_pacer.understanding.care_negates); the last is the session's
Guard = tuple[float, float, float, bool]
GUARDS: tuple[Guard, ...] = ((math.inf, 0.0, 0.0, False), (20.0, 0.0, 0.0, False), (CARE_SECONDS, 0.0, 0.0, False),
          (CARE_SECONDS, 0.25, 0.0, False), (CARE_SECONDS, 0.5, 0.0, False), (CARE_SECONDS, CARE_AGREEMENT, 0.0, False),
          (CARE_SECONDS, CARE_AGREEMENT, 0.8, False), (CARE_SECONDS, CARE_AGREEMENT, 0.95, False),
          (CARE_SECONDS, CARE_AGREEMENT, CARE_CONFIDENCE, False), (CARE_SECONDS, CARE_AGREEMENT, CARE_CONFIDENCE, True))
NOISE_LEVEL_DBFS = -30.0  # the room's noise, as benchmarks/room.py's babble minutes
ROOM_STATES = ("checkin:a_close", "pause:ask_break")  # an answer (open vocabulary) and a yes/no grammar
# The room's noise comes and goes (seconds on, off), so that the endpointer takes it for speech to the device: with
# gaps shorter than an answer's end silence (2.5 s) its utterances run long, with longer ones they are short.
ROOM_NOISES = (("steady", (3.0, 2.0)), ("babble", (3.0, 2.0)), ("babble", (4.0, 4.0)))
TUNING_VOICES = (DEV_VOICE, "espeak:en-us", "espeak:en-gb", "espeak:en")  # whose readings may be printed
VOICE = make_voice("espeak")  # the conversation needs a voice; nothing is said here


@dataclass
class Clip:
    """One utterance of a spoken row as heard: the row's label, the readings, the CPU they took."""

    label: str
    voice: str
    text: str = ""
    open_text: str = ""
    care: str = ""
    seconds: float = 0.0  # how long the utterance the care model read was
    care_cpu: float = 0.0
    cpu: float = 0.0
    confidence: float | None = None  # the recogniser's confidence in its main reading (older caches lack it)


class TimedCare(CareReader):
    """The care reading, counting the CPU it takes per utterance."""

    def __init__(self, inner: CareReader) -> None:
        self.__dict__.update(inner.__dict__)
        self.longest = math.inf  # every utterance is read; the length limits are applied here
        self.spent = 0.0

    def begin(self) -> None:
        started = time.process_time()
        super().begin()
        self.spent += time.process_time() - started

    def feed(self, data: bytes) -> None:
        started = time.process_time()
        super().feed(data)
        self.spent += time.process_time() - started

    def end(self) -> str | None:
        started = time.process_time()
        found = super().end()
        self.spent += time.process_time() - started
        return found


def key(text: str) -> str:
    return hashlib.sha1(("care speech:" + text).encode()).hexdigest()


def state_for(text: str, context: str = "any") -> str:
    return ANY_STATES[int(key(text), 16) % len(ANY_STATES)] if context == "any" else context


def heard(ears: PocketSphinxEars, care: TimedCare, pcm: np.ndarray, state: str) -> list[Clip]:
    """Every utterance the state hears in the clip, with the care reading kept whatever its length."""
    talk = AudioConversation(ClipSource(pcm), SilentSink(), VOICE, ears)
    request = listen_request(state, len(pcm) / SAMPLE_RATE + 1.0)
    found: list[Clip] = []
    try:
        while True:
            care.spent, started = 0.0, time.process_time()
            result = talk.listen(request)
            if not isinstance(result, Utterance):
                break
            found.append(Clip("", "", result.text, result.open_text or "", result.care_text or "", care.seconds,
                              care.spent, time.process_time() - started, result.confidence))
    except InputEnded:
        pass
    finally:
        talk.renderer.close()
    return found


def stops(clip: Clip, guard: Guard | None) -> str | None:
    """Safety's verdict on a clip: before (guard None), or with the care reading under a guard (GUARDS)."""
    care = clip.care if guard is not None and clip.seconds <= guard[0] else ""
    negated = guard is not None and guard[3] and care
    before = next((found for text in (clip.text, clip.open_text)
                   if text and (found := assess(text)) and not (negated and care_negates(care, text))), None)
    if before is not None or guard is None or not care:
        return before
    words = content_words(clip.care)
    shared = len(words & content_words(clip.open_text or clip.text)) / max(len(words), 1)
    if shared < guard[1]:
        return None
    return assess(clip.care) if guard[2] == 0.0 else care_concern(clip.care, guard[2])


def guard_name(guard: Guard | None) -> str:
    return "before" if guard is None else (f"care reading, up to {guard[0]:g} s, sharing >= {guard[1]:g}"
                                           + (f", the model >= {guard[2]:g} sure" if guard[2] else "")
                                           + (", cancelling by a negation" if guard[3] else ""))


class Cache:
    """What each clip was heard as, kept between runs of the benchmark when --cache is given."""

    def __init__(self, path: str) -> None:
        self.path = Path(path) if path else None
        self.data: dict[str, list[dict]] = json.loads(self.path.read_text()) if self.path and self.path.exists() else {}

    def get(self, name: str, make: Callable[[], list[Clip]]) -> list[Clip]:
        if name not in self.data:
            self.data[name] = [clip.__dict__ for clip in make()]
            if self.path:
                self.path.write_text(json.dumps(self.data))
        return [Clip(**item) for item in self.data[name]]


def spoken(ears: PocketSphinxEars, care: TimedCare, cache: Cache, rows: Iterable[tuple[str, str, str]],
           voices: list[str], noise: str = "clean", tag: str = "", each: int = 0) -> list[Clip]:
    """(text, label, state) rows said by each voice (or by `each` of them, taken in turn from the row's hash); every
    utterance heard in a row's clip counts (a row is stopped if any of its utterances is)."""
    clips = []
    for index, (text, label, state) in enumerate(rows):
        first = int(key(text), 16) % len(voices)
        for voice in (voices[(first + n) % len(voices)] for n in range(each)) if each else voices:
            def make(text: str = text, voice: str = voice, index: int = index, state: str = state) -> list[Clip]:
                # the state's end-of-answer silence must pass before the clip ends, or nothing is heard (answers)
                tail = max(1.5, listen_request(state, 0.0).end_silence + 0.6)
                pcm = in_room(render(text, voice), noise, 15.0, seed=index, tail=tail)
                return heard(ears, care, pcm, state)
            for part in cache.get(f"{tag}|{voice}|{noise}|{state}|{text}", make) or [Clip("", "")]:
                part.label, part.voice = label, voice
                clips.append(part)
            clips[-1].voice = voice + "#end"  # marks the last utterance of a row
    return clips


def by_row(clips: list[Clip]) -> list[list[Clip]]:
    rows, current = [], []
    for clip in clips:
        current.append(clip)
        if clip.voice.endswith("#end"):
            rows.append(current)
            current = []
    return rows


def report(title: str, clips: list[Clip]) -> None:
    """Rows stopped for their own concern, and false stops on the others, before and with each length limit."""
    rows = by_row(clips)
    print(f"\n{title}")
    print("| decision | danger stopped | self-harm stopped | false stops (any row of no concern) |")
    print("|---|---|---|---|")
    for guard in [None, *GUARDS]:
        name = guard_name(guard)
        cells = []
        for label in ("danger", "self_harm"):
            mine = [row for row in rows if row[0].label == label]
            hit = sum(any(stops(c, guard) is not None for c in row) for row in mine)
            cells.append(f"{hit} of {len(mine)} ({100 * hit / max(len(mine), 1):.0f}%)")
        others = [row for row in rows if row[0].label == "none"]
        false = sum(any(stops(c, guard) is not None for c in row) for row in others)
        cells.append(f"{false} of {len(others)} ({100 * false / max(len(others), 1):.1f}%)")
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


def ordered(items: Iterable, text: Callable) -> list:
    return sorted(items, key=lambda item: key(text(item)))


def dev_rows(per_kind: int, hard: int = 0) -> list[tuple[list[tuple[str, str, str]], list[str]]]:
    """Two folds of the safety corpus: the rows spoken from each, and the corpus texts its model is built from; `hard`
    rows of each of HARD_KINDS a fold instead of the usual mix when given."""
    examples = load_corpus()
    folds = [[e for e in examples if int(key("fold " + e.text), 16) % 2 == fold] for fold in (0, 1)]
    chosen = []
    for fold in (0, 1):
        rows = []
        for kind in HARD_KINDS if hard else ("danger", "self_harm", *NEGATIVE_KINDS):
            of_kind = ordered([e for e in folds[fold] if e.kind == kind], lambda e: e.text)
            share = hard or (per_kind // 2 if kind in ("danger", "self_harm") else max(per_kind // 8, 1))
            rows += [(e.text, e.label, state_for(e.text)) for e in of_kind[:share]]
        chosen.append((rows, [e.text for e in folds[1 - fold]]))
    return chosen


def held_rows(blind3: bool = False) -> list[tuple[str, str, str]]:
    """Held-out rows of the understanding corpus and blind2's rows not in the safety corpus, and (blind3) every row
    of blind3.csv, spent and trained on since: disclosures and rows of no concern."""
    known = {e.text.lower() for e in load_corpus()}
    rows = []
    for name, part in (("utterances.csv", "held_out"), ("blind2.csv", "blind2"), ("blind3.csv", "blind3")):
        if part == "blind3" and not blind3:
            continue
        with (CORPUS / name).open(newline="") as file:
            for row in csv.DictReader(file):
                wanted = row["safety"] != "none" or row["category"] in NEGATIVE_CATEGORIES
                if row["split"] == part and wanted and (part == "blind3" or row["text"].lower() not in known):
                    rows.append((row["text"], row["safety"], state_for(row["text"], row["context"])))
    return rows


def spent_rows() -> list[tuple[str, str, str]]:
    """Blind 4's rows (spent) of the hard kinds, and its disclosures."""
    with (CORPUS / "blind4.csv").open(newline="") as file:
        return [(row["text"], row["safety"], state_for(row["text"], row["context"])) for row in csv.DictReader(file)
                if row["safety"] != "none" or row["category"] in HARD_KINDS]


def why(clip: Clip) -> str:
    """Which reading stopped a clip under the session's decision, and which part of safety: pattern, or model."""
    for name, text in (("grammar", clip.text), ("open", clip.open_text)):
        if text and (found := assess(text)) is not None:
            part = "pattern" if pattern_concern(text) == found else "model"
            return f"{name} {part} {found} p={confidence(text, found):.2f}"
    found = stops(clip, GUARDS[-1])
    part = "pattern" if pattern_concern(clip.care) == found else "model"
    return f"care {part} {found} p={confidence(clip.care, found):.2f}"


def run_spent(ears: PocketSphinxEars, cache: Cache, voices: list[str], per_kind: int, show: bool, each: int,
              disclosures: int) -> None:
    """Blind 4's hard rows said by `each` of the voices (0: all) and its disclosures by `disclosures` of them (0: none),
    read by a care model built without them, and per_kind of the safety corpus's hard rows a fold, read by one built
    without their fold; every false stop is traced to its reading and part, and (show, tuning voices only) printed with
    what was heard."""
    rows = spent_rows()
    spent = {text.lower() for text, _, _ in rows}
    care = ears.care = TimedCare(care_reader([e.text for e in load_corpus() if e.text.lower() not in spent]))
    clips = spoken(ears, care, cache, [r for r in rows if r[1] == "none"], voices, tag="spent", each=each)
    if disclosures:
        clips += spoken(ears, care, cache, [r for r in rows if r[1] != "none"], voices, tag="spent", each=disclosures)
    for fold, (rows, texts) in enumerate(dev_rows(0, per_kind) if per_kind else ()):
        care = ears.care = TimedCare(care_reader(texts))
        clips += spoken(ears, care, cache, rows, voices, tag=f"dev{fold}")
    report(f"blind 4 (spent) and the safety corpus's hurt, negation, story and idiom rows: {', '.join(voices)}", clips)
    for row in by_row(clips):
        for c in row:
            if c.label == "none" and stops(c, GUARDS[-1]) is not None:
                words = f" | {c.text} | {c.open_text} | {c.care}" if show and set(voices) <= set(TUNING_VOICES) else ""
                print(f"  false stop: {c.voice.removesuffix('#end')} conf={c.confidence} {why(c)}{words}")


def render(text: str, voice: str) -> np.ndarray:
    """A test voice's PCM (benchmarks/speechlab.py), or an espeak-ng voice's ("espeak:en-us"; for tuning only)."""
    if not voice.startswith("espeak:"):
        return say(text, voice)
    with tempfile.NamedTemporaryFile(suffix=".wav") as wav:
        subprocess.run(["espeak-ng", "-v", voice.removeprefix("espeak:"), "-s", "150", "-w", wav.name, text],
                       check=True, capture_output=True)
        return read_wav(Path(wav.name))


def run_dev(ears: PocketSphinxEars, cache: Cache, per_kind: int, show: bool, voices: list[str]) -> None:
    clips = []
    for fold, (rows, texts) in enumerate(dev_rows(per_kind)):
        care = ears.care = TimedCare(care_reader(texts))
        clips += spoken(ears, care, cache, rows, voices, tag=f"dev{fold}")
    report(f"development: {', '.join(voices)}, safety-corpus rows, each read by a model without its fold", clips)
    if show:
        for row in by_row(clips):
            for c in row:
                print(f"  {c.label:9s} {stops(c, None)!s:9s} {stops(c, GUARDS[-1])!s:9s} "
                      f"{c.seconds:.1f} s | {c.text} | {c.open_text} | {c.care}")
    cpu_figures("development", clips)


def run_held(ears: PocketSphinxEars, cache: Cache, voices: list[str], disclosures: int, negatives: int,
             blind3: bool) -> None:
    care = ears.care = TimedCare(care_reader())
    rows = held_rows(blind3)
    counts = defaultdict(int)
    for _, label, _ in rows:
        counts[label] += 1
    print(f"\nheld out: {dict(counts)} rows (held-out part of the corpus and blind 2, none in the safety corpus"
          + ("; and blind 3, trained on)" if blind3 else ")"))
    for group, each in (([v for v in voices if v != DEV_VOICE], disclosures), ([DEV_VOICE], 0)):
        group = [v for v in group if v in voices]
        if group:
            clips = spoken(ears, care, cache, [r for r in rows if r[1] != "none"], group, tag="held", each=each)
            clips += spoken(ears, care, cache, [r for r in rows if r[1] == "none"][::negatives], group, tag="held",
                            each=1)
            report(f"held out, {', '.join(group)}, clean", clips)
            cpu_figures("held out", clips)


def run_room(ears: PocketSphinxEars, cache: Cache, voices: list[str], minutes: float) -> None:
    care = ears.care = TimedCare(care_reader())
    commands = [(phrase, "none", state) for i, phrase in enumerate(PHRASES[::40])
                for state in (ROOM_STATES[i % 2],)]
    for noise in ("steady", "babble"):
        clips = spoken(ears, care, cache, commands, voices, noise=noise, tag="room", each=1)
        report(f"commands in {noise} noise at 15 dB ({len(commands)} wordings, {', '.join(voices)})", clips)
    for noise, (on, off) in ROOM_NOISES:
        make = pink_noise if noise == "steady" else babble
        level = 32768 * 10 ** (NOISE_LEVEL_DBFS / 20)
        gate = np.arange(round(minutes * 60 * SAMPLE_RATE)) / SAMPLE_RATE % (on + off) < on
        pcm = make(minutes * 60, seed=5) * gate * level + room_tone(minutes * 60, -60, seed=5)
        pcm = np.clip(pcm, -32768, 32767).astype(np.int16)
        for state in ROOM_STATES:
            name = f"room|{noise}|{on:g}/{off:g}|{state}|{minutes}"
            clips = cache.get(name, lambda state=state, pcm=pcm: heard(ears, care, pcm, state))
            print(f"\n{minutes:g} min of {noise} at {NOISE_LEVEL_DBFS:.0f} dBFS ({on:g} s on, {off:g} s off), {state}: "
                  f"{len(clips)} utterances, {sum(c.seconds for c in clips) / max(len(clips), 1):.1f} s on average")
            for guard in [None, *GUARDS]:
                name = guard_name(guard)
                false = sum(stops(c, guard) is not None for c in clips)
                print(f"  {name}: {false} stops ({false / minutes:.2f} a minute)", flush=True)


def cpu_figures(title: str, clips: list[Clip]) -> None:
    care = [c.care_cpu for c in clips if c.care_cpu]
    total = [c.cpu for c in clips if c.cpu]
    if care and total:
        print(f"  CPU per utterance ({title}): care reading {1000 * statistics.median(care):.0f} ms median, "
              f"the whole hearing {1000 * statistics.median(total):.0f} ms median (n = {len(care)})")


def memory() -> None:
    """Memory the care model takes: resident set size before and after building it beside the other decoders."""
    def rss() -> float:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return float(line.split()[1]) / 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    ears = PocketSphinxEars("memory", wordings=command_wordings())
    ears.begin(None)
    ears.feed(np.zeros(1600, np.int16))
    ears.end()
    before, started, cpu = rss(), time.perf_counter(), time.process_time()
    reader = care_reader()
    reader.begin()
    reader.end()  # waits for the model
    print(f"\nmemory: {before:.0f} MB resident with the open and commands decoders; the care model adds "
          f"{rss() - before:.0f} MB and took {time.perf_counter() - started:.1f} s "
          f"({time.process_time() - cpu:.1f} s of CPU) to build and load")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", default="dev,held,room")
    parser.add_argument("--voices", default=",".join((DEV_VOICE, *UNSEEN_VOICES)))
    parser.add_argument("--per-kind", type=int, default=40, help="dev: disclosures of each kind spoken per fold x 2")
    parser.add_argument("--disclosures", type=int, default=2, help="held, spent: voices saying each disclosure")
    parser.add_argument("--negatives", type=int, default=1, help="held: every Nth row of no concern, one voice each")
    parser.add_argument("--minutes", type=float, default=3.0, help="room: minutes of each noise")
    parser.add_argument("--cache", default="", help="keep what each clip was heard as in this JSON file")
    parser.add_argument("--show", action="store_true", help="dev: print each clip's readings")
    parser.add_argument("--dev-voices", default=DEV_VOICE, help="dev: voices to tune on (joe, espeak:en-us, ...)")
    parser.add_argument("--each", type=int, default=0, help="spent: voices saying each hard row (0: every voice)")
    parser.add_argument("--blind3", action="store_true", help="held: also blind3.csv's rows (spent, trained on)")
    args = parser.parse_args()
    voices = [v for v in args.voices.split(",") if have_voice(v)]
    parts = args.part.split(",")
    cache = Cache(args.cache)
    ears = PocketSphinxEars("PocketSphinx with the care reading", wordings=command_wordings())
    if "memory" in parts or "room" in parts:
        memory()
    if "dev" in parts:
        run_dev(ears, cache, args.per_kind, args.show, args.dev_voices.split(","))
    if "spent" in parts:
        run_spent(ears, cache, args.dev_voices.split(","), args.per_kind, args.show, args.each, args.disclosures)
    if "held" in parts:
        run_held(ears, cache, voices, args.disclosures, args.negatives, args.blind3)
    if "room" in parts:
        run_room(ears, cache, voices, args.minutes)


if __name__ == "__main__":
    main()
