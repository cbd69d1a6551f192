"""The small French starter referential shipped with the app, loaded until ESCO is imported.

The same JSON layout can carry a referential sent by coordination (see `load_referential_json`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from reconv_desktop.i18n import translate
from reconv_desktop.referential.model import (
    ImportReport,
    OccupationRecord,
    ReferentialImportError,
    ReferentialSource,
    Relation,
    RelationRecord,
    SkillRecord,
)
from reconv_desktop.referential.writer import referential_replacement
from reconv_desktop.resources import resources_path

STARTER_FILENAME = "starter_fr.json"
FORMAT_NAME = "reconv-referential"
FORMAT_VERSION = 1


def starter_path() -> Path:
    """Location of the shipped starter referential."""
    return resources_path("referential", STARTER_FILENAME)


def load_starter(db: sqlite_utils.Database) -> ImportReport:
    """Replace the referential with the shipped starter set (French)."""
    return load_referential_json(db, starter_path(), ReferentialSource.STARTER)


def load_referential_json(
    db: sqlite_utils.Database,
    path: Path,
    source: ReferentialSource = ReferentialSource.STARTER,
) -> ImportReport:
    """Replace the referential with a `reconv-referential` JSON file, all or nothing."""
    started = time.perf_counter()
    doc = _read_document(path)
    name = path.name
    skills = [_skill(item, name, i) for i, item in enumerate(_list(doc, "skills", name))]
    items = _list(doc, "occupations", name)
    occupations = [_occupation(item, name, i) for i, item in enumerate(items)]
    _refuse_duplicates(name, translate("referential", "compétence"), [s.uri for s in skills])
    _refuse_duplicates(name, translate("referential", "métier"), [o.uri for o in occupations])
    with referential_replacement(db, source, doc["lang"], source_detail=name) as writer:
        writer.add_skills(skills)
        writer.add_occupations(occupations)
        skipped = writer.add_relations(_relations(items, occupations))
        if skipped:
            raise ReferentialImportError(
                translate(
                    "referential",
                    "{name} : {skipped} lien(s) vers une compétence ou un métier inconnu.",
                ).format(name=name, skipped=skipped),
                "referential_bad_link",
            )
    info = db.execute("SELECT skill_count, occupation_count, relation_count FROM ref_meta")
    skill_count, occupation_count, relation_count = info.fetchone()
    return ImportReport(
        source=source,
        lang=doc["lang"],
        skills=skill_count,
        occupations=occupation_count,
        relations=relation_count,
        seconds=time.perf_counter() - started,
    )


def _read_document(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ReferentialImportError(
            translate("referential", "Référentiel introuvable : « {path} ».").format(path=path),
            "referential_missing",
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReferentialImportError(
            translate("referential", "{name} : fichier JSON illisible ({exc}).").format(
                name=path.name, exc=exc
            ),
            "referential_bad_json",
        ) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise ReferentialImportError(
            translate("referential", "{name} : ce n'est pas un référentiel Reconv.").format(
                name=path.name
            ),
            "referential_bad_format",
        )
    if doc.get("format_version") != FORMAT_VERSION:
        raise ReferentialImportError(
            translate(
                "referential",
                "{name} : version de format {version!r} non prise en charge (mettez "
                "l'application à jour).",
            ).format(name=path.name, version=doc.get("format_version")),
            "referential_newer_format",
        )
    if not isinstance(doc.get("lang"), str) or not doc["lang"]:
        raise ReferentialImportError(
            translate("referential", "{name} : langue absente.").format(name=path.name),
            "referential_bad_format",
        )
    return doc


def _list(doc: dict[str, Any], key: str, name: str) -> list[dict[str, Any]]:
    items = doc.get(key)
    if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
        raise ReferentialImportError(
            translate(
                "referential", "{name} : la liste « {key} » est absente ou mal formée."
            ).format(name=name, key=key),
            "referential_bad_format",
        )
    return items


def _text(item: dict[str, Any], key: str, where: str, required: bool = False) -> str:
    value = item.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ReferentialImportError(
            translate("referential", "{where}, champ « {key} » : texte attendu.").format(
                where=where, key=key
            ),
            "referential_bad_format",
        )
    return value.strip()


def _labels(item: dict[str, Any], where: str) -> tuple[str, ...]:
    labels = item.get("alt_labels", [])
    if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
        raise ReferentialImportError(
            translate(
                "referential", "{where}, champ « alt_labels » : liste de textes attendue."
            ).format(where=where),
            "referential_bad_format",
        )
    return tuple(x.strip() for x in labels if x.strip())


def _skill(item: dict[str, Any], name: str, index: int) -> SkillRecord:
    where = translate("referential", "{name}, compétence n° {number}").format(
        name=name, number=index + 1
    )
    return SkillRecord(
        uri=_text(item, "uri", where, required=True),
        label=_text(item, "label", where, required=True),
        alt_labels=_labels(item, where),
        description=_text(item, "description", where),
        skill_type=_text(item, "skill_type", where) or None,
        reuse_level=_text(item, "reuse_level", where) or None,
    )


def _occupation(item: dict[str, Any], name: str, index: int) -> OccupationRecord:
    where = translate("referential", "{name}, métier n° {number}").format(
        name=name, number=index + 1
    )
    return OccupationRecord(
        uri=_text(item, "uri", where, required=True),
        label=_text(item, "label", where, required=True),
        alt_labels=_labels(item, where),
        description=_text(item, "description", where),
        code=_text(item, "code", where) or None,
        isco_group=_text(item, "isco_group", where) or None,
    )


def _refuse_duplicates(name: str, what: str, uris: list[str]) -> None:
    seen: set[str] = set()
    for uri in uris:
        if uri in seen:
            raise ReferentialImportError(
                translate("referential", "{name} : {what} « {uri} » en double.").format(
                    name=name, what=what, uri=uri
                ),
                "referential_duplicate",
            )
        seen.add(uri)


def _relations(
    items: list[dict[str, Any]], occupations: list[OccupationRecord]
) -> Iterator[RelationRecord]:
    for item, occupation in zip(items, occupations, strict=True):
        for relation in Relation:
            skill_uris = item.get(str(relation), [])
            if not isinstance(skill_uris, list) or not all(isinstance(u, str) for u in skill_uris):
                raise ReferentialImportError(
                    translate(
                        "referential",
                        "métier « {label} », champ « {relation} » : liste d'identifiants attendue.",
                    ).format(label=occupation.label, relation=relation),
                    "referential_bad_format",
                )
            for skill_uri in skill_uris:
                yield RelationRecord(occupation.uri, skill_uri, relation)
