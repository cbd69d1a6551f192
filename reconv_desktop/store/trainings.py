"""The training catalogue: coordination writes it, every vault reads and searches it.

Coordination sends the rows in reference bundles (owner "reference"), so counsellors get
them as read-only reference data. Searching is done in Python over the live rows: a
catalogue holds hundreds of trainings, not hundreds of thousands.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from reconv_desktop.domain.text import fold
from reconv_desktop.domain.training import Training, clean_training
from reconv_desktop.errors import ReconvError, ValidationError
from reconv_desktop.i18n import translate
from reconv_desktop.store.records import SyncedRepository, as_date
from reconv_desktop.store.tables import SyncedTable, register

register(SyncedTable("training", owner="reference"))

SEARCHED_FIELDS = (
    "title",
    "code",
    "organisation",
    "place",
    "funding",
    "target_occupation_label",
    "notes",
)


def training_from_row(row: dict[str, Any]) -> Training:
    try:
        skills = tuple(json.loads(row["skill_uris"] or "[]"))
    except (TypeError, ValueError):
        skills = ()  # a hand-edited row must not break the catalogue list
    return Training(
        id=row["id"],
        title=row["title"],
        code=row["code"],
        organisation=row["organisation"],
        place=row["place"],
        start_date=as_date(row["start_date"]),
        end_date=as_date(row["end_date"]),
        hours=row["hours"],
        funding=row["funding"],
        target_occupation_uri=row["target_occupation_uri"],
        target_occupation_label=row["target_occupation_label"],
        skill_uris=skills,
        contact=row["contact"],
        notes=row["notes"],
    )


def _sort_key(t: Training) -> tuple:
    # Dated trainings first, soonest first; then by title without accents.
    return (t.start_date is None, t.start_date or date.min, fold(t.title), t.id)


class TrainingRepository(SyncedRepository):
    table = "training"

    def require_coordination(self) -> None:
        if (self.store.meta("role") or "counsellor") != "coordination":
            raise ReconvError(
                translate(
                    "training",
                    "Le catalogue de formations est tenu par la coordination : il se met à jour "
                    "par ses envois.",
                ),
                "catalogue_read_only",
            )

    # --- writing (coordination) -------------------------------------------------------------
    def add(self, **fields: Any) -> Training:
        """Add a training to the catalogue (coordination only)."""
        self.require_coordination()
        values = clean_training(fields)
        with self.store.transaction():
            training_id = self._insert(values)
        return self.get(training_id)

    def update(self, training_id: str, **fields: Any) -> Training:
        """Change some fields of a training (coordination only)."""
        self.require_coordination()
        current = self.get(training_id)
        values = clean_training(fields, partial=True)
        start = values.get("start_date", current.start_date)
        end = values.get("end_date", current.end_date)
        if start and end and end < start:
            raise ValidationError(
                "end_date", translate("training", "La date de fin précède la date de début.")
            )
        with self.store.transaction():
            self._update(training_id, values)
        return self.get(training_id)

    def remove(self, training_id: str) -> None:
        """Withdraw a training (a tombstone, so counsellors' copies disappear too)."""
        self.require_coordination()
        with self.store.transaction():
            self._tombstone(training_id)

    def save_many(self, rows: Iterable[dict[str, Any]]) -> tuple[int, int]:
        """Add or update cleaned rows in one transaction, matching on `code` when given, else
        on title, organisation and start date; returns (added, updated)."""
        self.require_coordination()
        existing = {self._identity_of_row(r): r["id"] for r in self._live_rows()}
        added = updated = 0
        with self.store.transaction():
            for values in rows:
                known = existing.get(self._identity_of_row(values))
                if known:
                    self._update(known, values)
                    updated += 1
                else:
                    existing[self._identity_of_row(values)] = self._insert(values)
                    added += 1
        return added, updated

    @staticmethod
    def _identity_of_row(row: dict[str, Any]) -> tuple[str, ...]:
        if row.get("code"):
            return ("code", fold(row["code"]).strip())
        start = row.get("start_date")
        return (
            "",
            fold(row.get("title") or ""),
            fold(row.get("organisation") or ""),
            start.isoformat() if isinstance(start, date) else str(start or ""),
        )

    # --- reading (both sides) ---------------------------------------------------------------
    def _live_rows(self) -> list[dict[str, Any]]:
        return self.store.query("SELECT * FROM training WHERE deleted = 0")

    def get(self, training_id: str) -> Training:
        return training_from_row(self._row(training_id))

    def all(self) -> list[Training]:
        """Every live training, dated ones first by start date."""
        return sorted((training_from_row(r) for r in self._live_rows()), key=_sort_key)

    def search(
        self,
        text: str = "",
        *,
        occupation: str | None = None,
        skill: str | None = None,
        upcoming: bool = False,
        today: date | None = None,
    ) -> list[Training]:
        """Trainings whose words contain every word of `text` (accents and case ignored),
        optionally aimed at an occupation URI, covering a skill URI, or not yet over."""
        words = fold(text).split()
        today = today or date.today()
        found = []
        for t in self.all():
            if occupation and t.target_occupation_uri != occupation:
                continue
            if skill and skill not in t.skill_uris:
                continue
            if upcoming and t.is_over(today):
                continue
            if words:
                haystack = fold(" ".join(str(getattr(t, f)) for f in SEARCHED_FIELDS))
                if not all(w in haystack for w in words):
                    continue
            found.append(t)
        return found

    def upcoming(self, today: date | None = None, limit: int = 50) -> list[Training]:
        """Trainings starting today or later, soonest first."""
        today = today or date.today()
        return [t for t in self.all() if t.start_date and t.start_date >= today][:limit]

    def covering(self, skill_uris: Iterable[str], today: date | None = None) -> list[Training]:
        """Trainings not yet over that cover at least one of `skill_uris`."""
        wanted = set(skill_uris)
        today = today or date.today()
        return [t for t in self.all() if wanted.intersection(t.skill_uris) and not t.is_over(today)]
