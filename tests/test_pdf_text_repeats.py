"""A poster's repeated texts are formatted once (pdf_drawing.draw_runs), to the same bytes.

The fast path keeps each span's operators by its text, font, size, leading and the
font subset in force before it. These tests draw the same runs with every span
formatted afresh (the loop as it was) and compare the text object's operators and
the whole file byte for byte, on runs that repeat across font, size and subset
changes: more than 256 different CJK characters, so the CJK font needs a second
subset and a repeated text can follow either subset.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.pdfgen.canvas import Canvas

from journeycanvas.canvas import style
from journeycanvas.canvas.fonts import stroke_width
from journeycanvas.canvas.layout import TextRun
from journeycanvas.canvas.text_metrics import PDF_FONT_NAMES
from journeycanvas.io.exporters import pdf_drawing
from journeycanvas.io.exporters.pdf_drawing import draw_runs, number, rgb

#: 300 different CJK characters: the first subset of a TrueType font holds fewer.
MANY_CJK = "".join(chr(0x4E00 + i) for i in range(300))


def _runs() -> list[TextRun]:
    texts = ["Checkout", "12 answers", "结账 Checkout", "Pay €5 — done", "结账"]
    runs = []
    y = 20.0
    for rnd in range(3):
        for i, text in enumerate(texts):
            size = (7.0, 9.5, 12.0)[(i + rnd) % 3]
            color = ("#112233", "#AA0000")[i % 2]
            runs.append(TextRun(text, 10.0 + i, y, size, color, bold=i == 3))
            y += 11.0
        # New CJK characters between the rounds: later repeats follow another subset.
        chunk = MANY_CJK[rnd * 100 : (rnd + 1) * 100]
        runs.append(TextRun(chunk[:50], 10.0, y, 9.5))
        runs.append(TextRun(chunk[50:], 10.0, y + 11.0, 9.5))
        y += 22.0
    # One font and size throughout: "结账" after the second subset must switch back to
    # the first; after itself, not.
    for text in ("结账", "结账", MANY_CJK[250:], "结账", "结账", MANY_CJK[250:], "结账"):
        runs.append(TextRun(text, 10.0, y, 8.0))
        y += 11.0
    runs.append(TextRun("", 0.0, 0.0, 9.5))
    return runs


def _formatting_every_span(c: Canvas, runs) -> None:
    """draw_runs as it was: every span's text formatted by reportlab afresh."""
    text = c.beginText()
    code = text._code
    font = size = color = None
    for run in runs:
        if not run.spans:
            continue
        if run.color != color:
            color = run.color
            text.setFillColor(rgb(color))
            text.setStrokeColor(rgb(color))
        for span in run.spans:
            if span.font != font or run.size != size:
                font, size = span.font, run.size
                text.setFont(PDF_FONT_NAMES[font], size, size * style.METRICS.line_spacing)
                stroke = stroke_width(font, size)
                if stroke:
                    pdf_drawing._text_line_width(text, stroke)
                text.setTextRenderMode(2 if stroke else 0)
            code.append(f"1 0 0 -1 {number(run.x + span.dx)} {number(run.y)} Tm")
            code.append(text._formatText(span.text))
    c.drawText(text)


def _pdf(draw) -> tuple[str, bytes]:
    pdf_drawing.register_font()
    out = BytesIO()
    c = Canvas(out, invariant=1, initialFontName=pdf_drawing.register_font())
    draw(c, _runs())
    code = "\n".join(c._code)
    c.showPage()
    c.save()
    return code, out.getvalue()


def test_the_runs_repeat_texts_across_two_subsets_of_one_font():
    code, _ = _pdf(draw_runs)
    fonts = {word for word in code.split() if word.startswith("/F")}
    subsets = {name.split("+")[0] for name in fonts if not name.endswith("+0")}
    assert subsets, fonts  # some font has a second subset
    texts = [s.text for r in _runs() for s in r.spans]
    assert len(texts) > len(set(texts))


def test_repeated_texts_give_the_same_operators_and_file_as_formatting_each():
    fast_code, fast_file = _pdf(draw_runs)
    slow_code, slow_file = _pdf(_formatting_every_span)
    assert fast_code == slow_code
    assert fast_file == slow_file


def _after_translucent_marks(draw):
    """``draw`` after marks that left the canvas half translucent: the runs' colours
    must set their alphas back, each after its colour, as reportlab's setters do."""

    def drawing(c: Canvas, runs) -> None:
        c.setFillAlpha(0.4)
        c.setStrokeAlpha(0.6)
        c.rect(0, 0, 5, 5, fill=1)
        draw(c, runs)

    return drawing


def test_colour_and_font_switches_write_what_reportlabs_setters_write():
    """draw_runs sets a colour, a font and its render mode from remembered operators
    (and an alpha only when it changes): the same operators and file as the setters,
    also after a translucent state that the first colour's alphas must undo."""
    for wrap in (lambda draw: draw, _after_translucent_marks):
        fast_code, fast_file = _pdf(wrap(draw_runs))
        slow_code, slow_file = _pdf(wrap(_formatting_every_span))
        assert fast_code == slow_code
        assert fast_file == slow_file
    code, _ = _pdf(_after_translucent_marks(draw_runs))
    # two before the runs, one as the first colour sets the fill alpha back to 1 (a text
    # object has no stroke alpha of its own to set)
    assert code.count(" gs") == 3
