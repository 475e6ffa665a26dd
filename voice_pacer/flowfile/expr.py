"""Tiny, safe arithmetic conditions for transitions, e.g. "turns < rounds * 2"."""

from __future__ import annotations

import ast
import operator
from collections.abc import Mapping

_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}
_COMPARE = {
    ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt,
    ast.GtE: operator.ge, ast.Eq: operator.eq, ast.NotEq: operator.ne,
}


class ExpressionError(ValueError):
    """The condition uses something other than names, numbers, + - * and comparisons."""


def parse_condition(text: str) -> ast.Expression:
    """Parse and vet a condition; only names, numbers, + - *, comparisons, and/or/not are allowed."""
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        raise ExpressionError(f"condition {text!r} is not a valid comparison") from None
    for node in ast.walk(tree):
        allowed = (ast.Expression, ast.Compare, ast.BinOp, ast.BoolOp, ast.UnaryOp, ast.Name, ast.Load,
                   ast.And, ast.Or, ast.Not, *_BINARY, *_COMPARE)
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            continue
        if not isinstance(node, allowed):
            raise ExpressionError(f"condition {text!r} may use only names, numbers, + - * and comparisons")
    return tree


def names_in(tree: ast.Expression) -> set[str]:
    """The variable names a condition reads."""
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}


def evaluate(tree: ast.Expression, values: Mapping[str, float]) -> bool:
    """Evaluate a vetted condition against counters and settings."""

    def value(node: ast.AST) -> float | bool:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            return values[node.id]
        if isinstance(node, ast.BinOp):
            return _BINARY[type(node.op)](value(node.left), value(node.right))
        if isinstance(node, ast.UnaryOp):
            return not value(node.operand)
        if isinstance(node, ast.BoolOp):
            results = (bool(value(item)) for item in node.values)
            return all(results) if isinstance(node.op, ast.And) else any(results)
        assert isinstance(node, ast.Compare)
        left = value(node.left)
        for op, right_node in zip(node.ops, node.comparators, strict=True):
            right = value(right_node)
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True

    return bool(value(tree.body))
