"""Scripted personas (tests/personas.yaml) played through the state machine over the real Saxony
directory and all German contact points: how many messages each needs from /start to a contact
point's phone number or e-mail, and whether the bot asked for anything twice.

The player answers what the bot asks the way the persona would: it types its own words for the
topic and the place, taps the role, a fitting candidate, "no" at a safety question and the first
result's details. Skipped when ../shared is absent.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from bot.render import render_text
from dialogs.machine import step
from dialogs.model import Choice, Reply, Start, State, Step, Text
from dialogs.text import normalise
from tests import saxony

pytestmark = pytest.mark.skipif(not saxony.available(), reason="../shared/data/real is not here")
PERSONAS = yaml.safe_load(Path(__file__).with_name("personas.yaml").read_text(encoding="utf-8"))
MAX_TURNS = 12
ASKS = {Step.TOPIC: "topic", Step.BROWSE: "topic", Step.ROLE: "role", Step.LOCATION: "place"}
ALL_SAID = {"topic", "role", "place"}


@dataclass
class Played:
    persona: dict
    messages: int = 0
    asked_twice: list[str] = field(default_factory=list)
    reached: bool = False
    fitting: bool | None = None
    place: str = ""
    role: str | None = None
    transcript: list[str] = field(default_factory=list)


def contact_details(replies: list[Reply]) -> bool:
    """Whether the replies show a contact point's phone number or e-mail address (or, for online
    groups where no place is known, the national information point's website)."""
    text = "\n".join(render_text(r, "de") for r in replies)
    return "Telefon:" in text or "E-Mail:" in text or "nakos.de" in text


def play(persona: dict, services) -> Played:
    played = Played(persona)
    lang = persona["lang"]
    state, replies = step(State(), Start(persona.get("start", ""), persona.get("client_lang")), services)
    said: set[str] = set()
    pending = [(m["text"], set(m.get("says") or ())) for m in persona["messages"]]

    def send(event, says=frozenset()):
        nonlocal state, replies
        played.messages += 1
        said.update(says)
        played.transcript.append(f"> {event.text if isinstance(event, Text) else event.action}")
        state, replies = step(state, event, services)
        played.transcript.append(render_text(replies[-1], state.lang if state else lang)[:160])

    for _ in range(MAX_TURNS):
        if state is None:
            break
        if contact_details(replies):
            played.reached = True
            break
        buttons = [b for r in replies for row in r.buttons for b in row]
        actions = {b.action: b for b in buttons}
        if pending:
            text, says = pending.pop(0)
            send(Text(text), says)
            continue
        if "safe" in actions:
            send(Choice("safe"))
        elif state.step == Step.PLACE:
            wanted = normalise(persona["expect"]["place"])
            pick = next((b for b in buttons if b.action == "place" and wanted in normalise(str(b.label))), None)
            send(Choice("place", pick.value) if pick else Choice("other"))
        elif "continue" in actions and state.step not in (Step.RESULTS, Step.DETAIL):
            send(Choice("continue"))
        elif state.step in ASKS:
            asked = ASKS[state.step]
            if asked in said:
                played.asked_twice.append(asked)
            if asked == "role":
                send(Choice("role", persona["expect"]["role"]), {"role"})
            elif asked == "place" and persona["expect"]["place"] == "online":
                send(Choice("online"), {"place"})
            else:
                send(Text(persona["answers"][asked]), {asked})
        elif state.step == Step.CANDIDATES:
            wanted = [normalise(s) for s in (persona["expect"]["groups"] or "").split("|") if s]
            fitting = [b for b in buttons if b.action == "topic" and any(w in normalise(str(b.label)) for w in wanted)]
            pick = (fitting or [b for b in buttons if b.action == "topic"])[0]
            send(Choice(pick.action, pick.value), {"topic"})
        elif state.step == Step.RESULTS and "group" in actions:
            first = next(b for b in buttons if b.action == "group")
            wanted = [normalise(s) for s in (persona["expect"]["groups"] or "").split("|") if s]
            group = services.group(first.value, state.place, lang)
            played.fitting = bool(wanted) and any(w in normalise(group.name) for w in wanted)
            send(Choice(first.action, first.value))
        else:
            break
    if state is not None:
        played.place = state.place.name if state.place else ("online" if state.online_ok else "")
        played.role = state.role
    return played


@pytest.fixture(scope="module")
def real_runtime(directory_runtime):
    sax, de = saxony.saxony_directory(), saxony.german_contact_points()
    return directory_runtime({"contact_points": sax["contact_points"] + de["contact_points"], "groups": sax["groups"]})


def test_personas(real_runtime):
    results = [play(p, real_runtime.services) for p in PERSONAS]
    for r in results:
        p = r.persona
        flags = []
        if r.asked_twice:
            flags.append("asked again: " + ", ".join(r.asked_twice))
        if not r.reached:
            flags.append("no contact details")
        if r.fitting is False:
            flags.append("first group does not fit")
        print(
            f"persona {p['id']:<45} {r.messages:>2} messages  place={r.place or '-':<20} role={r.role or '-':<9} "
            + "; ".join(flags)
        )
    counts = [r.messages for r in results if r.reached]
    complete = [r.messages for r in results if set(r.persona["messages"][0].get("says") or ()) >= ALL_SAID]
    median = statistics.median(counts) if counts else None
    twice = [r.persona["id"] for r in results if r.asked_twice]
    print(
        f"personas: {len(results)}; reached contact details {len(counts)}; median messages {median}; "
        f"asked twice {len(twice)}; a complete first message took {complete}"
    )
    assert not twice, twice
    assert len(counts) == len(results), [r.persona["id"] for r in results if not r.reached]
    assert median is not None and median <= 3
    assert all(n <= 2 for n in complete), complete
