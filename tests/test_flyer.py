"""The flyer kit: the QR code decodes to the contact point's deep link, the text layer holds the
Cyrillic and Arabic lines, every size and format writes a valid file, and the CLI refuses clearly."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from bot.outreach.flyer import flyer_content
from bot.outreach.kit import FlyerProblem, flyer_file
from bot.outreach.layout import MIN_PT, QUIET_ZONE, SIZES, Box, QrCode, TextLine, lay_out
from bot.outreach.pdf import pdf_bytes
from dialogs.model import LANGUAGES
from tests.cli import run_cli
from tests.fake_bot_api import FakeBotApi

BOT = "SelbsthilfeLotseBot"
CP = "demo-leipzig"
LINK = f"https://t.me/{BOT}?start=cp-{CP}"
CASES = [("a6", ("de", "ar")), ("a6", ("uk",)), ("a5", LANGUAGES), ("a4", LANGUAGES)]


def page_for(runtime, size, langs):
    cp = runtime.services.contact_point_view(CP)
    return lay_out(flyer_content(cp, langs, BOT, runtime.services.resources), size)


def decoded(image: Image.Image) -> list[str]:
    return [code.text for code in zxingcpp.read_barcodes(image) if code.format == zxingcpp.BarcodeFormat.QRCode]


@pytest.fixture(scope="module")
def pdfs(demo_runtime):
    return {(size, langs): pdf_bytes(page_for(demo_runtime, size, langs)) for size, langs in CASES}


@pytest.mark.parametrize(("size", "langs"), CASES)
def test_the_printed_code_opens_the_contact_points_link(pdfs, size, langs):
    document = pdfium.PdfDocument(pdfs[size, langs])
    image = document[0].render(scale=150 / 72).to_pil()
    suffix = f"_{langs[0]}" if len(langs) == 1 else ""
    assert decoded(image) == [LINK + suffix]


@pytest.mark.parametrize(("size", "langs"), CASES)
def test_the_page_is_printable(demo_runtime, size, langs):
    page = page_for(demo_runtime, size, langs)
    assert all(line.size >= MIN_PT for line in page.lines)
    assert all(_contrast(line.color, line.background) >= 4.5 for line in page.lines)  # WCAG AA
    (code,) = [item for item in page.items if isinstance(item, QrCode)]
    assert code.error in ("Q", "H") and code.module >= 0.85 * page.width / 105
    assert code.x >= 0 and code.x + code.side <= page.width and code.y + code.side <= page.height
    for item in page.items:  # nothing in the code or its quiet zone, nothing off the page
        if item is not code:
            assert not _overlaps(_rect(item), (code.x, code.y, code.side, code.side)), item
            x, y, w, h = _rect(item)
            assert x >= 0 and x + w <= page.width + 0.01 and y + h <= page.height, item
    assert QUIET_ZONE == 4


def test_the_text_layer_holds_the_cyrillic_and_arabic_lines(demo_runtime, pdfs):
    """PDF readers (PDFium, as in Chrome) put right-to-left lines into reading order letter by
    letter, which turns the letters inside one glyph (lam-alef, a letter with its vowel mark)
    around: Arabic words are compared by their letters, in their order on the line."""
    page = page_for(demo_runtime, "a4", LANGUAGES)
    text = pdfium.PdfDocument(pdfs["a4", LANGUAGES])[0].get_textpage().get_text_range()
    lines = text.splitlines()
    for line in page.lines:
        if line.lang in ("ru", "uk"):
            assert line.text in lines
        if line.lang == "ar":
            assert any(_words(line.text) == _words(extracted) for extracted in lines), line.text
    assert re.search("[а-яіїє]{5}", text) and re.search("[\u0627-\u064a]{5}", text)
    for number in ("0800 111 0 111", "116 123", "112"):  # from data/crisis/DE.yaml
        assert number in text


def test_fonts_are_embedded_and_text_is_vector(pdfs):
    pdf = pdfs["a6", ("de", "ar")]
    descriptors = pdf.count(b"/Type /FontDescriptor")
    assert descriptors >= 2 and pdf.count(b"/FontFile2") == descriptors
    assert b"/Subtype /Image" not in pdf


@pytest.mark.parametrize("fmt", ["pdf", "png", "svg"])
@pytest.mark.parametrize("size", sorted(SIZES))
def test_every_size_and_format_writes_a_valid_file(demo_runtime, size, fmt):
    langs = ("de", "tr") if size == "a6" else LANGUAGES
    data = flyer_file(demo_runtime.services, CP, langs, size, fmt, BOT)
    width, height = SIZES[size]
    if fmt == "pdf":
        w, h = pdfium.PdfDocument(data)[0].get_size()
        assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == (width, height)
    elif fmt == "png":
        image = Image.open(io.BytesIO(data))
        assert image.format == "PNG" and abs(image.width / image.height - width / height) < 0.01
        assert decoded(image) == [LINK]
    else:
        root = ET.fromstring(data)
        assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") == f"0 0 {width:g} {height:g}"
        assert b"@font-face" in data and b"Finde eine Selbsthilfegruppe" in data


def test_too_many_languages_for_a6_are_refused(demo_runtime):
    with pytest.raises(FlyerProblem, match="do not fit on A6"):
        flyer_file(demo_runtime.services, CP, LANGUAGES, "a6", "pdf", BOT)


def test_the_cli_asks_telegram_for_the_name_and_writes_one_flyer_per_contact_point(tmp_path):
    with FakeBotApi() as api:
        env = {"BOT_USERNAME": "", "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_BASE_URL": api.base_url}
        done = run_cli(
            "--demo",
            "flyer",
            "--all",
            "--size",
            "a5",
            "--format",
            "png",
            "-o",
            str(tmp_path / "out"),
            env=env,
            db=f"sqlite:///{tmp_path}/db.sqlite3",
        )
    assert done.returncode == 0, done.stderr
    assert "getMe" in api.calls
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(files) == 6 and "demo-leipzig.png" in files
    assert decoded(Image.open(tmp_path / "out" / "demo-leipzig.png")) == [
        "https://t.me/lotse_test_bot?start=cp-demo-leipzig"
    ]


@pytest.mark.parametrize(
    ("args", "env", "reason"),
    [
        (["--contact-point", "nope"], {"BOT_USERNAME": BOT}, "unknown contact point 'nope'"),
        (["--contact-point", CP], {"BOT_USERNAME": "", "TELEGRAM_BOT_TOKEN": ""}, "set BOT_USERNAME"),
        (["--contact-point", CP, "--lang", "de,xx"], {"BOT_USERNAME": BOT}, "--lang"),
    ],
)
def test_the_cli_refuses_in_one_line(tmp_path, args, env, reason):
    done = run_cli(
        "--demo", "flyer", *args, "-o", str(tmp_path / "f.pdf"), env=env, db=f"sqlite:///{tmp_path}/db.sqlite3"
    )
    assert done.returncode == 2
    assert reason in done.stderr and len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "f.pdf").exists()


def _words(text: str) -> list[str]:
    return ["".join(sorted(word)) for word in re.sub(r"[\u2066-\u2069]", "", text).split()]


def _rect(item) -> tuple[float, float, float, float]:
    if isinstance(item, Box):
        return item.x, item.y, item.w, item.h
    if isinstance(item, TextLine):
        em = item.size * 25.4 / 72
        return item.x, item.baseline - em, item.width, em * 1.25
    return item.x, item.y, item.side, item.side


def _overlaps(a, b) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _contrast(fg: str, bg: str) -> float:
    def luminance(color: str) -> float:
        channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
