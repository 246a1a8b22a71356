"""Journey Canvas (旅程画布): a desktop editor for customer journey maps."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata when first asked for.

    importlib.metadata costs about 0.1 s to import and search; the spreadsheet
    reading child (io/importers/sheet_child.py) imports this package on the import's
    critical path and never needs the version.
    """
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("journeycanvas")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0"
    globals()["__version__"] = found
    return found
