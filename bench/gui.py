"""The counsellor's actions through the real window (offscreen), driven like a user would.

Runs in a child process (`python -m bench.gui VAULT SCALE REPEAT`): PySide6 6.12 on Python
3.11 drops a reference to None at every void call, so a long Qt session aborts at exit
("deallocating None"); the child prints its rows and leaves with os._exit.

Each figure runs from the action (Enter on a search, a click on a name) until the result is
in the view's model and the pending events (layout, paint) are processed. The search debounce
(deliberate, 150 ms) is skipped: the search runs as the timer would fire it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from bench.core_actions import TYPED, TYPED_NOTE, raw_connection
from bench.timing import Row, median_seconds
from bench.vaults import PASSPHRASE
from reconv_desktop.store.search import fts_query

ROOT = Path(__file__).resolve().parents[1]


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _shown(app, page, generation: int) -> None:
    """Wait until the page's background query `generation` is in the model and painted."""
    from bench.gui_start import wait_for

    done = []
    page.model.modelReset.connect(lambda: done.append(page._generation))
    wait_for(app, lambda: generation in done)
    page.model.modelReset.disconnect()


def window_rows(vault, raw_key: bytes, raw, scale: str, repeat: int) -> list[Row]:
    """List open, search per keystroke and worker file, through the real MainWindow."""
    app = _app()
    from reconv_desktop.gui.shell.main_window import MainWindow
    from reconv_desktop.gui.shell.session import Session

    session = Session(vault.paths)
    session.open_with_key(raw_key)
    window = MainWindow(session)
    window.show()
    page = window.workspace.page("caseload")
    window.go("caseload")
    _shown(app, page, page._generation)

    def run(text: str) -> None:
        page.search.setText(text)
        page.refresh()  # what the debounce timer fires
        _shown(app, page, page._generation)

    list_ms = median_seconds(lambda: run(""), repeat) * 1000
    base_list = (
        median_seconds(
            lambda: raw.execute(
                "SELECT w.id, w.family_name, w.given_name, c.name, w.status, w.last_contact "
                "FROM worker w "
                "LEFT JOIN cell c ON c.id = w.cell_id WHERE w.deleted = 0 ORDER BY w.sort_key"
            ).fetchall(),
            repeat,
        )
        * 1000
    )

    keys = TYPED + TYPED_NOTE

    def typing() -> None:
        for prefix in keys:
            run(prefix)

    def raw_typing() -> None:
        for prefix in keys:
            q = fts_query(prefix)
            raw.execute("SELECT rowid FROM worker_fts WHERE worker_fts MATCH ?", [q]).fetchall()
            raw.execute("SELECT rowid FROM note_fts WHERE note_fts MATCH ?", [q]).fetchall()

    search_ms = median_seconds(typing, repeat) / len(keys) * 1000
    base_search = median_seconds(raw_typing, repeat) / len(keys) * 1000
    # Worst keystroke too: the first letters match the most rows.
    worst = 0.0
    for prefix in keys:
        started = time.perf_counter()
        run(prefix)
        worst = max(worst, time.perf_counter() - started)
    run("")

    ids = [r[0] for r in raw.execute("SELECT id FROM worker WHERE deleted = 0 LIMIT 300")]
    rng = random.Random(3)

    def open_file() -> None:
        window.open_worker(rng.choice(ids))
        app.processEvents()

    def raw_file() -> None:
        worker_id = rng.choice(ids)
        for table, column in (
            ("worker", "id"),
            ("note", "worker_id"),
            ("appointment", "worker_id"),
            ("admin_step", "worker_id"),
            ("action", "worker_id"),
            ("outcome", "worker_id"),
        ):
            raw.execute(f"SELECT * FROM {table} WHERE {column} = ?", [worker_id]).fetchall()

    file_ms = median_seconds(open_file, repeat * 4) * 1000
    base_file = median_seconds(raw_file, repeat * 4) * 1000
    window.close()
    app.processEvents()
    return [
        Row(
            scale,
            "open the caseload list (window)",
            list_ms,
            "ms",
            base_list,
            "raw SELECT, sqlcipher3",
            target="< 150 ms at 5,000",
        ),
        Row(
            scale,
            "search-as-you-type, per keystroke (window)",
            search_ms,
            "ms",
            base_search,
            "raw FTS5 MATCH",
            target="< 50 ms at 5,000, < 150 ms at 50,000",
            extra=f"worst keystroke {worst * 1000:.0f} ms",
        ),
        Row(
            scale,
            "open a worker file (window)",
            file_ms,
            "ms",
            base_file,
            "raw SELECTs of its rows",
            target="< 100 ms",
        ),
    ]


def window_rows_in_child(folder: Path, scale: str, repeat: int) -> list[Row]:
    """`window_rows` in a fresh process; its rows come back as JSON."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECONV_BENCH_PASSPHRASE": PASSPHRASE}
    out = subprocess.run(
        [sys.executable, "-m", "bench.gui", str(folder), scale, str(repeat)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if out.returncode != 0:
        raise RuntimeError(f"bench.gui failed: {out.stderr[-2000:]}")
    return [Row(**r) for r in json.loads(out.stdout.strip().splitlines()[-1])]


def main() -> None:
    from reconv_desktop.paths import app_paths
    from reconv_desktop.vault.vault import Vault

    folder, scale, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
    vault = Vault(app_paths(folder))
    raw_key = vault.key_from_passphrase(os.environ["RECONV_BENCH_PASSPHRASE"])
    with vault.open_with_key(raw_key) as store:
        raw = raw_connection(store, raw_key)
        rows = window_rows(vault, raw_key, raw, scale, repeat)
        raw.close()
    print(json.dumps([dataclasses.asdict(r) for r in rows]), flush=True)
    os._exit(0)  # skip interpreter finalisation (see the module docstring)


if __name__ == "__main__":
    main()
