"""No two actions share a key on any platform, and Ctrl+D duplicates a card.

Ctrl+D was both Duplicate and (on Linux) Qt's standard Delete, so Qt called it an
"ambiguous shortcut overload" and did nothing. The check covers the whole action
set of a window on Linux (X11, KDE, GNOME), Windows and macOS through the table
in app/key_bindings.py, and checks that table against Qt itself where it can.
"""

from __future__ import annotations

import pytest
from gestures import editor_fixture, key
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from journeycanvas.app import key_bindings as kb
from journeycanvas.app.shortcuts_dialog import ShortcutsDialog

editor = editor_fixture()
Ctrl = Qt.KeyboardModifier.ControlModifier

#: The keyboard scheme Qt uses on each test platform: offscreen has Qt's default
#: (Windows) scheme, xcb without a desktop theme the plain X11 one.
RUNNING_SCHEME = {"offscreen": kb.WINDOWS, "xcb": kb.X11}


def _portable(seqs) -> set[str]:
    return {s.toString(QKeySequence.SequenceFormat.PortableText) for s in seqs}


def test_the_table_agrees_with_qt_on_the_platform_under_test(qapp):
    scheme = RUNNING_SCHEME[QGuiApplication.platformName()]
    for key_ in kb.STANDARD:
        ours = _portable(QKeySequence(t) for t in kb.standard_on(key_, scheme))
        assert ours == _portable(QKeySequence.keyBindings(key_)), key_.name


@pytest.mark.parametrize("platform", kb.PLATFORMS)
def test_no_two_actions_share_a_key(editor, platform):
    w = editor()
    owners: dict[str, list[str]] = {}
    for action in w.findChildren(QAction):
        for seq in kb.keys_on(action, platform):
            owners.setdefault(seq, []).append(action.objectName() or action.text())
    clashes = {seq: names for seq, names in owners.items() if len(names) > 1}
    assert clashes == {}
    # The check sees the keys that matter: Duplicate and Delete are both there.
    assert "Ctrl+D" in owners and "Del" in owners


def _keys_of(w, platform: str) -> None:
    """Bind every action of the window to its keys on another platform, as Qt would there."""
    for action in w.findChildren(QAction):
        keys = kb.keys_on(action, platform)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])


@pytest.mark.parametrize("platform", kb.PLATFORMS)
def test_ctrl_d_duplicates_the_selected_card(editor, qtbot, platform):
    w = editor()
    _keys_of(w, platform)
    before = len(w.document.journey.cards)
    w.scene.select_cards(["c-s0-actions-0"])
    key(qtbot, w, Qt.Key.Key_D, Ctrl)
    assert len(w.document.journey.cards) == before + 1
    # and Delete still deletes
    key(qtbot, w, Qt.Key.Key_Delete)
    assert len(w.document.journey.cards) == before


def test_the_shortcut_list_leaves_out_sun_keys(editor):
    w = editor()
    _keys_of(w, kb.X11)  # Qt binds F14 to Undo, F16 to Copy… on Linux
    assert "F14" in _portable(w.edit_actions.undo.shortcuts())
    rows = dict(ShortcutsDialog(w).rows())
    listed = " ".join(rows.values())
    for sun in ("F14", "F16", "F18", "F20"):
        assert sun not in listed
    assert "Ctrl+Z" in rows["Undo"]
