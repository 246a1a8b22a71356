"""The frozen application's first code: the same as the ``journeycanvas`` command.

PyInstaller needs a script, not a console-script entry point; keeping it this
small means the frozen app and ``pip install`` run exactly the same code. The one
difference: the frozen app is also the child that reads an imported spreadsheet
(``python -m journeycanvas.io.importers.sheet_child`` in a source install).
"""

import sys

if __name__ == "__main__":
    from journeycanvas.io.importers import sheet_child

    if sys.argv[1:2] == [sheet_child.CHILD_FLAG]:
        # The spreadsheet-reading child (io/importers/isolation.py): no Qt, no editor.
        sheet_child.run(sys.argv[2:])
    from journeycanvas.app.cli import run

    run()
