"""The shape of a flow file, as pydantic models; meaning (targets, reachability, timers) is checked in check.py."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

NAME = re.compile(r"^[a-z][a-z0-9_]*$")
SETTING_REF = re.compile(r"^\{([a-z][a-z0-9_]*)\}$")
STAY = "stay"  # a transition target meaning: keep this state and its timers running
ACTIONS = ("say", "listen", "breathe", "wait", "run")


def _duration(value: Any) -> float | str:
    if isinstance(value, bool):
        raise ValueError("must be a positive number of seconds, not true/false")
    if isinstance(value, int | float):
        if value <= 0:
            raise ValueError(f"must be a positive number of seconds, got {value}")
        return float(value)
    if isinstance(value, str) and SETTING_REF.match(value.strip()):
        return value.strip()
    raise ValueError(f"must be a positive number of seconds or a {{setting}}, got {value!r}")


def _count(value: Any) -> int | str:
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 1:
            raise ValueError(f"must be a whole number of at least 1, got {value}")
        return value
    if isinstance(value, str) and SETTING_REF.match(value.strip()):
        return value.strip()
    raise ValueError(f"must be a whole number or a {{setting}}, got {value!r}")


Duration = Annotated[float | str, BeforeValidator(_duration)]
Count = Annotated[int | str, BeforeValidator(_count)]


class Strict(BaseModel):
    """Unknown keys are errors: a typo in a flow file must never be silently ignored."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Intent(Strict):
    """What people say for an intent, as templates: (a|b) alternatives, [optional words], <rule>, {any} words."""

    sentences: list[str] = Field(min_length=1)


class Warning_(Strict):
    """A gentle notice said once, 'before' seconds ahead of the state's time limit."""

    before: Duration
    say: str


class Listen(Strict):
    """Listen for intents, or for a free answer (open vocabulary)."""

    intents: list[str] = Field(default_factory=list, alias="for")
    answer: bool = False
    end_silence: Duration | None = None
    silence: Duration | None = None
    limit: Duration | None = None
    warn: Warning_ | None = None


class Breathe(Strict):
    """A paced breathing pattern for some cycles, cued with words, tones or both."""

    pattern: str = "box"
    cycles: Count = 4
    cues: Literal["words", "tones", "both"] = "words"


class Wait(Strict):
    """A quiet stretch of time (a longer break); global commands still work."""

    seconds: Duration


def _run_spec(value: Any) -> Any:
    return {"flow": value} if isinstance(value, str) else value


class Run(Strict):
    """Run another flow (a built-in name, or a path relative to this file) with these settings, then go on."""

    flow: str = Field(min_length=1)
    settings: dict[str, int | float | str] = Field(default_factory=dict)


class State(Strict):
    """One step: exactly one action on entry, and where each event leads."""

    say: str | None = None
    listen: Listen | None = None
    breathe: Breathe | None = None
    wait: Wait | None = None
    run: Annotated[Run | None, BeforeValidator(_run_spec)] = None
    help: str | None = None
    next: Any = None
    on: dict[str, Any] = Field(default_factory=dict)
    end: bool = False

    @model_validator(mode="after")
    def _one_action(self) -> State:
        actions = [name for name in ACTIONS if getattr(self, name) is not None]
        if len(actions) != 1:
            found = ", ".join(actions) if actions else "none"
            raise ValueError(f"a state does exactly one of {', '.join(ACTIONS)} (found: {found})")
        return self

    @property
    def action(self) -> str:
        """The name of the state's action."""
        return next(name for name in ACTIONS if getattr(self, name) is not None)


class Flow(Strict):
    """A whole practice."""

    name: str = Field(pattern=NAME.pattern)
    title: str
    description: str = ""
    partners: list[Literal["partner_a", "partner_b"]] = Field(default_factory=lambda: ["partner_a", "partner_b"])
    roles: dict[str, Literal["partner_a", "partner_b"]] = Field(default_factory=dict)
    settings: dict[str, int | float | str] = Field(default_factory=dict)
    intents: dict[str, Intent] = Field(default_factory=dict)
    disable: list[str] = Field(default_factory=list)
    start: str
    states: dict[str, State] = Field(min_length=1)
