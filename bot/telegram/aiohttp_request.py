"""python-telegram-bot's networking over aiohttp.

PTB sends through httpx by default. In the webhook benchmark httpx took about 1.2 ms of CPU per
request, more than everything else an update needs; aiohttp takes about 0.3 ms. BaseRequest is
PTB's documented way to bring another HTTP library.
"""

from __future__ import annotations

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

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
        if request_data is not None and request_data.multipart_data:
            raise NotImplementedError("this bot uploads no files")
        connect = self._given(connect_timeout, self._connect_timeout)
        timeout = aiohttp.ClientTimeout(
            connect=None if connect is None else connect + (self._given(pool_timeout, self._pool_timeout) or 0),
            sock_connect=connect,
            sock_read=self._given(read_timeout, self._read_timeout),
        )
        body = request_data.json_payload if request_data is not None else None
        headers = {"Content-Type": "application/json"} if body else None
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
