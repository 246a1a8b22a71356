"""A big worksheet parsed in two halves at once, one on each core.

python-calamine's parse of a sheet is one Rust call of about a second for a
100,000-row survey, and it cannot stream; it does release the GIL. So the reading
child cuts the sheet's XML at a row boundary near its middle, gives each half the
sheet's head and tail (so each is a worksheet on its own) in a workbook that holds
every other part unchanged, and has calamine parse the two on two threads. A cell's
value depends only on its own element, the shared strings and the styles, and its
place only on its own ``r=`` (the half starts at a row that names its number), so
the two ranges, put side by side with the empty cells between them, are the range
the whole parse makes.

Anything unusual -- a small sheet, CDATA, comments or processing instructions in the
rows, no ``<row r="N">`` after a ``</row>`` near the middle, a half that reads as
empty or reaches into the other, any error of either parse -- and :func:`read` says
None: the sheet is read whole, as before. It runs only in the reading child, beside
the member checks (side_checks.py), and inflates the part no further than the size
its listing declares.
"""

from __future__ import annotations

import io
import os
import threading
import zipfile
import zlib
from collections.abc import Callable
from typing import Any

#: Sheets with less XML than this are read whole: two threads would not pay.
SPLIT_ABOVE = 8 * 2**20
#: Nor are sheets compressed beyond this (their XML, held three times over while the
#: halves are made, would weigh on the child's memory budget), nor above this size.
MAX_RATIO = 24
MAX_XML = 256 * 2**20
#: The most bytes of the workbook's other parts copied into each half's workbook.
MAX_OTHER_PARTS = 32 * 2**20
#: How many ``<row r="`` after the middle are tried for a boundary.
TRIES = 64
#: How many "!" or "?" in the text are looked at for a "<!" or "<?" before giving up.
MAX_MARKS = 4096

_OPEN = b"<sheetData>"
_CLOSE = b"</sheetData>"
_ROW = b'<row r="'
_ROW_END = b"</row>"
_SPACE = (b" ", b"\t", b"\r", b"\n")

Row = list[Any]


def read(
    archive: zipfile.ZipFile,
    part: str,
    sheet: str,
    inflated: Callable[[str, bytes], None] | None = None,
) -> tuple[list[Row], int, int] | None:
    """The sheet's rows, its first row (0-based) and first column, read in two halves;
    None when it should be read whole. ``inflated`` is given the part's XML as soon
    as it is decompressed (the checks beside the read measure it: side_checks.Handover)."""
    try:
        xml = _sheet_xml(archive, part)
        if xml is not None and inflated is not None:
            inflated(part, xml)
        cut = _cut(xml) if xml is not None else None
        if cut is None:
            return None
        split, body, close, first_b = cut
        others = _other_parts(archive, part)
        if others is None:
            return None
        # Each half makes its workbook and parses it on a thread of its own (this one
        # for the second); the XML goes once both workbooks are made.
        view = memoryview(xml)
        top = _Half(others, part, (view[:split], view[close:]))
        bottom = _Half(others, part, (view[:body], view[split:]))
        del xml, view, others
        thread = threading.Thread(target=top.parse, args=(sheet,), name="jc-half", daemon=True)
        thread.start()
        try:
            bottom.parse(sheet)
        finally:
            thread.join()
        return _joined(top, bottom, first_b)
    except Exception:  # a MemoryError, a part that cannot be read: the whole read tells it
        return None


def spare_core() -> bool:
    """Whether a second core is likely free for the other half: this process may use
    two or more, and the last minute's load average leaves more than half a core
    of them idle. On a machine already busy the halves only cost CPU (measured on
    the 100k survey with one core taken by another process: the same wall time as
    the whole read, 0.3-0.5 s more CPU), so there the sheet is read whole."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    if cores < 2:
        return False
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return True  # Windows keeps no load average
    return load < cores - 0.5


def inflates(info: zipfile.ZipInfo) -> bool:
    """Whether :func:`read` decompresses this part (it is big, and plainly compressed)."""
    size = info.file_size
    if size < SPLIT_ABOVE or size > MAX_XML or size > MAX_RATIO * max(info.compress_size, 1):
        return False
    return info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) and not (
        info.flag_bits & 1
    )


def _sheet_xml(archive: zipfile.ZipFile, part: str) -> bytes | None:
    try:
        info = archive.getinfo(part)
    except KeyError:
        return None
    if not inflates(info):
        return None
    size = info.file_size
    try:
        with archive.open(info) as member:
            xml = member.read(size + 1)  # no further than declared: the checks judge a lie
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError):
        return None
    return xml if len(xml) == size else None


def _cut(xml: bytes) -> tuple[int, int, int, int] | None:
    """Where to cut: (split, end of <sheetData>, start of </sheetData>, the second
    half's first row number), or None."""
    start = xml.find(_OPEN)
    close = xml.rfind(_CLOSE)
    if start < 0 or close < start:
        return None
    body = start + len(_OPEN)
    if xml.find(b"sheetData", body, close) >= 0:
        return None  # a second <sheetData> or a </sheetData> before the last
    if _markup_declared(xml, body, b"!") or _markup_declared(xml, body, b"?"):
        return None  # CDATA, a comment or an instruction could hold any text
    at = body + (close - body) // 2
    for _ in range(TRIES):
        split = xml.find(_ROW, at, close)
        if split < 0:
            return None
        at = split + len(_ROW)
        end = split
        while end > split - 64 and xml[end - 1 : end] in _SPACE:
            end -= 1  # a writer that puts each row on a line of its own
        if xml[end - len(_ROW_END) : end] != _ROW_END:
            continue
        quote = xml.find(b'"', at, at + 12)
        digits = xml[at:quote] if quote > at else b""
        if digits.isdigit() and digits[:1] != b"0":
            return split, body, close, int(digits)
    return None


def _markup_declared(xml: bytes, at: int, mark: bytes) -> bool:
    """Whether ``<`` + ``mark`` occurs after ``at`` (or ``mark`` too often to tell
    cheaply). The single byte is found at memchr speed; a two-byte search is slower
    than that, every ``<`` of the sheet being a candidate."""
    for _ in range(MAX_MARKS):
        at = xml.find(mark, at)
        if at < 0:
            return False
        if xml[at - 1 : at] == b"<":
            return True
        at += 1
    return True


def _other_parts(archive: zipfile.ZipFile, part: str) -> list[tuple[zipfile.ZipInfo, bytes]] | None:
    """Every other part with its bytes (the sheet's own with none), in the archive's
    order; None when they are too big to copy twice (a workbook full of pictures)."""
    infos = [info for info in archive.infolist() if not info.is_dir()]
    if sum(info.file_size for info in infos if info.filename != part) > MAX_OTHER_PARTS:
        return None
    parts = []
    for info in infos:
        data = b""
        if info.filename != part:
            with archive.open(info) as member:
                data = member.read(info.file_size + 1)  # no further than declared
            if len(data) != info.file_size:
                return None  # a lie the checks will tell
        parts.append((info, data))
    return parts


def _workbook(
    others: list[tuple[zipfile.ZipInfo, bytes]], part: str, pieces: tuple[memoryview, ...]
) -> io.BytesIO:
    """The workbook with its sheet part made of ``pieces``, every part stored (not
    compressed), as a file to read."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as book:
        for info, data in others:
            name = info.filename
            if name != part:
                book.writestr(name, data)
                continue
            entry = zipfile.ZipInfo(name, info.date_time)
            entry.file_size = sum(map(len, pieces))
            with book.open(entry, "w") as sheet_part:
                for piece in pieces:
                    sheet_part.write(piece)
    out.seek(0)
    return out


class _Half:
    """One half: its workbook, then calamine's range of its sheet and that range's rows,
    all made on the thread it is parsed on."""

    def __init__(
        self,
        others: list[tuple[zipfile.ZipInfo, bytes]],
        part: str,
        pieces: tuple[memoryview, ...],
    ) -> None:
        self.made: tuple | None = (others, part, pieces)
        self.range: Any = None
        self.rows: list[Row] = []
        self.failure: BaseException | None = None

    def parse(self, sheet: str) -> None:
        import python_calamine as pc

        try:
            made, self.made = self.made, None  # the pieces of XML go with the workbook
            assert made is not None
            book = _workbook(*made)
            del made
            opened = pc.CalamineWorkbook.from_filelike(book)
            del book  # calamine keeps its own copy
            self.range = opened.get_sheet_by_name(sheet)  # the GIL released meanwhile
            # Made into Python rows at once, while the other half may still be parsing.
            self.rows = self.range.to_python(skip_empty_area=True)
        except BaseException as exc:  # a PanicException too: then it is read whole
            self.failure = exc


def _joined(top: _Half, bottom: _Half, first_b: int) -> tuple[list[Row], int, int] | None:
    """The two halves' rows as the whole sheet's, or None when they do not fit together."""
    if top.failure is not None or bottom.failure is not None:
        return None
    a, b = top.range, bottom.range
    if a.start is None or b.start is None or not a.height or not b.height:
        return None
    if b.start[0] < first_b - 1 or a.end[0] >= b.start[0]:
        return None  # not two bands of rows, one above the other: read it whole
    first_col = min(a.start[1], b.start[1])
    last_col = max(a.end[1], b.end[1])
    rows = _widened(a, top.rows, first_col, last_col)
    below = _widened(b, bottom.rows, first_col, last_col)
    if rows is None or below is None:
        return None
    width = last_col - first_col + 1
    rows.extend([""] * width for _ in range(b.start[0] - a.end[0] - 1))
    rows.extend(below)
    return rows, a.start[0], first_col


def _widened(part: Any, rows: list[Row], first_col: int, last_col: int) -> list[Row] | None:
    """The half's rows from ``first_col`` to ``last_col``; None unless they are the
    rectangle its range says (then the pieces could not be put together)."""
    if len(rows) != part.height or set(map(len, rows)) != {part.width}:
        return None
    left, right = part.start[1] - first_col, last_col - part.end[1]
    if left or right:
        rows = [[""] * left + row + [""] * right for row in rows]
    return rows
