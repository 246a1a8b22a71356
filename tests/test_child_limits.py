"""The reading child's memory is bounded on every platform, each path tested here.

Linux's rlimit is exercised by tests/test_hostile_files.py with the real child. The
macOS watchdog is platform-neutral logic: here it runs for real on Linux, reading
/proc instead of proc_pidinfo, against a child that keeps allocating. The Windows
Job Object cannot be created off Windows: its structure layout is checked against
winnt.h's sizes and its calls against a recording stand-in for kernel32.
"""

from __future__ import annotations

import contextlib
import ctypes
import resource
import signal
import sys
import time

import pytest

import tests.hostile_files as H
from journeycanvas.io.importers import child_limits, isolation, sheet_child
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.reading import open_workbook

LINUX_ONLY = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@pytest.mark.parametrize(
    ("platform", "guard"),
    [("linux", "rlimit"), ("freebsd14", "rlimit"), ("win32", "job"), ("darwin", "watchdog")],
)
def test_each_platform_has_a_memory_guard(platform, guard):
    assert child_limits.guard_for(platform) == guard


# --- macOS: the parent's watchdog, run for real --------------------------------------------


def _stand_on_macos(monkeypatch) -> None:
    """isolation takes the macOS path; resident sizes are read from Linux's /proc."""
    monkeypatch.setattr(isolation, "current_platform", lambda: "darwin")
    monkeypatch.setattr(child_limits, "resident_reader", lambda _p: child_limits.resident_linux)


@LINUX_ONLY
def test_the_watchdog_stops_a_child_that_keeps_allocating(tmp_path, monkeypatch):
    sheet = H.good_xlsx(tmp_path)
    _stand_on_macos(monkeypatch)
    monkeypatch.setattr(isolation, "MEMORY_FLOOR", 150 * 2**20)
    monkeypatch.setattr(isolation, "MEMORY_PER_BYTE", {"zip": 0, "ole": 0, "text": 0})
    grow = (
        "import sys, time\n"
        "assert sys.argv[4] == '0', 'no rlimit where the watchdog guards'\n"
        "held = []\n"
        "for _ in range(200):\n"
        "    held.append(bytearray(20 << 20)); time.sleep(0.01)\n"
    )
    monkeypatch.setattr(isolation, "child_command", lambda: [sys.executable, "-c", grow])
    start = time.perf_counter()
    with pytest.raises(SheetImportError) as caught:
        open_workbook(sheet)
    assert time.perf_counter() - start < 5
    assert str(caught.value) == (
        "good.xlsx: the workbook could not be read: it asks for more memory than the 150 MB "
        "an import of a file this size allows; the workbook is damaged or stretched by "
        "far-away cells."
    )
    report = isolation.last_child()
    assert report.over_memory
    assert 150 * 2**20 < report.peak_bytes < 300 * 2**20  # stopped near the limit, not at 4 GB


@LINUX_ONLY
def test_the_real_child_reads_a_good_sheet_under_the_watchdog(tmp_path, monkeypatch):
    sheet = H.good_xlsx(tmp_path)
    _stand_on_macos(monkeypatch)
    book = open_workbook(sheet)
    assert book.sheet_names == ["Data"]
    assert not isolation.last_child().over_memory
    assert isolation.last_child().peak_bytes > 0


def test_the_watchdog_trips_only_past_its_limit_and_keeps_the_peak():
    sizes = iter([10, 90, 40, 101])
    dog = child_limits.Watchdog(100, lambda _pid: next(sizes))
    assert [dog.over(1) for _ in range(4)] == [False, False, False, True]
    assert dog.peak == 101
    assert not child_limits.Watchdog(100, lambda _pid: 0).over(1)  # unknown never trips


def test_resident_size_on_macos_is_read_from_proc_pidinfo():
    class LibProc:
        def proc_pidinfo(self, pid, flavor, arg, buffer, size):
            assert (pid, flavor, arg, size) == (42, 4, 0, 96)
            buffer[0], buffer[1] = 7 << 30, 123 << 20  # virtual size, resident size
            return size

    assert child_limits.resident_macos(42, LibProc()) == 123 << 20
    if sys.platform != "darwin":
        assert child_limits.resident_macos(42) == 0  # no libproc here: unknown, not a crash


def test_the_child_sets_no_address_space_limit_where_the_watchdog_guards():
    before = resource.getrlimit(resource.RLIMIT_AS)
    handler = signal.getsignal(signal.SIGXFSZ)
    try:
        sheet_child.apply_limits(300 * 2**20, 0, 0, platform="darwin")
        assert resource.getrlimit(resource.RLIMIT_AS) == before
    finally:
        signal.signal(signal.SIGXFSZ, handler)


# --- Windows: the Job Object ---------------------------------------------------------------


@pytest.mark.skipif(ctypes.sizeof(ctypes.c_void_p) != 8, reason="64-bit layout")
def test_the_job_limits_structure_has_winnts_64_bit_layout():
    assert ctypes.sizeof(child_limits._BasicLimits) == 64
    assert ctypes.sizeof(child_limits.ExtendedLimits) == 144
    assert child_limits.ExtendedLimits.ProcessMemoryLimit.offset == 112
    assert child_limits._BasicLimits.LimitFlags.offset == 16


class Kernel32:
    """Records the calls join_memory_job makes; ``refuse`` names one that fails."""

    def __init__(self, refuse: str = "") -> None:
        self.calls: list[tuple] = []
        self.refuse = refuse

    def CreateJobObjectW(self, attributes, name):  # the Windows API's names
        self.calls.append(("create", attributes, name))
        return 0 if self.refuse == "create" else 77

    def SetInformationJobObject(self, job, klass, info, size):
        limits = ctypes.cast(info, ctypes.POINTER(child_limits.ExtendedLimits)).contents
        flags = limits.BasicLimitInformation.LimitFlags
        self.calls.append(("set", job, klass, size, flags, limits.ProcessMemoryLimit))
        return 0 if self.refuse == "set" else 1

    def GetCurrentProcess(self):
        return -1  # the pseudo-handle Windows returns

    def AssignProcessToJobObject(self, job, process):
        self.calls.append(("assign", job, process))
        return 0 if self.refuse == "assign" else 1


def test_the_child_joins_a_job_that_bounds_its_committed_memory():
    kernel32 = Kernel32()
    assert child_limits.join_memory_job(512 * 2**20, kernel32) == 77
    flags = child_limits.JOB_OBJECT_LIMIT_PROCESS_MEMORY | 0x400
    assert kernel32.calls == [
        ("create", None, None),
        (
            "set",
            77,
            9,
            144 if ctypes.sizeof(ctypes.c_void_p) == 8 else kernel32.calls[1][3],
            flags,
            512 * 2**20,
        ),
        ("assign", 77, -1),
    ]


@pytest.mark.parametrize("refused", ["create", "set", "assign"])
def test_a_job_windows_refuses_leaves_the_timeout_to_guard(refused):
    assert child_limits.join_memory_job(2**30, Kernel32(refuse=refused)) is None


def test_on_windows_the_child_joins_the_job_and_sets_no_rlimit(monkeypatch):
    joined = []
    monkeypatch.setattr(child_limits, "join_memory_job", lambda memory: joined.append(memory))
    before = resource.getrlimit(resource.RLIMIT_AS)
    handler = signal.getsignal(signal.SIGXFSZ)
    try:
        sheet_child.apply_limits(400 * 2**20, 0, 0, platform="win32")
    finally:
        signal.signal(signal.SIGXFSZ, handler)
    assert joined == [400 * 2**20]
    assert resource.getrlimit(resource.RLIMIT_AS) == before


@pytest.mark.parametrize("status", [3, 0xC0000409])
def test_a_windows_abort_is_one_sentence(tmp_path, status):
    errors = tmp_path / "stderr.txt"
    errors.write_text("")
    message = str(isolation._crash(tmp_path / "a.xlsx", status, str(errors), 2**30))
    assert message == (
        "a.xlsx: the workbook could not be read: the reader stopped on it (the workbook is "
        "damaged)."
    )


# --- the child's peak is its own, however quickly it ends ---------------------------------


def _hold_resident(size: int) -> bytearray:
    """Make this process (the parent) that much larger in resident memory."""
    held = bytearray(size)
    for at in range(0, size, 4096):
        held[at] = 1
    return held


@LINUX_ONLY
@pytest.mark.parametrize("build", [H.good_xlsx, H.doctype_after_comment], ids=["read", "refused"])
def test_a_child_that_ends_before_the_first_look_reports_its_own_peak(tmp_path, monkeypatch, build):
    """A child that ends before the parent's first look at it (a refusal at once, on a
    busy machine) must not report the parent's size: a fuzz run inside a 1.4 GB test
    process once read a 20 MB child as 1,409 MB, because the child's ru_maxrss counts
    the pages of ours it borrowed (vfork) until its exec."""
    sheet = build(tmp_path)
    held = _hold_resident(600 * 2**20)
    monkeypatch.setattr(isolation, "_high_water", lambda _pid: 0)  # never caught running
    with contextlib.suppress(SheetImportError):  # read or refused: either way, its peak
        open_workbook(sheet)
    peak = isolation.last_child().peak_bytes
    del held
    assert 5 * 2**20 < peak < 200 * 2**20
