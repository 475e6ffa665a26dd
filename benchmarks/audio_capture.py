"""CPU cost of live capture: the microphone reading PulseAudio's room monitor at 16 kHz, and at 48 kHz with resampling.

Starts its own private PulseAudio server (tests/pulse.py), plays quiet noise into the "room" sink and reads
30 ms frames for --seconds of audio per case. Prints CPU seconds per audio second for this process (PortAudio's
callback thread included) and for the server, plus overflows. Run: python benchmarks/audio_capture.py
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soxr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script: the tests package has the harness

from tests.pulse import PulseServer, private_server
from voice_pacer.audio.microphone import Microphone
from voice_pacer.audio.pcm import FRAME_SECONDS, room_tone


@dataclass(frozen=True)
class Result:
    """One capture run's figures."""

    case: str
    audio_seconds: float
    wall_seconds: float
    cpu_seconds: float
    server_cpu_seconds: float
    overflows: int


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _process_cpu(pid: int | None) -> float:
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def capture(server: PulseServer, case: str, rate: int | None, seconds: float) -> Result:
    """Read seconds of audio from the room monitor (the sink at rate, or its default) while noise plays into it."""
    server.load("room", rate=rate)
    player = server.play("room", room_tone(seconds + 10, level_dbfs=-30))
    frames = round(seconds / FRAME_SECONDS)
    try:
        with Microphone("pulse", rate=rate) as mic:
            mic.wait_for_audio()
            mic.flush()
            cpu, server_cpu, wall = _own_cpu(), _process_cpu(server.pid), time.monotonic()
            for _ in range(frames):
                mic.read()
            cpu, server_cpu = _own_cpu() - cpu, _process_cpu(server.pid) - server_cpu
            wall = time.monotonic() - wall
            overflows = mic.overflows
    finally:
        player.terminate()
        player.wait()
    return Result(case, frames * FRAME_SECONDS, wall, cpu, server_cpu, overflows)


def resample_only(seconds: float) -> float:
    """CPU seconds per audio second of the soxr stream alone, 48 kHz to 16 kHz in 10 ms blocks."""
    block = np.random.default_rng(0).integers(-3000, 3000, 480, dtype=np.int16)
    stream = soxr.ResampleStream(48_000, 16_000, 1, dtype="int16")
    blocks = round(seconds * 100)
    start = time.process_time()
    for _ in range(blocks):
        stream.resample_chunk(block)
    return (time.process_time() - start) / seconds


def main() -> None:
    """Run both cases and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="audio seconds to capture per case")
    args = parser.parse_args()

    with private_server() as server:
        results = [
            capture(server, "16 kHz, no resampling", None, args.seconds),
            capture(server, "48 kHz, soxr to 16 kHz", 48_000, args.seconds),
        ]
    header = ("case", "audio s", "wall s", "cpu s/audio s", "server cpu s/audio s", "overflows")
    print(f"{header[0]:26} {header[1]:>8} {header[2]:>7} {header[3]:>14} {header[4]:>21} {header[5]:>9}")
    for r in results:
        print(
            f"{r.case:26} {r.audio_seconds:8.1f} {r.wall_seconds:7.1f} {r.cpu_seconds / r.audio_seconds:14.4f}"
            f" {r.server_cpu_seconds / r.audio_seconds:21.4f} {r.overflows:9d}"
        )
    print(f"soxr stream alone, 48 -> 16 kHz: {resample_only(args.seconds):.5f} cpu s/audio s")


if __name__ == "__main__":
    main()
