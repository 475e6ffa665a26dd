"""The intent template language (hassil's syntax): parse a template, match it as a regex, expand it into phrases.

`(a|b)` alternatives, `[optional words]`, `<rule>` shared rules, `{any}` a wildcard of one or more words, `(a;b)` both
orders. Alternatives stand for whole words. Matching works on normalised text (see intents.normalise)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

WILDCARD = "any"
# Expansion bound per intent: a PocketSphinx grammar is built from every phrase of a state (times a few spoken forms),
# and building grammars for ~1,000 phrases takes well under a second (benchmarks/understanding.py measures it). 400
# until release 20, when pause and rebuttal reached it (blind 6's kinds of wording); a grammar takes only
# GRAMMAR_PHRASES of them an intent.
MAX_PHRASES = 600


class TemplateError(ValueError):
    """A template that cannot be parsed or used; the message says what to change."""


@dataclass(frozen=True)
class Words:
    """Literal words, already normalised."""

    words: tuple[str, ...]


@dataclass(frozen=True)
class Choice:
    """One of several parts; an optional part is a choice that includes nothing."""

    options: tuple[Node, ...]


@dataclass(frozen=True)
class Seq:
    """Parts one after the other."""

    parts: tuple[Node, ...]


@dataclass(frozen=True)
class Wild:
    """One or more words of anything."""


Node = Words | Choice | Seq | Wild


def parse_template(text: str, rules: Mapping[str, Node] | None = None) -> Node:
    """Parse one template with hassil's parser into our node tree; rules are already-parsed shared rules."""
    from hassil.parse_expression import parse_sentence  # imported when a flow loads, not at every CLI start

    if not text.strip():
        raise TemplateError("empty template")
    try:
        sentence = parse_sentence(text)
    except Exception as exc:  # hassil raises ParseError, and AssertionError or IndexError on some broken brackets
        detail = str(exc).split(" from index")[0] if str(exc) else "unbalanced brackets"
        detail = " ".join(detail.split())  # hassil quotes the template, line breaks too: the error stays one line
        raise TemplateError(f"cannot parse template {text!r}: {detail}") from None
    node = _convert(sentence.expression, dict(rules or {}))
    if not _has_words(node):
        raise TemplateError(f"template {text!r} has no words of its own; it would match anything")
    return node


def _convert(expr: object, rules: dict[str, Node]) -> Node:
    from hassil.expression import Alternative, ListReference, Permutation, RuleReference, Sequence, TextChunk

    from voice_pacer.intents import normalise

    if isinstance(expr, TextChunk):
        return Words(tuple(normalise(expr.text).split()))
    if isinstance(expr, ListReference):
        if expr.list_name != WILDCARD:
            raise TemplateError(f"unknown list {{{expr.list_name}}}; the only one is {{{WILDCARD}}} (any words)")
        return Wild()
    if isinstance(expr, RuleReference):
        if expr.rule_name not in rules:
            known = ", ".join(f"<{name}>" for name in sorted(rules)) or "none"
            raise TemplateError(f"unknown rule <{expr.rule_name}> (known: {known})")
        return rules[expr.rule_name]
    if isinstance(expr, Permutation):
        items = [_convert(item, rules) for item in expr.items]
        return Choice(tuple(Seq(order) for order in itertools.permutations(items)))
    if isinstance(expr, Alternative):
        return Choice(tuple(_convert(item, rules) for item in expr.items))
    if isinstance(expr, Sequence):
        return _simplify(Seq(tuple(_convert(item, rules) for item in expr.items)))
    raise TemplateError(f"unsupported part {type(expr).__name__}")


def _simplify(node: Seq) -> Node:
    parts = [part for part in node.parts if not (isinstance(part, Words) and not part.words)]
    return parts[0] if len(parts) == 1 else Seq(tuple(parts))


def _has_words(node: Node) -> bool:
    """Whether every way through the template says at least one word of its own."""
    if isinstance(node, Words):
        return bool(node.words)
    if isinstance(node, Wild):
        return False
    if isinstance(node, Choice):
        return all(_has_words(option) for option in node.options)
    return any(_has_words(part) for part in node.parts)


def has_wildcard(node: Node) -> bool:
    """Whether some way through the template passes a wildcard."""
    if isinstance(node, Wild):
        return True
    if isinstance(node, Words):
        return False
    children = node.options if isinstance(node, Choice) else node.parts
    return any(has_wildcard(child) for child in children)


def to_regex(node: Node) -> str:
    """A regex over normalised text written as words each followed by one space ("let us stop "); each wildcard is
    a capturing group."""
    if isinstance(node, Words):
        return "".join(re.escape(word) + " " for word in node.words)
    if isinstance(node, Wild):
        return r"((?:\S+ )+?)"  # a group: what a wildcard stood for is looked at after a match (intents.py)
    if isinstance(node, Choice):
        return "(?:" + "|".join(to_regex(option) for option in node.options) + ")"
    return "".join(to_regex(part) for part in node.parts)


def expand(node: Node, limit: int = MAX_PHRASES + 1, wild: bool = True) -> Iterator[tuple[str, ...]]:
    """Every word sequence the template says (a wildcard says nothing), up to limit, shortest alternatives first;
    with wild=False only the sentences it says whole, without passing a wildcard ("hold on {any} is crying" none)."""
    yield from itertools.islice(_expand(node, wild), limit)


def _expand(node: Node, wild: bool) -> Iterator[tuple[str, ...]]:
    if isinstance(node, Words):
        yield node.words
    elif isinstance(node, Wild):
        if wild:
            yield ()
    elif isinstance(node, Choice):
        seen: set[tuple[str, ...]] = set()
        for option in node.options:
            for words in _expand(option, wild):
                if words not in seen:
                    seen.add(words)
                    yield words
    else:
        yield from _product(node.parts, wild)


def _product(parts: tuple[Node, ...], wild: bool) -> Iterator[tuple[str, ...]]:
    if not parts:
        yield ()
        return
    for head in _expand(parts[0], wild):
        for tail in _product(parts[1:], wild):
            yield head + tail


def count(node: Node, cap: int = 10 * MAX_PHRASES) -> int:
    """How many word sequences the template says (up to cap), without listing them."""
    if isinstance(node, Words | Wild):
        return 1
    if isinstance(node, Choice):
        return min(cap, sum(count(option, cap) for option in node.options))
    total = 1
    for part in node.parts:
        total = min(cap, total * count(part, cap))
    return total
