"""Rules for a worker's identity, contact and consent, shared by the form and the CLI."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from reconv_desktop.domain import validation as v
from reconv_desktop.domain.enums import ConsentScope, WorkerStatus
from reconv_desktop.domain.national_number import validate_national_number
from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, LabelTable, translate

EDITABLE_FIELDS = (
    "family_name",
    "given_name",
    "cell_id",
    "status",
    "birth_date",
    "national_number",
    "email",
    "phone",
    "address",
    "postal_code",
    "city",
    "consent_date",
    "consent_scope",
    "consent_by",
    "enrolled_on",
    "last_contact",
)

# Field names as the form and the errors say them (translated when read).
FIELD_LABELS = LabelTable(
    {
        "family_name": QT_TRANSLATE_NOOP("workers", "Nom"),
        "given_name": QT_TRANSLATE_NOOP("workers", "Prénom"),
        "cell_id": QT_TRANSLATE_NOOP("workers", "Cellule"),
        "status": QT_TRANSLATE_NOOP("workers", "Statut"),
        "birth_date": QT_TRANSLATE_NOOP("workers", "Date de naissance"),
        "national_number": QT_TRANSLATE_NOOP("workers", "Numéro national"),
        "email": QT_TRANSLATE_NOOP("workers", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("workers", "Téléphone"),
        "address": QT_TRANSLATE_NOOP("workers", "Adresse"),
        "postal_code": QT_TRANSLATE_NOOP("workers", "Code postal"),
        "city": QT_TRANSLATE_NOOP("workers", "Localité"),
        "consent_date": QT_TRANSLATE_NOOP("workers", "Date du consentement"),
        "consent_scope": QT_TRANSLATE_NOOP("workers", "Portée du consentement"),
        "consent_by": QT_TRANSLATE_NOOP("workers", "Consentement recueilli par"),
        "enrolled_on": QT_TRANSLATE_NOOP("workers", "Date d'inscription"),
        "last_contact": QT_TRANSLATE_NOOP("workers", "Dernier contact"),
    }
)


def _clean_one(name: str, value: Any, today: date | None) -> Any:
    label = FIELD_LABELS[name]
    match name:
        case "family_name" | "given_name":
            return v.required_name(value, name, label)
        case "birth_date":
            return v.parse_birth_date(value, today)
        case "national_number":
            return validate_national_number(value or "")
        case "email":
            return v.optional_email(value)
        case "phone":
            return v.optional_phone(value)
        case "status":
            return WorkerStatus(v.choice(str(value), name, label, WorkerStatus))
        case "consent_scope":
            return ConsentScope(v.choice(str(value), name, label, ConsentScope))
        case "consent_date" | "enrolled_on" | "last_contact":
            return v.parse_date(value, name, label)
        case "cell_id":
            return value or None
        case _:
            return v.bounded_text(value, name, label, limit=300)


def clean_worker_fields(
    fields: Mapping[str, Any], *, partial: bool = False, today: date | None = None
) -> dict[str, Any]:
    """Validated, normalised copy of `fields`; raises ValidationError on the first bad one.

    With `partial`, only the given fields are checked (an edit); otherwise the names are
    required (a new worker).
    """
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        first = sorted(unknown)[0]
        raise ValidationError(
            first, translate("workers", "Champ inconnu : {name}.").format(name=first)
        )
    cleaned = {name: _clean_one(name, value, today) for name, value in fields.items()}
    if not partial:
        for required in ("family_name", "given_name"):
            if required not in cleaned:
                cleaned[required] = _clean_one(required, "", today)
    consent = cleaned.get("consent_scope")
    if (
        consent not in (None, ConsentScope.NONE)
        and "consent_date" in cleaned
        and not cleaned["consent_date"]
    ):
        raise ValidationError(
            "consent_date", translate("workers", "Indiquez la date du consentement.")
        )
    return cleaned
