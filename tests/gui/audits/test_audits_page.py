"""The Bilans page driven as a counsellor would: choose a person, start an audit, add skills
from the referential and freely, rank target occupations, preview, print and save the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from reconv_desktop.domain.skill_audit import SkillLevel, SkillSource
from reconv_desktop.gui.audits.items import ItemDialog
from tests.conftest import type_unicode

AUDITS = "audits"


def _modal(qtbot) -> ItemDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ItemDialog))
    return QApplication.activeModalWidget()


def _ok(qtbot, dialog: ItemDialog) -> None:
    qtbot.mouseClick(
        dialog.form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


@pytest.fixture
def page(qtbot, window, people):
    window.page_actions[AUDITS].trigger()
    audits_page = window.workspace.page(AUDITS)
    qtbot.keyClicks(audits_page.search, "Wojcik")
    qtbot.waitUntil(
        lambda: audits_page.workers.count() == 1 and "WÓJCIK" in audits_page.workers.item(0).text()
    )
    qtbot.keyClick(audits_page.search, Qt.Key.Key_Return)
    assert audits_page.worker_id == people["Wójcik"]
    qtbot.mouseClick(audits_page.new_button, Qt.MouseButton.LeftButton)
    assert audits_page.editor.audit is not None
    return audits_page


def _add_referential_skill(qtbot, page, typed: str = "soud") -> str:
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.skills)
    qtbot.mouseClick(editor.skills.add_button, Qt.MouseButton.LeftButton)
    dialog = _modal(qtbot)
    qtbot.keyClicks(dialog.form.label, typed)
    popup = dialog.picker.completer.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() > 0)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.picker.skill_uri
    label = dialog.form.label.text()
    qtbot.keyClick(dialog.form.level, Qt.Key.Key_End)  # Expert·e
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return label


def test_audit_with_referential_and_free_text_skills(qtbot, page, session, people):
    store = session.current.store
    assert [a.is_current for a in store.skill_audits.for_worker(people["Wójcik"])] == [True]
    assert "★" in page.audits.item(0).text()
    label = _add_referential_skill(qtbot, page)
    assert "soud" in label.casefold()

    qtbot.mouseClick(page.editor.skills.add_button, Qt.MouseButton.LeftButton)
    dialog = _modal(qtbot)
    type_unicode(dialog.form.label, "Réparer des vélos électriques")
    dialog.form.level.setFocus()
    qtbot.keyClick(dialog.form.level, Qt.Key.Key_Home)  # Notions
    qtbot.keyClick(dialog.form.level, Qt.Key.Key_Down)  # Pratique accompagnée
    dialog.form.source.setCurrentIndex(dialog.form.source.findData(SkillSource.OBSERVED.value))
    qtbot.keyClicks(dialog.form.evidence, "Atelier du 3 mars")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    skills = {s.label: s for s in store.skill_audits.current(people["Wójcik"]).skills}
    assert skills[label].skill_uri and skills[label].level == SkillLevel.EXPERT
    free = skills["Réparer des vélos électriques"]
    assert free.skill_uri is None and free.level == SkillLevel.GUIDED
    assert free.source == SkillSource.OBSERVED and free.evidence == "Atelier du 3 mars"
    shown = [row[0] for row in page.editor.skills.row_texts()]
    assert set(shown) == {label, "Réparer des vélos électriques"}


def test_invalid_date_in_experience_is_shown_and_nothing_saved(qtbot, page, session, people):
    editor = page.editor
    qtbot.mouseClick(editor.experiences.add_button, Qt.MouseButton.LeftButton)
    dialog = _modal(qtbot)
    type_unicode(dialog.form.employer, "Verreries Imaginaires")
    qtbot.keyClicks(dialog.form.role, "Conducteur de four")
    qtbot.keyClicks(dialog.form.start_date, "31/02/2019")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.form.error.text()
    assert "border" in dialog.form.start_date.styleSheet()
    assert session.current.store.skill_audits.current(people["Wójcik"]).experiences == ()
    dialog.form.start_date.clear()
    qtbot.keyClicks(dialog.form.start_date, "01/02/2019")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (job,) = session.current.store.skill_audits.current(people["Wójcik"]).experiences
    assert job.employer == "Verreries Imaginaires" and job.start_date.year == 2019
    assert editor.experiences.row_texts()[0][:2] == ["Verreries Imaginaires", "Conducteur de four"]


def test_targets_pick_and_missing_skills_to_plan(qtbot, page, session, people):
    _add_referential_skill(qtbot, page, "soud")
    editor = page.editor
    targets = editor.targets
    editor.tabs.setCurrentWidget(targets)
    qtbot.waitUntil(lambda: targets.ranking.topLevelItemCount() > 0)
    first = targets.ranking.topLevelItem(0)
    assert first.text(1).endswith("%")
    assert "couvertes" in targets.explanation.text()
    occupation = first.text(0)
    qtbot.mouseClick(targets.pick_button, Qt.MouseButton.LeftButton)
    audit = session.current.store.skill_audits.current(people["Wójcik"])
    assert [t.occupation_label for t in audit.targets] == [occupation]
    assert targets.targets.topLevelItem(0).text(0) == occupation
    missing = [g for g in audit.targets[0].missing if g.essential]
    qtbot.mouseClick(targets.gaps_button, Qt.MouseButton.LeftButton)
    plan = session.current.store.skill_audits.current(people["Wójcik"]).plan
    assert len(plan) == len(missing) > 0
    assert all(occupation in step.step for step in plan)
    assert len(editor.plan.row_texts()) == len(plan)


def test_preview_print_and_save_pdf(qtbot, page, session, people, tmp_path):
    _add_referential_skill(qtbot, page)
    preview = page.editor.preview
    page.editor.tabs.setCurrentWidget(preview)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready, timeout=10000)
    assert preview.document.pageCount() >= 2
    target = preview.save_pdf(tmp_path / "bilan.pdf")
    text = "".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert "Łukasz" in text and "WÓJCIK" in text.upper()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert preview.print_to(printer) == preview.document.pageCount()
    assert len(PdfReader(str(printed)).pages) == preview.document.pageCount()


def test_default_file_name_drops_path_characters():
    from reconv_desktop.gui.kit.pdf_preview import default_file_name

    assert default_file_name("NGUYỄN Thị/Hoa") == "Bilan de compétences - NGUYỄN Thị Hoa.pdf"
    assert Path(default_file_name("a:b")).suffix == ".pdf"


def test_worker_file_jumps_to_the_workers_audit(qtbot, window, people, session):
    session.current.store.skill_audits.create(people["Yılmaz"], title="Bilan de printemps")
    window.open_worker(people["Yılmaz"])
    worker_file = window.workspace.page("caseload").worker_file
    qtbot.mouseClick(worker_file.audit_button, Qt.MouseButton.LeftButton)
    audits_page = window.workspace.page(AUDITS)
    assert window.workspace.pages.currentWidget() is audits_page
    assert audits_page.title.text() == "YILMAZ Ayşe — Bilan de printemps"
    assert audits_page.editor.audit.worker_id == people["Yılmaz"]


def test_page_and_forms_in_english(qtbot, session, people, tmp_path):
    from PySide6.QtCore import QLocale

    from reconv_desktop.gui.shell.main_window import MainWindow
    from reconv_desktop.gui.shell.translations import install_translation

    app = QApplication.instance()
    translators = install_translation(app, "en")
    try:
        window = MainWindow(session)
        qtbot.addWidget(window)
        page = window.workspace.page(AUDITS)
        page.open_worker(people["Dupont"])
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        tabs = page.editor.tabs
        assert [tabs.tabText(i) for i in range(tabs.count())][:3] == [
            "Career",
            "Skills",
            "Interests, constraints",
        ]
        assert page.new_button.text() == "&New audit"
        assert page.editor.profile.form.save_button.text() == "&Save constraints"
        window.idle.detach()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.French))


def test_esco_import_dialog_reports_counts_and_refusals(qtbot, window, session, tmp_path):
    from reconv_desktop.gui.audits.referential_import import ReferentialImportDialog

    page = window.workspace.page(AUDITS)
    dialog = ReferentialImportDialog(session.current, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.folder, str(tmp_path))  # no ESCO files there
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refusé" in dialog.result.toPlainText(), timeout=10000)
    assert "skills_" in dialog.result.toPlainText()
    dialog.folder.clear()
    fixture = Path(__file__).parents[2] / "data" / "esco" / "fr"
    qtbot.keyClicks(dialog.folder, str(fixture))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert f"{dialog.report.skills} compétences" in dialog.result.toPlainText()
    assert (
        dialog.report.skills
        == session.current.store.db.execute("SELECT count(*) FROM ref_skill").fetchone()[0]
    )


def test_esco_import_without_relations_asks_before_replacing(
    qtbot, window, session, tmp_path, monkeypatch
):
    import shutil

    from PySide6.QtWidgets import QMessageBox

    from reconv_desktop.gui.audits.referential_import import ReferentialImportDialog
    from reconv_desktop.referential.targets import ensure_referential

    ensure_referential(session.current.store.db)
    fixture = Path(__file__).parents[2] / "data" / "esco" / "fr"
    for name in ("skills_fr.csv", "occupations_fr.csv"):
        shutil.copy(fixture / name, tmp_path / name)
    before = session.current.store.db.execute(
        "SELECT count(*) FROM ref_occupation_skill"
    ).fetchone()[0]
    asked = []

    def refuse(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    dialog = ReferentialImportDialog(session.current, window.workspace.page(AUDITS))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.folder, str(tmp_path))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert asked and "liens métier-compétence" in asked[0]
    assert dialog.report is None
    after = session.current.store.db.execute(
        "SELECT count(*) FROM ref_occupation_skill"
    ).fetchone()[0]
    assert after == before > 0
