"""What needs the counsellor's attention today, and how many changes are not yet sent.

Plain queries for the home view: today's appointments, workers without contact for a while,
overdue administrative steps and action deadlines. Each item names the worker it leads to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from reconv_desktop.domain.enums import AppointmentKind, WorkerStatus
from reconv_desktop.i18n import translate
from reconv_desktop.store.tables import SYNCED_TABLES

if TYPE_CHECKING:
    from reconv_desktop.store.store import Store

NO_CONTACT_DAYS = 30
MAX_ITEMS = 200
# People already out of the scheme need no follow-up call.
INACTIVE_STATUSES = (WorkerStatus.EMPLOYED.value, WorkerStatus.LEFT.value)


@dataclass(frozen=True, slots=True)
class AttentionItem:
    """One line of the home view; `worker_id` is None for a session without a person."""

    worker_id: str | None
    worker_name: str
    label: str
    when: date | None = None


@dataclass(frozen=True, slots=True)
class Attention:
    """The home view's four lists; `*_total` counts beyond the shown items."""

    appointments: list[AttentionItem] = field(default_factory=list)
    no_contact: list[AttentionItem] = field(default_factory=list)
    no_contact_total: int = 0
    overdue_steps: list[AttentionItem] = field(default_factory=list)
    overdue_actions: list[AttentionItem] = field(default_factory=list)


def _name(family: str | None, given: str | None) -> str:
    return f"{(family or '').upper()} {given or ''}".strip()


def todays_appointments(store: Store, today: date) -> list[AttentionItem]:
    """Appointments of `today` in time order, with the worker's name when there is one."""
    rows = store.query(
        """SELECT a.worker_id, a.starts_at, a.kind, a.reason, w.family_name, w.given_name
           FROM appointment a LEFT JOIN worker w ON w.id = a.worker_id AND w.deleted = 0
           WHERE a.deleted = 0 AND a.starts_at >= ? AND a.starts_at < ? AND a.status != 'annule'
           ORDER BY a.starts_at LIMIT ?""",
        [today.isoformat(), (today + timedelta(days=1)).isoformat(), MAX_ITEMS],
    )
    items = []
    for r in rows:
        kind = AppointmentKind(r["kind"]).label
        label = f"{r['starts_at'][11:16]} · {kind}" + (f" · {r['reason']}" if r["reason"] else "")
        items.append(
            AttentionItem(r["worker_id"], _name(r["family_name"], r["given_name"]), label, today)
        )
    return items


def workers_without_contact(
    store: Store, today: date, days: int = NO_CONTACT_DAYS
) -> tuple[list[AttentionItem], int]:
    """Active workers whose last contact is older than `days` (oldest first), and their count."""
    limit_day = (today - timedelta(days=days)).isoformat()
    # The expression matches the worker_no_contact index (migration m0008) to the letter;
    # INDEXED BY because without statistics the planner prefers worker_sort (deleted = 0)
    # and scans every worker: 0.6 s instead of a few ms at 50,000.
    seen = "coalesce(last_contact, enrolled_on, '0000')"
    where = f"deleted = 0 AND {seen} < ? AND status NOT IN (?, ?)"
    params = [limit_day, *INACTIVE_STATUSES]
    source = "worker INDEXED BY worker_no_contact"
    total = store.conn.execute(f"SELECT count(*) FROM {source} WHERE {where}", params).fetchone()[0]
    rows = store.query(
        f"""SELECT id, family_name, given_name, nullif({seen}, '0000') AS seen
            FROM {source} WHERE {where} ORDER BY {seen} LIMIT ?""",
        [*params, MAX_ITEMS],
    )
    items = [
        AttentionItem(
            r["id"],
            _name(r["family_name"], r["given_name"]),
            translate("store", "dernier contact le {date}").format(date=_fr_date(r["seen"]))
            if r["seen"]
            else translate("store", "aucun contact"),
            date.fromisoformat(r["seen"]) if r["seen"] else None,
        )
        for r in rows
    ]
    return items, total


def _fr_date(iso: str) -> str:
    return date.fromisoformat(iso[:10]).strftime("%d/%m/%Y")


def _display_names(store: Store, worker_ids: set[str]) -> dict[str, str]:
    """ "FAMILY Given" for each id, the way every list of the app shows people."""
    ids = sorted(worker_ids)
    names: dict[str, str] = {}
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in store.conn.execute(
            f"SELECT id, family_name, given_name FROM worker WHERE id IN ({marks})", chunk
        ):
            names[row[0]] = _name(row[1], row[2])
    return names


def attention(store: Store, today: date | None = None) -> Attention:
    """Everything the home view shows, computed in one go (a few indexed queries)."""
    today = today or date.today()
    no_contact, total = workers_without_contact(store, today)
    overdue_steps = store.admin_steps.overdue(today)[:MAX_ITEMS]
    overdue_actions = store.actions.overdue(today)[:MAX_ITEMS]
    names = _display_names(
        store, {s.worker_id for s, _ in overdue_steps} | {a.worker_id for a, _ in overdue_actions}
    )
    steps = [
        AttentionItem(
            step.worker_id,
            names.get(step.worker_id, name),
            translate("store", "{label} (échéance {due_date:%d/%m/%Y})").format(
                label=step.label, due_date=step.due_date
            ),
            step.due_date,
        )
        for step, name in overdue_steps
    ]
    actions = [
        AttentionItem(
            action.worker_id,
            names.get(action.worker_id, name),
            translate("store", "{title} (échéance {due_date:%d/%m/%Y})").format(
                title=action.title, due_date=action.due_date
            ),
            action.due_date,
        )
        for action, name in overdue_actions
    ]
    return Attention(
        appointments=todays_appointments(store, today),
        no_contact=no_contact,
        no_contact_total=total,
        overdue_steps=steps,
        overdue_actions=actions,
    )


PENDING_CAP = 10_000


def pending_changes(store: Store, cap: int = PENDING_CAP) -> int:
    """Rows written on this computer since the last bundle coordination acknowledged.

    Without any acknowledgement yet, every row written here counts. Counting stops at `cap`
    (the status bar then says "10 000+"): an exact figure of a million rows costs seconds.
    """
    acknowledged = store.meta("last_acknowledged_hlc") or ""
    total = 0
    for name in SYNCED_TABLES:
        exists = store.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
        ).fetchone()
        if not exists:
            continue
        total += store.conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {name} WHERE origin = ? AND updated_at > ? "
            "LIMIT ?)",
            [store.device_id, acknowledged, cap - total],
        ).fetchone()[0]
        if total >= cap:
            return cap
    return total


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One appointment of the agenda, with the worker's display name."""

    appointment_id: str
    starts_at: str
    worker_id: str | None
    worker_name: str
    kind: str
    status: str
    reason: str
    place: str


def agenda(store: Store, start: date, end: date, kind: str | None = None) -> list[AgendaEntry]:
    """Appointments from `start` (inclusive) to `end` (exclusive), in time order."""
    rows = store.query(
        """SELECT a.id, a.starts_at, a.worker_id, a.kind, a.status, a.reason, a.place,
                  w.family_name, w.given_name
           FROM appointment a LEFT JOIN worker w ON w.id = a.worker_id AND w.deleted = 0
           WHERE a.deleted = 0 AND a.starts_at >= ? AND a.starts_at < ?
             AND (? IS NULL OR a.kind = ?)
           ORDER BY a.starts_at LIMIT 2000""",
        [start.isoformat(), end.isoformat(), kind, kind],
    )
    return [
        AgendaEntry(
            r["id"],
            r["starts_at"],
            r["worker_id"],
            _name(r["family_name"], r["given_name"]),
            r["kind"],
            r["status"],
            r["reason"],
            r["place"],
        )
        for r in rows
    ]
