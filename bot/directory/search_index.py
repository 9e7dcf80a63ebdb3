"""The directory as the search holds it: a few flat arrays and string tables instead of an object
per group. Built at import and kept in the database beside the directory (table `search_index`),
so a start reads one row instead of 100,000 groups and their topic links, and holds about 100
bytes per group instead of several kilobytes of Python objects.

What a search needs for every group is in arrays (coordinates, online, audience, contact point,
the words of its name); its name and id are read from a string table when it reaches the ranking;
what only a result shows (city, schedule, description, ...) stays JSON until a group is shown.
The postings (a topic's or a name word's groups) are ordered by map cell, online groups once more
under ONLINE, so a search near a place takes a few slices of them.
"""

from __future__ import annotations

import hashlib
import json
import math
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields

import numpy as np

from bot.directory.geo import Points
from bot.paths import DATA, ROOT

ONLINE = -2  # the map cell of every online group, besides its own place
AUDIENCES = ("affected", "relatives", "both")
ALIGN = 8  # each stored array starts at a multiple of this, as numpy's views need


@dataclass(frozen=True)
class ContactPointRecord:
    id: str
    name: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    state: str = ""
    lat: float | None = None
    lon: float | None = None
    phone: str = ""
    email: str = ""
    website: str = ""
    opening_hours: str = ""
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class GroupRecord:
    id: str
    name: str
    contact_point_id: str
    audience: str = "both"
    city: str = ""
    postal_code: str = ""
    lat: float | None = None
    lon: float | None = None
    online: bool = False
    languages: tuple[str, ...] = ()
    schedule: str = ""
    description: str = ""
    topics: tuple[tuple[str, float], ...] = ()


DETAILS = ("city", "postal_code", "languages", "schedule", "description", "topics")  # JSON until shown


def index_key() -> str:
    """Which code and data an index was built with: a stored index of another key is built anew
    (`python -m bot migrate` stores it again), since name words depend on the stopwords and on
    how text is folded."""
    digest = hashlib.sha256()
    for path in (
        ROOT / "bot" / "directory" / "search_index.py",
        ROOT / "bot" / "directory" / "geo.py",
        ROOT / "dialogs" / "text.py",
        DATA / "stopwords.txt",
    ):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


class StringTable(Sequence[str]):
    """Many strings as one UTF-8 buffer and where each ends: about a byte a character, where a
    Python string costs some 60 bytes more. Read one at a time (a few hundred nanoseconds)."""

    def __init__(self, data: np.ndarray, bounds: np.ndarray) -> None:
        """`data`: the UTF-8 bytes; string i is data[bounds[i]:bounds[i + 1]]."""
        self._array, self._bounds = data, bounds
        self._data = memoryview(data)

    @classmethod
    def of(cls, strings: Iterable[str]) -> StringTable:
        encoded = [s.encode() for s in strings]
        bounds = np.cumsum([0, *(len(e) for e in encoded)], dtype=np.int64)
        return cls(np.frombuffer(b"".join(encoded), dtype=np.uint8), bounds)

    def __len__(self) -> int:
        return len(self._bounds) - 1

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        i %= len(self)
        return str(self._data[self._bounds[i] : self._bounds[i + 1]], "utf-8")

    def byte_lengths(self) -> np.ndarray:
        return np.diff(self._bounds)

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        return self._array, self._bounds


@dataclass(frozen=True)
class Postings:
    """Groups (with a link strength) per key (a topic, a word), ordered by key, then map cell,
    then group: key k's entries are [start[k], start[k + 1])."""

    start: np.ndarray
    group: np.ndarray
    cell: np.ndarray
    link: np.ndarray

    @classmethod
    def of(cls, keys: int, entries: dict[int, list[tuple[int, float]]], cells: np.ndarray, online: np.ndarray):
        key, group, link = [], [], []
        for k in range(keys):
            for g, strength in entries.get(k, ()):
                key.append(k)
                group.append(g)
                link.append(strength)
        key_a, group_a, link_a = np.array(key, dtype=np.int64), np.array(group, dtype=np.int64), np.array(link)
        also = online[group_a] if len(group_a) else np.zeros(0, dtype=bool)
        key_a = np.concatenate([key_a, key_a[also]])
        cell_a = np.concatenate([cells[group_a] if len(group_a) else group_a, np.full(int(also.sum()), ONLINE)])
        group_a, link_a = np.concatenate([group_a, group_a[also]]), np.concatenate([link_a, link_a[also]])
        order = np.lexsort((group_a, cell_a, key_a))
        start = np.searchsorted(key_a[order], np.arange(keys + 1))
        return cls(start, group_a[order].astype(np.int32), cell_a[order].astype(np.int32), link_a[order])

    def within(self, key: int, cells: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """A key's groups in these (ascending) cells, or all of them (online ones twice) for None."""
        a, b = int(self.start[key]), int(self.start[key + 1])
        if cells is None:
            return self.group[a:b], self.link[a:b]
        own = self.cell[a:b]
        lows, highs = a + np.searchsorted(own, cells, "left"), a + np.searchsorted(own, cells, "right")
        spans = [(lo, hi) for lo, hi in zip(lows.tolist(), highs.tolist(), strict=True) if hi > lo]
        if len(spans) == 1:
            ((lo, hi),) = spans
            return self.group[lo:hi], self.link[lo:hi]
        if not spans:
            return self.group[:0], self.link[:0]
        return (
            np.concatenate([self.group[lo:hi] for lo, hi in spans]),
            np.concatenate([self.link[lo:hi] for lo, hi in spans]),
        )


@dataclass(frozen=True)
class SearchIndex:
    """The arrays (one entry per group, in the order given) and tables a GroupIndex searches."""

    ids: StringTable
    by_id: np.ndarray  # group positions in the order of their ids, for finding an id
    names: StringTable
    details: StringTable  # JSON of DETAILS per group
    contact_point: np.ndarray  # position in contact_points, -1 when unknown
    lat: np.ndarray  # the group's own coordinates, NaN when it has none
    lon: np.ndarray
    online: np.ndarray
    audience: np.ndarray  # position in AUDIENCES
    word_start: np.ndarray  # name words of group i: words[word_start[i]:word_start[i + 1]]
    words: np.ndarray  # positions in vocabulary
    vocabulary: StringTable
    topic_ids: StringTable
    by_topic: Postings
    by_word: Postings
    contact_points: tuple[ContactPointRecord, ...]

    @classmethod
    def of(cls, groups: Sequence[GroupRecord], contact_points: Sequence[ContactPointRecord], name_words) -> SearchIndex:
        """`name_words(name)` gives a name's words as the search compares them."""
        cp_position = {cp.id: i for i, cp in enumerate(contact_points)}
        n = len(groups)
        cp_of = np.array([cp_position.get(g.contact_point_id, -1) for g in groups], dtype=np.int32)
        lat = np.array([np.nan if g.lat is None else g.lat for g in groups], dtype=float)
        lon = np.array([np.nan if g.lon is None else g.lon for g in groups], dtype=float)
        online = np.array([g.online for g in groups], dtype=bool)
        cells = group_cells(lat, lon, cp_of, contact_points)
        vocabulary: dict[str, int] = {}
        word_start, words = [0], []
        by_word: dict[int, list[tuple[int, float]]] = defaultdict(list)
        topic_position: dict[str, int] = {}
        by_topic: dict[int, list[tuple[int, float]]] = defaultdict(list)
        words_of: dict[str, list[int]] = {}  # names repeat ("Angehörigengruppe")
        for i, g in enumerate(groups):
            own = words_of.get(g.name)
            if own is None:
                own = words_of[g.name] = [vocabulary.setdefault(w, len(vocabulary)) for w in name_words(g.name)]
            words += own
            word_start.append(len(words))
            for w in sorted(set(own)):
                by_word[w].append((i, 1.0))
            for topic_id, strength in g.topics:
                by_topic[topic_position.setdefault(topic_id, len(topic_position))].append((i, strength))
        return cls(
            ids=StringTable.of(g.id for g in groups),
            by_id=np.array(sorted(range(n), key=lambda i: groups[i].id), dtype=np.int32),
            names=StringTable.of(g.name for g in groups),
            details=StringTable.of(
                json.dumps([getattr(g, key) for key in DETAILS], ensure_ascii=False, separators=(",", ":"))
                for g in groups
            ),
            contact_point=cp_of,
            lat=lat,
            lon=lon,
            online=online,
            audience=np.array([AUDIENCES.index(g.audience) if g.audience in AUDIENCES else 2 for g in groups], np.int8),
            word_start=np.array(word_start, dtype=np.int32),
            words=np.array(words, dtype=np.int32),
            vocabulary=StringTable.of(vocabulary),
            topic_ids=StringTable.of(topic_position),
            by_topic=Postings.of(len(topic_position), by_topic, cells, online),
            by_word=Postings.of(len(vocabulary), by_word, cells, online),
            contact_points=tuple(contact_points),
        )

    def group(self, i: int) -> GroupRecord:
        """A whole group, read from the tables (only for groups that are shown)."""
        city, postal_code, languages, schedule, description, topics = json.loads(self.details[i])
        cp = int(self.contact_point[i])
        lat, lon = float(self.lat[i]), float(self.lon[i])
        return GroupRecord(
            id=self.ids[i],
            name=self.names[i],
            contact_point_id=self.contact_points[cp].id if cp >= 0 else "",
            audience=AUDIENCES[self.audience[i]],
            city=city,
            postal_code=postal_code,
            lat=None if np.isnan(lat) else lat,
            lon=None if np.isnan(lon) else lon,
            online=bool(self.online[i]),
            languages=tuple(languages),
            schedule=schedule,
            description=description,
            topics=tuple((t, s) for t, s in topics),
        )

    def to_bytes(self) -> bytes:
        """The arrays one after another behind a JSON header of where each lies, compressed
        (21 MB -> 5 MB at 100,000 groups: PostgreSQL sends a bytea as hex text, twice its size)."""
        arrays: dict[str, np.ndarray] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, StringTable):
                arrays[f"{f.name}.data"], arrays[f"{f.name}.bounds"] = value.arrays()
            elif isinstance(value, Postings):
                arrays.update({f"{f.name}.{p.name}": getattr(value, p.name) for p in fields(value)})
            elif f.name == "contact_points":
                rows = [[getattr(cp, p.name) for p in fields(cp)] for cp in value]
                arrays[f.name] = np.frombuffer(json.dumps(rows, ensure_ascii=False).encode(), dtype=np.uint8)
            else:
                arrays[f.name] = value
        layout, offset = {}, 0
        for name, array in arrays.items():
            layout[name] = (array.dtype.str, array.shape, offset)
            offset += -(-array.nbytes // ALIGN) * ALIGN
        header = json.dumps(layout).encode()
        body = bytearray(offset)
        for name, array in arrays.items():
            start = layout[name][2]
            body[start : start + array.nbytes] = np.ascontiguousarray(array).tobytes()
        return zlib.compress(len(header).to_bytes(8, "little") + header + bytes(body), 1)

    @classmethod
    def from_bytes(cls, pieces: Iterable[bytes]) -> SearchIndex:
        """From to_bytes()'s bytes, in pieces as they are read. The arrays are read-only views into
        the one decompressed buffer: nothing is copied."""
        stream = zlib.decompressobj()
        raw = b"".join([*(stream.decompress(piece) for piece in pieces), stream.flush()])
        if not stream.eof:
            raise zlib.error("the stored search index ends early")
        length = int.from_bytes(raw[:8], "little")
        layout = json.loads(raw[8 : 8 + length])
        body = memoryview(raw)[8 + length :]
        arrays = {
            name: np.frombuffer(body, dtype=np.dtype(dtype), count=math.prod(shape), offset=offset).reshape(shape)
            for name, (dtype, shape, offset) in layout.items()
        }
        values = {}
        for f in fields(cls):
            if f"{f.name}.data" in arrays:
                values[f.name] = StringTable(arrays[f"{f.name}.data"], arrays[f"{f.name}.bounds"])
            elif f"{f.name}.start" in arrays:
                values[f.name] = Postings(**{p.name: arrays[f"{f.name}.{p.name}"] for p in fields(Postings)})
            elif f.name == "contact_points":
                rows = json.loads(arrays[f.name].tobytes())
                values[f.name] = tuple(ContactPointRecord(*row[:-1], languages=tuple(row[-1])) for row in rows)
            else:
                values[f.name] = arrays[f.name]
        return cls(**values)


def group_cells(lat: np.ndarray, lon: np.ndarray, cp_of: np.ndarray, contact_points) -> np.ndarray:
    """Each group's map cell, at its contact point's place when it has none of its own."""
    return Points(*effective_coordinates(lat, lon, cp_of, contact_points)).cells


def effective_coordinates(lat, lon, cp_of, contact_points) -> tuple[np.ndarray, np.ndarray]:
    """Where a group meets: its own place, else its contact point's (NaN when neither is known)."""
    cp_lat = np.array([np.nan if cp.lat is None else cp.lat for cp in contact_points] + [np.nan])
    cp_lon = np.array([np.nan if cp.lon is None else cp.lon for cp in contact_points] + [np.nan])
    return np.where(np.isnan(lat), cp_lat[cp_of], lat), np.where(np.isnan(lon), cp_lon[cp_of], lon)
