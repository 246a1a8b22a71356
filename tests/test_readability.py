"""A poster whose text prints too small to read says so before it is written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from journeycanvas.io import journey_file
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.readability import READABLE_PT, smallest_printed_pt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from make_big_journey import make_big_journey  # noqa: E402


def test_a_40_stage_1000_card_a0_poster_prints_its_text_too_small():
    journey = make_big_journey(stages=40, cards=1000)
    size = smallest_printed_pt(journey, ExportOptions(paper="A0"))
    assert size is not None and size < READABLE_PT


def test_a_five_stage_sample_on_a1_is_readable():
    from journeycanvas.resources import template_path

    journey = journey_file.load(template_path("sample-ecommerce-en"))
    assert smallest_printed_pt(journey, ExportOptions(paper="A1")) >= READABLE_PT


def test_the_command_line_warns_on_stderr_in_one_line(tmp_path):
    big = tmp_path / "big.journey"
    journey_file.save(make_big_journey(stages=40, cards=1000), big)
    out = tmp_path / "big.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "journeycanvas",
            "export",
            str(big),
            "-o",
            str(out),
            "--paper",
            "A0",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = [ln for ln in done.stderr.splitlines() if "pt" in ln]
    assert len(lines) == 1 and "under 6 pt" in lines[0] and "--tile" in lines[0], done.stderr
    assert out.exists()


def test_split_stages_10_puts_every_page_body_text_at_8_pt_or_more(tmp_path):
    from pypdf import PdfReader

    from journeycanvas.io.exporters.export_file import export
    from journeycanvas.io.exporters.split_pages import stage_pages

    journey = make_big_journey(stages=40, cards=1000)
    options = ExportOptions(paper="A0", split_stages=10)
    pages = stage_pages(journey, 10)
    assert [len(p.stages) for p in pages] == [10, 10, 10, 10]
    assert sum(len(p.cards) for p in pages) == 1000
    assert smallest_printed_pt(journey, options) >= 8.0
    reader = PdfReader(export(journey, tmp_path / "split.pdf", options))
    assert len(reader.pages) == 4
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"({number}/4)" in text  # the title, repeated and numbered
        assert journey.lanes[0].name in text  # the lane headers, repeated


def test_split_stages_on_the_command_line_is_quiet_when_readable(tmp_path):
    big = tmp_path / "big.journey"
    journey_file.save(make_big_journey(stages=40, cards=1000), big)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "journeycanvas",
            "export",
            str(big),
            "-o",
            str(tmp_path / "s.pdf"),
            "--paper",
            "A0",
            "--split-stages",
            "10",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "pt" not in done.stderr
