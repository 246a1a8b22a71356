"""The frozen application (``pyinstaller build.spec``) does what the source does.

Consultants get the bundle, not Python: a module, Qt plugin or resource left out
of it breaks only there. So the bundle is built once per test session and its
executable is run headless (Qt offscreen) on the same commands as the source:
version, self-check, new, summary of a bundled sample, import of an xlsx,
export of a Chinese PDF poster with its font embedded, and the editor starting.

The build goes to build/frozen-test/ and is reused only while a fingerprint of
everything that goes into it (the package's files, build.spec, the installed
distributions) is unchanged, so a stale bundle is never tested. Skipped, with
the reason, when PyInstaller is not installed (``pip install -e '.[build]'``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from importlib.metadata import distributions
from pathlib import Path

import openpyxl
import pytest

pytest.importorskip(
    "PyInstaller", reason="PyInstaller is not installed (pip install -e '.[build]')"
)

import journeycanvas
from journeycanvas import resources
from journeycanvas.canvas.model import summary
from journeycanvas.io import journey_file

pytestmark = [pytest.mark.frozen, pytest.mark.slow]

ROOT = Path(journeycanvas.__file__).resolve().parent
OUT = ROOT / "build" / "frozen-test"
APP_FOLDER = "Journey Canvas"
EXE = "journeycanvas.exe" if sys.platform == "win32" else "journeycanvas"
#: Folders that do not go into the bundle: a change there needs no new build.
NOT_BUILT = {"tests", "bench", "tools", "docs", "build", "dist", "out", ".git", ".ci"}
SAMPLE = "sample-ecommerce-zh"
#: Qt parts the bundle must not carry (build.spec leaves them out).
LEFT_OUT = ("Qt6Quick", "Qt6Qml", "Qt6Network", "Qt6WebEngine", "Qt6Pdf", "Qt63D", "Qt6Designer")


def fingerprint() -> str:
    """Changes whenever anything that goes into the bundle changes."""
    digest = hashlib.sha256()
    for folder, subfolders, names in os.walk(ROOT):
        here = Path(folder)
        subfolders[:] = sorted(
            name
            for name in subfolders
            if name != "__pycache__"
            and not name.endswith(".egg-info")
            and not name.startswith(".")
            and not (here == ROOT and name in NOT_BUILT)
        )
        for name in sorted(names):
            if name.endswith((".pyc", ".bak")):
                continue
            path = here / name
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in distributions())
    digest.update("\n".join([sys.version, *installed]).encode())
    return digest.hexdigest()


@pytest.fixture(scope="session")
def app_dir() -> Path:
    """The one-folder app, built by build.spec (or reused when nothing changed)."""
    dist = OUT / "dist"
    stamp = OUT / "fingerprint.txt"
    executable = dist / APP_FOLDER / EXE
    wanted = fingerprint()
    if executable.is_file() and stamp.is_file() and stamp.read_text() == wanted:
        return executable.parent
    shutil.rmtree(dist, ignore_errors=True)
    stamp.unlink(missing_ok=True)
    command = [sys.executable, "-m", "PyInstaller", "build.spec", "--noconfirm"]
    command += ["--distpath", str(dist), "--workpath", str(OUT / "work")]
    started = time.monotonic()
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=900
    )
    assert done.returncode == 0, f"pyinstaller build.spec failed:\n{done.stderr[-4000:]}"
    print(f"built the frozen app in {time.monotonic() - started:.0f} s")
    assert executable.is_file()
    stamp.write_text(wanted)
    return executable.parent


def frozen(app_dir: Path, *args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [str(app_dir / EXE), *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def from_source(*args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "journeycanvas", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def bundled_resources(app_dir: Path) -> Path:
    found = [p for p in app_dir.rglob("resources") if p.parent.name == "journeycanvas"]
    assert len(found) == 1, f"journeycanvas/resources not found once in {app_dir}: {found}"
    return found[0]


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr}"
    return done.stdout


# --- the checks ------------------------------------------------------------------------


def test_frozen_app_tells_the_package_version(app_dir, tmp_path):
    assert ok(frozen(app_dir, "--version", cwd=tmp_path)) == (
        f"journeycanvas {journeycanvas.__version__}\n"
    )
    assert journeycanvas.__version__ != "0.0.0"


def test_frozen_self_check_passes_with_openpyxl_guarded_by_defusedxml(app_dir, tmp_path):
    out = ok(frozen(app_dir, "--self-check", cwd=tmp_path))
    assert "(frozen application," in out
    assert "ok    defusedxml: openpyxl" in out
    assert "ok    pdf font:" in out
    assert out.rstrip().endswith("all checks passed")


def test_bundle_carries_every_resource_and_leaves_unused_qt_out(app_dir):
    inside = bundled_resources(app_dir)
    source = resources.resource_path()
    wanted = {
        p.relative_to(source).as_posix()
        for p in source.rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and p.suffix not in (".py", ".ts")
        and not p.name.endswith(".bak")
    }
    shipped = {p.relative_to(inside).as_posix() for p in inside.rglob("*") if p.is_file()}
    assert wanted - shipped == set()
    assert "fonts/wqy-microhei.ttc" in shipped
    assert {"fonts/NotoSans-Regular.ttf", "fonts/NotoSans-Regular.LICENSE.txt"} <= shipped
    assert any(name.startswith("fonts/") and "LICENSE" in name.upper() for name in shipped)
    names = [p.name for p in app_dir.rglob("*")]
    assert [n for n in names if any(part in n for part in LEFT_OUT)] == []
    assert not any(p.is_dir() and p.name == "qml" for p in app_dir.rglob("qml"))
    size = sum(p.stat().st_size for p in app_dir.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 200 * 2**20, f"the bundle grew to {size / 2**20:.0f} MB"


def test_frozen_new_writes_the_same_journey_as_the_source(app_dir, tmp_path):
    ok(frozen(app_dir, "new", "--template", "default-zh", "-o", "a.journey", cwd=tmp_path))
    ok(from_source("new", "--template", "default-zh", "-o", "b.journey", cwd=tmp_path))
    a = journey_file.load(tmp_path / "a.journey").model_dump(exclude={"id"})
    b = journey_file.load(tmp_path / "b.journey").model_dump(exclude={"id"})
    assert a == b
    assert ok(frozen(app_dir, "validate", "a.journey", cwd=tmp_path)).startswith("a.journey: valid")


def test_frozen_summary_json_of_the_bundled_sample_matches_the_model(app_dir, tmp_path):
    sample = bundled_resources(app_dir) / "templates" / f"{SAMPLE}.journey"
    got = json.loads(ok(frozen(app_dir, "summary", sample, "--json", cwd=tmp_path)))
    journey = journey_file.load(resources.template_path(SAMPLE))
    # The command line adds the channel view's figures to the model's summary.
    from journeycanvas.canvas.analysis.channels import channels_summary

    assert got == {**summary(journey), "channels": channels_summary(journey)}
    assert any("\u4e00" <= ch <= "\u9fff" for ch in got["title"])


def interview_sheet(path: Path) -> Path:
    """A small interview coding sheet: one row per participant and touchpoint, 1-5 scores."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "访谈"
    sheet.append(["受访者", "阶段", "接触点", "渠道", "评分 (1-5)", "原话"])
    for row in [
        ("P1", "认知", "短视频广告", "抖音", 5, "广告挺有意思"),
        ("P2", "认知", "短视频广告", "抖音", 2, "广告太多了"),
        ("P1", "购买", "支付", "App", 1, "支付总是失败"),
        ("P3", "购买", "支付", "App", 2, "付款页面卡死"),
    ]:
        sheet.append(list(row))
    book.save(path)
    return path


def test_frozen_import_of_an_xlsx_gives_the_counts_and_means_of_the_source(app_dir, tmp_path):
    sheet = interview_sheet(tmp_path / "访谈.xlsx")
    ok(frozen(app_dir, "import", sheet, "-o", "frozen.journey", cwd=tmp_path))
    ok(from_source("import", sheet, "-o", "source.journey", cwd=tmp_path))
    got = summary(journey_file.load(tmp_path / "frozen.journey"))
    assert got == summary(journey_file.load(tmp_path / "source.journey"))
    points = {(s["name"], t["title"]): t for s in got["stages"] for t in s["touchpoints"]}
    # 1-5 maps linearly onto -2..+2: 5 and 2 -> +2 and -1; 1 and 2 -> -2 and -1.
    assert points[("认知", "短视频广告")]["responses"] == 2
    assert points[("认知", "短视频广告")]["score"] == pytest.approx(0.5)
    assert points[("购买", "支付")]["score"] == pytest.approx(-1.5)


def test_frozen_pdf_export_embeds_the_chinese_font_and_keeps_the_text(app_dir, tmp_path):
    import pypdf  # the [test] extra
    sample = resources.template_path(SAMPLE)
    ok(frozen(app_dir, "export", sample, "-o", "poster.pdf", "--paper", "A3", cwd=tmp_path))
    reader = pypdf.PdfReader(tmp_path / "poster.pdf")
    embedded = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None:
                    embedded.append("/FontFile2" in descriptor.get_object())
    assert embedded and all(embedded)
    text = "".join(page.extract_text() for page in reader.pages)
    title = journey_file.load(sample).title
    assert title.split("：")[0] in text


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_frozen_image_exports_draw_through_the_bundled_qt(app_dir, tmp_path, suffix, magic):
    sample = resources.template_path(SAMPLE)
    out = tmp_path / f"map{suffix}"
    size = ("--width", "800") if suffix == ".png" else ()  # an SVG has no pixel size
    ok(frozen(app_dir, "export", sample, "-o", out, *size, cwd=tmp_path))
    assert out.read_bytes().startswith(magic)


def test_frozen_editor_starts_on_the_sample_and_keeps_running(app_dir, tmp_path):
    # Settings and autosaves go to a throw-away home, never the developer's own.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    editor = subprocess.Popen(
        [str(app_dir / EXE)], cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        time.sleep(6)
        assert editor.poll() is None, f"the editor exited: {editor.stderr.read()}"
    finally:
        editor.terminate()
        _, err = editor.communicate(timeout=30)
    assert "Traceback" not in err
