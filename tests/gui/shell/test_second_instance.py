"""A second copy of the app on the same vault is refused with a French message and exits."""

from __future__ import annotations

import pytest

from reconv_desktop.errors import VaultError
from reconv_desktop.gui.shell import app
from reconv_desktop.vault.instance_lock import InstanceLock


def test_second_lock_on_the_same_data_dir_is_refused_in_french(vault_paths):
    first = app.acquire_instance_lock(vault_paths)
    try:
        with pytest.raises(VaultError) as refused:
            app.acquire_instance_lock(vault_paths)
        assert refused.value.code == "vault_in_use"
        assert "déjà ouvert par une autre fenêtre de Reconv Desktop" in refused.value.message
    finally:
        first.release()
    # Once the first copy quits, the vault opens again.
    app.acquire_instance_lock(vault_paths).release()


def test_refusal_dialog_says_why_and_that_this_copy_closes(qtbot):
    box = app.refusal_box("Ce coffre est déjà ouvert par une autre fenêtre de Reconv Desktop.")
    qtbot.addWidget(box)
    assert "déjà ouvert" in box.text()
    assert "va se fermer sans ouvrir le coffre" in box.informativeText()


def test_launcher_refuses_and_main_exits_non_zero_without_opening(qtbot, vault_paths, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(app, "show_refusal", shown.append)
    holder = InstanceLock(vault_paths.lock_file).acquire()  # the "other window"
    try:
        code = app.main(["--data-dir", str(vault_paths.data_dir)])
    finally:
        holder.release()
    assert code == app.EXIT_VAULT_IN_USE != 0
    assert len(shown) == 1 and "déjà ouvert" in shown[0]
    assert "processus " in shown[0]  # names the holder, so the counsellor can find it


def test_stale_lock_of_a_crashed_copy_is_taken_over(vault_paths):
    vault_paths.lock_file.write_text(
        '{"pid": 999999, "hostname": "ordinateur-disparu", "started_at": "2026-01-01T09:00:00"}'
    )
    lock = app.acquire_instance_lock(vault_paths)
    try:
        assert lock.held and lock.recovered is not None and lock.recovered.pid == 999999
    finally:
        lock.release()
