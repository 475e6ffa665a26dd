"""From an utterance to the event it leads to: a safety concern before anything, then the first intent it says."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from voice_pacer.ears.base import Unknown
from voice_pacer.eventlog import EventLog
from voice_pacer.hearing.base import Utterance
from voice_pacer.intent_model import INTENT_CLASS, learned_intent, learned_reading
from voice_pacer.intents import ASSENT, NEGATIONS, IntentSpec, core_words, match_intent, normalise, short_answers
from voice_pacer.safety import NEGATORS, Concern, assess
from voice_pacer.safety import normalise as said_form
from voice_pacer.safety_model import confidence

# Words that say nothing of what was asked: a grammar phrase sharing only these with what open vocabulary heard in the
# same audio was forced onto other speech ("the tea this morning" heard by a grammar as "that is enough").
_FUNCTION_WORDS = ("i me my we us our you your he she it they them a an the to of in on at for with is am are was be "
                   "do does did not that this what so and but or if then there here can could would will let have has "
                   "had just now ok")
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
# A template's phrase of this many words or more, standing as consecutive words in what open vocabulary heard, says
# its intent even among other words ("as i am going to finish around austin"): measured with benchmarks/room.py and
# benchmarks/babble_spotting.py, 2 words turned chatter into commands, 3 did not.
SPOT_WORDS = 3
# A spotted phrase ending in "going" with "to" after it begins the future tense ("i am going" of "i'm gonna act like
# it's nothing"), not a leaving: no intent. The spent rows (tuning, blinds 1 to 9) read as open vocabulary's words
# without punctuation, in the grammar states: 28 row-states of chatter no longer leave ("i'm going to strangle that
# printer"), no command lost; blind 9 spoken by kal16: "you embarrass me and then act like it's nothing", heard
# "... yeah i'm gonna act like it's nothing", was leave on a break. Other phrases keep "to" after them: "i am ready"
# stands in "and if gold teeth i'm ready to talk again" (awb's "Mm, okay, I'm ready to talk again.", blind 9).
SPOT_WORDS_BEFORE_FUTURE = "going"
# A spotted phrase must also hold a word of what commands are about (voice_pacer.intent_model.INTENT_CLASS: ending,
# resting, going away, hearing again...): among misheard words, a phrase of ordinary words is ordinary talk as often as
# not. "If he leaves his socks out one more time I'll kill him, ha" (blind 10) was heard with "one more time" in it by
# kal16, awb, HTS and joe, and taken for repeat on a break; awb's "I don't think he would ever hurt the kids" (tuning)
# as "i don't get it he would get our tickets", help. Measured on spent clips, each heard as a session's first words and
# decided again (benchmarks/understanding.py's sample: blind 10, 8 rows a category, by kal16, awb, HTS, joe and
# espeak-ng; the tuning rows, 3 a category, by the same five; blinds 5 and 6, 6 a category, by joe and espeak-ng; 923
# command and 632 other clips): 7 other clips no longer taken as commands, 1 command lost (espeak-ng's "I don't want to
# talk about it" heard "i don't want to tell cabal to eat", a refusal spotted).
# The commands model's reading goes before open vocabulary's words. It is offered only when it fits the sound: a whole
# wording of 2+ words (voice_pacer.ears.pocketsphinx_ears.DOMAIN_BELOW), or other words fitting it more closely
# (DOMAIN_LOOSE_BELOW, release 18), or at least as closely as open vocabulary's own words (DOMAIN_NEAR_OPEN,
# release 19). Where the two readings named different intents (release 17), it was right
# every time: 5 of 5 clips in benchmarks/room.py's details (joe and the unseen voices,
# clean, steady and babble at 15 dB; "stop it" heard in the open as "started", "sorry i did not catch it" as "i'm sorry
# i did not have to"), and nowhere did it turn a right command wrong.
# The care reading goes to safety only when this share of its content words is among open vocabulary's (measured with
# benchmarks/care_speech.py on babble and Piper joe): in babble, a model that can only say the corpus's sentences read
# "i'm hurt and what are the options i don't want to live" where open vocabulary heard "they're inherently what are
# the hardest things i go on alliance"; every babble reading that stopped shared 0.25 of its words or less, while all
# but two of the disclosures it caught on joe shared 0.5 or more.
CARE_AGREEMENT = 0.4
# A concern read in the care reading alone stands only when the learned safety model is this sure of it, whether or not
# a pattern fired: the care model strings its corpus's phrases together. Spoken by kal16 (blind 3), "she rubbed my
# shoulders when I got in" became "she broke my shoulders when i got hit by that even have to ask" (a pattern's hit, the
# model 0.57 sure); by Piper joe, "my girlfriend beat me at tennis" became "... beat me at the knives" (0.68). Chosen on
# joe and two espeak-ng voices (benchmarks/care_speech.py --part dev, each row read by care and safety models built
# without it): the lowest value on a 0.05 grid above every false stop the care reading made there. The trade: it cost
# 3 of the 13 disclosures the care reading caught there, pattern hits the model doubted (joe's "he was her that he could
# kill me", 0.11; espeak's "i'm frightened he's going to do something to the kids", 0.37; "this is my last night").
# Release 22's model (blind 8 trained on) is 0.715 sure of kal16's garble above, so by the same rule the bar is 0.75;
# re-measured with that model (--part dev --per-kind 20, joe and espeak-ng): 0.7 and 0.8 stop the same disclosures
# (danger 15 of 40, self-harm 19 of 40) with no false stop on 48 rows, so the step costs nothing measured.
# Release 23's model (blind 9 trained on) is 0.761 sure of the same garble, so by the same rule the bar is 0.80. Spent
# blind 9 spoken by kal16, awb and HTS (480 clips) decides the same at 0.75 and 0.80: danger 66.7%, self-harm 95.7%,
# false stops 1.1% (hurt etc.) / 0.2% (ordinary). Release 24's model (blind 10 trained on) is 0.814 sure of it, so by
# the same rule the bar is 0.85. Release 27's model (blinds 11 to 13 trained on) is 0.764 sure of that garble, but
# spent blind 14 spoken (benchmarks/understanding.py --categories, 8 rows a category, kal16, awb and HTS) holds a
# false stop of the care reading's above it: kal16's "I'd die for a lie-in" read "i'd die for live", 0.824, so by the
# rule the bar stays 0.85 (at 0.80 it would take "I've been scratching until I bleed", read right at 0.807, twice).
CARE_CONFIDENCE = 0.85
# A concern found in what open vocabulary heard is cleared by a care reading that agrees with it and holds none only
# when the learned safety model gives it less than this (care_clears): the care model garbles too, and a word it loses
# may be the disclosure's ("my son has bruises and it's from his stepdad", blind 12, read "... from his steps that" by
# kal16's care reading and "... tent dead" by HTS's, where open vocabulary's "... from his stuff up" stopped at 0.89
# and 0.91).
# Measured on spent blind 13 (not yet in the safety corpus the care model is built from; 8 rows a category, each clip a
# session's first words by kal16, awb and HTS), spent blinds 10 to 12 (4 a category and blind 12's next 4 of each
# ordinary category, same voices) and the tuning rows (3 a category, Piper joe and espeak-ng): open vocabulary's words
# made 5 false stops, at 0.13, 0.20, 0.63, 0.72 (blind 11's "he's going to strangle me for parking", the care reading
# a danger too) and 0.90 (awb's "you want me to tell you when I'm gonna be late" heard "you won't need to tell you when
# i'm gone up you'll eat"); cleared with no bar, 4 of them went and so did those 2 disclosure clips of 139. At even
# odds it clears the two below it, both blind 13's, and no disclosure: blind 13's false stops, hurt etc. 2.3% -> 0%,
# ordinary 0.7% -> 0.2%; danger 83.3% and self-harm 95.7% before and after (all four parts: 86.8%, 90.3%).
CARE_CLEARS_BELOW = 0.5
# OVER_TALK: heard over other voices or noise (voice_pacer.hearing.endpoint.Endpointer.over_talk), a grammar finds its
# short phrases in the talk and in misheard commands ("yep a longer break" as "i don't want to"), so a short one is
# read by open vocabulary too, and the grammar's phrase stands only when open vocabulary heard one of its content
# words; the learned model is not asked there. Chosen on Piper joe and espeak-ng's US voice (benchmarks/room.py --voices
# joe,espeak --every 56 --conditions babble15 --readings, each utterance decided again under each rule): a phrase
# open vocabulary did not bear out was taken rightly 3 times and wrongly 3 times when the grammar's confidence was 0.9
# or more, and no command of joe's was lost by refusing all of them; the learned model's proposals over talk were 3
# right (espeak) and 4 false commands (joe: "god" as yes, "what notes or" as help). Joe, commands right / false
# commands per clip: 0.68 / 0.13 before, 0.73 / 0.03 with both; espeak 0.42 / 0.00 with both.
# Over a fan's steady noise too (release 19; suppressed, it was taken as a quiet room): there, 5 of the 8 false
# commands of joe and espeak (benchmarks/room.py --voices joe,espeak --every 56 --conditions steady15) were a short
# grammar phrase never read by open vocabulary ("we can wrap things up" heard as "we can start", "cancel" as "that's
# all") and 3 open words no template says; commands right / false per clip, joe 0.77 / 0.056 -> 0.82 / 0.014, espeak
# 0.68 / 0.056 -> 0.63 / 0.014 (2 commands lost to the rule, the rest moved both ways with the open decoder's
# adaptation). Asking the learned model there as well gave espeak one command more and two false commands more.

# FORCED_OVER_TALK: there, a grammar's phrase does not stand when open vocabulary heard this many times as many words in
# the same audio: the grammar forced a sentence into a short phrase that shares a word with it ("Maybe we could cook
# together on Sunday" as "maybe not", open "maybe we could put together on sunday"; "no i do not want to play that
# anymore" as "no let us talk"). Chosen on Piper joe and espeak-ng's US voice (benchmarks/room.py --readings, steady
# noise at 15 dB --every 56 --chatter-every 1, and steady noise and babble --every 168, each utterance decided again):
# those 2 were 2 of the 3 false commands a grammar's phrase made there (the third, "i did not understand you" as "i do
# not understand", heard 5 words in 4), and no right command there was the grammar's phrase alone.
FORCED_OVER_TALK = 2
# The learned model reads the commands model's words when no other reading says anything only when they are this many
# words or more: two of its words strung onto a short sound are no sentence ("nah off" for kal16's "nah" at the break
# offer, where open vocabulary heard "mouth" and the grammar's "i'm off" was rejected: the model took it for a stop, and
# the session ended). On spent blind 14 (kal16, awb, HTS, 8 rows a category) the model decided 11 clips on this reading,
# all of three words or more ("i'm a bit going" for awb's "I'm out, bye"); on spent blinds 12 and 13 (kal16, awb, 4 a
# category) no decision changed.
MODEL_ON_DOMAIN_WORDS = 3
# Of the intents below, one the learned model hears in a next hypothesis of open vocabulary (within the first
# HEARD_BETTER_FIRST) that gains a word of what the intent is about (intent_model.INTENT_CLASS) the reading lacks, with
# the same negations, is taken (heard_better): the best hypothesis misheard the one word the command turns on ("wait
# wait cause if the phones going", the third "... pause if ..."). The templates alone were already asked of the
# hypotheses; the learned model of every hypothesis was tried before and took ordinary talk (the note in reading_of).
# Measured with benchmarks/hearing_losses.py on spent blind 16 (all 34 pauses and 34 cut-ins, 3 rows of each other
# command and ordinary category; clean, each clip a session's first words): commands right Piper joe 66 -> 68 of 98
# (both pauses at the break), espeak-ng en-gb 16 -> 16, en-us 33 -> 33; ordinary rows taken as commands 0 -> 0 of 18
# a voice, and of spent blinds 14 and 15's ordinary rows (8 a category each; 96 clips each of joe and en-us) 4 -> 4.
# Only where the reading has no word of that kind: espeak-ng's "Sarah, stop." on the floor (a cut-in) was heard "do
# you stop", and a hypothesis with another word of ending made it done. Once on the unseen voices (kal16, awb, HTS;
# blind 16, 8 rows a category, clean): command recall 68.4% -> 68.4%, chatter taken as a command 1.6% -> 1.6%.
HEARD_BETTER = {"pause": "REST", "stop": "END", "done": "END"}
HEARD_BETTER_FIRST = 10


@dataclass(frozen=True)
class Understood:
    """What an utterance meant: a safety concern, an intent, or neither (an answer, or something not caught)."""

    concern: Concern | None = None
    intent: str | None = None
    doubted: str | None = None  # with no intent: one the learned model half heard, to ask about (doubt_of)

    @property
    def event(self) -> str | None:
        """The machine event it fires, if any."""
        return str(self.concern) if self.concern is not None else self.intent


class Understanding:
    """Understands utterances and writes what was heard to the log (words only where the log keeps words)."""

    def __init__(self, log: EventLog) -> None:
        self.log = log
        self.endpoint_wall = 0.0  # perf_counter() of the latest endpoint decision, for compute_ms

    def __call__(self, utterance: Utterance, candidates: list[IntentSpec]) -> Understood:
        """Safety comes first (concern_of), then the first intent the utterance says."""
        concern = concern_of(utterance)
        if concern is not None:
            self._heard(utterance, None, words=False)  # a disclosure's words are never written down
            self.log.write("safety", concern=str(concern))
            return Understood(concern=concern)
        intent, half_heard = reading_of(utterance, candidates)
        self._heard(utterance, intent)
        return Understood(intent=intent, doubted=half_heard)

    def _heard(self, utterance: Utterance, intent: str | None, words: bool = True) -> None:
        self.endpoint_wall = utterance.endpoint_wall
        fields: dict[str, Any] = {"text": utterance.text, "intent": intent} if words else {"intent": intent}
        if isinstance(utterance.heard, Unknown):
            fields["unknown"] = True  # speech, but none of the phrases listened for
        if utterance.engine not in (None, "text"):
            fields.update(engine=utterance.engine, confidence=utterance.confidence,
                          speech_end=None if utterance.speech_end is None else round(utterance.speech_end, 3),
                          endpoint_at=round(utterance.endpoint_at, 3))
        self.log.release(compute_ms=None)
        self.log.write("heard", t=utterance.endpoint_at, hold=utterance.engine not in (None, "text"), **fields)


def concern_of(utterance: Utterance) -> Concern | None:
    """What safety makes of an utterance: of what the grammar heard, of what a second, open pass heard in audio the
    grammar rejected, and of the ears' care reading of open speech (voice_pacer.ears.care_lm) when it agrees; a
    concern in the first two stands unless the care reading heard it negated (care_negates) or, agreeing with them,
    holds none where the learned safety model doubts it (care_clears)."""
    care = utterance.care_text
    for text in (utterance.text, utterance.open_text):
        if text and (found := assess(text)) is not None and not (care and (care_negates(care, text)
                                                                           or care_clears(care, text, found))):
            return found
    if care and any(care_agrees(care, heard) for heard in open_hypotheses(utterance)):
        return care_concern(care)
    return None


def open_hypotheses(utterance: Utterance) -> tuple[str, ...]:
    """What open vocabulary heard (or the grammar, where it did not run), then its next hypotheses of the same audio: a
    care reading agrees with the sound when it agrees with any of them (awb's "I've been scratching until I bleed", open
    "i'm being spread treated to light bleed", next "i'm being scratching and to light bleed"). Spent blinds 12 to 14
    spoken by kal16, awb and HTS: 1 disclosure clip more of 144 (blind 13's "he follows me to work and waits
    outside", awb), no false stop more on 702 clips of no concern."""
    return (utterance.open_text or utterance.text, *utterance.alternatives)


def care_concern(care: str, sure: float = CARE_CONFIDENCE) -> Concern | None:
    """What safety makes of the care reading: a concern only when the learned model is `sure` of it."""
    found = assess(care)
    return found if found is not None and confidence(care, found) >= sure else None


def care_negates(care: str, heard: str) -> bool:
    """Whether the care reading agrees with what was heard (care_agrees) but holds a negation it lacks, and with it no
    concern: the general model drops short words ("i've never thought about killing myself" heard as "i'd ever
    thought about killing myself"), while the care model knows the corpus's negated sentences and keeps them. Measured
    with benchmarks/care_speech.py --part spent: 1 false stop of 428 rows removed on joe and espeak-ng, no disclosure of
    205 lost; once on kal16, awb and HTS (blind 4): false stops 5 -> 4 of 103, disclosures 84 of 95 before and after."""
    lost = {word for word in said_form(care).split() if word in NEGATORS} - set(said_form(heard).split())
    return bool(lost) and care_agrees(care, heard) and assess(care) is None


def care_clears(care: str, heard: str, found: Concern) -> bool:
    """Whether the care reading agrees with what was heard (care_agrees) and safety finds no concern in it, where the
    learned safety model gives the concern found in what was heard less than CARE_CLEARS_BELOW: the general model
    mishears a word or two of an ordinary sentence into a disclosure's ("took an overdose last year" of a colleague's
    brother as "too can overdose last few", 0.20; "the soap's got a domestic abuse storyline" as "the stove spell to
    domestic abuse story line", 0.13), where the care model, knowing the corpus's sentences of every label, reads them
    nearer what was said."""
    return confidence(heard, found) < CARE_CLEARS_BELOW and care_agrees(care, heard) and assess(care) is None


def care_agrees(care: str, heard: str) -> bool:
    """Whether CARE_AGREEMENT of the care reading's content words are among what open vocabulary heard, as they sound
    (no apostrophes: "colleague's" and "colleagues" are one sound, and a recogniser picks either)."""
    words = sounded(content_words(care))
    return bool(words) and len(words & sounded(content_words(heard))) >= CARE_AGREEMENT * len(words)


def sounded(words: set[str]) -> set[str]:
    """Words as heard, without the apostrophes speech does not carry."""
    return {word.replace("'", "") for word in words}


def intent_of(utterance: Utterance, candidates: list[IntentSpec]) -> str | None:
    """The intent an utterance says (reading_of)."""
    return reading_of(utterance, candidates)[0]


def reading_of(utterance: Utterance, candidates: list[IntentSpec]) -> tuple[str | None, str | None]:
    """The intent an utterance says, and failing that the one the learned model half heard (to ask about): the ears'
    reading restricted to the commands' wordings (first: see above), then what open vocabulary heard (it ran on speech
    the grammar rejected, on a long utterance the grammar may have forced into a phrase, or on one heard over other
    voices or noise, so it is more faithful than the grammar), then the grammar's phrase where it stands
    (grammar_stands), then a long template phrase standing inside what open vocabulary heard; only when no template
    says anything in any reading, and not over other voices or noise (OVER_TALK), the learned model's proposal
    (voice_pacer.intent_model) on the most faithful one, which also says what it half hears; failing that, its
    proposal on the commands model's reading, then what the templates say of open vocabulary's next hypotheses
    (Utterance.alternatives) when it heard more than a word."""
    opened, grammar, domain = utterance.open_text, utterance.text, utterance.domain_text
    if domain and (found := match_intent(domain, candidates, learned=False)) is not None:
        return found, None
    if opened and (found := match_intent(opened, candidates, learned=False)) is not None:
        return found, None
    stands = bool(grammar) and grammar_stands(utterance)
    if stands and (found := match_intent(grammar, candidates, learned=False)):
        return found, None
    if opened and (found := spotted(opened, candidates)) is not None:
        return found, None
    # where the short commands' phrase took open vocabulary's place and does not stand, the commands model's reading of
    # the same audio is what was said
    faithful = model_reading(utterance, candidates, stands)
    if faithful is None:
        return None, None
    found, half_heard = learned_reading(faithful, {spec.name for spec in candidates})
    if found is not None:
        return found, None
    # Chosen on Piper joe and espeak-ng (blind 6 and blind 5 rows, 144 commands and 96 other rows a voice): commands
    # right 104 -> 111 and 68 -> 76, other rows taken as commands 2 -> 2 and 6 -> 6; asking the learned model of the
    # hypotheses too gave 113 and 79 but 2 -> 2 and 6 -> 8 ("he's never hit me, he's not like that" as a rebuttal).
    if domain and len(domain.split()) >= MODEL_ON_DOMAIN_WORDS and (
            found := learned_intent(domain, {spec.name for spec in candidates})) is not None:
        return found, None
    # A one-word reading's next hypotheses are other single words, any of them a command: Piper joe's "Hmm..." in a
    # check-in answer was heard "the", and its sixth hypothesis, "help", was taken as help. Blind 8's 471 spoken clips
    # (spent; kal16, awb, HTS) decided again with this and the learned model's one-word rule: no decision changed.
    if len(faithful.split()) < 2:
        return None, half_heard
    said = negations(faithful)
    found = next((found for other in utterance.alternatives if negations(other) == said
                  and (found := match_intent(other, candidates, learned=False)) is not None), None)
    found = found or heard_better(faithful, utterance.alternatives, {spec.name for spec in candidates})
    return found, None if found is not None else half_heard


def heard_better(faithful: str, alternatives: Sequence[str], listened: set[str]) -> str | None:
    """The learned model's intent in the first of open vocabulary's next hypotheses (HEARD_BETTER_FIRST) that keeps the
    reading's negations and hears what that intent is about (HEARD_BETTER) where the reading has no word of it: the
    best hypothesis mishears the one word a command turns on ("wait wait cause if the phones going")."""
    own, said = {INTENT_CLASS.get(word) for word in core_words(normalise(faithful))}, negations(faithful)
    for other in alternatives[:HEARD_BETTER_FIRST]:
        gained = {INTENT_CLASS.get(word) for word in core_words(normalise(other))} - own
        if negations(other) != said or not gained & set(HEARD_BETTER.values()):
            continue
        found = learned_intent(other, listened)
        if found is not None and HEARD_BETTER.get(found) in gained:
            return found
    return None


def model_reading(utterance: Utterance, candidates: list[IntentSpec], stands: bool) -> str | None:
    """The reading the learned model is asked about: open vocabulary's, or the grammar's; the commands model's where
    the grammar's phrase took open vocabulary's place and does not stand (`stands`: grammar_stands). None where the
    model is not asked: no reading, nothing listened for, or over other voices or noise (OVER_TALK)."""
    opened, grammar, domain = utterance.open_text, utterance.text, utterance.domain_text
    faithful = domain if grammar and domain and not opened and not stands else opened or grammar
    return faithful if faithful and candidates and not utterance.over_talk else None


def doubt_of(utterance: Utterance, candidates: list[IntentSpec]) -> str | None:
    """The intent the learned model half hears in an utterance no intent was taken from (reading_of)."""
    return reading_of(utterance, candidates)[1]


def negations(text: str) -> frozenset[str]:
    """The negation words a reading holds (voice_pacer.intents.NEGATIONS), normalised.

    A next hypothesis that adds or drops one is another sentence, not the same one heard better, as a slip never
    touches a negation: kal16's "The neighbour's dog died, they're heartbroken." heard "the neighbor's dog bite they
    are heartbroken" had "the neighbors don't buy it they are heartbroken" fourth, and it was a rebuttal in a
    reflection. On spent blind 11 (8 rows a category: kal16, awb, HTS, Piper joe, espeak-ng; 775 clips) and the tuning
    rows (3 a category: kal16, awb, HTS; 180 clips), every other command the hypotheses made kept the best's negations
    (10, 9 of them right)."""
    return frozenset(core_words(normalise(text))) & NEGATIONS


def grammar_stands(utterance: Utterance) -> bool:
    """Whether the grammar's phrase may say the intent: not when the other readings of the same audio, open
    vocabulary's and the commands model's, heard none of its words (the phrase was forced onto other speech), and over
    other voices or noise not unless open vocabulary heard one of them (OVER_TALK), nor when it heard a sentence the
    phrase is far too short for (FORCED_OVER_TALK).

    The commands model's reading counts both ways. In an answer the short commands' phrase replaces open vocabulary's
    words, and awb's "It feels like I don't matter to you." became "could you pause it" where the commands model read
    "it feels like i don't not to do you"; at a yes/no question kal16's "I need some air, five minutes, then I'm back."
    was "i'm a similar five minutes..." in the open and "fine a some air five minutes..." by the commands model. On the
    spent clips measured for spotting (the note after SPOT_WORDS_BEFORE_FUTURE), 3 commands gained and
    2 other clips no longer commands; where the phrase does not stand, the learned model reads the commands model's
    words rather than the phrase's."""
    opened, domain = utterance.open_text, utterance.domain_text
    if not opened:
        return not utterance.over_talk and (not domain or shares_words(utterance.text, domain))
    if utterance.over_talk:
        return len(opened.split()) < FORCED_OVER_TALK * len(utterance.text.split()) and shares_words(utterance.text,
                                                                                                      opened)
    return shares_words(utterance.text, opened) or bool(domain and shares_words(utterance.text, domain))


def shares_words(phrase: str, heard: str) -> bool:
    """Whether a phrase shares a content word (content_words) with what another reading heard."""
    return bool(content_words(phrase) & content_words(heard))


def says_nothing(text: str) -> bool:
    """Whether a reading holds only function words ("the", "then if"), as a hesitation the recogniser misheard does
    (Piper joe's "Hmm..." heard "the"); a yes, a no or a short answer ("ok", "not really") says something."""
    words = core_words(normalise(text))
    said = set(words)
    return bool(said) and said <= FUNCTION_WORDS and not said & (ASSENT | NEGATIONS) and " ".join(words) not in \
        short_answers()


def content_words(text: str) -> set[str]:
    """The words of a text that say what was asked (not FUNCTION_WORDS), normalised."""
    return set(core_words(normalise(text))) - FUNCTION_WORDS


def spotted(text: str, candidates: Sequence[IntentSpec]) -> str | None:
    """The intent of the longest template phrase of SPOT_WORDS or more words, one of them a command's (INTENT_CLASS),
    standing inside the text, if any (not one that begins the future tense: begins_future)."""
    padded = f" {' '.join(core_words(normalise(text)))} "
    found = [(len(phrase), spec.name) for spec in candidates for phrase in _command_phrases(spec.phrases)
             if phrase in padded and not begins_future(phrase, padded)]
    return max(found, key=lambda item: item[0])[1] if found else None


def begins_future(phrase: str, padded: str) -> bool:
    """Whether a phrase (padded) ending in SPOT_WORDS_BEFORE_FUTURE stands in the padded text with "to" after it."""
    return phrase.endswith(f" {SPOT_WORDS_BEFORE_FUTURE} ") and f"{phrase}to " in padded


@lru_cache(maxsize=256)
def _command_phrases(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases that may be spotted, padded: SPOT_WORDS long or more, holding a word of what commands are about
    (INTENT_CLASS; see the note after SPOT_WORDS_BEFORE_FUTURE)."""
    return tuple(f" {phrase} " for phrase in phrases if len(words := phrase.split()) >= SPOT_WORDS
                 and any(word in INTENT_CLASS for word in words))
