"""An import's column that holds one text throughout (a survey's scale, its segments
where the sheet names none) is repeated on each card instead of picked answer by
answer: each evidence still keeps exactly what its answer said."""

from __future__ import annotations

from journeycanvas.canvas.model import ImportRecord
from journeycanvas.io.importers import aggregate
from journeycanvas.io.importers.provenance import Origins


def _build(segments: list[str], scales: list[str]):
    answers = [
        ("S", f"T{k % 3}", "App", float(k % 5 - 2), f"said {k}", f"R{k}", k + 2, "")
        for k in range(len(segments))
    ]
    n = len(answers)
    said = [str(k % 5 + 1) for k in range(n)]
    origins = Origins(said, scales, segments, [b"k" * 8] * n, [""] * n)
    record = ImportRecord(source="s.xlsx", sha256="0" * 64)
    journey = aggregate.build(
        aggregate.new_journey("t", "en"), answers, record, "s.xlsx", "answers", None, origins
    )
    return [c for c in journey.cards if c.evidence]


def test_a_column_of_one_text_is_kept_on_every_answer() -> None:
    cards = _build(["new"] * 9, ["1-5"] * 9)
    assert [len(c.evidence) for c in cards] == [3, 3, 3]
    for card in cards:
        assert card.evidence.segments == ("new",) * 3
        assert card.evidence.column("scale") == ("1-5",) * 3
        assert card.evidence.checked


def test_a_column_of_texts_that_differ_keeps_each_answers_own() -> None:
    segments = [f"g{k}" for k in range(9)]
    scales = ["1-5"] * 8 + ["1-7"]  # the last answer differs: the column is not one text
    cards = _build(segments, scales)
    by_title = {c.title: c for c in cards}
    assert by_title["T0"].evidence.segments == ("g0", "g3", "g6")
    assert by_title["T2"].evidence.column("scale") == ("1-5", "1-5", "1-7")


def test_a_column_that_only_looks_like_one_value_is_judged_whole() -> None:
    # 1.0 == True: a score column is never taken for one value, so a wrong type still
    # leaves the tables unchecked (the save then judges them, as before).
    answers = [("S", "T", "", 1.0, "x", "", 2, ""), ("S", "T", "", True, "y", "", 3, "")]
    _columns, checked, same = aggregate._columns(answers, None, {"source": "s.csv"})
    assert "score" not in same
    assert not checked
