"""What the results say about distances, through the state machine: the contact point in the
person's town is named when the groups meet in other towns (it arranges them); groups beyond
FAR_KM are offered as far away after the local contact point, never as near; and every number in
a reply agrees with the groups listed."""

from __future__ import annotations

import re

import pytest

from bot.render import render_text
from dialogs import messages as m
from dialogs.machine import step
from dialogs.model import Choice, Msg, Place, Reply, State, Step

PLAUEN = Place("Plauen", 50.4973, 12.1378)
ZWICKAU = Place("Zwickau", 50.7167, 12.4961)  # 35.6 km from Plauen
FREIBERG = Place("Freiberg", 50.9119, 13.3428)
BERLIN = Place("Berlin", 52.5244, 13.4105)
TOWNS = {
    "Plauen": PLAUEN,
    "Zwickau": ZWICKAU,
    "Chemnitz": Place("Chemnitz", 50.8357, 12.9292),
    "Leipzig": Place("Leipzig", 51.3396, 12.3713),
    "Dresden": Place("Dresden", 51.0509, 13.7383),
    "Mittweida": Place("Mittweida", 50.9856, 12.9811),
    "Berlin": BERLIN,
}


def at(town: str) -> dict:
    return {"city": town, "lat": TOWNS[town].lat, "lon": TOWNS[town].lon}


DIRECTORY = {
    "contact_points": [
        {"id": f"kiss-{town}", "name": f"KISS {town}", "phone": "0800 1", **at(town)}
        for town in ("Plauen", "Zwickau", "Chemnitz", "Leipzig", "Dresden", "Mittweida", "Berlin")
    ],
    "groups": [
        {
            "id": "z1",
            "name": "Angsterkrankungen",
            "topics": ["angst"],
            "contact_point": "kiss-Zwickau",
            **at("Zwickau"),
        },
        {"id": "c1", "name": "Ängste", "topics": ["angst"], "contact_point": "kiss-Chemnitz", **at("Chemnitz")},
        {"id": "l1", "name": "Angst", "topics": ["angst"], "contact_point": "kiss-Leipzig", **at("Leipzig")},
        {"id": "l2", "name": "Angststörungen", "topics": ["angst"], "contact_point": "kiss-Leipzig", **at("Leipzig")},
        {"id": "d1", "name": "Panik und Angst", "topics": ["angst"], "contact_point": "kiss-Dresden", **at("Dresden")},
        {
            "id": "d2",
            "name": "Demenz (Angehörige)",
            "topics": ["demenz"],
            "audience": "relatives",
            "contact_point": "kiss-Dresden",
            **at("Dresden"),
        },
        {"id": "m1", "name": "Demenz", "topics": ["demenz"], "contact_point": "kiss-Mittweida", **at("Mittweida")},
    ],
}


@pytest.fixture(scope="module")
def services(directory_runtime):
    return directory_runtime(DIRECTORY).services


def results(services, place: Place, topic: str = "angst", role: str = "affected") -> tuple[State, Reply]:
    state = State(step=Step.RESULTS, topic_ids=(topic,), role=role, place=place)
    state, replies = step(state, Choice("list", ""), services)  # "back to the list": the first page
    assert state.step == Step.RESULTS
    return state, replies[-1]


def said(reply: Reply) -> list[str]:
    return [p.msgid for p in reply.parts if isinstance(p, Msg)]


def header(reply: Reply) -> Msg:
    return next(p for p in reply.parts if isinstance(p, Msg) and p.msgid.startswith(("Ich habe", "Weite")))


def distances(reply: Reply) -> list[float]:
    """The distances of the groups listed, as the person reads them."""
    lines = render_text(reply, "en").splitlines()
    return [float(d) for line in lines for d in re.findall(r", ([\d.]+) km away", line)]


def test_the_contact_point_in_town_is_named_when_the_groups_meet_in_other_towns(services):
    """Plauen: the nearest group is 35.6 km away in Zwickau; the KISS in Plauen arranges it."""
    _, reply = results(services, PLAUEN)
    shown = said(reply)
    assert m.LOCAL_CONTACT_POINT in shown
    assert "KISS Plauen" in reply.parts
    assert reply.parts.index("KISS Plauen") < reply.parts.index(header(reply))
    assert m.CP_NEAR in shown  # its distance, under 1 km, is said like every other
    assert header(reply).msgid == m.RESULTS_HEADER_FAR[0]
    assert header(reply).params["distance"] == min(distances(reply)) == pytest.approx(35.3, abs=0.5)


def test_no_contact_point_before_the_groups_in_the_persons_own_town(services):
    _, reply = results(services, ZWICKAU)
    assert m.LOCAL_CONTACT_POINT not in said(reply) and m.NONE_NEAR not in said(reply)
    assert header(reply).msgid == m.RESULTS_HEADER_NEAR[0]


def test_groups_far_away_come_after_the_local_contact_point_as_far_ones(services):
    """Berlin, outside the directory's region: its own contact point first, then the Saxon groups
    as groups known farther away, never as a list of matching groups near Berlin."""
    _, reply = results(services, BERLIN)
    shown = said(reply)
    assert shown.index(m.NONE_NEAR) < shown.index(header(reply).msgid)
    assert "KISS Berlin" in reply.parts
    assert header(reply).msgid == m.RESULTS_HEADER_AWAY[0]
    assert "Farther away" in render_text(reply, "en")
    assert header(reply).params["distance"] == min(distances(reply))


def test_the_next_pages_say_how_far_their_own_groups_are(services):
    """Plauen's second page holds groups 67-95 km away: not "in der Nähe von Plauen"."""
    state, _ = results(services, PLAUEN)
    state, replies = step(state, Choice("more", ""), services)
    reply = replies[-1]
    assert header(reply).msgid == m.RESULTS_MORE_FAR
    assert header(reply).params["distance"] == min(distances(reply)) > 25


def test_the_nearest_distance_said_is_the_nearest_group_listed(services):
    """Freiberg, for a relative: the relatives' group 32 km away in Dresden comes first, the group
    in Mittweida 26.8 km away second; "the nearest is" says 26.8 km."""
    _, reply = results(services, FREIBERG, "demenz", "relative")
    listed = distances(reply)
    assert listed[0] > listed[1]
    assert header(reply).params["distance"] == min(listed) == pytest.approx(26.8, abs=0.2)


MUENCHEN = Place("München", 48.1374, 11.5755)
NUERNBERG = Place("Nürnberg", 49.4539, 11.0773)  # 151 km from München


@pytest.fixture(scope="module")
def far_south(directory_runtime):
    """One group on the topic, in München, that also meets online; a contact point only there."""
    cp = {"id": "kiss-m", "name": "KISS München", "phone": "0800 1", "city": "München", "lat": 48.1374, "lon": 11.5755}
    group = {"id": "m1", "name": "Angst und Panik", "topics": ["angst"], "contact_point": "kiss-m", "online": True}
    group |= {"city": "München", "lat": 48.1374, "lon": 11.5755}
    return directory_runtime({"contact_points": [cp], "groups": [group]}).services


@pytest.mark.parametrize("lang", ["de", "en", "tr", "ar", "ru", "uk"])
def test_a_group_that_also_meets_online_is_as_far_as_where_it_meets(far_south, lang):
    """Nürnberg: the only group meets in München, 151 km away, and online too. It is offered as
    farther away with its distance, never as near; no contact point is near either, which is
    said, with the NAKOS instead of a contact point "near you" 151 km away."""
    state = State(step=Step.RESULTS, topic_ids=("angst",), role="affected", place=NUERNBERG, lang=lang)
    _, replies = step(state, Choice("list", ""), far_south)
    reply = replies[-1]
    shown = said(reply)
    assert header(reply).msgid == m.RESULTS_HEADER_AWAY[0]
    assert header(reply).params["distance"] == pytest.approx(151, abs=1)
    assert m.NONE_NEAR_AT_ALL in shown and m.NAKOS in shown and m.NONE_NEAR not in shown
    assert shown.index(m.NONE_NEAR_AT_ALL) < shown.index(header(reply).msgid)
    assert ("in der Nähe von" in render_text(reply, lang)) == (lang == "de")  # said in the person's language


def test_a_group_that_also_meets_online_is_near_its_own_town(far_south):
    _, reply = results(far_south, MUENCHEN)
    assert header(reply).msgid == m.RESULTS_HEADER_NEAR[0]
    assert m.NONE_NEAR_AT_ALL not in said(reply)


def none_found(services, place: Place, topic: str, lang: str) -> Reply:
    state = State(step=Step.LOCATION, topic_ids=(topic,), role="affected", lang=lang)
    state, replies = step(state.with_(place=place), Choice("continue", ""), services)
    assert state.step == Step.RESULTS
    return replies[-1]


def actions(reply: Reply) -> list[tuple[str, str]]:
    return [(b.action, b.value) for row in reply.buttons for b in row if b.action != "group"]


ELSEWHERE = [("online", ""), ("change", "place"), ("change", ""), ("restart", "")]


@pytest.mark.parametrize("lang", ["de", "en", "tr", "ar", "ru", "uk"])
@pytest.mark.parametrize(
    ("place", "topic", "said_first", "far_groups"),
    [
        (PLAUEN, "diabetes", m.NONE_NEAR, False),  # none at all, the contact point in town
        (BERLIN, "angst", m.NONE_NEAR, True),  # none near, groups far away, the contact point in town
        (MUENCHEN, "demenz", m.NONE_NEAR_AT_ALL, False),  # nothing, and no contact point near: the NAKOS
    ],
)
def test_no_group_near_is_one_page_wherever(services, place, topic, said_first, far_groups, lang):
    """Whether nothing was found or only groups far away, in a town with a contact point or without one
    near: the same page. It says that nothing on the topic is known there (the topic by name), then the
    region's contact point, which can name groups not listed (or, none within 50 km, that no contact
    point is near, and the NAKOS), then any groups farther away; its buttons offer online groups,
    another place, a change and a new search."""
    reply = none_found(services, place, topic, lang)
    shown = said(reply)
    first = next(p for p in reply.parts if isinstance(p, Msg))
    assert first.msgid == said_first and first.params["place"] == place.name
    assert first.params["topic"] == services.topic_name(topic, lang)
    contact_points = [p for p in reply.parts if isinstance(p, str) and p.startswith("KISS")]
    if said_first == m.NONE_NEAR:
        assert contact_points == [f"KISS {place.name}"] and m.NAKOS not in shown
    else:
        assert contact_points == [] and m.NAKOS in shown
    assert (m.RESULTS_HEADER_AWAY[0] in shown) == far_groups
    assert actions(reply) == ELSEWHERE
    assert reply.outcome is not None


def test_a_page_of_groups_near_offers_no_elsewhere(services):
    """The calm twin: groups near (Zwickau) are the answer; no "nothing found", no online or other place."""
    reply = none_found(services, ZWICKAU, "angst", "de")
    assert not {m.NONE_NEAR, m.NONE_NEAR_AT_ALL} & set(said(reply))
    assert ("online", "") not in actions(reply) and ("change", "place") not in actions(reply)


@pytest.mark.parametrize("lang", ["de", "tr", "ar"])
def test_online_groups_from_the_page_of_none_near(far_south, lang):
    """ "Online ist auch gut" on the page for Nürnberg: the group in München that meets online, said as
    online or there, and the page no longer offers online."""
    reply = none_found(far_south, NUERNBERG, "angst", lang)
    state = State(step=Step.RESULTS, topic_ids=("angst",), role="affected", place=NUERNBERG, lang=lang)
    state, replies = step(state, Choice("online", ""), far_south)
    assert state.online_ok and state.place == NUERNBERG and state.step == Step.RESULTS
    assert header(replies[-1]).msgid == m.RESULTS_HEADER_ONLINE_OR_THERE[0]
    assert actions(reply) == ELSEWHERE and ("online", "") not in actions(replies[-1])  # far groups, no KISS near
