"""After a crash: the journeys a previous run left unsaved, to restore, discard or look at.

Nothing is deleted unless the user says Discard; "Later" keeps every snapshot
for the next start (LibreOffice and Krita ask the same way).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeycanvas.app.recovery import RecoveredDocument

DOC_ROLE = Qt.ItemDataRole.UserRole


class RecoveryDialog(QDialog):
    def __init__(self, found: list[RecoveredDocument], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover Unsaved Journeys"))
        self.resize(720, 360)
        self._docs = list(found)
        self._restore: list[RecoveredDocument] = []
        intro = QLabel(
            self.tr(
                "Journey Canvas did not close properly last time. These journeys had "
                "unsaved changes. Restore them, or discard the copies you do not need."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget(objectName="recoveredList")
        self.tree.setHeaderLabels([self.tr("Journey"), self.tr("File"), self.tr("Autosaved")])
        self.tree.setRootIsDecorated(False)
        for doc in self._docs:
            original = str(doc.original_path) if doc.original_path else self.tr("(never saved)")
            item = QTreeWidgetItem(
                [doc.title or self.tr("Untitled"), original, doc.saved_at_local()]
            )
            item.setData(0, DOC_ROLE, doc)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(1, str(doc.snapshot))
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.buttons = QDialogButtonBox()
        self.restore_button = self._button(self.tr("&Restore"), "restore", self._on_restore)
        self.discard_button = self._button(self.tr("&Discard"), "discard", self._on_discard)
        self.show_button = self._button(self.tr("Show &File"), "showFile", self._on_show)
        self.later_button = self._button(self.tr("&Later"), "later", self.reject)
        self.restore_button.setDefault(True)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.tree, 1)
        box.addWidget(self.buttons)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAutoDefault(False)
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def offered(self) -> list[RecoveredDocument]:
        """The snapshots still listed."""
        return [
            self.tree.topLevelItem(i).data(0, DOC_ROLE)
            for i in range(self.tree.topLevelItemCount())
        ]

    def checked(self) -> list[RecoveredDocument]:
        return [
            self.tree.topLevelItem(i).data(0, DOC_ROLE)
            for i in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(i).checkState(0) == Qt.CheckState.Checked
        ]

    def to_restore(self) -> list[RecoveredDocument]:
        """What the user chose to restore (empty unless Restore was pressed)."""
        return list(self._restore)

    def _on_restore(self) -> None:
        self._restore = self.checked()
        self.accept()

    def _on_discard(self) -> None:
        for i in reversed(range(self.tree.topLevelItemCount())):
            item = self.tree.topLevelItem(i)
            if item.checkState(0) == Qt.CheckState.Checked:
                item.data(0, DOC_ROLE).discard()
                self.tree.takeTopLevelItem(i)
        if self.tree.topLevelItemCount() == 0:
            self.accept()

    def _on_show(self) -> None:
        item = self.tree.currentItem() or self.tree.topLevelItem(0)
        if item is not None:
            folder = item.data(0, DOC_ROLE).snapshot.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
