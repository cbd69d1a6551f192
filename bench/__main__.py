"""`python -m bench [--scales 500,5000,50000] [--repeat 5]`: print the benchmark table."""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from datetime import date

from bench import core_actions, esco
from bench.timing import Row, markdown
from bench.vaults import PASSPHRASE, bench_vault


def machine() -> str:
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
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
    rows: list[Row] = []
    print(f"# Reconv Desktop benchmarks\n\nmachine: {machine()}\ndate: {date.today()}  "
          f"commit: {commit()}  python: {sys.version.split()[0]}\n", flush=True)
    for scale in [int(s) for s in args.scales.split(",")]:
        label = f"{scale:,}"
        vault, built = bench_vault(scale)
        if built:
            print(f"built the {label}-worker vault in {built:.1f} s", flush=True)
        started = time.perf_counter()
        raw_key = vault.key_from_passphrase(PASSPHRASE)
        kdf = time.perf_counter() - started
        with vault.open_with_key(raw_key) as store:
            raw = core_actions.raw_connection(store, raw_key)
            if "core" not in skip:
                rows.append(core_actions.list_open(store, raw, label, args.repeat))
                rows.append(core_actions.search_keystroke(store, raw, label, args.repeat))
                rows.append(core_actions.worker_file(store, raw, label, args.repeat))
            raw.close()
        rows.append(Row(label, "passphrase KDF (Argon2id, deliberate)", kdf, "s", None, ""))
        print(markdown(rows[-4:]), flush=True)
    if "esco" not in skip:
        vault, _ = bench_vault(500)
        with vault.unlock(PASSPHRASE) as store:
            rows.extend(esco.esco_import(store, args.repeat))
    print("\n" + markdown(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
