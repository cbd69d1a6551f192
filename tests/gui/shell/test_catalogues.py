"""The English and Dutch catalogues hold every text of the whole tree (code and Designer forms,
as pyside6-lupdate finds them), keep each text's placeholders, HTML tags and mnemonic, give
the window's menus mnemonics that do not clash, and Qt's own dialogs speak the UI language."""

from __future__ import annotations

import ast
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from reconv_desktop.gui.shell.main_window import MainWindow
from reconv_desktop.gui.shell.translations import install_translation, uninstall_translation

ROOT = Path(__file__).resolve().parents[3]
GUI = ROOT / "reconv_desktop" / "gui"
LANGUAGES = ("en", "nl")


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> Path:
    """The catalogues as scripts/update-translations would leave them after scanning the tree
    now (on copies): a text added to the code or a form and not yet translated shows up here
    as "unfinished"."""
    folder = tmp_path_factory.mktemp("ts")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update-translations"), "--into", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return folder


def _text(element: ET.Element | None) -> str:
    return "" if element is None else "".join(element.itertext())


def messages(path: Path) -> list[tuple[str, str, bool, str | None, list[str]]]:
    """(context, source, numerus, translation type, forms) of each live message."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = _text(context.find("name"))
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = (
                [_text(f) for f in translation.iter("numerusform")]
                if numerus
                else [_text(translation)]
            )
            found.append((name, _text(message.find("source")), numerus, kind, forms))
    return found


def fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


HTML = r"b|i|u|br|p|ul|ol|li|h[1-6]|a|span|div|table|tr|td|th|small|big|tt|pre|hr"


def tags(text: str) -> list[str]:
    """The rich-text tags of a text (not words in angle brackets such as "<langue>")."""
    return sorted(re.findall(rf"</?(?:{HTML})\b", text))


def mnemonic(text: str) -> str | None:
    """The letter after a lone `&` ("&&" is a literal ampersand, "&amp;" an entity)."""
    if re.search(r"&[a-z]+;", text):
        return None
    found = re.search(r"&([^\s&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_of_code_and_forms_has_a_translation(refreshed, language):
    live = messages(refreshed / f"reconv_desktop_{language}.ts")
    sources = {(c, s) for c, s, *_ in messages(refreshed / "reconv_desktop_fr.ts")}
    assert len(live) > 1700 and {(c, s) for c, s, *_ in live} == sources
    missing = [
        f"[{context}] {source!r}"
        for context, source, _numerus, kind, forms in live
        if kind == "unfinished" or not forms or not all(form.strip() for form in forms)
    ]
    assert missing == [], f"{len(missing)} text(s) without {language} translation"
    # Texts counted with tr(text, "", n) keep their plural forms through lupdate.
    plurals = [forms for _c, _s, numerus, _k, forms in live if numerus]
    assert len(plurals) >= 20 and all(len(forms) == 2 for forms in plurals)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_tags_and_mnemonics(language):
    path = ROOT / "resources" / "translations" / f"reconv_desktop_{language}.ts"
    problems = []
    for context, source, _numerus, _kind, forms in messages(path):
        for form in forms:
            where = f"[{context}] {source!r} -> {form!r}"
            if fields(form) != fields(source):
                problems.append(f"placeholders {where}")
            if tags(form) != tags(source):
                problems.append(f"HTML tags {where}")
            if (mnemonic(form) is None) != (mnemonic(source) is None):
                problems.append(f"mnemonic {where}")
    assert problems == []


def _menu_letters(window: MainWindow) -> dict[str, list[str]]:
    """The `&` letters of the menu bar and of each of its menus, per menu."""
    bar = window.menuBar()
    groups: dict[str, list[str]] = defaultdict(list)
    for top in bar.actions():
        letter = mnemonic(top.text())
        if letter:
            groups["menu bar"].append(f"{letter}: {top.text()}")
        menu = top.menu()
        for action in menu.actions() if menu is not None else []:
            letter = mnemonic(action.text())
            if letter:
                groups[top.text()].append(f"{letter}: {action.text()}")
    return groups


@pytest.mark.parametrize("language", ["fr", "en", "nl"])
def test_menu_mnemonics_do_not_clash(qtbot, session, language):
    app = QApplication.instance()
    translators = install_translation(app, language)
    try:
        window = MainWindow(session)
        qtbot.addWidget(window)
        groups = _menu_letters(window)
        window.idle.detach()
    finally:
        uninstall_translation(app, translators)
    assert len(groups["menu bar"]) == 4 and len(groups) >= 4
    clashes = {
        menu: entries
        for menu, entries in groups.items()
        if len({entry[0] for entry in entries}) != len(entries)
    }
    assert clashes == {}


QT_WORDS = {
    # Cancel button of a message box; the file chooser's file name and file type labels.
    "fr": ("Annuler", "&Nom de fichier\u00a0:", "Fichiers de &type\u00a0:"),
    "en": ("Cancel", "File &name:", "Files of &type:"),
    "nl": ("Annuleren", "Bestands&naam:", "Bestanden van &type:"),
}


@pytest.mark.parametrize("language", ["fr", "en", "nl"])
def test_qt_own_dialogs_speak_the_language(qtbot, language):
    cancel, file_name, file_type = QT_WORDS[language]
    app = QApplication.instance()
    translators = install_translation(app, language)
    try:
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Cancel).text() == cancel
        chooser = QFileDialog(None, "", str(Path.home()), "PDF (*.pdf)")
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(chooser)
        labels = {label.text() for label in chooser.findChildren(QLabel) if label.text()}
        assert {file_name, file_type} <= labels
        if language != "en":  # no English left in the labels, "Look in:" included
            assert not labels & {"&Look in:", "Files of &type:", "File &name:"}
        buttons = {button.text() for button in chooser.findChildren(QPushButton)}
        assert cancel in buttons
    finally:
        uninstall_translation(app, translators)


# --- the window's code writes texts the one way ------------------------------------------------


def _call_name(node: ast.AST) -> str:
    if not isinstance(node, ast.Call):
        return ""
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_window_texts_use_one_placeholder_style():
    """`{name}` filled by str.format after translation: no %s / %1 / %n in tr() texts, no `%`,
    .arg() or .replace() applied to a translation, and .format() names every placeholder."""
    problems = []
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            name = _call_name(node)
            if name in ("tr", "translate") and isinstance(node, ast.Call):
                index = 0 if name == "tr" else 1
                text = node.args[index] if len(node.args) > index else None
                literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
                if literal and re.search(r"%(\d|n\b|s\b|d\b)", text.value):
                    problems.append(f"{where}: old placeholder in {text.value!r}")
            if (
                isinstance(node, ast.BinOp)
                and isinstance(node.op, ast.Mod)
                and _call_name(node.left) in ("tr", "translate")
            ):
                problems.append(f"{where}: % applied to a translation")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                inner = node.func.value
                if node.func.attr in ("arg", "replace") and _call_name(inner) in (
                    "tr",
                    "translate",
                ):
                    problems.append(f"{where}: .{node.func.attr}() on a translation")
                if node.func.attr == "format" and _call_name(inner) in ("tr", "translate"):
                    assert isinstance(inner, ast.Call)
                    index = 0 if _call_name(inner) == "tr" else 1
                    text = inner.args[index]
                    if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                        continue
                    wanted = set(fields(text.value))
                    given = {k.arg for k in node.keywords}
                    if node.args or wanted != given:
                        problems.append(f"{where}: format {sorted(given)} for {sorted(wanted)}")
    assert problems == []


# --- mnemonics inside the window's pages -------------------------------------------------------


def _visible_mnemonics(window: MainWindow) -> list[tuple[int, str, str]]:
    """(position, letter) of every `&` shortcut a person can press now in the page shown: the
    visible buttons, buddied labels, group boxes and tabs (the menu bar is checked on its own);
    positions are stable across languages (the same widgets are built in the same order)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QTabBar

    found: list[tuple[int, str, str]] = []
    central = window.centralWidget()
    for position, widget in enumerate(central.findChildren(QWidget)):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton | QGroupBox):
            texts = [widget.text() if isinstance(widget, QAbstractButton) else widget.title()]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        for index, text in enumerate(texts):
            letter = mnemonic(text)
            if letter:
                found.append((position * 100 + index, letter, text))
    return found


def _clashing_pairs(found: list[tuple[int, str, str]]) -> set[tuple[int, int]]:
    by_letter: dict[str, list[int]] = defaultdict(list)
    for position, letter, _text in found:
        by_letter[letter].append(position)
    return {(a, b) for keys in by_letter.values() for a in keys for b in keys if a < b}


def _window_states(window: MainWindow, worker_id: str) -> list[tuple[str, object]]:
    def page(name):
        return lambda: window.go(name)

    def worker_tab(index):
        def show():
            window.open_worker(worker_id)
            window.workspace.page("caseload").worker_file.tabs.setCurrentIndex(index)

        return show

    def audit_tab(index):
        def show():
            window.open_audit(worker_id)
            window.workspace.page("audits").editor.tabs.setCurrentIndex(index)

        return show

    states = [(name, page(name)) for name in window.workspace.names]
    states += [(f"worker tab {i}", worker_tab(i)) for i in range(6)]
    states += [(f"audit tab {i}", audit_tab(i)) for i in range(7)]
    states.append(("drop-in", window.drop_in_mode))
    return states


def test_translations_add_no_mnemonic_clash_to_the_window(qtbot, session, people):
    """In every page, worker file tab and audit tab, two shortcuts share a letter in English or
    Dutch only where they already do in French (the source's own clashes are its business)."""
    store = session.current.store
    worker_id = people["Wójcik"]
    store.skill_audits.create(worker_id)
    app = QApplication.instance()
    seen: dict[str, dict[str, set[tuple[int, int]]]] = {}
    texts: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    for language in ("fr", "en", "nl"):
        translators = install_translation(app, language)
        try:
            window = MainWindow(session)
            qtbot.addWidget(window)
            window.resize(1280, 720)
            window.show()
            clashes = {}
            for name, show in _window_states(window, worker_id):
                show()
                found = _visible_mnemonics(window)
                clashes[name] = _clashing_pairs(found)
                texts[language, name] = {position: text for position, _l, text in found}
            seen[language] = clashes
            window.idle.detach()
            window.hide()
        finally:
            uninstall_translation(app, translators)
    assert len(seen["fr"]) >= 20
    added = {
        (language, name, texts[language, name][a], texts[language, name][b])
        for language in ("en", "nl")
        for name, pairs in seen[language].items()
        for a, b in pairs - seen["fr"][name]
    }
    assert sorted(added) == []
