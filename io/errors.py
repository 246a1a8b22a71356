"""The one error a .journey file can raise, so every caller catches a single type.

The command line prints ``str(error)`` as is and the editor shows it in a dialog,
so the text must already be a finished sentence that names the file.
"""

from __future__ import annotations

import os

from journeycanvas.io.importers.errors import printable


class JourneyFileError(Exception):
    """A .journey file could not be read or written; ``str()`` is one plain sentence.

    Control characters of the file's name (a newline, a bidi override) are shown
    escaped, so the sentence stays on one line and reads in order.
    """

    def __init__(self, path: str | os.PathLike[str], message: str) -> None:
        self.path = os.fspath(path)
        self.message = message.rstrip().rstrip(".")
        super().__init__(f"{printable(self.path)}: {printable(self.message)}.")


class NewerFileError(JourneyFileError):
    """The file was written by a newer Journey Canvas; the editor offers no 'open anyway'."""

    def __init__(self, path: str | os.PathLike[str], found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            path,
            f"it was written by a newer Journey Canvas (file format {found}; "
            f"this version reads up to {supported})",
        )
