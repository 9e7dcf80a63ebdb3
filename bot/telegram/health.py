"""Liveness, readiness and metrics over HTTP: for the platform, the load balancer and Prometheus.

- /healthz: 200 while the process serves HTTP at all. No database, no data: a platform that
  restarts on a failing liveness check must not restart the bot because the database is away.
- /readyz: 200 "ready" when the directory is loaded (it has groups) and the database answers a
  trivial query within PROBE_SECONDS; else 503 with one word: "directory", "database", or
  "stopping" once SIGTERM came. No error text: it would tell an attacker about the database.
- /metrics: the Prometheus text format (bot/telegram/metrics.py), kinds and counts only.

None needs the webhook's secret and none reveals anything of a person. They are served beside the
webhook (bot/telegram/webhook.py), and in polling mode on HEALTH_PORT if set (serve_health).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from aiohttp import web
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot.telegram import metrics

log = logging.getLogger(__name__)
PROBE_SECONDS = 2.0


class Readiness:
    """Whether this replica should get updates, and if not, why in one word."""

    def __init__(self, engine: Engine, groups: Callable[[], int]) -> None:
        self.engine = engine
        self.groups = groups
        self.stopping = False
        self._probe: asyncio.Future[None] | None = None

    async def problem(self) -> str | None:
        if self.stopping:
            return "stopping"
        if not self.groups():
            return "directory"
        if not await self._database_answers():
            return "database"
        return None

    async def _database_answers(self) -> bool:
        """One probe at a time, shared by the requests that come meanwhile: a database that hangs
        holds one thread, not one per request."""
        if self._probe is None or self._probe.done():
            self._probe = asyncio.ensure_future(asyncio.to_thread(self._query))
            self._probe.add_done_callback(_retrieved)
        try:
            async with asyncio.timeout(PROBE_SECONDS):
                await asyncio.shield(self._probe)
        except TimeoutError:
            log.warning("readiness: the database did not answer within %.0f s", PROBE_SECONDS)
            return False
        except SQLAlchemyError as error:
            log.warning("readiness: the database refused the probe (%s)", type(error).__name__)
            return False
        return True

    def _query(self) -> None:
        """A query that reads the database (SELECT 1 would not even open an SQLite file)."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()


def _retrieved(probe: asyncio.Future) -> None:
    """Its failure was seen by whoever awaited it; asyncio need not report it again."""
    if not probe.cancelled():
        probe.exception()


def add_routes(app: web.Application, readiness: Readiness) -> None:
    async def healthz(_request: web.Request) -> web.Response:
        return web.Response(text="ok")

    async def readyz(_request: web.Request) -> web.Response:
        problem = await readiness.problem()
        return web.Response(status=503 if problem else 200, text=problem or "ready")

    async def prometheus(_request: web.Request) -> web.Response:
        return web.Response(body=metrics.exposition(), headers={"Content-Type": metrics.CONTENT_TYPE})

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", prometheus)


async def serve_health(listen: str, port: int, readiness: Readiness) -> web.AppRunner:
    """The three endpoints alone (polling mode); the caller cleans the runner up."""
    app = web.Application()
    add_routes(app, readiness)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
    await runner.setup()
    await web.TCPSite(runner, listen, port).start()
    log.info("health and metrics on %s:%d", listen, port)
    return runner
