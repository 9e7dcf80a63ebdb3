"""The start payload of a flyer's link, `cp-<contact point id>` with an optional `_<lang>`, read by
the conversation and written by the flyer kit: one grammar, so what a flyer prints is what the bot
understands. Telegram allows 64 characters of A-Z, a-z, 0-9, `_` and `-` in a start payload.

The language comes only after an underscore, so an id that ends in a language code
(`kiss-bremen`) stays whole; a payload that is only a language code (`en`) sets the language.
"""

from __future__ import annotations

import re

from dialogs.model import LANGUAGES

MAX_PAYLOAD = 64
CONTACT_POINT_ID = re.compile(r"[A-Za-z0-9-]{1,50}")
_LANG = "|".join(LANGUAGES)
_PAYLOAD = re.compile(rf"^(?:cp-(?P<cp>{CONTACT_POINT_ID.pattern})(?:_(?P<lang>{_LANG}))?|(?P<only>{_LANG}))$")


def read_payload(payload: str) -> tuple[str | None, str | None]:
    """(contact point id, language), each None where the payload names none or is malformed."""
    match = _PAYLOAD.match(payload) if len(payload) <= MAX_PAYLOAD else None
    if not match:
        return None, None
    return match.group("cp"), match.group("lang") or match.group("only")


def start_payload(contact_point_id: str, lang: str | None = None) -> str:
    """The payload for a contact point's link; ValueError for an id the link cannot carry."""
    if not CONTACT_POINT_ID.fullmatch(contact_point_id):
        raise ValueError(f"contact point id {contact_point_id!r} cannot be put in a Telegram link (A-Z, 0-9, '-', ≤50)")
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    return f"cp-{contact_point_id}" + (f"_{lang}" if lang else "")
