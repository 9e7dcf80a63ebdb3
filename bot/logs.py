"""The bot's log: LOG_LEVEL for every logger, and never what people wrote, at any level.

Our own modules (and Alembic, which logs revision ids) log counts and kinds only. The libraries'
records do not: python-telegram-bot logs whole updates ("Processing update %s" at DEBUG, a
malformed update at CRITICAL), request parameters and the token-bearing API address; SQLAlchemy
logs statement parameters (pseudonymous keys, states); an exception can quote a message (a
UnicodeEncodeError repeats the string it failed on). So every other logger's records keep their
message pattern but lose their arguments, and an exception shows its traceback and type, never
its message.

Two formats (LOG_FORMAT): JSON lines (the default for `run`: log collectors read them without
patterns), or text for people. Our records may carry `fields` (kinds, steps, counts: never content),
which become keys of the JSON object, or `key=value` after the text line.
"""

from __future__ import annotations

import json
import logging
import re
import traceback
from datetime import UTC, datetime

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
        record.fields = {}  # only our own records say what their fields hold
        return True


class TextLines(logging.Formatter):
    """FORMAT, then the record's fields as key=value."""

    def __init__(self) -> None:
        super().__init__(FORMAT)

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        line = super().formatMessage(record)
        fields = getattr(record, "fields", None)
        return line + "".join(f" {key}={value}" for key, value in fields.items()) if fields else line


class JsonLines(logging.Formatter):
    """One JSON object a line: time (UTC, ms), level, logger, message, the record's fields, and the
    traceback as `error`. Not ASCII-escaped, so that a scan of the log for a name finds it in any
    script (tests/test_privacy_scan.py)."""

    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        line = {"time": when, "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        line |= getattr(record, "fields", None) or {}
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["error"] = record.exc_text
        return json.dumps(line, ensure_ascii=False, default=str)


def configure_logging(level: str | int = logging.INFO, form: str = "text") -> None:
    """One stream handler that withholds the libraries' content. httpx (python-telegram-bot's
    default transport, unused here but imported) would log each request's address, which holds
    the token, at INFO."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLines() if form == "json" else TextLines())
    handler.addFilter(WithholdContent())
    logging.basicConfig(level=level, handlers=[handler])
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(max(logging.getLogger().level, logging.WARNING))
