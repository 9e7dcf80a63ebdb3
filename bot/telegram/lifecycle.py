"""How the bot learns that it is to stop: SIGTERM from the platform, or SIGINT (Ctrl-C)."""

from __future__ import annotations

import asyncio
import signal


async def until_signalled() -> None:
    """Return at the first SIGTERM or SIGINT; the signals are left handled, so a second one does
    not cut the orderly stop short (its time is bounded by SHUTDOWN_SECONDS instead)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
