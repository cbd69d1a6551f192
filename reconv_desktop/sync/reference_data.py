"""The skills/occupations referential as payloads of a reference bundle (format 1.1).

Coordination sends its whole referential as four tables (`ref_meta`, `ref_skill`,
`ref_occupation`, `ref_occupation_skill`); every row carries the referential's version as
its clock. A counsellor replaces its referential as a whole, inside the import transaction,
only when that version is newer than the one received before: re-imports and late, older
bundles change nothing.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from reconv_desktop.errors import ReconvError
from reconv_desktop.i18n import translate
from reconv_desktop.store.store import Store
from reconv_desktop.sync.errors import BundleError
from reconv_desktop.sync.merge import COUNTS

REFERENTIAL_TABLES = ("ref_meta", "ref_skill", "ref_occupation", "ref_occupation_skill")
# Reference data no counsellor writes: refused from anyone but coordination, on both sides.
COORDINATION_ONLY_TABLES = frozenset({"training", *REFERENTIAL_TABLES})
META_ID = "referential"
VERSION_KEY = "referential_version"  # meta key: version of the last referential received
SKILL_COLUMNS = ("uri", "label", "alt_labels", "description", "skill_type", "reuse_level")
OCCUPATION_COLUMNS = ("uri", "label", "alt_labels", "description", "code", "isco_group")
LINK_COLUMNS = ("occupation_uri", "skill_uri", "relation")
META_COLUMNS = (
    "source",
    "source_detail",
    "lang",
    "imported_at",
    "skill_count",
    "occupation_count",
    "relation_count",
)


def row_id(*uris: str) -> str:
    """Row id of a referential row: UUID v5 (URL namespace) of its URI(s), joined by a space."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, " ".join(uris)))


def version_of(imported_at: str) -> str:
    """The referential's version as a clock value, from its ISO import time."""
    try:
        moment = datetime.fromisoformat(imported_at)
    except ValueError:
        moment = datetime(1970, 1, 1, tzinfo=UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z/000000")


# --- sending (coordination) -------------------------------------------------------------------
def referential_tables(store: Store) -> dict[str, list[dict[str, Any]]]:
    """This vault's whole referential as bundle rows, stamped with its version."""
    meta = store.query_one("SELECT * FROM ref_meta WHERE id = 1")
    if meta is None:
        raise ReconvError(
            translate(
                "sync",
                "Aucun référentiel dans ce coffre : importez-en un (reconv referential "
                "import-esco DOSSIER) avant de l'envoyer.",
            ),
            "no_referential",
        )
    sync = {"updated_at": version_of(meta["imported_at"]), "origin": store.device_id, "deleted": 0}

    def rows(sql: str, columns: tuple[str, ...], key: tuple[str, ...]) -> list[dict[str, Any]]:
        return [
            {"id": row_id(*(r[k] for k in key)), **sync, **{c: r[c] for c in columns}}
            for r in store.query(sql)
        ]

    return {
        "ref_meta": [{"id": META_ID, **sync, **{k: meta[k] for k in META_COLUMNS}}],
        "ref_skill": rows("SELECT * FROM ref_skill ORDER BY uri", SKILL_COLUMNS, ("uri",)),
        "ref_occupation": rows(
            "SELECT * FROM ref_occupation ORDER BY uri", OCCUPATION_COLUMNS, ("uri",)
        ),
        "ref_occupation_skill": rows(
            "SELECT * FROM ref_occupation_skill ORDER BY occupation_uri, skill_uri",
            LINK_COLUMNS,
            ("occupation_uri", "skill_uri"),
        ),
    }


# --- checking (before anything is written) ---------------------------------------------------
def _bad(detail: str) -> BundleError:
    return BundleError(
        translate("sync", "référentiel joint invalide : {detail}.").format(detail=detail),
        "bad_referential",
    )


def check_referential(tables: dict[str, list[dict[str, Any]]]) -> None:
    """Refuse a referential that is not whole and coherent (verify.py calls this)."""
    present = [t for t in REFERENTIAL_TABLES if t in tables]
    if not present:
        return
    metas = tables.get("ref_meta", [])
    if len(metas) != 1 or metas[0]["id"] != META_ID or metas[0]["deleted"]:
        raise _bad(
            translate("sync", "« ref_meta » doit contenir exactement une ligne « referential »")
        )
    meta = metas[0]
    version = meta["updated_at"]
    keys = {
        "ref_skill": ("uri",),
        "ref_occupation": ("uri",),
        "ref_occupation_skill": ("occupation_uri", "skill_uri"),
    }
    for table, key in keys.items():
        for line, row in enumerate(tables.get(table, []), start=1):
            if row["updated_at"] != version or row["deleted"]:
                raise _bad(
                    translate(
                        "sync", "ligne {line} de « {table} » d'une autre version ou supprimée"
                    ).format(line=line, table=table)
                )
            if any(not isinstance(row.get(k), str) for k in key) or row["id"] != row_id(
                *(row[k] for k in key)
            ):
                raise _bad(
                    translate(
                        "sync", "ligne {line} de « {table} » : identifiant incohérent"
                    ).format(line=line, table=table)
                )
    counts = {
        "skill_count": "ref_skill",
        "occupation_count": "ref_occupation",
        "relation_count": "ref_occupation_skill",
    }
    for column, table in counts.items():
        if meta.get(column) != len(tables.get(table, [])):
            raise _bad(
                translate(
                    "sync", "« {column} » annonce {declared} lignes, « {table} » en contient {n}"
                ).format(
                    column=column,
                    declared=meta.get(column),
                    table=table,
                    n=len(tables.get(table, [])),
                )
            )
    skills = {r["uri"] for r in tables.get("ref_skill", [])}
    occupations = {r["uri"] for r in tables.get("ref_occupation", [])}
    for line, link in enumerate(tables.get("ref_occupation_skill", []), start=1):
        if link["relation"] not in ("essential", "optional"):
            raise _bad(
                translate(
                    "sync", "ligne {line} de « ref_occupation_skill » : relation inconnue"
                ).format(line=line)
            )
        if link["occupation_uri"] not in occupations or link["skill_uri"] not in skills:
            raise _bad(
                translate(
                    "sync", "ligne {line} de « ref_occupation_skill » : métier ou compétence absent"
                ).format(line=line)
            )


# --- applying (counsellor) --------------------------------------------------------------------
def is_newer(store: Store, tables: dict[str, list[dict[str, Any]]]) -> bool:
    """True when the bundle's referential is newer than the last one received here."""
    return str(tables["ref_meta"][0]["updated_at"]) > (store.meta(VERSION_KEY) or "")


def merge_referential(
    store: Store, tables: dict[str, list[dict[str, Any]]], *, write: bool, sender: str
) -> dict[str, Counter[str]]:
    """Per-table counts; with `write`, replace the referential (inside the caller's
    transaction) when the bundle's is newer."""
    newer = is_newer(store, tables)
    summary = {}
    for table in REFERENTIAL_TABLES:
        counts: Counter[str] = Counter({k: 0 for k in COUNTS})
        counts["new" if newer else "unchanged"] = len(tables.get(table, []))
        summary[table] = counts
    if write and newer:
        _replace(store, tables, sender)
    return summary


def _replace(store: Store, tables: dict[str, list[dict[str, Any]]], sender: str) -> None:
    meta = tables["ref_meta"][0]
    conn = store.conn
    # The delete triggers keep the search indexes in step (never an FTS 'rebuild': see schema).
    for table in ("ref_occupation_skill", "ref_skill", "ref_occupation", "ref_meta"):
        conn.execute(f"DELETE FROM {table}")
    # Other-language labels do not travel in bundles (kept local): drop the replaced ones.
    conn.execute("DELETE FROM ref_label")
    lang, source = meta["lang"], meta["source"]

    def insert(table: str, columns: tuple[str, ...], extra: bool) -> None:
        names = [*columns, "lang", "source"] if extra else list(columns)
        marks = ", ".join("?" for _ in names)
        conn.executemany(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})",
            [
                [
                    *(r.get(c) if r.get(c) is not None else _default(c) for c in columns),
                    *([lang, source] if extra else []),
                ]
                for r in tables.get(table, [])
            ],
        )

    insert("ref_skill", SKILL_COLUMNS, True)
    insert("ref_occupation", OCCUPATION_COLUMNS, True)
    insert("ref_occupation_skill", LINK_COLUMNS, False)
    detail = " — ".join(
        p
        for p in (
            meta.get("source_detail") or "",
            translate("sync", "reçu de « {sender} »").format(sender=sender),
        )
        if p
    )
    conn.execute(
        "INSERT INTO ref_meta (id, source, source_detail, lang, imported_at, skill_count, "
        "occupation_count, relation_count) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
        [
            source,
            detail,
            lang,
            meta["imported_at"],
            meta["skill_count"],
            meta["occupation_count"],
            meta["relation_count"],
        ],
    )
    store._write_meta(VERSION_KEY, meta["updated_at"])


def _default(column: str) -> Any:
    # NOT NULL text columns of the vault's referential tables that a bundle may leave out.
    return "" if column in ("alt_labels", "description") else None


def referential_line(
    tables: dict[str, list[dict[str, Any]]], summary: Mapping[str, Mapping[str, int]]
) -> str:
    """The preview's French line about the joined referential ("" when there is none)."""
    meta = summary.get("ref_meta")
    if meta is None:
        return ""
    sizes = translate("sync", "{skills} compétences, {occupations} métiers, {links} liens").format(
        skills=len(tables.get("ref_skill", [])),
        occupations=len(tables.get("ref_occupation", [])),
        links=len(tables.get("ref_occupation_skill", [])),
    )
    if meta["refused"]:
        return translate(
            "sync", "référentiel : {sizes} — refusé (seule la coordination envoie le référentiel)"
        ).format(sizes=sizes)
    if meta["new"]:
        return translate("sync", "référentiel : {sizes} — remplace l'actuel").format(sizes=sizes)
    return translate(
        "sync", "référentiel : {sizes} — pas plus récent que celui en place, inchangé"
    ).format(sizes=sizes)
