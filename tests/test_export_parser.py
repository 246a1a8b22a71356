"""``journeycanvas export ...`` is read by a parser that knows only the export command
(the full parser was built twice to tell a command from a file to open); it reads a
command line, prints help and refuses a bad option exactly as the full parser does."""

from __future__ import annotations

import pytest

from journeycanvas.app import cli

EXPORT_LINES = [
    ["export", "in.journey", "-o", "out.pdf"],
    ["--debug", "export", "in.journey", "-o", "out.pdf", "--paper", "A0", "--force"],
    ["export", "in.journey", "-o", "t.pdf", "--tile", "A4", "--sheets", "4x2", "--overlap", "5"],
    ["export", "in.journey", "-o", "p.png", "--dpi", "150", "--transparent", "--landscape"],
    ["export", "in.journey", "-o", "s.pdf", "--split-stages", "10", "--with-comments"],
    ["export", "in.journey", "-o", "b.pdf", "--bleed", "3", "--theme", "greyscale"],
]


@pytest.mark.parametrize("argv", EXPORT_LINES)
def test_the_export_only_parser_reads_a_command_line_as_the_full_one(argv):
    full = vars(cli.build_parser().parse_args(argv))
    fast = vars(cli._parser_for(argv).parse_args(argv))
    assert full.pop("handler") is fast.pop("handler")
    assert fast == full


def test_the_export_only_parser_prints_the_same_help_and_errors(capsys):
    for argv in (["export", "--help"], ["export", "in.journey", "--paper", "A0"]):
        for parser in (cli.build_parser(), cli._parser_for(argv)):
            with pytest.raises(SystemExit):
                parser.parse_args(argv)
        seen = capsys.readouterr()
        text = seen.out or seen.err
        full, fast = text.split("usage: ", 2)[1:]
        assert fast == full


def test_export_is_not_taken_for_a_file_to_open(tmp_path, capsys):
    """A file named like the command still opens with a path (as before), and the
    command itself runs: a missing input is its one sentence."""
    assert cli.main(["export", str(tmp_path / "none.journey"), "-o", str(tmp_path / "o.pdf")]) == 1
    assert "none.journey" in capsys.readouterr().err
