"""Draw the conversation (Mermaid) by running the transition table, so the README cannot drift."""

from __future__ import annotations

from dialogs.machine import TRANSITIONS, step
from dialogs.model import Choice, Location, Place, State, Step, Text
from dialogs.services import Services

SAMPLES = {"text": Text("Alkohol"), "location": Location(51.34, 12.37)}


def mermaid(services: Services) -> str:
    base = State(
        query="Alkohol",
        topic_ids=("alkohol",),
        role="any",
        candidates=("alkohol", "sucht"),
        category="sucht",
        place=Place("Leipzig", 51.34, 12.37),
        home_contact_point="demo-leipzig",
    )
    values = {"category": "sucht", "topic": "alkohol", "role": "affected", "group": "demo-leipzig-1"}
    edges: dict[tuple[str, str], list[str]] = {}
    for source, table in TRANSITIONS.items():
        for kind in table:
            action = kind.split(":", 1)[1] if ":" in kind else None
            event = Choice(action, values.get(action, "")) if action else SAMPLES[kind]
            new, _ = step(base.with_(step=source, back=(Step.TOPIC,)), event, services)
            target = new.step if new else Step.TOPIC
            edges.setdefault((source.value, target.value), []).append(action or kind)
    lines = ["stateDiagram-v2", "    [*] --> topic: /start (flyer link presets the region)"]
    lines += [f"    {a} --> {b}: {', '.join(sorted(set(labels)))}" for (a, b), labels in sorted(edges.items())]
    lines.append("    note right of topic: any step - crisis text, /notfall, /help, /language, back, /delete")
    return "\n".join(lines)
