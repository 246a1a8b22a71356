"""A paragraph's fonts, remembered by its pattern of class letters, are the ones worked
out for it alone.

The first layout of a research journey measures a thousand distinct titles twice (bold
on the cards, regular under the curve's points) that share a handful of patterns
("接触点 01-01"): which font each character takes, and which shared characters (spaces,
quotes, dashes) go to the CJK font, follow from the class letters alone, so they are
remembered per pattern (text_metrics._fonts_of). Each paragraph must be measured exactly
as before: the same fonts, widths and prefix sums to the bit.
"""

from __future__ import annotations

from itertools import accumulate

from hypothesis import example, given, settings
from hypothesis import strategies as st

from journeycanvas.canvas import text_metrics
from journeycanvas.canvas.text_metrics import (
    _FONT_LETTER,
    _SHARED_CHAR,
    CJK,
    FontMetrics,
    Paragraph,
    _fill_shared,
)

#: Latin, CJK, shared (spaces, quotes, dashes, dots), digits, punctuation, undrawable.
_CHARS = st.sampled_from(
    [*"ab Zé1-0接触点，。“”‘’…—–·• \u00a0([)]!?", "\u2603", "\u200b", "\U0001f600"]
)


def _paragraph_alone(fm: FontMetrics, text: str) -> Paragraph:
    """The paragraph as main's code (f62a64d) worked every one out, nothing remembered."""
    classes = text.translate(fm._classes)
    if "X" in classes or "I" in classes:
        text = fm.drawable(text)
        classes = text.translate(fm._classes)
    fonts = classes.translate(_FONT_LETTER)
    if "?" in fonts:
        fonts = _fill_shared(fonts)
    widths = list(map(fm._own_width.__getitem__, text))
    if "C" in fonts and ("S" in classes or " " in classes):
        cjk = fm._width_in[CJK]
        for m in _SHARED_CHAR.finditer(classes):
            k = m.start()
            if fonts[k] == "C":
                widths[k] = cjk[text[k]]
    return Paragraph(text, fonts, list(accumulate(widths, initial=0.0)), classes)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.text(_CHARS, max_size=24), min_size=1, max_size=12), bold=st.booleans())
@example(texts=["接触点 01-01", "接触点 01-02", "Checkout “fast” — 3", "‘’ “引” 接触"], bold=True)
def test_remembered_fonts_measure_each_paragraph_as_alone(texts, bold):
    fm = FontMetrics(bold)
    for text in texts:  # several texts of one pattern: the later ones take it remembered
        got = fm.paragraph(text)
        want = _paragraph_alone(fm, text)
        assert got == want
        assert [w.hex() for w in got.prefix] == [w.hex() for w in want.prefix]


def test_titles_of_one_pattern_share_their_fonts():
    fm = FontMetrics(True)
    text_metrics._FONTS_OF.clear()
    first = fm.paragraph("接触点 01-01")
    second = fm.paragraph("接触点 07-32")
    assert first.classes == second.classes
    assert len(text_metrics._FONTS_OF) == 1  # worked out once, for the first
    assert second.fonts == _paragraph_alone(fm, "接触点 07-32").fonts
