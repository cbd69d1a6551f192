"""Monthly activity indicators, computed the same way for a counsellor and for coordination.

One pure function (`compute_figures`) turns rows into figures, whether the rows come from the
counsellor's own tables or from what coordination received; small counts (1 to 4) are
suppressed so that a figure cannot point at one person.
"""

from __future__ import annotations

import calendar
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from reconv_desktop.domain.enums import ActionKind, AppointmentKind, OutcomeKind, WorkerStatus
from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, LabelledStrEnum, LabelTable, translate
from reconv_desktop.store.store import Store

SUPPRESS_BELOW = 5
NAMESPACE = uuid.UUID("0b6f3c1e-5a4e-4f43-9d0e-7265636f6e76")

INDICATORS = LabelTable(
    {
        "caseload": QT_TRANSLATE_NOOP("sync", "File active en fin de mois (par statut)"),
        "enrolments": QT_TRANSLATE_NOOP("sync", "Nouvelles inscriptions"),
        "appointments": QT_TRANSLATE_NOOP("sync", "Rendez-vous réalisés (par type)"),
        "actions": QT_TRANSLATE_NOOP("sync", "Actions démarrées (par type)"),
        "outcomes": QT_TRANSLATE_NOOP("sync", "Sorties (par type)"),
        "steps_done": QT_TRANSLATE_NOOP("sync", "Démarches administratives terminées"),
    }
)
# Columns each indicator needs: all survive the pseudonymous scope.
NEEDED = {
    "cell": ("id", "name"),
    "worker": ("id", "cell_id", "status", "enrolled_on"),
    "appointment": ("worker_id", "cell_id", "starts_at", "status", "kind"),
    "action": ("worker_id", "kind", "start_date"),
    "outcome": ("worker_id", "kind", "outcome_date"),
    "admin_step": ("worker_id", "done", "done_on"),
}


@dataclass(frozen=True, slots=True)
class Figure:
    """One count: indicator x category in one cell for one month; value None when suppressed."""

    period: str
    cell_id: str | None
    cell_name: str
    indicator: str
    category: str
    value: int | None

    @property
    def suppressed(self) -> bool:
        return self.value is None

    def shown(self) -> str:
        return f"< {SUPPRESS_BELOW}" if self.value is None else str(self.value)

    def row_id(self, device_id: str) -> str:
        key = f"{device_id}|{self.period}|{self.cell_id}|{self.indicator}|{self.category}"
        return str(uuid.uuid5(NAMESPACE, key))


# The stored values an indicator's categories hold (shown through their labels).
CATEGORY_KINDS: dict[str, type[LabelledStrEnum]] = {
    "caseload": WorkerStatus,
    "appointments": AppointmentKind,
    "actions": ActionKind,
    "outcomes": OutcomeKind,
}


def category_label(indicator: str, category: str) -> str:
    """A figure's category in words (a status, a kind), as stored when it is not known."""
    kind = CATEGORY_KINDS.get(indicator)
    if kind is None or not category:
        return category
    try:
        return kind(category).label
    except ValueError:
        return category


def parse_period(text: str | None, today: date | None = None) -> str:
    """'YYYY-MM' checked; None gives last month."""
    if not text:
        today = today or date.today()
        year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        return f"{year:04d}-{month:02d}"
    try:
        year, month = (int(p) for p in text.split("-"))
        if len(text) != 7 or not 1 <= month <= 12 or not 2000 <= year <= 2100:
            raise ValueError
    except ValueError as exc:
        raise ValidationError(
            "period",
            translate("sync", "Période invalide « {text} » : AAAA-MM attendu.").format(text=text),
        ) from exc
    return text


def month_bounds(period: str) -> tuple[str, str]:
    year, month = (int(p) for p in period.split("-"))
    return f"{period}-01", f"{period}-{calendar.monthrange(year, month)[1]:02d}"


def _in(value: Any, start: str, end: str) -> bool:
    return isinstance(value, str) and start <= value[:10] <= end


def _cell_label(names: Mapping[str, str], cell_id: str | None) -> str:
    if not cell_id:
        return "(sans cellule)"
    return names.get(cell_id) or f"Cellule {cell_id[:8]}"


def compute_figures(
    period: str, tables: Mapping[str, Iterable[Mapping[str, Any]]], suppress: bool = True
) -> list[Figure]:
    """Figures of one month from live (not deleted) rows of cell, worker and activity tables."""
    start, end = month_bounds(period)
    cell_names = {c["id"]: c.get("name") or "" for c in tables.get("cell", ())}
    worker_cell: dict[str, str | None] = {}
    counts: Counter[tuple[str | None, str, str]] = Counter()
    for w in tables.get("worker", ()):
        worker_cell[w["id"]] = w.get("cell_id")
        enrolled = w.get("enrolled_on")
        if not enrolled or enrolled[:10] <= end:
            counts[(w.get("cell_id"), "caseload", w.get("status") or "")] += 1
        if _in(enrolled, start, end):
            counts[(w.get("cell_id"), "enrolments", "")] += 1
    for a in tables.get("appointment", ()):
        if a.get("status") == "realise" and _in(a.get("starts_at"), start, end):
            cell = a.get("cell_id") or worker_cell.get(a.get("worker_id") or "")
            counts[(cell, "appointments", a.get("kind") or "")] += 1
    for table, indicator, column in (
        ("action", "actions", "start_date"),
        ("outcome", "outcomes", "outcome_date"),
    ):
        for r in tables.get(table, ()):
            if _in(r.get(column), start, end):
                counts[
                    (worker_cell.get(r.get("worker_id") or ""), indicator, r.get("kind") or "")
                ] += 1
    for s in tables.get("admin_step", ()):
        if s.get("done") and _in(s.get("done_on"), start, end):
            counts[(worker_cell.get(s.get("worker_id") or ""), "steps_done", "")] += 1
    figures = [
        Figure(
            period,
            cell,
            _cell_label(cell_names, cell),
            indicator,
            category,
            None if suppress and 0 < n < SUPPRESS_BELOW else n,
        )
        for (cell, indicator, category), n in counts.items()
    ]
    return sort_figures(figures)


def sort_figures(figures: Iterable[Figure]) -> list[Figure]:
    """Report order: cell, then indicator in INDICATORS order, then category."""
    order = {code: i for i, code in enumerate(INDICATORS)}
    return sorted(
        figures,
        key=lambda f: (
            f.cell_name,
            f.cell_id or "",
            order.get(f.indicator, len(order)),
            f.category,
        ),
    )


def local_tables(store: Store) -> dict[str, list[dict[str, Any]]]:
    """The live rows of this vault, only the columns the indicators need."""
    return {
        table: store.query(f"SELECT {', '.join(cols)} FROM {table} WHERE deleted = 0")
        for table, cols in NEEDED.items()
    }


def monthly_figures(store: Store, period: str, suppress: bool = True) -> list[Figure]:
    """This counsellor's figures for one month: the ones the indicators bundle carries."""
    return compute_figures(period, local_tables(store), suppress)


def figures_to_rows(figures: Iterable[Figure], device_id: str, stamp: str) -> list[dict[str, Any]]:
    """Bundle rows (table `indicator`) for figures; ids are stable per device/month/cell/kind."""
    return [
        {
            "id": f.row_id(device_id),
            "updated_at": stamp,
            "origin": device_id,
            "deleted": 0,
            "period": f.period,
            "cell_id": f.cell_id,
            "cell_name": f.cell_name,
            "indicator": f.indicator,
            "category": f.category,
            "value": f.value,
            "suppressed": int(f.value is None),
        }
        for f in figures
    ]


def figures_from_rows(rows: Iterable[Mapping[str, Any]], period: str) -> list[Figure]:
    return sort_figures(
        Figure(
            r["period"],
            r.get("cell_id"),
            r["cell_name"],
            r["indicator"],
            r["category"],
            None if r.get("suppressed") else r.get("value"),
        )
        for r in rows
        if r.get("period") == period and not r.get("deleted")
    )


def totals(figures: Iterable[Figure]) -> dict[str, tuple[int, int]]:
    """Per indicator: (sum of shown values, number of suppressed figures)."""
    out: dict[str, tuple[int, int]] = {}
    for f in figures:
        shown, hidden = out.get(f.indicator, (0, 0))
        out[f.indicator] = (shown + (f.value or 0), hidden + int(f.value is None))
    return {k: out[k] for k in INDICATORS if k in out}
