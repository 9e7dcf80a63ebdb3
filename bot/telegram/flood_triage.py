"""Whether a message over its chat's limit shows danger, remembered for the texts a flood repeats.

Every message over the limit is triaged, so that a crisis inside a flood is never dropped. A flood
mostly repeats a few texts, and triaging each copy again kept a crisis message behind hundreds of
them for about a second. The verdicts are remembered by a digest under a key made at start (never
the text, which could be guessed back from a plain digest of a short message), only the latest
MAX_REMEMBERED of them, and only for the directory index they were made with: a reload of the
directory can change what the words beside distress name.
"""

from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from collections.abc import Callable

MAX_REMEMBERED = 4_096


class FloodTriage:
    def __init__(self, urgent: Callable[[str, str], bool]) -> None:
        self._urgent = urgent
        self._key = os.urandom(32)
        self._verdicts: OrderedDict[bytes, bool] = OrderedDict()
        self._index: object = None

    def urgent(self, text: str, lang: str, index: object) -> bool:
        if index is not self._index:
            self._verdicts.clear()
            self._index = index
        digest = hashlib.blake2b(f"{lang}\n{text}".encode(), key=self._key, digest_size=16).digest()
        verdict = self._verdicts.get(digest)
        if verdict is None:
            verdict = self._verdicts[digest] = self._urgent(text, lang)
            if len(self._verdicts) > MAX_REMEMBERED:
                self._verdicts.popitem(last=False)
        else:
            self._verdicts.move_to_end(digest)
        return verdict
