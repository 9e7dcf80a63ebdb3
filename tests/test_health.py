"""/readyz's one-word reasons over HTTP, for the cases a running bot rarely shows: an empty
directory, a database without the schema, a stop under way (the running bot: test_operations.py)."""

from __future__ import annotations

import contextlib

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.storage.engine import make_engine
from bot.telegram.health import Readiness, add_routes
from tests.databases import migrated


@contextlib.asynccontextmanager
async def served(readiness: Readiness):
    app = web.Application()
    add_routes(app, readiness)
    async with TestClient(TestServer(app)) as client:
        yield client


async def ready(readiness: Readiness) -> tuple[int, str]:
    async with served(readiness) as client:
        response = await client.get("/readyz")
        return response.status, await response.text()


async def test_ready_when_the_database_answers_and_the_directory_has_groups(database_url):
    engine = make_engine(migrated(database_url))
    try:
        assert await ready(Readiness(engine, lambda: 40)) == (200, "ready")
        assert await ready(Readiness(engine, lambda: 0)) == (503, "directory")  # nothing imported yet
        stopping = Readiness(engine, lambda: 40)
        stopping.stopping = True
        assert await ready(stopping) == (503, "stopping")
    finally:
        engine.dispose()


async def test_a_database_without_the_schema_is_not_ready_and_the_reason_tells_nothing_more(database_url):
    engine = make_engine(database_url)  # empty: no alembic_version table
    try:
        assert await ready(Readiness(engine, lambda: 40)) == (503, "database")
    finally:
        engine.dispose()


async def test_healthz_and_metrics_need_no_database():
    engine = make_engine("sqlite:////nonexistent/folder/bot.sqlite3")
    async with served(Readiness(engine, lambda: 40)) as client:
        health = await client.get("/healthz")
        assert (health.status, await health.text()) == (200, "ok")
        metrics = await client.get("/metrics")
        assert metrics.status == 200 and metrics.headers["Content-Type"].startswith("text/plain")
        assert "lotse_updates_total" in await metrics.text()
        assert (await client.get("/readyz")).status == 503
