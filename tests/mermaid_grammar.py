"""Mermaid's journey grammar, transcribed for tests: what Mermaid's parser makes of a text.

The rules below are those of mermaid 11's ``journey.jison`` lexer, in its order
(jison takes the first rule that matches where a token starts, case-insensitive),
with the preprocessing Mermaid does before (directives out, whole-line ``%%``
comments out). tests/test_mermaid.py checks this transcription against the real
parser whenever node and the ``mermaid`` npm package are present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

IC = re.IGNORECASE
_DIRECTIVE = re.compile(
    r"%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?", IC
)
_LINE_COMMENT = re.compile(r"^\s*%%(?!{)[^\n]+\n?", re.MULTILINE)

#: (pattern, token, state to push); token None is skipped.
_INITIAL = [
    (re.compile(r"%(?!\{)[^\n]*", IC), None, None),
    (re.compile(r"[^\}]%%[^\n]*", IC), None, None),
    (re.compile(r"[\n]+", IC), "NEWLINE", None),
    (re.compile(r"\s+", IC), None, None),
    (re.compile(r"#[^\n]*", IC), None, None),
    (re.compile(r"journey\b", IC | re.ASCII), "journey", None),
    (re.compile(r"title\s[^#\n;]+", IC), "title", None),
    (re.compile(r"accTitle\s*:\s*", IC), "acc_title", "acc_title"),
    (re.compile(r"accDescr\s*:\s*", IC), "acc_descr", "acc_descr"),
    (re.compile(r"accDescr\s*\{\s*", IC), None, "acc_descr_multiline"),
    (re.compile(r"section\s[^#:\n;]+", IC), "section", None),
    (re.compile(r"[^#:\n;]+", IC), "taskName", None),
    (re.compile(r":[^#\n;]+", IC), "taskData", None),
    (re.compile(r":", IC), ":", None),
    (re.compile(r".", IC | re.DOTALL), "INVALID", None),
]
_STATES = {
    "acc_title": [(re.compile(r"[^\n]*"), "acc_title_value", "pop")],
    "acc_descr": [(re.compile(r"[^\n]*"), "acc_descr_value", "pop")],
    "acc_descr_multiline": [
        (re.compile(r"[\}]"), None, "pop"),
        (re.compile(r"[^\}]*"), "acc_descr_multiline_value", None),
    ],
}


class MermaidSyntaxError(ValueError):
    pass


@dataclass
class Parsed:
    title: str = ""
    sections: list[str] = field(default_factory=list)
    tasks: list[dict] = field(default_factory=list)


def preprocess(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _DIRECTIVE.sub("", text)
    return _LINE_COMMENT.sub("", text).lstrip()


def tokens(text: str) -> list[tuple[str, str]]:
    out, pos, stack = [], 0, ["INITIAL"]
    while pos < len(text):
        rules = _INITIAL if stack[-1] == "INITIAL" else _STATES[stack[-1]]
        for pattern, token, push in rules:
            match = pattern.match(text, pos)
            if match is None or (not match.group(0) and stack[-1] == "INITIAL"):
                continue
            pos = match.end()
            if push == "pop":
                stack.pop()
            elif push:
                stack.append(push)
            if token:
                out.append((token, match.group(0)))
            break
        else:
            raise MermaidSyntaxError(f"no rule matches at {text[pos : pos + 20]!r}")
    return out


def parse(text: str) -> Parsed:
    """What Mermaid's journey db holds after parsing ``text`` (or MermaidSyntaxError)."""
    toks = tokens(preprocess(text))
    i = 0
    while i < len(toks) and toks[i][0] == "NEWLINE":
        i += 1
    if i >= len(toks) or toks[i][0] != "journey":
        raise MermaidSyntaxError("expecting 'journey'")
    i += 1
    result, section = Parsed(), ""
    while i < len(toks):
        kind, value = toks[i]
        if kind == "NEWLINE":
            i += 1
        elif kind == "title":
            result.title = value[6:].strip()
            i += 1
        elif kind in ("acc_title", "acc_descr"):
            i += 2
        elif kind == "acc_descr_multiline_value":
            i += 1
        elif kind == "section":
            section = value[8:]
            result.sections.append(section)
            i += 1
        elif kind == "taskName" and i + 1 < len(toks) and toks[i + 1][0] == "taskData":
            pieces = toks[i + 1][1][1:].split(":")
            people = pieces[1].split(",") if len(pieces) > 1 else []
            result.tasks.append(
                {
                    "section": section,
                    "task": value,
                    "score": float(pieces[0]),
                    "people": [p.strip() for p in people],
                }
            )
            i += 2
        else:
            raise MermaidSyntaxError(f"unexpected {kind} {value!r}")
    return result
