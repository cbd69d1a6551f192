"""The worker's photo in bundles: carried by the full scope, never by the pseudonymous one."""

from __future__ import annotations

import base64
import json

import pytest

from reconv_desktop.domain.cv_photo import sniff_media_type
from reconv_desktop.store.cv_photos import set_photo
from reconv_desktop.sync.export import export_bundle, plan_export
from reconv_desktop.sync.importing import import_bundle
from tests.domain.test_cv_photo import tiny_image

PERIOD = "2026-03"


def _received_photos(coord, source: str) -> list[dict]:
    rows = coord.conn.execute(
        "SELECT data FROM received_row WHERE source = ? AND table_name = 'worker_photo'", [source]
    ).fetchall()
    return [json.loads(r[0]) for r in rows]


@pytest.mark.parametrize("scope", ["pseudonymous", "full"])
def test_photo_in_a_bundle(paired, tmp_path, scope: str) -> None:
    counsellor, coord = paired
    worker = counsellor.workers.add(family_name="Wójcik", given_name="Łukasz")
    set_photo(counsellor, worker.id, tiny_image("JPEG"))
    preview = plan_export(counsellor, PERIOD, scope).previews["worker_photo"]
    assert ("image" in preview.removed) == (scope == "pseudonymous")  # shown before writing
    export_bundle(counsellor, PERIOD, scope, tmp_path / "b.reconv")
    report = import_bundle(coord, tmp_path / "b.reconv")
    assert report.applied and report.summary["worker_photo"]["new"] == 1
    (row,) = _received_photos(coord, counsellor.device_id)
    if scope == "pseudonymous":
        assert "image" not in row
    else:
        assert sniff_media_type(base64.b64decode(row["image"])) == "image/jpeg"
