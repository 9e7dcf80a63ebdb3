"""Read and write the directory as an Excel workbook (.xlsx): a sheet of contact points, a sheet of groups.

Each sheet is read as a CSV file is (bot/directory/import_format.py, `read_table`: the same headers,
German or English, and the same validation), after its cells are turned into the text Excel shows:
a postal code stored as the number 1067 in a column formatted "00000" reads 01067, coordinates as
numbers, TRUE/FALSE as booleans, dates and times as an office writes them. Pure: bytes in, records out.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date, datetime, time, timedelta
from typing import Any

from bot.directory.import_format import CP_FIELDS, GROUP_FIELDS, ImportProblem, Records, field_name, read_table

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003, and any workbook encrypted with a password
MAX_UNPACKED_BYTES = 200 * 1024**2  # a directory of 100,000 groups unpacks to far less
TITLE_ROWS = 3  # at most this many one-cell rows (a title, a date) above the header
SHEETS = {"contact_points": CP_FIELDS, "groups": GROUP_FIELDS}  # as the export writes them
_ZEROS = re.compile(r"0+")


def is_workbook(path: str, data: bytes) -> bool:
    return path.lower().endswith((".xlsx", ".xlsm")) or data.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC, OLE2_MAGIC))


def cell_text(value: Any, number_format: str = "General") -> str:
    """A cell's value as the text the CSV reader would have read: what Excel shows, less its decoration."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        zeros = _ZEROS.fullmatch(number_format or "")
        return str(value).zfill(len(zeros.group())) if zeros and value >= 0 else str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y") if value.time() == time() else value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):
        minutes = round(value.total_seconds() / 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    return str(value)


def read_workbook(path: str, data: bytes) -> Records:
    """Every sheet that holds something, each read as a CSV file is; all or nothing."""
    book = _open(path, data)
    records = Records([], [])
    try:
        for sheet in book.worksheets:
            found = _read_sheet(f"{path}: sheet '{sheet.title}'", sheet)
            if found is not None:
                records.contact_points += found.contact_points
                records.groups += found.groups
    finally:
        book.close()
    if not records.contact_points and not records.groups:
        names = ", ".join(f"'{sheet.title}'" for sheet in book.worksheets)
        raise ImportProblem(
            f"{path}: no sheet holds contact points or groups (sheets: {names}); expected a sheet with a header "
            "row such as id, name, ... (the export's sheets are 'contact_points' and 'groups')"
        )
    return records


def _open(path: str, data: bytes):
    from openpyxl import load_workbook

    if data.startswith(OLE2_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ImportProblem(f"{path}: the workbook is protected with a password: save it without one")
        raise ImportProblem(f"{path}: an Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx)")
    if not data.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        raise ImportProblem(f"{path}: not an Excel workbook (.xlsx), nor JSON or CSV")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(item.file_size for item in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise ImportProblem(f"{path}: the workbook unpacks to more than {MAX_UNPACKED_BYTES >> 20} MB")
            names = set(archive.namelist())
        if "xl/workbook.xml" not in names and "[Content_Types].xml" not in names:
            raise ImportProblem(f"{path}: not an Excel workbook (.xlsx): a ZIP archive without a workbook in it")
        return load_workbook(io.BytesIO(data), data_only=True)
    except ImportProblem:
        raise
    except zipfile.BadZipFile as exc:
        raise ImportProblem(f"{path}: the workbook is damaged and cannot be read ({exc})") from None
    except Exception as exc:  # openpyxl raises what its parts raise: KeyError, ValueError, XML errors, ...
        raise ImportProblem(f"{path}: not an Excel workbook (.xlsx) that can be read ({type(exc).__name__})") from None


def _read_sheet(source: str, sheet) -> Records | None:
    """A sheet's records, or None for an empty sheet. Rows and columns keep Excel's numbers."""
    cells = [(row[0].row, row) for row in sheet.iter_rows(min_row=1, max_row=max(sheet.max_row, 1), min_col=1)]
    texts = [(number, [cell_text(c.value, c.number_format) for c in row]) for number, row in cells]
    filled = [(number, row) for number, row in texts if any(t.strip() for t in row)]
    if not filled:
        return None
    start = 0
    while start < min(TITLE_ROWS, len(filled) - 1) and sum(1 for t in filled[start][1] if t.strip()) == 1:
        start += 1  # a title row: one cell, never a header (that needs 'id' and 'name')
    if not {"id", "name"} <= {field_name(t) for t in filled[start][1]}:
        start = 0  # no header below the title rows: the first row is read as the header, and refused as such
    header_row = filled[start][0]
    header = next(row for number, row in texts if number == header_row)
    body = [(number, row) for number, row in texts if number > header_row]
    used = [i for i, name in enumerate(header) if name.strip()]
    for number, row in body:
        stray = next((i for i, t in enumerate(row) if t.strip() and not header[i].strip()), None)
        if stray is not None:
            column = cells[0][1][stray].column_letter
            raise ImportProblem(f"{source}: row {number}: column {column} has a value but no header")
    errors = {number: row for number, row in cells if number > header_row}
    for number, row in errors.items():
        for i in used:
            if row[i].data_type == "e":
                name = field_name(header[i])
                raise ImportProblem(
                    f"{source}: row {number}: field '{name}': the cell shows the Excel error {row[i].value}"
                )
    table = [(header_row, [header[i] for i in used])] + [(n, [row[i] for i in used]) for n, row in body]
    return read_table(source, table, "row")


def workbook_bytes(directory: dict) -> bytes:
    """The directory (export_directory's form) as a workbook that `read_workbook` reads back the same."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for key, fields in SHEETS.items():
        sheet = book.create_sheet(key)
        sheet.append(list(fields))
        for record in directory.get(key, []):
            sheet.append([_cell(record.get(field)) for field in fields])
        for column in sheet.columns:
            for cell in column[1:]:
                if isinstance(cell.value, str):
                    cell.number_format = "@"  # text: Excel keeps 01067 as it is when the sheet is edited
                    cell.data_type = "s"  # "=== Treffpunkt ===" is text, not a formula
        sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value: Any) -> Any:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value) or None  # control characters no workbook can hold
    return value
