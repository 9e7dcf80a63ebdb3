"""A laid-out flyer as SVG for websites: the same lines and boxes as the PDF, text kept as text
(selectable, read by screen readers) in the flyer's own faces, embedded as WOFF subsets, so the
browser shapes the Arabic with the same font and nothing is fetched."""

from __future__ import annotations

import base64
from collections import defaultdict
from xml.sax.saxutils import escape, quoteattr

from bot.outreach.fonts import PT_TO_MM, face_for, subset_woff
from bot.outreach.layout import QUIET_ZONE, Box, Page, QrCode, TextLine


def svg_text(page: Page) -> str:
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" '
        f'width="{page.width:g}mm" height="{page.height:g}mm" viewBox="0 0 {page.width:g} {page.height:g}" '
        f'lang="{page.lang}">',
        f"<title>{escape(page.title)}</title>",
        f"<style>{_font_faces(page)}</style>",
        f'<rect width="{page.width:g}" height="{page.height:g}" fill="#ffffff"/>',
    ]
    for item in page.items:
        if isinstance(item, Box):
            parts.append(
                f'<rect x="{item.x:.2f}" y="{item.y:.2f}" width="{item.w:.2f}" height="{item.h:.2f}" '
                f'rx="{item.radius:.2f}" fill="{item.color}"/>'
            )
        elif isinstance(item, QrCode):
            parts.append(_qr(item))
        else:
            parts.append(_line(item))
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _font_faces(page: Page) -> str:
    texts: dict = defaultdict(str)
    for line in page.lines:
        texts[face_for(line.text, line.bold)] += line.text
    return "".join(
        f"@font-face{{font-family:{face.family};font-weight:{700 if face.bold else 400};"
        f"src:url(data:font/woff;base64,{base64.b64encode(subset_woff(face, text)).decode()}) format('woff')}}"
        for face, text in texts.items()
    )


def _line(line: TextLine) -> str:
    face = face_for(line.text, line.bold)
    # a right-to-left line is anchored at its start, which is its right end
    x, direction = (line.x + line.width, ' direction="rtl"') if line.rtl else (line.x, "")
    return (
        f'<text x="{x:.2f}" y="{line.baseline:.2f}" font-family="{face.family}" '
        f'font-weight="{700 if line.bold else 400}" font-size="{line.size * PT_TO_MM:.3f}" '
        f'fill="{line.color}" xml:space="preserve"{direction}>{escape(line.text)}</text>'
    )


def _qr(code: QrCode) -> str:
    path = "".join(f"M{col},{row}h{length}v1h-{length}z" for row, col, length in code.runs)
    m = code.module
    return (
        f'<path transform="translate({code.x + QUIET_ZONE * m:.3f} {code.y + QUIET_ZONE * m:.3f}) scale({m:.5f})" '
        f'fill="#000000" d={quoteattr(path)}/>'
    )
