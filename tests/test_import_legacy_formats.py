"""Legacy Excel .xls and LibreOffice .ods through ``journeycanvas import``.

python-calamine reads both (issue 4). The fixtures are built here: the .xls with
xlwt (the classic writer of the BIFF8 format), the .ods by hand, as the zip of a
``content.xml`` it is, so no OpenDocument library is needed. Both hold the shapes
of a real interview coding sheet: an instructions sheet first, a title row, blank
rows, Chinese headers, numbers and text labels in one score column. Expected
counts and means are computed here from the raw answers, not by the importer.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
import xlwt  # the [test] extra: writes the .xls fixtures
from evidence_forms import as_objects

from journeycanvas.app.cli import main

HEADER = ["受访者编号", "旅程阶段", "接触点", "渠道", "满意度(1-5)", "原话"]
#: (respondent, stage, touchpoint, channel, answer, quote); answers on a 1-5 scale,
#: as numbers or as the Chinese labels of that scale; None is a quote without a score.
ROWS = [
    ("P01", "认知", "短视频广告", "抖音", 5, "广告挺有意思"),
    ("P02", "认知", "短视频广告", "抖音", 2, "广告太多了，很烦"),
    ("P03", "认知", "短视频广告", "抖音", "满意", ""),
    ("P01", "购买", "支付", "App", 1, "支付总是失败"),
    ("P02", "购买", "支付", "App", "非常不满意", "付款页面卡死"),
    ("P03", "购买", "支付", "App", 3, ""),
    ("P04", "使用", "配送", "快递", "一般", "晚了两天"),
    ("P05", "使用", "配送", "快递", None, "电话一直占线"),
    ("P06", "使用", "配送", "快递", 4, "包装很好"),
]
LABELS = {"非常不满意": 1, "不满意": 2, "一般": 3, "满意": 4, "非常满意": 5}


def expected() -> dict[tuple[str, str], tuple[int, float | None]]:
    """(stage, touchpoint) -> (responses, mean on -2..+2), straight from ROWS."""
    answers: dict[tuple[str, str], list[float]] = {}
    for _, stage, touchpoint, _, answer, _ in ROWS:
        values = answers.setdefault((stage, touchpoint), [])
        if answer is not None:
            point = LABELS.get(answer, answer)
            values.append(-2 + 4 * (point - 1) / (5 - 1))
    return {key: (len(v), sum(v) / len(v) if v else None) for key, v in answers.items()}


def sheet_rows() -> list[list]:
    """The data sheet: a title, a blank row, the header, the answers with a blank row inside."""
    rows: list[list] = [["2025 年 9 月 用户访谈编码表"], [], HEADER]
    for i, row in enumerate(ROWS):
        rows.append(["" if v is None else v for v in row])
        if i == 4:
            rows.append([])
    return rows


def write_xls(path: Path) -> Path:
    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("填写说明").write(
        0, 0, "说明：每位受访者每个接触点一行。评分 1 = 非常不满意，5 = 非常满意。"
    )
    data = book.add_sheet("访谈编码")
    rows = sheet_rows()
    data.write_merge(0, 0, 0, len(HEADER) - 1, rows[0][0])  # the merged title cell
    for r, row in enumerate(rows[1:], start=1):
        for c, value in enumerate(row):
            data.write(r, c, value)
    book.save(str(path))
    return path


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
_ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"


def _ods_cell(value) -> str:
    if value == "":
        return "<table:table-cell/>"
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p>'
        "</table:table-cell>"
    )


def _ods_table(name: str, rows: list[list]) -> str:
    xml = []
    for i, row in enumerate(rows):
        if i == 0 and name == "访谈编码":
            # The title spans the header's width, as LibreOffice writes a merged cell.
            xml.append(
                f'<table:table-row><table:table-cell office:value-type="string" '
                f'table:number-columns-spanned="{len(HEADER)}"><text:p>{escape(row[0])}</text:p>'
                f"</table:table-cell><table:covered-table-cell "
                f'table:number-columns-repeated="{len(HEADER) - 1}"/></table:table-row>'
            )
        elif not row:
            xml.append("<table:table-row><table:table-cell/></table:table-row>")
        else:
            xml.append(
                "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
            )
    return f"<table:table table:name={quoteattr(name)}>{''.join(xml)}</table:table>"


def write_ods(path: Path) -> Path:
    """The smallest .ods LibreOffice and calamine accept: mimetype first and stored."""
    tables = _ods_table("填写说明", [["说明：每位受访者每个接触点一行。"]]) + _ods_table(
        "访谈编码", sheet_rows()
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} '
        f'office:version="1.2"><office:body><office:spreadsheet>{tables}'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{_ODS_MIME}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), _ODS_MIME, zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def summary_of(capsys, path: Path) -> dict[tuple[str, str], tuple[int, float | None]]:
    code, out, err = run(capsys, "summary", path, "--json")
    assert code == 0, err
    return {
        (s["name"], t["title"]): (t["responses"], t["score"])
        for s in json.loads(out)["stages"]
        for t in s["touchpoints"]
    }


@pytest.mark.parametrize("write", [write_xls, write_ods], ids=["xls", "ods"])
def test_legacy_workbook_imports_with_counts_and_means(tmp_path, capsys, write):
    suffix = ".xls" if write is write_xls else ".ods"
    sheet = write(tmp_path / f"访谈{suffix}")
    out = tmp_path / "out.journey"
    code, stdout, err = run(capsys, "import", sheet, "-o", out)
    assert code == 0, err
    assert (
        "imported 8 scored responses and 1 unscored quote on 3 touchpoints in 3 stages "
        f"from 访谈{suffix}, sheet '访谈编码' (long layout, scale 1-5)" in stdout
    )
    got = summary_of(capsys, out)
    want = expected()
    assert list(got) == list(want)  # stages and touchpoints in the order first met
    for key, (responses, score) in want.items():
        assert got[key][0] == responses, key
        if score is None:
            assert got[key][1] is None
        else:
            assert got[key][1] == pytest.approx(score, abs=0.005), key
    # The two answers given as labels count like the numbers they stand for.
    assert got[("购买", "支付")] == (3, pytest.approx((-2 - 2 + 0) / 3, abs=0.005))


@pytest.mark.parametrize("write", [write_xls, write_ods], ids=["xls", "ods"])
def test_legacy_workbook_evidence_names_file_sheet_and_row(tmp_path, capsys, write):
    sheet = write(tmp_path / ("a.xls" if write is write_xls else "a.ods"))
    out = tmp_path / "out.journey"
    assert run(capsys, "import", sheet, "-o", out)[0] == 0
    cards = as_objects(json.loads(out.read_text(encoding="utf-8")))["cards"]
    pay = next(c for c in cards if c["title"] == "支付")
    first = pay["evidence"][0]
    assert (first["source"], first["sheet"], first["text"]) == (
        sheet.name,
        "访谈编码",
        "支付总是失败",
    )
    # Title on row 1, blank row 2, header row 3: the fourth answer sits on row 7.
    assert first["row"] == 7


def test_tab_separated_text_saved_as_xls_is_read_as_csv(tmp_path, capsys):
    """Some survey tools export GBK tab-separated text under an .xls name."""
    lines = ["\t".join(HEADER)] + [
        "\t".join("" if v is None else str(LABELS.get(v, v)) for v in row) for row in ROWS
    ]
    sheet = tmp_path / "导出.xls"
    sheet.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    out = tmp_path / "out.journey"
    code, _, err = run(capsys, "import", sheet, "-o", out)
    assert code == 0, err
    got = summary_of(capsys, out)
    for key, (responses, score) in expected().items():
        assert got[key][0] == responses
        assert got[key][1] == (None if score is None else pytest.approx(score, abs=0.005))


def test_an_xlsx_named_xls_is_read_by_what_it_is(tmp_path, capsys):
    """What a file is comes from its bytes, not its name (reading.py), as Excel does."""
    import openpyxl

    book = openpyxl.Workbook()
    data = book.active
    data.title = "访谈编码"
    data.append(HEADER)
    for row in ROWS:
        data.append(list(row))
    sheet = tmp_path / "其实是xlsx.xls"
    book.save(sheet)
    out = tmp_path / "out.journey"
    code, stdout, err = run(capsys, "import", sheet, "-o", out)
    assert code == 0, err
    assert "imported 8 scored responses" in stdout
    assert summary_of(capsys, out)[("使用", "配送")][0] == 2


def _garbage_xls(tmp_path: Path) -> Path:
    path = tmp_path / "garbage.xls"
    path.write_bytes(bytes(range(256)) * 16)
    return path


def _png_named_ods(tmp_path: Path) -> Path:
    path = tmp_path / "photo.ods"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    return path


def _truncated_xls(tmp_path: Path) -> Path:
    whole = write_xls(tmp_path / "whole.xls").read_bytes()
    path = tmp_path / "cut.xls"
    path.write_bytes(whole[: len(whole) // 2])
    (tmp_path / "whole.xls").unlink()
    return path


def _ole_but_not_a_workbook(tmp_path: Path) -> Path:
    path = tmp_path / "other.xls"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(range(256)) * 16)
    return path


def _truncated_ods(tmp_path: Path) -> Path:
    whole = write_ods(tmp_path / "whole.ods").read_bytes()
    path = tmp_path / "cut.ods"
    path.write_bytes(whole[: len(whole) // 2])
    (tmp_path / "whole.ods").unlink()
    return path


def _zip_without_content(tmp_path: Path) -> Path:
    path = tmp_path / "notes.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", _ODS_MIME)
        archive.writestr("styles.xml", "<office:document-styles/>")
    return path


BAD = {
    "garbage named xls": (
        _garbage_xls,
        "garbage.xls: it is not a workbook: a .xls file is an Excel or OpenDocument archive, "
        "and this one holds other data.",
    ),
    "png named ods": (
        _png_named_ods,
        "photo.ods: it is not a workbook: a .ods file is an Excel or OpenDocument archive, "
        "and this one holds other data.",
    ),
    "truncated xls": (_truncated_xls, "cut.xls: the workbook is damaged or cut off ("),
    "ole file that is no workbook": (
        _ole_but_not_a_workbook,
        "other.xls: the workbook is damaged or cut off (",
    ),
    "truncated ods": (
        _truncated_ods,
        "cut.ods: the workbook is damaged or cut off (its zip directory cannot be read).",
    ),
    "zip without content.xml": (
        _zip_without_content,
        "notes.ods: it is a zip archive, but not an Excel or OpenDocument workbook.",
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_legacy_workbook_is_one_sentence_and_writes_nothing(tmp_path, capsys, case):
    make, message = BAD[case]
    sheet = make(tmp_path)
    out = tmp_path / "out.journey"
    code, stdout, err = run(capsys, "import", sheet, "-o", out)
    assert code == 1
    assert stdout == "" and "Traceback" not in err
    text = err.strip()
    assert "\n" not in text and text.endswith(".")
    if message.endswith("("):
        assert text.startswith(message)
    else:
        assert text == message
    assert [p.name for p in tmp_path.iterdir()] == [sheet.name]
