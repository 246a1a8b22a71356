"""``journeycanvas export``: a journey to a PDF poster, PNG, SVG, xlsx or Mermaid file.

The format follows the output's extension. PDF, xlsx and Mermaid need no display;
PNG and SVG are drawn by Qt, which runs offscreen when there is no display.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from journeycanvas.app.cli import CliError, _add_debug, _check_output, _err, _out
from journeycanvas.canvas.themes import THEMES

#: Formats that draw the text in the bundled fonts (xlsx and Mermaid keep it as text).
POSTER_FORMATS = frozenset({"pdf", "png", "svg"})


def add_export(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "export",
        help="export a poster (pdf, png, svg) or data (xlsx, mmd)",
        description="Export a journey. The format follows OUT's extension: .pdf (vector "
        "poster, one sheet or tiled), .png, .svg (the map at its own size), .xlsx or .mmd "
        "(Mermaid journey). An option that does not apply to OUT's format is refused, not "
        "ignored. An existing OUT is replaced only with --force.",
    )
    parser.add_argument("file", metavar="IN.journey", type=Path, help="the journey to export")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        type=Path,
        help="the file to write; its extension (.pdf, .png, .svg, .xlsx, .mmd) picks the format",
    )
    parser.add_argument(
        "--paper",
        metavar="SIZE",
        help="PDF, PNG: A4, A3, A2, A1 (default), A0, Letter, Tabloid or WxH (mm)",
    )
    turn = parser.add_mutually_exclusive_group()
    turn.add_argument("--landscape", action="store_true", help="PDF, PNG: landscape paper")
    turn.add_argument("--portrait", action="store_true", help="PDF, PNG: portrait paper")
    parser.add_argument(
        "--tile",
        metavar="SIZE",
        help="PDF: tile the poster onto office sheets: A4, A3, Letter or Tabloid",
    )
    parser.add_argument(
        "--sheets",
        metavar="COLSxROWS",
        type=_sheets,
        help="with --tile: draw the map as large as fits this many sheets, e.g. 4x2 "
        "(4 across, 2 down) instead of fitting --paper",
    )
    parser.add_argument(
        "--overlap", metavar="MM", type=float, help="with --tile: overlap (default 10 mm)"
    )
    parser.add_argument("--dpi", type=int, help="PNG: resolution, 72-600 (default 300)")
    parser.add_argument("--width", metavar="PX", type=int, help="PNG: width in pixels")
    parser.add_argument("--transparent", action="store_true", help="PNG, SVG: no page background")
    parser.add_argument(
        "--scale",
        metavar="S",
        type=float,
        help="PDF, PNG: draw at this scale instead of fitting the page",
    )
    parser.add_argument(
        "--margin", metavar="MM", type=float, help="PDF, PNG: page margin (default 10 mm)"
    )
    parser.add_argument(
        "--split-stages",
        metavar="N",
        type=int,
        help="PDF: a page per N stages, each repeating the title and lane headers",
    )
    parser.add_argument(
        "--with-suggestions",
        action="store_true",
        help="PDF, PNG, SVG: also draw an import's suggestions not yet accepted (marked)",
    )
    parser.add_argument(
        "--with-comments",
        action="store_true",
        help="PDF, PNG, SVG: also draw the comments: a numbered marker on each commented "
        "card, stage, lane or emotion point and a numbered list under the map (a saved view "
        "that hides comments leaves them out)",
    )
    parser.add_argument(
        "--theme",
        choices=sorted(THEMES),
        help="PDF, PNG, SVG: draw this poster in another theme (default: the journey's own; "
        "greyscale is made for black-and-white printing)",
    )
    parser.add_argument(
        "--author",
        metavar="NAME",
        help="PDF, xlsx: the document's author (default: none; never the login name)",
    )
    parser.add_argument(
        "--bleed",
        metavar="MM",
        type=float,
        help="PDF on one sheet, for a print shop: add MM of bleed (3 is usual) on every side "
        "with crop marks; the PDF's TrimBox is the paper size, its BleedBox the trim plus "
        "the bleed, and fonts are embedded. Keep --margin for the safe area inside the trim",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace OUT if it exists (a read-only OUT is never replaced)",
    )
    parser.add_argument(
        "--channels",
        action="store_true",
        help="export the channel view instead of the map: .xlsx (matrix, consistency, "
        "switches), .pdf or .png (the channel page)",
    )
    parser.add_argument(
        "--view", metavar="NAME", help="export through a saved view (its lanes, curves, …)"
    )
    parser.add_argument(
        "--plan",
        action="store_true",
        help="export the action plan instead of the map: .xlsx with every improvement by "
        "priority (owner, status, due date, values, effort, linked pains, KPIs, A/B test), "
        "or .pdf (the priority matrix page and the plan as a table)",
    )
    parser.add_argument(
        "--matrix",
        action="store_true",
        help="export the priority matrix instead of the map: .png or .pdf (one page)",
    )
    parser.add_argument(
        "--with-plan",
        action="store_true",
        help="PDF: add the priority matrix and the action plan as pages after the poster",
    )
    _add_debug(parser)
    parser.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    from journeycanvas.io import journey_file
    from journeycanvas.io.exporters.export_file import NEEDS_QT, ExportError, export, format_of
    from journeycanvas.io.exporters.options import ExportOptions
    from journeycanvas.io.exporters.paper import Orientation

    out: Path = args.output
    chosen = [name for name in ("channels", "plan", "matrix") if getattr(args, name)]
    if len(chosen) > 1:
        raise CliError(f"{out}: give one of --channels, --plan and --matrix, not several.", 2)
    if args.channels:
        return _run_channel_export(args)
    if args.plan:
        return _run_plan_export(args)
    if args.matrix:
        return _run_matrix_export(args)
    try:
        fmt = format_of(out)
    except ExportError as exc:
        raise CliError(str(exc), 2) from None
    _refuse_options_that_do_not_apply(args, fmt, out)
    _check_output(out, force=args.force, suffix=f".{fmt}")
    if fmt in POSTER_FORMATS:
        from journeycanvas.canvas.font_widths import hash_fonts_ahead

        hash_fonts_ahead()  # the layout and the PDF check the fonts; hashed while loading
    journey = journey_file.load(args.file)
    if args.view is not None:
        from journeycanvas.canvas import views

        try:
            journey = views.shown(journey, views.find(journey, args.view))
        except views.UnknownView as exc:
            raise CliError(f"{args.file}: {exc}.", 2) from None
    orientation = (
        Orientation.LANDSCAPE
        if args.landscape
        else Orientation.PORTRAIT
        if args.portrait
        else Orientation.AUTO
    )
    paper = args.paper or "A1"
    options = ExportOptions(
        paper=paper,
        orientation=orientation,
        margin_mm=10.0 if args.margin is None else args.margin,
        scale=args.scale,
        tile=args.tile,
        fit_sheets=args.sheets,
        bleed_mm=args.bleed or 0.0,
        overlap_mm=10.0 if args.overlap is None else args.overlap,
        dpi=300 if args.dpi is None else args.dpi,
        # A pixel width alone sizes the PNG by the map, not by a paper.
        width_px=args.width if args.paper is None else None,
        transparent=args.transparent,
        source_name=args.file.name,
        author=args.author or "",
        split_stages=args.split_stages,
        include_suggestions=args.with_suggestions,
        with_plan=args.with_plan,
        include_comments=args.with_comments,
        theme=args.theme,
    )
    if args.split_stages is not None and (args.split_stages < 1 or args.tile):
        raise CliError(f"{out}: --split-stages needs N of 1 or more, and no --tile.", 2)
    if args.width is not None and args.paper is not None:
        raise CliError(f"{out}: give either --paper with --dpi, or --width, not both.", 2)
    if fmt in NEEDS_QT:
        from journeycanvas.io.exporters.qt_app import ensure_gui_application

        ensure_gui_application()
    from journeycanvas.io.exporters.poster_layout import reusing_layouts

    # The check and the writer lay out the same journey: once is enough.
    with reusing_layouts():
        if fmt in ("pdf", "png"):
            _warn_if_text_too_small(journey, options, out)
        try:
            export(journey, out, options)
        except ExportError as exc:
            raise CliError(str(exc)) from None
    if fmt in POSTER_FORMATS:
        from journeycanvas.io.exporters.glyphs import undrawable_characters, warning

        missing = undrawable_characters(journey)
        if missing:
            _err(f"{out}: {warning(missing)}")
    _out(f"{out}: exported.")
    return 0


def _warn_if_text_too_small(journey, options, out: Path) -> None:
    """Before writing: one line on stderr when the poster's smallest text is unreadable."""
    from journeycanvas.io.exporters.readability import (
        READABLE_PT,
        smallest_printed_pt,
        too_small_warning,
    )

    try:
        size = smallest_printed_pt(journey, options)
    except ValueError:  # an impossible paper or scale: the export itself says so
        return
    if size is not None and size < READABLE_PT:
        _err(f"{out}: {too_small_warning(size)}")


def _run_channel_export(args: argparse.Namespace) -> int:
    """``export --channels``: the channel analysis as a workbook, or its page as PDF/PNG."""
    from journeycanvas.io import journey_file
    from journeycanvas.io.exporters.channels_export import channel_format, export_channels
    from journeycanvas.io.exporters.export_file import ExportError

    out: Path = args.output
    try:
        fmt = channel_format(out)
    except ExportError as exc:
        raise CliError(str(exc), 2) from None
    _check_output(out, force=args.force, suffix=f".{fmt}")
    journey = journey_file.load(args.file)
    view = None
    if args.view is not None:
        from journeycanvas.canvas import views

        try:
            view = views.find(journey, args.view)
        except views.UnknownView as exc:
            raise CliError(f"{args.file}: {exc}.", 2) from None
    if fmt == "png":
        from journeycanvas.io.exporters.qt_app import ensure_gui_application

        ensure_gui_application()
    try:
        export_channels(journey, out, dpi=150 if args.dpi is None else args.dpi, view=view)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    _out(f"{out}: exported.")
    return 0


def _run_plan_export(args: argparse.Namespace) -> int:
    """``export --plan``: the improvements by priority as a workbook or PDF pages."""
    from journeycanvas.io import journey_file
    from journeycanvas.io.exporters.export_file import ExportError
    from journeycanvas.io.exporters.plan_export import export_plan_file, plan_format

    out: Path = args.output
    try:
        fmt = plan_format(out)
    except ExportError as exc:
        raise CliError(str(exc), 2) from None
    given = [dest for dest in APPLIES_TO if getattr(args, dest) not in (None, False)]
    if given:
        raise CliError(
            f"{out}: --{given[0].replace('_', '-')} does not apply to the action plan.", 2
        )
    _check_output(out, force=args.force, suffix=f".{fmt}")
    journey = journey_file.load(args.file)
    try:
        export_plan_file(journey, out)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    _out(f"{out}: exported.")
    return 0


def _run_matrix_export(args: argparse.Namespace) -> int:
    """``export --matrix``: the priority matrix page as PNG or PDF."""
    from journeycanvas.io import journey_file
    from journeycanvas.io.exporters.export_file import ExportError
    from journeycanvas.io.exporters.plan_export import export_matrix, matrix_format

    out: Path = args.output
    try:
        fmt = matrix_format(out)
    except ExportError as exc:
        raise CliError(str(exc), 2) from None
    given = [
        dest for dest in APPLIES_TO if dest != "dpi" and getattr(args, dest) not in (None, False)
    ]
    if given:
        raise CliError(
            f"{out}: --{given[0].replace('_', '-')} does not apply to the priority matrix.", 2
        )
    if fmt != "png" and args.dpi is not None:
        raise CliError(f"{out}: --dpi applies to PNG only.", 2)
    _check_output(out, force=args.force, suffix=f".{fmt}")
    journey = journey_file.load(args.file)
    if fmt == "png":
        from journeycanvas.io.exporters.qt_app import ensure_gui_application

        ensure_gui_application()
    try:
        export_matrix(journey, out, dpi=150 if args.dpi is None else args.dpi)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    _out(f"{out}: exported.")
    return 0


#: Option (its dest) → the formats it applies to; anything else is refused.
APPLIES_TO: dict[str, frozenset[str]] = {
    "paper": frozenset({"pdf", "png"}),
    "landscape": frozenset({"pdf", "png"}),
    "portrait": frozenset({"pdf", "png"}),
    "margin": frozenset({"pdf", "png"}),
    "scale": frozenset({"pdf", "png"}),
    "tile": frozenset({"pdf"}),
    "bleed": frozenset({"pdf"}),
    "sheets": frozenset({"pdf"}),
    "overlap": frozenset({"pdf"}),
    "dpi": frozenset({"png"}),
    "width": frozenset({"png"}),
    "transparent": frozenset({"png", "svg"}),
    "author": frozenset({"pdf", "xlsx"}),
    "split_stages": frozenset({"pdf"}),
    "with_suggestions": frozenset({"pdf", "png", "svg"}),
    "with_plan": frozenset({"pdf"}),
    "with_comments": frozenset({"pdf", "png", "svg"}),
    "theme": frozenset({"pdf", "png", "svg"}),
}
_NAMES = {"pdf": "PDF", "png": "PNG", "svg": "SVG", "xlsx": "xlsx", "mmd": "Mermaid"}


def _refuse_options_that_do_not_apply(args: argparse.Namespace, fmt: str, out: Path) -> None:
    """One rule for every format: an option given that it ignores is a usage error."""
    given = [dest for dest in APPLIES_TO if getattr(args, dest) not in (None, False)]
    for dest in given:
        if fmt not in APPLIES_TO[dest]:
            names = [_NAMES[f] for f in sorted(APPLIES_TO[dest])]
            formats = " and ".join([", ".join(names[:-1]), names[-1]] if names[:-1] else names)
            option = "--" + dest.replace("_", "-")  # as typed: --with-comments
            raise CliError(f"{out}: {option} applies to {formats} only, not to {_NAMES[fmt]}.", 2)
    for dest in ("sheets", "overlap"):
        if dest in given and not args.tile:
            raise CliError(f"{out}: --{dest} needs --tile (the paper of the sheets).", 2)


def _sheets(text: str) -> tuple[int, int]:
    """ "4x2" (or 4×2) → (4, 2): columns across, rows down."""
    cols, sep, rows = text.lower().replace("×", "x").partition("x")
    if not sep or not cols.strip().isdigit() or not rows.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not COLSxROWS, e.g. 4x2")
    return int(cols), int(rows)
