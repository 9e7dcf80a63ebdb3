"""Six languages: complete catalogs, no German in other languages, per-person locales."""

from __future__ import annotations

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from babel.messages.pofile import read_po

from bot.paths import LOCALES, ROOT
from bot.render import FSI, PDI, render_text
from dialogs import messages
from dialogs.machine import step
from dialogs.model import LANGUAGES, Choice, Command, Msg, Reply, Start, State, Text
from dialogs.views import WeeklyHours

TRANSLATED = [lang for lang in LANGUAGES if lang != "de"]
PLACEHOLDER = re.compile(r"\{(\w+)\}")
GLOSS = re.compile(r"\(Kontaktstellen?\)")  # the German word beside a translation, to know it on the door and flyer
GERMAN_WORDS = {
    "und",
    "nicht",
    "ich",
    "du",
    "dir",
    "bitte",
    "gruppe",
    "gruppen",
    "kontaktstelle",
    "oder",
    "für",
    "mit",
    "wähle",
    "zurück",
    "suche",
    "thema",
    "deine",
    "deinen",
}


def source_msgids() -> set:
    return {value for name, value in vars(messages).items() if name.isupper() and isinstance(value, str | tuple)}


def catalog(lang: str):
    with (LOCALES / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
        return read_po(f, locale=lang)


def test_template_matches_the_code(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "N_",
            "-k",
            "Nn_:1,2",
            "--no-default-keywords",
            "-o",
            str(tmp_path / "fresh.pot"),
            ".",
        ],
        capture_output=True,
        cwd=ROOT,
        check=True,
    )
    with (tmp_path / "fresh.pot").open("rb") as fresh, (LOCALES / "messages.pot").open("rb") as committed:
        assert {m.id for m in read_po(fresh)} == {m.id for m in read_po(committed)}, "run pybabel extract (README)"
    with (tmp_path / "fresh.pot").open("rb") as fresh:
        assert {m.id for m in read_po(fresh) if m.id} == source_msgids()


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalog_is_complete_and_keeps_placeholders(lang):
    entries = {m.id: m for m in catalog(lang) if m.id}
    for msgid in source_msgids():
        entry = entries.get(msgid)
        assert entry is not None, (lang, msgid)
        assert not entry.fuzzy, (lang, msgid)
        forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        assert all(form.strip() for form in forms), (lang, msgid)
        expected = set(PLACEHOLDER.findall(msgid if isinstance(msgid, str) else msgid[1]))
        if isinstance(msgid, str):
            assert set(PLACEHOLDER.findall(forms[0])) == expected, (lang, msgid)
        else:
            assert all(set(PLACEHOLDER.findall(form)) <= expected for form in forms), (lang, msgid)
            assert set(PLACEHOLDER.findall(forms[-1])) == expected, (lang, msgid)


def test_plural_forms_follow_each_language():
    header = messages.RESULTS_HEADER
    texts = {n: render_text(Reply((Msg(header[0], {"n": n}, header[1], n),)), "ru") for n in (1, 2, 5)}
    assert texts[1].endswith("группу:") and texts[2].endswith("группы:") and texts[5].endswith("групп:")
    assert render_text(Reply((Msg(header[0], {"n": 2}, header[1], 2),)), "ar") == "وجدت مجموعتين مناسبتين:"


def conversation_texts(lang: str, services) -> list[str]:
    texts = []
    state = State()
    script = [
        Start("cp-demo-leipzig", lang),
        Choice("lang", lang),  # chosen: a German crisis message below would otherwise be answered in German
        Text("Alkohol"),
        Choice("role", "relative"),
        Text("04109"),
        Choice("group", "demo-leipzig-2"),
        Choice("list"),
        Choice("more"),
        Command("help"),
        Command("privacy"),
        Text("ich will nicht mehr leben"),
        Choice("continue"),
        Choice("restart"),
        Choice("browse"),
        Choice("category", "sucht"),
        Choice("back"),
        Text("qwertzuiop"),
        Command("language"),
        Choice("lang", lang),
        Command("delete"),
    ]
    for event in script:
        new, replies = step(state, event, services)
        state = new or State(lang=lang)
        for reply in replies:
            texts.append(render_text(reply, lang))
            texts.extend(render_text(Reply((b.label,)), lang) for row in reply.buttons for b in row)
    return texts


def proper_names(services) -> list[str]:
    """Values that stay German in every language: names, addresses, German topic names of groups."""
    names = []
    for group in services.index.groups:
        names += [group.name, group.schedule, group.description]
    for cp in services.index.contact_points:
        names += [cp.name, cp.street, cp.opening_hours, cp.phone, cp.city]
    names += [r.name for r in services.resources.resources.values()]
    return sorted((n for n in names if n), key=len, reverse=True)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_german_leaks_into_other_languages(lang, demo_runtime):
    services = demo_runtime.services
    names = proper_names(services)
    for text in conversation_texts(lang, services):
        text = GLOSS.sub(" ", re.sub(f"{FSI}.*?{PDI}", " ", text))
        for name in names:
            text = text.replace(name, " ")
        words = set(re.findall(r"\w+", text.casefold()))
        assert not words & GERMAN_WORDS, (lang, words & GERMAN_WORDS, text)


def test_arabic_isolates_german_names_and_numbers(demo_runtime):
    texts = conversation_texts("ar", demo_runtime.services)
    detail = next(t for t in texts if "Beispielstraße" in t)
    assert f"{FSI}Beispielstraße 1 (Demo), 04109 Leipzig{PDI}" in detail


def test_arabic_marks_each_value_once_and_uses_arabic_punctuation(demo_runtime):
    """A contact point's hours and languages too: each value isolated once (marks doubled show as boxes in some
    clients), lists and days apart with Arabic words and signs, never a Latin comma in the Arabic sentence."""
    texts = conversation_texts("ar", demo_runtime.services)
    detail = next(t for t in texts if "Beispielstraße" in t)
    assert f"{FSI}10:00–12:00{PDI}؛ " in detail and "الألمانية والإنجليزية" in detail
    for text in texts:
        assert not re.search(f"[{FSI}{PDI}\u200e\u200f]{{2}}", text), text
        assert not re.search("[,;]", re.sub(f"{FSI}.*?{PDI}", "", text)), text


def test_concurrent_people_keep_their_own_language(demo_runtime):
    services = demo_runtime.services

    def talk(lang: str) -> list[str]:
        return conversation_texts(lang, services)

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = dict(zip(LANGUAGES * 3, pool.map(talk, LANGUAGES * 3), strict=True))
    assert "Wähle" not in " ".join(results["en"]) and "Choose" in " ".join(results["en"])
    assert "Oder teile" not in " ".join(results["tr"])
    assert results["de"][0].startswith("Hallo!") and results["uk"][0].startswith("Привіт!")


def test_opening_hours_use_the_persons_weekday_names():
    hours = WeeklyHours(((1, ("10:00–12:00",)), (3, ("14:00–18:00", Msg(messages.HOURS_BY_APPOINTMENT)))))
    shown = {lang: render_text(Reply((Msg(messages.CP_HOURS, {"hours": hours}),)), lang) for lang in LANGUAGES}
    assert "Di." in shown["de"] and "Tue" in shown["en"] and "вт" in shown["uk"] and "Sal" in shown["tr"]
    assert "nach Vereinbarung" in shown["de"] and "by appointment" in shown["en"]
    assert "Vereinbarung" not in shown["ru"] + shown["uk"] + shown["tr"] + shown["ar"]
    assert f"{FSI}10:00–12:00{PDI}" in shown["ar"]


# Each language names the self-help contact point with one term (German: Kontaktstelle), and never with another
# a reader could take for a second kind of office; Turkish glosses it "(Kontaktstelle)" where a name follows.
CONTACT_POINT_TERM = {
    "en": (r"contact points?", r"contact (office|centre|center)|advice cent"),
    "tr": (r"danışma merkez", r"irtibat|iletişim (merkez|nokta)|temas noktas"),
    "ru": (r"контактн\w* центр", r"контактн\w* пункт|консультац\w* центр"),
    "uk": (r"контактн\w* центр", r"контактн\w* пункт|консультац\w* центр"),
    "ar": (r"مر(كز|اكز) (ال)?تواصل", r"مكتب (ال)?اتصال|نقط\w* (ال)?(اتصال|تواصل)"),
}


@pytest.mark.parametrize("lang", TRANSLATED)
def test_one_word_for_the_contact_point(lang):
    term, others = (re.compile(p, re.IGNORECASE) for p in CONTACT_POINT_TERM[lang])
    for entry in catalog(lang):
        msgid = entry.id if isinstance(entry.id, str) else entry.id[0]
        forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        for form in forms:
            assert not others.search(form), (lang, form)
            if "Kontaktstelle" in msgid:
                assert term.search(form), (lang, msgid, form)
