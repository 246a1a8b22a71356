"""Helpers for the export tests: sample journeys and reading back what a PDF draws."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream

from journeycanvas.canvas.model import Journey
from journeycanvas.io import journey_file
from journeycanvas.resources import template_names, template_path

SAMPLES = [name for name in template_names() if name.startswith("sample-")]


def sample(name: str) -> Journey:
    return journey_file.load(template_path(name))


def squash(text: str) -> str:
    """Text without whitespace: a wrapped title's line break must not hide it."""
    return "".join(text.split())


def page_ops(reader: PdfReader, index: int) -> list[tuple[list, bytes]]:
    page = reader.pages[index]
    return ContentStream(page.get_contents(), reader).operations


def _concat(m, n):
    """PDF matrix product m × n, both as (a, b, c, d, e, f)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def map_transform(reader: PdfReader, index: int) -> tuple[float, float, float]:
    """(x, y, scale) of the map form on a page: the page's transform where it does ``Do``."""
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    ctm, stack = identity, []
    for operands, op in page_ops(reader, index):
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            ctm = _concat(tuple(float(v) for v in operands), ctm)
        elif op == b"Do":
            assert abs(ctm[0] - ctm[3]) < 1e-6 and ctm[1] == ctm[2] == 0
            return ctm[4], ctm[5], ctm[0]
    raise AssertionError(f"page {index} does not place the map")


def clip_rect(reader: PdfReader, index: int) -> tuple[float, float, float, float]:
    """The first rectangle a page clips to (x, y, w, h): a tile's printable window."""
    ops = page_ops(reader, index)
    for i, (operands, op) in enumerate(ops):
        if op == b"re" and i + 1 < len(ops) and ops[i + 1][1] in (b"W", b"W*"):
            return tuple(float(v) for v in operands)
    raise AssertionError(f"page {index} has no clip rectangle")


def media_size(reader: PdfReader, index: int) -> tuple[float, float]:
    box = reader.pages[index].mediabox
    return float(box.width), float(box.height)


def _fonts_in(resources, out: dict) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        out[str(font.get("/BaseFont"))] = font
    for xobj in (resources.get("/XObject") or {}).values():
        xobj = xobj.get_object()
        if xobj.get("/Subtype") == "/Form":
            _fonts_in(xobj.get("/Resources"), out)


def embedded_fonts(path: Path) -> tuple[list[str], list[str]]:
    """Fonts the pages use (forms included), split into embedded and not embedded."""
    reader = PdfReader(path)
    fonts: dict = {}
    for page in reader.pages:
        _fonts_in(page.get("/Resources"), fonts)
    embedded, missing = [], []
    for name, font in fonts.items():
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        has_file = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        (embedded if has_file else missing).append(name)
    return embedded, missing
