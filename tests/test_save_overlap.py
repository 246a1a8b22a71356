"""The save writes the new bytes to a temp file while the journey is checked, and
replaces the file only once the check has passed.

What must hold: a journey the check refuses never replaces the file (nor its backup)
and leaves no temp file, even though its bytes were already on disk; a write that
fails is told as before; when both fail, the check's sentence is the one told; the
thread is gone once the save returns or raises.
"""

from __future__ import annotations

import threading
import time

import pytest
from evidence_forms import set_column
from test_journey_writer import one_card_journey

from journeycanvas.io import atomic, journey_file
from journeycanvas.io.errors import JourneyFileError


def _temp_files(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(atomic.TEMP_SUFFIX))


def _holds(temp, expected: bytes) -> bool:
    """Whether a temp file holds ``expected``; the saving thread may remove or rename
    one (the backup's copy) between the listing and the read."""
    try:
        return temp.read_bytes() == expected
    except FileNotFoundError:
        return False


def _savers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "journey-save"]


def test_the_bytes_go_to_disk_while_checked_and_replace_the_file_only_after(tmp_path, monkeypatch):
    path = tmp_path / "a.journey"
    journey_file.save(one_card_journey(score=1.0), path)
    old = path.read_bytes()
    new = one_card_journey(score=2.0)
    expected = journey_file.dump_bytes(new)
    real_check = journey_file._check_opens_again
    seen = {}

    def slow_check(payload, name, for_check=None):
        # The new bytes reach a temp file while the check is still running...
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            if any(_holds(tmp_path / n, expected) for n in _temp_files(tmp_path)):
                seen["temp"] = True
                break
            time.sleep(0.005)
        # ...and the file is not replaced before it ends.
        seen["file"] = path.read_bytes()
        return real_check(payload, name, for_check)

    monkeypatch.setattr(journey_file, "_check_opens_again", slow_check)
    journey_file.save(new, path)
    assert seen == {"temp": True, "file": old}
    assert path.read_bytes() == expected
    assert atomic.backup_path(path).read_bytes() == old
    assert _temp_files(tmp_path) == [] and _savers() == []


def test_a_journey_the_check_refuses_replaces_nothing_and_leaves_no_temp_file(tmp_path):
    path = tmp_path / "a.journey"
    journey_file.save(one_card_journey(score=1.0), path)
    journey_file.save(one_card_journey(score=-1.0), path)
    file, backup = path.read_bytes(), atomic.backup_path(path).read_bytes()
    bad = one_card_journey(score=1.0)
    set_column(bad.cards[0], "score", [7.0])  # an unchecked edit out of range
    with pytest.raises(JourneyFileError, match="would not open again"):
        journey_file.save(bad, path)
    assert path.read_bytes() == file and atomic.backup_path(path).read_bytes() == backup
    assert _temp_files(tmp_path) == [] and _savers() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.journey", "a.journey.bak"]


def test_when_the_check_and_the_disk_both_fail_the_check_is_told(tmp_path, monkeypatch):
    path = tmp_path / "a.journey"
    journey_file.save(one_card_journey(score=1.0), path)
    original = path.read_bytes()

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    bad = one_card_journey(score=1.0)
    set_column(bad.cards[0], "score", [7.0])
    with pytest.raises(JourneyFileError, match="would not open again"):
        journey_file.save(bad, path)
    with pytest.raises(JourneyFileError, match=r"not saved \(no space left on device\)"):
        journey_file.save(one_card_journey(score=2.0), path)
    assert path.read_bytes() == original
    assert _temp_files(tmp_path) == [] and _savers() == []


def test_a_missing_folder_is_told_after_the_check_as_before(tmp_path):
    bad = one_card_journey(score=1.0)
    set_column(bad.cards[0], "score", [7.0])
    with pytest.raises(JourneyFileError, match="would not open again"):
        journey_file.save(bad, tmp_path / "gone" / "a.journey")
    with pytest.raises(JourneyFileError, match="does not exist"):
        journey_file.save(one_card_journey(score=1.0), tmp_path / "gone" / "a.journey")
    assert _savers() == []
