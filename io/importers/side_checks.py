"""A workbook's member checks run on a thread while python-calamine reads it.

prechecks.check_members decompresses every zip member once and measures the
sheets: about a fifth of a second on a 100,000-row survey, spent before calamine
was let near the file. calamine's sheet parse releases the GIL, so the reading
child runs both at once: the checks on this thread, the parse on the main one.

The user must still meet exactly what checking first would have told them. So the
checks' verdict always wins: a refusal of the whole file is the answer however far
the read has got (:class:`SideChecks` hands it to ``on_refusal``, which in the child
writes it and ends the process at once, stopping the read), and a sheet the checks
refuse takes their sentence in place of whatever the read made of it. What checking
first would have prevented -- calamine aborting or running out of memory on a file
the checks refuse -- ends this child without an answer; the parent then reads the
file again the old way, checks first (isolation.Reading), and that answer is final.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from journeycanvas.io.importers.errors import SheetImportError

#: The checks: raise SheetImportError for the whole file, or return the sheets
#: they refuse (sheet name -> sentence).
Checks = Callable[[], dict[str, str]]


class ChecksUnfinished(Exception):
    """The checks failed in a way that says nothing about the file (a MemoryError
    while the read beside them took the memory): read again, checks first."""


class SideChecks:
    """The checks of one workbook, under way on a thread of their own."""

    def __init__(
        self, checks: Checks, on_refusal: Callable[[SheetImportError], None] | None = None
    ) -> None:
        self._checks = checks
        self._on_refusal = on_refusal
        self._refused: dict[str, str] | None = None
        self._refusal: SheetImportError | None = None
        self._failure: BaseException | None = None
        # A small stack: the checks recurse nowhere, and under the child's address-space
        # limit every mapped byte counts.
        previous = threading.stack_size()
        try:
            threading.stack_size(1 << 20)
        except (ValueError, RuntimeError):
            previous = None
        try:
            self._thread = threading.Thread(target=self._run, name="jc-prechecks", daemon=True)
            self._thread.start()
        finally:
            if previous is not None:
                threading.stack_size(previous)

    def _run(self) -> None:
        try:
            self._refused = self._checks()
        except SheetImportError as exc:
            self._refusal = exc
            if self._on_refusal is not None:
                self._on_refusal(exc)  # in the child this does not return
        except BaseException as exc:  # told by finish(), on the main thread
            self._failure = exc

    def known(self) -> dict[str, str]:
        """The sheets refused so far: all of them once the checks are done, else none."""
        if self._thread.is_alive() or self._refused is None:
            return {}
        return self._refused

    def finish(self) -> dict[str, str]:
        """Wait for the checks: the sheets they refuse, or their refusal of the file
        raised; ChecksUnfinished when they could not judge it."""
        self._thread.join()
        if self._refusal is not None:
            raise self._refusal
        if self._failure is not None or self._refused is None:
            raise ChecksUnfinished(repr(self._failure)) from self._failure
        return self._refused
