"""Import the official ESCO CSV download (skills, occupations and their links) in one main
language, keeping the labels of the other languages found in the same folder."""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from reconv_desktop.i18n import translate
from reconv_desktop.referential.model import (
    ImportReport,
    LabelRecord,
    OccupationRecord,
    ReferentialImportError,
    ReferentialSource,
    Relation,
    RelationRecord,
    SkillRecord,
)
from reconv_desktop.referential.writer import referential_replacement

Progress = Callable[[int, int, str], None]

# skills_fr.csv, occupations_en-us.csv, occupationSkillRelations_nl.csv,
# occupationSkillRelations.csv (ESCO v1.0, no language suffix)
_ESCO_FILE = re.compile(
    r"^(?P<kind>skills|occupations|occupationSkillRelations)"
    r"(?:_(?P<lang>[a-z]{2,3}(?:-[a-z0-9]{1,8})*))?\.csv$",
    re.IGNORECASE,
)
_KINDS = {"skills": "skills", "occupations": "occupations", "occupationskillrelations": "relations"}
_PROGRESS_EVERY_ROWS = 1000
# Chosen when a folder holds several languages and none is asked for: the app is French.
PREFERRED_LANG = "fr"


@dataclass(frozen=True, slots=True)
class EscoFiles:
    """The files of the main ESCO language found in a directory; `other_labels` lists the
    (lang, path) of skills/occupations files in the other languages, whose labels are kept."""

    lang: str
    skills: Path
    occupations: Path
    relations: Path | None
    other_labels: tuple[tuple[str, Path], ...] = ()


def find_esco_files(directory: Path | str, lang: str | None = None) -> EscoFiles:
    """Locate the ESCO files of `lang`; when `lang` is None, of the only language present, or
    of French when several are (another choice among several must be explicit)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise ReferentialImportError(
            translate("referential", "Dossier introuvable : « {directory} ».").format(
                directory=directory
            ),
            "esco_no_dir",
        )
    found: dict[tuple[str, str], Path] = {}
    for path in sorted(directory.iterdir()):
        match = _ESCO_FILE.match(path.name)
        if match and path.is_file():
            kind = _KINDS[match["kind"].lower()]
            found.setdefault((kind, (match["lang"] or "").lower()), path)
    languages = sorted({code for kind, code in found if code and kind != "relations"})
    if lang is None:
        if not languages:
            raise ReferentialImportError(
                translate(
                    "referential",
                    "Aucun fichier ESCO (skills_<langue>.csv, occupations_<langue>.csv) "
                    "dans « {directory} ».",
                ).format(directory=directory),
                "esco_no_files",
            )
        if len(languages) > 1 and PREFERRED_LANG not in languages:
            raise ReferentialImportError(
                translate(
                    "referential",
                    "Plusieurs langues ESCO dans « {directory} » ({languages}) : choisissez la "
                    "langue à importer.",
                ).format(directory=directory, languages=", ".join(languages)),
                "esco_ambiguous_lang",
            )
        lang = PREFERRED_LANG if len(languages) > 1 else languages[0]
    lang = lang.strip().lower()
    paths = {}
    for kind in ("skills", "occupations"):
        chosen = found.get((kind, lang))
        if chosen is None:
            available = (
                translate("referential", " (langues présentes : {languages})").format(
                    languages=", ".join(languages)
                )
                if languages
                else ""
            )
            raise ReferentialImportError(
                translate(
                    "referential",
                    "Fichier « {kind}_{lang}.csv » introuvable dans « {directory} »{available}.",
                ).format(kind=kind, lang=lang, directory=directory, available=available),
                "esco_missing_file",
            )
        paths[kind] = chosen
    relations = found.get(("relations", lang)) or found.get(("relations", ""))
    others = tuple(
        (code, path)
        for (kind, code), path in sorted(found.items())
        if code and code != lang and kind != "relations"
    )
    return EscoFiles(lang, paths["skills"], paths["occupations"], relations, others)


def import_esco(
    db: sqlite_utils.Database,
    directory: Path | str,
    lang: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Replace the referential with the ESCO files of `directory`, all or nothing.

    Raises ReferentialImportError (French message naming file, line and column) on bad input;
    the previous referential is then left intact. `progress(done, total, label)` counts bytes
    read; it may raise to cancel the import.
    """
    started = time.perf_counter()
    files = find_esco_files(directory, lang)
    warnings: list[str] = []
    sources = [files.skills, files.occupations] + ([files.relations] if files.relations else [])
    sources += [path for _, path in files.other_labels]
    labels: dict[str, int] = {}
    meter = _ByteMeter(sum(p.stat().st_size for p in sources), progress)
    with referential_replacement(
        db, ReferentialSource.ESCO, files.lang, source_detail=Path(directory).name
    ) as writer:
        writer.add_skills(_read_skills(files.skills, meter))
        writer.add_occupations(_read_occupations(files.occupations, meter))
        skipped = 0
        if files.relations is None:
            warnings.append(
                translate(
                    "referential",
                    "Fichier occupationSkillRelations_{lang}.csv absent : métiers et "
                    "compétences importés sans liens entre eux (pas de classement des "
                    "métiers).",
                ).format(lang=files.lang)
            )
        else:
            skipped = writer.add_relations(_read_relations(files.relations, meter))
            if skipped:
                warnings.append(
                    translate(
                        "referential",
                        "{skipped} lien(s) métier-compétence ignoré(s) : le métier ou la "
                        "compétence n'est pas dans les fichiers importés.",
                    ).format(skipped=skipped)
                )
        for other, path in files.other_labels:
            stored = writer.add_labels(other, _read_labels(path, meter))
            labels[other] = labels.get(other, 0) + stored
        meter.finish(translate("referential", "Enregistrement"))
    info = db.execute(
        "SELECT skill_count, occupation_count, relation_count FROM ref_meta"
    ).fetchone()
    return ImportReport(
        source=ReferentialSource.ESCO,
        lang=files.lang,
        skills=info[0],
        occupations=info[1],
        relations=info[2],
        skipped_relations=skipped,
        warnings=tuple(warnings),
        seconds=time.perf_counter() - started,
        labels=labels,
    )


class _ByteMeter:
    """Turns bytes read across the files into progress calls."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = max(total, 1)
        self.base = 0
        self._progress = progress

    def report(self, done_in_file: int, label: str) -> None:
        if self._progress is not None:
            self._progress(min(self.base + done_in_file, self.total), self.total, label)

    def finish(self, label: str) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total, label)


class _CsvFile:
    """Streams the rows of one ESCO CSV file as dicts of the wanted columns, with line numbers."""

    def __init__(
        self,
        path: Path,
        required: tuple[str, ...],
        optional: tuple[str, ...],
        meter: _ByteMeter,
        label: str,
    ) -> None:
        self.path = path
        self.required = required
        self.optional = optional
        self.meter = meter
        self.label = label

    def error(self, line: int, message: str, column: str | None = None) -> ReferentialImportError:
        where = translate("referential", "{name}, ligne {line}").format(
            name=self.path.name, line=line
        )
        if column is not None:
            where += translate("referential", ", colonne « {column} »").format(column=column)
        return ReferentialImportError(
            translate("referential", "{where} : {message}").format(where=where, message=message),
            "esco_bad_row",
        )

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        with self.path.open("rb") as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            reader = csv.reader(text, strict=True)
            line = 1
            try:
                header = next(reader, None)
                if header is None:
                    raise self.error(
                        1, translate("referential", "fichier vide, ligne d'en-tête attendue")
                    )
                wanted = self._columns(header)
                width = len(header)
                count = 0
                for record in reader:
                    first_line, line = line + 1, reader.line_num
                    if not record:
                        continue
                    if len(record) != width:
                        raise self._width_error(first_line, record, header)
                    yield first_line, {name: record[i].strip() for name, i in wanted.items()}
                    count += 1
                    if count % _PROGRESS_EVERY_ROWS == 0:
                        self.meter.report(raw.tell(), self.label)
            except csv.Error as exc:
                raise self.error(
                    reader.line_num or 1,
                    translate("referential", "CSV illisible ({exc})").format(exc=exc),
                ) from exc
            except UnicodeDecodeError as exc:
                raise self.error(
                    reader.line_num + 1,
                    translate("referential", "le fichier n'est pas encodé en UTF-8"),
                ) from exc
        self.meter.base += self.path.stat().st_size

    def _columns(self, header: list[str]) -> dict[str, int]:
        index: dict[str, int] = {}
        for i, name in enumerate(header):
            index.setdefault(name.strip(), i)
        for name in self.required:
            if name not in index:
                raise self.error(
                    1, translate("referential", "colonne obligatoire absente de l'en-tête"), name
                )
        return {name: index[name] for name in self.required + self.optional if name in index}

    def _width_error(
        self, line: int, record: list[str], header: list[str]
    ) -> ReferentialImportError:
        if len(record) < len(header):
            return self.error(
                line,
                translate(
                    "referential", "valeur manquante (la ligne a {n} champs au lieu de {expected})"
                ).format(n=len(record), expected=len(header)),
                header[len(record)].strip(),
            )
        return self.error(
            line,
            translate(
                "referential", "{n} champs au lieu de {expected} (virgule ou guillemet mal placé ?)"
            ).format(n=len(record), expected=len(header)),
        )


def _split_labels(value: str) -> tuple[str, ...]:
    labels: dict[str, None] = {}
    for part in value.splitlines():
        part = part.strip()
        if part:
            labels.setdefault(part, None)
    return tuple(labels)


def _require(csv_file: _CsvFile, line: int, row: dict[str, str], column: str) -> str:
    value = row[column]
    if not value:
        raise csv_file.error(line, translate("referential", "valeur vide"), column)
    return value


def _require_uri(
    csv_file: _CsvFile, line: int, row: dict[str, str], column: str, seen: dict[str, int] | None
) -> str:
    uri = _require(csv_file, line, row, column)
    if any(ch.isspace() for ch in uri):
        raise csv_file.error(
            line,
            translate("referential", "identifiant invalide « {value} »").format(value=uri[:80]),
            column,
        )
    if seen is not None:
        if uri in seen:
            raise csv_file.error(
                line,
                translate("referential", "« {uri} » en double (déjà ligne {line})").format(
                    uri=uri, line=seen[uri]
                ),
                column,
            )
        seen[uri] = line
    return uri


def _read_skills(path: Path, meter: _ByteMeter) -> Iterator[SkillRecord]:
    csv_file = _CsvFile(
        path,
        ("conceptUri", "preferredLabel"),
        ("altLabels", "description", "skillType", "reuseLevel"),
        meter,
        translate("referential", "Compétences"),
    )
    seen: dict[str, int] = {}
    for line, row in csv_file.rows():
        yield SkillRecord(
            uri=_require_uri(csv_file, line, row, "conceptUri", seen),
            label=_require(csv_file, line, row, "preferredLabel"),
            alt_labels=_split_labels(row.get("altLabels", "")),
            description=row.get("description", ""),
            skill_type=row.get("skillType") or None,
            reuse_level=row.get("reuseLevel") or None,
        )


def _read_occupations(path: Path, meter: _ByteMeter) -> Iterator[OccupationRecord]:
    csv_file = _CsvFile(
        path,
        ("conceptUri", "preferredLabel"),
        ("altLabels", "description", "code", "iscoGroup"),
        meter,
        translate("referential", "Métiers"),
    )
    seen: dict[str, int] = {}
    for line, row in csv_file.rows():
        yield OccupationRecord(
            uri=_require_uri(csv_file, line, row, "conceptUri", seen),
            label=_require(csv_file, line, row, "preferredLabel"),
            alt_labels=_split_labels(row.get("altLabels", "")),
            description=row.get("description", ""),
            code=row.get("code") or None,
            isco_group=row.get("iscoGroup") or None,
        )


def _read_labels(path: Path, meter: _ByteMeter) -> Iterator[LabelRecord]:
    """Labels of a skills_<xx>.csv or occupations_<xx>.csv file of another language: same
    checks as the main files, other columns ignored."""
    csv_file = _CsvFile(
        path,
        ("conceptUri", "preferredLabel"),
        ("altLabels",),
        meter,
        translate("referential", "Libellés traduits"),
    )
    seen: dict[str, int] = {}
    for line, row in csv_file.rows():
        yield LabelRecord(
            uri=_require_uri(csv_file, line, row, "conceptUri", seen),
            label=_require(csv_file, line, row, "preferredLabel"),
            alt_labels=_split_labels(row.get("altLabels", "")),
        )


def _read_relations(path: Path, meter: _ByteMeter) -> Iterator[RelationRecord]:
    csv_file = _CsvFile(
        path,
        ("occupationUri", "relationType", "skillUri"),
        (),
        meter,
        translate("referential", "Liens métier-compétence"),
    )
    relations = {r.value: r for r in Relation}
    for line, row in csv_file.rows():
        occupation = _require_uri(csv_file, line, row, "occupationUri", None)
        skill = _require_uri(csv_file, line, row, "skillUri", None)
        kind = relations.get(row["relationType"].lower())
        if kind is None:
            raise csv_file.error(
                line,
                translate(
                    "referential", "valeur « {value} » inattendue (essential ou optional)"
                ).format(value=row["relationType"][:40]),
                "relationType",
            )
        yield RelationRecord(occupation, skill, kind)
