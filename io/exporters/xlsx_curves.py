"""The xlsx sheet of every curve's points: curve, kind, persona, stage, place, score.

One row per point, curves in their list order and each curve's points in journey
order, so a team can chart the curves or compare them in a spreadsheet. Written
through ``xlsx_export.put``, so user text is never taken for a formula.
"""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from journeycanvas.canvas.layout_curves import display_name
from journeycanvas.canvas.model import Journey

_TEXT = {
    "en": {
        "curve": "Curve", "kind": "Kind", "persona": "Persona",
        "data": "From data", "stage": "Stage", "position": "Place in stage (0-1)",
        "score": "Score (−2..+2)", "label": "Label", "touchpoint": "Touchpoint",
        "yes": "yes", "no": "no",
        "kinds": {"as_is": "as-is", "to_be": "to-be", "segment": "segment", "free": "free"},
    },
    "zh": {
        "curve": "曲线", "kind": "类型", "persona": "客户画像",
        "data": "来自数据", "stage": "阶段", "position": "阶段内位置(0-1)",
        "score": "评分（−2..+2）", "label": "标签", "touchpoint": "接触点",
        "yes": "是", "no": "否",
        "kinds": {"as_is": "现状", "to_be": "目标", "segment": "细分", "free": "自定义"},
    },
}  # fmt: skip


def curves_sheet(sheet: Worksheet, journey: Journey) -> None:
    from journeycanvas.io.exporters.xlsx_export import _header, put

    t = _TEXT.get(journey.language.split("-")[0].lower(), _TEXT["en"])
    keys = ("curve", "kind", "persona", "data", "stage", "position", "score", "label",
            "touchpoint")  # fmt: skip
    _header(sheet, [t[k] for k in keys], [24, 10, 18, 10, 18, 12, 12, 28, 28])
    personas = {p.id: p.name for p in journey.personas}
    stages = {s.id: s.name for s in journey.stages}
    cards = journey.cards_by_id()
    curves = [(c.id, c) for c in journey.curves] or [(None, None)]
    row = 2
    for curve_id, curve in curves:
        for point in journey.points_of(curve_id):
            card = cards.get(point.card_id or "")
            values = (
                display_name(journey, curve),
                t["kinds"][curve.kind.value] if curve else t["kinds"]["as_is"],
                personas.get(curve.persona_id or "", "") if curve else "",
                t["yes"] if (curve.data if curve else point.data) else t["no"],
                stages.get(point.stage_id, ""),
                point.position,
                point.score,
                point.label,
                card.title if card else "",
            )
            for col, value in enumerate(values, start=1):
                put(sheet, row, col, value)
            sheet.cell(row=row, column=6).number_format = "0%"
            sheet.cell(row=row, column=7).number_format = "+0.00;-0.00;0.00"
            row += 1
