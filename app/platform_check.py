"""Can Qt's platform plugin load? Asked before Qt is asked for a window.

pip brings Qt but not the system libraries its Linux platform plugins link to
(``libxcb-cursor0`` is missing on a fresh Debian desktop, EGL, fontconfig and
xkbcommon on a bare server). Qt then aborts the process with a hint to
"reinstall the application", which does not help. So on Linux the editor first
lists the plugin's unresolved shared libraries with ``ldd`` (or, where there is
no ``ldd``, by loading the plugin) and, when any are missing, says in one
sentence which ones and the command that installs them on this system.

Qt is not imported here: the point is to find out before it is.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

#: A shared library's file name -> (its Debian/Ubuntu package, its Fedora package).
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libpng16.so.16": ("libpng16-16", "libpng"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_CANNOT_OPEN = re.compile(r"(\S+?\.so[.\d]*): cannot open shared object file")


@dataclass(frozen=True)
class PluginProblem:
    """A platform plugin that cannot load, and the libraries it is missing."""

    platform: str
    plugin: Path
    missing: tuple[str, ...]


def check_platform(environ: os._Environ[str] | dict[str, str] | None = None) -> str | None:
    """The one sentence to print when no platform plugin Qt would try can load, else None.

    Only Linux is checked: macOS and Windows get their platform's libraries with Qt.
    A plugin that is not where PySide6 keeps it (a custom Qt) is left to Qt.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    folder = plugin_folder(env)
    if folder is None:
        return None
    problems = []
    for platform in platforms_to_try(env):
        plugin = folder / f"libq{platform}.so"
        if not plugin.is_file():
            return None
        missing = missing_libraries(plugin)
        if not missing:
            return None
        problems.append(PluginProblem(platform, plugin, missing))
    if not problems:
        return None
    # Of several candidates, report the X11 one: it works under Xwayland too.
    shown = next((p for p in problems if p.platform == "xcb"), problems[0])
    return sentence(shown, install_command(shown.missing, os_release_ids()))


def platforms_to_try(env: os._Environ[str] | dict[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order (``QT_QPA_PLATFORM``, else its default)."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        names = [part.split(":", 1)[0].strip() for part in chosen.split(";")]
        return [name for name in names if name]
    if env.get("XDG_SESSION_TYPE") == "wayland" or env.get("WAYLAND_DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


def plugin_folder(env: os._Environ[str] | dict[str, str]) -> Path | None:
    """Where Qt looks for platform plugins: ``QT_QPA_PLATFORM_PLUGIN_PATH`` or PySide6's."""
    override = env.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    if override:
        return Path(override)
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)), "Qt", "plugins", "platforms")


def missing_libraries(plugin: Path) -> tuple[str, ...]:
    """The shared libraries the plugin (or a library it needs) cannot find."""
    ldd = shutil.which("ldd")
    if ldd is not None:
        try:
            done = subprocess.run(
                [ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False
            )
        except (OSError, subprocess.SubprocessError):
            done = None
        if done is not None:
            return tuple(dict.fromkeys(_NOT_FOUND.findall(done.stdout)))
    try:  # no ldd (a minimal or musl system): the loader names the first library it misses
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        found = _CANNOT_OPEN.search(str(exc))
        return (found.group(1),) if found else ()
    return ()


def os_release_ids(path: Path = Path("/etc/os-release")) -> tuple[str, ...]:
    """This system's ``ID`` followed by its ``ID_LIKE`` (``("ubuntu", "debian")``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ()
    fields = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            fields[key.strip()] = value.strip().strip("\"'")
    return tuple(f"{fields.get('ID', '')} {fields.get('ID_LIKE', '')}".split())


def install_command(missing: tuple[str, ...], ids: tuple[str, ...]) -> str | None:
    """The command that installs the missing libraries here, or None if unknown."""
    sudo = "" if _is_root() else "sudo "
    if any(name in ("debian", "ubuntu") for name in ids):
        packages = [PACKAGES[lib][0] for lib in missing if lib in PACKAGES]
        return f"{sudo}apt install {' '.join(dict.fromkeys(packages))}" if packages else None
    if any(name in ("fedora", "rhel", "centos") for name in ids):
        # dnf also installs by library name, for the ones this table does not know.
        packages = [PACKAGES[lib][1] if lib in PACKAGES else f"'{lib}()(64bit)'" for lib in missing]
        return f"{sudo}dnf install {' '.join(dict.fromkeys(packages))}"
    return None


def sentence(problem: PluginProblem, command: str | None) -> str:
    """One sentence: what is missing, and what to run."""
    libraries = ", ".join(problem.missing)
    start = (
        f"The editor cannot open a window: Qt's {problem.platform!r} platform plugin "
        f"needs system libraries that are not installed ({libraries})"
    )
    if command is None:
        return f"{start}; install them with your system's package manager."
    return f"{start}; install them with: {command}"


def _is_root() -> bool:
    geteuid = getattr(os, "geteuid", None)
    return geteuid is not None and geteuid() == 0
