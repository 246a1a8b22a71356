"""Replay a PDF content stream and list what it paints, with the state it paints in.

Two streams that paint the same paths and texts, in the same order, with the same
colours, line widths, caps, joins, dashes, transforms and fonts draw the same
picture, however they save, restore and repeat their graphics state. The PDF
exporter's fast paths are checked that way against reportlab's own calls: a
change of what is painted fails, a leaner way of saying the same passes.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    rb"\((?:\\.|[^\\)])*\)|\[|\]|/[^\s/\[\]()<>]+|<[0-9A-Fa-f\s]*>|[^\s/\[\]()<>]+",
    re.S,
)
_PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}
_PATH = {"m", "l", "c", "v", "y", "h", "re"}
_FILLS = {"f", "F", "f*", "B", "B*", "b", "b*"}
_STROKES = {"S", "s", "B", "B*", "b", "b*"}


def _number(text: str) -> float:
    return round(float(text), 6)


def painted(stream: bytes) -> list[tuple]:
    """Every painting operator of ``stream`` with the state that affects what it paints."""
    state = {
        "rg": None, "RG": None, "w": 1.0, "J": 0, "j": 0, "d": ((), 0.0),
        "cm": (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), "Tf": None, "Tr": 0, "Tm": None,
    }  # fmt: skip
    stack: list[dict] = []
    path: list[tuple] = []
    out: list[tuple] = []
    operands: list = []
    array: list | None = None
    for raw in _TOKEN.findall(stream):
        token = raw.decode("latin-1")
        if token == "[":
            array = []
            continue
        if token == "]":
            operands.append(tuple(array or ()))
            array = None
            continue
        if token[0] in "(/<" or re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)", token):
            value = token if token[0] in "(/<" else _number(token)
            (array if array is not None else operands).append(value)
            continue
        op, args = token, tuple(operands)
        operands = []
        if op == "q":
            stack.append(dict(state))
        elif op == "Q":
            state = stack.pop()
        elif op in ("rg", "RG", "w", "J", "j", "Tf", "Tr", "Tm"):
            state[op] = args if len(args) != 1 else args[0]
        elif op == "d":
            state["d"] = args
        elif op == "cm":
            a, b, c, d, e, f = args
            A, B, C, D, E, F = state["cm"]
            state["cm"] = tuple(
                round(v, 6)
                for v in (
                    a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
                    e * A + f * C + E, e * B + f * D + F,
                )
            )  # fmt: skip
        elif op in _PATH:
            path.append((op, args))
        elif op in _PAINT:
            if op != "n":
                fill = state["rg"] if op in _FILLS else None
                stroke = (
                    (state["RG"], state["w"], state["J"], state["j"], state["d"])
                    if op in _STROKES
                    else None
                )
                out.append((op, tuple(path), fill, stroke, state["cm"]))
            path = []
        elif op in ("Tj", "TJ"):
            tr = state["Tr"]
            out.append(
                (
                    op,
                    args,
                    state["Tf"],
                    state["Tm"],
                    tr,
                    state["rg"] if tr in (0, 2) else None,
                    (state["RG"], state["w"]) if tr in (1, 2) else None,
                    state["cm"],
                )
            )
        elif op in ("BT", "ET", "TL"):
            pass  # the text matrix is set by every run (Tm); the leading is never used
        else:
            out.append((op, args, state["cm"]))
    return out
