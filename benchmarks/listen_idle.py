"""`listen` on a long stretch of room tone with occasional chatter and a few trigger phrases.

Prints CPU seconds per audio second, peak memory, trigger detection rate and false triggers per hour of
chatter, per engine. Usage: python benchmarks/listen_idle.py [--minutes 10] [--engine pocketsphinx]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from voice_pacer.audio.pcm import write_wav
from voice_pacer.config import DEFAULT_TRIGGERS
from voice_pacer.ears.choose import make_ears
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import InputEnded
from voice_pacer.intents import normalise
from voice_pacer.live import trigger_specs, wait_for_trigger
from voice_pacer.scenario import ScenarioSource, Silence, Wav
from voice_pacer.voice.choose import make_voice

CHATTER = [
    "Did you remember to buy milk?", "The heating is on again.", "What time is your train tomorrow?",
    "I think the cat wants to go out.", "Can you pass me the charger?", "We should call your mother this weekend.",
    "The neighbours are having a party.", "I left my keys in the car.", "Is there any pasta left?",
    "That film was better than I expected.", "It is raining again.", "Shall we walk to the market on Saturday?",
    "I need to finish this email first.", "Where did you put the scissors?", "The kettle is broken.",
    "Let me check the weather.", "My back hurts a little today.", "We are out of coffee.",
    "Turn the music down a bit.", "I paused the show for you.", "Time to take out the bins.",
    "Check the oven in five minutes.", "He takes the bus to work.", "Let us eat at seven.",
]
CACHE = Path(__file__).resolve().parents[1] / "tests" / ".speech-cache" / "listen-bench"
TRIGGER_LINES = ["Let's pause.", "Okay, time out.", "Let's check in.", "Can we, let's take turns."]


def render(folder: Path) -> None:
    """Synthesise every line to a WAV (run in a child process, so Piper's memory is not counted)."""
    from voice_pacer.simulate import partner_speech

    folder.mkdir(parents=True, exist_ok=True)
    for index, line in enumerate(CHATTER + TRIGGER_LINES):
        if not (folder / f"{index}.wav").exists():
            write_wav(folder / f"{index}.wav", partner_speech(line))


def timeline(minutes: float, gap: float, folder: Path) -> tuple[list[list[Wav | Silence]], list[bool]]:
    """Replies alternating room tone and speech; every fifth utterance is a trigger."""
    replies: list[list[Wav | Silence]] = []
    is_trigger: list[bool] = []
    elapsed = 0.0
    while elapsed < minutes * 60:
        trigger = len(replies) % 5 == 4
        count = len(replies) // 5
        index = len(CHATTER) + count % len(TRIGGER_LINES) if trigger else (len(replies) - count) % len(CHATTER)
        replies.append([Silence(silence=gap), Wav(wav=folder / f"{index}.wav")])
        is_trigger.append(trigger)
        elapsed += gap + 2.0
    return replies, is_trigger


def run(engine: str, minutes: float, gap: float, verbose: bool = False) -> None:
    folder = CACHE
    subprocess.run([sys.executable, __file__, "--render"], check=True)
    replies, is_trigger = timeline(minutes, gap, folder)
    ears = make_ears(engine)
    source = ScenarioSource(replies, lambda text: np.zeros(0, np.int16))
    talk = AudioConversation(source, SilentSink(), make_voice("espeak"), ears)
    specs = trigger_specs({normalise(k): v for k, v in DEFAULT_TRIGGERS.items()})
    detected: list[int] = []
    cpu0, wall0 = time.process_time(), time.perf_counter()
    try:
        while True:
            _, heard = wait_for_trigger(talk, specs)
            detected.append(len(replies) - source.remaining - 1)
            if not is_trigger[detected[-1]] or verbose:
                print(f"  reply {detected[-1]} heard as {heard.text!r}")
    except InputEnded:
        pass
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    audio = talk.now()
    hits = sum(1 for index in set(detected) if is_trigger[index])
    false = sum(1 for index in detected if not is_trigger[index])
    chatter_hours = sum(1 for t in is_trigger if not t) * 2.0 / 3600  # about two seconds of speech each
    print(f"engine               {ears.name}")
    print(f"audio                {audio / 60:.1f} min ({sum(is_trigger)} triggers, {is_trigger.count(False)} chatter)")
    print(f"CPU s per audio s    {cpu / audio:.4f}   (target < 0.02)")
    print(f"faster than realtime {audio / wall:.0f}x")
    print(f"trigger detection    {hits}/{sum(is_trigger)} = {hits / max(1, sum(is_trigger)):.0%}")
    print(f"false triggers       {false} in {is_trigger.count(False)} chatter lines"
          f" = {false / chatter_hours:.0f} per hour of chatter speech")
    print(f"peak memory          {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
          "   (target < 150 MB with PocketSphinx)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--gap", type=float, default=20.0, help="seconds of room tone between utterances")
    parser.add_argument("--engine", default="pocketsphinx")
    parser.add_argument("--render", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.render:
        render(CACHE)
        return
    run(args.engine, args.minutes, args.gap)


if __name__ == "__main__":
    main()
