import secrets

import pytest
import sqlcipher3

from reconv_desktop.errors import VaultError
from reconv_desktop.store.migrations import all_migrations, latest_version, migrate, schema_version


def _empty_db(tmp_path):
    conn = sqlcipher3.connect(str(tmp_path / "vide.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
    return conn


def test_migrations_bring_an_empty_file_to_the_latest_schema(tmp_path):
    conn = _empty_db(tmp_path)
    applied = migrate(conn)
    assert [m.version for m in applied] == [m.version for m in all_migrations()]
    assert schema_version(conn) == latest_version() >= 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"worker", "cell", "note", "appointment", "admin_step", "action", "outcome"} <= tables
    assert migrate(conn) == []


def test_versions_are_unique_and_increasing():
    versions = [m.version for m in all_migrations()]
    assert versions == sorted(set(versions))


def test_a_schema_from_a_newer_app_is_refused(tmp_path):
    conn = _empty_db(tmp_path)
    migrate(conn)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    with pytest.raises(VaultError, match="plus récente"):
        migrate(conn)


def test_a_failing_step_leaves_the_previous_version(tmp_path, monkeypatch):
    conn = _empty_db(tmp_path)
    import reconv_desktop.store.migrations as mig

    real = mig.all_migrations()

    def broken(c):
        c.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("coupure")

    monkeypatch.setattr(
        mig, "all_migrations", lambda: [real[0], mig.Migration(real[-1].version + 1, "x", broken)]
    )
    with pytest.raises(RuntimeError):
        migrate(conn)
    assert schema_version(conn) == real[0].version
    assert (
        conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0]
        == 0
    )
