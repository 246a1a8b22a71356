"""How the reading child's memory is bounded on each platform: chosen, applied, watched.

One budget (isolation.py's, scaled to the file), three mechanisms, because no one
call works everywhere:

- **Linux and other Unixes** — ``RLIMIT_AS``, which the child sets on itself first
  thing (sheet_child.py): an allocation past it fails at once, as a MemoryError or
  as Rust's "memory allocation of N bytes failed" abort.
- **Windows** — there are no rlimits; the child joins a Job Object of its own with
  ``JOB_OBJECT_LIMIT_PROCESS_MEMORY`` (the memory it may commit), with the same
  effect: the allocation fails. Windows 8 and later allow the nested job this needs.
- **macOS** — Darwin's ``RLIMIT_AS`` is its ``RLIMIT_RSS`` (sys/resource.h), which
  getrlimit(2) describes as advisory ("the system will prefer to take memory from
  processes that are exceeding" it), and ``RLIMIT_DATA`` bounds only ``sbrk``, not
  the mmap of Rust's and Python's allocators. So the parent watches the child's
  resident size while it waits (every 20 ms at most) and kills it past the budget:
  a :class:`Watchdog` over ``proc_pidinfo``.

Every choice takes the platform as an argument, so each path is tested on any
machine; the watchdog's logic is the same everywhere and is run for real on Linux
against /proc.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from typing import Any

#: The mechanisms, as :func:`guard_for` names them.
RLIMIT, JOB, WATCHDOG = "rlimit", "job", "watchdog"


def guard_for(platform: str | None = None) -> str:
    """Which mechanism bounds the child's memory on ``platform`` (``sys.platform``'s spelling)."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return JOB
    if platform == "darwin":
        return WATCHDOG
    return RLIMIT


# --- Windows: a Job Object the child joins ---------------------------------------------

JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x00000400
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9  # JobObjectExtendedLimitInformation


class _BasicLimits(ctypes.Structure):
    """JOBOBJECT_BASIC_LIMIT_INFORMATION (winnt.h)."""

    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    ]


class _IoCounters(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_uint64)
        for name in (
            "ReadOperationCount",
            "WriteOperationCount",
            "OtherOperationCount",
            "ReadTransferCount",
            "WriteTransferCount",
            "OtherTransferCount",
        )
    ]


class ExtendedLimits(ctypes.Structure):
    """JOBOBJECT_EXTENDED_LIMIT_INFORMATION (winnt.h): 144 bytes on 64-bit Windows."""

    _fields_ = [
        ("BasicLimitInformation", _BasicLimits),
        ("IoInfo", _IoCounters),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


def job_limits(memory: int) -> ExtendedLimits:
    """The limits the child's job carries: committed memory, and no error dialog on a crash
    (an unhandled exception ends the process instead of waiting for a click)."""
    info = ExtendedLimits()
    info.BasicLimitInformation.LimitFlags = (
        JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
    )
    info.ProcessMemoryLimit = memory
    return info


def _kernel32() -> Any:
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = ctypes.c_void_p
    kernel32.CreateJobObjectW.restype = handle
    kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, ctypes.c_wchar_p]
    kernel32.SetInformationJobObject.argtypes = [
        handle,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_uint32,
    ]
    kernel32.GetCurrentProcess.restype = handle
    kernel32.AssignProcessToJobObject.argtypes = [handle, handle]
    return kernel32


def join_memory_job(memory: int, kernel32: Any = None) -> Any:
    """Put this process into a new Job Object that bounds its committed memory.

    The job's handle is returned, to be kept for the process's life; None where
    Windows refused (the parent's timeout and output check still hold then).
    ``kernel32`` is injectable for tests; by default the real one is loaded.
    """
    if kernel32 is None:
        kernel32 = _kernel32()
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        return None
    info = job_limits(memory)
    if not kernel32.SetInformationJobObject(
        job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS, ctypes.byref(info), ctypes.sizeof(info)
    ):
        return None
    if not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
        return None
    return job


# --- macOS (and anywhere else the kernel does not enforce a limit): a watchdog -----------


class Watchdog:
    """Kill-worthy when a process's resident size passes ``limit``; notes the peak it saw.

    ``resident`` reads a pid's resident bytes (0 when unknown, which never trips it).
    """

    def __init__(self, limit: int, resident: Callable[[int], int]) -> None:
        self.limit = limit
        self.resident = resident
        self.peak = 0

    def over(self, pid: int) -> bool:
        size = self.resident(pid)
        self.peak = max(self.peak, size)
        return size > self.limit


def resident_linux(pid: int) -> int:
    """Resident bytes of ``pid`` from /proc (the second field of statm, in pages)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def high_water_linux(pid: int | str) -> int:
    """The largest resident size ``pid`` (or ``"self"``) has had since its exec, from
    /proc (VmHWM); 0 where unknown (another system, a process already reaped)."""
    try:
        with open(f"/proc/{pid}/status", "rb") as handle:
            for line in handle:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


#: libproc's PROC_PIDTASKINFO and the size of its struct proc_taskinfo, whose second
#: field is pti_resident_size (sys/proc_info.h).
_PROC_PIDTASKINFO = 4
_TASKINFO_BYTES = 96


def resident_macos(pid: int, libproc: Any = None) -> int:
    """Resident bytes of ``pid`` from ``proc_pidinfo``; 0 when it cannot be read."""
    try:
        if libproc is None:
            libproc = ctypes.CDLL("/usr/lib/libproc.dylib")
        buffer = (ctypes.c_uint64 * (_TASKINFO_BYTES // 8))()
        got = libproc.proc_pidinfo(pid, _PROC_PIDTASKINFO, 0, buffer, _TASKINFO_BYTES)
    except (OSError, AttributeError):
        return 0
    return int(buffer[1]) if got == _TASKINFO_BYTES else 0


def resident_reader(platform: str | None = None) -> Callable[[int], int]:
    """How to read a child's resident size on ``platform`` (0 where there is no way)."""
    platform = sys.platform if platform is None else platform
    if platform == "darwin":
        return resident_macos
    if platform.startswith("linux"):
        return resident_linux
    return lambda _pid: 0
