"""Draw the conversation (Mermaid) by running the transition table, so the README cannot drift."""

from __future__ import annotations

from dialogs.machine import TRANSITIONS, step
from dialogs.model import Choice, Location, Place, State, Step, Text
from dialogs.services import Services

SAMPLES = {"text": Text("Alkohol"), "location": Location(51.34, 12.37)}


def known_before(step_: Step) -> State:
    """A typical state in each step: what the earlier questions asked is known, nothing more."""
    leipzig = Place("Leipzig", 51.34, 12.37)
    known = State(home_contact_point="demo-leipzig", category="sucht")
    if step_ == Step.CANDIDATES:
        return known.with_(candidates=("alkohol", "sucht"))
    if step_ in (Step.TOPIC, Step.BROWSE):
        return known
    known = known.with_(topic_ids=("alkohol",), query="alkohol")
    if step_ == Step.ROLE:
        return known
    known = known.with_(role="any")
    if step_ == Step.LOCATION:
        return known
    if step_ == Step.PLACE:
        return known.with_(place_options=(leipzig, Place("Leipzig (Bayern)", 48.0, 11.0)))
    return known.with_(place=leipzig)


def mermaid(services: Services) -> str:
    values = {"category": "sucht", "topic": "alkohol", "role": "affected", "group": "demo-leipzig-1", "place": "0"}
    edges: dict[tuple[str, str], list[str]] = {}
    for source, table in TRANSITIONS.items():
        for kind in table:
            action = kind.split(":", 1)[1] if ":" in kind else None
            event = Choice(action, values.get(action, "")) if action else SAMPLES[kind]
            new, _ = step(known_before(source).with_(step=source, back=(Step.TOPIC,)), event, services)
            target = new.step if new else Step.TOPIC
            edges.setdefault((source.value, target.value), []).append(action or kind)
    lines = ["stateDiagram-v2", "    [*] --> topic: /start (flyer link presets the region)"]
    lines += [f"    {a} --> {b}: {', '.join(sorted(set(labels)))}" for (a, b), labels in sorted(edges.items())]
    lines.append("    note right of topic: any step - crisis text, /notfall, /help, /language, back, /delete")
    return "\n".join(lines)
