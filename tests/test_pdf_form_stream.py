"""The map form's operators are compressed on a second thread while the rest is drawn,
into the very bytes one zlib.compress of the whole stream made after the drawing.

io/exporters/pdf_form_stream.py hands the operators written so far to a thread at a
few points of the drawing; deflate fed in pieces without flushing writes what it
writes for the whole. Compared here: the stream's raw and compressed bytes against
the old way (join everything at the end, encode, compress at the form's level), and
whole PDF files written both ways in reportlab's invariant mode (no dates or ids).
"""

from __future__ import annotations

import threading
import zlib
from io import BytesIO

import pytest
from export_helpers import SAMPLES, sample
from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import pdfdocEnc
from reportlab.pdfgen.canvas import Canvas

from journeycanvas.canvas.layout import compute_layout
from journeycanvas.io.exporters import pdf_drawing
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.pdf_form_stream import FormStream


def _whole(c: Canvas, level: int = pdf_drawing.FORM_COMPRESSION) -> tuple[bytes, bytes]:
    """The old way: every operator joined after the drawing, encoded, compressed."""
    text = "\n".join([c._preamble, *c._code])
    try:
        raw = text.encode("ascii")
    except UnicodeEncodeError:
        raw = pdfdocEnc(text)
    return raw, zlib.compress(raw, level)


class _AtTheEnd:
    """A FormStream that sends nothing on the way: the old way, as the reference."""

    def __init__(self, c: Canvas, level: int) -> None:
        self._c, self._level = c, level

    def send(self) -> None:
        pass

    def finish(self) -> tuple[bytes, bytes]:
        return _whole(self._c, self._level)

    def abandon(self) -> None:
        pass


def _form_canvas() -> Canvas:
    pdf_drawing.register_font()
    c = Canvas(BytesIO())
    c.beginForm("f", 0, 0, 100, 100)
    return c


@pytest.mark.parametrize("every", [1, 7, 500, 10**9])
def test_pieces_sent_on_the_way_compress_to_the_whole_streams_bytes(every):
    c = _form_canvas()
    stream = FormStream(c, 3)
    for i in range(3000):
        c._code.append(f"{i % 97} {i * 0.37:.2f} m {(i * 31) % 1000} {i} l S")
        if not i % every:
            stream.send()
    assert stream.finish() == _whole(c, 3)


def test_text_outside_ascii_goes_through_reportlabs_codec_piece_by_piece():
    c = _form_canvas()
    stream = FormStream(c, 3)
    c._code.append("BT (plain) Tj ET")
    stream.send()
    c._code.append("BT (caf\u00e9 \u00fc) Tj ET")  # PDFDocEncoding has these, ASCII not
    stream.send()
    c._code.append("BT (again) Tj ET")
    raw, packed = stream.finish()
    assert (raw, packed) == _whole(c, 3)
    assert b"caf\xe9" in raw


def test_a_form_with_nothing_drawn_is_its_preamble():
    c = _form_canvas()
    stream = FormStream(c, 3)
    stream.send()
    assert stream.finish() == _whole(c, 3)


def test_an_operator_list_replaced_on_the_way_is_compressed_whole():
    c = _form_canvas()
    stream = FormStream(c, 3)
    c._code.append("1 0 0 1 5 5 cm")
    stream.send()
    c._code = ["q", "0 0 10 10 re f", "Q"]  # not the list the stream was reading
    stream.send()
    assert stream.finish() == _whole(c, 3)


def test_a_failed_drawing_leaves_no_thread_behind(monkeypatch):
    layout = compute_layout(sample(SAMPLES[0]))

    def broken(*args, **kwargs):
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(pdf_drawing, "draw_runs", broken)
    with pytest.raises(RuntimeError):
        pdf_drawing.define_map_form(Canvas(BytesIO()), layout)
    assert not [t for t in threading.enumerate() if t.name == "pdf-form-zlib"]


@pytest.mark.parametrize(
    "options",
    [ExportOptions(paper="A3"), ExportOptions(paper="A3", tile="A4"), ExportOptions(bleed_mm=3)],
    ids=["sheet", "tiled", "bleed"],
)
def test_the_posters_file_is_byte_for_byte_the_one_compressed_at_the_end(
    tmp_path, monkeypatch, options
):
    monkeypatch.setattr(rl_config, "invariant", 1)
    journey = sample(SAMPLES[0])
    monkeypatch.setattr(pdf_drawing, "SEND_EVERY", 5)  # many pieces sent on the way
    assert len(compute_layout(journey).cards) > 20
    on_the_way = export(journey, tmp_path / "on-the-way.pdf", options).read_bytes()
    monkeypatch.setattr(pdf_drawing, "FormStream", _AtTheEnd)
    at_the_end = export(journey, tmp_path / "at-the-end.pdf", options).read_bytes()
    assert on_the_way == at_the_end
    assert len(on_the_way) > 10_000
