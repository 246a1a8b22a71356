"""A long journey split across pages by stage, each page a poster of its own.

Fitted onto one sheet, 40 stages print their card text at 3 pt. Split into pages
of N stages, each page is laid out by the same layout as the screen, so every
page repeats the title (numbered "1/4"), the persona and the lane headers, and
its text prints N-stages large. A card spanning past its page's last stage is
cut at the page edge; links and curve points go with the stages they sit in.
"""

from __future__ import annotations

from typing import BinaryIO

from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.fill_paper import filled
from journeycanvas.io.exporters.options import ExportOptions, place
from journeycanvas.io.exporters.pdf_drawing import draw_map
from journeycanvas.io.exporters.pdf_poster import new_canvas
from journeycanvas.io.exporters.poster_info import footer_runs, journey_footer
from journeycanvas.io.exporters.poster_layout import poster_layout
from journeycanvas.io.exporters.progress import Progress, step


def stage_pages(journey: Journey, per_page: int) -> list[Journey]:
    """The journey cut into journeys of ``per_page`` stages (the last may have fewer)."""
    if per_page < 1:
        raise ValueError("--split-stages needs at least 1 stage per page")
    chunks = [journey.stages[i : i + per_page] for i in range(0, len(journey.stages), per_page)]
    if len(chunks) <= 1:
        return [journey]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        order = {s.id: k for k, s in enumerate(chunk)}
        cards = []
        for card in journey.cards:
            if card.stage_id not in order:
                continue
            if card.span > 1 and not _step_span(journey, card):
                room = len(chunk) - order[card.stage_id]
                card = card.model_copy(update={"span": min(card.span, room)})
            cards.append(card)
        kept = {c.id for c in cards}
        title = f"{journey.title or '—'} ({number}/{len(chunks)})"
        page = journey.model_copy(
            update={
                "title": title,
                "stages": chunk,
                "cards": cards,
                "emotion_points": [p for p in journey.emotion_points if p.stage_id in order],
                "links": [
                    ln for ln in journey.links if ln.from_card in kept and ln.to_card in kept
                ],
            }
        )
        # A comment goes on the page of what it is pinned to (a lane's, on every page).
        comments = [c for c in journey.comments if page.has_target(c.target, c.target_id)]
        pages.append(page.model_copy(update={"comments": comments}))
    return pages


def _step_span(journey: Journey, card) -> bool:
    """A span counted in steps stays inside its stage's steps (the layout clamps it)."""
    stage = next((s for s in journey.stages if s.id == card.stage_id), None)
    return bool(stage and stage.steps)


def export_split_pdf(
    journey: Journey, target: str | BinaryIO, options: ExportOptions, progress: Progress = None
) -> None:
    """One page per ``options.split_stages`` stages, each fitted to the paper."""
    assert options.split_stages
    pages = stage_pages(journey, options.split_stages)
    c = None
    for k, page in enumerate(pages):
        step(progress, k / len(pages))
        page = filled(page, options)
        layout = poster_layout(page, options)
        placement = place(options, layout.width, layout.height)
        size = (placement.page_w, placement.page_h)
        if c is None:
            c = new_canvas(target, size, journey, options)
        c.setPageSize(size)
        c.saveState()
        # The layout is y down from the map's top-left corner; the page is y up.
        c.translate(placement.x, placement.page_h - placement.y)
        c.scale(placement.scale, -placement.scale)
        draw_map(c, layout, footer_runs(layout, journey_footer(journey, options.source_name)))
        c.restoreState()
        c.showPage()
    assert c is not None
    if options.with_plan:
        from journeycanvas.io.exporters.plan_export import add_plan_pages

        add_plan_pages(c, journey)
    c.save()
    step(progress, 1.0)
