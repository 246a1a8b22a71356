"""Words the map itself prints (persona block labels), in the journey's own language.

These belong to the document, not to the interface: a Chinese map printed from
an English interface still says 目标, so they follow ``Journey.language`` rather
than Qt's translator, and the PDF (with no Qt) prints the same words.
"""

from __future__ import annotations

from typing import Any

_LABELS: dict[str, dict[str, Any]] = {
    "en": {
        "persona": "Persona",
        "goals": "Goals",
        "needs": "Needs",
        "pains": "Pains",
        "sep": "; ",
        "colon": ": ",
        "segment": {"prospect": "prospect", "customer": "customer", "churned": "churned"},
        "low": "few answers",
        "legend": (
            "Hollow markers: curves computed from answers, shaded by their 95 % interval · "
            "n=answers · mean ±95 % interval · ▲▼ latest wave against the one before "
            "(* significant, Welch p < 0.05) · orange: fewer than {below} answers"
        ),
        "line_interaction": "Line of interaction",
        "line_visibility": "Line of visibility",
        "line_internal": "Line of internal interaction",
    },
    "zh": {
        "persona": "客户画像",
        "goals": "目标",
        "needs": "需求",
        "pains": "痛点",
        "sep": "；",
        "colon": "：",  # Chinese text takes the full-width colon, with no space after
        "segment": {"prospect": "潜在客户", "customer": "现有客户", "churned": "流失客户"},
        "low": "样本少",
        "legend": (
            "空心标记：由回答计算出的曲线，阴影为其 95% 置信区间 · n=回答数 · 平均分 ±95% 区间 · "
            "▲▼ 最新批次相对上一批次（* 为显著，Welch 检验 p < 0.05）· "
            "橙色：回答少于 {below} 条"
        ),
        "line_interaction": "互动分界线",
        "line_visibility": "可视分界线",
        "line_internal": "内部互动分界线",
    },
}


def content_labels(language: str) -> dict[str, Any]:
    """Labels for a content language such as ``zh`` or ``zh-CN``; English otherwise."""
    return _LABELS.get(language.split("-")[0].lower(), _LABELS["en"])
