"""Hearing people in a real room: commands, false commands on chatter, and listen's triggers, per voice and condition.

Voices: Piper joe (the development voice) and five never used in tuning (flite kal16, awb, rms, slt; festival's HTS),
reported apart; espeak-ng's US voice ("espeak:en-us", a second tuning voice) only when --voices names it. Conditions:
clean, steady pink noise and synthetic babble (five flite/festival voices at once: no recorded human speech is on the
package registries we can reach) at 15 and 10 dB SNR, from benchmarks/speechlab.py.
Each clip has 4 s of the room before the speech and 3 s after, and is heard the way a flow hears it (front end,
endpointer, ears), listening on until the clip ends. Each clip starts as a session in its room would be when someone
speaks to it (since release 28): the ears forget what earlier clips adapted them to (another voice, another room), as
make_ears has them do at each session's start, then hear one earlier answer of the same voice in the same room
(PRIME), so a clip's outcome no longer depends on the clips heard before it; --first-words hears each clip as a
session's first words instead, --carry-room as before release 28; --stored-room starts each clip's session from the
cepstral mean an earlier session of the same voice in the same kind of room left (EARLIER), as a home device's next
session starts from the room's stored state (voice_pacer.ears.room_state). The session acts on the first utterance
taken for an intent: the first one ending after the speech began must be the phrase's intent; one ending before it is
a false command. Then listen's wake grammar runs over minutes of babble.

The sample is fixed data, benchmarks/corpus/room.csv: 29 command wordings (with the intent each was said for), 10
chatter sentences and the 4 trigger lines, so that a change to the templates no longer changes the clips. It was chosen
once, at release 24's start, as the clips `--every 168` heard then: every 168th of the 4738 wordings the templates
made, listed intent by intent, which is a sample stratified by intent in proportion to each intent's wordings (1 to 4
of each of the 12 command intents), and every 6th of recognition.py's non-command sentences. So its figures are
comparable with release 23's. Each command's intent is the one match_intent gave it then; for 2 of the 29 ("not for
that app"; "she saying but that was only", a template's phrase with its wildcard left out) the templates said none and
the learned model did, and the session does not ask that model over noise. `--every N` and `--chatter-every N` sample
today's templates and sentences instead, for larger tuning runs.

Run: python benchmarks/room.py [--engine pocketsphinx] [--babble-minutes 10] [--every 56] [--endpoints] [--spans]
                               [--conditions clean,steady15,babble15] [--voices joe,kal16,hts] [--details FILE.csv]
                               [--readings FILE.jsonl] [--stored-room]
Experiments against babble (not in the ears; README "In a room"): --fillprob 1e-2 (fillers absorb other talk in phrase
grammars), --spot 1e5 --key-phrases (keyword spotting of stop, pause, time out, done on the phrases holding them).
PocketSphinx's commands model (in the ears): --no-domain leaves it out; --domain-below=-inf --details FILE.csv keeps
every reading with its margin, for benchmarks/babble_spotting.py to weigh each part of the decision; --readings
FILE.jsonl keeps every utterance's readings (grammar, confidence, open, domain, over talk, n-best, the ears' margins)
to decide them again under another rule without decoding again; --chatter-every 1 takes all the chatter sentences.
--quiet-search keeps the commands model's fast search in a noisy room (as before release 21); --noisy-option KEY=VALUE
sets a PocketSphinx option of that model's full search (NOISY_OPTIONS), e.g. fillprob=1e-2 (fillers absorbing the talk
around a command: tried, release 25, and left out). Each condition also
prints the median CPU seconds per second of speech of a command's clip, and how long after the end of each clip's
speech the endpoint closed it, as a flow hears it (median and p90).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from pocketsphinx import Decoder

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.recognition import OTHER_TALK, ClipSource
from benchmarks.speechlab import DEV_VOICE, VOICES, babble, have_voice, in_room, say, speech_span, tuning_voice
from voice_pacer.audio.pcm import FRAME_SAMPLES, FRAME_SECONDS, SAMPLE_RATE, room_tone
from voice_pacer.config import DEFAULT_TRIGGERS
from voice_pacer.ears.base import Ears, Recognition, Speech, Unknown
from voice_pacer.ears.cepstral import CMN_INIT
from voice_pacer.ears.choose import care_reader, domain_wordings, make_ears
from voice_pacer.ears.pocketsphinx_ears import GRAMMAR_OPTIONS, NOISY_OPTIONS, PocketSphinxEars
from voice_pacer.ears.room_state import load_room_mean, save_room_mean
from voice_pacer.flowfile.common import common
from voice_pacer.hearing.audio import AudioConversation, SilentSink
from voice_pacer.hearing.base import InputEnded, ListenRequest, Utterance
from voice_pacer.hearing.endpoint import Endpointer, Mark
from voice_pacer.hearing.frontend import FrontEnd
from voice_pacer.intents import IntentSpec, match_intent, normalise, phrases_for
from voice_pacer.live import TRIGGER_END_SILENCE, trigger_specs
from voice_pacer.understanding import intent_of
from voice_pacer.voice.choose import make_voice

CONDITIONS = (("clean", 0.0), ("steady", 15.0), ("babble", 15.0), ("steady", 10.0), ("babble", 10.0))
# Seconds of the room before and after each clip: the endpointer knows the room after 3 s of it (ROOM_MIN_FRAMES;
# earlier utterances are judged against what was heard so far), and a TV has been talking long before anyone speaks to
# the device. Each clip is a new conversation, so its first seconds are the start of listening.
LEAD, TAIL = 4.0, 3.0
# How a clip's session starts (new_session). The ears hear a room only through the utterances the endpointer gives
# them: a TV's talk in the lead reaches them, a fan's suppressed noise does not, so what they know of a room by the
# time a command is said is mostly the partners' earlier words in it. PocketSphinx's cepstral mean follows those words
# from one utterance to the next, so the ears forget earlier clips and hear one such answer first (PRIME, its own
# seed). "carry" (--carry-room) keeps whatever earlier clips left, as before release 28; "first" (--first-words) hears
# each clip as a session's first words, from the model's initial mean.
SESSION = "primed"
STORED_ROOM = False  # --stored-room
STORED_FROM = ""  # --stored-from VOICE: the mean VOICE's earlier session left (a couple's other voice); VOICE+VOICE
# (or +start, the model's starting mean) the mean of those, component by component
PRIME = "you made me a coffee this morning and that felt close"  # a check-in answer, no command and no concern
PRIME_SEED = 1000  # added to a clip's seed: the prime's room is the same kind, not the same samples
# --stored-room: before the prime, the ears start from the cepstral mean an earlier session in the same room left
# (voice_pacer.ears.room_state, through its file), as a home device's next session would. That earlier session is
# these answers by the same voice in the same kind of room, with noise of its own (EARLIER_SEED): none of the sample's
# sentences, and heard once per voice and room, so no clip's state comes from a clip measured.
EARLIER = ("we walked along the canal after work and talked about the summer",
           "i was tired all day but cooking dinner together helped a lot",
           "she laughed at my story about the bus driver and that was nice",
           "i would like more quiet evenings like the one we had on sunday")
EARLIER_SEED = 3000
STORED: dict[tuple[str, str, float], str | None] = {}  # (voice, noise, snr) -> the mean its earlier session left
ENDPOINT_LEAD = 2.0  # --endpoints times the endpointer alone, as it was first measured
DETAIL_COLUMNS = ["condition", "voice", "kind", "said", "taken for", "other false", "heard"]
# The words that matter in babble, as the keyword search hears them -> the grammar phrase they stand for.
KEYWORDS = {"stop": "stop", "pause": "pause", "time out": "time out", "i am done": "i am done",
            "i'm done": "i am done"}
SAMPLE = Path(__file__).parent / "corpus" / "room.csv"  # the fixed sample: kind, text, intent (module docstring)
SPECS = [spec for name, spec in common().intents.items() if name != "unsafe"]  # safety is its own open check
PHRASES = tuple(dict.fromkeys(p for spec in SPECS for p in spec.phrases))  # every wording the templates make
KEY_PHRASES = tuple(p for p in PHRASES if any(f" {key} " in f" {p} " for key in ("stop", "pause", "time out", "done")))
# What a command state's recogniser is restricted to, as the session asks for it: each intent's grammar phrases and
# the decoys (listening_for); wordings outside it are heard by the open pass on audio the grammar rejects.
GRAMMAR = (*phrases_for([spec.name for spec in SPECS], common().intents), *common().decoys)
TRIGGERS = trigger_specs({normalise(k): v for k, v in DEFAULT_TRIGGERS.items()})
VOICE = make_voice("espeak")  # the conversation needs a voice; nothing is said here
MARGINS: dict[int, float | None] = {}  # id of an utterance -> its domain reading's margin, for --details
SCORES: dict[int, dict[str, object]] = {}  # id of an utterance -> the ears' scores of it, for --readings
READINGS: list[dict[str, object]] = []  # every utterance's readings, for --readings
SCORED = ("margin", "domain_margin", "open_margin", "noisy", "suppressed", "domain_text")  # the ears' (domain_text: the
# commands model's reading, offered or not), for --readings
CPU: dict[tuple[str, str], list[float]] = {}  # (condition, voice) -> CPU-s per speech second of each command's clip
ENDS: dict[str, list[float]] = {}  # condition -> seconds from the end of a clip's speech to the endpoint closing it


class FillerEars(PocketSphinxEars):
    """An experiment: PocketSphinx whose phrase grammars let filler words ([SPEECH], [NOISE]) absorb other talk
    before, between and after a phrase's words, with this probability (PocketSphinx's default is 1e-8)."""

    def __init__(self, fillprob: float) -> None:
        super().__init__(f"PocketSphinx, phrase grammars with filler probability {fillprob:g}")
        self._grammar = Decoder(samprate=SAMPLE_RATE, loglevel="FATAL", fillprob=fillprob, **GRAMMAR_OPTIONS)


class SpottingEars(PocketSphinxEars):
    """An experiment: PocketSphinx that also spots the words that matter in babble (stop, pause, time out, done) with
    its keyword search while a command state listens; when the grammar rejects an utterance (Unknown) and exactly one
    of those phrases of the state's grammar was spotted in it, that phrase is what was heard."""

    def __init__(self, threshold: float) -> None:
        super().__init__(f"PocketSphinx, spotting {', '.join(KEYWORDS)} at {threshold:g}")
        with tempfile.NamedTemporaryFile("w", suffix=".kws", delete=False) as keys:
            keys.write("".join(f"{spoken} /{threshold:g}/\n" for spoken in KEYWORDS))
        self._kws = Decoder(samprate=SAMPLE_RATE, loglevel="FATAL", kws=keys.name)
        Path(keys.name).unlink()
        self._spotting: set[str] = set()

    def begin(self, phrases: Sequence[str] | None, commands: Sequence[str] = (), wake: bool = False) -> None:
        if self._spotting:
            self._kws.end_utt()
        super().begin(phrases, commands, wake)
        self._spotting = {key for key, phrase in KEYWORDS.items() if phrase in (phrases or ())} if not wake else set()
        if self._spotting:
            self._kws.start_utt()

    def feed(self, pcm: np.ndarray) -> None:
        super().feed(pcm)
        if self._spotting:
            self._kws.process_raw(np.ascontiguousarray(pcm, dtype=np.int16).tobytes(), False, False)

    def end(self) -> Recognition:
        result = super().end()
        if not self._spotting:
            return result
        self._kws.end_utt()
        spotted = {seg.word.strip() for seg in self._kws.seg() or ()} & self._spotting
        self._spotting = set()
        if isinstance(result, Unknown) and len({KEYWORDS[key] for key in spotted}) == 1:
            return Speech(KEYWORDS[spotted.pop()])
        return result


class QuietSearchEars(PocketSphinxEars):
    """PocketSphinx whose commands model searches the same way in any room, as before the noisy room's full search."""

    def hear_room(self, noisy: bool, suppressed: bool = False) -> None:
        super().hear_room(False, suppressed)


def fixed_sample() -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """The stored sample: command wordings with the intent each was said for, chatter sentences, trigger lines."""
    with SAMPLE.open(newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    return ([(r["text"], r["intent"]) for r in rows if r["kind"] == "command"],
            [r["text"] for r in rows if r["kind"] == "chatter"], [r["text"] for r in rows if r["kind"] == "trigger"])


COMMANDS, CHATTER, TRIGGER_LINES = fixed_sample()


def from_templates(phrases: Sequence[str]) -> list[tuple[str, str]]:
    """Wordings the templates make, each with the intent the matcher gives it (for --every)."""
    return [(phrase, str(match_intent(phrase, SPECS))) for phrase in phrases]


def utterances(ears: Ears, pcm: np.ndarray, request: ListenRequest) -> list[Utterance]:
    """Everything the assistant hears in a clip, listening again after each utterance until the clip ends."""
    talk = AudioConversation(ClipSource(pcm), SilentSink(), VOICE, ears)
    heard: list[Utterance] = []
    try:
        while isinstance(result := talk.listen(request), Utterance):
            heard.append(result)
            MARGINS[id(result)] = getattr(ears, "domain_margin", None) if result.domain_text else None
            SCORES[id(result)] = {key: getattr(ears, key, None) for key in SCORED}
            SCORES[id(result)]["began"] = result.endpoint_at - talk.endpointer.speech_seconds  # pre-roll included
    except InputEnded:
        pass
    finally:
        talk.renderer.close()
    return heard


def new_session(ears: Ears, voice: str, noise: str, snr: float, seed: int) -> None:
    """Start a clip as a session in its room would be when someone speaks (SESSION): the ears forget earlier clips,
    then hear this voice's PRIME in this kind of room, as a command state hears a partner's earlier words."""
    if SESSION == "carry" or not isinstance(ears, PocketSphinxEars):
        return
    mean = stored_blend(ears, STORED_FROM or voice, noise, snr) if STORED_ROOM else None
    ears.forget_room()
    if mean is not None:
        ears.start_from_room(mean)
    if SESSION == "primed":
        prime = in_room(say(PRIME, voice), noise, snr, seed=seed + PRIME_SEED, lead=LEAD, tail=TAIL)
        utterances(ears, prime, ListenRequest(GRAMMAR, 0.8))


def stored_room(ears: PocketSphinxEars, voice: str, noise: str, snr: float) -> str | None:
    """The cepstral mean an earlier session of this voice in this kind of room left (EARLIER), written to and read
    from the room state's file as sessions do; heard once per voice and room."""
    if (voice, noise, snr) not in STORED:
        ears.forget_room()
        for number, sentence in enumerate(EARLIER):
            pcm = in_room(say(sentence, voice), noise, snr, seed=EARLIER_SEED + number, lead=LEAD, tail=TAIL)
            utterances(ears, pcm, ListenRequest(GRAMMAR, 0.8))
        mean = ears.room_mean()
        with tempfile.TemporaryDirectory(prefix="voice-pacer-room-") as folder:
            if mean is not None:
                save_room_mean(mean, Path(folder) / "room.json")
            STORED[(voice, noise, snr)] = load_room_mean(Path(folder) / "room.json", print)
    return STORED[(voice, noise, snr)]


def stored_blend(ears: PocketSphinxEars, voices: str, noise: str, snr: float) -> str | None:
    """--stored-from: the stored mean of one voice, or the mean of several ('joe+espeak:en-us'; 'start' is the
    model's starting mean)."""
    start = CMN_INIT + ",0" * (13 - len(CMN_INIT.split(",")))
    means = [start if voice == "start" else stored_room(ears, voice, noise, snr) for voice in voices.split("+")]
    if any(mean is None for mean in means):
        return None
    rows = [[float(value) for value in str(mean).split(",")] for mean in means]
    return ",".join(f"{sum(column) / len(column):g}" for column in zip(*rows, strict=True))


def decided(heard: Utterance | None, specs: list[IntentSpec]) -> str | None:
    """The intent the session takes an utterance for, by the session's own decision."""
    return intent_of(heard, specs) if heard is not None else None


def readings(heard: list[Utterance], during: list[Utterance], condition: str, voice: str, text: str,
             wake: bool, span: tuple[float, float]) -> list[dict[str, object]]:
    """Each utterance of a clip with every reading the decision weighs, for --readings (one JSON object a line), with
    where the speech really was and where the utterance began and ended (seconds into the clip)."""
    return [{"condition": condition, "voice": voice, "said": text, "wake": wake, "during": h in during,
             "speech": list(span), "endpoint_at": h.endpoint_at,
             "unknown": isinstance(h.heard, Unknown), "text": h.text, "confidence": h.confidence,
             "open": h.open_text, "domain": h.domain_text, "over_talk": h.over_talk,
             "alternatives": list(h.alternatives), **SCORES.get(id(h), {})}
            for h in heard]


def shown(heard: Utterance, during: bool) -> str:
    """One utterance for --details: '*' if it ended after the speech began, the grammar's text, then what the open
    pass and the domain reading (with its margin) heard."""
    domain, margin = heard.domain_text, MARGINS.get(id(heard))
    return (f"{'*' if during else ''}{heard.text}{f' (open: {heard.open_text})' if heard.open_text else ''}"
            + (f" (domain: {domain} @{margin:.3f})" if domain and margin is not None else ""))


def trial(ears: Ears, text: str, voice: str, noise: str, snr: float, seed: int,
          wake: bool = False) -> tuple[str | None, int, str]:
    """What the session acts on in a clip: the first intent heard in an utterance ending after the speech began (None
    for nothing), how many utterances ending before it were taken for a command (or a trigger, with wake), and what
    was heard (for --details: '*' marks utterances ending after the speech began)."""
    pcm = say(text, voice)
    start, end = speech_span(pcm, LEAD)
    new_session(ears, voice, noise, snr, seed)
    started = time.process_time()
    specs = TRIGGERS if wake else SPECS
    request = (ListenRequest(tuple(s.phrases[0] for s in TRIGGERS), TRIGGER_END_SILENCE, wake=True) if wake
               else ListenRequest(GRAMMAR, 0.8))
    heard = utterances(ears, in_room(pcm, noise, snr, seed=seed, lead=LEAD, tail=TAIL), request)
    if not wake:
        CPU.setdefault((condition_name(noise, snr), voice), []).append(
            (time.process_time() - started) / max(end - start, FRAME_SECONDS))
    during = [h for h in heard if h.endpoint_at > start]
    closed = next((h.endpoint_at for h in heard if h.endpoint_at > end), None)
    if closed is not None and not wake:
        ENDS.setdefault(condition_name(noise, snr), []).append(closed - end)
    READINGS.extend(readings(heard, during, condition_name(noise, snr), voice, text, wake, (start, end)))
    got = next((found for h in during if (found := decided(h, specs)) is not None), None)
    others = sum(decided(h, specs) is not None for h in heard if h not in during)
    said = " | ".join(shown(h, h in during) for h in heard)
    return got, others, said


def row(ears: Ears, voice: str, noise: str, snr: float, commands: Sequence[tuple[str, str]],
        chatter: Sequence[str], details: list[list[str]]) -> dict[str, float]:
    """Command accuracy, false commands and trigger detection for one voice in one condition."""
    tally: Counter[str] = Counter()
    condition = condition_name(noise, snr)
    for seed, (phrase, intent) in enumerate(commands):
        got, others, said = trial(ears, phrase, voice, noise, snr, seed)
        tally["right"] += got == intent
        tally["false"] += (got is not None and got != intent) + others
        tally["commands"] += 1
        details.append([condition, voice, "command", phrase, str(got), str(others), said])
    for seed, sentence in enumerate(chatter):
        got, others, said = trial(ears, sentence, voice, noise, snr, 100 + seed)
        tally["false"] += (got is not None) + others
        tally["chatter"] += 1
        details.append([condition, voice, "chatter", sentence, str(got), str(others), said])
    for seed, line in enumerate(TRIGGER_LINES):
        got, others, said = trial(ears, line, voice, noise, snr, 200 + seed, wake=True)
        tally["triggers"] += got is not None
        tally["false"] += others
        details.append([condition, voice, "trigger", line, str(got), str(others), said])
    return {"commands": tally["right"] / tally["commands"],
            "false": tally["false"] / (tally["commands"] + tally["chatter"]),
            "triggers": tally["triggers"] / len(TRIGGER_LINES)}


def false_starts(ears: Ears, minutes: float) -> tuple[int, float]:
    """Triggers heard in minutes of babble (at -30 dBFS over room tone), and CPU seconds per audio second."""
    pcm = babble(minutes * 60, seed=11) * 32768 * 10 ** (-30 / 20)
    pcm = np.clip(pcm + room_tone(minutes * 60, -60, seed=11), -32768, 32767).astype(np.int16)
    request = ListenRequest(tuple(s.phrases[0] for s in TRIGGERS), TRIGGER_END_SILENCE, wake=True)
    if SESSION != "carry" and isinstance(ears, PocketSphinxEars):
        # listen starts as a new session; with --stored-room, from the mean a session of joe (or --stored-from's
        # voice) in babble 15 dB left, this babble's level below joe's speech
        mean = stored_blend(ears, STORED_FROM or DEV_VOICE, "babble", 15.0) if STORED_ROOM else None
        ears.forget_room()
        if mean is not None:
            ears.start_from_room(mean)
    started = time.process_time()
    heard = utterances(ears, pcm, request)
    cpu = (time.process_time() - started) / (len(pcm) / SAMPLE_RATE)
    return sum(match_intent(h.text, TRIGGERS) is not None for h in heard), cpu


def endpoint_delays(voice: str, noise: str, snr: float) -> tuple[list[float], int]:
    """Seconds from the true end of each command to the endpoint that closed it, and how many never closed."""
    delays, never = [], 0
    for seed, phrase in enumerate(PHRASES):
        pcm = say(phrase, voice)
        _, end = speech_span(pcm, ENDPOINT_LEAD)
        clip = in_room(pcm, noise, snr, seed=seed, lead=ENDPOINT_LEAD, tail=4.0)
        endpointer = Endpointer()
        endpointer.reset(0.8)
        closed = None
        for index in range(len(clip) // FRAME_SAMPLES):
            mark = endpointer.push(clip[index * FRAME_SAMPLES : (index + 1) * FRAME_SAMPLES])
            if mark is Mark.ENDED and (index + 1) * FRAME_SECONDS > end:
                closed = (index + 1) * FRAME_SECONDS
                break
        if closed is None:
            never += 1
        else:
            delays.append(closed - end)
    return delays, never


def command_spans(voice: str, noise: str, snr: float, commands: Sequence[tuple[str, str]]) -> Counter[str]:
    """How the endpointer (behind the front end, as a flow hears) cuts each command of room.py's clips: as one
    utterance ("whole"), split in two or more ("split"), or not covered by any ("cut")."""
    tally: Counter[str] = Counter()
    for seed, (phrase, _) in enumerate(commands):
        pcm = say(phrase, voice)
        start, end = speech_span(pcm, LEAD)
        clip = in_room(pcm, noise, snr, seed=seed, lead=LEAD, tail=TAIL)
        endpointer, front = Endpointer(), FrontEnd("auto")
        endpointer.reset(0.8)
        spans, began = [], None
        for index in range(len(clip) // FRAME_SAMPLES):
            raw = clip[index * FRAME_SAMPLES : (index + 1) * FRAME_SAMPLES]
            mark, now = endpointer.push(front.process(raw), raw), (index + 1) * FRAME_SECONDS
            if mark is Mark.STARTED:  # a louder voice may start one inside another, which ends there
                opened = now - len(endpointer.pre_roll) * FRAME_SECONDS
                spans += [(began, opened)] if began is not None else []
                began = opened
            elif mark is Mark.ENDED and began is not None:
                spans.append((began, now))
                began = None
        spans += [(began, math.inf)] if began is not None else []
        over = [(a, b) for a, b in spans if b > start + 0.05 and a < end - 0.05]
        tally["split" if len(over) > 1 else "whole" if over and over[0][1] >= end else "cut"] += 1
    return tally


def print_spans(voices: list[str], conditions: list[tuple[str, float]], commands: Sequence[tuple[str, str]]) -> None:
    """Commands kept whole, split or cut by the endpointer, per condition, joe and the unseen voices apart."""
    print("| condition | voices | whole | split | cut |")
    print("|---|---|---|---|---|")
    for noise, snr in conditions:
        for label, group in ((DEV_VOICE, [v for v in voices if v == DEV_VOICE]),
                             ("unseen", [v for v in voices if v != DEV_VOICE])):
            tally: Counter[str] = Counter()
            for voice in group:
                tally.update(command_spans(voice, noise, snr, commands))
            if tally:
                print(f"| {condition_name(noise, snr)} | {label} | {tally['whole']} | {tally['split']} | "
                      f"{tally['cut']} |", flush=True)


def condition_name(noise: str, snr: float) -> str:
    """'clean', 'steady 15 dB', 'babble 10 dB'..."""
    return noise if noise == "clean" else f"{noise} {snr:.0f} dB"


def print_endpoints(voices: list[str], conditions: list[tuple[str, float]]) -> None:
    """The endpointer alone: endpoint minus true end of speech, median and p90, per condition."""
    print("| condition | voices | endpoint - end of speech, median / p90 | never closed |")
    print("|---|---|---|---|")
    for noise, snr in conditions:
        for label, group in ((DEV_VOICE, [DEV_VOICE]), ("unseen", [v for v in voices if v != DEV_VOICE])):
            delays, never = [], 0
            for voice in group:
                found, missed = endpoint_delays(voice, noise, snr)
                delays += found
                never += missed
            name = condition_name(noise, snr)
            shown = f"{statistics.median(delays):.2f} / {np.percentile(delays, 90):.2f} s" if delays else "-"
            print(f"| {name} | {label} | {shown} | {never} of {never + len(delays)} |", flush=True)


def arguments() -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", default="pocketsphinx")
    parser.add_argument("--babble-minutes", type=float, default=10.0)
    parser.add_argument("--every", type=int, default=0,
                        help=f"use every Nth of the {len(PHRASES)} command phrases the templates make (1: all) "
                             f"instead of the fixed sample's {len(COMMANDS)}")
    parser.add_argument("--chatter-every", type=int, default=0,
                        help=f"use every Nth of the {len(OTHER_TALK)} non-command sentences as chatter (1: all) "
                             f"instead of the fixed sample's {len(CHATTER)}")
    parser.add_argument("--endpoints", action="store_true", help="only the endpointer's timing (quick)")
    parser.add_argument("--spans", action="store_true", help="only whether the endpointer keeps each command whole")
    parser.add_argument("--conditions", default="", help="a subset, e.g. clean,steady15,babble15 (default: all)")
    parser.add_argument("--fillprob", type=float, default=0.0, help="experiment: PocketSphinx grammars with fillers")
    parser.add_argument("--spot", type=float, default=0.0, help="experiment: keyword spotting at this threshold")
    parser.add_argument("--key-phrases", action="store_true",
                        help="only the command phrases holding stop, pause, time out or done")
    parser.add_argument("--details", default="", help="write every clip's outcome to this CSV file")
    parser.add_argument("--readings", default="", help="write every utterance's readings to this JSON-lines file")
    parser.add_argument("--voices", default="", help="a subset of voices, e.g. joe,kal16,hts (default: all)")
    parser.add_argument("--no-domain", action="store_true", help="PocketSphinx without its domain language model")
    parser.add_argument("--domain-below", type=float, default=None,
                        help="tuning: offer the domain reading down to this margin (e.g. -inf, with --details)")
    parser.add_argument("--noisy-option", action="append", default=[], metavar="KEY=VALUE",
                        help="tuning: a PocketSphinx option of the commands model's decoder in a noisy room "
                             "(NOISY_OPTIONS), e.g. fillprob=1e-2; repeatable")
    parser.add_argument("--carry-room", action="store_true",
                        help="the ears keep what earlier clips adapted them to (before release 28)")
    parser.add_argument("--first-words", action="store_true",
                        help="each clip heard as a session's first words (the ears forget, and hear no PRIME)")
    parser.add_argument("--stored-room", action="store_true",
                        help="each clip's session starts from the cepstral mean an earlier session in its room left")
    parser.add_argument("--stored-from", default="", metavar="VOICE",
                        help="with --stored-room: the mean VOICE's earlier session left (the other partner's)")
    parser.add_argument("--quiet-search", action="store_true",
                        help="PocketSphinx's commands model searching the same in a noisy room (before release 21)")
    return parser.parse_args()


def ears_for(args: argparse.Namespace) -> Ears:
    """The ears the command line asks for: the engine's, or one of the experiments."""
    for option in args.noisy_option:
        key, value = option.split("=", 1)
        NOISY_OPTIONS[key] = type(NOISY_OPTIONS.get(key, 0.0))(value)
    ears = (FillerEars(args.fillprob) if args.fillprob else SpottingEars(args.spot) if args.spot
            else PocketSphinxEars("PocketSphinx without its domain language model") if args.no_domain
            else QuietSearchEars("PocketSphinx, the commands model searching the same in any room",
                                 wordings=domain_wordings(), care=care_reader()) if args.quiet_search
            else make_ears(args.engine))
    if args.domain_below is not None:
        ears.domain_below = args.domain_below  # type: ignore[attr-defined]
    return ears


def print_condition(name: str, voices: list[str], rows: dict[str, dict[str, float]]) -> None:
    """One condition's table rows (each tuning voice, then the unseen voices' mean), CPU and endpoint timing."""
    unseen = [rows[v] for v in voices if not tuning_voice(v)]
    for voice in (v for v in voices if tuning_voice(v) and v in rows):
        print(f"| {name} | {voice} (tuning) | " + " | ".join(
            f"{rows[voice][key]:.2f}" for key in ("commands", "false", "triggers")) + " |", flush=True)
    if unseen:
        print(f"| {name} | {len(unseen)} unseen | " + " | ".join(
            f"{statistics.mean(r[key] for r in unseen):.2f}" for key in ("commands", "false", "triggers"))
            + " |", flush=True)
    print("    per unseen voice, commands: " + ", ".join(f"{v} {rows[v]['commands']:.2f}" for v in voices
                                                     if not tuning_voice(v)), flush=True)
    cpu = [c for v in voices for c in CPU.get((name, v), [])]
    print(f"    CPU-s per speech second of a command's clip (room before and after included), median: "
          f"{statistics.median(cpu):.2f}", flush=True)
    ends = ENDS.get(name, [])
    if ends:
        print(f"    end of speech to the endpoint closing it (front end and endpointer; commands and chatter), "
              f"median / p90: {statistics.median(ends):.2f} / {np.percentile(ends, 90):.2f} s", flush=True)


def main() -> None:
    global SESSION, STORED_ROOM, STORED_FROM
    args = arguments()
    STORED_FROM = args.stored_from
    SESSION = "carry" if args.carry_room else "first" if args.first_words else SESSION
    STORED_ROOM = args.stored_room
    chosen = args.voices.split(",") if args.voices else VOICES
    voices = [v for v in (*VOICES, "espeak:en-us") if have_voice(v) and v in chosen]
    wanted = args.conditions.split(",") if args.conditions else None
    conditions = [(noise, snr) for noise, snr in CONDITIONS
                  if wanted is None or condition_name(noise, snr).replace(" dB", "").replace(" ", "") in wanted]
    if args.endpoints:
        print_endpoints(voices, conditions)
        return
    commands = (from_templates((KEY_PHRASES if args.key_phrases else PHRASES)[::args.every or 1])
                if args.every or args.key_phrases else COMMANDS)
    chatter = OTHER_TALK[::args.chatter_every] if args.chatter_every else CHATTER
    if args.spans:
        print_spans(voices, conditions, commands)
        return
    ears = ears_for(args)
    print(f"engine: {ears.description}")
    print(f"{len(commands)} command phrases, {len(chatter)} chatter sentences, "
          f"{len(TRIGGER_LINES)} trigger lines per voice and condition; false = false commands per clip\n")
    details: list[list[str]] = []
    print("| condition | voices | commands right | false commands | triggers |")
    print("|---|---|---|---|---|")
    for noise, snr in conditions:
        rows = {}
        for voice in voices:
            rows[voice] = row(ears, voice, noise, snr, commands, chatter, details)
            if args.details:  # written as it goes, so a long run can be looked at early
                with open(args.details, "w", newline="", encoding="utf-8") as out:
                    csv.writer(out).writerows([DETAIL_COLUMNS, *details])
            if args.readings:
                Path(args.readings).write_text("".join(json.dumps(r) + "\n" for r in READINGS), encoding="utf-8")
        print_condition(condition_name(noise, snr), voices, rows)
    if not args.babble_minutes:
        return
    count, cpu = false_starts(ears, args.babble_minutes)
    print(f"\nfalse starts in {args.babble_minutes:g} min of babble: {count} (listen's wake grammar; "
          f"{cpu:.3f} CPU-s per audio second while the TV talks)")

if __name__ == "__main__":
    main()
