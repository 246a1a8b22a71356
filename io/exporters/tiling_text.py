"""Words printed on tiled sheets, in the journey's language (the PDF has no Qt translator).

Like canvas/labels.py, these belong to the document: a Chinese map prints Chinese
assembly instructions whatever language the interface speaks.
"""

from __future__ import annotations

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "caption": "{row}{col} of {rows}×{cols}",
        "detail": "row {row}, column {col} · {rows} rows × {cols} columns",
        "heading": "Assembly: {rows} rows × {cols} columns of {paper} ({count} sheets)",
        "step1": "1. Print every page at actual size (100 %), not “fit to page”.",
        "step2": "2. Lay the sheets out as below: rows A, B, … from the top, columns 1, 2, … "
        "from the left.",
        "step3": "3. Cut each sheet along its crop marks on the left and top (not the first "
        "column or the top row).",
        "step4": "4. Lay it over its neighbour so the {overlap:g} mm overlap matches and the "
        "round targets meet, then tape from behind.",
    },
    "zh": {
        "caption": "{row}{col}（共 {rows}×{cols}）",
        "detail": "第 {row} 行，第 {col} 列 · 共 {rows} 行 × {cols} 列",
        "heading": "拼贴说明：{rows} 行 × {cols} 列 {paper} 纸（共 {count} 张）",
        "step1": "1. 按实际大小（100%）打印所有页面，不要选“适合页面”。",
        "step2": "2. 按下图摆放：行 A、B…… 自上而下，列 1、2…… 自左向右。",
        "step3": "3. 沿左侧和上侧的裁切标记剪掉页边（第一列和第一行除外）。",
        "step4": "4. 压在相邻一张上，使 {overlap:g} 毫米重叠部分对齐、"
        "圆形对位标记重合，从背面贴好。",
    },
}


def _lang(language: str) -> dict[str, str]:
    return _TEXT.get(language.split("-")[0].lower(), _TEXT["en"])


def sheet_caption(language: str, row: str, col: int, rows: int, cols: int) -> tuple[str, str]:
    t = _lang(language)
    values = {"row": row, "col": col, "rows": rows, "cols": cols}
    return t["caption"].format(**values), t["detail"].format(**values)


def assembly_lines(
    language: str, rows: int, cols: int, paper: str, overlap_mm: float, title: str
) -> list[str]:
    t = _lang(language)
    values = {
        "rows": rows,
        "cols": cols,
        "paper": paper,
        "count": rows * cols,
        "overlap": round(overlap_mm, 1),
    }
    lines = [t["heading"].format(**values)]
    if title:
        lines.append(title)
    lines += [t[key].format(**values) for key in ("step1", "step2", "step3", "step4")]
    return lines
