"""Drop-in sessions ("permanence"): find or create the visitor, record the visit and a note.

One call records everything in one transaction so that the next visitor can be taken at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from reconv_desktop.domain import validation as v
from reconv_desktop.domain.enums import AppointmentKind, AppointmentStatus
from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import translate

if TYPE_CHECKING:
    from reconv_desktop.store.store import Store

DROP_IN_MINUTES = 15


@dataclass(frozen=True, slots=True)
class DropInVisit:
    """What was recorded: the worker (maybe new), the appointment and the note (if any)."""

    worker_id: str
    worker_name: str
    appointment_id: str
    note_id: str | None
    created_worker: bool


def parse_visitor_name(text: str) -> tuple[str, str]:
    """Split "Nom, Prénom" or "Nom Prénom" (first word = family name) into the two names."""
    cleaned = " ".join((text or "").split())
    if "," in cleaned:
        family, _, given = cleaned.partition(",")
    else:
        family, _, given = cleaned.partition(" ")
    family, given = family.strip(), given.strip()
    if not family or not given:
        raise ValidationError(
            "name",
            translate(
                "store", "Indiquez le nom puis le prénom de la personne (ex. « Wójcik Łukasz »)."
            ),
        )
    return family, given


def record_drop_in(
    store: Store,
    *,
    worker_id: str | None = None,
    new_worker_name: str = "",
    reason: str = "",
    note: str = "",
    when: datetime | None = None,
    cell_id: str | None = None,
) -> DropInVisit:
    """Record a drop-in visit (done appointment + optional note), creating the worker if new.

    The appointment is marked done, which also updates the worker's last contact.
    """
    when = when or datetime.now().replace(second=0, microsecond=0)
    reason = v.bounded_text(reason, "reason", translate("store", "Motif"), 300)
    created = False
    with store.transaction():
        if worker_id is None:
            family, given = parse_visitor_name(new_worker_name)
            worker = store.workers.add(family_name=family, given_name=given, cell_id=cell_id)
            created = True
        else:
            worker = store.workers.get(worker_id)
        appointment = store.appointments.add(
            when,
            worker.id,
            kind=AppointmentKind.DROP_IN,
            status=AppointmentStatus.DONE,
            reason=reason,
            duration_min=DROP_IN_MINUTES,
            cell_id=worker.cell_id,
        )
        note_id = store.notes.add(worker.id, note, when).id if note.strip() else None
    return DropInVisit(worker.id, worker.display_name, appointment.id, note_id, created)
