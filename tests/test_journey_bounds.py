"""A .journey from anyone: refused up front when it holds more than a journey can,
numbers bounded by the model, evidence checked a card at a time with the model's own
words, and ``validate`` deciding as opening does.

The 100 MB figures (time and memory) are measured by bench/make_huge_journey.py;
these tests build the same shapes small enough for CI.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from journeycanvas.app import cli
from journeycanvas.app.kpi_editor import _number
from journeycanvas.canvas.model import SCHEMA_VERSION, Journey
from journeycanvas.io import journey_check, journey_file
from journeycanvas.io.journey_file import JourneyFileError


def _answer(n: int, score: float = 1.0) -> dict:
    return {"id": f"ev-{n}", "text": f"answer {n}", "score": score, "source": "s.xlsx", "row": n}


def survey(cards: int = 3, answers: int = 4) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "id": "journey-survey",
        "stages": [{"id": "s1", "name": "Buy"}],
        "lanes": [{"id": "l1", "name": "Touchpoints", "kind": "touchpoints"}],
        "cards": [
            {
                "id": f"c{c}",
                "stage_id": "s1",
                "lane_id": "l1",
                "evidence": [_answer(c * answers + k) for k in range(answers)],
            }
            for c in range(cards)
        ],
    }


def write(tmp_path: Path, doc: dict | bytes, name: str = "in.journey") -> Path:
    path = tmp_path / name
    path.write_bytes(doc if isinstance(doc, bytes) else json.dumps(doc).encode())
    return path


def refusal(path: Path, read=journey_file.load) -> str:
    with pytest.raises(JourneyFileError) as info:
        read(path)
    return str(info.value).removeprefix(f"{path}: ").removesuffix(".")


def validate_cli(path: Path, capsys) -> tuple[int, str]:
    code = cli.main(["validate", str(path)])
    captured = capsys.readouterr()
    return code, captured.err or captured.out


# --- refused up front ---------------------------------------------------------------------


def test_a_million_empty_lists_in_an_unknown_field_are_refused_in_one_sentence(tmp_path, capsys):
    """35 million of them (100 MB) took 137 s and 5.3 GB, then were called valid."""
    lists = b",".join([b"[]"] * (journey_check.MAX_CONTAINERS + 1))
    path = write(tmp_path, b'{"title": "x", "x_lists": [' + lists + b"]}")
    code, said = validate_cli(path, capsys)
    assert code == 1
    assert said.startswith(f"{path}: it holds about 1,000,00")
    assert said.endswith(" lists and objects, more than the 1,000,000 a journey file may hold.\n")


def test_millions_of_small_numbers_are_refused_in_one_sentence(tmp_path, capsys):
    numbers = b",".join([b"0"] * (journey_check.MAX_VALUES + 1))
    path = write(tmp_path, b'{"title": "x", "x_numbers": [' + numbers + b"]}")
    code, said = validate_cli(path, capsys)
    assert code == 1
    assert said.count("\n") == 1
    assert "holds about 4,000,0" in said and "more than the 4,000,000 a journey file" in said


def test_the_100_mb_survey_fits_the_budget_and_the_import_stops_where_it_ends():
    """300,000 answers of every field an import fills (bench/make_huge_journey.py: 100 MB)."""
    from journeycanvas.io.importers.importer import VALUES_PER_ANSWER

    full = {**_answer(1), "sheet": "a", "respondent": "R1", "answer": "4", "scale": "1-5"}
    full |= {"segment": "b", "import_id": "import-1"}
    one = json.dumps(full).encode()
    # its fields, its object, and the comma before the next answer
    assert one.count(b",") + one.count(b"{") + 1 == VALUES_PER_ANSWER
    assert 300_000 * VALUES_PER_ANSWER < journey_check.MAX_VALUES
    assert journey_check.MAX_CONTAINERS > 300_000


def test_a_journey_that_would_not_open_again_is_not_saved(tmp_path, monkeypatch):
    journey = Journey.model_validate(survey())
    path = tmp_path / "s.journey"
    journey_file.save(journey, path)
    before = path.read_bytes()
    monkeypatch.setattr(journey_check, "MAX_VALUES", 30)
    with pytest.raises(JourneyFileError) as info:
        journey_file.save(journey, path)
    assert str(info.value).startswith(f"{path}: it was not saved: it would not open again (it ")
    assert path.read_bytes() == before


# --- evidence, a card at a time -----------------------------------------------------------


def test_validate_checks_evidence_without_keeping_it_and_open_keeps_it(tmp_path, capsys):
    path = write(tmp_path, survey())
    opened = journey_file.load(path)
    checked = journey_file.check(path)
    assert [len(c.evidence) for c in opened.cards] == [4, 4, 4]
    assert [len(c.evidence) for c in checked.cards] == [0, 0, 0]
    assert opened == Journey.model_validate(survey())  # the same journey as full validation
    assert validate_cli(path, capsys) == (0, f"{path}: valid — 1 stage, 1 lane, 3 cards.\n")


def test_bad_evidence_is_named_with_its_card_and_counted_within_it(tmp_path, capsys):
    doc = survey()
    doc["cards"][1]["evidence"][0]["score"] = 7
    doc["cards"][1]["evidence"][2]["score"] = -9
    doc["cards"][2]["evidence"][0]["score"] = 7
    path = write(tmp_path, doc)
    expected = (
        "cards[1].evidence[0].score: input should be less than or equal to 2 (found 7) "
        "(and 1 more problem in cards[1].evidence)"
    )
    assert refusal(path) == expected
    assert refusal(path, journey_file.check) == expected
    assert validate_cli(path, capsys) == (1, f"{path}: {expected}.\n")


def _models_own_words(doc: dict) -> str:
    with pytest.raises(ValidationError) as info:
        Journey.model_validate(doc)
    return journey_file.describe_validation_error(info.value)


@pytest.mark.parametrize(
    "reuse",
    ["an earlier card's answer", "the same card's answer", "a card", "a stage"],
)
def test_a_reused_evidence_id_is_refused_in_the_models_own_words(tmp_path, reuse):
    doc = survey()
    taken = {
        "an earlier card's answer": "ev-1",
        "the same card's answer": "ev-9",
        "a card": "c0",
        "a stage": "s1",
    }[reuse]
    doc["cards"][2]["evidence"][3]["id"] = taken
    path = write(tmp_path, doc)
    expected = _models_own_words(doc)
    assert expected.startswith(f"cards[2].evidence[3].id: duplicate id {taken!r} (also used by ")
    assert refusal(path) == expected
    assert refusal(path, journey_file.check) == expected


# --- unknown fields and big broken files --------------------------------------------------


@pytest.mark.parametrize(
    ("field", "reason"),
    [
        (
            b'"x_deep": ' + b"[" * 100 + b"]" * 100,
            "it is not a journey file: it is nested too deeply",
        ),
        (
            b'"x_big": ' + b"9" * 40,
            "the field 'x_big' holds a whole number of over 30 digits, larger than any a journey "
            "uses",
        ),
    ],
    ids=["nested 100 deep", "40 digits"],
)
def test_unknown_fields_are_bounded_like_declared_ones(tmp_path, field, reason):
    doc = json.dumps(survey()).encode()
    path = write(tmp_path, doc[:-1] + b", " + field + b"}")
    assert refusal(path) == reason
    doc = json.dumps(survey()).encode()
    deep_in_answer = doc.replace(b'"row": 5}', b'"row": 5, ' + field + b"}", 1)
    path = write(tmp_path, deep_in_answer, "answer.journey")
    assert refusal(path) == reason


def test_a_big_cut_off_file_is_named_without_reading_it_twice(tmp_path, monkeypatch):
    monkeypatch.setattr(journey_file, "EXACT_RETRY_BYTES", 100)
    text = journey_file.dumps(Journey.model_validate(survey(cards=20)))
    path = write(tmp_path, text.encode()[:-200], "cut.journey")
    said = refusal(path)
    assert said.startswith("the file is cut off or is not JSON (line ")
    assert "\n" not in said
    binary = write(tmp_path, text.encode().replace(b"answer 3", b"answer \xff3"), "bin.journey")
    assert refusal(binary).startswith(
        "it is not a journey file: it is binary data or text in another encoding than UTF-8 (line "
    )


# --- numbers the model accepts must be usable ---------------------------------------------


def _with(doc: dict, where: str, value) -> dict:
    if where == "step width":
        doc["stages"][0]["steps"] = [{"id": "st1", "width": value}]
    elif where == "stage width":
        doc["stages"][0]["width"] = value
    elif where == "span":
        doc["cards"][0]["span"] = value
    elif where == "KPI":
        doc["cards"][0]["kpi"] = {"measurements": [{"date": "2026-01-01", "value": value}]}
    elif where == "visitors":
        doc["cards"][0]["improvement"] = {
            "experiment": {"variants": [{"name": "A", "visitors": value}]}
        }
    return doc


@pytest.mark.parametrize(
    ("where", "value", "field"),
    [
        ("stage width", 1e308, "stages[0].width"),
        ("step width", 1e308, "stages[0].steps[0].width"),
        ("span", 10**20, "cards[0].span"),
        ("KPI", -1.7e308, "cards[0].kpi.measurements[0].value"),
        ("visitors", 10**20, "cards[0].improvement.experiment.variants[0].visitors"),
    ],
)
def test_numbers_no_export_can_draw_are_refused_with_the_field_named(
    tmp_path, capsys, where, value, field
):
    path = write(tmp_path, _with(survey(), where, value))
    code, said = validate_cli(path, capsys)
    assert code == 1 and said.count("\n") == 1
    assert said.startswith(f"{path}: {field}: input should be ")
    assert "than or equal to" in said


def test_a_whole_number_of_5000_digits_is_one_sentence(tmp_path, capsys):
    text = json.dumps(survey()).replace('"row": 1', '"row": ' + "7" * 5000, 1)
    path = write(tmp_path, text.encode())
    code, said = validate_cli(path, capsys)
    assert code == 1
    assert said == (
        f"{path}: the field 'row' (line 1) holds a whole number of 5,000 digits, larger than "
        "any a journey uses.\n"
    )


def test_the_kpi_editor_takes_no_figure_the_model_refuses():
    assert _number("12.5%") == 12.5
    assert _number("1e308") is None
    assert _number("inf") is None
    assert _number("nan") is None


def test_a_file_name_with_a_newline_and_a_bidi_override_stays_one_line(tmp_path, capsys):
    path = write(tmp_path, b"{", "cut\noff\u202e.journey")
    code, said = validate_cli(path, capsys)
    assert code == 1
    assert said == (
        f"{tmp_path}/cut\\noff\\u202e.journey: the file is cut off or is not JSON "
        "(line 1, column 2).\n"
    )


def test_a_file_changed_on_disk_is_read_within_the_same_bounds(tmp_path, monkeypatch):
    """The editor's disk watch rereads a file someone else wrote: bounded like an open."""
    from journeycanvas.app import disk_watch

    lists = b",".join([b"[]"] * (journey_check.MAX_CONTAINERS + 1))
    path = write(tmp_path, b'{"title": "x", "x_lists": [' + lists + b"]}")
    calls = []
    original = journey_check.parse
    monkeypatch.setattr(journey_check, "parse", lambda raw: calls.append(len(raw)) or original(raw))
    digest, journey = disk_watch._read(path)
    assert digest is not None and journey is None
    assert calls == []  # refused before it was parsed
    good = write(tmp_path, survey(), "good.journey")
    assert disk_watch._read(good)[1] == journey_file.load(good)


def test_an_open_refused_at_the_last_answer_builds_no_answer(tmp_path, monkeypatch):
    """A 100 MB survey refused at its last answer: 810 MB with everything built, 350 MB now."""
    from journeycanvas.io import trusted_load

    monkeypatch.setattr(journey_file, "QUICK_MAX_BYTES", 0)  # as for a file of 100 MB
    built = []
    real = trusted_load.build_plain
    monkeypatch.setattr(trusted_load, "build_plain", lambda items: built.append(1) or real(items))
    doc = survey(cards=5)
    for card in doc["cards"]:  # every field an import fills: plain evidence
        for answer in card["evidence"]:
            answer |= {"sheet": "a", "respondent": "R", "answer": "4", "scale": "1-5"}
            answer |= {"segment": "", "import_id": "", "channel": "", "date": ""}
    doc["cards"][4]["evidence"][3]["score"] = 9.0
    path = write(tmp_path, doc)
    assert refusal(path).startswith("cards[4].evidence[3].score: input should be less than")
    assert built == []
    doc["cards"][4]["evidence"][3]["score"] = 1.0
    good = write(tmp_path, doc, "good.journey")
    assert journey_file.load(good) == Journey.model_validate(doc)
    assert len(built) == 5
