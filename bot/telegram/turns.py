"""Each update's turn as the operator sees it: its kind, the step it led to, its outcome, its latency.

python-telegram-bot hands every update, polled or from the webhook, to Application.process_update;
ObservedApplication wraps that in a Turn, kept in a context variable, so the handlers of this update
(and no other's) can note what became of it: Figures.add notes the outcome it counts, stepped()
the conversation's new step and whether the answer was crisis help or the safety question. When
the update is done the turn is counted (metrics.py) and logged as one line with kind, step, ms and
outcome: never a text, chat or user id, name or key.
"""

from __future__ import annotations

import contextvars
import logging
import time
from dataclasses import dataclass

from telegram import Update
from telegram.ext import Application, filters

from bot.telegram import metrics
from dialogs import messages as m
from dialogs.model import Msg, Outcome, Reply, State

log = logging.getLogger(__name__)
ANSWERED = ("reply", "check", "crisis", "slowed")  # these have a reply latency


@dataclass
class Turn:
    kind: str
    started: float  # time.perf_counter() when the update came in
    step: str | None = None
    outcome: str = "ignored"

    def note(self, outcome: str) -> None:
        """Of several outcomes, the later in metrics.OUTCOMES wins: a crisis reply that did not arrive
        is "not_delivered"; a flood's "langsamer bitte" is "slowed", though answered."""
        if metrics.OUTCOMES.index(outcome) > metrics.OUTCOMES.index(self.outcome):
            self.outcome = outcome


CURRENT: contextvars.ContextVar[Turn | None] = contextvars.ContextVar("turn", default=None)


class ObservedApplication(Application):
    """python-telegram-bot's Application, each update counted and logged (ApplicationBuilder.application_class)."""

    async def process_update(self, update: object) -> None:
        turn = Turn(kind_of(update), time.perf_counter())
        reset = CURRENT.set(turn)
        metrics.IN_FLIGHT.inc()
        try:
            await super().process_update(update)
        finally:
            metrics.IN_FLIGHT.dec()
            CURRENT.reset(reset)
            finish(turn)


def kind_of(update: object) -> str:
    """text, button, command, location, or other (edits, stickers, polls, memberships, ...)."""
    if not isinstance(update, Update):
        return "other"
    if update.callback_query:
        return "button"
    message = update.message
    if message is None:
        return "other"
    if message.location:
        return "location"
    if message.text:
        return "command" if filters.COMMAND.check_update(update) else "text"
    return "other"


def note(outcome: str) -> None:
    """What became of the update being handled (nothing outside an update)."""
    turn = CURRENT.get()
    if turn is not None:
        turn.note(outcome)


def stepped(state: State | None, replies: list[Reply]) -> None:
    """The conversation moved to `state` (None: forgotten) with these replies."""
    turn = CURRENT.get()
    if turn is None:
        return
    turn.step = state.step.value if state else None
    if any(reply.outcome is Outcome.CRISIS for reply in replies):
        turn.note("crisis")
    elif any(isinstance(part, Msg) and part.msgid == m.SAFETY_QUESTION for reply in replies for part in reply.parts):
        turn.note("check")


def finish(turn: Turn) -> None:
    seconds = time.perf_counter() - turn.started
    metrics.UPDATES.labels(turn.kind, turn.outcome).inc()
    if turn.outcome in ANSWERED:
        metrics.REPLY_SECONDS.observe(seconds)
    fields = {"kind": turn.kind, "step": turn.step, "ms": round(seconds * 1000, 1), "outcome": turn.outcome}
    log.info("update", extra={"fields": fields})
