"""Starting the editor: the Qt application, fonts, and the first window."""

from __future__ import annotations

import locale
import sys
from pathlib import Path

from journeycanvas.io import journey_file
from journeycanvas.io.errors import JourneyFileError
from journeycanvas.resources import template_path

SAMPLE_ZH = "sample-ecommerce-zh"
SAMPLE_EN = "sample-ecommerce-en"


def default_sample() -> str:
    """The sample shown with no file: Chinese on a Chinese system, English elsewhere."""
    from PySide6.QtCore import QLocale

    lang = QLocale.system().name() or (locale.getlocale()[0] or "")
    return SAMPLE_ZH if lang.lower().startswith("zh") else SAMPLE_EN


def create_application(argv: list[str] | None = None):
    """The QApplication with the bundled font registered, so Chinese renders anywhere."""
    from PySide6.QtWidgets import QApplication

    from journeycanvas.canvas.painting import font_family

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Journey Canvas")
    app.setOrganizationName("JourneyCanvas")
    app.setApplicationDisplayName("Journey Canvas")
    font_family()
    return app


def run_editor(path: Path | str | None = None, debug: bool = False) -> int:
    """Open the editor on a file, or on the bundled sample journey; returns the exit code."""
    app = create_application()
    from journeycanvas.app.main_window import MainWindow

    if path is None:
        file = template_path(default_sample())
        journey = journey_file.load(file)
        window = MainWindow(journey, None)
    else:
        file = Path(path)
        try:
            journey = journey_file.load(file)
        except JourneyFileError as exc:
            print(str(exc), file=sys.stderr)
            return 1
        window = MainWindow(journey, file)
    window.show()
    return app.exec()
