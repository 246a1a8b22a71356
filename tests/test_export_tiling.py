"""Tiled posters: the right sheets, labelled, overlapping by exactly the overlap chosen."""

from __future__ import annotations

import pytest
from export_helpers import SAMPLES, clip_rect, map_transform, media_size, sample, squash
from pypdf import PdfReader

from journeycanvas.canvas.layout import compute_layout
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.paper import MM, PAPER_SIZES_MM
from journeycanvas.io.exporters.tiling import tile_grid


def _tiled(journey, tmp_path, **kw):
    options = ExportOptions(**kw)
    layout = compute_layout(journey)
    grid = tile_grid(options, layout.width, layout.height)
    reader = PdfReader(export(journey, tmp_path / "tiles.pdf", options))
    return grid, reader


@pytest.mark.parametrize("overlap", [0.0, 10.0, 25.0])
def test_adjacent_sheets_repeat_exactly_the_overlap(tmp_path, overlap):
    journey = sample("sample-ecommerce-zh")
    grid, reader = _tiled(journey, tmp_path, paper="A1", tile="A4", overlap_mm=overlap)
    assert grid.rows > 1 and grid.cols > 1
    want = overlap * MM

    def page(row, col):
        return 1 + row * grid.cols + col

    def window(row, col):
        """The stretch of the poster a sheet shows, in poster points (x right, y up)."""
        x, y, scale = map_transform(reader, 1 + row * grid.cols + col)
        wx, wy, ww, wh = clip_rect(reader, 1 + row * grid.cols + col)
        assert scale == pytest.approx(grid.scale)
        return wx - x, wy - y, wx - x + ww, wy - y + wh

    for row in range(grid.rows):
        for col in range(grid.cols):
            _left, bottom, right, _top = window(row, col)
            if col + 1 < grid.cols:
                assert right - window(row, col + 1)[0] == pytest.approx(want, abs=1e-3)
            if row + 1 < grid.rows:
                assert window(row + 1, col)[3] - bottom == pytest.approx(want, abs=1e-3)


def test_page_count_sheet_size_and_coverage(tmp_path):
    journey = sample("sample-ecommerce-en")
    grid, reader = _tiled(journey, tmp_path, paper="A1", tile="A4")
    assert len(reader.pages) == 1 + grid.rows * grid.cols
    a4 = sorted(v * MM for v in PAPER_SIZES_MM["A4"])
    for i in range(len(reader.pages)):
        assert sorted(media_size(reader, i)) == pytest.approx(a4, abs=0.05)
    tiles = {media_size(reader, i) for i in range(1, len(reader.pages))}
    assert len(tiles) == 1  # every sheet turned the same way
    # The sheets cover the whole poster, and one row or column fewer would not.
    step_w, step_h = grid.window_w - grid.overlap, grid.window_h - grid.overlap
    assert (grid.cols - 1) * step_w + grid.window_w >= grid.poster_w
    assert (grid.cols - 2) * step_w + grid.window_w < grid.poster_w
    assert (grid.rows - 1) * step_h + grid.window_h >= grid.poster_h
    assert (grid.rows - 2) * step_h + grid.window_h < grid.poster_h


def test_each_sheet_is_labelled_with_its_place(tmp_path):
    journey = sample("sample-ecommerce-en")
    grid, reader = _tiled(journey, tmp_path, paper="A1", tile="A4")
    for row in range(grid.rows):
        for col in range(grid.cols):
            text = reader.pages[1 + row * grid.cols + col].extract_text()
            n = row * grid.cols + col + 1
            label = f"Sheet {n} of {grid.count}: row {row + 1}, column {col + 1}"
            assert label in text
    first = reader.pages[0].extract_text()
    assert f"{grid.rows} rows × {grid.cols} columns" in first


def test_chinese_map_gets_chinese_assembly_page(tmp_path):
    journey = sample("sample-ecommerce-zh")
    _grid, reader = _tiled(journey, tmp_path, paper="A1", tile="A3")
    assert "拼贴说明" in reader.pages[0].extract_text()
    assert squash(journey.cards[0].title) in squash(reader.pages[1].extract_text())


def test_a_chosen_scale_makes_a_poster_larger_than_the_paper(journey, tmp_path):
    grid, reader = _tiled(journey, tmp_path, paper="A4", tile="A4", scale=1.0)
    layout = compute_layout(journey)
    assert grid.poster_w == pytest.approx(layout.width)
    assert len(reader.pages) == 1 + grid.rows * grid.cols > 2


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_tiles_onto_a3(tmp_path, name):
    journey = sample(name)
    grid, reader = _tiled(journey, tmp_path, paper="A0", tile="A3", overlap_mm=12)
    assert len(reader.pages) == 1 + grid.rows * grid.cols
    text = squash(reader.pages[1].extract_text())
    assert all(squash(c.title) in text for c in journey.cards)
