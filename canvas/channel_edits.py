"""Edits the channel view offers: rename or merge a channel, and take a flag as a pain point.

Pure functions from one journey to the next, like ``edits.py`` (copy on write,
never touching the journey given), so the editor wraps each in one undoable
command. A channel lives as text on the touchpoint cards (and, where an import
recorded it, on an answer), so renaming it rewrites that text; renaming one
channel to another's name merges the two rows of the matrix.
"""

from __future__ import annotations

from journeycanvas.canvas.analysis.channel_names import channel_key, split_channels
from journeycanvas.canvas.analysis.channels import ConsistencyFlag
from journeycanvas.canvas.model import Card, Journey, Lane, LaneKind

#: How a card naming several channels is written again, by the journey's language.
JOINERS = {"zh": "、", "en": ", "}
#: The pain-point lane's name when the journey has none yet.
PAIN_LANE_NAMES = {"zh": "痛点", "en": "Pain points"}


def _language(journey: Journey) -> str:
    return "zh" if journey.language.startswith("zh") else "en"


def _renamed(text: str, key: str, new_name: str, joiner: str) -> str:
    """The channel text with every part that stands for ``key`` replaced, duplicates dropped."""
    parts = split_channels(text)
    if not any(channel_key(p) == key for p in parts):
        return text
    out: dict[str, str] = {}
    for part in parts:
        name = new_name if channel_key(part) == key else part
        out.setdefault(channel_key(name), name)
    return joiner.join(out.values())


def rename_channel(journey: Journey, key: str, new_name: str) -> Journey:
    """Every mention of the channel ``key`` says ``new_name`` instead (a merge, if it exists)."""
    new_name = new_name.strip()
    if not new_name:
        return journey
    joiner = JOINERS[_language(journey)]
    cards: list[Card] = []
    changed = False
    for card in journey.cards:
        channel = _renamed(card.channel, key, new_name, joiner) if card.channel else ""
        evidence = list(card.evidence)
        for i, ev in enumerate(evidence):
            own = ev.channel
            if own.strip():
                text = _renamed(own, key, new_name, joiner)
                if text != own:
                    evidence[i] = ev.model_copy(update={"channel": text})
        if channel != card.channel or evidence != card.evidence:
            card = card.model_copy(update={"channel": channel, "evidence": evidence})
            changed = True
        cards.append(card)
    # A saved view that hides the channel goes on hiding it under its new name.
    views = [
        v.model_copy(
            update={
                "hidden_channels": list(
                    dict.fromkeys(
                        new_name if channel_key(n) == key else n for n in v.hidden_channels
                    )
                )
            }
        )
        if any(channel_key(n) == key for n in v.hidden_channels)
        else v
        for v in journey.views
    ]
    changed = changed or views != journey.views
    return journey.model_copy(update={"cards": cards, "views": views}) if changed else journey


def flag_pain_point_text(
    journey: Journey, flag: ConsistencyFlag, channel_name: str
) -> tuple[str, str]:
    """Title and body of the pain point a consistency flag suggests, in the journey's language."""
    stage = journey.stage(flag.stage_id).name
    mean, others, diff = f"{flag.mean:+.2f}", f"{flag.others_mean:+.2f}", f"{flag.difference:+.2f}"
    p = f"{flag.p:.3f}" if flag.p >= 0.001 else "< 0.001"
    if _language(journey) == "zh":
        title = f"{channel_name}体验不一致"
        body = (
            f"{stage}阶段，{channel_name}平均 {mean}（{flag.responses} 条评分），"
            f"其他渠道 {others}（{flag.others_responses} 条）；相差 {diff}，Welch 检验 p = {p}。"
        )
    else:
        title = f"{channel_name} out of line"
        body = (
            f"At {stage}, {channel_name} scores {mean} ({flag.responses} responses) against "
            f"{others} for the other channels ({flag.others_responses}); a difference of "
            f"{diff}, Welch's test p = {p}."
        )
    return title, body


def add_flag_as_pain_point(
    journey: Journey, flag: ConsistencyFlag, channel_name: str
) -> tuple[Journey, str | None]:
    """A pain-point card in the flag's stage saying what the flag found; its id.

    A stage that already has this pain point (same title in its pain-point lane)
    is left as it is and ``None`` is returned, so accepting twice adds nothing.
    """
    title, body = flag_pain_point_text(journey, flag, channel_name)
    lanes = list(journey.lanes)
    lane = next((x for x in lanes if x.kind == LaneKind.PAIN_POINTS), None)
    if lane is None:
        lane = Lane(name=PAIN_LANE_NAMES[_language(journey)], kind=LaneKind.PAIN_POINTS)
        lanes.append(lane)
    elif any(c.title == title for c in journey.cards_in(flag.stage_id, lane.id)):
        return journey, None
    card = Card(stage_id=flag.stage_id, lane_id=lane.id, title=title, body=body)
    cards = list(journey.cards)
    # After the last card of that cell, so it shows at the end of the cell.
    here = (flag.stage_id, lane.id)
    places = [i for i, c in enumerate(cards) if (c.stage_id, c.lane_id) == here]
    cards.insert(places[-1] + 1 if places else len(cards), card)
    return journey.model_copy(update={"lanes": lanes, "cards": cards}), card.id
