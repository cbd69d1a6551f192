"""Coverage-guided fuzzing of the ESCO importer with atheris (optional: `pip install atheris`).

Run a campaign: `python tests/fuzz/atheris_esco.py -runs=100000 tests/data/hostile/esco`.
The input bytes are split into the three ESCO files; only ReferentialImportError may escape,
and after a refusal the previous referential must be unchanged.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
from pathlib import Path

import atheris
import sqlcipher3
import sqlite_utils

with atheris.instrument_imports():
    from reconv_desktop.referential.esco_import import import_esco
    from reconv_desktop.referential.model import ReferentialImportError
    from reconv_desktop.referential.schema import apply_referential_schema

VALID = Path(__file__).resolve().parents[1] / "data" / "esco" / "fr"
FILES = ("skills_fr.csv", "occupations_fr.csv", "occupationSkillRelations_fr.csv")
WORK = Path(tempfile.mkdtemp(prefix="atheris-esco-"))
conn = sqlcipher3.connect(str(WORK / "ref.db"))
conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
DB = sqlite_utils.Database(conn)
apply_referential_schema(DB)
import_esco(DB, VALID, "fr")


def snapshot() -> int:
    return hash(tuple(conn.execute("SELECT count(*), group_concat(uri) FROM ref_skill")))


BEFORE = snapshot()


def one_input(data: bytes) -> None:
    parts = [*data.split(b"\x00\x01", 2), b"", b""]
    folder = WORK / "in"
    folder.mkdir(exist_ok=True)
    for name, part in zip(FILES, parts[:3], strict=True):
        (folder / name).write_bytes(part)
    try:
        import_esco(DB, folder, "fr")
    except ReferentialImportError:
        assert snapshot() == BEFORE, "a refused import changed the referential"
        return
    # An input that happens to be valid replaced the referential: put the reference back.
    import_esco(DB, VALID, "fr")


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
