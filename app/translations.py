"""The interface language: Qt translators for our strings and for Qt's own dialogs.

Sources are ``resources/translations/journeycanvas_LANG.ts`` (edited with Qt
Linguist or by hand; regenerate from the code with ``pyside6-lupdate``); the
compiled ``.qm`` files are committed next to them so wheels and frozen builds
ship them without a build step (``tests/test_translations.py`` fails when a
``.qm`` is out of step with its ``.ts``). Rebuild with::

    pyside6-lrelease resources/translations/journeycanvas_zh_CN.ts

Switching language installs a new translator; Qt then sends every widget a
LanguageChange event, and the windows and docks set their texts again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journeycanvas.resources import resource_path

#: Language code -> its name, written in that language (never translated).
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
SOURCE_LANGUAGE = "en"
PREFIX = "journeycanvas_"

_translators: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def translations_dir() -> Path:
    return resource_path("translations")


def ts_path(code: str) -> Path:
    return translations_dir() / f"{PREFIX}{code}.ts"


def qm_path(code: str) -> Path:
    return translations_dir() / f"{PREFIX}{code}.qm"


def system_language() -> str:
    """The shipped language closest to the system locale (English when none is)."""
    for name in [QLocale.system().name(), *QLocale.system().uiLanguages()]:
        name = name.replace("-", "_")
        if name.lower().startswith("zh"):
            # Traditional-Chinese locales still read Simplified better than English.
            return "zh_CN"
        if name.lower().startswith("en"):
            return "en"
    return SOURCE_LANGUAGE


def resolve(choice: str) -> str:
    """A settings value ("" = follow the system) to a shipped language code."""
    return choice if choice in LANGUAGES else system_language()


def current() -> str:
    return _current


def install(code: str) -> str:
    """Make ``code`` the interface language now; returns the code really installed."""
    global _current
    app = QCoreApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    code = code if code in LANGUAGES else SOURCE_LANGUAGE
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(str(qm_path(code))):
            _translators.append(ours)
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qt_{code}", qt_dir) or qt_own.load(f"qtbase_{code}", qt_dir):
            _translators.append(qt_own)
        for translator in _translators:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    _current = code
    return code
