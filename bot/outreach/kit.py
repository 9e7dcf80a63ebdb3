"""One flyer file from a contact point id: content, layout, then PDF, PNG or SVG.

The layout and the writers (fpdf2, fontTools, HarfBuzz, segno) are imported when a flyer is
made: the bot imports this module for its operators' /flyer, and loading them at every start
cost 30 MB and 0.2 s for a command few ever send."""

from __future__ import annotations

from bot.services import LotseServices
from dialogs.model import LANGUAGES

FORMATS = ("pdf", "png", "svg")
SIZES = {"a6": (105.0, 148.0), "a5": (148.0, 210.0), "a4": (210.0, 297.0)}  # paper, width and height in mm


class FlyerProblem(ValueError):
    """Why this flyer cannot be made, in one line."""


def flyer_languages(text: str) -> tuple[str, ...]:
    """Comma-separated language codes, in their order, each once; the first says the shared parts."""
    langs = tuple(dict.fromkeys(code.strip() for code in text.split(",") if code.strip()))
    if not langs or any(code not in LANGUAGES for code in langs):
        raise FlyerProblem(f"choose from {','.join(LANGUAGES)}")
    return langs


def flyer_file(
    services: LotseServices, contact_point_id: str, langs: tuple[str, ...], size: str, fmt: str, bot_username: str
) -> bytes:
    from bot.outreach.flyer import flyer_content
    from bot.outreach.layout import DoesNotFit, lay_out
    from bot.outreach.pdf import pdf_bytes, png_bytes
    from bot.outreach.svg import svg_text

    cp = services.contact_point_view(contact_point_id)
    if cp is None:
        raise FlyerProblem(f"unknown contact point {contact_point_id!r}")
    if services.contact_point_place(contact_point_id) is None:
        raise FlyerProblem(
            f"contact point {contact_point_id!r} has no place (postal code, city or coordinates), "
            "so its link could not start the bot in its region"
        )
    try:
        page = lay_out(flyer_content(cp, langs, bot_username, services.resources), size)
    except (DoesNotFit, ValueError) as exc:
        raise FlyerProblem(f"{contact_point_id}: {exc}") from None
    if fmt == "svg":
        return svg_text(page).encode("utf-8")
    pdf = pdf_bytes(page)
    return png_bytes(pdf) if fmt == "png" else pdf
