"""The priority matrix, driven by real mouse events: a drag rescores, a click selects."""

from __future__ import annotations

import gestures
from PySide6.QtCore import QPointF

from journeycanvas.canvas import improvements
from journeycanvas.canvas.model import Improvement, ImprovementStatus
from journeycanvas.io import journey_file
from journeycanvas.resources import template_path

editor = gestures.editor_fixture()

OPP = "card-ec-pu-opp-1"  # 提前显示到手价: values 85 / 80, effort 2


def _window(editor):
    window = editor(journey_file.load(template_path("sample-ecommerce-zh")))
    window.matrix_dock.show()
    window.matrix_dock.view.viewport().repaint()
    return window


def test_every_scored_improvement_has_a_dot_in_its_quadrant(editor):
    window = _window(editor)
    view = window.matrix_dock.view
    assert len(view.dots) == 4
    g = view.geometry_
    at = view.dot_center(OPP)
    # Value (85 + 80) / 2 = 82.5 sits above the middle, effort 2 left of it: a quick win.
    assert at.x() < g.left + g.width / 2 and at.y() < g.top + g.height / 2
    assert (at.x(), at.y()) == (g.left + g.width / 4, g.top + (1 - 0.825) * g.height)


def test_dragging_a_dot_rescores_it_as_one_undo_step(editor):
    window = _window(editor)
    view = window.matrix_dock.view
    stack = window.document.undo_stack
    g = view.geometry_
    # Drop at value 30, effort 4: a money pit.
    target = QPointF(g.left + 0.75 * g.width, g.top + 0.7 * g.height)
    gestures.drag(view, view.dot_center(OPP), target)
    imp = window.document.journey.card(OPP).improvement
    assert stack.count() == 1
    assert improvements.value(imp) == 30.0 and imp.effort == 4.0
    # The gap between customer and business value (85 vs 80) is kept: 32.5 / 27.5.
    assert (imp.customer_value, imp.business_value) == (32.5, 27.5)
    assert improvements.quadrant(imp) == "money_pit"
    assert abs(improvements.priority(imp) - 7.5) < 1e-9  # 30 / 4
    stack.undo()
    back = window.document.journey.card(OPP).improvement
    assert (back.customer_value, back.business_value, back.effort) == (85, 80, 2)
    assert view.dot_center(OPP) != target


def test_clicking_a_dot_selects_its_card_on_the_map(editor):
    window = _window(editor)
    view = window.matrix_dock.view
    gestures.click(view, view.dot_center(OPP))
    assert window.scene.selected_card_ids() == [OPP]
    assert window.document.undo_stack.count() == 0
    assert window.inspector.improvement_editor.status.currentData() == "done"


def test_an_unscored_improvement_has_no_dot():
    from journeycanvas.canvas.model import Card, Journey, Lane, LaneKind, Stage

    j = Journey(
        stages=[Stage(id="s", name="S")],
        lanes=[Lane(id="l", name="O", kind=LaneKind.OPPORTUNITIES)],
        cards=[
            Card(id="a", stage_id="s", lane_id="l", improvement=Improvement()),
            Card(
                id="b",
                stage_id="s",
                lane_id="l",
                improvement=Improvement(
                    status=ImprovementStatus.DONE, customer_value=0, business_value=0, effort=5
                ),
            ),
        ],
    )
    dots = improvements.matrix_dots(j, improvements.MatrixGeometry())
    assert [d.card_id for d in dots] == ["b"]
