"""Comments on posters: off by default; with --with-comments (or the dialog's box) a
numbered disc on each commented thing and a numbered list under the map, the same
in the PDF, the PNG and the SVG of one export (issue 19)."""

from __future__ import annotations

import pytest
from conftest import make_journey
from pypdf import PdfReader

from journeycanvas.app.cli import main
from journeycanvas.canvas.comment_notes import OPEN_FILL, RESOLVED_FILL, with_comment_notes
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import Comment, CommentTarget, Journey, SavedView
from journeycanvas.io import journey_file
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.readability import smallest_printed_pt

OPEN_TEXT = "CHECKWITHSTORETEAM"
DONE_TEXT = "NEWSLETTERADDED"


def _commented() -> Journey:
    j = make_journey(4)
    comments = [
        Comment(
            target=CommentTarget.CARD,
            target_id=j.cards[1].id,
            text=f"{OPEN_TEXT} before the workshop",
            author="Ana",
            created_at="2026-11-30T10:00:00Z",
        ),
        Comment(
            target=CommentTarget.CARD,
            target_id=j.cards[1].id,
            text=DONE_TEXT,
            author="Li",
            created_at="2026-11-30T11:00:00Z",
            resolved=True,
        ),
        Comment(target=CommentTarget.STAGE, target_id="s3", text="STAGETHREENOTE", author="Wang"),
        Comment(target=CommentTarget.LANE, target_id=j.lanes[0].id, text="LANENOTE"),
        Comment(target=CommentTarget.POINT, target_id="ep1", text="LOWPOINTNOTE"),
    ]
    views = [SavedView(name="Quiet", show_comments=False)]
    return j.model_copy(update={"comments": comments, "views": views})


def _text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace(" ", "")


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "c.journey"
    journey_file.save(_commented(), path)
    return path


def test_a_pdf_poster_leaves_comments_out_unless_asked(saved, tmp_path):
    plain, shown = tmp_path / "plain.pdf", tmp_path / "shown.pdf"
    assert main(["export", str(saved), "-o", str(plain)]) == 0
    assert main(["export", str(saved), "-o", str(shown), "--with-comments"]) == 0
    assert OPEN_TEXT not in _text(plain)
    text = _text(shown)
    for words in (OPEN_TEXT, DONE_TEXT, "STAGETHREENOTE", "LANENOTE", "LOWPOINTNOTE"):
        assert words in text
    # Who wrote it, when, and that the second is dealt with (the journey is Chinese).
    assert "Ana·2026-11-30" in text and "已解决" in text


def test_every_comment_has_a_numbered_disc_on_its_target_and_in_the_list():
    journey = _commented()
    plain = compute_layout(journey)
    lay = with_comment_notes(journey, plain)
    assert lay.comment_list is not None
    assert lay.comment_list.rect.y >= plain.grid.bottom  # under the map, covering nothing
    assert lay.height > plain.height
    on_map = [m for m in lay.comment_markers if m.y < plain.grid.bottom]
    in_list = [m for m in lay.comment_markers if m.y >= plain.grid.bottom]
    assert [m.number for m in on_map] == [1, 2, 3, 4, 5]
    assert sorted(m.number for m in in_list) == [1, 2, 3, 4, 5]
    card = plain.card(journey.cards[1].id)
    first, second = on_map[0], on_map[1]
    assert card.rect.x <= first.x < second.x <= card.rect.right  # side by side on the card
    assert abs(first.y - card.rect.y) < 1
    assert first.fill == OPEN_FILL and second.fill == RESOLVED_FILL
    stage = next(s for s in plain.stages if s.stage_id == "s3").header.rect
    assert stage.x < on_map[2].x < stage.right and abs(on_map[2].y - stage.y) < 1
    # Clear of the stage's name, however long: below the disc, not beside it.
    name = next(s for s in plain.stages if s.stage_id == "s3").header.texts[0]
    assert name.y - name.size > on_map[2].y + on_map[2].r
    # Each number is written in its disc.
    for disc in lay.comment_markers:
        assert disc.texts[0].text == str(disc.number)
        assert abs(disc.texts[0].x + disc.texts[0].width / 2 - disc.x) < 0.5


def test_the_list_prints_as_large_as_the_cards(tmp_path):
    journey = _commented()
    a3 = ExportOptions(paper="A3")
    with_list = ExportOptions(paper="A3", include_comments=True)
    lay = with_comment_notes(journey, compute_layout(journey))
    card_body = min(r.size for c in lay.cards for r in c.texts)
    assert min(r.size for r in lay.comment_list.texts) >= card_body
    # The taller map shrinks a little on the sheet; the readability check counts the list.
    assert smallest_printed_pt(journey, with_list) <= smallest_printed_pt(journey, a3)


def test_png_and_svg_draw_the_same_comments(saved, tmp_path):
    from PySide6.QtGui import QColor, QImage

    png, svg = tmp_path / "c.png", tmp_path / "c.svg"
    assert main(["export", str(saved), "-o", str(png), "--width", "1600", "--with-comments"]) == 0
    assert main(["export", str(saved), "-o", str(svg), "--with-comments"]) == 0
    text = svg.read_text(encoding="utf-8")
    assert OPEN_TEXT in text and "LOWPOINTNOTE" in text
    journey = _commented()
    lay = with_comment_notes(journey, compute_layout(journey))
    image = QImage(str(png))
    assert image.width() == 1600
    assert image.height() == round(lay.height * 1600 / lay.width)  # the list's height too
    k = 1600 / lay.width
    for disc in lay.comment_markers:
        # Left of the number, inside the disc: the disc's own colour.
        x, y = round((disc.x - disc.r * 0.6) * k), round(disc.y * k)
        seen = QColor(image.pixel(x, y))
        want = QColor(disc.fill)
        assert max(abs(seen.red() - want.red()), abs(seen.green() - want.green())) < 40, disc


def test_a_view_that_hides_comments_keeps_them_off_the_poster(saved, tmp_path):
    out = tmp_path / "quiet.pdf"
    args = ["export", str(saved), "-o", str(out), "--view", "Quiet", "--with-comments"]
    assert main(args) == 0
    assert OPEN_TEXT not in _text(out)


def test_split_pages_list_the_comments_of_their_own_stages(saved, tmp_path):
    out = tmp_path / "split.pdf"
    args = ["export", str(saved), "-o", str(out), "--with-comments", "--split-stages", "2"]
    assert main(args) == 0
    pages = [p.extract_text().replace(" ", "") for p in PdfReader(out).pages]
    assert OPEN_TEXT in pages[0] and OPEN_TEXT not in pages[1]
    assert "STAGETHREENOTE" in pages[1] and "STAGETHREENOTE" not in pages[0]


def test_with_comments_is_refused_for_data_exports(saved, tmp_path, capsys):
    assert main(["export", str(saved), "-o", str(tmp_path / "c.xlsx"), "--with-comments"]) == 2
    refused = "--with-comments applies to PDF, PNG and SVG only, not to xlsx"
    assert refused in capsys.readouterr().err
