"""Journey Canvas (旅程画布): a desktop editor for customer journey maps."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("journeycanvas")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
