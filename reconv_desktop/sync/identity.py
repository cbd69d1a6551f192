"""Device identity (age X25519 + Ed25519), public cards, fingerprints and enrolled peers.

Secret keys live only in the encrypted vault (table `sync_identity`). A public card is the
JSON a device hands to the other side (on paper, USB key or mail); its fingerprint is read
aloud on the phone to confirm that the card was not swapped on the way.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519

from reconv_desktop.errors import ReconvError
from reconv_desktop.fileio import write_atomic
from reconv_desktop.i18n import QT_TRANSLATE_NOOP, LabelTable, translate
from reconv_desktop.store.store import Store

CARD_FORMAT = "reconv-card"
CARD_VERSION = "1.0"
ROLES = ("counsellor", "coordination")
ROLE_LABELS = LabelTable(
    {
        "counsellor": QT_TRANSLATE_NOOP("sync", "accompagnement"),
        "coordination": QT_TRANSLATE_NOOP("sync", "coordination"),
    }
)
MAX_CARD_BYTES = 16_384


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def fingerprint(age_recipient: str, ed25519_public: bytes) -> str:
    """Four groups of four base32 characters of SHA-256 over both public keys."""
    digest = hashlib.sha256(
        b"reconv-card-v1\n" + age_recipient.encode("ascii") + b"\n" + ed25519_public
    ).digest()
    text = base64.b32encode(digest).decode("ascii")[:16]
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True, slots=True)
class PublicCard:
    """What a device tells others about itself: who, which role, which public keys."""

    device_id: str
    name: str
    role: str
    age_recipient: str
    ed25519_public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.age_recipient, self.ed25519_public)

    @property
    def ed25519_b64(self) -> str:
        return base64.b64encode(self.ed25519_public).decode("ascii")

    def to_json(self) -> dict[str, Any]:
        return {
            "format": CARD_FORMAT,
            "format_version": CARD_VERSION,
            "device_id": self.device_id,
            "name": self.name,
            "role": self.role,
            "age_recipient": self.age_recipient,
            "ed25519": self.ed25519_b64,
            "fingerprint": self.fingerprint,
        }

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.ed25519_public).verify(signature, message)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True, slots=True)
class DeviceIdentity:
    """This vault's own keys; `card` is the public half."""

    card: PublicCard
    age_identity: x25519.Identity
    signing_key: Ed25519PrivateKey

    def sign(self, message: bytes) -> bytes:
        return self.signing_key.sign(message)

    def age_identity_file(self) -> str:
        """The standard age identity file text (usable with `age -d -i FILE`)."""
        return (
            f"# Reconv Desktop — identité age de l'appareil {self.card.device_id}\n"
            f"# created: {now_utc()}\n"
            f"# public key: {self.card.age_recipient}\n"
            f"{self.age_identity}\n"
        )


def role_of(store: Store) -> str:
    return store.meta("role") or "counsellor"


def device_identity(store: Store) -> DeviceIdentity:
    """This vault's identity; created on first use if the vault somehow has none."""
    row = store.conn.execute(
        "SELECT age_secret, ed25519_secret FROM sync_identity WHERE singleton = 1"
    ).fetchone()
    if row is None:
        age_secret = str(x25519.Identity.generate())
        signing_raw = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        with store.transaction():
            store.conn.execute(
                "INSERT INTO sync_identity VALUES (1, ?, ?, ?)",
                [age_secret, signing_raw.hex(), now_utc()],
            )
        row = (age_secret, signing_raw.hex())
    age_identity = x25519.Identity.from_str(row[0])
    signing_key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row[1]))
    public = signing_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    card = PublicCard(
        device_id=store.device_id,
        name=store.meta("owner_name") or "",
        role=role_of(store),
        age_recipient=str(age_identity.to_public()),
        ed25519_public=public,
    )
    return DeviceIdentity(card, age_identity, signing_key)


def export_card(
    store: Store, out: Path, name: str | None = None, role: str | None = None
) -> PublicCard:
    """Write this device's public card as JSON; `name`/`role` override what the vault says."""
    card = device_identity(store).card
    if role is not None and role not in ROLES:
        raise ReconvError(
            translate("sync", "Rôle inconnu : « {role} » (counsellor ou coordination).").format(
                role=role
            ),
            "bad_role",
        )
    card = PublicCard(
        card.device_id,
        name if name is not None else card.name,
        role or card.role,
        card.age_recipient,
        card.ed25519_public,
    )
    text = json.dumps(card.to_json(), ensure_ascii=False, indent=2) + "\n"
    write_atomic(Path(out), text.encode("utf-8"), mode=0o644)
    return card


def export_secret(store: Store, out: Path) -> None:
    """Write the age identity file (secret!) with owner-only permissions."""
    write_atomic(Path(out), device_identity(store).age_identity_file().encode("utf-8"), mode=0o600)


def _bad_card(detail: str) -> ReconvError:
    return ReconvError(
        translate("sync", "Carte d'identité invalide : {detail}.").format(detail=detail), "bad_card"
    )


def parse_card(data: Any) -> PublicCard:
    """A PublicCard from decoded JSON; refuses missing fields, bad keys, wrong fingerprint."""
    if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
        raise _bad_card(translate("sync", "ce n'est pas une carte Reconv"))
    if str(data.get("format_version", "")).split(".")[0] != CARD_VERSION.split(".")[0]:
        raise _bad_card(
            translate("sync", "version de carte inconnue (mettez l'application à jour)")
        )
    fields = {}
    for key in ("device_id", "name", "role", "age_recipient", "ed25519", "fingerprint"):
        value = data.get(key)
        if not isinstance(value, str) or len(value) > 500:
            raise _bad_card(
                translate("sync", "champ « {key} » manquant ou mal formé").format(key=key)
            )
        fields[key] = value
    if fields["role"] not in ROLES:
        raise _bad_card(translate("sync", "rôle « {role} » inconnu").format(role=fields["role"]))
    if not fields["device_id"].strip():
        raise _bad_card(translate("sync", "identifiant d'appareil vide"))
    try:
        x25519.Recipient.from_str(fields["age_recipient"])
        public = base64.b64decode(fields["ed25519"], validate=True)
        Ed25519PublicKey.from_public_bytes(public)
    except Exception as exc:  # pyrage raises its own types; any failure means a bad key
        raise _bad_card(translate("sync", "clé publique illisible")) from exc
    card = PublicCard(
        fields["device_id"], fields["name"], fields["role"], fields["age_recipient"], public
    )
    if card.fingerprint != fields["fingerprint"]:
        raise _bad_card(
            translate("sync", "l'empreinte ne correspond pas aux clés (carte modifiée ou abîmée)")
        )
    return card


def read_card(path: Path) -> PublicCard:
    path = Path(path)
    try:
        raw = path.read_bytes()[: MAX_CARD_BYTES + 1]
    except OSError as exc:
        raise ReconvError(
            translate("sync", "Carte illisible : « {path} » ({strerror}).").format(
                path=path, strerror=exc.strerror
            ),
            "card_unreadable",
        ) from exc
    if len(raw) > MAX_CARD_BYTES:
        raise _bad_card(translate("sync", "fichier trop grand"))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _bad_card(translate("sync", "JSON illisible")) from exc
    return parse_card(data)


def enrol_peer(store: Store, card: PublicCard, expected_role: str) -> None:
    """Store a peer's card; enrolling the same device again replaces its keys."""
    if card.role != expected_role:
        raise ReconvError(
            translate(
                "sync", "Cette carte est celle d'un appareil « {role} », pas « {expected} »."
            ).format(role=ROLE_LABELS[card.role], expected=ROLE_LABELS[expected_role]),
            "wrong_card_role",
        )
    if card.device_id == store.device_id:
        raise ReconvError(
            translate("sync", "Cette carte est celle de cet appareil-ci."), "own_card"
        )
    with store.transaction():
        store.conn.execute(
            "INSERT INTO sync_peer (device_id, name, role, age_recipient, ed25519_public, "
            "fingerprint, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(device_id) DO "
            "UPDATE SET name = excluded.name, role = excluded.role, "
            "age_recipient = excluded.age_recipient, ed25519_public = excluded.ed25519_public, "
            "fingerprint = excluded.fingerprint, enrolled_at = excluded.enrolled_at",
            [
                card.device_id,
                card.name,
                card.role,
                card.age_recipient,
                card.ed25519_b64,
                card.fingerprint,
                now_utc(),
            ],
        )


def _card_from_row(row: Any) -> PublicCard:
    return PublicCard(row[0], row[1], row[2], row[3], base64.b64decode(row[4]))


def peers(store: Store, role: str | None = None) -> list[PublicCard]:
    """Enrolled devices, optionally of one role, by name."""
    sql = "SELECT device_id, name, role, age_recipient, ed25519_public FROM sync_peer"
    rows = (
        store.conn.execute(sql + " WHERE role = ? ORDER BY name", [role])
        if role
        else store.conn.execute(sql + " ORDER BY name")
    )
    return [_card_from_row(r) for r in rows]


def peer(store: Store, device_id: str) -> PublicCard | None:
    row = store.conn.execute(
        "SELECT device_id, name, role, age_recipient, ed25519_public FROM sync_peer "
        "WHERE device_id = ?",
        [device_id],
    ).fetchone()
    return _card_from_row(row) if row else None


def find_peer(store: Store, card_or_device: str) -> PublicCard:
    """A peer by device id, by name, or by the path of its card file."""
    found = peer(store, card_or_device)
    if found is None:
        for candidate in peers(store):
            if candidate.name and candidate.name == card_or_device:
                found = candidate
    if found is None and Path(card_or_device).is_file():
        found = peer(store, read_card(Path(card_or_device)).device_id)
    if found is None:
        raise ReconvError(
            translate("sync", "Destinataire non enregistré : « {device} ».").format(
                device=card_or_device
            ),
            "unknown_peer",
        )
    return found
