"""The webhook: Telegram posts each update here, and the bot's last message goes back in the answer.

Telegram lets a webhook answer with one Bot API method, which saves a request per update. So
updates are processed while Telegram waits (python-telegram-bot's own webhook server queues them
and answers at once): earlier messages go out through the Bot API first, then the last one rides
back in the answer, in order. aiohttp serves it (PTB's tornado server cost more than twice the CPU
per request). The secret-token header is checked on every request.
"""

from __future__ import annotations

import asyncio
import contextvars
import hmac
import json
import logging
import signal
from collections.abc import Awaitable, Callable

from aiohttp import web
from telegram import Update
from telegram.ext import Application

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

# Set while an update from the webhook is processed: the handlers put their last Bot API call here.
ANSWER: contextvars.ContextVar[list[dict] | None] = contextvars.ContextVar("webhook_answer", default=None)


def webhook_app(application: Application, path: str, secret: str) -> web.Application:
    async def receive(request: web.Request) -> web.Response:
        if secret and not hmac.compare_digest(request.headers.get(SECRET_HEADER, ""), secret):
            return web.Response(status=403, text="wrong secret token")
        try:
            update = Update.de_json(json.loads(await request.read()), application.bot)
        except (ValueError, TypeError, KeyError, AttributeError):
            log.warning("webhook: a request that is no update")
            return web.Response(status=400, text="not an update")
        answer: list[dict] = []
        token = ANSWER.set(answer)
        try:
            await application.process_update(update)
        finally:
            ANSWER.reset(token)
        if not answer:
            return web.Response()
        return web.Response(body=json.dumps(answer[0], ensure_ascii=False).encode(), content_type="application/json")

    app = web.Application()
    app.router.add_post("/" + path.strip("/"), receive)
    return app


async def serve_webhook(
    application: Application,
    *,
    listen: str,
    port: int,
    path: str,
    url: str,
    secret: str,
    started: Callable[[Application], Awaitable[None]],
    stopping: Callable[[Application], Awaitable[None]],
) -> None:
    """Register the webhook with Telegram and serve until SIGTERM or SIGINT."""
    async with application:
        await application.bot.set_webhook(url, secret_token=secret or None, allowed_updates=Update.ALL_TYPES)
        await started(application)
        runner = web.AppRunner(webhook_app(application, path, secret), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, listen, port).start()
        log.info("webhook listening on %s:%d", listen, port)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        try:
            await stop.wait()
        finally:
            await runner.cleanup()
            await stopping(application)
