"""The bundle reader under fuzz: validly signed and encrypted bundles with random content, and
random or mutated files. Only a BundleError (French) may come out; a refused bundle changes
nothing, and nothing hangs.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reconv_desktop.errors import ReconvError
from reconv_desktop.sync.export import export_bundle
from reconv_desktop.sync.importing import import_bundle
from tests.conftest import shared_fixture_settings
from tests.sync.conftest import dump
from tests.sync.hostile import make_bundle, worker_row

FUZZ = shared_fixture_settings(max_examples=30)
JSON_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**70), 2**70),
        st.floats(allow_nan=False),
        st.text(max_size=40),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
COLUMNS = st.sampled_from(
    [
        "id",
        "updated_at",
        "origin",
        "deleted",
        "family_name",
        "given_name",
        "status",
        "cell_id",
        "birth_date",
        "enrolled_on",
        "seq",
        "sort_key",
        "national_number",
        "consent_scope",
        "zzz_unknown",
    ]
)


def check_only_bundle_errors(coord_store, path: Path) -> None:
    before = dump(coord_store)
    try:
        import_bundle(coord_store, path)
    except ReconvError as exc:
        assert exc.message
        assert dump(coord_store) == before


@FUZZ
@given(
    changes=st.lists(st.dictionaries(COLUMNS, JSON_VALUES, max_size=6), min_size=1, max_size=4),
    table=st.sampled_from(["worker", "note", "cell", "pas_une_table"]),
)
def test_signed_bundles_with_random_rows(paired, changes, table):
    counsellor, coord_store = paired
    rows = [{**worker_row(counsellor), **change} for change in changes]
    with tempfile.TemporaryDirectory() as folder:
        path = make_bundle(Path(folder) / "lot.reconv", counsellor, coord_store, rows={table: rows})
        check_only_bundle_errors(coord_store, path)


@FUZZ
@given(
    manifest=st.dictionaries(
        st.sampled_from(
            [
                "format",
                "format_version",
                "bundle_id",
                "kind",
                "scope",
                "period",
                "periods",
                "sequence",
                "created_at",
                "since",
                "high_water",
                "sender",
                "recipients",
                "tables",
            ]
        ),
        JSON_VALUES,
        min_size=1,
        max_size=4,
    )
)
def test_signed_bundles_with_random_manifest_fields(paired, manifest):
    counsellor, coord_store = paired
    with tempfile.TemporaryDirectory() as folder:
        path = make_bundle(Path(folder) / "lot.reconv", counsellor, coord_store, manifest=manifest)
        check_only_bundle_errors(coord_store, path)


@FUZZ
@given(
    payload=st.one_of(
        st.binary(max_size=400),
        st.lists(JSON_VALUES, max_size=4).map(
            lambda rows: "\n".join(json.dumps(r) for r in rows).encode()
        ),
    )
)
def test_signed_bundles_with_random_payload_bytes(paired, payload):
    import gzip

    counsellor, coord_store = paired
    with tempfile.TemporaryDirectory() as folder:
        for raw in (payload, gzip.compress(payload, mtime=0)):
            path = make_bundle(
                Path(folder) / "lot.reconv",
                counsellor,
                coord_store,
                raw_payloads={"payload/worker.jsonl.gz": raw},
            )
            check_only_bundle_errors(coord_store, path)


@FUZZ
@given(
    cut=st.integers(0, 10_000),
    flips=st.lists(st.integers(0, 10_000), max_size=4),
    noise=st.binary(max_size=64),
)
def test_mutated_or_random_files(paired, cut, flips, noise):
    counsellor, coord_store = paired
    with tempfile.TemporaryDirectory() as folder:
        good = export_bundle(counsellor, "2026-03", "full", Path(folder) / "bon.reconv").path
        data = bytearray(good.read_bytes())
        for at in flips:
            data[at % len(data)] ^= 0xFF
        mutated = Path(folder) / "abîmé.reconv"
        mutated.write_bytes(bytes(data[: max(0, len(data) - cut)]) + noise)
        check_only_bundle_errors(coord_store, mutated)
        (Path(folder) / "bruit.reconv").write_bytes(noise)
        check_only_bundle_errors(coord_store, Path(folder) / "bruit.reconv")
