"""The intents and prompts every flow shares (voice_pacer/data/common.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml

from voice_pacer.errors import UserError
from voice_pacer.flowfile.prompts import MAX_PROMPT_WORDS, words
from voice_pacer.flowfile.yamlsource import FlowLoader
from voice_pacer.intent_model import LABELS, NOT_DOUBTED
from voice_pacer.intents import IntentSpec, normalise
from voice_pacer.templates import Node, parse_template


@dataclass(frozen=True)
class Common:
    """Shared intents and rules, which of them are global (in priority order), and the shared prompts."""

    intents: dict[str, IntentSpec]
    rules: dict[str, Node]
    rule_texts: dict[str, str]
    global_intents: tuple[str, ...]
    decoys: tuple[str, ...]  # in every grammar, meaning nothing: a place for hesitations other than a command
    short_answers: tuple[str, ...]  # in answer states' grammar of short commands, meaning no command
    prompts: dict[str, str]
    breathing_cues: dict[str, str]
    doubt: dict[str, str]  # the question asked about a half-heard intent, by intent


def doubt_questions(raw: dict[str, str]) -> dict[str, str]:
    """The doubt questions, checked: an intent that may be asked about, a short question, no name in it."""
    for intent, question in raw.items():
        where = f"voice_pacer/data/common.yaml: doubt: {intent}"
        if intent not in LABELS or intent in NOT_DOUBTED:
            allowed = ", ".join(label for label in LABELS[1:] if label not in NOT_DOUBTED)
            raise UserError(f"{where}: only these intents are asked about: {allowed}")
        if not isinstance(question, str) or not question.endswith("?") or words(question) > MAX_PROMPT_WORDS:
            raise UserError(f"{where}: write one short question ending with '?'")
        if "{" in question:
            raise UserError(f"{where}: a question names no one (the words may have been either partner's)")
    return dict(raw)


@lru_cache(maxsize=1)
def common() -> Common:
    """Load the shared data once."""
    text = files("voice_pacer").joinpath("data/common.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=FlowLoader)  # the safe loader, with YAML 1.2 booleans
    rules: dict[str, Node] = {}
    for name, template in data["rules"].items():  # a rule may use the rules above it
        rules[name] = parse_template(template, rules)
    intents = {name: IntentSpec.build(name, spec["sentences"], rules, spec.get("cues", ()))
               for name, spec in data["intents"].items()}
    decoys = tuple(normalise(phrase) for phrase in data["decoys"])
    answers = tuple(normalise(phrase) for phrase in data["short_answers"])
    return Common(intents, rules, dict(data["rules"]), tuple(data["global"]), decoys, answers, dict(data["prompts"]),
                  dict(data["breathing_cues"]), doubt_questions(data["doubt"]))
