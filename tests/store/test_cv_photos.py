"""The worker's photo in the vault: kept, replaced, removed, erased, never in pseudonymous data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reconv_desktop.errors import ReconvError, ValidationError
from reconv_desktop.rights.access import subject_access_data
from reconv_desktop.rights.erasure import erase_worker
from reconv_desktop.rights.retention import anonymise_worker
from reconv_desktop.store import cv_photos
from reconv_desktop.store.store import Store
from reconv_desktop.sync.export import changed_rows
from tests.domain.test_cv_photo import tiny_image


def _worker(store: Store, family: str = "Yılmaz", given: str = "Ayşe") -> str:
    return store.workers.add(family_name=family, given_name=given).id


def _rows(store: Store) -> list[dict]:
    return store.query("SELECT * FROM worker_photo")


def test_set_get_replace_and_remove(store: Store) -> None:
    worker_id = _worker(store)
    assert cv_photos.get_photo(store, worker_id) is None
    first = cv_photos.set_photo(store, worker_id, tiny_image("PNG"))
    assert cv_photos.get_photo(store, worker_id) == first
    second = cv_photos.set_photo(store, worker_id, tiny_image("JPEG", (40, 50)))
    assert cv_photos.get_photo(store, worker_id) == second and second.media_type == "image/jpeg"
    assert len(_rows(store)) == 1  # one photo per worker, replaced in place
    assert cv_photos.remove_photo(store, worker_id) is True
    assert cv_photos.get_photo(store, worker_id) is None
    (row,) = _rows(store)
    assert row["deleted"] == 1 and row["image"] == ""  # the tombstone keeps no picture
    assert cv_photos.remove_photo(store, worker_id) is False
    again = cv_photos.set_photo(store, worker_id, tiny_image("PNG"))
    assert cv_photos.get_photo(store, worker_id) == again  # a removed photo can come back


def test_the_row_id_is_the_same_on_every_computer(store: Store) -> None:
    worker_id = _worker(store)
    cv_photos.set_photo(store, worker_id, tiny_image())
    assert _rows(store)[0]["id"] == cv_photos.photo_id(worker_id)
    assert cv_photos.photo_id(worker_id) != cv_photos.photo_id(_worker(store, "Nguyễn", "Hoa"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"GIF89a pas du JPEG", "n'est pas une photo JPEG ou PNG"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * (2 * 1024 * 1024), "Photo trop lourde"),
    ],
)
def test_a_refused_file_stores_nothing(
    store: Store, tmp_path: Path, content: bytes, message: str
) -> None:
    worker_id = _worker(store)
    path = tmp_path / "photo Łukasz.png"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        cv_photos.set_photo_file(store, worker_id, path)
    assert _rows(store) == []


def test_a_missing_file_is_one_french_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ReconvError, match="Fichier introuvable"):
        cv_photos.set_photo_file(store, _worker(store), tmp_path / "absente.jpg")


def test_pseudonymous_rows_carry_no_picture_and_full_rows_do(store: Store) -> None:
    worker_id = _worker(store)
    cv_photos.set_photo(store, worker_id, tiny_image())
    (pseudo,) = changed_rows(store, "pseudonymous", "")["worker_photo"]
    assert "image" not in pseudo
    (full,) = changed_rows(store, "full", "")["worker_photo"]
    assert isinstance(full["image"], str) and full["image"]  # JSON-ready text, not bytes


def test_erasure_blanks_the_photo(store: Store) -> None:
    worker_id = _worker(store)
    cv_photos.set_photo(store, worker_id, tiny_image())
    report = erase_worker(store, worker_id)
    assert report.rows_per_table["worker_photo"] == 1
    (row,) = _rows(store)
    assert row["deleted"] == 1 and row["image"] == "" and row["media_type"] == ""
    assert cv_photos.get_photo(store, worker_id) is None


def test_anonymisation_blanks_the_photo(store: Store) -> None:
    worker_id = _worker(store)
    cv_photos.set_photo(store, worker_id, tiny_image())
    anonymise_worker(store, worker_id)
    assert cv_photos.get_photo(store, worker_id) is None


def test_subject_access_includes_the_photo_as_json_text(store: Store) -> None:
    worker_id = _worker(store)
    cv_photos.set_photo(store, worker_id, tiny_image())
    data = subject_access_data(store, worker_id)
    assert data["tables"]["worker_photo"][0]["media_type"] == "image/png"
    json.dumps(data)  # the person's copy of their data stays plain JSON


def test_the_draft_option_decides_what_is_printed(store: Store) -> None:
    worker_id = _worker(store)
    cv_photos.set_photo(store, worker_id, tiny_image())
    draft = store.cv_drafts.create(worker_id)
    assert draft.content.photo is False
    assert store.cv_drafts.printed_photo(draft) is None
    draft = store.cv_drafts.set_photo_option(draft.id, True)
    assert store.cv_drafts.printed_photo(draft) == cv_photos.get_photo(store, worker_id)
