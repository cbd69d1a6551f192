"""CV drafts through the real `reconv` CLI: create, list, export in three formats, refresh,
history and restore."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import jsonschema
from pypdf import PdfReader

SCHEMA = Path(__file__).resolve().parents[1] / "data" / "jsonresume" / "schema.json"


def test_cv_of_a_demo_worker_from_creation_to_export(reconv, tmp_path: Path) -> None:
    assert reconv("init").code == 0
    assert reconv("demo", "--workers", "6", "--seed", "3").code == 0
    assert reconv("demo-audits", "--workers", "6", "--seed", "3").code == 0
    found = reconv("workers", "search", "wojcik").out.splitlines()
    worker_id = next(line.split("\t")[0] for line in found if "Łukasz" in line)

    created = reconv("cv", "create", worker_id, "--template", "moderne", "--title", "CV atelier")
    assert created.code == 0, created.err
    draft_id = created.out.strip()
    assert len(draft_id) == 36 and "CV créé : « CV atelier »" in created.err
    listed = reconv("cv", "list", worker_id)
    assert listed.code == 0 and f"{draft_id}\tCV atelier\tmoderne" in listed.out

    for fmt in ("pdf", "docx", "json"):
        out = tmp_path / f"CV Łukasz.{fmt}"
        exported = reconv("cv", "export", draft_id, "--format", fmt, "--out", str(out))
        assert exported.code == 0, exported.err
        assert str(out) in exported.out
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "CV Łukasz.pdf").pages)
    assert "Łukasz Wójcik" in text and "EXPÉRIENCE PROFESSIONNELLE" in text
    document = docx.Document(tmp_path / "CV Łukasz.docx")
    assert document.paragraphs[0].text == "Łukasz Wójcik"
    resume = json.loads((tmp_path / "CV Łukasz.json").read_text("utf-8"))
    jsonschema.validate(
        resume, json.loads(SCHEMA.read_text("utf-8")), format_checker=jsonschema.FormatChecker()
    )

    fresh = reconv("cv", "refresh", draft_id)
    assert fresh.code == 0 and "Le CV est à jour" in fresh.out

    history = reconv("cv", "history", draft_id)
    assert history.code == 0 and history.out.startswith("1\t")
    restored = reconv("cv", "restore", draft_id, "1")
    assert restored.code == 0, restored.err


def test_cv_errors_are_one_french_line(reconv, tmp_path: Path) -> None:
    assert reconv("init").code == 0
    missing = reconv(
        "cv", "export", "pas-un-id", "--format", "pdf", "--out", str(tmp_path / "x.pdf")
    )
    assert missing.code == 1 and "Traceback" not in missing.err
    assert "Projet de CV introuvable" in missing.err
    bad_dir = reconv("cv", "export", "x", "--format", "json", "--out", "/nulle/part/cv.json")
    assert bad_dir.code == 1 and "Dossier introuvable" in bad_dir.err
