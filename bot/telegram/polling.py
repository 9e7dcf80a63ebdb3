"""Polling mode: the bot asks Telegram for updates (getUpdates) and serves no webhook.

What python-telegram-bot's run_polling does, but with a bounded stop: on SIGTERM (or SIGINT) the
bot stops asking for updates at once (the long poll is cancelled), lets the updates it has fetched
finish for up to SHUTDOWN_SECONDS, and exits; run_polling would wait for them without end. Updates
still unfinished then are cut off; Telegram does not send them again, since they were fetched.
With HEALTH_PORT set, /healthz, /readyz and /metrics are served there (bot/telegram/health.py).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import Application

from bot.telegram.health import Readiness, serve_health
from bot.telegram.lifecycle import until_signalled

log = logging.getLogger(__name__)


async def serve_polling(
    application: Application,
    *,
    readiness: Readiness,
    shutdown_seconds: float,
    listen: str,
    health_port: int | None,
    started: Callable[[Application], Awaitable[None]],
    stopping: Callable[[Application], Awaitable[None]],
) -> None:
    async with application:
        await started(application)
        await application.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        await application.start()
        health = await serve_health(listen, health_port, readiness) if health_port else None
        try:
            await until_signalled()
            readiness.stopping = True
            log.info("polling: stopping")
            try:
                async with asyncio.timeout(shutdown_seconds):
                    await application.updater.stop()
                    await application.stop()
            except TimeoutError:
                log.warning("polling: updates unfinished after %.0f s, cut off", shutdown_seconds)
        finally:
            if health:
                await health.cleanup()
            await stopping(application)
