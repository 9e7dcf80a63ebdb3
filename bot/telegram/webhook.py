"""The webhook: Telegram posts each update here, and the bot's last message goes back in the answer.

Telegram lets a webhook answer with one Bot API method, which saves a request per update. So
updates are processed while Telegram waits (python-telegram-bot's own webhook server queues them
and answers at once): earlier messages go out through the Bot API first, then the last one rides
back in the answer, in order. aiohttp serves it (PTB's tornado server cost more than twice the CPU
per request).

Only Telegram may post here: every request must carry the secret token registered with
setWebhook (WEBHOOK_SECRET, or one generated at each start), else 403 before its body is read.
Bodies are bounded in size (413) and in time (408, and the connection is closed). A body that is
no JSON object with an update_id (malformed, nested too deep) gets 400: Telegram never sends one.
An update python-telegram-bot cannot read is acknowledged and ignored, since Telegram would only
send it again and again. Beside the webhook: /healthz, /readyz and /metrics (bot/telegram/health.py).

On SIGTERM (or SIGINT) the bot stops taking updates: from then on each gets 503, which Telegram
sends again later (to another replica, or to this one restarted), and /readyz says "stopping". The
updates in flight get up to SHUTDOWN_SECONDS to finish; then the server closes and the bot exits. An
update still unfinished then is cut off unanswered, and Telegram sends it again.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import hmac
import json
import logging
import secrets
from collections.abc import Awaitable, Callable, Iterator

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.telegram.health import Readiness, add_routes
from bot.telegram.lifecycle import until_signalled

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 1024**2  # an update is a few kilobytes
BODY_SECONDS = 5.0  # for the whole body, once the headers (with the secret) are in
LINGER_SECONDS = 1.0  # after an answer to an unread body, before the connection closes (aiohttp's default: 10)
CLOSE_SECONDS = 1.0  # for requests still open when the server closes (aiohttp's default: 60)

# Set while an update from the webhook is processed: the handlers put their last Bot API call here.
ANSWER: contextvars.ContextVar[list[dict] | None] = contextvars.ContextVar("webhook_answer", default=None)


class InFlight:
    """The webhook requests being handled, so that a stop can wait for them."""

    def __init__(self) -> None:
        self.count = 0
        self._idle = asyncio.Event()
        self._idle.set()

    @contextlib.contextmanager
    def one(self) -> Iterator[None]:
        self.count += 1
        self._idle.clear()
        try:
            yield
        finally:
            self.count -= 1
            if not self.count:
                self._idle.set()

    async def settled(self, seconds: float) -> bool:
        """Wait until none is in flight, at most `seconds`; whether none is."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._idle.wait()
        return not self.count


def webhook_app(
    application: Application, path: str, secret: str, readiness: Readiness, in_flight: InFlight
) -> web.Application:
    if not secret:
        raise ValueError("a webhook without a secret would take anyone's updates")
    expected = secret.encode()

    async def receive(request: web.Request) -> web.Response:
        token = request.headers.get(SECRET_HEADER, "").encode("utf-8", "surrogateescape")
        if not hmac.compare_digest(token, expected):
            return web.Response(status=403, text="wrong secret token")
        if readiness.stopping:
            return web.Response(status=503, text="stopping")
        with in_flight.one():
            return await handle(request)

    async def handle(request: web.Request) -> web.Response:
        try:
            async with asyncio.timeout(BODY_SECONDS):
                body = await request.read()  # beyond client_max_size: 413
        except TimeoutError:
            response = web.Response(status=408, text="body too slow")
            response.force_close()
            return response
        data = _json_update(body)
        if data is None:
            return web.Response(status=400, text="not an update")
        try:
            update = Update.de_json(data, application.bot)
        except Exception as exc:  # whatever python-telegram-bot cannot read, it cannot handle either
            log.warning("webhook: an update that cannot be read (%s), ignored", type(exc).__name__)
            return web.Response()
        answer: list[dict] = []
        reset = ANSWER.set(answer)
        try:
            await application.process_update(update)
        finally:
            ANSWER.reset(reset)
        if not answer:
            return web.Response()
        return web.Response(body=json.dumps(answer[0], ensure_ascii=False).encode(), content_type="application/json")

    app = web.Application(client_max_size=MAX_BODY_BYTES)
    app.router.add_post("/" + path.strip("/"), receive)
    add_routes(app, readiness)
    return app


async def serve_webhook(
    application: Application,
    *,
    listen: str,
    port: int,
    path: str,
    url: str,
    secret: str,
    readiness: Readiness,
    shutdown_seconds: float,
    started: Callable[[Application], Awaitable[None]],
    stopping: Callable[[Application], Awaitable[None]],
) -> None:
    """Register the webhook with Telegram and serve until SIGTERM or SIGINT, then stop as the module
    says. Without a configured secret one is generated: every start registers the webhook anew, so
    it holds for this run."""
    if not secret:
        secret = secrets.token_urlsafe(32)  # A-Z a-z 0-9 _ -, as Telegram allows
        log.info("webhook: no WEBHOOK_SECRET set, registered one generated for this run")
    async with application:
        await application.bot.set_webhook(url, secret_token=secret, allowed_updates=Update.ALL_TYPES)
        await started(application)
        in_flight = InFlight()
        app = webhook_app(application, path, secret, readiness, in_flight)
        runner = web.AppRunner(app, access_log=None, lingering_time=LINGER_SECONDS, shutdown_timeout=CLOSE_SECONDS)
        await runner.setup()
        await web.TCPSite(runner, listen, port).start()
        log.info("webhook listening on %s:%d", listen, port)
        try:
            await until_signalled()
            readiness.stopping = True
            log.info("webhook: stopping, %d updates in flight", in_flight.count)
            if not await in_flight.settled(shutdown_seconds):
                log.warning("webhook: %d updates unfinished after %.0f s, cut off", in_flight.count, shutdown_seconds)
        finally:
            await runner.cleanup()
            await stopping(application)


def _json_update(body: bytes) -> dict | None:
    """The body as a JSON object with an integer update_id, or None."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or nested deeper than Python recurses
        return None
    if isinstance(data, dict) and type(data.get("update_id")) is int:
        return data
    return None
