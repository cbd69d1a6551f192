"""Monthly figures, small-count suppression, and the PDF / CSV reports built on them."""

from __future__ import annotations

import csv

from pypdf import PdfReader

from reconv_desktop.reports.indicators_pdf import (
    write_consolidated_csv,
    write_consolidated_pdf,
    write_monthly_csv,
    write_monthly_pdf,
)
from reconv_desktop.sync.coordination import CounsellorFigures
from reconv_desktop.sync.indicators import compute_figures, parse_period, totals

CELL = {"id": "c1", "name": "Cellule Łódź Textiles (fictive)"}


def _workers(n: int, status: str, enrolled: str = "2026-03-10") -> list[dict]:
    return [
        {"id": f"{status}{i}", "cell_id": "c1", "status": status, "enrolled_on": enrolled}
        for i in range(n)
    ]


def test_counts_under_five_are_suppressed_and_the_rest_exact():
    tables = {
        "cell": [CELL],
        "worker": _workers(7, "accueil") + _workers(2, "en_emploi"),
        "outcome": [{"worker_id": "en_emploi0", "kind": "emploi", "outcome_date": "2026-03-20"}],
    }
    figures = {(f.indicator, f.category): f for f in compute_figures("2026-03", tables)}
    assert figures[("caseload", "accueil")].value == 7
    assert figures[("caseload", "en_emploi")].value is None
    assert figures[("caseload", "en_emploi")].shown() == "< 5"
    assert figures[("enrolments", "")].value == 9
    assert figures[("outcomes", "emploi")].value is None
    exact = {
        (f.indicator, f.category): f.value
        for f in compute_figures("2026-03", tables, suppress=False)
    }
    assert exact[("outcomes", "emploi")] == 1
    assert totals(figures.values())["caseload"] == (7, 1)


def test_later_enrolments_are_not_in_the_month():
    tables = {"cell": [CELL], "worker": _workers(6, "accueil", enrolled="2026-04-02")}
    assert compute_figures("2026-03", tables) == []


def test_period_defaults_to_last_month_and_is_checked():
    from datetime import date

    import pytest

    from reconv_desktop.errors import ValidationError

    assert parse_period(None, today=date(2026, 1, 15)) == "2025-12"
    with pytest.raises(ValidationError, match="AAAA-MM"):
        parse_period("03/2026")


def test_pdf_and_csv_show_the_same_figures(tmp_path):
    tables = {"cell": [CELL], "worker": _workers(12, "en_formation") + _workers(3, "accueil")}
    figures = compute_figures("2026-03", tables)
    write_monthly_pdf(figures, "2026-03", tmp_path / "m.pdf", owner="Ayşe Yılmaz")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "m.pdf").pages)
    assert "Cellule Łódź Textiles (fictive)" in text and "Ayşe Yılmaz" in text
    assert "12" in text and "< 5" in text
    write_monthly_csv(figures, tmp_path / "m.csv", owner="Ayşe Yılmaz")
    with open(tmp_path / "m.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {
        (r["categorie"], r["valeur"], r["masque"]) for r in rows if r["indicateur"] == "caseload"
    } == {("en_formation", "12", "0"), ("accueil", "", "1")}
    data = [
        CounsellorFigures("Nguyễn Thị Hoa", "dev-1", "lignes", figures),
        CounsellorFigures("Łukasz Wójcik", "dev-2", "indicateurs", []),
    ]
    write_consolidated_pdf(data, "2026-03", tmp_path / "c.pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "c.pdf").pages)
    assert "Nguyễn Thị Hoa" in text and "Rien reçu pour cette période" in text
    write_consolidated_csv(data, tmp_path / "c.csv")
    assert "Nguyễn Thị Hoa" in (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
