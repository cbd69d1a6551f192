"""One translation layer for the core, the CLI and the window (no Qt here).

French is the source language: the text written in the code is what a French user reads.
Other languages come from the Qt Linguist sources `resources/translations/reconv_desktop_<lang>.ts`,
read here with the standard library; the window installs a QTranslator that answers from the
same catalogue (gui/shell/translations.py), so no `.qm` is needed to run.

Conventions (pyside6-lupdate extracts only calls with positional string literals):
- `translate("vault", "Aucun coffre dans « {folder} ».").format(folder=...)`: the text is a
  literal, never an f-string; placeholders are `{name}`, filled by `str.format` AFTER
  translation. One context per area of the code ("vault", "backup", "sync", "cli"...).
- `QT_TRANSLATE_NOOP("ctx", "text")` marks a constant translated later, at use: enum labels
  (`LabelledStrEnum`, `LabelledIntEnum`) and tables of labels (`LabelTable`).
- Counts: pyside6-lupdate (6.11) reads an identifier in the 4th argument of `translate()` as
  Qt 4's old "encoding" argument, so `translate(ctx, text, None, n)` is extracted WITHOUT plural
  forms (and a later lupdate run would flatten hand-written ones). The core therefore writes
  counts in neutral wording ("{n} ligne(s)"); `n` is honoured for catalogue entries that do
  have plural forms (the window's `self.tr(text, "", n)`).
- Nothing is translated at import time: module-level messages are marked, then translated
  where they are shown.
"""

from __future__ import annotations

import logging
import os
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Any

from reconv_desktop.resources import resources_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "fr"
LANGUAGES = ("fr", "en", "nl")
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "nl": "Nederlands"}
LANGUAGE_ENV = "RECONV_LANG"
CATALOG_NAME = "reconv_desktop"
# Locales for dates, numbers and sorting. French stays Qt's plain French (fr_FR formats:
# 05/03/2026; fr_BE would print 5/03/26), Dutch is Flemish, English British.
LOCALE_NAMES = {"fr": "fr_FR", "en": "en_GB", "nl": "nl_BE"}
# Language tags written into documents (Word's proofing language, PDF metadata).
DOCUMENT_LANGUAGES = {"fr": "fr-BE", "en": "en-GB", "nl": "nl-BE"}
_SKIPPED_TYPES = frozenset({"unfinished", "vanished", "obsolete"})


class MarkedText(str):
    """Source text marked with `QT_TRANSLATE_NOOP`: equal to the French text, it remembers its
    context so that `translated()` can look it up later."""

    context: str

    def __new__(cls, text: str, context: str) -> MarkedText:
        marked = super().__new__(cls, text)
        marked.context = context
        return marked

    def __reduce__(self) -> tuple[Any, ...]:
        return (MarkedText, (str(self), self.context))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` without translating it now (returns it)."""
    return MarkedText(text, context)


@dataclass(frozen=True, slots=True)
class Message:
    """One translated message: one form, or one form per plural category."""

    forms: tuple[str, ...]
    numerus: bool = False


def plural_index(language: str, n: int) -> int:
    """Which plural form of a message to use for `n` (0 = singular)."""
    if n < 0:
        return 0
    if language == "fr":
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


class Catalogue:
    """The messages of one language, keyed by (context, source, disambiguation)."""

    def __init__(self, language: str, messages: Mapping[tuple[str, str, str], Message]) -> None:
        self.language = language
        self.messages = dict(messages)

    def __len__(self) -> int:
        return len(self.messages)

    def lookup(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation, or None when the catalogue has none (the source text is shown)."""
        message = self.messages.get((context, source, disambiguation or ""))
        if message is None and disambiguation:
            # As QTranslator does: a disambiguated text falls back to the plain one.
            message = self.messages.get((context, source, ""))
        if message is None:
            return None
        if not message.numerus:
            return message.forms[0]
        index = min(plural_index(self.language, n), len(message.forms) - 1)
        return message.forms[index]


EMPTY_CATALOGUE = Catalogue(SOURCE_LANGUAGE, {})


def _text(element: ET.Element | None) -> str:
    return "" if element is None else "".join(element.itertext())


def read_catalogue(path: Path, language: str) -> Catalogue:
    """Parse a `.ts` file; unfinished, vanished, obsolete and empty translations are left out
    so that the French source shows instead. A missing or unreadable file gives no messages."""
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        return Catalogue(language, {})
    except (OSError, ET.ParseError):
        log.warning("translation catalogue %s unreadable", path.name, exc_info=True)
        return Catalogue(language, {})
    messages: dict[tuple[str, str, str], Message] = {}
    for context in root.iter("context"):
        name = _text(context.find("name"))
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _SKIPPED_TYPES:
                continue
            source = _text(message.find("source"))
            comment = _text(message.find("comment"))
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(_text(f) for f in translation.iter("numerusform"))
            else:
                forms = (_text(translation),)
            if not source or not forms or not all(forms):
                continue
            messages[(name, source, comment)] = Message(forms, numerus)
    return Catalogue(language, messages)


def catalogue_path(language: str) -> Path:
    """Where the shipped `.ts` source of `language` lives."""
    return resources_path("translations", f"{CATALOG_NAME}_{language}.ts")


class _State:
    """The process's language and the catalogues read so far (each at most once)."""

    def __init__(self) -> None:
        self.language = SOURCE_LANGUAGE
        self.catalogue: Catalogue | None = EMPTY_CATALOGUE  # None: not read yet
        self.loaded: dict[str, Catalogue] = {}
        self.lock = threading.Lock()


_state = _State()


def load_catalogue(language: str) -> Catalogue:
    """The catalogue of `language`, parsed on first use and kept for the process."""
    if language == SOURCE_LANGUAGE:
        return EMPTY_CATALOGUE
    with _state.lock:
        found = _state.loaded.get(language)
        if found is None:
            found = read_catalogue(catalogue_path(language), language)
            _state.loaded[language] = found
        return found


def set_language(language: str) -> None:
    """Speak `language` from now on (French, the source, when it is not one we ship).

    Cheap: the catalogue is read at the first translation that needs it."""
    _state.language = language if language in LANGUAGES else SOURCE_LANGUAGE
    _state.catalogue = EMPTY_CATALOGUE if _state.language == SOURCE_LANGUAGE else None


def current_language() -> str:
    """The language chosen with `set_language` ("fr" until then)."""
    return _state.language


def current_catalogue() -> Catalogue:
    """The catalogue of the current language (empty for French)."""
    catalogue = _state.catalogue
    if catalogue is None:
        catalogue = load_catalogue(_state.language)
        _state.catalogue = catalogue
    return catalogue


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language; the French source when no translation exists."""
    if _state.language == SOURCE_LANGUAGE:
        return text
    found = current_catalogue().lookup(context, text, disambiguation, n)
    return text if found is None else found


def translated(text: str) -> str:
    """A text marked with `QT_TRANSLATE_NOOP`, in the current language (others unchanged)."""
    if isinstance(text, MarkedText):
        return translate(text.context, text)
    return text


def document_language() -> str:
    """The BCP 47 tag of the current language for documents ("fr-BE", "en-GB", "nl-BE")."""
    return DOCUMENT_LANGUAGES.get(_state.language, DOCUMENT_LANGUAGES[SOURCE_LANGUAGE])


def resolve_language(
    option: str | None,
    environ: Mapping[str, str] | None = None,
    settings_language: Callable[[], str | None] | None = None,
) -> str:
    """The CLI's language: `--lang`, else RECONV_LANG, else the Settings language, else French.

    Unknown values are passed over (the next source decides), so a stray variable never stops
    a command. `settings_language` is only called when the first two say nothing."""
    if option in LANGUAGES:
        return option
    env = (os.environ if environ is None else environ).get(LANGUAGE_ENV, "").strip().lower()
    if env in LANGUAGES:
        return env
    if settings_language is not None:
        try:
            chosen = settings_language()
        except Exception:  # a damaged settings file must never stop a command
            log.debug("settings language unreadable", exc_info=True)
            chosen = None
        if chosen in LANGUAGES:
            return chosen
    return SOURCE_LANGUAGE


class LabelTable(Mapping[Any, str]):
    """A table of labels marked with `QT_TRANSLATE_NOOP`, translated each time one is read.

    `table[key]` and `table.get(key, default)` give the label in the current language;
    `table.source(key)` gives the French text as written in the code."""

    def __init__(self, labels: Mapping[Any, str]) -> None:
        self._labels = dict(labels)

    def __getitem__(self, key: Any) -> str:
        return translated(self._labels[key])

    def __iter__(self) -> Iterator[Any]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    def source(self, key: Any) -> str:
        """The label in French (the source language), whatever the current language."""
        return str(self._labels[key])


class LabelledStrEnum(StrEnum):
    """A StrEnum whose members declare their label with their stored value:
    `WELCOME = "accueil", QT_TRANSLATE_NOOP("WorkerStatus", "Accueil")`.

    The value stays the stored text; `.label` is translated when read."""

    _source_label: str

    def __new__(cls, value: str, label: str = "") -> LabelledStrEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member._source_label = label
        return member

    @property
    def label(self) -> str:
        """The label in the current language."""
        return translated(self._source_label)

    @property
    def source_label(self) -> str:
        """The label in French, as written in the code."""
        return str(self._source_label)


class LabelledIntEnum(IntEnum):
    """An IntEnum whose members declare their label with their value (see LabelledStrEnum)."""

    _source_label: str

    def __new__(cls, value: int, label: str = "") -> LabelledIntEnum:
        member = int.__new__(cls, value)
        member._value_ = value
        member._source_label = label
        return member

    @property
    def label(self) -> str:
        """The label in the current language."""
        return translated(self._source_label)

    @property
    def source_label(self) -> str:
        """The label in French, as written in the code."""
        return str(self._source_label)
