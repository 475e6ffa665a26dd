"""Soak: `listen` over hours of simulated room audio, faster than real time; memory, descriptors, threads, flows.

The room is quiet stretches, household chatter (in the development voice and voices never used in tuning), and now
and then a trigger phrase followed by what partners say in that flow: answers, a thinking pause, 'I need a break',
'stop'. It runs the home-device loop the `listen` command runs (listen_forever) with the real recogniser and voice
and an event log on disk without words, as the service writes it; only the microphone is replaced by the scenario.
Prints resident memory at start (after the first flow, when models and voices are loaded) and at the end, its growth
per hour of room audio (target < 5 MB/h), open file descriptors and threads at start and end (target: the same),
and flows started and ended (every started flow ends).

Usage: python benchmarks/soak.py [--hours 2.2] [--seed 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.fuzz_sessions import ANSWERS, CachedVoice, speak
from benchmarks.speechlab import BABBLE_TALK, FLITE_VOICES, have_voice
from voice_pacer.assemble import build_flow
from voice_pacer.audio.pcm import SAMPLE_RATE
from voice_pacer.config import load_config
from voice_pacer.ears.choose import make_ears
from voice_pacer.eventlog import EventLog
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.live import listen_forever
from voice_pacer.scenario import ROOM_IDLE_SECONDS, Say, ScenarioSource, Segment, Silence
from voice_pacer.voice.choose import make_voice

SAMPLE_EVERY = 300.0  # s of room audio between memory samples
TRIGGERED: dict[str, list[list[str]]] = {  # what partners say once a flow has started, one list per listening turn
    "Let's check in.": [[ANSWERS[0]], [ANSWERS[1]], [ANSWERS[2]], [ANSWERS[5]]],
    "Let's take turns.": [[ANSWERS[3], "", "That's all, I'm done."], [ANSWERS[4]],
                          ["I was tired after work.", "I'm done."], ["You were tired after work."]],
    "Time out.": [["No thanks."]],
    "Let's pause.": [["I need a break."], ["No thanks."]],
}
STOP_MIDWAY = [["I want to stop."]]


def room_script(hours: float, seed: int) -> list[list[Segment]]:
    """Replies for the room, one per listening turn, until the quiet stretches alone add up to `hours`."""
    rng = np.random.default_rng(seed)
    voices = ["joe", *(voice for voice in FLITE_VOICES if have_voice(voice))]
    replies: list[list[Segment]] = []
    quiet = 0.0
    while quiet < hours * 3600:
        episode = str(rng.choice(["quiet", "chatter", "chatter", "flow"]))
        if episode == "quiet":
            # Nobody speaks: a short silence, then the room's idle time (ten minutes of room tone) passes. Long
            # silences as replies would be big arrays the simulation allocates, which a microphone never does.
            seconds = float(rng.uniform(1, 20))
            quiet += seconds + ROOM_IDLE_SECONDS
            replies.append([Silence(silence=seconds)])
        elif episode == "chatter":
            voice = str(rng.choice(voices))
            replies.append([Say(say=f"{voice}|{rng.choice(BABBLE_TALK)}")])
        else:
            trigger = str(rng.choice(list(TRIGGERED)))
            replies.append([Say(say=f"joe|{trigger}")])
            turns = TRIGGERED[trigger]
            if rng.random() < 0.25:  # someone stops part way
                turns = turns[: int(rng.integers(0, len(turns)))] + STOP_MIDWAY
            for turn in turns:
                replies.append([Say(say=f"joe|{line}") if line else Silence(silence=3.0) for line in turn])
    return replies


def rss_mb() -> float:
    """Resident memory of this process in MB (from /proc/self/statm)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def open_fds() -> dict[str, str]:
    """Open file descriptors and what each refers to."""
    held = {}
    for fd in os.listdir("/proc/self/fd"):
        try:
            held[fd] = os.readlink(f"/proc/self/fd/{fd}")
        except FileNotFoundError:  # the descriptor listdir itself used
            continue
    return held


class SampledSource(ScenarioSource):
    """The room's audio, noting memory every SAMPLE_EVERY seconds of it."""

    def __init__(self, replies: list[list[Segment]]) -> None:
        super().__init__(replies, speak)
        self.samples: list[tuple[float, float]] = []  # (hours of room audio, MB resident)
        self._next = 0.0

    def read(self) -> np.ndarray:
        seconds = self._position / SAMPLE_RATE
        if seconds >= self._next:
            self.samples.append((seconds / 3600, rss_mb()))
            self._next = seconds + SAMPLE_EVERY
        return super().read()


class Tally:
    """Counts flows started and ended, and takes the start figures when the first flow has ended."""

    def __init__(self) -> None:
        self.started = 0
        self.ended = 0
        self.reasons: dict[str, int] = {}
        self.start_figures: dict[str, Any] | None = None
        self.clock = lambda: 0.0

    def __call__(self, record: dict[str, Any]) -> None:
        if record["event"] == "flow":
            self.started += 1
        elif record["event"] == "end":
            self.ended += 1
            self.reasons[record["reason"]] = self.reasons.get(record["reason"], 0) + 1
            if self.start_figures is None:
                self.start_figures = figures(self.clock())


def figures(session_seconds: float) -> dict[str, Any]:
    return {"hours": session_seconds / 3600, "rss": rss_mb(), "fds": open_fds(), "threads": threading.active_count(),
            "wall": time.perf_counter()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hours", type=float, default=2.2)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--engine", default="pocketsphinx")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="vp-soak-"))
    (folder / "config.toml").write_text("")
    config = load_config(folder / "config.toml", {"ears.engine": args.engine}, env={})
    flows = {name: build_flow(name, config, None) for name in set(config.triggers.values())}
    source = SampledSource(room_script(args.hours, args.seed))
    talk = AudioConversation(source, SilentSink(), CachedVoice(make_voice("espeak")),
                             make_ears(args.engine), tail=config.audio.tail)
    tally = Tally()
    tally.clock = talk.now
    log = EventLog(folder / "events.jsonl", [tally], keep=False)  # as the service writes it: no words, no pile-up
    began = time.perf_counter()
    listen_forever(config, log, ("Dana", "Luis"), lambda _: None, flows.__getitem__, talk)
    end = figures(talk.now())  # like the start: log open, voice worker alive
    log.close()
    talk.close()
    report(tally, end, source.samples, time.perf_counter() - began, folder / "events.jsonl")


def report(tally: Tally, end: dict[str, Any], samples: list[tuple[float, float]], wall: float, log: Path) -> None:
    start = tally.start_figures or end
    later = [(hours, mb) for hours, mb in samples if hours >= start["hours"]]
    slope = float(np.polyfit(*zip(*later, strict=True), 1)[0]) if len(later) >= 3 else float("nan")
    print(f"room audio {end['hours']:.2f} h in {wall / 60:.1f} min of wall clock ({end['hours'] * 3600 / wall:.0f}x "
          f"real time); event log {log.stat().st_size / 1e3:.0f} kB")
    print(f"resident memory: {start['rss']:.1f} MB at start (after the first flow, {start['hours']:.2f} h), "
          f"{end['rss']:.1f} MB at end; growth {slope:+.2f} MB/h (least squares over {len(later)} samples; "
          f"target < 5 MB/h)")
    print(f"open file descriptors {len(start['fds'])} -> {len(end['fds'])}; threads {start['threads']} -> "
          f"{end['threads']} (target: the same)")
    opened = sorted(set(end["fds"].values()) - set(start["fds"].values()))
    closed = sorted(set(start["fds"].values()) - set(end["fds"].values()))
    if opened or closed:
        print(f"  descriptors opened since the start: {opened}; closed: {closed}")
    shown = samples[:: max(1, len(samples) // 12)]
    print("  memory (h: MB): " + ", ".join(f"{hours:.2f}: {mb:.0f}" for hours, mb in shown))
    print(f"flows started {tally.started}, ended {tally.ended} (by reason {tally.reasons})")


if __name__ == "__main__":
    main()
