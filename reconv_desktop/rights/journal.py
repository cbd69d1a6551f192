"""The journal: who did what, when, on which record; kept inside the encrypted vault.

Lines are only ever appended (triggers of migration m0006 refuse UPDATE and DELETE). A line
names the actor (owner name of the vault, or its device id), the action, the kind and id of
the target, and a short technical detail made by the code (field names, counts, file kind):
never a worker's name or a field's value.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from reconv_desktop.fileio import write_atomic
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, LabelledStrEnum, LabelTable

if TYPE_CHECKING:
    from reconv_desktop.store.store import Store

log = logging.getLogger(__name__)

# The detail is written by code, never from user input: this guard makes a slip
# (a name or a note passed by mistake) fail loudly in tests instead of leaking.
_SAFE_DETAIL = re.compile(r"^[A-Za-z0-9_ ,.:=/+()-]*$")
MAX_DETAIL_LENGTH = 300
CSV_COLUMNS = ("seq", "at", "actor", "device_id", "action", "target_kind", "target_id", "detail")
# What a line is about, in words (the journal and its CSV keep the code).
TARGET_LABELS = LabelTable(
    {
        "worker": QT_TRANSLATE_NOOP("rights", "personne"),
        "backup": QT_TRANSLATE_NOOP("rights", "sauvegarde"),
        "rule": QT_TRANSLATE_NOOP("rights", "règle de conservation"),
        "vault": QT_TRANSLATE_NOOP("rights", "coffre"),
        "journal": QT_TRANSLATE_NOOP("rights", "journal"),
    }
)


class JournalAction(LabelledStrEnum):
    UNLOCK = "unlock", QT_TRANSLATE_NOOP("JournalAction", "Déverrouillage")
    EXPORT = "export", QT_TRANSLATE_NOOP("JournalAction", "Exportation")
    IMPORT = "import", QT_TRANSLATE_NOOP("JournalAction", "Importation")
    PRINT = "print", QT_TRANSLATE_NOOP("JournalAction", "Impression")
    ERASURE = "erasure", QT_TRANSLATE_NOOP("JournalAction", "Effacement")
    ACCESS = "access", QT_TRANSLATE_NOOP("JournalAction", "Consultation d'un dossier")
    RECTIFICATION = "rectification", QT_TRANSLATE_NOOP("JournalAction", "Rectification")
    CONSENT = "consent", QT_TRANSLATE_NOOP("JournalAction", "Consentement")
    BACKUP = "backup", QT_TRANSLATE_NOOP("JournalAction", "Sauvegarde")
    RESTORE = "restore", QT_TRANSLATE_NOOP("JournalAction", "Restauration")
    RETENTION = "retention", QT_TRANSLATE_NOOP("JournalAction", "Durée de conservation")


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One line of the journal."""

    seq: int
    at: str
    actor: str
    device_id: str
    action: str
    target_kind: str
    target_id: str
    detail: str

    @property
    def label(self) -> str:
        try:
            return JournalAction(self.action).label
        except ValueError:
            return self.action


def actor_of(store: Store) -> str:
    """Who acts on this vault: the owner's name given at creation, else the device id."""
    return store.meta("owner_name") or store.device_id


def record_event(
    store: Store,
    action: JournalAction | str,
    target_kind: str = "",
    target_id: str = "",
    detail: str = "",
) -> None:
    """Append one line; it joins the caller's transaction, so line and change commit together."""
    action = JournalAction(action)
    if len(detail) > MAX_DETAIL_LENGTH or not _SAFE_DETAIL.match(detail):
        raise ValueError("audit detail must be short technical text (no personal data)")
    at = datetime.now(UTC).isoformat(timespec="seconds")
    with store.transaction():
        store.conn.execute(
            "INSERT INTO journal (at, actor, device_id, action, target_kind, target_id, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [at, actor_of(store), store.device_id, action.value, target_kind, target_id, detail],
        )


def record_unlock(store: Store) -> None:
    """Log an unlock; a vault that cannot be written (full disk) still opens, for rescue."""
    try:
        record_event(store, JournalAction.UNLOCK, "vault")
    except sqlcipher3.Error as exc:
        log.warning("unlock not written to the journal: %s", exc)


def events(
    store: Store,
    target_id: str | None = None,
    action: JournalAction | str | None = None,
    limit: int | None = None,
) -> list[JournalEntry]:
    """Lines of the log, newest first, optionally about one target or of one action."""
    where, params = [], []
    if target_id:
        where.append("target_id = ?")
        params.append(target_id)
    if action:
        where.append("action = ?")
        params.append(JournalAction(action).value)
    sql = f"SELECT {', '.join(CSV_COLUMNS)} FROM journal"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [JournalEntry(*row) for row in store.conn.execute(sql, params)]


def csv_bytes(store: Store) -> bytes:
    """The whole log as UTF-8 CSV (with BOM, so spreadsheet software reads accents right)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*CSV_COLUMNS, "label"])
    for event in reversed(events(store)):
        writer.writerow([*(getattr(event, c) for c in CSV_COLUMNS), event.label])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_csv(store: Store, dest: Path) -> int:
    """Write the log to `dest` atomically and log the export itself; returns the line count."""
    record_event(store, JournalAction.EXPORT, "journal", detail="csv")
    data = csv_bytes(store)
    write_atomic(Path(dest), data, mode=0o600)
    return data.count(b"\r\n") - 1
