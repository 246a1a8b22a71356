"""How a long export reports progress and learns that the user pressed Cancel.

An exporter calls ``step(progress, fraction)`` now and then; the callback (the
Export dialog's progress bar) returns False to stop, and the exporter unwinds
with ExportCancelled before anything is moved into place.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float], bool | None] | None


class ExportCancelled(Exception):
    """The user cancelled; nothing was written."""


def step(progress: Progress, fraction: float) -> None:
    if progress is not None and progress(max(0.0, min(1.0, fraction))) is False:
        raise ExportCancelled()
