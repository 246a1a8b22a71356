"""Shared fixtures. Qt runs offscreen and never touches the user's real settings."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Parsed fonts (io/exporters/pdf_font_cache.py) go to a folder of the test run's own,
# shared by the subprocesses it starts, never to the user's cache.
os.environ.setdefault("JOURNEYCANVAS_CACHE_DIR", tempfile.mkdtemp(prefix="jc-test-cache-"))

import pytest

from journeycanvas.canvas.model import (
    Card,
    EmotionPoint,
    Evidence,
    Journey,
    Lane,
    LaneKind,
    Persona,
    Stage,
)


@pytest.fixture(autouse=True, scope="session")
def _qt_test_mode(tmp_path_factory):
    """QStandardPaths test mode: settings and autosaves go to a throw-away place.

    The settings get a folder of this session's own: in test mode pytest-qt's
    application (no organisation name) otherwise shares "Unknown Organization/
    pytest-qt-qapp.conf" with every earlier and every parallel run on the machine,
    and a window layout one of them saved came back in the next window.
    """
    try:
        from PySide6.QtCore import QSettings, QStandardPaths
    except ImportError:  # pure tests may run without Qt installed
        yield
        return
    QStandardPaths.setTestModeEnabled(True)
    private = str(tmp_path_factory.mktemp("settings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, private)
    # What an earlier run left in the test-mode settings folder starts no test here.
    import shutil
    from pathlib import Path

    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    shutil.rmtree(Path(config) / "JourneyCanvas", ignore_errors=True)
    yield


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Each test starts from default settings: a dialog that remembers the last format,
    or a dock layout saved by an earlier test's window, must not decide this one."""
    try:
        from PySide6.QtCore import QCoreApplication, QSettings
    except ImportError:
        yield
        return
    if QCoreApplication.instance() is not None:  # with or without an organisation name
        QSettings().clear()
    yield


def make_journey(stages: int = 3, cards_per_cell: int = 1) -> Journey:
    """A small journey with every lane kind, Chinese and English text, and a curve."""
    st = [Stage(id=f"s{i}", name=f"阶段 {i} Stage {i}") for i in range(stages)]
    lanes = [Lane(id=f"l-{k.value}", name=k.value, kind=k) for k in LaneKind]
    cards = []
    for s in st:
        for lane in lanes:
            for n in range(cards_per_cell):
                cards.append(
                    Card(
                        id=f"c-{s.id}-{lane.kind.value}-{n}",
                        stage_id=s.id,
                        lane_id=lane.id,
                        title=f"卡片 {n} card in {lane.name}",
                        body="顾客找不到评价 — customers cannot find reviews." * (n + 1),
                        evidence=[Evidence(text="太慢了", score=-1.0)]
                        if lane.kind == LaneKind.TOUCHPOINTS
                        else [],
                    )
                )
    points = [
        EmotionPoint(id=f"ep{i}", stage_id=s.id, position=0.5, score=[1, -2, 0.5, 2, -1][i % 5])
        for i, s in enumerate(st)
    ]
    return Journey(
        title="测试旅程 Test journey",
        scenario="A shopper browses but does not buy",
        language="zh",
        personas=[Persona(name="小王", goals=["省时间"], quote="我要看真实评价")],
        stages=st,
        lanes=lanes,
        cards=cards,
        emotion_points=points,
    )


@pytest.fixture
def journey() -> Journey:
    return make_journey()


def show_and_activate(qtbot, widget) -> None:
    """Show a top-level widget and make it the active window, so shortcuts reach it.

    The offscreen platform never activates windows by itself, and QTest key
    clicks only trigger window shortcuts in the active window.
    """
    import warnings

    from PySide6.QtWidgets import QApplication

    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)
