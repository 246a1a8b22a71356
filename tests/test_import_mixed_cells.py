"""A column that mixes cell types keeps each cell's own text.

True and 1 are equal in Python, and hash alike, so a column's cells once turned into
text "once per distinct value" gave a TRUE cell and a 1 cell the same text: a quote
column's TRUE row was imported as "1" (or the other way round), and two respondents
"TRUE" and 1 became one person.
"""

from __future__ import annotations

import openpyxl

from journeycanvas.io.importers.importer import import_sheet


def test_true_and_1_in_one_column_stay_two_texts(tmp_path):
    path = tmp_path / "mixed.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Respondent", "Stage", "Touchpoint", "Score", "Quote"])
    sheet.append([1, "Buy", "Checkout", 4, True])
    sheet.append([True, "Buy", "Checkout", 2, 1])
    sheet.append(["R3", "Buy", "Checkout", 5, "fine"])
    book.save(path)
    journey, _collected, _ = import_sheet(path)
    (card,) = [c for c in journey.cards if c.title == "Checkout"]
    table = card.evidence
    said = dict(zip(table.column("answer"), table.texts, strict=True))  # score -> quote
    assert said == {"4": "True", "2": "1", "5": "fine"}
    who = dict(zip(table.column("answer"), table.column("respondent"), strict=True))
    assert who == {"4": "1", "2": "True", "5": "R3"}  # three respondents, not two
