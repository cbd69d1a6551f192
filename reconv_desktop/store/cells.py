"""The cell repository: one company's collective layoff and its reconversion cell."""

from __future__ import annotations

from typing import Any

from reconv_desktop.domain import validation as v
from reconv_desktop.domain.models import Cell
from reconv_desktop.errors import ValidationError
from reconv_desktop.i18n import translate
from reconv_desktop.store.records import SyncedRepository, as_date


def _cell_from_row(row: dict[str, Any]) -> Cell:
    return Cell(
        id=row["id"],
        name=row["name"],
        company=row["company"],
        sector=row["sector"],
        layoff_date=as_date(row["layoff_date"]),
        start_date=as_date(row["start_date"]),
        end_date=as_date(row["end_date"]),
        cct_notes=row["cct_notes"],
    )


class CellRepository(SyncedRepository):
    table = "cell"

    def add(self, name: str, company: str = "", sector: str = "", **dates: Any) -> Cell:
        clean_name = " ".join((name or "").split())
        if not clean_name:
            raise ValidationError(
                "name", translate("store", "Le nom de la cellule est obligatoire.")
            )
        values: dict[str, Any] = {
            "name": clean_name,
            "company": v.bounded_text(company, "company", translate("store", "Entreprise"), 200),
            "sector": v.bounded_text(sector, "sector", translate("store", "Secteur"), 200),
        }
        for key in ("layoff_date", "start_date", "end_date"):
            if key in dates:
                values[key] = v.parse_date(dates[key], key)
        if "cct_notes" in dates:
            values["cct_notes"] = v.bounded_text(
                dates["cct_notes"], "cct_notes", translate("store", "Notes CCT")
            )
        start, end = values.get("start_date"), values.get("end_date")
        if start and end and end < start:
            raise ValidationError(
                "end_date", translate("store", "La fin de la cellule précède son début.")
            )
        with self.store.transaction():
            cell_id = self._insert(values)
        return self.get(cell_id)

    def get(self, cell_id: str) -> Cell:
        return _cell_from_row(self._row(cell_id))

    def all(self) -> list[Cell]:
        rows = self.store.query("SELECT * FROM cell WHERE deleted = 0 ORDER BY name")
        return [_cell_from_row(r) for r in rows]

    def find_by_name(self, name: str) -> Cell | None:
        row = self.store.query_one(
            "SELECT * FROM cell WHERE deleted = 0 AND (name = ? OR id = ?)", [name, name]
        )
        return _cell_from_row(row) if row else None
