"""The title a workbook carries in its document properties (docProps/core.xml).

Journey Canvas writes the journey's title there when it exports an xlsx, and so
does any spreadsheet a user titled; importing it back names the journey by it
instead of by the file name. Read with the zip module and defusedxml, so a
hostile file can neither expand entities nor make us load the whole workbook.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from defusedxml import ElementTree

_CORE = "docProps/core.xml"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
MAX_CORE_BYTES = 1_000_000


def workbook_title(path: str | Path) -> str:
    """The document title of an .xlsx/.xlsm, or "" (other formats, none set, unreadable)."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return ""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(_CORE)
            if info.file_size > MAX_CORE_BYTES:
                return ""
            root = ElementTree.fromstring(archive.read(info))
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError, ValueError):
        return ""
    title = root.find(_DC_TITLE)
    return " ".join((title.text or "").split()) if title is not None else ""
