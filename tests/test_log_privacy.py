"""The libraries' log records keep their shape but lose their content; ours stay as they are. In
both formats: text for people, JSON lines for log collectors (bot/logs.py)."""

from __future__ import annotations

import io
import json
import logging

import pytest

from bot.logs import JsonLines, TextLines, WithholdContent


def written(formatter: logging.Formatter) -> str:
    """What a library and our own code log through the bot's handler."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    handler.addFilter(WithholdContent())
    loggers = [logging.getLogger(name) for name in ("telegram.ext.Application", "bot.telegram.test")]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    library, ours = loggers
    address = "Hauptstraße 5"  # the traceback quotes source lines: this one is not in it
    try:
        library.debug("Processing update %s at %d%%", {"text": "Erika Mustermann"}, 100)
        library.info("extra", extra={"fields": {"text": "Erika"}})  # only our records' fields are written
        try:
            address.encode("ascii")
        except UnicodeEncodeError:
            library.exception("Error while building CallbackContext for update %r", "Erika")
        ours.info("expired %d conversation states", 3)
        ours.info("update", extra={"fields": {"kind": "text", "step": "role", "ms": 2.5, "outcome": "reply"}})
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
    return stream.getvalue()


@pytest.mark.parametrize("formatter", [TextLines, JsonLines])
def test_library_records_lose_arguments_and_exception_messages_ours_do_not(formatter):
    log = written(formatter())
    assert "Erika" not in log and "Hauptstraße" not in log
    assert "Processing update … at …%" in log and "Error while building CallbackContext for update …" in log
    assert "UnicodeEncodeError (message withheld)" in log and "in written" in log  # kind and place
    assert "expired 3 conversation states" in log


def test_json_lines_are_one_object_each_with_our_fields_as_keys():
    lines = [json.loads(line) for line in written(JsonLines()).splitlines()]
    assert [line["message"] for line in lines] == [
        "Processing update … at …%",
        "extra",
        "Error while building CallbackContext for update …",
        "expired 3 conversation states",
        "update",
    ]
    assert {"time", "level", "logger", "message"} == set(lines[0]) == set(lines[1])
    assert lines[2]["error"].startswith("Traceback") and lines[2]["level"] == "ERROR"
    assert lines[4] == lines[4] | {"logger": "bot.telegram.test", "kind": "text", "step": "role", "ms": 2.5}
    assert lines[4]["time"].endswith("Z")


def test_text_lines_show_our_fields_as_key_value():
    assert "update kind=text step=role ms=2.5 outcome=reply\n" in written(TextLines())
