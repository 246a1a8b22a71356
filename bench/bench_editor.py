"""How fluid the editor stays on a big map (40 stages, 2,000 cards).

Prints, in one run:
  open     load the file + first layout + building the scene, against json.loads
           of the same file (the least any opening could cost) as a ratio;
  drag     per-frame time while dragging one card (a mouse move sent to the
           viewport and the repaint it causes), p50/p95, at 100 % and zoomed to fit;
  paste    undo and redo of a 200-card paste (the model swap, re-layout, scene sync
           and repaint).
Targets (issue 3): open < 1.5 s, drag p95 < 16 ms/frame, undo/redo < 100 ms;
issue 17: fitted full repaint < 16 ms, undo/redo < 50 ms, drag p95 < 8 ms.
``--json`` adds a last line of figures for ``bench_research.py``.

    QT_QPA_PLATFORM=offscreen python bench/bench_editor.py [--json]
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_big_journey import make_big_journey
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from journeycanvas.app.main import create_application
from journeycanvas.canvas import clipboard
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.scene import JourneyScene
from journeycanvas.canvas.view import JourneyView
from journeycanvas.io import journey_file


def best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def mouse(view: JourneyView, kind: QEvent.Type, local: QPointF, buttons) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    glob = QPointF(view.viewport().mapToGlobal(local.toPoint()))
    event = QMouseEvent(kind, local, glob, button, buttons, Qt.KeyboardModifier.NoModifier)
    _send(view, event)


def _send(view: JourneyView, event: QMouseEvent) -> None:
    QApplication.sendEvent(view.viewport(), event)


def drag_frames(view: JourneyView, scene: JourneyScene, card_id: str, moves: int) -> list[float]:
    """Milliseconds per frame: one mouse move plus the repaint it causes."""
    rect = scene.cards[card_id].layout.rect
    start = QPointF(view.mapFromScene(QPointF(rect.x + 20, rect.y + 10)))
    left = Qt.MouseButton.LeftButton
    mouse(view, QEvent.Type.MouseButtonPress, start, left)
    view.viewport().repaint()
    frames = []
    for i in range(1, moves + 1):
        at = start + QPointF(3.0 * i, 1.5 * i)
        t = time.perf_counter()
        mouse(view, QEvent.Type.MouseMove, at, left)
        # Paint what the move made dirty, as the event loop would before the next frame.
        QApplication.processEvents()
        frames.append((time.perf_counter() - t) * 1000)
    mouse(view, QEvent.Type.MouseButtonRelease, at, Qt.MouseButton.NoButton)
    return frames


def main() -> int:
    as_json = "--json" in sys.argv[1:]
    app = create_application()
    journey = make_big_journey()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.journey"
        journey_file.save(journey, path)
        text = path.read_text(encoding="utf-8")
        baseline = best_of(3, lambda: json.loads(text))

        t = time.perf_counter()
        loaded = journey_file.load(path)
        document = JourneyDocument(loaded)
        scene = JourneyScene(document)
        open_s = time.perf_counter() - t
    view = JourneyView(scene)
    view.resize(1600, 1000)
    view.show()
    app.processEvents()
    t = time.perf_counter()
    view.viewport().repaint()
    first_paint = time.perf_counter() - t

    print(f"map: {len(loaded.stages)} stages, {len(loaded.cards)} cards, {len(text) // 1024} KiB")
    print(
        f"open (load + layout + scene): {open_s * 1000:7.1f} ms   "
        f"baseline json.loads: {baseline * 1000:6.1f} ms   ratio {open_s / baseline:5.1f}x   "
        f"target < 1500 ms  {'OK' if open_s < 1.5 else 'SLOW'}"
    )
    print(f"first full repaint at 100 %:  {first_paint * 1000:7.1f} ms")

    view.fit_to_window()
    app.processEvents()
    fit_paints = []
    for _ in range(7):
        t = time.perf_counter()
        view.viewport().repaint()
        fit_paints.append(time.perf_counter() - t)
    fit_paint = statistics.median(fit_paints)
    print(
        f"full repaint, whole map in view ({view.zoom() * 100:.0f} %): {fit_paint * 1000:7.1f} ms"
        "   (median of 7)"
    )

    card_id = "c00041"  # a card near the top-left: the drag stays in view
    results = {}
    for label, setup in (("100 %", view.zoom_reset), ("fit", view.fit_to_window)):
        setup()
        view.ensureVisible(scene.cards[card_id], 200, 200)
        app.processEvents()
        frames = drag_frames(view, scene, card_id, 60)
        results[label] = frames
        p95 = pct(frames, 95)
        print(
            f"drag one card at {label:5}: p50 {statistics.median(frames):6.2f} ms  "
            f"p95 {p95:6.2f} ms/frame   target < 16  {'OK' if p95 < 16 else 'SLOW'}"
        )
    document.undo_stack.clear()

    view.zoom_reset()
    ids = [c.id for c in document.journey.cards[:200]]
    scene.select_cards(ids)
    clipboard.copy(scene)
    scene.set_current(None, None)  # paste each card into its own cell
    t = time.perf_counter()
    pasted = clipboard.paste(scene)
    paste_s = time.perf_counter() - t
    assert len(pasted) == 200 and len(document.journey.cards) == 2200
    undo_times, redo_times = [], []
    for _ in range(5):
        t = time.perf_counter()
        document.undo_stack.undo()
        view.viewport().repaint()
        undo_times.append(time.perf_counter() - t)
        assert len(document.journey.cards) == 2000
        t = time.perf_counter()
        document.undo_stack.redo()
        view.viewport().repaint()
        redo_times.append(time.perf_counter() - t)
    undo_ms, redo_ms = statistics.median(undo_times) * 1000, statistics.median(redo_times) * 1000
    print(f"paste 200 cards: {paste_s * 1000:7.1f} ms")
    print(
        f"undo of the paste: {undo_ms:6.1f} ms   redo: {redo_ms:6.1f} ms   (median of 5)   "
        f"target < 100  {'OK' if max(undo_ms, redo_ms) < 100 else 'SLOW'}"
    )
    if as_json:
        figures = {
            "open_s": open_s,
            "fit_paint_ms": fit_paint * 1000,
            "undo_ms": undo_ms,
            "redo_ms": redo_ms,
            "drag_p95_100_ms": pct(results["100 %"], 95),
            "drag_p95_fit_ms": pct(results["fit"], 95),
        }
        print(json.dumps(figures))
    # Tear down in order (view, scene, then the application), or Qt may crash at exit.
    view.close()
    view.setScene(None)
    del view, scene
    document.undo_stack.clear()
    QApplication.clipboard().clear()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
