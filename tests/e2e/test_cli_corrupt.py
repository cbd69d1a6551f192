"""A damaged database page: one French line pointing to the backups, exit 1, no traceback."""

from __future__ import annotations

from pathlib import Path

from reconv_desktop.paths import app_paths
from reconv_desktop.vault.vault import Vault
from tests.e2e.conftest import CLI_PASSPHRASE

PAGE = 4096


def _damage_a_data_page(data_dir: Path) -> None:
    # The root page of the notes table: not the schema, so the vault still opens, and the
    # damage surfaces in the middle of a query (counting the notes), as it would in real life.
    # Chosen by name, not by position: where rows land depends on their random ids.
    with Vault(app_paths(data_dir)).unlock(CLI_PASSPHRASE) as store:
        (page,) = store.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'note'"
        ).fetchone()
    with open(data_dir / "vault.db", "r+b") as handle:
        handle.seek((page - 1) * PAGE)
        handle.write(b"\x00" * PAGE)


def test_corrupt_page_points_to_backups(reconv):
    assert reconv("init").code == 0
    assert reconv("demo", "--workers", "200", "--seed", "3").code == 0
    made = reconv("backup", "create")
    assert made.code == 0, made.err

    _damage_a_data_page(reconv.data_dir)
    info = reconv("info")

    assert info.code == 1
    assert "Traceback" not in info.err and "interne" not in info.err
    lines = info.err.strip().splitlines()
    assert len(lines) == 1, info.err  # SQLCipher's own diagnostics go to the log folder
    assert lines[0].startswith("reconv : La base du coffre est abîmée")
    assert "reconv backup list" in lines[0] and "reconv backup restore" in lines[0]

    # The way out the message names works: the backup is listed and restores a sound vault.
    listed = reconv("backup", "list")
    assert listed.code == 0 and listed.out.count("\n") >= 1
    name = listed.out.splitlines()[0].split("\t")[0]
    restored = reconv("backup", "restore", name, "--yes")
    assert restored.code == 0, restored.err
    again = reconv("info")
    assert again.code == 0, again.err
    assert "rows.worker: 200" in again.out
