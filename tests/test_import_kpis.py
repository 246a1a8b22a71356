"""``journeycanvas import kpis.xlsx --into J``: a KPI sheet's measurements join the KPIs it names.

A malformed sheet gets one sentence naming the file, the sheet and the row, and the
journey is left byte for byte as it was (no output written).
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from journeycanvas.app.cli import main
from journeycanvas.io import journey_file
from journeycanvas.io.importers import kpi_sheet
from journeycanvas.resources import template_path


def kpi_xlsx(path, rows, header=("指标", "日期", "数值", "目标", "单位"), title=True):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "KPI"
    if title:
        sheet.append(["月度指标"])  # a title row above the header, as people write them
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


@pytest.fixture
def base(tmp_path):
    path = tmp_path / "shop.journey"
    journey_file.save(journey_file.load(template_path("sample-ecommerce-zh")), path)
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_kpi_sheet_adds_measurements_to_the_kpis_it_names(tmp_path, base, capsys):
    sheet = kpi_xlsx(
        tmp_path / "kpis.xlsx",
        [
            ("结算转化", dt.datetime(2024, 7, 31), 69, 72, "%"),
            ("结算转化", "2024-08", "71.5%", None, None),
            ("忠诚度", "2024Q3", 41, 45, "%"),
        ],
    )
    out = tmp_path / "out.journey"
    code, stdout, err = run(capsys, "import", sheet, "--into", base, "-o", out)
    assert code == 0, err
    assert "added 3 measurements to 2 KPIs (结算转化, 忠诚度)" in stdout
    journey = journey_file.load(out)
    checkout = journey.card("card-ec-pu-met-1").kpi
    assert [(m.date, m.value) for m in checkout.measurements[-3:]] == [
        ("2024-06-30", 68),
        ("2024-07-31", 69),
        ("2024-08-31", 71.5),
    ]
    assert checkout.target == 72 and checkout.unit == "%"
    loyalty = journey.card("card-ec-lo-met-1").kpi  # a metric card becomes a KPI
    assert [(m.date, m.value) for m in loyalty.measurements] == [("2024-09-30", 41)]
    assert loyalty.target == 45
    # Importing the same sheet again replaces rather than repeats.
    again = tmp_path / "again.journey"
    code, stdout, err = run(capsys, "import", sheet, "--into", out, "-o", again)
    assert code == 0, err
    assert "3 replaced one of the same date" in stdout
    assert journey_file.load(again).card("card-ec-pu-met-1").kpi == checkout


def test_english_headers_and_a_stage_column_pick_the_card(tmp_path, base, capsys):
    sheet = kpi_xlsx(
        tmp_path / "kpis.xlsx",
        [("结算转化", "购买", "2024-07-31", 70)],
        header=("KPI", "Stage", "Period", "Value"),
        title=False,
    )
    out = tmp_path / "out.journey"
    code, _, err = run(capsys, "import", sheet, "--into", base, "-o", out)
    assert code == 0, err
    assert journey_file.load(out).card("card-ec-pu-met-1").kpi.measurements[-1].value == 70


@pytest.mark.parametrize(
    "rows, says",
    [
        (
            [("结算转化", "2024-07-31", 69), ("不存在", "2024-07-31", 1)],
            "row 4 names the KPI '不存在'",
        ),
        ([("结算转化", "next month", 69)], "'next month' in the column 日期 is not a date"),
        ([("结算转化", "2024-07-31", "lots")], "'lots' in the column 数值 is not a number"),
        ([(None, "2024-07-31", 5)], "row 3 has no KPI name"),
        ([], "has a header but no measurements below it"),
    ],
)
def test_a_malformed_kpi_sheet_gets_one_sentence_and_changes_nothing(
    tmp_path, base, capsys, rows, says
):
    sheet = kpi_xlsx(tmp_path / "kpis.xlsx", rows, header=("指标", "日期", "数值"))
    before = base.read_bytes()
    out = tmp_path / "out.journey"
    code, _, err = run(capsys, "import", sheet, "--into", base, "-o", out)
    assert code == 1
    assert says in err
    assert "kpis.xlsx: the KPI sheet 'KPI'" in err
    assert err.strip().count("\n") == 0  # one sentence, one line
    assert not out.exists()
    assert base.read_bytes() == before


def test_a_kpi_sheet_without_into_says_to_name_the_journey(tmp_path, capsys):
    sheet = kpi_xlsx(tmp_path / "kpis.xlsx", [("结算转化", "2024-07-31", 69)])
    code, _, err = run(capsys, "import", sheet, "-o", tmp_path / "out.journey")
    assert code == 2
    assert "name it with --into" in err


def test_periods_are_read_as_the_day_they_end():
    assert kpi_sheet.parse_date("2024-02") == "2024-02-29"
    assert kpi_sheet.parse_date("2024Q4") == "2024-12-31"
    assert kpi_sheet.parse_date("2024年第二季度") == "2024-06-30"
    assert kpi_sheet.parse_date("2024年3月") == "2024-03-31"
    assert kpi_sheet.parse_date("2024/3/5") == "2024-03-05"
    assert kpi_sheet.parse_date("2024-13") is None
    assert kpi_sheet.parse_number("1,200") == 1200
    assert kpi_sheet.parse_number("4.1%") == 4.1


def test_a_survey_sheet_is_not_taken_for_a_kpi_sheet(tmp_path):
    from sheet_fixtures import interview_xlsx

    from journeycanvas.io.importers.reading import read_workbook

    book = read_workbook(interview_xlsx(tmp_path / "访谈.xlsx"))
    assert kpi_sheet.find_table(book) is None


def test_file_import_of_a_kpi_sheet_is_one_undo_step_in_the_editor(qtbot, tmp_path):
    from journeycanvas.app.main_window import MainWindow

    journey = journey_file.load(template_path("sample-ecommerce-en"))
    window = MainWindow(journey)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    sheet = kpi_xlsx(
        tmp_path / "kpis.xlsx",
        [("Checkout conversion", "2024-07", 69), ("Loyalty", "2024-07", 40)],
        header=("KPI", "Month", "Value"),
    )
    controller = window.import_controller
    assert controller.import_spreadsheet(sheet) is None  # no column dialog for a KPI sheet
    stack = window.document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Import KPIs from kpis.xlsx"
    kpi = window.document.journey.card("card-ec-pu-met-1").kpi
    assert kpi.measurements[-1].date == "2024-07-31" and kpi.measurements[-1].value == 69
    assert "Added 2 measurements to 2 KPIs" in window.statusBar().currentMessage()
    # The card on the map shows the new latest value.
    texts = " ".join(r.text for r in window.scene.layout_.card("card-ec-pu-met-1").texts)
    assert "69%" in texts
    stack.undo()
    assert window.document.journey == journey
    # A malformed sheet: one sentence, nothing pushed.
    header = ("KPI", "Month", "Value")
    bad = kpi_xlsx(tmp_path / "bad.xlsx", [("Nope", "2024-07", 1)], header=header)
    controller.import_spreadsheet(bad)
    box = controller.message_box
    assert box is not None and box.isVisible()
    assert "names the KPI 'Nope', which no metric card has" in box.text()
    assert stack.count() == 1 and stack.index() == 0
    box.close()
    stack.setClean()
    window.close()
