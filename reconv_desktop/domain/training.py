"""A training of coordination's catalogue, and the rules its fields follow.

The same cleaning serves the repository, the CSV import and any form, so a bad date or an
end before the start gets the same French message everywhere.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from reconv_desktop.domain import validation as v
from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, translate, translated

MAX_HOURS = 10_000
# Field -> (label, translated at use; length limit) of the free-text fields.
TEXT_FIELDS = {
    "code": (QT_TRANSLATE_NOOP("training", "Code"), 100),
    "title": (QT_TRANSLATE_NOOP("training", "Intitulé"), 300),
    "organisation": (QT_TRANSLATE_NOOP("training", "Organisme"), 300),
    "place": (QT_TRANSLATE_NOOP("training", "Lieu"), 300),
    "funding": (QT_TRANSLATE_NOOP("training", "Financement"), 300),
    "target_occupation_uri": (QT_TRANSLATE_NOOP("training", "Métier visé (URI)"), 500),
    "target_occupation_label": (QT_TRANSLATE_NOOP("training", "Métier visé"), 300),
    "contact": (QT_TRANSLATE_NOOP("training", "Contact"), 500),
    "notes": (QT_TRANSLATE_NOOP("training", "Remarques"), 5000),
}


@dataclass(frozen=True, slots=True)
class Training:
    """One training offered to workers (coordination's catalogue)."""

    id: str
    title: str
    code: str = ""
    organisation: str = ""
    place: str = ""
    start_date: date | None = None
    end_date: date | None = None
    hours: int | None = None
    funding: str = ""
    target_occupation_uri: str = ""
    target_occupation_label: str = ""
    skill_uris: tuple[str, ...] = ()
    contact: str = ""
    notes: str = ""

    def dates_label(self) -> str:
        """« du 02/03/2026 au 30/04/2026 », « à partir du … » or « dates à préciser »."""
        start = f"{self.start_date:%d/%m/%Y}" if self.start_date else ""
        end = f"{self.end_date:%d/%m/%Y}" if self.end_date else ""
        if start and end:
            return translate("training", "du {start} au {end}").format(start=start, end=end)
        if start:
            return translate("training", "à partir du {start}").format(start=start)
        if end:
            return translate("training", "jusqu'au {end}").format(end=end)
        return translate("training", "dates à préciser")

    def is_over(self, today: date) -> bool:
        """True when the training already ended (or started, with no end date) before today."""
        last = self.end_date or self.start_date
        return last is not None and last < today


def parse_hours(raw: Any, field: str = "hours") -> int | None:
    """Whole hours from 0 to MAX_HOURS; empty means unknown."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, int) and not isinstance(raw, bool):
        value = raw
    else:
        text = str(raw).strip().lower().removesuffix("h").strip().replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise ValidationError(
                field,
                translate(
                    "training",
                    "Nombre d'heures invalide : « {raw} » (un nombre entier est attendu).",
                ).format(raw=raw),
            ) from None
        if not math.isfinite(number) or number != int(number):
            raise ValidationError(
                field,
                translate(
                    "training", "Nombre d'heures invalide : « {raw} » (heures entières)."
                ).format(raw=raw),
            )
        value = int(number)
    if not 0 <= value <= MAX_HOURS:
        raise ValidationError(
            field,
            translate("training", "Nombre d'heures hors limites : {value} (0 à {limit}).").format(
                value=value, limit=MAX_HOURS
            ),
        )
    return value


def clean_skill_uris(raw: Any) -> list[str]:
    """A list of distinct skill URIs from a list or a text separated by |, ; or new lines."""
    if raw is None:
        return []
    if isinstance(raw, str):
        for sep in (";", "\n"):
            raw = raw.replace(sep, "|")
        raw = raw.split("|")
    uris: list[str] = []
    for item in raw:
        text = str(item).strip()
        if not text:
            continue
        if len(text) > 500 or any(ch.isspace() for ch in text):
            raise ValidationError(
                "skill_uris",
                translate("training", "Compétence mal formée : « {value} ».").format(
                    value=text[:60]
                ),
            )
        if text not in uris:
            uris.append(text)
    return uris


def clean_training(fields: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    """Validated column values for the `training` table (`partial`: only the given fields)."""
    out: dict[str, Any] = {}
    for name, (label, limit) in TEXT_FIELDS.items():
        if name in fields:
            out[name] = v.bounded_text(fields[name], name, translated(label), limit)
    if "title" in out or not partial:
        title = " ".join((fields.get("title") or "").split())
        if not title:
            raise ValidationError(
                "title", translate("training", "L'intitulé de la formation est obligatoire.")
            )
        out["title"] = title
    for name, label in (
        ("start_date", translate("training", "Date de début")),
        ("end_date", translate("training", "Date de fin")),
    ):
        if name in fields:
            out[name] = v.parse_date(fields[name], name, label)
    start, end = out.get("start_date"), out.get("end_date")
    if start and end and end < start:
        raise ValidationError(
            "end_date", translate("training", "La date de fin précède la date de début.")
        )
    if "hours" in fields:
        out["hours"] = parse_hours(fields["hours"])
    if "skill_uris" in fields:
        out["skill_uris"] = json.dumps(clean_skill_uris(fields["skill_uris"]), ensure_ascii=False)
    return out
