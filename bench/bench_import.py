"""Import speed against the floor: python-calamine merely reading the same file.

The goal (issue 4): importing a 100,000-row long-layout xlsx takes at most twice
the time python-calamine needs to read it into Python lists, with peak memory
under 500 MB, and the whole import with saving the journey lands near 2 s.
Both are measured in this run, on this machine, best of N, so the
ratio means something wherever it runs.

    python bench/bench_import.py [--rows 100000] [--repeat 3] [FILE.xlsx]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path


def best(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        result = None  # free the last run's result first: one import in memory at a time
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from python_calamine import CalamineWorkbook

    from journeycanvas.io import journey_file
    from journeycanvas.io.importers.importer import import_sheet

    folder = Path(tempfile.mkdtemp(prefix="jc-bench-"))
    path = args.file
    if path is None:
        sys.path.insert(0, str(Path(__file__).parent))
        from make_big_sheet import make

        path = make(folder / "big_sheet.xlsx", args.rows)

    def calamine_read():
        book = CalamineWorkbook.from_path(str(path))
        return [book.get_sheet_by_name(n).to_python() for n in book.sheet_names]

    def full_import():
        return import_sheet(path)

    def in_process_import():
        # The same import with the file read in this process: what isolation costs.
        from journeycanvas.io.importers import importer, reading

        isolated = importer.open_workbook
        importer.open_workbook = reading.read_workbook
        try:
            return import_sheet(path)
        finally:
            importer.open_workbook = isolated

    cpu = _cpu_s()
    read_s, sheets = best(calamine_read, args.repeat)
    read_cpu = (_cpu_s() - cpu) / args.repeat
    rows = max(len(s) for s in sheets)
    del sheets
    # Interleaved, so a busy machine slows both alike: in-process, isolated, in-process, …
    # CPU seconds (this process and its children) are measured too: on a loaded machine
    # the wall clock also counts the time spent waiting for a core.
    inproc_times, import_times, inproc_cpu, import_cpu, result = [], [], [], [], None
    for _ in range(args.repeat):
        result = None
        for fn, times, cpus in (
            (in_process_import, inproc_times, inproc_cpu),
            (full_import, import_times, import_cpu),
        ):
            result = None
            cpu = _cpu_s()
            start = time.perf_counter()
            result = fn()
            times.append(time.perf_counter() - start)
            cpus.append(_cpu_s() - cpu)
    inproc_s, import_s = min(inproc_times), min(import_times)
    journey, collected, _ = result
    del result
    import_peak = _peak_mb()
    from journeycanvas.io.importers import isolation

    child_peak = isolation.last_child().peak_bytes / 2**20
    out = folder / "big.journey"
    # As the editor and the CLI save: atomic, the old file kept as .bak (from the
    # second run on), the bytes on disk checked against what was written.
    save_s, _ = best(lambda: journey_file.save(journey, out), args.repeat)
    peak_mb = _peak_mb()

    print(f"file:              {path} ({path.stat().st_size / 2**20:.1f} MB, {rows:,} rows)")
    print(f"calamine read:     {read_s:6.2f} s  (best of {args.repeat})")
    print(
        f"import:            {import_s:6.2f} s  (read in a limited child, detect, collect, build)"
    )
    print(f"  in-process:      {inproc_s:6.2f} s  (the same, read in this process: no isolation)")
    print(f"  isolation cost:  {import_s - inproc_s:+6.2f} s")
    print(
        f"  CPU time:        {min(import_cpu):6.2f} s isolated, {min(inproc_cpu):.2f} s "
        f"in-process ({min(import_cpu) - min(inproc_cpu):+.2f} s)"
    )
    size_mb = out.stat().st_size / 2**20
    print(f"save .journey:     {save_s:6.2f} s  ({size_mb:.1f} MB, best of {args.repeat})")
    print(f"import + save:     {import_s + save_s:6.2f} s  (goal: near 2 s)")
    print(f"responses:         {collected.responses:,} on {len(journey.cards)} cards")
    print(f"ratio import/read: {import_s / read_s:6.2f}  (goal <= 2.00)")
    print(f"ratio in-process:  {inproc_s / read_s:6.2f}")
    print(
        f"ratio of CPU time: {min(import_cpu) / read_cpu:6.2f} isolated, "
        f"{min(inproc_cpu) / read_cpu:.2f} in-process (calamine read: {read_cpu:.2f} s CPU, mean)"
    )
    print(f"ratio (w/ save):   {(import_s + save_s) / read_s:6.2f}")
    print(f"peak memory:       {import_peak:6.0f} MB  after reading and importing (goal < 500 MB)")
    print(f"peak memory:       {peak_mb:6.0f} MB  with the save too (whole process)")
    print(f"peak memory:       {child_peak:6.0f} MB  of the reading child")
    return 0 if import_s / read_s <= 2 and import_peak < 500 else 1


def _cpu_s() -> float:
    """User and system CPU seconds of this process and its finished children."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory so far (ru_maxrss: KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(who).ru_maxrss / 1024
    return peak / 1024 if sys.platform == "darwin" else peak


if __name__ == "__main__":
    sys.exit(main())
