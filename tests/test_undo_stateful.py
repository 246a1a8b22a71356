"""Random sequences of edits, through the same edits and commands the gestures use.

Whatever was done, undoing every step gives back exactly the opened document,
redoing every step gives back exactly the final one, and at every step the
scene shows exactly the model's cards, stages, lanes and points.
"""

from __future__ import annotations

from conftest import make_journey
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from journeycanvas.canvas import commands, compare, curve_edits, edits
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.model import (
    Card,
    CurveKind,
    EmotionPoint,
    Journey,
    Lane,
    LaneKind,
    LineStyle,
    Link,
    Stage,
    Step,
)
from journeycanvas.canvas.scene import JourneyScene

texts = st.text(alphabet="ab 你好\n", max_size=12)


class EditingSession(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.doc = JourneyDocument(make_journey(stages=3))
        self.scene = JourneyScene(self.doc)
        self.opened = self.doc.journey.model_dump()

    # --- helpers -----------------------------------------------------------------

    @property
    def j(self) -> Journey:
        return self.doc.journey

    def push(self, edit) -> None:
        commands.apply(self.doc, "edit", edit)

    def pick(self, data, items):
        return data.draw(st.sampled_from(items)) if items else None

    def some(self, data, items) -> list:
        if not items:
            return []
        return data.draw(st.lists(st.sampled_from(items), min_size=1, max_size=4, unique=True))

    def cell(self, data) -> tuple[str, str]:
        return self.pick(data, [s.id for s in self.j.stages]), self.pick(
            data, [lane.id for lane in self.j.lanes]
        )

    # --- cards ---------------------------------------------------------------------

    @rule(data=st.data(), title=texts)
    def add_card(self, data, title):
        stage, lane = self.cell(data)
        card = Card(stage_id=stage, lane_id=lane, title=title)
        self.push(lambda j: edits.add_cards(j, [card], data.draw(st.none() | st.integers(0, 3))))

    @rule(data=st.data(), title=texts, color=st.none() | st.sampled_from(["#aa0000", "#00bb00"]))
    def update_card(self, data, title, color):
        cid = self.pick(data, [c.id for c in self.j.cards])
        if cid:
            self.push(lambda j: edits.update_card(j, cid, title=title, color=color))

    @rule(data=st.data())
    def delete_cards(self, data):
        ids = self.some(data, [c.id for c in self.j.cards])
        self.push(lambda j: edits.delete_cards(j, ids))

    @rule(data=st.data(), index=st.none() | st.integers(0, 4))
    def move_cards(self, data, index):
        ids = self.some(data, [c.id for c in self.j.cards])
        if ids:
            stage, lane = self.cell(data)
            self.push(lambda j: edits.move_cards(j, ids, stage, lane, index))

    @rule(data=st.data())
    def duplicate(self, data):
        ids = self.some(data, [c.id for c in self.j.cards])
        self.push(lambda j: edits.duplicate_cards(j, ids)[0])

    @rule(data=st.data(), into_cell=st.booleans())
    def paste(self, data, into_cell):
        cards = [self.j.card(cid) for cid in self.some(data, [c.id for c in self.j.cards])]
        target = self.cell(data) if into_cell else (None, None)
        self.push(lambda j: edits.paste_cards(j, cards, *target)[0])

    # --- stages and lanes ------------------------------------------------------------

    @rule(data=st.data(), name=texts)
    def add_stage(self, data, name):
        index = data.draw(st.integers(0, len(self.j.stages)))
        self.push(lambda j: edits.add_stage(j, Stage(name=name), index))

    @rule(data=st.data())
    def delete_stage(self, data):
        if len(self.j.stages) > 1:
            sid = self.pick(data, [s.id for s in self.j.stages])
            self.push(lambda j: edits.delete_stage(j, sid))

    @rule(data=st.data())
    def move_stage(self, data):
        sid = self.pick(data, [s.id for s in self.j.stages])
        index = data.draw(st.integers(0, len(self.j.stages)))
        self.push(lambda j: edits.move_stage(j, sid, index))

    @rule(data=st.data(), width=st.floats(10, 600))
    def resize_stage(self, data, width):
        sid = self.pick(data, [s.id for s in self.j.stages])
        self.push(lambda j: edits.resize_stage(j, sid, width))

    @rule(data=st.data(), kind=st.sampled_from(list(LaneKind)))
    def add_lane(self, data, kind):
        index = data.draw(st.integers(0, len(self.j.lanes)))
        self.push(lambda j: edits.add_lane(j, Lane(name=kind.value, kind=kind), index))

    @rule(data=st.data())
    def delete_lane(self, data):
        if len(self.j.lanes) > 1:
            lid = self.pick(data, [lane.id for lane in self.j.lanes])
            self.push(lambda j: edits.delete_lane(j, lid))

    @rule(data=st.data())
    def move_lane(self, data):
        lid = self.pick(data, [lane.id for lane in self.j.lanes])
        index = data.draw(st.integers(0, len(self.j.lanes)))
        self.push(lambda j: edits.move_lane(j, lid, index))

    @rule(data=st.data())
    def collapse_lane(self, data):
        lid = self.pick(data, [lane.id for lane in self.j.lanes])
        self.push(lambda j: edits.toggle_lane_collapsed(j, lid))

    # --- the curve -------------------------------------------------------------------

    @rule(data=st.data(), position=st.floats(0, 1), score=st.floats(-2, 2))
    def add_point(self, data, position, score):
        sid = self.pick(data, [s.id for s in self.j.stages])
        curve = self.pick(data, [None, *(c.id for c in self.j.curves)])
        point = EmotionPoint(stage_id=sid, position=position, score=score, curve_id=curve)
        self.push(lambda j: edits.add_point(j, point))

    # --- curves (issue 15) -------------------------------------------------------------

    @rule(data=st.data(), name=texts, kind=st.sampled_from(list(CurveKind)))
    def add_curve(self, data, name, kind):
        curve = curve_edits.new_curve(self.j, name, kind)
        index = data.draw(st.none() | st.integers(0, len(self.j.curves)))
        self.push(lambda j: curve_edits.add_curve(j, curve, index))

    @rule(
        data=st.data(),
        name=texts,
        color=st.sampled_from(["#aa0000", "#00BB00"]),
        line=st.sampled_from(list(LineStyle)),
        shown=st.booleans(),
    )
    def update_curve(self, data, name, color, line, shown):
        cid = self.pick(data, [c.id for c in self.j.curves])
        persona = self.pick(data, [None, *(p.id for p in self.j.personas)])
        if cid:
            fields = data.draw(st.sampled_from(["name", "color", "line", "shown", "persona_id"]))
            value = {"name": name, "color": color, "line": line, "shown": shown,
                     "persona_id": persona}[fields]  # fmt: skip
            self.push(lambda j: curve_edits.update_curve(j, cid, **{fields: value}))

    @rule(data=st.data(), name=texts, segment=st.sampled_from(["", "新客户", "Pro"]))
    def add_data_curve(self, data, name, segment):
        curve = curve_edits.new_curve(self.j, name, CurveKind.SEGMENT, data=True, segment=segment)
        self.push(lambda j: curve_edits.add_curve(j, curve))

    @rule(data=st.data())
    def compare_curves(self, data):
        ids = [None, compare.REST, *(c.id for c in self.j.curves)]
        first, second = self.pick(data, ids), self.pick(data, ids)
        self.push(lambda j: curve_edits.set_comparison(j, first, second))

    @rule(data=st.data())
    def move_curve(self, data):
        cid = self.pick(data, [c.id for c in self.j.curves])
        if cid:
            index = data.draw(st.integers(0, len(self.j.curves)))
            self.push(lambda j: curve_edits.move_curve(j, cid, index))

    @rule(data=st.data())
    def delete_curve(self, data):
        cid = self.pick(data, [c.id for c in self.j.curves])
        if cid:
            self.push(lambda j: curve_edits.delete_curve(j, cid))

    @rule(data=st.data())
    def move_points_to_curve(self, data):
        cid = self.pick(data, [c.id for c in self.j.curves])
        ids = self.some(data, [p.id for p in self.j.emotion_points])
        if cid and ids:
            self.push(lambda j: curve_edits.set_points_curve(j, ids, cid))

    @rule(data=st.data(), position=st.floats(-1, 2), score=st.floats(-5, 5))
    def move_point(self, data, position, score):
        pid = self.pick(data, [p.id for p in self.j.emotion_points])
        if pid:
            sid = self.pick(data, [s.id for s in self.j.stages])
            self.push(
                lambda j: edits.update_point(j, pid, stage_id=sid, position=position, score=score)
            )

    @rule(data=st.data())
    def delete_points(self, data):
        ids = self.some(data, [p.id for p in self.j.emotion_points])
        self.push(lambda j: edits.delete_points(j, ids))

    # --- steps, spans and links --------------------------------------------------------

    def step_ids(self) -> list[str]:
        return [step.id for s in self.j.stages for step in s.steps]

    @rule(data=st.data(), name=texts)
    def add_step(self, data, name):
        sid = self.pick(data, [s.id for s in self.j.stages])
        index = data.draw(st.none() | st.integers(0, 4))
        step = Step(name=name)
        self.push(lambda j: edits.add_step(j, sid, step, index))

    @rule(data=st.data(), name=texts)
    def rename_step(self, data, name):
        step_id = self.pick(data, self.step_ids())
        if step_id:
            self.push(lambda j: edits.update_step(j, step_id, name=name))

    @rule(data=st.data(), index=st.integers(0, 4))
    def move_step(self, data, index):
        step_id = self.pick(data, self.step_ids())
        if step_id:
            self.push(lambda j: edits.move_step(j, step_id, index))

    @rule(data=st.data(), width=st.floats(10, 600))
    def resize_step(self, data, width):
        step_id = self.pick(data, self.step_ids())
        if step_id:
            self.push(lambda j: edits.resize_step(j, step_id, width))

    @rule(data=st.data())
    def delete_step(self, data):
        step_id = self.pick(data, self.step_ids())
        if step_id:
            self.push(lambda j: edits.delete_step(j, step_id))

    @rule(data=st.data(), index=st.none() | st.integers(0, 3))
    def move_cards_to_step(self, data, index):
        ids = self.some(data, [c.id for c in self.j.cards])
        stages = [s for s in self.j.stages if s.steps]
        if ids and stages:
            stage = data.draw(st.sampled_from(stages))
            step_id = data.draw(st.sampled_from([x.id for x in stage.steps]))
            lane = self.pick(data, [lane.id for lane in self.j.lanes])
            self.push(lambda j: edits.move_cards_to_step(j, ids, stage.id, lane, step_id, index))

    @rule(data=st.data(), span=st.integers(1, 5))
    def span_card(self, data, span):
        cid = self.pick(data, [c.id for c in self.j.cards])
        if cid:
            self.push(lambda j: edits.set_span(j, cid, span))

    @rule(data=st.data(), label=texts)
    def link_cards(self, data, label):
        ids = [c.id for c in self.j.cards]
        if len(ids) >= 2:
            a, b = data.draw(st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True))
            link = Link(from_card=a, to_card=b, label=label)
            self.push(lambda j: edits.add_link(j, link))

    @rule(data=st.data())
    def delete_links(self, data):
        ids = self.some(data, [x.id for x in self.j.links])
        if ids:
            self.push(lambda j: edits.delete_links(j, ids))

    @rule(data=st.data())
    def toggle_moment(self, data):
        cid = self.pick(data, [c.id for c in self.j.cards])
        step_id = self.pick(data, self.step_ids())
        if cid:
            self.push(lambda j: edits.toggle_card_moment(j, cid))
        if step_id:
            self.push(lambda j: edits.toggle_step_moment(j, step_id))

    # --- undo and redo midway --------------------------------------------------------

    @rule()
    def undo(self):
        self.doc.undo_stack.undo()

    @rule()
    def redo(self):
        self.doc.undo_stack.redo()

    # --- what must always hold ---------------------------------------------------------

    @invariant()
    def model_is_valid_and_scene_mirrors_it(self):
        j = self.j
        Journey.model_validate(j.model_dump())
        assert set(self.scene.cards) == {c.id for c in j.cards if not j.lane(c.lane_id).collapsed}
        assert {k for kind, k in self.scene.boxes if kind == "stage"} == {s.id for s in j.stages}
        assert {k for kind, k in self.scene.boxes if kind == "lane"} == {x.id for x in j.lanes}
        # Every point of a shown curve is on the map (and draggable); no other is.
        shown = {c.id for c in j.curves if c.shown}
        expanded = any(x.kind == LaneKind.EMOTIONS and not x.collapsed for x in j.lanes)
        on_map = {p.id for p in j.emotion_points if j.curve_of(p) in shown or j.curve_of(p) is None}
        assert set(self.scene.points) == (on_map if expanded else set())
        # A comparison the map prints names two curves, or a segment's curve and the rest.
        pair = compare.compared(j)
        if pair is not None:
            assert pair[1] != compare.REST or compare.segment_of(j, pair[0])
            assert len(compare.difference(j, *pair)) == len(j.stages)
        steps = {step.id for s in j.stages for step in s.steps}
        assert {k for kind, k in self.scene.boxes if kind == "step"} == steps
        shown_cards = set(self.scene.cards)
        assert set(self.scene.links) == {
            x.id for x in j.links if x.from_card in shown_cards and x.to_card in shown_cards
        }

    def teardown(self):
        stack = self.doc.undo_stack
        stack.setIndex(stack.count())  # the last steps may have been undone: redo them first
        final = self.j.model_dump()
        stack.setIndex(0)
        assert self.j.model_dump() == self.opened
        stack.setIndex(stack.count())
        assert self.j.model_dump() == final
        self.scene.deleteLater()


def test_random_edits_undo_to_the_opened_document_and_redo_to_the_final_one(qapp):
    run_state_machine_as_test(
        EditingSession,
        settings=settings(
            max_examples=30,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        ),
    )
