"""``journeycanvas import``: a survey or interview spreadsheet into a journey file.

The argument contract is in docs/ARCHITECTURE.md. Every check that can fail happens before
anything is written: a failed import writes no output and leaves ``--into``
byte for byte as it was (the new journey is built in memory from a copy-on-write
edit and saved atomically at the very end).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
from pathlib import Path

from journeycanvas.app.cli import CliError, _add_debug, _check_output, _out, keep_to_the_end

ROLE_NAMES = (
    "stage",
    "step",
    "touchpoint",
    "touchpoint_no",
    "channel",
    "score",
    "comment",
    "respondent",
    "ignore",
)  # mapping.ROLES but "question" (named by --question); a test keeps them in step
SCALES = ("1-5", "1-7", "0-10")


def add_import(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import",
        help="import an interview or survey spreadsheet (xlsx, xls, ods, csv) or a Mermaid "
        "journey (.mmd) into a journey file",
        description="Import a spreadsheet: each scored answer becomes evidence on its "
        "touchpoint card, with the emotion curve at each touchpoint's mean score. Columns are "
        "recognised from their headers (Chinese or English); --map and --question override. "
        "A sheet of KPI measurements (KPI, date or period, value) is added --into the "
        "journey's KPIs instead.",
    )
    parser.add_argument(
        "file",
        metavar="SHEET",
        type=Path,
        help="xlsx, xls, ods or csv file, or a Mermaid journey (.mmd)",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT.journey", required=True, type=Path, help="the file to write"
    )
    parser.add_argument(
        "--into",
        metavar="BASE.journey",
        type=Path,
        help="add to this journey (it is not changed; the result goes to OUT)",
    )
    parser.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: detected)")
    parser.add_argument(
        "--map",
        metavar="ROLE=COLUMN",
        action="append",
        default=[],
        help=f"give a column a role ({', '.join(ROLE_NAMES)}); COLUMN is its text or id in "
        "any header row (Q1_3, QID1_3), a letter (C, AB) or a 1-based number",
    )
    parser.add_argument(
        "--question",
        metavar="COLUMN=STAGE/TOUCHPOINT",
        action="append",
        default=[],
        help="map a scored survey question onto a touchpoint, or send a free-text "
        "question's answers there (by default they go with every score of the respondent); "
        "for a channel question ('which channel did you use to pay?') the touchpoint, or "
        "STAGE/* for every score of the stage, its answer is the channel of",
    )
    parser.add_argument(
        "--scale", choices=SCALES, help="the answers' scale (default: from headers and values)"
    )
    parser.add_argument(
        "--wave",
        metavar="NAME",
        help="name this import's survey wave (default: from the file's dates or name)",
    )
    parser.add_argument(
        "--segment",
        metavar="COLUMN",
        help="the column of customer types or segments (default: a column headed "
        "客户类型, Customer type, Segment, Persona …)",
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help="with --into: replace what an earlier import of the same file and sheet "
        "(or the same columns) contributed, instead of adding to it",
    )
    parser.add_argument(
        "--max-rows",
        metavar="N",
        type=_positive,
        default=None,
        help="refuse a sheet with more rows than this (default 1,000,000)",
    )
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    _add_debug(parser)
    parser.set_defaults(handler=run_import)


def _positive(text: str) -> int:
    try:
        value = int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("it must be 1 or more")
    return value


def run_import(args: argparse.Namespace) -> int:
    # One command, a million objects and no cycles among them: the cyclic collector is
    # paused from start to end. Paused only step by step, it ran a full collection
    # over every row and evidence object each time a step ended (0.3-0.4 s CPU).
    was = gc.isenabled()
    gc.disable()
    try:
        return _run_import(args)
    finally:
        if was:
            gc.enable()


def _run_import(args: argparse.Namespace) -> int:
    sheet: Path = args.file
    out: Path = args.output
    same = args.into is not None and _same_file(args.into, out)
    _check_output(out, force=args.force)
    if sheet.suffix.lower() == ".mmd":
        from journeycanvas.io import journey_file

        journey = _import_mermaid(sheet)
        journey_file.save(journey, out)
        _out(f"{out}: imported from the Mermaid journey {sheet.name}.")
        return 0
    # The child reads the sheet on the other core while this process loads the
    # journey it goes into and the modules the import needs (the same order of
    # refusals as reading after them: a damaged --into is told first).
    with _start_reading(args) as reading:
        from journeycanvas.io import journey_file

        base = journey_file.load(args.into) if args.into is not None else None
        importlib.import_module("journeycanvas.io.importers.importer")
        importlib.import_module("journeycanvas.io.importers.kpi_sheet")  # asked first
        book = _read(reading)
    found = _kpi_sheet(args, book)
    if found is not None:
        journey, report = _import_kpis(args, base, *found)
    else:
        journey, report = _import(args, base, book)
    # The sheet's cells (a 100,000-row survey: ~100 MB of Python objects) are not
    # needed to write the journey: let them go before the save's own peak.
    del book, found, base
    journey_file.save(journey, out, keep_backup=same)
    keep_to_the_end(journey)
    _out(f"{out}: {report}")
    return 0


def _start_reading(args: argparse.Namespace):
    """The reading child, started at once (isolation.Reading)."""
    from journeycanvas.io.importers.isolation import start_reading
    from journeycanvas.io.importers.reading import DEFAULT_MAX_ROWS

    return start_reading(args.file, args.max_rows or DEFAULT_MAX_ROWS)


def _read(reading):
    from journeycanvas.io.importers.errors import SheetImportError

    try:
        return reading.result()
    except SheetImportError as exc:
        raise CliError(str(exc)) from None


def _kpi_sheet(args: argparse.Namespace, book):
    """The KPI sheet (table, columns) of the workbook, or None when it holds survey answers."""
    from journeycanvas.io.importers import kpi_sheet
    from journeycanvas.io.importers.errors import SheetImportError

    try:
        return kpi_sheet.find_table(book, args.sheet)
    except SheetImportError as exc:
        raise CliError(str(exc)) from None


def _import_kpis(args: argparse.Namespace, base, table, columns):
    from journeycanvas.io.importers import kpi_sheet
    from journeycanvas.io.importers.errors import SheetImportError

    if base is None:
        raise CliError(
            f"{args.file.name}: the sheet {table.sheet!r} holds KPI measurements, which are "
            "added to the KPIs of a journey; name it with --into.",
            2,
        )
    try:
        result = kpi_sheet.apply_sheet(args.file, base, table, columns)
    except SheetImportError as exc:
        raise CliError(str(exc)) from None
    return result.journey, kpi_sheet.report(result, args.file.name)


def _import(args: argparse.Namespace, base, book=None):
    from journeycanvas.io.importers.errors import SheetImportError
    from journeycanvas.io.importers.importer import ImportOptions, open_source, plan, run
    from journeycanvas.io.importers.reading import DEFAULT_MAX_ROWS
    from journeycanvas.io.importers.scales import parse_scale

    options = ImportOptions(
        sheet=args.sheet,
        scale=parse_scale(args.scale) if args.scale else None,
        max_rows=args.max_rows or DEFAULT_MAX_ROWS,
        wave=args.wave,
        replace=args.replace,
    )
    maps = [_split(m, "=", "--map", "ROLE=COLUMN, e.g. --map score=E") for m in args.map]
    for role, _ in maps:
        if role.lower() not in ROLE_NAMES:
            raise CliError(
                f"--map: there is no role {role!r}; the roles are {', '.join(ROLE_NAMES)}.", 2
            )
    questions = [
        _split(q, "=", "--question", "COLUMN=STAGE/TOUCHPOINT, e.g. --question Q3=购买/支付")
        for q in args.question
    ]
    targets = []
    for column, target in questions:
        stage, slash, point = target.partition("/")
        if not slash or not stage.strip() or not point.strip():
            raise CliError(
                f"--question {column}={target}: name the touchpoint as STAGE/TOUCHPOINT.", 2
            )
        targets.append((column, (stage.strip(), point.strip())))
    try:
        source = open_source(args.file, options, book)
        if source.header is not None:
            for role, column in maps:
                options.roles[_column(source, column)] = role.lower()
            for column, target in targets:
                options.questions[_column(source, column)] = target
            if args.segment:
                options.segment = _column(source, args.segment)
        the_plan = plan(source, options, base)
        journey, collected = run(the_plan, base)
    except SheetImportError as exc:
        raise CliError(str(exc)) from None
    return journey, _report(the_plan, collected, args.file.name)


def _column(source, ref: str) -> int:
    from journeycanvas.io.importers.mapping import AmbiguousColumn, resolve_column

    header = source.header
    try:
        col = resolve_column(header, ref, source.table.first_col)
    except AmbiguousColumn as exc:
        raise CliError(
            f"{source.path.name}: {exc} in the sheet {source.table.sheet!r}; "
            "name one by its letter."
        ) from None
    if col is None:
        listed = ", ".join(c.label for c in header.columns[:12])
        more = ", …" if len(header.columns) > 12 else ""
        raise CliError(
            f"{source.path.name}: the sheet {source.table.sheet!r} has no column {ref!r} "
            f"(the columns are {listed}{more})."
        )
    return col.index


def _split(text: str, sep: str, option: str, form: str) -> tuple[str, str]:
    left, found, right = text.partition(sep)
    if not found or not left.strip() or not right.strip():
        raise CliError(f"{option} {text!r}: write it as {form}.", 2)
    return left.strip(), right.strip()


def _report(the_plan, collected, name: str) -> str:
    from journeycanvas.io.importers.answers import STAGE, TOUCHPOINT

    fields = collected.columns()  # taken out of the answers for the build already
    responses = collected.responses
    quotes = len(collected.answers) - responses
    points = set(zip(fields[STAGE], fields[TOUCHPOINT], strict=True))
    stages = {stage for stage, _point in points}
    scales = sorted({str(s) for s in collected.scales.values()})
    parts = [
        f"imported {responses:,} scored response{'s' * (responses != 1)}"
        + (f" and {quotes:,} unscored quote{'s' * (quotes != 1)}" if quotes else ""),
        f"on {len(points)} touchpoint{'s' * (len(points) != 1)} in {len(stages)} "
        f"stage{'s' * (len(stages) != 1)}",
        f"from {name}, sheet {the_plan.source.table.sheet!r} ({the_plan.mapping.layout} layout, "
        f"scale {', '.join(scales)})",
    ]
    texts = len(the_plan.texts)
    if texts:
        parts.append(
            f"with the words of {texts} free-text column{'s' * (texts != 1)} as evidence text"
        )
    text = " ".join(parts)
    skipped = [
        f"{len(rows):,} {'row' if len(rows) == 1 else 'rows'} with {reason} ({_rows(rows)})"
        for reason, rows in collected.skipped.items()
        if reason != "blank row"
    ]
    if skipped:
        text += "; skipped " + "; ".join(skipped)
    if the_plan.segment is not None:
        text += f"; segments from the column {the_plan.segment.label}"
    if collected.replaced:
        text += "; replaced the earlier import of " + ", ".join(collected.replaced)
    if collected.already:
        text += (
            f"; {collected.already:,} row{'s' * (collected.already != 1)} already in the "
            f"journey {'were' if collected.already != 1 else 'was'} skipped, "
            f"{collected.new_rows:,} new"
        )
    for stage in collected.created_stages:
        text += f"; created the stage {stage!r}"
    new_stages = set(collected.created_stages)
    new_points = [p for s, p in collected.created_touchpoints if s not in new_stages]
    if new_points:
        shown = ", ".join(repr(p) for p in new_points[:8])
        more = f" and {len(new_points) - 8} more" if len(new_points) > 8 else ""
        text += f"; created the touchpoint{'s' * (len(new_points) != 1)} {shown}{more}"
    return text + "."


def _rows(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:5])
    return f"row {shown}" if len(rows) == 1 else f"rows {shown}{', …' if len(rows) > 5 else ''}"


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _import_mermaid(path: Path):
    """A .mmd file goes to the Mermaid importer, when this version has one."""
    name = "journeycanvas.io.importers.mermaid"
    if importlib.util.find_spec(name) is None:
        raise CliError(f"{path.name}: this version cannot import Mermaid files.")
    module = importlib.import_module(name)
    try:
        return module.import_mermaid(path)
    except CliError:
        raise
    except Exception as exc:
        if type(exc).__name__.endswith("Error") and str(exc):
            raise CliError(str(exc)) from None
        raise
