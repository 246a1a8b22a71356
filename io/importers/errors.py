"""The errors a spreadsheet import can raise, so every caller catches one type.

The command line prints ``str(error)`` as is and the import dialog shows it, so
the text is a finished sentence that names the file (and the sheet, row or
column where there is one). Nothing below the import boundary may let another
exception type reach a user: :func:`reading.open_workbook` wraps whatever a
reader library raises.
"""

from __future__ import annotations

import os


class SheetImportError(Exception):
    """A spreadsheet could not be imported; ``str()`` is one plain sentence."""

    def __init__(self, path: str | os.PathLike[str], message: str) -> None:
        self.path = os.fspath(path)
        self.message = message.rstrip().rstrip(".")
        super().__init__(f"{os.path.basename(self.path)}: {self.message}.")


class ImportCancelled(Exception):
    """The user pressed Cancel while an import was running; nothing was changed."""
