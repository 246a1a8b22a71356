"""The whole import, from a file to a new journey: what the command line and the dialog run.

Three steps, so the dialog can show each: :func:`open_source` reads the file and
picks the sheet that holds the data, :func:`plan` finds the header and the role
of every column (the user's choices applied), and :func:`run` collects the
answers and builds the new journey. Nothing is changed before ``run`` returns:
the caller swaps the journey in (one undo step) or writes it to a file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from journeycanvas.canvas.model import ImportRecord, Journey
from journeycanvas.io.importers import aggregate, long_layout, wide_layout
from journeycanvas.io.importers.answers import RESPONDENT, TEXT, Collected, Progress
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.header_detection import Header, find_header
from journeycanvas.io.importers.mapping import LONG, WIDE, Mapping, detect, override
from journeycanvas.io.importers.reading import DEFAULT_MAX_ROWS, Table, Workbook, open_workbook
from journeycanvas.io.importers.scales import Scale

_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass
class ImportOptions:
    """What the user chose; empty means "detect it"."""

    sheet: str | None = None
    #: column index -> role (``--map`` resolves to this; the dialog sets it directly)
    roles: dict[int, str] = field(default_factory=dict)
    #: column index -> (stage, touchpoint) for a wide-layout question
    questions: dict[int, tuple[str, str]] = field(default_factory=dict)
    scale: Scale | None = None
    max_rows: int = DEFAULT_MAX_ROWS


@dataclass
class Source:
    """An opened file and the sheet chosen to import."""

    workbook: Workbook
    table: Table
    header: Header | None

    @property
    def path(self) -> Path:
        return self.workbook.path


@dataclass
class Plan:
    source: Source
    mapping: Mapping
    targets: dict[int, tuple[str, str]]  # wide layout: question column -> (stage, touchpoint)
    language: str


def open_source(path: str | Path, options: ImportOptions) -> Source:
    """Read the file and choose the sheet: the one asked for, else the one that holds data."""
    with gc_paused():
        return _open_source(path, options)


def _open_source(path: str | Path, options: ImportOptions) -> Source:
    book = open_workbook(path, options.max_rows)
    if options.sheet is not None:
        table = book.table(options.sheet, options.max_rows)
        return Source(book, table, find_header(table))
    best: tuple[int, Source] | None = None
    refused: SheetImportError | None = None
    for name in book.sheet_names:
        try:
            table = book.table(name, options.max_rows)
        except SheetImportError as exc:
            # A sheet that cannot be read (a stray far-away cell on the instructions
            # sheet, say) does not stop another sheet from being imported.
            refused = refused or exc
            continue
        header = find_header(table)
        rank = 0
        if header is not None:
            layout = detect(table, header).layout
            rank = {LONG: 3, WIDE: 2}.get(layout or "", 1)
        if best is None or rank > best[0]:
            best = (rank, Source(book, table, header))
        if rank == 3:
            break
    if best is None:
        assert refused is not None
        raise refused
    return best[1]


def plan(source: Source, options: ImportOptions, base: Journey | None = None) -> Plan:
    """The roles of the columns and where each answer goes; refuses what cannot import."""
    path = str(source.path)
    table, header = source.table, source.header
    if not any(any(v not in (None, "") for v in row) for row in table.rows[:1000]):
        raise SheetImportError(path, f"the sheet {table.sheet!r} is empty")
    if header is None:
        raise SheetImportError(
            path, f"no header row was found in the first rows of the sheet {table.sheet!r}"
        )
    header_row = table.first_row + header.rows[-1]
    if not any(any(v not in (None, "") for v in row) for row in table.rows[header.data_start :]):
        raise SheetImportError(
            path,
            f"the sheet {table.sheet!r} has a header (row {header_row}) but no data rows below it",
        )
    mapping = detect(table, header)
    mapping.questions = dict(options.questions)
    for index in options.questions:
        options.roles.setdefault(index, "question")
    if options.roles:
        mapping = override(mapping, options.roles)
    mapping.scale = options.scale
    language = base.language if base is not None else _language(mapping)
    targets: dict[int, tuple[str, str]] = {}
    if mapping.layout == WIDE:
        targets = wide_layout.question_targets(mapping, base, language)
    if mapping.layout is None:
        headers = ", ".join(c.label for c in header.columns[:12])
        more = ", …" if len(header.columns) > 12 else ""
        raise SheetImportError(
            path,
            f"no column of the sheet {table.sheet!r} holds scores (the columns are "
            f"{headers}{more}); name the score column with --map score=COLUMN",
        )
    return Plan(source, mapping, targets, language)


def run(
    the_plan: Plan, base: Journey | None = None, progress: Progress | None = None
) -> tuple[Journey, Collected]:
    """Collect the answers and build the new journey; ``base`` is left as it was."""
    source = the_plan.source
    path = str(source.path)
    book = source.workbook
    if base is not None:
        done = next((r for r in base.imports if r.sha256 == book.sha256), None)
        if done is not None:
            when = f" on {done.imported_at[:10]}" if done.imported_at else ""
            raise SheetImportError(
                path,
                f"this file was already imported into the journey{when}; importing it again "
                "would count its answers twice",
            )
    with gc_paused():
        return _run(the_plan, base, progress)


def collect(the_plan: Plan, progress: Progress | None = None) -> Collected:
    """The answers a plan finds, without building anything (the dialog's live summary)."""
    mapping, path = the_plan.mapping, str(the_plan.source.path)
    if mapping.layout == LONG:
        return long_layout.collect(mapping, path, progress)
    return wide_layout.collect(mapping, path, the_plan.targets, progress)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Reading 100,000 rows and building as many evidence objects triggers the cycle
    collector hundreds of times, for nothing (they form no cycles): pausing it
    saves a third of a big import."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _run(the_plan: Plan, base: Journey | None, progress: Progress | None):
    source = the_plan.source
    path = str(source.path)
    book = source.workbook
    collected = collect(the_plan, progress)
    if not collected.answers:
        raise SheetImportError(
            path, f"the sheet {source.table.sheet!r} has no answers to import under its header"
        )
    _check_fits(path, collected, book.name, source.table.sheet, base)
    record = ImportRecord(
        sha256=book.sha256,
        source=book.name,
        sheet=source.table.sheet,
        rows=collected.data_rows,
        imported_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
    start = base if base is not None else aggregate.new_journey(book.path.stem, the_plan.language)
    journey = aggregate.build(
        start, collected.answers, record, book.name, source.table.sheet, progress
    )
    return journey, collected


#: Bytes a piece of evidence takes in a saved journey besides its own text (its id,
#: score, row and the keys; measured on the 100,000-row benchmark: 241 bytes in all).
EVIDENCE_OVERHEAD = 170


def _check_fits(
    path: str, collected: Collected, source: str, sheet: str, base: Journey | None
) -> None:
    """Refuse, before building, answers whose journey could not be saved and opened again."""
    from journeycanvas.io.journey_file import MAX_FILE_BYTES

    fixed = EVIDENCE_OVERHEAD + len(source.encode()) + len(sheet.encode())
    estimate = sum(
        fixed + len(a[TEXT].encode()) + len(a[RESPONDENT].encode()) for a in collected.answers
    )
    if base is not None:
        estimate += sum(len(c.evidence) for c in base.cards) * (EVIDENCE_OVERHEAD + 60)
    if estimate > MAX_FILE_BYTES:
        raise SheetImportError(
            path,
            f"its {len(collected.answers):,} answers would make a journey of about "
            f"{estimate / 2**20:,.0f} MB, more than the {MAX_FILE_BYTES // 2**20} MB a journey "
            "file may be to open again; split the sheet and import it in parts",
        )


def import_sheet(
    path: str | Path,
    options: ImportOptions | None = None,
    base: Journey | None = None,
    progress: Progress | None = None,
) -> tuple[Journey, Collected, Plan]:
    """Everything at once, for the command line and tests."""
    options = options or ImportOptions()
    the_plan = plan(open_source(path, options), options, base)
    journey, collected = run(the_plan, base, progress)
    return journey, collected, the_plan


def _language(mapping: Mapping) -> str:
    texts = [c.header for c in mapping.header.columns]
    for role in ("stage", "touchpoint"):
        col = mapping.column_of(role)
        if col is not None:
            texts += [str(r[col.index]) for r in mapping.table.rows[:50] if col.index < len(r)]
    return "zh" if any(_CJK.search(t) for t in texts) else "en"
