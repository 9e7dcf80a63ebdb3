"""The flyer's start payload and the conversation's reading of it are one grammar."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.deep_link import CONTACT_POINT_ID, read_payload, start_payload
from dialogs.machine import step
from dialogs.model import LANGUAGES, Start, State

ids = st.from_regex(CONTACT_POINT_ID, fullmatch=True)


@given(ids, st.sampled_from((None, *LANGUAGES)))
def test_what_a_flyer_writes_the_bot_reads_back(contact_point, lang):
    payload = start_payload(contact_point, lang)
    assert len(payload) <= 64
    assert read_payload(payload) == (contact_point, lang)


@given(st.text(max_size=80))
def test_any_payload_is_read_or_refused_without_error(payload):
    contact_point, lang = read_payload(payload)
    assert contact_point is None or CONTACT_POINT_ID.fullmatch(contact_point)
    assert lang is None or lang in LANGUAGES


def test_an_id_ending_in_a_language_code_stays_whole(directory_runtime):
    runtime = directory_runtime(
        {"contact_points": [{"id": "kiss-bremen", "name": "KISS Bremen", "postal_code": "28195", "city": "Bremen"}]}
    )
    state, _ = step(State(), Start("cp-kiss-bremen", "de"), runtime.services)
    assert (state.home_contact_point, state.lang) == ("kiss-bremen", "de")


@pytest.mark.parametrize("bad", ["kiss_bremen", "KISS Bremen", "", "x" * 51, "münchen"])
def test_an_id_a_link_cannot_carry_is_refused(bad):
    with pytest.raises(ValueError):
        start_payload(bad)
