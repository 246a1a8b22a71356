"""Starting the editor: the Qt application, language, look, crash recovery, first window.

Test hook (documented in the README): with ``JOURNEYCANVAS_TEST_EDIT=TEXT`` the
editor, once started, sets the journey's title to TEXT through an ordinary
undoable command — exactly what a user's edit does — so a test can kill the
process and check that the next start offers that edit back. ``=1`` uses a
fixed title. Nothing else reads it.
"""

from __future__ import annotations

import locale
import os
import sys
from pathlib import Path

from journeycanvas.io import journey_file
from journeycanvas.io.errors import JourneyFileError
from journeycanvas.resources import template_path

SAMPLE_ZH = "sample-ecommerce-zh"
SAMPLE_EN = "sample-ecommerce-en"
TEST_EDIT_ENV = "JOURNEYCANVAS_TEST_EDIT"
TEST_EDIT_TITLE = "Edited by the test hook"
EDITS_STDIN_ENV = "JOURNEYCANVAS_TEST_EDITS_STDIN"  # see app/stdin_edits.py


def default_sample() -> str:
    """The sample shown with no file: Chinese on a Chinese system, English elsewhere."""
    from PySide6.QtCore import QLocale

    lang = QLocale.system().name() or (locale.getlocale()[0] or "")
    return SAMPLE_ZH if lang.lower().startswith("zh") else SAMPLE_EN


def create_application(argv: list[str] | None = None):
    """The QApplication with the bundled font, the chosen language and look."""
    from PySide6.QtWidgets import QApplication

    from journeycanvas.app import palette, settings, translations
    from journeycanvas.app.icons import app_icon
    from journeycanvas.canvas.font_widths import hash_fonts_ahead
    from journeycanvas.canvas.painting import font_family
    from journeycanvas.io.exporters.qt_refcount import protect_none

    # The first layout checks the bundled fonts' digests (6 MB); hashed on another
    # core while the window comes up and the journey loads, it costs the open nothing.
    hash_fonts_ahead()
    protect_none()  # before any painting: PySide6 builds that leak None must not abort the editor
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Journey Canvas")
    app.setOrganizationName("JourneyCanvas")
    app.setApplicationDisplayName("Journey Canvas")
    app.setDesktopFileName("journeycanvas")
    app.setWindowIcon(app_icon())
    font_family()
    translations.install(translations.resolve(settings.LANGUAGE.get()))
    app.setApplicationDisplayName(app.translate("MainWindow", "Journey Canvas"))
    if settings.THEME.get():
        palette.apply(settings.THEME.get())
    return app


def restore_recovered(parent=None) -> list:
    """Offer the snapshots a crashed editor left behind; returns the windows restored."""
    from journeycanvas.app import recovery
    from journeycanvas.app.recovery_dialog import RecoveryDialog

    recovery.instance()  # take our lock first, so our own snapshots are never offered
    found = recovery.find_recoverable()
    if not found:
        return []
    dialog = RecoveryDialog(found, parent)
    dialog.exec()
    return [open_recovered(doc) for doc in dialog.to_restore()]


def open_recovered(doc):
    """A window on a recovered journey, unsaved, that saves to where it came from.

    When the original file still opens, the recovered state is one undo step on
    top of it, so the user can undo back to what is on disk.
    """
    from PySide6.QtCore import QCoreApplication

    from journeycanvas.app import windows
    from journeycanvas.canvas import commands

    recovered = doc.load()
    original = doc.original_path
    base = None
    if original is not None and original.is_file():
        try:
            base = journey_file.load(original)
        except JourneyFileError:
            base = None
    window = windows.new_window(base or recovered, original)
    if base is not None:
        commands.apply(
            window.document,
            lambda: QCoreApplication.translate("RecoveryDialog", "Recovered changes"),
            lambda _j: recovered,
        )
    if not window.document.is_modified():
        window.document.undo_stack.resetClean()
    window.autosaver.snapshot_now()
    doc.discard()
    return window


def _apply_test_edit(window, value: str) -> None:
    from journeycanvas.canvas import commands, edits

    title = TEST_EDIT_TITLE if value == "1" else value
    commands.apply(window.document, "test edit", lambda j: edits.update_journey(j, title=title))


def open_start_windows(path: Path | str | None = None) -> list:
    """The windows a start opens: restored journeys, then the file asked for or the sample.

    A file that a restored window already shows is not opened a second time (the
    recovered window is the one to keep working in). A file that is refused is
    named in a dialog as well as on stderr, because a double-click has no terminal.
    """
    from journeycanvas.app import windows

    restored = restore_recovered()
    if path is not None:
        file = Path(os.path.abspath(path))
        existing = windows.window_for(file) if file.exists() else None
        if existing is not None:
            return [existing, *(w for w in restored if w is not existing)]
        try:
            journey = journey_file.load(file)
        except JourneyFileError as exc:
            print(str(exc), file=sys.stderr)
            show_refused(exc)
            return restored
        from journeycanvas.app.recent_files import add_recent

        add_recent(file)
        return [windows.new_window(journey, file), *restored]
    if restored:
        return restored
    return [windows.new_window(journey_file.load(template_path(default_sample())), None)]


def show_refused(error: JourneyFileError) -> None:
    """Tell the user in a dialog why the file given at start did not open."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(
        None, QCoreApplication.translate("MainWindow", "Cannot open the journey"), str(error)
    )


def run_editor(path: Path | str | None = None, debug: bool = False) -> int:
    """Open the editor on a file, or on the bundled sample journey; returns the exit code."""
    from journeycanvas.app.platform_check import check_platform

    problem = check_platform()  # before Qt: a plugin that cannot load aborts the process
    if problem is not None:
        print(problem, file=sys.stderr, flush=True)
        return 1
    app = create_application()
    opened = open_start_windows(path)
    if not opened:
        return 1
    test_edit = os.environ.get(TEST_EDIT_ENV)
    if test_edit:
        _apply_test_edit(opened[0], test_edit)
    if os.environ.get(EDITS_STDIN_ENV):
        from journeycanvas.app import stdin_edits

        stdin_edits.install(opened[0])
    return app.exec()
