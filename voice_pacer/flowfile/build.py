"""Building a CompiledFlow from a parsed flow: its intents, its settings layered, its transitions laid out."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from voice_pacer.flowfile.common import common
from voice_pacer.flowfile.compiled import EVENTS, Checker, CompiledFlow, Route, Where
from voice_pacer.flowfile.expr import ExpressionError, parse_condition
from voice_pacer.flowfile.memory import LAST_ANSWER, journal_placeholders, parse_keep
from voice_pacer.flowfile.schema import NAME, Flow, State
from voice_pacer.intents import IntentSpec
from voice_pacer.templates import Node, TemplateError, parse_template

ROUTE_KEYS = {"to", "say", "swap_roles", "count", "if", "keep"}
Located = list[tuple[Route, Where]]  # a state's routes, each with where it is written


def structure_problems(check: Checker, error: ValidationError) -> None:
    """Report the schema's complaints as located lines (a renamed 'phrases' once, not also as 'sentences' missing)."""
    seen: set[Where] = set()
    renamed = {tuple(item["loc"][:-1]) for item in error.errors()
               if item["type"] == "extra_forbidden" and item["loc"][0] == "intents" and item["loc"][-1] == "phrases"}
    for item in error.errors():
        loc = tuple(item["loc"])
        if loc in seen or (item["type"] == "missing" and loc[:-1] in renamed):  # 'phrases' is reported instead
            continue
        seen.add(loc)
        state = loc[1] if len(loc) > 1 and loc[0] == "states" and isinstance(loc[1], str) else None
        inner = loc[2:] if state else loc
        key = ".".join(str(part) for part in inner)
        kind = item["type"]
        if kind == "extra_forbidden" and loc[0] == "intents" and loc[-1] in ("phrases", "match"):
            message = (f"unknown key '{key}'; an intent lists 'sentences:' (templates such as "
                       "\"[{any}] (i'm | i am) done\", see docs/flow-format.md)")
        elif kind == "extra_forbidden":
            message = f"unknown key '{key}'"
        elif kind == "missing":
            message = f"missing key '{key}'"
        else:
            reason = str(item["msg"]).removeprefix("Value error, ")
            message = f"'{key}': {reason}" if key else reason
        check.add(message, loc, state)


def build_intents(check: Checker, flow: Flow) -> tuple[dict[str, IntentSpec], set[str]]:
    """The shared intents plus the flow's own, and the names of those whose templates are broken (reported)."""
    shared = common()
    intents = dict(shared.intents)
    broken: set[str] = set()
    for name, spec in flow.intents.items():
        if name in EVENTS:
            check.add(f"intent '{name}' clashes with the built-in event of that name; rename it", ("intents", name))
        built = _build_intent(check, name, spec.sentences, shared.rules)
        if built is None:
            broken.add(name)
        else:
            intents[name] = built
    for name in flow.disable:
        if name not in shared.global_intents:
            check.add(f"'disable' names '{name}', which is not a global intent "
                      f"({', '.join(shared.global_intents)})", ("disable",))
    return intents, broken


def _build_intent(check: Checker, name: str, sentences: list[str], rules: Mapping[str, Node]) -> IntentSpec | None:
    """Compile an intent's templates; each broken template is one problem on its own line."""
    where = ("intents", name, "sentences")
    ok = True
    for index, text in enumerate(sentences):
        try:
            parse_template(text, rules)
        except TemplateError as exc:
            check.add(f"intent '{name}': {exc}", (*where, index))
            ok = False
    if not ok:
        return None
    try:
        return IntentSpec.build(name, sentences, rules)
    except TemplateError as exc:
        check.add(f"intent '{name}': {exc}", where)
        return None


def build_compiled(check: Checker, path: Path, flow: Flow, intents: dict[str, IntentSpec],
                   layered: Mapping[str, Any]) -> CompiledFlow:
    """The flow with its settings layered (only those it has) and what its prompts may fill in told to the checker."""
    settings = dict(flow.settings)
    settings.update({key: value for key, value in layered.items() if key in settings})
    enabled = tuple(name for name in common().global_intents if name not in flow.disable)
    check.settings = settings
    check.placeholders = (set(flow.partners) | set(flow.roles) | set(settings) | journal_placeholders()
                          | {LAST_ANSWER})
    return CompiledFlow(path, flow, settings, intents, enabled)


def state_routes(check: Checker, name: str, state: State) -> Located:
    """A state's transitions ('next' and 'on'), each with where it is written."""
    at = ("states", name)
    raw_on = dict(state.on)
    if state.next is not None:
        if "next" in raw_on:
            check.add("has both 'next' and 'on: next'; keep one", (*at, "next"), name)
        raw_on["next"] = state.next
    located: Located = []
    for event, raw in raw_on.items():
        where = (*at, "next") if event == "next" and state.next is not None else (*at, "on", event)
        located.extend(_parse_routes(check, name, str(event), raw, where))
    return located


def _parse_routes(check: Checker, state_name: str, event: str, raw: Any, path: Where) -> Located:
    items = raw if isinstance(raw, list) else [raw]
    routes = []
    for index, item in enumerate(items):
        where = (*path, index) if isinstance(raw, list) else path
        if isinstance(item, str):
            routes.append((Route(event, item), where))
        elif not isinstance(item, dict) or "to" not in item:
            check.add(f"'{event}' must name a state, or be a mapping with 'to:'", where, state_name)
        else:
            routes.append((_parse_route(check, state_name, event, item, where), where))
    return routes


def _parse_route(check: Checker, state_name: str, event: str, item: dict[str, Any], where: Where) -> Route:
    for unknown in sorted(set(map(str, item)) - ROUTE_KEYS):
        check.add(f"unknown key '{unknown}' in the '{event}' transition", (*where, unknown), state_name)
    if not isinstance(item.get("swap_roles", False), bool):
        check.add("'swap_roles' must be true or false", (*where, "swap_roles"), state_name)
    if "say" in item and not isinstance(item["say"], str):
        check.add("'say' must be text", (*where, "say"), state_name)
    if "count" in item and not (isinstance(item["count"], str) and NAME.match(item["count"])):
        check.add(f"'count' must name a counter in lower_case_with_underscores, got {item['count']!r}",
                  (*where, "count"), state_name)
    keep = parse_keep(item["keep"]) if "keep" in item else None
    if isinstance(keep, str):
        check.add(keep, (*where, "keep"), state_name)
    condition = None
    if "if" in item:
        try:
            condition = parse_condition(str(item["if"]))
        except ExpressionError as exc:
            check.add(str(exc), (*where, "if"), state_name)
    say = item["say"] if isinstance(item.get("say"), str) else None
    count = item["count"] if isinstance(item.get("count"), str) else None
    return Route(event, str(item["to"]), say, item.get("swap_roles") is True, count, condition,
                 None if item.get("if") is None else str(item["if"]), keep if isinstance(keep, tuple) else None)
