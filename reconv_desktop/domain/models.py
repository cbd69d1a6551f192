"""Records of the caseload as plain frozen dataclasses.

Every synced record carries `id` (UUID text), `updated_at` (hybrid logical clock), `origin`
(device id) and `deleted` (tombstone); repositories fill them, the domain only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reconv_desktop.domain.enums import (
    ActionKind,
    ActionStatus,
    AppointmentKind,
    AppointmentStatus,
    ConsentScope,
    OutcomeKind,
    WorkerStatus,
)


@dataclass(frozen=True, slots=True)
class SyncMeta:
    id: str
    updated_at: str = ""
    origin: str = ""
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Cell:
    id: str
    name: str
    company: str = ""
    sector: str = ""
    layoff_date: date | None = None
    start_date: date | None = None
    end_date: date | None = None
    cct_notes: str = ""


@dataclass(frozen=True, slots=True)
class Worker:
    id: str
    family_name: str
    given_name: str
    cell_id: str | None = None
    status: WorkerStatus = WorkerStatus.WELCOME
    birth_date: date | None = None
    national_number: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    consent_date: date | None = None
    consent_scope: ConsentScope = ConsentScope.NONE
    consent_by: str = ""
    enrolled_on: date | None = None
    last_contact: date | None = None
    updated_at: str = ""

    @property
    def display_name(self) -> str:
        return f"{self.family_name.upper()} {self.given_name}".strip()


@dataclass(frozen=True, slots=True)
class Appointment:
    id: str
    starts_at: datetime
    worker_id: str | None = None
    cell_id: str | None = None
    duration_min: int = 60
    kind: AppointmentKind = AppointmentKind.INDIVIDUAL
    status: AppointmentStatus = AppointmentStatus.PLANNED
    reason: str = ""
    place: str = ""


@dataclass(frozen=True, slots=True)
class Note:
    id: str
    worker_id: str
    written_at: datetime
    body: str
    author: str = ""


@dataclass(frozen=True, slots=True)
class AdminStepTemplate:
    id: str
    code: str
    label: str
    country: str = "*"
    position: int = 0
    due_days: int | None = None
    active: bool = True


@dataclass(frozen=True, slots=True)
class AdminStep:
    id: str
    worker_id: str
    label: str
    template_code: str = ""
    position: int = 0
    done: bool = False
    done_on: date | None = None
    due_date: date | None = None
    comment: str = ""


@dataclass(frozen=True, slots=True)
class Action:
    id: str
    worker_id: str
    kind: ActionKind
    title: str
    organisation: str = ""
    start_date: date | None = None
    end_date: date | None = None
    due_date: date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    result: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    id: str
    worker_id: str
    kind: OutcomeKind
    outcome_date: date
    contract_type: str = ""
    employer: str = ""
    comment: str = ""


@dataclass(frozen=True, slots=True)
class SearchHit:
    worker_id: str
    family_name: str
    given_name: str
    cell_name: str
    status: WorkerStatus
    matched_in: tuple[str, ...] = field(default_factory=tuple)
