"""Draw a flow from its `transitions` machine: Mermaid text by default, Graphviz dot on request."""

from __future__ import annotations

from typing import Literal

from transitions.extensions import GraphMachine

from voice_pacer.flowfile.check import CompiledFlow
from voice_pacer.flowfile.machine import build_machine

GraphFormat = Literal["mermaid", "dot"]


def draw(flow: CompiledFlow, fmt: GraphFormat = "mermaid", globals_too: bool = False) -> str:
    """The diagram source; global intents (stop, repeat, ...) are left out unless asked, as they go everywhere."""
    engine = "mermaid" if fmt == "mermaid" else "graphviz"
    labels = {name: f"{name}: runs flow {inner.flow.name} ({inner.flow.title})" for name, inner in flow.inner.items()}
    _, model = build_machine(flow, GraphMachine, globals_too=globals_too, labels=labels, graph_engine=engine,
                             show_conditions=True, title=flow.flow.title)
    graph = model.get_graph()
    if fmt == "mermaid":
        return str(graph.draw(None))
    return str(graph.source)
