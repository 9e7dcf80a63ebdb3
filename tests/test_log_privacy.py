"""The libraries' log records keep their shape but lose their content; ours stay as they are."""

from __future__ import annotations

import io
import logging

from bot.logs import FORMAT, WithholdContent


def test_library_records_lose_arguments_and_exception_messages_ours_do_not():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(WithholdContent())
    loggers = [logging.getLogger(name) for name in ("telegram.ext.Application", "bot.telegram.test")]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    library, ours = loggers
    address = "Hauptstraße 5"  # the traceback quotes source lines: this one is not in it
    try:
        library.debug("Processing update %s at %d%%", {"text": "Erika Mustermann"}, 100)
        try:
            address.encode("ascii")
        except UnicodeEncodeError:
            library.exception("Error while building CallbackContext for update %r", "Erika")
        ours.info("expired %d conversation states", 3)
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
    log = stream.getvalue()
    assert "Erika" not in log and "Hauptstraße" not in log
    assert "Processing update … at …%" in log and "Error while building CallbackContext for update …" in log
    assert "UnicodeEncodeError (message withheld)" in log and "in test_library_records" in log  # kind and place
    assert "expired 3 conversation states" in log
