"""benchmarks/room.py's clips decided again from their --readings, under other values of the commands model's noisy-room
bars, without decoding anything again: each utterance's domain reading is judged by the ears' own code
(PocketSphinxEars._offered, _before_talk) with its logged fits, and the session's decision (intent_of) made again.

With the ears' values it must give what room.py printed (it says so when a reading is offered otherwise: a reading
room.py logged from another code). Read only tuning voices' readings (joe, espeak-ng): the rule is the project's.

Run: python benchmarks/room_decide.py READINGS.jsonl [...] [--set noisy_close_below=-4.6 ...] [--sweep NAME=V1,V2]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.room import COMMANDS, SPECS
from benchmarks.speechlab import tuning_voice
from voice_pacer.ears.base import Speech, Unknown
from voice_pacer.ears.choose import domain_wordings
from voice_pacer.ears.pocketsphinx_ears import DOMAIN_WORDS, PocketSphinxEars
from voice_pacer.hearing.base import Utterance
from voice_pacer.understanding import intent_of

INTENT_OF = dict(COMMANDS)  # a command clip's text -> the intent it was said for


def judged(ears: PocketSphinxEars, row: dict[str, object]) -> str | None:
    """The domain reading the ears offer for one logged utterance, as _domain_reading decides it from its fits."""
    text, said = row.get("domain_text"), row.get("open") or ""
    if not text or text == said or row.get("domain_margin") is None:
        return None
    ears.domain_margin, ears.open_margin = row["domain_margin"], row["open_margin"]  # type: ignore[assignment]
    ears.noisy, ears.suppressed = bool(row["noisy"]), bool(row["suppressed"])
    if len(str(text).split()) < DOMAIN_WORDS or ears._short_and_poor(str(text)):
        return None
    offered = ears._offered(str(text))
    return ears._before_talk(str(text), offered) if ears.noisy and not ears.suppressed else offered


def decided(ears: PocketSphinxEars, row: dict[str, object]) -> tuple[str | None, bool]:
    """The intent the session takes the utterance for under the ears' values, and whether its offered reading is
    the one room.py logged."""
    domain = judged(ears, row)
    heard = Unknown(row["confidence"]) if row["unknown"] else Speech(str(row["text"]), row["confidence"])  # type: ignore[arg-type]
    utterance = Utterance(heard, float(row["endpoint_at"]), 0.0, "pocketsphinx", None, row["open"],  # type: ignore[arg-type]
                          domain, None, bool(row["over_talk"]), tuple(row["alternatives"]))  # type: ignore[arg-type]
    return intent_of(utterance, SPECS), domain == row["domain"]


def tally(ears: PocketSphinxEars, rows: list[dict[str, object]]) -> tuple[Counter[tuple[str, str, str]], int]:
    """Commands right, false commands and clips, per condition and voice; and how many readings were offered
    otherwise than logged."""
    clips: dict[tuple[str, str, str], list[dict[str, object]]] = {}
    for row in rows:
        if not row["wake"] and tuning_voice(str(row["voice"])):
            clips.setdefault((str(row["condition"]), str(row["voice"]), str(row["said"])), []).append(row)
    counts: Counter[tuple[str, str, str]] = Counter()
    differ = 0
    for (condition, voice, said), heard in clips.items():
        got, others = None, 0
        for row in heard:
            intent, same = decided(ears, row)
            differ += not same
            if row["during"] and got is None:
                got = intent
            elif not row["during"]:
                others += intent is not None
        wanted = INTENT_OF.get(said)
        counts[(condition, voice, "commands")] += wanted is not None
        counts[(condition, voice, "right")] += wanted is not None and got == wanted
        counts[(condition, voice, "false")] += (got is not None and got != wanted) + others
        counts[(condition, voice, "clips")] += 1
    return counts, differ


def report(label: str, counts: Counter[tuple[str, str, str]], differ: int) -> None:
    """One line per condition and voice: commands right / false commands per clip."""
    keys = sorted({(c, v) for c, v, _ in counts})
    parts = [f"{c} {v.split(':')[0]} {counts[(c, v, 'right')]}/{counts[(c, v, 'commands')]} "
             f"false {counts[(c, v, 'false')]}/{counts[(c, v, 'clips')]}" for c, v in keys]
    right = sum(counts[(c, v, "right")] for c, v in keys)
    false = sum(counts[(c, v, "false")] for c, v in keys)
    print(f"{label:32} right {right:3d} false {false:2d} | " + "; ".join(parts)
          + (f" ({differ} offered otherwise)" if differ else ""), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("readings", nargs="+", type=Path)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="an ears' attribute")
    parser.add_argument("--sweep", action="append", default=[], metavar="NAME=V1,V2", help="values to try, one by one")
    args = parser.parse_args()
    rows = [json.loads(line) for path in args.readings for line in path.read_text().splitlines() if line.strip()]
    ears = PocketSphinxEars(wordings=domain_wordings())
    ears._domain_decoder()  # the wordings, as the ears hold them
    for setting in args.set:
        name, value = setting.split("=", 1)
        setattr(ears, name, type(getattr(ears, name))(float(value)))
    report("as set", *tally(ears, rows))
    for sweep in args.sweep:
        name, values = sweep.split("=", 1)
        kept = getattr(ears, name)
        for value in values.split(","):
            setattr(ears, name, -math.inf if value == "-inf" else type(kept)(float(value)))
            report(f"{name}={value}", *tally(ears, rows))
        setattr(ears, name, kept)


if __name__ == "__main__":
    main()
