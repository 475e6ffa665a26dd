"""Compile a checked flow into a `transitions` state machine: the machine decides, the session performs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from transitions import EventData, Machine

from voice_pacer.flowfile.check import CompiledFlow, Route
from voice_pacer.flowfile.expr import evaluate
from voice_pacer.flowfile.schema import STAY

STOPPED = "_stopped"  # where the global 'stop' intent leads
EXITS = {"stop": STOPPED, "refuse": "_refused", "leave": "_left"}  # global intents that end a session kindly
SAFETY = {"danger": "_danger", "self_harm": "_self_harm"}  # the safety classifier's concerns (never disabled)
TERMINAL = (*EXITS.values(), *SAFETY.values())
PROMPT_OF = {"_stopped": "stopped", "_refused": "refused", "_left": "left", "_danger": "danger",
             "_self_harm": "self_harm"}  # each terminal's closing prompt in common.yaml
INTERLUDES = ("repeat", "help", "pause")  # global intents that keep the state and ask the session for something


@dataclass
class Effect:
    """Something a transition asks the session to do on the way: say a line, or run an interlude."""

    kind: str  # "say", "keep" or an interlude name
    text: str | None = None  # the line to say; for "keep", what to keep and whose ("experiment partner_a")


@dataclass
class FlowModel:
    """The machine's model: where the flow is, its counters and roles, and what the last trigger asked for."""

    flow: CompiledFlow
    counters: dict[str, int] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    effects: list[Effect] = field(default_factory=list)
    entered: bool = False  # set when a trigger entered a state (also re-entered), clear when it stayed
    state: str = ""
    facts: dict[str, float] = field(default_factory=dict)  # numbers from the experiment journal, for conditions

    def mark_entered(self, *_: Any) -> None:
        self.entered = True

    def values(self) -> dict[str, float]:
        """The names an `if` condition can use: number settings and counters."""
        settings = self.flow.settings.items()
        numbers = {k: v for k, v in settings if isinstance(v, int | float) and not isinstance(v, bool)}
        return {**numbers, **self.facts, **self.counters}


def _condition(route: Route) -> Callable[[EventData], bool]:
    tree = route.condition

    def holds(event: EventData) -> bool:
        return tree is None or evaluate(tree, event.model.values())

    holds.__name__ = route.condition_text or "always"  # diagrams label the transition with it
    return holds


def _on_the_way(route: Route) -> Callable[[EventData], None]:
    def act(event: EventData) -> None:
        model: FlowModel = event.model
        if route.count:
            model.counters[route.count] = model.counters.get(route.count, 0) + 1
        if route.keep:  # whose it is, resolved before a swap on the same route
            kind, who = route.keep
            model.effects.append(Effect("keep", f"{kind} {model.roles.get(who, who)}"))
        if route.swap_roles:
            names = list(model.roles)
            if len(names) == 2:
                first, second = names
                model.roles[first], model.roles[second] = model.roles[second], model.roles[first]
        if route.say:
            model.effects.append(Effect("say", route.say))

    return act


def build_machine(flow: CompiledFlow, machine_class: type[Machine] = Machine, globals_too: bool = True,
                  labels: dict[str, str] | None = None, **options: Any) -> tuple[Machine, FlowModel]:
    """A machine whose states and triggers are the flow's; exits, safety and the interludes work from every state.

    labels: state name -> the label a diagram shows (GraphMachine only)."""
    model = FlowModel(flow, {name: 0 for name in flow.counters}, dict(flow.flow.roles))
    states = [*flow.flow.states, *(TERMINAL if globals_too else ())]
    specs = [_labelled(machine_class, name, labels[name]) if name in (labels or {}) else name for name in states]
    machine = machine_class(model=model, states=specs, initial=flow.flow.start, auto_transitions=False,
                            send_event=True, queued=False, model_attribute="state", **options)
    for name in states:
        machine.get_state(name).add_callback("enter", "mark_entered")
    for state, routes in flow.routes.items():
        for route in routes:
            conditions = [_condition(route)] if route.condition else []
            machine.add_transition(route.event, state, None if route.to == STAY else route.to,
                                   conditions=conditions, before=[_on_the_way(route)])
    if not globals_too:
        return machine, model
    live_states = [name for name, state in flow.flow.states.items() if not state.end]
    for concern, terminal in SAFETY.items():
        machine.add_transition(concern, live_states, terminal)
    for intent, terminal in EXITS.items():
        if intent in flow.global_intents:
            machine.add_transition(intent, live_states, terminal)
    for interlude in INTERLUDES:
        if interlude in flow.global_intents:
            machine.add_transition(interlude, live_states, None,
                                   after=[lambda e, kind=interlude: e.model.effects.append(Effect(kind))])
    return machine, model


def _labelled(machine_class: type[Machine], name: str, label: str) -> Any:
    state = machine_class.state_cls(name)
    state.label = label  # diagrams draw a state's label instead of its name
    return state


def fire(machine: Machine, model: FlowModel, event: str) -> tuple[bool, list[Effect]]:
    """Trigger an event; return whether a transition was taken and the effects it asked for."""
    model.effects.clear()
    model.entered = False
    if event not in machine.get_triggers(model.state):
        return False, []
    taken = machine.events[event].trigger(model)
    return bool(taken), list(model.effects)


def handles(machine: Machine, model: FlowModel, event: str) -> bool:
    """Whether the current state has a transition for this event."""
    return event in machine.get_triggers(model.state)
