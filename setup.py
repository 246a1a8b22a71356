"""Which modules the wheel ships: every package folder of the source tree, found.

The repository root *is* the ``journeycanvas`` package (``package-dir`` in
pyproject.toml maps it there), which setuptools' own package discovery cannot
express, so the package list is found here rather than written by hand: a new
sub-package cannot be left out of the wheel. Everything else is configured in
pyproject.toml; tests/test_wheel.py builds the wheel and checks that it holds
every module and resource of the tree (docs/ARCHITECTURE.md, "Packaging").
"""

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT_PACKAGE = "journeycanvas"
#: Folders of the repository that are not part of the installed application.
NOT_SHIPPED = ("tests", "bench", "tools", "packaging", "build", "dist", "docs")
#: Modules at the repository root that build the package rather than belong to it.
BUILD_ONLY = ("setup",)


def shipped_packages() -> list[str]:
    """``journeycanvas`` and every package below it, except the developer folders."""
    excluded = [pattern for name in NOT_SHIPPED for pattern in (name, f"{name}.*")]
    found = find_packages(where=".", exclude=excluded)
    return [ROOT_PACKAGE, *(f"{ROOT_PACKAGE}.{name}" for name in found)]


class BuildPy(build_py):
    """The standard build step, without this file (it sits in the package's folder)."""

    def find_package_modules(self, package: str, package_dir: str) -> list:
        modules = super().find_package_modules(package, package_dir)
        if package != ROOT_PACKAGE:
            return modules
        return [entry for entry in modules if entry[1] not in BUILD_ONLY]


setup(packages=shipped_packages(), cmdclass={"build_py": BuildPy})
