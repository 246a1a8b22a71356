"""A card's evidence as a table (format 11): it behaves as the list of answers it
replaces, keeps what it does not know, and is judged as full validation judges it."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import orjson
import pytest
from evidence_forms import set_cell
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError
from test_trusted_load import SETTINGS, damage, journeys, same_model

from journeycanvas.canvas import edits
from journeycanvas.canvas.evidence_store import MISSING, EvidenceTable
from journeycanvas.canvas.model import SCHEMA_VERSION, Card, Evidence, Journey, Lane, Stage
from journeycanvas.io import journey_file, piecewise_check, trusted_load
from journeycanvas.io.migrations import MIGRATIONS

FIXTURES = Path(__file__).parent / "fixtures"
V10 = FIXTURES / "v10_evidence_objects.journey"
_LIST = TypeAdapter(list[Evidence])


def answers(n: int = 5) -> list[Evidence]:
    return [
        Evidence(
            id=f"e{k}",
            text=f"太慢了 {k}" if k % 2 else "",
            score=None if k == 3 else k - 2.0,
            row=k + 2,
            respondent=f"R{k}",
            segment="企业" if k % 2 else "",
        )
        for k in range(n)
    ]


def one_card(evidence: object) -> Journey:
    return Journey(
        id="j",
        stages=[Stage(id="s", name="认知")],
        lanes=[Lane(id="l", name="接触点", kind="touchpoints")],
        cards=[Card(id="c", stage_id="s", lane_id="l", evidence=evidence)],
    )


# --- the list it stands for --------------------------------------------------------


def test_a_table_behaves_as_the_list_of_answers_it_was_made_from():
    models = answers()
    table = EvidenceTable.from_evidence(models)
    assert len(table) == 5 and bool(table) and not EvidenceTable()
    assert list(table) == models and table == models and models == list(table)
    assert table[0] == models[0] and table[-1] == models[-1]
    with pytest.raises(IndexError):
        table[5]
    assert table[1:3] == models[1:3] and isinstance(table[1:3], EvidenceTable)
    assert table.scores == (-2.0, -1.0, 0.0, None, 2.0)
    assert table.ids == ("e0", "e1", "e2", "e3", "e4")
    assert EvidenceTable.concat(table[:2], models[2:]) == table
    assert table[:2] + models[2:] == table and models[:2] + table[2:] == table
    assert table.select([True, False, True, False, False]) == [models[0], models[2]]
    # Every answer made from the table is the very model validation makes.
    for got, want in zip(
        table, _LIST.validate_python([m.model_dump() for m in models]), strict=True
    ):
        same_model(got, want)


def test_a_card_reads_its_mean_and_count_from_the_columns():
    card = Card(stage_id="s", lane_id="l", evidence=answers())
    assert isinstance(card.evidence, EvidenceTable)
    assert card.responses == 4 and card.score == pytest.approx(-0.25)


def test_every_edit_that_sets_evidence_leaves_a_table():
    """``model_copy`` does not validate: a list given to it still becomes a table."""
    card = Card(id="c", stage_id="s", lane_id="l", evidence=answers())
    copied = card.model_copy(update={"evidence": [*card.evidence][:2]})
    assert isinstance(copied.evidence, EvidenceTable) and copied.evidence == answers()[:2]
    fresh = edits.fresh_copy(card)
    assert isinstance(fresh.evidence, EvidenceTable)
    assert not set(fresh.evidence.ids) & set(card.evidence.ids)
    assert [e.text for e in fresh.evidence] == [e.text for e in card.evidence]
    deep = one_card(answers()).copy_deep()
    assert deep.cards[0].evidence == answers()


# --- the file ----------------------------------------------------------------------


def test_the_file_holds_one_answer_a_line_and_only_the_columns_used(tmp_path):
    path = journey_file.save(one_card(answers()), tmp_path / "a.journey")
    text = path.read_text(encoding="utf-8")
    table = json.loads(text)["cards"][0]["evidence"]
    assert table["columns"] == ["id", "text", "score", "row", "respondent", "segment"]
    lines = text.splitlines()
    for k in range(5):
        (line,) = [ln for ln in lines if f'"e{k}"' in ln]
        assert json.loads(line.rstrip(",")) == table["rows"][k]
    again = journey_file.load(path)
    assert again == one_card(answers())
    assert journey_file.dump_bytes(again) == path.read_bytes()


def test_a_card_without_evidence_is_written_as_before():
    text = journey_file.dumps(one_card([]))
    assert '"evidence": [],' in text


def test_unknown_fields_of_answers_survive_load_and_save(tmp_path):
    every = [m.model_copy(update={}) for m in answers(3)]
    for m in every:
        m.__pydantic_extra__["mood"] = {"tired": [1, 2]}
    some = answers(3)
    some[1].__pydantic_extra__["interviewer"] = "Li"
    for models, form in ((every, dict), (some, list)):
        journey = one_card(models)
        path = journey_file.save(journey, tmp_path / "a.journey")
        written = json.loads(path.read_text(encoding="utf-8"))["cards"][0]["evidence"]
        assert type(written) is form  # a table when every answer has the field
        loaded = journey_file.load(path)
        assert [e.model_dump() for e in loaded.cards[0].evidence] == [
            e.model_dump() for e in models
        ]
        assert journey_file.dump_bytes(loaded) == path.read_bytes()
    assert "interviewer" not in loaded.cards[0].evidence[0].model_dump()
    assert loaded.cards[0].evidence.column("interviewer") == (MISSING, "Li", MISSING)


def test_a_newer_versions_column_survives_byte_for_byte(tmp_path):
    data = json.loads(journey_file.dumps(one_card(answers(2))))
    table = data["cards"][0]["evidence"]
    set_cell(table, 0, "x_unknown", {"a": [1.5, None]})
    table["rows"][1][-1] = "kept"
    path = tmp_path / "newer.journey"
    path.write_bytes(journey_file.dump_bytes(journey_file.loads(json.dumps(data))))
    loaded = journey_file.load(path)
    assert loaded.cards[0].evidence[0].model_dump()["x_unknown"] == {"a": [1.5, None]}
    assert loaded.cards[0].evidence[1].model_dump()["x_unknown"] == "kept"
    assert journey_file.dump_bytes(loaded) == path.read_bytes()


def test_format_10_evidence_becomes_a_table_and_keeps_every_unknown_field(tmp_path):
    raw = json.loads(V10.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 10
    before = copy.deepcopy(raw)
    upgraded = MIGRATIONS[10](raw)
    assert raw == before  # the step does not change its input
    assert upgraded["schema_version"] == 11 and upgraded["workshop_room"] == "B2"
    forms = [type(c["evidence"]) for c in upgraded["cards"] if c["evidence"]]
    assert forms == [dict, list, dict, dict]  # the one with a field only some answers have
    journey = journey_file.load(V10)
    held = [c for c in journey.cards if c.evidence]
    assert {e.model_dump()["mood"] for e in held[0].evidence} == {"tired"}
    assert held[1].evidence[1].model_dump()["interviewer"] == {
        "name": "Li",
        "notes": ["quiet room"],
    }
    old = [ev for c in before["cards"] for ev in c["evidence"]]
    new = [e.model_dump() for c in held for e in c.evidence]
    assert [{k: e[k] for k in o} for o, e in zip(old, new, strict=True)] == old
    path = journey_file.save(journey, tmp_path / "v11.journey")
    assert journey_file.dump_bytes(journey_file.load(path)) == path.read_bytes()
    assert journey.schema_version == SCHEMA_VERSION


# --- validation, where data enters -----------------------------------------------------


def _table_file(change) -> str:
    journey = Journey(
        id="j",
        stages=[Stage(id="s", name="a")],
        lanes=[Lane(id="l", name="t", kind="touchpoints")],
        cards=[
            Card(id="c0", stage_id="s", lane_id="l", evidence=answers(3)),
            Card(id="c1", stage_id="s", lane_id="l", evidence=answers(5)[3:]),
        ],
    )
    data = json.loads(journey_file.dumps(journey))
    data["cards"][1]["evidence"]["rows"][0][0] = "f3"  # ids unique across the journey
    data["cards"][1]["evidence"]["rows"][1][0] = "f4"
    change(data["cards"][0]["evidence"], data)
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda t, d: set_cell(t, 1, "score", 2.5),
            "cards[0].evidence[1].score: input should be less than or equal to 2 (found 2.5)",
        ),
        (
            lambda t, d: set_cell(t, 2, "row", -1),
            "cards[0].evidence[2].row: input should be greater than or equal to 0",
        ),
        (
            lambda t, d: set_cell(t, 0, "text", 5),
            "cards[0].evidence[0].text: input should be a valid string",
        ),
        (
            lambda t, d: set_cell(t, 1, "id", "f4"),
            "cards[1].evidence[1].id: duplicate id 'f4' (also used by cards[0].evidence[1])",
        ),
        (
            lambda t, d: t["rows"][1].pop(),
            "cards[0].evidence: row 1 of the evidence table holds 5 values for 6 columns",
        ),
        (
            lambda t, d: t.update(sorted=True),
            "cards[0].evidence: an evidence table holds exactly two keys: columns and rows",
        ),
    ],
)
def test_a_damaged_table_is_refused_naming_the_answer_and_field(tmp_path, change, message):
    text = _table_file(change)
    with pytest.raises(journey_file.JourneyFileError) as refused:
        journey_file.loads(text, "bad.journey")
    assert message in str(refused.value)
    path = tmp_path / "bad.journey"
    path.write_text(text, encoding="utf-8")
    for read in (journey_file.load, journey_file.check):
        with pytest.raises(journey_file.JourneyFileError) as refused:
            read(path)
        assert message in str(refused.value)


def test_lax_values_in_a_table_are_converted_as_pydantic_converts_them():
    text = _table_file(lambda t, d: set_cell(t, 1, "score", 1))
    journey = journey_file.loads(text)
    assert journey.cards[0].evidence[1].score == 1.0
    assert type(journey.cards[0].evidence.scores[1]) is float


@SETTINGS
@given(journeys(), st.sampled_from([*Evidence.model_fields, "x_unknown"]), damage, st.booleans())
def test_a_damaged_table_is_judged_as_full_validation_judges_it(journey, field, value, last):
    """Any value in any column: the fast path, the card-at-a-time check before a save and
    the full validation agree."""
    data = json.loads(journey_file.dumps(journey))
    tables = [c["evidence"] for c in data["cards"] if isinstance(c["evidence"], dict)]
    if not tables:
        return
    table = tables[-1 if last else 0]
    set_cell(table, len(table["rows"]) - 1 if last else 0, field, value)
    text = json.dumps(data, ensure_ascii=False)
    try:
        want = Journey.model_validate(json.loads(text))
    except ValidationError:
        want = None
    got = trusted_load.validate_fast(orjson.loads(text), journey_file.MAX_DEPTH)
    if want is None:
        assert got is None
        with pytest.raises(journey_file.JourneyFileError):
            journey_file.loads(text)
    else:
        if got is not None:
            same_model(got, want)
        same_model(journey_file.loads(text), want)
    payload = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    if piecewise_check.check(payload, journey_file.MAX_DEPTH) is not None:
        assert want is not None


def test_a_tables_shared_text_is_interned_and_judged_as_the_models_judge_it():
    """Issue 17: a shared text column (source, respondent, ...) is interned as its check,
    not joined first: the values are the very answers validation makes, one string
    serves every answer that repeats it, and a number among them is refused."""
    from journeycanvas.canvas.evidence_store import from_file_table

    columns = ["id", "text", "score", "source", "respondent", "segment"]
    rows = [[f"e{k}", f"太慢了 {k}", k - 2.0, "survey.xlsx", f"R{k % 2}", "企业"] for k in range(5)]
    first = from_file_table(orjson.loads(orjson.dumps({"columns": columns, "rows": rows})))
    again = from_file_table(orjson.loads(orjson.dumps({"columns": columns, "rows": rows})))
    want = _LIST.validate_python([dict(zip(columns, row, strict=True)) for row in rows])
    assert list(first) == want
    assert first.checked
    assert first.column("source")[0] is again.column("source")[4]  # one string for all
    assert first.column("respondent")[1] is again.column("respondent")[3]
    assert first.column("text")[1] == again.column("text")[1]

    rows[2][3] = 7  # a number where a source's text belongs
    with pytest.raises(ValidationError) as refused:
        from_file_table({"columns": columns, "rows": rows})
    assert refused.value.errors()[0]["loc"] == (2, "source")


def test_the_bundled_files_take_the_column_path():
    """Not a vacuous check: templates and fixtures hold tables the column check accepts."""
    checked = 0
    for path in [
        *FIXTURES.glob("*.journey"),
        *Path(journey_file.__file__)
        .parents[1]
        .joinpath("resources", "templates")
        .glob("*.journey"),
    ]:
        data = json.loads(path.read_text(encoding="utf-8"))
        for card in data.get("cards", []):
            if isinstance(card.get("evidence"), dict):
                assert trusted_load.table_passes(card["evidence"]) is not None
                checked += 1
    assert checked > 10


# --- the import ----------------------------------------------------------------------


def test_an_import_builds_the_tables_validation_would_build(tmp_path, capsys):
    """The import fills the columns straight from its collectors: every value must be what
    pydantic's validation makes of the same answer, of the same type."""
    import csv

    from journeycanvas.app.cli import main

    sheet = tmp_path / "wave.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["受访者编号", "阶段", "接触点", "渠道", "评分(1-5)", "原话", "日期"])
        for i in range(60):
            writer.writerow(
                [
                    f"R{i}",
                    f"阶段{i % 3}",
                    f"接触点 {i % 7}",
                    ["App", "门店", ""][i % 3],
                    "" if i % 11 == 0 else i % 5 + 1,
                    "太慢了" if i % 2 else "",
                    "2026-01-02",
                ]
            )
    out = tmp_path / "a.journey"
    assert main(["import", str(sheet), "-o", str(out)]) == 0
    capsys.readouterr()
    for path in (None, out):
        journey = journey_file.load(out) if path else _imported(sheet)
        held = [c for c in journey.cards if c.evidence]
        assert sum(map(len, (c.evidence for c in held))) == 57  # 3 rows say nothing
        for card in held:
            table = card.evidence
            want = _LIST.validate_python([e.model_dump() for e in table])
            assert list(table) == want
            for name in table.columns:
                got = table.column(name)
                assert [type(v) for v in got] == [type(getattr(e, name)) for e in want], name


def _imported(sheet: Path) -> Journey:
    """The journey the import builds, before it is saved."""
    from journeycanvas.io.importers import importer

    return importer.import_sheet(sheet)[0]
