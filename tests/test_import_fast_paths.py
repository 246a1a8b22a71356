"""The import's column-wise fast paths give exactly what the answer-by-answer paths give.

A 100,000-row survey is scored, keyed and dated one distinct cell at a time
(scales.ColumnScores, provenance's long-layout origins, the sift of a new
survey); each fast path here is checked against the general path it stands in
for, on sheets with the awkward cells real exports hold (blanks, NaN, labels,
ints beside floats, True beside 1, short csv rows, rows without a respondent,
repeated rows, dates as text, datetimes and Excel serials), and the whole
import's journey against the one the general paths build, byte for byte.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import uuid
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from journeycanvas.io import journey_file
from journeycanvas.io.importers import aggregate, importer, provenance
from journeycanvas.io.importers.importer import ImportOptions
from journeycanvas.io.importers.scales import ColumnScores, Scale, ScaleProblem

HEADER = [
    "Respondent",
    "Stage",
    "Touchpoint",
    "Channel",
    "Score (1-7)",
    "Comment",
    "Segment",
    "Date",
]


def _rows(count: int, seed: int) -> list[list]:
    rng = random.Random(seed)
    rows = [HEADER]
    for i in range(count):
        rows.append(
            [
                "" if i % 7 == 0 else f"P{i % 90}",
                rng.choice(["Aware", "Buy", " Buy ", "Use", ""]),
                rng.choice(["Ad", "Pay", "Deliver", "Support", ""]),
                rng.choice(["App", "App; 门店", ""]),
                rng.choice([1, 2, 3, 4, 5, 6, 7, 4.0, "", None]),
                rng.choice(["", "slow", "  padded  ", "太慢了", 5]),
                rng.choice(["SMB", "Enterprise", "", 3, True]),
                rng.choice([dt.datetime(2025, 9, 1 + i % 28, 10, 30), "2025/9/3", "", 45000]),
            ]
        )
        if i % 97 == 0:
            rows.append([None] * len(HEADER))  # a blank row inside the data
        if i % 61 == 0:
            rows.append(list(rows[-2]))  # the same answer twice
    return rows


def _xlsx(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "coding"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _csv(path: Path, rows: list[list], seed: int = 1) -> Path:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for row in rows:
            cells = ["" if v is None else str(v) for v in row]
            while cells and not cells[-1] and rng.random() < 0.5:
                cells.pop()  # a csv row may stop before its last, blank cells
            writer.writerow(cells)
    return path


@pytest.fixture(params=["xlsx", "csv"])
def sheet(request, tmp_path: Path) -> Path:
    rows = _rows(1500, seed=11)
    if request.param == "xlsx":
        return _xlsx(tmp_path / "coding.xlsx", rows)
    return _csv(tmp_path / "coding.csv", rows)


def _plan(path: Path, segment: int | None = None, base=None) -> importer.Plan:
    options = ImportOptions(segment=segment)
    return importer.plan(importer.open_source(path, options), options, base)


# --- scores ---------------------------------------------------------------------

COLUMNS = [
    [1.0, 2.0, 5.0, 3.0, None, "", float("nan"), 4, 4.0, 2],
    ["非常满意", "满意", "一般", "", "非常不满意", "满意"] * 20,
    ["5 - Very satisfied", "1 - Very dissatisfied", "3", "③", " 4 "],
    [0.0, 10.0, 7.0, -0.0, 3.0],
    [1, 1.0, 5.0, 3, 3],
    [1.0, float("nan"), 3.0, float("nan"), 5.0, None],
    [2.0, 5.0, 1.0, -0.0, 4.0],
]


@pytest.mark.parametrize("values", COLUMNS)
def test_scores_by_distinct_answer_equal_scores_by_cell(values):
    fast = ColumnScores(values)
    slow = ColumnScores.__new__(ColumnScores)
    slow._by_cell(values, None, None)
    assert fast.scale == slow.scale
    assert fast.blank == slow.blank
    assert [repr(s) for s in fast.scores] == [repr(s) for s in slow.scores]  # -0.0 too


BAD_COLUMNS = [
    ([1.0, 2.0, 5.0, 9.0, 12.0, 3.0], Scale(1, 5)),  # off the scale from row 3
    ([1.0, "非常满意", 6.0, "满意"], Scale(0, 10)),  # a label on a 0-10 scale
    ([1.0, "excellent-ish", 3.0, "what?"], None),  # not on any scale
    ([1.0, 2.0, 3.0], None),  # a guess between scales: ask
    ([dt.datetime(2025, 1, 1), 3.0], None),
    ([1.0, 5.0, True, 1], None),  # True is no score, though True == 1
]


@pytest.mark.parametrize(("values", "override"), BAD_COLUMNS)
def test_a_column_off_the_scale_is_refused_as_by_cell(values, override):
    with pytest.raises(ScaleProblem) as fast:
        ColumnScores(values, None, override)
    slow = ColumnScores.__new__(ColumnScores)
    with pytest.raises(ScaleProblem) as by_cell:
        slow._by_cell(values, None, override)
    assert str(fast.value) == str(by_cell.value)
    assert (fast.value.index, fast.value.ask) == (by_cell.value.index, by_cell.value.ask)


# --- origins, the sift, the whole import ---------------------------------------------


def _same_origins(a: list[provenance.Origin], b: list[provenance.Origin]) -> None:
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):
        assert (x.answer, x.scale, x.segment, x.key, x.date) == (
            y.answer,
            y.scale,
            y.segment,
            y.key,
            y.date,
        )


@pytest.mark.parametrize("segment", [None, 6])
def test_long_layout_origins_equal_the_answer_by_answer_origins(sheet, segment):
    the_plan = _plan(sheet, segment)
    assert the_plan.mapping.layout == "long"
    collected = importer.collect(the_plan)
    fast = provenance.origins(the_plan.mapping, collected, the_plan.targets, the_plan.segment)
    slow = provenance._origins_by_answer(
        the_plan.mapping, collected, the_plan.targets, the_plan.segment
    )
    _same_origins(fast, slow)
    assert any(o.date for o in fast) and any(o.segment for o in fast)
    assert any(not o.answer for o in fast)  # quotes without a score, short rows


def _clean_rows(count: int, seed: int, quotes_only: bool = False) -> list[list]:
    """A survey export's rows: every one names its touchpoint and is scored or quoted."""
    rng = random.Random(seed)
    rows = [HEADER]
    for i in range(count):
        stage = rng.choice(["Aware", "Buy", " Use "])
        rows.append(
            [
                f"P{i % 50}",
                stage,
                rng.choice(["Ad", "Pay", ""]) if i % 3 else rng.choice(["Ad", "Pay"]),
                rng.choice(["App", "App; 门店", ""]),
                rng.choice([1, 2, 3, "", None] if quotes_only else [1, 2, 3, 4.0, 7]),
                rng.choice(["slow", " 太慢了 "]) if quotes_only else rng.choice(["", "ok"]),
                rng.choice(["SMB", ""]),
                "2025-09-01",
            ]
        )
    return rows


@pytest.mark.parametrize(
    ("rows", "at_once"),
    [
        (_clean_rows(700, 1), True),
        (_clean_rows(700, 2, quotes_only=True), True),
        (_rows(700, 4), False),
    ],
    ids=["scored", "quoted", "with-skips"],
)
def test_answers_made_at_once_equal_the_row_by_row_answers(tmp_path, monkeypatch, rows, at_once):
    from journeycanvas.io.importers import long_layout

    the_plan = _plan(_xlsx(tmp_path / "s.xlsx", rows))
    monkeypatch.setattr(long_layout, "STEP", 100)
    made: list = []
    real = long_layout._answers_at_once
    monkeypatch.setattr(
        long_layout, "_answers_at_once", lambda *a: made.append(real(*a)) or made[0]
    )
    calls: list[tuple[int, int]] = []
    fast = importer.collect(the_plan, lambda done, total: calls.append((done, total)))
    with monkeypatch.context() as patched:
        patched.setattr(long_layout, "_answers_at_once", lambda *a: None)
        slow_calls: list[tuple[int, int]] = []
        slow = importer.collect(the_plan, lambda done, total: slow_calls.append((done, total)))
    assert fast.answers == slow.answers and fast.answers
    assert [list(map(repr, a)) for a in fast.answers] == [list(map(repr, a)) for a in slow.answers]
    assert (fast.skipped, fast.data_rows, calls) == (slow.skipped, slow.data_rows, slow_calls)
    assert (made[0] is not None) == at_once
    # The lists the answers were zipped from stand as their columns: the same values
    # as each field taken out of the answers.
    for k in range(8):
        assert list(map(repr, fast.columns()[k])) == [repr(a[k]) for a in fast.answers]


@pytest.mark.parametrize("quotes_only", [False, True])
def test_origins_of_a_sheet_whose_every_row_is_an_answer_equal_the_answer_by_answer_ones(
    tmp_path, quotes_only
):
    the_plan = _plan(_xlsx(tmp_path / "s.xlsx", _clean_rows(500, 3, quotes_only)), 6)
    collected = importer.collect(the_plan)
    assert len(collected.answers) == 500  # one answer a row: the origins' quick case
    fast = provenance.origins(the_plan.mapping, collected, the_plan.targets, the_plan.segment)
    slow = provenance._origins_by_answer(
        the_plan.mapping, collected, the_plan.targets, the_plan.segment
    )
    _same_origins(fast, slow)
    assert any(o.segment for o in fast) and all(o.date for o in fast)


def test_origins_as_columns_give_the_origins_they_were_made_of():
    rng = random.Random(8)
    made = [
        provenance.Origin(
            rng.choice(["", "5", "非常满意"]),
            rng.choice(["", "1-5"]),
            rng.choice(["", "SMB"]),
            bytes(rng.randrange(256) for _ in range(8)),
            rng.choice(["", "2025-09-01"]),
        )
        for _ in range(300)
    ]
    columns = provenance.Origins.of(made)
    _same_origins(list(columns), made)
    _same_origins([columns[k] for k in range(len(made))], made)
    keep = [rng.random() < 0.5 for _ in made]
    _same_origins(list(columns.select(keep)), [o for o, k in zip(made, keep, strict=True) if k])
    _same_origins(list(columns[10:20]), made[10:20])
    assert provenance.Origins.of(columns) is columns


def test_key_digests_equal_the_one_by_one_digests_also_of_a_lone_surrogate():
    import hashlib

    for keys in (["R\x1fP1\x1f购买\x1f支付", "C\x1fa\x1fb\x1fc"], ["R\x1fP\ud800\x1fs\x1ft", "x"]):
        one_by_one = [
            hashlib.blake2b(k.encode("utf-8", "surrogatepass"), digest_size=8).digest()
            for k in keys
        ]
        assert provenance.digests(keys) == one_by_one


def _multiset_fresh(keys: list[bytes], held: Counter[bytes]) -> list[bool]:
    """The rule itself: a key already held k times is not new its first k times."""
    seen: Counter[bytes] = Counter()
    out = []
    for key in keys:
        seen[key] += 1
        out.append(seen[key] > held[key])
    return out


def test_new_answers_counts_keys_as_a_multiset():
    rng = random.Random(5)
    keys = [bytes([rng.randrange(20)]) * 8 for _ in range(2000)]
    for held in (Counter(), Counter(keys[:300]), Counter(keys[:300] * 2 + [b"x" * 8])):
        assert provenance.new_answers(keys, held) == _multiset_fresh(keys, held)


class _Seeded:
    """Ids and the clock made the same in two imports, so their bytes can be compared."""

    def __init__(self, monkeypatch) -> None:
        self.monkeypatch = monkeypatch

    def reset(self) -> None:
        rng = random.Random(42)
        self.monkeypatch.setattr(
            "journeycanvas.canvas.model.uuid.uuid4",
            lambda: uuid.UUID(int=rng.getrandbits(128), version=4),
        )
        self.monkeypatch.setattr(
            aggregate.secrets, "token_hex", lambda n=32: f"{rng.getrandbits(8 * n):0{2 * n}x}"
        )


def _import_bytes(path: Path, base=None, segment: int | None = None) -> bytes:
    the_plan = _plan(path, segment, base)
    journey, _collected = importer.run(the_plan, base)
    for record in journey.imports:
        record.imported_at = "2026-01-01T00:00:00+00:00"
    return journey_file.dump_bytes(journey)


def _by_answer(monkeypatch) -> None:
    """The general paths only: origins answer by answer, scores cell by cell, every sift."""
    monkeypatch.setattr(provenance, "origins", provenance._origins_by_answer)
    monkeypatch.setattr(ColumnScores, "_by_distinct", lambda self, *a: False)
    monkeypatch.setattr(provenance, "new_answers", _multiset_fresh)


def test_the_imported_journey_is_byte_for_byte_the_general_paths_one(sheet, monkeypatch):
    seeded = _Seeded(monkeypatch)
    seeded.reset()
    fast = _import_bytes(sheet, segment=6)
    with monkeypatch.context() as patched:
        _by_answer(patched)
        seeded.reset()
        slow = _import_bytes(sheet, segment=6)
    assert fast == slow
    assert b'"segment": "Enterprise"' in fast or b'"segment":"Enterprise"' in fast


def test_a_second_wave_is_sifted_as_by_the_general_paths(tmp_path: Path, monkeypatch):
    """A cumulative export: the first wave's rows are in the journey already."""
    rows = _rows(1200, seed=3)
    first = _xlsx(tmp_path / "wave1.xlsx", rows[:700])
    second = _xlsx(tmp_path / "wave2.xlsx", rows)
    seeded = _Seeded(monkeypatch)
    seeded.reset()
    base, _ = importer.run(_plan(first), None)
    seeded.reset()
    fast = _import_bytes(second, base)
    with monkeypatch.context() as patched:
        _by_answer(patched)
        seeded.reset()
        slow = _import_bytes(second, base)
    assert fast == slow


# --- the sheet extent scan ------------------------------------------------------------


class _ReferenceScanner:
    """The extent scan as it was written first, pattern by pattern: the oracle."""

    def __init__(self) -> None:
        import re

        self.rows, self.numbers, self.last_col, self.far_row = 0, [], 26, 0
        self.far_col_cell = self.far_row_cell = ""
        self.row_fast = re.compile(rb'<row r="(\d{1,9})"')
        self.row = re.compile(rb'<row\b[^>]*?\sr="(\d{1,9})"')
        self.wide = re.compile(rb'r="([A-Z]{2,4})(\d{1,9})"')
        self.far = re.compile(rb'r="([A-Z]{1,4})(\d{7,9})"')

    def feed(self, data: bytes) -> None:
        from journeycanvas.io.importers.prechecks import _column_number

        rows = data.count(b"<row ") + data.count(b"<row>")
        self.rows += rows
        numbers = self.row_fast.findall(data)
        if len(numbers) < rows:
            numbers = self.row.findall(data)
        self.numbers += map(int, numbers)
        for m in self.wide.finditer(data):
            col = _column_number(m.group(1))
            if col > self.last_col:
                self.last_col, self.far_col_cell = col, (m.group(1) + m.group(2)).decode()
        for m in self.far.finditer(data):
            if int(m.group(2)) > self.far_row:
                self.far_row, self.far_row_cell = (
                    int(m.group(2)),
                    (m.group(1) + m.group(2)).decode(),
                )


def _sheet_xml(rng: random.Random) -> bytes:
    parts = [b"<worksheet><sheetData>"]
    top = rng.choice([999_999, 2_000_000])  # half of the sheets have no cell far down
    for r in range(1, rng.randint(5, 400)):
        row = rng.choice([r, r, r, rng.randint(1, top)])
        opener = rng.choice(
            [
                f'<row r="{row}">',
                f'<row r="{row}" spans="1:3">',
                f'<row spans="1:3" r="{row}">',
                "<row>",
            ]
        )
        parts.append(opener.encode())
        for col in rng.sample(["A", "B", "Z", "AA", "AZ", "XFD", "ZZZZ", "C"], rng.randint(0, 4)):
            at = rng.choice(
                [row, rng.randint(1, min(top, 1_048_576)), top * (5 if top > 999_999 else 1)]
            )
            parts.append(f'<c r="{col}{at}"><v>1</v></c>'.encode())
        parts.append(b"</row>")
        if rng.random() < 0.05:
            parts.append(b'<rowBreaks count="1"><brk id="3"/></rowBreaks>')
    parts.append(b"</sheetData></worksheet>")
    return b"".join(parts)


@pytest.mark.parametrize("seed", range(40))
def test_the_one_pass_extent_scan_measures_what_the_pattern_by_pattern_scan_did(seed):
    from journeycanvas.io.importers.prechecks import _ExtentScanner

    rng = random.Random(seed)
    xml = _sheet_xml(rng)
    scanner, reference = _ExtentScanner("sheet1.xml"), _ReferenceScanner()
    at = 0
    while at < len(xml):  # fed in chunks, cut anywhere, as the decompressor hands them
        step = rng.randint(1, 4000)
        scanner.feed(xml[at : at + step])
        at += step
    # The reference sees the same complete tags the scanner kept between chunks.
    reference.feed(xml[: xml.rfind(b">") + 1])
    found = scanner.extent
    assert found.rows == reference.rows
    assert list(found.row_numbers) == reference.numbers
    assert (found.last_col, found.far_col_cell) == (reference.last_col, reference.far_col_cell)
    assert (scanner._far_row, found.far_row_cell) == (reference.far_row, reference.far_row_cell)


def test_channels_remembered_across_cards_equal_channels_worked_out_afresh():
    rng = random.Random(9)
    texts = ["App", "App; 门店", "门店、短信", "", " app ", "微信 / WeChat", "Email", "短信"]
    shared: dict = {}
    for _ in range(200):
        named = [rng.choice(texts) for _ in range(rng.randint(0, 12))]
        for language in ("zh", "en"):
            afresh = aggregate._channels(named, language)
            assert aggregate._channels(named, language, shared) == afresh
    assert set(shared) == {t for t in texts if t}


@pytest.mark.parametrize("token", ["0a1b2c", "%x%%d"])
def test_evidence_ids_are_the_stem_and_a_hex_count_from_one(tmp_path, monkeypatch, token):
    monkeypatch.setattr(aggregate.secrets, "token_hex", lambda n=32: token)
    journey, _ = importer.run(_plan(_xlsx(tmp_path / "s.xlsx", _clean_rows(300, 5))), None)
    ids = [i for c in journey.cards for i in c.evidence.ids]
    assert ids == [f"ev-{token}{k:x}" for k in range(1, len(ids) + 1)] and len(ids) == 300
