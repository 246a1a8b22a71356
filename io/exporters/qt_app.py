"""A Qt application for exports run from the command line (PNG and SVG need one).

On a server there is no display: Qt is then told to draw offscreen before the
application is created, which is the only moment it listens.
"""

from __future__ import annotations

import os
import sys

_app = None  # kept alive for the life of the process


def ensure_gui_application():
    """The running QGuiApplication (the editor's, when there is one), or a new one."""
    global _app
    from PySide6.QtGui import QGuiApplication

    from journeycanvas.io.exporters.qt_refcount import protect_none

    protect_none()

    app = QGuiApplication.instance()
    if app is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if headless and "QT_QPA_PLATFORM" not in os.environ:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        # A widgets application, not a bare QGuiApplication: the same process may
        # later open a window (tests do), and Qt cannot upgrade an application.
        from PySide6.QtWidgets import QApplication

        app = _app = QApplication(sys.argv[:1] or ["journeycanvas"])
    from journeycanvas.canvas.painting import font_family

    font_family()
    return app
