"""Entry point of `reconv-desktop` (placeholder until the window issue)."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    parser = argparse.ArgumentParser(prog="reconv-desktop")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--data-dir")
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    label = QLabel("Reconv Desktop" + (" (démo)" if args.demo else ""))
    label.show()
    return app.exec()
