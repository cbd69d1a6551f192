"""`python -m bench [--scales 500,5000,50000] [--repeat 5] [--skip gui,sync,...]`: the table.

Suites: core (store-level), gui (actions in the real window), start (cold start, fresh
processes), memory (peak RSS at the largest scale), sync (at scales up to 5,000), esco,
reports, ranking (on a copy of the smallest vault with the full ESCO referential).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from bench import core_actions, esco, gui, memory, ranking, reports, sync
from bench.timing import Row, markdown
from bench.vaults import PASSPHRASE, bench_vault

SUITES = ("core", "gui", "start", "memory", "sync", "esco", "reports", "ranking")
SYNC_MAX_SCALE = 5000  # the sync targets are at 5,000; 50,000 would take minutes per run


def machine() -> str:
    cpu = "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}"


def commit() -> str:
    try:
        return subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--scales", default="500,5000,50000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip", default="", help="comma-separated suites to skip")
    args = parser.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    unknown = skip - set(SUITES)
    if unknown:
        parser.error(f"unknown suite(s) {', '.join(sorted(unknown))}; known: {', '.join(SUITES)}")
    scales = [int(s) for s in args.scales.split(",")]
    rows: list[Row] = []
    print(
        f"# Reconv Desktop benchmarks\n\nmachine: {machine()}\ndate: {date.today()}  "
        f"commit: {commit()}  python: {sys.version.split()[0]}\n",
        flush=True,
    )
    for scale in scales:
        label = f"{scale:,}"
        vault, built = bench_vault(scale)
        if built:
            print(f"built the {label}-worker vault in {built:.1f} s", flush=True)
        first = len(rows)
        raw_key = vault.key_from_passphrase(PASSPHRASE)
        with vault.open_with_key(raw_key) as store:
            raw = core_actions.raw_connection(store, raw_key)
            if "core" not in skip:
                rows.append(core_actions.list_open(store, raw, label, args.repeat))
                rows.append(core_actions.search_keystroke(store, raw, label, args.repeat))
                rows.append(core_actions.worker_file(store, raw, label, args.repeat))
            raw.close()
        folder = vault.paths.data_dir
        if "gui" not in skip:
            rows.extend(gui.window_rows_in_child(folder, label, args.repeat))
        if "start" not in skip:
            rows.extend(memory.cold_start(folder, label, args.repeat))
        if "memory" not in skip and scale == max(scales):
            rows.append(memory.peak_memory(folder, label))
        if "sync" not in skip and scale <= SYNC_MAX_SCALE:
            rows.extend(sync.bundle_rows(folder, label, max(1, min(args.repeat, 3))))
        print(markdown(rows[first:]), flush=True)
    if {"esco", "reports", "ranking"} - skip:
        rows.extend(_referential_rows(min(scales), skip, args.repeat))
    print("\n" + markdown(rows))
    return 0


def _referential_rows(scale: int, skip: set[str], repeat: int) -> list[Row]:
    """ESCO import, assessment PDF and ranking on a throwaway copy of the smallest vault."""
    vault, _ = bench_vault(scale)
    work = Path(tempfile.mkdtemp(prefix="reconv-bench-ref-"))
    rows: list[Row] = []
    try:
        shutil.copytree(vault.paths.data_dir, work / "vault")
        from reconv_desktop.paths import app_paths
        from reconv_desktop.vault.vault import Vault

        with Vault(app_paths(work / "vault")).unlock(PASSPHRASE) as store:
            if "esco" not in skip:
                rows.extend(esco.esco_import(store, repeat))
            if "reports" not in skip:
                rows.append(reports.assessment_pdf(store, repeat))
            if "ranking" not in skip:
                rows.append(ranking.target_ranking(store, repeat))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(markdown(rows), flush=True)
    return rows


if __name__ == "__main__":
    sys.exit(main())
