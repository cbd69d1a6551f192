"""Every kind of bad bundle is refused with its own French message, and nothing changes."""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from reconv_desktop.sync import container
from reconv_desktop.sync.errors import BundleError
from reconv_desktop.sync.export import export_bundle
from reconv_desktop.sync.identity import DeviceIdentity, device_identity
from reconv_desktop.sync.importing import import_bundle, inspect_bundle
from tests.sync.conftest import dump, pair
from tests.sync.hostile import add_symlink, make_bundle, worker_row

CORPUS = Path(__file__).parents[1] / "data" / "bundles"


@pytest.fixture
def sides(paired):
    counsellor, coord = paired
    counsellor.workers.add(family_name="Wójcik", given_name="Łukasz")
    return counsellor, coord


def check_refused(coord, path: Path, code: str, words: str) -> str:
    before = dump(coord)
    with pytest.raises(BundleError) as caught:
        import_bundle(coord, path)
    assert caught.value.code == code
    assert words in caught.value.message and "Rien n'a été modifié" in caught.value.message
    with pytest.raises(BundleError):
        inspect_bundle(coord, path)
    assert dump(coord) == before
    return caught.value.message


def _good(sides, tmp_path) -> Path:
    counsellor, _ = sides
    return export_bundle(counsellor, "2026-03", "full", tmp_path / "good.reconv").path


def test_tampered_byte(sides, tmp_path):
    data = bytearray(_good(sides, tmp_path).read_bytes())
    data[len(data) // 2] ^= 0x01
    (tmp_path / "bad.reconv").write_bytes(bytes(data))
    check_refused(sides[1], tmp_path / "bad.reconv", "tampered", "modifié")


def test_truncated(sides, tmp_path):
    data = _good(sides, tmp_path).read_bytes()
    (tmp_path / "bad.reconv").write_bytes(data[: len(data) - 1000])
    check_refused(sides[1], tmp_path / "bad.reconv", "truncated", "tronqué")


def test_truncated_inside_header(sides, tmp_path):
    (tmp_path / "bad.reconv").write_bytes(_good(sides, tmp_path).read_bytes()[:60])
    check_refused(sides[1], tmp_path / "bad.reconv", "truncated", "tronqué")


def test_wrong_recipient(sides, tmp_path):
    counsellor, coord = sides
    stranger = str(x25519.Identity.generate().to_public())
    path = make_bundle(tmp_path / "bad.reconv", counsellor, coord, encrypt_to=[stranger])
    check_refused(coord, path, "not_for_me", "pas chiffré pour cet appareil")


def test_addressed_to_another_device_in_the_manifest(sides, tmp_path):
    counsellor, coord = sides
    path = make_bundle(
        tmp_path / "bad.reconv",
        counsellor,
        coord,
        manifest={"recipients": [{"device_id": "autre-appareil"}]},
    )
    check_refused(coord, path, "not_addressed", "adressé à un autre appareil")


def test_unknown_signer(sides, other_counsellor, tmp_path):
    _, coord = sides
    # A real vault, but never enrolled by this coordination.
    path = make_bundle(tmp_path / "bad.reconv", other_counsellor, coord)
    check_refused(coord, path, "unknown_sender", "expéditeur inconnu")


def test_wrong_signing_key(sides, tmp_path):
    counsellor, coord = sides
    real = device_identity(counsellor)
    forger = DeviceIdentity(real.card, real.age_identity, Ed25519PrivateKey.generate())
    path = make_bundle(tmp_path / "bad.reconv", counsellor, coord, signer=forger)
    check_refused(coord, path, "bad_signature", "signature")


def test_newer_major_version(sides, tmp_path):
    counsellor, coord = sides
    path = make_bundle(
        tmp_path / "bad.reconv",
        counsellor,
        coord,
        manifest={"format_version": "2.0", "tables": {"nouveauté": {}}},
    )
    check_refused(coord, path, "newer_format", "mettez l'application à jour")


def test_newer_minor_version_is_read_ignoring_unknown_columns(sides, tmp_path):
    counsellor, coord = sides
    path = make_bundle(
        tmp_path / "ok.reconv",
        counsellor,
        coord,
        manifest={"format_version": "1.7"},
        rows={"worker": [worker_row(counsellor, future_column="x")]},
    )
    assert import_bundle(coord, path).summary["worker"]["new"] == 1


def test_oversized_file(sides, tmp_path, monkeypatch):
    path = _good(sides, tmp_path)
    monkeypatch.setattr(container, "MAX_BUNDLE_BYTES", os.path.getsize(path) - 1)
    check_refused(sides[1], path, "oversized", "trop volumineux")


def test_too_many_rows_declared(sides, tmp_path):
    counsellor, coord = sides
    path = make_bundle(
        tmp_path / "bad.reconv",
        counsellor,
        coord,
        declared={"worker": {"rows": container.MAX_ROWS + 1}},
    )
    check_refused(coord, path, "oversized", "trop volumineux")


def test_decompression_bomb(sides, tmp_path):
    counsellor, coord = sides
    bomb = gzip.compress(b"\n" * (50 * 1024 * 1024), mtime=0)  # 50 MB of newlines, ~50 kB
    path = make_bundle(
        tmp_path / "bad.reconv", counsellor, coord, raw_payloads={"payload/worker.jsonl.gz": bomb}
    )
    check_refused(coord, path, "decompression_bomb", "bombe de décompression")


@pytest.mark.parametrize(
    "name", ["../../evil.jsonl.gz", "/etc/cron.d/evil", "payload/../../evil.jsonl.gz"]
)
def test_path_traversal(sides, tmp_path, name):
    counsellor, coord = sides
    path = make_bundle(tmp_path / "bad.reconv", counsellor, coord, extra_members={name: b"x"})
    check_refused(coord, path, "path_traversal", "chemin interdit")


def test_symbolic_link_member(sides, tmp_path):
    counsellor, coord = sides
    path = add_symlink(tmp_path / "bad.reconv", counsellor, coord)
    check_refused(coord, path, "bad_member_type", "lien")


def test_row_with_wrong_type(sides, tmp_path):
    counsellor, coord = sides
    path = make_bundle(
        tmp_path / "bad.reconv",
        counsellor,
        coord,
        rows={"worker": [worker_row(counsellor, status=3)]},
    )
    message = check_refused(coord, path, "bad_row", "« status » doit être du texte")
    assert "ligne 1" in message


def test_row_with_bad_clock(sides, tmp_path):
    counsellor, coord = sides
    path = make_bundle(
        tmp_path / "bad.reconv",
        counsellor,
        coord,
        rows={"worker": [worker_row(counsellor, updated_at="hier")]},
    )
    check_refused(coord, path, "bad_row", "horloge")


def test_unknown_column(sides, tmp_path):
    counsellor, coord = sides
    path = make_bundle(
        tmp_path / "bad.reconv",
        counsellor,
        coord,
        rows={"worker": [worker_row(counsellor, password="x")]},
    )
    check_refused(coord, path, "bad_row", "colonne inconnue « password »")


def test_hash_mismatch(sides, tmp_path):
    counsellor, coord = sides
    path = make_bundle(
        tmp_path / "bad.reconv", counsellor, coord, declared={"worker": {"sha256": "0" * 64}}
    )
    check_refused(coord, path, "hash_mismatch", "SHA-256")


def test_missing_payload(sides, tmp_path):
    counsellor, coord = sides
    path = make_bundle(
        tmp_path / "bad.reconv",
        counsellor,
        coord,
        declared={
            "note": {"rows": 1, "bytes": 10, "sha256": "0" * 64, "file": "payload/note.jsonl.gz"}
        },
    )
    check_refused(coord, path, "missing_payload", "manque")


def test_own_bundle_back(sides, tmp_path):
    counsellor, _ = sides
    path = _good(sides, tmp_path)
    # The counsellor cannot decrypt a bundle for coordination: age says so first.
    with pytest.raises(BundleError) as caught:
        import_bundle(counsellor, path)
    assert caught.value.code == "not_for_me"


@pytest.mark.parametrize("sample", sorted(p.name for p in CORPUS.glob("*.reconv")))
def test_corpus_files_are_refused(paired, tmp_path, sample):
    _, coord = paired
    target = tmp_path / sample
    shutil.copy(CORPUS / sample, target)
    with pytest.raises(BundleError) as caught:
        import_bundle(coord, target)
    expected = (CORPUS / sample).with_suffix(".code").read_text(encoding="utf-8").strip()
    assert caught.value.code == expected


def test_counsellor_cannot_overwrite_reference_data(paired, other_counsellor, tmp_path):
    counsellor, _ = paired
    # Two counsellors who enrolled each other (a transfer): checklist rows are refused.
    from reconv_desktop.sync.identity import enrol_peer

    enrol_peer(counsellor, device_identity(other_counsellor).card, "counsellor")
    template = {
        "id": "0f0e0d0c-0b0a-4909-8807-060504030201",
        "updated_at": "2030-01-01T00:00:00.000Z/000000",
        "origin": "x",
        "deleted": 0,
        "code": "faux",
        "label": "Étape imposée",
        "country": "*",
        "position": 0,
        "due_days": None,
        "active": 1,
    }
    path = make_bundle(
        tmp_path / "t.reconv",
        other_counsellor,
        counsellor,
        rows={"admin_step_template": [template]},
    )
    report = import_bundle(counsellor, path)
    assert report.summary["admin_step_template"]["refused"] == 1
    assert "faux" not in [t.code for t in counsellor.step_templates.active()]
    assert pair  # the helper stays importable for other tests
