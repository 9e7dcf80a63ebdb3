"""Someone drunk at the wheel or driving off with the children now, told by one who sees it (`road_danger`, round 78):
the police first with words for the witness (who drives where, in which car), 112 after it, and no line for the writer
as one hurt (the Hilfetelefon Gewalt gegen Frauen does not fit a drunk driver). Blows to the writer told beside it stay
the writer's violence. The state machine over a small directory, the triage as the product reads."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import State, Text
from tests.conversation import AT_KISS_LEIPZIG, leipzig_directory, msgids, rendered

POLICE, EMERGENCY, WOMENS_LINE = "110", "112", "116 016"
# (language, a drunk person at the wheel or driving off with the children now)
ON_THE_ROAD = [
    ("ru", "мой брат пьёт и сел за руль с детьми"),
    ("de", "mein Bruder ist betrunken und fährt gerade mit den Kindern los"),
    ("de", "mein mann ist total betrunken und will jetzt mit den kindern losfahren"),
    ("en", "my brother is drunk and just drove off with the kids"),
    ("tr", "abim sarhoş ve çocuklarla arabaya bindi"),
    ("uk", "мій брат п'яний сів за кермо з дітьми"),
    ("ar", "جوزي سكران وبدو يسوق السيارة مع الولاد هلق"),
]


@pytest.fixture(scope="module")
def services(directory_runtime):
    return directory_runtime(leipzig_directory({"id": "g1", "name": "Alkohol", **AT_KISS_LEIPZIG})).services


@pytest.mark.parametrize(("lang", "text"), ON_THE_ROAD)
def test_a_drunk_driver_with_children_gets_the_police_for_a_witness_and_no_womens_line(lang, text, services):
    state, replies = step(State(lang=lang), Text(text), services)
    shown = rendered(replies, lang)
    assert msgids(replies)[0] == m.CRISIS_ROAD_DANGER, (lang, shown)
    assert state.answered == "road_danger", (lang, state.answered)
    assert shown.index(POLICE) < shown.index(EMERGENCY), (lang, shown)
    assert WOMENS_LINE not in shown, (lang, shown)


def test_blows_to_the_writer_beside_the_drive_stay_the_writers_violence(services):
    text = "mein mann ist betrunken, hat mich geschlagen und fährt jetzt mit den kindern los"
    _, replies = step(State(lang="de"), Text(text), services)
    shown = rendered(replies, "de")
    assert msgids(replies)[0] == m.CRISIS_VIOLENCE, shown
    assert shown.index(POLICE) < shown.index(WOMENS_LINE), shown
