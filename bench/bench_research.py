"""Evidence-heavy journeys against the floor: issue 17's table, every row in one run.

Inputs (``make_research.py``, made on demand, never committed): a 100,000-answer
survey sheet (7 columns, 1,000 touchpoints in 40 stages) and the ~35 MB journey
imported from it. Every job runs in a child process of its own (its peak memory is
its own, and one job's garbage does not slow the next), ``--repeat`` times; the
median is reported. A ratio is taken against a baseline measured in the same child,
so it means something on a shared machine:

  load     journey_file.load           against json.loads of the same bytes   goal <= 2x
  open     load, layout, scene, first paint (fitted)                          goal < 1 s
  import   `journeycanvas import` incl. the save, against calamine's bare read  <= 2x
  pdf      `journeycanvas export` one A0 sheet (and tiled on A4)              goal < 1.5 s
  png      `journeycanvas export` A1 300 DPI, against Pillow encoding the same pixels <= 1.5x
  memory   peak resident memory of the import command                         < 300 MB
  editor   bench_editor.py (2,000 cards): fitted repaint, undo/redo of a 200-card paste,
           drag p95

    QT_QPA_PLATFORM=offscreen python bench/bench_research.py [--repeat 3] [--folder DIR]
        [--no-bytecode]   (every command compiles the package from source, as a checkout
                           under PYTHONDONTWRITEBYTECODE=1 does; by default it is compiled
                           once before timing, as an installed wheel has it)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return peak / 1024 if sys.platform == "darwin" else peak


class Took(float):
    """Seconds on the wall clock, and ``cpu``: CPU seconds of this process and of the
    children it waited for (the import's reading child). On a loaded shared machine
    the wall clock mostly measures waiting for a core; CPU time much less so."""

    cpu: float


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(fn) -> Took:
    start, cpu = time.perf_counter(), _cpu()
    fn()
    took = Took(time.perf_counter() - start)
    took.cpu = _cpu() - cpu
    return took


def _both(took: Took, base: Took | None = None, **more: float) -> dict[str, float]:
    out = {"seconds": float(took), "cpu": took.cpu, **more}
    if base is not None:
        out.update(baseline=float(base), baseline_cpu=base.cpu)
    return out


# --- the jobs, each run in a fresh child -------------------------------------------


def job_load(folder: Path) -> dict[str, float]:
    from journeycanvas.io import journey_file

    path = folder / "research.journey"
    raw = path.read_bytes()
    base = _timed(lambda: json.loads(raw))
    took = _timed(lambda: journey_file.load(path))
    return _both(took, base)


def job_save(folder: Path) -> dict[str, float]:
    from journeycanvas.io import journey_file

    path = folder / "research.journey"
    raw = path.read_bytes()
    journey = journey_file.load(path)
    out = folder / "save-bench.journey"
    base = _timed(lambda: json.loads(raw))
    took = _timed(lambda: journey_file.save(journey, out, keep_backup=False))
    return _both(took, base)


def job_open(folder: Path) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from journeycanvas.app.main import create_application
    from journeycanvas.canvas.document import JourneyDocument
    from journeycanvas.canvas.scene import JourneyScene
    from journeycanvas.canvas.view import JourneyView
    from journeycanvas.io import journey_file

    app = create_application()
    start, cpu = time.perf_counter(), _cpu()
    document = JourneyDocument(journey_file.load(folder / "research.journey"))
    scene = JourneyScene(document)
    view = JourneyView(scene)
    view.resize(1600, 1000)
    view.show()
    view.fit_to_window()
    app.processEvents()
    view.viewport().repaint()
    took = Took(time.perf_counter() - start)
    took.cpu = _cpu() - cpu
    view.close()
    view.setScene(None)
    del view, scene
    app.processEvents()
    return _both(took)


def job_import(folder: Path) -> dict[str, float]:
    from python_calamine import CalamineWorkbook

    import journeycanvas.app.cli  # noqa: F401  # imported before the timing, as before

    sheet = folder / "survey.xlsx"
    out = folder / "import-bench.journey"
    took = _command(["import", str(sheet), "-o", str(out), "--force"])
    peak = _peak_mb()  # the import command's own peak: nothing else ran yet

    def bare_read() -> None:
        book = CalamineWorkbook.from_path(str(sheet))
        book.get_sheet_by_name("answers").to_python()

    base = _timed(bare_read)
    return _both(took, base, peak_mb=peak)


def _export(folder: Path, name: str, *options: str) -> Took:
    import journeycanvas.app.cli  # noqa: F401  # imported before the timing, as before

    args = ["export", str(folder / "research.journey"), "-o", str(folder / name), "--force"]
    return _command([*args, *options])


def job_pdf(folder: Path) -> dict[str, float]:
    return _both(_export(folder, "a0.pdf", "--paper", "A0"))


def job_tiled(folder: Path) -> dict[str, float]:
    return _both(_export(folder, "tiled.pdf", "--paper", "A0", "--tile", "A4"))


def job_png(folder: Path) -> dict[str, float]:
    import io

    from PIL import Image

    took = _export(folder, "a1.png", "--paper", "A1", "--dpi", "300")
    peak = _peak_mb()
    Image.MAX_IMAGE_PIXELS = None
    with Image.open(folder / "a1.png") as image:
        image.load()
        base = _timed(lambda: image.save(io.BytesIO(), "PNG", compress_level=6))
    return _both(took, base, peak_mb=peak)


def job_editor(folder: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, str(HERE / "bench_editor.py"), "--json"],
        capture_output=True,
        text=True,
        check=True,
        env=_child_env(),
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def _command(args: list[str]) -> Took:
    """``journeycanvas ARGS``, timed as the process runs it: main() reads the
    process's own argv, so it leaves the cycle collector off when the command is done,
    as a process that ends right after does. (Called with an argv list, as tests do,
    main turns the collector on again, and its first pass walks everything the
    command made: 24 ms of a 100,000-answer import that no user waits for.) The
    collector is turned on again here, after the timing, before any baseline runs."""
    import contextlib
    import gc
    import io

    from journeycanvas.app.cli import main as cli

    def run() -> None:
        saved = sys.argv
        sys.argv = ["journeycanvas", *args]
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                code = cli()
        finally:
            sys.argv = saved
        if code != 0:
            raise SystemExit(f"{args[0]} failed with exit code {code}")

    took = _timed(run)
    gc.enable()
    return took


JOBS = {
    "load": job_load,
    "save": job_save,
    "open": job_open,
    "import": job_import,
    "pdf": job_pdf,
    "tiled": job_tiled,
    "png": job_png,
    "editor": job_editor,
}


# --- the parent: run the children, take medians, print the table -------------------

#: With ``--no-bytecode`` the children compile every module of the package from source,
#: as an editable checkout does under PYTHONDONTWRITEBYTECODE=1 (this machine's set-up).
_RECOMPILE = False


def _child_env() -> dict[str, str]:
    """The children's environment: Qt offscreen, and compiled modules used as an
    installed wheel has them (pip compiles at install), unless ``--no-bytecode``.
    Without this, an editable checkout under PYTHONDONTWRITEBYTECODE=1 compiles the
    package's ~200 modules again in every command, 0.15-0.2 s a user never pays."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if not _RECOMPILE:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _package_root() -> Path:
    import journeycanvas

    return Path(journeycanvas.__file__).resolve().parent


def _remove_package_bytecode() -> None:
    """``--no-bytecode``: Python still reads a cached module it may not write, so the
    package's __pycache__ folders (build output, ignored by git) go first."""
    import shutil

    for folder in _package_root().rglob("__pycache__"):
        if ".venv" not in folder.parts:
            shutil.rmtree(folder, ignore_errors=True)


def _compile_package() -> None:
    """Compile the package once, before any job is timed (what pip does at install)."""
    root = _package_root()
    skip = r"[/\\](build|tests|\.venv)[/\\]"
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-x", skip, str(root)],
        env=_child_env(),
        check=False,
        capture_output=True,
    )


def run_job(name: str, folder: Path, repeat: int) -> dict[str, float]:
    runs: list[dict[str, float]] = []
    for _ in range(repeat):
        result = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", name, str(folder)],
            capture_output=True,
            text=True,
            env=_child_env(),
        )
        if result.returncode != 0:
            raise SystemExit(f"job {name} failed:\n{result.stderr[-3000:]}")
        runs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def _row(job: str, value: str, baseline: str, ratio: str, goal: str, ok: bool) -> str:
    return f"| {job} | {value} | {baseline} | {ratio} | {goal} | {'OK' if ok else 'SLOW'} |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--folder", type=Path, help="reuse the inputs made in this folder")
    parser.add_argument("--only", nargs="*", choices=sorted(JOBS), help="run only these jobs")
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="let every command compile the package from source (no cached bytecode)",
    )
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        name, folder = args.child
        result = JOBS[name](Path(folder))
        result.setdefault("peak_mb", _peak_mb())
        print(json.dumps(result))
        return 0

    sys.path.insert(0, str(HERE))
    from make_research import make

    folder = args.folder or Path(tempfile.mkdtemp(prefix="jc-research-"))
    if not (folder / "research.journey").exists():
        make(folder)
    size = (folder / "research.journey").stat().st_size / 2**20
    print(
        f"inputs in {folder}: research.journey {size:.1f} MB, survey.xlsx "
        f"{(folder / 'survey.xlsx').stat().st_size / 2**20:.1f} MB; "
        f"median of {args.repeat} runs, each job in its own process"
    )
    global _RECOMPILE
    _RECOMPILE = args.no_bytecode
    if _RECOMPILE:
        _remove_package_bytecode()
    else:
        _compile_package()
    print(
        "modules compiled from source in every command (--no-bytecode)"
        if _RECOMPILE
        else "modules compiled once before timing, as an installed wheel has them"
    )
    wanted = args.only or list(JOBS)
    got = {name: run_job(name, folder, args.repeat) for name in wanted}

    print("| job | median | baseline (same run) | ratio | goal | |")
    print("|---|---|---|---|---|---|")
    if "load" in got:
        r = got["load"]
        ratio = r["seconds"] / r["baseline"]
        print(
            _row(
                "load (journey_file.load)",
                f"{r['seconds']:.2f} s",
                f"json.loads {r['baseline']:.2f} s",
                f"{ratio:.2f}x",
                "<= 2x",
                ratio <= 2,
            )
        )
    if "save" in got:
        r = got["save"]
        ratio = r["seconds"] / r["baseline"]
        print(
            _row(
                "save (journey_file.save)",
                f"{r['seconds']:.2f} s",
                f"json.loads {r['baseline']:.2f} s",
                f"{ratio:.2f}x",
                "—",
                True,
            )
        )
    if "open" in got:
        r = got["open"]
        print(
            _row(
                "open in the editor (load, layout, scene, first paint)",
                f"{r['seconds']:.2f} s",
                "—",
                "—",
                "< 1 s",
                r["seconds"] < 1,
            )
        )
    if "import" in got:
        r = got["import"]
        ratio = r["seconds"] / r["baseline"]
        print(
            _row(
                "import 100k-row xlsx, whole command incl. save",
                f"{r['seconds']:.2f} s",
                f"calamine read {r['baseline']:.2f} s",
                f"{ratio:.2f}x",
                "<= 2x",
                ratio <= 2,
            )
        )
    if "pdf" in got:
        r = got["pdf"]
        print(
            _row(
                "PDF export, one A0 sheet, whole command",
                f"{r['seconds']:.2f} s",
                "—",
                "—",
                "< 1.5 s",
                r["seconds"] < 1.5,
            )
        )
    if "tiled" in got:
        r = got["tiled"]
        print(
            _row(
                "PDF export, A0 tiled on A4, whole command",
                f"{r['seconds']:.2f} s",
                "—",
                "—",
                "—",
                True,
            )
        )
    if "png" in got:
        r = got["png"]
        ratio = r["seconds"] / r["baseline"]
        print(
            _row(
                "PNG A1 300 DPI, whole command",
                f"{r['seconds']:.2f} s",
                f"Pillow encode {r['baseline']:.2f} s",
                f"{ratio:.2f}x",
                "<= 1.5x",
                ratio <= 1.5,
            )
        )
    if "import" in got:
        r = got["import"]
        print(
            _row(
                "peak memory, import",
                f"{r['peak_mb']:.0f} MB",
                "—",
                "—",
                "< 300 MB",
                r["peak_mb"] < 300,
            )
        )
    print()
    print("| job, in CPU seconds (own + reading child) | CPU | baseline CPU | ratio |")
    print("|---|---|---|---|")
    for name in ("load", "save", "open", "import", "pdf", "tiled", "png"):
        if name not in got:
            continue
        r = got[name]
        base = r.get("baseline_cpu")
        ratio = f"{r['cpu'] / base:.2f}x" if base else "—"
        shown = f"{base:.2f} s" if base else "—"
        print(f"| {name} | {r['cpu']:.2f} s | {shown} | {ratio} |")
    for name in ("load", "open", "pdf", "png"):
        if name in got:
            print(f"(peak memory of the {name} job: {got[name]['peak_mb']:.0f} MB)")
    if "editor" in got:
        r = got["editor"]
        print()
        print("| editor job (bench_editor.py, 40 stages, 2,000 cards) | median | goal | |")
        print("|---|---|---|---|")
        print(
            f"| full repaint, whole map in view | {r['fit_paint_ms']:.1f} ms | < 16 ms | "
            f"{'OK' if r['fit_paint_ms'] < 16 else 'SLOW'} |"
        )
        undo, redo = r["undo_ms"], r["redo_ms"]
        print(
            f"| undo / redo of a 200-card paste | {undo:.1f} / {redo:.1f} ms | < 50 ms | "
            f"{'OK' if max(undo, redo) < 50 else 'SLOW'} |"
        )
        drag = max(r["drag_p95_100_ms"], r["drag_p95_fit_ms"])
        print(
            f"| drag one card, p95 (100 % / fitted) | {r['drag_p95_100_ms']:.2f} / "
            f"{r['drag_p95_fit_ms']:.2f} ms | < 8 ms | {'OK' if drag < 8 else 'SLOW'} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
