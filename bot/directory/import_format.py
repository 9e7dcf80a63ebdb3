"""Read directory files (JSON, CSV as Excel exports it, or an Excel workbook) into validated plain records.

Pure parsing and validation: no database. Every problem names file, record and field.
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.directory import meeting_times
from bot.directory.opening_hours import canonical
from dialogs.text import normalise

AUDIENCES = {
    "affected": "affected",
    "betroffene": "affected",
    "betroffen": "affected",
    "selbstbetroffene": "affected",
    "relatives": "relatives",
    "relative": "relatives",
    "angehorige": "relatives",
    "angehoriger": "relatives",
    "both": "both",
    "beide": "both",
    "alle": "both",
    "any": "both",
    "betroffene und angehorige": "both",
}
TRUE = {"true", "1", "yes", "ja", "x", "wahr", "y", "j"}
FALSE = {"false", "0", "no", "nein", "", "falsch", "n"}
CP_FIELDS = (
    "id",
    "name",
    "street",
    "postal_code",
    "city",
    "state",
    "lat",
    "lon",
    "phone",
    "email",
    "website",
    "opening_hours",
    "languages",
)
GROUP_FIELDS = (
    "id",
    "name",
    "topics",
    "audience",
    "contact_point",
    "postal_code",
    "city",
    "lat",
    "lon",
    "online",
    "languages",
    "schedule",
    "description",
)
HEADER_ALIASES = {  # folded header -> field; English names map to themselves
    "nr": "id",
    "kennung": "id",
    "bezeichnung": "name",
    "strasse": "street",
    "str": "street",
    "adresse": "street",
    "plz": "postal_code",
    "postleitzahl": "postal_code",
    "postal code": "postal_code",
    "zip": "postal_code",
    "ort": "city",
    "stadt": "city",
    "bundesland": "state",
    "land": "state",
    "breitengrad": "lat",
    "breite": "lat",
    "latitude": "lat",
    "langengrad": "lon",
    "lange": "lon",
    "longitude": "lon",
    "lng": "lon",
    "telefon": "phone",
    "tel": "phone",
    "telefonnummer": "phone",
    "e mail": "email",
    "mail": "email",
    "webseite": "website",
    "internet": "website",
    "url": "website",
    "homepage": "website",
    "offnungszeiten": "opening_hours",
    "sprechzeiten": "opening_hours",
    "opening hours": "opening_hours",
    "sprachen": "languages",
    "themen": "topics",
    "thema": "topics",
    "zielgruppe": "audience",
    "fur wen": "audience",
    "kontaktstelle": "contact_point",
    "kontaktstellen id": "contact_point",
    "contact point": "contact_point",
    "contact point id": "contact_point",
    "treffen": "schedule",
    "termine": "schedule",
    "treffzeiten": "schedule",
    "beschreibung": "description",
}


class ImportProblem(ValueError):
    """A file that cannot be imported; the message names file, record and field."""

    def refusal(self) -> str:
        """The answer to an import that failed, on the command line and in Telegram alike."""
        return f"{self} (nothing was imported)"


@dataclass
class Records:
    contact_points: list[dict[str, Any]]
    groups: list[dict[str, Any]]


def read_files(paths: list[Path]) -> Records:
    records = Records([], [])
    for path in paths:
        found = read_file(path)
        records.contact_points += found.contact_points
        records.groups += found.groups
    return records


def read_file(path: Path) -> Records:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportProblem(f"{path}: cannot read the file ({exc.strerror})") from exc
    return read_data(str(path), data)


def read_data(path: str, data: bytes) -> Records:
    """A file's content; `path` names it in the problems (an upload to the bot has no path of its own)."""
    from bot.directory import workbook  # it reads each sheet with read_table below

    if workbook.is_workbook(path, data):
        return workbook.read_workbook(path, data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"{path}: not UTF-8 text (byte {exc.start}); save it as 'CSV UTF-8' or JSON") from exc
    if path.lower().endswith(".json") or text.lstrip().startswith(("{", "[")):
        return _read_json(path, text)
    return _read_csv(path, text)


def _read_json(path: str, text: str) -> Records:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportProblem(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    if not isinstance(data, dict) or not ({"contact_points", "groups"} & set(data)):
        raise ImportProblem(f'{path}: expected an object with "contact_points" and/or "groups" lists')
    records = Records([], [])
    for key, fields, target in (
        ("contact_points", CP_FIELDS, records.contact_points),
        ("groups", GROUP_FIELDS, records.groups),
    ):
        items = data.get(key, [])
        if not isinstance(items, list):
            raise ImportProblem(f'{path}: "{key}" must be a list')
        for n, item in enumerate(items, 1):
            where = f"{path}: {key} record {n}"
            if not isinstance(item, dict):
                raise ImportProblem(f"{where}: must be an object")
            target.append(_validate(item, fields, where))
    return records


def _read_csv(path: str, text: str) -> Records:
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise ImportProblem(f"{path}: broken CSV near line {reader.line_num}: {exc}") from exc
    if not rows:
        raise ImportProblem(f"{path}: the file is empty")
    return read_table(path, list(enumerate(rows, 1)), "line")


def read_table(source: str, rows: list[tuple[int, list[str]]], unit: str) -> Records:
    """A table of text cells, its header row first, each row with its number (`unit` names it: a CSV
    file's line, a workbook's row), into the contact points or groups it lists (a 'contact_point'
    column makes it groups). `source` names the file (and sheet) in every problem."""
    (_, head), body = rows[0], rows[1:]
    header = [field_name(h) for h in head]
    known = set(CP_FIELDS) | set(GROUP_FIELDS)
    if "id" not in header or "name" not in header:
        raise ImportProblem(f"{source}: the header row needs the columns 'id' and 'name' (found: {head[:8]})")
    unknown = [head[i] for i, h in enumerate(header) if h not in known]
    if unknown:
        raise ImportProblem(f"{source}: unknown column(s) {unknown}; expected some of {sorted(known)}")
    is_groups = "contact_point" in header
    fields = GROUP_FIELDS if is_groups else CP_FIELDS
    kind = "groups" if is_groups else "contact_points"
    records = Records([], [])
    for number, row in body:
        if not any(cell.strip() for cell in row):
            continue
        where = f"{source}: {unit} {number}"
        if len(row) != len(header):
            raise ImportProblem(f"{where}: {len(row)} cells, but the header has {len(header)}")
        item = {h: cell for h, cell in zip(header, row, strict=True) if h in fields and cell.strip() != ""}
        (records.groups if is_groups else records.contact_points).append(_validate(item, fields, where))
    if not records.groups and not records.contact_points:
        raise ImportProblem(f"{source}: no {kind} rows below the header")
    return records


def field_name(header: str) -> str:
    """The field a column's header names (German or English, as people write it)."""
    folded = normalise(header)
    return HEADER_ALIASES.get(folded, folded.replace(" ", "_"))


def _validate(item: dict[str, Any], fields: tuple[str, ...], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("id", "name"):
        value = item.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise ImportProblem(f"{where}: field '{key}' is missing")
        if not isinstance(value, str | int) or isinstance(value, bool):
            raise ImportProblem(f"{where}: field '{key}' must be text, not {type(value).__name__}")
        out[key] = str(value).strip()
    where = f"{where} (id '{out['id']}')"
    out["where"] = where
    if len(out["id"]) > 100:
        raise ImportProblem(f"{where}: field 'id' is longer than 100 characters")
    for key in fields:
        if key in out or item.get(key) is None:
            continue
        value = item[key]
        if key in ("lat", "lon"):
            out[key] = _coordinate(value, key, where)
        elif key in ("languages", "topics"):
            out[key] = _text_list(value, key, where)
        elif key == "online":
            out[key] = _boolean(value, where)
        elif key == "opening_hours" and isinstance(value, dict):
            try:
                out[key] = canonical(value)
            except ValueError as exc:
                raise ImportProblem(f"{where}: field 'opening_hours': {exc}") from None
        elif key == "schedule" and isinstance(value, dict | list):
            try:
                out[key] = meeting_times.canonical(value)
            except ValueError as exc:
                raise ImportProblem(f"{where}: field 'schedule': {exc}") from None
        elif key == "audience":
            audience = AUDIENCES.get(normalise(str(value)))
            if audience is None:
                raise ImportProblem(f"{where}: field 'audience' must be affected, relatives or both, not {value!r}")
            out[key] = audience
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            out[key] = str(value).strip()
        else:
            raise ImportProblem(f"{where}: field '{key}' must be text, not {type(value).__name__}")
    if "contact_point" in fields and not out.get("contact_point"):
        raise ImportProblem(f"{where}: field 'contact_point' is missing")
    return out


def _coordinate(value: Any, key: str, where: str) -> float | None:
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            raise ImportProblem(f"{where}: field '{key}' is not a number: {value!r}") from None
    elif isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        raise ImportProblem(f"{where}: field '{key}' must be a number, not {type(value).__name__}")
    limit = 90 if key == "lat" else 180
    if not math.isfinite(number) or abs(number) > limit:
        raise ImportProblem(f"{where}: field '{key}' is out of range: {value!r}")
    return None if number == 0 else number


def _text_list(value: Any, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in value.replace("|", ";").split(";") if part.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    raise ImportProblem(f"{where}: field '{key}' must be a list of texts")


def _boolean(value: Any, where: str) -> bool:
    if isinstance(value, bool):
        return value
    said = {normalise(str(value)), str(value).strip().lower()}  # the folding makes "true" "tru"
    if said & TRUE:
        return True
    if said & FALSE:
        return False
    raise ImportProblem(f"{where}: field 'online' must be true or false, not {value!r}")
