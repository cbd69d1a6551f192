"""Retention rule: N months after a cell closes, its workers are anonymised or erased.

The rule lives in the vault's meta (`retention_months`, `retention_mode`) so coordination can
set it through reference data later. It is applied only after a preview the counsellor has
seen; anonymising keeps the rows (for the activity figures) without identity or free text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reconv_desktop.domain.text import fold
from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from reconv_desktop.rights.erasure import erase_worker
from reconv_desktop.rights.journal import JournalAction, record_event
from reconv_desktop.rights.linked import linked_tables
from reconv_desktop.store.store import Store
from reconv_desktop.store.tables import SYNCED_TABLES

Progress = Callable[[int, int, str], None]
MONTHS_META = "retention_months"
MODE_META = "retention_mode"
DEFAULT_MONTHS = 36
MAX_MONTHS = 240
MODES = LabelTable(
    {
        "anonymise": QT_TRANSLATE_NOOP("rights", "anonymiser"),
        "delete": QT_TRANSLATE_NOOP("rights", "effacer"),
    }
)
# Stored as data (and searched for): the same word whatever the language.
ANONYMISED_NAME = "Anonymisé"


@dataclass(frozen=True, slots=True)
class RetentionRule:
    months: int = DEFAULT_MONTHS
    mode: str = "anonymise"

    @property
    def description(self) -> str:
        if self.mode == "delete":
            text = translate("rights", "Effacer {months} mois après la fin de la cellule.")
        else:
            text = translate("rights", "Anonymiser {months} mois après la fin de la cellule.")
        return text.format(months=self.months)


@dataclass(frozen=True, slots=True)
class RetentionCandidate:
    worker_id: str
    display_name: str
    cell_name: str
    cell_end: date
    due_on: date


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = [
        31,
        29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][month - 1]
    return date(year, month, min(day.day, last))


def retention_rule(store: Store) -> RetentionRule:
    """The rule in force (defaults when none was set or the stored one is unreadable)."""
    try:
        months = int(store.meta(MONTHS_META) or DEFAULT_MONTHS)
    except ValueError:
        months = DEFAULT_MONTHS
    mode = store.meta(MODE_META) or "anonymise"
    return RetentionRule(
        months if 0 < months <= MAX_MONTHS else DEFAULT_MONTHS,
        mode if mode in MODES else "anonymise",
    )


def set_retention_rule(store: Store, months: Any, mode: str) -> RetentionRule:
    """Validate and store the rule (from the settings page, the CLI or coordination)."""
    try:
        value = int(months)
    except (TypeError, ValueError):
        value = 0
    if not 0 < value <= MAX_MONTHS:
        raise ValidationError(
            "retention_months",
            translate("rights", "Durée de conservation invalide : de 1 à {limit} mois.").format(
                limit=MAX_MONTHS
            ),
        )
    if mode not in MODES:
        raise ValidationError(
            "retention_mode", translate("rights", "Mode de conservation : anonymise ou delete.")
        )
    with store.transaction():
        store._write_meta(MONTHS_META, str(value))
        store._write_meta(MODE_META, mode)
        record_event(store, JournalAction.RETENTION, "rule", detail=f"months={value} mode={mode}")
    return RetentionRule(value, mode)


def retention_preview(store: Store, today: date | None = None) -> list[RetentionCandidate]:
    """Workers the rule applies to today, oldest cell first; nothing is changed."""
    today = today or date.today()
    rule = retention_rule(store)
    rows = store.conn.execute(
        "SELECT w.id, w.given_name, w.family_name, c.name, c.end_date FROM worker w "
        "JOIN cell c ON c.id = w.cell_id "
        "WHERE w.deleted = 0 AND c.end_date IS NOT NULL AND c.end_date != '' "
        "AND NOT (w.family_name = ? AND w.given_name = '') ORDER BY c.end_date, w.sort_key",
        [ANONYMISED_NAME],
    ).fetchall()
    found = []
    for worker_id, given, family, cell_name, end in rows:
        try:
            cell_end = date.fromisoformat(end)
        except ValueError:
            continue
        due = _add_months(cell_end, rule.months)
        if due <= today:
            found.append(
                RetentionCandidate(worker_id, f"{given} {family}", cell_name, cell_end, due)
            )
    return found


def anonymise_worker(store: Store, worker_id: str) -> None:
    """Remove identity and free text, keep the rows and dates that the activity figures use."""
    worker = SYNCED_TABLES["worker"]
    with store.transaction():
        row = store.query_one("SELECT * FROM worker WHERE id = ?", [worker_id]) or {}
        birth = row.get("birth_date")
        names = [fold(n) for n in (row.get("family_name"), row.get("given_name")) if n]
        changes: dict[str, Any] = {c: "" for c in worker.identity_columns}
        changes.update(
            family_name=ANONYMISED_NAME,
            given_name="",
            sort_key="~",
            birth_date=f"{birth[:4]}-01-01" if birth else None,
        )
        _stamped_update(store, "worker", "id = ?", [worker_id], changes)
        for table, column in linked_tables(store).items():
            spec = SYNCED_TABLES.get(table)
            if table == "worker" or spec is None or not spec.free_text_columns:
                continue
            _stamped_update(
                store,
                table,
                f'"{column}" = ?',
                [worker_id],
                {c: "" for c in spec.free_text_columns},
            )
            _blank_mentions(store, table, column, worker_id, names)


def _blank_mentions(
    store: Store, table: str, column: str, worker_id: str, names: list[str]
) -> None:
    """Blank any other text of the person's rows that mentions their name (titles, labels)."""
    text_columns = [
        r[1]
        for r in store.conn.execute(f'PRAGMA table_info("{table}")')
        if (r[2] or "").upper() == "TEXT" and r[1] not in ("id", "updated_at", "origin", column)
    ]
    rows = store.query(
        f'SELECT id, {", ".join(text_columns)} FROM "{table}" WHERE "{column}" = ?', [worker_id]
    )
    for row in rows:
        changes = {
            c: ""
            for c in text_columns
            if isinstance(row[c], str) and any(n in fold(row[c]) for n in names)
        }
        if changes:
            _stamped_update(store, table, "id = ?", [row["id"]], changes)


def _stamped_update(
    store: Store, table: str, where: str, params: list[Any], changes: dict[str, Any]
) -> None:
    sets = ", ".join(f'"{c}" = ?' for c in changes)
    store.conn.execute(
        f'UPDATE "{table}" SET {sets}, updated_at = ?, origin = ? WHERE {where}',
        [*changes.values(), store.stamp(), store.device_id, *params],
    )


def apply_retention(
    store: Store, today: date | None = None, progress: Progress | None = None
) -> list[RetentionCandidate]:
    """Apply the rule to the candidates of `retention_preview`; returns who was treated."""
    from reconv_desktop.rights.erasure import compact_search_indexes

    rule = retention_rule(store)
    candidates = retention_preview(store, today)
    for done, candidate in enumerate(candidates):
        if progress:
            progress(
                done,
                len(candidates),
                translate("rights", "Application de la durée de conservation"),
            )
        if rule.mode == "delete":
            erase_worker(store, candidate.worker_id)
        else:
            anonymise_worker(store, candidate.worker_id)
    with store.transaction():
        record_event(
            store,
            JournalAction.RETENTION,
            "worker",
            detail=f"applied={len(candidates)} mode={rule.mode}",
        )
    if candidates and rule.mode == "anonymise":
        compact_search_indexes(store)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if progress:
        progress(len(candidates), len(candidates), translate("rights", "Terminé"))
    return candidates
