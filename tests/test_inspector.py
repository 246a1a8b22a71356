"""The Inspector dock edits the selected card or emotion point through undoable commands."""

from __future__ import annotations

import pytest
from conftest import make_journey, show_and_activate
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication, QColorDialog, QLineEdit

from journeycanvas.app import windows
from journeycanvas.app.main_window import MainWindow
from journeycanvas.canvas import edits

CARD = "c-s1-touchpoints-0"


@pytest.fixture
def window(qtbot):
    journey = edits.update_card(make_journey(), "c-s0-pain_points-0", suggested=True)
    w = MainWindow(journey)
    show_and_activate(qtbot, w)
    yield w
    for other in windows.windows():
        other.document.undo_stack.setClean()
        other.close()
        other.deleteLater()


def type_text(widget, text: str) -> None:
    """Type any text (QTest.keyClicks only knows ASCII): one key event per character."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def _select(window: MainWindow, card_id: str = CARD) -> None:
    window.scene.clearSelection()
    window.scene.cards[card_id].setSelected(True)


def _card(window: MainWindow, card_id: str = CARD):
    return window.document.journey.card(card_id)


def test_typing_a_title_is_one_undo_step_per_field_session(window, qtbot):
    _select(window)
    ins = window.inspector
    assert ins.title_edit.text() == _card(window).title
    qtbot.mouseClick(ins.title_edit, Qt.MouseButton.LeftButton)  # focus moves to the field
    ins.title_edit.selectAll()
    type_text(ins.title_edit, "扫码下单")
    assert _card(window).title == "扫码下单"
    assert window.document.undo_stack.count() == 1  # four keystrokes, one step
    qtbot.keyClick(ins.title_edit, Qt.Key.Key_Return)  # ends the session
    qtbot.keyClicks(ins.title_edit, "!")
    assert window.document.undo_stack.count() == 2
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert _card(window).title == make_journey().card(CARD).title
    assert ins.title_edit.text() == _card(window).title  # the field follows the model
    window.document.undo_stack.redo()
    assert ins.title_edit.text() == "扫码下单"


def test_body_channel_and_owner_of_a_touchpoint(window, qtbot):
    _select(window)
    ins = window.inspector
    assert ins.channel_edit.isVisibleTo(ins) and ins.owner_edit.isVisibleTo(ins)
    ins.body_edit.selectAll()
    qtbot.keyClicks(ins.body_edit, "new body")
    qtbot.keyClicks(ins.channel_edit, "App")
    type_text(ins.owner_edit, "客服")
    card = _card(window)
    assert (card.body, card.channel, card.owner) == ("new body", "App", "客服")
    assert window.document.undo_stack.count() == 3


def test_channel_is_hidden_for_a_thought_card(window):
    _select(window, "c-s1-thoughts-0")
    ins = window.inspector
    assert ins.title_edit.text() == _card(window, "c-s1-thoughts-0").title
    assert not ins.channel_edit.isVisibleTo(ins)


def test_colour_is_chosen_and_reset_to_the_lane_colour(window, qtbot, monkeypatch):
    _select(window)
    ins = window.inspector
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#ff8800"))
    qtbot.mouseClick(ins.colour_button, Qt.MouseButton.LeftButton)
    assert _card(window).color == "#FF8800"
    assert window.scene.cards[CARD].layout.fill.upper() == "#FF8800"  # the canvas shows it
    qtbot.mouseClick(ins.colour_reset, Qt.MouseButton.LeftButton)
    assert _card(window).color is None


def test_accepting_a_suggestion(window, qtbot):
    _select(window, "c-s0-pain_points-0")
    ins = window.inspector
    assert ins.accept_button.isVisibleTo(ins)
    qtbot.mouseClick(ins.accept_button, Qt.MouseButton.LeftButton)
    assert _card(window, "c-s0-pain_points-0").suggested is False
    assert not ins.accept_button.isVisibleTo(ins)
    window.document.undo_stack.undo()
    assert _card(window, "c-s0-pain_points-0").suggested is True


def _type_into_new_row(qtbot, editor, cells: list[str | None]) -> None:
    """Type each cell of a new row as a user would: open its editor, type, press Return.

    Each step waits for what the user would wait for (the cell editor to open, the
    list to report the typed text), not for a fixed time, so a loaded machine does
    not make the next cell's editor open while the previous one is still closing.
    Works on both the item table of ``ListEditor`` and the model/view evidence table.
    """
    table = editor.table
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    view_model = table.model()
    row = view_model.rowCount() - 1  # a new row is last in the card's order ...
    if hasattr(editor, "source_index"):
        row = editor.source_index(view_model.rowCount() - 1, 0).row()  # ... and in view
    for column, text in enumerate(cells):
        if text is None:
            continue  # a column the user leaves as it is
        if column:
            qtbot.waitUntil(lambda: not _open_cell_editors(table))
        index = view_model.index(row, column)
        table.setCurrentIndex(index)
        if not _open_cell_editors(table):
            table.edit(index)
        qtbot.waitUntil(lambda: len(_open_cell_editors(table)) == 1)
        line = _open_cell_editors(table)[0]
        type_text(line, text)
        with qtbot.waitSignal(editor.edited, timeout=5000):
            qtbot.keyClick(line, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not _open_cell_editors(table))


def _open_cell_editors(table) -> list[QLineEdit]:
    return [e for e in table.findChildren(QLineEdit) if e.isVisible()]


def test_evidence_quotes_are_added_edited_and_removed(window, qtbot):
    _select(window)
    editor = window.inspector.evidence_editor
    assert editor.values() == ["太慢了"]
    _type_into_new_row(qtbot, editor, ["找不到入口", None, "-1.5"])  # no original answer
    evidence = _card(window).evidence
    assert [(e.text, e.score) for e in evidence] == [("太慢了", -1.0), ("找不到入口", -1.5)]
    first_id = evidence[0].id
    editor.table.setCurrentIndex(editor.source_index(1, 0))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [e.id for e in _card(window).evidence] == [first_id]  # the right one went
    window.document.undo_stack.undo()
    assert len(_card(window).evidence) == 2
    assert editor.values() == ["太慢了", "找不到入口"]


def test_evidence_shows_the_original_answer_and_where_it_came_from(window, qtbot):
    from journeycanvas.canvas import edits
    from journeycanvas.canvas.model import Evidence

    card = _card(window)
    imported = Evidence(
        text="还行", score=1.0, answer="4", scale="1-5", respondent="P7",
        source="survey.xlsx", sheet="Wave 2", row=12,
    )  # fmt: skip
    window.document.journey = edits.update_card(
        window.document.journey, card.id, evidence=[imported]
    )
    window.document.notify()
    _select(window)
    editor = window.inspector.evidence_editor
    shown = editor.table.model()
    headers = [shown.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Quote", "Answer", "Score (−2…+2)", "From"]
    (row,) = editor.rows()
    assert row[1] == ["还行", "4 (1-5)", "1", "P7 · survey.xlsx · Wave 2 · #12"]
    assert [shown.index(0, c).data() for c in range(4)] == row[1]
    assert not shown.flags(shown.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    # An answer that says its segment, channel and day shows them too.
    dated = imported.model_copy(
        update={"segment": "企业客户", "channel": "App; 门店", "date": "2025-09-01"}
    )
    window.document.journey = edits.update_card(window.document.journey, card.id, evidence=[dated])
    window.document.notify()
    _select(window)
    (row,) = editor.rows()
    assert row[1][3] == "P7 · 企业客户 · App; 门店 · 2025-09-01 · survey.xlsx · Wave 2 · #12"
    window.document.journey = edits.update_card(
        window.document.journey, card.id, evidence=[imported]
    )
    window.document.notify()
    _select(window)
    shown = editor.table.model()
    # A new answer typed on the evidence's own scale is rescored onto −2…+2.
    shown.setData(shown.index(0, 1), "2")
    qtbot.wait(20)
    (changed,) = _card(window).evidence
    assert (changed.answer, changed.score) == ("2", -1.0)


def test_metrics_are_edited(window, qtbot):
    _select(window)
    _type_into_new_row(qtbot, window.inspector.metrics_editor, ["NPS", "42"])
    assert [(m.name, m.value) for m in _card(window).metrics] == [("NPS", "42")]


def test_emotion_point_score_and_label(window, qtbot):
    window.scene.clearSelection()
    window.scene.points["ep1"].setSelected(True)
    ins = window.inspector
    assert ins.pages.currentIndex() == 2
    assert ins.score_spin.value() == -2.0
    for _ in range(4):
        qtbot.keyClick(ins.score_spin, Qt.Key.Key_Up)
    point = next(p for p in window.document.journey.emotion_points if p.id == "ep1")
    assert point.score == -1.0
    assert window.document.undo_stack.count() == 1  # one scrub, one step
    type_text(ins.label_edit, "低谷")
    point = next(p for p in window.document.journey.emotion_points if p.id == "ep1")
    assert point.label == "低谷"
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert ins.score_spin.value() == -2.0 and ins.label_edit.text() == ""


def test_nothing_or_several_selected_shows_the_hint(window):
    window.scene.clearSelection()
    assert window.inspector.pages.currentIndex() == 0
    _select(window)
    window.scene.cards["c-s0-actions-0"].setSelected(True)
    assert window.inspector.pages.currentIndex() == 0


def _with_many_answers(window, count: int = 10_000) -> list:
    """The card given ``count`` imported answers from two waves and two segments."""
    from journeycanvas.canvas.model import Evidence, ImportRecord

    waves = [
        ImportRecord(id="imp-1", sha256="a", source="w1.xlsx", wave="2025 Q4"),
        ImportRecord(id="imp-2", sha256="b", source="w2.xlsx", wave="2026 Q1"),
    ]
    answers = [
        Evidence(
            id=f"ev-many-{i}",
            text=f"回答 {i}",
            score=float(i % 5 - 2),
            answer=str(i % 5 + 1),
            scale="1-5",
            respondent=f"R{i:05d}",
            segment="企业客户" if i % 2 else "个人用户",
            import_id=waves[i % 2].id,
            source="w.xlsx",
            row=i + 2,
        )
        for i in range(count)
    ]
    journey = window.document.journey.model_copy(update={"imports": waves})
    window.document.journey = edits.update_card(journey, CARD, evidence=answers)
    window.document.notify()
    _select(window)
    return answers


def test_ten_thousand_answers_show_at_once_and_scroll(window, qtbot):
    import time

    _with_many_answers(window)
    editor = window.inspector.evidence_editor
    view = editor.table
    assert view.model().rowCount() == 10_000
    assert view.model().index(9_999, 0).data() == "回答 9999"
    view.resize(500, 400)
    started = time.perf_counter()
    for step in range(1, 21):  # twenty jumps down the table, each painted
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() * step // 20)
        view.viewport().repaint()
    per_frame = (time.perf_counter() - started) / 20
    assert per_frame < 0.05, f"{per_frame * 1000:.0f} ms a scrolled frame"
    assert view.indexAt(view.viewport().rect().bottomLeft()).row() > 9_000


def test_evidence_is_sorted_by_score_as_numbers(window, qtbot):
    _with_many_answers(window, 50)
    view = window.inspector.evidence_editor.table
    view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    shown = [view.model().index(r, 2).data() for r in range(view.model().rowCount())]
    assert shown[:10] == ["-2"] * 10 and shown[-10:] == ["2"] * 10
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert view.model().index(0, 2).data() == "2"
    # Sorting is a view on the card: the card's own order is unchanged.
    assert [e.id for e in _card(window).evidence][:2] == ["ev-many-0", "ev-many-1"]


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("Score", "<0", 40),  # scores -2 and -1: two in five
        ("Score", "2", 20),
        ("Respondent", "R0001", 10),  # R00010 … R00019
        ("Wave", "2026", 50),
        ("Segment", "企业", 50),
        ("All columns", "回答 7", 11),  # 7, 70 … 79
    ],
)
def test_evidence_is_filtered_by_what_the_user_types(window, qtbot, field, text, expected):
    _with_many_answers(window, 100)
    editor = window.inspector.evidence_editor
    editor.filter_field.setCurrentText(field)
    qtbot.mouseClick(editor.filter_edit, Qt.MouseButton.LeftButton)
    type_text(editor.filter_edit, text)
    assert editor.table.model().rowCount() == expected
    editor.filter_edit.clear()
    assert editor.table.model().rowCount() == 100


def test_an_edit_in_a_filtered_table_changes_the_right_answer(window, qtbot):
    _with_many_answers(window, 100)
    editor = window.inspector.evidence_editor
    editor.filter_field.setCurrentText("Respondent")
    type_text(editor.filter_edit, "R00042")
    shown = editor.table.model()
    assert shown.rowCount() == 1
    with qtbot.waitSignal(editor.edited, timeout=5000):
        shown.setData(shown.index(0, 0), "改过的回答")
    changed = _card(window).evidence[42]
    assert (changed.id, changed.text) == ("ev-many-42", "改过的回答")
    assert _card(window).evidence[41].text == "回答 41"
    assert len(_card(window).evidence) == 100
    window.document.undo_stack.undo()
    assert _card(window).evidence[42].text == "回答 42"
