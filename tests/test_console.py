"""`python -m bot chat`, piped, as the README's first command runs it."""

from __future__ import annotations

import io
import re

import pytest

from bot.console import run_console
from tests.cli import run_cli
from tests.databases import SQLITE_ONLY


def chat(database_url, script: str, *args: str) -> str:
    done = run_cli("--demo", "chat", *args, stdin=script, db=database_url)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_scripted_conversation_reaches_a_group_and_its_contact_point(database_url):
    out = chat(database_url, "Sucht\nIch bin Angehörige(r)\nLeipzig\n1\n")
    assert "Angehörige von Suchtkranken" in out
    assert "Kontaktstelle Leipzig" in out and "Telefon:" in out


def test_flyer_start_offers_the_contact_points_region(database_url):
    out = chat(database_url, "Depression\n1\nRegion von Leipzig\n", "--start", "cp-demo-leipzig")
    assert "[DEMO] Depression" in out


def test_crisis_from_the_middle_of_a_conversation(database_url):
    out = chat(database_url, "Alkohol\nich will nicht mehr leben\n1\n")
    crisis_at = out.index("0800 111 0 111")
    # on with alcohol: the despair's "ich" does not say whether the drinking is the writer's own
    assert out.index("Geht es um dich selbst", crisis_at) > crisis_at


@pytest.mark.parametrize(
    ("lang", "topic", "expected"),
    [
        ("ar", "إدمان الكحول", "للأقارب"),
        ("uk", "алкоголізм", "для близьких"),
        ("tr", "kumar bağımlılığı", "Spielsucht"),
        ("ru", "тревога", "Angst und Panik"),
        ("en", "my husband drinks", "for relatives"),
    ],
)
@SQLITE_ONLY  # the console keeps no state in the database: the other tests show both load the directory
def test_whole_conversation_in_other_languages(database_url, lang, topic, expected):
    out = chat(database_url, f"{topic}\n2\n04109\n1\n", "--lang", lang)
    assert expected in out


def test_after_a_crisis_reply_in_the_console_chat(database_url):
    """No --lang: a Russian crisis message is answered in Russian, its "да" with every line again
    (112 too); after "danke", "nummer nochmal" gives the numbers; an unread answer to the safety
    question asks it again."""
    out = chat(database_url, "не хочу больше жить\nда\n")
    assert "Похоже, тебе сейчас очень плохо" in out and out.count("Notruf: 112") == 2
    out = chat(database_url, "ich will mich umbringen\ndanke\nnummer nochmal\n")
    assert out.count("0800 111 0 111") == 2 and "kein Thema gefunden" not in out
    out = chat(database_url, "alles ist sinnlos\nweiss nicht genau\n")
    assert "Ich frage noch einmal" in out and "kein Thema gefunden" not in out


def test_nonsense_input_never_crashes(database_url):
    out = chat(database_url, "\n😀😀\n" + "x" * 4000 + "\n99\n/location 95 500\n/foo\n/start cp-../../\n/delete\n")
    assert "gelöscht" in out


def test_readme_diagram_is_drawn_from_the_transition_table():
    from tests.cli import ROOT

    done = run_cli("diagram")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() in (ROOT / "README.md").read_text(encoding="utf-8")


def console(services, script: str, lang: str = "de") -> str:
    """The console chat in this process, piped as in a terminal."""
    out = io.StringIO()
    run_console(services, lang, "", lambda reached: None, io.StringIO(script), out)
    return out.getvalue()


def turns(out: str) -> list[list[str]]:
    """The numbers shown after each line typed (the first: after the start)."""
    return [re.findall(r"^  \[(\d+)\]", turn, re.MULTILINE) for turn in re.split(r"^> .*$", out, flags=re.MULTILINE)]


def test_every_button_of_a_turn_has_its_own_number(demo_runtime):
    """A language switch beside the next question: both replies' buttons numbered once, each pressable by its
    number (the "1" typed is the way back to German, not the question's first button)."""
    out = console(demo_runtime.services, "my husband drinks\n1\n")
    assert all(len(numbers) == len(set(numbers)) for numbers in turns(out))
    assert turns(out)[1] == ["1", "2", "3", "4", "5"] and "  [1] Deutsch" in out
    assert "I will now write to you in English." in out and "Ich schreibe dir jetzt auf Deutsch." in out


def test_a_listed_groups_number_opens_it_on_a_later_page(directory_runtime):
    """Groups 4 and 5 on the second page: their buttons are [4] and [5], the page's others follow them, and the
    "4" typed opens group 4."""
    cp = {"id": "cp", "name": "KISS Leipzig", "postal_code": "04109", "city": "Leipzig", "phone": "0341 1"}
    groups = [
        {"id": f"g{n}", "name": f"Alkohol Gruppe {n}", "topics": ["Alkohol"], "contact_point": "cp", "city": "Leipzig"}
        for n in range(1, 6)
    ]
    services = directory_runtime({"contact_points": [cp], "groups": groups}).services
    out = console(services, "Alkohol, für mich, Leipzig\nWeitere Gruppen\n4\n")
    second = out.split("> Weitere Gruppen")[1].split("> 4")[0]
    assert "  [4] 4. Details" in second and "  [5] 5. Details" in second and "  [6] Zurück" in second
    assert all(len(numbers) == len(set(numbers)) for numbers in turns(out))
    shown = out.split("> 4")[1]
    assert "Zurück zur Liste" in shown and re.search(r"^Alkohol Gruppe (\d)$", shown, re.MULTILINE).group(1) == "4"
