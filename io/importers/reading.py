"""One way to read a spreadsheet: xlsx, xls, ods and csv all become plain rows of cells.

What a file is comes from its first bytes, not its name (a workbook saved as .csv
is still read; a binary file named .csv is refused). Before a library parses a
workbook, its zip listing is checked (size, ratio, member count) and its XML
parts are checked for a DOCTYPE, so a zip bomb or an XML bomb is refused in
milliseconds instead of eating memory (docs/ARCHITECTURE.md). xlsx, xls and ods are
read by python-calamine, which is an order of magnitude faster than openpyxl;
openpyxl (guarded by defusedxml) is the fallback for an xlsx calamine rejects.
csv is decoded utf-8-sig, then GB18030 (what Excel on a Chinese Windows writes),
then UTF-16 by its BOM, and its delimiter is sniffed.

Every failure leaves here as a SheetImportError sentence.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journeycanvas.io.importers.errors import SheetImportError

#: The default row limit of a sheet (the command line's --max-rows changes it).
DEFAULT_MAX_ROWS = 1_000_000
#: A spreadsheet larger than this is not one a consultant brings back from a survey.
MAX_FILE_BYTES = 512 * 1024 * 1024
#: Zip listing limits: what a workbook of a million rows stays well within.
MAX_MEMBERS = 10_000
MAX_UNCOMPRESSED = 1536 * 1024 * 1024
MAX_RATIO = 120
RATIO_CHECK_ABOVE = 32 * 1024 * 1024

_ZIP = b"PK\x03\x04"
_EMPTY_ZIP = b"PK\x05\x06"
_OLE = bytes.fromhex("D0CF11E0A1B11AE1")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
PROLOG_BYTES = 65536
_ROOT_TAG = re.compile(rb"<[A-Za-z_]")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb")

Row = list[Any]


@dataclass
class Table:
    """The used area of one sheet: ``rows[i][j]`` is the cell at spreadsheet row
    ``first_row + i`` (1-based) and column ``first_col + j`` (0-based, A = 0)."""

    source: str
    sheet: str
    rows: list[Row]
    first_row: int = 1
    first_col: int = 0

    def row_number(self, index: int) -> int:
        return self.first_row + index


@dataclass
class Workbook:
    """An opened spreadsheet: its sheets by name, read on demand."""

    path: Path
    kind: str  # "xlsx", "xls", "ods" or "csv"
    sheet_names: list[str]
    sha256: str
    _data: bytes = field(repr=False, default=b"")
    _book: Any = field(repr=False, default=None)
    _csv: Table | None = field(repr=False, default=None)

    @property
    def name(self) -> str:
        return self.path.name

    def table(self, sheet: str, max_rows: int = DEFAULT_MAX_ROWS) -> Table:
        if sheet not in self.sheet_names:
            known = ", ".join(repr(s) for s in self.sheet_names)
            raise SheetImportError(
                self.path, f"there is no sheet {sheet!r}; the sheets are {known}"
            )
        if self.kind == "csv":
            assert self._csv is not None
            return self._csv
        return _read_sheet(self, sheet, max_rows)


def open_workbook(path: str | os.PathLike[str], max_rows: int = DEFAULT_MAX_ROWS) -> Workbook:
    """Open ``path`` by what its bytes are; raise SheetImportError for anything unusable."""
    path = Path(path)
    data = _read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    head = data[:8]
    if not data:
        raise SheetImportError(path, "the file is empty")
    if head.startswith(_ZIP):
        return _open_zip(path, data, digest)
    if head.startswith(_EMPTY_ZIP):
        raise SheetImportError(path, "it is an empty zip archive, not a workbook")
    if head.startswith(_OLE):
        return _open_ole(path, data, digest)
    if path.suffix.lower() in WORKBOOK_SUFFIXES and not _looks_like_text(data):
        raise SheetImportError(
            path,
            f"it is not a workbook: a {path.suffix} file is an Excel or OpenDocument archive, "
            "and this one holds other data",
        )
    table = _read_csv(path, data, max_rows)
    return Workbook(path, "csv", [table.sheet], digest, _csv=table)


def _looks_like_text(data: bytes) -> bool:
    """Some survey tools write tab-separated text under an .xls name; that is read as csv."""
    head = data[:65536]
    if head.startswith(_UTF16_BOMS):
        return True
    if b"\x00" in head or head.lstrip().startswith(b"<"):
        return False
    try:
        head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:
            try:
                head.decode("gb18030")
            except UnicodeDecodeError:
                return False
    return True


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SheetImportError(
                path,
                f"the file is {size / 2**20:,.0f} MB, more than the {MAX_FILE_BYTES // 2**20} MB "
                "a spreadsheet import accepts",
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise SheetImportError(path, "the file does not exist") from None
    except IsADirectoryError:
        raise SheetImportError(path, "it is a folder, not a spreadsheet") from None
    except PermissionError:
        raise SheetImportError(path, "you do not have permission to read it") from None
    except OSError as exc:
        raise SheetImportError(path, f"it could not be read ({exc.strerror or exc})") from None


# --- workbooks -------------------------------------------------------------------


def _open_zip(path: Path, data: bytes, digest: str) -> Workbook:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        raise SheetImportError(
            path, "the workbook is damaged or cut off (its zip directory cannot be read)"
        ) from None
    names = {i.filename for i in infos}
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        kind = "xlsx"
    elif "content.xml" in names and "mimetype" in names:
        kind = "ods"
    elif "EncryptionInfo" in names:
        raise _encrypted(path)
    else:
        raise SheetImportError(
            path, "it is a zip archive, but not an Excel or OpenDocument workbook"
        )
    _check_listing(path, infos)
    _check_no_doctype(path, archive, infos)
    return _open_calamine(path, data, digest, kind)


def _check_listing(path: Path, infos: list[zipfile.ZipInfo]) -> None:
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


def _check_no_doctype(path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Workbook XML never declares a DOCTYPE; one that does is an XML bomb or worse.

    A DOCTYPE can only stand before the root element, so the prolog is all that is read.
    """
    for info in infos:
        if not info.filename.endswith((".xml", ".rels", ".vml")):
            continue
        try:
            with archive.open(info) as member:
                start = member.read(PROLOG_BYTES)
        except Exception:
            raise SheetImportError(
                path,
                f"the workbook is damaged or cut off (its part {info.filename!r} cannot be read)",
            ) from None
        root = _ROOT_TAG.search(start)
        prolog = start if root is None else start[: root.start()]
        if (
            b"<!DOCTYPE" in prolog
            or b"<!ENTITY" in prolog
            or (root is None and len(start) == PROLOG_BYTES)
        ):
            raise SheetImportError(
                path,
                f"its part {info.filename!r} declares XML entities, as an XML bomb does; "
                "it was not read",
            )


def _open_ole(path: Path, data: bytes, digest: str) -> Workbook:
    if "EncryptedPackage".encode("utf-16-le") in data[: 1 << 20] or (
        "EncryptionInfo".encode("utf-16-le") in data
    ):
        raise _encrypted(path)
    return _open_calamine(path, data, digest, "xls")


def _encrypted(path: Path) -> SheetImportError:
    return SheetImportError(
        path, "the workbook is protected with a password; save a copy without one and import that"
    )


def _open_calamine(path: Path, data: bytes, digest: str, kind: str) -> Workbook:
    import python_calamine as pc

    try:
        book = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [m.name for m in book.sheets_metadata if m.typ == pc.SheetTypeEnum.WorkSheet]
    except pc.PasswordError:
        raise _encrypted(path) from None
    except Exception as exc:
        if kind == "xlsx":
            return _open_openpyxl(path, data, digest, exc)
        raise _damaged(path, exc) from None
    if not sheets:
        raise SheetImportError(path, "the workbook has no worksheets")
    return Workbook(path, kind, sheets, digest, _data=data, _book=book)


def _damaged(path: Path, exc: BaseException) -> SheetImportError:
    detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
    return SheetImportError(path, f"the workbook is damaged or cut off ({detail})")


def _open_openpyxl(path: Path, data: bytes, digest: str, first: BaseException) -> Workbook:
    """openpyxl for an xlsx calamine cannot read — only with defusedxml guarding it."""
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise _damaged(path, first)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheets = list(book.sheetnames)
    except Exception:
        raise _damaged(path, first) from None
    return Workbook(path, "xlsx-openpyxl", sheets, digest, _data=data, _book=book)


def _too_many_rows(path: Path, sheet: str, rows: int, max_rows: int) -> SheetImportError:
    return SheetImportError(
        path, f"the sheet {sheet!r} has {rows:,} rows, more than the limit of {max_rows:,} rows"
    )


def _read_sheet(book: Workbook, sheet: str, max_rows: int) -> Table:
    if book.kind == "xlsx-openpyxl":
        return _read_openpyxl_sheet(book, sheet, max_rows)
    try:
        data = book._book.get_sheet_by_name(sheet)
        if data.height > max_rows:
            raise _too_many_rows(book.path, sheet, data.height, max_rows)
        rows = data.to_python(skip_empty_area=True)
        start = data.start or (0, 0)
    except SheetImportError:
        raise
    except Exception as exc:
        raise _damaged(book.path, exc) from None
    return Table(book.name, sheet, rows, first_row=start[0] + 1, first_col=start[1])


def _read_openpyxl_sheet(book: Workbook, sheet: str, max_rows: int) -> Table:
    rows: list[Row] = []
    try:
        for values in book._book[sheet].iter_rows(values_only=True):
            if len(rows) >= max_rows:
                raise _too_many_rows(book.path, sheet, len(rows) + 1, max_rows)
            rows.append(["" if v is None else v for v in values])
    except SheetImportError:
        raise
    except Exception as exc:
        raise _damaged(book.path, exc) from None
    return Table(book.name, sheet, rows)


# --- csv -------------------------------------------------------------------------


def decode_text(path: Path, data: bytes) -> str:
    """utf-8-sig, then GB18030, then UTF-16 by BOM; binary data is refused."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data[:65536]:
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    raise SheetImportError(
        path,
        "it is not a text CSV file: it holds binary data, or text in an encoding other than "
        "UTF-8, GBK/GB18030 or UTF-16",
    )


def sniff_delimiter(sample: str) -> str:
    """The delimiter that splits the first lines into the most consistent columns."""
    lines = sample.splitlines()[:50]
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the last line of a sample may be cut
    best, best_key = ",", (0, 0)
    for delimiter in (",", ";", "\t", "|"):
        widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if r]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        if common < 2:
            continue
        key = (widths.count(common), common)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def _read_csv(path: Path, data: bytes, max_rows: int) -> Table:
    text = decode_text(path, data)
    if not text.strip():
        raise SheetImportError(path, "the file is empty")
    delimiter = sniff_delimiter(text[:65536])
    rows: list[Row] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            if len(rows) >= max_rows:
                raise _too_many_rows(path, path.stem, len(rows) + 1, max_rows)
            rows.append(row)
    except csv.Error as exc:
        raise SheetImportError(
            path, f"it is not a readable CSV file (row {len(rows) + 1}: {exc})"
        ) from None
    return Table(path.name, path.stem, rows)
