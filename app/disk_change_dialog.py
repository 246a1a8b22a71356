"""The question asked when a journey's file changed on disk under the editor.

Three ways out, as in VS Code and JetBrains editors: take the file's version
(Reload), overwrite it with the editor's (Keep Mine), or write the editor's
version somewhere else (Save As); Cancel decides later. The dialog lists what
differs first, because Keep Mine undoes someone else's save. Each button has an
object name so a test can find and click it.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journeycanvas.canvas.differences import Change, Difference, differences
from journeycanvas.canvas.model import Journey

# At most this many differences are listed; the rest are counted.
MAX_LISTED = 8


class Choice(Enum):
    RELOAD = "reload"
    KEEP_MINE = "keepMine"
    SAVE_AS = "saveAs"
    CANCEL = "cancel"


def tr(text: str) -> str:
    """Translated in the empty context, where ``pyside6-lupdate`` files a bare ``tr()``."""
    return QCoreApplication.translate("", text)


def describe(mine: Journey, theirs: Journey | None) -> str:
    """A short readable list of what differs between the editor's and the file's version."""
    if theirs is None:
        return tr("The file on disk cannot be read as a journey any more.")
    found = differences(mine, theirs)
    if not found:
        return tr("The file on disk holds the same journey as this window.")
    lines = [_line(d) for d in found[:MAX_LISTED]]
    if len(found) > MAX_LISTED:
        lines.append(tr("… and %1 more differences").replace("%1", str(len(found) - MAX_LISTED)))
    return "\n".join(f"• {line}" for line in lines)


def _line(difference: Difference) -> str:
    parts = {
        "title": tr("The journey's title"),
        "scenario": tr("The scenario"),
        "language": tr("The content language"),
        "stages": tr("Stage"),
        "lanes": tr("Lane"),
        "cards": tr("Card"),
        "personas": tr("Persona"),
        "emotion_points": tr("Emotion point"),
        "imports": tr("The import history"),
    }
    changes = {
        Change.ONLY_MINE: tr("only in this window"),
        Change.ONLY_THEIRS: tr("only in the file on disk"),
        Change.CHANGED: tr("differs"),
    }
    part = parts.get(difference.part, difference.part)
    if difference.part in ("title", "scenario", "language"):
        return (
            tr("%1: “%2” here, “%3” on disk")
            .replace("%1", part)
            .replace("%2", _short(difference.name))
            .replace("%3", _short(difference.theirs))
        )
    name = f" “{difference.name}”" if difference.name else ""
    return (
        tr("%1%2: %3")
        .replace("%1", part)
        .replace("%2", name)
        .replace("%3", changes[difference.change])
    )


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def ask(parent: QWidget, file_name: str, mine: Journey, theirs: Journey | None) -> Choice:
    """Ask what to do about the file that changed on disk; the user's choice."""
    box = QMessageBox(parent)
    box.setObjectName("diskChangedDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("File changed on disk"))
    box.setText(
        tr(
            "“%1” was changed on disk by another program or window since you opened or saved it."
        ).replace("%1", file_name)
    )
    box.setInformativeText(
        tr("What differs:\n%1\n\nKeep Mine saves this window's version over it.").replace(
            "%1", describe(mine, theirs)
        )
    )
    Role = QMessageBox.ButtonRole
    buttons = {
        box.addButton(tr("&Reload"), Role.DestructiveRole): Choice.RELOAD,
        box.addButton(tr("&Keep Mine"), Role.AcceptRole): Choice.KEEP_MINE,
        box.addButton(tr("Save &As…"), Role.ActionRole): Choice.SAVE_AS,
        box.addButton(QMessageBox.StandardButton.Cancel): Choice.CANCEL,
    }
    for button, choice in buttons.items():
        button.setObjectName(choice.value)
        if theirs is None and choice is Choice.RELOAD:
            button.setEnabled(False)
    box.setDefaultButton(next(b for b, c in buttons.items() if c is Choice.CANCEL))
    box.exec()
    return buttons.get(box.clickedButton(), Choice.CANCEL)
