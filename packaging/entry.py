"""The frozen application's first code: the same as the ``journeycanvas`` command.

PyInstaller needs a script, not a console-script entry point; keeping it this
small means the frozen app and ``pip install`` run exactly the same code.
"""

import sys

from journeycanvas.app.cli import main

if __name__ == "__main__":
    sys.exit(main())
