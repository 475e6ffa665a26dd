"""What can be said in a flow, state by state: the documentation side of the intent templates."""

from __future__ import annotations

from voice_pacer.flowfile.check import CompiledFlow
from voice_pacer.intents import IntentSpec, phrases_for
from voice_pacer.session import listening_for


def _lines(spec: IntentSpec, phrases: bool) -> list[str]:
    said = spec.phrases if phrases else spec.templates
    return [f"  {spec.name}:", *(f"    {text}" for text in said)]


def describe_intents(flow: CompiledFlow, phrases: bool = False) -> str:
    """Plain text: the global intents once, then each listening state's own intents, in the order they win."""
    everywhere = [flow.intents[name] for name in flow.global_intents]
    lines = [f"{flow.flow.title} ({flow.flow.name}): what can be said; the first intent that matches wins.",
             "Words around a command (okay, I think, for now, please, ...) are fine. A disclosure of danger or of",
             "self-harm stops the practice in any state, however it is worded.", "",
             "In every listening state, and while breathing or waiting (the first three):"]
    for spec in everywhere:
        lines += _lines(spec, phrases)
    for name, state in flow.flow.states.items():
        if state.listen is None:
            continue
        candidates, grammar, commands = listening_for(flow, name)
        own = [spec for spec in candidates if spec.name not in flow.global_intents]
        heard = "a free answer, or these" if state.listen.answer else "these"
        size = len(grammar or commands or phrases_for([c.name for c in candidates], flow.intents))
        lines += ["", f"state '{name}': {heard} ({size} phrases in the recogniser's grammar):"]
        lines += [line for spec in own for line in _lines(spec, phrases)] or ["  only the ones above"]
    return "\n".join(lines)
