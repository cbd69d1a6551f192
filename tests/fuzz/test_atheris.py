"""A short atheris campaign over the ESCO importer; skipped where atheris is not installed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

HARNESS = Path(__file__).with_name("atheris_esco.py")
CORPUS = Path(__file__).parents[1] / "data" / "hostile" / "esco"


def test_atheris_campaign_finds_no_crash(tmp_path):
    runs = os.environ.get("RECONV_ATHERIS_RUNS", "400")
    result = subprocess.run(
        [sys.executable, str(HARNESS), f"-runs={runs}", "-max_len=4096", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Done" in result.stderr
