"""Kinds of wording written as pairs (a disclosure and the near miss beside it), tested one side at a time."""

from __future__ import annotations

import pytest


def side(kinds: dict[str, tuple[str, str]], part: int) -> list[pytest.param]:
    """One side of every kind's pair (0: the disclosure, 1: its near miss), each named by its kind and text."""
    return [pytest.param(pair[part], id=f"{kind}: {pair[part]}") for kind, pair in kinds.items()]
