"""Reports page: the month's figures match compute_figures, the chart shows their totals, and
the saved PDF is the reportlab report (read back with pypdf)."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from reconv_desktop.demo.caseload import fill_demo
from reconv_desktop.gui.sync.figures import month_label
from reconv_desktop.sync.indicators import (
    INDICATORS,
    category_label,
    compute_figures,
    local_tables,
    totals,
)
from tests.gui.conftest import visible_texts

REPORTS = "reports"
PERIOD = "2026-03"


def test_reports_page_shows_compute_figures_and_saves_the_pdf(qtbot, window, monkeypatch, tmp_path):
    store = window.session.current.store
    fill_demo(store, 40, notes_per_worker=0, appointments_per_worker=3, today=date(2026, 4, 10))
    expected = compute_figures(PERIOD, local_tables(store))
    assert expected
    window.go(REPORTS)
    page = window.workspace.page(REPORTS)
    page.month.set_period(PERIOD)
    qtbot.waitUntil(lambda: page.shown_period == PERIOD, timeout=5_000)

    model = page.model
    assert model.rowCount() == len(expected)
    shown = [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]
    assert shown == [
        (
            f.cell_name,
            INDICATORS[f.indicator],
            category_label(f.indicator, f.category) or "—",
            f.shown(),
        )
        for f in expected
    ]
    # Categories are shown in words, never as stored codes ("accueil", "entretien_embauche").
    assert ("Accueil" in {row[2] for row in shown}) and "accueil" not in {row[2] for row in shown}
    assert any(value == "< 5" for *_rest, value in shown)  # small counts stay masked
    # The chart draws the same totals as the PDF's "Totaux" table.
    assert page.chart.values == {"Total": {k: v[0] for k, v in totals(expected).items()}}
    assert any(text.startswith(month_label(PERIOD)) for text in visible_texts(page))

    out = tmp_path / "rapport signé.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=10_000)
    # Table cells wrap: compare with whitespace collapsed.
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Rapport mensuel d'activité" in text and "Conseillère Test" in text
    first = next(f for f in expected if f.value is not None)
    assert first.cell_name in text
    qtbot.waitUntil(lambda: "Rapport enregistré" in page.summary.text())


def test_data_changes_after_lock_and_unlock_reach_only_the_new_page(qtbot, window, session, people):
    from tests.conftest import PASSPHRASE

    old = window.go(REPORTS)
    qtbot.waitUntil(lambda: old.shown_period != "", timeout=5_000)
    window.lock()
    window.unlock_screen.form.secret.setText(PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.form.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    page = window.workspace.page(REPORTS)
    assert page is not old and window.workspace.current_name() == REPORTS
    qtbot.waitUntil(lambda: page.shown_period != "", timeout=5_000)

    # Each used to raise "Internal C++ object (ReportsPage) already deleted" from the old page.
    store = session.current.store
    store.workers.update(people["Dupont"], city="Liège")
    session.current.notify_changed(people["Dupont"])
    window.open_worker(people["Dupont"])
    session.current.notify_changed("")
    assert window.workspace.current_name() == "caseload"
