"""PocketSphinx ears: the built-in US English model, open vocabulary or phrase grammars that reject other speech."""

from __future__ import annotations

import itertools
import math
import os
import tempfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
from pocketsphinx import Decoder, get_model_path

from voice_pacer.audio.pcm import SAMPLE_RATE
from voice_pacer.ears.base import Nothing, Recognition, Speech, Unknown
from voice_pacer.ears.care_lm import CareReader
from voice_pacer.ears.cepstral import new_decoder
from voice_pacer.ears.domain_lm import arpa, weighted_sentences
from voice_pacer.intents import CONTRACTIONS, NEGATIONS

# Mean per-frame log-likelihood (nats) by which the best grammar path may trail a free phone loop and still count as
# a command; measured on Piper speech: clean commands mostly above -3.4, clean non-command sentences below -3.7.
REJECT_BELOW = -3.4
# Wake phrases (listen's triggers) start a flow in an idle room, so they must be surer. With words allowed around them
# (LEAD_WORDS), 11 spoken triggers scored -2.7 or better and the most trigger-like of 86 chatter sentences -3.7.
WAKE_BELOW = -3.2
# A wake phrase must be said without a gap full of other words: the grammar may put a silence between its words over
# speech the phone loop hears. Late in an idle hour "Time to take out the bins." was "time <sil> out" with 35 frames
# of speech skipped, margin -3.05 (benchmarks/listen_idle.py --minutes 60); the four triggers said by Piper joe, flite
# kal16, awb, rms, slt and festival's HTS skipped 0-2 frames.
WAKE_SKIPPED_SPEECH_FRAMES = 10
# Every word of a grammar's phrase must fit the sound within WORD_BELOW a frame of the phone loop, not the phrase on
# average only: a short sound unlike every phrase is forced onto the one whose last word can stretch over it, with a
# word or two squeezed in before, as kal16's "nah" at the break offer was "i'm off" ("i'm" 8 frames at -7.3 a frame,
# "off" -0.9 over the rest and the silence after it; a leaving, and the session ended) and Piper joe's "nah thanks"
# "not doing it" ("doing" at -7.0; a refusal). Measured on spent blind 14 (8 rows a category, kal16, awb, HTS, clean,
# each clip a session's first words): of the grammar phrases taken, the right ones' worst words fit at -5.63 or
# better; below -6.0 were kal16's "he bombed the presentation" heard "rewind that" ("rewind" -6.18, a repeat in a
# reflection) and awb's "how do I get you to do stuff" heard "how do i do this" (-6.48, no command either way). Those
# clips heard again: chatter taken as a command 2.6% -> 2.1%, commands unchanged (71.1%); spent blinds 12 and 13 (4 a
# category, kal16 and awb): no decision changed.
WORD_BELOW = -6.0
# In an answer, a short utterance is also matched against the state's commands, since the open search mishears short
# commands ("stop" as "got that"). When the open search heard a sentence of SENTENCE_WORDS or more, the grammar's
# command must be surer: "The tea this morning." came out as "that is enough" (stop) at -2.74, while spoken commands
# (Piper joe, flite kal16) have a median margin of -1.8.
SENTENCE_WORDS = 4
SURE_IN_SENTENCE = -2.3
COMMAND_FRAMES = 300  # 3 s at 100 frames a second: longer utterances are answers, not commands
RELEASE_FRAMES = 15  # 150 ms: "Stop." ends in a release that the search may take for a short word
MIN_SPEECH_FRAMES = 12  # fewer non-silence phone frames than this (120 ms) is treated as no speech at all
QUIET_DBFS = -50.0  # an utterance whose loudest 30 ms stays below this is silence
MIN_RISE_DB = 6.0  # ...and so is one whose loud frames rise less than this above its quiet ones (steady noise)
# Words people put around a wake phrase ("okay, time out", "let's pause now"): a wake grammar lets them stand there, so
# their sound is not forced into the phrase's words. Without null transitions: with them, triggers and chatter scored
# nearer each other.
LEAD_WORDS = ("ok", "okay", "hey", "so", "well", "alright", "um", "uh", "can we")
TAIL_WORDS = ("please", "now", "then", "ok", "okay")
_AROUND_WAKE = frozenset(word for phrase in (*LEAD_WORDS, *TAIL_WORDS) for word in phrase.split())
MAX_VARIANTS = 8  # spoken-form variants per phrase ("let us" said as "let's"), bounding the grammar's size

# Open vocabulary: halved GMM rate, capped active HMMs and a longer phone lookahead run 1.8x faster than the defaults
# at the same word error rate on test speech (0.097 vs 0.091); narrower beams were faster but tripled the errors.
# Skipping the flat-lexicon second pass cuts the work left when an utterance ends from ~74 ms to ~14 ms (median),
# which is most of the time between the endpoint and the reply, for no measurable loss on test answers.
OPEN_OPTIONS: dict[str, object] = {"ds": 2, "maxhmmpf": 2000, "pl_window": 10, "fwdflat": False}
# In a noisy room (the caller's front end says so: Ears.hear_room) the commands model's decoder searches fully: the full
# GMM rate, 30000 active HMMs and the flat-lexicon second pass, reading commands its fast search garbled over a fan
# ("that is just decide" for "that is just his side"). At 15 dB SNR (benchmarks/room.py --every 112 --quiet-search and
# without, Piper joe and espeak-ng's US voice, 72 commands and 20 chatter sentences): steady pink noise, commands right
# 52 -> 62 and false commands 5 -> 3; babble, 39 -> 50 and 5 -> 7. Open vocabulary keeps its fast search: searching
# fully there too cost a clean wording ("We should wrap this up.") and doubled the CPU of every open utterance.
NOISY_OPTIONS: dict[str, object] = {"ds": 1, "maxhmmpf": 30000, "pl_window": 10, "fwdflat": True}
GRAMMAR_OPTIONS: dict[str, object] = {"lm": None}
# The phone loop needs no words: without PocketSphinx's 134,000-word dictionary (an empty one instead) its decoder takes
# 7 MB, not 29, and reads the same segments (Piper joe, three sentences); listen holds it all the time.
PHONE_LOOP_OPTIONS: dict[str, object] = {"beam": 1e-20, "pbeam": 1e-20, "dict": os.devnull}
# The domain language model (voice_pacer.ears.domain_lm) reads open-vocabulary utterances up to this long (4 s) too:
# commands are short, and a longer utterance is an answer or a story, whose words it would only force into a command.
DOMAIN_FRAMES = 400
# A domain reading is offered only when it is one of the wordings, of DOMAIN_WORDS words or more, and its words trail a
# free phone loop over the same frames by at most DOMAIN_BELOW a frame (as REJECT_BELOW judges a grammar's phrase).
# Chosen on Piper joe (benchmarks/room.py --voices joe, 32 commands and 10 chatter sentences in each of clean, steady
# noise and babble at 15 dB): readings that were the right command scored -2.2 to -6.9, and of the four that were
# false commands in babble, "what" (one word) was heard in the talk before a command, two were no wording, and "we
# are fine" scored -6.2.
DOMAIN_BELOW = -6.0
DOMAIN_WORDS = 2
# A reading that is no wording, only strung from the wordings' word sequences ("sorry can we pause i'm too wound up to
# talk", said so), is offered when it fits the sound this well; the templates then judge it as they judge typed text.
DOMAIN_LOOSE_BELOW = -3.0
# Those bars are per voice: on espeak-ng's US voice every reading trails the phone loop by 4 to 6 a frame, right ones
# too ("ok we are good to go" at -6.2), so almost none was offered. A reading is also offered when it fits the same
# frames at least as well as open vocabulary's words did, whatever the voice: its words explain the sound no worse.
# Chosen on joe and espeak-ng (blind 4 and blind 5 rows outside the unseen voices' sample, 105 commands and 58 other
# rows a voice): command recall 66.7% -> 69.5% (joe) and 41.0% -> 50.5% (espeak), no other row taken as a command;
# at -0.2 a negation ("i'm not trapped, i could leave, i just don't want to") became a refusal.
DOMAIN_NEAR_OPEN = 0.0
# In a noisy room the commands model searches fully (NOISY_OPTIONS) and open vocabulary fast, so a reading that is no
# wording fits "no worse than open vocabulary" easily: over a fan such readings made most false commands ("i'd like it
# when you you my done and dusted" for "I liked it when you held my hand in the cinema", taken for done). While a fan's
# steady noise is suppressed, such a reading is offered only when it also fits within this of the phone loop. Chosen
# on Piper joe and espeak-ng's US voice (benchmarks/room.py --readings, each utterance decided again; steady noise at
# 15 dB, --every 56 --chatter-every 1: 75 commands and 58 chatter sentences a voice; --every 168: 25 and 10): such
# readings that made false commands scored -4.07 to -4.77 but one (-3.57), those that made right commands -2.94 to
# -3.94; false commands 10 -> 6 of 266 clips and 2 -> 1 of 70, no command lost. Not over other voices, where open
# vocabulary hears least and the commands model's reading most: there right ones scored down to -5.05 (espeak) and
# joe's "i want to go to my sleep" -4.29 (tests/test_room_talk.py), for one false command (-4.98) in 35 clips of joe.
NOISY_LOOSE_BELOW = -4.0
# Over other voices a reading that is no wording stands on fitting no worse than open vocabulary only when fewer than
# this share of its words would have to change (word edits: substituted, added or dropped) to make it a wording: the
# commands model strings a few of its words onto the talk it heard ("i would like us do when it true that's all" for "I
# would like us to plan a trip this summer", taken for done; 0.60 of its words to change), while right readings are a
# wording with a word of the room around it or in it ("let us go back done", 0.20; "nope we are go to continue", 0.17).
# Chosen on Piper joe and espeak-ng's US voice in babble at 15 dB (benchmarks/room.py --readings, each utterance decided
# again; --every 56 --chatter-every 1: 76 and 75 commands and 58 chatter sentences a voice; --every 168: 26 commands
# and 10 chatter sentences): readings that made false commands were 0.50-0.70 of their words from a wording but four
# (0.20-0.40), those taken for right commands 0.12-0.44 but one (0.56); false commands 21 -> 15 of 344 clips, commands
# right 136 of 203 before and after (at 0.4, one right command fewer). Since release 26 the same holds over a
# suppressed fan, besides NOISY_LOOSE_BELOW: there too the readings strung onto chatter that fit within it were half
# their words or more from any wording ("like it can you go my and the said i'm", -3.88, taken for done; "i would like
# more you need joking", -3.69, for interrupt), and of those it left out on Piper joe and espeak-ng's US voice (steady
# noise at 15 dB, benchmarks/room.py --readings, each utterance decided again; the fixed sample and --every 56
# --chatter-every 1: 126 commands and 68 chatter sentences a voice) 52 were chatter's and 6 commands', none of which
# had made its right command: false commands 8 -> 5 of 388 clips, commands right 204 -> 205 of 252 ("bunch of
# excuses", read "what should excuses" and taken to interrupt, is now the rebuttal open vocabulary heard).
NOISY_EDIT_SHARE = 0.5
# In a noisy room a reading offered that is no wording, but fewer than this share of its words (word edits) from
# wordings that all say one intent, is offered as the nearest of them: the commands model reads most of a command and
# garbles a word or two ("for now for a walk" for "going out for a walk", "i am heading to the other we're"), which
# the templates do not know. Over a suppressed fan NOISY_LOOSE_BELOW has already judged such a reading's fit; over
# other voices a reading stands on its distance to a wording alone (NOISY_EDIT_SHARE), so only a nearer one is taken
# for a wording there. Chosen on Piper joe and espeak-ng's US voice (benchmarks/room.py --readings, each utterance
# decided again; --every 56 --chatter-every 1: 85 commands and 58 chatter sentences a voice, babble joe only; and the
# fixed sample, 29 commands and 10 chatter sentences): over a fan, at 0.5, commands right joe 72 -> 75 and espeak
# 68 -> 69 of 85, false commands 10 -> 8 of 286 clips, and on the fixed sample joe 25 -> 28, espeak 22 -> 22 of 29,
# no false command more; at half or more, chatter took a wording ("please remember to be the app" as stop, 3 false
# commands more). Over other voices, at 0.5, joe 63 -> 67 of 84 but false commands 3 -> 7 of 141 ("i will away to
# talk to work on" as leave); at 0.3, 63 -> 67 and 3 -> 2, and on the fixed sample joe 20 -> 22, espeak 13 -> 15,
# false commands 1 -> 1 of 77.
NOISY_SNAP_SHARE = 0.5
NOISY_TALK_SNAP_SHARE = 0.3
# In a quiet room a reading that fits worse than open vocabulary's words is still offered when fewer than this share
# of its words would have to change (word edits) to make it a wording: voices the model fits less well read a command
# near word for word and trail open vocabulary's fit by a little (awb's "I don't get how this thing works" read so,
# 0.39 a frame behind open vocabulary's "i don't get to it is fitting workers"), while chatter strung from the
# wordings is half or more of its words from any ("nope end it tomorrow" for "knock 'em dead tomorrow"). Chosen on
# spent blind 11 (8 rows a category, each clip a session's first words; kal16, awb, HTS, Piper joe and espeak-ng):
# the readings it would offer that changed a decision were 0.11-0.43 of their words from a wording when they made a
# right command (29; one more took a command for another, as typed: "forget it i don't understand", help) and
# 0.50-0.88 when they made a false or a wrong command or lost one. Their fit against open vocabulary's did not tell
# the two apart: right ones trailed it by 0.04-1.16 a frame, wrong ones by 0.00-0.78. Commands right 305 -> 333 of
# 455 clips, other clips taken as commands 10 -> 10 of 320; checked on spent blind 10 (joe, espeak-ng, awb; 8 a
# category): 189 -> 207 of 273, and 9 -> 10 of 192 (espeak-ng's "I'm going to strangle this printer" read "i'm going
# to to go to sleep too", a leaving).
QUIET_EDIT_SHARE = 0.5
# In a quiet room a reading that is no wording stands on fitting no worse than open vocabulary (DOMAIN_NEAR_OPEN) only
# when fewer than this share of its words would have to change to make it a wording: chatter the commands model bent
# toward its wordings fits as well as open vocabulary's garble of it ("i'm done with this bit and wanted to" for awb's
# "I'm done with this book, want it?", a stop; "but she didn't get my the but on" for "that she didn't get mad about
# the car", a repeat). Chosen on spent blind 12 (8 rows a category) and spent blind 11 (4), checked on spent blind 10
# (4), each clip a session's first words by kal16, awb and HTS, clean, the readings decided again without the ones it
# drops: those that made a decision had made 7 false commands (0.62-0.80 of their words from a wording), 3 right
# commands (0.60-0.75: awb's "pull please yours" for "oh please, yes", HTS's "yeah she's nodding yes") and 3 wrong
# ones (two now none, one another wrong: help for a rebuttal); the right ones it keeps were 0.57 or less.
# Blind 12: commands 197 -> 194 of 285, chatter taken as a command 12 -> 9 of 192; blind 11: 130 -> 130 of 144,
# 5 -> 1 of 96; blind 10: 112 -> 112 of 144, 6 -> 6 of 96. The tuning rows by Piper joe and espeak-ng (3 a category):
# no decision changed. Release 27, decided again on spent blinds 10 to 13 together (kal16, awb, HTS, clean, each clip a
# session's first words; blind 13 8 rows a category, blinds 10 to 12 4, and blind 12's next 4 of each ordinary
# category): commands right 503 of 684 clips, other clips taken as a command 11 of 567; at 0.7, 505 and 17; dropped,
# 505 and 21. The 2 commands it costs are blind 13's (awb's "what is one meant to do that is don't to", 0.60 of its
# words from a wording; HTS's "could we am can we stop like properly stop", 0.67); the clips it keeps out include
# "amount of mail remind me tomorrow" (a leaving), "not here right" (repeat) and "goodnight both you" (a leaving).
QUIET_FIT_SHARE = 0.6
# In a quiet room, too, a reading offered that is no wording but fewer than this share of its words (word edits) from
# wordings that all say one intent is offered as the nearest of them, as in a noisy room (NOISY_TALK_SNAP_SHARE): the
# commands model reads most of a command and garbles a word ("can i get a word do"), which the templates do not know.
# Not when the nearest wording adds or drops a negation ("no i will it" for espeak-ng's "No, I'm good" is not "no i
# will not", a refusal; Piper joe's "sorry to cut in but" became a cut-in only by gaining a "no"). Measured on spent
# blind 15 (benchmarks/hearing_losses.py: 8 rows of each command category and all 34 cut-ins, 122 commands, and 8 of
# each ordinary category, 48; clean, each clip a session's first words): commands right joe 94 -> 94, espeak-ng en-us
# 48 -> 49, en-gb 29 -> 31 ("your twisting it again" read as the cut-in "you're twisting it again"); ordinary rows taken
# as a command 1 -> 1 of 48 for each voice. A reading 0.3-0.5 of its words off the right wording was in 18 of the 126
# misheard clips; not tried, since over other voices a share of 0.5 took chatter for commands (NOISY_TALK_SNAP_SHARE).
QUIET_SNAP_SHARE = 0.3
# In a noisy room a reading left out by the bars above (fitting worse than open vocabulary, or over a fan worse than
# NOISY_LOOSE_BELOW) that is a word off wordings of one intent (fewer than NOISY_CLOSE_SHARE of its words to change)
# is offered as the nearest of them when it fits within NOISY_CLOSE_BELOW of the phone loop: open vocabulary fits the
# room's sound around a command freely, while the commands model adds a word of it ("may i say one thing we") or
# garbles one ("let us stop there a bit and then", where open vocabulary's "let us stop it and then" made a stop).
# Chosen on Piper joe and espeak-ng's US voice (benchmarks/room.py --readings, each utterance decided again; steady
# noise and babble at 15 dB, the fixed sample and --every 56 --chatter-every 1: 124 commands and 68 chatter sentences a
# voice and condition): the readings it took that turned a decision right fit at -3.63 to -4.41, and no chatter's
# reading came within 0.3 of a wording; commands right +11 of 496 (joe +7, espeak +4), false commands one fewer of 768
# clips (a pause heard as stop), none more; at 0.4 of its words, 4 false commands more over a fan.
NOISY_CLOSE_SHARE = 0.3
NOISY_CLOSE_BELOW = -4.5
# In a noisy room a reading of NOISY_SHORT_WORDS words that fits worse than open vocabulary's words stands only when
# it fits within NOISY_SHORT_BELOW of the phone loop: the shortest reading is the easiest to force onto other sound
# ("go on" for the last word of "I felt lonely last week when you were travelling", -5.73 where open vocabulary's "or
# what" fit at -5.52, above DOMAIN_BELOW's -6.0, taken for no). On the same readings, of the 23 readings of three
# words or fewer that made right commands, 4 fit worse than open vocabulary: joe's "sure longer" (-3.83) and "may i
# interject" (-4.39), espeak-ng's "stop it" (-5.82, whose stop open vocabulary heard too) and "ready to begin" (-5.80:
# three words, which is why three-word readings are left alone; the fit alone cannot separate them).
NOISY_SHORT_WORDS = 2
NOISY_SHORT_BELOW = -4.5
# Over other voices the utterance runs on through the end silence, and the commands model reads a word or two of the
# talk after a command onto its wording ("i am i want to my sleep on", "could you put this on phone let's i"): no
# wording, and too far from one to be taken for the nearest. Such a reading, offered or left out, whose last
# NOISY_TAIL_WORDS words or fewer left off is a wording of one intent or a word off wordings of one intent
# (NOISY_CLOSE_SHARE) is taken as that wording when it fits within NOISY_CLOSE_BELOW and NOISY_TAIL_KEEP words or more
# are left. Chosen on Piper joe and espeak-ng's US voice in babble at 15 dB (benchmarks/room.py --readings, each
# utterance decided again): on the fixed sample commands right joe 24 -> 25 and espeak 18 -> 19 of 29, no false command
# more; on joe's --every 56 --chatter-every 1 (97 commands, 58 chatter sentences) no decision changed, nor on
# espeak-ng's, read after NOISY_TAIL_KEEP was set. Heads of five words found wordings in chatter and in other commands
# ("we should call it longer" for "We should call the plumber about the leak", taken for stop; "i would like that
# out", taken for yes): false commands 2 -> 5 of 155 there, and with three words or more 2 -> 8. Not over a fan, where
# a fan adds no words: there it heard no command more and took espeak-ng's "i don't feel mess like that it for me"
# (chatter) for a refusal.
NOISY_TAIL_WORDS = 2
NOISY_TAIL_KEEP = 6
# How much weight the model gives word sequences no template makes (Witten-Bell's, scaled): on joe, 1 gave readings
# such as "are it that would help" and commands right clean / steady / babble 0.88 / 0.81 / 0.38 (every reading
# taken), 0.1 gave 0.91 / 0.91 / 0.66 and 0.01 gave 0.97 / 0.91 / 0.78.
DOMAIN_SPREAD = 0.01
# N-best: open vocabulary's next hypotheses of an utterance of up to DOMAIN_FRAMES, offered as Speech.alternatives
# (voice_pacer.understanding.intent_of tries them last). Of the first 10, most differ from the best in a word or two
# ("let me catch my breath the manic" -> "... a minute"); their path scores lie too close to sort by (all within 0.001 a
# frame of the best on Piper joe), so the first 10 are taken. The commands model's n-best was tried too and left out
# (joe and espeak-ng, blind 5 and 6: commands right +1 and +22 of 144, other rows taken as commands +1 and +5 of 96;
# "can you turn the oven off" read as "... the out i'm off", a leave).
NBEST = 10
_SPOKEN = {expanded: short for short, expanded in CONTRACTIONS.items() if " " in expanded}
_SPOKEN["ok"] = "okay"


def spoken_variants(phrase: str) -> list[str]:
    """The phrase plus the forms people say aloud ("let us go" -> "let's go"), which normalise back to it."""
    words = phrase.split()
    variants = [phrase]
    for i in range(len(words)):
        for size in (2, 1):
            short = _SPOKEN.get(" ".join(words[i : i + size])) if i + size <= len(words) else None
            if short:
                variants.append(" ".join([*words[:i], short, *words[i + size :]]))
    return list(dict.fromkeys(variants))[:MAX_VARIANTS]


def _frame_scores(segments: object, frames: int, skip: Callable[[str], bool]) -> tuple[np.ndarray, np.ndarray]:
    """Per-frame acoustic log-likelihood of a decoder's best path, and a mask of frames inside non-skipped words."""
    scores = np.zeros(frames)
    speech = np.zeros(frames, dtype=bool)
    for seg in segments or ():
        start, end = max(seg.start_frame, 0), min(seg.end_frame + 1, frames)
        if end <= start:
            continue
        scores[start:end] = math.log(max(seg.ascore, 1e-320)) / (end - start)  # ascore is a probability: may underflow
        speech[start:end] = not skip(seg.word)
    return scores, speech


def _worst_word(said: list, grammar_scores: np.ndarray, phone_scores: np.ndarray) -> float:
    """The lowest mean per-frame margin over the phone loop of any one word of a phrase (its segments: said; the
    scores: _frame_scores of the phrase and of the phone loop)."""
    spans = [(max(seg.start_frame, 0), min(seg.end_frame + 1, len(grammar_scores))) for seg in said
             if not _is_filler(seg.word)]
    margins = [float(np.mean(grammar_scores[start:end] - phone_scores[start:end]))
               for start, end in spans if end > start]
    return min(margins, default=0.0)


def _skipped_speech(segments: list, said: list, speech: np.ndarray) -> int:
    """Frames of speech (by the phone loop) that silences or fillers inside a wake phrase's own words cover."""
    own = [seg for seg in said if _clean(seg.word) not in _AROUND_WAKE]
    if not own:
        return 0
    start, end = own[0].end_frame + 1, min(own[-1].start_frame, len(speech))
    return sum(int(speech[max(seg.start_frame, start):min(seg.end_frame + 1, end)].sum())
               for seg in segments if _is_filler(seg.word) and seg.end_frame >= start and seg.start_frame < end)


def _is_filler(word: str) -> bool:
    return word.startswith(("<", "[", "+")) or word == "SIL"


class PocketSphinxEars:
    """Streaming PocketSphinx recogniser; phrase grammars are checked against a phone loop to reject other speech."""

    name = "pocketsphinx"

    def __init__(self, description: str = "", notify: Callable[[str], None] | None = None,
                 wordings: Mapping[str, Sequence[str]] | None = None, care: CareReader | None = None) -> None:
        """wordings: every phrase of each command intent, for the domain language model (None: no second reading);
        care: reads every open utterance again for safety alone (voice_pacer.ears.care_lm)."""
        self.description = description or "PocketSphinx with its built-in US English model"
        self.notify = notify
        self.care = care  # built in the background when a flow first listens (begin): listen's idle wait reads none
        self._wordings = wordings
        self._domain: Decoder | bool | None = None  # the domain model's decoder; False: none; None: not built yet
        self._noisy_domain: Decoder | bool | None = None  # the same, searched with NOISY_OPTIONS
        self._model: tuple[str, list[tuple[tuple[str, ...], float]]] | None = None  # its ARPA text and sentences
        self.noisy = False  # the room is noisy (hear_room): the commands model searches fully
        self.suppressed = False  # ...and its steady noise is suppressed (a fan, not other voices)
        self._sentences: frozenset[str] = frozenset()  # the wordings it was built from, in their spoken forms
        self._by_length: dict[int, list[tuple[tuple[str, ...], frozenset[str]]]] = {}  # the same, by number of words
        self._said_for: dict[str, frozenset[str]] = {}  # each of them -> the intents it is a wording of
        self._audio: list[bytes] = []  # what the domain decoder has read of an open utterance, for the phone loop
        self._reading: Decoder | None = None  # the domain decoder, while it reads the open utterance
        self._crc = 0  # a checksum of this utterance's audio, and of the audio the phone loop last heard
        self._phones_crc: int | None = None
        self.domain_below, self.domain_loose_below = DOMAIN_BELOW, DOMAIN_LOOSE_BELOW
        self.domain_text: str | None = None  # the last domain reading and its margin, for tuning
        self.domain_margin: float | None = None
        self.open_margin: float | None = None  # open vocabulary's margin over the same frames, for tuning
        self.domain_near_open = DOMAIN_NEAR_OPEN
        self.noisy_loose_below = NOISY_LOOSE_BELOW
        self.noisy_edit_share = NOISY_EDIT_SHARE
        self.noisy_snap_share, self.noisy_talk_snap_share = NOISY_SNAP_SHARE, NOISY_TALK_SNAP_SHARE
        self.quiet_edit_share = QUIET_EDIT_SHARE
        self.quiet_fit_share = QUIET_FIT_SHARE
        self.quiet_snap_share = QUIET_SNAP_SHARE
        self.noisy_close_share, self.noisy_close_below = NOISY_CLOSE_SHARE, NOISY_CLOSE_BELOW
        self.noisy_short_below = NOISY_SHORT_BELOW
        self.noisy_tail_words = NOISY_TAIL_WORDS
        self._open_decoder: Decoder | None = None  # loaded on first use: waiting for commands never needs it
        self._grammar = new_decoder(**GRAMMAR_OPTIONS)
        self._phones = new_decoder(allphone=get_model_path("en-us/en-us-phone.lm.bin"), **PHONE_LOOP_OPTIONS)
        self.start_mean = self._grammar.get_cmn()  # the cepstral mean this session started from (start_from_room)
        self.kept_mean: str | None = None  # the mean last stored for the next session (room_state.store_room)
        self._searches: dict[tuple[tuple[str, ...], bool], str | None] = {}  # (phrases, wake) -> search name
        self._variants: dict[str, frozenset[str]] = {}  # search name -> the word sequences it accepts
        self._reported: set[str] = set()
        self._active: list[Decoder] = []
        self._restricted = False
        self._also: str | None = None
        self._search: str | None = None
        self._wake = False  # the current search is for wake phrases
        self._levels: list[float] = []  # dBFS of each chunk fed in this utterance
        self.margin: float | None = None  # the last restricted utterance's grammar-vs-phone-loop score, for tuning
        self.grammar: frozenset[str] | None = None  # the last restricted utterance's phrases, in spoken forms

    def hear_room(self, noisy: bool, suppressed: bool = False) -> None:
        """Whether the room is noisy, for the utterances that begin from now on: the commands model searches fully; and
        whether its steady noise is suppressed, where a reading that is no wording must fit (NOISY_LOOSE_BELOW)."""
        self.noisy, self.suppressed = noisy, suppressed

    def begin(self, phrases: Sequence[str] | None, commands: Sequence[str] = (), wake: bool = False) -> None:
        """Start an utterance, restricted to phrases (plus rejection of anything else) or open vocabulary.

        With open vocabulary, a short utterance is also matched against the commands' grammar in the same pass:
        the open search mishears short commands ("stop" as "got that"); the grammar with rejection does not. With open
        vocabulary, a short utterance is also read by the commands' language model, offered as Speech.alternative."""
        self._abandon()
        if phrases is not None:
            self.grammar = frozenset(form for phrase in phrases if phrase.strip()
                                     for form in spoken_variants(phrase.strip().lower()))
        search = self._search_for(phrases, wake) if phrases is not None else None
        self._restricted = search is not None
        self._wake = wake and search is not None
        self._also = None if search is not None or not commands else self._search_for(commands)
        self._search = search or self._also
        self._active = [] if search is not None else [self._open()]
        self._audio, self._crc = [], 0
        self._reading = self._domain_decoder() if phrases is None and self._wordings else None
        if self.care is not None and phrases is None:  # the care reading follows every open utterance
            self.care.begin()
        elif self.care is not None:
            self.care.abandon()
            if not wake:  # ready by the time anyone answers; not while listen waits for a trigger (about 45 MB)
                self.care.prepare()
        if self._reading is not None:  # read alongside the open search
            self._reading.start_utt()
        if self._search is not None:
            self._grammar.activate_search(self._search)
            self._active += [self._grammar, self._phones]
        self._levels = []
        for decoder in self._active:
            decoder.start_utt()

    def feed(self, pcm: np.ndarray) -> None:
        """Decode another chunk of 16 kHz mono int16 audio."""
        samples = np.ascontiguousarray(pcm, dtype=np.int16)
        if len(samples):
            power = float(np.mean(samples.astype(np.float64) ** 2)) + 1e-3
            self._levels.append(10 * math.log10(power / 32768.0**2))
        data = samples.tobytes()
        self._crc = zlib.crc32(data, self._crc)
        if self.care is not None:
            self.care.feed(data)
        if self._reading is not None:
            self._audio.append(data)
            self._reading.process_raw(data, False, False)
            if sum(map(len, self._audio)) > DOMAIN_FRAMES * SAMPLE_RATE // 50:  # bytes: too long to be a command
                self._reading.end_utt()
                self._reading, self._audio = None, []
        for decoder in self._active:
            decoder.process_raw(data, False, False)

    def end(self) -> Recognition:
        """Finish the utterance: Speech with its words, Unknown for speech outside the phrases, or Nothing."""
        if not self._active:
            return Nothing()
        for decoder in self._active:
            decoder.end_utt()
        self._phones_crc = self._crc if self._phones in self._active else self._phones_crc
        self._active = []
        care = self.care.end() if self.care is not None else None
        if self._silent():
            return Nothing()
        if self._restricted:
            return self._judge()
        hyp = self._open().hyp()
        said = _clean(hyp.hypstr if hyp else "")
        if self._also is not None and self._grammar.n_frames() <= COMMAND_FRAMES:
            command = self._judge()
            sentence = len(said.split()) >= SENTENCE_WORDS  # the open search heard a sentence, not a misheard "stop"
            sure = not sentence or (self.margin or -math.inf) >= SURE_IN_SENTENCE
            # a phrase the open search heard inside a sentence is no mishearing: "nothing really, it was a good day"
            # keeps its words (the grammar's short answer "nothing really" would drop the rest of the answer)
            if isinstance(command, Speech) and sure and not (sentence and _within(command.text, said)):
                # the commands model read the same audio: a command the short grammar lacks is read as itself there
                # ("i'm not doing this", a refusal, was forced into "time out")
                alternative = self._domain_reading(command.text)
                return replace(command, alternative=alternative, alternatives=self._alternatives(command.text))
        if not said:
            return Nothing()
        alternative = self._domain_reading(said)
        return Speech(said, alternative=alternative, care=care, alternatives=self._alternatives(said, alternative))

    def forget_room(self) -> None:
        """Start the next session as a new instance would: every decoder's feature extraction back to its initial state.

        PocketSphinx adapts its cepstral mean (live CMN) and noise estimate to the audio it hears, which suits one
        session in one room; a cached instance would otherwise hear a new session through the sessions before it."""
        self._abandon()
        self._phones_crc = None  # the phone loop's last reading was made with the old adaptation
        self.noisy = self.suppressed = False
        for decoder in (self._open_decoder, self._grammar, self._phones, self._domain, self._noisy_domain):
            if decoder:
                decoder.reinit_feat()
        if self.care is not None:
            self.care.forget_room()
        self.start_mean = self._grammar.get_cmn()
        self.kept_mean = None

    def room_mean(self) -> str | None:
        """The cepstral mean the ears adapted to in this session (13 numbers as text, no audio and no words), for the
        next session in the same room (voice_pacer.ears.room_state); None if they heard nothing since it started or
        since it was last kept (kept_mean: `listen` keeps it after each flow and again when it closes). The grammar's
        decoder hears every utterance of a command state and listen's triggers; answers only the open one."""
        for decoder in (self._grammar, self._open_decoder):
            if decoder is not None and (mean := decoder.get_cmn()) not in (self.start_mean, self.kept_mean):
                return mean
        return None

    def start_from_room(self, mean: str) -> None:
        """Start this session from the cepstral mean an earlier session in this room left (room_mean), not CMN_INIT:
        every decoder, those built later too."""
        for decoder in (self._open_decoder, self._grammar, self._phones, self._domain, self._noisy_domain):
            if decoder:
                decoder.set_cmn(mean)
        self.start_mean = self._grammar.get_cmn()
        if self.care is not None:
            self.care.start_from_room(mean)

    def _open(self) -> Decoder:
        """The open-vocabulary decoder (about 90 MB with its language model), loaded when first needed."""
        if self._open_decoder is None:
            self._open_decoder = new_decoder(**OPEN_OPTIONS)
            if self._open_decoder.get_cmn() != self.start_mean:  # a session started from a stored mean
                self._open_decoder.set_cmn(self.start_mean)
        return self._open_decoder

    def _domain_reading(self, said: str) -> str | None:
        """What the domain decoder read in the open utterance: its words, when they differ from what open vocabulary
        heard and fit the sound (DOMAIN_BELOW for a wording, DOMAIN_LOOSE_BELOW for other words, or DOMAIN_NEAR_OPEN
        against open vocabulary's own fit, in a quiet room then within QUIET_FIT_SHARE of a wording) or, in a quiet
        room, stand near a wording (QUIET_EDIT_SHARE); over other voices, the wording it holds before the talk after
        it (_before_talk); else None."""
        self.domain_text = self.domain_margin = self.open_margin = None
        decoder, self._reading = self._reading, None
        if decoder is None:
            return None
        decoder.end_utt()
        frames = self._open().n_frames()
        hyp = decoder.hyp()
        text = self.domain_text = _clean(hyp.hypstr if hyp else "")
        frames = min(frames, decoder.n_frames())
        domain_scores, words = _frame_scores(decoder.seg(), frames, _is_filler)
        if not text or text == said or not words.any():
            return None
        if self._phones_crc != self._crc:  # the phone loop has not heard this audio (a restricted pass before may have)
            self._phones.start_utt()
            self._phones.process_raw(b"".join(self._audio), False, False)
            self._phones.end_utt()
            self._phones_crc = self._crc
        phone_scores, _ = _frame_scores(self._phones.seg(), frames, _is_filler)
        open_scores, _ = _frame_scores(self._open().seg(), frames, _is_filler)
        self.domain_margin = float(np.mean(domain_scores[words] - phone_scores[words]))
        self.open_margin = float(np.mean(open_scores[words] - phone_scores[words]))
        if len(text.split()) < DOMAIN_WORDS or self._short_and_poor(text):
            return None
        offered = self._offered(text)
        return self._before_talk(text, offered) if self.noisy and not self.suppressed else offered

    def _offered(self, text: str) -> str | None:
        """The domain reading as the bars judge it by its fit (domain_margin, open_margin): itself, the wording it
        stands for, or None."""
        below = self.domain_below if text in self._sentences else self.domain_loose_below
        if (self.domain_margin or -math.inf) >= below:
            return self._snapped(text)
        near = (self.domain_margin or -math.inf) - (self.open_margin or -math.inf) >= self.domain_near_open
        if near and self._loose_fits_room(text):
            return self._snapped(text)
        if self.noisy:
            return self._close_wording(text)
        return self._snapped(text) if self._near_a_wording(text, self.quiet_edit_share) else None

    def _before_talk(self, text: str, offered: str | None) -> str | None:
        """Over other voices, the wording a reading holds before a word or two of the talk after it (NOISY_TAIL_WORDS),
        when what was offered is no wording and the reading fits within NOISY_CLOSE_BELOW; else what was offered."""
        if offered in self._sentences or (self.domain_margin or -math.inf) < self.noisy_close_below:
            return offered
        words = text.split()
        heads = (" ".join(words[:-drop]) for drop in range(1, self.noisy_tail_words + 1)
                 if len(words) - drop >= NOISY_TAIL_KEEP)
        return next((found for head in heads if (found := self._wording_of_one_intent(head))), offered)

    def _wording_of_one_intent(self, text: str) -> str | None:
        """The text when it is a wording of one intent, else the nearest wording when fewer than NOISY_CLOSE_SHARE of
        its words must change and every wording that near says one intent; else None."""
        if text in self._sentences:
            return text if len(self._said_for.get(text, ())) == 1 else None
        return self._one_intents_wording(text, self.noisy_close_share)

    def _near_a_wording(self, text: str, share: float) -> bool:
        """Whether fewer than share of a reading's words would have to change to make it a wording."""
        words = text.split()
        return bool(_nearest_wordings(words, self._by_length, share * len(words)))

    def _short_and_poor(self, text: str) -> bool:
        """Whether, in a noisy room, a reading is NOISY_SHORT_WORDS words or fewer and fits worse than both open
        vocabulary's words and NOISY_SHORT_BELOW."""
        fit, open_fit = self.domain_margin or -math.inf, self.open_margin or -math.inf
        short = len(text.split()) <= NOISY_SHORT_WORDS
        return self.noisy and short and fit < min(open_fit, self.noisy_short_below)

    def _snapped(self, text: str) -> str:
        """A reading that is no wording as the nearest wording, when fewer than NOISY_SNAP_SHARE of its words (over
        other voices NOISY_TALK_SNAP_SHARE; in a quiet room QUIET_SNAP_SHARE, and with the same negations) must change
        and every wording that near says one intent; else the reading itself."""
        if text in self._sentences:
            return text
        if not self.noisy:
            wording = self._one_intents_wording(text, self.quiet_snap_share)
            return wording if wording and _negations(wording) == _negations(text) else text
        share = self.noisy_snap_share if self.suppressed else self.noisy_talk_snap_share
        return self._one_intents_wording(text, share) or text

    def _close_wording(self, text: str) -> str | None:
        """In a noisy room, the wording a reading the bars left out is a word off (NOISY_CLOSE_SHARE), when it fits
        within NOISY_CLOSE_BELOW; else None."""
        if (self.domain_margin or -math.inf) < self.noisy_close_below:
            return None
        return self._one_intents_wording(text, self.noisy_close_share)

    def _one_intents_wording(self, text: str, share: float) -> str | None:
        """The nearest wording to a reading that is none, when fewer than share of its words must change and every
        wording that near says one intent; else None."""
        if text in self._sentences:
            return None
        words = text.split()
        near = _nearest_wordings(words, self._by_length, share * len(words))
        intents = {intent for sentence in near for intent in self._said_for.get(sentence, ())}
        return near[0] if len(intents) == 1 else None

    def _loose_fits_room(self, text: str) -> bool:
        """Whether a domain reading may stand on fitting no worse than open vocabulary: a wording may, and a reading
        that is no wording in a quiet room only within fewer than QUIET_FIT_SHARE of its words of a wording, and in
        a noisy room only within fewer than NOISY_EDIT_SHARE of its words of a wording and, over a suppressed fan, also
        within NOISY_LOOSE_BELOW of the phone loop."""
        if text in self._sentences:
            return True
        if not self.noisy:
            return self._near_a_wording(text, self.quiet_fit_share)
        fits = not self.suppressed or (self.domain_margin or -math.inf) >= self.noisy_loose_below
        return fits and self._near_a_wording(text, self.noisy_edit_share)

    def _alternatives(self, *said: str | None) -> tuple[str, ...]:
        """Open vocabulary's first NBEST hypotheses but the words already read, best first; none for an utterance
        longer than DOMAIN_FRAMES (an answer or a story)."""
        if not 0 < self._open().n_frames() <= DOMAIN_FRAMES:
            return ()
        # PocketSphinx's n-best iterator may yield None for a path it could not complete (a crash in the fuzz sample)
        hyps = itertools.islice(self._open().nbest() or (), NBEST)
        heard = (_clean(hyp.hypstr) for hyp in hyps if hyp is not None)
        return tuple(dict.fromkeys(text for text in heard if text and text not in said))

    def _domain_decoder(self) -> Decoder | None:
        """The decoder of the domain model (its full search's in a noisy room), built on first use from the wordings;
        None if there is none."""
        if self._domain is None:
            known = self._grammar.lookup_word  # the grammar decoder has the full dictionary
            sentences = weighted_sentences(self._wordings or {}, spoken_variants, lambda word: known(word) is not None)
            self._sentences = frozenset(" ".join(words) for words, _ in sentences)
            self._by_length = _by_length(self._sentences)
            self._said_for = _intents_by_sentence(self._wordings or {}, self._sentences)
            self._model = (arpa(sentences, spread=DOMAIN_SPREAD), sentences) if sentences else None
            self._domain = self._load_domain(*self._model, OPEN_OPTIONS) if self._model else False
        if self.noisy and self._domain and self._model:
            if self._noisy_domain is None:
                self._noisy_domain = self._load_domain(*self._model, NOISY_OPTIONS)
            return self._noisy_domain or self._domain or None
        return self._domain or None

    def _load_domain(self, model: str, sentences: list[tuple[tuple[str, ...], float]],
                     options: dict[str, object]) -> Decoder | bool:
        """A decoder of the ARPA model with a dictionary of its words only: with PocketSphinx's whole dictionary,
        adding the model to the open decoder took 2.9 s of CPU, against 0.02 s (and 7 MB) for a decoder of its own."""
        words = sorted({word for said, _ in sentences for word in said})
        forms = [form for word in words for form in (word, *(f"{word}({n})" for n in range(2, 5)))]
        entries = "".join(f"{form} {phones}\n" for form in forms if (phones := self._grammar.lookup_word(form)))
        try:
            with tempfile.TemporaryDirectory(prefix="voice-pacer-lm-") as folder:
                (Path(folder) / "commands.arpa").write_text(model, encoding="utf-8")
                (Path(folder) / "commands.dict").write_text(entries, encoding="utf-8")
                decoder = new_decoder(lm=str(Path(folder) / "commands.arpa"), dict=str(Path(folder) / "commands.dict"),
                                      **options)
                if decoder.get_cmn() != self.start_mean:
                    decoder.set_cmn(self.start_mean)
                return decoder
        except (OSError, RuntimeError) as exc:
            if self.notify:
                self.notify(f"PocketSphinx could not load the commands' language model ({exc}); open vocabulary only")
            return False

    def _silent(self) -> bool:
        """Whether the audio was too quiet or too steady to hold speech (decoders hear fricatives in hiss)."""
        if not self._levels:
            return True
        low, high = np.percentile(self._levels, [10, 95])
        return bool(high < QUIET_DBFS or high - low < MIN_RISE_DB)

    def _judge(self) -> Recognition:
        self.margin = None
        frames = min(self._grammar.n_frames(), self._phones.n_frames())
        phone_scores, phone_speech = _frame_scores(self._phones.seg(), frames, _is_filler)
        if phone_speech.sum() < MIN_SPEECH_FRAMES:
            return Nothing()
        segments = list(self._grammar.seg() or ())
        text, said = self._phrase_said([seg for seg in segments if not _is_filler(seg.word)])
        grammar_scores, words = _frame_scores(said, frames, _is_filler)
        if text is None or not words.any():  # no phrase, or the audio ran out part-way through one: not a command
            return Unknown(0.0)
        margin = self.margin = float(np.mean(grammar_scores[words] - phone_scores[words]))
        if self._wake and _skipped_speech(segments, said, phone_speech) > WAKE_SKIPPED_SPEECH_FRAMES:
            return Unknown(0.0)
        threshold = WAKE_BELOW if self._wake else REJECT_BELOW
        confidence = round(1.0 / (1.0 + math.exp(-(margin - threshold) * 4.0)), 3)
        if margin >= threshold and not self._wake and _worst_word(said, grammar_scores, phone_scores) < WORD_BELOW:
            return Unknown(confidence)
        return Speech(text, confidence) if margin >= threshold else Unknown(confidence)

    def _phrase_said(self, spoken: list) -> tuple[str | None, list]:
        """The phrase the grammar search found and the word segments that say it, or None and none.

        A phrase that begins a longer one ("stop" of "stop the session") may end in a plosive's release that the search
        takes for the next word ("stop the"): up to RELEASE_FRAMES of such trailing words are let go."""
        accepted = self._variants.get(self._search or "", frozenset())
        for end in range(len(spoken), 0, -1):
            if sum(seg.end_frame - seg.start_frame + 1 for seg in spoken[end:]) > RELEASE_FRAMES:
                break
            text = _clean(" ".join(seg.word for seg in spoken[:end]))
            text = _strip_around(text) if self._wake else text
            if text in accepted:
                return text, spoken[:end]
        return None, []

    def _search_for(self, phrases: Sequence[str], wake: bool = False) -> str | None:
        key = (tuple(sorted({p.strip().lower() for p in phrases if p.strip()})), wake)
        if key not in self._searches:
            self._searches[key] = self._build_search(*key)
        return self._searches[key]

    def _build_search(self, phrases: tuple[str, ...], wake: bool = False) -> str | None:
        usable, missing = [], set()
        for phrase in phrases:
            for variant in spoken_variants(phrase):
                unknown = [w for w in variant.split() if self._grammar.lookup_word(w) is None]
                if not unknown:
                    usable.append(variant)
                elif variant == phrase:
                    missing.update(unknown)
        self._report(missing)
        if not usable:
            return None  # nothing recognisable: fall back to open vocabulary rather than hear nothing
        name = f"phrases{len(self._searches)}"
        self._grammar.add_fsg(name, self._grammar.create_fsg(name, 0, 1, _grammar(usable, wake)))
        self._variants[name] = frozenset(usable)
        return name

    def _report(self, words: set[str]) -> None:
        new = sorted(words - self._reported)
        self._reported.update(new)
        if new and self.notify:
            self.notify(f"PocketSphinx's dictionary lacks {', '.join(new)}; phrases with these words cannot be heard")

    def _abandon(self) -> None:
        for decoder in [*self._active, *([self._reading] if self._reading is not None else [])]:
            decoder.end_utt()
        self._active, self._reading = [], None


def _by_length(sentences: frozenset[str]) -> dict[int, list[tuple[tuple[str, ...], frozenset[str]]]]:
    """Sentences as word tuples and word sets, grouped by how many words they have."""
    grouped: dict[int, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
    for sentence in sorted(sentences):
        words = tuple(sentence.split())
        grouped.setdefault(len(words), []).append((words, frozenset(words)))
    return grouped


def _intents_by_sentence(wordings: Mapping[str, Sequence[str]], sentences: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each sentence of the commands model (a spoken form of a wording) -> the intents it is a wording of."""
    found: dict[str, set[str]] = {}
    for intent, phrases in wordings.items():
        for form in (form for phrase in phrases for form in spoken_variants(phrase) if form in sentences):
            found.setdefault(form, set()).add(intent)
    return {sentence: frozenset(intents) for sentence, intents in found.items()}


def _nearest_wordings(words: list[str], by_length: dict[int, list[tuple[tuple[str, ...], frozenset[str]]]],
                      below: float) -> list[str]:
    """The sentences the fewest word edits from the words, when that is fewer than below; else none. A sentence can
    be no nearer than its difference in length, nor than the number of the words said that it lacks."""
    said, most, nearest = set(words), math.ceil(below) - 1, []
    for size, sentences in by_length.items():
        if abs(size - len(words)) > most:
            continue
        for sentence, known in sentences:
            if len(said - known) > most:
                continue
            edits = _word_edits(words, sentence)
            if edits < most:
                most, nearest = edits, [" ".join(sentence)]
            elif edits == most:
                nearest.append(" ".join(sentence))
    return nearest


def _word_edits(said: Sequence[str], wording: Sequence[str]) -> int:
    """Levenshtein distance between two word sequences."""
    previous = list(range(len(wording) + 1))
    for row, word in enumerate(said, 1):
        current = [row]
        for column, other in enumerate(wording, 1):
            current.append(min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + (word != other)))
        previous = current
    return previous[-1]


def _negations(text: str) -> frozenset[str]:
    """The words of a reading that negate ("no", "not", "don't"...)."""
    return frozenset(word for word in text.split() if word in NEGATIONS or word.endswith("n't"))


def _within(phrase: str, said: str) -> bool:
    """Whether the phrase's words stand together inside longer words that were said."""
    return len(said.split()) > len(phrase.split()) and f" {phrase} " in f" {said} "


def _clean(text: str) -> str:
    """Drop filler tokens and alternate-pronunciation markers such as 'to(2)'."""
    words = (word.split("(")[0] for word in text.split())
    return " ".join(word for word in words if not _is_filler(word))


def _grammar(phrases: list[str], wake: bool) -> list[tuple[int, int, float, str]]:
    """Transitions of a grammar from state 0 to state 1 accepting each phrase; with wake, LEAD_WORDS may come before
    it (state 2 follows them) and TAIL_WORDS after it (from state 3), all without null transitions."""
    transitions: list[tuple[int, int, float, str]] = []
    states = itertools.count(4)

    def chain(words: list[str], sources: list[int], targets: list[int], probability: float) -> None:
        for i, word in enumerate(words):
            ahead = targets if i == len(words) - 1 else [next(states)]
            transitions.extend((a, b, probability if i == 0 else 1.0, word) for a in sources for b in ahead)
            sources = ahead

    starts, ends = ([0, 2], [1, 3]) if wake else ([0], [1])
    for phrase in phrases:
        chain(phrase.split(), starts, ends, 1.0 / len(phrases))
    if wake:
        for lead in LEAD_WORDS:
            chain(lead.split(), [0], [2], 1.0 / len(LEAD_WORDS))
        for tail in TAIL_WORDS:
            chain(tail.split(), [3], [1], 1.0 / len(TAIL_WORDS))
    return transitions


def _strip_around(text: str) -> str:
    """A wake phrase without the words a wake grammar lets stand before and after it."""
    for lead in LEAD_WORDS:
        text = text.removeprefix(lead + " ")
    for tail in TAIL_WORDS:
        text = text.removesuffix(" " + tail)
    return text
