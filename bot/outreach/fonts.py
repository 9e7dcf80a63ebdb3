"""The flyer's typefaces and how wide a line set in them is.

PT Sans (ParaType, made for Latin and Cyrillic, Turkish included) and IBM Plex Sans Arabic come as
Python packages (fontpkg), so `pip install` brings them and nothing is downloaded at run time. Both
are static fonts: variable ones (Noto Sans) took 13–28 s per weight to instance. IBM Plex Sans
Arabic draws each letter form as one glyph, so a PDF's text layer reads back as the Arabic that was
written (Noto Sans/Kufi Arabic build letters from a body and separate dots, which text extraction
turns into stray characters).

Widths come from HarfBuzz, the shaping engine fpdf2 and browsers use, so a line measured here is
as wide in the PDF and the SVG.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import fontpkg
import uharfbuzz as hb
from fontTools import subset
from fontTools.ttLib import TTFont

PT_TO_MM = 25.4 / 72
ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


@dataclass(frozen=True)
class Face:
    family: str  # our name for it in the PDF and the SVG
    package_family: str
    bold: bool

    @property
    def path(self) -> Path:
        return fontpkg.path(self.package_family, weight=700 if self.bold else 400)


LATIN = Face("FlyerSans", "PT Sans", False)
LATIN_BOLD = Face("FlyerSans", "PT Sans", True)
ARABIC_REGULAR = Face("FlyerArabic", "IBM Plex Sans Arabic", False)
ARABIC_BOLD = Face("FlyerArabic", "IBM Plex Sans Arabic", True)
FACES = (LATIN, LATIN_BOLD, ARABIC_REGULAR, ARABIC_BOLD)


def face_for(text: str, bold: bool) -> Face:
    """A line with Arabic letters is set in the Arabic face (which has Latin digits and letters too)."""
    if ARABIC.search(text):
        return ARABIC_BOLD if bold else ARABIC_REGULAR
    return LATIN_BOLD if bold else LATIN


@lru_cache(maxsize=1 << 16)
def text_width(text: str, face: Face, size_pt: float) -> float:
    """Width in mm of one shaped line."""
    font, upem = _hb_font(face)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {"kern": True, "liga": True})
    return sum(p.x_advance for p in buffer.glyph_positions) / upem * size_pt * PT_TO_MM


def subset_woff(face: Face, text: str) -> bytes:
    """The face cut down to what `text` needs, contextual letter forms included, as WOFF for an SVG."""
    font = TTFont(face.path)
    options = subset.Options()
    options.layout_features = ["*"]
    options.flavor = "woff"
    options.drop_tables += ["meta"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


@lru_cache(maxsize=len(FACES))
def _hb_font(face: Face) -> tuple[hb.Font, int]:
    blob = hb.Blob.from_file_path(str(face.path))
    hb_face = hb.Face(blob)
    return hb.Font(hb_face), hb_face.upem
