"""A question answered mid-step keeps the step's keyboard, as a console tester found it lost (round 71: "wer
leitet die Gruppe?" at the place step, and "✏️ Ändern" was gone): every step reached as people reach it (typed or
tapped), every everyday question, through the state machine over the demo directory. On a page of groups the
answer stands below the list, so "Zurück zur Liste" takes the place of the page's buttons (details, more, back,
"✏️ Ändern": the page again, one tap away); the new search stays."""

from __future__ import annotations

import pytest

from dialogs.machine import step
from dialogs.model import Choice, Event, Reply, State, Step, Text
from tests.conversation import chat

# the ways people reach each step, from the start
PATHS: dict[str, tuple[Event, ...]] = {
    "topic, a place told first": (Text("Leipzig"),),
    "browse": (Choice("browse"),),
    "role, the topic typed": (Text("Alkohol"),),
    "role, topic and place typed": (Text("Alkohol in Leipzig"),),
    "location, the role typed": (Text("Alkohol"), Text("Betroffen")),
    "location, the role tapped": (Text("Alkohol"), Choice("role", "affected")),
    "place": (Text("Alkohol"), Text("Betroffen"), Text("Neustadt")),
    "results": (Text("Alkohol"), Text("Betroffen"), Text("Leipzig")),
    "detail": (Text("Alkohol"), Text("Betroffen"), Text("Leipzig"), Choice("group", "demo-leipzig-1")),
}
QUESTIONS = {
    "who_leads": "wer leitet die Gruppe?",
    "cost": "was kostet das?",
    "anonymous": "ist das anonym?",
    "length": "wie lange dauert ein Treffen?",
    "group_talk": "muss ich da reden?",
    "contact_point": "was ist eine Kontaktstelle?",
    "data_source": "woher hast du die Daten?",
    "alone": "kann ich alleine hingehen?",
}
OF_THE_PAGE = {"group", "more", "back", "online", "change"}  # one tap away by "Zurück zur Liste"


def keyboard(replies: list[Reply]) -> set[tuple[str, str]]:
    """The buttons under the last message, by what they do."""
    return {(b.action, b.value) for row in replies[-1].buttons for b in row}


@pytest.mark.parametrize("asked", QUESTIONS)
@pytest.mark.parametrize("path", PATHS)
def test_a_question_answered_mid_step_keeps_the_steps_keyboard(path, asked, demo_runtime):
    services = demo_runtime.services
    state, shown = chat(State(lang="de"), PATHS[path], services)
    new, answer = step(state, Text(QUESTIONS[asked]), services)
    assert new.step == state.step, (path, asked)
    kept = keyboard(shown)
    if state.step == Step.RESULTS:
        kept = {b for b in kept if b[0] not in OF_THE_PAGE} | {("list", "")}
    assert kept <= keyboard(answer), (path, asked, kept - keyboard(answer))


def test_the_change_button_stays_at_the_place_step_after_who_leads(demo_runtime):
    state, shown = chat(State(lang="de"), PATHS["place"], demo_runtime.services)
    assert state.step == Step.PLACE and ("change", "") in keyboard(shown)
    _, answer = step(state, Text("wer leitet die Gruppe?"), demo_runtime.services)
    assert ("change", "") in keyboard(answer)
