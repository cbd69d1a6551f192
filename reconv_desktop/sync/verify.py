"""Trust a bundle before the database is touched: version, signer, recipient, hashes, rows.

Order matters: the format version is read first so that a newer major format is refused
with "update the app" and never half-read; the signature is checked against the key of the
*enrolled* sender, never against the key the bundle claims.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from reconv_desktop.i18n import translate
from reconv_desktop.store.store import Store
from reconv_desktop.sync import container
from reconv_desktop.sync.errors import BundleError
from reconv_desktop.sync.identity import PublicCard, device_identity, peer, role_of
from reconv_desktop.sync.reference_data import check_referential
from reconv_desktop.sync.rows import BUNDLE_ONLY_TABLES, parse_rows, table_schema

Progress = Callable[[int, int, str], None]
KINDS = ("activity", "reference", "receipt")


@dataclass
class VerifiedBundle:
    """A bundle that passed every check; rows are plain dicts ready to merge."""

    manifest: dict[str, Any]
    sender: PublicCard
    tables: dict[str, list[dict[str, Any]]]
    file_bytes: int
    ignored_tables: list[str] = field(default_factory=list)

    @property
    def bundle_id(self) -> str:
        return cast(str, self.manifest["bundle_id"])  # checked a str by verify_bundle


def _manifest(raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(
            translate("sync", "le manifeste est illisible (JSON invalide)."), "bad_manifest"
        ) from exc
    if not isinstance(data, dict) or data.get("format") != container.FORMAT:
        raise BundleError(
            translate("sync", "ce fichier n'est pas un lot Reconv (format inconnu)."),
            "not_a_bundle",
        )
    return data


def check_version(manifest: dict[str, Any]) -> int:
    """The bundle's minor version; refuses another major version."""
    version = manifest.get("format_version")
    try:
        major, minor = (int(p) for p in str(version).split("."))
    except ValueError as exc:
        raise BundleError(
            translate("sync", "version de format illisible « {version} ».").format(version=version),
            "bad_version",
        ) from exc
    if major > container.FORMAT_MAJOR:
        raise BundleError(
            translate(
                "sync",
                "ce lot est au format {version}, plus récent que celui que connaît "
                "cette application ({supported}) : mettez l'application à jour.",
            ).format(version=version, supported=container.FORMAT_VERSION),
            "newer_format",
        )
    if major < container.FORMAT_MAJOR:
        raise BundleError(
            translate("sync", "format {version} trop ancien, plus pris en charge.").format(
                version=version
            ),
            "older_format",
        )
    return minor


def _require(manifest: dict[str, Any], key: str, kind: type) -> Any:
    value = manifest.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise BundleError(
            translate("sync", "champ « {key} » du manifeste manquant ou mal formé.").format(
                key=key
            ),
            "bad_manifest",
        )
    return value


def check_signer(
    store: Store, manifest: dict[str, Any], body: bytes, signature: bytes
) -> PublicCard:
    sender = _require(manifest, "sender", dict)
    device = sender.get("device_id")
    if device == store.device_id:
        raise BundleError(
            translate("sync", "ce lot a été produit par cet appareil-ci."), "own_bundle"
        )
    enrolled = peer(store, device) if isinstance(device, str) else None
    if enrolled is None:
        raise BundleError(
            translate(
                "sync",
                "expéditeur inconnu (« {name} », appareil {device}) : enregistrez "
                "d'abord sa carte après avoir vérifié son empreinte.",
            ).format(name=sender.get("name", "?"), device=device),
            "unknown_sender",
        )
    if not enrolled.verify(body, signature):
        raise BundleError(
            translate(
                "sync",
                "la signature ne correspond pas à la clé enregistrée de « {name} » "
                "(lot falsifié ou signé par quelqu'un d'autre).",
            ).format(name=enrolled.name),
            "bad_signature",
        )
    return enrolled


def check_recipient(store: Store, manifest: dict[str, Any]) -> None:
    recipients = _require(manifest, "recipients", list)
    if not any(isinstance(r, dict) and r.get("device_id") == store.device_id for r in recipients):
        raise BundleError(
            translate("sync", "ce lot est adressé à un autre appareil."), "not_addressed"
        )


def _entries(
    manifest: dict[str, Any], archive: container.OpenedArchive
) -> dict[str, dict[str, Any]]:
    tables = _require(manifest, "tables", dict)
    total_rows = total_bytes = 0
    for name, entry in tables.items():
        if not container.TABLE_NAME.match(name) or not isinstance(entry, dict):
            raise BundleError(
                translate("sync", "table « {name} » mal décrite dans le manifeste.").format(
                    name=name
                ),
                "bad_manifest",
            )
        for key in ("rows", "bytes"):
            if not isinstance(entry.get(key), int) or entry[key] < 0:
                raise BundleError(
                    translate("sync", "table « {name} » : « {key} » mal formé.").format(
                        name=name, key=key
                    ),
                    "bad_manifest",
                )
        if entry.get("file") != container.payload_file(name) or not isinstance(
            entry.get("sha256"), str
        ):
            raise BundleError(
                translate("sync", "table « {name} » : fichier ou empreinte mal décrits.").format(
                    name=name
                ),
                "bad_manifest",
            )
        if entry["file"] not in archive.payloads:
            raise BundleError(
                translate("sync", "le fichier « {file} » annoncé manque.").format(
                    file=entry["file"]
                ),
                "missing_payload",
            )
        total_rows += entry["rows"]
        total_bytes += entry["bytes"]
    if total_rows > container.MAX_ROWS or total_bytes > container.MAX_UNCOMPRESSED_BYTES:
        raise BundleError(
            translate(
                "sync", "contenu trop volumineux ({total_rows} lignes, {size} Mo décompressés)."
            ).format(total_rows=total_rows, size=total_bytes // (1024 * 1024)),
            "oversized",
        )
    extra = set(archive.payloads) - {e["file"] for e in tables.values()}
    if extra:
        raise BundleError(
            translate("sync", "entrée non annoncée dans le manifeste : « {name} ».").format(
                name=min(extra)
            ),
            "unexpected_member",
        )
    return cast(dict[str, dict[str, Any]], tables)


def verify_bundle(
    store: Store,
    path: Path,
    progress: Progress | None = None,
    known: Callable[[dict[str, Any]], bool] | None = None,
) -> VerifiedBundle:
    """Every check, nothing written; raises BundleError with the reason on the first failure.

    When `known(manifest)` says the bundle was already imported, its signature and payload
    hashes are still checked but its rows are not parsed again (`tables` stays empty): the
    signed hashes prove the content is the one verified and merged the first time.
    """
    archive = container.open_archive(Path(path), device_identity(store).age_identity)
    manifest = _manifest(archive.manifest)
    minor = check_version(manifest)
    sender = check_signer(store, manifest, archive.manifest, archive.signature)
    check_recipient(store, manifest)
    _require(manifest, "bundle_id", str)
    _require(manifest, "sequence", int)
    if manifest.get("kind") not in KINDS:
        raise BundleError(
            translate("sync", "type de lot inconnu « {kind} ».").format(kind=manifest.get("kind")),
            "bad_manifest",
        )
    entries = _entries(manifest, archive)
    skip_rows = known is not None and known(manifest)
    receiving_rows_whole = role_of(store) != "coordination"
    tables: dict[str, list[dict[str, Any]]] = {}
    ignored: list[str] = []
    for done, (name, entry) in enumerate(sorted(entries.items())):
        if progress:
            progress(
                done,
                len(entries),
                translate("sync", "Vérification de « {name} »").format(name=name),
            )
        raw = container.inflate(entry["file"], archive.payloads[entry["file"]], entry["bytes"])
        if len(raw) != entry["bytes"] or hashlib.sha256(raw).hexdigest() != entry["sha256"]:
            raise BundleError(
                translate(
                    "sync",
                    "l'empreinte SHA-256 de « {name} » ne correspond pas au manifeste "
                    "(contenu modifié).",
                ).format(name=name),
                "hash_mismatch",
            )
        if skip_rows:
            continue
        schema = table_schema(store, name)
        if schema is None:
            if minor > container.FORMAT_MINOR:
                ignored.append(name)  # a newer minor version may add tables we can skip
                continue
            raise BundleError(
                translate("sync", "table inconnue « {name} ».").format(name=name), "unknown_table"
            )
        rows = parse_rows(
            name,
            raw,
            schema,
            full=receiving_rows_whole and name not in BUNDLE_ONLY_TABLES,
            tolerate_unknown=minor > container.FORMAT_MINOR,
        )
        if len(rows) != entry["rows"]:
            raise BundleError(
                translate("sync", "« {name} » : {n} lignes au lieu des {rows} annoncées.").format(
                    name=name, n=len(rows), rows=entry["rows"]
                ),
                "row_count_mismatch",
            )
        tables[name] = rows
    check_referential(tables)
    if progress:
        progress(len(entries), len(entries), translate("sync", "Lot vérifié"))
    return VerifiedBundle(manifest, sender, tables, archive.file_bytes, ignored)
