"""``journeycanvas export`` from the command line: formats, errors, nothing half-written."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pypdf import PdfReader

from journeycanvas.app.cli import main
from journeycanvas.io import journey_file
from journeycanvas.io.exporters import pdf_drawing
from journeycanvas.resources import template_path

SAMPLE = template_path("sample-ecommerce-zh")


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


def test_export_pdf_poster_on_a1(tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    assert main(["export", str(SAMPLE), "-o", str(out), "--paper", "A1", "--landscape"]) == 0
    reader = PdfReader(out)
    w, h = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == (841, 594)
    assert str(out) in capsys.readouterr().out


def test_export_tiled_pdf(tmp_path):
    out = tmp_path / "tiles.pdf"
    assert main(["export", str(SAMPLE), "-o", str(out), "--tile", "A4", "--overlap", "15"]) == 0
    assert len(PdfReader(out).pages) > 4


def test_unknown_extension_is_a_usage_error(tmp_path, capsys):
    out = tmp_path / "poster.docx"
    assert main(["export", str(SAMPLE), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and ".docx" in err and ".pdf" in err
    assert not out.exists()


def test_bad_paper_is_one_sentence_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    assert main(["export", str(SAMPLE), "-o", str(out), "--paper", "B7"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "B7" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("dpi", ["10", "9000"])
def test_resolution_out_of_range_is_refused(qapp, tmp_path, capsys, dpi):
    out = tmp_path / "poster.png"
    assert main(["export", str(SAMPLE), "-o", str(out), "--dpi", dpi]) == 1
    assert "DPI" in capsys.readouterr().err
    assert not out.exists()


def test_failure_midway_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch, capsys):
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"the poster printed last week")

    def broken(*_args, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_drawing, "draw_map", broken)
    assert main(["export", str(SAMPLE), "-o", str(out), "--force"]) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and str(out) in err
    assert out.read_bytes() == b"the poster printed last week"
    assert _leftovers(tmp_path) == []


def test_missing_input_names_the_file(tmp_path, capsys):
    missing = tmp_path / "nope.journey"
    assert main(["export", str(missing), "-o", str(tmp_path / "x.pdf")]) == 1
    assert "nope.journey" in capsys.readouterr().err


def test_tile_is_for_pdf_only(tmp_path, capsys):
    assert main(["export", str(SAMPLE), "-o", str(tmp_path / "x.svg"), "--tile", "A4"]) == 2
    assert "PDF" in capsys.readouterr().err


def test_pdf_export_runs_without_qt(tmp_path):
    """A server without a display: PDF, xlsx and Mermaid must not import Qt at all."""
    script = (
        "import sys\n"
        "from journeycanvas.app.cli import main\n"
        "for ext in ('pdf', 'xlsx', 'mmd'):\n"
        f"    out = {str(tmp_path)!r} + '/o.' + ext\n"
        f"    assert main(['export', {str(SAMPLE)!r}, '-o', out]) == 0\n"
        "qt = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert {p.suffix for p in tmp_path.iterdir()} == {".pdf", ".xlsx", ".mmd"}
    journey_file.load(SAMPLE)  # the input is untouched and still opens


def test_png_and_svg_export_work_without_a_display(tmp_path):
    """On a server: no DISPLAY, no QT_QPA_PLATFORM; Qt must go offscreen by itself."""
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    for name in ("m.png", "m.svg"):
        out = tmp_path / name
        args = ["export", str(SAMPLE), "-o", str(out)]
        args += ["--paper", "A4", "--dpi", "72"] if name.endswith(".png") else []
        code = f"import sys; from journeycanvas.app.cli import main; sys.exit(main({args!r}))"
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
        )
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 1000
