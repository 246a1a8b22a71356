"""The smaller export promises: options that do not apply are refused, sentences read well."""

from __future__ import annotations

import pytest
from conftest import make_journey

from journeycanvas.app.cli import main
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import Persona
from journeycanvas.io import journey_file
from journeycanvas.resources import template_path

SAMPLE = str(template_path("sample-bank-loan-en"))


@pytest.mark.parametrize(
    ("ext", "option"),
    [
        ("svg", ["--paper", "A3"]),
        ("svg", ["--margin", "5"]),
        ("svg", ["--landscape"]),
        ("svg", ["--dpi", "150"]),
        ("pdf", ["--dpi", "150"]),
        ("pdf", ["--dpi", "10"]),  # refused as not applying, not as out of range
        ("pdf", ["--transparent"]),
        ("xlsx", ["--paper", "A3"]),
        ("mmd", ["--scale", "0.5"]),
        ("png", ["--tile", "A4"]),
        ("pdf", ["--overlap", "5"]),  # without --tile
    ],
)
def test_an_option_the_format_does_not_use_is_refused(tmp_path, capsys, ext, option):
    out = tmp_path / f"x.{ext}"
    assert main(["export", SAMPLE, "-o", str(out), *option]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and option[0] in err and "DPI" not in err
    assert not out.exists()


def test_the_help_says_options_that_do_not_apply_are_refused(capsys):
    assert main(["export", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "does not apply to OUT's format is refused" in text
    assert "PNG: resolution" in text and "Letter or Tabloid" in text


def test_no_extension_reads_as_a_sentence(tmp_path, capsys):
    assert main(["export", SAMPLE, "-o", str(tmp_path / "poster")]) == 2
    err = capsys.readouterr().err
    assert "has no extension" in err and "export to no extension" not in err


def test_chinese_persona_labels_take_a_full_width_colon():
    journey = make_journey()
    journey.language = "zh"
    journey.personas = [Persona(name="周婷", goals=["学会"], pains=["太贵"])]
    (card,) = compute_layout(journey).persona_cards
    texts = [r.text for r in card.texts]
    assert texts[0] == "周婷" and "目标" in texts and "痛点" in texts, texts
    assert not any(": " in t or "画像:" in t for t in texts), texts


def test_the_default_templates_persona_is_not_named_twice():
    journey = journey_file.load(template_path("default-en"))
    texts = [r.text for c in compute_layout(journey).persona_cards for r in c.texts]
    assert not any("Persona: Persona" in t for t in texts), texts
    assert texts[0].startswith("Persona") and texts.count("Persona") == 1
