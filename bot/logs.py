"""The bot's log: LOG_LEVEL for every logger, and never what people wrote, at any level.

Our own modules (and Alembic, which logs revision ids) log counts and kinds only. The libraries'
records do not: python-telegram-bot logs whole updates ("Processing update %s" at DEBUG, a
malformed update at CRITICAL), request parameters and the token-bearing API address; SQLAlchemy
logs statement parameters (pseudonymous keys, states); an exception can quote a message (a
UnicodeEncodeError repeats the string it failed on). So every other logger's records keep their
message pattern but lose their arguments, and an exception shows its traceback and type, never
its message.
"""

from __future__ import annotations

import logging
import re
import traceback

TRUSTED = ("bot", "dialogs", "alembic", "__main__")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?:\d+|\*)?(?:\.\d+)?[a-zA-Z%]")


class WithholdContent(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.split(".", 1)[0] in TRUSTED:
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


def configure_logging(level: str | int = logging.INFO) -> None:
    """One stream handler that withholds the libraries' content. httpx (python-telegram-bot's
    default transport, unused here but imported) would log each request's address, which holds
    the token, at INFO."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(WithholdContent())
    logging.basicConfig(level=level, handlers=[handler])
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(max(logging.getLogger().level, logging.WARNING))
