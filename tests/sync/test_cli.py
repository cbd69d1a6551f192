"""`reconv` in subprocesses: two vaults exchange bundles through the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE


def _run(*args: str, cwd: Path, ok: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "RECONV_PASSPHRASE": PASSPHRASE, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "reconv_desktop.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
    )
    if ok:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def two_vaults(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    _run("--data-dir", "c", "init", "--name", "Łukasz Wójcik", cwd=root)
    _run("--data-dir", "k", "init", "--name", "Coordination Ayşe", cwd=root)
    _run("--data-dir", "k", "coord", "init", cwd=root)
    _run("--data-dir", "c", "demo", "--workers", "20", "--notes", "2", cwd=root)
    _run("--data-dir", "c", "identity", "export", "--out", "c.json", cwd=root)
    _run("--data-dir", "k", "identity", "export", "--out", "k.json", cwd=root)
    return root


def test_enrol_export_inspect_import(two_vaults):
    root = two_vaults
    refused = _run("--data-dir", "c", "coordination", "enrol", "k.json", cwd=root, ok=False)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    enrolled = _run("--data-dir", "c", "coordination", "enrol", "k.json", "--yes", cwd=root)
    assert "Empreinte" in enrolled.stdout
    _run("--data-dir", "k", "coord", "add-counsellor", "c.json", "--yes", cwd=root)

    dry = _run(
        "--data-dir",
        "c",
        "bundle",
        "export",
        "--period",
        "2026-03",
        "--scope",
        "pseudonymous",
        "--dry-run",
        cwd=root,
    )
    assert "worker : 20 ligne(s)" in dry.stdout and "family_name" in dry.stdout
    assert not (root / "b.reconv").exists()
    _run(
        "--data-dir",
        "c",
        "bundle",
        "export",
        "--period",
        "2026-03",
        "--scope",
        "pseudonymous",
        "--out",
        "b.reconv",
        "--yes",
        cwd=root,
    )

    inspected = _run("--data-dir", "k", "bundle", "inspect", "b.reconv", cwd=root)
    assert "signature et contenu vérifiés" in inspected.stdout
    assert "worker\t20\t0" in inspected.stdout
    imported = _run("--data-dir", "k", "bundle", "import", "b.reconv", "--yes", cwd=root)
    assert "Lot importé" in imported.stdout
    again = _run("--data-dir", "k", "bundle", "import", "b.reconv", "--yes", cwd=root)
    assert "déjà importé" in again.stdout

    report = _run(
        "--data-dir",
        "k",
        "coord",
        "report",
        "--period",
        "2026-03",
        "--out",
        "r.pdf",
        "--csv",
        "r.csv",
        cwd=root,
    )
    assert "r.pdf" in report.stdout and (root / "r.csv").read_text(encoding="utf-8-sig")
    _run(
        "--data-dir",
        "k",
        "coord",
        "send",
        "--to",
        "c.json",
        "--out",
        "ack.reconv",
        "--receipts",
        cwd=root,
    )
    acked = _run("--data-dir", "c", "bundle", "import", "ack.reconv", "--yes", cwd=root)
    assert "1 envoi(s) accusé(s)" in acked.stdout
    history = _run("--data-dir", "c", "bundle", "history", cwd=root)
    assert "accusé le" in history.stdout
    monthly = _run(
        "--data-dir", "c", "report", "monthly", "--period", "2026-03", "--out", "m.pdf", cwd=root
    )
    assert (root / "m.pdf").read_bytes().startswith(b"%PDF")
    assert "Rapport mensuel écrit" in monthly.stdout


def test_bad_bundle_on_the_command_line(two_vaults):
    root = two_vaults
    (root / "faux.reconv").write_bytes(b"PK\x03\x04 pas un lot")
    done = _run("--data-dir", "k", "bundle", "import", "faux.reconv", "--yes", cwd=root, ok=False)
    assert done.returncode == 1
    assert "n'est pas un lot Reconv" in done.stderr and "Traceback" not in done.stderr
