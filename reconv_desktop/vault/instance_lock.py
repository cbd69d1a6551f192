"""One app per vault: an OS file lock on `vault.lock`, released by the OS even after a crash.

The lock file also says who holds it (process id, computer, start time) so a second copy of
the app can tell the counsellor which one is open. A lock left by a crashed process is
recovered silently: the OS released it when the process died, only the text remains. Where
the file system offers no locks (some network shares), the process id is checked instead.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reconv_desktop.errors import VaultError
from reconv_desktop.i18n import translate

# Windows locks byte ranges and forbids reading a locked range: lock a byte far past the text.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True, slots=True)
class LockHolder:
    pid: int
    hostname: str
    started_at: str

    def describe(self) -> str:
        try:
            since = datetime.fromisoformat(self.started_at).strftime(
                translate("vault", "%d/%m/%Y à %H:%M")
            )
        except ValueError:
            since = self.started_at
        return translate("vault", "processus {pid} sur « {hostname} », depuis le {since}").format(
            pid=self.pid, hostname=self.hostname, since=since
        )


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (conservative: True if unsure)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # the form mypy narrows: msvcrt, ctypes.windll
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (killed, not yet reaped by its parent) holds no lock any more.
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True


def _read_holder(fd: int) -> LockHolder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 4096)
        doc = json.loads(raw.decode("utf-8")) if raw.strip() else None
        if not doc:
            return None
        return LockHolder(int(doc["pid"]), str(doc["hostname"]), str(doc["started_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _os_lock(fd: int) -> bool:
    """Try the OS lock; True if taken, False if held elsewhere; OSError if unsupported."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except PermissionError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            return False
        raise
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def already_open_message(holder: LockHolder | None) -> str:
    who = f" ({holder.describe()})" if holder else ""
    return translate(
        "vault",
        "Ce coffre est déjà ouvert par une autre fenêtre de Reconv "
        "Desktop{who}. Utilisez-la, ou fermez-la avant de rouvrir le coffre.",
    ).format(who=who)


class InstanceLock:
    """Exclusive use of one vault folder by one process; use as a context manager."""

    def __init__(self, lock_path: Path) -> None:
        self.path = Path(lock_path)
        self._fd: int | None = None
        self.recovered: LockHolder | None = None  # a crashed holder whose lock we took over

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        """Take the lock or raise VaultError (code `vault_in_use`) naming the holder."""
        if self._fd is not None:
            return self
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise VaultError(
                translate(
                    "vault",
                    "Impossible de créer le verrou du coffre dans « {parent} » ({strerror}).",
                ).format(parent=self.path.parent, strerror=exc.strerror),
                "lock_unwritable",
            ) from exc
        try:
            previous = _read_holder(fd)
            try:
                taken = _os_lock(fd)
            except OSError:
                # No OS locks here: fall back on the process id written in the file.
                taken = not (
                    previous
                    and previous.hostname == socket.gethostname()
                    and previous.pid != os.getpid()
                    and pid_alive(previous.pid)
                )
            if not taken:
                raise VaultError(already_open_message(previous), "vault_in_use")
            self.recovered = previous if previous and previous.pid != os.getpid() else None
            self._write_holder(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def _write_holder(self, fd: int) -> None:
        holder = {
            "pid": os.getpid(),
            "hostname": socket.gethostname(),
            "started_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(holder).encode("utf-8"))
        with contextlib.suppress(OSError):
            os.fsync(fd)

    def release(self) -> None:
        """Give the vault back: empty the holder text, then drop the OS lock."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        with contextlib.suppress(OSError):
            _os_unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: Any) -> None:
        self.release()


def lock_vault(lock_path: Path) -> InstanceLock:
    """Acquire and return the instance lock of a vault (`paths.lock_file`)."""
    return InstanceLock(lock_path).acquire()
