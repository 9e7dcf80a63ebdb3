"""Translations per person, never a process-global locale.

Catalogs are read from the .po files at start (Babel compiles them in memory), so what runs is
always what the catalogs say; `pybabel compile` is not needed to run the bot.
"""

from __future__ import annotations

import gettext
import io
from functools import lru_cache

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from bot.paths import LOCALES
from dialogs.model import LANGUAGES

SOURCE_LANGUAGE = "de"


@lru_cache(maxsize=len(LANGUAGES))
def translations(lang: str) -> gettext.NullTranslations:
    path = LOCALES / lang / "LC_MESSAGES" / "messages.po"
    if lang == SOURCE_LANGUAGE or lang not in LANGUAGES or not path.exists():
        return gettext.NullTranslations()
    with path.open("rb") as f:
        catalog = read_po(f, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer)


def gettext_for(lang: str, msgid: str) -> str:
    return translations(lang).gettext(msgid)


def ngettext_for(lang: str, singular: str, plural: str, n: int) -> str:
    return translations(lang).ngettext(singular, plural, n)
