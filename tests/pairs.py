"""Kinds of wording written as pairs (a disclosure and the near miss beside it), each side with what it must be."""

from __future__ import annotations

import pytest


def both_sides(kinds: dict[str, tuple[str, str]], told: object) -> list[pytest.param]:
    """Every kind's pair as (text, what it must be): the disclosure `told`, the near miss beside it None."""
    return [*(pytest.param(pair[0], told, id=f"{kind}: {pair[0]}") for kind, pair in kinds.items()),
            *(pytest.param(pair[1], None, id=f"beside {kind}: {pair[1]}") for kind, pair in kinds.items())]
