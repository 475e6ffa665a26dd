"""Transition conditions: the small arithmetic a flow file may write after `if:`, and what it must refuse."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voice_pacer.flowfile.expr import ExpressionError, evaluate, names_in, parse_condition

VALUES = {"turns": 3, "rounds": 2, "limit": 1.5}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("turns < rounds * 2 - 1", False),
        ("turns <= rounds * 2 - 1", True),
        ("turns == 3 and rounds != 3", True),
        ("turns > 5 or limit < 2", True),
        ("not turns > 5", True),
        ("1 < rounds < turns", True),  # chained comparisons hold only when each link holds
        ("1 < turns < rounds", False),
        ("limit * 2 == turns", True),
    ],
)
def test_conditions_evaluate_as_written(text: str, expected: bool) -> None:
    assert evaluate(parse_condition(text), VALUES) is expected


@pytest.mark.parametrize(
    "text",
    ["__import__('os')", "turns.real", "turns[0]", "'a' < 'b'", "turns ** 2", "lambda: 1", "turns / 2", "f(turns)",
     "turns if rounds else 1", "-turns < 0", "turns <"],
)
def test_anything_but_names_numbers_and_comparisons_is_refused(text: str) -> None:
    with pytest.raises(ExpressionError, match="condition"):
        parse_condition(text)


def test_names_in_lists_what_a_condition_reads() -> None:
    assert names_in(parse_condition("turns < rounds * 2 and not done")) == {"turns", "rounds", "done"}


_NAMES = st.sampled_from(sorted(VALUES))
_TERMS = st.one_of(_NAMES, st.integers(0, 20).map(str))
_SUMS = st.builds(lambda a, op, b: f"{a} {op} {b}", _TERMS, st.sampled_from(["+", "-", "*"]), _TERMS)
_COMPARISONS = st.builds(lambda a, op, b: f"{a} {op} {b}", st.one_of(_TERMS, _SUMS),
                         st.sampled_from(["<", "<=", ">", ">=", "==", "!="]), st.one_of(_TERMS, _SUMS))


@given(st.lists(_COMPARISONS, min_size=1, max_size=3), st.sampled_from([" and ", " or "]))
def test_agrees_with_python_on_what_it_accepts(parts: list[str], joiner: str) -> None:
    text = joiner.join(parts)
    assert evaluate(parse_condition(text), VALUES) is bool(eval(text, {}, dict(VALUES)))  # Python is the oracle
