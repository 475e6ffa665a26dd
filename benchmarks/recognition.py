"""Recognition figures per engine: speed, command accuracy (clean and 10 dB noise), false commands, memory.

Run: python benchmarks/recognition.py   (speech is synthesised by Piper 'joe' via tests/speech.py and cached)
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.conftest import ClipSource
from tests.speech import speech
from voice_pacer.audio.pcm import SAMPLE_RATE, room_tone
from voice_pacer.ears.base import Ears
from voice_pacer.ears.choose import find_vosk_model, make_ears
from voice_pacer.flowfile.common import common
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import InputEnded, ListenRequest, Utterance
from voice_pacer.intents import match_intent
from voice_pacer.voice.choose import make_voice

SNR_DB = 10.0
VOICE = make_voice("espeak")  # the conversation needs a voice; nothing is said here
OTHER_TALK = """I felt close when you made me tea this morning
I wish we could spend more time together on weekends
It bothers me when the dishes pile up in the sink
I was hurt when you forgot my birthday
Work has been really stressful for me lately
I appreciate that you called my mother
I would like us to plan a trip this summer
Sometimes I feel like you are not listening to me
I loved the dinner we had on Friday
Can we talk about money and the budget
I felt lonely last week when you were travelling
My sister is coming to visit next month
I think we both need more sleep
You always leave your shoes in the hallway
I am grateful that you picked up the kids
When you laugh at my jokes I feel happy
I noticed you seemed tired after work
Our garden looks beautiful this year
I need you to tell me when you will be late
The children were noisy at breakfast
I enjoyed our walk by the river
It makes me sad when we argue about small things
I would like more help with the cooking
You were very patient with me yesterday
I feel anxious about the new job
Thank you for listening to me tonight
We should call the plumber about the leak
I miss the way we used to dance in the kitchen
Your parents were kind to us at the party
I get frustrated when plans change at the last minute
I liked it when you held my hand in the cinema
Maybe we could cook together on Sunday
The car needs new tyres before winter
I felt proud of you at the concert
I want us to spend less time on our phones
It was lovely to wake up early and watch the sunrise
I worry about our savings sometimes
I felt respected when you asked for my opinion
We have not had a date night in weeks
You made me laugh when I was upset
I think the house is too cold in the evenings
Please remember to feed the cat
I would enjoy a quiet evening at home
The holiday photos made me smile
I was disappointed that the trip was cancelled
Your brother gave us good advice about the mortgage
I like how you organise the bookshelves
We could invite our friends over for lunch
I felt understood when you repeated what I said
Our neighbours are moving away in the spring
I hope we can be kinder to each other
It is nice to hear you sing in the shower
I found the film last night a bit boring
I was surprised by the flowers you brought home
We spent too much on groceries this month
I feel calmer when the house is tidy
You seemed distracted during dinner
I love the way you talk to our daughter""".splitlines()


def as_heard(pcm: np.ndarray) -> np.ndarray:
    """Speech with a second of room before it (where the endpointer learns the noise) and after it."""
    pad = np.zeros(int(1.0 * SAMPLE_RATE), dtype=np.int16)
    audio = np.concatenate([pad, pcm, pad])
    return audio + room_tone(len(audio) / SAMPLE_RATE, level_dbfs=-70)


def add_noise(pcm: np.ndarray, kind: str, seed: int, babble: list[np.ndarray]) -> np.ndarray:
    """Mix white noise or four-talker babble at SNR_DB below the speech's active level."""
    rng = np.random.default_rng(seed)
    clean = pcm.astype(np.float64)
    if kind == "white":
        noise = rng.standard_normal(len(clean))
    else:
        noise = np.zeros(len(clean))
        for talker in rng.choice(len(babble), 4, replace=False):
            source = np.tile(babble[talker], len(clean) // len(babble[talker]) + 2).astype(np.float64)
            start = rng.integers(0, len(source) - len(clean))
            noise += source[start : start + len(clean)]
    active = clean[np.abs(clean) > 0.05 * np.abs(clean).max()]
    noise *= np.sqrt(np.mean(active**2) / (np.mean(noise**2) * 10 ** (SNR_DB / 10)))
    return np.clip(clean + noise, -32768, 32767).astype(np.int16)


def hear(ears: Ears, pcm: np.ndarray, phrases: list[str] | None, timings: list[float]) -> str:
    """Hear a clip the way the assistant does (endpointer, then the ears), recording audio seconds per CPU second."""
    talk = AudioConversation(ClipSource(pcm), SilentSink(), VOICE, ears)
    started = time.process_time()
    try:
        heard = talk.listen(ListenRequest(tuple(phrases) if phrases else None, 0.8, deadline=len(pcm) / SAMPLE_RATE))
    except InputEnded:
        heard = None
    timings.append(len(pcm) / SAMPLE_RATE / max(time.process_time() - started, 1e-6))
    talk.renderer.close()
    return heard.text if isinstance(heard, Utterance) else ""


def measure(ears: Ears) -> dict[str, float]:
    """All figures for one engine."""
    specs = list(common().intents.values())
    phrases = list(dict.fromkeys(p for spec in specs for p in spec.grammar))  # what a grammar listens for
    commands = [(p, match_intent(p, specs)) for p in phrases]
    babble = [speech(text) for text in OTHER_TALK[-20:]]
    timings: list[float] = []
    figures: dict[str, float] = {}

    def heard(text: str, condition: str, seed: int) -> str:
        audio = as_heard(speech(text))
        return hear(ears, audio if condition == "clean" else add_noise(audio, condition, seed, babble), phrases,
                    timings)

    for condition in ("clean", "white", "babble"):
        right = sum(match_intent(heard(phrase, condition, seed), specs) == intent
                    for seed, (phrase, intent) in enumerate(commands))
        figures[f"commands {condition}"] = right / len(commands)
    for condition in ("clean", "white"):  # a fix that hears more commands in noise may also hear more false ones
        mistaken = sum(match_intent(heard(text, condition, seed), specs) is not None
                       for seed, text in enumerate(OTHER_TALK))
        figures[f"false commands {condition}"] = mistaken / len(OTHER_TALK)
    figures["x real time (commands)"] = statistics.median(timings)
    open_timings: list[float] = []
    for text in OTHER_TALK[:15]:
        hear(ears, as_heard(speech(text)), None, open_timings)
    figures["x real time (open vocab)"] = statistics.median(open_timings)
    return figures


def main() -> None:
    engines: list[tuple[str, Ears]] = [("pocketsphinx", make_ears("pocketsphinx"))]
    model, _ = find_vosk_model()
    if model is not None:
        engines.append(("vosk", make_ears("vosk", model=model)))
    print(f"{len(OTHER_TALK)} non-command sentences; noise at {SNR_DB:.0f} dB SNR; medians over utterances")
    for name, ears in engines:
        print(f"\n{name}: {ears.description}")
        if name == "vosk" and "en-us" not in str(model):
            print("  (not an English model: only the real-time factor and memory mean anything)")
        for key, value in measure(ears).items():
            shown = f"{value:6.1f}" if key.startswith("x ") else f"{100 * value:5.1f}%"
            print(f"  {key:28s} {shown}")
    print(f"\npeak memory (whole run): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
