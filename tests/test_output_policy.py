"""One overwrite policy for every command that writes (new, import, export, the dialog).

An existing output is refused unless --force (the Export dialog asks); a file
that is replaced keeps its permission bits; a read-only one is never replaced.
"""

from __future__ import annotations

import stat
import sys

import pytest
from conftest import make_journey
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from journeycanvas.app.cli import main
from journeycanvas.app.export_dialog import ExportDialog
from journeycanvas.resources import template_path

SAMPLE = str(template_path("sample-ecommerce-zh"))
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
KEEP = b"the user's file\n"


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("ext", ["pdf", "svg", "xlsx", "mmd"])
def test_export_refuses_an_existing_file_without_force(qapp, tmp_path, capsys, ext):
    out = tmp_path / f"poster.{ext}"
    out.write_bytes(KEEP)
    assert main(["export", SAMPLE, "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert "already exists" in err and "--force" in err and err.count("\n") == 0
    assert out.read_bytes() == KEEP
    assert main(["export", SAMPLE, "-o", str(out), "--force"]) == 0
    assert out.read_bytes() != KEEP


@POSIX_ONLY
def test_a_forced_export_keeps_the_files_permission_bits(tmp_path):
    out = tmp_path / "poster.pdf"
    out.write_bytes(KEEP)
    out.chmod(0o600)
    assert main(["export", SAMPLE, "-o", str(out), "--force"]) == 0
    assert out.read_bytes().startswith(b"%PDF") and _mode(out) == 0o600


@POSIX_ONLY
@pytest.mark.parametrize(
    "command",
    [
        ["export", SAMPLE, "-o", "{out}.pdf", "--force"],
        ["export", SAMPLE, "-o", "{out}.mmd", "--force"],
        ["new", "-o", "{out}.journey", "--force"],
    ],
)
def test_a_read_only_output_is_refused_even_with_force(tmp_path, capsys, command):
    out = tmp_path / "locked"
    args = [a.replace("{out}", str(out)) for a in command]
    target = tmp_path / args[args.index("-o") + 1]
    target.write_bytes(KEEP)
    target.chmod(0o444)
    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    assert "read-only" in err and err.count("\n") == 0
    assert target.read_bytes() == KEEP and _mode(target) == 0o444


def _answer_next_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(20, click)


@pytest.mark.parametrize("answer", ["cancel", "yes"])
def test_the_export_dialog_asks_before_replacing(qtbot, tmp_path, monkeypatch, answer):
    monkeypatch.setattr(ExportDialog, "ask_open_folder", lambda self, out: False)
    out = tmp_path / "shop.mmd"
    out.write_bytes(KEEP)
    dialog = ExportDialog(make_journey(), tmp_path / "shop.journey")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format.setCurrentIndex(dialog.format.findData("mmd"))
    dialog.path.setText(str(out))
    seen: list[str] = []
    button = (
        QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.Cancel
    )
    _answer_next_question(button, seen)
    assert dialog.run_export() is (answer == "yes")
    assert seen and "already exists" in seen[0]
    if answer == "yes":
        assert out.read_text(encoding="utf-8").startswith("journey")
    else:
        assert out.read_bytes() == KEEP
