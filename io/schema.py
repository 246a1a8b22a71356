"""The JSON Schema of a .journey file, generated from the model so it cannot drift.

The committed copy, resources/journey.schema.json, lets other tools and text
editors check a journey without Python; a test fails when it no longer matches
the model. Regenerate it with ``python -m journeycanvas.io.schema --write``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from journeycanvas.canvas.model import Journey
from journeycanvas.io.atomic import write_text_atomic

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def journey_schema() -> dict[str, Any]:
    """The schema of the current file format (pydantic's, with its dialect named)."""
    return {"$schema": DIALECT, **Journey.model_json_schema()}


def schema_text() -> str:
    """The schema exactly as committed: deterministic, so the drift test compares text."""
    return json.dumps(journey_schema(), ensure_ascii=False, indent=2) + "\n"


def committed_schema_path() -> Path:
    from journeycanvas.resources import resource_path

    return resource_path("journey.schema.json")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m journeycanvas.io.schema",
        description="Print the JSON Schema of a .journey file.",
    )
    parser.add_argument(
        "--write", action="store_true", help="update resources/journey.schema.json instead"
    )
    args = parser.parse_args(argv)
    if args.write:
        path = committed_schema_path()
        write_text_atomic(path, schema_text())
        print(f"wrote {path}")
    else:
        sys.stdout.write(schema_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
