"""The committed JSON Schema matches the model, so outside tools check what we write."""

from __future__ import annotations

import json
import subprocess
import sys

from journeycanvas.canvas.model import SCHEMA_VERSION, Journey
from journeycanvas.io.schema import committed_schema_path, journey_schema, schema_text


def test_committed_schema_matches_the_model():
    committed = committed_schema_path().read_text(encoding="utf-8")
    assert committed == schema_text(), (
        "resources/journey.schema.json is out of date; "
        "run: python -m journeycanvas.io.schema --write"
    )


def test_schema_describes_the_journey():
    schema = journey_schema()
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert schema["title"] == "Journey"
    assert set(Journey.model_fields) <= set(schema["properties"])
    assert schema["properties"]["schema_version"]["default"] == SCHEMA_VERSION
    # Unknown fields are kept (extra='allow'), and the schema must say so.
    assert schema["additionalProperties"] is True


def test_module_prints_the_schema():
    result = subprocess.run(
        [sys.executable, "-m", "journeycanvas.io.schema"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert json.loads(result.stdout.decode("utf-8")) == journey_schema()
