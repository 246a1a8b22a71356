"""A redo puts back the very card items its undo took out, as new ones would be.

An undo of a paste removes the pasted cards' items; the scene keeps them until a
later sync removes others, and the redo adds them back instead of making new
items. The user must not see it: put back, an item is unselected (the pasted
cards were selected when the undo took them out), at the cards' height, opaque,
keeps pixels as the other items do, and paints and is hit exactly as the item of a
scene built from scratch.
"""

from __future__ import annotations

import itertools

from test_scene_fast_sync import _fresh, _pixels, _state, _view, make_big_journey

from journeycanvas.canvas import clipboard, edits
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.scene import JourneyScene


def _hit(scene: JourneyScene, at) -> str | None:
    """The card topmost at a point of the map, by its id."""
    keys = {id(item): key for key, item in scene.cards.items()}
    return next((keys[id(i)] for i in scene.items(at) if id(i) in keys), None)


def _paste_undo_redo(qtbot, monkeypatch, reuse: bool):
    """Paste 30 cards, select and lift some (as a drag does), undo, zoom out, redo;
    with ``reuse`` False the taken items are dropped first (new ones are made)."""
    ids = itertools.count()
    monkeypatch.setattr(edits, "new_id", lambda prefix: f"{prefix}-t{next(ids):05d}")
    document = JourneyDocument(make_big_journey(stages=6, cards=180))
    scene = JourneyScene(document)
    view = _view(qtbot, scene, fitted=False)
    scene.select_cards([c.id for c in document.journey.cards[:30]])
    clipboard.copy(scene)
    scene.set_current(None, None)
    pasted = clipboard.paste(scene)
    scene.select_cards(pasted)
    taken = {cid: scene.cards[cid] for cid in pasted}
    assert all(item.isSelected() for item in taken.values())
    for cid in pasted[:5]:
        taken[cid].setZValue(50)
        taken[cid].setOpacity(0.85)
    document.undo_stack.undo()
    assert not set(pasted) & set(scene.cards)
    view.fit_to_window()  # zoomed out meanwhile: every item in the scene keeps pixels
    _pixels(view)
    if not reuse:
        scene._spare_cards.clear()
    document.undo_stack.redo()
    return document, scene, view, pasted, taken


def test_a_redo_of_a_paste_puts_back_its_items_unselected(qtbot, monkeypatch) -> None:
    document, scene, view, pasted, taken = _paste_undo_redo(qtbot, monkeypatch, reuse=True)
    assert all(scene.cards[cid] is taken[cid] for cid in pasted)  # the very items
    assert scene.selectedItems() == []
    _, made, made_view, _, made_taken = _paste_undo_redo(qtbot, monkeypatch, reuse=False)
    assert all(made.cards[cid] is not made_taken[cid] for cid in pasted)
    fresh, fresh_view = _fresh(qtbot, document.journey, view)
    assert {i.cacheMode() for i in scene.cards.values()} == {
        i.cacheMode() for i in fresh.cards.values()
    }
    assert _state(scene) == _state(fresh) == _state(made)
    for cid in pasted:  # each is hit where a made one is, above what it covers
        centre = made.cards[cid].sceneBoundingRect().center()
        assert _hit(scene, centre) == _hit(made, centre) == _hit(fresh, centre) == cid
    assert _pixels(view) == _pixels(fresh_view) == _pixels(made_view)
    for v in (view, fresh_view, made_view):
        v.zoom_reset()
        v.horizontalScrollBar().setValue(300)
        v.verticalScrollBar().setValue(200)
    assert _pixels(view) == _pixels(fresh_view) == _pixels(made_view)


def test_items_taken_out_are_let_go_once_a_later_sync_takes_out_others(qtbot) -> None:
    document = JourneyDocument(make_big_journey(stages=4, cards=60))
    scene = JourneyScene(document)
    scene.select_cards([c.id for c in document.journey.cards[:10]])
    clipboard.copy(scene)
    scene.set_current(None, None)
    first = clipboard.paste(scene)
    document.undo_stack.undo()
    assert set(scene._spare_cards) == set(first)
    scene.select_cards([c.id for c in document.journey.cards[:3]])
    clipboard.copy(scene)
    second = clipboard.paste(scene)  # the first paste's redo is gone from the stack
    document.undo_stack.undo()
    assert set(scene._spare_cards) == set(second)
