"""A laid-out flyer as a vector PDF (fpdf2, fonts embedded as subsets, text shaped by HarfBuzz),
and as PNG rendered from that PDF (PDFium), so the picture is exactly what prints."""

from __future__ import annotations

import io
import logging

import pypdfium2 as pdfium
from fpdf import FPDF

from bot.outreach.fonts import FACES, PT_TO_MM, face_for
from bot.outreach.layout import Box, Page, QrCode, TextLine

PNG_DPI = 150
logging.getLogger("fontTools").setLevel(logging.WARNING)  # fpdf2's subsetting: some 50 lines a flyer, in the bot's log


def pdf_bytes(page: Page) -> bytes:
    pdf = FPDF(unit="mm", format=(page.width, page.height))
    pdf.set_margin(0)
    pdf.c_margin = 0
    pdf.set_auto_page_break(False)
    pdf.set_title(page.title)
    pdf.set_lang(page.lang)
    pdf.set_creator("Selbsthilfe-Lotse")
    for face in FACES:
        pdf.add_font(face.family, "B" if face.bold else "", face.path)
    pdf.set_text_shaping(True, features={"liga": False})
    pdf.add_page()
    for item in page.items:
        if isinstance(item, Box):
            pdf.set_fill_color(item.color)
            pdf.rect(item.x, item.y, item.w, item.h, style="F", round_corners=True, corner_radius=item.radius)
        elif isinstance(item, QrCode):
            _qr(pdf, item)
        else:
            _line(pdf, item)
    return bytes(pdf.output())


def png_bytes(pdf: bytes, dpi: int = PNG_DPI) -> bytes:
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=dpi / 72).to_pil()
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=True, dpi=(dpi, dpi))
        return out.getvalue()
    finally:
        document.close()


def _line(pdf: FPDF, line: TextLine) -> None:
    face = face_for(line.text, line.bold)
    pdf.set_font(face.family, "B" if face.bold else "", line.size)
    pdf.set_text_color(line.color)
    height = line.size * PT_TO_MM
    pdf.set_xy(line.x, line.baseline - 0.8 * height)  # fpdf2 sets the baseline 0.8 of the size below the top
    pdf.cell(line.width, height, line.text)


def _qr(pdf: FPDF, code: QrCode) -> None:
    pdf.set_fill_color("#000000")
    m = code.module
    x0, y0 = code.x + 4 * m, code.y + 4 * m
    for row, col, length in code.runs:
        pdf.rect(x0 + col * m, y0 + row * m, length * m + 0.01, m + 0.01, style="F")  # overlap: no hairline gaps
