"""Checks a workbook must pass before a reader library is let near it.

The native readers trust what a file says about itself: a sheet's cell references,
a shared-strings count, a zip member's declared size, an .xls sector chain. A
hostile or damaged file that lies in any of them makes the reader ask for tens of
gigabytes and abort. Everything here is measured from the bytes instead, with a
bounded amount of work and memory, and a lie becomes one SheetImportError
sentence. These checks run in the reading child (sheet_child.py), so even a
mistake here cannot take the editor down, on a thread beside calamine's parse
(side_checks.py): their verdict stands however far the parse has got.
"""

from __future__ import annotations

import bz2
import lzma
import re
import struct
import sys
import zipfile
import zlib
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from journeycanvas.io.importers.errors import SheetImportError

#: Zip listing limits: what a workbook of a million rows stays well within.
MAX_MEMBERS = 10_000
MAX_UNCOMPRESSED = 1536 * 1024 * 1024
MAX_RATIO = 120
RATIO_CHECK_ABOVE = 32 * 1024 * 1024
#: How much of an XML part may come before its root element.
PROLOG_BYTES = 65536
#: The cells a sheet may stretch over (calamine allocates its whole rectangle).
MAX_AREA_CELLS = 40_000_000
#: The smallest a shared string can be written: ``<si><t/></si>``.
MIN_SHARED_STRING_BYTES = 13
_CHUNK = 1 << 20

# Patterns that start with a literal are searched for at C speed; the general row
# pattern is used only for a chunk whose rows do not all start with their r= attribute.
_ROW_FAST = re.compile(rb'<row r="(\d{1,9})"')
_ROW = re.compile(rb'<row\b[^>]*?\sr="(\d{1,9})"')
#: A cell past column Z (two to four letters) or below row 999,999 (seven to nine
#: digits), in one pass over the sheet: the reference as letters and digits.
_FAR_OR_WIDE_CELL = re.compile(rb'r="([A-Z][A-Z]{1,3}\d{1,9}|[A-Z]\d{7,9})"')
_LETTERS = bytes(range(65, 91))
_SST_COUNT = re.compile(rb'<sst\b[^>]*?\s(count|uniqueCount)="(\d+)"')


def column_letters(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


@dataclass
class SheetExtent:
    """What a worksheet part really uses, counted from its cells, not its <dimension>."""

    part: str
    rows: int = 0  # row elements
    first_row: int = 0
    last_row: int = 0
    last_col: int = 26  # one-letter columns are not scanned: A..Z is a safe bound
    row_numbers: array = field(default_factory=lambda: array("l"), repr=False)
    far_row_cell: str = ""  # the reference of the lowest cell, when it is far down
    far_col_cell: str = ""  # the reference of the rightmost cell, when it is past Z

    def area(self) -> int:
        if not self.rows:
            return 0
        return (self.last_row - self.first_row + 1) * self.last_col


class _ExtentScanner:
    """Fed the decompressed sheet XML chunk by chunk; keeps only counters."""

    def __init__(self, part: str) -> None:
        self.extent = SheetExtent(part)
        self._tail = b""
        self._far_row = 0

    def feed(self, chunk: bytes) -> None:
        data = self._tail + chunk
        cut = data.rfind(b">") + 1
        self._tail, data = data[cut:], data[:cut]
        if len(self._tail) > PROLOG_BYTES:
            self._tail = self._tail[-PROLOG_BYTES:]  # no tag is this long; keep memory flat
        ext = self.extent
        numbers = _ROW_FAST.findall(data)
        rows = data.count(b"<row")
        if rows != len(numbers):
            # Not every "<row" is a '<row r="N"' (a <row> without r=, or <rowBreaks>):
            # count the row elements exactly.
            rows = data.count(b"<row ") + data.count(b"<row>")
        # (When they agree, each "<row" is a '<row r="N"', so a "<row " as well.)
        ext.rows += rows
        if len(numbers) < rows:
            numbers = _ROW.findall(data)
        ext.row_numbers.extend(map(int, numbers))
        for match in _FAR_OR_WIDE_CELL.finditer(data):
            ref = match.group(1)
            digits = ref.lstrip(_LETTERS)
            if len(ref) - len(digits) > 1:
                col = _column_number(ref[: len(ref) - len(digits)])
                if col > ext.last_col:
                    ext.last_col = col
                    ext.far_col_cell = ref.decode()
            if len(digits) >= 7:
                row = int(digits)
                if row > self._far_row:
                    self._far_row = row
                    ext.far_row_cell = ref.decode()

    def finish(self) -> SheetExtent:
        ext = self.extent
        numbers = ext.row_numbers
        if numbers:
            ext.first_row, ext.last_row = min(numbers), max(numbers)
        elif ext.rows:
            ext.first_row, ext.last_row = 1, ext.rows  # rows without r= count from 1
        if self._far_row > ext.last_row:
            ext.last_row = self._far_row
            ext.first_row = ext.first_row or 1
        elif ext.last_row > self._far_row:
            ext.far_row_cell = f"row {ext.last_row:,}"
        return ext


# --- the zip container ----------------------------------------------------------


def check_listing(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a zip bomb from its listing alone, before anything is decompressed."""
    if len(infos) > MAX_MEMBERS:
        raise SheetImportError(
            path, f"it holds {len(infos):,} parts, more than any real workbook (a zip bomb?)"
        )
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise SheetImportError(
            path,
            f"it would expand to {total / 2**20:,.0f} MB, more than the "
            f"{MAX_UNCOMPRESSED // 2**20:,} MB an import allows (a zip bomb?)",
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECK_ABOVE and ratio > MAX_RATIO:
            raise SheetImportError(
                path,
                f"its part {info.filename!r} would expand {ratio:,.0f} times, to "
                f"{info.file_size / 2**20:,.0f} MB, which only a zip bomb does",
            )


def _chunks(path: Path, info: zipfile.ZipInfo, raw: bytes) -> Iterator[bytes]:
    """The member's bytes, decompressed at most _CHUNK at a time whatever the method.

    zipfile's own reader hands a bzip2 block to the decompressor whole, and one
    2 KB block can expand to gigabytes; ``max_length`` keeps every step small.
    """
    method = info.compress_type
    if method == zipfile.ZIP_STORED:
        for offset in range(0, len(raw), _CHUNK):
            yield raw[offset : offset + _CHUNK]
        return
    if method == zipfile.ZIP_DEFLATED:
        inflate = zlib.decompressobj(-15)
        pending = raw
        while pending and not inflate.eof:
            out = inflate.decompress(pending, _CHUNK)
            pending = inflate.unconsumed_tail
            if not out and not pending:
                break
            yield out
        return
    if method == zipfile.ZIP_BZIP2:
        stream: bz2.BZ2Decompressor | lzma.LZMADecompressor = bz2.BZ2Decompressor()
        pending = raw
    elif method == zipfile.ZIP_LZMA and len(raw) >= 4:
        # Zip's LZMA: 2 bytes of version, 2 of property size, then the LZMA1 properties.
        (psize,) = struct.unpack("<H", raw[2:4])
        props = raw[4 : 4 + psize]
        decode = lzma._decode_filter_properties  # type: ignore[attr-defined]
        stream = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[decode(lzma.FILTER_LZMA1, props)])
        pending = raw[4 + psize :]
    else:
        raise SheetImportError(
            path, f"its part {info.filename!r} is compressed in a way workbooks do not use"
        )
    while not stream.eof:
        out = stream.decompress(pending, _CHUNK)
        pending = b""
        if not out and stream.needs_input:
            break  # cut off: the reader will say so
        yield out


def stream_member(
    path: Path, data: bytes, info: zipfile.ZipInfo, sink: Callable[[bytes], None], budget: int
) -> int:
    """Decompress one member into ``sink`` in bounded chunks; return its real size.

    Stops as soon as the output passes what the listing declared (a lying size is how
    a small bomb gets past a listing check) or the import's whole budget.
    """
    damaged = SheetImportError(
        path, f"the workbook is damaged or cut off (its part {info.filename!r} cannot be read)"
    )
    at = info.header_offset
    header = data[at : at + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise damaged
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    start = at + 30 + name_len + extra_len
    end = start + info.compress_size
    if end > len(data):
        raise damaged
    allowed = min(info.file_size, budget)
    produced = 0
    try:
        for out in _chunks(path, info, data[start:end]):
            produced += len(out)
            if produced > allowed:
                raise SheetImportError(
                    path,
                    f"its part {info.filename!r} expands beyond the "
                    f"{info.file_size:,} bytes its listing declares, as only a zip bomb does",
                )
            sink(out)
    except SheetImportError:
        raise
    except (zlib.error, OSError, EOFError, ValueError, lzma.LZMAError):
        raise damaged from None
    return produced


def is_sheet_part(name: str) -> bool:
    """Whether an xlsx member is a worksheet's XML."""
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


def read_member(path: Path, data: bytes, info: zipfile.ZipInfo, budget: int) -> bytes:
    """One member's bytes, decompressed by :func:`stream_member` (never past
    ``budget``, nor past the size its listing declares)."""
    pieces: list[bytes] = []
    stream_member(path, data, info, pieces.append, budget)
    return b"".join(pieces)


class Tap(Protocol):
    """Another reader of a member's bytes as the checks decompress them."""

    def feed(self, chunk: bytes) -> None: ...

    def end(self, complete: bool) -> None: ...


def check_members(
    path: Path,
    data: bytes,
    infos: list[zipfile.ZipInfo],
    kind: str,
    tap: Callable[[str], Tap | None] | None = None,
) -> dict[str, SheetExtent]:
    """Every member decompressed once, bounded; XML prologs checked; sheets measured.

    Returns the measured extent of each worksheet part (xlsx only). ``tap(name)`` may
    name where a member's bytes go as well (split_read.py cuts a big sheet from
    them), told at the member's end whether it all came through.
    """
    extents: dict[str, SheetExtent] = {}
    budget = MAX_UNCOMPRESSED
    for info in infos:
        if info.is_dir():
            continue
        name = info.filename
        is_xml = name.endswith((".xml", ".rels", ".vml"))
        head = bytearray()
        scanner = None
        if kind == "xlsx" and is_sheet_part(name):
            scanner = _ExtentScanner(name)

        also = tap(name) if tap is not None else None

        def sink(chunk: bytes, head=head, scanner=scanner, also=also) -> None:
            if len(head) < PROLOG_BYTES:
                head.extend(chunk[: PROLOG_BYTES - len(head)])
            if scanner is not None:
                scanner.feed(chunk)
            if also is not None:
                also.feed(chunk)

        try:
            size = stream_member(path, data, info, sink, budget)
        finally:
            if also is not None:
                also.end(complete=sys.exc_info()[0] is None)
        budget -= size
        if is_xml:
            check_prolog(path, name, bytes(head), complete=size <= PROLOG_BYTES)
        if scanner is not None:
            extents[name] = scanner.finish()
        if name == "xl/sharedStrings.xml":
            check_shared_strings(path, bytes(head), size)
    return extents


# --- XML ---------------------------------------------------------------------------


def _prolog_text(path: Path, name: str, head: bytes) -> str:
    """The start of an XML part as text, whatever of UTF-8/UTF-16 it is in."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif head.startswith(b"<\x00") or head.startswith(b"\x00<"):
        encoding = "utf-16-le" if head[0] == 0x3C else "utf-16-be"
    elif head.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", b"\x4c\x6f\xa7\x94")):
        raise SheetImportError(
            path, f"its part {name!r} is in an encoding workbooks do not use; it was not read"
        )
    else:
        encoding = "latin-1"  # only the markup matters; every ASCII-based encoding reads so
    return head.decode(encoding, errors="replace")


def check_prolog(path: Path, name: str, head: bytes, complete: bool) -> None:
    """Workbook XML never declares a DOCTYPE; one that does is an XML bomb or worse.

    The prolog is parsed as XML defines it: an XML declaration, then any comments,
    processing instructions and white space, then (only here) a DOCTYPE, then the root.
    """
    text = _prolog_text(path, name, head).lstrip("\ufeff")
    refused = SheetImportError(
        path,
        f"its part {name!r} declares XML entities, as an XML bomb does; it was not read",
    )
    at, n = 0, len(text)
    while True:
        while at < n and text[at] in " \t\r\n":
            at += 1
        if at >= n:
            if complete:
                return  # an empty or prolog-only part: the reader refuses it, harmlessly
            raise refused  # 64 KB and still no root element: nothing honest does that
        if text.startswith("<?", at):
            close = "?>"
        elif text.startswith("<!--", at):
            close = "-->"
        elif text.startswith("<!", at):
            raise refused  # <!DOCTYPE, <!ENTITY, or anything else that is not markup data
        elif text.startswith("<", at):
            return  # the root element
        else:
            return  # not XML at all; the reader says it is damaged
        end = text.find(close, at + 2)
        if end < 0:
            if complete:
                return
            raise refused
        at = end + len(close)


def check_shared_strings(path: Path, head: bytes, size: int) -> None:
    """A count the part cannot hold is a lie the reader would allocate for."""
    for match in _SST_COUNT.finditer(head[:4096]):
        count = int(match.group(2))
        if count * MIN_SHARED_STRING_BYTES > size + 1024:
            raise SheetImportError(
                path,
                f"its shared strings claim {count:,} strings in {size:,} bytes, which cannot "
                "hold them; the workbook is damaged",
            )


def check_extent(path: Path, sheet: str, extent: SheetExtent, max_rows: int) -> None:
    """The sheet's real size, from its cells: a stray far-away cell is named, not obeyed."""
    if not extent.rows:
        return
    span = extent.last_row - extent.first_row + 1
    if span > max_rows:
        if extent.rows > max_rows:
            raise SheetImportError(
                path,
                f"the sheet {sheet!r} has {extent.rows:,} rows, more than the limit of "
                f"{max_rows:,} rows",
            )
        near = extent.first_row + max_rows - 1
        fitting = sum(1 for r in extent.row_numbers if r <= near) or extent.rows
        strays = extent.rows - fitting
        what = "a stray cell" if strays <= 1 else f"{strays:,} stray rows"
        raise SheetImportError(
            path,
            f"the sheet {sheet!r} holds {fitting:,} rows of data, but {what} far "
            f"below them ({extent.far_row_cell}) stretches it to {extent.last_row:,} rows; "
            "clear that and import again",
        )
    if extent.area() > MAX_AREA_CELLS:
        far = extent.far_col_cell or extent.far_row_cell
        where = f" ({far})" if far else ""
        raise SheetImportError(
            path,
            f"the sheet {sheet!r} holds {extent.rows:,} rows of data, but a stray cell far away"
            f"{where} stretches it to {span:,} rows by {extent.last_col:,} columns "
            f"(to column {column_letters(extent.last_col)}); clear that cell and import again",
        )


_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
#: How much of workbook.xml and its relationships the sheets' parts are looked for in.
_BOOK_BYTES = 8 << 20
_REL_TAG = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its worksheet part, from workbook.xml and its relationships
    (once the checks have passed those members: zipfile reads them whole)."""
    try:
        book = archive.read("xl/workbook.xml")[:_BOOK_BYTES]
        rels = archive.read("xl/_rels/workbook.xml.rels")[:_BOOK_BYTES]
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error):
        return {}
    return _sheet_parts(book, rels)


def sheet_parts_bounded(path: Path, data: bytes, archive: zipfile.ZipFile) -> dict[str, str]:
    """:func:`sheet_parts` before or beside the checks: each member decompressed with
    the bounded reader, never past its first 8 MB."""
    found = []
    for name in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
        try:
            found.append(read_member(path, data, archive.getinfo(name), _BOOK_BYTES))
        except (KeyError, SheetImportError):
            return {}
    return _sheet_parts(*found)


def _sheet_parts(book: bytes, rels: bytes) -> dict[str, str]:
    targets = {}
    for tag in _REL_TAG.finditer(rels):
        attrs = dict(_ATTR.findall(tag.group(0)))
        target = attrs.get(b"Target", b"").decode("utf-8", "replace")
        target = target.lstrip("/")
        if not target.startswith("xl/"):
            target = "xl/" + target
        targets[attrs.get(b"Id", b"").decode("utf-8", "replace")] = target
    parts = {}
    for tag in _SHEET_TAG.finditer(book):
        attrs = dict(_ATTR.findall(tag.group(0)))
        rid = next((v for k, v in attrs.items() if k.endswith(b":id")), b"").decode()
        name = _unescape(attrs.get(b"name", b"").decode("utf-8", "replace"))
        if rid in targets:
            parts[name] = targets[rid]
    return parts


def _unescape(text: str) -> str:
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        text = text.replace(entity, char)
    return text.replace("&amp;", "&")


# --- legacy .xls (OLE2 compound file) -------------------------------------------------

_FREE, _END, _FAT_SECT, _DIFAT_SECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFC


def check_compound_file(path: Path, data: bytes) -> None:
    """An .xls's sector tables and chains must fit in the file they are in.

    A damaged header that claims more FAT sectors than the file has, or a chain that
    loops or points past the end, is what sends the native reader into allocating
    without bound.
    """
    damaged = SheetImportError(
        path, "the workbook is damaged or cut off (its sector tables do not fit the file)"
    )
    if len(data) < 512:
        raise damaged
    shift = struct.unpack("<H", data[30:32])[0]
    if shift not in (9, 12):
        raise damaged
    sector = 1 << shift
    sectors = (len(data) - 512) // sector  # whole sectors only: a cut one is damage
    fat_count, dir_start = struct.unpack("<II", data[44:52])
    difat_start, difat_count = struct.unpack("<II", data[68:76])
    if fat_count > sectors or difat_count > sectors or fat_count == 0:
        raise damaged
    per_sector = sector // 4

    def sector_bytes(index: int) -> bytes:
        if index >= sectors:
            raise damaged
        start = 512 + index * sector
        return data[start : start + sector]

    fat_sectors = list(struct.unpack("<109I", data[76:512]))
    nxt, seen = difat_start, 0
    while nxt not in (_END, _FREE) and len(fat_sectors) < fat_count + per_sector:
        seen += 1
        if seen > difat_count + 1:
            raise damaged
        block = struct.unpack(f"<{per_sector}I", sector_bytes(nxt).ljust(sector, b"\xff"))
        fat_sectors.extend(block[:-1])
        nxt = block[-1]
    fat_sectors = [s for s in fat_sectors[:fat_count]]
    fat: list[int] = []
    for index in fat_sectors:
        if index in (_FREE, _END):
            raise damaged
        fat.extend(struct.unpack(f"<{per_sector}I", sector_bytes(index).ljust(sector, b"\xff")))

    def chain_length(start: int) -> int:
        length, at = 0, start
        while at not in (_END, _FREE):
            if at >= len(fat) or at >= sectors or length > sectors:
                raise damaged  # past the end of the file, or a loop
            length += 1
            at = fat[at]
        return length

    dir_sectors = chain_length(dir_start)
    directory = b"".join(sector_bytes(s) for s in _chain(fat, dir_start, dir_sectors))
    for offset in range(0, len(directory) - 127, 128):
        entry = directory[offset : offset + 128]
        kind = entry[66]
        if kind != 2:  # a stream
            continue
        start, size = struct.unpack("<IQ", entry[116:128])
        if shift == 9:
            size &= 0xFFFFFFFF
        if size > len(data):
            raise damaged
        # Streams under 4 KB live in the mini stream, inside the root entry's chain.
        if size >= 4096 and chain_length(start) * sector < size:
            raise damaged


def _chain(fat: list[int], start: int, length: int) -> list[int]:
    out, at = [], start
    for _ in range(length):
        out.append(at)
        at = fat[at]
    return out
