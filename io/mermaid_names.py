"""How a name is spelled in a Mermaid ``journey`` so that Mermaid reads it as that name.

Mermaid's journey lexer (mermaid 11, ``journey.jison``) is case-insensitive and
takes the first rule that matches where a token starts, so a task called
"Title deeds check" is read as a ``title`` line, "Section 8 form" as a section,
"Journey planner" as a second diagram header (an error), and one starting with
``%`` or ``#`` as a comment. Before lexing, Mermaid also pulls ``%%{…}%%``
directives out of any line, and a token whose 2nd and 3rd characters are ``%%``
is a comment too. A task name cannot hold ``:`` ``#`` ``;``, an actor not ``,``
either, and no text can hold a line break.

The grammar has no escape, so we spell around it:

* a name that starts like a keyword or a comment gets an invisible WORD JOINER
  (U+2060) in front; JavaScript's ``\\s`` and ``\\b`` do not count it as space, so
  no keyword matches, and the name draws exactly as typed;
* ``%%`` anywhere becomes ``%⁠%`` (the same joiner between), so neither a
  directive nor a comment can start;
* ``:`` ``#`` ``;`` ``,`` become look-alikes nobody types in journey names
  (ratio ∶, small number sign ﹟, Greek question mark ; which Unicode even
  defines as equivalent to ``;``, low single quote ‚) — not the full-width
  forms, which Chinese text uses on purpose.

Files we write carry :data:`MARKER` as a comment; the importer undoes the
spelling only in those, so someone else's diagram is read exactly as written.
"""

from __future__ import annotations

import re

JOINER = "\u2060"
MARKER = "%% journey-canvas: names spelled for Mermaid; ∶ ﹟ ; ‚ stand for : # ; ,"
#: A comment line after a task: the touchpoint has no score (Mermaid needs one).
UNSCORED = "%% journey-canvas: no score"
#: A comment line after a task: the touchpoint is a moment of truth.
MOMENT = "%% journey-canvas: moment of truth"
#: A comment line after a step's section: the step is a moment of truth.
STEP_MOMENT = "%% journey-canvas: this step is a moment of truth"
#: Between a stage's name and a step's in the section of a step ("Apply › Form").
STEP_SEPARATOR = " \u203a "
#: A comment line before a step's section: how many characters of the section's
#: text are its stage's name (so a stage name holding " › " still reads back), and
#: whether the step is its stage's first (so two stages of one name stay two).
STEP_COMMENT = "%% journey-canvas: {first}step; its stage is the first {n} characters"
_STEP_COMMENT = re.compile(
    r"%% journey-canvas: (first )?step; its stage is the first (\d+) characters$"
)


def step_comment(stage_length: int, first: bool) -> str:
    return STEP_COMMENT.format(first="first " if first else "", n=stage_length)


def read_step_comment(line: str) -> tuple[int, bool] | None:
    """(length of the stage's name, first step of it) from a step comment, else None."""
    found = _STEP_COMMENT.match(line)
    return None if found is None else (int(found.group(2)), found.group(1) is not None)


_LOOKALIKE = {":": "\u2236", "#": "\ufe5f", ";": "\u037e", ",": "\u201a"}
_BACK = {v: k for k, v in _LOOKALIKE.items()}
# Starts that Mermaid's lexer would take for something other than a name.
_KEYWORD_START = re.compile(r"(?i)(journey|title|section|acctitle|accdescr|%)")


def spell(text: str, kind: str = "task") -> str:
    """``text`` on one line, as a Mermaid ``task``, ``section``, ``title`` or ``actor``.

    A title may keep its colons (the grammar allows them there); it follows the
    ``title`` keyword, so it needs no joiner in front either.
    """
    text = " ".join(text.split())
    reserved = {"title": "#;", "actor": ":#;,"}.get(kind, ":#;")
    text = "".join(_LOOKALIKE[c] if c in reserved else c for c in text)
    while "%%" in text:
        text = text.replace("%%", f"%{JOINER}%")
    if kind != "title" and _KEYWORD_START.match(text):
        text = JOINER + text
    return text


def unspell(text: str) -> str:
    """The name as the user wrote it, from a file we wrote."""
    return "".join(_BACK.get(c, c) for c in text.replace(JOINER, "")).strip()
