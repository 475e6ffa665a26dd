"""Prompts are heard, not read: a prompt longer than about twenty words gets a warning (not an error)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from voice_pacer.flowfile.schema import Flow

# About twenty words is what one breath of speech carries (~8 s at 155 words a minute); a couple more are
# tolerated before the warning, as the guidance says "about". A {placeholder} counts as one word.
MAX_PROMPT_WORDS = 22


def words(text: str) -> int:
    """Spoken words in a prompt; a {placeholder} is one word."""
    return len(re.sub(r"\{[^{}]*\}", "X", text).split())


def _prompts(flow: Flow) -> Iterator[tuple[str, tuple[Any, ...], str]]:
    for name, state in flow.states.items():
        at = ("states", name)
        if state.say:
            yield state.say, (*at, "say"), name
        if state.help:
            yield state.help, (*at, "help"), name
        if state.listen and state.listen.warn:
            yield state.listen.warn.say, (*at, "listen", "warn", "say"), name
        raw_on = dict(state.on) | ({"next": state.next} if state.next is not None else {})
        for event, raw in raw_on.items():
            base = (*at, "next") if event == "next" and state.next is not None else (*at, "on", event)
            items = raw if isinstance(raw, list) else [raw]
            for index, item in enumerate(items):
                if isinstance(item, dict) and isinstance(item.get("say"), str):
                    yield item["say"], ((*base, index) if isinstance(raw, list) else base) + ("say",), name


def long_prompts(flow: Flow) -> list[tuple[str, tuple[Any, ...], str]]:
    """(message, key path, state) for each prompt over MAX_PROMPT_WORDS words."""
    return [(f"warning: prompt has {count} words; keep it to about 20, one idea a prompt", where, name)
            for text, where, name in _prompts(flow) if (count := words(text)) > MAX_PROMPT_WORDS]
