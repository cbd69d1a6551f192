"""Field rules shared by the window and the CLI, so both give the same French error."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum

from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import translate

MAX_NAME_LENGTH = 120
MAX_NOTE_LENGTH = 20_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_ALLOWED = re.compile(r"^\+?[\d\s.\-/()]+$")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")


def parse_date(raw: str | date | None, field: str, label: str | None = None) -> date | None:
    """Accept ISO (2024-03-31) and French/Belgian (31/03/2024) dates; empty means none."""
    if raw is None or isinstance(raw, date):
        return raw
    text = raw.strip()
    if not text:
        return None
    for fmt in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if not 1900 <= parsed.year <= 2100:
            break
        return parsed
    raise ValidationError(
        field,
        translate(
            "validation", "{label} invalide : « {text} » (format attendu JJ/MM/AAAA)."
        ).format(label=label or translate("validation", "Date"), text=text),
    )


def parse_birth_date(raw: str | date | None, today: date | None = None) -> date | None:
    """A birth date in the past that gives a plausible working age (14 to 100 years)."""
    born = parse_date(raw, "birth_date", translate("validation", "Date de naissance"))
    if born is None:
        return None
    today = today or date.today()
    if born >= today:
        raise ValidationError(
            "birth_date", translate("validation", "La date de naissance doit être dans le passé.")
        )
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if not 14 <= age <= 100:
        raise ValidationError(
            "birth_date",
            translate("validation", "Date de naissance peu plausible (âge : {age} ans).").format(
                age=age
            ),
        )
    return born


def required_name(raw: str | None, field: str, label: str) -> str:
    """A non-empty name of reasonable length; inner spaces collapsed."""
    text = " ".join((raw or "").split())
    if not text:
        raise ValidationError(
            field, translate("validation", "{label} est obligatoire.").format(label=label)
        )
    if len(text) > MAX_NAME_LENGTH:
        raise ValidationError(
            field,
            translate("validation", "{label} est trop long ({limit} caractères au plus).").format(
                label=label, limit=MAX_NAME_LENGTH
            ),
        )
    if any(ch.isdigit() for ch in text):
        raise ValidationError(
            field,
            translate("validation", "{label} ne peut pas contenir de chiffres.").format(
                label=label
            ),
        )
    return text


def optional_email(raw: str | None) -> str:
    """Empty, or a plausible e-mail address."""
    text = (raw or "").strip()
    if text and not _EMAIL.match(text):
        raise ValidationError(
            "email",
            translate("validation", "Adresse e-mail invalide : « {text} ».").format(text=text),
        )
    return text


def optional_phone(raw: str | None) -> str:
    """Empty, or a phone number with 8 to 15 digits (spaces, dots, dashes allowed)."""
    text = (raw or "").strip()
    if not text:
        return ""
    digits = re.sub(r"\D", "", text)
    if not _PHONE_ALLOWED.match(text) or not 8 <= len(digits) <= 15:
        raise ValidationError(
            "phone",
            translate("validation", "Numéro de téléphone invalide : « {text} ».").format(text=text),
        )
    return text


def bounded_text(raw: str | None, field: str, label: str, limit: int = MAX_NOTE_LENGTH) -> str:
    """Free text trimmed, refused when longer than `limit`."""
    text = (raw or "").strip()
    if len(text) > limit:
        raise ValidationError(
            field,
            translate("validation", "{label} est trop long ({limit} caractères au plus).").format(
                label=label, limit=limit
            ),
        )
    return text


def choice(raw: str, field: str, label: str, enum_type: type[StrEnum]) -> str:
    """A value of a StrEnum, with the list of accepted values in the error."""
    try:
        return str(enum_type(raw))
    except ValueError:
        accepted = ", ".join(str(member) for member in enum_type)
        raise ValidationError(
            field,
            translate(
                "validation", "{label} inconnu : « {raw} » (valeurs possibles : {accepted})."
            ).format(label=label, raw=raw, accepted=accepted),
        ) from None
