"""Violence now whose reply must not offer the Hilfetelefon Gewalt gegen Frauen as the writer's own line (round 78):
someone drunk at the wheel or driving off with the children, told by one who sees it (`road_danger`: the police with
words for the witness, 112 after it), and a man hit by his wife (`violence_to_him`: the police, then the
TelefonSeelsorge; FACTS.md verifies no men's line). A woman hit by her husband keeps the women's line, and blows to
the writer told beside a drive stay the writer's violence. The state machine over a small directory, the triage as the
product reads."""

from __future__ import annotations

import pytest

from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import State, Text
from tests.conversation import AT_KISS_LEIPZIG, leipzig_directory, msgids, rendered

POLICE, EMERGENCY, TELEFONSEELSORGE, WOMENS_LINE = "110", "112", "0800 111 0 111", "116 016"
ROAD = (m.CRISIS_ROAD_DANGER, "road_danger", EMERGENCY)  # (the reply's first words, the kind, the line after 110)
HIM = (m.CRISIS_VIOLENCE, "violence_to_him", TELEFONSEELSORGE)
# (language, violence now that is not the writer's as a woman hurt, what the reply must be)
NOT_HERS = [
    ("ru", "мой брат пьёт и сел за руль с детьми", ROAD),
    ("de", "mein Bruder ist betrunken und fährt gerade mit den Kindern los", ROAD),
    ("de", "mein mann ist total betrunken und will jetzt mit den kindern losfahren", ROAD),
    ("en", "my brother is drunk and just drove off with the kids", ROAD),
    ("tr", "abim sarhoş ve çocuklarla arabaya bindi", ROAD),
    ("uk", "мій брат п'яний сів за кермо з дітьми", ROAD),
    ("ar", "جوزي سكران وبدو يسوق السيارة مع الولاد هلق", ROAD),
    ("de", "meine Frau schlägt mich", HIM),
    ("en", "my wife hits me", HIM),
    ("ar", "ana mirati btdrobni", HIM),
    ("ru", "жена бьёт меня", HIM),
    ("tr", "karım beni dövüyor", HIM),
    ("uk", "дружина б'є мене", HIM),
]
# the writer hurt as a woman: the women's line after the police
HERS = [
    ("de", "mein Mann schlägt mich"),
    ("en", "my husband hits me"),
    ("de", "mein mann ist betrunken, hat mich geschlagen und fährt jetzt mit den kindern los"),
]


@pytest.fixture(scope="module")
def services(directory_runtime):
    return directory_runtime(leipzig_directory({"id": "g1", "name": "Gewalt", **AT_KISS_LEIPZIG})).services


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_HERS)
def test_the_police_first_and_no_womens_line_where_it_is_not_the_writers(lang, text, expected, services):
    intro, kind, after = expected
    state, replies = step(State(lang=lang), Text(text), services)
    shown = rendered(replies, lang)
    assert msgids(replies)[0] == intro, (lang, shown)
    assert state.answered == kind, (lang, state.answered)
    assert shown.index(POLICE) < shown.index(after), (lang, shown)
    assert WOMENS_LINE not in shown, (lang, shown)


@pytest.mark.parametrize(("lang", "text"), HERS)
def test_a_woman_hurt_keeps_the_womens_line(lang, text, services):
    state, replies = step(State(lang=lang), Text(text), services)
    shown = rendered(replies, lang)
    assert msgids(replies)[0] == m.CRISIS_VIOLENCE, (lang, shown)
    assert state.answered == "violence_now", (lang, state.answered)
    assert shown.index(POLICE) < shown.index(WOMENS_LINE), (lang, shown)


def test_once_his_wife_stopped_he_is_told_whom_to_talk_to_not_the_womens_line(services):
    state, _ = step(State(lang="de"), Text("meine Frau schlägt mich"), services)
    _, replies = step(state, Text("sie hat aufgehört, sie ist weg"), services)
    shown = rendered(replies, "de")
    assert msgids(replies)[0] == m.STOPPED, shown
    assert TELEFONSEELSORGE in shown and POLICE in shown and WOMENS_LINE not in shown, shown
