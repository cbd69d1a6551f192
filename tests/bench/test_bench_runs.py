"""The benchmark command still runs end to end on a tiny vault (so it cannot rot).

No timing is asserted: only that the table comes out with the expected rows.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_prints_the_table_with_every_action(tmp_path):
    env = {**os.environ, "RECONV_BENCH_CACHE": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--scales",
            "40",
            "--repeat",
            "1",
            "--skip",
            "esco,start,memory",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    table = out.stdout.split("\n\n")[-1]
    for action in (
        "open the caseload list (store)",
        "search-as-you-type, per keystroke (names + notes)",
        "open a worker file (store)",
        "open the caseload list (window)",
        "search-as-you-type, per keystroke (window)",
        "open a worker file (window)",
        "monthly bundle export (pseudonymous)",
        "bundle import into coordination",
        "same bundle imported again",
        "skills assessment PDF",
        "target occupations for one worker",
    ):
        assert f"| 40 | {action}" in table or f"| {action}" in table, action
    assert "| 40 |" in table


def test_unknown_suite_is_refused_with_the_known_ones():
    out = subprocess.run(
        [sys.executable, "-m", "bench", "--skip", "gpu"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode != 0 and "known: core" in out.stderr
