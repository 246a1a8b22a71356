"""The wheel a user installs holds the whole application, and says so when it does not.

The editable install used for development reads the source tree, so a module or
resource that the wheel leaves out breaks only for people who ``pip install`` the
project (a hand-written package list once left out ``canvas/interactions``). So
the wheel is built here, from a copy of the tree, and compared with the tree; and
``--self-check`` is run on an unpacked wheel with one module deleted.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import journeycanvas

ROOT = Path(journeycanvas.__file__).resolve().parent
#: Top-level folders of the repository that are not part of the application.
NOT_SHIPPED = {"tests", "bench", "tools", "packaging", "docs", "build", "dist"}
#: Files at the repository root that build the package rather than belong to it.
BUILD_ONLY = {"setup.py"}
#: Never copied: caches, version control, earlier builds and virtual environments.
SCRATCH = shutil.ignore_patterns(
    ".git", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis", ".venv", "out"
)


def _is_scratch(folder: Path) -> bool:
    name = folder.name
    return (
        name.startswith(".")
        or name in {"__pycache__", "out"}
        or name.endswith(".egg-info")
        or (folder / "pyvenv.cfg").exists()
    )


def source_files() -> set[str]:
    """Every file the installed package must hold, as a path inside the wheel."""
    wanted: set[str] = set()
    for folder, subfolders, files in os.walk(ROOT):
        here = Path(folder)
        relative = here.relative_to(ROOT)
        subfolders[:] = [
            name
            for name in subfolders
            if not _is_scratch(here / name) and not (here == ROOT and name in NOT_SHIPPED)
        ]
        in_resources = relative.parts[:1] == ("resources",)
        for name in files:
            if here == ROOT and name in BUILD_ONLY:
                continue
            if name.endswith(".py") or (in_resources and not name.endswith((".pyc", ".pyo"))):
                wanted.add(Path("journeycanvas", relative, name).as_posix())
    return wanted


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory) -> Path:
    """The wheel, built by pip from a clean copy of the tree (no stale build/ folder)."""
    base = tmp_path_factory.mktemp("wheel")
    tree = base / "tree"
    shutil.copytree(ROOT, tree, ignore=SCRATCH)
    dist = base / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(tree), "-w", str(dist)],
        check=True,
        timeout=300,
    )
    (wheel,) = dist.glob("journeycanvas-*.whl")
    return wheel


def _packaged_files(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    return {name for name in names if not name.split("/")[0].endswith(".dist-info")}


def test_the_wheel_holds_every_module_and_resource_of_the_tree_and_nothing_else(built_wheel):
    in_wheel = _packaged_files(built_wheel)
    expected = source_files()
    assert "journeycanvas/canvas/interactions/card_drag.py" in expected  # the walk works
    assert "journeycanvas/resources/fonts/NotoSans-Regular.ttf" in expected
    assert sorted(expected - in_wheel) == [], "left out of the wheel"
    assert sorted(in_wheel - expected) == [], "in the wheel but not in the source tree"


@pytest.mark.parametrize(
    "deleted",
    [
        # imported by the editor's scene: found missing by the import of its user
        "journeycanvas/canvas/interactions/card_drag.py",
        # imported by nothing at start-up: only the install record knows it belongs
        "journeycanvas/io/exporters/mermaid.py",
    ],
)
def test_self_check_names_a_module_deleted_from_an_install(built_wheel, tmp_path, deleted):
    site = tmp_path / "site"
    with zipfile.ZipFile(built_wheel) as archive:
        archive.extractall(site)
    (site / deleted).unlink()
    module = deleted.removesuffix(".py").replace("/", ".")
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "journeycanvas", "--self-check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"FAIL  modules: the module {module} is missing" in done.stdout
    assert "all checks passed" not in done.stdout


def test_self_check_passes_on_the_unpacked_wheel(built_wheel, tmp_path):
    """The same run without the deletion passes, so the failure above is the deletion's."""
    site = tmp_path / "site"
    with zipfile.ZipFile(built_wheel) as archive:
        archive.extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", "import journeycanvas; print(journeycanvas.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert Path(done.stdout.strip()).is_relative_to(site)  # the copy is what runs
    done = subprocess.run(
        [sys.executable, "-m", "journeycanvas", "--self-check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok    modules: all" in done.stdout and "all checks passed" in done.stdout


# --- the wheel installed into a fresh virtual environment -------------------------

#: How long the installed editor must stay up, showing the sample, to count as started.
EDITOR_SECONDS = 6


@pytest.fixture(scope="session")
def wheel_venv(built_wheel, tmp_path_factory) -> Path:
    """A new venv holding only the wheel and its dependencies; its ``bin`` (``Scripts``).

    The venv is made without pip, and this interpreter's pip installs into it
    (``--python``) without compiling every dependency's .pyc up front: the same
    files as a user's install, in half the time. Dependencies come from the index
    or pip's cache, as for a user.
    """
    venv = tmp_path_factory.mktemp("venv") / "wheel-venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    subprocess.run(
        [*pip, "install", "-q", "--no-compile", str(built_wheel)],
        check=True,
        timeout=900,
    )
    return scripts


def _isolated_env(home: Path) -> dict[str, str]:
    """Qt offscreen, settings and recovery files in ``home``, no source tree on the path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
    )
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


@pytest.mark.slow
def test_the_installed_wheel_starts_the_editor_and_runs_every_command(wheel_venv, tmp_path):
    exe = str(wheel_venv / ("journeycanvas.exe" if os.name == "nt" else "journeycanvas"))
    env = _isolated_env(tmp_path / "home")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [exe, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180
        )
        assert done.returncode == 0, (args, done.stdout, done.stderr)
        return done

    where = subprocess.run(
        [str(wheel_venv / "python"), "-c", "import journeycanvas; print(journeycanvas.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "site-packages" in where.stdout and str(ROOT) not in where.stdout

    checked = run("--self-check").stdout
    assert "ok    modules: all" in checked and "all checks passed" in checked

    editor = subprocess.Popen(
        [exe], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            editor.wait(timeout=EDITOR_SECONDS)  # still showing the sample: it started
    finally:
        editor.kill()
        _, errors = editor.communicate(timeout=30)
    assert "Traceback" not in errors and "No module named" not in errors, errors

    run("new", "--template", "blank-zh", "-o", "blank.journey")
    sheet = tmp_path / "interviews.csv"
    sheet.write_text(
        "受访者编号,旅程阶段,接触点,渠道,满意度(1-5),原话\n"
        "P01,购买,支付,App,1,支付总是失败\n"
        "P02,购买,支付,App,2,付款页面卡死\n"
        "P03,使用,配送,快递,5,包装很好\n",
        encoding="utf-8",
    )
    run("import", str(sheet), "-o", "imported.journey")
    summary = json.loads(run("summary", "imported.journey", "--json").stdout)
    points = {t["title"]: t for s in summary["stages"] for t in s["touchpoints"]}
    assert points["支付"]["responses"] == 2 and points["配送"]["responses"] == 1
    run("export", "imported.journey", "-o", "map.mmd")  # Mermaid has no paper
    for out in ("poster.pdf", "map.png", "map.mmd"):
        if out != "map.mmd":
            run("export", "imported.journey", "-o", out, "--paper", "A4")
        assert (tmp_path / out).stat().st_size > 0
    assert (tmp_path / "poster.pdf").read_bytes().startswith(b"%PDF")
