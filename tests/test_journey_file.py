"""The .journey file: exact text, clear refusals, and saves that survive crashes.

Every refusal is one sentence naming the file (the CLI prints it, the editor shows
it); every save either completes or leaves the previous file byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from evidence_forms import as_objects

from journeycanvas import resources
from journeycanvas.canvas.model import SCHEMA_VERSION, Card, Evidence, Journey, Lane, Stage
from journeycanvas.io import atomic, journey_file
from journeycanvas.io.journey_file import JourneyFileError, NewerFileError

POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="needs fork, SIGKILL and rlimits")


def small_journey() -> Journey:
    return Journey(
        id="journey-test",
        title="旅程 Journey",
        stages=[Stage(id="s1", name="认知 Awareness"), Stage(id="s2", name="购买 Purchase")],
        lanes=[Lane(id="l1", name="接触点", kind="touchpoints")],
        cards=[
            Card(
                id="c1",
                stage_id="s1",
                lane_id="l1",
                title="广告 Ad",
                evidence=[Evidence(id="e1", text="太贵了", score=-1.5)],
            )
        ],
    )


def valid_doc() -> dict:
    return as_objects(small_journey().model_dump(mode="json"))


def refusal(text: str, name: str = "bad.journey") -> str:
    with pytest.raises(JourneyFileError) as info:
        journey_file.loads(text, name)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{name}: ") and message.endswith(".")
    return message


# --- the text of a file ---------------------------------------------------------------


def test_dumps_is_utf8_json_in_model_order_with_a_final_newline():
    text = journey_file.dumps(small_journey())
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "旅程 Journey" in text and "\\u" not in text
    assert list(json.loads(text)) == list(Journey.model_fields)
    assert text.startswith(f'{{\n  "schema_version": {SCHEMA_VERSION},\n  "id": "journey-test",')


def test_save_load_save_is_byte_identical(tmp_path, journey):
    path = tmp_path / "a.journey"
    journey_file.save(journey, path)
    first = path.read_bytes()
    journey_file.save(journey_file.load(path), path)
    assert path.read_bytes() == first
    assert journey_file.load(path) == journey


def test_every_bundled_template_round_trips(tmp_path):
    names = resources.template_names()
    assert names, "resources/templates/ holds no .journey templates yet"
    for name in names:
        journey = journey_file.load(resources.template_path(name))
        out = tmp_path / f"{name}.journey"
        journey_file.save(journey, out)
        first = out.read_bytes()
        journey_file.save(journey_file.load(out), out)
        assert out.read_bytes() == first, name


def test_unknown_fields_survive_a_round_trip_in_place():
    doc = valid_doc()
    doc["from_the_future"] = {"kept": [1, 2]}
    doc["cards"][0]["sticker"] = "star"
    again = json.loads(journey_file.dumps(journey_file.loads(json.dumps(doc), "x.journey")))
    assert again["from_the_future"] == {"kept": [1, 2]}
    assert again["cards"][0]["sticker"] == "star"


def test_escaped_surrogate_pairs_are_accepted():
    assert journey_file.loads('{"title": "\\ud83d\\ude00"}', "x.journey").title == "😀"


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.journey"
    path.write_bytes(b"\xef\xbb\xbf" + journey_file.dumps(small_journey()).encode("utf-8"))
    assert journey_file.load(path).title == "旅程 Journey"


# --- validation messages name the field ------------------------------------------------


def test_card_on_a_missing_stage_is_named():
    doc = valid_doc()
    doc["cards"][0]["stage_id"] = "stage-x"
    assert (
        refusal(json.dumps(doc)) == "bad.journey: cards[0].stage_id: no stage has the id 'stage-x'."
    )


def test_duplicate_ids_are_named():
    doc = valid_doc()
    doc["stages"][1]["id"] = "s1"
    assert refusal(json.dumps(doc)) == (
        "bad.journey: stages[1].id: duplicate id 's1' (also used by stages[0])."
    )


def test_score_out_of_range_names_the_field_and_value():
    doc = valid_doc()
    doc["cards"][0]["evidence"][0]["score"] = 7
    assert refusal(json.dumps(doc)) == (
        "bad.journey: cards[0].evidence[0].score: "
        "input should be less than or equal to 2 (found 7)."
    )


def test_several_problems_are_counted():
    doc = valid_doc()
    doc["cards"][0]["evidence"][0]["score"] = 7
    doc["cards"][0]["color"] = "red"
    del doc["stages"][0]["name"]
    message = refusal(json.dumps(doc))
    assert message.startswith("bad.journey: stages[0].name: field required")
    assert message.endswith("(and 2 more problems).")


# --- broken files -------------------------------------------------------------------------


def _truncated() -> bytes:
    return journey_file.dumps(small_journey()).encode("utf-8")[:150]


def _where_cut() -> str:
    """Where JSON itself says the cut file breaks (it moves as the format gains fields)."""
    try:
        json.loads(_truncated())
    except json.JSONDecodeError as exc:
        return f"line {exc.lineno}, column {exc.colno}"
    raise AssertionError("the truncated file parsed")


BROKEN = {
    "truncated": (_truncated(), f"the file is cut off or is not JSON ({_where_cut()})"),
    "cut mid-character": (
        '{"schema_version": 1, "title": "旅'.encode()[:-1],
        "the file is cut off (it ends mid-character)",
    ),
    "not JSON": (b"title: my journey\n", "the file is cut off or is not JSON (line 1, column 1)"),
    "newer": (
        b'{"schema_version": %d, "title": "x"}' % (SCHEMA_VERSION + 1),
        "it was written by a newer Journey Canvas "
        f"(file format {SCHEMA_VERSION + 1}; this version reads up to {SCHEMA_VERSION})",
    ),
    "missing stage": (
        json.dumps(
            {**valid_doc(), "cards": [{**valid_doc()["cards"][0], "stage_id": "s9"}]}
        ).encode(),
        "cards[0].stage_id: no stage has the id 's9'",
    ),
    "empty": (b"", "the file is empty"),
    "blank": (b" \n\t\n", "the file is empty"),
    "binary garbage": (
        b"\x89PNG\r\n\x1a\n" + bytes(random.Random(4).randrange(256) for _ in range(4096)),
        "it is not a journey file: it is binary data or text in another encoding than UTF-8 "
        "(first bad byte at offset 0)",
    ),
    "NUL bytes": (b"\x00\x01\x02PK", "it is not a journey file: it holds binary data"),
    "deeply nested": (
        b"[" * 100_000 + b"]" * 100_000,
        "it is not a journey file: it is nested too deeply",
    ),
    "nested under the limit of json but too deep to save": (
        b'{"x": ' + b"[" * 500 + b"]" * 500 + b"}",
        "it is not a journey file: it is nested too deeply",
    ),
    "a list": (b"[1, 2]", "it is not a journey file: it holds a JSON list, not an object"),
    "NaN": (b'{"title": NaN}', "it holds the number NaN, which a journey cannot hold"),
    "infinity": (
        b'{"x": 1e999}',
        "the field 'x' holds an infinite number, which a journey cannot hold",
    ),
    "bad version": (
        b'{"schema_version": "one"}',
        'schema_version should be a whole number, not "one"',
    ),
    "lone surrogate": (
        b'{"title": "\\ud800"}',
        "it holds text that is not valid Unicode (a lone \\u surrogate escape)",
    ),
    "negative version": (b'{"schema_version": -1}', "file format -1 does not exist"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_file_is_refused_in_one_sentence(tmp_path, case):
    content, reason = BROKEN[case]
    path = tmp_path / "broken.journey"
    path.write_bytes(content)
    with pytest.raises(JourneyFileError) as info:
        journey_file.load(path)
    assert str(info.value) == f"{path}: {reason}."
    assert info.value.path == str(path)


def test_newer_file_raises_the_typed_error():
    with pytest.raises(NewerFileError) as info:
        journey_file.loads('{"schema_version": 99}', "new.journey")
    assert (info.value.found, info.value.supported) == (99, SCHEMA_VERSION)


def test_missing_file_folder_and_huge_file(tmp_path, monkeypatch):
    with pytest.raises(JourneyFileError, match=r"nope\.journey: the file does not exist\.$"):
        journey_file.load(tmp_path / "nope.journey")
    with pytest.raises(JourneyFileError, match=r"it is a folder, not a journey file\.$"):
        journey_file.load(tmp_path)
    big = tmp_path / "big.journey"
    big.write_text(journey_file.dumps(small_journey()), encoding="utf-8")
    monkeypatch.setattr(journey_file, "MAX_FILE_BYTES", 100)
    with pytest.raises(JourneyFileError, match=r"too large to be a journey file"):
        journey_file.load(big)


# --- saving -----------------------------------------------------------------------------


def temp_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f".*{atomic.TEMP_SUFFIX}"))


def test_save_keeps_the_previous_version_as_bak(tmp_path):
    path = tmp_path / "a.journey"
    first, second = small_journey(), small_journey()
    second.title = "second"
    journey_file.save(first, path)
    assert not (tmp_path / "a.journey.bak").exists()
    old = path.read_bytes()
    journey_file.save(second, path)
    assert (tmp_path / "a.journey.bak").read_bytes() == old
    assert journey_file.load(path).title == "second"
    assert temp_files(tmp_path) == []


@POSIX_ONLY
def test_save_keeps_the_file_mode_and_follows_a_symlink(tmp_path):
    real = tmp_path / "real.journey"
    journey_file.save(small_journey(), real)
    real.chmod(0o640)
    link = tmp_path / "link.journey"
    link.symlink_to(real)
    journey_file.save(small_journey(), link)
    assert link.is_symlink()
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


def test_save_into_a_missing_folder_is_refused(tmp_path):
    target = tmp_path / "nowhere" / "a.journey"
    with pytest.raises(JourneyFileError) as info:
        journey_file.save(small_journey(), target)
    assert str(info.value) == (
        f"{target}: it was not saved: the folder {str(target.parent)!r} does not exist."
    )


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_a_failing_save_leaves_the_original_untouched(tmp_path, monkeypatch, failing):
    path = tmp_path / "a.journey"
    journey_file.save(small_journey(), path)
    original = path.read_bytes()
    changed = small_journey()
    changed.title = "changed"

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if failing == "write":
        real_open = open

        def open_full(file, mode="r", *args, **kwargs):
            handle = real_open(file, mode, *args, **kwargs)
            if "w" in mode and str(file).endswith(atomic.TEMP_SUFFIX):
                handle.write = disk_full
            return handle

        monkeypatch.setattr("builtins.open", open_full)
    elif failing == "fsync":
        monkeypatch.setattr(atomic.os, "fsync", disk_full)
    else:
        monkeypatch.setattr(atomic.os, "replace", disk_full)

    with pytest.raises(JourneyFileError) as info:
        journey_file.save(changed, path, keep_backup=False)
    assert str(info.value) == (
        f"{path}: it was not saved (no space left on device); the file on disk was not changed."
    )
    assert path.read_bytes() == original
    assert temp_files(tmp_path) == []


def test_a_journey_with_nan_is_not_saved(tmp_path):
    path = tmp_path / "a.journey"
    journey = small_journey()
    journey.stages[0].width = float("nan")
    with pytest.raises(JourneyFileError, match="it was not saved"):
        journey_file.save(journey, path)
    assert not path.exists() and temp_files(tmp_path) == []


def test_write_text_atomic_takes_text_and_bytes(tmp_path):
    path = tmp_path / "out.txt"
    atomic.write_text_atomic(path, "一\r\n二")
    assert path.read_bytes() == "一\r\n二".encode()
    atomic.write_text_atomic(path, b"\x00\x01")
    assert path.read_bytes() == b"\x00\x01"
    assert not (tmp_path / "out.txt.bak").exists()


def test_clean_stale_temp_files_removes_only_our_old_ones(tmp_path):
    ours_old = tmp_path / f".a.journey.1234abcd{atomic.TEMP_SUFFIX}"
    ours_new = tmp_path / f".b.journey.5678abcd{atomic.TEMP_SUFFIX}"
    theirs = [tmp_path / "a.journey", tmp_path / ".hidden", tmp_path / f"x{atomic.TEMP_SUFFIX}"]
    for path in [ours_old, ours_new, *theirs]:
        path.write_text("x")
    an_hour_ago = time.time() - 3600
    os.utime(ours_old, (an_hour_ago, an_hour_ago))
    assert journey_file.clean_stale_temp_files(tmp_path) == [ours_old]
    assert not ours_old.exists() and ours_new.exists()
    assert all(path.exists() for path in theirs)
    assert journey_file.clean_stale_temp_files(tmp_path, min_age_seconds=0) == [ours_new]


# --- crashes and full disks, in real processes ------------------------------------------

_BIG_JOURNEY = r"""
from journeycanvas.canvas.model import Card, Journey, Lane, Stage

def big(tag, cards=1500):
    stages = [Stage(id=f"s{i}", name=f"阶段 {i}") for i in range(5)]
    lanes = [Lane(id=f"l{i}", name=f"泳道 {i}") for i in range(4)]
    body = "顾客找不到评价 customers cannot find reviews. " * 40
    return Journey(id="j", title=tag, stages=stages, lanes=lanes, cards=[
        Card(id=f"c{n}", stage_id=f"s{n % 5}", lane_id=f"l{n % 4}", title=f"{tag} {n}", body=body)
        for n in range(cards)
    ])
"""

# Forks one saver per request so a kill costs milliseconds, not a Python start-up.
_SAVER = (
    _BIG_JOURNEY
    + r"""
import hashlib, os, sys
from journeycanvas.io import journey_file

target = sys.argv[1]
versions = [big("old"), big("new")]
texts = [journey_file.dumps(v).encode("utf-8") for v in versions]
journey_file.save(versions[0], target)
print(" ".join(hashlib.sha256(t).hexdigest() for t in texts), len(texts[0]), flush=True)
while sys.stdin.readline().strip() == "go":
    pid = os.fork()
    if pid == 0:
        i = 1
        while True:
            journey_file.save(versions[i % 2], target)
            i += 1
    print(pid, flush=True)
    sys.stdin.readline()
    os.waitpid(pid, 0)
    print("reaped", flush=True)
"""
)


@POSIX_ONLY
def test_sigkill_during_saves_never_leaves_a_broken_file(tmp_path):
    target = tmp_path / "big.journey"
    saver = subprocess.Popen(
        [sys.executable, "-c", _SAVER, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        first_line = saver.stdout.readline().split()
        good = set(first_line[:2])
        assert 2_000_000 < int(first_line[2]) < 5_000_000
        rng = random.Random(20240611)
        for kill in range(30):
            saver.stdin.write("go\n")
            saver.stdin.flush()
            pid = int(saver.stdout.readline())
            time.sleep(rng.uniform(0.0, 0.25))
            os.kill(pid, signal.SIGKILL)
            saver.stdin.write("reap\n")
            saver.stdin.flush()
            assert saver.stdout.readline().strip() == "reaped"

            data = target.read_bytes()
            assert hashlib.sha256(data).hexdigest() in good, f"broken file after kill {kill}"
            backup = atomic.backup_path(target)
            if backup.exists():
                assert hashlib.sha256(backup.read_bytes()).hexdigest() in good
            if kill % 10 == 0:
                assert journey_file.load(target).title in {"old", "new"}
        assert journey_file.load(target).title in {"old", "new"}
    finally:
        saver.stdin.close()
        saver.wait(timeout=30)
    # Kills mid-save leave temp files; the start-up clean-up removes exactly those.
    leftovers = temp_files(tmp_path)
    print(f"{len(leftovers)} temp files left by 30 kills")
    assert sorted(journey_file.clean_stale_temp_files(tmp_path, min_age_seconds=0)) == leftovers
    # The backup exists once a save got as far as replacing the file; on a loaded machine
    # every kill can land before that, so only the journey itself is certain.
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left in (["big.journey"], ["big.journey", "big.journey.bak"])


_FULL_DISK = (
    _BIG_JOURNEY
    + r"""
import resource, signal, sys
from journeycanvas.io import journey_file

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # so writing past the limit fails, not kills
journey = big("new", cards=400)
resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))
try:
    journey_file.save(journey, sys.argv[1])
except journey_file.JourneyFileError as error:
    print(error)
    sys.exit(3)
"""
)


@POSIX_ONLY
def test_a_full_disk_leaves_the_original_byte_identical(tmp_path):
    target = tmp_path / "a.journey"
    journey_file.save(small_journey(), target)
    original = target.read_bytes()
    result = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(target)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 3, result.stderr
    assert result.stdout.strip() == (
        f"{target}: it was not saved (file too large); the file on disk was not changed."
    )
    assert target.read_bytes() == original
    assert temp_files(tmp_path) == []


def _evidence_heavy(cards: int = 30, per_card: int = 40) -> Journey:
    stage = Stage(id="s1", name="购买")
    lane = Lane(id="l1", name="Touchpoints", kind="touchpoints")
    return Journey(
        stages=[stage],
        lanes=[lane],
        cards=[
            Card(
                id=f"c{i}",
                stage_id="s1",
                lane_id="l1",
                title=f"接触点 {i}",
                evidence=[
                    Evidence(
                        id=f"ev{i}-{k}",
                        text="太慢了" if k % 2 else "",
                        score=None if k % 7 == 0 else (k % 5) - 2.0,
                        row=k if k % 3 else None,
                        respondent=f"R{k}",
                        answer=str(k % 5 + 1),
                        scale="1-5",
                    )
                    for k in range(per_card)
                ],
            )
            for i in range(cards)
        ],
    )


def test_evidence_heavy_journey_loads_as_full_validation_makes_it(tmp_path):
    """The fast path of loading gives the very journey pydantic's validation gives."""
    journey = _evidence_heavy()
    path = journey_file.save(journey, tmp_path / "heavy.journey")
    text = path.read_text(encoding="utf-8")
    loaded = journey_file.load(path)
    validated = Journey.model_validate(json.loads(text))
    assert loaded == validated
    assert journey_file.dumps(loaded) == text
    got, want = loaded.cards[3].evidence[5], validated.cards[3].evidence[5]
    assert got.model_fields_set == want.model_fields_set
    assert got.model_dump() == want.model_dump()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda ev: ev.update(score=2.5), "cards[2].evidence[4].score: input should be less than"),
        (lambda ev: ev.update(row="3"), None),  # lax types are still accepted, as before
        (lambda ev: ev.update(id="ev0-0"), "duplicate id 'ev0-0'"),
        (lambda ev: ev.update(colour="red"), None),  # an unknown field is kept
    ],
)
def test_unusual_evidence_is_validated_as_before(tmp_path, change, message):
    data = as_objects(json.loads(journey_file.dumps(_evidence_heavy())))
    change(data["cards"][2]["evidence"][4])
    path = tmp_path / "odd.journey"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    if message is None:
        loaded = journey_file.load(path)
        assert loaded == Journey.model_validate(data)
    else:
        with pytest.raises(journey_file.JourneyFileError, match=re.escape(message)):
            journey_file.load(path)


def test_an_unchecked_edit_to_evidence_never_replaces_a_good_file(tmp_path):
    """Validation moved to where data enters, yet a bad evidence value still stops the save."""
    path = journey_file.save(_evidence_heavy(), tmp_path / "good.journey")
    before = path.read_bytes()
    journey = journey_file.load(path)
    card = journey.cards[1]
    bad = card.evidence[0].model_copy(update={"score": 7.0})
    broken = card.model_copy(update={"evidence": [bad, *card.evidence[1:]]})
    journey = journey.model_copy(update={"cards": [journey.cards[0], broken, *journey.cards[2:]]})
    with pytest.raises(journey_file.JourneyFileError, match="would not open again"):
        journey_file.save(journey, path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("bad", [float("nan"), float("inf")])
def test_a_non_finite_evidence_score_is_refused_at_save(tmp_path, bad):
    """Written as null it would load as "no score": the save must refuse it instead."""
    path = journey_file.save(_evidence_heavy(3, 5), tmp_path / "good.journey")
    before = path.read_bytes()
    journey = journey_file.load(path)
    card = journey.cards[2]
    broken = card.model_copy(
        update={
            "evidence": [*card.evidence[:4], card.evidence[4].model_copy(update={"score": bad})]
        }
    )
    journey = journey.model_copy(update={"cards": [*journey.cards[:2], broken]})
    with pytest.raises(journey_file.JourneyFileError, match=r"Evidence\.score"):
        journey_file.save(journey, path)
    assert path.read_bytes() == before
