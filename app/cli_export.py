"""``journeycanvas export``: a journey to a PDF poster, PNG, SVG, xlsx or Mermaid file.

The format follows the output's extension. PDF, xlsx and Mermaid need no display;
PNG and SVG are drawn by Qt, which runs offscreen when there is no display.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from journeycanvas.app.cli import CliError, _add_debug, _out


def add_export(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "export",
        help="export a poster (pdf, png, svg) or data (xlsx, mmd)",
        description="Export a journey. The format follows OUT's extension: .pdf (vector "
        "poster, one sheet or tiled), .png, .svg, .xlsx or .mmd (Mermaid journey).",
    )
    parser.add_argument("file", metavar="IN.journey", type=Path)
    parser.add_argument("-o", "--output", metavar="OUT", required=True, type=Path)
    parser.add_argument(
        "--paper", metavar="SIZE", help="A4, A3, A2, A1 (default), A0, Letter, Tabloid or WxH (mm)"
    )
    turn = parser.add_mutually_exclusive_group()
    turn.add_argument("--landscape", action="store_true", help="landscape paper")
    turn.add_argument("--portrait", action="store_true", help="portrait paper")
    parser.add_argument("--tile", metavar="SIZE", help="PDF: tile the poster onto A4/A3 sheets")
    parser.add_argument(
        "--overlap", metavar="MM", type=float, default=10.0, help="tile overlap (default 10 mm)"
    )
    parser.add_argument("--dpi", type=int, default=300, help="PNG resolution, 72-600 (300)")
    parser.add_argument("--width", metavar="PX", type=int, help="PNG: width in pixels")
    parser.add_argument("--transparent", action="store_true", help="PNG: no page background")
    parser.add_argument(
        "--scale", metavar="S", type=float, help="draw at this scale instead of fitting the page"
    )
    parser.add_argument(
        "--margin", metavar="MM", type=float, default=10.0, help="page margin (default 10 mm)"
    )
    parser.add_argument(
        "--view", metavar="NAME", help="export through a saved view (its lanes, curves, …)"
    )
    _add_debug(parser)
    parser.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    from journeycanvas.io import journey_file
    from journeycanvas.io.exporters.export_file import NEEDS_QT, ExportError, export, format_of
    from journeycanvas.io.exporters.options import ExportOptions
    from journeycanvas.io.exporters.paper import Orientation

    out: Path = args.output
    try:
        fmt = format_of(out)
    except ExportError as exc:
        raise CliError(str(exc), 2) from None
    if args.tile and fmt != "pdf":
        raise CliError(f"{out}: --tile works for PDF posters only.", 2)
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
        margin_mm=args.margin,
        scale=args.scale,
        tile=args.tile,
        overlap_mm=args.overlap,
        dpi=args.dpi,
        # A pixel width alone sizes the PNG by the map, not by a paper.
        width_px=args.width if args.paper is None else None,
        transparent=args.transparent,
        source_name=args.file.name,
    )
    if args.width is not None and args.paper is not None:
        raise CliError(f"{out}: give either --paper with --dpi, or --width, not both.", 2)
    if fmt in NEEDS_QT:
        from journeycanvas.io.exporters.qt_app import ensure_gui_application

        ensure_gui_application()
    try:
        export(journey, out, options)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    _out(f"{out}: exported.")
    return 0
