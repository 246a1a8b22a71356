"""The channel view has a column per step where a stage has steps, and follows the saved
view the map is drawn through (its hidden lanes and hidden channels are left out)."""

from __future__ import annotations

import statistics

import openpyxl
import pytest
from channel_fixture import CARDS, channel_journey
from conftest import show_and_activate
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from journeycanvas.app import windows
from journeycanvas.app.cli import main
from journeycanvas.app.main_window import MainWindow
from journeycanvas.app.views_menu import SaveViewDialog
from journeycanvas.canvas.analysis.channel_page import channel_page, words_for
from journeycanvas.canvas.analysis.channels import channel_matrix
from journeycanvas.canvas.model import Journey, Lane, LaneKind, SavedView, Step
from journeycanvas.io import journey_file

#: 购买 (s2) is split: the cart and the phone order online, the shop pick-up in store.
STEP_OF = {"t-cart": "st-online", "t-call": "st-online", "t-shop": "st-store"}


def stepped_journey() -> Journey:
    j = channel_journey()
    stages = [
        s.model_copy(
            update={"steps": [Step(id="st-online", name="下单"), Step(id="st-store", name="提货")]}
        )
        if s.id == "s2"
        else s
        for s in j.stages
    ]
    cards = [c.model_copy(update={"step_id": STEP_OF.get(c.id)}) for c in j.cards]
    # A second touchpoint lane (a workshop's notes), and a card on it that a view hides.
    lanes = [*j.lanes, Lane(id="l-extra", name="补充接触点", kind=LaneKind.TOUCHPOINTS)]
    extra = cards[0].model_copy(update={"id": "t-extra", "lane_id": "l-extra", "title": "电话回访",
                                        "channel": "电话", "stage_id": "s1", "step_id": None,
                                        "evidence": [e.model_copy(update={"id": f"{e.id}-x"})
                                                     for e in cards[0].evidence]})  # fmt: skip
    views = [
        SavedView(id="view-online", name="线上", hidden_channels=["门店"]),
        SavedView(id="view-main", name="主线", hidden_lanes=["l-extra"]),
    ]
    return j.model_copy(
        update={"stages": stages, "cards": [*cards, extra], "lanes": lanes, "views": views}
    )


def scores_of(card_id: str) -> list[float]:
    return [float(s) for cid, *_rest, answers in CARDS if cid == card_id for _w, s in answers]


def test_a_stage_with_steps_has_a_column_per_step_with_its_own_figures():
    j = stepped_journey()
    m = channel_matrix(j)
    assert [(c.stage_id, c.step_id) for c in m.columns] == [
        ("s1", None), ("s2", "st-online"), ("s2", "st-store"), ("s3", None)
    ]  # fmt: skip
    # The App card (购物车) is in 下单; 门店 only in 提货; 电话 in 下单.
    assert m.cell("app", "s2", "st-online").scores == scores_of("t-cart")
    assert m.cell("app", "s2", "st-store") is None
    assert m.cell("store", "s2", "st-store").card_ids == ["t-shop"]
    assert m.cell("hotline", "s2", "st-online").score == pytest.approx(
        statistics.fmean(scores_of("t-call"))
    )
    # The stage as a whole is still one comparison (and one row of summary --json).
    assert sorted(m.cell("hotline", "s2").scores) == sorted(scores_of("t-call"))
    page = channel_page(j, m, words_for("zh"))
    per_step = {(c.channel, c.step_id): c for c in page.cells if c.stage_id == "s2"}
    assert {step for _ch, step in per_step} == {"st-online", "st-store"}
    assert per_step[("store", "st-store")].card_ids == ("t-shop",)
    assert per_step[("store", "st-online")].card_ids == ()
    online, store = per_step[("app", "st-online")].rect, per_step[("app", "st-store")].rect
    assert online.right < store.x  # side by side under the stage
    headers = [r.text for b in page.boxes for r in b.texts]
    assert "下单" in headers and "提货" in headers and "购买" in headers


def test_the_matrix_follows_a_saved_views_hidden_channels_and_lanes():
    j = stepped_journey()
    whole = channel_matrix(j)
    assert "t-extra" in whole.cell("hotline", "s1").card_ids
    online = channel_matrix(j, j.views[0])
    assert "store" not in {c.key for c in online.channels}
    assert online.cell("app", "s2").scores == whole.cell("app", "s2").scores
    main_line = channel_matrix(j, j.views[1])
    assert main_line.cell("hotline", "s1") is None  # its only card is on the hidden lane


def test_the_workbook_has_a_sheet_by_step(tmp_path, capsys):
    source = tmp_path / "j.journey"
    journey_file.save(stepped_journey(), source)
    out = tmp_path / "channels.xlsx"
    assert main(["export", str(source), "-o", str(out), "--channels"]) == 0
    book = openpyxl.load_workbook(out)
    rows = list(book.worksheets[-1].iter_rows(values_only=True))
    assert rows[0] == ("渠道", "浏览", "购买 · 下单", "购买 · 提货", "售后")
    by_name = {r[0]: r[1:] for r in rows[1:]}
    assert by_name["门店"] == (
        None,
        None,
        pytest.approx(statistics.fmean(scores_of("t-shop")), abs=1e-4),
        None,
    )
    assert by_name["客服热线"][1] == pytest.approx(statistics.fmean(scores_of("t-call")), abs=1e-4)
    # Without steps the workbook is as before: no such sheet.
    plain = tmp_path / "plain.journey"
    journey_file.save(channel_journey(), plain)
    assert main(["export", str(plain), "-o", str(tmp_path / "p.xlsx"), "--channels"]) == 0
    assert len(openpyxl.load_workbook(tmp_path / "p.xlsx").worksheets) == 4


def test_export_channels_through_a_view(tmp_path, capsys):
    source = tmp_path / "j.journey"
    journey_file.save(stepped_journey(), source)
    out = tmp_path / "channels.xlsx"
    assert main(["export", str(source), "-o", str(out), "--channels", "--view", "线上"]) == 0
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    names = [r[0] for r in rows[1:]]
    assert "门店" not in names and "App" in names


@pytest.fixture
def window(qtbot):
    w = MainWindow(stepped_journey())
    show_and_activate(qtbot, w)
    yield w
    for other in windows.windows():
        other.document.undo_stack.setClean()
        other.close()
        other.deleteLater()


def _show_dock(window, qtbot):
    action = window.channel_dock.toggleViewAction()
    if not action.isChecked():
        action.trigger()
    qtbot.waitUntil(lambda: window.channel_dock.matrix is not None)
    return window.channel_dock


def test_the_dock_follows_the_view_chosen_from_the_menu(window, qtbot):
    dock = _show_dock(window, qtbot)
    assert "store" in {c.key for c in dock.matrix.channels}
    window.views_menu.rebuild()
    online = next(a for a in window.views_menu.actions() if a.objectName() == "view_view-online")
    online.trigger()
    qtbot.waitUntil(lambda: "store" not in {c.key for c in dock.matrix.channels})
    assert all(c.channel != "store" for c in dock.view.page.cells)
    whole = next(a for a in window.views_menu.actions() if a.objectName() == "view_")
    whole.trigger()
    qtbot.waitUntil(lambda: "store" in {c.key for c in dock.matrix.channels})


def test_clicking_a_step_cell_selects_only_that_steps_cards(window, qtbot):
    dock = _show_dock(window, qtbot)
    for step, want in (("st-online", ["t-call"]), ("st-store", [])):
        point = dock.view.cell_center("hotline", "s2", step).toPoint()
        dock.scroll.ensureVisible(point.x(), point.y())
        qtbot.mouseClick(dock.view, Qt.MouseButton.LeftButton, pos=point)
        assert window.scene.selected_card_ids() == want
        assert dock.selected == ("hotline", "s2", step)
    assert "提货" in dock.status.text()


def test_a_saved_view_can_hide_channels(window, qtbot):
    done = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SaveViewDialog)
        try:
            dialog.name.setText("不看电话")
            names = [dialog.channels.item(i).text() for i in range(dialog.channels.count())]
            assert "客服热线" in names and "门店" in names
            for i in range(dialog.channels.count()):
                if dialog.channels.item(i).text() == "客服热线":
                    dialog.channels.item(i).setCheckState(Qt.CheckState.Unchecked)
        except Exception:
            dialog.reject()  # a failure fails the test instead of leaving the dialog open
            raise
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        done.append(True)

    QTimer.singleShot(200, fill)
    window.views_menu.save_action.trigger()
    assert done
    saved = next(v for v in window.document.journey.views if v.name == "不看电话")
    assert saved.hidden_channels == ["客服热线"]
    dock = _show_dock(window, qtbot)
    qtbot.waitUntil(lambda: "hotline" not in {c.key for c in dock.matrix.channels})


def test_renaming_a_hidden_channel_keeps_it_hidden():
    from journeycanvas.canvas.channel_edits import rename_channel

    j = rename_channel(stepped_journey(), "store", "自提点")
    assert j.views[0].hidden_channels == ["自提点"]
    names = {c.name for c in channel_matrix(j, j.views[0]).channels}
    assert "自提点" not in names and "自提点" in {c.name for c in channel_matrix(j).channels}


def segmented_journey() -> Journey:
    """The channel fixture with r1-r6 in 企业客户, the rest 个人客户, and two waves:
    r1-r8 answered in March, r9-r12 in June."""
    from journeycanvas.canvas.model import ImportRecord

    j = channel_journey()
    records = [
        ImportRecord(id="imp-3", sha256="a", source="march.xlsx", wave="三月"),
        ImportRecord(id="imp-6", sha256="b", source="june.xlsx", wave="六月"),
    ]
    cards = []
    for c in j.cards:
        evidence = [
            e.model_copy(
                update={
                    "segment": "企业客户" if int(e.respondent[1:]) <= 6 else "个人客户",
                    "import_id": "imp-3" if int(e.respondent[1:]) <= 8 else "imp-6",
                }
            )
            for e in c.evidence
        ]
        cards.append(c.model_copy(update={"evidence": evidence}))
    return j.model_copy(update={"cards": cards, "imports": records})


def expected_cell(channel_cards: list[str], keep) -> list[float]:
    return [
        float(s)
        for cid, *_rest, answers in CARDS
        if cid in channel_cards
        for who, s in answers
        if keep(int(who[1:]))
    ]


def test_the_matrix_counts_only_the_chosen_segment_or_wave():
    j = segmented_journey()
    business = channel_matrix(j, segment="企业客户")
    assert business.cell("hotline", "s2").scores == expected_cell(["t-call"], lambda n: n <= 6)
    assert business.cell("store", "s2").scores == []  # r10-r12 are 个人客户
    june = channel_matrix(j, wave="六月")
    assert june.cell("hotline", "s2").scores == expected_cell(["t-call"], lambda n: n > 8)
    assert june.cell("app", "s1").scores == []


def test_the_dock_narrows_to_a_segment_and_a_wave(qtbot):
    w = MainWindow(segmented_journey())
    show_and_activate(qtbot, w)
    try:
        dock = _show_dock(w, qtbot)
        box = dock.segment_box
        assert box.isVisible()
        assert [box.itemText(i) for i in range(box.count())][1:] == ["企业客户", "个人客户"]
        whole = list(dock.matrix.cell("hotline", "s2").scores)
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Down)  # the user picks 企业客户
        qtbot.waitUntil(lambda: dock.matrix.cell("hotline", "s2").scores != whole)
        assert dock.matrix.cell("hotline", "s2").scores == expected_cell(
            ["t-call"], lambda n: n <= 6
        )
        qtbot.keyClick(box, Qt.Key.Key_Up)  # all segments again
        dock.wave_box.setFocus()
        qtbot.keyClick(dock.wave_box, Qt.Key.Key_End)  # the last wave: 六月
        qtbot.waitUntil(
            lambda: (
                dock.matrix.cell("hotline", "s2").scores
                == expected_cell(["t-call"], lambda n: n > 8)
            )
        )
    finally:
        w.document.undo_stack.setClean()
        w.close()
        w.deleteLater()
