"""What a flyer says, before any layout: the contact point's deep link, three lines per language on
what the bot does, the contact point as the bot shows it, and the crisis numbers from data/crisis/.

Everything a person reads comes from the gettext catalogs and the directory, formatted as the
conversation formats it; the crisis lines are those data/crisis/XX.yaml lists under `flyer`.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.crisis_data import CrisisResources
from bot.render import render_part
from dialogs import messages as m
from dialogs.deep_link import start_payload
from dialogs.model import Msg
from dialogs.replies import contact_point_lines
from dialogs.views import ContactPointView

RTL = {"ar"}
PITCH = (m.FLYER_WHAT, m.FLYER_HOW, m.FLYER_LANGUAGES)


@dataclass(frozen=True)
class Pitch:
    """The three lines on what the bot does, in one language."""

    lang: str
    lines: tuple[str, str, str]

    @property
    def rtl(self) -> bool:
        return self.lang in RTL


@dataclass(frozen=True)
class Flyer:
    """Everything printed on one flyer; `lang` (the first chosen language) says the shared parts."""

    lang: str
    title: str
    link: str
    pitches: tuple[Pitch, ...]
    scan: str
    contact_heading: str
    contact_lines: tuple[str, ...]  # name first, then how to reach it and when
    crisis_heading: str
    crisis_lines: tuple[str, ...]

    @property
    def rtl(self) -> bool:
        return self.lang in RTL


def deep_link(bot_username: str, contact_point_id: str, langs: tuple[str, ...]) -> str:
    """The contact point's link; a flyer in one language also opens the bot in that language."""
    payload = start_payload(contact_point_id, langs[0] if len(langs) == 1 else None)
    return f"https://t.me/{bot_username}?start={payload}"


def flyer_content(cp: ContactPointView, langs: tuple[str, ...], bot_username: str, resources: CrisisResources) -> Flyer:
    lang = langs[0]
    return Flyer(
        lang=lang,
        title="Selbsthilfe-Lotse",
        link=deep_link(bot_username, cp.id, langs),
        pitches=tuple(Pitch(code, tuple(render_part(Msg(line), code) for line in PITCH)) for code in langs),
        scan=render_part(Msg(m.FLYER_SCAN), lang),
        contact_heading=render_part(Msg(m.FLYER_CONTACT_POINT), lang),
        contact_lines=_contact_lines(cp, lang),
        crisis_heading=render_part(Msg(m.FLYER_CRISIS), lang),
        crisis_lines=tuple(f"{r.name} {' · '.join(r.numbers)}" for r in resources.for_situation("flyer")),
    )


def _contact_lines(cp: ContactPointView, lang: str) -> tuple[str, ...]:
    """The bot's own lines for the contact point, kept to its name, one way to reach it and its hours."""
    reach = m.CP_PHONE if cp.phone else m.CP_EMAIL if cp.email else m.CP_WEBSITE
    name, *rest = contact_point_lines(cp, lang)
    kept = [line for line in rest if isinstance(line, Msg) and line.msgid in (reach, m.CP_HOURS, m.CP_HOURS_ORIGINAL)]
    return tuple(render_part(line, lang) for line in (name, *kept))
