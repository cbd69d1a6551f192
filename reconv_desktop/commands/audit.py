"""Skills audits, the referential and the printed assessment on the command line."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from reconv_desktop.commands.context import CommandContext
from reconv_desktop.domain.skill_audit import SkillAudit
from reconv_desktop.errors import NotFoundError, ReconvError
from reconv_desktop.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("assessment", help=translate("cli", "bilan de compétences imprimé (PDF)"))
    asub = p.add_subparsers(dest="assessment_command", metavar="ACTION")
    asub.required = True
    p = asub.add_parser(
        "print", help=translate("cli", "imprimer le bilan courant d'une personne en PDF")
    )
    p.add_argument("worker_id")
    p.add_argument("--out", required=True, help=translate("cli", "fichier PDF à écrire"))
    p.add_argument("--audit", help=translate("cli", "id d'un autre bilan que le bilan courant"))
    p.add_argument(
        "--with-health",
        action="store_true",
        help=translate(
            "cli", "imprimer aussi les restrictions de santé (non imprimées par défaut)"
        ),
    )
    p.set_defaults(func=cmd_assessment_print)

    p = sub.add_parser(
        "referential", help=translate("cli", "référentiel de compétences et de métiers")
    )
    rsub = p.add_subparsers(dest="referential_command", metavar="ACTION")
    rsub.required = True
    p = rsub.add_parser(
        "import-esco", help=translate("cli", "importer le téléchargement CSV officiel d'ESCO")
    )
    p.add_argument("directory")
    p.add_argument(
        "--lang", help=translate("cli", "langue des fichiers (fr, nl, en...) ; sinon détectée")
    )
    p.set_defaults(func=cmd_referential_import)
    p = rsub.add_parser(
        "search", help=translate("cli", "chercher une compétence (ou un métier), sans accents")
    )
    p.add_argument("text")
    p.add_argument(
        "--occupations", action="store_true", help=translate("cli", "chercher des métiers")
    )
    p.add_argument("--limit", type=int, default=20)
    p.add_argument(
        "--lang", help=translate("cli", "chercher dans les libellés de cette langue (nl, en...)")
    )
    p.set_defaults(func=cmd_referential_search)

    p = sub.add_parser("audit", help=translate("cli", "bilans de compétences"))
    usub = p.add_subparsers(dest="audit_command", metavar="ACTION")
    usub.required = True
    p = usub.add_parser("show", help=translate("cli", "afficher le bilan courant d'une personne"))
    p.add_argument("worker_id")
    p.set_defaults(func=cmd_audit_show)
    p = usub.add_parser(
        "targets", help=translate("cli", "métiers classés selon les compétences du bilan courant")
    )
    p.add_argument("worker_id")
    p.add_argument("--limit", type=int, default=10)
    p.set_defaults(func=cmd_audit_targets)

    p = sub.add_parser(
        "demo-audits", help=translate("cli", "donner des bilans fictifs aux personnes de démo")
    )
    p.add_argument("--workers", type=int, default=20, help=translate("cli", "nombre de personnes"))
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=cmd_demo_audits)


def _progress_bar(label_prefix: str = ""):
    """A one-line progress display on stderr (never on stdout, which scripts read)."""
    last = [-1]

    def progress(done: int, total: int, label: str) -> None:
        percent = int(done * 100 / total) if total else 100
        if percent != last[0]:
            last[0] = percent
            bar = "#" * (percent // 5)
            sys.stderr.write(f"\r{label_prefix}{label[:40]:<40} [{bar:<20}] {percent:3d} %")
            sys.stderr.flush()

    return progress


def cmd_assessment_print(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.reports.assessment import write_assessment_pdf

    out = Path(args.out)
    if not out.parent.is_dir():
        raise ReconvError(
            translate("cli", "Dossier introuvable : « {parent} ».").format(parent=out.parent),
            "no_dir",
        )
    store = ctx.open_store()
    started = time.perf_counter()
    pages = write_assessment_pdf(
        store, args.worker_id, out, audit_id=args.audit, include_health=args.with_health
    )
    elapsed = (time.perf_counter() - started) * 1000
    print(
        translate("cli", "Bilan imprimé : {out} ({pages} pages, {elapsed:.0f} ms).").format(
            out=out, pages=pages, elapsed=elapsed
        )
    )
    return 0


def cmd_referential_import(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.backup.backups import backup_before
    from reconv_desktop.referential.esco_import import import_esco

    store = ctx.open_store()
    backup_before(store, "import")  # raises (import refused) when no backup can be made
    report = import_esco(store.db, Path(args.directory), args.lang, _progress_bar())
    sys.stderr.write("\n")
    for warning in report.warnings:
        print(translate("cli", "Attention : {warning}").format(warning=warning), file=sys.stderr)
    print(
        translate(
            "cli",
            "Référentiel ESCO ({lang}) importé en {seconds:.1f} s : {skills} "
            "compétences, {occupations} métiers, {relations} liens "
            "métier-compétence.",
        ).format(
            lang=report.lang,
            seconds=report.seconds,
            skills=report.skills,
            occupations=report.occupations,
            relations=report.relations,
        )
    )
    if report.labels:
        print(
            translate("cli", "Libellés gardés dans d'autres langues : {languages}.").format(
                languages=", ".join(f"{lang} {n}" for lang, n in sorted(report.labels.items()))
            )
        )
    return 0


def cmd_referential_search(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.referential.search import search_occupations, search_skills
    from reconv_desktop.referential.targets import ensure_referential

    store = ctx.open_store()
    ensure_referential(store.db)
    find = search_occupations if args.occupations else search_skills
    langs = (args.lang,) if args.lang else None
    hits = find(store.db, args.text, limit=max(1, min(args.limit, 500)), langs=langs)
    if not hits:
        print(translate("cli", "Aucun résultat."), file=sys.stderr)
        return 1
    for hit in hits:
        tag = f" [{hit.matched_lang}]" if hit.matched_lang else ""
        also = (
            "\t"
            + translate("cli", "(aussi{tag} : {label})").format(
                tag=tag, label=hit.matched_alt_label
            )
            if hit.matched_alt_label
            else ""
        )
        print(f"{hit.uri}\t{hit.label}{also}")
    return 0


def _current(ctx: CommandContext, worker_id: str) -> SkillAudit:
    store = ctx.open_store()
    worker = store.workers.get(worker_id)
    audit = store.skill_audits.current(worker_id)
    if audit is None:
        raise NotFoundError(
            translate("cli", "Aucun bilan de compétences pour {display_name}.").format(
                display_name=worker.display_name
            ),
            "no_audit",
        )
    return audit


def cmd_audit_show(ctx: CommandContext, args: argparse.Namespace) -> int:
    audit = _current(ctx, args.worker_id)
    store = ctx.open_store()
    print(f"{audit.title} — {store.workers.get(audit.worker_id).display_name}")
    print(
        translate("cli", "Commencé le {started_on:%d/%m/%Y} ; conseiller·e : {counsellor}").format(
            started_on=audit.started_on, counsellor=audit.counsellor or "—"
        )
    )
    print("\n" + translate("cli", "Parcours :"))
    for job in audit.experiences:
        start = f"{job.start_date:%m/%Y}" if job.start_date else "?"
        end = f"{job.end_date:%m/%Y}" if job.end_date else translate("cli", "aujourd'hui")
        print(f"  {start} – {end}  {job.role} — {job.employer}")
    print("\n" + translate("cli", "Formation :"))
    for e in audit.education:
        print(f"  {e.obtained_on.year if e.obtained_on else '—'}  {e.title} ({e.kind.label})")
    print("\n" + translate("cli", "Compétences :"))
    for s in audit.skills:
        mark = " " + translate("cli", "[transférable]") if s.transferable else ""
        print(
            f"  {'■' * s.level}{'□' * (4 - s.level)} {s.label} — {s.level.label}, "
            f"{s.source.label.lower()}{mark}"
        )
    print("\n" + translate("cli", "Métiers visés :"))
    for t in audit.targets:
        gaps = ", ".join(g.label for g in t.missing if g.essential) or translate(
            "cli", "aucun écart essentiel"
        )
        print(
            "  "
            + translate("cli", "{percent:3d} %  {occupation} (à acquérir : {gaps})").format(
                percent=round(t.fit * 100), occupation=t.occupation_label, gaps=gaps
            )
        )
    print("\n" + translate("cli", "Plan d'action :"))
    for i, step in enumerate(audit.plan, start=1):
        deadline = f"{step.deadline:%d/%m/%Y}" if step.deadline else "—"
        print(f"  {i}. {step.step} — {step.owner.label}, {deadline}, {step.status.label}")
    if audit.synthesis:
        print("\n" + translate("cli", "Synthèse :") + "\n" + audit.synthesis)
    return 0


def cmd_audit_targets(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.referential.targets import ensure_referential, rank_targets

    audit = _current(ctx, args.worker_id)
    store = ctx.open_store()
    ensure_referential(store.db)
    started = time.perf_counter()
    ranked = rank_targets(store.db, audit, limit=max(1, min(args.limit, 100)))
    elapsed = (time.perf_counter() - started) * 1000
    if not ranked:
        print(
            translate("cli", "Aucun métier : ajoutez au bilan des compétences du référentiel."),
            file=sys.stderr,
        )
        return 1
    for n, r in enumerate(ranked, start=1):
        print(f"{n:2d}. {r.percent:3d} %  {r.fit.label}")
        for line in r.explanation().splitlines():
            print(f"          {line}")
    print(
        translate("cli", "({n} métiers classés en {elapsed:.0f} ms)").format(
            n=len(ranked), elapsed=elapsed
        ),
        file=sys.stderr,
    )
    return 0


def cmd_demo_audits(ctx: CommandContext, args: argparse.Namespace) -> int:
    from reconv_desktop.demo.skill_audits import fill_demo_audits

    if not 1 <= args.workers <= 10_000:
        raise ReconvError(
            translate("cli", "Nombre de personnes invalide (1 à 10 000)."), "invalid_count"
        )
    store = ctx.open_store()
    added = fill_demo_audits(store, args.workers, seed=args.seed, progress=_progress_bar())
    sys.stderr.write("\n")
    print(translate("cli", "{added} bilans de démonstration ajoutés.").format(added=added))
    return 0
