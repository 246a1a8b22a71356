"""File > Print: the map straight to a printer, fitted to the page, through QPrinter.

For users who print directly; posters and tiles go through File > Export, which
makes a PDF a print shop can rely on. The page is turned to suit the map's
shape, and the map is drawn as the canvas shows it, without selection marks.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMainWindow, QMessageBox

from journeycanvas.canvas.layout import JourneyLayout, compute_layout
from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.poster_info import footer_runs, journey_footer
from journeycanvas.io.exporters.qt_render import paint_map


def new_printer(layout: JourneyLayout) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    landscape = layout.width > layout.height
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return printer


def render(printer: QPrinter, journey: Journey, source_name: str = "") -> bool:
    """Draw the map on one page of ``printer``, fitted and centred; False if it cannot start."""
    layout = compute_layout(journey)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        area = QRectF(0, 0, page.width(), page.height())
        scale = min(area.width() / layout.width, area.height() / layout.height)
        painter.translate(
            (area.width() - layout.width * scale) / 2, (area.height() - layout.height * scale) / 2
        )
        painter.scale(scale, scale)
        paint_map(painter, layout, footer_runs(layout, journey_footer(journey, source_name)))
    finally:
        painter.end()
    return True


def print_journey(window: QMainWindow, printer: QPrinter | None = None) -> bool:
    """Ask for a printer (unless one is given) and print; True when something was printed."""
    journey = window.document.journey
    printer = printer or new_printer(compute_layout(journey))
    if printer.outputFileName() == "":
        dialog = QPrintDialog(printer, window)
        dialog.setWindowTitle(window.tr("Print Journey"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    path = window.document.path
    if not render(printer, journey, path.name if path else ""):
        QMessageBox.warning(
            window, window.tr("Cannot print"), window.tr("The printer could not be started.")
        )
        return False
    return True
