"""Target occupations for one worker's audit on the referential in the vault (absolute)."""

from __future__ import annotations

from bench.timing import Row, median_seconds
from reconv_desktop.demo.skill_audits import fill_demo_audits
from reconv_desktop.referential.targets import rank_targets
from reconv_desktop.store.store import Store


def target_ranking(store: Store, repeat: int) -> Row:
    fill_demo_audits(store, 3, seed=8)
    audit_id = store.conn.execute(
        "SELECT id FROM skill_audit WHERE deleted = 0 ORDER BY seq LIMIT 1"
    ).fetchone()[0]
    audit = store.skill_audits.get(audit_id)
    relations, occupations = store.conn.execute(
        "SELECT (SELECT count(*) FROM ref_occupation_skill), (SELECT count(*) FROM ref_occupation)"
    ).fetchone()
    figure = median_seconds(lambda: rank_targets(store.db, audit), repeat * 2)
    return Row(
        "referential",
        "target occupations for one worker (top 10)",
        figure * 1000,
        "ms",
        None,
        "",
        target="< 200 ms",
        extra=f"{len(audit.skills)} skills held; {occupations:,} occupations, {relations:,} links",
    )
