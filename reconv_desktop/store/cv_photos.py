"""The worker's photo for CVs, kept inside the encrypted vault (never as a file beside it).

One row per worker (`worker_photo`), its id derived from the worker's id so that the same
person's photo set on two computers merges into one row. Removing the photo blanks the
image and leaves a tombstone, so the removal reaches coordination too. The image counts
as identity data: the pseudonymous export drops it, erasure and anonymisation blank it.
"""

from __future__ import annotations

import base64
import uuid
from pathlib import Path
from typing import Any

from reconv_desktop.domain.cv_photo import (
    MAX_PHOTO_FILE_BYTES,
    CvPhoto,
    clean_photo,
    photo_from_stored,
    photo_too_heavy,
)
from reconv_desktop.errors import ReconvError, ValidationError
from reconv_desktop.i18n import translate
from reconv_desktop.store.records import SyncedRepository
from reconv_desktop.store.tables import SyncedTable, register

register(
    SyncedTable(
        "worker_photo",
        worker_column="worker_id",
        identity_columns=frozenset({"image"}),
        # Also listed as free text: retention's anonymisation blanks the free text of a
        # person's rows, and a face identifies better than any name.
        free_text_columns=frozenset({"image"}),
    )
)

_PHOTO_NAMESPACE = uuid.UUID("6f1d9c52-8f0e-4b8e-9d7a-3c2b1a0e5f47")


def photo_id(worker_id: str) -> str:
    """The id of a worker's photo row: the same on every computer."""
    return str(uuid.uuid5(_PHOTO_NAMESPACE, worker_id))


class _Photos(SyncedRepository):
    table = "worker_photo"


def set_photo(store: Any, worker_id: str, raw: bytes) -> CvPhoto:
    """Check, re-encode and keep `raw` as the worker's photo (replacing any previous one)."""
    store.workers.get(worker_id)  # NotFoundError for an unknown worker
    return keep_photo(store, worker_id, clean_photo(raw))  # refused before anything is written


def keep_photo(store: Any, worker_id: str, photo: CvPhoto) -> CvPhoto:
    """Store a photo already checked by `clean_photo` (the GUI checks it off the GUI thread)."""
    values = {
        "media_type": photo.media_type,
        "image": base64.b64encode(photo.data).decode("ascii"),
        "width": photo.width,
        "height": photo.height,
    }
    row_id = photo_id(worker_id)
    with store.transaction():
        existing = store.query_one("SELECT deleted FROM worker_photo WHERE id = ?", [row_id])
        if existing is None:
            _Photos(store)._insert({"id": row_id, "worker_id": worker_id, **values})
        else:
            # A removed photo's tombstone comes back to life with the new image.
            store.conn.execute(
                "UPDATE worker_photo SET media_type = ?, image = ?, width = ?, height = ?, "
                "worker_id = ?, deleted = 0, updated_at = ?, origin = ? WHERE id = ?",
                [*values.values(), worker_id, store.stamp(), store.device_id, row_id],
            )
    return photo


def read_photo_file(path: Path) -> bytes:
    """The bytes of a chosen photo file, refused (French) before reading when it is too big."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PHOTO_FILE_BYTES:
            raise photo_too_heavy(size)
        return path.read_bytes()
    except FileNotFoundError:
        raise ReconvError(
            translate("cv", "Fichier introuvable : « {path} ».").format(path=path), "not_found"
        ) from None
    except IsADirectoryError:
        raise ValidationError(
            "photo", translate("cv", "« {path} » est un dossier, pas une photo.").format(path=path)
        ) from None
    except PermissionError:
        raise ReconvError(
            translate("cv", "Lecture refusée : « {path} ».").format(path=path), "permission"
        ) from None
    except OSError as exc:  # a USB key pulled out, a network share gone
        raise ReconvError(
            translate("cv", "Lecture impossible : « {path} » ({strerror}).").format(
                path=path, strerror=exc.strerror
            ),
            "io",
        ) from None


def set_photo_file(store: Any, worker_id: str, path: Path) -> CvPhoto:
    """`set_photo` from a file chosen by the counsellor."""
    return set_photo(store, worker_id, read_photo_file(path))


def get_photo(store: Any, worker_id: str) -> CvPhoto | None:
    """The worker's photo, or None when there is none (or what arrived is not an image)."""
    row = store.query_one(
        "SELECT media_type, image, width, height FROM worker_photo WHERE id = ? AND deleted = 0",
        [photo_id(worker_id)],
    )
    if row is None:
        return None
    return photo_from_stored(row["media_type"], row["image"], row["width"], row["height"])


def has_photo(store: Any, worker_id: str) -> bool:
    return get_photo(store, worker_id) is not None


def remove_photo(store: Any, worker_id: str) -> bool:
    """Blank and tombstone the worker's photo; False when there was none."""
    with store.transaction():
        cursor = store.conn.execute(
            "UPDATE worker_photo SET media_type = '', image = '', width = 0, height = 0, "
            "deleted = 1, updated_at = ?, origin = ? WHERE id = ? AND deleted = 0",
            [store.stamp(), store.device_id, photo_id(worker_id)],
        )
    return cursor.rowcount > 0
