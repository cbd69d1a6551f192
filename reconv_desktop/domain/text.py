"""Accent- and case-insensitive folding shared by search and sorting.

NFKD plus dropping combining marks handles most accents (é, ó, ễ); a few letters are not
decomposable in Unicode (ł, ı, ø, đ, ß, æ, œ) and are mapped by hand so that "lukasz"
finds "Łukasz" and "yilmaz" finds "Yılmaz".
"""

from __future__ import annotations

import unicodedata

UNDECOMPOSABLE = {
    "ł": "l",
    "Ł": "L",
    "ı": "i",
    "İ": "I",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ß": "ss",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "þ": "th",
    "Þ": "TH",
    "ð": "d",
    "Ð": "D",
    "ħ": "h",
    "Ħ": "H",
}
_TABLE = str.maketrans(UNDECOMPOSABLE)


def fold(text: str) -> str:
    """Lower-case, accent-free form of `text` (used for matching, never shown)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_TABLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def name_sort_key(family_name: str, given_name: str) -> str:
    """Sort key for people's names, French-style: accents and case ignored at first level.

    Ties fall back to the exact text so that the order is total and stable.
    """
    return f"{fold(family_name).strip()}\x00{fold(given_name).strip()}\x01{family_name}{given_name}"


def fold_sql(expr: str) -> str:
    """SQL expression mapping the undecomposable letters of `expr`, for FTS triggers.

    FTS5's `remove_diacritics 2` then strips the remaining accents; keeping this in SQL lets
    any SQLCipher tool write rows without a Python function registered.
    """
    out = expr
    for src, dst in UNDECOMPOSABLE.items():
        out = f"replace({out}, '{src}', '{dst}')"
    return out
