"""Appointments and notes: the dated timeline of a worker's follow-up."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from reconv_desktop.domain import validation as v
from reconv_desktop.domain.enums import AppointmentKind, AppointmentStatus
from reconv_desktop.domain.models import Appointment, Note
from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import translate
from reconv_desktop.store.records import SyncedRepository, required_datetime


def _appointment_from_row(row: dict[str, Any]) -> Appointment:
    return Appointment(
        id=row["id"],
        starts_at=required_datetime(row["starts_at"]),
        worker_id=row["worker_id"],
        cell_id=row["cell_id"],
        duration_min=row["duration_min"],
        kind=AppointmentKind(row["kind"]),
        status=AppointmentStatus(row["status"]),
        reason=row["reason"],
        place=row["place"],
    )


def _note_from_row(row: dict[str, Any]) -> Note:
    return Note(
        id=row["id"],
        worker_id=row["worker_id"],
        written_at=required_datetime(row["written_at"]),
        body=row["body"],
        author=row["author"],
    )


class AppointmentRepository(SyncedRepository):
    table = "appointment"

    def add(
        self,
        starts_at: datetime,
        worker_id: str | None = None,
        *,
        kind: str = AppointmentKind.INDIVIDUAL,
        status: str = AppointmentStatus.PLANNED,
        reason: str = "",
        place: str = "",
        duration_min: int = 60,
        cell_id: str | None = None,
    ) -> Appointment:
        if not isinstance(starts_at, datetime):
            raise ValidationError(
                "starts_at", translate("store", "Date et heure du rendez-vous invalides.")
            )
        if not 5 <= int(duration_min) <= 600:
            raise ValidationError(
                "duration_min", translate("store", "Durée invalide (5 à 600 minutes).")
            )
        values = {
            "starts_at": starts_at,
            "worker_id": worker_id,
            "cell_id": cell_id,
            "kind": AppointmentKind(
                v.choice(kind, "kind", translate("store", "Type de rendez-vous"), AppointmentKind)
            ),
            "status": AppointmentStatus(
                v.choice(status, "status", translate("store", "Statut"), AppointmentStatus)
            ),
            "reason": v.bounded_text(reason, "reason", translate("store", "Motif"), 300),
            "place": v.bounded_text(place, "place", translate("store", "Lieu"), 200),
            "duration_min": int(duration_min),
        }
        with self.store.transaction():
            appointment_id = self._insert(values)
            if worker_id and values["status"] == AppointmentStatus.DONE:
                self.store.workers.touch_contact(worker_id, starts_at.date())
        return _appointment_from_row(self._row(appointment_id))

    def set_status(self, appointment_id: str, status: str) -> None:
        status_value = AppointmentStatus(
            v.choice(status, "status", translate("store", "Statut"), AppointmentStatus)
        )
        with self.store.transaction():
            self._update(appointment_id, {"status": status_value})
            row = self._row(appointment_id)
            if row["worker_id"] and status_value == AppointmentStatus.DONE:
                self.store.workers.touch_contact(
                    row["worker_id"], required_datetime(row["starts_at"]).date()
                )

    def for_worker(self, worker_id: str) -> list[Appointment]:
        rows = self.store.query(
            "SELECT * FROM appointment WHERE worker_id = ? AND deleted = 0 ORDER BY starts_at DESC",
            [worker_id],
        )
        return [_appointment_from_row(r) for r in rows]

    def between(self, start: date, end: date) -> list[Appointment]:
        """Appointments from `start` (inclusive) to `end` (exclusive), in time order."""
        rows = self.store.query(
            "SELECT * FROM appointment WHERE deleted = 0 AND starts_at >= ? AND starts_at < ? "
            "ORDER BY starts_at",
            [start.isoformat(), end.isoformat()],
        )
        return [_appointment_from_row(r) for r in rows]

    def on_day(self, day: date) -> list[Appointment]:
        return self.between(day, day + timedelta(days=1))


class NoteRepository(SyncedRepository):
    table = "note"

    def add(
        self, worker_id: str, body: str, written_at: datetime | None = None, author: str = ""
    ) -> Note:
        text = v.bounded_text(body, "body", translate("store", "La note"))
        if not text:
            raise ValidationError("body", translate("store", "La note est vide."))
        when = written_at or datetime.now().replace(second=0, microsecond=0)
        with self.store.transaction():
            note_id = self._insert(
                {"worker_id": worker_id, "body": text, "written_at": when, "author": author}
            )
        return _note_from_row(self._row(note_id))

    def edit(self, note_id: str, body: str) -> Note:
        text = v.bounded_text(body, "body", translate("store", "La note"))
        if not text:
            raise ValidationError("body", translate("store", "La note est vide."))
        with self.store.transaction():
            self._update(note_id, {"body": text})
        return _note_from_row(self._row(note_id))

    def remove(self, note_id: str) -> None:
        with self.store.transaction():
            self._tombstone(note_id)

    def for_worker(self, worker_id: str) -> list[Note]:
        rows = self.store.query(
            "SELECT * FROM note WHERE worker_id = ? AND deleted = 0 ORDER BY written_at DESC",
            [worker_id],
        )
        return [_note_from_row(r) for r in rows]
