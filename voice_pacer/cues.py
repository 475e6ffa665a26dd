"""The fallback when no template matches: cue phrases per intent, scored over a short utterance made only of words
that belong to the intent or to ordinary talk ("okay so I think maybe we should just wrap it up for tonight").

Templates say how a command is put together; cues say what it is about. An utterance counts for an intent when a cue
of it is there, no negation outside the cue turns it round ("I don't want to stop"), it is not a question about
something else ("are we done?"), and every other word is either the intent's own (from its templates and cues) or a
word of ordinary talk: a single word about something else ("stop at the shop", "is the pasta done") leaves it alone."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from voice_pacer.templates import Choice, Node, Seq, TemplateError, Words, has_wildcard, to_regex

# An utterance longer than this (after hesitations) is a sentence, not a command put loosely; the templates alone
# decide it. Commands in the corpus's tuning rows have at most 9 words, hedged ones ("okay so I think we should
# probably just wrap it up") a few more; chatter and answers run longer, and their content words fail the cover test.
MAX_WORDS = 12
# Words of ordinary talk that may stand around any cue: pronouns of the speakers, helpers, fillers, politeness, time.
# Deliberately without nouns and verbs of things people talk about, and without "you" (a cue or template brings it
# where it belongs: "can you repeat that", "over to you"), so "you let me have some space" stays an answer; and
# without "myself", so a misheard "I'm going to kill myself" ("going to go myself") is no way out of the room.
_ORDINARY_WORDS = """
i me my we us our let can could would should shall will may might must am are is be been being
have has had do a an the to for of at on in with about from up out so and but or then now here there tonight
this that it just really actually honestly maybe perhaps probably please thanks thank ok alright right well oh hey
yeah yes sorry think guess mean know like want wanted need needed go going bit little while all some any more
again anyway already still too very quite pretty kind sort guys babe honey love dear darling sweetheart look
listen see though even also one time today mind such both first
"""
ORDINARY = frozenset(_ORDINARY_WORDS.split())
# Words that turn a cue round when they stand outside it ("I don't want to stop", "we are not done").
NEGATORS = frozenset({"not", "never", "no", "nobody", "nothing", "neither", "nor"})
# A question that starts with one of these asks about something ("are we done?", "did you stop?"), unless a cue starts
# with it ("what did you say"); a polite request starts otherwise ("can we stop?", "would you repeat that?").
QUESTION_STARTS = frozenset({"are", "is", "was", "were", "did", "does", "do", "have", "has", "had", "why", "when",
                             "where", "who"})
# A sentence that starts with a person and a plain verb describes ("we take a break", "you go to bed early"); a command
# puts a helper or a wish there ("we need a break", "I'm going to bed", "can we stop"), or the cue itself ("I quit").
PERSONS = frozenset({"i", "we", "you", "he", "she", "they"})
# The speakers themselves: a cue's own verb after them is a request ("I quit"); a lone one after anyone else describes
# them ("you help a lot": the commands model once read "you held my hand on the walk" so, which was help), where a
# cue's phrase still says what they do ("she keeps twisting my words").
SPEAKERS = frozenset({"i", "we"})
# What may follow "is not" in a question ("is not it true", "was not that you").
SUBJECTS = PERSONS | {"it", "that", "this", "there"}
_HELPER_WORDS = """
am are is was were be been have has had do does did will would shall should can cannot could may might must need
needed want wanted rather think guess feel felt just really honestly actually also still already never not got wish
hope mean
"""
HELPERS = frozenset(_HELPER_WORDS.split())
# Asking the partner, not the assistant: "I just need you to stop", "I want you to help more".
TO_PARTNER = re.compile(r"(?<= )(?:need|needed|want|wanted|wish|asked|told|like) you to ")
# Someone's words or feelings reported, not said to the assistant: "you said you were done", "you think that's unfair",
# "what I heard is you want to stop".
REPORTED = re.compile(r"(?<= )(?:(?:you|he|she|they) (?:[a-z]+ )?(?:said|say|says|saying|think|thinks|thought|feel|"
                      r"feels|felt|mean|means|meant|believe|believes|claim|claims)|(?:i|we) heard) ")
# A judgement of oneself is no dispute: "I was wrong", "I was unfair to you", "I'm serious", "I might be wrong", "am I
# being unfair".
JUDGEMENTS = frozenset({"wrong", "unfair", "ridiculous", "rubbish", "crap", "lying", "exaggerating", "unbelievable",
                        "nonsense", "bullshit", "liar", "lie", "lies", "twisting", "making", "serious", "kidding",
                        "joking"})
SELF_JUDGED = re.compile(r"(?<= )(?:i (?:am|was|were|have been|had been|(?:might|may|could|must|would|will|should) "
                         r"(?:be|have been))|(?:am|was|were) i)(?: (?:being|so|just|really|totally|a bit|probably))* $")
# A cue followed by one of these is about what the clause after it asks: "I don't know if you still love me" is a doubt,
# not a request for help; "I'd leave if you shouted" a condition, not leaving now.
IN_QUESTION = frozenset({"if", "whether", "why", "who", "where"})
# Holding someone back or helping them is no command of the session: "I have to stop you there" comes in on the floor,
# "I can't help you" answers; these cue words with a person after them are said of that person.
ACTS_ON = frozenset({"stop", "stopping", "help", "helping"})
OBJECTS = frozenset({"you", "him", "her", "them"})
# A cue word that a particle after it makes another verb: "we're going to break up" is no break.
OTHER_VERBS = frozenset({("break", "up"), ("break", "down"), ("break", "in"), ("break", "out")})
# A habit given up or wished for, not the practice ended now: "stop" before an -ing word ("I need to stop taking it
# out on you"; not the talk itself, SESSION_GERUNDS: "please stop talking and end the session"), a wish said with how
# often at its end ("I need us to go out more", "I need space sometimes"; not "any more", "once more"), or something to
# say ("get this off my chest"). Blind 15's check-in answers.
HABIT_VERBS = frozenset({"stop", "stopping", "quit", "quitting"})
SESSION_GERUNDS = frozenset({"talking", "speaking", "chatting", "listening", "recording"})
HABITUAL = re.compile(r"(?:(?<! any)(?<! once)(?<! no) more|more often|sometimes|less|every (?:day|night|week)"
                      r"|at weekends|on weekends|once in a while)(?: honestly)? $|(?<= )off my chest ")
# Lead-ins that are no part of a question or a negation: "no, let's stop" is a stop, "yes I'm ready" a ready.
_LEADS = ("no", "nope", "yes", "yeah", "ok", "so", "well", "oh", "alright", "right", "hey", "look", "listen", "sorry")


@dataclass(frozen=True)
class Cues:
    """One intent's cue phrases (as regexes over normalised words) and the words that may stand with them."""

    regexes: tuple[str, ...]
    vocabulary: frozenset[str]

    @classmethod
    def build(cls, cues: Iterable[Node], own_words: Iterable[str]) -> Cues:
        """An intent's cues; its vocabulary is every word its cues say and its own words (those of its templates)."""
        nodes = list(cues)
        for node in nodes:
            if has_wildcard(node):
                raise TemplateError("a cue names words; {any} belongs in sentences, not in cues")
        words = {word for node in nodes for word in _words(node)} | set(own_words)
        return cls(tuple(r"(?<= )(" + to_regex(node) + ")" for node in nodes), frozenset(words))

    @cached_property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """The compiled cues, on first use (as the templates' regex)."""
        return tuple(re.compile(regex) for regex in self.regexes)

    def score(self, words: Sequence[str]) -> int:
        """How many words the cues found cover (0: not this intent), if everything else allows it."""
        padded = " " + " ".join(words) + " "
        covered = [False] * len(words)
        for pattern in self.patterns:
            for match in pattern.finditer(padded):
                first = padded.count(" ", 0, match.start(1)) - 1
                for index in range(first, first + match.group(1).count(" ")):
                    covered[index] = True
        found = sum(covered)
        if not found:
            return 0
        inside = [word for word, cue in zip(words, covered, strict=True) if cue]
        rest = [word for word, cue in zip(words, covered, strict=True) if not cue]
        if any(word not in ORDINARY and word not in self.vocabulary for word in rest):
            return 0  # a word about something else
        # a negation outside the cues turns them round, unless the cue is a negation itself ("I don't want to")
        if any(word in NEGATORS for word in rest) and not any(word in NEGATORS for word in inside):
            return 0
        if words[0] in QUESTION_STARTS and not covered[0] and not _subject_dropped(words):
            return 0
        if len(words) > 1 and words[0] in PERSONS and words[1] not in HELPERS and not covered[0] \
                and (not covered[1] or (words[0] not in SPEAKERS and covered[2:3] != [True])):
            return 0  # a description, not a request; a cue's lone verb said of someone else too ("you help a lot")
        if (match := TO_PARTNER.search(padded)) is not None and not covered[padded.count(" ", 0, match.start()) - 1]:
            return 0  # a wish the partner is asked for
        if _said_of_something(words, covered) or HABITUAL.search(padded):
            return 0
        first = covered.index(True)
        before = " " + " ".join(words[:first]) + " "
        if REPORTED.search(before):
            return 0  # someone's words reported
        if words[first] in JUDGEMENTS and SELF_JUDGED.search(before):
            return 0  # a judgement of oneself
        return found


def _subject_dropped(words: Sequence[str]) -> bool:
    """Whether a sentence starting with "is not" / "was not" leaves out its subject, as speakers of English as a second
    language may ("is not true, what you say"): no question ("is not it true" asks one)."""
    return len(words) > 2 and words[0] in ("is", "was") and words[1] == "not" and words[2] not in SUBJECTS


def _said_of_something(words: Sequence[str], covered: list[bool]) -> bool:
    """Whether a cue leads into an indirect question ("I don't know if ..."), takes a person as its object ("stop
    you there"), is another verb with the particle after it ("break up") or gives up a habit ("stop taking it out")."""
    for at in range(len(words) - 1):
        if covered[at] and not covered[at + 1] and (words[at + 1] in IN_QUESTION or (
                words[at] in ACTS_ON and words[at + 1] in OBJECTS) or (words[at], words[at + 1]) in OTHER_VERBS
                or (words[at] in HABIT_VERBS and words[at + 1].endswith("ing")
                    and words[at + 1] not in SESSION_GERUNDS)):
            return True
    return False


def _words(node: Node) -> set[str]:
    """Every word a template says anywhere (without expanding it into phrases, which may be many)."""
    if isinstance(node, Words):
        return set(node.words)
    if isinstance(node, Choice):
        return set().union(*(_words(option) for option in node.options))
    if isinstance(node, Seq):
        return set().union(*(_words(part) for part in node.parts))
    return set()


def strip_leads(words: list[str]) -> list[str]:
    """The words without lead-ins that only open a sentence ("no, let's stop", "okay so what now")."""
    index = 0
    while index < len(words) - 1 and words[index] in _LEADS:
        index += 1
    return words[index:]


def best_cue(words: list[str], named: Sequence[tuple[str, Cues]]) -> str | None:
    """The intent whose cues cover most of a short utterance (the first in priority order on a tie), or None."""
    if not words or len(words) > MAX_WORDS:
        return None
    core = strip_leads(words)
    best, best_score = None, 0
    for name, cues in named:
        score = max(cues.score(words), cues.score(core) if core != words else 0)
        if score > best_score:
            best, best_score = name, score
    return best
