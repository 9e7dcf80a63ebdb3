"""What the conversation tests share: how to read the replies (their parts, message ids, the text as shown), a few
turns chatted through the state machine, and the small directory of a contact point in Leipzig that many of them
build with groups of their own."""

from __future__ import annotations

from collections.abc import Iterable

from bot.render import render_text
from dialogs.machine import step
from dialogs.model import Event, Msg, Reply, State, Step, Text

KISS_LEIPZIG = {"id": "cp-l", "name": "KISS", "city": "Leipzig", "lat": 51.34, "lon": 12.37, "phone": "0341 1"}
# the topic typed as people type it, in the six languages
DEPRESSION = {
    "de": "Depression",
    "en": "depression",
    "tr": "depresyon",
    "ar": "اكتئاب",
    "ru": "депрессия",
    "uk": "депресія",
}
AT_KISS_LEIPZIG = {"contact_point": "cp-l", "city": "Leipzig", "lat": 51.34, "lon": 12.37}  # a group's place


def leipzig_directory(*groups: dict, contact_points: Iterable[dict] = (KISS_LEIPZIG,)) -> dict:
    """A directory in the import format: the groups, and the contact point in Leipzig (or those given)."""
    return {"contact_points": list(contact_points), "groups": list(groups)}


def parts(replies: Iterable[Reply]) -> list:
    return [p for r in replies for p in r.parts]


def msgids(replies: Iterable[Reply]) -> list[str]:
    return [p.msgid for p in parts(replies) if isinstance(p, Msg)]


def rendered(replies: Iterable[Reply], lang: str = "de") -> str:
    """The replies as the person reads them."""
    return "\n".join(render_text(r, lang) for r in replies)


def text_of(msgid: str, lang: str) -> str:
    """One message as the person reads it."""
    return render_text(Reply((Msg(msgid),)), lang)


def chat(state: State, events: Iterable[Event], services) -> tuple[State, list[Reply]]:
    """Each event in turn from `state`: where the conversation is then, and the last replies."""
    replies: list[Reply] = []
    for event in events:
        state, replies = step(state, event, services)
    return state, replies


def results(lang: str, services, where: str = "Leipzig", **changes) -> State:
    """The list of alcohol groups for a relative near `where`, reached by typing the place."""
    state = State(step=Step.LOCATION, lang=lang, topic_ids=("alkohol",), role="relative", back=(Step.TOPIC, Step.ROLE))
    state, _ = step(state.with_(**changes), Text(where), services)
    assert state.step == Step.RESULTS
    return state
