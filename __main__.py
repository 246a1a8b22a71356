"""``python -m journeycanvas``: the same as the ``journeycanvas`` command."""

import sys

from journeycanvas.app.cli import main

sys.exit(main())
