import os
import subprocess
import sys

import sqlcipher3
from PySide6.QtCore import qVersion

from reconv_desktop import __version__


def test_about_shows_version_sqlcipher_and_qt(window):
    text = window.about_text()
    assert __version__ in text
    assert window.session.current.store.sqlcipher_version() in text
    assert qVersion() in text and sqlcipher3.sqlite_version in text


def test_self_test_checks_every_part_without_a_window():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from reconv_desktop.gui.shell.app import main; "
            "sys.exit(main(['--self-test']))",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    checks = ("sqlcipher", "age", "reportlab", "resources", "qt", "forms", "qtpdf", "translations")
    for check in checks:
        assert any(line.startswith("ok") and f" {check} " in line for line in lines), check
    assert f"{len(checks)}/{len(checks)}" in lines[-1]
