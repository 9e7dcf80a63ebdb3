"""Shipped data compiled once per version, kept as a pickle in the user's cache folder.

The crisis lexicons, the taxonomy's matcher and the gazetteer take a second or more of CPU to
build from their YAML and TSV files; unpickling them takes a fraction of that, and every start
of the bot and every CLI command needs them. The key is a hash of everything under `data/` and
of the code in `bot/` and `dialogs/`, so an edit of either builds anew. A cache that cannot be
read or written is built around, never an error. The folder is the process owner's own (0700):
whoever can write there can already run code as that user. What several of them share (the
everyday words) is stored by name and loaded once: the process holds one copy, not one per pickle.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from bot.common_words import EverydayWords, WordForms, common_words, word_forms
from bot.paths import DATA, ROOT

log = logging.getLogger(__name__)
T = TypeVar("T")
CACHE_ENV = "LOTSE_CACHE_DIR"  # a folder, or "off" to build every time
SHARED: dict[str, tuple[type, Callable[[], object]]] = {  # by name in every pickle: one of each kind per process
    "word-forms": (WordForms, word_forms),  # before its base class: the first kind that fits names it
    "common-words": (EverydayWords, common_words),
}


class _Pickler(pickle.Pickler):
    def persistent_id(self, obj: object) -> str | None:
        return next((name for name, (kind, _) in SHARED.items() if isinstance(obj, kind)), None)


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, pid: str) -> object:
        return SHARED[pid][1]()


def compiled(name: str, build: Callable[[], T]) -> T:
    """`build()`'s result, from the cache when it was built from the same data and code."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"{name}-{version()}.pickle"
    try:
        with path.open("rb") as f:
            return _Unpickler(f).load()
    except FileNotFoundError:
        pass
    except Exception as error:  # a truncated or foreign file: build anew and replace it
        log.warning("compiled data %s unreadable (%s), building it anew", name, type(error).__name__)
    value = build()
    _store(folder, path, value)
    return value


def cache_folder() -> Path | None:
    configured = os.environ.get(CACHE_ENV)
    if configured == "off":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "selbsthilfe-lotse"


@lru_cache(maxsize=1)
def version() -> str:
    """A hash of the shipped data and the code that reads it (about 10 ms for both)."""
    digest = hashlib.sha256(sys.version.encode())
    files = [p for p in DATA.rglob("*") if p.is_file()]
    files += [p for package in ("bot", "dialogs") for p in (ROOT / package).rglob("*.py")]
    for path in sorted(files):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _store(folder: Path, path: Path, value: object) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".tmp") as f:
            try:
                _Pickler(f, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
            except BaseException:
                os.unlink(f.name)
                raise
        os.replace(f.name, path)  # readers see the old file or the whole new one
        for old in folder.glob(f"{path.name.rsplit('-', 1)[0]}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as error:
        log.info("compiled data not cached (%s): it is built at every start", type(error).__name__)
