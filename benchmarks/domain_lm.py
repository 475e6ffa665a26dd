"""What PocketSphinx's commands language model (voice_pacer/ears/domain_lm.py) costs: building it, and the time from
the endpoint to the understood utterance in a command state, with and without it.

Each clip (command wordings the templates make, spoken by Piper joe and the unseen voices, clean, 4 s of room before)
is heard as two states listen: the pause flow's break (a grammar, then the open pass on what the grammar rejects or on
a long utterance) and the turns flow's floor (open vocabulary, short utterances checked against the commands'
grammar); with the model, then the second reading. Timed from the endpoint decision (Utterance.endpoint_wall) to
the utterance being handed back; medians, on this shared machine.

Run: python benchmarks/domain_lm.py [--every 56] [--voices joe,kal16,hts]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.recognition import ClipSource
from benchmarks.room import LEAD, PHRASES, TAIL, VOICE
from benchmarks.speechlab import VOICES, have_voice, in_room, say
from voice_pacer.ears.choose import domain_wordings
from voice_pacer.ears.pocketsphinx_ears import PocketSphinxEars
from voice_pacer.flowfile.load import load_flow
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import InputEnded, ListenRequest, Utterance
from voice_pacer.listening import listening_for


def latencies(ears: PocketSphinxEars, clips: list[np.ndarray], request: ListenRequest) -> tuple[list[float], int]:
    """Seconds from each endpoint to its utterance, and how many utterances had a second reading."""
    seconds, readings = [], 0
    for clip in clips:
        talk = AudioConversation(ClipSource(clip), SilentSink(), VOICE, ears)
        try:
            while isinstance(heard := talk.listen(request), Utterance):
                seconds.append(time.perf_counter() - heard.endpoint_wall)
                readings += heard.domain_text is not None
        except InputEnded:
            pass
        finally:
            talk.renderer.close()
    return seconds, readings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--every", type=int, default=56, help=f"every Nth of the {len(PHRASES)} command wordings")
    parser.add_argument("--voices", default=",".join(VOICES))
    args = parser.parse_args()
    voices = [v for v in args.voices.split(",") if have_voice(v)]
    states = {"pause: on_break (grammar)": listening_for(load_flow("pause"), "on_break"),
              "turns: floor (open vocabulary)": listening_for(load_flow("turns"), "floor")}
    clips = [in_room(say(phrase, voice), "clean", seed=i, lead=LEAD, tail=TAIL)
             for voice in voices for i, phrase in enumerate(PHRASES[:: args.every])]
    with_model = PocketSphinxEars("with the commands model", wordings=domain_wordings())
    without = PocketSphinxEars("without it")
    started = time.perf_counter()
    with_model._open()
    opened = time.perf_counter()
    with_model._domain_decoder()
    print(f"{len(clips)} clips ({', '.join(voices)})")
    print(f"open decoder loaded in {opened - started:.2f} s; commands model built and loaded in "
          f"{time.perf_counter() - opened:.2f} s\n")
    print("| state | ears | endpoint to utterance, median / p90 | utterances | with a second reading | CPU in all |")
    print("|---|---|---|---|---|---|")
    for state, listening in states.items():
        request = ListenRequest(listening.phrases, 0.8, commands=listening.commands)
        for ears in (without, with_model):
            cpu = time.process_time()
            seconds, readings = latencies(ears, clips, request)
            print(f"| {state} | {ears.description} | {1000 * statistics.median(seconds):.0f} / "
                  f"{1000 * float(np.percentile(seconds, 90)):.0f} ms | {len(seconds)} | {readings} | "
                  f"{time.process_time() - cpu:.0f} s |", flush=True)


if __name__ == "__main__":
    main()
