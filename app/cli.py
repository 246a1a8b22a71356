"""The ``journeycanvas`` command line: open the editor, or work on files without a display.

The commands and their output are a contract (docs/ARCHITECTURE.md): scripts and tests rely
on them. Every failure is one plain sentence on stderr naming the file, exit code 1
(2 for a wrong command line), and no traceback unless ``--debug``.

Each command is one ``_add_NAME`` function that declares its arguments and one
``_run_NAME`` handler; ``import`` and ``export`` join by adding a register
function to ``COMMANDS``. Qt is imported only when the editor really starts, so
the rest works on a server without a display.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
import traceback
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from journeycanvas import __version__

PROG = "journeycanvas"
DEFAULT_TEMPLATE = "default-en"

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A failure to report as one sentence; ``code`` 2 marks a wrong command line."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


# --- the commands ---------------------------------------------------------------


def _add_new(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "new",
        help="make a new journey from a bundled template",
        description="Make a new journey file from a bundled template.",
    )
    parser.add_argument(
        "--template",
        metavar="NAME",
        default=DEFAULT_TEMPLATE,
        help=f"template to start from (default: {DEFAULT_TEMPLATE}); listed by --help",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT.journey", required=True, type=Path, help="the new file"
    )
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    _add_debug(parser)
    parser.set_defaults(handler=_run_new)


def _run_new(args: argparse.Namespace) -> int:
    from journeycanvas import resources
    from journeycanvas.canvas.model import new_id
    from journeycanvas.io import journey_file

    out: Path = args.output
    _check_output(out, force=args.force)
    try:
        template = resources.template_path(args.template)
    except KeyError:
        known = ", ".join(_template_names())
        known = f"the templates are {known}" if known else "no templates are installed"
        raise CliError(f"there is no template named {args.template!r}; {known}.", 2) from None
    journey = journey_file.load(template)
    # Same content as the template, but its own identity: two maps made from one
    # template must not look like copies of one document.
    journey = journey.model_copy(update={"id": new_id("journey")})
    journey_file.save(journey, out)
    _out(f"{out}: created from the template {args.template!r}.")
    return 0


def _add_validate(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "validate",
        help="check that a journey file opens, and count what it holds",
        description="Check a journey file; exit code 0 when it is valid.",
    )
    parser.add_argument("file", metavar="IN.journey", type=Path, help="the journey to check")
    _add_debug(parser)
    parser.set_defaults(handler=_run_validate)


def _run_validate(args: argparse.Namespace) -> int:
    from journeycanvas.io import journey_file

    journey = journey_file.check(args.file)  # its evidence checked, not kept
    counts = ", ".join(
        _count(len(items), noun)
        for items, noun in (
            (journey.stages, "stage"),
            (journey.lanes, "lane"),
            (journey.cards, "card"),
        )
    )
    _out(f"{args.file}: valid — {counts}.")
    return 0


def _add_summary(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "summary",
        help="list stages and touchpoints with response counts and mean scores",
        description="Summarise a journey: stages, touchpoints, responses and mean scores (-2..+2).",
    )
    parser.add_argument("file", metavar="IN.journey", type=Path, help="the journey to summarise")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object: the title, and each stage's touchpoints with their "
        "responses and mean score (the README gives its shape)",
    )
    _add_debug(parser)
    parser.set_defaults(handler=_run_summary)


def _run_summary(args: argparse.Namespace) -> int:
    from journeycanvas.canvas.analysis.channels import channels_summary
    from journeycanvas.canvas.model import summary
    from journeycanvas.io import journey_file

    journey = journey_file.load(args.file)
    data = summary(journey)
    data["channels"] = channels_summary(journey)
    if args.json:
        _out(json.dumps(data, ensure_ascii=False))
    else:
        _out(_summary_table(data))
    return 0


def _add_import(commands: argparse._SubParsersAction) -> None:
    __import__("journeycanvas.app.cli_import", fromlist=["add_import"]).add_import(commands)


def _add_export(commands: argparse._SubParsersAction) -> None:
    __import__("journeycanvas.app.cli_export", fromlist=["add_export"]).add_export(commands)


#: One register function per subcommand; later commands (import, export) add theirs.
COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    _add_new,
    _add_validate,
    _add_summary,
    _add_export,
    _add_import,
]


# --- the editor -----------------------------------------------------------------


def _run_editor(args: argparse.Namespace) -> int:
    path: Path | None = args.file
    names = ", ".join(sorted(_command_names()))
    if path is not None and args.extra and not path.exists():
        raise CliError(f"{str(path)!r} is not a command; the commands are {names}.", 2)
    if args.extra:
        raise CliError("the editor opens one file at a time; give a single FILE.journey.", 2)
    if path is not None and not path.exists():
        if path.suffix or os.sep in str(path) or "/" in str(path):
            raise CliError(f"{path}: the file does not exist.")
        raise CliError(f"{str(path)!r} is neither a command ({names}) nor an existing file.", 2)
    try:
        from journeycanvas.app.main import run_editor
    except ImportError as exc:
        if args.debug:
            raise
        raise CliError(f"the editor could not start ({exc}).") from None
    return int(run_editor(path, args.debug) or 0)


# --- parsing and dispatch ---------------------------------------------------------


def build_parser(
    only: Sequence[Callable[[argparse._SubParsersAction], None]] = (),
) -> argparse.ArgumentParser:
    """The full parser: global options and every subcommand (or only those in ``only``)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [--debug] [FILE.journey]\n       {PROG} [--debug] COMMAND ...",
        description="Journey Canvas (旅程画布): an offline editor for customer journey maps. "
        "With no command it opens the editor, on FILE if given (otherwise on the sample "
        "journey).",
        epilog=_templates_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands", prog=PROG)
    for register in only or COMMANDS:
        register(commands)
    return parser


def _editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [--debug] [FILE.journey]",
        description="Open the editor, on FILE if given.",
    )
    _add_global_options(parser)
    parser.add_argument(
        "file",
        metavar="FILE.journey",
        nargs="?",
        type=Path,
        help="the journey to open (default: the bundled sample)",
    )
    # Caught here rather than by argparse, to say "not a command" for a mistyped one.
    parser.add_argument("extra", nargs="*", help=argparse.SUPPRESS)
    parser.set_defaults(handler=_run_editor)
    return parser


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version", action="version", version=f"{PROG} {__version__}", help="print the version"
    )
    from journeycanvas.app.self_check import SelfCheckAction

    parser.add_argument("--self-check", action=SelfCheckAction)
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")


def _add_debug(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a --debug given before the command from being reset here.
    parser.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )


def _command_names() -> set[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _parser_for(argv: Sequence[str]) -> argparse.ArgumentParser:
    """The parser for this command line. ``journeycanvas [--debug] import ...`` gets one
    that knows only the import command: the full parser loads every command's modules
    (the export's pull in the model and the themes, ~0.15 s), and the import can start
    its reading child only once its arguments are parsed. ``export ...`` likewise gets
    one that knows only the export (the full one was built twice to tell a command from
    a file). Their help and errors are the subcommand's own, as from the full parser."""
    for arg in argv:
        if arg == "--debug":
            continue
        if arg == "import":
            return build_parser([_add_import])
        if arg == "export":  # the full parser would be built twice (_is_editor_call)
            return build_parser([_add_export])
        break  # another command, a file, or an option the full parser must see
    return _editor_parser() if _is_editor_call(argv) else build_parser()


def _is_editor_call(argv: Sequence[str]) -> bool:
    """``journeycanvas FILE`` and ``journeycanvas COMMAND`` share the first argument.

    The first argument that is not an option decides: a command name selects the
    command, anything else is the file to open. With no such argument, ``--help``
    and ``--version`` go to the full parser and everything else opens the editor.
    """
    names = _command_names()
    for arg in argv:
        if arg == "--":
            return True
        if arg.startswith("-") and arg != "-":
            continue
        return arg not in names
    return not any(arg in ("-h", "--help", "--version") for arg in argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting (tests call this)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    _kept.clear()
    debug = "--debug" in args_list
    try:
        parser = _parser_for(args_list)
        try:
            args = parser.parse_args(args_list)
        except SystemExit as exc:  # --help, --version and usage errors
            return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        debug = bool(getattr(args, "debug", False))
        args.debug = debug
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            parser.print_help(sys.stderr)
            return 2
        if handler is _run_editor:
            return handler(args)
        # Run as the process itself (argv None), the command is the last thing it does.
        with collector_paused(restore=argv is not None):
            code = handler(args)
        global _command_done
        _command_done = argv is None
        return code
    except KeyboardInterrupt:
        _err("Interrupted.")
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): nothing left to say, and Python must not
        # complain again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:
        return _report(exc, debug)


#: Set once a command other than the editor has finished as the process itself.
_command_done = False
#: What the running command made and keeps to its end (:func:`keep_to_the_end`).
_kept: list[object] = []


def keep_to_the_end(*made: object) -> None:
    """Keep a command's large results instead of freeing them on its way out.

    A command run as the process ends with ``os._exit`` (:func:`run`), which takes
    them with it; freed object by object as the command's functions return, the
    journey of a 100,000-answer import cost 18 ms of the user's wait for nothing.
    Called from Python (tests, the benchmarks), they are let go when the next
    command starts."""
    _kept.extend(made)


def run() -> NoReturn:
    """The ``journeycanvas`` command: :func:`main`, then the process ends.

    A command that has done its work (its files written, closed and synced, its
    children reaped, its temporary folders removed) ends at once, without the
    interpreter's teardown: freeing module by module everything a large import or
    export made cost the user 40-60 ms of waiting for the prompt, for nothing. The
    editor, and a command that failed, exit the ordinary way (Qt's and Python's own
    clean-up, atexit handlers).
    """
    code = main()
    if _command_done and code == 0:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(0)
    sys.exit(code)


@contextlib.contextmanager
def collector_paused(restore: bool = True) -> Iterator[None]:
    """Run a command with Python's cycle collector off (the editor keeps it on).

    A command loads one journey, works on it once and exits: what it drops is freed
    by reference counting, and its few cycles die with the process. The collector
    meanwhile walks every object made so far, the whole loaded journey included,
    each time enough new ones pile up: a fifth of a second of an A0 PDF export of a
    large research journey, for nothing freed (peak memory is the same either way).

    ``restore`` False leaves it off for a process that ends with the command:
    turned on again, its first pass would walk everything the command made, just
    before Python's exit collects once anyway. Called from Python (tests), it is
    always turned on again.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was and restore:
            gc.enable()


def _report(exc: Exception, debug: bool) -> int:
    from journeycanvas.io.errors import JourneyFileError

    if debug:
        traceback.print_exc()
    if isinstance(exc, CliError):
        _err(str(exc))
        return exc.code
    if isinstance(exc, JourneyFileError):
        _err(str(exc))
        return 1
    if not debug:
        detail = str(exc).rstrip(".") or type(exc).__name__
        _err(
            f"{PROG} stopped on an unexpected error ({detail}); "
            "run it again with --debug to see where."
        )
    return 1


# --- small helpers ----------------------------------------------------------------


def _check_output(out: Path, *, force: bool, suffix: str = ".journey") -> None:
    """Refuse before any work, by the one policy every writing command shares."""
    from journeycanvas.io.output_policy import OutputRefused, check_output

    try:
        check_output(out, force=force, suffix_hint=suffix)
    except OutputRefused as exc:
        raise CliError(str(exc)) from None


def _template_names() -> list[str]:
    from journeycanvas import resources

    try:
        return resources.template_names()
    except OSError:
        return []


def _templates_epilog() -> str:
    names = _template_names()
    listed = "\n".join(f"  {name}" for name in names) if names else "  (none installed)"
    return (
        f"templates for 'new --template NAME' (default {DEFAULT_TEMPLATE}):\n{listed}\n\n"
        f"Run '{PROG} COMMAND --help' for the options of a command."
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _summary_table(data: dict) -> str:
    """A plain-text table; column widths count CJK characters as two."""
    rows: list[tuple[str, str, str, str]] = []
    for stage in data["stages"]:
        touchpoints = stage["touchpoints"] or [None]
        for i, point in enumerate(touchpoints):
            name = stage["name"] if i == 0 else ""
            if point is None:
                rows.append((name, "(no touchpoints)", "", ""))
                continue
            score = _score_text(point["score"])
            rows.append((name, point["title"], str(point["responses"]), score))
    header = ("Stage", "Touchpoint", "Responses", "Score")
    widths = [max(_width(row[c]) for row in [header, *rows]) for c in range(4)]
    right = (False, False, True, True)

    def line(row: tuple[str, str, str, str]) -> str:
        cells = [_pad(cell, width, r) for cell, width, r in zip(row, widths, right, strict=True)]
        return "  ".join(cells).rstrip()

    title = data["title"] or "(untitled journey)"
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([title, "", line(header), rule, *(line(row) for row in rows)])


def _score_text(score: float | None) -> str:
    if score is None:
        return ""
    return f"{score:+.2f}" if round(score, 2) != 0 else "0.00"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill


def _out(text: str) -> None:
    _write(sys.stdout, text)


def _err(text: str) -> None:
    _write(sys.stderr, text)


def _write(stream: TextIO, text: str) -> None:
    """Print, even where the stream's encoding cannot show Chinese (a Windows pipe)."""
    try:
        print(text, file=stream, flush=True)
    except UnicodeEncodeError:
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            print(text.encode("ascii", "backslashreplace").decode("ascii"), file=stream)
            return
        stream.flush()
        buffer.write((text + "\n").encode("utf-8", "backslashreplace"))
        buffer.flush()


if __name__ == "__main__":
    run()
