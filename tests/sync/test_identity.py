"""Device identity: public cards, fingerprints, enrolment, and the standard age tool."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import tarfile

import pytest

from reconv_desktop.errors import ReconvError
from reconv_desktop.sync.export import export_bundle
from reconv_desktop.sync.identity import (
    device_identity,
    enrol_peer,
    export_card,
    export_secret,
    peers,
    read_card,
)


def test_card_round_trip_and_readable_fingerprint(store, tmp_path):
    card = export_card(store, tmp_path / "carte.json", name="Łukasz Wójcik")
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", card.fingerprint)
    text = (tmp_path / "carte.json").read_text(encoding="utf-8")
    assert "Łukasz Wójcik" in text and "SECRET" not in text.upper()
    again = read_card(tmp_path / "carte.json")
    assert again == card and again.age_recipient.startswith("age1")


def test_card_with_swapped_key_is_refused(store, coord, tmp_path):
    export_card(store, tmp_path / "carte.json")
    data = json.loads((tmp_path / "carte.json").read_text(encoding="utf-8"))
    data["age_recipient"] = device_identity(coord).card.age_recipient
    (tmp_path / "carte.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ReconvError, match="empreinte ne correspond pas"):
        read_card(tmp_path / "carte.json")


def test_enrolment_checks_the_role(store, coord):
    with pytest.raises(ReconvError, match="pas « coordination »"):
        enrol_peer(
            store,
            device_identity(store).card.__class__(
                "x",
                "Nguyễn",
                "counsellor",
                device_identity(coord).card.age_recipient,
                device_identity(coord).card.ed25519_public,
            ),
            "coordination",
        )
    enrol_peer(store, device_identity(coord).card, "coordination")
    assert [p.role for p in peers(store)] == ["coordination"]


def test_secret_keys_stay_inside_the_vault(store, vault_paths):
    secret = str(device_identity(store).age_identity).encode("ascii")
    store.close()
    for path in vault_paths.data_dir.rglob("*"):
        if path.is_file():
            assert secret not in path.read_bytes()


@pytest.mark.skipif(shutil.which("age") is None, reason="the age command is not installed")
def test_standard_age_tool_decrypts_a_bundle(paired, tmp_path):
    counsellor, coord = paired
    counsellor.workers.add(family_name="Nguyễn", given_name="Thị Hoa")
    bundle = export_bundle(counsellor, "2026-03", "full", tmp_path / "lot.reconv").path
    export_secret(coord, tmp_path / "identite.txt")
    done = subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "identite.txt"), str(bundle)],
        capture_output=True,
        check=True,
    )
    with tarfile.open(fileobj=io.BytesIO(done.stdout), mode="r:") as tar:
        names = tar.getnames()
        manifest = json.loads(tar.extractfile("manifest.json").read())
    assert names[:2] == ["manifest.json", "manifest.sig"]
    assert "payload/worker.jsonl.gz" in names
    assert manifest["format_version"] == "1.0" and manifest["tables"]["worker"]["rows"] == 1
