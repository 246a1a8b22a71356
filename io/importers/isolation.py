"""Read an untrusted spreadsheet in a child process, so nothing it does can end ours.

The native readers abort the whole process on some hostile files (an allocation
of 50 GB fails, a Rust panic, a runaway .xls). In the editor that would close the
window with its unsaved work. So the file is read by sheet_child.py in a fresh
interpreter with a memory budget scaled to the file (an address-space limit on
Linux, a Job Object on Windows, this process's watchdog on macOS: child_limits.py),
a CPU limit, a limit on what it may write, and a wall-clock timeout; its tables come
back as one pickle file that only plain cell types may load from. Whatever
becomes of the child is told to the user as one SheetImportError sentence.

The command line and the editor both arrive here through reading.open_workbook.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from journeycanvas.io.importers import child_limits, crossing, sheet_child
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.reading import Table, Workbook, check_size

#: Memory the child may take beyond its own start: a floor, and so much per byte of
#: file (a workbook's XML is compressed about tenfold, and each cell becomes a
#: Python object of some 50 bytes), never more than MAX_MEMORY.
MEMORY_FLOOR = 320 * 1024 * 1024
MEMORY_PER_BYTE = {"zip": 160, "ole": 60, "text": 24}
MAX_MEMORY = 6 * 1024**3
#: Seconds: a floor and so many per MB of file, for the wall clock and the CPU.
TIMEOUT_FLOOR = 15.0
TIMEOUT_PER_MB = 2.0
MAX_TIMEOUT = 900.0
#: What the child may write: the tables it sends back.
MAX_OUTPUT = 2 * 1024**3

#: The loader of the child's answer (crossing.py), which accepts no other type.
_CellUnpickler = crossing.CellUnpickler


def _memory_for(path: Path, size: int) -> int:
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"PK"):
        per = MEMORY_PER_BYTE["zip"]
    elif head.startswith(bytes.fromhex("D0CF11E0")):
        per = MEMORY_PER_BYTE["ole"]
    else:
        per = MEMORY_PER_BYTE["text"]
    budget = MEMORY_FLOOR + per * size
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        budget = min(budget, physical * 3 // 4)
    except (ValueError, OSError, AttributeError):
        pass
    return min(budget, MAX_MEMORY)


def timeout_for(size: int) -> float:
    return min(TIMEOUT_FLOOR + TIMEOUT_PER_MB * size / 2**20, MAX_TIMEOUT)


def child_command() -> list[str]:
    """How to start the reading child: this interpreter, or the frozen executable."""
    if getattr(sys, "frozen", False):
        return [sys.executable, sheet_child.CHILD_FLAG]
    return [sys.executable, "-m", "journeycanvas.io.importers.sheet_child"]


def current_platform() -> str:
    """``sys.platform``; a function, so a test can stand on another platform's path."""
    return sys.platform


def read_isolated(path: Path, max_rows: int) -> Workbook:
    """Read ``path`` in a limited child; its tables, or one sentence why not."""
    with start_reading(path, max_rows) as reading:
        return reading.result()


def start_reading(path: Path, max_rows: int) -> Reading:
    """Start the child reading ``path`` and return at once; :meth:`Reading.result`
    waits for its tables. The command line starts it first thing, so the child's
    read runs on the second core while this process loads the journey it imports
    into and its own modules. Nothing is raised here: a file that cannot be read is
    told by ``result``, in the order the user would have met it."""
    return Reading(Path(path), max_rows)


class Reading:
    """One reading child under way. A thread waits for it (killing it at the timeout,
    or past the watchdog's memory limit), so the limits hold while the caller does
    other work; use it as a context manager, or call :meth:`close`, so the child
    never outlives the reason it was started."""

    def __init__(self, path: Path, max_rows: int, checks_first: bool = False) -> None:
        self.path = path
        self.max_rows = max_rows
        #: The child's mode: a workbook's member checks beside its read (the first try),
        #: or before it (the second, when the first could not give today's answer).
        self.checks_first = checks_first
        self._failure: SheetImportError | None = None
        self._status: int | None = None
        self._report = ChildReport()
        self._folder: str | None = None
        self._child: subprocess.Popen | None = None
        self._waiter: threading.Thread | None = None
        self._stop = threading.Event()
        try:
            self._start(max_rows)
        except SheetImportError as exc:
            self._failure = exc
            self.close()

    def _start(self, max_rows: int) -> None:
        path = self.path
        size = check_size(path)
        self.memory = _memory_for(path, size)
        self.timeout = timeout_for(size)
        watchdog = None
        child_memory = self.memory  # the child bounds itself (rlimit, or a Job Object)...
        if child_limits.guard_for(current_platform()) == child_limits.WATCHDOG:
            # ...except where the kernel would not enforce it: then we watch it.
            watchdog = child_limits.Watchdog(
                self.memory, child_limits.resident_reader(current_platform())
            )
            child_memory = 0
        self._folder = tempfile.mkdtemp(prefix=f"jc-read-{os.getpid()}-")  # whose it is, if left
        self._result = os.path.join(self._folder, "tables.pickle")
        self._errors = os.path.join(self._folder, "stderr.txt")
        command = [
            *child_command(),
            os.fspath(path.absolute()),
            str(max_rows),
            self._result,
            str(child_memory),
            str(int(self.timeout) + 1),
            str(MAX_OUTPUT),
            sheet_child.CHECKS_FIRST if self.checks_first else sheet_child.CHECKS_BESIDE,
        ]
        with open(self._errors, "wb") as stderr:
            self._child = _spawn(path, command, stderr)
        self._waiter = threading.Thread(
            target=self._wait, args=(watchdog,), name="jc-reading-child", daemon=True
        )
        self._waiter.start()

    def _wait(self, watchdog: child_limits.Watchdog | None) -> None:
        """The waiting thread: it alone reaps the child (and kills it when told to)."""
        assert self._child is not None
        peak = self._result + sheet_child.PEAK_SUFFIX
        self._status = _wait(self._child, self.timeout, watchdog, self._stop, peak)
        self._report = last_child()  # the waiting thread's own report

    def result(self) -> Workbook:
        """The child's tables, or the SheetImportError sentence why there are none."""
        _reports.last = ChildReport()
        if self._failure is not None:
            raise self._failure
        assert self._waiter is not None
        self._waiter.join()
        _reports.last = self._report
        path, status = self.path, self._status
        try:
            if self._report.over_memory:
                if not self.checks_first:
                    return self._again()
                why = _memory_why(self.memory)
                raise SheetImportError(path, f"the workbook could not be read: {why}")
            if status is None:
                raise SheetImportError(
                    path,
                    f"reading it took longer than {self.timeout:.0f} seconds, so it was stopped "
                    "(the workbook is damaged, or far larger than it looks)",
                )
            if status != 0 or not os.path.exists(self._result):
                if not self.checks_first:
                    return self._again()
                raise _crash(path, status, self._errors, self.memory)
            return _load(path, self._result)
        except _ReadAgain:
            if self.checks_first:  # a child checking first never asks for that
                raise SheetImportError(path, _DAMAGED_ANSWER) from None
            return self._again()
        finally:
            self.close()

    def _again(self) -> Workbook:
        """Read the file again with its checks first: the child that ran them beside the
        read ended where checking first might have ended otherwise (side_checks.py)."""
        self.close()
        with Reading(self.path, self.max_rows, checks_first=True) as second:
            return second.result()

    def close(self) -> None:
        """Stop the child if it still runs, and remove what it wrote."""
        if self._waiter is not None:
            self._stop.set()  # the waiting thread kills a child still running, and reaps it
            self._waiter.join()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def __enter__(self) -> Reading:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _spawn(path: Path, command: list[str], stderr) -> subprocess.Popen:
    """The child, started with a clean environment and no window."""
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONSTARTUP", None)
    env["RUST_BACKTRACE"] = "0"
    kwargs = {}
    if os.name == "nt":
        kwargs["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        return subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            # A pipe where the waiting thread can see the child's end at once (wait4's
            # platforms); the child writes nothing to it.
            stdout=subprocess.PIPE if hasattr(os, "wait4") else subprocess.DEVNULL,
            stderr=stderr,
            env=env,
            **kwargs,
        )
    except OSError as exc:
        raise SheetImportError(
            path, f"the reader could not be started ({exc.strerror or exc})"
        ) from None


@dataclass
class ChildReport:
    """What the last reading child cost: for the fuzz test's report and the benchmark."""

    status: int | None = None
    seconds: float = 0.0
    peak_bytes: int = 0  # its largest resident size (Linux and macOS), 0 where unknown
    cpu_seconds: float = 0.0  # user and system time it used, 0 where unknown
    over_memory: bool = False  # killed by the watchdog for passing the memory budget


_reports = threading.local()


def last_child() -> ChildReport:
    """The report of the last child this thread started."""
    return getattr(_reports, "last", ChildReport())


def _wait(
    child: subprocess.Popen,
    timeout: float,
    watchdog: child_limits.Watchdog | None = None,
    stop: threading.Event | None = None,
    peak: str | None = None,
) -> int | None:
    """Wait for the child, killing it at the timeout (or past the watchdog's limit, or
    when ``stop`` is set); note its peak memory where we can (``peak``: the file where
    the child writes its own)."""
    start = time.monotonic()
    deadline = start + timeout
    if not hasattr(os, "wait4"):
        return _poll(child, start, deadline, watchdog, stop)
    pause, high_water, over = 0.001, 0, False
    while True:
        high_water = max(high_water, _high_water(child.pid))
        if watchdog is not None and watchdog.over(child.pid):
            over = True
            child.kill()
            pid, raw, usage = os.wait4(child.pid, 0)
            break
        pid, raw, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline or (stop is not None and stop.is_set()):
            child.kill()
            pid, raw, usage = os.wait4(child.pid, 0)
            raw = None
            break
        # Once its output has closed, the child is ending: look again at once.
        pause = 0.001 if _pause(child, pause) else min(pause * 2, 0.02)
    if child.stdout is not None:
        child.stdout.close()
    status = None if raw is None else os.waitstatus_to_exitcode(raw)
    child.returncode = -9 if status is None else status  # Popen must not wait for it again
    # The child's own high-water mark: read while it ran, or as it wrote it on its way
    # out (a child refusing a file at once may end before our first look).
    seen = max(high_water, watchdog.peak if watchdog is not None else 0, _written_peak(peak))
    if not seen and sys.platform == "darwin":
        # ru_maxrss (bytes on macOS) is the last resort, and none at all on Linux: a
        # child started by vfork counts there every page of ours it borrowed until its
        # exec, so a quick child of an editor of 1.4 GB would read as 1.4 GB.
        seen = usage.ru_maxrss
    _reports.last = ChildReport(
        status,
        time.monotonic() - start,
        seen,
        usage.ru_utime + usage.ru_stime,
        over,
    )
    return status


def _pause(child: subprocess.Popen, seconds: float) -> bool:
    """Sleep up to ``seconds``, waking as soon as the child's output closes (it does as
    the child ends: so its answer is taken when it is written, not up to a pause
    later). True when the output has closed."""
    out = child.stdout
    if out is None:
        time.sleep(seconds)
        return False
    ready, _, _ = select.select([out], [], [], seconds)
    if ready and not os.read(out.fileno(), 65536):  # anything it prints is dropped
        out.close()
        child.stdout = None
        return True
    return False


def _poll(
    child: subprocess.Popen,
    start: float,
    deadline: float,
    watchdog: child_limits.Watchdog | None,
    stop: threading.Event | None = None,
) -> int | None:
    """:func:`_wait` without ``os.wait4`` (Windows): poll, watch, kill at the deadline."""
    pause, over = 0.001, False
    status: int | None = None
    while True:
        status = child.poll()
        if status is not None:
            break
        if watchdog is not None and watchdog.over(child.pid):
            over = True
            child.kill()
            status = child.wait()
            break
        if time.monotonic() > deadline or (stop is not None and stop.is_set()):
            child.kill()
            child.wait()
            status = None
            break
        time.sleep(pause)
        pause = min(pause * 2, 0.02)
    peak = watchdog.peak if watchdog is not None else 0
    _reports.last = ChildReport(status, time.monotonic() - start, peak, 0.0, over)
    return status


def _written_peak(path: str | None) -> int:
    """The peak the child wrote beside its result (sheet_child.PEAK_SUFFIX), 0 if none."""
    if path is None:
        return 0
    try:
        with open(path, "rb") as handle:
            return max(0, int(handle.read(32)))
    except (OSError, ValueError):
        return 0


def _high_water(pid: int) -> int:
    """The peak resident size of a running process (Linux's VmHWM), 0 where unknown."""
    return child_limits.high_water_linux(pid)


#: Exit statuses of an aborted process on Windows: abort() and Rust's __fastfail.
_WINDOWS_ABORTS = (3, 0xC0000409)


def _memory_why(memory: int) -> str:
    return (
        f"it asks for more memory than the {memory / 2**20:,.0f} MB an import of a file this "
        "size allows; the workbook is damaged or stretched by far-away cells"
    )


def _crash(path: Path, status: int | None, errors: str, memory: int) -> SheetImportError:
    """One sentence for a child that did not finish."""
    try:
        with open(errors, "rb") as handle:
            handle.seek(max(0, os.path.getsize(errors) - 8192))
            tail = handle.read().decode("utf-8", "replace")
    except OSError:
        tail = ""
    out_of_memory = "memory allocation" in tail or "MemoryError" in tail or "out of memory" in tail
    if status == sheet_child.EXIT_OUTPUT_TOO_LARGE or status == -getattr(signal, "SIGXFSZ", 25):
        why = f"it holds more data than an import accepts (over {MAX_OUTPUT // 2**30} GB of cells)"
    elif status == -getattr(signal, "SIGXCPU", 24):
        why = "reading it took too long, so it was stopped (the workbook is damaged)"
    elif out_of_memory:
        why = _memory_why(memory)
    elif status in (134, -signal.SIGABRT, *_WINDOWS_ABORTS):
        why = "the reader stopped on it (the workbook is damaged)"
    elif status is not None and status < 0:
        why = f"the reader crashed on it (signal {-status}; the workbook is damaged)"
    else:
        why = f"the reader stopped on it (exit status {status}; the workbook is damaged)"
    return SheetImportError(path, f"the workbook could not be read: {why}")


_DAMAGED_ANSWER = "the workbook could not be read: the reader's answer was damaged"


class _ReadAgain(Exception):
    """The child's answer: only a read with the checks first can tell (``("again",)``)."""


def _load(path: Path, result: str) -> Workbook:
    try:
        with open(result, "rb") as handle:
            outcome = _CellUnpickler(handle).load()
    except MemoryError:
        raise SheetImportError(
            path, "the workbook could not be read: its cells do not fit in memory"
        ) from None
    except Exception:
        raise SheetImportError(path, _DAMAGED_ANSWER) from None
    tag = outcome[0]
    if tag == "again":
        raise _ReadAgain
    if tag == "refused":
        raise SheetImportError(path, outcome[1])
    if tag == "memory":
        raise SheetImportError(
            path,
            "the workbook could not be read: it asks for more memory than an import of a "
            "file this size allows (it is damaged or stretched by far-away cells)",
        )
    if tag == "damaged":
        raise SheetImportError(path, f"the workbook is damaged or cut off ({outcome[1]})")
    try:
        _, kind, names, digest, found = outcome
        tables: dict[str, Table | str] = {}
        for name, value in found.items():
            if isinstance(value, str):
                tables[name] = value
            else:
                packed, first_row, first_col = value
                tables[name] = crossing.table(packed, path.name, name, first_row, first_col)
    except MemoryError:
        raise SheetImportError(
            path, "the workbook could not be read: its cells do not fit in memory"
        ) from None
    except (ValueError, TypeError, AttributeError):
        raise SheetImportError(path, _DAMAGED_ANSWER) from None
    return Workbook(path, kind, list(names), digest, tables)
