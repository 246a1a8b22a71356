"""Issue 17 (r-load): the open's quicker steps find, count and judge what the slower
ones did.

Each quick step replaced one that read the same bytes or values another way; each
test holds the quick one to the old one's answer (kept here as the reference), on
the layouts our writer makes and on the odd ones a hand-edited file may hold.
"""

from __future__ import annotations

import json
import math
import sys

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeycanvas.canvas import evidence_store
from journeycanvas.canvas.evidence_store import from_file_table
from journeycanvas.io import journey_check, journey_file, piecewise_check

# --- the cards' places in the text ------------------------------------------------


def spans_by_two_passes(payload: bytes):
    """The cards' places as they were found before: the list's end first, then every
    ``\\n    },\\n`` between the cards, then each piece's first and last line."""
    opened = b'\n  "cards": [\n'
    first = payload.find(opened)
    if first < 0:
        return None
    start = first + len(opened)
    end = payload.find(b"\n  ]", start - 1)
    if end < 0 or payload.find(opened, end) >= 0:
        return None
    spans = []
    at = start
    while True:
        cut = payload.find(b"\n    },\n", at, end)
        if cut < 0:
            spans.append((at, end))
            break
        spans.append((at, cut + 6))
        at = cut + 8
    for a, b in spans:
        if not (payload[a:b].startswith(b"    {\n") and payload[a:b].endswith(b"\n    }")):
            return None
    return start, end, spans


def _text(cards: list[dict]) -> bytes:
    data = {"schema_version": 11, "title": "t", "cards": cards, "links": [{"id": "l"}]}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


_values = st.recursive(
    st.none() | st.integers(-5, 5) | st.text('{}[], \n"ab', max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text("ab}", max_size=3), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.dictionaries(st.text("ab}{", max_size=4), _values, max_size=4), max_size=5))
def test_cards_are_found_where_the_two_passes_found_them(cards):
    payload = _text(cards)
    want = spans_by_two_passes(payload)
    got = piecewise_check._card_spans(payload)
    if want is not None:
        assert got == want
    if got is not None:
        # Whatever is found, each piece parses on its own to the card the whole parse reads.
        whole = json.loads(payload)["cards"]
        assert [orjson.loads(payload[a:b]) for a, b in got[2]] == whole


def test_a_card_full_of_closing_braces_is_still_found_whole():
    """Past the braces tried one by one, the rest of the card is searched as one string."""
    cards = [{"id": "a", "note": "}" * 500, "more": [{"x": {"y": 1}}] * 80}, {"id": "b"}]
    payload = _text(cards)
    assert piecewise_check._card_spans(payload) == spans_by_two_passes(payload)
    assert piecewise_check._card_spans(payload) is not None


def test_a_layout_not_ours_is_left_to_the_whole_parse():
    payload = _text([{"id": "a"}, {"id": "b"}])
    odd = payload.replace(b"\n    },\n    {", b"\n    }, {", 1)  # two cards on one line
    assert piecewise_check._card_spans(odd) is None
    cut = payload.replace(b"\n  ],", b"\n  ] ,", 1)
    assert piecewise_check._card_spans(cut) == spans_by_two_passes(cut)


# --- the budget counted up front --------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 5, (1 << 20) - 1, 1 << 20, (1 << 20) + 3, 3 << 20])
def test_the_budget_counts_what_three_counts_counted(size):
    raw = (b'[{"a": [1, 2], "b": {}}, ' * (size // 24 + 1))[:size]
    containers = raw.count(b"[") + raw.count(b"{")
    assert journey_check._counts(raw) == (containers, containers + raw.count(b","))


def test_a_file_of_too_many_lists_is_still_refused_at_open(tmp_path):
    path = tmp_path / "lists.journey"
    path.write_bytes(b'{"schema_version": 11, "x": [' + b"[]," * 1_100_000 + b"[]]}")
    with pytest.raises(journey_file.JourneyFileError, match="lists and objects"):
        journey_file.load(path)


# --- a table's columns judged -----------------------------------------------------

_COLUMNS = ["id", "text", "score", "source", "sheet", "row", "respondent", "channel"]


def _table(rows):
    return orjson.loads(orjson.dumps({"columns": _COLUMNS, "rows": rows}))


def test_a_column_of_one_text_is_one_interned_string():
    rows = [
        [f"e{k}", f"太慢了 {k}", 1.0, "survey.xlsx", "答案", k, f"R{k % 3}", "App"]
        for k in range(7)
    ]
    table = from_file_table(_table(rows))
    again = from_file_table(_table(rows))
    source = table.column("source")
    assert source == ("survey.xlsx",) * 7
    assert source[0] is again.column("source")[6] is sys.intern("survey.xlsx")
    assert table.column("sheet")[3] is again.column("sheet")[0]
    assert table.column("respondent")[0] is again.column("respondent")[3]  # interned one by one
    assert table.checked


@pytest.mark.parametrize("odd", [7, None, 1.5, ["survey.xlsx"], True])
def test_one_value_not_that_text_in_a_column_of_one_text_is_refused(odd):
    rows = [[f"e{k}", "t", 1.0, "survey.xlsx", "s", k, "R", "App"] for k in range(5)]
    rows[3][3] = odd
    with pytest.raises(Exception) as refused:
        from_file_table(_table(rows))
    assert refused.value.errors()[0]["loc"] == (3, "source")


def column_ok_by_each_value(name, col):
    """The number rule as it was written before: the nulls dropped by a loop, every
    value tested finite, then the bounds."""
    types, low, high = evidence_store._rules()[name]
    if not set(map(type, col)) <= types:
        return False
    numbers = [v for v in col if v is not None]
    if not numbers:
        return True
    if float in types and not all(map(math.isfinite, numbers)):
        return False
    return min(numbers) >= low and max(numbers) <= high


_scores = st.lists(
    st.none()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.floats(-3, 3)
    | st.integers(-3, 3)
    | st.sampled_from([math.nan, math.inf, -math.inf, 1e308, -1e308, True]),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(_scores, st.sampled_from(["score", "row"]))
def test_a_number_column_is_judged_as_value_by_value(col, name):
    col = tuple(col)
    if name == "row":
        col = tuple(int(v) if type(v) is float and math.isfinite(v) else v for v in col)
    want = column_ok_by_each_value(name, col)
    got = evidence_store._column_ok(name, col)
    # Quicker may only be stricter where a sum overflows (pydantic then judges it).
    assert got == want or (want and not got and math.isinf(sum(v for v in col if v is not None)))


# --- the answers' ids, gathered as each card is read ------------------------------


def _two_tables():
    from test_trusted_load import FILES

    for path in FILES:
        journey = journey_file.load(path)
        holders = [c for c in journey.cards if len(c.evidence) >= 2]
        if len(holders) >= 2:
            payload = journey_file.dump_bytes(journey)
            if piecewise_check.read_by_card(payload) is not None:
                return journey, holders, payload
    raise AssertionError("no bundled journey holds two cards with tables")


def _refusal(payload: bytes) -> str:
    with pytest.raises(journey_file.JourneyFileError) as refused:
        journey_file.load_bytes(payload, "x.journey")
    return str(refused.value)


def test_the_ids_gathered_card_by_card_are_the_journeys_answers():
    journey, _, payload = _two_tables()
    read = piecewise_check.read_by_card(payload)
    answers = [i for card in journey.cards for i in card.evidence.ids]
    assert read.ids == set(answers) and len(answers) == len(read.ids)
    assert journey_file.load_bytes(payload) == journey


@pytest.mark.parametrize("where", ["same card", "other card", "a card's id"])
def test_an_answers_id_used_twice_is_refused_at_open_with_the_sentence_it_always_had(where):
    _, holders, payload = _two_tables()
    victim = holders[1].evidence.ids[1]
    taken = {
        "same card": holders[1].evidence.ids[0],
        "other card": holders[0].evidence.ids[0],
        "a card's id": holders[0].id,
    }[where]
    edited = payload.replace(f'["{victim}",'.encode(), f'["{taken}",'.encode(), 1)
    assert edited != payload
    if where != "a card's id":
        assert piecewise_check.read_by_card(edited) is None  # left to the whole parse
    message = _refusal(edited)
    assert "duplicate id" in message and taken in message
    # The very sentence of the validation that reads every answer as a model.
    with pytest.raises(journey_file.JourneyFileError) as slow:
        journey_file._upgrade_and_validate(json.loads(edited), "x.journey")
    assert message == str(slow.value)


def test_a_column_repeating_the_table_before_is_that_column_and_one_value_off_is_not():
    rows = [[f"e{k}", "t", 1.0, "s.xlsx", "answers", k, f"R{k}", "App"] for k in range(6)]
    last: dict = {}
    first = from_file_table(_table(rows), last=last)
    again = [[f"f{k}", *row[1:]] for k, row in enumerate(rows)]
    second = from_file_table(_table(again), last=last)
    assert second.column("respondent") is first.column("respondent")
    assert list(second) == list(from_file_table(_table(again)))
    off = [[f"g{k}", *row[1:]] for k, row in enumerate(rows)]
    off[4][6] = "R9"
    third = from_file_table(_table(off), last=last)
    assert third.column("respondent") == ("R0", "R1", "R2", "R3", "R9", "R5")
    assert third.column("respondent")[0] is first.column("respondent")[0]  # still interned
    wrong = [[f"h{k}", *row[1:]] for k, row in enumerate(rows)]
    wrong[2][6] = 2  # a number where the respondent's text belongs: judged, not reused
    with pytest.raises(Exception) as refused:
        from_file_table(_table(wrong), last=last)
    assert refused.value.errors()[0]["loc"] == (2, "respondent")


@pytest.mark.parametrize("row", [{"id": "x"}, "abc", 5, None, ["e9", "t"]])
def test_a_row_not_a_list_of_the_columns_is_refused(row):
    rows = [[f"e{k}", "t", 1.0, "s", "a", k, "R", "App"] for k in range(3)]
    rows[1] = row
    with pytest.raises(Exception, match=r"rows are lists|Row 1 of the evidence table"):
        from_file_table({"columns": _COLUMNS, "rows": rows})


# --- repeated texts shared after the open -----------------------------------------

FIXTURES = journey_file.Path(__file__).parent / "fixtures"


def _survey_file(tmp_path, channel_at=None):
    """A journey whose first card holds 40 answers over three channels, saved by our
    writer (so the open reads it a card at a time); ``channel_at``: one value put in
    the file in place of the 7th answer's channel."""
    from journeycanvas.canvas.evidence_store import EvidenceTable

    journey = journey_file.load(FIXTURES / "evidence_channels.journey")
    n = 40
    card = journey.cards[0]
    card.evidence = EvidenceTable.from_columns(
        n,
        {
            "id": [f"ev-s{k}" for k in range(n)],
            "text": [f"太慢了 {k}" for k in range(n)],
            "score": [float(k % 5 - 2) for k in range(n)],
            "source": ["s.xlsx"] * n,
            "respondent": [f"R{k}" for k in range(n)],
            "answer": [str(k % 5 + 1) for k in range(n)],
            "channel": [("App", "门店", "电话")[k % 3] for k in range(n)],
        },
    )
    path = tmp_path / "survey.journey"
    journey_file.save(journey, path, keep_backup=False)
    if channel_at is not None:
        raw = path.read_bytes()
        row = b'"ev-s6","\xe5\xa4\xaa\xe6\x85\xa2\xe4\xba\x86 6"'
        at = raw.index(row)
        end = raw.index(b"\n", at)
        line = raw[at:end]
        edited = line.replace(b'"App"', channel_at, 1)
        assert edited != line
        path.write_bytes(raw[:at] + edited + raw[end:])
    return path


def test_the_open_leaves_repeated_texts_as_read_and_sharing_them_changes_nothing_else(tmp_path):
    from journeycanvas.canvas.evidence_store import share_texts

    path = _survey_file(tmp_path)
    journey = journey_file.load(path)
    shared_at_once = journey_file.load_bytes(path.read_bytes(), path)
    table = journey.cards[0].evidence
    channels = table.column("channel")
    assert channels[0] == channels[3] and channels[0] is not channels[3]  # two copies, as read
    assert journey == shared_at_once
    before = journey_file.dump_bytes(journey)
    share_texts(card.evidence for card in journey.cards)
    channels = table.column("channel")
    assert channels[0] is channels[3] is shared_at_once.cards[0].evidence.column("channel")[0]
    assert table.column("answer")[0] is table.column("answer")[5]
    assert journey == shared_at_once
    assert journey_file.dump_bytes(journey) == before == path.read_bytes()


@pytest.mark.parametrize(
    ("value", "found"), [(b"7", "(found 7)"), (b"null", "(found null)"), (b"[1]", "valid string")]
)
def test_a_wrong_value_among_repeated_texts_is_still_refused_at_open(tmp_path, value, found):
    path = _survey_file(tmp_path, channel_at=value)
    with pytest.raises(journey_file.JourneyFileError) as refused:
        journey_file.load(path)
    assert "cards[0].evidence[6].channel" in str(refused.value)
    assert "should be a valid string" in str(refused.value) and found in str(refused.value)


def test_the_editor_shares_the_repeated_texts_once_the_map_is_shown(qtbot, tmp_path):
    from journeycanvas.app.main_window import MainWindow

    journey = journey_file.load(_survey_file(tmp_path))
    channels = journey.cards[0].evidence.column("channel")
    assert channels[0] is not channels[3]
    window = MainWindow(journey)
    qtbot.addWidget(window)
    window.show()
    table = window.document.journey.cards[0].evidence
    qtbot.waitUntil(lambda: table.column("channel")[0] is table.column("channel")[3], timeout=5000)
    assert table.column("channel") == channels


# --- what a table's column names say, read once per list of names -------------------

_NAMES = ["id", "text", "score", "source", "respondent", "answer", "channel", "row"]


@settings(max_examples=60, deadline=None)
@given(order=st.permutations([*_NAMES, "extra", "note"]), keep=st.integers(4, 10))
def test_tables_of_any_column_order_read_as_their_columns_whatever_was_read_before(order, keep):
    """The known, shared and unknown columns of a table are remembered by its column
    names (evidence_store._plan): tables naming their columns in other orders, with
    unknown ones among them, each read as their own columns say, read first or again."""
    columns = list(order[:keep])
    if "id" not in columns:
        columns.append("id")
    values = {
        "id": "e{}", "text": "t{}", "score": 1.5, "source": "s.xlsx", "respondent": "R{}",
        "answer": "4", "channel": "App", "row": 7, "extra": [1, {"a": None}], "note": "n",
    }  # fmt: skip
    rows = [
        [v.format(k) if isinstance(v, str) else v for v in map(values.__getitem__, columns)]
        for k in range(5)
    ]
    evidence_store._PLANS.clear()
    for _ in range(2):  # worked out, then remembered
        table = from_file_table({"columns": columns, "rows": [list(r) for r in rows]})
        for j, name in enumerate(columns):
            assert table.column(name) == tuple(r[j] for r in rows)
        unknown = [c for c in columns if c in ("extra", "note")]
        assert list(table.unknown) == unknown
        assert table.checked == (not unknown)
    assert list(evidence_store._PLANS) == [tuple(columns)]
