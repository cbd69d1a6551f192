"""Checksums of national identification numbers: Belgian NISS and French NIR."""

from __future__ import annotations

import re
from datetime import date

from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import translate

_SEPARATORS = re.compile(r"[\s.\-/]")


def normalize_national_number(raw: str) -> str:
    """Strip the usual separators (spaces, dots, dashes, slashes) and upper-case."""
    return _SEPARATORS.sub("", raw).upper()


def is_valid_niss(number: str) -> bool:
    """Belgian national register / BIS number: 11 digits, mod 97 key (2000+ births prefixed 2)."""
    if not re.fullmatch(r"\d{11}", number):
        return False
    body, key = int(number[:9]), int(number[9:])
    if 97 - body % 97 == key:
        return True
    return 97 - int("2" + number[:9]) % 97 == key


def is_valid_nir(number: str) -> bool:
    """French social-security number: 13 characters (2A/2B for Corsica) plus a 2-digit key."""
    if not re.fullmatch(r"[1-478]\d{4}(\d{2}|2A|2B)\d{6}\d{2}", number):
        return False
    body = number[:13].replace("2A", "19", 1) if number[5:7] == "2A" else number[:13]
    if number[5:7] == "2B":
        body = number[:5] + "18" + number[7:13]
    return 97 - int(body) % 97 == int(number[13:])


def niss_birth_date(number: str) -> date | None:
    """Birth date encoded in a valid NISS, when it is a real date (BIS months are shifted)."""
    yy, mm, dd = int(number[0:2]), int(number[2:4]), int(number[4:6])
    if mm > 40:
        mm -= 40
    elif mm > 20:
        mm -= 20
    century = 2000 if 97 - int("2" + number[:9]) % 97 == int(number[9:]) else 1900
    try:
        return date(century + yy, mm, dd)
    except ValueError:
        return None


def validate_national_number(raw: str, field: str = "national_number") -> str:
    """Return the normalized number, or raise a French ValidationError.

    Eleven digits are read as a Belgian NISS, fifteen characters as a French NIR.
    """
    number = normalize_national_number(raw)
    if not number:
        return ""
    if len(number) == 11:
        if is_valid_niss(number):
            return number
        raise ValidationError(
            field,
            translate(
                "validation",
                "Numéro NISS invalide : la clé de contrôle (2 derniers chiffres) "
                "ne correspond pas.",
            ),
        )
    if len(number) == 15:
        if is_valid_nir(number):
            return number
        raise ValidationError(
            field,
            translate(
                "validation",
                "Numéro NIR invalide : la clé de contrôle (2 derniers chiffres) ne correspond pas.",
            ),
        )
    raise ValidationError(
        field,
        translate(
            "validation",
            "Numéro national non reconnu : 11 chiffres pour un NISS belge, "
            "15 caractères pour un NIR français.",
        ),
    )
