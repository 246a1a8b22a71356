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
from dataclasses import dataclass, field, replace
from itertools import compress
from operator import itemgetter
from pathlib import Path

from journeycanvas.canvas.model import ImportRecord, Journey
from journeycanvas.io.importers import aggregate, long_layout, provenance, wide_layout
from journeycanvas.io.importers.answers import (
    RESPONDENT,
    ROW,
    STAGE,
    TEXT,
    TOUCHPOINT,
    Answer,
    Collected,
    Progress,
)
from journeycanvas.io.importers.document_title import workbook_title
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.header_detection import Column, Header, find_header
from journeycanvas.io.importers.mapping import LONG, WIDE, Mapping, detect, override
from journeycanvas.io.importers.reading import DEFAULT_MAX_ROWS, Table, Workbook, open_workbook
from journeycanvas.io.importers.scales import Scale
from journeycanvas.io.importers.steps import place_in_steps

_CJK = re.compile(r"[\u3400-\u9fff]")
#: ``--question COLUMN=STAGE/*`` on a channel question: the channel of every score of STAGE.
WHOLE_STAGE = "*"
#: ImportOptions.segment when the user says the sheet has no segment column.
NO_SEGMENT = -1


@dataclass
class ImportOptions:
    """What the user chose; empty means "detect it"."""

    sheet: str | None = None
    #: column index -> role (``--map`` resolves to this; the dialog sets it directly)
    roles: dict[int, str] = field(default_factory=dict)
    #: column index -> (stage, touchpoint) for a wide-layout question (or free-text column)
    questions: dict[int, tuple[str, str]] = field(default_factory=dict)
    #: free-text column -> (stage, touchpoint), or None for every score of the respondent
    texts: dict[int, tuple[str, str] | None] = field(default_factory=dict)
    scale: Scale | None = None
    max_rows: int = DEFAULT_MAX_ROWS
    #: the wave's name (``--wave``); None: from the file's dates or name
    wave: str | None = None
    #: column index of the customer segment (``--segment``); None: detected;
    #: NO_SEGMENT: none
    segment: int | None = None
    #: replace what earlier imports of the same source contributed (``--replace``)
    replace: bool = False
    #: a stage the import would create -> the existing stage to use instead
    stages: dict[str, str] = field(default_factory=dict)
    #: a (stage, touchpoint) the import would create -> the existing one to use instead
    touchpoints: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)


@dataclass
class Source:
    """An opened file and the sheet chosen to import."""

    workbook: Workbook
    table: Table
    header: Header | None
    #: the roles detected in ``table`` under ``header`` while the sheet was chosen:
    #: :func:`plan` starts from a copy of them instead of detecting them again
    detected: Mapping | None = field(default=None, repr=False, compare=False)

    @property
    def path(self) -> Path:
        return self.workbook.path

    def mapping(self) -> Mapping:
        """The detected roles of the sheet's columns, a copy of its own to change."""
        assert self.header is not None
        found = self.detected
        if found is None or found.table is not self.table or found.header is not self.header:
            return detect(self.table, self.header)
        return replace(
            found,
            roles=dict(found.roles),
            how=dict(found.how),
            questions=dict(found.questions),
            free_text=set(found.free_text),
            texts=dict(found.texts),
            channel_of=dict(found.channel_of),
        )


@dataclass
class Plan:
    source: Source
    mapping: Mapping
    targets: dict[int, tuple[str, str]]  # wide layout: question column -> (stage, touchpoint)
    language: str
    #: wide layout: free-text column -> (stage, touchpoint), None = every score of the row
    texts: dict[int, wide_layout.TextTarget] = field(default_factory=dict)
    options: ImportOptions = field(default_factory=ImportOptions)
    segment: Column | None = None
    #: wide layout: channel question column -> (stage, touchpoint or "" for the stage)
    channels: dict[int, wide_layout.ChannelTarget] = field(default_factory=dict)


def open_source(path: str | Path, options: ImportOptions, book: Workbook | None = None) -> Source:
    """Read the file and choose the sheet: the one asked for, else the one that holds data.

    ``book`` is the workbook when the caller has read it already (to look for a KPI
    sheet first), so a file is read once."""
    with gc_paused():
        return _open_source(path, options, book)


def _open_source(path: str | Path, options: ImportOptions, book: Workbook | None) -> Source:
    if book is None:
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
        detected = None
        if header is not None:
            detected = detect(table, header)
            rank = {LONG: 3, WIDE: 2}.get(detected.layout or "", 1)
        if best is None or rank > best[0]:
            best = (rank, Source(book, table, header, detected))
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
    if not any(any(v not in (None, "") for v in row) for row in table.head(1000)):
        raise SheetImportError(path, f"the sheet {table.sheet!r} is empty")
    if header is None:
        raise SheetImportError(
            path, f"no header row was found in the first rows of the sheet {table.sheet!r}"
        )
    header_row = table.first_row + header.rows[-1]
    if not any(any(v not in (None, "") for v in row) for row in table.iter_rows(header.data_start)):
        raise SheetImportError(
            path,
            f"the sheet {table.sheet!r} has a header (row {header_row}) but no data rows below it",
        )
    mapping = source.mapping()
    # --question on a free-text column says where its words go, not that it is scored.
    words: dict[int, tuple[str, str] | None] = {
        i: t
        for i, t in options.questions.items()
        if mapping.roles.get(i) == "comment" and options.roles.get(i) != "question"
    }
    words.update(options.texts)
    # --question on a channel question says which touchpoint (or STAGE/ for the stage).
    channel_of = {
        i: (t[0], "" if t[1] == WHOLE_STAGE else t[1])
        for i, t in options.questions.items()
        if mapping.roles.get(i) == "channel" and options.roles.get(i) != "question"
    }
    mapping.questions = {
        i: t for i, t in options.questions.items() if i not in words and i not in channel_of
    }
    mapping.texts = words
    mapping.channel_of = channel_of
    for index in mapping.questions:
        options.roles.setdefault(index, "question")
    if options.roles:
        mapping = override(mapping, options.roles)
    mapping.scale = options.scale
    asked = next((c for c in header.columns if c.index == options.segment), None)
    segment = None if options.segment == NO_SEGMENT else provenance.segment_column(header, asked)
    # "用户类型" reads as a respondent column by its header, but it is no respondent id.
    if (
        segment is not None
        and mapping.roles.get(segment.index) == "respondent"
        and mapping.how.get(segment.index) != "you"
    ):
        mapping = override(mapping, {segment.index: "ignore"})
        mapping.scale = options.scale
    language = base.language if base is not None else _language(mapping)
    targets: dict[int, tuple[str, str]] = {}
    texts: dict[int, wide_layout.TextTarget] = {}
    channels: dict[int, wide_layout.ChannelTarget] = {}
    if mapping.layout == WIDE:
        targets = wide_layout.question_targets(mapping, base, language)
        texts = wide_layout.text_targets(mapping, targets, base)
        channels = wide_layout.channel_targets(mapping, targets, base, language)
    if mapping.layout is None:
        headers = ", ".join(c.label for c in header.columns[:12])
        more = ", …" if len(header.columns) > 12 else ""
        raise SheetImportError(
            path,
            f"no column of the sheet {table.sheet!r} holds scores (the columns are "
            f"{headers}{more}); name the score column with --map score=COLUMN",
        )
    return Plan(
        source,
        mapping,
        targets,
        language,
        texts=texts,
        options=options,
        segment=segment,
        channels=channels,
    )


def run(
    the_plan: Plan, base: Journey | None = None, progress: Progress | None = None
) -> tuple[Journey, Collected]:
    """Collect the answers and build the new journey; ``base`` is left as it was."""
    source = the_plan.source
    path = str(source.path)
    book = source.workbook
    if base is not None and not the_plan.options.replace:
        done = next((r for r in base.imports if r.sha256 == book.sha256), None)
        if done is not None:
            when = f" on {done.imported_at[:10]}" if done.imported_at else ""
            raise SheetImportError(
                path,
                f"this file was already imported into the journey{when}; importing it again "
                "would count its answers twice (--replace imports it anew)",
            )
    with gc_paused():
        return _run(the_plan, base, progress)


def collect(the_plan: Plan, progress: Progress | None = None) -> Collected:
    """The answers a plan finds, without building anything (the dialog's live summary)."""
    mapping, path = the_plan.mapping, str(the_plan.source.path)
    if mapping.layout == LONG:
        return long_layout.collect(mapping, path, progress)
    return wide_layout.collect(
        mapping, path, the_plan.targets, progress, the_plan.texts, the_plan.channels
    )


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
    options = the_plan.options
    collected = collect(the_plan, progress)
    if not collected.answers:
        raise SheetImportError(
            path, f"the sheet {source.table.sheet!r} has no answers to import under its header"
        )
    if base is not None:
        start = base
    else:  # an exported workbook names its journey; a survey export is named by its file
        title = workbook_title(book.path) or book.path.stem
        start = aggregate.new_journey(title, the_plan.language)
    if options.replace and base is not None:
        earlier = replaced_imports(the_plan, base)
        collected.replaced = [r.source for r in base.imports if r.id in earlier]
        start = aggregate.remove_imports(start, earlier)
    sifted = sift(the_plan, collected, start)
    collected.already, collected.new_rows = sifted.already, sifted.new_rows
    answers = sifted.answers
    if options.stages or options.touchpoints:
        answers = [_renamed(a, options) for a in answers]
    kept = sifted.origins
    if not answers:
        raise SheetImportError(
            path,
            f"all {collected.already:,} rows of the sheet {source.table.sheet!r} are already in "
            "the journey; nothing new to import",
        )
    collected.answers = answers
    _check_fits(path, collected, book.name, source.table.sheet, base)
    if base is not None:  # into a new journey everything is new: nothing to point out
        collected.created_stages, collected.created_touchpoints = created(answers, start)
    wave, wave_date = provenance.wave_of(book.path, the_plan.mapping, options.wave)
    signature = provenance.columns_signature(the_plan.mapping)
    record = ImportRecord(
        sha256=book.sha256,
        source=book.name,
        sheet=source.table.sheet,
        rows=collected.data_rows,
        imported_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        wave=wave,
        wave_date=wave_date,
        columns=signature,
        keys=provenance.pack(kept.keys),
        skipped=collected.already,
    )
    journey = aggregate.build(
        start, answers, record, book.name, source.table.sheet, progress, kept, collected.columns()
    )
    journey = place_in_steps(journey, collected.steps, book.name)
    return journey, collected


@dataclass
class Sifted:
    """The answers a journey does not hold yet, with their origins, and the row counts."""

    answers: list[Answer]
    origins: provenance.Origins
    already: int  # rows all of whose answers the journey holds
    new_rows: int  # rows that add at least one answer


def sift(the_plan: Plan, collected: Collected, journey: Journey) -> Sifted:
    """Leave out the answers ``journey``'s earlier imports added (a cumulative export)."""
    origins = provenance.Origins.of(
        provenance.origins(the_plan.mapping, collected, the_plan.targets, the_plan.segment)
    )
    fresh = provenance.new_answers(origins.keys, provenance.already_held(journey.imports))
    answered = set(collected.columns()[ROW])
    if all(fresh):  # a new survey, or a wave of new respondents: every answer is kept
        # The very list, so the columns taken out of it serve the steps after.
        return Sifted(collected.answers, origins, 0, len(answered))
    kept = list(compress(collected.answers, fresh))
    kept_rows = set(map(itemgetter(ROW), kept))
    return Sifted(kept, origins.select(fresh), len(answered - kept_rows), len(kept_rows))


def replaced_imports(the_plan: Plan, journey: Journey) -> set[str]:
    """Ids of the journey's imports of the same source: the same file name and sheet,
    or the same columns — what ``--replace`` takes out before importing."""
    book, sheet = the_plan.source.workbook, the_plan.source.table.sheet
    signature = provenance.columns_signature(the_plan.mapping)
    return {
        r.id
        for r in journey.imports
        if (r.source == book.name and r.sheet == sheet) or (r.columns and r.columns == signature)
    }


def _renamed(answer: Answer, options: ImportOptions) -> Answer:
    """The answer with the user's choice of an existing stage or touchpoint applied."""
    stage = options.stages.get(answer[STAGE], answer[STAGE])
    point = answer[TOUCHPOINT]
    if (stage, point) in options.touchpoints:  # keyed by the stage it now goes to
        stage, point = options.touchpoints[(stage, point)]
    if (stage, point) == (answer[STAGE], answer[TOUCHPOINT]):
        return answer
    return (stage, point, *answer[2:])  # type: ignore[return-value]


def created(answers: list[Answer], base: Journey) -> tuple[list[str], list[tuple[str, str]]]:
    """The stages and touchpoints importing ``answers`` into ``base`` would create."""
    default = aggregate.DEFAULT_STAGE.get(base.language, aggregate.DEFAULT_STAGE["en"])
    stages = {s.name.strip() for s in base.stages}
    points = {
        (s.name.strip(), c.title.strip()) for s in base.stages for c in base.touchpoint_cards(s.id)
    }
    new_stages: dict[str, None] = {}
    new_points: dict[tuple[str, str], None] = {}
    for a in answers:
        stage = a[STAGE] or default
        if stage not in stages:
            new_stages[stage] = None
        if (stage, a[TOUCHPOINT]) not in points:
            new_points[(stage, a[TOUCHPOINT])] = None
    return list(new_stages), list(new_points)


def proposed(
    answers: list[Answer], base: Journey, options: ImportOptions
) -> tuple[list[str], list[tuple[str, str]]]:
    """The new stages the sheet names, and the new touchpoints once the user's choice
    of stages is applied (so a stage sent to an existing one shows its touchpoints)."""
    stages, _ = created(answers, base)
    moved = [(options.stages.get(a[STAGE], a[STAGE]), *a[1:]) for a in answers]
    _, points = created(moved, base)  # type: ignore[arg-type]
    return stages, points


#: Bytes a piece of evidence takes in a saved journey besides its own text (its id,
#: score, row and the keys; measured on the 100,000-row benchmark: 241 bytes in all).
EVIDENCE_OVERHEAD = 170
#: Values a piece of evidence adds to a saved journey (its object and eleven fields),
#: as journey_check counts them against its MAX_VALUES.
VALUES_PER_ANSWER = 12


def _check_fits(
    path: str, collected: Collected, source: str, sheet: str, base: Journey | None
) -> None:
    """Refuse, before building, answers whose journey could not be saved and opened again."""
    from journeycanvas.io.journey_check import MAX_VALUES
    from journeycanvas.io.journey_file import MAX_FILE_BYTES

    answers = len(collected.answers)
    if base is not None:
        answers += sum(len(c.evidence) for c in base.cards)
    most = MAX_VALUES // VALUES_PER_ANSWER
    if answers > most:
        raise SheetImportError(
            path,
            f"a journey of {answers:,} answers could not be opened again (a journey file holds "
            f"at most about {most:,}); split the sheet and import it in parts",
        )
    fixed = EVIDENCE_OVERHEAD + len(source.encode()) + len(sheet.encode())
    fields = collected.columns()
    texts, people = fields[TEXT], fields[RESPONDENT]
    held = 0
    if base is not None:
        held = sum(len(c.evidence) for c in base.cards) * (EVIDENCE_OVERHEAD + 60)
    # Loops in C: this runs before every import, over every answer. A character is at
    # most 4 bytes of UTF-8, so while even that many bytes fit, the estimate fits too:
    # the texts are encoded (100,000 of them, ~20 ms) only when it might not.
    chars = sum(map(len, texts)) + sum(map(len, people))
    if fixed * len(texts) + 4 * chars + held <= MAX_FILE_BYTES:
        return
    estimate = (
        fixed * len(texts)
        + sum(map(len, map(str.encode, texts)))
        + sum(map(len, map(str.encode, people)))
        + held
    )
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
            texts += [str(r[col.index]) for r in mapping.table.head(50) if col.index < len(r)]
    return "zh" if any(_CJK.search(t) for t in texts) else "en"
