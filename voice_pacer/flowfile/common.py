"""The intents and prompts every flow shares (voice_pacer/data/common.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml

from voice_pacer.flowfile.yamlsource import FlowLoader
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
                  dict(data["breathing_cues"]))
