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
With --floors, each clip is also decided again at each floor for asking (voice_pacer.intent_model.DOUBT_FLOOR), and
the spoken figures printed: ordinary rows asked about (all, and in answer states), commands recovered by asking
(missed but asked about, rightly) and questions about another intent.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.speechlab import in_room, say, tuning_voice
from benchmarks.understanding import Row, kind_of, listen_request, load_all, speech_sample, understood_in
from voice_pacer import intent_model
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


@contextmanager
def doubt_floor(floor: float) -> Iterator[None]:
    """The session's floor for asking set to floor while the block runs (intent_model.doubt's default)."""
    kept = intent_model.doubt.__defaults__
    intent_model.doubt.__defaults__ = (floor, *(kept or ())[1:])
    try:
        yield
    finally:
        intent_model.doubt.__defaults__ = kept


def asked_at(context: str, heard: list[tuple[Utterance, str | None]], floors: list[float]) -> dict[str, str]:
    """What the session takes or asks about at each floor: the intent taken, else '?' and the intent asked about."""
    found = {}
    for floor in floors:
        with doubt_floor(floor):
            got, _, asked = understood_in(context, heard[0][0]) if heard else ("none", "none", "none")
        found[f"{floor:.2f}"] = got if got != "none" else f"?{asked}"
    return found


def floor_figures(outcomes: list[dict[str, object]], floors: list[float]) -> None:
    """Per voice and floor: ordinary rows asked about (in answer states too), commands recovered by asking, and
    questions about another intent."""
    print("\nfloors for asking (ordinary asked / in answer states; commands recovered by asking; wrong questions):")
    for name in dict.fromkeys(str(o["voice"]) for o in outcomes):
        mine = [o for o in outcomes if o["voice"] == name]
        quiet = [o for o in mine if o["intent"] == "none"]
        answers = [o for o in quiet if kind_of(str(o["state"])) == "answer"]
        commands = [o for o in mine if o["intent"] != "none"]
        for floor in (f"{f:.2f}" for f in floors):
            def asked(o: dict[str, object], at: str = floor) -> str:
                said = o["floors"][at]  # type: ignore[index]
                return said[1:] if said.startswith("?") else "none"
            missed = [o for o in commands if o["got"] != o["intent"]]
            print(f"  {name:12s} {floor}: ordinary {sum(asked(o) != 'none' for o in quiet)}/{len(quiet)}, "
                  f"answers {sum(asked(o) != 'none' for o in answers)}/{len(answers)}; recovered "
                  f"{sum(asked(o) == o['intent'] for o in missed)}/{len(missed)} missed of {len(commands)}; "
                  f"wrong {sum(asked(o) not in ('none', o['intent']) for o in commands)}")


def judged(row: Row, context: str, clip: np.ndarray, voice: Voice, floors: list[float]) -> dict[str, object]:
    """One clip heard and decided: what the session took, what it takes typed, the verdict on a miss, and (floors)
    what it takes or asks about at each floor for asking."""
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
            "heard": [readings(*each) for each in heard], "floors": asked_at(context, heard, floors)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", default="blind15", help="a spent part of the corpus (blind15, blind14, tuning...)")
    parser.add_argument("--voices", default="joe,espeak:en-us,espeak:en-gb")
    parser.add_argument("--per-category", type=int, default=8, help="rows a category")
    parser.add_argument("--all-of", default="interrupt", help="categories spoken in full, comma-separated")
    parser.add_argument("--out", default=os.devnull, help="also write every clip's outcome here (JSON lines)")
    parser.add_argument("--floors", default="", help="floors for asking to decide every clip at too, e.g. "
                        "0.40,0.45,0.50,0.55: spoken questions on ordinary rows and commands recovered by asking")
    args = parser.parse_args()
    voices = args.voices.split(",")
    if not all(map(tuning_voice, voices)):
        raise SystemExit("development voices only (joe, espeak:...): the others are measured in aggregate elsewhere")
    sample = sample_of(args.part, args.per_category, set(filter(None, args.all_of.split(","))))
    voice = make_voice("espeak")
    floors = [float(f) for f in args.floors.split(",") if f]
    outcomes: list[dict[str, object]] = []
    causes: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    with Path(args.out).open("w") as out:
        for name in voices:
            for index, (row, context) in enumerate(sample):
                tail = listen_request(context, 0).end_silence + 0.6
                clip = in_room(say(row.text, name), "clean", seed=index, tail=tail)
                found = judged(row, context, clip, voice, floors)
                outcomes.append({"voice": name, **found})
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
    if floors:
        floor_figures(outcomes, floors)


if __name__ == "__main__":
    main()
