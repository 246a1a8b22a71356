"""The import dialog, driven as a user would: preview, change a role, cancel, import, undo."""

from __future__ import annotations

import warnings

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sheet_fixtures import INTERVIEW_ROWS, interview_xlsx, wjx_xlsx

from journeycanvas.app.import_dialog import SETTINGS_GROUP, ImportDialog
from journeycanvas.app.main_window import MainWindow
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.model import Journey, summary


@pytest.fixture(autouse=True)
def _forget_mappings():
    """Remembered mappings live in QSettings (a test location); each test starts afresh."""
    QSettings().remove(SETTINGS_GROUP)
    yield
    QSettings().remove(SETTINGS_GROUP)


@pytest.fixture
def document(qtbot):
    return JourneyDocument(Journey(title="访谈", language="zh"))


@pytest.fixture
def make_dialog(qtbot, document):
    def make(path) -> ImportDialog:
        dialog = ImportDialog(document, path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def pick_role(dialog: ImportDialog, column: int, role: str) -> None:
    box = dialog.preview.role_boxes[column]
    index = box.findData(role)
    box.setCurrentIndex(index)
    box.activated.emit(index)  # what a click on the item sends


def touchpoints(journey) -> dict[tuple[str, str], int]:
    return {
        (s["name"], t["title"]): t["responses"]
        for s in summary(journey)["stages"]
        for t in s["touchpoints"]
    }


def test_preview_shows_detected_sheet_header_roles_and_summary(make_dialog, tmp_path):
    dialog = make_dialog(interview_xlsx(tmp_path / "访谈.xlsx"))
    assert dialog.sheet_box.currentText() == "访谈编码"
    roles = [dialog.preview.role_boxes[i].currentData() for i in range(6)]
    assert roles == ["respondent", "stage", "touchpoint", "channel", "score", "comment"]
    # Row labels are spreadsheet rows: title 1, blank 2, header 3.
    assert dialog.preview.verticalHeaderItem(4).text() == "3"
    assert dialog.preview.item(4, 2).text() == "接触点"
    text = dialog.summary.text()
    assert "responses: 10 · touchpoints: 6 · stages: 3 · scale: 1-7" in text
    assert dialog.import_button.isEnabled()


def test_a_role_changed_by_hand_changes_the_result(make_dialog, document, tmp_path):
    dialog = make_dialog(interview_xlsx(tmp_path / "访谈.xlsx"))
    pick_role(dialog, 3, "touchpoint")  # the channel column now names the touchpoints
    assert dialog.preview.role_boxes[2].currentData() == "ignore"
    assert "touchpoints: 5 ·" in dialog.summary.text()
    dialog.import_button.click()
    got = touchpoints(document.journey)
    assert ("购买", "App") in got and ("购买", "支付") not in got
    assert got[("认知", "抖音")] == 3


def test_cancel_leaves_the_journey_untouched(make_dialog, document, tmp_path):
    before = document.journey
    dialog = make_dialog(interview_xlsx(tmp_path / "访谈.xlsx"))
    pick_role(dialog, 5, "ignore")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    assert document.journey is before and document.undo_stack.count() == 0


def test_cancel_during_the_import_leaves_the_journey_untouched(make_dialog, document, tmp_path):
    before = document.journey
    dialog = make_dialog(interview_xlsx(tmp_path / "访谈.xlsx"))
    dialog.progressStarted.connect(lambda progress: progress.cancel())
    dialog.import_button.click()
    assert document.journey is before and document.undo_stack.count() == 0
    assert "cancelled" in dialog.summary.text()
    assert dialog.isVisible()  # the user can still change the mapping and import


def test_import_is_one_undo_step(make_dialog, document, tmp_path):
    before = document.journey
    dialog = make_dialog(interview_xlsx(tmp_path / "访谈.xlsx"))
    dialog.import_button.click()
    assert document.undo_stack.count() == 1
    after = document.journey
    assert touchpoints(after)[("购买", "支付")] == 3
    assert len(after.emotion_points) == 5 and any(c.suggested for c in after.cards)
    document.undo_stack.undo()
    assert document.journey is before
    document.undo_stack.redo()
    assert document.journey is after


def test_survey_question_can_be_sent_to_another_touchpoint(make_dialog, document, tmp_path):
    answers = [["满意", "非常不满意", "一般"], ["非常满意", "不满意", "满意"]]
    dialog = make_dialog(wjx_xlsx(tmp_path / "问卷星.xlsx", answers, ["", ""]))
    box = dialog.preview.target_boxes[7]
    assert box.currentText() == "问卷 / 支付"
    box.setEditText("购买 / 付款")
    box.lineEdit().editingFinished.emit()
    dialog.import_button.click()
    assert touchpoints(document.journey) == {
        ("问卷", "下单"): 2,
        ("购买", "付款"): 2,
        ("问卷", "配送"): 2,
    }


def test_mapping_is_offered_again_for_a_file_with_the_same_columns(make_dialog, tmp_path):
    first = make_dialog(interview_xlsx(tmp_path / "wave1.xlsx"))
    pick_role(first, 5, "ignore")
    first.import_button.click()
    second = make_dialog(interview_xlsx(tmp_path / "wave2.xlsx", INTERVIEW_ROWS[:5]))
    assert second.preview.role_boxes[5].currentData() == "ignore"
    assert "you chose" in second.summary.text()


def test_a_broken_file_shows_one_sentence_and_cannot_be_imported(make_dialog, tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    dialog = make_dialog(path)
    assert dialog.summary.text().startswith("broken.xlsx: the workbook is damaged")
    assert not dialog.import_button.isEnabled()


def test_file_menu_action_and_dropping_a_sheet_open_the_dialog(qtbot, tmp_path):
    window = MainWindow(Journey(title="t"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    action = window.findChild(type(window.import_controller.action), "importSpreadsheet")
    assert action in window.menu_file.actions()
    path = interview_xlsx(tmp_path / "访谈.xlsx")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    viewport = window.view.viewport()
    with warnings.catch_warnings():  # PySide6 marks the only constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(50, 50),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, drop)
    dialog = window.import_controller.dialog
    assert dialog is not None and dialog.isVisible() and dialog.path == path
    dialog.import_button.click()
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.setClean()
    window.close()


def test_free_text_columns_show_where_their_words_go_and_can_be_sent_elsewhere(
    make_dialog, document, tmp_path
):
    from survey_exports import wjx

    export = wjx(tmp_path / "问卷星.xlsx")
    dialog = make_dialog(export.path)
    boxes = dialog.preview.text_boxes
    assert sorted(boxes) == [8, 9]  # 4、您还有什么建议？ and 5、您对【支付】环节有什么意见？
    assert boxes[8].currentText() == "With every score of the respondent"
    assert boxes[9].currentText() == "Only 问卷 / 支付"
    assert dialog.preview.role_boxes[8].currentData() == "comment"
    assert "2 free-text columns" in dialog.summary.text()
    # Send the general advice to 配送 only, as a user picks it from the list.
    box = boxes[8]
    index = box.findText("Only 问卷 / 配送")
    assert index > 0
    box.setCurrentIndex(index)
    box.activated.emit(index)
    assert dialog.preview.text_boxes[8].currentText() == "Only 问卷 / 配送"
    dialog.import_button.click()
    cards = {c.title: c.evidence for c in document.journey.cards if c.evidence}
    general = dict(zip(export.respondents, export.general, strict=True))
    payment = dict(zip(export.respondents, export.about["支付"], strict=True))
    assert [(e.respondent, e.text) for e in cards["配送"]] == [
        (e.respondent, general[e.respondent]) for e in cards["配送"]
    ]
    assert [e.text for e in cards["支付"]] == [payment[e.respondent] for e in cards["支付"]]
    assert all(e.text == "" for e in cards["下单"])
def test_goes_to_row_explains_one_row_per_answer_sheets(make_dialog, tmp_path):
    from sheet_fixtures import long_csv

    rows = [("P1", "Awareness", "Video ad", "TikTok", 4, "Fun ad")]
    dialog = make_dialog(long_csv(tmp_path / "answers.csv", rows * 6, "utf-8"))
    preview = dialog.preview
    said = [preview.item(1, c).text() if preview.item(1, c) else "" for c in range(6)]
    assert said[1] == "The stage of each row" and said[2] == "The touchpoint of each row"
    assert said[4] == "The row's stage and touchpoint"


def test_progress_window_has_a_title_with_room_for_it(make_dialog, tmp_path, qtbot):
    dialog = make_dialog(interview_xlsx(tmp_path / "访谈.xlsx"))
    seen = []
    dialog.progressStarted.connect(seen.append)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    progress = seen[0]
    assert progress.windowTitle() == "Importing Spreadsheet"
    wanted = progress.fontMetrics().horizontalAdvance(progress.windowTitle()) + 100
    assert progress.width() >= wanted
