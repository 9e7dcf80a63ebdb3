"""The bot's log: LOG_LEVEL for every logger, and other libraries' records without their arguments.

python-telegram-bot logs whole updates and Bot API parameters (names, message texts, chat ids) at
DEBUG, and SQLAlchemy logs statement parameters (pseudonymous keys, states) at INFO. Below WARNING
their records keep the message pattern and lose the arguments, so even LOG_LEVEL=DEBUG shows what
happens but never who or what was written. Our own modules never log such values, nor does
Alembic (revision ids), whose arguments are kept.
"""

from __future__ import annotations

import logging

TRUSTED = ("bot", "dialogs", "alembic")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class WithoutArguments(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING and record.name.partition(".")[0] not in TRUSTED:
            record.args = None
        return True


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(WithoutArguments())
    logging.basicConfig(level=level, handlers=[handler])
