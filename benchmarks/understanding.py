"""Understanding figures: per intent and per safety category, precision and recall, tuning and held-out rows apart.

Run: python benchmarks/understanding.py --text      every row typed, in every state it is said in (about 90 s)
     python benchmarks/understanding.py --speech    a stratified sample (3 tuning + 2 held-out rows of each of the 20
                                                    categories: 100 rows), spoken by Piper joe (development voice) and
                                                    flite kal16, awb and festival's HTS voice (never used in tuning),
                                                    clean and in pink room noise at 15 dB SNR, heard by PocketSphinx as
                                                    the state listens: 800 clips, about 20 minutes of CPU
The corpus is benchmarks/corpus/utterances.csv: one utterance a row, the state it is said in ("any": five listening
states of the built-in flows), the expected intent and safety label. A fifth of every category is held out
(`split`); classifiers are tuned only on the rest, and both parts are reported. benchmarks/corpus/blind.csv,
blind2.csv ... (the same columns, split "blind", "blind2"...: rows written by someone who never saw the matcher) are
further columns (--no-blind leaves them out): each was measured blind and trained on since, except the newest
(LATEST_BLIND), which is the blind figure (--blindN K also speaks K of blind N's rows a category). Decisions are the
session's own (voice_pacer.understanding, after AudioConversation.listen for speech), through the two adapters below.
Beside command recall, "commands understood within one question": taken, or half heard and asked about (a yes then
carries it out: voice_pacer.session.question_for), and "questions about another intent"; beside chatter, "questions on
ordinary rows": asked about, overall and by kind of state."""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import math
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.speechlab import DEV_VOICE, in_room, say
from voice_pacer.audio.pcm import SAMPLE_RATE
from voice_pacer.ears.base import Ears, Speech
from voice_pacer.ears.choose import make_ears
from voice_pacer.eventlog import EventLog
from voice_pacer.flowfile.check import DEFAULT_END_SILENCE, CompiledFlow
from voice_pacer.flowfile.load import load_flow
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import InputEnded, ListenRequest, Utterance
from voice_pacer.intents import IntentSpec, match_intent
from voice_pacer.listening import listening_for, state_kind
from voice_pacer.safety import assess, normalise
from voice_pacer.scenario import Say, ScenarioSource
from voice_pacer.session import question_for
from voice_pacer.understanding import Understanding
from voice_pacer.voice.base import Voice
from voice_pacer.voice.choose import make_voice

CORPUS = Path(__file__).parent / "corpus" / "utterances.csv"
# Written by someone who never saw the matcher. blind.csv (release 14) ... blind16.csv (release 29) were each measured
# blind, before and after their release's work, and then tuned and trained on, so they are reported as their own
# columns but are no longer blind figures. The newest (LATEST_BLIND, written for release 30) is the blind figure until
# it too is spent. From blind 5 on, rows that said, word for word, what a corpus here already held when they arrived
# ("i'm done", common disclosures) are split "blindN_seen" (benchmarks/split_seen.py) and reported apart, so the
# blind column is wording no tuning saw.
LATEST_BLIND = 17
FIRST_SEEN_SPLIT = 5  # blinds before this one predate the seen split
BLIND_NAMES = tuple("blind" if n == 1 else f"blind{n}" for n in range(1, LATEST_BLIND + 1))
BLINDS = {part: Path(__file__).parent / "corpus" / f"{part}.csv" for part in BLIND_NAMES}
BLIND_PARTS = tuple(part for n, name in enumerate(BLIND_NAMES, 1)
                    for part in ((name, f"{name}_seen") if n >= FIRST_SEEN_SPLIT else (name,)))
PARTS = ("tuning", "held_out", *BLIND_PARTS)
# the parts whose misses may be read one by one and tuned on: all but held-out and the newest blind
SPENT = tuple(part for part in PARTS if part != "held_out" and not part.startswith(f"blind{LATEST_BLIND}"))
# "any" rows are said in each of these: a yes/no question, a grammar-only wait, the floor, a reflection, an answer.
ANY_STATES = ("pause:ask_break", "pause:on_break", "turns:floor", "turns:reflect", "checkin:a_close")
COMMANDS = ("stop", "repeat", "pause", "help", "yes", "no", "ready", "done", "interrupt", "refuse", "leave", "rebuttal")
SAFETY = ("danger", "self_harm")
# summary()'s first figures, about commands; "within one question": taken, or asked about and (on a yes) carried out
INTENT_FIGURES = ("command recall", "commands understood within one question", "questions about another intent",
                  "chatter taken as a command", "questions on ordinary rows", "  where commands are awaited",
                  "  in answer states", "  on the floor")


def part_title(part: str) -> str:
    """A column's heading: "tuning", "held-out", "blind 7", "b7 seen"."""
    if part in ("tuning", "held_out"):
        return part.replace("_", "-")
    number = part.removeprefix("blind").removesuffix("_seen") or "1"
    return f"b{number} seen" if part.endswith("_seen") else f"blind {number}"


PART_TITLES = {part: part_title(part) for part in PARTS}
SPLIT_SALT = "voice-pacer corpus:"
SNR_DB = 15.0
VARIANTS = ("before", "no model", "model in grammar states", "now")  # choices between readings, measured side by side


@dataclass(frozen=True)
class Row:
    """One corpus utterance and what it should lead to."""

    text: str
    context: str
    intent: str
    safety: str
    category: str
    split: str

    def states(self) -> tuple[str, ...]:
        return ANY_STATES if self.context == "any" else (self.context,)


def load_corpus(path: Path = CORPUS) -> list[Row]:
    """Every row of the corpus file."""
    with path.open(newline="") as file:
        return [Row(**row) for row in csv.DictReader(file)]


def load_all(blind: bool = True) -> list[Row]:
    """The corpus, and the blind corpora's rows (split "blind"...) when their files exist and are wanted."""
    rows = load_corpus()
    for part, path in BLINDS.items():
        if blind and path.exists():
            rows += [row for row in load_corpus(path) if row.split in (part, f"{part}_seen")]
    return rows


def split_key(text: str) -> str:
    """The hash that orders a category's rows; the lowest fifth is held out."""
    return hashlib.sha1((SPLIT_SALT + text).encode()).hexdigest()


# -- the project's own decisions (the one adapter to change if the session's API changes) -------------------------


@cache
def _flow(name: str) -> CompiledFlow:
    return load_flow(name)


def decide(context: str, utterance: Utterance) -> tuple[str, str]:
    """(intent, safety) the session takes from an utterance in a flow's listening state, by the session's own code;
    'none' for an answer or nothing. Safety comes first, as in the session: a stop is then no command."""
    intent, safety, _ = understood_in(context, utterance)
    return intent, safety


def understood_in(context: str, utterance: Utterance) -> tuple[str, str, str]:
    """(intent, safety, asked): decide()'s two, and the intent the session asks about when it took none ('none'
    when it asks nothing)."""
    flow_name, state = context.split(":")
    flow = _flow(flow_name)
    understood = Understanding(EventLog())(utterance, listening_for(flow, state).candidates)
    if understood.concern is not None:
        return "none", str(understood.concern), "none"
    asked = None if understood.intent is not None else question_for(flow, state, understood.doubted,
                                                                       len(utterance.text.split()))
    return understood.intent or "none", "none", asked or "none"


@cache
def kind_of(context: str) -> str:
    """The kind of a listening state (voice_pacer.listening.state_kind): commands, answer or floor."""
    flow_name, state = context.split(":")
    flow = _flow(flow_name)
    return state_kind(flow.state(state).listen.answer, {spec.name for spec in listening_for(flow, state).candidates})


def decide_as(variant: str, context: str, utterance: Utterance) -> tuple[str, str]:
    """decide() by one of VARIANTS: "before", the previous release's choice between readings (open vocabulary's words,
    then the grammar's); "no model", today's without the commands model's reading; "model in grammar states", with it
    only where a grammar restricts recognition; "now", the session's own."""
    if variant in ("no model", "model in grammar states") and (
            variant == "no model" or listen_request(context, 0.0).phrases is None):
        utterance = replace(utterance, domain_text=None)
    intent, safety = decide(context, utterance)
    if variant != "before" or safety != "none":
        return intent, safety
    flow_name, state = context.split(":")
    candidates = listening_for(_flow(flow_name), state).candidates
    texts = [text for text in (utterance.open_text, utterance.text) if text]
    return next((found for text in texts if (found := match_intent(text, candidates)) is not None), "none"), safety


def listen_request(context: str, seconds: float) -> ListenRequest:
    """What the session asks the ears for in this state, for a clip of this length."""
    flow_name, state = context.split(":")
    flow = _flow(flow_name)
    listening = listening_for(flow, state)
    listen = flow.state(state).listen
    kind = "answer" if listen.answer else "intents"
    end_silence = float(flow.value(listen.end_silence) or DEFAULT_END_SILENCE[kind])
    return ListenRequest(listening.phrases, end_silence, None, seconds, turn=True, commands=listening.commands)


# -- figures ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What happened to one row in one state (and, through speech, one voice and room)."""

    row: Row
    state: str
    heard: str
    intent: str
    safety: str
    asked: str = "none"  # the intent the session asked about, having taken none (a yes to it carries it out)


def precision_recall(pairs: Iterable[tuple[str, str]], label: str) -> tuple[float | None, float | None, int]:
    """Precision and recall of one label over (expected, got) pairs, and how many rows expected it."""
    pairs = list(pairs)
    expected = sum(want == label for want, _ in pairs)
    predicted = sum(got == label for _, got in pairs)
    right = sum(want == got == label for want, got in pairs)
    return (right / predicted if predicted else None, right / expected if expected else None, expected)


def _pct(value: float | None) -> str:
    return "    -" if value is None else f"{100 * value:5.1f}"


def summary(outcomes: list[Outcome]) -> dict[str, float | None]:
    """The target figures: command recall, chatter taken as a command, safety recall, false stops."""
    commands = [o for o in outcomes if o.row.intent != "none"]
    quiet = [o for o in outcomes if o.row.intent == "none"]
    heard_once = list({(o.row.text, o.heard, o.safety): o for o in outcomes}.values())  # safety ignores the state
    ordinary = [o for o in heard_once if o.row.safety == "none"]
    hurt = [o for o in ordinary if o.row.category in ("hurt", "negation", "story", "idiom")]

    def rate(items: list[Outcome], hit: Callable[[Outcome], bool]) -> float | None:
        return sum(map(hit, items)) / len(items) if items else None

    figures: dict[str, float | None] = {
        "command recall": rate(commands, lambda o: o.intent == o.row.intent),
        "commands understood within one question": rate(commands, lambda o: o.row.intent in (o.intent, o.asked)),
        "questions about another intent": rate(commands, lambda o: o.asked not in ("none", o.row.intent)),
        "chatter taken as a command": rate(quiet, lambda o: o.intent != "none"),
        "questions on ordinary rows": rate(quiet, lambda o: o.asked != "none"),
    }
    for kind, key in zip(("commands", "answer", "floor"), INTENT_FIGURES[-3:], strict=True):
        figures[key] = rate([o for o in quiet if kind_of(o.state) == kind], lambda o: o.asked != "none")
    for label in SAFETY:
        figures[f"{label} recall"] = rate([o for o in heard_once if o.row.safety == label],
                                          lambda o, label=label: o.safety == label)
    figures["disclosure stopped (either message)"] = rate([o for o in heard_once if o.row.safety != "none"],
                                                          lambda o: o.safety != "none")
    figures["false stops: hurt, negations, stories, idioms"] = rate(hurt, lambda o: o.safety != "none")
    figures["false stops: every ordinary row"] = rate(ordinary, lambda o: o.safety != "none")
    return figures


def print_report(title: str, outcomes: list[Outcome], per_label: bool = True) -> None:
    """Summary figures, then precision/recall per intent and per safety category, one column per part of the corpus
    (tuning, held-out, and blind when its rows are there)."""
    parts = {part: [o for o in outcomes if o.row.split == part] for part in PARTS}
    shown = [part for part in PARTS if parts[part] or part not in BLIND_PARTS]
    sizes = ", ".join(f"{PART_TITLES[part]} {len(parts[part])}" for part in shown)
    print(f"\n{title}  (rows x states: {sizes})")
    sums = {part: summary(parts[part]) for part in shown}
    print(f"  {'':46s}" + "".join(f" {PART_TITLES[part]:>9s}" for part in shown))
    for key in sums["tuning"]:
        print(f"  {key:46s}" + "".join(f" {_pct(sums[part][key]):>9s}" for part in shown))
    if not per_label:
        return
    print(f"  {'label':12s}" + "".join(f" {PART_TITLES[part] + ' P':>11s} {'R':>6s} {'n':>4s} " for part in shown))
    for label, field in [*((c, "intent") for c in COMMANDS), *((s, "safety") for s in SAFETY)]:
        cells = []
        for part in shown:
            pairs = [(getattr(o.row, field), getattr(o, field)) for o in parts[part]]
            precision, recall, count = precision_recall(pairs, label)
            cells.append(f" {_pct(precision):>11s} {_pct(recall):>6s} {count:4d} ")
        if any(getattr(o.row, field) == label or getattr(o, field) == label for o in outcomes):
            print(f"  {label:12s}" + "".join(cells))


def text_outcomes(rows: list[Row]) -> list[Outcome]:
    """Every row as typed text, in every state it may be said in."""
    return [Outcome(row, state, row.text, *understood_in(state, Utterance(Speech(row.text), 0.0, 0.0)))
            for row in rows for state in row.states()]


def show_misses(outcomes: list[Outcome]) -> None:
    """Rows that may be tuned on (SPENT: tuning and the spent blind corpora; never held-out or the newest blind): what
    went wrong; one line per utterance and mistake."""
    wrong: defaultdict[tuple[str, str, str, str, str], list[str]] = defaultdict(list)
    for o in outcomes:
        if o.row.split not in SPENT:
            continue
        heard = f" heard {o.heard!r}" if o.heard != o.row.text else ""
        if o.safety != o.row.safety:
            wrong["safety", o.row.category, f"want {o.row.safety} got {o.safety}", o.row.text, heard].append("")
        if o.intent != o.row.intent:
            wrong["intent", o.row.category, f"want {o.row.intent} got {o.intent}", o.row.text, heard].append(o.state)
    for (kind, category, mistake, text, heard), states in wrong.items():
        where = f" in {', '.join(states)}" if any(states) else ""
        print(f"  {kind} {category:10s} {mistake:28s} {text!r}{heard}{where}")


# Speed is timed on an even sample of the rows: timing all 17,000 of them, 20 times each, took over half an hour
# on a loaded machine and held back the misses printed after it.
TIMED_ROWS = 500


def run_text(rows: list[Row], misses: bool) -> None:
    started = time.perf_counter()
    outcomes = text_outcomes(rows)
    print_report("text (typed, as the session matches it)", outcomes)
    if misses:
        show_misses(outcomes)
    timed = rows[::max(1, len(rows) // TIMED_ROWS)]
    seconds = sorted(assess_seconds(row.text) for row in timed)
    print(f"  safety classifier: median {1e6 * seconds[len(seconds) // 2]:.0f} us an utterance on this "
          f"machine; whole text run {time.perf_counter() - started:.1f} s")
    floor = listening_for(_flow("turns"), "floor").candidates
    matching = sorted(match_seconds(row.text, floor) for row in timed)
    print(f"  intent matcher (the floor's {len(floor)} intents, templates then cues): median "
          f"{1e6 * matching[len(matching) // 2]:.0f} us, slowest {1e3 * matching[-1]:.1f} ms an utterance "
          f"({len(timed)} rows timed)")


def match_seconds(text: str, candidates: list[IntentSpec], repeats: int = 20) -> float:
    started = time.perf_counter()
    for _ in range(repeats):
        match_intent(text, candidates)
    return (time.perf_counter() - started) / repeats


def assess_seconds(text: str, repeats: int = 20) -> float:
    started = time.perf_counter()
    for _ in range(repeats):
        assess(text)
    return (time.perf_counter() - started) / repeats


# -- speech -----------------------------------------------------------------------------------------------------


def speech_sample(rows: list[Row], sizes: dict[str, int]) -> list[tuple[Row, str]]:
    """A stratified sample: from every category the first rows of each part in a fixed hashed order, each said in
    one state (an 'any' row in one of ANY_STATES, chosen by the hash); sizes: rows a category, per part."""
    by_category: defaultdict[str, list[Row]] = defaultdict(list)
    for row in sorted(rows, key=lambda row: split_key("sample " + row.text)):
        by_category[row.category].append(row)
    chosen: list[Row] = []
    for items in by_category.values():
        for part, size in sizes.items():
            chosen += [row for row in items if row.split == part][:size]
    return [(row, row.states()[int(split_key(row.text), 16) % len(row.states())]) for row in chosen]


def hear_in_state(context: str, clip: np.ndarray, ears: Ears, voice: Voice) -> tuple[str, Utterance | None]:
    """(heard, utterance): the clip played into the session's audio conversation as a scenario reply, heard as the
    state listens (its grammar or open vocabulary, and the open pass)."""
    talk = AudioConversation(ScenarioSource([[Say(say="clip")]], lambda _: clip), SilentSink(), voice, ears)
    try:
        heard = talk.listen(listen_request(context, len(clip) / SAMPLE_RATE + 1.0))
    except InputEnded:
        heard = None
    finally:
        talk.close()
    if not isinstance(heard, Utterance):
        return "", None
    shown = (heard.text + (f" / {heard.open_text}" if heard.open_text else "")
             + (f" / model: {heard.domain_text}" if heard.domain_text else ""))
    return shown, heard


def speech_outcomes(sample: list[tuple[Row, str]], voice_name: str, noise: str, ears: Ears, voice: Voice,
                    categories: frozenset[str] = frozenset()) -> dict[str, list[Outcome]]:
    """The sample spoken by one test voice in one room, decided by each of VARIANTS; only the rows of categories, if
    any are named (a clip's room is seeded by its place in the whole sample, so a row is heard the same either way)."""
    outcomes: dict[str, list[Outcome]] = {variant: [] for variant in VARIANTS}
    for index, (row, context) in enumerate(sample):
        if categories and row.category not in categories:
            continue
        end_silence = listen_request(context, 0.0).end_silence
        clip = in_room(say(row.text, voice_name), noise, SNR_DB, seed=index, tail=end_silence + 0.6)
        # each clip is heard as a session's first utterance (make_ears hands back the cached ears reset to their
        # initial state), so a row's outcome does not depend on the clips before it in the sample
        shown, heard = hear_in_state(context, clip, make_ears(ears.name), voice)
        for variant in VARIANTS:
            intent, safety = decide_as(variant, context, heard) if heard is not None else ("none", "none")
            asked = understood_in(context, heard)[2] if heard is not None and variant == "now" else "none"
            outcomes[variant].append(Outcome(row, context, shown, intent, safety, asked))
    return outcomes


def run_speech(rows: list[Row], voices: list[str], noises: list[str], sizes: dict[str, int], misses: bool,
               categories: frozenset[str] = frozenset()) -> None:
    sample = speech_sample(rows, sizes)
    ears, voice = make_ears("pocketsphinx"), make_voice("espeak")  # the voice is needed, never heard
    per_category = " + ".join(f"{size} {PART_TITLES[part]}" for part, size in sizes.items() if size)
    spoken = f", {', '.join(sorted(categories))} only" if categories else ""
    count = sum(1 for row, _ in sample if not categories or row.category in categories)
    print(f"\nspeech: {count} rows ({per_category} a category{spoken}), PocketSphinx, "
          f"noise at {SNR_DB:.0f} dB SNR; {DEV_VOICE} is the development voice, the others were never used in tuning")
    results: dict[tuple[str, str], list[Outcome]] = {}
    variants: dict[tuple[str, str], dict[str, list[Outcome]]] = {}
    for noise in noises:
        for name in voices:
            started = time.process_time()
            variants[name, noise] = speech_outcomes(sample, name, noise, ears, voice, categories)
            results[name, noise] = variants[name, noise]["now"]
            print(f"  ({name}, {noise}: {time.process_time() - started:.0f} s CPU)", flush=True)
    print_variants(variants)
    for noise in noises:
        if DEV_VOICE in voices:
            print_report(f"speech, {noise}, seen voice ({DEV_VOICE})", results[DEV_VOICE, noise], per_label=False)
        unseen = [o for name in voices if name != DEV_VOICE for o in results[name, noise]]
        if unseen:
            print_report(f"speech, {noise}, unseen voices ({', '.join(v for v in voices if v != DEV_VOICE)})", unseen)
    spoken = [part for part in PARTS if any(row.split == part for row, _ in sample)]
    print(f"\n  command recall by voice ({' / '.join(PART_TITLES[part] for part in spoken)}):")
    for (name, noise), outcomes in results.items():
        cells = [summary([o for o in outcomes if o.row.split == part])["command recall"] for part in spoken]
        print(f"    {name:6s} {noise:7s} {' / '.join(_pct(cell) for cell in cells)}")
    if misses:
        for (name, noise), outcomes in results.items():
            print(f"\n  misses, {name} {noise}:")
            show_misses(outcomes)


def print_variants(variants: dict[tuple[str, str], dict[str, list[Outcome]]]) -> None:
    """Command recall and chatter taken as a command, per part of the corpus spoken, per choice between readings."""
    spoken = [part for part in PARTS
              if any(o.row.split == part for by_variant in variants.values() for o in by_variant[VARIANTS[0]])]
    titles = " / ".join(PART_TITLES[part] for part in spoken)
    print(f"\n  choice between readings: command recall, chatter taken as a command ({titles} rows)")
    print(f"    {'voices':8s} {'room':7s} " + "".join(f"{variant:>34s}" for variant in VARIANTS))
    for noise in dict.fromkeys(noise for _, noise in variants):
        for label in (DEV_VOICE, "unseen"):
            group = [k for k in variants if k[1] == noise and (k[0] == DEV_VOICE) == (label == DEV_VOICE)]
            cells = []
            for variant in VARIANTS:
                outcomes = [o for key in group for o in variants[key][variant]]
                figures = [summary([o for o in outcomes if o.row.split == part]) for part in spoken]
                cells.append("/".join(_pct(f["command recall"]) for f in figures) + " "
                             + "/".join(_pct(f["chatter taken as a command"]) for f in figures))
            if group:
                print(f"    {label:8s} {noise:7s} " + "".join(f"{cell:>34s}" for cell in cells))


# -- the learned alternative, measured ----------------------------------------------------------------------------


def _grams(text: str) -> list[str]:
    words = normalise(text).split()
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def learned_baseline(rows: list[Row]) -> Callable[[str], str]:
    """A multinomial naive Bayes over words and word pairs, trained on the tuning rows' safety labels: the kind of
    light learned model a Pi could run, to see whether it generalises to held-out wording as well as the patterns."""
    labels = ("none", *SAFETY)
    counts = {label: Counter() for label in labels}
    prior = Counter(row.safety for row in rows if row.split == "tuning")
    for row in rows:
        if row.split == "tuning":
            counts[row.safety].update(_grams(row.text))
    vocabulary = set().union(*counts.values())
    totals = {label: sum(counts[label].values()) + len(vocabulary) for label in labels}

    def classify(text: str) -> str:
        def score(label: str) -> float:
            return math.log(prior[label]) + sum(math.log((counts[label][gram] + 1) / totals[label])
                                                for gram in _grams(text) if gram in vocabulary)

        return max(labels, key=score)

    return classify


def run_baseline(rows: list[Row]) -> None:
    classify = learned_baseline(rows)
    outcomes = [Outcome(row, "any", row.text, row.intent, classify(row.text)) for row in rows]
    print("\nsafety: a learned alternative (naive Bayes on words and word pairs, trained on the tuning rows)")
    print(f"  {'':46s} {'tuning':>8s} {'held-out':>9s}")
    sums = {part: summary([o for o in outcomes if o.row.split == part]) for part in PARTS[:2]}
    for key in list(sums["tuning"])[len(INTENT_FIGURES):]:
        print(f"  {key:46s} {_pct(sums['tuning'][key]):>8s} {_pct(sums['held_out'][key]):>9s}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--text", action="store_true", help="typed text through the session's matcher")
    parser.add_argument("--speech", action="store_true", help="spoken by the test voices, heard by PocketSphinx")
    parser.add_argument("--baseline", action="store_true", help="also measure a learned safety classifier")
    parser.add_argument("--misses", action="store_true", help="list what went wrong on tuning rows (never held-out)")
    parser.add_argument("--no-blind", action="store_true", help="leave out the blind corpora even if present")
    parser.add_argument("--voices", default="joe,kal16,awb,hts", help="test voices, comma-separated (joe: development)")
    parser.add_argument("--noise", default="clean,steady", help="rooms: clean, steady (pink room noise), babble")
    parser.add_argument("--categories", default="", help="speech: only these categories, comma-separated (e.g. "
                        "danger,self_harm,hurt,negation,idiom,story: a spoken-safety try in minutes); default all")
    parser.add_argument("--tuning", type=int, default=5, help="speech: tuning rows a category")
    parser.add_argument("--held-out", type=int, default=3, help="speech: held-out rows a category")
    for name in BLIND_NAMES[1:]:
        figure = "the blind figure" if name == BLIND_NAMES[-1] else "spent"
        parser.add_argument(f"--{name}", type=int, default=0, help=f"speech: {name} rows a category ({figure})")
    args = parser.parse_args()
    rows = load_all(blind=not args.no_blind)
    counts = Counter(row.split for row in rows)
    blind = "".join(f", {counts[part]} {PART_TITLES[part]}" for part in BLIND_PARTS if counts[part])
    spent = f" (blinds 1 to {LATEST_BLIND - 1} are spent: trained on since they were measured)"
    print(f"corpus: {counts['tuning'] + counts['held_out']} utterances, {counts['tuning']} tuning, "
          f"{counts['held_out']} held out" + blind + spent)
    if args.text or not args.speech:
        run_text(rows, args.misses)
    if args.baseline:
        run_baseline(rows)
    if args.speech:
        sizes = {"tuning": args.tuning, "held_out": args.held_out,
                 **{name: getattr(args, name) for name in BLIND_NAMES[1:]}}
        categories = frozenset(filter(None, args.categories.split(",")))
        run_speech(rows, args.voices.split(","), args.noise.split(","), sizes, args.misses, categories)


if __name__ == "__main__":
    main()
