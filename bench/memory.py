"""Cold start of the real window and its peak memory, each in a fresh process."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.timing import Row
from bench.vaults import CACHE, PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]


def _child(*args: str) -> dict:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RECONV_BENCH_PASSPHRASE": PASSPHRASE,
        # An installed app starts from compiled bytecode: keep it, outside the source tree.
        "PYTHONPYCACHEPREFIX": str(CACHE / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t_exec = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "bench.gui_start", str(t_exec), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def cold_start(folder: Path, scale: str, repeat: int) -> list[Row]:
    """Start to unlocked window with the list shown (KDF apart) vs QApplication start."""
    _child(str(folder))  # warm-up: bytecode cache and OS file cache, as on a used laptop
    runs = [_child(str(folder)) for _ in range(repeat)]
    bases = [_child("--baseline") for _ in range(repeat)]
    start = statistics.median(r["start"] for r in runs)
    kdf = statistics.median(r["kdf"] for r in runs)
    return [
        Row(
            scale,
            "cold start to unlocked window, list shown (KDF apart)",
            start,
            "s",
            statistics.median(b["start"] for b in bases),
            "python + QApplication start",
            target="< 1.5 s",
            extra=f"{runs[0]['rows']:,} rows shown",
        ),
        Row(scale, "passphrase KDF (Argon2id, deliberate; not in the start)", kdf, "s", None, ""),
    ]


def peak_memory(folder: Path, scale: str) -> Row:
    """VmHWM after start, a search and a worker file, vs Python + PySide6 idle."""
    run = _child(str(folder), "--exercise")
    base = _child("--baseline")
    return Row(
        scale,
        "peak memory (RSS) with the vault open in the window",
        run["peak_mb"],
        "MB",
        base["peak_mb"],
        "Python + PySide6 idle",
        target="< 400 MB at 50,000",
        extra=f"{run['peak_with_kdf_mb']:.0f} MB counting the unlock's Argon2id "
        "(256 MiB, freed at once)",
    )
