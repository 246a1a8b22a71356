"""Docks come up usable whatever layout an earlier window left behind (issue 19).

The Persona dock shares the right side with the Inspector, History and Comments;
the Channel View and the Priority Matrix sit below the map, side by side. A layout
saved from a window where the user (or a test) squeezed it used to be restored as
it was: the dock came up about 100 px tall in a 1400×900 window, its +/− buttons
scrolled out of sight below its bottom edge.
"""

from __future__ import annotations

from gestures import editor_fixture
from PySide6.QtCore import QRect, Qt

from journeycanvas.app import settings

editor = editor_fixture()


def _open_persona(w, qtbot) -> None:
    if not w.persona.isVisible():  # as a user opens it: View > the dock's own entry
        w.persona.toggleViewAction().trigger()
    w.persona.raise_()
    qtbot.waitUntil(lambda: w.persona.add_button.isVisible())


def _seen_in_dock(dock, widget) -> QRect:
    """The part of ``widget`` a user sees: clipped by the scroll area and by the dock."""
    viewport = dock.widget().viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    seen = QRect(top_left, widget.size()).intersected(viewport.rect())
    return QRect(viewport.mapTo(dock, seen.topLeft()), seen.size()).intersected(dock.rect())


def test_persona_buttons_show_whole_after_a_squeezed_layout_was_saved(editor, qtbot):
    first = editor(size=(1400, 420))  # a low window: the docks share little height
    _open_persona(first, qtbot)
    first.resizeDocks(  # History given most of the height, the Persona dock a sliver
        [first.persona, first.edit_actions.history], [40, 800], Qt.Orientation.Vertical
    )
    qtbot.wait(50)
    first.document.undo_stack.setClean()
    first.close()  # saves that layout, as quitting does
    assert not settings.WINDOW_STATE.get().isEmpty()

    w = editor(size=(1400, 900))  # the next window restores it
    _open_persona(w, qtbot)
    dock = w.persona
    qtbot.wait(50)
    for button in (dock.add_button, dock.remove_button):
        seen = _seen_in_dock(dock, button)
        # The whole button, height too, inside what the dock shows.
        assert seen.size() == button.size(), (button.objectName(), seen, dock.height())


def test_a_test_run_keeps_its_settings_to_itself(qapp, tmp_path_factory):
    """No window layout from an earlier or a parallel run reaches this one's windows."""
    from pathlib import Path

    from PySide6.QtCore import QSettings

    session = Path(tmp_path_factory.getbasetemp())
    assert Path(QSettings().fileName()).is_relative_to(session), QSettings().fileName()
    assert settings.WINDOW_STATE.get().isEmpty()


def test_quitting_while_presenting_saves_the_docks_as_they_were(editor, qtbot):
    first = editor(size=(1400, 900))
    _open_persona(first, qtbot)
    first.presentation.enter()
    qtbot.waitUntil(lambda: not first.persona.isVisible())
    first.document.undo_stack.setClean()
    first.close()  # quit in the middle of a workshop

    w = editor(size=(1400, 900))
    qtbot.waitUntil(lambda: w.persona.isVisible() or w.inspector.isVisible())
    assert not w.isFullScreen()
    assert w.menuBar().isVisible()
    assert w.edit_actions.history.isVisible()


def test_the_matrix_and_channel_views_open_together_on_a_laptop_screen(editor, qtbot):
    """Both views shown from the View menu: the window still fits a 1366x768 screen
    (720 px above its taskbar). With the matrix a third group on the right it needed
    844 px, so a laptop user could not see its bottom, nor the status bar."""
    w = editor(size=(1300, 700))
    for dock in (w.matrix_dock, w.channel_dock):
        dock.toggleViewAction().trigger()  # View > Priority Matrix, View > Channel View
    qtbot.waitUntil(lambda: w.matrix_dock.isVisible() and w.channel_dock.isVisible())
    assert w.minimumSizeHint().height() <= 720
    assert w.height() <= 720
    below = Qt.DockWidgetArea.BottomDockWidgetArea
    assert w.dockWidgetArea(w.matrix_dock) == w.dockWidgetArea(w.channel_dock) == below
    assert w.matrix_dock.height() >= w.matrix_dock.minimumSizeHint().height()
