"""The cyclic garbage collector around opening a map: paused while it is built, then
told that what the opening made is there to stay.

A journey's model, its layout and the scene's items are some hundreds of thousands
of objects that make no reference cycles. Built with the collector running, they
set off passes that each walk every one of them made so far (a research journey:
~150 ms of CPU while its items are made). Built with it paused, they all sit in
its youngest generation, and the first allocation after would make it walk them
all at once, in the first paint. ``gc.freeze`` moves them out of its sight: they
are still freed by their reference counts when the map is closed or edited away,
only a cycle among them would wait for an ``unfreeze``.

A small map is left to the collector as it is: freezing matters only when many
objects were made with it paused (the load and the layout pause it), and each
freeze is for good, which a test run opening thousands of small maps must not
pile up. The count of objects does not always say how long a pass would take: a
big file's evidence is a few lists per card holding millions of answers' values
between them (the research journey: 26,000 objects, a 30 ms pass), so the load
says so itself (``heavy``).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

#: Objects made since the collector's last pass above which an opening freezes them.
FREEZE_ABOVE = 50_000


@contextlib.contextmanager
def opening(*, heavy: bool = False) -> Iterator[None]:
    """Pause the collector while a map is built; then freeze what was made if it is a
    lot (see the module's docstring), or ``heavy`` (the caller knows that it is, by
    the bytes it read), and let the collector run again."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if heavy or gc.get_count()[0] > FREEZE_ABOVE:
            gc.freeze()
        if was:
            gc.enable()
