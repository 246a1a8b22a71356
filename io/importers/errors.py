"""The errors a spreadsheet import can raise, so every caller catches one type.

The command line prints ``str(error)`` as is and the import dialog shows it, so
the text is a finished sentence that names the file (and the sheet, row or
column where there is one). Nothing below the import boundary may let another
exception type reach a user: :func:`reading.open_workbook` wraps whatever a
reader library raises.
"""

from __future__ import annotations

import os
import re

#: Characters that would break a one-line message or reorder it on screen: C0/C1
#: controls, line and paragraph separators, and the bidirectional overrides.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` on one line: control characters shown escaped (``\\n``, ``\\x1b``)."""
    return _UNPRINTABLE.sub(lambda m: repr(m.group(0))[1:-1], text)


class SheetImportError(Exception):
    """A spreadsheet could not be imported; ``str()`` is one plain sentence."""

    def __init__(self, path: str | os.PathLike[str], message: str) -> None:
        self.path = os.fspath(path)
        self.message = printable(message.rstrip().rstrip("."))
        super().__init__(f"{printable(os.path.basename(self.path))}: {self.message}.")


class ImportCancelled(Exception):
    """The user pressed Cancel while an import was running; nothing was changed."""
