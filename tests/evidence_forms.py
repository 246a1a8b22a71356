"""The two spellings of a card's evidence in a file, for tests that damage one."""

from __future__ import annotations

from typing import Any


def as_objects(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (a journey's JSON) with every evidence table spelt as a list of objects,
    the form of format 10 that format 11 still reads; changed in place and returned."""
    for card in data.get("cards", []):
        evidence = card.get("evidence")
        if isinstance(evidence, dict):
            names = evidence["columns"]
            card["evidence"] = [dict(zip(names, row, strict=True)) for row in evidence["rows"]]
    return data


def set_cell(table: dict[str, Any], row: int, field: str, value: Any) -> None:
    """Put ``value`` in a table's ``field`` of answer ``row``, adding the column if need be
    (the other answers get the field's default, or the same value for an unknown one)."""
    if field not in table["columns"]:
        table["columns"].append(field)
        for r in table["rows"]:
            r.append({"score": None, "row": None}.get(field, "" if field != "x_unknown" else value))
    table["rows"][row][table["columns"].index(field)] = value


def set_column(card: Any, name: str, values: list[Any]) -> None:
    """An unchecked edit of one evidence column of ``card`` (a table is immutable
    otherwise): what a bug in an edit could leave, for the save's check to catch."""
    from journeycanvas.canvas.evidence_store import EvidenceTable

    table = card.evidence
    columns = {n: table.column(n) for n in table.columns}
    columns[name] = values
    card.__dict__["evidence"] = EvidenceTable.from_columns(len(table), columns)


def reference_dumps(journey: Any) -> str:
    """The file text as ``json.dumps(indent=2)`` of the model writes it, each evidence
    table's rows one a line (compact), as format 11 lays them out."""
    import json

    data = journey.model_dump(mode="json")
    tables: list[dict[str, Any]] = []
    for card in data.get("cards", []):
        if isinstance(card.get("evidence"), dict):
            tables.append(card["evidence"])
            card["evidence"] = f"\x00table {len(tables) - 1}\x00"
    text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    for k, table in enumerate(tables):
        rows = ",\n          ".join(
            json.dumps(r, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
            for r in table["rows"]
        )
        written = (
            '{\n        "columns": '
            + json.dumps(table["columns"], ensure_ascii=False)
            + ',\n        "rows": [\n          '
            + rows
            + "\n        ]\n      }"
        )
        text = text.replace(json.dumps(f"\x00table {k}\x00"), written, 1)
    return text
