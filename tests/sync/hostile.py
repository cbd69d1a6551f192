"""Build bad bundles on purpose: each helper breaks exactly one thing a reader must check."""

from __future__ import annotations

import base64
import gzip
import io
import tarfile
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from reconv_desktop.store.store import Store
from reconv_desktop.sync import container
from reconv_desktop.sync.export import sender_block
from reconv_desktop.sync.identity import DeviceIdentity, device_identity


def worker_row(sender: Store, **changes: Any) -> dict[str, Any]:
    row = {
        "id": "5f0c6a52-4a57-4c55-9a63-2d1a0c9b7e11",
        "updated_at": "2026-03-02T10:00:00.000Z/000000",
        "origin": sender.device_id,
        "deleted": 0,
        "status": "accueil",
        "cell_id": None,
        "enrolled_on": "2026-03-01",
    }
    row.update(changes)
    return row


def make_bundle(
    dest: Path,
    sender: Store,
    recipient: Store,
    *,
    rows: dict[str, list[dict[str, Any]]] | None = None,
    manifest: dict[str, Any] | None = None,
    signer: DeviceIdentity | None = None,
    encrypt_to: list[str] | None = None,
    extra_members: dict[str, bytes] | None = None,
    declared: dict[str, dict[str, Any]] | None = None,
    raw_payloads: dict[str, bytes] | None = None,
) -> Path:
    """A bundle from `sender` to `recipient`, with any part overridden."""
    rows = rows if rows is not None else {"worker": [worker_row(sender)]}
    packed = [container.pack_table(name, r) for name, r in rows.items()]
    them = device_identity(recipient).card
    body = {
        "format": container.FORMAT,
        "format_version": container.FORMAT_VERSION,
        "bundle_id": "9a1b7c3e-0d2f-4e5a-8b6c-7d8e9f0a1b2c",
        "kind": "activity",
        "scope": "pseudonymous",
        "period": "2026-03",
        "periods": ["2026-03"],
        "sequence": 1,
        "created_at": "2026-04-01T08:00:00+00:00",
        "since": "",
        "high_water": "",
        "sender": sender_block(sender),
        "recipients": [{"device_id": them.device_id, "age_recipient": them.age_recipient}],
        "tables": {t.name: t.entry() for t in packed},
    }
    for name, entry in (declared or {}).items():
        body["tables"].setdefault(name, {}).update(entry)
    body.update(manifest or {})
    manifest_bytes = container.manifest_bytes(body)
    signature = (signer or device_identity(sender)).sign(manifest_bytes)
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        members = {
            "manifest.json": manifest_bytes,
            "manifest.sig": base64.b64encode(signature) + b"\n",
        }
        for t in packed:
            members[container.payload_file(t.name)] = gzip.compress(t.raw, mtime=0)
        members.update(raw_payloads or {})
        members.update(extra_members or {})
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    plain = buffer.getvalue()
    plain += b"\0" * (-len(plain) % container.AGE_CHUNK)
    keys = [x25519.Recipient.from_str(r) for r in (encrypt_to or [them.age_recipient])]
    dest.write_bytes(pyrage.encrypt(plain, keys))
    return dest


def add_symlink(dest: Path, sender: Store, recipient: Store) -> Path:
    """A valid bundle plus a symbolic link member."""
    path = make_bundle(dest, sender, recipient)
    plain = pyrage.decrypt(path.read_bytes(), [device_identity(recipient).age_identity])
    buffer = io.BytesIO()
    with (
        tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as source,
        tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as tar,
    ):
        link = tarfile.TarInfo("payload/link.jsonl.gz")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tar.addfile(link)
        for member in source:
            tar.addfile(member, source.extractfile(member))
    plain = buffer.getvalue()
    plain += b"\0" * (-len(plain) % container.AGE_CHUNK)
    them = x25519.Recipient.from_str(device_identity(recipient).card.age_recipient)
    path.write_bytes(pyrage.encrypt(plain, [them]))
    return path
