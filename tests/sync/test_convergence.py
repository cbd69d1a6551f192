"""Property: any order and repetition of a set of bundles gives the same rows on each side."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconv_desktop.paths import app_paths
from reconv_desktop.sync.coordination import send_bundle
from reconv_desktop.sync.export import export_bundle
from reconv_desktop.sync.identity import peer
from reconv_desktop.sync.importing import import_bundle
from reconv_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE, shared_fixture_settings


def _state(store, sql: str) -> list[tuple]:
    return sorted(store.conn.execute(sql).fetchall())


COORD_STATE = "SELECT source, table_name, id, updated_at, origin, deleted, data FROM received_row"
# Clocks of the counsellor's own follow-up edits (retiring shipped templates) depend on when
# the import ran, so the counsellor's state is compared on content.
COUNSELLOR_STATE = (
    "SELECT id, deleted, name, sector FROM cell UNION ALL "
    "SELECT id, deleted, code, active FROM admin_step_template"
)


@pytest.fixture
def bundles(paired, tmp_path, wall_time):
    """Three counsellor bundles (edits, a deletion, between them) and three from coordination."""
    counsellor, coord = paired
    a = counsellor.workers.add(family_name="Wójcik", given_name="Łukasz")
    b = counsellor.workers.add(family_name="Yılmaz", given_name="Ayşe")
    up = [export_bundle(counsellor, "2026-03", "full", tmp_path / "u1.reconv").path]
    counsellor.workers.update(a.id, status="en_bilan")
    note = counsellor.notes.add(b.id, "Entretien : projet de formation d'aide-soignante.")
    up.append(export_bundle(counsellor, "2026-03", "full", tmp_path / "u2.reconv").path)
    counsellor.workers.update(a.id, status="en_emploi")
    counsellor.notes.remove(note.id)
    up.append(export_bundle(counsellor, "2026-03", "full", tmp_path / "u3.reconv").path)
    to = peer(coord, counsellor.device_id)
    cell = coord.cells.add("Cellule Nguyễn & Fils (fictive)", sector="Textile")
    down = [send_bundle(coord, to, tmp_path / "d1.reconv", reference="builtin").path]
    wall_time.advance()  # the edit is later than d1's version of the cell
    with coord.transaction():
        coord.cells._update(cell.id, {"sector": "Habillement"})
    down.append(send_bundle(coord, to, tmp_path / "d2.reconv", reference="builtin").path)
    with coord.transaction():
        coord.cells._tombstone(cell.id)
    down.append(send_bundle(coord, to, tmp_path / "d3.reconv", reference="builtin").path)
    return up, down, counsellor, coord


def _fresh(store, target: Path):
    """A copy of a vault as it is now, to replay imports from the same starting point."""
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(store.paths.data_dir, target)
    return Vault(app_paths(target)).unlock(PASSPHRASE)


@shared_fixture_settings(max_examples=12)
@given(data=st.data())
def test_any_order_and_repetition_converges(bundles, tmp_path_factory, data):
    up, down, counsellor, coord = bundles
    root = tmp_path_factory.mktemp("replay")
    results = {}
    for side, files, base, sql in (
        ("coord", up, coord, COORD_STATE),
        ("counsellor", down, counsellor, COUNSELLOR_STATE),
    ):
        reference = _fresh(base, root / f"{side}-ref")
        for path in files:
            import_bundle(reference, path)
        expected = _state(reference, sql)
        reference.close()
        sequence = data.draw(
            st.lists(st.sampled_from(files), min_size=len(files), max_size=8).filter(
                lambda s, files=files: set(s) == set(files)
            ),
            label=side,
        )
        replay = _fresh(base, root / f"{side}-replay")
        for path in sequence:
            import_bundle(replay, path)
        results[side] = (_state(replay, sql), expected)
        replay.close()
    for got, expected in results.values():
        assert got == expected
