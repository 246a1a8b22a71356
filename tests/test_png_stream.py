"""The banded PNG writer: every row it is given, byte for byte, in a file any reader opens.

io/exporters/png_stream.py copies the rows once from the image's memory (rows
sit ``stride`` bytes apart, with padding a PNG must not carry) into one buffer
with their filter bytes. The file must be the very one the rows joined the old
way gave, and decode to the pixels.
"""

from __future__ import annotations

import io
import random
import zlib

import pytest
from PIL import Image

from journeycanvas.io.exporters import png_stream
from journeycanvas.io.exporters.png_stream import PngStream


def _rows(width: int, height: int, stride: int, channels: int, seed: int) -> bytes:
    """Rows of flat colour with noise (as a poster: runs of paper, bits of ink), padded."""
    rng = random.Random(seed)
    out = bytearray()
    for _ in range(height):
        row = bytearray(rng.choice([b"\xff", b"\x10", b"\x80"]) * (width * channels))
        for _dot in range(width // 7):
            row[rng.randrange(len(row))] = rng.randrange(256)
        out += row + bytes([0xAB]) * (stride - width * channels)  # padding, never written
    return bytes(out)


def _joined_reference(width, height, rows: list[tuple[bytes, int, int]], channels: int) -> bytes:
    """The IDAT data the writer made before: all rows of a band joined, then compressed."""
    z = zlib.compressobj(png_stream.COMPRESSION)
    data = b""
    for band, count, stride in rows:
        raw = b"".join(
            b"\x00" + band[i * stride : i * stride + width * channels] for i in range(count)
        )
        data += z.compress(raw)
    return data + z.flush()


@pytest.mark.parametrize("alpha", [False, True])
def test_rows_written_one_by_one_make_the_same_file_and_pixels(alpha):
    channels = 4 if alpha else 3
    width, stride = 301, 301 * channels + 3
    bands = [
        (_rows(width, n, stride, channels, seed), n, stride) for seed, n in enumerate((7, 40, 1))
    ]
    height = sum(n for _, n, _ in bands)
    out = io.BytesIO()
    png = PngStream(out, width, height, alpha=alpha, dpi=300)
    for band, count, s in bands:
        png.write_rows(memoryview(band), count, s)
    png.close()
    data = out.getvalue()

    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (width, height)
        assert image.mode == ("RGBA" if alpha else "RGB")
        pixels = image.tobytes()
    expected = b"".join(
        band[i * s : i * s + width * channels] for band, count, s in bands for i in range(count)
    )
    assert pixels == expected

    # The compressed data (all IDAT chunks together) is what joining the rows first gave.
    idat, pos = b"", 8
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    assert idat == _joined_reference(width, height, bands, channels)


def test_a_short_image_is_refused_at_close():
    png = PngStream(io.BytesIO(), 4, 3, alpha=False, dpi=None)
    png.write_rows(bytes(4 * 3 * 2), 2, 12)
    with pytest.raises(ValueError, match="wrote 2 of 3 rows"):
        png.close()


@pytest.mark.parametrize("width", [100, 101, 102, 103])  # every padding a line can have
def test_filtered_rows_are_convert_to_formats_pixels_after_a_zero(qapp, width):
    """The poster's bands are packed by Qt into lines one byte longer than their pixels
    (png.filtered_rows); the bytes must be those convertToFormat gives, each row after
    a filter byte 0, whatever the width's padding."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from journeycanvas.io.exporters.png import filtered_rows

    height, first, rows = 40, 3, 30
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rng = random.Random(width)
    for _ in range(150):
        painter.setBrush(QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        painter.drawEllipse(QRectF(rng.uniform(0, width), rng.uniform(0, height), 7.3, 5.1))
    painter.end()
    packed = image.convertToFormat(QImage.Format.Format_RGB888)
    stride, data = packed.bytesPerLine(), bytes(packed.constBits())
    expected = b"".join(
        b"\x00" + data[y * stride : y * stride + width * 3] for y in range(first, first + rows)
    )
    assert bytes(filtered_rows(image, first, rows)) == expected


def test_filtered_rows_of_the_wrong_length_are_refused():
    png = PngStream(io.BytesIO(), 4, 3, alpha=False, dpi=None)
    with pytest.raises(ValueError, match="not 2 filtered rows"):
        png.write_filtered(bytes(2 * 13 - 1), 2)
    png.write_filtered(bytes(3 * 13), 3)
    png.close()
