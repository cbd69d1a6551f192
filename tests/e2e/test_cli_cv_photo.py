"""The CV photo through the real `reconv` CLI: set it, switch a draft's option, export, remove."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from pypdf import PdfReader

from tests.domain.test_cv_photo import tiny_image


def test_photo_from_file_to_exports(reconv, tmp_path: Path) -> None:
    assert reconv("init").code == 0
    worker_id = reconv("workers", "add", "Yılmaz", "Ayşe").out.strip()
    draft_id = reconv("cv", "create", worker_id).out.strip()

    not_photo = tmp_path / "notes Ayşe.png"
    not_photo.write_text("pas une image", encoding="utf-8")
    refused = reconv("cv", "photo", worker_id, "--set", str(not_photo))
    assert refused.code == 1 and "Traceback" not in refused.err
    assert "n'est pas une photo JPEG ou PNG" in refused.err
    assert reconv("cv", "photo", worker_id).out.strip() == "Aucune photo."

    photo = tmp_path / "photo Ayşe.jpg"
    photo.write_bytes(tiny_image("JPEG", (40, 50)))
    kept = reconv("cv", "photo", worker_id, "--set", str(photo))
    assert kept.code == 0, kept.err
    assert "Photo enregistrée (JPEG, 40 × 50 pixels)" in kept.out

    out = tmp_path / "cv.pdf"
    assert reconv("cv", "export", draft_id, "--format", "pdf", "--out", str(out)).code == 0
    assert len(PdfReader(out).pages[0].images) == 0  # the option is off by default

    switched = reconv("cv", "set", draft_id, "--photo", "on")
    assert switched.code == 0 and "Photo imprimée sur ce CV." in switched.out
    for fmt in ("pdf", "docx", "json"):
        out = tmp_path / f"cv.{fmt}"
        assert reconv("cv", "export", draft_id, "--format", fmt, "--out", str(out)).code == 0
    assert len(PdfReader(tmp_path / "cv.pdf").pages[0].images) == 1
    assert len(docx.Document(tmp_path / "cv.docx").inline_shapes) == 1
    resume = json.loads((tmp_path / "cv.json").read_text("utf-8"))
    assert resume["basics"]["image"].startswith("data:image/jpeg;base64,")

    removed = reconv("cv", "photo", worker_id, "--remove")
    assert removed.code == 0 and removed.out.strip() == "Photo retirée."
    warned = reconv("cv", "set", draft_id, "--photo", "on")
    assert "aucune photo enregistrée" in warned.err
