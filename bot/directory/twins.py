"""One office, two records: directories that are merged (a region's own list with its groups, the
national list of contact points) name the same contact point twice, under another name and often
with another phone number ("KISS (Dresden)", Industriestraße 21, and "Kontakt- und Informationsstelle
für Selbsthilfegruppen", Industriestraße 21-21a). A person must see one of them, always the same:
the one the directory's groups are brokered by, else the first listed. The import report names the
pairs, so the contact points can say which number is right."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np
from rapidfuzz import fuzz

from bot.directory.search_index import ContactPointRecord, SearchIndex
from dialogs.text import normalise

_STREET = re.compile(r"(strasse|str\b\.?)")
_NUMBER = re.compile(r"\d+")
SAME_NAME = 85  # rapidfuzz token_set_ratio; names of different offices at one address scored at most 61
PHONE_DIGITS = 6


def office(cp: ContactPointRecord) -> tuple[str, str, str] | None:
    """Town, street and first house number, folded so spellings of one address agree ("Königsbrücker
    Straße 28/30", "Königsbrückerstr. 28-30"); None without street or number."""
    street = normalise(cp.street)
    number = _NUMBER.search(street)
    town = normalise(cp.city)
    if number is None or not town:
        return None
    name = re.sub(r"[^a-z]", "", _STREET.sub("str", street[: number.start()]))
    return (town, name, number.group()) if name else None


def twins(
    contact_points: Sequence[ContactPointRecord], kinds: Sequence[object], brokering: Iterable[int]
) -> list[int | None]:
    """For each contact point, the position of the record of the same office that is shown instead
    (None for the one shown): the one some group is brokered by, else the first. Records at one
    address are one office when they are of one kind (`kinds`: a self-help contact point and a
    care service in one building are two) and alike (see `alike`): a state's association of contact
    points often sits in the building of a town's own (Duisburg), and the town's must be found."""
    keys = [(key, kinds[i]) if (key := office(cp)) else None for i, cp in enumerate(contact_points)]
    kept: dict[tuple, list[int]] = {}
    shown: list[int | None] = [None] * len(keys)
    for i in dict.fromkeys([*sorted(b for b in set(brokering) if 0 <= b < len(keys)), *range(len(keys))]):
        if keys[i] is None:
            continue
        same = kept.setdefault(keys[i], [])
        twin = next((j for j in same if alike(contact_points[i], contact_points[j])), None)
        if twin is None:
            same.append(i)
        else:
            shown[i] = twin
    return shown


def alike(a: ContactPointRecord, b: ContactPointRecord) -> bool:
    """One phone number, or one name (a name is the other's words and more: "KISS", "Kontakt- und
    Informationsstelle für Selbsthilfe (KISS)")."""
    phones = _digits(a.phone), _digits(b.phone)
    if phones[0] and phones[0] == phones[1]:
        return True
    return fuzz.token_set_ratio(normalise(a.name), normalise(b.name)) >= SAME_NAME


def _digits(phone: str) -> str:
    """The last digits of a phone number, which every way of writing it keeps ("+49 351 ...", "03 51 / ...")."""
    return re.sub(r"\D", "", phone)[-PHONE_DIGITS:]


def same_office(index: SearchIndex, kinds: Sequence[object], among: set[str]) -> list[tuple[ContactPointRecord, ...]]:
    """The records of one office (each the one shown first) of which one is `among` the ids."""
    cps = index.contact_points
    offices: dict[int, list[ContactPointRecord]] = {}
    for i, twin in enumerate(twins(cps, kinds, np.unique(index.contact_point).tolist())):
        if twin is not None:
            offices.setdefault(twin, [cps[twin]]).append(cps[i])
    return [tuple(records) for records in offices.values() if among.intersection(cp.id for cp in records)]
