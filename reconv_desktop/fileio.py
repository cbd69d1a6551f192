"""Write files so that a crash, a full disk or a pulled USB key never leaves a half file.

Temp file beside the target, restrictive permissions, fsync, then os.replace (atomic on the
same filesystem), then fsync of the folder so the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from reconv_desktop.errors import ReconvError
from reconv_desktop.i18n import translate


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def describe_os_error(exc: OSError, target: Path) -> str:
    """A French sentence for the usual ways writing a file fails."""
    if exc.errno == errno.ENOSPC:
        return translate(
            "files", "Disque plein : impossible d'écrire « {name} ». Rien n'a été modifié."
        ).format(name=target.name)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate("files", "Accès refusé en écriture dans « {parent} ».").format(
            parent=target.parent
        )
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        return translate(
            "files",
            "Le dossier « {parent} » n'est plus accessible (clé USB retirée ?). "
            "Rien n'a été écrit.",
        ).format(parent=target.parent)
    return translate("files", "Écriture impossible de « {name} » : {reason}.").format(
        name=target.name, reason=exc.strerror or exc
    )


@contextlib.contextmanager
def atomic_writer(target: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it replaces `target` atomically, else it vanishes."""
    target = Path(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ReconvError(describe_os_error(exc, target), code="write_failed") from exc
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ReconvError(describe_os_error(exc, target), code="write_failed") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_atomic(target: Path, data: bytes, mode: int = 0o600) -> None:
    """Write `data` to `target` through `atomic_writer`."""
    with atomic_writer(target, mode) as handle:
        handle.write(data)
