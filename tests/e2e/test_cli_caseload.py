import re
from pathlib import Path

import sqlcipher3

from tests.e2e.conftest import CLI_PASSPHRASE


def _assert_clean_error(result):
    assert result.code != 0
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert result.err.startswith("reconv : ")


def test_init_demo_search_info_and_raw_key(reconv):
    init = reconv("init")
    assert init.code == 0, init.err
    assert re.search(r"([0-9A-Z]{4}-){7}[0-9A-Z]{4}", init.out)

    demo = reconv("demo", "--workers", "300", "--seed", "7")
    assert demo.code == 0, demo.err
    assert "300" in demo.out

    found = reconv("workers", "search", "nguyen")
    assert found.code == 0, found.err
    lines = [line.split("\t") for line in found.out.splitlines()]
    assert lines and all(len(cols) == 5 for cols in lines)
    assert any(cols[1] == "Nguyễn" and cols[2] == "Thị Hoa" for cols in lines)

    info = reconv("info")
    assert info.code == 0, info.err
    fields = dict(line.split(": ", 1) for line in info.out.splitlines())
    database = fields["database"]
    assert fields["schema"].isdigit() and fields["sqlcipher"].startswith("4.")
    assert fields["rows.worker"] == "300"

    raw = Path(database).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for name in ("Wójcik", "Nguyễn", "Yılmaz", "exemple.invalid"):
        assert name.encode("utf-8") not in raw

    key = reconv("key", "export-raw")
    assert key.code == 0 and re.fullmatch(r"[0-9a-f]{64}\n", key.out)
    conn = sqlcipher3.connect(database)
    conn.execute(f"PRAGMA key = \"x'{key.out.strip()}'\"")
    assert conn.execute("SELECT count(*) FROM worker").fetchone()[0] == 300
    conn.close()


def test_list_filters_and_bad_status(reconv):
    assert reconv("init").code == 0
    assert reconv("demo", "--workers", "60", "--seed", "1", "--notes", "1").code == 0
    listed = reconv("workers", "list", "--status", "en_bilan")
    assert listed.code == 0
    assert listed.out and all(line.endswith("\ten_bilan") for line in listed.out.splitlines())
    bad = reconv("workers", "list", "--status", "vacances")
    _assert_clean_error(bad)
    assert "Statut inconnu" in bad.err
    unknown_cell = reconv("workers", "list", "--cell", "Nulle part")
    _assert_clean_error(unknown_cell)


def test_wrong_passphrase_exits_non_zero_in_french(reconv):
    assert reconv("init").code == 0
    wrong = reconv("info", passphrase="ce n'est pas la bonne")
    _assert_clean_error(wrong)
    assert "Phrase de passe incorrecte" in wrong.err


def test_no_vault_and_no_passphrase_are_explained(reconv):
    missing = reconv("info")
    _assert_clean_error(missing)
    assert "Aucun coffre" in missing.err
    assert reconv("init").code == 0
    no_secret = reconv("info", passphrase=None)
    _assert_clean_error(no_secret)
    assert "RECONV_PASSPHRASE" in no_secret.err


def test_weak_passphrase_at_init_is_refused(reconv):
    weak = reconv("init", passphrase="court")
    _assert_clean_error(weak)
    assert "au moins 10" in weak.err
    assert not (reconv.data_dir / "vault.header.json").exists()


def test_passwd_and_recovery_unlock(reconv):
    init = reconv("init")
    recovery = re.search(r"([0-9A-Z]{4}-){7}[0-9A-Z]{4}", init.out).group(0)
    changed = reconv("passwd", env={"RECONV_NEW_PASSPHRASE": "Deuxième phrase fictive 2027"})
    assert changed.code == 0, changed.err
    assert reconv("info").code != 0
    assert reconv("info", passphrase="Deuxième phrase fictive 2027").code == 0

    reset = reconv(
        "unlock",
        "--recovery-key",
        passphrase=None,
        env={"RECONV_RECOVERY_KEY": recovery.lower(), "RECONV_NEW_PASSPHRASE": CLI_PASSPHRASE},
    )
    assert reset.code == 0, reset.err
    assert reconv("unlock").code == 0

    bad = reconv(
        "unlock",
        "--recovery-key",
        passphrase=None,
        env={
            "RECONV_RECOVERY_KEY": "0000-0000-0000-0000-0000-0000-0000-0000",
            "RECONV_NEW_PASSPHRASE": "peu importe ici 2028",
        },
    )
    _assert_clean_error(bad)
    assert "Clé de secours incorrecte" in bad.err


def test_add_worker_validates_like_the_window(reconv):
    assert reconv("init").code == 0
    bad = reconv("workers", "add", "Wójcik", "Łukasz", "--national-number", "93051822362")
    _assert_clean_error(bad)
    assert "NISS invalide" in bad.err
    good = reconv("workers", "add", "Wójcik", "Łukasz", "--national-number", "93.05.18-223.61")
    assert good.code == 0, good.err
    assert "Wójcik" in reconv("workers", "search", "wojcik").out


def test_usage_errors_are_french_one_liners(reconv):
    result = reconv("workers", "explode")
    assert result.code == 2 and "Traceback" not in result.err
    assert "erreur d'utilisation" in result.err
