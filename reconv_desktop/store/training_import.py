"""Import coordination's training catalogue from a CSV file with named columns.

All or nothing: every line is checked first (errors name the line and the column, in
French), then every training is added or updated in one transaction. Skills may be given by
referential URI or by exact label; a line with a code updates the training with that code.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reconv_desktop.domain.text import fold
from reconv_desktop.domain.training import clean_skill_uris, clean_training
from reconv_desktop.errors import ReconvError, ValidationError
from reconv_desktop.i18n import translate
from reconv_desktop.store.store import Store

MAX_CSV_BYTES = 20 * 1024 * 1024
MAX_CSV_ROWS = 50_000
# Accepted headers (folded, spaces and dashes as underscores) -> training field.
HEADERS = {
    "code": "code",
    "reference": "code",
    "intitule": "title",
    "titre": "title",
    "title": "title",
    "formation": "title",
    "organisme": "organisation",
    "organisation": "organisation",
    "operateur": "organisation",
    "lieu": "place",
    "place": "place",
    "debut": "start_date",
    "date_debut": "start_date",
    "start_date": "start_date",
    "fin": "end_date",
    "date_fin": "end_date",
    "end_date": "end_date",
    "heures": "hours",
    "duree": "hours",
    "hours": "hours",
    "financement": "funding",
    "funding": "funding",
    "metier_uri": "target_occupation_uri",
    "uri_metier": "target_occupation_uri",
    "target_occupation_uri": "target_occupation_uri",
    "metier": "target_occupation_label",
    "metier_vise": "target_occupation_label",
    "target_occupation_label": "target_occupation_label",
    "competences": "skill_uris",
    "skills": "skill_uris",
    "skill_uris": "skill_uris",
    "contact": "contact",
    "remarques": "notes",
    "notes": "notes",
    "commentaire": "notes",
}


@dataclass(frozen=True, slots=True)
class CatalogueImport:
    added: int
    updated: int

    @property
    def total(self) -> int:
        return self.added + self.updated


def _error(path: Path, line: int | None, column: str | None, detail: str) -> ReconvError:
    where = (
        translate("training", "ligne {line}").format(line=line)
        if line
        else translate("training", "en-tête")
    )
    if column:
        where += translate("training", ", colonne « {column} »").format(column=column)
    return ReconvError(
        translate(
            "training", "Catalogue « {name} », {where} : {detail} Rien n'a été importé."
        ).format(name=path.name, where=where, detail=detail),
        "bad_catalogue",
    )


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise _error(
                path, None, None, translate("training", "fichier trop volumineux (20 Mo au plus).")
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ReconvError(
            translate("training", "Fichier illisible « {name} » ({strerror}).").format(
                name=path.name, strerror=exc.strerror
            ),
            "unreadable",
        ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Spreadsheets on Windows often save "CSV" in the ANSI code page.
        return data.decode("cp1252", errors="replace")


def _header_key(name: str) -> str:
    return "_".join(fold(name).replace("-", " ").replace("_", " ").split())


class _Lookup:
    """Skill and occupation URIs of the referential, by URI and by folded label."""

    def __init__(self, store: Store) -> None:
        self.skills = {r[0] for r in store.conn.execute("SELECT uri FROM ref_skill")}
        self.skill_by_label = {
            fold(label).strip(): uri
            for uri, label in store.conn.execute("SELECT uri, label FROM ref_skill")
        }
        self.occupations = dict(store.conn.execute("SELECT uri, label FROM ref_occupation"))
        self.occupation_by_label = {fold(v).strip(): k for k, v in self.occupations.items()}

    def skill(self, token: str) -> str | None:
        if token in self.skills or "://" in token:
            return token
        return self.skill_by_label.get(fold(token).strip())


def _skill_tokens(raw: str) -> list[str]:
    for sep in (";", "\n"):
        raw = raw.replace(sep, "|")
    return [t.strip() for t in raw.split("|") if t.strip()]


def parse_catalogue(store: Store, path: Path) -> list[dict[str, Any]]:
    """Cleaned training values of every line; raises on the first bad line (nothing written)."""
    path = Path(path)
    text = _read_text(path)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise _error(path, None, None, translate("training", "le fichier est vide.")) from None
    except csv.Error as exc:
        raise _error(
            path, 1, None, translate("training", "CSV illisible ({exc}).").format(exc=exc)
        ) from exc
    columns: list[str | None] = []
    for name in header:
        field = HEADERS.get(_header_key(name))
        if field is None and name.strip():
            raise _error(
                path,
                None,
                name.strip(),
                translate(
                    "training",
                    "colonne inconnue (attendues : intitule, "
                    "organisme, lieu, debut, fin, heures, financement, metier, metier_uri, "
                    "competences, contact, remarques, code).",
                ),
            )
        if field is not None and field in columns:
            raise _error(path, None, name.strip(), translate("training", "colonne en double."))
        columns.append(field)
    if "title" not in columns:
        raise _error(
            path, None, None, translate("training", "la colonne « intitule » est obligatoire.")
        )
    label_of = {f: header[i].strip() for i, f in enumerate(columns) if f}
    lookup = _Lookup(store)
    rows: list[dict[str, Any]] = []
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(columns):
                raise _error(
                    path,
                    line,
                    None,
                    translate(
                        "training",
                        "{values} valeurs pour {columns} colonnes "
                        "(séparateur ou guillemets à vérifier).",
                    ).format(values=len(cells), columns=len(columns)),
                )
            if len(rows) >= MAX_CSV_ROWS:
                raise _error(
                    path,
                    line,
                    None,
                    translate("training", "plus de {limit} formations.").format(limit=MAX_CSV_ROWS),
                )
            fields = {f: c for f, c in zip(columns, cells, strict=False) if f}
            rows.append(_clean_line(path, line, fields, label_of, lookup))
    except csv.Error as exc:
        raise _error(
            path,
            reader.line_num,
            None,
            translate("training", "CSV illisible ({exc}).").format(exc=exc),
        ) from exc
    if not rows:
        raise _error(path, None, None, translate("training", "aucune formation dans le fichier."))
    return rows


def _clean_line(
    path: Path, line: int, fields: dict[str, Any], label_of: dict[str, str], lookup: _Lookup
) -> dict[str, Any]:
    if "skill_uris" in fields:
        uris = []
        for token in _skill_tokens(fields["skill_uris"]):
            uri = lookup.skill(token)
            if uri is None:
                raise _error(
                    path,
                    line,
                    label_of["skill_uris"],
                    translate("training", "compétence « {token} » inconnue du référentiel.").format(
                        token=token
                    ),
                )
            uris.append(uri)
        fields["skill_uris"] = uris
    uri = (fields.get("target_occupation_uri") or "").strip()
    label = (fields.get("target_occupation_label") or "").strip()
    if uri and not label and uri in lookup.occupations:
        fields["target_occupation_label"] = lookup.occupations[uri]
    elif label and not uri:
        found = lookup.occupation_by_label.get(fold(label).strip())
        if found:
            fields["target_occupation_uri"] = found
    try:
        if "skill_uris" in fields:
            clean_skill_uris(fields["skill_uris"])
        return clean_training(fields)
    except ValidationError as exc:
        raise _error(path, line, label_of.get(exc.field, exc.field), exc.message) from exc


def import_catalogue(store: Store, path: Path) -> CatalogueImport:
    """Check the whole CSV, then add or update its trainings in one transaction."""
    store.trainings.require_coordination()
    rows = parse_catalogue(store, path)
    added, updated = store.trainings.save_many(rows)
    return CatalogueImport(added, updated)
