"""The caseload table model on its own (no view), over rows from a fresh vault per test, as
Vorta tests its archive table model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from reconv_desktop.domain.enums import WorkerStatus
from reconv_desktop.gui.caseload.model import WORKER_ID_ROLE, CaseloadModel
from reconv_desktop.store.store import Store

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def caseload(store: Store) -> Store:
    """Five fictitious workers in two cells, with statuses and contacts."""
    glass = store.cells.add("Verreries Imaginaires")
    steel = store.cells.add("Aciéries Fictives")
    for family, given, cell, status, contact in (
        ("Wójcik", "Łukasz", glass, "en_bilan", "2026-03-02"),
        ("Yılmaz", "Ayşe", steel, "accueil", None),
        ("Nguyễn", "Thị Hoa", glass, "en_emploi", "2026-01-15"),
        ("Ébert", "Zoé", steel, "en_recherche", "2025-12-01"),
        ("dupont", "marie", None, "sorti", "2026-02-20"),
    ):
        worker = store.workers.add(
            family_name=family, given_name=given, cell_id=cell.id if cell else None
        )
        store.workers.update(worker.id, status=status)
        if contact:
            store.workers.update(worker.id, last_contact=contact)
    return store


@pytest.fixture
def model(qapp, caseload: Store) -> CaseloadModel:
    model = CaseloadModel()
    model.set_rows(caseload.workers.caseload())
    return model


def _column(model: CaseloadModel, column: int) -> list[str]:
    return [model.index(row, column).data(DISPLAY) for row in range(model.rowCount())]


def test_headers_and_shape(model):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Nom", "Prénom", "Cellule", "Statut", "Dernier contact"]
    assert model.rowCount() == 5 and model.columnCount() == 5
    assert model.rowCount(model.index(0, 0)) == 0  # a table: rows have no children
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_rows_arrive_in_name_order_accents_and_case_ignored(model):
    assert _column(model, 0) == ["DUPONT", "ÉBERT", "NGUYỄN", "WÓJCIK", "YILMAZ"]


def test_cells_show_what_the_counsellor_reads(model, caseload):
    row = model.row_of(next(r.id for r in caseload.workers.caseload() if r.given_name == "Łukasz"))
    assert [model.index(row, c).data(DISPLAY) for c in range(5)] == [
        "WÓJCIK",
        "Łukasz",
        "Verreries Imaginaires",
        WorkerStatus.IN_AUDIT.label,
        "02/03/2026",
    ]
    assert model.index(row, 0).data(WORKER_ID_ROLE) == model.worker_id(row)
    assert model.data(QModelIndex()) is None
    assert model.index(4, 0).data(DISPLAY) == "YILMAZ"
    assert model.index(4, 4).data(DISPLAY) == ""  # never contacted


def test_sorting_by_each_column(model):
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert _column(model, 1) == ["Ayşe", "Łukasz", "marie", "Thị Hoa", "Zoé"]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert _column(model, 2)[:2] == ["", "Aciéries Fictives"]
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert _column(model, 4) == ["02/03/2026", "20/02/2026", "15/01/2026", "01/12/2025", ""]
    model.sort(3, Qt.SortOrder.AscendingOrder)
    labels = _column(model, 3)
    assert labels == sorted(labels, key=str.casefold)


def test_new_rows_keep_the_chosen_sort_but_search_results_keep_their_relevance(model, caseload):
    model.sort(0, Qt.SortOrder.DescendingOrder)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows(caseload.workers.caseload())
    assert _column(model, 0) == ["YILMAZ", "WÓJCIK", "NGUYỄN", "ÉBERT", "DUPONT"]
    found = caseload.search("lukasz") + caseload.search("ayse")
    model.set_rows(found, keep_order=True)
    assert _column(model, 1) == ["Łukasz", "Ayşe"]
    assert resets == [True, True]


def test_ids_by_row_and_rows_by_id(model):
    ids = [model.worker_id(row) for row in range(model.rowCount())]
    assert all(ids) and len(set(ids)) == 5
    assert [model.row_of(worker_id) for worker_id in ids] == list(range(5))
    assert model.worker_id(5) is None and model.worker_id(-1) is None
    assert model.row_of("pas-un-identifiant") == -1
    model.clear()
    assert model.rowCount() == 0
