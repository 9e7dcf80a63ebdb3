"""What the anonymous demand report counts, decided from the conversation alone.

A search (a topic asked for) counts once, with the first outcome it reaches: its first page of
groups (a group within 25 km, none near, online only) or a crisis reply. Another topic is another
search and counts again; another place or role for the same topic does not (the first answer is
the one that tells whether a group was near), nor do pages, details, help or a second crisis
reply. A conversation that expires without any outcome counts once as left before a result; one
deleted with /delete counts nothing more (the person asked to be forgotten).

The counted search is remembered by a fingerprint of what the state already holds, so the state
keeps nothing new. The shell stores `State.reached` as it comes (bot/storage/state_store.py).
"""

from __future__ import annotations

import hashlib

from dialogs.model import Outcome, Reached, Reply, State
from dialogs.services import Services


def counted(state: State | None, replies: list[Reply], services: Services) -> State | None:
    """The state after a step, with the outcome its replies reached if this search has none yet."""
    if state is None:
        return None
    outcome = next((r.outcome for r in replies if r.outcome), None)
    if outcome is not None:
        search = fingerprint(state)
        if state.counted != search:
            return state.with_(counted=search, reached=reached(state, outcome, services))
    return state.with_(reached=None) if state.reached else state


def fingerprint(state: State) -> str:
    """Which topic was asked for: the topics, or the words of group names when there are none."""
    return hashlib.blake2b(repr((state.topic_ids, state.query)).encode(), digest_size=8).hexdigest()


def reached(state: State, outcome: Outcome, services: Services) -> Reached:
    """The count for an outcome: the contact point of the region searched in (else the flyer's)."""
    region = services.region_contact_point(state.place) if state.place else None
    return Reached(
        outcome,
        region or state.home_contact_point or "",
        "flyer" if state.home_contact_point else "other",
        state.topic_ids[0] if state.topic_ids else "",
        state.role or "",
    )


def left_before_result(state: State) -> Reached | None:
    """The count for a conversation that ends (expires) without any outcome. Its region is the
    flyer's: a place is rarely known before a result, and the store that expires it knows no map."""
    if state.counted:
        return None
    return Reached(
        Outcome.LEFT,
        state.home_contact_point or "",
        "flyer" if state.home_contact_point else "other",
        state.topic_ids[0] if state.topic_ids else "",
        state.role or "",
    )
