"""One way to read a spreadsheet: xlsx, xls, ods and csv all become plain rows of cells.

What a file is comes from its first bytes, not its name (a workbook saved as .csv
is still read; a binary file named .csv is refused). The reading itself runs in a
child process with limits on memory, time and output (isolation.py): a native
reader that aborts on a hostile file takes only the child down, and the user
reads one sentence. In that child every zip member is decompressed once with a
bounded decompressor and its XML prolog and real sheet extent are checked
(prechecks.py), so a zip bomb, an XML bomb or one stray far-away cell is refused
in milliseconds instead of eating memory (docs/ARCHITECTURE.md). The child runs
those checks on a thread while calamine parses (side_checks.py); their verdict is
the answer, and a child that ends
where checking first would not have is asked again, checks first (isolation.py).
A big xlsx sheet is read in parts on every core as the checks decompress it, and
the parts joined only where they make exactly the whole read's table (split_read.py).
xlsx, xls and ods are read by python-calamine, which is an order of magnitude
faster than openpyxl; openpyxl (guarded by defusedxml) is the
fallback for an xlsx calamine rejects. csv is streamed and decoded utf-8-sig,
then GB18030 (what Excel on a Chinese Windows writes), then UTF-16 (by its BOM,
or by the zero bytes of its ASCII characters), and its delimiter is sniffed.

:func:`read_workbook` reads everything in this process (the child calls it);
:func:`open_workbook` is what the importer calls. Every failure leaves here as a
SheetImportError sentence.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from journeycanvas.io.importers import prechecks, split_read
from journeycanvas.io.importers.errors import SheetImportError, printable
from journeycanvas.io.importers.side_checks import Checks, ChecksUnfinished, SideChecks

#: The default row limit of a sheet (the command line's --max-rows changes it).
DEFAULT_MAX_ROWS = 1_000_000
#: A spreadsheet larger than this is not one a consultant brings back from a survey.
MAX_FILE_BYTES = 512 * 1024 * 1024
#: The most CSV text an import reads. Its rows become Python objects of some ten
#: times their size in the reading child, and the evidence of an answer takes about
#: 240 bytes in the journey, so a bigger file could be read but not kept: a journey
#: file opens only up to journey_file.MAX_FILE_BYTES (200 MB).
MAX_CSV_BYTES = 100 * 1024 * 1024

_ZIP = b"PK\x03\x04"
_EMPTY_ZIP = b"PK\x05\x06"
_OLE = bytes.fromhex("D0CF11E0A1B11AE1")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb")

Row = list[Any]


class Coded(NamedTuple):
    """A column that crossed coded (crossing.py): its distinct values, and for each
    of its cells the place of its value among them."""

    values: list
    codes: Sequence[int]


class Table:
    """The used area of one sheet: ``rows[i][j]`` is the cell at spreadsheet row
    ``first_row + i`` (1-based) and column ``first_col + j`` (0-based, A = 0).

    A table read in the reading child keeps the columns it crossed as (crossing.py):
    the importer's readers take a column whole (:meth:`column`), a coded column's
    distinct values (:meth:`coded`) or the first rows (:meth:`head`), and the rows of
    100,000 cells are made only when a reader asks for :attr:`rows`. A table is read,
    never changed: the rows, once made, and the columns are the same cells.
    """

    def __init__(
        self,
        source: str,
        sheet: str,
        rows: list[Row] | None = None,
        first_row: int = 1,
        first_col: int = 0,
        *,
        columns: list[list] | None = None,
        coded: dict[int, Coded] | None = None,
    ) -> None:
        if (rows is None) == (columns is None):
            raise TypeError("a table is made of its rows or of its columns")
        self.source = source
        self.sheet = sheet
        self.first_row = first_row
        self.first_col = first_col
        self._rows = rows
        self._columns = columns
        self._coded = coded or {}
        #: What a reader worked out from the cells, under the reader's own key (the
        #: importer looks at a sheet more than once; its cells never change).
        self.memo: dict[Any, Any] = {}
        #: In the reading child, a sheet read in parts: each part's rows as they will
        #: cross (made on the part's thread, split_read.py), in order; else None.
        self.crossed_parts: list[bytes] | None = None

    @property
    def rows(self) -> list[Row]:
        """Every row, each its own list (made from the columns on first asking)."""
        if self._rows is None:
            assert self._columns is not None
            self._rows = list(map(list, zip(*self._columns, strict=True)))
        return self._rows

    def __len__(self) -> int:
        if self._columns is not None:
            return len(self._columns[0]) if self._columns else 0
        return len(self._rows or ())

    def head(self, count: int) -> list[Row]:
        """The first ``count`` rows (fewer when the table is shorter)."""
        if self._rows is not None or self._columns is None:
            return self.rows[:count]
        return list(map(list, zip(*(c[:count] for c in self._columns), strict=True)))

    def iter_rows(self, start: int = 0) -> Iterator[Row]:
        """The rows from ``start`` on, one at a time (made as they are asked for, so a
        reader that stops at the first row it wants makes no more)."""
        if self._rows is not None or self._columns is None:
            return islice(self.rows, start, None)
        return map(list, zip(*(islice(c, start, None) for c in self._columns), strict=True))

    def row(self, index: int) -> Row:
        """Row ``index`` alone (its own list), without making the others."""
        if self._rows is not None or self._columns is None:
            return self.rows[index]
        return [c[index] for c in self._columns]

    def column(self, k: int, start: int = 0) -> list | None:
        """Column ``k``'s cells from row ``start`` on; None when one of those rows is too
        short to have it (a csv row can be), for the reader to say what it does then."""
        if k < 0:
            return None
        if self._columns is not None:
            return self._columns[k][start:] if k < len(self._columns) else None
        try:
            return list(map(itemgetter(k), self.rows[start:]))
        except IndexError:
            return None

    def coded(self, k: int) -> Coded | None:
        """Column ``k`` as distinct values and codes (every row, the header's too),
        when it crossed coded; None otherwise."""
        return self._coded.get(k)

    def row_number(self, index: int) -> int:
        return self.first_row + index

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Table):
            return NotImplemented
        return (self.source, self.sheet, self.first_row, self.first_col, self.rows) == (
            other.source,
            other.sheet,
            other.first_row,
            other.first_col,
            other.rows,
        )

    __hash__ = None  # type: ignore[assignment]  # as the dataclass it was: compared, not hashed

    def __repr__(self) -> str:
        return (
            f"Table(source={self.source!r}, sheet={self.sheet!r}, rows={len(self):,}, "
            f"first_row={self.first_row}, first_col={self.first_col})"
        )


@dataclass
class Workbook:
    """An opened spreadsheet: every sheet read, or the sentence why it could not be."""

    path: Path
    kind: str  # "xlsx", "xlsx-openpyxl", "xls", "ods" or "csv"
    sheet_names: list[str]
    sha256: str
    #: sheet name -> its table, or the reason it was refused (raised when it is asked for)
    tables: dict[str, Table | str] = field(repr=False, default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.name

    def table(self, sheet: str, max_rows: int = DEFAULT_MAX_ROWS) -> Table:
        if sheet not in self.sheet_names:
            known = ", ".join(repr(s) for s in self.sheet_names)
            raise SheetImportError(
                self.path, f"there is no sheet {sheet!r}; the sheets are {known}"
            )
        found = self.tables[sheet]
        if isinstance(found, str):
            raise SheetImportError(self.path, found)
        if len(found) > max_rows:
            raise _too_many_rows(self.path, sheet, len(found), max_rows)
        return found


def open_workbook(path: str | os.PathLike[str], max_rows: int = DEFAULT_MAX_ROWS) -> Workbook:
    """Open ``path`` in a limited child process; raise SheetImportError for anything unusable."""
    from journeycanvas.io.importers import isolation

    return isolation.read_isolated(Path(path), max_rows)


def read_workbook(
    path: str | os.PathLike[str],
    max_rows: int = DEFAULT_MAX_ROWS,
    beside: Callable[[Checks], SideChecks] | None = None,
    cross: Callable[[list[Row]], bytes] | None = None,
) -> Workbook:
    """Read ``path`` by what its bytes are, in this process (the child's work).

    With ``beside``, a workbook's member checks are handed to it to run while
    calamine reads (side_checks.py); without, they run first. The answer is the same.
    ``cross``: how the child packs rows to send them, applied to each part of a sheet
    read in parts on that part's thread (Table.crossed_parts).
    """
    path = Path(path)
    check_size(path)
    if _is_text(path):
        return _read_csv(path, max_rows)
    data = _read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    head = data[:8]
    if head.startswith(_ZIP):
        return _open_zip(path, data, digest, max_rows, beside, cross)
    if head.startswith(_EMPTY_ZIP):
        raise SheetImportError(path, "it is an empty zip archive, not a workbook")
    if head.startswith(_OLE):
        return _open_ole(path, data, digest, max_rows)
    raise SheetImportError(
        path,
        f"it is not a workbook: a {path.suffix} file is an Excel or OpenDocument "
        "archive, and this one holds other data",
    )


def check_size(path: Path) -> int:
    """The file's size, or a sentence why it cannot be read at all."""
    try:
        if path.is_dir():
            raise SheetImportError(path, "it is a folder, not a spreadsheet")
        size = path.stat().st_size
    except FileNotFoundError:
        raise SheetImportError(path, "the file does not exist") from None
    except PermissionError:
        raise SheetImportError(path, "you do not have permission to read it") from None
    except OSError as exc:
        raise SheetImportError(path, f"it could not be read ({exc.strerror or exc})") from None
    if size == 0:
        raise SheetImportError(path, "the file is empty")
    if size > MAX_FILE_BYTES:
        raise SheetImportError(
            path,
            f"the file is {size / 2**20:,.0f} MB, more than the {MAX_FILE_BYTES // 2**20} MB "
            "a spreadsheet import accepts",
        )
    return size


def _is_text(path: Path) -> bool:
    """Not a zip or OLE2 workbook: read as CSV, unless a workbook's name says otherwise."""
    head = _read_head(path, 65536)
    if head.startswith((_ZIP, _EMPTY_ZIP, _OLE)):
        return False
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        # Some survey tools write tab-separated text under an .xls name; that is read as csv.
        return _looks_like_text(head)
    return True


def _read_head(path: Path, size: int) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except PermissionError:
        raise SheetImportError(path, "you do not have permission to read it") from None
    except OSError as exc:
        raise SheetImportError(path, f"it could not be read ({exc.strerror or exc})") from None


def _looks_like_text(head: bytes) -> bool:
    if head.startswith(_UTF16_BOMS) or _utf16_without_bom(head):
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
        return path.read_bytes()
    except PermissionError:
        raise SheetImportError(path, "you do not have permission to read it") from None
    except OSError as exc:
        raise SheetImportError(path, f"it could not be read ({exc.strerror or exc})") from None


# --- workbooks -------------------------------------------------------------------


def _open_zip(
    path: Path,
    data: bytes,
    digest: str,
    max_rows: int,
    beside: Callable[[Checks], SideChecks] | None = None,
    cross: Callable[[list[Row]], bytes] | None = None,
) -> Workbook:
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
    prechecks.check_listing(path, infos)
    split = split_read.Split(path, data, archive, cross) if kind == "xlsx" else None
    if beside is None:
        refused = _member_refusals(path, data, infos, archive, kind, max_rows, split)
        return _open_calamine(path, data, digest, kind, max_rows, lambda: refused, split)
    pending = beside(lambda: _member_refusals(path, data, infos, archive, kind, max_rows, split))
    try:
        book = _open_calamine(path, data, digest, kind, max_rows, pending.known, split)
    except BaseException:
        # Checking first, their refusal would have come first; and a sheet they refuse
        # would not have been read, so whatever its read raised is not the answer.
        if pending.finish():
            raise ChecksUnfinished("a sheet the checks refuse was read") from None
        raise
    for sheet, why in pending.finish().items():
        if sheet in book.tables:
            book.tables[sheet] = why
    return book


def _member_refusals(
    path: Path,
    data: bytes,
    infos: list[zipfile.ZipInfo],
    archive: zipfile.ZipFile,
    kind: str,
    max_rows: int,
    split: split_read.Split | None = None,
) -> dict[str, str]:
    """Every member checked (a refusal of the file raised), and the sheets refused
    for their real extent: sheet name -> sentence. A big sheet's bytes also go to
    ``split`` as they are decompressed."""
    try:
        extents = prechecks.check_members(
            path, data, infos, kind, split.tap if split is not None else None
        )
    finally:
        if split is not None:
            split.close()
    refused: dict[str, str] = {}
    if extents:
        for sheet, part in prechecks.sheet_parts(archive).items():
            extent = extents.get(part)
            if extent is None:
                continue
            try:
                prechecks.check_extent(path, sheet, extent, max_rows)
            except SheetImportError as exc:
                refused[sheet] = exc.message
    return refused


def _open_ole(path: Path, data: bytes, digest: str, max_rows: int) -> Workbook:
    if "EncryptedPackage".encode("utf-16-le") in data[: 1 << 20] or (
        "EncryptionInfo".encode("utf-16-le") in data
    ):
        raise _encrypted(path)
    prechecks.check_compound_file(path, data)
    return _open_calamine(path, data, digest, "xls", max_rows, dict)


def _encrypted(path: Path) -> SheetImportError:
    return SheetImportError(
        path, "the workbook is protected with a password; save a copy without one and import that"
    )


def _open_calamine(
    path: Path,
    data: bytes,
    digest: str,
    kind: str,
    max_rows: int,
    refused: Callable[[], dict[str, str]],
    split: split_read.Split | None = None,
) -> Workbook:
    """Every worksheet read, but those ``refused()`` names when it is their turn; an
    xlsx's big sheets in parts on several cores (``split``, split_read.py)."""
    import python_calamine as pc

    try:
        book = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [m.name for m in book.sheets_metadata if m.typ == pc.SheetTypeEnum.WorkSheet]
    except pc.PasswordError:
        raise _encrypted(path) from None
    except Exception as exc:
        if kind == "xlsx":
            return _open_openpyxl(path, data, digest, exc, max_rows, refused)
        raise _damaged(path, exc) from None
    if not sheets:
        raise SheetImportError(path, "the workbook has no worksheets")
    tables: dict[str, Table | str] = {}
    for sheet in sheets:
        known = refused()
        if sheet in known:
            tables[sheet] = known[sheet]
            continue
        in_parts = partial(split.joined, sheet) if split is not None else None
        try:
            tables[sheet] = _read_calamine_sheet(path, book, sheet, max_rows, in_parts)
        except SheetImportError as exc:
            tables[sheet] = exc.message
    return Workbook(path, kind, sheets, digest, tables)


def _damaged(path: Path, exc: BaseException) -> SheetImportError:
    text = str(exc).strip()
    detail = printable(text.splitlines()[0][:120]) if text else type(exc).__name__
    return SheetImportError(path, f"the workbook is damaged or cut off ({detail})")


def _open_openpyxl(
    path: Path,
    data: bytes,
    digest: str,
    first: BaseException,
    max_rows: int,
    refused: Callable[[], dict[str, str]],
) -> Workbook:
    """openpyxl for an xlsx calamine cannot read — only with defusedxml guarding it."""
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise _damaged(path, first)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheets = list(book.sheetnames)
    except Exception:
        raise _damaged(path, first) from None
    tables: dict[str, Table | str] = {}
    for sheet in sheets:
        known = refused()
        if sheet in known:
            tables[sheet] = known[sheet]
            continue
        try:
            tables[sheet] = _read_openpyxl_sheet(path, book, sheet, max_rows)
        except SheetImportError as exc:
            tables[sheet] = exc.message
    return Workbook(path, "xlsx-openpyxl", sheets, digest, tables)


def _too_many_rows(path: Path, sheet: str, rows: int, max_rows: int) -> SheetImportError:
    return SheetImportError(
        path,
        f"the sheet {sheet!r} has {rows:,} rows, more than the limit of {max_rows:,} rows",
    )


def _read_calamine_sheet(
    path: Path,
    book: Any,
    sheet: str,
    max_rows: int,
    in_parts: Callable[[], split_read.Joined | None] | None = None,
) -> Table:
    joined = in_parts() if in_parts is not None else None
    if joined is not None:  # the same cells as the whole read below
        if joined.height > max_rows:
            raise _too_many_rows(path, sheet, joined.height, max_rows)
        start = joined.start
        table = Table(path.name, sheet, joined.rows, first_row=start[0] + 1, first_col=start[1])
        table.crossed_parts = joined.crossed
        return table
    try:
        data = book.get_sheet_by_name(sheet)
        if data.height > max_rows:
            raise _too_many_rows(path, sheet, data.height, max_rows)
        rows = data.to_python(skip_empty_area=True)
        start = data.start or (0, 0)
    except SheetImportError:
        raise
    except Exception as exc:
        raise _damaged(path, exc) from None
    return Table(path.name, sheet, rows, first_row=start[0] + 1, first_col=start[1])


def _read_openpyxl_sheet(path: Path, book: Any, sheet: str, max_rows: int) -> Table:
    rows: list[Row] = []
    try:
        for values in book[sheet].iter_rows(values_only=True):
            if len(rows) >= max_rows:
                raise _too_many_rows(path, sheet, len(rows) + 1, max_rows)
            rows.append(["" if v is None else v for v in values])
    except SheetImportError:
        raise
    except Exception as exc:
        raise _damaged(path, exc) from None
    return Table(path.name, sheet, rows)


# --- csv -------------------------------------------------------------------------


def _utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when every other byte is zero, as ASCII text is in UTF-16."""
    sample = head[:4096]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) >= 0.6 * half and even.count(0) <= 0.05 * half:
        return "utf-16-le"
    if even.count(0) >= 0.6 * half and odd.count(0) <= 0.05 * half:
        return "utf-16-be"
    return None


def text_encodings(head: bytes) -> list[str]:
    """The encodings to try for a text file, in order, from its first bytes."""
    if head.startswith(_UTF16_BOMS):
        return ["utf-16"]
    found = _utf16_without_bom(head)
    if found:
        return [found]
    if b"\x00" in head:
        return []
    return ["utf-8-sig", "gb18030"]


def _not_text(path: Path, head: bytes) -> SheetImportError:
    if b"\x00" in head:
        what = (
            "it is not a text CSV file: it holds binary data, or text in an encoding other "
            "than UTF-8, GBK/GB18030 or UTF-16"
        )
    else:
        what = (
            "it is not a text CSV file in UTF-8, GBK/GB18030 or UTF-16 (it has bytes none of "
            "them allows); save it as 'CSV UTF-8' and import that"
        )
    return SheetImportError(path, what)


def decode_text(path: Path, data: bytes) -> str:
    """utf-8-sig, then GB18030, then UTF-16 by BOM or by its zero bytes; else refused."""
    for encoding in text_encodings(data[:65536]):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _not_text(path, data[:65536])


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


class _Counted(io.RawIOBase):
    """A file that counts the bytes read from it, so a CSV is measured as it streams."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.handle.readinto(buffer)
        self.count += n or 0
        return n


def _read_csv(path: Path, max_rows: int) -> Workbook:
    """Stream the file: rows are counted as they come, and a limit stops it there."""
    size = check_size(path)
    head = _read_head(path, 65536)
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise SheetImportError(path, "the file is empty")
    if size > MAX_CSV_BYTES:
        raise _too_large(path, size)
    encodings = text_encodings(head)
    for encoding in encodings:
        try:
            sample = _decoded_head(head, encoding)
        except UnicodeDecodeError:
            continue
        try:
            rows = _stream_csv(path, encoding, sniff_delimiter(sample), max_rows)
        except UnicodeDecodeError:
            continue
        digest = _sha256(path)
        table = Table(path.name, path.stem, rows)
        return Workbook(path, "csv", [table.sheet], digest, {table.sheet: table})
    raise _not_text(path, head)


def _too_large(path: Path, size: int) -> SheetImportError:
    return SheetImportError(
        path,
        f"it is {size / 2**20:,.0f} MB of text, more than the {MAX_CSV_BYTES // 2**20} MB a CSV "
        "import reads: a journey holding its answers would be too large to save and open again",
    )


def _decoded_head(head: bytes, encoding: str) -> str:
    decoder = codecs.getincrementaldecoder(encoding)()
    return decoder.decode(head, final=False)


def _stream_csv(path: Path, encoding: str, delimiter: str, max_rows: int) -> list[Row]:
    rows: list[Row] = []
    try:
        with path.open("rb") as raw:
            counted = _Counted(raw)
            text = io.TextIOWrapper(
                io.BufferedReader(counted, 1 << 20), encoding=encoding, newline=""
            )
            for row in csv.reader(text, delimiter=delimiter):
                if len(rows) >= max_rows:
                    raise _too_many_rows(path, path.stem, len(rows) + 1, max_rows)
                if counted.count > MAX_CSV_BYTES:  # it grew while being read
                    raise _too_large(path, counted.count)
                rows.append(row)
    except csv.Error as exc:
        raise SheetImportError(
            path, f"it is not a readable CSV file (row {len(rows) + 1}: {printable(str(exc))})"
        ) from None
    except OSError as exc:
        raise SheetImportError(path, f"it could not be read ({exc.strerror or exc})") from None
    return rows


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
