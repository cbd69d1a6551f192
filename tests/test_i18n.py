"""The core translation layer (reconv_desktop/i18n.py): the catalogue reader, the choice of
language, labelled enums and label tables, the CLI speaking Dutch, and catalogues that hold
every text the core marks for translation."""

from __future__ import annotations

import ast
import json
import os
import pickle
import string
import subprocess
import sys
from pathlib import Path

import pytest

from reconv_desktop import i18n
from reconv_desktop.domain import cv
from reconv_desktop.domain.cv_text import parse_section_text, section_text
from reconv_desktop.domain.enums import ActionStatus, ContractType, WorkerStatus
from reconv_desktop.domain.skill_audit import SkillLevel, parse_level
from reconv_desktop.domain.workers import FIELD_LABELS, clean_worker_fields
from reconv_desktop.errors import ReconvError, ValidationError

PACKAGE = Path(i18n.__file__).resolve().parent
TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1">\n'


def write_ts(path: Path, body: str) -> Path:
    path.write_text(TS_HEADER + body + "</TS>\n", encoding="utf-8")
    return path


# --- catalogue reader ------------------------------------------------------------------------


def test_reader_gives_finished_translations_and_skips_the_rest(tmp_path):
    ts = write_ts(
        tmp_path / "x.ts",
        """<context><name>vault</name>
    <message><source>Coffre « {name} »</source><translation>Vault “{name}”</translation></message>
    <message><source>Pas fini</source>
        <translation type="unfinished">Not done</translation></message>
    <message><source>Parti</source><translation type="vanished">Gone</translation></message>
    <message><source>Ancien</source><translation type="obsolete">Old</translation></message>
    <message><source>Vide</source><translation></translation></message>
    <message><source>Clé</source><comment>serrure</comment>
        <translation>Lock key</translation></message>
</context>""",
    )
    catalogue = i18n.read_catalogue(ts, "en")
    assert catalogue.lookup("vault", "Coffre « {name} »") == "Vault “{name}”"
    for source in ("Pas fini", "Parti", "Ancien", "Vide"):
        assert catalogue.lookup("vault", source) is None, source
    assert catalogue.lookup("vault", "Clé", "serrure") == "Lock key"
    assert catalogue.lookup("vault", "Clé") is None  # another meaning, not this one
    assert catalogue.lookup("other", "Coffre « {name} »") is None


def test_reader_picks_the_plural_form_of_each_language(tmp_path):
    forms = {"en": ("{n} person", "{n} people"), "nl": ("{n} persoon", "{n} personen")}
    for language, (one, many) in forms.items():
        ts = write_ts(
            tmp_path / f"{language}.ts",
            f"""<context><name>caseload</name><message numerus="yes">
<source>{{n}} personne(s)</source>
<translation><numerusform>{one}</numerusform><numerusform>{many}</numerusform></translation>
</message></context>""",
        )
        catalogue = i18n.read_catalogue(ts, language)
        shown = {n: catalogue.lookup("caseload", "{n} personne(s)", None, n) for n in (0, 1, 2)}
        assert shown == {0: many, 1: one, 2: many}, language
    # French: 0 and 1 take the singular.
    assert [i18n.plural_index("fr", n) for n in (0, 1, 2)] == [0, 0, 1]
    assert [i18n.plural_index("nl", n) for n in (0, 1, 2)] == [1, 0, 1]


def test_a_plural_entry_with_an_empty_form_is_left_out(tmp_path):
    ts = write_ts(
        tmp_path / "en.ts",
        """<context><name>c</name><message numerus="yes"><source>{n} lot(s)</source>
<translation><numerusform>{n} bundle</numerusform><numerusform></numerusform></translation>
</message></context>""",
    )
    assert i18n.read_catalogue(ts, "en").lookup("c", "{n} lot(s)", None, 2) is None


def test_missing_or_broken_catalogue_shows_the_french_source(tmp_path, monkeypatch):
    assert len(i18n.read_catalogue(tmp_path / "absent.ts", "en")) == 0
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    assert len(i18n.read_catalogue(broken, "nl")) == 0
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: tmp_path / "absent.ts")
    monkeypatch.setattr(i18n._state, "loaded", {})
    i18n.set_language("nl")
    assert i18n.translate("vault", "Aucun coffre ici.") == "Aucun coffre ici."


def test_french_reads_no_file_and_the_catalogue_is_read_once(monkeypatch):
    reads: list[str] = []
    real = i18n.read_catalogue

    def counting(path, language):
        reads.append(language)
        return real(path, language)

    monkeypatch.setattr(i18n, "read_catalogue", counting)
    monkeypatch.setattr(i18n._state, "loaded", {})
    i18n.set_language("fr")
    assert i18n.translate("WorkerStatus", "Accueil") == "Accueil"
    assert reads == []
    i18n.set_language("en")
    assert reads == []  # lazily: nothing read before a text is asked for
    for _ in range(3):
        assert i18n.translate("WorkerStatus", "Accueil") == "Intake"
    assert reads == ["en"]


# --- choosing the language ------------------------------------------------------------------


def test_language_comes_from_option_then_environment_then_settings_then_french():
    asked: list[bool] = []

    def settings() -> str:
        asked.append(True)
        return "nl"

    assert i18n.resolve_language("en", {"RECONV_LANG": "nl"}, settings) == "en"
    assert i18n.resolve_language(None, {"RECONV_LANG": "nl"}, settings) == "nl"
    assert asked == []  # the settings file is not read when not needed
    assert i18n.resolve_language(None, {}, settings) == "nl"
    assert i18n.resolve_language(None, {}, lambda: None) == "fr"
    assert i18n.resolve_language(None, {}, None) == "fr"
    # Unknown values are passed over; a broken settings reader never stops a command.
    assert i18n.resolve_language("xx", {"RECONV_LANG": "klingon"}, lambda: "en") == "en"
    assert i18n.resolve_language(None, {"RECONV_LANG": " EN "}, None) == "en"

    def broken() -> str:
        raise OSError("unreadable")

    assert i18n.resolve_language(None, {}, broken) == "fr"


def test_set_language_falls_back_to_french_for_an_unknown_language():
    i18n.set_language("de")
    assert i18n.current_language() == "fr"
    assert i18n.translate("vault", "Clé de secours incorrecte pour ce coffre.") == (
        "Clé de secours incorrecte pour ce coffre."
    )


def test_cli_global_option_is_read_before_the_command_only():
    from reconv_desktop.cli import global_option

    assert global_option(["--lang", "nl", "info"], "--lang") == "nl"
    assert global_option(["--data-dir", "/x", "--lang=en", "info"], "--lang") == "en"
    assert global_option(["--data-dir", "/x", "info"], "--data-dir") == "/x"
    # A sub-command's own --lang (referential import-esco) is not the interface language.
    assert global_option(["referential", "import-esco", "dir", "--lang", "nl"], "--lang") is None


# --- labelled enums and label tables --------------------------------------------------------


def test_labelled_enums_keep_their_stored_value_and_speak_the_language():
    assert WorkerStatus.WELCOME == "accueil" and WorkerStatus("accueil") is WorkerStatus.WELCOME
    assert WorkerStatus.WELCOME.label == "Accueil"
    assert ContractType.PERMANENT.label == "CDI"
    i18n.set_language("en")
    assert WorkerStatus.WELCOME.label == "Intake"
    assert ActionStatus.ONGOING.label == "ongoing"
    assert SkillLevel.EXPERT.label == "Expert / can teach others"
    assert WorkerStatus.WELCOME.source_label == "Accueil"
    i18n.set_language("nl")
    assert WorkerStatus.LEFT.label == "Uitgestroomd"
    assert ContractType.PERMANENT.label == "Contract van onbepaalde duur"
    assert json.dumps({"status": WorkerStatus.LEFT}) == '{"status": "sorti"}'
    assert pickle.loads(pickle.dumps(WorkerStatus.LEFT)) is WorkerStatus.LEFT


def test_every_enum_a_user_sees_has_a_label_in_each_language():
    from enum import Enum

    enums = [
        value
        for module in _core_modules()
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, Enum)
        and issubclass(value, i18n.LabelledStrEnum | i18n.LabelledIntEnum)
        and value.__module__ == module.__name__
    ]
    assert len(enums) >= 15
    for language in ("en", "nl"):
        i18n.set_language(language)
        for enum in enums:
            for member in enum:
                assert (
                    member.label != member.source_label
                    or member.source_label in _SAME_IN_TRANSLATION
                ), (language, member)


_SAME_IN_TRANSLATION = {"Rectification"}  # the same word in English


def test_label_tables_translate_when_read_and_keep_the_french_source():
    assert FIELD_LABELS["given_name"] == "Prénom"
    i18n.set_language("en")
    assert FIELD_LABELS["given_name"] == "First name"
    assert FIELD_LABELS.get("unknown_column", "unknown_column") == "unknown_column"
    assert FIELD_LABELS.source("given_name") == "Prénom"
    assert cv.SECTION_TITLES["skills"] == "Skills"
    i18n.set_language("nl")
    assert cv.SECTION_TITLES["skills"] == "Competenties"
    assert cv.GUIDANCE["summary"].hint.startswith("3 tot 5 zinnen")


def test_core_errors_speak_the_chosen_language():
    i18n.set_language("nl")
    with pytest.raises(ValidationError) as raised:
        clean_worker_fields({"family_name": "Wójcik", "given_name": "Łukasz", "email": "x@"})
    assert raised.value.message == "Ongeldig e-mailadres: “x@”."
    assert raised.value.code == "invalid_email"  # codes stay stable whatever the language
    i18n.set_language("en")
    with pytest.raises(ValidationError) as raised:
        clean_worker_fields({"given_name": "Hoa"})
    assert raised.value.message == "Surname is required."
    # A constant marked for later is translated when the error is made.
    from reconv_desktop.vault.vault import WRONG_RECOVERY

    assert ReconvError(WRONG_RECOVERY).message == "Wrong recovery key for this vault."


def test_a_level_is_read_in_french_and_in_the_current_language():
    i18n.set_language("en")
    assert parse_level("Independent") is SkillLevel.AUTONOMOUS
    assert parse_level("autonome") is SkillLevel.AUTONOMOUS


def test_the_cv_text_form_reads_back_what_it_writes_in_english_and_dutch():
    content = cv.CvContent(
        experiences=(cv.CvExperience("Soudeur", "Arcelor", "1999-09", ""),),
        education=(cv.CvEducation("CAP soudure", "Lycée Jean Jaurès", "1998"),),
        skills=(cv.CvSkill("Soudure TIG", 4),),
    )
    for language, employer in (("en", "Employer :"), ("nl", "Werkgever :")):
        i18n.set_language(language)
        for key in ("experiences", "education", "skills"):
            text = section_text(content, key)
            assert parse_section_text(key, text)[key] == getattr(content, key), (language, key)
        assert employer in section_text(content, "experiences")
    # Text typed in French still reads in another language.
    typed = "Soudeur\nEmployeur : Arcelor\nPériode : depuis 09/1999"
    assert parse_section_text("experiences", typed)["experiences"] == content.experiences


# --- the CLI ---------------------------------------------------------------------------------


def run_reconv(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("RECONV_")}
    clean["PYTHONIOENCODING"] = "utf-8"
    clean.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "reconv_desktop.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=clean,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_reconv_lang_nl_says_in_dutch_that_there_is_no_vault(tmp_path):
    folder = tmp_path / "nergens"
    result = run_reconv("--lang", "nl", "--data-dir", str(folder), "info")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (
        result.stderr.strip() == f"reconv: Geen kluis in “{folder.resolve()}” (header ontbreekt)."
    )
    french = run_reconv("--data-dir", str(folder), "info")
    assert french.stderr.startswith("reconv : Aucun coffre dans « ")


def test_cli_language_from_environment_then_settings(tmp_path):
    folder = tmp_path / "coffre"
    english = run_reconv("--data-dir", str(folder), "info", env={"RECONV_LANG": "en"})
    assert english.stderr.startswith("reconv: No vault in “")
    (folder / "config").mkdir(parents=True)
    (folder / "config" / "settings.json").write_text(json.dumps({"language": "nl"}))
    dutch = run_reconv("--data-dir", str(folder), "info")
    assert dutch.stderr.startswith("reconv: Geen kluis in “")
    assert run_reconv("--data-dir", str(folder), "--lang", "fr", "info").stderr.startswith(
        "reconv : Aucun coffre"
    )


def test_usage_errors_and_help_speak_the_language(tmp_path):
    result = run_reconv("--lang", "en", "--data-dir", str(tmp_path), "workers", "add")
    assert result.returncode == 2
    assert result.stderr.startswith("usage: reconv workers add")
    assert "reconv: usage error: required arguments missing: family_name, given_name" in (
        result.stderr
    )
    french = run_reconv("--data-dir", str(tmp_path), "workers", "add")
    assert "utilisation : reconv workers add" in french.stderr
    assert "arguments obligatoires manquants : family_name, given_name" in french.stderr
    dutch = run_reconv("--lang", "nl", "--help")
    assert "de versie tonen en stoppen" in dutch.stdout and "OPDRACHT" in dutch.stdout


# --- the catalogues hold every text of the core ----------------------------------------------


def _core_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts)


def _core_modules() -> list:
    import importlib

    names = []
    for path in _core_files():
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return [importlib.import_module(name) for name in names if "migrations" not in name]


def _marked_calls(path: Path) -> list[tuple[ast.Call, bool]]:
    """translate()/QT_TRANSLATE_NOOP() calls of a module, with whether each runs at import."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
            )
            if isinstance(child, ast.Call):
                func = child.func
                name = func.id if isinstance(func, ast.Name) else None
                if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "i18n":
                    name = func.attr
                if name in ("translate", "QT_TRANSLATE_NOOP"):
                    found.append((child, name == "translate" and not in_function))
            # Default values are evaluated when the function is defined, i.e. at import.
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                for default in child.args.defaults + child.args.kw_defaults:
                    if default is not None:
                        visit(ast.Expression(default), in_function)
            visit(child, inside)

    visit(tree, False)
    return found


def core_messages() -> dict[tuple[str, str, str], str]:
    """Every (context, text, disambiguation) the core marks, with where it is."""
    messages = {}
    problems = []
    for path in _core_files():
        if path.name == "i18n.py":
            continue
        for call, at_import in _marked_calls(path):
            where = f"{path.relative_to(PACKAGE.parent)}:{call.lineno}"
            args = call.args
            literal = len(args) >= 2 and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]
            )
            if not literal or call.keywords:
                problems.append(f"{where}: context and text must be positional literals")
                continue
            if at_import:
                problems.append(f"{where}: translate() at import time (mark it instead)")
            disambiguation = ""
            if len(args) > 2 and isinstance(args[2], ast.Constant) and args[2].value:
                disambiguation = args[2].value
            messages[(args[0].value, args[1].value, disambiguation)] = where
    assert problems == []
    return messages


def _fields(text: str) -> list[tuple[str, str, str]]:
    return sorted(
        (name, conversion or "", spec or "")
        for _, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def test_core_marks_texts_the_way_lupdate_extracts_them():
    messages = core_messages()
    assert len(messages) > 900
    for (_context, text, _), where in messages.items():
        assert text.strip(), where
        _fields(text)  # a valid str.format template (literal braces doubled)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_core_text_has_a_translation_in_english_and_dutch(language):
    """Core texts as the core marks them (with where they are); the whole tree, window and
    forms included, as pyside6-lupdate finds it: tests/gui/shell/test_catalogues.py."""
    catalogue = i18n.read_catalogue(i18n.catalogue_path(language), language)
    missing, bad_fields = [], []
    for (context, text, disambiguation), where in sorted(core_messages().items()):
        translated = catalogue.lookup(context, text, disambiguation)
        if not translated:
            missing.append(f"{where} [{context}] {text!r}")
        elif _fields(translated) != _fields(text):
            bad_fields.append(f"{where} [{context}] {text!r} -> {translated!r}")
    assert missing == [], f"{len(missing)} core text(s) without {language} translation"
    assert bad_fields == [], "placeholders differ from the French text"


def test_format_arguments_fill_every_placeholder_of_the_core_texts():
    problems = []
    for path in _core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            inner = node.func.value
            if node.func.attr != "format" or not (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Name)
                and inner.func.id == "translate"
            ):
                continue
            wanted = {name for name, _, _ in _fields(inner.args[1].value)}
            given = {k.arg for k in node.keywords}
            if not wanted <= given:
                problems.append(f"{path.name}:{node.lineno} {sorted(wanted - given)}")
    assert problems == []
