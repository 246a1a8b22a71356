"""Hostile and damaged spreadsheets, built in code: each one once took the importer down.

Every builder writes one file into a folder and returns its path. They are the
hand-made half of the fuzz test (test_hostile_files.py) and of the editor's
drop test: a far-away cell, a lying shared-strings count, a bzip2 bomb, damaged
and truncated .xls files, entity declarations hidden behind a comment, a
processing instruction or UTF-16, CSVs too big to keep, and so on.
"""

from __future__ import annotations

import bz2
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

#: Every member's date: a file built twice is the same bytes, so the fuzz test's
#: mutants (from a fixed seed) are the same files in every run and a failure can be
#: rebuilt by its name.
FIXED_TIME = (2020, 1, 1, 0, 0, 0)


def member(name: str, method: int) -> zipfile.ZipInfo:
    """A zip member's header with the fixed date and ``method``."""
    info = zipfile.ZipInfo(name, FIXED_TIME)
    info.compress_type = method
    return info


def _fixed_times(path: Path) -> Path:
    """Rewrite a zip another library wrote with fixed dates (members and core.xml's)."""
    with zipfile.ZipFile(path) as source:
        members = [(i.filename, i.compress_type, source.read(i)) for i in source.infolist()]
    stamp = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
    with zipfile.ZipFile(path, "w") as archive:
        for name, method, body in members:
            if name == "docProps/core.xml":
                body = stamp.sub(b"2020-01-01T00:00:00Z", body)
            archive.writestr(member(name, method), body)
    return path


_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_BOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_BOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
_HEADER = ["Participant", "Stage", "Touchpoint", "Score"]
_DATA = [
    ["P1", "Buy", "Checkout", 2],
    ["P2", "Buy", "Checkout", 4],
    ["P3", "Use", "Delivery", 5],
    ["P4", "Use", "Delivery", 3],
]


def _cell(ref: str, value) -> str:
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def _sheet_xml(extra_cells: str = "", extra_rows: str = "", dimension: str = "A1:D5") -> str:
    rows = []
    for number, values in enumerate([_HEADER, *_DATA], start=1):
        cells = "".join(_cell(f"{'ABCD'[i]}{number}", v) for i, v in enumerate(values))
        if number == 2:
            cells += extra_cells
        rows.append(f'<row r="{number}">{cells}</row>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="{dimension}"/><sheetData>{"".join(rows)}{extra_rows}</sheetData>'
        "</worksheet>"
    )


def write_xlsx(
    path: Path,
    sheet: str | bytes | None = None,
    shared: str | bytes = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>',
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """A minimal hand-written xlsx of 5 rows; ``sheet`` replaces its worksheet XML."""
    parts = [
        ("[Content_Types].xml", _CT),
        ("_rels/.rels", _RELS),
        ("xl/workbook.xml", _BOOK),
        ("xl/_rels/workbook.xml.rels", _BOOK_RELS),
        ("xl/worksheets/sheet1.xml", sheet if sheet is not None else _sheet_xml()),
        ("xl/sharedStrings.xml", shared),
    ]
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, body in parts:
            archive.writestr(member(name, compression), body)
    return path


def good_xlsx(folder: Path) -> Path:
    return write_xlsx(folder / "good.xlsx")


def far_cell_xfd1048576(folder: Path) -> Path:
    return write_xlsx(
        folder / "far_XFD1048576.xlsx",
        _sheet_xml(extra_rows='<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
    )


def far_cell_xfd100000(folder: Path) -> Path:
    return write_xlsx(
        folder / "far_XFD100000.xlsx",
        _sheet_xml(extra_rows='<row r="100000"><c r="XFD100000"><v>1</v></c></row>'),
    )


def far_cell_xfd2(folder: Path) -> Path:
    """Far to the right but not far down: 6 rows of 16,384 columns still import."""
    return write_xlsx(folder / "far_XFD2.xlsx", _sheet_xml(extra_cells='<c r="XFD2"><v>1</v></c>'))


def stray_cell_a1048576(folder: Path) -> Path:
    """5 rows and one stray value at the bottom of the sheet."""
    return write_xlsx(
        folder / "stray_A1048576.xlsx",
        _sheet_xml(extra_rows='<row r="1048576"><c r="A1048576"><v>9</v></c></row>'),
    )


def row_reference_1048576(folder: Path) -> Path:
    """A row element numbered 1,048,576 whose cells carry no reference."""
    return write_xlsx(
        folder / "row_1048576.xlsx",
        _sheet_xml(extra_rows='<row r="1048576"><c><v>9</v></c></row>'),
    )


def shared_strings_count_lie(folder: Path) -> Path:
    shared = (
        '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
        'main" count="4294967295" uniqueCount="4294967295"><si><t>x</t></si></sst>'
    )
    return write_xlsx(folder / "sst_count.xlsx", shared=shared)


def bzip2_bomb(folder: Path) -> Path:
    """A bzip2 sheet member of about 1 KB that expands to 64 MB; its listing says 5 KB.

    (Compressing a gigabyte would take the test ten seconds; 64 MB shows the same lie.)
    """
    path = folder / "bzip2_bomb.xlsx"
    packer = bz2.BZ2Compressor(9)
    parts = [packer.compress(b"<")]
    spaces = b" " * (1 << 20)
    parts += [packer.compress(spaces) for _ in range(64)]
    payload = b"".join([*parts, packer.flush()])
    write_xlsx(path, compression=zipfile.ZIP_BZIP2)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    # Rebuild the archive by hand with the bomb in place of the sheet, sizes lying.
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(bytes(data))) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_BZIP2) as archive,
    ):
        for item in source.infolist():
            if item.filename != info.filename:
                archive.writestr(item, source.read(item))
    body = bytearray(out.getvalue())
    # Append the bomb as a raw member: local header, data, and patch the central directory.
    return _append_raw_member(path, body, info.filename, payload, claimed=5000)


def _append_raw_member(
    path: Path, archive_bytes: bytearray, name: str, payload: bytes, claimed: int
) -> Path:
    import struct
    import zlib

    end = archive_bytes.rfind(b"PK\x05\x06")
    (cd_size, cd_offset) = struct.unpack("<II", archive_bytes[end + 12 : end + 20])
    entries = struct.unpack("<H", archive_bytes[end + 10 : end + 12])[0]
    central = archive_bytes[cd_offset : cd_offset + cd_size]
    files = archive_bytes[:cd_offset]
    encoded = name.encode()
    crc = zlib.crc32(b"") & 0xFFFFFFFF
    local = struct.pack(
        "<4sHHHHHIIIHH", b"PK\x03\x04", 46, 0, 12, 0, 0, crc, len(payload), claimed, len(encoded), 0
    )
    offset = len(files)
    files += local + encoded + payload
    entry = struct.pack(
        "<4sHHHHHHIIIHHHHHII",
        b"PK\x01\x02",
        46,
        46,
        0,
        12,
        0,
        0,
        crc,
        len(payload),
        claimed,
        len(encoded),
        0,
        0,
        0,
        0,
        0,
        offset,
    )
    central += entry + encoded
    eocd = struct.pack(
        "<4sHHHHIIH", b"PK\x05\x06", 0, 0, entries + 1, entries + 1, len(central), len(files), 0
    )
    path.write_bytes(bytes(files + central + eocd))
    return path


_DOCTYPE = '<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'


def doctype_after_comment(folder: Path) -> Path:
    sheet = _sheet_xml().replace("<worksheet", f"<!-- a comment --> {_DOCTYPE}<worksheet", 1)
    return write_xlsx(folder / "doctype_comment.xlsx", sheet)


def doctype_after_pi(folder: Path) -> Path:
    sheet = _sheet_xml().replace(
        "<worksheet", f'<?mso-application progid="x"?>{_DOCTYPE}<worksheet', 1
    )
    return write_xlsx(folder / "doctype_pi.xlsx", sheet)


def doctype_in_utf16(folder: Path) -> Path:
    sheet = _sheet_xml().replace('encoding="UTF-8"', 'encoding="UTF-16"')
    sheet = sheet.replace("<worksheet", f"{_DOCTYPE}<worksheet", 1)
    return write_xlsx(folder / "doctype_utf16.xlsx", "\ufeff".join(["", sheet]).encode("utf-16-le"))


_ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"


def write_ods(path: Path, rows_xml: str | None = None) -> Path:
    """A minimal .ods of the same 5 rows; ``rows_xml`` replaces its table rows."""
    if rows_xml is None:
        rows_xml = "".join(
            "<table:table-row>"
            + "".join(
                f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}'
                "</text:p></table:table-cell>"
                if isinstance(v, int)
                else f'<table:table-cell office:value-type="string"><text:p>{v}</text:p>'
                "</table:table-cell>"
                for v in values
            )
            + "</table:table-row>"
            for values in [_HEADER, *_DATA]
        )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Data">'
        f"{rows_xml}</table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), _ODS_MIME, zipfile.ZIP_STORED)
        archive.writestr(member("META-INF/manifest.xml", zipfile.ZIP_DEFLATED), _ODS_MANIFEST)
        archive.writestr(member("content.xml", zipfile.ZIP_DEFLATED), content)
    return path


_ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{_ODS_MIME}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def good_ods(folder: Path) -> Path:
    return write_ods(folder / "good.ods")


def ods_repeated_rows(folder: Path) -> Path:
    """An .ods whose one row says it repeats 1,048,576 times, each with 16,384 cells."""
    row = (
        '<table:table-row table:number-rows-repeated="1048576">'
        '<table:table-cell table:number-columns-repeated="16384" office:value-type="float" '
        'office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>'
    )
    return write_ods(folder / "repeated.ods", row)


def good_csv(folder: Path) -> Path:
    path = folder / "good.csv"
    rows = [_HEADER, *_DATA]
    path.write_text("\n".join(",".join(map(str, r)) for r in rows) + "\n", encoding="utf-8")
    return path


def good_xls(folder: Path) -> Path:
    path = folder / "good.xls"
    path.write_bytes(_xls_bytes(folder))
    return path


def _xls_bytes(folder: Path) -> bytes:
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Data")
    for r, values in enumerate([_HEADER, *_DATA]):
        for c, value in enumerate(values):
            sheet.write(r, c, value)
    path = folder / "_tmp.xls"
    book.save(str(path))
    data = path.read_bytes()
    path.unlink()
    return data


def truncated_xls(folder: Path) -> Path:
    data = _xls_bytes(folder)
    path = folder / "truncated.xls"
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def xls_cut_mid_sector(folder: Path) -> Path:
    """An .xls cut inside a sector: calamine raised a Rust PanicException on it."""
    data = _xls_bytes(folder)
    path = folder / "cut_mid_sector.xls"
    path.write_bytes(data[:4100])
    return path


def xls_fat_count_lie(folder: Path) -> Path:
    """An .xls whose header claims 2^31 FAT sectors."""
    data = bytearray(_xls_bytes(folder))
    data[44:48] = (0x7FFFFFFF).to_bytes(4, "little")
    path = folder / "fat_lie.xls"
    path.write_bytes(bytes(data))
    return path


def xls_looping_chain(folder: Path) -> Path:
    """An .xls whose directory chain points back at itself."""
    data = bytearray(_xls_bytes(folder))
    first_fat = int.from_bytes(data[76:80], "little")
    dir_start = int.from_bytes(data[48:52], "little")
    fat_at = 512 + first_fat * 512 + dir_start * 4
    data[fat_at : fat_at + 4] = dir_start.to_bytes(4, "little")
    path = folder / "loop.xls"
    path.write_bytes(bytes(data))
    return path


def utf16_csv_without_bom(folder: Path) -> Path:
    """A UTF-16 CSV with no byte-order mark: it should simply import."""
    rows = [",".join(_HEADER)] + [",".join(str(v) for v in row) for row in _DATA]
    path = folder / "utf16_nobom.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-16-le"))
    return path


def control_characters_in_header(folder: Path) -> Path:
    """Headers with a newline, an escape and a bidi override, and no score column."""
    path = folder / "controls.csv"
    path.write_text("Na\nme,Col\x1b[31mour,Ri\u202eght\nx,y,z\n", encoding="utf-8")
    return path


def csv_too_big_to_keep(folder: Path) -> Path:
    """130 MB of CSV: a journey built from it could not be saved and opened again."""
    path = folder / "huge.csv"
    line = b"P1,Buy,Checkout,4,a quote of some length to fill the evidence\n"
    block = line * (1 << 16)
    with path.open("wb") as handle:
        handle.write(b"Participant,Stage,Touchpoint,Score,Quote\n")
        for _ in range(130 * 2**20 // len(block) + 1):
            handle.write(block)
    return path


def wide_sheet_openpyxl(folder: Path) -> Path:
    """A real workbook whose one stray value lies at column XFD (openpyxl writes it)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    for row in [_HEADER, *_DATA]:
        sheet.append(row)
    sheet["XFD3"] = "stray"
    path = folder / "stray_XFD3.xlsx"
    book.save(path)
    return _fixed_times(path)


#: name -> builder; every one must be imported or refused with one sentence.
HOSTILE: dict[str, Callable[[Path], Path]] = {
    "far cell XFD1048576": far_cell_xfd1048576,
    "far cell XFD100000": far_cell_xfd100000,
    "far cell XFD2": far_cell_xfd2,
    "stray cell A1048576": stray_cell_a1048576,
    "row reference 1048576": row_reference_1048576,
    "sharedStrings count 4294967295": shared_strings_count_lie,
    "bzip2 bomb with a lying size": bzip2_bomb,
    "DOCTYPE after a comment": doctype_after_comment,
    "DOCTYPE after a processing instruction": doctype_after_pi,
    "DOCTYPE in a UTF-16 part": doctype_in_utf16,
    "truncated xls": truncated_xls,
    "xls cut mid-sector (a panic before)": xls_cut_mid_sector,
    "xls with a lying FAT count": xls_fat_count_lie,
    "xls with a looping chain": xls_looping_chain,
    "UTF-16 csv without BOM": utf16_csv_without_bom,
    "control characters in headers": control_characters_in_header,
    "stray value at XFD3 (openpyxl)": wide_sheet_openpyxl,
    "ods row repeated 1048576 times": ods_repeated_rows,
}

#: Good files the fuzz test mutates.
SEEDS: dict[str, Callable[[Path], Path]] = {
    "xlsx": good_xlsx,
    "xlsx (openpyxl)": wide_sheet_openpyxl,
    "xls": good_xls,
    "ods": good_ods,
    "csv": good_csv,
}
