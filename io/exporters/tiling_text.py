"""Words printed on tiled sheets, in the journey's language (the PDF has no Qt translator).

Like canvas/labels.py, these belong to the document: a Chinese map prints Chinese
assembly instructions whatever language the interface speaks.
"""

from __future__ import annotations

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "caption": "Sheet {n} of {count}: row {row}, column {col}",
        "detail": "{rows} rows × {cols} columns · cut the left and top margins",
        "label": "R{row} C{col}",
        "heading": "Assembly: {rows} rows × {cols} columns of {paper} ({count} sheets)",
        "step1": "1. Print every page at actual size (100 %), not “fit to page”.",
        "step2": "2. Lay the sheets out as below: rows 1, 2, … from the top, columns 1, 2, … "
        "from the left (R2 C3 is row 2, column 3).",
        "step3": "3. Cut each sheet along its crop marks on the left and top (not the first "
        "column or the top row).",
        "step4": "4. Lay it over its neighbour so the {overlap:g} mm overlap matches and the "
        "half targets on the two sheets join into whole circles, then tape from behind.",
    },
    "zh": {
        "caption": "第 {n} 张，共 {count} 张：第 {row} 行，第 {col} 列",
        "detail": "共 {rows} 行 × {cols} 列 · 剪掉左侧和上侧页边",
        "label": "{row} 行 {col} 列",
        "heading": "拼贴说明：{rows} 行 × {cols} 列 {paper} 纸（共 {count} 张）",
        "step1": "1. 按实际大小（100%）打印所有页面，不要选“适合页面”。",
        "step2": "2. 按下图摆放：行 1、2…… 自上而下，列 1、2…… 自左向右。",
        "step3": "3. 沿左侧和上侧的裁切标记剪掉页边（第一列和第一行除外）。",
        "step4": "4. 压在相邻一张上，使 {overlap:g} 毫米重叠部分对齐、"
        "两张纸上的半个对位圆合成完整的圆，从背面贴好。",
    },
}


def _lang(language: str) -> dict[str, str]:
    return _TEXT.get(language.split("-")[0].lower(), _TEXT["en"])


def sheet_caption(language: str, row: int, col: int, rows: int, cols: int) -> tuple[str, str]:
    """The caption of sheet (row, col), counted from 0, and its detail line."""
    t = _lang(language)
    values = {
        "row": row + 1,
        "col": col + 1,
        "rows": rows,
        "cols": cols,
        "n": row * cols + col + 1,
        "count": rows * cols,
    }
    return t["caption"].format(**values), t["detail"].format(**values)


def sheet_label(language: str, row: int, col: int) -> str:
    """A sheet's short name on the assembly page: "R2 C3", never a paper-like "B3"."""
    return _lang(language)["label"].format(row=row + 1, col=col + 1)


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
