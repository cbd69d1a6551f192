"""ESCO full import against a plain `csv` read of the same files."""

from __future__ import annotations

import csv
import random
import shutil
import tempfile
from pathlib import Path

from bench.timing import Row, median_seconds

SHARED_ESCO = Path(__file__).resolve().parents[2] / "shared" / "data" / "esco-fr"
LINKS_PER_OCCUPATION = 41  # about 120,000 links, like the full release


def _with_synthetic_relations(folder: Path) -> Path:
    """Copy the shared ESCO files and add a synthetic relations file (the copy has none)."""
    target = Path(tempfile.mkdtemp(prefix="esco-bench-"))
    for name in ("skills_fr.csv", "occupations_fr.csv"):
        shutil.copy(folder / name, target / name)
    with (folder / "skills_fr.csv").open(encoding="utf-8", newline="") as f:
        skills = [r["conceptUri"] for r in csv.DictReader(f)]
    with (folder / "occupations_fr.csv").open(encoding="utf-8", newline="") as f:
        occupations = [r["conceptUri"] for r in csv.DictReader(f)]
    rng = random.Random(7)
    with (target / "occupationSkillRelations_fr.csv").open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["occupationUri", "relationType", "skillType", "skillUri"])
        for occupation in occupations:
            for skill in rng.sample(skills, LINKS_PER_OCCUPATION):
                kind = "essential" if rng.random() < 0.5 else "optional"
                out.writerow([occupation, kind, "skill/competence", skill])
    return target


def esco_import(store, repeat: int) -> list[Row]:
    """Import the full ESCO fr referential into `store` (left imported, for the ranking)."""
    from reconv_desktop.referential.esco_import import import_esco

    if not SHARED_ESCO.exists():
        return []
    folder = _with_synthetic_relations(SHARED_ESCO)

    def read_csv() -> None:
        for path in sorted(folder.glob("*.csv")):
            with path.open(encoding="utf-8", newline="") as f:
                for _ in csv.DictReader(f):
                    pass

    figure = median_seconds(lambda: import_esco(store.db, folder, lang="fr"), max(1, repeat // 2))
    baseline = median_seconds(read_csv, repeat)
    links = sum(1 for _ in (folder / "occupationSkillRelations_fr.csv").open()) - 1
    shutil.rmtree(folder, ignore_errors=True)
    return [
        Row(
            "ESCO fr",
            f"ESCO full import (13,485 skills, 2,942 occupations, {links:,} synthetic links)",
            figure,
            "s",
            baseline,
            "csv module read",
            target="well under 60 s",
        )
    ]
