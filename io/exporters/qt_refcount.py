"""Work around PySide6 6.12 on Python 3.11 dropping a reference to None on every void call.

Measured here: each QPainter call that returns nothing (setPen, drawRect,
save, …) lowers ``sys.getrefcount(None)`` by one. Python 3.12+ made None
immortal, so the wrappers no longer count it; on 3.11 a big poster (millions of
calls) drives the count to zero and the interpreter aborts with "none_dealloc".
None is never freed anyway, so giving it a huge count — what 3.12 does by
design — is harmless and makes the exports (and anything else painting) safe.
"""

from __future__ import annotations

import ctypes
import sys

_HUGE = 1 << 40


def protect_none() -> None:
    """Idempotent; a no-op where None is already immortal (Python 3.12+)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if sys.getrefcount(None) < _HUGE // 2:
        ctypes.c_ssize_t.from_address(id(None)).value += _HUGE
