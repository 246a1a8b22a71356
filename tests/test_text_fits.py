"""Text never leaves its card: closing marks, long URLs and unbroken words included."""

from __future__ import annotations

import pytest
from conftest import make_journey
from export_helpers import SAMPLES, sample
from hypothesis import example, given, settings
from hypothesis import strategies as st

from journeycanvas.canvas.layout import METRICS, compute_layout
from journeycanvas.canvas.text_metrics import metrics

URL = "https://example.com/checkout/confirm?order=2026-000123456789&session=abcdefghijklmnop"
WORD = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"


def _overhangs(layout):
    """Every text run that reaches past its card's inner edge, in points."""
    pad = METRICS.card_padding
    out = []
    for card in layout.cards:
        for run in card.texts:
            over = run.x + run.width - (card.rect.right - pad)
            if over > 0.01 or run.x < card.rect.x + pad - 0.01:
                out.append((card.card_id, run.text, round(over, 2)))
    return out


@pytest.mark.parametrize("name", SAMPLES)
def test_no_text_overhangs_a_card_in_any_sample(name):
    assert _overhangs(compute_layout(sample(name))) == []


def test_two_closing_marks_in_a_row_stay_inside():
    fm = metrics()
    text = "他说这门课很好。”然后她问：“真的吗？”我说是的。”"
    limit = fm.width("他说这门课很好。", 12)  # the line is full just before the marks
    lines = fm.wrap(text, limit, 12)
    assert all(fm.width(line, 12) <= limit + 1e-6 for line in lines), lines
    assert not any(line[0] in "。”，？" for line in lines[1:]), lines
    assert "".join(lines) == text


@pytest.mark.parametrize("title", [URL, WORD, f"See {URL} for details", f"Das ist {WORD}."])
def test_a_long_url_or_word_breaks_inside_the_card(title):
    journey = make_journey()
    journey.cards[0].title = title
    journey.cards[1].body = title
    layout = compute_layout(journey)
    assert _overhangs(layout) == []
    runs = [r for r in layout.card(journey.cards[0].id).texts if r.size == METRICS.card_title_size]
    assert "".join(r.text for r in runs).replace(" ", "") == title.replace(" ", "")


_ALPHABET = st.sampled_from(
    list("abcdefghij xyz/?=&-._ ")
    + list("的一是不了人我在有他这中大来上个国")
    + list("。，、；：？！”“（）《》…—")
    + ["https://", "www.", WORD[:20]]
)


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(_ALPHABET, min_size=1, max_size=60).map("".join),
    width=st.floats(min_value=30, max_value=220),
)
@example(text="iwww.\u201d的aa", width=30.0)  # "”" opens line 2 in the Latin font it had
def test_no_wrapped_line_is_wider_than_the_limit(text, width):
    fm = metrics()
    size = 10
    # Fonts are resolved per paragraph (a shared mark such as "”" after Latin text
    # keeps the Latin font at the start of the next line), so a line is measured as it
    # is drawn: by its pieces, not by resolving its text again on its own.
    wrapped = fm.wrap_pieces(text, width, size)
    lines = [line for line, _ in wrapped]
    for line, pieces in wrapped:
        drawn = sum(piece.width for piece in pieces) * size
        assert drawn <= width + 1e-6, (line, lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
