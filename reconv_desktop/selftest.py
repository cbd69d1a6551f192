"""Headless self-test of a build: SQLCipher, age, reportlab and shipped resources.

`reconv-desktop --self-test` runs these plus the Qt checks (gui/selftest.py) and prints one
line per check; a packaged app proves with it that every native part made it into the bundle.
"""

from __future__ import annotations

import io
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

UNICODE_NAME = "Nguyễn Thị Hoa — Łukasz Wójcik — Ayşe Yılmaz"


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


def check_sqlcipher() -> str:
    """Create, encrypt and reopen a throwaway vault; the file must not be plain SQLite."""
    from reconv_desktop.paths import app_paths
    from reconv_desktop.vault.crypto import FAST_ARGON2
    from reconv_desktop.vault.vault import Vault

    with tempfile.TemporaryDirectory(prefix="reconv-selftest-") as folder:
        paths = app_paths(folder)
        passphrase = "auto-test du coffre 2026"
        created = Vault.create(paths, passphrase, kdf=FAST_ARGON2)
        with created.vault.unlock(passphrase) as store:
            store.workers.add(family_name="Nguyễn", given_name="Thị Hoa")
            version = store.sqlcipher_version()
        raw = paths.database.read_bytes()
        if raw.startswith(b"SQLite format 3") or "Nguyễn".encode() in raw:
            raise RuntimeError("database file is not encrypted")
        with created.vault.unlock(passphrase) as store:
            if [r.family_name for r in store.search("nguyen")] != ["Nguyễn"]:
                raise RuntimeError("reopened vault lost its row")
    return f"SQLCipher {version}"


def check_age() -> str:
    """Encrypt to a fresh X25519 identity and decrypt back."""
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    secret = UNICODE_NAME.encode("utf-8")
    sealed = pyrage.encrypt(secret, [identity.to_public()])
    if pyrage.decrypt(sealed, [identity]) != secret:
        raise RuntimeError("age round trip differs")
    return "age (pyrage) X25519"


def check_reportlab() -> str:
    """Render a one-page PDF with a Unicode name in the shipped font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from reconv_desktop.resources import resources_path

    font_file = resources_path("fonts", "DejaVuSans.ttf")
    pdfmetrics.registerFont(TTFont("SelfTestSans", str(font_file)))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont("SelfTestSans", 14)
    canvas.drawString(72, 760, UNICODE_NAME)
    canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    if not data.startswith(b"%PDF") or b"FontFile2" not in data:
        raise RuntimeError("PDF without the embedded font")
    return f"reportlab PDF {len(data)} octets"


def check_resources() -> str:
    """Shipped resources are where the app looks for them."""
    from reconv_desktop.resources import resources_path

    needed = [resources_path("fonts", "DejaVuSans.ttf"), resources_path("icons")]
    starter = resources_path("referential", "starter_fr.json")
    needed.append(starter)
    missing = [str(p) for p in needed if not Path(p).exists()]
    if missing:
        raise RuntimeError("missing: " + ", ".join(missing))
    return f"ressources ({resources_path()})"


CORE_CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("sqlcipher", check_sqlcipher),
    ("age", check_age),
    ("reportlab", check_reportlab),
    ("resources", check_resources),
)


def run_checks(checks: tuple[tuple[str, Callable[[], str]], ...]) -> list[CheckResult]:
    """Run every check, catching failures so that each prints its own line."""
    results = []
    for name, check in checks:
        started = time.perf_counter()
        try:
            detail, ok = check(), True
        except Exception as exc:  # a self-test reports every failure, it never stops at one
            detail, ok = f"{type(exc).__name__}: {exc}", False
        results.append(CheckResult(name, ok, detail, time.perf_counter() - started))
    return results


def format_result(result: CheckResult) -> str:
    status = "ok" if result.ok else "ÉCHEC"
    return f"{status:5} {result.name:12} {result.detail} ({result.seconds * 1000:.0f} ms)"
