"""python-telegram-bot's networking over aiohttp.

PTB sends through httpx by default. In the webhook benchmark httpx took about 1.2 ms of CPU per
request, more than everything else an update needs; aiohttp takes about 0.3 ms. BaseRequest is
PTB's documented way to bring another HTTP library.
"""

from __future__ import annotations

import logging

import aiohttp
from telegram import Update
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

log = logging.getLogger(__name__)

CONNECTIONS = 256  # Telegram allows many parallel requests; the rate limiter keeps within its limits


class AiohttpRequest(BaseRequest):
    def __init__(self, read_timeout: float = 5.0, connect_timeout: float = 5.0, pool_timeout: float = 1.0) -> None:
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=CONNECTIONS), headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout=BaseRequest.DEFAULT_NONE,
        write_timeout=BaseRequest.DEFAULT_NONE,
        connect_timeout=BaseRequest.DEFAULT_NONE,
        pool_timeout=BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        connect = self._given(connect_timeout, self._connect_timeout)
        timeout = aiohttp.ClientTimeout(
            connect=None if connect is None else connect + (self._given(pool_timeout, self._pool_timeout) or 0),
            sock_connect=connect,
            sock_read=self._given(read_timeout, self._read_timeout),
        )
        body, headers = _body(request_data)
        try:
            async with self._session.request(method, url, data=body, headers=headers, timeout=timeout) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}") from error

    @staticmethod
    def _given(value, default: float | None) -> float | None:
        return default if isinstance(value, type(BaseRequest.DEFAULT_NONE)) else value


def _body(request_data: RequestData | None) -> tuple[bytes | aiohttp.FormData | None, dict | None]:
    """JSON, or a form with the files when there are any (an operator's flyer or report)."""
    if request_data is None:
        return None, None
    files = request_data.multipart_data
    if not files:
        return request_data.json_payload, {"Content-Type": "application/json"}
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in files.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form, None


class UpdatesRequest(AiohttpRequest):
    """For getUpdates: an update python-telegram-bot cannot read is replaced by its bare update id.

    python-telegram-bot reads a whole batch at once; one unreadable update failed the batch, which
    it then fetched again, forever, logging the raw data each time. Now the bad one is confirmed
    with the rest and handled as an empty update (ignored). Each update is read twice, once here;
    polling can afford it (the webhook is the fast path)."""

    def parse_json_payload(self, payload: bytes) -> dict:
        data = super().parse_json_payload(payload)
        if data.get("ok") and isinstance(data.get("result"), list):
            data["result"] = [readable for item in data["result"] if (readable := _readable(item)) is not None]
        return data


def _readable(item: object) -> dict | None:
    """The update, or {"update_id"} when only that can be read, or None when not even that."""
    try:
        Update.de_json(item, None)
        return item
    except Exception:  # anything python-telegram-bot's parsing raises on odd input
        update_id = item.get("update_id") if isinstance(item, dict) else None
        log.warning("getUpdates: an update that cannot be read was skipped")
        return {"update_id": update_id} if type(update_id) is int else None
