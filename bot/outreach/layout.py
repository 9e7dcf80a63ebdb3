"""Where everything goes on the page: a flyer's content set into lines and boxes, in millimetres.

One design for A6, A5 and A4, scaled with the page width, so a poster is the handout enlarged.
Top to bottom: the name on a dark band; three lines per language (two columns when one does not
fit); the QR code beside the call to scan, the link and the contact point; the crisis numbers on a
light red band at the foot. The text size is the largest that fits, from 11 pt (scaled) down to
9 pt; what does not fit at 9 pt is refused rather than set smaller.

The QR code keeps the four-module quiet zone of ISO/IEC 18004 free of everything else; on A6 it is
40 mm wide with that zone (0.9 mm per module), 80 mm on an A4 poster: scannable from
40 cm and 80 cm, about ten times its width. Its error correction is
at least Q (25 % of the code may be dirty or torn, as posters in waiting rooms get).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import segno

from bot.outreach.flyer import Flyer
from bot.outreach.fonts import ARABIC, PT_TO_MM, face_for, text_width
from bot.outreach.kit import SIZES

MIN_PT = 9.0
QUIET_ZONE = 4  # modules, as ISO/IEC 18004 asks for QR codes

WHITE = "#ffffff"
INK = "#1d2327"
BAND = "#0b4f5c"  # the name band and headings
CRISIS_BAND = "#fbe4e1"
CRISIS_INK = "#8a1c12"

Align = Literal["left", "right"]


class DoesNotFit(ValueError):
    """The text does not fit the page at the smallest size we print."""


class _Overflow(Exception):
    """A word wider than its column."""


@dataclass(frozen=True)
class TextLine:
    text: str
    x: float  # left edge of the set line
    baseline: float
    width: float
    size: float  # points
    bold: bool
    color: str
    background: str  # what the line is printed on (for the contrast check)
    lang: str

    @property
    def rtl(self) -> bool:
        """Right to left when its first strong letter is (Unicode bidi rules P2, P3; isolates skipped)."""
        depth = 0
        for char in self.text:
            if char in "\u2066\u2067\u2068":
                depth += 1
            elif char == "\u2069":
                depth = max(0, depth - 1)
            elif depth == 0 and char.isalpha():
                return bool(ARABIC.match(char))
        return False


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    color: str
    radius: float


@dataclass(frozen=True)
class QrCode:
    """Dark modules as (row, first column, run length) in a square of `modules` with `module` mm each;
    (x, y) is the corner of the quiet zone, `side` includes it."""

    x: float
    y: float
    side: float
    modules: int
    runs: tuple[tuple[int, int, int], ...]
    error: str

    @property
    def module(self) -> float:
        return self.side / (self.modules + 2 * QUIET_ZONE)


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    lang: str
    title: str
    items: tuple[TextLine | Box | QrCode, ...]

    @property
    def lines(self) -> list[TextLine]:
        return [item for item in self.items if isinstance(item, TextLine)]


def qr_code(link: str) -> segno.QRCode:
    return segno.make_qr(link, error="q")


def lay_out(flyer: Flyer, size: str) -> Page:
    """The flyer on the page at the largest text size that fits."""
    width, height = SIZES[size]
    scale = width / SIZES["a6"][0]
    code = qr_code(flyer.link)
    top_pt = 11.0 * scale
    steps = int((top_pt - MIN_PT) / 0.25)
    for body in (top_pt - 0.25 * i for i in range(steps + 1)):
        for columns in (1, 2) if len(flyer.pitches) > 1 else (1,):
            try:
                items = _try(flyer, width, height, scale, body, columns, code)
            except _Overflow:
                continue
            if items is not None:
                return Page(width, height, flyer.lang, flyer.title, tuple(items))
    raise DoesNotFit(
        f"{len(flyer.pitches)} languages do not fit on {size.upper()} with text of {MIN_PT:g} pt or more: "
        "choose fewer with --lang or a larger --size"
    )


@dataclass
class _Cursor:
    """Sets lines top-down into a column; keeps what it set."""

    x: float
    width: float
    y: float
    align: Align
    background: str
    items: list

    def line(self, text: str, size: float, bold: bool, color: str, lang: str) -> None:
        face = face_for(text, bold)
        leading = size * PT_TO_MM * (1.45 if face.family == "FlyerArabic" else 1.25)
        for part in _wrap(text, face, size, self.width):
            w = text_width(part, face, size)
            if w > self.width:
                raise _Overflow(part)
            x = self.x + self.width - w if self.align == "right" else self.x
            self.items.append(
                TextLine(part, x, self.y + size * PT_TO_MM * 1.02, w, size, bold, color, self.background, lang)
            )
            self.y += leading

    def space(self, mm: float) -> None:
        self.y += mm


def _try(flyer: Flyer, width: float, height: float, scale: float, body: float, columns: int, code) -> list | None:
    margin, gap, pad = 6 * scale, 3.5 * scale, 3 * scale
    inner = width - 2 * margin
    align: Align = "right" if flyer.rtl else "left"
    items: list = []

    # the name band
    band = _Cursor(margin + pad, inner - 2 * pad, margin + pad * 0.8, align, BAND, [])
    band.line(flyer.title, max(body * 2, 20 * scale), True, WHITE, "de")
    band_h = band.y - margin + pad * 0.4
    items.append(Box(margin, margin, inner, band_h, BAND, 2.5 * scale))
    items += band.items
    y = margin + band_h + gap

    # three lines per language
    col_gap = 5 * scale
    col_w = (inner - col_gap * (columns - 1)) / columns
    per_column = -(-len(flyer.pitches) // columns)
    bottoms = []
    for c in range(columns):
        col = _Cursor(margin + c * (col_w + col_gap), col_w, y, align, WHITE, items)
        for pitch in flyer.pitches[c * per_column : (c + 1) * per_column]:
            col.align = "right" if pitch.rtl else "left"
            for i, text in enumerate(pitch.lines):
                col.line(text, body, i == 0, BAND if i == 0 else INK, pitch.lang)
            col.space(body * PT_TO_MM * 0.7)
        bottoms.append(col.y)
    y = max(bottoms) + gap * 0.5

    # the crisis band at the foot, measured first
    crisis = _Cursor(margin + pad, inner - 2 * pad, 0.0, align, CRISIS_BAND, [])
    crisis.line(flyer.crisis_heading, body, True, CRISIS_INK, flyer.lang)
    for text in flyer.crisis_lines:
        crisis.line(text, body, False, INK, flyer.lang)
    crisis_h = crisis.y + pad * 1.2
    crisis_top = height - margin - crisis_h

    # the QR code with the call to scan, the link and the contact point beside it
    side = 40 * scale
    module = side / (len(code.matrix) + 2 * QUIET_ZONE)
    quiet = QUIET_ZONE * module
    qr_x = width - margin - side + quiet if flyer.rtl else margin - quiet  # the quiet zone may lie in the margin
    text_x = margin + side - quiet + gap if not flyer.rtl else margin
    text_w = inner - (side - quiet) - gap
    beside = _Cursor(text_x, text_w, y + quiet, align, WHITE, [])
    _contact(beside, flyer, body)
    if beside.y <= y + side - quiet:
        block_bottom = y + side
        items += beside.items
    else:  # too long beside the code: the contact point goes below it
        beside = _Cursor(text_x, text_w, y + quiet, align, WHITE, [])
        _scan(beside, flyer, body)
        below = _Cursor(margin, inner, max(beside.y, y + side), align, WHITE, [])
        _contact_point(below, flyer, body)
        block_bottom = below.y
        items += beside.items + below.items
    if block_bottom > crisis_top - gap * 0.5:
        return None
    items.append(QrCode(qr_x, y, side, len(code.matrix), _runs(code.matrix), code.error.upper()))
    items.append(Box(margin, crisis_top, inner, crisis_h, CRISIS_BAND, 2.5 * scale))
    items += [_moved(line, crisis_top + pad) for line in crisis.items]
    return items


def _contact(cursor: _Cursor, flyer: Flyer, body: float) -> None:
    _scan(cursor, flyer, body)
    cursor.space(body * PT_TO_MM * 0.9)
    _contact_point(cursor, flyer, body)


def _scan(cursor: _Cursor, flyer: Flyer, body: float) -> None:
    cursor.line(flyer.scan, body, True, BAND, flyer.lang)
    cursor.line(flyer.link.removeprefix("https://"), body, False, INK, flyer.lang)


def _contact_point(cursor: _Cursor, flyer: Flyer, body: float) -> None:
    cursor.line(flyer.contact_heading, body, False, INK, flyer.lang)
    name, *rest = flyer.contact_lines
    cursor.line(name, body, True, INK, flyer.lang)
    for text in rest:
        cursor.line(text, body, False, INK, flyer.lang)


def _moved(line: TextLine, dy: float) -> TextLine:
    return TextLine(
        line.text, line.x, line.baseline + dy, line.width, line.size, line.bold, line.color, line.background, line.lang
    )


def _wrap(text: str, face, size: float, width: float) -> list[str]:
    """Greedy line breaking at spaces, never inside a phone number ('0800 111 0 111') nor before
    a '·'; a link breaks before its '?'."""
    words = text.replace("?", " ?").split(" ") if text.startswith("t.me/") else text.split(" ")
    units: list[str] = []
    for word in words:
        if units and (units[-1][-1:].isdigit() and word[:1].isdigit() or word == "·"):
            units[-1] += f" {word}"
        else:
            units.append(word)
    lines: list[str] = []
    for unit in units:
        candidate = f"{lines[-1]}{'' if unit.startswith('?') else ' '}{unit}" if lines else unit
        if lines and text_width(candidate, face, size) <= width:
            lines[-1] = candidate
        else:
            lines.append(unit)
    return lines


def _runs(matrix) -> tuple[tuple[int, int, int], ...]:
    """Horizontal runs of dark modules: a few hundred rectangles instead of a thousand squares."""
    runs = []
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return tuple(runs)
