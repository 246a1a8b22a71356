"""Every export is atomic: a full disk leaves the previous export byte-identical.

The disk is "full" through RLIMIT_FSIZE in a child process (as
tests/test_journey_file.py does for saves): any write past the limit fails with
EFBIG. The export must say one sentence, exit non-zero, print no traceback, and
leave the file that was there before exactly as it was.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from journeycanvas.app.cli import main
from journeycanvas.resources import template_path

SAMPLE = template_path("sample-ecommerce-zh")
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX only")

_FULL_DISK = r"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writing past the limit fails, not kills
from journeycanvas.app.cli import main
import journeycanvas.io.exporters.export_file  # imported before the limit
limit = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
args = ["export", sys.argv[1], "-o", sys.argv[2], "--force"]
if sys.argv[2].endswith(".png"):
    args += ["--paper", "A3", "--dpi", "72"]
sys.exit(main(args))
"""


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@POSIX_ONLY
@pytest.mark.parametrize("room", ["none", "some"])
@pytest.mark.parametrize("ext", ["pdf", "png", "svg", "xlsx", "mmd"])
def test_a_full_disk_leaves_the_previous_export_byte_identical(qapp, tmp_path, ext, room):
    target = tmp_path / f"poster.{ext}"
    previous = b"the previous export, which must survive\n"
    target.write_bytes(previous)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # No room at all, or room for the first part of the file only.
    limit = 0 if room == "none" else 60 if ext == "mmd" else 2000
    result = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(SAMPLE), str(target), str(limit)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "exported" not in result.stdout
    err = result.stderr.strip()
    assert "Traceback" not in err and "Exception ignored" not in err, err
    # One line of error (a small A3 PNG is also, rightly, warned about its text size).
    errors = [line for line in err.splitlines() if "smallest text prints" not in line]
    assert len(errors) == 1 and str(target) in errors[0], err
    assert target.read_bytes() == previous
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("ext", ["pdf", "svg", "xlsx", "mmd"])
def test_an_export_that_succeeds_replaces_the_file_whole(qapp, tmp_path, ext):
    target = tmp_path / f"poster.{ext}"
    assert main(["export", str(SAMPLE), "-o", str(target)]) == 0
    assert target.stat().st_size > 100
    assert _leftovers(tmp_path) == []
