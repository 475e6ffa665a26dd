"""The listening contract: from the flow, what a state listens for and what may be said over a prompt or a pause.

Every conversation and every engine is asked the same way (a ListenRequest, or a prompt's interrupt phrases); none
of them decides what to listen for."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from voice_pacer.errors import UserError
from voice_pacer.flowfile.check import CompiledFlow
from voice_pacer.flowfile.common import common
from voice_pacer.flowfile.machine import EXITS, INTERLUDES
from voice_pacer.intents import IntentSpec, phrases_for

LONG_SAID = ("refuse", "leave", "rebuttal")  # intents said in sentences, which open vocabulary hears as they are
BARGE_IN_PHRASES = 3  # of stop's grammar ("stop", "let us stop", ...): with all 14, a lone "Stop." over a prompt in a
# very quiet room scored below PocketSphinx's threshold (margin -3.58 against -2.46 with three phrases)


@dataclass(frozen=True)
class Listening:
    """What one listening moment understands and how the recogniser is restricted."""

    candidates: list[IntentSpec]  # the intents it matches, in the order they win
    phrases: tuple[str, ...] | None  # what the recogniser is restricted to; None: open vocabulary
    commands: tuple[str, ...] = ()  # with open vocabulary: the command phrases a short utterance is checked against


def intent_priority(flow: CompiledFlow, state_intents: list[str]) -> list[IntentSpec]:
    """Intents in the order they win: the state's own, the exits (stop, refuse, leave), then the interludes.

    The state's own come first because they are what was just asked for: "we're done" ends the describing in a
    state that listens for `done`, and stops the session anywhere else."""
    enabled = flow.global_intents
    order = list(dict.fromkeys(state_intents))
    order += [i for i in EXITS if i in enabled and i not in order]
    order += [i for i in INTERLUDES if i in enabled and i not in order]
    return [flow.intents[name] for name in order]


def listening_for(flow: CompiledFlow, state: str) -> Listening:
    """What a listening state of the flow matches, and the phrases its recogniser listens for."""
    listen = flow.state(state).listen
    if listen is None:
        raise UserError(f"state '{state}' of flow '{flow.flow.name}' does not listen; choose one of: "
                        + ", ".join(n for n, s in flow.flow.states.items() if s.listen))
    # an interlude a state routes elsewhere (the pause flow's break offer takes a pause as its yes) keeps its place
    # after the exits: "I need some air, I'm going outside" still leaves
    own = [*listen.intents, *(r.event for r in flow.routes[state] if r.event in flow.intents
                              and r.event not in INTERLUDES)]
    candidates = intent_priority(flow, list(dict.fromkeys(own)))
    if not listen.answer:
        return Listening(candidates, (*phrases_for([c.name for c in candidates], flow.intents), *common().decoys))
    # Open vocabulary hears long sentences well, but mishears short commands ("stop" as "got that"), so short
    # utterances are also checked against a grammar: of the short commands only, since a grammar forces what it hears
    # into its phrases ("nothing really" came out as the refusal "not doing it"); short answers are in it to be heard
    # as themselves.
    short = [c.name for c in candidates if c.name not in LONG_SAID]
    return Listening(candidates, None, (*phrases_for(short, flow.intents), *common().decoys, *common().short_answers))


def listening_between(flow: CompiledFlow) -> Listening:
    """What is heard while breathing or waiting: the exits (and, as for every utterance, a disclosure)."""
    candidates = [flow.intents[name] for name in EXITS if name in flow.global_intents]
    phrases = (*phrases_for([c.name for c in candidates], flow.intents), *common().decoys)
    return Listening(candidates, phrases or None)


def interrupting(flow: CompiledFlow) -> Listening:
    """What may cut a prompt short (barge-in): stop's first phrases, understood as the exits; a disclosure is heard
    too, through the conversation's open pass."""
    between = listening_between(flow)
    phrases = tuple(flow.intents["stop"].grammar[:BARGE_IN_PHRASES]) if "stop" in flow.global_intents else ()
    return Listening(between.candidates, phrases)


def state_kind(answer: bool, listened: Collection[str]) -> str:
    """A listening state's kind: commands (awaiting one), answer, or floor (an answer a speaker ends with done)."""
    return "commands" if not answer else "floor" if "done" in listened else "answer"


def listening_for_yes_no(flow: CompiledFlow) -> Listening:
    """What the answer to a question about a half-heard command is heard as: yes, no and the exits (and, as for every
    utterance, a disclosure)."""
    shared = common().intents
    candidates = [flow.intents.get(name) or shared[name] for name in ("yes", "no")] + listening_between(flow).candidates
    return Listening(candidates, (*phrases_for([c.name for c in candidates], {c.name: c for c in candidates}),
                                  *common().decoys))
