"""The README and the help tell a newcomer everything, and only what is true.

Every option of every command has help text and appears in the README's
"The command line" (or, for ``export``, "Posters and exports"); CI runs the
README's own set-up and test command; and no help text or document names a file
the repository does not have (the help once pointed at a DESIGN.md that only the
original authors had).
"""

from __future__ import annotations

import argparse
import glob
import re
from pathlib import Path

import pytest

import journeycanvas
from journeycanvas.app import cli

ROOT = Path(journeycanvas.__file__).resolve().parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = [ROOT / "README.md", ROOT / "docs" / "ARCHITECTURE.md"]
#: Arguments hidden from --help on purpose: --debug repeated after a command (it is
#: documented once, globally), and the editor's catch for mistyped commands.
HIDDEN = {("new", "--debug"), ("validate", "--debug"), ("summary", "--debug")}
HIDDEN |= {("export", "--debug"), ("import", "--debug"), ("editor", "extra")}


def _section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def _parsers() -> dict[str, argparse.ArgumentParser]:
    parsers = {"": cli.build_parser(), "editor": cli._editor_parser()}
    for action in parsers[""]._actions:
        if isinstance(action, argparse._SubParsersAction):
            parsers.update(action.choices)
    return parsers


def _arguments() -> list[tuple[str, str, argparse.Action]]:
    found = []
    for command, parser in _parsers().items():
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
                continue
            name = max(action.option_strings, key=len) if action.option_strings else action.dest
            found.append((command, name, action))
    return found


def _mentions(text: str, option: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


def _code_lines(block_language: str) -> list[str]:
    blocks = re.findall(rf"```{block_language}\n(.*?)```", README, flags=re.DOTALL)
    return [line for block in blocks for line in block.splitlines()]


def test_every_argument_has_help_text():
    missing = [
        (command, name)
        for command, name, action in _arguments()
        if (command, name) not in HIDDEN
        and (not action.help or action.help == argparse.SUPPRESS or not action.help.strip())
    ]
    assert missing == []


def test_the_readme_documents_every_command_and_option():
    documented = _section("The command line") + _section("Posters and exports")
    commands = [name for name in _parsers() if name not in ("", "editor")]
    assert sorted(commands) == ["export", "import", "new", "summary", "validate"]
    for command in commands:
        assert f"journeycanvas {command} " in documented, command
    undocumented = [
        (command, name)
        for command, name, action in _arguments()
        if action.option_strings
        and (command, name) not in HIDDEN
        and not any(_mentions(documented, option) for option in action.option_strings)
    ]
    assert undocumented == []
    for suffix in (".xlsx", ".xls", ".ods", ".csv", ".mmd"):
        assert f"`{suffix}`" in _section("The command line"), suffix


def test_ci_runs_the_readme_set_up_and_test_command_word_for_word():
    venv = "python3 -m venv .venv && . .venv/bin/activate"
    test = "python -m pip install -e '.[test,build]' && QT_QPA_PLATFORM=offscreen python -m pytest"
    sh = _code_lines("sh")
    assert venv in sh and test in sh
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert ci.index(venv) < ci.index(test)


def _named_files(text: str) -> set[str]:
    """File names in text: ``folder/name`` paths of this repository and bare ``x.md``-like names."""
    tops = ("app/", "canvas/", "io/", "resources/", "tests/", "bench/", "tools/", "docs/", ".ci/")
    names = set()
    for token in re.findall(r"[\w.*/-]+", text):
        token = token.rstrip(".")
        if token.startswith(tops) or re.search(r"\w\.(md|py|spec|toml)$", token):
            names.add(token)
    return names


def _exists(name: str) -> bool:
    if "/" in name.rstrip("/"):
        return bool(glob.glob(str(ROOT / name)))
    return any(ROOT.glob(f"**/{name.rstrip('/')}"))


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_documents_name_only_files_the_repository_has(doc):
    text = re.sub(r"https?://\S+", "", doc.read_text(encoding="utf-8"))
    names = _named_files(text)
    assert "tests/test_frozen.py" in names or doc.name != "README.md"
    assert sorted(name for name in names if not _exists(name)) == []


def test_help_texts_name_only_files_the_repository_has(capsys):
    texts = []
    for command in ["", *(name for name in _parsers() if name not in ("", "editor"))]:
        cli.main([command, "--help"] if command else ["--help"])
        texts.append(capsys.readouterr().out)
    assert any("summary" in text for text in texts)
    names = _named_files("\n".join(texts))
    assert sorted(name for name in names if not _exists(name)) == []
