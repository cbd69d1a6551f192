"""Monthly bundle export (pseudonymous) and its import into coordination, then again.

Works on a copy of the cached vault (an export records itself as sent) and on a fresh
coordination vault per run, so every run measures the same first import.
"""

from __future__ import annotations

import gzip
import json
import shutil
import tempfile
import time
from pathlib import Path

import sqlcipher3

from bench.timing import Row
from bench.vaults import PASSPHRASE
from reconv_desktop.paths import app_paths
from reconv_desktop.sync.coordination import add_counsellor, init_coordination
from reconv_desktop.sync.export import plan_export, write_bundle
from reconv_desktop.sync.identity import device_identity, enrol_peer
from reconv_desktop.sync.importing import import_bundle
from reconv_desktop.vault.crypto import FAST_ARGON2
from reconv_desktop.vault.vault import Vault


def _median(samples: list[float]) -> float:
    return sorted(samples)[len(samples) // 2]


def _jsonl_gzip(tables: dict[str, list[dict]], dest: Path) -> int:
    with gzip.open(dest, "wt", encoding="utf-8", compresslevel=6) as out:
        for name, rows in sorted(tables.items()):
            for row in rows:
                out.write(json.dumps({"table": name, **row}, ensure_ascii=False) + "\n")
    return dest.stat().st_size


def _raw_executemany(tables: dict[str, list[dict]], folder: Path) -> None:
    """The same rows into an encrypted table with sqlcipher3, one transaction, no checks."""
    conn = sqlcipher3.connect(str(folder / "raw.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{'ab' * 32}'\"")
    conn.execute(
        "CREATE TABLE received_row (source, table_name, id, updated_at, origin, "
        "deleted, data, PRIMARY KEY (source, table_name, id))"
    )
    conn.execute("BEGIN")
    for name, rows in tables.items():
        conn.executemany(
            "INSERT INTO received_row VALUES ('x', ?, ?, ?, ?, ?, ?)",
            [
                (
                    name,
                    r["id"],
                    r["updated_at"],
                    r["origin"],
                    r["deleted"],
                    json.dumps(r, ensure_ascii=False, sort_keys=True),
                )
                for r in rows
            ],
        )
    conn.execute("COMMIT")
    conn.close()


def bundle_rows(source: Path, scale: str, repeat: int) -> list[Row]:
    """Export, import into a fresh coordination, import the same bundle again."""
    work = Path(tempfile.mkdtemp(prefix="reconv-bench-sync-"))
    try:
        shutil.copytree(source, work / "counsellor", ignore=shutil.ignore_patterns("complete"))
        coord_tpl = work / "coord-template"
        coord = Vault.create(
            app_paths(coord_tpl), PASSPHRASE, kdf=FAST_ARGON2, owner_name="Coordination fictive"
        ).vault.unlock(PASSPHRASE)
        init_coordination(coord)
        counsellor = Vault(app_paths(work / "counsellor")).unlock(PASSPHRASE)
        enrol_peer(counsellor, device_identity(coord).card, "coordination")
        add_counsellor(coord, device_identity(counsellor).card)
        coord.close()

        export_s, base_export_s, imports, again, raws = [], [], [], [], []
        size = base_size = 0
        bundle = work / "b.reconv"
        for run in range(repeat):
            started = time.perf_counter()
            plan = plan_export(counsellor, None, "pseudonymous")
            size = write_bundle(counsellor, plan, bundle).file_bytes
            export_s.append(time.perf_counter() - started)
            started = time.perf_counter()
            base_size = _jsonl_gzip(plan.tables, work / "b.jsonl.gz")
            base_export_s.append(time.perf_counter() - started)

            target = work / f"coord-{run}"
            shutil.copytree(coord_tpl, target)
            with Vault(app_paths(target)).unlock(PASSPHRASE) as store:
                started = time.perf_counter()
                first = import_bundle(store, bundle)
                imports.append(time.perf_counter() - started)
                started = time.perf_counter()
                second = import_bundle(store, bundle)
                again.append(time.perf_counter() - started)
                assert first.applied and second.already_imported
            shutil.rmtree(target)
            raw_dir = Path(tempfile.mkdtemp(dir=work))
            started = time.perf_counter()
            _raw_executemany(plan.tables, raw_dir)
            raws.append(time.perf_counter() - started)
        rows_count = sum(len(r) for r in plan.tables.values())
        counsellor.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    mb = size / 1e6
    return [
        Row(
            scale,
            "monthly bundle export (pseudonymous)",
            _median(export_s),
            "s",
            _median(base_export_s),
            "JSON Lines + gzip, no crypto",
            target="< 3 s at 5,000",
            extra=f"{rows_count:,} rows, {mb:.1f} MB (baseline {base_size / 1e6:.1f} MB)",
        ),
        Row(
            scale,
            "bundle import into coordination",
            _median(imports),
            "s",
            _median(raws),
            "raw executemany, sqlcipher3",
            target="< 5 s at 5,000",
        ),
        Row(
            scale,
            "same bundle imported again",
            _median(again),
            "s",
            _median(raws),
            "raw executemany, sqlcipher3",
            target="< 0.5 s",
        ),
    ]
