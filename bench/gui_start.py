"""Child process: cold start of the real window to an unlocked, populated caseload list.

`python -m bench.gui_start EXEC_TIME VAULT_FOLDER [--exercise]` (passphrase in
RECONV_BENCH_PASSPHRASE). EXEC_TIME is the parent's time.time() just before it started
this process. Prints one JSON line: seconds from exec to the list shown (KDF excluded),
the KDF seconds, rows shown and peak RSS (VmHWM) after the KDF and with it. `--exercise`
also searches and opens a worker file before reading the peak; `--baseline` only starts
QApplication.
"""

from __future__ import annotations

import json
import os
import sys
import time


def peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> None:
    """Reset VmHWM to the current RSS (Linux: `echo 5 > /proc/self/clear_refs`)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
    except OSError:
        pass


def wait_for(app, condition, timeout: float = 120.0) -> None:
    """Process events until `condition()` holds (a background query landed)."""
    from PySide6.QtCore import QEventLoop

    # Block until events arrive rather than polling: few Qt calls (see bench.gui's docstring).
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not finish in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    app.processEvents()  # let the view lay out and paint what arrived


def baseline(t_exec: float) -> dict:
    import PySide6.QtWidgets as widgets

    app = widgets.QApplication(sys.argv[:1])
    app.processEvents()
    return {"start": time.time() - t_exec, "peak_mb": peak_rss_mb()}


def window(t_exec: float, folder: str, exercise: bool) -> dict:
    from PySide6.QtWidgets import QApplication

    from reconv_desktop.gui.shell.app import Launcher
    from reconv_desktop.gui.shell.translations import install_translation
    from reconv_desktop.paths import app_paths
    from reconv_desktop.settings import load_settings

    paths = app_paths(folder)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    install_translation(app, load_settings(paths).language)
    launcher = Launcher(paths)
    launcher.start()
    win = launcher.window
    assert win is not None
    app.processEvents()
    # The KDF is deliberate (Argon2id): measured, then left out of the start figure.
    started = time.time()
    raw_key = launcher.session.vault.key_from_passphrase(os.environ["RECONV_BENCH_PASSPHRASE"])
    kdf = time.time() - started
    peak_with_kdf = peak_rss_mb()
    reset_peak()  # Argon2id's deliberate 256 MiB are freed: measure the window's own peak
    win.unlock_screen._open(raw_key)  # what the unlock screen does once the key is derived
    page = win.workspace.page("caseload")
    win.go("caseload")
    wait_for(app, lambda: page.model.rowCount() > 0)
    start = time.time() - t_exec - kdf
    rows = page.model.rowCount()
    if exercise:
        page.search.setText("nguyen")
        page.refresh()
        generation = page._generation
        wait_for(app, lambda: page.model.rowCount() > 0 and generation == page._generation)
        win.open_worker(page.model.worker_id(0))
        app.processEvents()
    result = {
        "start": start,
        "kdf": kdf,
        "rows": rows,
        "peak_mb": peak_rss_mb(),
        "peak_with_kdf_mb": max(peak_with_kdf, peak_rss_mb()),
    }
    win.close()
    return result


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    t_exec = float(sys.argv[1])
    if "--baseline" in sys.argv:
        result = baseline(t_exec)
    else:
        result = window(t_exec, sys.argv[2], "--exercise" in sys.argv)
    print(json.dumps(result), flush=True)
    os._exit(0)  # skip finalisation: PySide6 6.12 on Python 3.11 may abort there (bench.gui)


if __name__ == "__main__":
    sys.exit(main())
