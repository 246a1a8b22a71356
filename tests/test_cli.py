"""The command line contract of docs/ARCHITECTURE.md: outputs, exit codes, one-sentence errors.

Most checks call ``main()`` in-process for speed; a few run the real module in a
subprocess, because "no traceback and nothing but one line on stderr" is only
proven from outside.
"""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from journeycanvas import resources
from journeycanvas.app import cli
from journeycanvas.canvas.analysis.channels import channels_summary
from journeycanvas.canvas.model import SCHEMA_VERSION, Journey, LaneKind, summary
from journeycanvas.io import atomic, journey_file

BROKEN_FILES = {
    "truncated.journey": b'{\n  "schema_version": 1,\n  "stages": [\n  ',
    "not-json.journey": b"title: my journey\n",
    # One format past this version's, whatever that is now.
    "newer.journey": json.dumps({"schema_version": SCHEMA_VERSION + 1}).encode(),
    "missing-stage.journey": json.dumps(
        {
            "schema_version": 1,
            "stages": [{"id": "s1", "name": "A"}],
            "lanes": [{"id": "l1", "name": "L"}],
            "cards": [{"id": "c1", "stage_id": "s9", "lane_id": "l1"}],
        }
    ).encode(),
    "empty.journey": b"",
    "garbage.journey": b"\x89PNG\r\n\x1a\n\x00\xff\xfe" * 50,
    "nested.journey": b"[" * 50_000 + b"]" * 50_000,
}

EXPECTED = {
    "truncated.journey": "the file is cut off or is not JSON (line 4, column 3)",
    "not-json.journey": "the file is cut off or is not JSON (line 1, column 1)",
    "newer.journey": "it was written by a newer Journey Canvas "
    f"(file format {SCHEMA_VERSION + 1}; this version reads up to {SCHEMA_VERSION})",
    "missing-stage.journey": "cards[0].stage_id: no stage has the id 's9'",
    "empty.journey": "the file is empty",
    "garbage.journey": "it is not a journey file: it is binary data or text in another "
    "encoding than UTF-8 (first bad byte at offset 0)",
    "nested.journey": "it is not a journey file: it is nested too deeply",
}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journeycanvas.app.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


@pytest.fixture
def templates(tmp_path, monkeypatch, journey) -> Path:
    """A template folder of our own, so these tests do not depend on the bundled content."""
    folder = tmp_path / "templates"
    folder.mkdir()
    journey_file.save(journey, folder / "default-en.journey", keep_backup=False)
    journey_file.save(Journey(title="空白"), folder / "blank-zh.journey", keep_backup=False)
    monkeypatch.setattr(resources, "templates_dir", lambda: folder)
    return folder


@pytest.fixture
def saved(tmp_path, journey) -> Path:
    path = tmp_path / "a.journey"
    journey_file.save(journey, path)
    return path


# --- in-process: outputs ------------------------------------------------------------------


def test_help_lists_commands_and_templates(templates, capsys):
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for word in ("new", "validate", "summary", "--debug", "default-en", "blank-zh"):
        assert word in out


def test_version(capsys):
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("journeycanvas ")


def test_new_validate_summary(templates, tmp_path, capsys, journey):
    out = tmp_path / "new.journey"
    assert cli.main(["new", "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}: created from the template 'default-en'.\n"
    made = journey_file.load(out)
    assert made.id != journey.id
    assert made.model_copy(update={"id": journey.id}) == journey
    assert atomic.backup_path(out).exists() is False
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.journey", "templates"]

    assert cli.main(["validate", str(out)]) == 0
    assert capsys.readouterr().out == (
        f"{out}: valid — 3 stages, {len(LaneKind)} lanes, {3 * len(LaneKind)} cards.\n"
    )

    assert cli.main(["summary", str(out), "--json"]) == 0
    printed = capsys.readouterr().out
    expected = {**summary(made), "channels": channels_summary(made)}
    assert printed == json.dumps(expected, ensure_ascii=False) + "\n"


def test_new_with_a_named_template(templates, tmp_path, capsys):
    out = tmp_path / "blank.journey"
    assert cli.main(["new", "--template", "blank-zh", "-o", str(out)]) == 0
    assert journey_file.load(out).title == "空白"


def test_validate_counts_in_the_singular(tmp_path, capsys):
    path = tmp_path / "one.journey"
    journey_file.save(
        Journey.model_validate(
            {
                "stages": [{"id": "s", "name": "S"}],
                "lanes": [{"id": "l", "name": "L"}],
                "cards": [{"stage_id": "s", "lane_id": "l"}],
            }
        ),
        path,
    )
    assert cli.main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: valid — 1 stage, 1 lane, 1 card.\n"


def test_summary_json_shape(saved, capsys):
    assert cli.main(["summary", str(saved), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"title", "curves", "stages", "channels", "improvements"}
    assert isinstance(data["title"], str)
    for curve in data["curves"]:
        assert set(curve) == {"name", "kind", "persona", "points"}
        assert curve["kind"] in {"as_is", "to_be", "segment", "free"}
        assert isinstance(curve["points"], int)
    for stage in data["stages"]:
        assert set(stage) == {"name", "steps", "touchpoints"}
        assert all(isinstance(name, str) for name in stage["steps"])
        for point in stage["touchpoints"]:
            assert set(point) == {"title", "responses", "score", "ci95", "waves", "segments"}
            assert isinstance(point["responses"], int)
            assert point["score"] is None or -2 <= point["score"] <= 2
            assert point["ci95"] is None or len(point["ci95"]) == 2
            for group in point["waves"] + point["segments"]:
                assert set(group) == {"name", "responses", "score"}


def test_summary_text_is_a_readable_table(saved, capsys):
    assert cli.main(["summary", str(saved)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "测试旅程 Test journey"
    assert lines[2].split() == ["Stage", "Touchpoint", "Responses", "Score"]
    assert any("阶段 0 Stage 0" in line and "-1.00" in line for line in lines)
    # CJK characters count double, so the score column ends in the same place.
    widths = {cli._width(line) for line in lines[4:] if line.endswith("-1.00")}
    assert len(widths) == 1


# --- in-process: refusals ------------------------------------------------------------------


@pytest.mark.parametrize("name", list(BROKEN_FILES))
@pytest.mark.parametrize("command", ["validate", "summary"])
def test_broken_files_exit_1_with_one_sentence(tmp_path, capsys, name, command):
    path = tmp_path / name
    path.write_bytes(BROKEN_FILES[name])
    assert cli.main([command, str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"{path}: {EXPECTED[name]}.\n"


def test_new_refuses_a_missing_folder_an_existing_file_and_unknown_template(
    templates, tmp_path, capsys
):
    missing = tmp_path / "no" / "a.journey"
    assert cli.main(["new", "-o", str(missing)]) == 1
    assert capsys.readouterr().err == (
        f"{missing}: the folder {str(missing.parent)!r} does not exist.\n"
    )

    existing = tmp_path / "exists.journey"
    existing.write_text("mine")
    assert cli.main(["new", "-o", str(existing)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert existing.read_text() == "mine"
    assert cli.main(["new", "-o", str(existing), "--force"]) == 0
    assert atomic.backup_path(existing).read_text() == "mine"
    capsys.readouterr()

    assert cli.main(["new", "--template", "nope", "-o", str(tmp_path / "x.journey")]) == 2
    assert capsys.readouterr().err == (
        "there is no template named 'nope'; the templates are blank-zh, default-en.\n"
    )


@pytest.mark.parametrize(
    "argv", [["validate"], ["summary"], ["new"], ["summary", "a", "--bogus"], ["--bogus"]]
)
def test_usage_errors_exit_2(argv, capsys):
    assert cli.main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_unexpected_errors_are_one_sentence_without_debug(saved, capsys, monkeypatch):
    def explode(path):
        raise RuntimeError("boom")

    monkeypatch.setattr(journey_file, "check", explode)  # what validate reads with
    assert cli.main(["validate", str(saved)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "boom" in err
    assert cli.main(["validate", str(saved), "--debug"]) == 1
    assert "Traceback" in capsys.readouterr().err


# --- the editor shares the first argument with the commands ---------------------------------


@pytest.fixture
def editor_calls(monkeypatch) -> list[tuple[Path | None, bool]]:
    calls: list[tuple[Path | None, bool]] = []
    fake = types.ModuleType("journeycanvas.app.main")

    def run_editor(path, debug):
        calls.append((path, debug))
        return 0

    fake.run_editor = run_editor
    monkeypatch.setitem(sys.modules, "journeycanvas.app.main", fake)
    return calls


def test_file_argument_opens_the_editor(saved, editor_calls):
    assert cli.main([str(saved)]) == 0
    assert cli.main([]) == 0
    assert cli.main(["--debug", str(saved)]) == 0
    assert editor_calls == [(saved, False), (None, False), (saved, True)]


def test_a_file_named_like_a_command_opens_with_a_path(tmp_path, editor_calls, monkeypatch):
    (tmp_path / "new").write_text("{}")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["./new"]) == 0
    assert editor_calls == [(Path("./new"), False)]


def test_mistyped_command_or_missing_file_does_not_start_the_editor(tmp_path, editor_calls, capsys):
    assert cli.main(["valdate", "x.journey"]) == 2
    assert capsys.readouterr().err == (
        "'valdate' is not a command; the commands are export, import, new, summary, validate.\n"
    )
    assert cli.main(["valdate"]) == 2
    capsys.readouterr()
    missing = tmp_path / "gone.journey"
    assert cli.main([str(missing)]) == 1
    assert capsys.readouterr().err == f"{missing}: the file does not exist.\n"
    assert editor_calls == []


# --- from outside, as users and scripts run it ------------------------------------------------


def test_subprocess_new_validate_summary_with_the_bundled_default(tmp_path):
    assert cli.DEFAULT_TEMPLATE in resources.template_names()
    made = run("new", "-o", "a.journey", cwd=tmp_path)
    assert (made.returncode, made.stderr) == (0, "")
    valid = run("validate", "a.journey", cwd=tmp_path)
    assert valid.returncode == 0 and valid.stdout.startswith("a.journey: valid — ")
    result = run("summary", "a.journey", "--json", cwd=tmp_path)
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert set(data) == {"title", "curves", "stages", "channels", "improvements"} and data["stages"]


def test_subprocess_errors_are_one_line_without_traceback(tmp_path):
    for name in ("truncated.journey", "newer.journey", "garbage.journey", "nested.journey"):
        (tmp_path / name).write_bytes(BROKEN_FILES[name])
    script = (
        "import sys\n"
        "from journeycanvas.app.cli import main\n"
        "codes = [main(['validate', n]) for n in sys.argv[1:]]\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'PySide6'], 'Qt imported'\n"
        "sys.exit(max(codes))\n"
    )
    names = ["truncated.journey", "newer.journey", "garbage.journey", "nested.journey"]
    result = subprocess.run(
        [sys.executable, "-c", script, *names],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"{n}: {EXPECTED[n]}." for n in names]

    direct = run("summary", "newer.journey", cwd=tmp_path)
    assert direct.returncode == 1 and direct.stdout == ""
    assert direct.stderr == f"newer.journey: {EXPECTED['newer.journey']}.\n"

    debug = run("validate", "truncated.journey", "--debug", cwd=tmp_path)
    assert debug.returncode == 1 and "Traceback" in debug.stderr


def test_subprocess_usage_error_exits_2(tmp_path):
    result = run("summary", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_subprocess_command_ends_at_once_with_its_work_complete(tmp_path):
    # A finished command leaves without the interpreter's teardown (cli.run): what it
    # wrote and printed must be whole all the same, through a pipe as to a terminal.
    assert run("new", "-o", "a.journey", cwd=tmp_path).returncode == 0
    done = run("export", "a.journey", "-o", "a.pdf", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("a.pdf: ") and done.stdout.endswith("\n")
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "a.pdf").pages) >= 1
    listed = run("summary", "a.journey", "--json", cwd=tmp_path)
    assert listed.returncode == 0 and json.loads(listed.stdout)["stages"]
    failed = run("export", "missing.journey", "-o", "b.pdf", cwd=tmp_path)
    assert failed.returncode == 1 and failed.stderr.startswith("missing.journey: ")
    assert not (tmp_path / "b.pdf").exists()
