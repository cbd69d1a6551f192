"""Demo vaults at each scale, built once and kept in a cache folder between runs."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from reconv_desktop.demo.caseload import fill_demo
from reconv_desktop.paths import app_paths
from reconv_desktop.vault.crypto import Argon2Params
from reconv_desktop.vault.vault import Vault

PASSPHRASE = "banc d'essai fictif 2026"
NOTES_PER_WORKER = 20
APPOINTMENTS_PER_WORKER = 4
CACHE = Path(os.environ.get("RECONV_BENCH_CACHE", Path.home() / ".cache" / "reconv-bench"))


def bench_vault(workers: int, *, kdf: Argon2Params | None = None) -> tuple[Vault, float]:
    """A vault with `workers` demo workers; returns it and the build time (0 when cached)."""
    folder = CACHE / f"vault-{workers}"
    marker = folder / "complete"
    if marker.exists():
        return Vault(app_paths(folder)), 0.0
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    created = Vault.create(app_paths(folder), PASSPHRASE, kdf=kdf)
    with created.vault.unlock(PASSPHRASE) as store:
        fill_demo(
            store,
            workers,
            seed=workers,
            notes_per_worker=NOTES_PER_WORKER,
            appointments_per_worker=APPOINTMENTS_PER_WORKER,
        )
    marker.write_text("ok")
    return created.vault, time.perf_counter() - started
