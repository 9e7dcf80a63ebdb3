"""One lane per chat: a chat's updates are handled one after another, different chats at once.

python-telegram-bot handles updates concurrently (`concurrent_updates`), so one person's slow
reply (a retried send, a database wait) holds up no one else. But one person's updates must stay
in order: each step starts from the state the previous one saved. A lane is an asyncio lock, which
wakes its waiters first come, first served; it exists only while its chat has updates in flight.
The lane must be entered before the handler's first await, so arrival order is lane order.
Across processes (replicas on one database) the state store's version check keeps one chat's
steps apart (bot/storage/state_store.py).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Hashable


class _Lane:
    __slots__ = ("lock", "users")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.users = 0


class ChatLanes:
    def __init__(self) -> None:
        self._lanes: dict[Hashable, _Lane] = {}

    @contextlib.asynccontextmanager
    async def turn(self, chat: Hashable) -> AsyncIterator[None]:
        """Wait for the chat's earlier updates, then hold the lane until this one is done."""
        lane = self._lanes.get(chat)
        if lane is None:
            lane = self._lanes[chat] = _Lane()
        lane.users += 1
        try:
            async with lane.lock:
                yield
        finally:
            lane.users -= 1
            if not lane.users:
                del self._lanes[chat]
