"""What the front end and the endpointer cost per audio second, in a quiet room, with talk in the room, and with a fan.

Each room is 60 s at -35 dBFS (the quiet room: room tone at -60 dBFS), fed 30 ms at a time as AudioConversation feeds
them (the frame before suppression goes to the endpointer too); CPU seconds per audio second, median of three runs.

Run: python benchmarks/frontend_cost.py [--seconds 60]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.speechlab import babble, pink_noise
from voice_pacer.audio.pcm import FRAME_SAMPLES, room_tone
from voice_pacer.hearing.endpoint import Endpointer
from voice_pacer.hearing.frontend import FrontEnd


def at_level(noise: np.ndarray, dbfs: float) -> np.ndarray:
    """The noise scaled to an RMS of dbfs, as 16-bit samples."""
    scaled = noise / np.sqrt(np.mean(noise**2)) * 32768 * 10 ** (dbfs / 20)
    return np.clip(scaled, -32768, 32767).astype(np.int16)


def cost(pcm: np.ndarray) -> tuple[float, bool]:
    """CPU seconds per audio second of the front end and the endpointer, and whether suppression was on at the end."""
    front, endpointer = FrontEnd("auto"), Endpointer()
    started = time.process_time()
    for at in range(0, len(pcm) - FRAME_SAMPLES + 1, FRAME_SAMPLES):
        raw = pcm[at : at + FRAME_SAMPLES]
        endpointer.push(front.process(raw), raw)
    return (time.process_time() - started) / (len(pcm) / 16000), front.active


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0)
    seconds = parser.parse_args().seconds
    rooms = {"quiet room": room_tone(seconds, -60, seed=1).astype(np.int16),
             "talk in the room (five-voice babble)": at_level(babble(seconds, seed=2), -35),
             "a fan (pink noise)": at_level(pink_noise(seconds, seed=2), -35)}
    print("| room | CPU-s per audio second | suppression on |")
    print("|---|---|---|")
    for name, pcm in rooms.items():
        runs = [cost(pcm) for _ in range(3)]
        print(f"| {name} | {statistics.median(r[0] for r in runs):.4f} | {runs[-1][1]} |", flush=True)


if __name__ == "__main__":
    main()
