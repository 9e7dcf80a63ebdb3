"""Logging that never shows what people wrote, at any level.

Our own log lines carry counts and kinds only. The libraries' do not: python-telegram-bot logs
whole updates ("Processing update %s" at DEBUG, a malformed update at CRITICAL), request
parameters and the token-bearing API address; exceptions can quote a message (a
UnicodeEncodeError repeats the string it failed on). So for the libraries' records the arguments
are withheld and an exception shows its traceback and type, never its message.
"""

from __future__ import annotations

import logging
import re
import traceback

LIBRARIES = ("telegram", "httpx", "httpcore", "aiohttp", "asyncio")
_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?:\d+|\*)?(?:\.\d+)?[a-zA-Z%]")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class WithholdContent(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.split(".", 1)[0] not in LIBRARIES:
            return True
        if record.args:
            record.msg = _PLACEHOLDER.sub(lambda m: "%" if m[0] == "%%" else "…", str(record.msg))
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            frames = "".join(traceback.format_tb(error.__traceback__))
            record.exc_text = f"Traceback (most recent call last):\n{frames}{type(error).__name__} (message withheld)"
            record.exc_info = None
        return True


def configure_logging(level: int = logging.INFO) -> None:
    """The process's logging: one stream handler that withholds the libraries' content. httpx
    (python-telegram-bot's default transport, unused here but imported) would log each request's
    address, which holds the token, at INFO."""
    logging.basicConfig(level=level, format=FORMAT)
    for handler in logging.getLogger().handlers:
        handler.addFilter(WithholdContent())
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
