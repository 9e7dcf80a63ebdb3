"""Button callback data: short, versioned and checked, because anyone can send any bytes.

Format "1|action|value" (at most 64 bytes, Telegram's limit). Long values (a long group id) are
replaced by a short hash that the directory resolves. Anything else decodes to None: the
conversation answers "this button is outdated" instead of guessing.
"""

from __future__ import annotations

import hashlib
import re

from dialogs.model import Choice

VERSION = "1"
MAX_BYTES = 64
_ACTION = re.compile(r"^[a-z]{1,12}$")


def short_id(value: str) -> str:
    return "#" + hashlib.blake2b(value.encode(), digest_size=8).hexdigest()


def encode(action: str, value: str = "") -> str:
    data = f"{VERSION}|{action}|{value}"
    if len(data.encode()) > MAX_BYTES:
        data = f"{VERSION}|{action}|{short_id(value)}"
    return data


def decode(data: str | None) -> Choice | None:
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    parts = data.split("|", 2)
    if len(parts) != 3 or parts[0] != VERSION or not _ACTION.match(parts[1]):
        return None
    return Choice(parts[1], parts[2])
