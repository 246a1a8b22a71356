"""Opening a map keeps the garbage collector from walking what the opening made.

Issue 17: the research journey's objects and its items set off ~150 ms of collector
passes while the scene was built (and a pass over all of them could land in the
first paint). The scene is built with the collector paused and, when that made many
objects, they are frozen out of its passes; a small map leaves the collector alone.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from make_big_journey import make_big_journey

from journeycanvas.canvas import collector
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.scene import JourneyScene


@pytest.fixture
def unfrozen():
    yield
    gc.unfreeze()  # what a test froze goes back to the collector


def test_an_opening_that_made_many_objects_freezes_them_and_runs_no_pass(unfrozen):
    passes: list[int] = []

    def count(phase, info):
        if phase == "start":
            passes.append(info["generation"])

    gc.callbacks.append(count)
    try:
        before = gc.get_freeze_count()
        with collector.opening():
            assert not gc.isenabled()
            made = [[i] for i in range(collector.FREEZE_ABOVE + 10_000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= before + len(made)
        assert gc.get_count()[0] < 1_000  # nothing young left for a pass to walk
        assert passes == []
    finally:
        gc.callbacks.remove(count)


def test_a_small_map_is_left_to_the_collector(qapp, unfrozen):
    gc.collect()
    before = gc.get_freeze_count()
    scene = JourneyScene(JourneyDocument(make_big_journey(stages=4, cards=80)))
    assert scene.cards  # it was built
    assert gc.isenabled()
    assert gc.get_freeze_count() == before


def test_the_collector_stays_off_when_it_was_off(unfrozen):
    gc.disable()
    try:
        with collector.opening():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def _passes_during(fn) -> list[int]:
    passes: list[int] = []

    def count(phase, info):
        if phase == "start":
            passes.append(info["generation"])

    gc.callbacks.append(count)
    try:
        fn()
    finally:
        gc.callbacks.remove(count)
    return passes


def test_loading_a_big_file_freezes_its_journey_and_runs_no_pass(tmp_path, monkeypatch, unfrozen):
    """Issue 17: the research journey's load ended in a 30 ms pass over its evidence
    columns (26,000 objects holding millions of values: under the count's threshold).
    A file from FREEZE_FROM_BYTES on is frozen as it is loaded; the same journey
    loads as it did."""
    from journeycanvas.io import journey_file

    path = tmp_path / "big.journey"
    journey_file.save(make_big_journey(stages=4, cards=80), path, keep_backup=False)
    size = path.stat().st_size
    monkeypatch.setattr(journey_file, "FREEZE_FROM_BYTES", size)  # "big" from this file on
    gc.collect()
    before = gc.get_freeze_count()
    loaded: list = []
    passes = _passes_during(lambda: loaded.append(journey_file.load(path)))
    assert gc.isenabled()
    assert gc.get_freeze_count() > before
    assert gc.get_count()[0] < 1_000  # nothing young left for the next pass to walk
    assert passes == []
    assert loaded[0] == journey_file.load(path)  # the same journey, frozen or not
    gc.unfreeze()

    monkeypatch.setattr(journey_file, "FREEZE_FROM_BYTES", size + 1)  # now a small file
    gc.collect()
    before = gc.get_freeze_count()
    journey_file.load(path)
    assert gc.get_freeze_count() == before
