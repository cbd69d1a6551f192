"""The vault header: a small JSON file beside the database holding wrapped copies of its key.

Each slot wraps the same raw key under a different key-encryption key (passphrase, recovery
key, optionally coordination's escrow). The AES-GCM associated data binds a slot to the
vault id and its KDF parameters; an HMAC keyed by the raw key covers the whole file.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from reconv_desktop.errors import VaultError
from reconv_desktop.fileio import write_atomic
from reconv_desktop.i18n import translate
from reconv_desktop.vault import crypto

HEADER_FORMAT = "reconv-vault-header"
HEADER_VERSION = 1
MAX_HEADER_BYTES = 64 * 1024


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True, slots=True)
class KeySlot:
    kind: str  # "passphrase" | "recovery" | "escrow"
    kdf: dict[str, Any]
    nonce: str
    wrapped_key: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "kdf": self.kdf,
            "nonce": self.nonce,
            "wrapped_key": self.wrapped_key,
        }


@dataclass(frozen=True, slots=True)
class VaultHeader:
    vault_id: str
    created_at: str
    slots: tuple[KeySlot, ...]
    version: int = HEADER_VERSION
    mac: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def slot(self, kind: str) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def body(self) -> dict[str, Any]:
        return {
            "format": HEADER_FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "cipher": "sqlcipher4-raw-key",
            "slots": [s.as_dict() for s in self.slots],
            "extra": self.extra,
        }

    def canonical(self) -> bytes:
        return json.dumps(self.body(), sort_keys=True, separators=(",", ":")).encode("utf-8")

    def with_slot(self, slot: KeySlot) -> VaultHeader:
        others = tuple(s for s in self.slots if s.kind != slot.kind)
        return replace(self, slots=(*others, slot), mac="")


def slot_aad(vault_id: str, kind: str, kdf: dict[str, Any]) -> bytes:
    bound = {
        "format": HEADER_FORMAT,
        "version": HEADER_VERSION,
        "vault_id": vault_id,
        "slot": kind,
        "kdf": kdf,
    }
    return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")


def make_passphrase_slot(
    vault_id: str, raw_key: bytes, passphrase: str, params: crypto.Argon2Params
) -> KeySlot:
    salt = crypto.new_salt()
    kdf = {"name": "argon2id", **params.as_dict(), "salt": b64(salt)}
    kek = crypto.passphrase_kek(passphrase, salt, params)
    nonce, wrapped = crypto.wrap(kek, raw_key, slot_aad(vault_id, "passphrase", kdf))
    return KeySlot("passphrase", kdf, b64(nonce), b64(wrapped))


def make_recovery_slot(vault_id: str, raw_key: bytes, recovery_secret: bytes) -> KeySlot:
    salt = crypto.new_salt()
    kdf = {"name": "hkdf-sha256", "salt": b64(salt)}
    kek = crypto.recovery_kek(recovery_secret, salt)
    nonce, wrapped = crypto.wrap(kek, raw_key, slot_aad(vault_id, "recovery", kdf))
    return KeySlot("recovery", kdf, b64(nonce), b64(wrapped))


def _slot_kek(slot: KeySlot, secret: str | bytes) -> bytes:
    kdf = slot.kdf
    salt = unb64(kdf["salt"])
    if slot.kind == "passphrase" and kdf.get("name") == "argon2id":
        params = crypto.Argon2Params(
            time_cost=int(kdf["time_cost"]),
            memory_cost_kib=int(kdf["memory_cost_kib"]),
            parallelism=int(kdf["parallelism"]),
        )
        assert isinstance(secret, str)
        return crypto.passphrase_kek(secret, salt, params)
    if slot.kind == "recovery" and kdf.get("name") == "hkdf-sha256":
        assert isinstance(secret, bytes)
        return crypto.recovery_kek(secret, salt)
    raise VaultError(
        translate("vault", "En-tête du coffre illisible : méthode de dérivation inconnue."),
        "header_corrupt",
    )


def open_slot(header: VaultHeader, kind: str, secret: str | bytes) -> bytes | None:
    """The raw key if `secret` opens the slot `kind`, else None."""
    slot = header.slot(kind)
    if slot is None:
        return None
    try:
        kek = _slot_kek(slot, secret)
        nonce, wrapped = unb64(slot.nonce), unb64(slot.wrapped_key)
    except (KeyError, ValueError, TypeError) as exc:
        raise VaultError(
            translate("vault", "En-tête du coffre illisible (champ manquant ou altéré)."),
            "header_corrupt",
        ) from exc
    return crypto.unwrap(kek, nonce, wrapped, slot_aad(header.vault_id, kind, slot.kdf))


def seal(header: VaultHeader, raw_key: bytes) -> VaultHeader:
    return replace(header, mac=crypto.header_mac(raw_key, header.canonical()))


def verify_seal(header: VaultHeader, raw_key: bytes) -> None:
    if crypto.header_mac(raw_key, header.canonical()) != header.mac:
        raise VaultError(
            translate(
                "vault",
                "L'en-tête du coffre a été modifié (contrôle d'intégrité en échec). "
                "Restaurez-le depuis une sauvegarde.",
            ),
            "header_tampered",
        )


def write_header(path: Path, header: VaultHeader) -> None:
    document = {**header.body(), "mac": header.mac}
    write_atomic(path, (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8"))


def read_header(path: Path) -> VaultHeader:
    """Parse the header, refusing unknown formats and newer versions with a clear message."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise VaultError(
            translate("vault", "Aucun coffre dans « {parent} » (en-tête absent).").format(
                parent=path.parent
            ),
            "no_vault",
        ) from exc
    except OSError as exc:
        raise VaultError(
            translate("vault", "En-tête du coffre illisible : {strerror}.").format(
                strerror=exc.strerror
            ),
            "header_unreadable",
        ) from exc
    if len(raw) > MAX_HEADER_BYTES:
        raise VaultError(
            translate("vault", "En-tête du coffre invalide (taille anormale)."), "header_corrupt"
        )
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != HEADER_FORMAT:
            raise VaultError(
                translate("vault", "Ce fichier n'est pas un en-tête de coffre Reconv."),
                "header_corrupt",
            )
        version = int(doc["version"])
        if version > HEADER_VERSION:
            raise VaultError(
                translate(
                    "vault",
                    "Ce coffre a été créé par une version plus récente de Reconv Desktop : "
                    "mettez l'application à jour.",
                ),
                "header_newer",
            )
        slots = tuple(
            KeySlot(str(s["kind"]), dict(s["kdf"]), str(s["nonce"]), str(s["wrapped_key"]))
            for s in doc["slots"]
        )
        return VaultHeader(
            vault_id=str(doc["vault_id"]),
            created_at=str(doc["created_at"]),
            slots=slots,
            version=version,
            mac=str(doc.get("mac", "")),
            extra=dict(doc.get("extra") or {}),
        )
    except VaultError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise VaultError(
            translate(
                "vault",
                "En-tête du coffre corrompu : restaurez-le depuis une sauvegarde ou utilisez "
                "la clé brute exportée.",
            ),
            "header_corrupt",
        ) from exc
