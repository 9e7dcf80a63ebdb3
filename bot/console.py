"""The conversation on stdin/stdout: one message per line, buttons shown numbered.

A line that is a button's number or label presses that button; "/location LAT LON" shares a
location; "/command" runs a command; anything else is a message. Works piped, too. The buttons of
every reply to one line are numbered once, all pressable (a language offer's beside the question's),
and a button that opens an item of a numbered list ("4. Details") keeps that item's number: the "4"
of the fourth group opens it, not whatever button came fourth.

Outcomes are counted for the demand report as in Telegram; the end of the input ends the
conversation, as an expiry does there.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import TextIO

from bot.render import button_label, render_text
from dialogs.machine import step
from dialogs.model import Button, Choice, Command, Event, Location, Reached, Reply, Start, State, Text
from dialogs.outcomes import left_before_result
from dialogs.services import Services

_LOCATION = re.compile(r"^/location\s+(-?\d+(?:\.\d+)?)[\s,;]+(-?\d+(?:\.\d+)?)\s*$")
_LISTED = re.compile(r"^(\d+)\.\s")  # a button of a numbered list's item: "4. Details"

Numbered = dict[int, tuple[str, Button]]


def run_console(
    services: Services,
    lang: str | None,
    payload: str,
    count: Callable[[Reached], None],
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> int:
    state, replies = step(State(), Start(payload, lang), services)
    buttons = show(replies, state, stdout)
    forgotten = False  # after /delete, as in Telegram: no conversation until the next message
    interactive = stdin.isatty()
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            if not forgotten and (left := left_before_result(state)):
                count(left)
            return 0
        line = line.rstrip("\r\n")
        if not interactive:
            stdout.write(f"> {line}\n")
        event = to_event(line, buttons)
        new_state, replies = step(state, event, services)
        if new_state is not None and new_state.reached:
            count(new_state.reached)
        forgotten = new_state is None
        state = new_state if new_state is not None else State(lang=state.lang)
        buttons = show(replies, state, stdout)


def to_event(line: str, buttons: Numbered) -> Event:
    stripped = line.strip()
    if stripped.isdigit() and int(stripped) in buttons:
        button = buttons[int(stripped)][1]
        return Choice(button.action, button.value)
    for label, button in buttons.values():
        if stripped and stripped.casefold() == label.casefold():
            return Choice(button.action, button.value)
    if match := _LOCATION.match(stripped):
        return Location(float(match.group(1)), float(match.group(2)))
    if stripped.startswith("/"):
        name, _, rest = stripped[1:].partition(" ")
        return Start(rest.strip()) if name == "start" else Command(name)
    return Text(line)


def show(replies: list[Reply], state: State, out: TextIO) -> Numbered:
    """Print the replies; return every button shown, by its number (see numbered)."""
    labelled = [[(button_label(b, state.lang), b) for row in reply.buttons for b in row] for reply in replies]
    numbers = iter(numbered([button for buttons in labelled for button in buttons]))
    shown: Numbered = {}
    for reply, buttons in zip(replies, labelled, strict=True):
        out.write(render_text(reply, state.lang) + "\n")
        if reply.request_location:
            out.write("  [/location LAT LON]\n")
        for label, button in buttons:
            number = next(numbers)
            shown[number] = (label, button)
            out.write(f"  [{number}] {label}\n")
        out.write("\n")
    out.flush()
    return shown


def numbered(buttons: list[tuple[str, Button]]) -> list[int]:
    """One number per button, none twice: a list item's button its item's number ("4. Details" is 4), every
    other the next number after those given so far that no list item has."""
    listed = {int(match.group(1)) for label, _ in buttons if (match := _LISTED.match(label))}
    numbers: list[int] = []
    for label, _ in buttons:
        match = _LISTED.match(label)
        number = int(match.group(1)) if match else 0
        if not match or number in numbers:
            number = max(numbers, default=0) + 1
            while number in listed or number in numbers:
                number += 1
        numbers.append(number)
    return numbers
