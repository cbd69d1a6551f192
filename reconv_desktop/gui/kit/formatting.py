"""How the window writes dates, times, names and sizes, in one place.

Dates are shown JJ/MM/AAAA as counsellors write them; stored times are UTC and shown in
this computer's local time; a list shows "FAMILLE Prénom", a sentence "Prénom Famille".
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from reconv_desktop.domain.clock import parse_hlc
from reconv_desktop.i18n import LabelledStrEnum

DAY = "%d/%m/%Y"
DAY_MINUTE = "%d/%m/%Y %H:%M"
DAY_SECOND = "%d/%m/%Y %H:%M:%S"
ISO_MINUTE = "%Y-%m-%d %H:%M"  # sync history: sorts as text


def day(value: date | None) -> str:
    """A date as the forms show it (JJ/MM/AAAA), empty when unknown."""
    return f"{value:{DAY}}" if value else ""


def iso_day(text: str | None) -> str:
    """A stored ISO date (or date and time) as JJ/MM/AAAA; unreadable text as stored."""
    if not text:
        return ""
    try:
        return date.fromisoformat(text[:10]).strftime(DAY)
    except ValueError:
        return text


def local_time(at: str | datetime | None, pattern: str = DAY_MINUTE) -> str:
    """A stored UTC time in this computer's local time; unreadable text as stored."""
    if not at:
        return ""
    if isinstance(at, datetime):
        return at.astimezone().strftime(pattern)
    try:
        return datetime.fromisoformat(at).astimezone().strftime(pattern)
    except ValueError:
        return at


def clock_time(stamp: str) -> str:
    """A clock value (hybrid logical clock) as local JJ/MM/AAAA HH:MM, empty when unreadable."""
    try:
        wall_ms, _counter = parse_hlc(stamp)
    except ValueError:
        return ""
    return local_time(datetime.fromtimestamp(wall_ms / 1000, tz=UTC))


def stored_label(kind: type[LabelledStrEnum], value: str) -> str:
    """A stored enum value (a status, a kind) in the window's language; unknown as stored."""
    try:
        return kind(value).label
    except ValueError:
        return value


def list_name(family_name: str, given_name: str) -> str:
    """A person in a list: "WÓJCIK Łukasz"."""
    return f"{family_name.upper()} {given_name}".strip()


def sentence_name(given_name: str, family_name: str) -> str:
    """A person in a sentence: "Łukasz Wójcik"."""
    return f"{given_name} {family_name}".strip()


def size_text(n: int) -> str:
    """A file size the way the counsellor reads it (Ko, Mo)."""
    if n >= 1_048_576:
        size = QLocale().toString(n / 1_048_576, "f", 1)
        return QCoreApplication.translate("Formatting", "{size} Mo").format(size=size)
    size = QLocale().toString(max(1, round(n / 1024)))
    return QCoreApplication.translate("Formatting", "{size} Ko").format(size=size)
