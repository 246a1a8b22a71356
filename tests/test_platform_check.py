"""A platform plugin that cannot load: one sentence and exit code 1, never Qt's abort.

The check is pointed at a stub plugin built here with gcc, linked against a
library that is then deleted: exactly the state of Qt's xcb plugin on a desktop
without ``libxcb-cursor0``. Without the check Qt loads that plugin, fails, and
aborts the process (SIGABRT).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journeycanvas.app import platform_check

MISSING = "libjcmissing.so.1"


@pytest.fixture(scope="module")
def stub_plugins(tmp_path_factory) -> Path:
    """``libqxcb.so`` needing a library no longer on this machine, a healthy offscreen one."""
    gcc = shutil.which("gcc")
    assert gcc, "gcc is needed to build the stub plugin (apt install gcc)"
    folder = tmp_path_factory.mktemp("platforms")
    (folder / "dep.c").write_text("int jc_missing(void) { return 1; }\n")
    (folder / "plugin.c").write_text(
        "int jc_missing(void);\nint jc_plugin(void) { return jc_missing(); }\n"
    )
    dep = folder / MISSING
    subprocess.run(
        [gcc, "-shared", "-fPIC", "-o", str(dep), f"-Wl,-soname,{MISSING}", str(folder / "dep.c")],
        check=True,
    )
    plugin = folder / "libqxcb.so"
    link = ["-L", str(folder), f"-l:{MISSING}"]
    subprocess.run(
        [gcc, "-shared", "-fPIC", "-o", str(plugin), str(folder / "plugin.c"), *link],
        check=True,
    )
    dep.unlink()
    # and a plugin with nothing missing
    healthy = folder / "libqoffscreen.so"
    subprocess.run([gcc, "-shared", "-fPIC", "-o", str(healthy), str(folder / "dep.c")], check=True)
    return folder


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux platform plugins only")
def test_the_editor_names_the_missing_library_and_exits_1_instead_of_aborting(
    stub_plugins, tmp_path
):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_QPA_PLATFORM_PLUGIN_PATH": str(stub_plugins),
        "DISPLAY": os.environ.get("DISPLAY", ":0"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "journeycanvas"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, (done.returncode, done.stderr)  # not -6 (SIGABRT)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("The editor cannot open a window: Qt's 'xcb' platform plugin")
    assert f"({MISSING})" in lines[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux platform plugins only")
def test_an_alternative_plugin_that_loads_is_enough(stub_plugins, tmp_path):
    """``wayland;xcb``: when one plugin Qt would try can load, nothing is reported."""
    (tmp_path / "libqxcb.so").symlink_to(stub_plugins / "libqxcb.so")
    (tmp_path / "libqoffscreen.so").symlink_to(stub_plugins / "libqoffscreen.so")
    env = {"QT_QPA_PLATFORM": "xcb;offscreen", "QT_QPA_PLATFORM_PLUGIN_PATH": str(tmp_path)}
    assert platform_check.missing_libraries(tmp_path / "libqxcb.so") == (MISSING,)
    assert platform_check.check_platform(env) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux platform plugins only")
def test_pyside6_own_plugins_load_here():
    for platform in ("offscreen", "xcb"):
        assert platform_check.check_platform({"QT_QPA_PLATFORM": platform}) is None


def test_the_sentence_gives_the_install_command_of_the_system(tmp_path, monkeypatch):
    monkeypatch.setattr(platform_check, "_is_root", lambda: False)
    problem = platform_check.PluginProblem("xcb", Path("libqxcb.so"), ("libxcb-cursor.so.0",))
    debian = tmp_path / "os-release"
    debian.write_text('PRETTY_NAME="Ubuntu 24.04 LTS"\nID=ubuntu\nID_LIKE=debian\n')
    ids = platform_check.os_release_ids(debian)
    assert platform_check.sentence(
        problem, platform_check.install_command(problem.missing, ids)
    ) == (
        "The editor cannot open a window: Qt's 'xcb' platform plugin needs system libraries "
        "that are not installed (libxcb-cursor.so.0); install them with: "
        "sudo apt install libxcb-cursor0"
    )
    missing = ("libxcb-cursor.so.0", "libEGL.so.1", "libunknown.so.3")
    assert platform_check.install_command(missing, ("fedora",)) == (
        "sudo dnf install xcb-util-cursor libglvnd-egl 'libunknown.so.3()(64bit)'"
    )
    monkeypatch.setattr(platform_check, "_is_root", lambda: True)
    assert (
        platform_check.install_command(missing, ("debian",)) == "apt install libxcb-cursor0 libegl1"
    )
    assert platform_check.install_command(missing, ("arch",)) is None
    assert platform_check.sentence(problem, None).endswith(
        "; install them with your system's package manager."
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux platform plugins only")
def test_self_check_fails_on_the_same_plugin(stub_plugins, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "QT_QPA_PLATFORM_PLUGIN_PATH": str(stub_plugins)}
    done = subprocess.run(
        [sys.executable, "-m", "journeycanvas", "--self-check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout
    assert "FAIL  platform: The editor cannot open a window: Qt's 'xcb'" in done.stdout
    assert f"({MISSING})" in done.stdout
