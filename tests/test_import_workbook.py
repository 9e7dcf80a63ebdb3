"""`python -m bot import FILE.xlsx` and `export -o FILE.xlsx`: a contact point's own workbook, all or nothing."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from bot.directory.import_format import _boolean, read_data
from bot.directory.workbook import cell_text
from tests.cli import run_cli
from tests.databases import SQLITE_ONLY
from tests.test_import import CP, GROUP, snapshot, write

CP_HEADER = ["Nr", "Bezeichnung", "Straße", "PLZ", "Ort", "Telefon", "E-Mail", "Breitengrad", "Längengrad"]
GROUP_HEADER = ["Nr", "Bezeichnung", "Themen", "Zielgruppe", "Kontaktstelle", "PLZ", "Ort", "Online", "Treffen"]


def office_workbook(path, cps=None, groups=None, title=True) -> str:
    """A workbook as an office keeps it: a title row, German headers, a postal code column formatted as a
    number ("00000", as Excel's special format shows 01067), a blank row between records, booleans, a time."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Kontaktstellen"
    if title:
        sheet.append(["Selbsthilfe-Kontaktstellen Sachsen, Stand 1.12.2026"])
        sheet.append([])
    sheet.append(CP_HEADER)
    for row in cps or [["cp2", "KISS Dresden", "Industriestraße 21", 1067, "Dresden", "0351 2", "kiss@example.org"]]:
        sheet.append(row)
    for cell in sheet["D"]:
        if isinstance(cell.value, int):
            cell.number_format = "00000"
    groups_sheet = book.create_sheet("Gruppen")
    groups_sheet.append(GROUP_HEADER)
    for row in groups or [
        ["g2", "Depression und Angst", "Depression; Angst", "Betroffene", "cp2", 1067, "Dresden", True, "Mittwoch"],
        [],
        ["g3", "Angehörige psychisch Kranker", "Psychose", "Angehörige", "cp2", None, None, "x", time(18, 30)],
    ]:
        groups_sheet.append(row)
    for cell in groups_sheet["F"]:
        if isinstance(cell.value, int):
            cell.number_format = "00000"
    book.save(path)
    return str(path)


@pytest.fixture
def db(database_url, import_directory) -> str:
    return import_directory(database_url, {"contact_points": [CP], "groups": [GROUP]})


def test_an_office_workbook_imports_and_its_groups_are_found(tmp_path, db):
    done = run_cli("import", office_workbook(tmp_path / "verzeichnis.xlsx"), db=db)
    assert done.returncode == 0, done.stderr
    assert "imported 1 contact points and 2 groups" in done.stdout
    found = json.loads(run_cli("search", "Depressionen", "--where", "01067", "--json", db=db).stdout)
    group = found["groups"][0]
    assert group["id"] == "g2" and group["online"] is True and group["contact_point"]["id"] == "cp2"
    exported = tmp_path / "export.json"
    assert run_cli("export", "-o", str(exported), db=db).returncode == 0
    directory = json.loads(exported.read_text(encoding="utf-8"))
    cp2 = next(cp for cp in directory["contact_points"] if cp["id"] == "cp2")
    assert cp2["postal_code"] == "01067" and cp2["lat"] == pytest.approx(51.05, abs=0.1)
    g3 = next(g for g in directory["groups"] if g["id"] == "g3")
    assert g3["schedule"] == "18:30" and g3["online"] is True and g3["audience"] == "relatives"


def test_a_workbook_mixed_with_json_and_csv(tmp_path, db):
    more = write(tmp_path / "more.json", {"groups": [{**GROUP, "id": "g9", "contact_point": "cp2"}]})
    csv = tmp_path / "more.csv"
    csv.write_text("id;name;kontaktstelle;themen\ng8;Trauercafé;cp2;Trauer\n", encoding="utf-8")
    done = run_cli("import", office_workbook(tmp_path / "v.xlsx", title=False), more, str(csv), db=db)
    assert done.returncode == 0, done.stderr
    assert "imported 1 contact points and 4 groups" in done.stdout


def test_export_to_a_workbook_and_import_it_again_gives_the_same_directory(tmp_path, db):
    hours = {"Dienstag": ["09:00–11:30"], "thu": "nach Vereinbarung"}
    cp3 = {**CP, "id": "cp3", "lat": 51.05, "lon": 13.74, "opening_hours": hours, "languages": ["uk"]}
    directory = {
        "contact_points": [cp3],
        "groups": [
            {**GROUP, "id": "g5", "contact_point": "cp3", "online": True, "languages": ["de", "en"]},
            {**GROUP, "id": "g6", "schedule": {"day": "Montag", "weeks": [1, 3], "time": "18.30 Uhr"}},
            {**GROUP, "id": "g7", "postal_code": "01067", "city": "Dresden", "description": "Zeile 1\nZeile 2"},
        ],
    }
    assert run_cli("import", write(tmp_path / "more.json", directory), db=db).returncode == 0
    book = tmp_path / "verzeichnis.xlsx"
    done = run_cli("export", "-o", str(book), db=db)
    assert done.returncode == 0, done.stderr
    assert load_workbook(book).sheetnames == ["contact_points", "groups"]
    again = f"sqlite:///{tmp_path}/again.sqlite3"
    assert run_cli("migrate", db=again).returncode == 0
    done = run_cli("import", str(book), db=again)
    assert done.returncode == 0, done.stderr
    for url, name in ((db, "first.json"), (again, "again.json")):
        assert run_cli("export", "-o", str(tmp_path / name), db=url).returncode == 0
    first, second = ((tmp_path / name).read_text(encoding="utf-8") for name in ("first.json", "again.json"))
    assert json.loads(first) == json.loads(second)
    assert json.loads(first)["groups"]  # not two empty directories


def workbook_bytes(rows_by_sheet: dict[str, list[list]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in rows_by_sheet.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


GOOD_CPS = [["id", "name"], ["cp5", "Neu"]]


def encrypted_workbook() -> bytes:
    """What Excel writes for a password-protected workbook: an OLE2 compound file holding the encrypted package."""
    names = "".join(f"{n}\0" for n in ("EncryptionInfo", "EncryptedPackage")).encode("utf-16-le")
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + names + bytes(1024)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            {"Kontaktstellen": GOOD_CPS, "Gruppen": [GROUP_HEADER, ["g9", "x", "", "", "cp1", "", "", "vielleicht"]]},
            "bad.xlsx: sheet 'Gruppen': row 2 (id 'g9'): field 'online' must be true or false",
        ),
        (
            {"Gruppen": [["Gruppen 2026"], [], GROUP_HEADER, [], ["g9", "x", "Sucht", "Kinder", "cp1"]]},
            "bad.xlsx: sheet 'Gruppen': row 5 (id 'g9'): field 'audience'",
        ),
        ({"Tabelle1": [CP_HEADER, ["c9", "x", None, None, None, None, None, "Nord"]]}, "row 2 (id 'c9'): field 'lat'"),
        ({"Tabelle1": [["id", "name", "Bemerkung"], ["c9", "x", "y"]]}, "'Tabelle1': unknown column(s) ['Bemerkung']"),
        ({"Tabelle1": [["id", "name"], ["c9", "x", None, "verrutscht"]]}, "sheet 'Tabelle1': row 2: column D has"),
        ("error cell", "sheet 'Tabelle1': row 2: field 'name': the cell shows the Excel error #DIV/0!"),
        ({"Tabelle1": [["id", "name"], [None, "ohne Nummer"]]}, "sheet 'Tabelle1': row 2: field 'id' is missing"),
        ({"Notizen": [["Anrufen: Frau M."], ["bis Freitag"], ["id fehlt"]]}, "sheet 'Notizen': the header row needs"),
        ({"Tabelle1": [], "Tabelle2": []}, "no sheet holds contact points or groups (sheets: 'Tabelle1', 'Tabelle2')"),
        (b"id;name\nc9;x\n", "not an Excel workbook"),
        (encrypted_workbook(), "password"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000), "Excel 97-2003"),
        (workbook_bytes({"Tabelle1": GOOD_CPS})[:900], "damaged"),
        (b"PK\x05\x06" + bytes(18), "not an Excel workbook"),
    ],
)
@SQLITE_ONLY  # every one of these fails while reading, before the database is written
def test_a_bad_workbook_changes_nothing_and_names_sheet_row_and_field(tmp_path, db, content, message):
    before = snapshot(db)
    bad = tmp_path / "bad.xlsx"
    if content == "error cell":
        content = error_cell_workbook()
    bad.write_bytes(content if isinstance(content, bytes) else workbook_bytes(content))
    good = write(tmp_path / "good.json", {"contact_points": [{**CP, "id": "cp-new", "name": "Neu"}]})
    done = run_cli("import", good, str(bad), db=db)
    assert done.returncode == 2
    assert message in done.stderr and "bad.xlsx" in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1
    assert snapshot(db) == before


def error_cell_workbook() -> bytes:
    """A cell holding an Excel error (#DIV/0!), as Excel saves a formula's failed result."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Tabelle1"
    sheet.append(["id", "name"])
    sheet.append(["c9", "#DIV/0!"])
    sheet["B2"].data_type = "e"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@SQLITE_ONLY
def test_export_to_a_folder_that_does_not_exist_is_bad_input(tmp_path, db):
    done = run_cli("export", "-o", str(tmp_path / "nowhere" / "x.xlsx"), db=db)
    assert done.returncode == 2 and "cannot write" in done.stderr


# --- the cell normaliser: a cell as Excel stores it -> the text the CSV reader would have read


@given(st.integers(min_value=0, max_value=99999))
def test_a_postal_code_stored_as_a_number_reads_as_excel_shows_it(code):
    assert cell_text(code, "00000") == f"{code:05d}"
    assert cell_text(float(code), "00000") == f"{code:05d}"
    assert cell_text(code, "General") == str(code) == cell_text(float(code), "General")


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_a_whole_number_reads_without_a_decimal_point(number):
    assert cell_text(number) == str(number) == cell_text(float(number))


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-180, max_value=180))
def test_a_coordinate_reads_as_the_same_number(value):
    assert float(cell_text(value)) == value


@given(st.booleans())
def test_a_boolean_reads_as_the_same_boolean(value):
    assert _boolean(cell_text(value), "w") is value


@given(st.sampled_from([None, "", " ", "\t", "  \n"]))
def test_a_blank_cell_reads_as_nothing(value):
    assert cell_text(value).strip() == ""


def test_dates_and_times_read_as_an_office_writes_them():
    assert cell_text(time(18, 30)) == "18:30"
    assert cell_text(date(2026, 12, 9)) == "09.12.2026"
    assert cell_text(datetime(2026, 12, 9, 18, 0)) == "09.12.2026 18:00"
    assert cell_text(datetime(2026, 12, 9)) == "09.12.2026"


BLANK = st.sampled_from([None, "", "  "])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1000, 99999), st.booleans(), st.integers(0, 2)), min_size=1, max_size=6),
    st.integers(0, 3),
)
def test_blank_rows_and_columns_between_records_are_skipped(records, trailing):
    """Groups with numeric postal codes and boolean online cells, blank rows between them, blank
    columns after them: each group read once, its postal code as the number Excel shows."""
    book = Workbook()
    sheet = book.active
    sheet.append(["id", "name", "contact_point", "postal_code", "online"] + [None] * trailing)
    for n, (code, online, blanks) in enumerate(records):
        sheet.append([f"g{n}", f"Gruppe {n}", "cp1", code, online] + [None] * trailing)
        sheet.cell(sheet.max_row, 4).number_format = "00000"
        for _ in range(blanks):
            sheet.append([None] * (5 + trailing))
    if trailing:
        sheet.cell(1, 5 + trailing).number_format = "0.00"  # a formatted but empty column, as Excel keeps it
    out = io.BytesIO()
    book.save(out)
    read = read_data("g.xlsx", out.getvalue())
    assert [(g["id"], g["postal_code"], g.get("online")) for g in read.groups] == [
        (f"g{n}", f"{code:05d}", online) for n, (code, online, _) in enumerate(records)
    ]
