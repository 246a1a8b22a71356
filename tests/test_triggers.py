"""Triggers: a lane kind for planned automations, drawn on the card and listed in the plan.

A trigger card says when (an event), how long after, what to do, through which channel
(its own Channel) and for which segment; each Inspector edit is one undo step.
"""

from __future__ import annotations

import openpyxl
import pytest
from conftest import make_journey, show_and_activate
from PySide6.QtCore import QPoint, Qt

from journeycanvas.app import windows
from journeycanvas.app.main_window import MainWindow
from journeycanvas.canvas import triggers
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import LaneKind, Trigger
from journeycanvas.canvas.plan_page import plan_pages
from journeycanvas.io import journey_file
from journeycanvas.io.exporters.plan_xlsx import plan_workbook_bytes

CARD = "c-s0-triggers-0"


def _planned(lang="en"):
    j = make_journey().model_copy(update={"language": lang})
    j = triggers.update_trigger(
        j, CARD, event="cart abandoned", delay="30 min", action="send a reminder", segment="new"
    )
    from journeycanvas.canvas import edits

    return edits.update_card(j, CARD, channel="SMS")


def test_the_trigger_line_in_both_languages():
    t = Trigger(event="购物车放弃", delay="30 分钟", action="发送提醒", segment="新客")
    assert (
        triggers.line(t, "短信", "zh")
        == "▶ 当购物车放弃 · 30 分钟后 → 发送提醒 · 经短信 · 面向新客"
    )
    t = Trigger(event="cart abandoned", action="send a reminder")
    assert triggers.line(t, "", "en") == "▶ when cart abandoned → send a reminder"
    assert triggers.line(Trigger(), "", "en") == ""


def test_a_trigger_card_is_drawn_as_such_and_round_trips(tmp_path):
    j = _planned()
    assert j.lane(j.card(CARD).lane_id).kind == LaneKind.TRIGGERS
    texts = [r.text for r in compute_layout(j).card(CARD).texts]
    joined = " ".join(texts)
    assert "▶ when cart abandoned · after 30 min → send a reminder · for new" in joined
    assert "SMS" in joined  # the channel, on the card's own line
    out = tmp_path / "t.journey"
    journey_file.save(j, out)
    assert journey_file.load(out).card(CARD).trigger == j.card(CARD).trigger


def test_the_action_plan_lists_the_triggers(tmp_path):
    import io

    j = _planned()
    book = openpyxl.load_workbook(io.BytesIO(plan_workbook_bytes(j)))
    assert book.sheetnames[1] == "Triggers"
    rows = list(book["Triggers"].iter_rows(values_only=True))
    assert rows[0] == ("Stage", "Card", "When (event)", "After", "Do", "Channel", "Segment")
    stage = j.stages[0].name
    assert rows[1] == (
        stage,
        j.card(CARD).title,
        "cart abandoned",
        "30 min",
        "send a reminder",
        "SMS",
        "new",
    )
    last = plan_pages(j)[-1]
    texts = [r.text for r in last.all_runs()]
    assert any(t.startswith("Triggers — ") for t in texts) and "cart abandoned" in texts


@pytest.fixture
def window(qtbot):
    w = MainWindow(make_journey().model_copy(update={"language": "en"}))
    show_and_activate(qtbot, w)
    w.scene.clearSelection()
    w.scene.cards[CARD].setSelected(True)
    yield w
    for other in windows.windows():
        other.document.undo_stack.setClean()
        other.close()
        other.deleteLater()


def test_the_inspector_plans_a_trigger_one_step_per_field(window, qtbot):
    ed = window.inspector.trigger_editor
    stack = window.document.undo_stack
    assert ed.isVisible() and window.inspector.channel_edit.isVisible()
    qtbot.waitUntil(lambda: ed.enable.height() > 0)
    qtbot.mouseClick(ed.enable, Qt.MouseButton.LeftButton, pos=QPoint(8, ed.enable.height() // 2))
    assert window.document.journey.card(CARD).trigger == Trigger() and stack.count() == 1
    for name, text in (
        ("event", "cart abandoned"),
        ("delay", "30 min"),
        ("action", "send a coupon"),
    ):
        edit = ed.edits[name]
        edit.setFocus()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    trigger = window.document.journey.card(CARD).trigger
    assert (trigger.event, trigger.delay, trigger.action) == (
        "cart abandoned",
        "30 min",
        "send a coupon",
    )
    assert stack.count() == 4, [stack.text(i) for i in range(stack.count())]
    texts = " ".join(r.text for r in window.scene.cards[CARD].layout.texts)
    assert "▶ when cart abandoned · after 30 min → send a coupon" in texts
    assert ed.preview.text() == "▶ when cart abandoned · after 30 min → send a coupon"
    stack.undo()
    assert window.document.journey.card(CARD).trigger.action == ""
