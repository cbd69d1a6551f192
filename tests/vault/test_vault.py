import json

import keyring
import pytest
import sqlcipher3
from keyring.backends import null

from reconv_desktop.errors import ValidationError, VaultError
from reconv_desktop.paths import app_paths
from reconv_desktop.vault import crypto
from reconv_desktop.vault.remembered_key import keyring_status
from reconv_desktop.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def test_created_vault_unlocks_and_shows_recovery_key_in_groups(data_dir):
    created = Vault.create(app_paths(data_dir), "une phrase de passe sûre 7", kdf=FAST_KDF)
    groups = created.recovery_key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    with created.vault.unlock("une phrase de passe sûre 7") as store:
        assert store.schema_version() >= 1
        assert store.device_id


def test_creating_twice_in_the_same_folder_is_refused(vault_paths):
    with pytest.raises(VaultError, match="existe déjà"):
        Vault.create(vault_paths, "une autre phrase 2026!", kdf=FAST_KDF)


def test_wrong_passphrase_is_refused_and_changes_nothing(vault, vault_paths):
    before = (vault_paths.header.read_bytes(), vault_paths.database.read_bytes())
    with pytest.raises(VaultError, match="Phrase de passe incorrecte") as err:
        vault.unlock("pas la bonne phrase")
    assert err.value.code == "wrong_passphrase"
    assert (vault_paths.header.read_bytes(), vault_paths.database.read_bytes()) == before


def test_recovery_key_unlocks_even_typed_loosely(vault, recovery_key):
    typed = recovery_key.lower().replace("-", " ")
    with vault.unlock_with_recovery(typed) as store:
        assert store.table_counts()["worker"] == 0


def test_wrong_or_malformed_recovery_key(vault, recovery_key):
    with pytest.raises(VaultError, match="mal formée"):
        vault.unlock_with_recovery("ABCD-EFGH")
    wrong = ("0" if recovery_key[0] != "0" else "1") + recovery_key[1:]
    with pytest.raises(VaultError, match="Clé de secours incorrecte"):
        vault.unlock_with_recovery(wrong)


def test_passphrase_change_rewraps_without_touching_the_database(vault, vault_paths, recovery_key):
    database_before = vault_paths.database.read_bytes()
    vault.change_passphrase(PASSPHRASE, "nouvelle phrase de passe 2027", kdf=FAST_KDF)
    assert vault_paths.database.read_bytes() == database_before
    with pytest.raises(VaultError):
        vault.unlock(PASSPHRASE)
    vault.unlock("nouvelle phrase de passe 2027").close()
    vault.unlock_with_recovery(recovery_key).close()


def test_passphrase_change_refuses_weak_new_passphrase(vault, vault_paths):
    header_before = vault_paths.header.read_bytes()
    with pytest.raises(ValidationError):
        vault.change_passphrase(PASSPHRASE, "court")
    assert vault_paths.header.read_bytes() == header_before


def test_forgotten_passphrase_reset_with_recovery_key(vault, recovery_key):
    vault.reset_passphrase_with_recovery(
        recovery_key, "phrase retrouvée grâce au secours", kdf=FAST_KDF
    )
    with vault.unlock("phrase retrouvée grâce au secours") as store:
        assert store.vault_id == vault.header().vault_id


def test_remember_on_this_computer_with_a_keyring(vault, memory_keyring):
    assert keyring_status().available
    assert vault.unlock_remembered() is None
    assert vault.remember(vault.key_from_passphrase(PASSPHRASE))
    assert memory_keyring.secrets, "the key must be in the keyring"
    with vault.unlock_remembered() as store:
        assert store.vault_id == vault.header().vault_id
    vault.forget()
    assert vault.unlock_remembered() is None


def test_without_keyring_remembering_is_off_and_says_why(vault):
    keyring.set_keyring(null.Keyring())
    status = keyring_status()
    assert not status.available
    assert "trousseau" in status.reason
    assert vault.remember(vault.key_from_passphrase(PASSPHRASE)) is False


def _edit_header(paths, change):
    doc = json.loads(paths.header.read_text())
    change(doc)
    paths.header.write_text(json.dumps(doc))


def test_header_tampering_is_detected(vault, vault_paths):
    _edit_header(vault_paths, lambda d: d["extra"].update({"note": "modifié"}))
    with pytest.raises(VaultError, match="modifié") as err:
        vault.unlock(PASSPHRASE)
    assert err.value.code == "header_tampered"


def test_weakened_kdf_parameters_do_not_unlock(vault, vault_paths):
    def weaken(doc):
        slot = next(s for s in doc["slots"] if s["kind"] == "passphrase")
        slot["kdf"]["time_cost"] = 1
        slot["kdf"]["memory_cost_kib"] = 8

    _edit_header(vault_paths, weaken)
    with pytest.raises(VaultError):
        vault.unlock(PASSPHRASE)


def test_header_from_a_newer_version_asks_for_an_update(vault, vault_paths):
    _edit_header(vault_paths, lambda d: d.update({"version": 99}))
    with pytest.raises(VaultError, match="mettez l'application à jour"):
        vault.unlock(PASSPHRASE)


def test_corrupt_header_is_explained(vault, vault_paths):
    vault_paths.header.write_bytes(b"\x00\xffnot json")
    with pytest.raises(VaultError, match="corrompu"):
        vault.unlock(PASSPHRASE)


def test_database_holds_no_plaintext(store, vault_paths):
    store.workers.add(family_name="Zyxqwertowski", given_name="Ŭnikódë")
    store.notes.add(store.workers.caseload()[0].id, "Note très secrète Qazwsx")
    store.close()
    raw = vault_paths.database.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for needle in ("Zyxqwertowski", "Ŭnikódë", "Qazwsx"):
        assert needle.encode("utf-8") not in raw
        assert needle.encode("utf-16-le") not in raw


def test_raw_key_opens_the_file_with_plain_sqlcipher(vault, vault_paths, store):
    store.workers.add(family_name="Wójcik", given_name="Łukasz")
    store.close()
    key = vault.key_from_passphrase(PASSPHRASE).hex()
    conn = sqlcipher3.connect(str(vault_paths.database))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    assert conn.execute("SELECT family_name FROM worker").fetchall() == [("Wójcik",)]
    conn.close()


def test_default_kdf_parameters_are_stored_in_the_header(data_dir):
    created = Vault.create(app_paths(data_dir), "phrase par défaut 2026!")
    slot = created.vault.header().slot("passphrase")
    assert slot.kdf["name"] == "argon2id"
    assert slot.kdf["time_cost"] == crypto.ARGON2_TIME_COST
    assert slot.kdf["memory_cost_kib"] == crypto.ARGON2_MEMORY_KIB
