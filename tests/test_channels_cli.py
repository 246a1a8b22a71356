"""``export --channels`` and the ``"channels"`` member of ``summary --json``."""

from __future__ import annotations

import json

import openpyxl
import pytest
from channel_fixture import channel_journey
from pypdf import PdfReader

from journeycanvas.app.cli import main
from journeycanvas.io import journey_file
from journeycanvas.resources import template_path


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "channels.journey"
    journey_file.save(channel_journey(), path)
    return path


def test_summary_json_gains_channels_with_every_stage(saved, capsys):
    assert main(["summary", str(saved), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["name"] for s in data["stages"]] == ["浏览", "购买", "售后"]  # unchanged
    channels = {c["name"]: c["stages"] for c in data["channels"]}
    assert list(channels) == ["App", "搜索引擎", "客服热线", "门店", "在线客服"]
    assert channels["客服热线"] == [
        {"stage": "浏览", "responses": 0, "score": None},
        {"stage": "购买", "responses": 4, "score": -1.5},
        {"stage": "售后", "responses": 0, "score": None},
    ]
    assert channels["App"][1] == {"stage": "购买", "responses": 5, "score": 1.6}


def test_export_channels_xlsx_holds_the_matrix_flags_and_switches(saved, tmp_path, capsys):
    out = tmp_path / "channels.xlsx"
    assert main(["export", str(saved), "-o", str(out), "--channels"]) == 0
    assert f"{out}: exported." in capsys.readouterr().out
    book = openpyxl.load_workbook(out)
    matrix = book.worksheets[0]
    rows = list(matrix.iter_rows(values_only=True))
    assert rows[0] == ("渠道", "浏览", "购买", "售后")
    assert rows[1] == ("App", 1.5, 1.6, 1.5)
    assert rows[3] == ("客服热线", None, -1.5, None)
    flags = list(book.worksheets[2].iter_rows(min_row=2, values_only=True))
    assert {(r[0], r[1]) for r in flags} == {
        ("购买", "App"),
        ("购买", "客服热线"),
        ("售后", "在线客服"),
    }
    assert all(r[9] < 0.05 for r in flags)
    switches = list(book.worksheets[3].iter_rows(values_only=True))
    assert switches[1][:3] == ("换渠道之后", 5, -0.8)
    assert switches[2][:3] == ("渠道不变", 6, 1.5)
    assert switches[6][:5] == ("购买", "App", "售后", "在线客服", 3)
    assert switches[6][7] == pytest.approx(-3.0)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_channels_pdf_page_of_the_sample(tmp_path):
    out = tmp_path / "channels.pdf"
    assert (
        main(["export", str(template_path("sample-ecommerce-en")), "-o", str(out), "--channels"])
        == 0
    )
    text = PdfReader(out).pages[0].extract_text()
    for words in ("Channels by stage", "Phone", "TikTok", "Push notification", "−1.50"):
        assert words in text


def test_export_channels_png(saved, tmp_path):
    out = tmp_path / "channels.png"
    assert main(["export", str(saved), "-o", str(out), "--channels", "--dpi", "72"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_export_channels_to_svg_is_refused(saved, tmp_path, capsys):
    out = tmp_path / "channels.svg"
    assert main(["export", str(saved), "-o", str(out), "--channels"]) == 2
    assert "exports to .xlsx, .pdf, .png only" in capsys.readouterr().err
    assert not out.exists()
