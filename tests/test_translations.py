"""The interface speaks English and Simplified Chinese, all through Qt's translation system.

When a test here fails after you added or changed a user-visible string, update
the translation files (see app/translations.py):

    pyside6-lupdate -no-obsolete app/*.py canvas/*.py canvas/items/*.py \
        canvas/interactions/*.py -ts resources/translations/journeycanvas_zh_CN.ts
    # translate the new <message>s, then
    pyside6-lrelease resources/translations/journeycanvas_zh_CN.ts
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import make_journey, show_and_activate

from journeycanvas.app import settings, translations, windows
from journeycanvas.app.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
TS = translations.ts_path("zh_CN")
QM = translations.qm_path("zh_CN")
SOURCES = sorted(
    p
    for folder in ("app", "canvas")
    for p in (ROOT / folder).rglob("*.py")
    if "__pycache__" not in p.parts
)


def venv_tool(name: str) -> str:
    """A tool PySide6 installs next to this interpreter, found without an activated venv.

    It is looked for in the running interpreter's scripts folder only, never on
    PATH (which may hold another Qt's tool, or none when the venv is not
    activated); absent, the test fails: the [test] extra brings it with PySide6.
    """
    folders = dict.fromkeys([sysconfig.get_path("scripts"), str(Path(sys.executable).parent)])
    for folder in folders:
        found = shutil.which(name, path=folder)
        if found:
            return found
    pytest.fail(f"{name} is not in {' or '.join(folders)}; install PySide6 into this environment")


def _messages(ts: Path) -> list[ET.Element]:
    return [m for ctx in ET.parse(ts).getroot() for m in ctx.findall("message")]


def test_every_message_has_a_finished_chinese_translation():
    messages = _messages(TS)
    assert len(messages) > 100
    untranslated = []
    for m in messages:
        tr = m.find("translation")
        text = "".join(tr.itertext()).strip()
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            untranslated.append(m.findtext("source"))
    assert untranslated == []


def test_committed_qm_is_compiled_from_the_current_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [venv_tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert QM.read_bytes() == fresh.read_bytes(), "rebuild the .qm with pyside6-lrelease"


def test_every_translatable_string_in_the_code_is_in_the_ts(tmp_path):
    scratch = tmp_path / "scan_zh_CN.ts"
    sources = [str(p) for p in SOURCES]
    subprocess.run(
        [venv_tool("pyside6-lupdate"), "-silent", *sources, "-ts", str(scratch)],
        check=True,
        capture_output=True,
    )
    in_code = {m.findtext("source") for m in _messages(scratch)}
    in_ts = {m.findtext("source") for m in _messages(TS)}
    assert sorted(in_code - in_ts) == []


# Qt calls whose string argument is shown to the user.
_SHOWN = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "addMenu",
    "addTab",
    "showMessage",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setLabelText",
    "QAction",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QMenu",
    "warning",
    "critical",
    "information",
    "question",
    "about",
}
_WORDS = re.compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff]")


def _literal_words(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _WORDS.search(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        text = "".join(str(p) for p in parts)
        return text if _WORDS.search(text) else None
    return None


def test_no_user_visible_literal_bypasses_tr():
    found = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in _SHOWN:
                continue
            for arg in node.args:
                text = _literal_words(arg)
                if text is not None:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert found == []


@pytest.fixture
def english_after(qtbot):
    yield
    for window in windows.windows():
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()
    translations.install("en")
    settings.LANGUAGE.reset()


def test_view_language_switches_the_menus_to_chinese_and_back(qtbot, english_after):
    window = MainWindow(make_journey())
    show_and_activate(qtbot, window)
    assert window.menu_file.title() == "&File"
    chinese = window.findChild(type(window.act_new), "language_zh_CN")
    chinese.trigger()
    assert settings.LANGUAGE.get() == "zh_CN"
    qtbot.waitUntil(lambda: window.menu_file.title() != "&File")  # LanguageChange is posted
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "文件(&F)" and "视图(&V)" in titles and "帮助(&H)" in titles
    assert window.act_save.text() == "保存(&S)"
    assert window.inspector.windowTitle() == "检查器"
    assert window.persona.windowTitle() == "客户画像"
    assert "旅程画布" in window.windowTitle()
    assert "缩放" in window.zoom_label.text()
    window.findChild(type(window.act_new), "language_en").trigger()
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File")
    assert window.inspector.windowTitle() == "Inspector"


def test_system_locale_decides_when_nothing_is_chosen(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert translations.resolve("") == "zh_CN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert translations.resolve("") == "en"
    assert translations.resolve("zh_CN") == "zh_CN"
