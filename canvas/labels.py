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
        # A touchpoint's scores around the done date of an improvement that names it.
        "before": "before",
        "after": "after",
        "significant": "significant",
        "not_significant": "not significant",
        "scale_top": "very positive",
        "scale_bottom": "very negative",
        "legend_title": "Legend",
        "legend_lanes": "Lanes",
        "legend_faces": "Feelings",
        "faces_mean": (
            "Each face is how the customer feels at that moment; "
            "its colour and mouth follow the score."
        ),
        "legend_curves": "Curves",
        "curve_band": "Shaded: the 95 % interval of a curve computed from answers (hollow markers)",
        "legend_research": "Research marks on touchpoints",
        "mark_score": "mean score (−2 … +2), coloured on the emotion scale",
        "mark_n": "answers behind it",
        "mark_ci": "± half the 95 % interval of the mean",
        "mark_change": "latest wave against the one before",
        "mark_significant": "a significant change (Welch's test, p < 0.05)",
        "mark_low": "fewer than {below} answers: low confidence",
        "legend_marks": "Other marks",
        "legend_channels": "Channels",
        "moment": "Moment of truth",
        "suggested": "Suggested by an import, not yet accepted",
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
        "before": "改进前",
        "after": "改进后",
        "significant": "显著",
        "not_significant": "变化不显著",
        "scale_top": "非常满意",
        "scale_bottom": "非常不满",
        "legend_title": "图例",
        "legend_lanes": "泳道",
        "legend_faces": "情绪",
        "faces_mean": "每个表情是顾客在那一刻的感受，颜色和嘴形随分数变化。",
        "legend_curves": "曲线",
        "curve_band": "阴影：由回答计算出的曲线（空心标记）的 95% 置信区间",
        "legend_research": "触点上的调研标记",
        "mark_score": "平均分（−2 … +2），按情绪量表着色",
        "mark_n": "回答数",
        "mark_ci": "平均分 95% 置信区间的一半（±）",
        "mark_change": "最新批次相对上一批次的变化",
        "mark_significant": "显著变化（Welch 检验，p < 0.05）",
        "mark_low": "回答少于 {below} 条：可信度低",
        "legend_marks": "其他标记",
        "legend_channels": "渠道",
        "moment": "关键时刻",
        "suggested": "导入时的建议，尚未采纳",
        "line_interaction": "互动分界线",
        "line_visibility": "可视分界线",
        "line_internal": "内部互动分界线",
    },
}


def content_labels(language: str) -> dict[str, Any]:
    """Labels for a content language such as ``zh`` or ``zh-CN``; English otherwise."""
    return _LABELS.get(language.split("-")[0].lower(), _LABELS["en"])
