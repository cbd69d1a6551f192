"""The bundle file itself: tar archive (manifest, signature, gzip JSON Lines) encrypted with age.

Writing: rows -> JSON Lines -> gzip members -> tar padded to 64 KiB -> age -> atomic file.
Reading: size check -> age decrypt -> tar members checked one by one (names, types, sizes).
Nothing here knows about the vault; `verify.py` checks the signer and the rows. See
docs/bundle-format.md for the byte-level description.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import re
import tarfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pyrage
from pyrage import x25519

from reconv_desktop.fileio import atomic_writer
from reconv_desktop.i18n import translate
from reconv_desktop.sync.errors import BundleError

FORMAT = "reconv-bundle"
FORMAT_VERSION = "1.1"
FORMAT_MAJOR, FORMAT_MINOR = (int(p) for p in FORMAT_VERSION.split("."))
# Tables added by 1.1 (training catalogue, joined referential): a bundle carrying one says
# "1.1", so a 1.0 reader ignores them; any other bundle still says "1.0".
TABLES_SINCE_1_1 = frozenset(
    {"training", "ref_meta", "ref_skill", "ref_occupation", "ref_occupation_skill"}
)


def format_version_for(tables: Iterable[str]) -> str:
    """The lowest format version that describes a bundle carrying `tables`."""
    return FORMAT_VERSION if TABLES_SINCE_1_1.intersection(tables) else "1.0"


MAGIC = b"age-encryption.org/v1\n"

MAX_BUNDLE_BYTES = 256 * 1024 * 1024  # the encrypted file on disk
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024  # all JSON Lines payloads together
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_MEMBERS = 64
MAX_ROWS = 2_000_000
# age encrypts in 64 KiB chunks (+16 bytes of tag); the archive is padded to whole chunks so
# that a truncated copy is told apart from a modified byte.
AGE_CHUNK = 64 * 1024
AGE_CHUNK_SEALED = AGE_CHUNK + 16

MEMBER_NAME = re.compile(
    r"^(manifest\.json|manifest\.sig|payload/[a-z][a-z0-9_]{0,62}\.jsonl\.gz)$"
)
TABLE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


def payload_file(table: str) -> str:
    return f"payload/{table}.jsonl.gz"


_ROW_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def jsonl_bytes(rows: Iterable[Mapping[str, Any]]) -> tuple[bytes, int]:
    """(UTF-8 JSON Lines, row count); keys sorted so equal rows give equal bytes."""
    encode = _ROW_ENCODER.encode  # one encoder: json.dumps with options builds one per row
    lines = [encode(r) for r in rows]
    return ("".join(line + "\n" for line in lines)).encode("utf-8"), len(lines)


def manifest_bytes(manifest: Mapping[str, Any]) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode(
        "utf-8"
    )


@dataclass(frozen=True, slots=True)
class PackedTable:
    name: str
    rows: int
    raw: bytes  # the JSON Lines, uncompressed

    def entry(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "bytes": len(self.raw),
            "file": payload_file(self.name),
            "sha256": hashlib.sha256(self.raw).hexdigest(),
        }


def pack_table(name: str, rows: Iterable[Mapping[str, Any]]) -> PackedTable:
    raw, count = jsonl_bytes(rows)
    return PackedTable(name, count, raw)


def _add_member(tar: tarfile.TarFile, name: str, data: bytes, mtime: int) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), mtime, 0o644
    tar.addfile(info, io.BytesIO(data))


def build_plaintext(
    manifest: bytes, signature: bytes, tables: Iterable[PackedTable], mtime: int
) -> bytes:
    """The tar archive, padded with zero blocks to a whole number of age chunks."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        _add_member(tar, "manifest.json", manifest, mtime)
        _add_member(tar, "manifest.sig", base64.b64encode(signature) + b"\n", mtime)
        for table in tables:
            _add_member(
                tar,
                payload_file(table.name),
                gzip.compress(table.raw, compresslevel=6, mtime=0),
                mtime,
            )
    data = buffer.getvalue()
    return data + b"\0" * (-len(data) % AGE_CHUNK)


def write_encrypted(dest: Path, plaintext: bytes, recipients: Iterable[str]) -> int:
    """Encrypt to every age recipient and write atomically; returns the file size."""
    keys = [x25519.Recipient.from_str(r) for r in recipients]
    sealed = pyrage.encrypt(plaintext, keys)
    with atomic_writer(Path(dest), mode=0o600) as handle:
        handle.write(sealed)
    return len(sealed)


# --- reading ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class OpenedArchive:
    """Members of a decrypted bundle, not yet trusted."""

    manifest: bytes
    signature: bytes
    payloads: dict[str, bytes]  # member name -> gzip bytes
    file_bytes: int


def _age_payload_length(sealed: bytes) -> int | None:
    end = sealed.find(b"\n--- ")
    if end < 0:
        return None
    line_end = sealed.find(b"\n", end + 1)
    return None if line_end < 0 else len(sealed) - (line_end + 1) - 16


def decrypt(sealed: bytes, identity: x25519.Identity) -> bytes:
    """age-decrypt with this device's identity, saying why when it fails."""
    if not sealed.startswith(MAGIC):
        raise BundleError(
            translate(
                "sync", "ce fichier n'est pas un lot Reconv (il n'est pas chiffré avec age)."
            ),
            "not_a_bundle",
        )
    try:
        return cast(bytes, pyrage.decrypt(sealed, [identity]))  # pyrage ships no types
    except pyrage.DecryptError as exc:
        text = str(exc).lower()
        if "no matching keys" in text:
            raise BundleError(
                translate(
                    "sync",
                    "ce lot n'est pas chiffré pour cet appareil (destiné à quelqu'un d'autre).",
                ),
                "not_for_me",
            ) from exc
        length = _age_payload_length(sealed)
        if (
            "fill whole buffer" in text
            or length is None
            or length <= 0
            or length % AGE_CHUNK_SEALED
        ):
            raise BundleError(
                translate(
                    "sync",
                    "le fichier est tronqué (copie interrompue ou clé USB retirée trop tôt ?) : "
                    "demandez un nouvel envoi.",
                ),
                "truncated",
            ) from exc
        raise BundleError(
            translate(
                "sync",
                "le contenu chiffré a été modifié (au moins un octet ne se vérifie plus) : "
                "ne l'utilisez pas et demandez un nouvel envoi.",
            ),
            "tampered",
        ) from exc


def _check_member(member: tarfile.TarInfo, seen: set[str]) -> None:
    name = member.name
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in parts:
        raise BundleError(
            translate("sync", "chemin interdit dans l'archive : « {name} ».").format(name=name),
            "path_traversal",
        )
    if not member.isfile():
        raise BundleError(
            translate(
                "sync", "entrée « {name} » interdite (lien, dossier ou fichier spécial)."
            ).format(name=name),
            "bad_member_type",
        )
    if not MEMBER_NAME.match(name):
        raise BundleError(
            translate("sync", "entrée inattendue dans l'archive : « {name} ».").format(name=name),
            "unexpected_member",
        )
    if name in seen:
        raise BundleError(
            translate("sync", "entrée « {name} » en double dans l'archive.").format(name=name),
            "duplicate_member",
        )
    seen.add(name)


def open_archive(path: Path, identity: x25519.Identity) -> OpenedArchive:
    """Read, decrypt and unpack a bundle file within the size limits."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleError(
                translate(
                    "sync", "fichier trop volumineux ({size} Mo ; maximum {limit} Mo)."
                ).format(size=size // (1024 * 1024), limit=MAX_BUNDLE_BYTES // (1024 * 1024)),
                "oversized",
            )
        sealed = path.read_bytes()
    except OSError as exc:
        raise BundleError(
            translate("sync", "fichier illisible « {name} » ({strerror}).").format(
                name=path.name, strerror=exc.strerror
            ),
            "unreadable",
        ) from exc
    plaintext = decrypt(sealed, identity)
    members: dict[str, bytes] = {}
    try:
        with tarfile.open(fileobj=io.BytesIO(plaintext), mode="r:") as tar:
            seen: set[str] = set()
            for count, member in enumerate(tar, start=1):
                if count > MAX_MEMBERS:
                    raise BundleError(
                        translate("sync", "trop d'entrées dans l'archive."), "too_many_members"
                    )
                _check_member(member, seen)
                handle = tar.extractfile(member)
                members[member.name] = handle.read() if handle else b""
    except tarfile.TarError as exc:
        raise BundleError(
            translate("sync", "l'archive contenue dans le lot est illisible."), "bad_archive"
        ) from exc
    manifest = members.pop("manifest.json", None)
    signature = members.pop("manifest.sig", None)
    if manifest is None or signature is None:
        raise BundleError(translate("sync", "le manifeste ou sa signature manque."), "no_manifest")
    if len(manifest) > MAX_MANIFEST_BYTES:
        raise BundleError(translate("sync", "manifeste trop volumineux."), "oversized")
    try:
        raw_signature = base64.b64decode(signature.strip(), validate=True)
    except ValueError as exc:
        raise BundleError(translate("sync", "signature illisible."), "bad_signature") from exc
    return OpenedArchive(manifest, raw_signature, members, size)


def inflate(name: str, data: bytes, declared_bytes: int) -> bytes:
    """Decompress one payload, never beyond what the manifest declares (no zip bomb)."""
    decompressor = zlib.decompressobj(wbits=31)
    try:
        # max_length bounds the output: a bomb stops after declared_bytes + 1 bytes.
        raw = decompressor.decompress(data, declared_bytes + 1)
    except zlib.error as exc:
        raise BundleError(
            translate("sync", "« {name} » n'est pas un gzip valide.").format(name=name),
            "bad_payload",
        ) from exc
    if len(raw) > declared_bytes or decompressor.unconsumed_tail:
        raise BundleError(
            translate(
                "sync",
                "« {name} » se décompresse au-delà de la taille annoncée (bombe de "
                "décompression ?).",
            ).format(name=name),
            "decompression_bomb",
        )
    return raw
