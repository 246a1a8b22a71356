"""Import a Mermaid ``journey`` diagram into a new journey.

Sections become stages, tasks become touchpoint cards, actors become personas,
and each task's score (1–5; 0 is accepted, as Mermaid's docs allow) becomes an
emotion point on the curve linked to its card: s = v − 3, clamped to −2..+2 —
the inverse of the Mermaid exporter, so export → import keeps the map. Lines
are read by the rules of Mermaid's own lexer (keywords case-insensitive, ``%``
and ``#`` start comments), and names in a file we wrote are unspelled
(io/mermaid_names.py); a task followed by our "no score" comment gets no point.
In a file we wrote, a section after our step comment is a step: consecutive step
sections of one stage become that stage with its steps, each task a card in its step,
and our moment-of-truth comments flag the task's card or the section's step again.
"""

from __future__ import annotations

import re
from pathlib import Path

from journeycanvas.canvas import curve_edits
from journeycanvas.canvas.model import (
    Card,
    Curve,
    CurveKind,
    EmotionPoint,
    Journey,
    LaneKind,
    Persona,
    Stage,
    Step,
    new_id,
)
from journeycanvas.io.importers.aggregate import new_journey
from journeycanvas.io.mermaid_names import (
    MARKER,
    MOMENT,
    STEP_MOMENT,
    STEP_SEPARATOR,
    UNSCORED,
    read_step_comment,
    unspell,
)

MAX_BYTES = 5_000_000
_CJK = re.compile(r"[\u3400-\u9fff]")
_DEFAULT_STAGE = {"en": "Journey", "zh": "旅程"}


class MermaidError(ValueError):
    """A file that is not a Mermaid journey we can read; ``str()`` is one sentence."""


def import_mermaid(path: str | Path) -> Journey:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MermaidError(f"{path}: cannot be read ({exc.strerror or exc}).") from None
    if len(data) > MAX_BYTES:
        raise MermaidError(f"{path}: is too large for a Mermaid diagram.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MermaidError(f"{path}: is not UTF-8 text.") from None
    try:
        return parse_mermaid(text, default_title=path.stem)
    except MermaidError as exc:
        raise MermaidError(f"{path}: {exc}") from None


def _score(text: str, number: int) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        raise MermaidError(
            f"line {number}: the score {text.strip()!r} is not a number from 1 to 5."
        ) from None
    if not 0 <= value <= 5:
        raise MermaidError(f"line {number}: the score {value:g} is outside 0 to 5.")
    return max(-2.0, min(2.0, value - 3.0))


def _lines(text: str):
    """Non-blank lines with their numbers, comments included; front matter as a title."""
    raw = text.splitlines()
    start = 0
    if raw and raw[0].strip() == "---":
        end = next((i for i in range(1, len(raw)) if raw[i].strip() == "---"), None)
        if end is not None:
            start = end + 1
            for line in raw[1:end]:
                if line.strip().startswith("title:"):
                    yield 1, "title " + line.split(":", 1)[1].strip().strip("\"'")
    for i in range(start, len(raw)):
        line = raw[i].strip()
        if line:
            yield i + 1, line


def _is_comment(line: str) -> bool:
    """As Mermaid's lexer sees it: ``%…``, ``#…``, or a token whose 2nd–3rd are ``%%``."""
    return line.startswith(("%", "#")) or line[1:3] == "%%"


# Mermaid's journey keywords, matched as its lexer does: case-insensitive, at a token start.
_HEADER = re.compile(r"(?i)journey\b")
_TITLE = re.compile(r"(?i)title\s([^#\n;]+)")
_SECTION = re.compile(r"(?i)section\s([^#:\n;]+)")
_ACC_TITLE = re.compile(r"(?i)acctitle\s*:")
_ACC_DESCR = re.compile(r"(?i)accdescr\s*:\s*(.*)")
_TASK = re.compile(r"([^#:\n;]+)(:[^#\n;]+)")

Task = tuple[str, float | None, list[str]]
#: A section: its name, its tasks, and for a step of a stage (stage, step, first).
Section = tuple[str, list[Task], tuple[str, str, bool] | None]


def parse_mermaid(text: str, default_title: str = "") -> Journey:
    title, scenario = "", ""
    sections: list[Section] = []
    seen_header = ours = False
    step_next: tuple[int, bool] | None = None  # our step comment, for the next section
    moments: set[tuple[int, int]] = set()  # (section, task) of each moment of truth
    step_moments: set[int] = set()  # sections whose step is a moment of truth
    for number, line in _lines(text):
        if line == MARKER:
            ours = True
            continue
        if line == UNSCORED and sections and sections[-1][1]:
            name, _, who = sections[-1][1][-1]
            sections[-1][1][-1] = (name, None, who)
            continue
        if ours and line == MOMENT and sections and sections[-1][1]:
            moments.add((len(sections) - 1, len(sections[-1][1]) - 1))
            continue
        if ours and line == STEP_MOMENT and sections:
            step_moments.add(len(sections) - 1)
            continue
        if ours and (found := read_step_comment(line)) is not None:
            step_next = found
            continue
        if _is_comment(line):
            continue
        if not seen_header:
            if line.startswith("title "):  # from front matter
                title = line[6:].strip()
                continue
            if not _HEADER.match(line):
                raise MermaidError(f"line {number}: this is not a Mermaid journey diagram.")
            seen_header = True
            continue
        if match := _TITLE.match(line):
            title = match.group(1).strip()
        elif match := _ACC_DESCR.match(line):
            scenario = match.group(1).strip()
        elif _ACC_TITLE.match(line):
            continue
        elif match := _SECTION.match(line):
            name = match.group(1).strip()
            sections.append((name, [], _step_of(name, step_next)))
            step_next = None
        elif match := _TASK.match(line):
            name, data = match.group(1), match.group(2)[1:]
            score_text, _, actor_text = data.partition(":")
            actors = [a.strip() for a in actor_text.split(",") if a.strip()]
            if not sections:
                sections.append(("", [], None))
            sections[-1][1].append((name.strip(), _score(score_text, number), actors))
        else:
            raise MermaidError(f"line {number}: cannot read {line[:40]!r} as a task.")
    if not seen_header:
        raise MermaidError("this is not a Mermaid journey diagram (no 'journey' line).")
    if ours:
        title = unspell(title)
        sections = [
            (
                unspell(stage),
                [(unspell(n), v, [unspell(a) for a in who]) for n, v, who in tasks],
                None if step is None else (unspell(step[0]), unspell(step[1]), step[2]),
            )
            for stage, tasks, step in sections
        ]
    every = title + "".join(s for s, _, _ in sections)
    language = "zh" if _CJK.search(every) else "en"
    return _build(title or default_title, scenario, language, sections, moments, step_moments)


def _step_of(section: str, comment: tuple[int, bool] | None) -> tuple[str, str, bool] | None:
    """A section our step comment announced, split into its stage's and step's names."""
    if comment is None:
        return None
    length, first = comment
    stage, rest = section[:length], section[length:]
    if not rest.startswith(STEP_SEPARATOR):
        return None  # edited by hand since: read it as a plain section
    return stage, rest[len(STEP_SEPARATOR) :].strip(), first


def _build(
    title,
    scenario,
    language,
    sections: list[Section],
    moments: set[tuple[int, int]],
    step_moments: set[int],
) -> Journey:
    base = new_journey(title, language)
    lane = next(la for la in base.lanes if la.kind == LaneKind.TOUCHPOINTS)
    stages: list[Stage] = []
    cards, points, actors = [], [], []
    # A task written again in its section gives other actors their own score for it
    # (the exporter's lines per persona curve): one card, and a curve per such actor.
    personal: dict[str, list[EmotionPoint]] = {}
    places: dict[str, float] = {}  # card id -> its place in its stage (or step)
    for k, (name, tasks, step_of) in enumerate(sections):
        step_id = None
        if step_of is not None and not step_of[2] and stages and stages[-1].steps:
            stage = stages[-1]  # the next step of the stage before
        else:
            label = step_of[0] if step_of is not None else name
            stage = Stage(name=label or _DEFAULT_STAGE[language])
            stages.append(stage)
        if step_of is not None:
            step = Step(name=step_of[1], moment_of_truth=k in step_moments)
            stage.steps.append(step)
            step_id = step.id
        firsts = [t for i, t in enumerate(tasks) if t[0] not in {x[0] for x in tasks[:i]}]
        seen: dict[str, Card] = {}
        for i, (task, score, who) in enumerate(tasks):
            actors += [a for a in who if a not in actors]
            if task in seen:
                card = seen[task]
                card.moment_of_truth = card.moment_of_truth or (k, i) in moments
                at = places[card.id]
                for a in who if score is not None else ():
                    point = EmotionPoint(
                        stage_id=stage.id,
                        position=at,
                        score=score,
                        card_id=card.id,
                        step_id=step_id,
                    )
                    personal.setdefault(a, []).append(point)
                continue
            card = Card(
                stage_id=stage.id,
                lane_id=lane.id,
                title=task,
                step_id=step_id,
                moment_of_truth=(k, i) in moments,
            )
            seen[task] = card
            cards.append(card)
            position = (len(seen)) / (len(firsts) + 1)
            places[card.id] = position
            if score is not None:  # a touchpoint without a score gets no point on the curve
                points.append(
                    EmotionPoint(
                        stage_id=stage.id,
                        position=position,
                        score=score,
                        card_id=card.id,
                        step_id=step_id,
                    )
                )
    personas = [Persona(name=a) for a in actors]
    curves: list[Curve] = []
    if personal:
        main = Curve(name="", kind=CurveKind.AS_IS)
        curves.append(main)
        points = [p.model_copy(update={"curve_id": main.id}) for p in points]
        for persona in personas:
            if persona.name not in personal:
                continue
            so_far = base.model_copy(update={"curves": curves})
            curve = curve_edits.new_curve(
                so_far, persona.name, CurveKind.AS_IS, persona_id=persona.id
            )
            curves.append(curve)
            # Its score for every task: the repeated line's, else the task's own.
            own = {p.card_id: p for p in personal[persona.name]}
            for p in points:
                if p.curve_id == main.id and p.card_id not in own:
                    own[p.card_id] = p.model_copy(update={"id": new_id("ep")})
            points += [p.model_copy(update={"curve_id": curve.id}) for p in own.values()]
    return base.model_copy(
        update={
            "scenario": scenario,
            "stages": stages,
            "cards": cards,
            "curves": curves,
            "emotion_points": points,
            "personas": personas,
        }
    )
