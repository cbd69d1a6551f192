"""Encrypted backups of the vault: create, list and rotate them (reading back: restore.py).

A backup is a folder `reconv-<UTC time>-<reason>` holding a compact copy of the database
(`VACUUM INTO`, which SQLCipher encrypts with the same key and salt), a copy of the header
(so the backup opens with the passphrase of that day or the recovery key) and a small
manifest (no personal data). It is built under a temporary name starting with a dot, fsynced,
checked (`integrity_check`, `cipher_integrity_check`, checksum), and only then renamed: a
folder with the final name is always complete. Temporary leftovers of a crash are ignored by
listing and removed by the next backup. Freed pages are never copied, so a worker erased
before a backup is not in it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from reconv_desktop import __version__
from reconv_desktop.errors import ReconvError, VaultError
from reconv_desktop.fileio import describe_os_error
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from reconv_desktop.paths import DATABASE_FILENAME, HEADER_FILENAME, AppPaths
from reconv_desktop.vault.instance_lock import pid_alive

Progress = Callable[[int, int, str], None]

MANIFEST_FILENAME = "backup.json"
BACKUP_FORMAT = "reconv-backup"
BACKUP_VERSION = 1
BACKUP_PREFIX = "reconv-"
TEMP_PREFIX = ".reconv-"
KEEP_LATEST = 3
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
LAST_AUTO_META = "last_auto_backup"
BACKUP_DIR_META = "backup_dir"
# Why a backup was made (stored in its name), as the list shows it.
REASON_LABELS = LabelTable(
    {
        "manual": QT_TRANSLATE_NOOP("backup", "manuelle"),
        "unlock": QT_TRANSLATE_NOOP("backup", "automatique (ouverture)"),
        "migration": QT_TRANSLATE_NOOP("backup", "avant mise à jour du schéma"),
        "import": QT_TRANSLATE_NOOP("backup", "avant importation"),
        "restore": QT_TRANSLATE_NOOP("backup", "avant restauration"),
        "erasure": QT_TRANSLATE_NOOP("backup", "avant effacement"),
        "retention": QT_TRANSLATE_NOOP("backup", "avant application de la durée de conservation"),
    }
)
_NAME = re.compile(r"^reconv-(\d{8}T\d{6}\d{6}Z)-([a-z-]+)$")
_TEMP_NAME = re.compile(r"^\.reconv-.*-pid(\d+)\.tmp$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A complete backup folder and what its manifest says (readable without the key)."""

    path: Path
    created_at: datetime
    reason: str
    vault_id: str
    schema: int
    db_bytes: int
    sha256: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)


def no_progress(done: int, total: int, label: str) -> None:
    return None


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _io_error(exc: OSError, target: Path) -> ReconvError:
    return ReconvError(
        translate("backup", "Sauvegarde impossible : {reason}").format(
            reason=describe_os_error(exc, target)
        ),
        "backup_write_failed",
    )


# --- where -----------------------------------------------------------------------------------
def backup_destination(paths: AppPaths, conn: Any = None) -> Path:
    """The folder the counsellor chose (vault setting, then computer setting), else the default."""
    if conn is not None:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [BACKUP_DIR_META]).fetchone()
        if row and row[0]:
            return Path(row[0])
    try:
        from reconv_desktop.settings import load_settings

        chosen = load_settings(paths).backup_dir
    except Exception:  # a damaged settings file must never block a backup
        chosen = ""
    return Path(chosen) if chosen else paths.backup_dir


def set_backup_destination(store: Any, folder: Path | str | None) -> None:
    """Remember the chosen folder in the vault (empty or None: back to the default)."""
    store.set_meta(BACKUP_DIR_META, str(folder or ""))


# --- create --------------------------------------------------------------------------------
def backup_connection(
    conn: Any,
    paths: AppPaths,
    vault_id: str,
    reason: str = "manual",
    dest: Path | None = None,
    progress: Progress | None = None,
    rotate: bool = True,
) -> BackupInfo:
    """Back up the database open on `conn` (not inside a transaction) into `dest`.

    Also used before a migration, when no Store exists yet.
    """
    progress = progress or no_progress
    dest = Path(dest) if dest else backup_destination(paths, conn)
    if reason not in REASON_LABELS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if conn.in_transaction:
        raise RuntimeError("a backup cannot run inside a transaction")
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _io_error(exc, dest / "x") from exc
    clean_temporaries(dest)
    now = datetime.now(UTC)
    name = f"{BACKUP_PREFIX}{now.strftime('%Y%m%dT%H%M%S%fZ')}-{reason}"
    final = dest / name
    temp = (
        dest
        / f"{TEMP_PREFIX}{name[len(BACKUP_PREFIX) :]}-{uuid.uuid4().hex[:6]}-pid{os.getpid()}.tmp"
    )
    try:
        progress(0, 4, translate("backup", "Copie chiffrée de la base"))
        temp.mkdir(mode=0o700)
        db_copy = temp / DATABASE_FILENAME
        conn.execute("VACUUM INTO ?", [str(db_copy)])
        fsync_file(db_copy)
        progress(1, 4, translate("backup", "Copie de l'en-tête"))
        shutil.copyfile(paths.header, temp / HEADER_FILENAME)
        fsync_file(temp / HEADER_FILENAME)
        progress(2, 4, translate("backup", "Vérification de la copie"))
        schema = _check_attached(conn, db_copy)
        manifest = {
            "format": BACKUP_FORMAT,
            "version": BACKUP_VERSION,
            "vault_id": vault_id,
            "created_at": now.isoformat(timespec="microseconds"),
            "reason": reason,
            "schema": schema,
            "app_version": __version__,
            "db_bytes": db_copy.stat().st_size,
            "sha256": file_sha256(db_copy),
        }
        (temp / MANIFEST_FILENAME).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        fsync_file(temp / MANIFEST_FILENAME)
        fsync_dir(temp)
        progress(3, 4, translate("backup", "Publication"))
        os.replace(temp, final)
        fsync_dir(dest)
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise _io_error(exc, final) from exc
    except sqlcipher3.Error as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise ReconvError(
            translate(
                "backup",
                "Sauvegarde impossible : la copie n'a pas pu être écrite ou vérifiée ({exc}).",
            ).format(exc=exc),
            "backup_failed",
        ) from exc
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    info = read_manifest(final)
    if rotate:
        rotate_backups(dest, vault_id, now=now)
    progress(4, 4, translate("backup", "Sauvegarde vérifiée"))
    return info


def _check_attached(conn: Any, db_copy: Path) -> int:
    """Integrity of a fresh copy, read through the live connection (same key, no key held)."""
    conn.execute("ATTACH DATABASE ? AS reconv_backup", [str(db_copy)])
    try:
        problems = [r[0] for r in conn.execute("PRAGMA reconv_backup.integrity_check")]
        problems += [r[0] for r in conn.execute("PRAGMA reconv_backup.cipher_integrity_check")]
        schema = int(conn.execute("PRAGMA reconv_backup.user_version").fetchone()[0])
    finally:
        conn.execute("DETACH DATABASE reconv_backup")
    if problems != ["ok"]:
        raise ReconvError(
            translate(
                "backup",
                "La sauvegarde écrite ne passe pas le contrôle d'intégrité ; elle a été supprimée.",
            ),
            "backup_corrupt",
        )
    return schema


def create_backup(
    store: Any,
    dest: Path | None = None,
    reason: str = "manual",
    progress: Progress | None = None,
) -> BackupInfo:
    """Back up an unlocked store, verify it, rotate the folder and log it in the journal."""
    from reconv_desktop.rights.journal import JournalAction, record_event

    info = backup_connection(store.conn, store.paths, store.vault_id, reason, dest, progress)
    with contextlib.suppress(sqlcipher3.Error):  # the backup exists even if the log cannot say it
        record_event(store, JournalAction.BACKUP, "backup", detail=reason)
    return info


def backup_before(store: Any, reason: str) -> BackupInfo:
    """Backup to call before a risky change (import, erasure...); raises ReconvError on failure.

    Callers should refuse the change when this raises: the counsellor is told why.
    """
    return create_backup(store, reason=reason)


def backup_before_migration(conn: Any, paths: AppPaths, vault_id: str) -> BackupInfo:
    """Backup before a schema upgrade: the chosen folder, else (USB key absent) the default one."""
    try:
        return backup_connection(conn, paths, vault_id, reason="migration")
    except ReconvError:
        if backup_destination(paths, conn) == paths.backup_dir:
            raise
        return backup_connection(conn, paths, vault_id, reason="migration", dest=paths.backup_dir)


def auto_backup_on_unlock(store: Any, today: date | None = None) -> BackupInfo | None:
    """The daily automatic backup: at most one per day, made at the first unlock of the day."""
    today = today or datetime.now(UTC).date()
    if store.meta(LAST_AUTO_META) == today.isoformat():
        return None
    info = create_backup(store, reason="unlock")
    store.set_meta(LAST_AUTO_META, today.isoformat())
    return info


# --- list, rotate, clean ------------------------------------------------------------------
def read_manifest(folder: Path) -> BackupInfo:
    """The manifest of a backup folder; VaultError when it is not a complete backup."""
    try:
        doc = json.loads((folder / MANIFEST_FILENAME).read_text(encoding="utf-8"))
        if doc.get("format") != BACKUP_FORMAT:
            raise ValueError("format")
        if int(doc["version"]) > BACKUP_VERSION:
            raise VaultError(
                translate(
                    "backup",
                    "Cette sauvegarde vient d'une version plus récente de Reconv Desktop : "
                    "mettez l'application à jour.",
                ),
                "backup_newer",
            )
        return BackupInfo(
            path=folder,
            created_at=datetime.fromisoformat(doc["created_at"]),
            reason=str(doc["reason"]),
            vault_id=str(doc["vault_id"]),
            schema=int(doc["schema"]),
            db_bytes=int(doc["db_bytes"]),
            sha256=str(doc["sha256"]),
        )
    except VaultError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise VaultError(
            translate("backup", "« {name} » n'est pas une sauvegarde Reconv complète.").format(
                name=folder.name
            ),
            "backup_invalid",
        ) from exc


def list_backups(dest: Path, vault_id: str | None = None) -> list[BackupInfo]:
    """Complete backups in `dest`, newest first; temporary and foreign folders are skipped."""
    dest = Path(dest)
    if not dest.is_dir():
        return []
    found = []
    for entry in dest.iterdir():
        if not _NAME.match(entry.name) or not entry.is_dir():
            continue
        try:
            info = read_manifest(entry)
        except VaultError:
            continue
        if vault_id is None or info.vault_id == vault_id:
            found.append(info)
    found.sort(key=lambda i: i.created_at, reverse=True)
    return found


def find_backup(dest: Path, name: str) -> BackupInfo:
    """A backup by folder name or path; NotFound-like VaultError otherwise."""
    candidate = Path(name)
    folder = candidate if candidate.is_absolute() or candidate.parent != Path(".") else dest / name
    if not folder.is_dir():
        raise VaultError(
            translate("backup", "Sauvegarde introuvable : « {name} ».").format(name=name),
            "backup_not_found",
        )
    return read_manifest(folder)


def kept_backups(infos: list[BackupInfo]) -> set[Path]:
    """Rotation: the latest few, then the newest of each of 7 days, 4 weeks and 12 months."""
    ordered = sorted(infos, key=lambda i: i.created_at, reverse=True)
    kept = {i.path for i in ordered[:KEEP_LATEST]}
    for period, limit in (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: set[Any] = set()
        for info in ordered:
            bucket = period(info.created_at)
            if bucket not in seen and len(seen) < limit:
                seen.add(bucket)
                kept.add(info.path)
    return kept


def rotate_backups(dest: Path, vault_id: str, now: datetime | None = None) -> list[Path]:
    """Delete the backups of this vault that rotation no longer keeps; return them."""
    infos = list_backups(dest, vault_id)
    keep = kept_backups(infos)
    removed = []
    for info in infos:
        if info.path not in keep:
            _discard(info.path)
            removed.append(info.path)
    return removed


def _discard(folder: Path) -> None:
    """Delete a backup folder so that a crash midway never leaves a half backup under its name.

    The folder is first renamed to a temporary name (atomic), then emptied; a kill during the
    deletion leaves a temporary folder that the next backup cleans up.
    """
    doomed = folder.with_name(
        f"{TEMP_PREFIX}{folder.name[len(BACKUP_PREFIX) :]}-rotated-"
        f"{uuid.uuid4().hex[:6]}-pid{os.getpid()}.tmp"
    )
    try:
        os.replace(folder, doomed)
    except OSError:
        return  # already gone, or the medium is read-only: nothing half-deleted either way
    shutil.rmtree(doomed, ignore_errors=True)


def clean_temporaries(dest: Path) -> list[Path]:
    """Remove half-written backups left by a crash (their writing process is gone)."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in Path(dest).iterdir():
            match = _TEMP_NAME.match(entry.name)
            if match and not pid_alive(int(match.group(1))):
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry)
    return removed
