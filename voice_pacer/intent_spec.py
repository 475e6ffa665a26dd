"""An intent's templates compiled: the phrases they say, the lead-in and tail-off words allowed around them, and
tolerance for small recognition slips."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property

from voice_pacer.cues import Cues
from voice_pacer.templates import MAX_PHRASES, Node, TemplateError, count, expand, parse_template, to_regex

# Words people put before and after a command ("okay, let's stop now", "I think I'm done for now"): allowed at the
# edges of every template. They are not in the recogniser's grammars; templates name the likely ones themselves.
# Names the partners call each other by, and polite ones for the assistant ("babe, can we just call it", "shut it down
# hun", "yes ma'am"): blind 9's writer put them before and after commands in many Englishes.
ADDRESS = ("mate", "guys", "love", "babe", "baby", "hun", "hon", "honey", "darling", "dear", "sweetheart", "sweetie",
           "pet", "lads", "ma'am", "sir")
LEAD = ("ok", "so", "well", "oh", "hey", "alright", "right", "and", "but", "just", "actually", "honestly", "look",
        "i think", "i guess", "you know", "sorry", "please", "wait", "hold on", "hang on", "hang about", "excuse me",
        "for real", "ngl", "tbh", "lowkey", "hey you", "to be honest", *ADDRESS)
TAIL = ("please", "now", "then", "ok", "for now", "for today", "for tonight", "i think", "i guess", "actually",
        "anyway", "right now", "thanks", "thank you", "honestly", "though", "here", "tonight", "today", "anymore",
        "first", "for me", "for the night", "if that is ok", "if that is alright", "if that is fine", "if it is ok",
        "if it is alright", "if it is all the same", "if it is all the same to you", "if you do not mind",
        "if you would not mind", "if possible", "if we can", "if we may", "for real", "both of us", "the both of us",
        # young adults' softeners (blind 14): "can we stop, fr", "ngl I need a minute"
        "fr", "ngl", "tbh",
        # blind 16: "to be honest I'm not up for this"
        "to be honest",
        *(f"if {it} is {fine} with {whom}" for it in ("that", "it") for fine in ("ok", "alright", "fine")
          for whom in ("you", "you both", "both of you", "everyone")), *ADDRESS)
# Phrases an intent puts into a grammar-restricted recogniser. PocketSphinx's grammar search slows steeply with size:
# the end of an utterance took 0.02 s of CPU with 50 phrases, 0.07 s with 100, 0.24 s with 200 and 2.8 s with 400
# (PocketSphinx 5, Piper speech, this machine). A state listens for up to ~10 intents; speech outside these phrases is
# rejected and decoded again with open vocabulary, where every phrase the templates say is matched.
GRAMMAR_PHRASES = 14
REBUTTAL = "rebuttal"  # its templates must not match through a likeness alone (below)
# A feeling about the partner put as a likeness ("I feel like you never listen to me", "it's as if he never notices")
# tells how it is for the speaker; it disputes nothing said. A rebuttal's "like you never" is sarcasm ("oh, like you
# never shout"), so a rebuttal must still be said with the likeness put plainly ("i feel that you never listen").
FEELING_LIKE = re.compile(r"\b(feel|feels|felt|feeling|seems|seemed|it is|it was) (?:like|as if) ")
# Words that report someone's words or view ("she says", "I told him"): what follows them is reported, not said now.
REPORTING = frozenset({"said", "say", "says", "saying", "told", "tell", "tells", "telling", "asked", "asks", "ask",
                       "think", "thinks", "thought", "heard", "hear", "hears", "knew", "know", "knows", "wrote",
                       "texted", "shouted", "yelled", "screamed", "means", "meant", "mean", "claims", "claimed",
                       "keeps", "kept", "wants", "wanted", "goes", "went"})
# Of REPORTING, the verbs that report words rather than the speaker's own view ("I think I'm done" is done), and
# the words that make what follows part of the sentence before: before a wildcard's match, they take the command
# out of it ("I told her I'm going to bed", "he asked if I'm done", "I never said I'm done").
TELLING = frozenset({"told", "tells", "tell", "telling", "asked", "asks", "ask", "asking", "texted", "wrote", "shouted",
                     "yelled", "screamed"})
REPORTING_VERBS = REPORTING - TELLING - {"think", "thought", "know", "knew", "mean", "meant", "means", "keeps", "kept",
                                         "wants", "wanted", "goes", "went"}
TOLD_WHOM = frozenset({"me", "him", "her", "us", "them", "you", "my", "his", "our", "their", "everyone", "it"})
_BESIDE_VERB = frozenset({"just", "always", "also", "keeps", "kept", "never", "not", "did", "does", "do", "even"})
LEADING_IN = frozenset({"that", "if", "when", "whether", "because", "until", "unless", "before", "after", "while",
                        "since", "to", "than"})
# Intents about what was said: a report of it is their point ("you said I never help, which is rubbish").
ABOUT_WHAT_WAS_SAID = frozenset({"interrupt", "rebuttal", "blame"})
# Character similarity that counts as the same words despite a small slip, for the phrase and for each changed word:
# "finish"/"finished" 0.86, "yah"/"yeah" 0.86. A looser likeness is another word people say: "staying"/"stopping"
# 0.67, "down"/"done" 0.75, "living"/"leaving" 0.77 ("I'm staying" is no stop, "I'm down" no end of a turn).
SIMILAR_ENOUGH = 0.8
# A slip never turns a negation into another word or back: "what? no!" is not "what now", "now" is not "no".
NEGATIONS = frozenset({"no", "not", "never", "nope", "nah"})
LEAD_RE = "(?:(?:" + "|".join(re.escape(lead) for lead in LEAD) + ") )*"
TAIL_RE = "(?:(?:" + "|".join(re.escape(tail) for tail in TAIL) + ") )*"
LEADS_ONLY = re.compile(LEAD_RE)


def _reports(lead_in: str) -> bool:
    """Whether the words before a command report someone's words or lead into it: "she says", "my mum thinks", "I told
    him", "I never said", "he asked if", "it's not that"; not the speaker's own ("I said", "what I'm trying to say")."""
    words = lead_in.split()
    if not words or words[-1] in LEADING_IN:
        return bool(words)
    for at, word in enumerate(words):
        if word in TELLING and (at + 1 == len(words) or words[at + 1] in TOLD_WHOM):
            return True  # "I told her", not "I wanted to be asked about my day"
        if word in REPORTING_VERBS:
            near = words[max(0, at - 3):at]
            person = [other for other in near if other not in _BESIDE_VERB]
            if any(other in NEGATIONS for other in near[-2:]) or not person or person[-1] not in ("i", "we", "to"):
                return True
    return False


def _strip_edges(words: list[str]) -> list[str]:
    """Words with lead-in and tail-off words taken off the edges (for the slip check, which has no regex)."""
    text = " ".join(words) + " "
    text = re.sub("^" + LEAD_RE, "", text)
    stripped = re.sub(TAIL_RE + "$", "", " " + text)
    return stripped.split() or words


def _same_word(said: str, meant: str) -> bool:
    """Whether a heard word may be a slip for the meant one: alike in SIMILAR_ENOUGH of its letters ("finish" for
    "finished"), and never a negation: "no, not today" (a check-in answer) is no slip for "no no" (a dispute)."""
    if said == meant:
        return True
    if said in NEGATIONS or meant in NEGATIONS:
        return False
    if 2 * min(len(said), len(meant)) < SIMILAR_ENOUGH * (len(said) + len(meant)):  # ratio's bound from the lengths
        return False
    return SequenceMatcher(None, said, meant).ratio() >= SIMILAR_ENOUGH


def _similar(said: str, phrase: str) -> bool:
    if said == phrase:
        return True
    said_words, phrase_words = said.split(), phrase.split()
    if len(said_words) != len(phrase_words) or len(phrase) < 4:  # "no" and "go" differ by one letter
        return False
    if 2 * min(len(said), len(phrase)) < SIMILAR_ENOUGH * (len(said) + len(phrase)):  # ratio's bound, cheaply
        return False
    # a slip changes a sound, not a word: "let us go" must not pass for "let us stop"
    if not all(_same_word(a, b) for a, b in zip(said_words, phrase_words, strict=True)):
        return False
    return SequenceMatcher(None, said, phrase).ratio() >= SIMILAR_ENOUGH


@dataclass(frozen=True)
class IntentSpec:
    """An intent's templates, the regex they compile to, and the phrases they expand into."""

    name: str
    templates: tuple[str, ...]
    regex: str  # the templates as one regex over normalised words, each followed by a space
    phrases: tuple[str, ...]  # every phrase the templates say (wildcards left out): what matches, documentation
    samples: tuple[str, ...]  # the first and last phrase of each template: for spoken tests and benchmarks
    grammar: tuple[str, ...]  # each template's shortest phrase, then the shortest others: GRAMMAR_PHRASES at most
    cues: Cues | None = None  # what the intent is about, for utterances no template matches (see voice_pacer.cues)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled regex, on first use: compiling every shared intent's would slow each start by ~0.5 s."""
        return re.compile(self.regex)

    @cached_property
    def exact(self) -> tuple[str, ...]:
        """Phrases that are whole sentences on their own (a wildcard may say nothing): a near miss of one counts."""
        return tuple(phrase for phrase in self.phrases if self.pattern.fullmatch(phrase + " "))

    @classmethod
    def build(cls, name: str, templates: Iterable[str], rules: Mapping[str, Node] | None = None,
              cues: Iterable[str] = ()) -> IntentSpec:
        """Parse and compile the templates (and cues) once, when the flow loads; TemplateError.index names a bad
        template."""
        texts = tuple(templates)
        nodes: list[Node] = []
        for index, text in enumerate(texts):
            try:
                nodes.append(parse_template(text, rules))
            except TemplateError as exc:
                exc.index = index  # type: ignore[attr-defined]
                raise
        said = [[" ".join(words) for words in expand(node) if words] for node in nodes]
        phrases = tuple(dict.fromkeys(phrase for each in said for phrase in each))
        if len(phrases) > MAX_PHRASES or sum(count(node) for node in nodes) > 4 * MAX_PHRASES:
            raise TemplateError(f"its sentences say more than {MAX_PHRASES} phrases; use fewer optional words or "
                                "alternatives, or {any} where the exact words do not matter")
        body = "|".join(to_regex(node) for node in nodes)
        samples = tuple(dict.fromkeys(phrase for each in said for phrase in each[:1] + each[-1:]))
        # a grammar listens for whole sentences: not what a template says around a wildcard it needs
        whole = [[" ".join(words) for words in expand(node, wild=False) if words] for node in nodes]
        shortest = [sorted(each, key=lambda phrase: len(phrase.split())) for each in whole]
        first = [each[0] for each in shortest if each]  # every template's shortest, then the shortest of the rest
        rest = sorted((phrase for each in shortest for phrase in each[1:]), key=lambda phrase: len(phrase.split()))
        grammar = tuple(itertools.islice(dict.fromkeys([*first, *rest]), GRAMMAR_PHRASES))
        cue_nodes = [parse_template(cue, rules) for cue in cues]
        own_words = {word for phrase in phrases for word in phrase.split()}
        cue_set = Cues.build(cue_nodes, own_words) if cue_nodes else None
        return cls(name, texts, f"{LEAD_RE}(?:{body}){TAIL_RE}", phrases, samples, grammar, cue_set)

    def matches(self, words: list[str]) -> bool:
        """Whether the utterance's words (normalised, without hesitations) say this intent, and words a wildcard
        takes before it do not report it or lead into it ("I told her | I'm going to bed", "he asked if | I'm done"),
        unless the intent is about what was said."""
        said = " ".join(words) + " "
        found = self.pattern.fullmatch(said) if words else None
        if found is None or (self.name == REBUTTAL and _only_as_likeness(said, self.pattern)):
            return False
        return self.name in ABOUT_WHAT_WAS_SAID or not any(
            _reports(said[: found.end(group)]) for group in range(1, (found.lastindex or 0) + 1)
            if found.start(group) >= 0 and LEADS_ONLY.fullmatch(said[: found.start(group)]))

    @cached_property
    def said_whole(self) -> frozenset[str]:
        """The exact phrases, to look one up."""
        return frozenset(self.exact)

    @cached_property
    def exact_by_size(self) -> dict[int, tuple[str, ...]]:
        """The exact phrases by their number of words: a slip keeps the number of words."""
        sizes: dict[int, list[str]] = {}
        for phrase in self.exact:
            sizes.setdefault(len(phrase.split()), []).append(phrase)
        return {size: tuple(phrases) for size, phrases in sizes.items()}

    def nearly(self, words: list[str]) -> bool:
        """Whether the words are a small recognition slip away from one of the exact phrases."""
        said = " ".join(_strip_edges(words))
        return any(_similar(said, phrase) for phrase in self.exact_by_size.get(len(said.split()), ()))


def _only_as_likeness(said: str, pattern: re.Pattern[str]) -> bool:
    """Whether words match only through a feeling put as a likeness: with it put plainly they no longer do."""
    plain = FEELING_LIKE.sub(lambda found: f"{found.group(1)} that ", said)
    return plain != said and pattern.fullmatch(plain) is None


def phrases_for(names: Iterable[str], intents: Mapping[str, IntentSpec]) -> tuple[str, ...]:
    """The grammar phrases of the named intents, for restricting a recogniser to what a state expects."""
    return tuple(dict.fromkeys(p for name in names if name in intents for p in intents[name].grammar))
