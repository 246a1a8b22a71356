"""``journeycanvas --self-check``: is everything the application needs really there?

Written for the frozen application and for an installed wheel, where a module, Qt
plugin or resource that did not make it in only shows when a user reaches it;
this reaches each of them at once. Every module of the package is imported (the
ones the package's install record lists as well as the ones found on disk), so a
module left out of a wheel or bundle is named before a user meets it. It also
proves that openpyxl reads workbooks through defusedxml: openpyxl quietly does
without it, and then a crafted sheet can expand entities and eat the memory.
Qt is imported but no window is made, so the check runs on a server without a
display.
"""

from __future__ import annotations

import argparse
import pkgutil
import sys
from collections.abc import Callable
from importlib import import_module
from importlib.metadata import PackageNotFoundError, distribution, version
from pathlib import Path

import journeycanvas
from journeycanvas import __version__, resources

#: One check: returns what it found (printed after "ok"), raises to fail.
Check = Callable[[], str]


class CheckFailed(Exception):
    """A check that ran but found something missing or unsafe."""


#: Modules that are not imported: ``__main__`` runs the command line when imported,
#: and setup.py (at the source root, which is the package) only builds the wheel.
NOT_IMPORTED = frozenset({"journeycanvas.__main__", "journeycanvas.setup"})


def package_modules() -> list[str]:
    """Every module the package should have: on disk, and in its install record."""
    names = {"journeycanvas", *_modules_on_disk(), *_recorded_modules()}
    return sorted(names - NOT_IMPORTED)


def _modules_on_disk() -> list[str]:
    found = pkgutil.walk_packages(journeycanvas.__path__, "journeycanvas.", onerror=lambda _: None)
    return [info.name for info in found]


def _recorded_modules() -> list[str]:
    """The modules pip installed (RECORD), when this package is that install.

    A module deleted after the install is no longer on disk, so only the record
    still knows it should be there. An editable install or a bundle has no such
    record of the package's files, and a record belonging to another copy of the
    package (a source tree run next to an installed wheel) is not this one's.
    """
    try:
        dist = distribution("journeycanvas")
        files = dist.files or []
        recorded_init = Path(dist.locate_file("journeycanvas/__init__.py")).resolve()
    except (PackageNotFoundError, OSError):
        return []
    if recorded_init != Path(journeycanvas.__file__).resolve():
        return []
    names = []
    for file in files:
        parts = file.parts
        if parts[:1] != ("journeycanvas",) or file.suffix != ".py" or "__pycache__" in parts:
            continue
        module = ".".join((*parts[:-1], file.stem))
        names.append(module.removesuffix(".__init__"))
    return names


def _modules() -> str:
    names = package_modules()
    for name in names:
        try:
            import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("journeycanvas"):
                raise CheckFailed(f"the module {exc.name} is missing") from exc
            raise CheckFailed(f"{name} cannot be imported: {exc}") from exc
        except Exception as exc:
            raise CheckFailed(f"{name} cannot be imported: {exc}") from exc
    return f"all {len(names)} modules of journeycanvas import"


def _defusedxml() -> str:
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise CheckFailed("openpyxl reads xlsx without defusedxml (XML bombs are not refused)")
    return f"openpyxl {openpyxl.__version__} reads xlsx through defusedxml"


def _calamine() -> str:
    import_module("python_calamine")
    return f"python-calamine {_version_of('python-calamine')}"


def _pdf_font() -> str:
    from journeycanvas.canvas.text_metrics import LATIN, pdf_font

    if pdf_font().face.charWidths.get(ord("旅")) is None:
        raise CheckFailed(f"the font {resources.FONT_FILE} has no Chinese characters")
    if pdf_font(LATIN).face.charWidths.get(ord("J")) is None:
        raise CheckFailed(f"the font {resources.LATIN_FONT_FILE} has no Latin letters")
    return (
        f"reportlab {_version_of('reportlab')} with {resources.LATIN_FONT_FAMILY} (Latin) "
        f"and {resources.FONT_FAMILY} (Chinese)"
    )


def _resources() -> str:
    for font in (resources.font_path(), resources.latin_font_path()):
        if not font.is_file():
            raise CheckFailed(f"the font {font} is missing")
        licence = font.with_name(f"{font.stem}.LICENSE.txt")
        if not licence.is_file():
            raise CheckFailed(f"the font's licence {licence.name} is missing next to {font}")
    schema = resources.resource_path("journey.schema.json")
    if not schema.is_file():
        raise CheckFailed(f"the JSON Schema {schema} is missing")
    names = resources.template_names()
    if not any(name.startswith("sample-") for name in names):
        raise CheckFailed(f"the sample journeys are missing from {resources.templates_dir()}")
    icons = resources.resource_path("icons")
    icon_count = len(list(icons.glob("*.png"))) if icons.is_dir() else 0
    translations = resources.resource_path("translations")
    languages = sorted(p.stem for p in translations.glob("*.qm")) if translations.is_dir() else []
    return (
        f"{len(names)} templates, two fonts and their licences, schema, {icon_count} icon sizes, "
        f"translations: {', '.join(languages) or 'none'}"
    )


def _qt() -> str:
    from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401  (the bindings load)

    plugins = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.PluginsPath)
    return f"Qt {QtCore.qVersion()} (plugins in {plugins})"


def _platform() -> str:
    import os

    from journeycanvas.app.platform_check import check_platform, platforms_to_try

    problem = check_platform()
    if problem is not None:
        raise CheckFailed(problem)
    return f"Qt's {' or '.join(platforms_to_try(os.environ))} platform plugin can load"


CHECKS: list[tuple[str, Check]] = [
    ("modules", _modules),
    ("defusedxml", _defusedxml),
    ("spreadsheets", _calamine),
    ("pdf font", _pdf_font),
    ("resources", _resources),
    ("qt", _qt),
    ("platform", _platform),
]


def run() -> int:
    """Print one line per check; 0 when all pass, 1 otherwise."""
    how = "frozen application" if getattr(sys, "frozen", False) else "Python package"
    print(f"journeycanvas {__version__} ({how}, Python {sys.version.split()[0]})", flush=True)
    failed = 0
    for name, check in CHECKS:
        try:
            found = check()
        except Exception as exc:  # a missing module is exactly what this is for
            failed += 1
            print(f"FAIL  {name}: {exc}", flush=True)
        else:
            print(f"ok    {name}: {found}", flush=True)
    print("all checks passed" if not failed else f"{failed} checks failed", flush=True)
    return 1 if failed else 0


def _version_of(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:  # a bundle may leave out package metadata
        return "(version unknown)"


class SelfCheckAction(argparse.Action):
    """``--self-check`` runs the checks and exits, like ``--version`` prints and exits."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        kwargs.setdefault("help", "check that every module and resource the app needs is there")
        super().__init__(
            option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0, **kwargs
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        parser.exit(run())
