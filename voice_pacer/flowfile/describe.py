"""What can be said in a flow, state by state: the documentation side of the intent templates."""

from __future__ import annotations

from voice_pacer.flowfile.check import CompiledFlow
from voice_pacer.flowfile.common import common
from voice_pacer.intents import IntentSpec
from voice_pacer.listening import listening_for


def _lines(spec: IntentSpec, phrases: bool) -> list[str]:
    said = spec.phrases if phrases else spec.templates  # every phrase that matches, not only the grammar's
    return [f"  {spec.name}:", *(f"    {text}" for text in said)]


def describe_intents(flow: CompiledFlow, phrases: bool = False) -> str:
    """Plain text: the global intents once, then each listening state's own intents, in the order they win."""
    everywhere = [flow.intents[name] for name in flow.global_intents]
    lines = [f"{flow.flow.title} ({flow.flow.name}): what can be said; the first intent that matches wins.",
             "Words around a command (okay, I think, for now, please, ...) are fine. A disclosure of danger or of",
             "self-harm stops the practice in any state, however it is worded.", "",
             "In every listening state (stop, refuse and leave also while breathing or waiting):"]
    for spec in everywhere:
        lines += _lines(spec, phrases)
    rules = common().rule_texts
    lines += ["", "Shared rules, used as <name>:", *(f"  <{name}>: {text}" for name, text in rules.items())]
    for name, state in flow.flow.states.items():
        if state.listen is None:
            continue
        listening = listening_for(flow, name)
        own = [spec for spec in listening.candidates if spec.name not in flow.global_intents]
        if listening.phrases is None:
            heard = ("a free answer in open vocabulary, or these (short utterances: "
                     f"{len(listening.commands)} command phrases)")
        else:
            heard = f"only these ({len(listening.phrases)} phrases in the recogniser's grammar)"
        lines += ["", f"state '{name}': {heard}:"]
        lines += [line for spec in own for line in _lines(spec, phrases)] or ["  only the ones above"]
    return "\n".join(lines)
