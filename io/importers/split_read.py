"""A big worksheet read in parts on every core, and joined into the table it would be.

python-calamine parses a sheet's XML without holding the GIL, but a sheet on one
thread: the 44 MB of XML of a 100,000-answer survey take it half a second while the
machine's other core waits. Cut at row boundaries, the sheet becomes several
workbooks that differ from the original only in that part; each part is parsed on
its own thread (in the reading child, written to the child's folder and opened by
path), and a part's cells become Python values, packed to cross to the parent,
while the next part still parses. The member checks decompress every member once
anyway (prechecks.check_members, bounded: a lying size or a bomb stops the cut as it
stops them); a big sheet's bytes also go to its :class:`_Cutter` as they come, and
each part starts as soon as its rows are in.

The parts are then joined, and the join is checked, not trusted:

- a cut is made only right after a ``</row>``, in a sheet whose ``<sheetData>`` and
  ``<worksheet`` are written plainly, and the row after the cut names its number
  (calamine counts a row without ``r=`` on from the one before it, which a part
  does not know);
- a cut that falls inside a comment, a CDATA section, a processing instruction or
  an attribute value leaves the part before it unterminated, so that part fails to
  parse, and then the sheet is read whole;
- the parts must join exactly: the same first column and width, each part starting
  on the row after the last one's end. Anything else (an empty row at a cut, a
  part whose cells start further right, any error) and the sheet is read whole, as
  it always was. So a sheet read in parts is the sheet read whole, cell for cell;
  tests/test_split_read.py compares the two, the traps above included.

Only an xlsx sheet of at least two :data:`MIN_PART_BYTES` is cut, with two or more
cores to read it on, and only when the workbook's other members (each part carries
a copy) are small beside it (:func:`part_count`).
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from journeycanvas.io.importers import prechecks
from journeycanvas.io.importers.errors import SheetImportError

#: The least sheet XML a part is given: below it, a thread and a workbook per part
#: cost more than the part's parse saves.
MIN_PART_BYTES = 4 * 1024 * 1024
#: The most parts a sheet is cut into, however many cores there are.
MAX_PARTS = 8
#: A sheet is cut only when it is this many times the size of the other members.
OTHERS_SHARE = 16
#: Nor when its cells (in its first piece) take more bytes than this each: calamine
#: parses long texts almost as fast as a part is copied into its workbook and read
#: again (2-column sheets of 300,000 rows, read whole / in parts: 89 bytes a cell
#: 0.76 / 0.69 s, 119 bytes 0.77 / 0.84 s; the 100,000-answer survey's 63 bytes
#: 0.76 / 0.57 s).
MAX_BYTES_PER_CELL = 100
#: Where the reading child writes a part's workbook for calamine to read as a file
#: (its own folder, which the parent removes whatever happens): set by sheet_child.
#: None (a read in this process): the workbook is made in memory, its copies made
#: holding the GIL while the other parts wait for it.
scratch: str | None = None
#: The most the other members of the workbook (shared strings, styles...) may take,
#: decompressed: each part's workbook carries a copy.
MAX_OTHER_BYTES = 64 * 1024 * 1024

_OPEN = b"<sheetData>"
_CELL = b"<c "
_CLOSE = b"</sheetData></worksheet>"
_ROW_END = b"</row>"
_ROW_START = b'<row r="'


class _GiveUp(Exception):
    """No cut can be made: the sheet is read whole."""


@dataclass
class Joined:
    """The sheet's cells as calamine's whole read gives them."""

    rows: list[list[Any]]
    start: tuple[int, int]
    height: int
    crossed: list[bytes] | None = None  # each part's rows as they cross, with ``cross``


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def part_count(size: int, others: int = 0) -> int:
    """How many parts a sheet of ``size`` bytes of XML is read in (1: whole), when
    each part's workbook also carries ``others`` bytes of other members.

    Twice as many as there are cores: the last part can start only once the whole
    sheet is decompressed, so it should be small (on two cores the 100,000-answer
    survey's child took 567-617 ms in 4 parts, 580-626 in 3, 655-701 in 2; read
    whole, 758-793). Not at all when the other members are
    more than a sixteenth of the sheet: each part parses its own copy of the shared
    strings, holding the GIL, and a workbook whose every text is a shared string
    (7 MB of them beside a 26 MB sheet) was read more slowly in parts than whole."""
    available = cores()
    if available < 2 or others * OTHERS_SHARE > size:
        return 1
    return max(1, min(2 * available, MAX_PARTS, size // MIN_PART_BYTES))


@dataclass
class _Part:
    """One part's read, on its own thread (the last part's on the caller's)."""

    body: list[bytes]  # its XML, in the pieces it was decompressed in
    others: Callable[[], list[tuple[zipfile.ZipInfo, bytes]] | None]
    name: str
    sheet_of: Callable[[str], str | None]
    cross: Callable[[list[Any]], bytes] | None = None
    rows: list | None = None
    crossed: bytes | None = None
    start: tuple[int, int] | None = None
    end: tuple[int, int] | None = None
    width: int = 0
    height: int = 0
    failed: bool = False
    thread: threading.Thread | None = field(default=None, repr=False)

    def read(self) -> None:
        import python_calamine as pc

        try:
            others, sheet = self.others(), self.sheet_of(self.name)
            if others is None or sheet is None:
                self.failed = True
                return
            if scratch is None:
                book = pc.CalamineWorkbook.from_filelike(_workbook(self, others))
            else:  # written and read as a file: neither copy holds the GIL for long
                place = os.path.join(scratch, f"part-{id(self):x}.xlsx")
                try:
                    with open(place, "wb") as handle:
                        _write_workbook(handle, self, others)
                    book = pc.CalamineWorkbook.from_path(place)
                finally:
                    with contextlib.suppress(OSError):
                        os.unlink(place)  # calamine keeps it open (else the folder goes)
            self.body = []  # the workbook holds its own copy now
            data = book.get_sheet_by_name(sheet)  # the GIL is let go while it parses
            self.start, self.end = data.start, data.end
            self.width, self.height = data.width, data.height
            self.rows = data.to_python(skip_empty_area=True)
            if self.cross is not None:  # while the next part still parses
                self.crossed = self.cross(self.rows)
        except BaseException:  # anything (a Rust panic too): the sheet is read whole
            self.failed = True

    def begin(self) -> None:
        self.thread = threading.Thread(target=self.read, name="jc-sheet-part", daemon=True)
        self.thread.start()

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.join()


def _workbook(part: _Part, others: list[tuple[zipfile.ZipInfo, bytes]]) -> io.BytesIO:
    """The workbook with this part in place of the sheet's XML, in memory."""
    out = io.BytesIO()
    _write_workbook(out, part, others)
    out.seek(0)
    return out


def _write_workbook(
    out: BinaryIO, part: _Part, others: list[tuple[zipfile.ZipInfo, bytes]]
) -> None:
    """The workbook with this part in place of the sheet's XML, every member stored
    (written from the part's pieces: no copy of the whole part is made to write it)."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for info, body in others:
            archive.writestr(info, body)
        info = _stored(part.name)
        info.file_size = sum(map(len, part.body))
        with archive.open(info, "w") as member:
            for piece in part.body:
                member.write(piece)


def _stored(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_STORED
    return info


class Split:
    """The workbook's big sheets, cut as the member checks decompress them.

    The checks (prechecks.check_members, on their thread or first) decompress every
    member once, bounded; a big sheet's XML is also handed to its :class:`_Cutter`
    (:meth:`tap`), which starts each part's read as soon as its bytes are in. The
    reader then asks :meth:`joined` for the sheet instead of reading it whole.
    """

    def __init__(
        self,
        path: Path,
        data: bytes,
        archive: zipfile.ZipFile,
        cross: Callable[[list[Any]], bytes] | None = None,
    ) -> None:
        self.path, self.data, self.archive = path, data, archive
        self.cross = cross
        self._cutters: dict[str, _Cutter] = {}  # part name -> its cutter
        self._places: dict[str, str] | None = None  # sheet name -> part name, when asked
        self._others: list[tuple[zipfile.ZipInfo, bytes]] | None = None
        self._others_read = False
        self._lock = threading.Lock()
        # Which sheet a part is comes later (workbook.xml may not have been checked
        # yet); whether it is big enough to cut is in the listing.
        infos = archive.infolist()
        sheets = [i for i in infos if prechecks.is_sheet_part(i.filename)]
        others = sum(i.file_size for i in infos if not prechecks.is_sheet_part(i.filename))
        for info in sheets:
            name = info.filename
            count = part_count(info.file_size, others)
            if count >= 2 and info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                self._cutters[name] = _Cutter(info.file_size, count, partial(self._part, name))

    def tap(self, name: str) -> _Cutter | None:
        """Where the checks also send member ``name``'s bytes, if it is cut."""
        return self._cutters.get(name)

    def close(self) -> None:
        """The checks are over: a member they never finished is read whole."""
        for cutter in self._cutters.values():
            cutter.end(complete=False)

    def joined(self, sheet: str) -> Joined | None:
        """The sheet read in parts, or None: read it whole."""
        if not self._cutters:
            return None
        cutter = self._cutters.get(self._sheet_places().get(sheet, ""))
        if cutter is None:
            return None
        parts = cutter.finish()
        if parts is None:
            return None
        parts[-1].read()  # the last part on this thread, while the others finish
        for part in parts:
            part.wait()
        return _join(parts)

    def _part(self, part_name: str, body: list[bytes]) -> _Part:
        return _Part(body, self._other_members, part_name, self._sheet_of, self.cross)

    def _sheet_places(self) -> dict[str, str]:
        """Sheet name -> part name, looked up once (bounded: the checks may not yet
        have passed workbook.xml)."""
        with self._lock:
            if self._places is None:
                self._places = prechecks.sheet_parts_bounded(self.path, self.data, self.archive)
            return self._places

    def _sheet_of(self, part_name: str) -> str | None:
        """The sheet whose XML ``part_name`` is, or None."""
        return next((s for s, p in self._sheet_places().items() if p == part_name), None)

    def _other_members(self) -> list[tuple[zipfile.ZipInfo, bytes]] | None:
        """Every member but the cut sheets, decompressed (bounded) once, to go into each
        part's workbook; None when too large to copy or unreadable (then: read whole)."""
        with self._lock:
            if not self._others_read:
                self._others_read = True
                self._others = self._read_others()
            return self._others

    def _read_others(self) -> list[tuple[zipfile.ZipInfo, bytes]] | None:
        found: list[tuple[zipfile.ZipInfo, bytes]] = []
        left = MAX_OTHER_BYTES
        for info in self.archive.infolist():
            if prechecks.is_sheet_part(info.filename) or info.is_dir():
                continue  # a part's workbook needs no other sheet: it reads only its own
            if info.file_size > left:
                return None
            try:
                body = prechecks.read_member(self.path, self.data, info, left)
            except SheetImportError:
                return None
            left -= len(body)
            found.append((_stored(info.filename), body))
        return found


class _Cutter:
    """Takes a sheet's XML as the checks decompress it and starts each part's read as
    soon as its bytes are in (a part ends after the last ``</row>`` of the piece that
    completes its share). It never raises into the checks: a sheet it cannot cut is
    simply read whole."""

    def __init__(self, size: int, count: int, make: Callable[[list[bytes]], _Part]) -> None:
        self.share = max(size // count, 1)
        self.count = count
        self.make = make
        self.pending: list[bytes] = []
        self.pending_size = 0
        self.head: bytes | None = None  # the XML up to and including <sheetData>
        self.parts: list[_Part] = []
        self.given_up = False
        self.complete = False
        self.ended = threading.Event()

    def feed(self, chunk: bytes) -> None:
        if self.given_up or self.ended.is_set():
            return
        if self.head is None:
            opened = chunk.find(_OPEN)
            if opened < 0 or chunk.find(b"<worksheet", 0, opened) < 0:
                self._give_up()  # the first piece must hold all that comes before the rows
                return
            rows = len(chunk) - opened
            if rows > MAX_BYTES_PER_CELL * max(chunk.count(_CELL, opened), 1):
                self._give_up()  # long texts: parsed nearly as fast as the parts are copied
                return
            self.head = chunk[: opened + len(_OPEN)]
        self.pending.append(chunk)
        self.pending_size += len(chunk)
        if len(self.parts) < self.count - 1 and self.pending_size >= self.share:
            self._cut(chunk)

    def _give_up(self) -> None:
        """No parts for this sheet: the reader, waiting in :meth:`finish`, reads it
        whole at once, beside the checks, as it would have without the cutter."""
        self.given_up = True
        self.pending = []
        self.ended.set()

    def end(self, complete: bool) -> None:
        """The member's last byte is in (``complete``), or its stream stopped short."""
        if not self.ended.is_set():
            self.complete = complete
            self.ended.set()

    def _cut(self, last: bytes) -> None:
        """A part of the pieces so far, up to the last row end in ``last`` that has the
        next row's start after it; none yet if ``last`` holds no such row end."""
        first_piece = not self.parts and len(self.pending) == 1 and self.head is not None
        floor = len(self.head) if first_piece and self.head is not None else 0  # after <sheetData>
        cut = last.rfind(_ROW_END, floor, max(floor, len(last) - len(_ROW_START)))
        if cut < 0:
            return  # a row longer than the piece: try again with the next one
        cut += len(_ROW_END)
        if not last.startswith(_ROW_START, cut):
            self._give_up()  # the next row does not say its number
            return
        assert self.head is not None
        body = [*self.pending[:-1], last[:cut], _CLOSE]
        if self.parts:
            body.insert(0, self.head)
        part = self.make(body)
        part.begin()
        self.parts.append(part)
        rest = last[cut:]
        self.pending, self.pending_size = [rest], len(rest)

    def finish(self) -> list[_Part] | None:
        """Once the member has ended: the parts, the last one made of what is left;
        None when no cut was made or the member stopped short (read it whole)."""
        self.ended.wait()
        if self.given_up or not self.complete or not self.parts or self.head is None:
            for part in self.parts:
                part.wait()
            self.pending = []
            return None
        last = self.make([self.head, *self.pending])
        self.pending = []
        return [*self.parts, last]


def _join(parts: list[_Part]) -> Joined | None:
    """The parts' rows as one table, when they fit together exactly."""
    first = parts[0]
    if any(p.failed or p.rows is None or p.start is None or p.end is None for p in parts):
        return None
    assert first.start is not None
    rows: list[list[Any]] = []
    height = 0
    before: _Part | None = None
    for part in parts:
        assert part.start is not None and part.end is not None and part.rows is not None
        if part.start[1] != first.start[1] or part.width != first.width:
            return None
        if before is not None:
            assert before.end is not None
            if part.start[0] != before.end[0] + 1:
                return None
        if len(part.rows) != part.height:
            return None
        rows.extend(part.rows)
        height += part.height
        before = part
    crossed = [p.crossed for p in parts]
    if any(c is None for c in crossed):
        return Joined(rows, first.start, height)
    return Joined(rows, first.start, height, crossed)  # type: ignore[arg-type]
