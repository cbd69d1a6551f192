"""Every bundle import is preceded by a verified backup; no backup, no import."""

from __future__ import annotations

import pytest

from reconv_desktop.backup import backups
from reconv_desktop.sync.errors import BundleError
from reconv_desktop.sync.export import export_bundle
from reconv_desktop.sync.importing import import_bundle
from tests.sync.conftest import dump

PERIOD = "2026-03"


def test_import_leaves_a_backup_of_the_vault_before_it(paired, tmp_path):
    counsellor, coord = paired
    counsellor.workers.add(family_name="Wójcik", given_name="Łukasz")
    export_bundle(counsellor, PERIOD, "pseudonymous", tmp_path / "b.reconv")
    dest = tmp_path / "clé USB"
    backups.set_backup_destination(coord, dest)

    assert import_bundle(coord, tmp_path / "b.reconv").applied

    (made,) = backups.list_backups(dest, coord.vault_id)
    assert made.reason == "import" and made.reason_label == "avant importation"
    # Importing the same bundle again changes nothing, so it needs no second backup.
    assert import_bundle(coord, tmp_path / "b.reconv").already_imported
    assert len(backups.list_backups(dest, coord.vault_id)) == 1


def test_import_refused_when_the_backup_cannot_be_written(paired, tmp_path):
    counsellor, coord = paired
    counsellor.workers.add(family_name="Yılmaz", given_name="Ayşe")
    export_bundle(counsellor, PERIOD, "pseudonymous", tmp_path / "b.reconv")
    blocker = tmp_path / "pas-un-dossier"
    blocker.write_text("un fichier, pas un dossier")
    backups.set_backup_destination(coord, blocker / "sauvegardes")
    before = dump(coord)

    with pytest.raises(BundleError) as refused:
        import_bundle(coord, tmp_path / "b.reconv")

    assert refused.value.message.startswith("Lot refusé : la sauvegarde faite avant")
    assert "Rien n'a été modifié" in refused.value.message
    assert dump(coord) == before
