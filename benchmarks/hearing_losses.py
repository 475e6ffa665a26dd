"""Why hearing loses commands that typing keeps: spent rows spoken by development voices, each miss given a cause.

Run: python benchmarks/hearing_losses.py --part blind15 --voices joe,espeak:en-us,espeak:en-gb --per-category 8
Each row is heard as a session's first words in one state (benchmarks/understanding.py's sample and code path), and
listened to until the clip ends, so an utterance the endpointer cut in two shows as two. A command the session takes
typed in that state but not spoken is put down to one cause:
  cut       the endpointer ended the utterance early (more than one utterance, the first not the command)
  unheard   nothing was heard at all
  rejected  some reading the ears had (grammar, open vocabulary, commands model, n-best, or the commands model's
            reading its bars did not offer) says the command typed, but the choice between readings or a bar left it
  misheard  no reading says it
Ordinary rows taken as commands are listed beside (false commands). Development voices only: never the unseen ones.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.speechlab import in_room, say, tuning_voice
from benchmarks.understanding import Row, listen_request, load_all, speech_sample, understood_in
from voice_pacer.audio.pcm import SAMPLE_RATE
from voice_pacer.ears.base import Speech
from voice_pacer.ears.choose import make_ears
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import InputEnded, Utterance
from voice_pacer.scenario import Say, ScenarioSource
from voice_pacer.voice.base import Voice
from voice_pacer.voice.choose import make_voice

ORDINARY = ("chatter", "answer", "hurt", "negation", "story", "idiom")


def utterances_of(context: str, clip: np.ndarray, voice: Voice) -> list[tuple[Utterance, str | None]]:
    """Every utterance the session hears in the clip, in order, each heard as a session's first words would be, with
    what the commands model read of it whether its bars offered it or not."""
    ears = make_ears("pocketsphinx")
    talk = AudioConversation(ScenarioSource([[Say(say="clip")]], lambda _: clip), SilentSink(), voice, ears)
    heard: list[tuple[Utterance, str | None]] = []
    try:
        while True:
            ears.domain_text = None
            got = talk.listen(listen_request(context, len(clip) / SAMPLE_RATE + 1.0))
            if not isinstance(got, Utterance):
                break
            heard.append((got, getattr(ears, "domain_text", None)))
    except InputEnded:
        pass
    finally:
        talk.close()
    return heard


def readings(utterance: Utterance, unoffered: str | None = None) -> list[str]:
    """Every text the ears offered for an utterance, then the commands model's reading when not offered."""
    texts = [utterance.text, utterance.open_text, utterance.domain_text, *utterance.alternatives, unoffered]
    return list(dict.fromkeys(text for text in texts if text))


def cause(row: Row, context: str, heard: list[tuple[Utterance, str | None]]) -> str:
    """Why a command typed right was lost spoken (see the module's docstring)."""
    if not heard:
        return "unheard"
    first = heard[0]
    if len(heard) > 1:
        return "cut"
    typed = (understood_in(context, Utterance(Speech(text), 0.0, 0.0))[0] for text in readings(*first))
    return "rejected" if row.intent in typed else "misheard"


def sample_of(part: str, per_category: int, whole: set[str]) -> list[tuple[Row, str]]:
    """Command and ordinary rows of a part (and its seen rows), per_category a category, the categories in whole all,
    each in one state (benchmarks/understanding.py's sample)."""
    rows = [row for row in load_all() if row.split in (part, f"{part}_seen")]
    sample = [*speech_sample([r for r in rows if r.category not in whole], {part: per_category, f"{part}_seen": 0}),
              *speech_sample([r for r in rows if r.category in whole], {part: 999, f"{part}_seen": 999})]
    return [(row, context) for row, context in sample if row.intent != "none" or row.category in ORDINARY]


def judged(row: Row, context: str, clip: np.ndarray, voice: Voice) -> dict[str, object]:
    """One clip heard and decided: what the session took, what it takes typed, and the verdict on a miss."""
    heard = utterances_of(context, clip, voice)
    got, safety, asked = understood_in(context, heard[0][0]) if heard else ("none", "none", "none")
    typed = understood_in(context, Utterance(Speech(row.text), 0.0, 0.0))[0]
    verdict = ""
    if row.intent != "none" and got != row.intent:
        verdict = cause(row, context, heard) if typed == row.intent else "typed miss"
    elif row.intent == "none" and got != "none":
        verdict = "false command"
    shown = " | ".join(f"{u.text!r} open={u.open_text!r} model={u.domain_text!r} alts={list(u.alternatives[:3])} "
                       f"unoffered={raw!r}" for u, raw in heard)
    return {"text": row.text, "intent": row.intent, "category": row.category, "state": context, "got": got,
            "safety": safety, "asked": asked, "typed": typed, "verdict": verdict, "shown": shown,
            "heard": [readings(*each) for each in heard]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", default="blind15", help="a spent part of the corpus (blind15, blind14, tuning...)")
    parser.add_argument("--voices", default="joe,espeak:en-us,espeak:en-gb")
    parser.add_argument("--per-category", type=int, default=8, help="rows a category")
    parser.add_argument("--all-of", default="interrupt", help="categories spoken in full, comma-separated")
    parser.add_argument("--out", default=os.devnull, help="also write every clip's outcome here (JSON lines)")
    args = parser.parse_args()
    voices = args.voices.split(",")
    if not all(map(tuning_voice, voices)):
        raise SystemExit("development voices only (joe, espeak:...): the others are measured in aggregate elsewhere")
    sample = sample_of(args.part, args.per_category, set(filter(None, args.all_of.split(","))))
    voice = make_voice("espeak")
    causes: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    with Path(args.out).open("w") as out:
        for name in voices:
            for index, (row, context) in enumerate(sample):
                tail = listen_request(context, 0).end_silence + 0.6
                found = judged(row, context, in_room(say(row.text, name), "clean", seed=index, tail=tail), voice)
                totals[name, "command" if row.intent != "none" else "ordinary"] += 1
                if found["verdict"]:
                    causes[name, str(found["verdict"])] += 1
                    print(f"{name:12s} {found['verdict']:13s} {row.intent:9s} got {found['got']:9s} {context:16s} "
                          f"{row.text!r} -> {found['shown']}", flush=True)
                out.write(json.dumps({"voice": name, **found}) + "\n")
                out.flush()
    print("\ncauses by voice:")
    for name in voices:
        kinds = {verdict: n for (v, verdict), n in causes.items() if v == name}
        print(f"  {name:12s} commands {totals[name, 'command']}, ordinary {totals[name, 'ordinary']}: {kinds}")


if __name__ == "__main__":
    main()
