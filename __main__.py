"""``python -m journeycanvas``: the same as the ``journeycanvas`` command."""

from journeycanvas.app.cli import run

run()
