"""The version is written once, in the package, and read without importlib.metadata."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import journeycanvas


def test_the_installed_metadata_gives_the_packages_own_version():
    # pyproject.toml takes its version from __init__.py: the two cannot drift apart.
    assert version("journeycanvas") == journeycanvas.__version__


def test_the_command_line_starts_without_searching_the_installed_distributions():
    # importlib.metadata cost every command ~0.05-0.1 s before its work could begin
    # (the import's reading child is started only once the command line is parsed).
    code = "import sys, journeycanvas.app.cli; print('importlib.metadata' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
