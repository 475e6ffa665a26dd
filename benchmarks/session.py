"""Simulated sessions end to end: compute_ms (endpoint decision to the reply's first audio) and endpoint delay.

Runs the bundled check-in scenario and a turn-taking scenario a few times per voice and prints medians and the
95th percentile. Usage: python benchmarks/session.py [--runs 3] [--engine pocketsphinx]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from importlib.resources import files
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from voice_pacer.assemble import build_flow
from voice_pacer.config import load_config
from voice_pacer.eventlog import EventLog
from voice_pacer.scenario import load_scenario
from voice_pacer.simulate import simulate

TURNS = """\
flow: turns
names: {a: Dana, b: Luis}
replies:
  - - say: "I felt alone at dinner."
    - silence: 3
    - say: "I kept waiting for you to look up. That's all, I'm done."
  - say: "You felt alone at dinner, and you wanted me to look up."
  - - say: "I was tired after work and I did not notice."
    - say: "I'm done."
  - say: "You were tired and did not notice."
"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(engine: str, voice: str, runs: int) -> None:
    folder = Path(tempfile.mkdtemp())
    (folder / "turns.yaml").write_text(TURNS)
    (folder / "config.toml").write_text("")
    scenarios = [Path(str(files("voice_pacer").joinpath("data/demo_checkin.yaml"))), folder / "turns.yaml"]
    config = load_config(folder / "config.toml", {"ears.engine": engine, "voice.name": voice}, env={})
    compute, delay, audio, wall = [], [], 0.0, 0.0
    for index in range(runs):
        for scenario_path in scenarios:
            scenario = load_scenario(scenario_path)
            flow = build_flow(scenario.flow, config, None)
            log = EventLog()
            started = time.perf_counter()
            simulate(scenario, flow, config, log, scenario.names or ("A", "B"))
            if index:  # the first run warms caches (models, voices, speech); count the rest
                wall += time.perf_counter() - started
                audio += log.records[-1]["t"]
                for record in log.records:
                    if record["event"] == "heard":
                        if record.get("compute_ms") is not None:
                            compute.append(record["compute_ms"])
                        delay.append(record["endpoint_at"] - record["speech_end"])
    p95 = percentile(compute, 0.95)
    print(f"{engine:13} {voice:8} compute_ms median {statistics.median(compute):6.1f}  p95 {p95:6.1f}"
          f"  | endpoint delay median {statistics.median(delay):.2f} s  | session {audio / wall:5.1f}x realtime"
          f"  ({len(compute)} replies)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--engine", default="pocketsphinx")
    args = parser.parse_args()
    print("targets: compute_ms p95 < 150 ms with espeak, < 300 ms with piper")
    for voice in ("espeak", "piper"):
        run(args.engine, voice, max(2, args.runs))


if __name__ == "__main__":
    main()
