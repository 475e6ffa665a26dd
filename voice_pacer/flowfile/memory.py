"""What a flow may ask of the experiment journal: placeholders, condition names, and `keep:` on a transition."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from voice_pacer.flowfile.expr import names_in

LAST_ANSWER = "last_answer"  # the latest free answer, said back ("I'll text him" -> "text him")
KEEP_KINDS = ("experiment",)
SLOTS = {"partner_a": "a", "partner_b": "b"}


def journal_placeholders() -> set[str]:
    """Prompt placeholders filled from the journal (empty when it is off or holds nothing recent)."""
    return {f"last_experiment_{slot}{part}" for slot in SLOTS.values() for part in ("", "_when", "_times")}


def journal_numbers() -> set[str]:
    """Condition names from the journal: journal_on (1 or 0); per partner, _known (1 or 0) and _days (how many
    days this week the same experiment was chosen). All are 0 when the journal is off."""
    per_partner = {f"last_experiment_{slot}{part}" for slot in SLOTS.values() for part in ("_known", "_days")}
    return per_partner | {"journal_on"}


def parse_keep(raw: Any) -> tuple[str, str] | str:
    """`keep: {experiment: speaker}` as (kind, who), or a message saying what is wrong."""
    if not (isinstance(raw, Mapping) and len(raw) == 1):
        return "'keep' must be one mapping like {experiment: speaker} (what to keep, and whose it is)"
    kind, who = next(iter(raw.items()))
    if kind not in KEEP_KINDS:
        return f"'keep' can keep {', '.join(KEEP_KINDS)}, not {kind!r}"
    if not isinstance(who, str):
        return "'keep' must name whose it is: partner_a, partner_b or a role"
    return str(kind), who


def uses_journal(text: str | None, placeholders: Iterable[str]) -> bool:
    """Whether a prompt says something from the journal."""
    names = journal_placeholders()
    return bool(text) and any(name in names for name in placeholders)


def unguarded(states: Mapping[str, Any], routes: Mapping[str, list[Any]], paths: Mapping[str, list[tuple[Any, ...]]],
              placeholders_of: Callable[[str], set[str]]) -> list[tuple[str, tuple[Any, ...], str]]:
    """Prompts that say something from the journal without an `if:` that checks the journal knows it.

    Returns (message, key path, state) for each route into such a state (or with such a `say`) whose condition
    names no journal value, so a prompt never says an empty experiment.
    """
    numbers = journal_numbers()
    needy = {name for name, state in states.items() if uses_journal(state.say, placeholders_of(state.say or ""))}
    found = []
    for name, state_routes in routes.items():
        for route, where in zip(state_routes, paths[name], strict=True):
            guarded = route.condition is not None and bool(names_in(route.condition) & numbers)
            if guarded:
                continue
            if route.to in needy:
                found.append((f"leads to '{route.to}', which says something from the journal, without an 'if:' "
                              "that checks it is known (e.g. if: last_experiment_a_known)", where, name))
            elif uses_journal(route.say, placeholders_of(route.say or "")):
                found.append(("says something from the journal without an 'if:' that checks it is known",
                              where, name))
    return found
