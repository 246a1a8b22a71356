"""The reading child: reads one spreadsheet under limits and writes the tables to a file.

Started by isolation.py as ``python -m journeycanvas.io.importers.sheet_child``
(or, in the frozen application, as the executable with :data:`CHILD_FLAG`). Its
limits are set here, first thing, on itself: address space, CPU seconds and the
size of any file it writes. Whatever happens inside — a SheetImportError, a
MemoryError, a Rust panic, an abort — the parent learns it from the result file
or the exit status and turns it into one sentence; nothing here talks to a user.

The result file holds one pickle: ``("ok", kind, sheet_names, sha256, tables)``
with ``tables[name] = (rows, first_row, first_col)`` or a refusal sentence, or
``("refused", message)``, ``("memory",)``, ``("damaged", detail)`` or, when the
checks ran beside the read and only checking first can tell, ``("again",)``. Rows are
packed by crossing.py (columns, the repeated text of a column coded): plain lists,
bytes, str, float, int, bool and datetime values in one compact pickle, read back
by a loader that accepts no other type.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

#: argv[1] of the frozen executable that makes it this child instead of the editor.
CHILD_FLAG = "--journeycanvas-read-sheet"
#: Exit statuses the parent tells apart from a crash.
EXIT_OUTPUT_TOO_LARGE = 5  # not 3: that is how abort() ends a process on Windows
EXIT_USAGE = 2
#: argv's last word: a workbook's member checks run before the read (the default), or
#: on a thread beside it (side_checks.py; the parent reads again, checks first, when
#: the answer is ``("again",)`` or the child did not finish).
CHECKS_FIRST = "checks-first"
CHECKS_BESIDE = "checks-beside"
#: Beside the result file: the child's own peak resident size in bytes, as text.
PEAK_SUFFIX = ".peak"


def _virtual_size() -> int:
    """This process's address space now (Linux), so the limit is headroom above it."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


#: The Windows Job Object bounding this process, held open while it runs.
_job = None


def apply_limits(memory: int, cpu_seconds: int, output: int, platform: str | None = None) -> None:
    """Limit this process where the OS can: memory, CPU, written bytes.

    Memory by the mechanism child_limits.py chooses for ``platform``: on Linux an
    address-space limit as headroom above what the interpreter already maps, on
    Windows a Job Object of ``memory`` committed bytes; on macOS the parent's
    watchdog does it (and sends 0 here).
    """
    global _job
    from journeycanvas.io.importers import child_limits

    guard = child_limits.guard_for(platform)
    if guard == child_limits.JOB and memory > 0:
        try:
            _job = child_limits.join_memory_job(memory)
        except (OSError, AttributeError, ValueError):
            _job = None  # the parent's timeout still holds
    try:
        import resource
        import signal
    except ImportError:  # Windows: no rlimits; the job, the timeout and the output check hold
        return
    address_space = _virtual_size() + memory if memory > 0 and guard == child_limits.RLIMIT else 0
    limits = [
        (getattr(resource, "RLIMIT_AS", None), address_space),
        (getattr(resource, "RLIMIT_CPU", None), cpu_seconds),
        (getattr(resource, "RLIMIT_FSIZE", None), output),
    ]
    for which, value in limits:
        if which is None or value <= 0:
            continue
        _, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(which, (value, hard))
    if hasattr(signal, "SIGXFSZ"):
        # An over-large write raises EFBIG instead of killing us silently.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


#: How the loader says a shared library could not be mapped: under the address-space
#: limit, that is the memory budget spent.
_UNMAPPABLE = ("failed to map segment", "cannot allocate memory")


def _outcome(
    path: str,
    max_rows: int,
    beside: Callable[..., Any] | None = None,
    scratch: str | None = None,
) -> tuple:
    """The pickle's tuple for ``path``; with ``beside`` (the member checks' runner, see
    side_checks.py), ``("again",)`` where only checking first can give the answer."""
    # Both named by the except clauses below, so imported before the try: an import
    # inside it that fails for want of memory would leave the clause's name unbound.
    from journeycanvas.io.importers.errors import SheetImportError
    from journeycanvas.io.importers.side_checks import ChecksUnfinished

    out_of_memory = ("again",) if beside is not None else ("memory",)
    try:
        from journeycanvas.io.importers import crossing, split_read
        from journeycanvas.io.importers.reading import Table, read_workbook

        split_read.scratch = scratch  # where a sheet's parts may be written
        book = read_workbook(path, max_rows, beside, crossing.pack_part)
    except SheetImportError as exc:
        return ("refused", exc.message)
    except ChecksUnfinished:
        return ("again",)
    except MemoryError:
        return out_of_memory
    except ImportError as exc:
        if any(why in str(exc).lower() for why in _UNMAPPABLE):
            return out_of_memory
        raise
    except RecursionError:
        return ("damaged", "it is nested too deeply")
    except BaseException as exc:  # a Rust PanicException is a BaseException
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        text = str(exc).strip().splitlines()
        return ("damaged", (text[0] if text else type(exc).__name__)[:160])
    tables = {}
    for name, found in book.tables.items():
        if isinstance(found, Table):
            crossed = found.crossed_parts
            packed = crossing.pack(found.rows) if crossed is None else crossing.parts(crossed)
            tables[name] = (packed, found.first_row, found.first_col)
        else:
            tables[name] = found
    return ("ok", book.kind, book.sheet_names, book.sha256, tables)


def main(argv: Sequence[str]) -> int:
    try:
        path, max_rows, result, memory, cpu, output, *mode = argv
        limits = int(memory), int(cpu), int(output)
        rows = int(max_rows)
    except ValueError:
        return EXIT_USAGE
    if mode not in ([], [CHECKS_FIRST], [CHECKS_BESIDE]):
        return EXIT_USAGE
    apply_limits(*limits)
    gc.disable()  # millions of cells and no cycles: the collector would only cost time
    beside = None
    if mode == [CHECKS_BESIDE]:
        from journeycanvas.io.importers.side_checks import SideChecks

        def refuse(exc) -> None:
            """The checks refused the file: that is the answer, however far the read got."""
            code = _write(result, ("refused", exc.message))
            os._exit(code)  # the read on the main thread stops with the process

        def beside(checks):
            return SideChecks(checks, refuse)

    folder = os.path.dirname(os.path.abspath(result))  # the parent's, removed by it
    return _write(result, _outcome(path, rows, beside, folder))


def _write(result: str, outcome: tuple) -> int:
    """The outcome pickled into the result file; the exit status."""
    try:
        with open(result, "wb") as handle:
            pickle.dump(outcome, handle, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        outcome = None
        with open(result, "wb") as handle:
            pickle.dump(("memory",), handle)
    except OSError:
        return EXIT_OUTPUT_TOO_LARGE
    _write_peak(result + PEAK_SUFFIX)
    return 0


def _own_peak() -> int:
    """This process's largest resident size since its exec, 0 where unknown. Not
    getrusage: a child started by vfork also counts there the parent's pages it
    borrowed until its exec, so an editor of 1.4 GB would read as our size."""
    from journeycanvas.io.importers import child_limits

    return child_limits.high_water_linux("self")


def _write_peak(path: str) -> None:
    """Our peak beside the result, for a parent that never caught us running: a child
    that refuses a file at once may end before the parent's first look."""
    peak = _own_peak()
    if peak:
        with contextlib.suppress(OSError), open(path, "w") as handle:
            handle.write(str(peak))


def run(argv: Sequence[str]) -> NoReturn:
    """:func:`main`, then the process ends at once: its answer is written, and the
    parent waits for its exit status, not for the interpreter's shutdown (modules
    cleared, what they hold freed; small, but all of it on the import's path)."""
    code = main(argv)
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run(sys.argv[1:])
