"""Upgrading older .journey files, one pure dict -> dict step per file format.

``MIGRATIONS[n]`` turns a format-``n`` document into a format-``n + 1`` document.
Steps never change their input, never touch the disk and keep every key they do not
know, so a field added by someone else survives. Each step has a fixture file in
tests/fixtures.

File format 0 — the preview builds, before files carried a ``schema_version``::

    {
      "title": "...", "scenario": "...", "language": "zh",
      "persona": {"name": "...", "segment": "customer", ...},      one persona, optional
      "stages": [{"id": "s1", "title": "认知"}],                   "title", not "name"
      "lanes":  [{"id": "l1", "title": "接触点", "type": "touchpoints"}],
      "cards":  [{"id": "c1", "stage": "s1", "lane": "l1",
                  "text": "first line is the title\\nthe rest is the body"}],
      "emotion": [{"stage": "s1", "value": 4}]                     1..5, 3 neutral
    }

File format 1 is format 2 without the research provenance: import records had no
``id``, wave or answer keys, evidence had no ``import_id``, original ``answer``,
``scale`` or ``segment``, and curve points no ``data`` flag.

File format 2 is format 3 without steps, spans, links and moments of truth.

File format 3 is format 4 without comments and saved views.

File format 4 is, in full: stages may hold ``steps``, a card may name its
``step_id``, ``span`` several columns and be a ``moment_of_truth``, and the journey
has ``links`` between cards; ``comments`` are remarks pinned to a card, stage, lane or
emotion point (``{"target": "card", "target_id": ..., "text", "author",
"created_at", "resolved"}``), and ``views`` named choices of what the map shows
(``{"name", "hidden_lanes", "show_curves", "show_personas", "show_suggestions",
"show_comments"}``).

File format 5 is format 4 plus ``improvement`` on a card (null:
none): status, due and done dates, customer and business value, effort, the pains and
evidence it answers, a note and an A/B experiment; and ``kpi`` (null: none): unit,
direction, baseline, target and dated measurements.

File format 6 is format 5 with several emotion curves. Format 5
had one curve: no ``curves`` list, points without a ``curve_id`` (hand-placed and
computed points told apart by ``data``), no ``comparison`` and views without
``hidden_curves``.

File format 7 is format 6 plus: an improvement names the metric cards whose KPIs it
should move (``kpis``); an experiment says what it measures (``measure``: ``conversion``
or ``mean``) and a variant may hold ``mean``, ``sd``, ``n`` and raw ``scores``; a lane
may be of kind ``triggers`` and a card carries a ``trigger`` (null: none): event, delay,
action and segment.

File format 8 is format 7 plus the lane kind ``storyboard``, the journey's ``theme``,
the name of the colours it is drawn in (``classic``, ``harbour`` or ``greyscale``), and
a card's ``image`` (null: none), a picture as a data: URI, and ``channel_icon`` (null:
picked from the channel text), a channel icon chosen by hand.

File format 9 is format 8 plus, on every evidence, the
``channel`` the respondent used for that answer and the ``date`` they answered
(both "" when unknown), and on a saved view the ``hidden_channels`` its channel
view leaves out. Format 10 adds the journey's ``client_name`` and ``client_logo``.

File format 11 is canvas.model.Journey: a card's evidence may be a table,
``{"columns": [field names], "rows": [[one answer's values], ...]}`` (see
canvas/evidence_store.py), as well as the list of objects format 10 wrote.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from collections.abc import Callable
from typing import Any

Document = dict[str, Any]


class MigrationError(ValueError):
    """A step met a shape it cannot upgrade; the message names the field."""


def _v0_to_v1(old: Document) -> Document:
    doc = copy.deepcopy(old)
    # v0 had no journey id and no ids on curve points. Derive them from the content
    # rather than at random, so that opening the same old file twice gives the same
    # journey (and the step stays a pure function).
    digest = hashlib.sha256(
        json.dumps(old, sort_keys=True, ensure_ascii=False, default=str).encode(
            "utf-8", "surrogatepass"
        )
    ).hexdigest()[:10]
    doc.setdefault("id", f"journey-{digest}")

    persona = doc.pop("persona", None)
    if isinstance(persona, dict) and "personas" not in doc:
        doc["personas"] = [persona]
    elif persona is not None:
        doc["persona"] = persona  # not what v0 wrote: leave it for the user to see

    for stage in _dicts(doc.get("stages")):
        _rename(stage, "title", "name")
    for lane in _dicts(doc.get("lanes")):
        _rename(lane, "title", "name")
        _rename(lane, "type", "kind")
    for card in _dicts(doc.get("cards")):
        _rename(card, "stage", "stage_id")
        _rename(card, "lane", "lane_id")
        _rename(card, "colour", "color")
        if "text" in card and "title" not in card and "body" not in card:
            text = card.pop("text")
            if not isinstance(text, str):
                raise MigrationError(f"cards: a card's text is {type(text).__name__}, not text")
            title, _, body = text.strip().partition("\n")
            card["title"] = title.strip()
            card["body"] = body.strip()

    if "emotion" in doc and "emotion_points" not in doc:
        emotion = doc.pop("emotion")
        if not isinstance(emotion, list):
            raise MigrationError("emotion: it should be a list of points")
        doc["emotion_points"] = [
            _v0_point(i, point, f"ep-{digest}-{i}") for i, point in enumerate(emotion)
        ]

    doc["schema_version"] = 1
    return doc


def _v0_point(index: int, point: Any, new_id: str) -> Any:
    if not isinstance(point, dict):
        return point  # validation will name it
    point = dict(point)
    point.setdefault("id", new_id)
    _rename(point, "stage", "stage_id")
    if "value" in point and "score" not in point:
        value = point.pop("value")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 1 <= value <= 5:
            raise MigrationError(f"emotion[{index}].value: it should be a number from 1 to 5")
        # 1..5 maps linearly onto -2..+2, as every imported scale does.
        point["score"] = float(value) - 3.0
    return point


def _dicts(items: Any) -> list[dict[str, Any]]:
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _rename(obj: dict[str, Any], old: str, new: str) -> None:
    if old in obj and new not in obj:
        obj[new] = obj.pop(old)


def _v1_to_v2(old: Document) -> Document:
    """Give each import record an id and link the evidence it brought to it.

    Evidence is matched to a record by source file and sheet (what format 1 kept);
    evidence no record claims stays unlinked. Linked evidence with a respondent gives
    its record the answer keys a re-import matches (format 1 kept no row contents, so
    rows without a respondent cannot be recognised). A curve point tied to a touchpoint
    card was always made by an import, so it is marked as computed from data.
    Ids derive from the record's file digest, so the step stays a pure function.
    """
    doc = copy.deepcopy(old)
    owner: dict[tuple[Any, Any], str] = {}
    taken: set[str] = set()
    for i, record in enumerate(_dicts(doc.get("imports"))):
        if "id" not in record:
            stem = f"import-{str(record.get('sha256', ''))[:10] or i}"
            ident, n = stem, 1
            while ident in taken:
                n += 1
                ident = f"{stem}-{n}"
            record["id"] = ident
        taken.add(str(record["id"]))
        owner.setdefault((record.get("source", ""), record.get("sheet", "")), str(record["id"]))
    stage_names = {s.get("id"): s.get("name", "") for s in _dicts(doc.get("stages"))}
    keys: dict[str, list[bytes]] = {}
    for card in _dicts(doc.get("cards")):
        for ev in _dicts(card.get("evidence")):
            if "import_id" not in ev:
                found = owner.get((ev.get("source", ""), ev.get("sheet", "")))
                if found is not None:
                    ev["import_id"] = found
            who = ev.get("respondent")
            if who and ev.get("import_id"):
                # The respondent-and-touchpoint key a re-import of the survey would give
                # this answer, so an updated export does not count it again.
                text = f"R\x1f{who}\x1f{stage_names.get(card.get('stage_id'), '')}"
                text += f"\x1f{card.get('title', '')}"
                digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8)
                keys.setdefault(str(ev["import_id"]), []).append(digest.digest())
    for record in _dicts(doc.get("imports")):
        if "keys" not in record and str(record.get("id")) in keys:
            packed = b"".join(sorted(keys[str(record["id"])]))
            record["keys"] = base64.b64encode(packed).decode("ascii")
    for point in _dicts(doc.get("emotion_points")):
        if point.get("card_id") and "data" not in point:
            point["data"] = True
    doc["schema_version"] = 2
    return doc


def _v2_to_v3(old: Document) -> Document:
    """Steps, spans, links and moments of truth arrive empty: the map stays as it was.

    Every new field has a default meaning "as before" (no steps, span 1, no links), so
    the step only writes those defaults out, which keeps a v2 file's every key and value.
    """
    doc = copy.deepcopy(old)
    for stage in _dicts(doc.get("stages")):
        stage.setdefault("steps", [])
    for card in _dicts(doc.get("cards")):
        card.setdefault("step_id", None)
        card.setdefault("span", 1)
        card.setdefault("moment_of_truth", False)
    doc.setdefault("links", [])
    doc["schema_version"] = 3
    return doc


def _v3_to_v4(old: Document) -> Document:
    """Format 4 adds comments and saved views; a format-3 file has neither (lists
    already there are kept)."""
    doc = copy.deepcopy(old)
    doc.setdefault("comments", [])
    doc.setdefault("views", [])
    doc["schema_version"] = 4
    return doc


def _v4_to_v5(old: Document) -> Document:
    """Improvements and KPIs arrive absent: cards get ``improvement`` and ``kpi`` null.

    A card without one is a plain card, exactly as in format 3, so nothing else changes.
    """
    doc = copy.deepcopy(old)
    for card in _dicts(doc.get("cards")):
        card.setdefault("improvement", None)
        card.setdefault("kpi", None)
    doc["schema_version"] = 5
    return doc


def _v5_to_v6(old: Document) -> Document:
    """Put the one curve of format 5 into a ``curves`` list: hand-placed points form
    one curve; where there were points computed from data, they form a data curve of
    their own. Ids derive from the journey's id, so the step stays a pure function."""
    doc = copy.deepcopy(old)
    doc.setdefault("comparison", [])
    for view in _dicts(doc.get("views")):
        view.setdefault("hidden_curves", [])
    doc["schema_version"] = 6
    if "curves" in doc:
        return doc
    base = str(doc.get("id", "journey"))
    digest = hashlib.sha256(base.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    points = _dicts(doc.get("emotion_points"))
    look = {"shown": True, "segment": "", "persona_id": None}
    hand = {"id": f"curve-{digest}", "name": "", "kind": "as_is", "color": "#455A64",
            "line": "solid", "data": False, **look}  # fmt: skip
    curves = [hand]
    if any(p.get("data") is True for p in points):
        data = {"id": f"curve-{digest}-data", "name": "", "kind": "segment",
                "color": "#1565C0", "line": "dash", "data": True, **look}  # fmt: skip
        curves.append(data)
    for point in points:
        if "curve_id" not in point:
            point["curve_id"] = curves[-1]["id"] if point.get("data") is True else hand["id"]
    doc["curves"] = curves
    return doc


def _v6_to_v7(old: Document) -> Document:
    """KPI links, mean-score experiments and triggers arrive empty: improvements name no
    KPIs, every experiment counts conversions, no card is a trigger. Nothing else changes.
    """
    doc = copy.deepcopy(old)
    for card in _dicts(doc.get("cards")):
        card.setdefault("trigger", None)
        improvement = card.get("improvement")
        if not isinstance(improvement, dict):
            continue
        improvement.setdefault("kpis", [])
        experiment = improvement.get("experiment")
        if not isinstance(experiment, dict):
            continue
        experiment.setdefault("measure", "conversion")
        for variant in _dicts(experiment.get("variants")):
            variant.setdefault("mean", None)
            variant.setdefault("sd", None)
            variant.setdefault("n", None)
            variant.setdefault("scores", [])
    doc["schema_version"] = 7
    return doc


def _v7_to_v8(old: Document) -> Document:
    """Themes, card pictures and hand-picked channel icons arrive: a format-7 journey
    was drawn in the classic colours, and says so; its cards have no picture and take
    their icons from their channel text."""
    doc = copy.deepcopy(old)
    doc.setdefault("theme", "classic")
    for card in _dicts(doc.get("cards")):
        card.setdefault("image", None)
        card.setdefault("channel_icon", None)
    doc["schema_version"] = 8
    return doc


def _v8_to_v9(old: Document) -> Document:
    """Evidence gains its own ``channel`` and ``date``, saved views ``hidden_channels``.

    An evidence without a channel counts for its card's channel and one without a date
    for its import's wave, as in format 8, so empty defaults change nothing. A
    channel some tool already wrote on an evidence (a key format 8 did not know) is
    kept: it is what the new field means.
    """
    doc = copy.deepcopy(old)
    for card in _dicts(doc.get("cards")):
        for evidence in _dicts(card.get("evidence")):
            if not isinstance(evidence.get("channel"), str):
                evidence["channel"] = ""
            if not isinstance(evidence.get("date"), str):
                evidence["date"] = ""
    for view in _dicts(doc.get("views")):
        view.setdefault("hidden_channels", [])
    doc["schema_version"] = 9
    return doc


def _v9_to_v10(old: Document) -> Document:
    """A client's name and logo may be drawn on the map: a format-9 journey named no
    client and had no logo."""
    doc = copy.deepcopy(old)
    doc.setdefault("client_name", "")
    doc.setdefault("client_logo", None)
    doc["schema_version"] = 10
    return doc


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _v10_to_v11(old: Document) -> Document:
    """A card's evidence becomes a table: ``{"columns": [...], "rows": [[...], ...]}``.

    One object per answer spelt every field's name 100,000 times; a table names
    them once and writes an answer a line. Only evidence whose answers are objects
    with the same fields, all plain values, becomes a table (its columns the first
    answer's fields, in their order; unknown ones included); any other stays a
    list of objects, which format 11 still reads, so nothing is lost or guessed.
    The evidence lists are not deep-copied (their rows are new lists of the same
    immutable values): copying 100,000 dicts was most of the upgrade's time.
    """
    cards = old.get("cards")
    if not isinstance(cards, list):
        doc = copy.deepcopy(old)
    else:
        doc = copy.deepcopy({k: v for k, v in old.items() if k != "cards"})
        doc["cards"] = [_card_with_table(card) for card in cards]
        doc = {k: doc[k] for k in old} if "schema_version" in old else doc
    doc["schema_version"] = 11
    return doc


def _card_with_table(card: Any) -> Any:
    if not isinstance(card, dict):
        return copy.deepcopy(card)
    evidence = card.get("evidence")
    new = copy.deepcopy({k: v for k, v in card.items() if k != "evidence"})
    if "evidence" not in card:
        return new
    table = _as_table(evidence)
    new["evidence"] = copy.deepcopy(evidence) if table is None else table
    # Keep the card's own key order: evidence where it stood.
    return {k: new[k] for k in card}


def _as_table(evidence: Any) -> dict[str, Any] | None:
    if not isinstance(evidence, list) or not evidence:
        return None
    if set(map(type, evidence)) != {dict}:
        return None
    columns = list(evidence[0])
    if not columns or set(map(len, evidence)) != {len(columns)}:
        return None
    try:
        rows = [[d[c] for c in columns] for d in evidence]
    except KeyError:
        return None  # the answers do not all have the same fields
    if not set(map(type, (v for row in rows for v in row))) <= _SCALARS:
        return None
    return {"columns": columns, "rows": rows}


#: from-version -> step producing the next version; keys cover 0 .. SCHEMA_VERSION - 1.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {
    0: _v0_to_v1,
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
    6: _v6_to_v7,
    7: _v7_to_v8,
    8: _v8_to_v9,
    9: _v9_to_v10,
    10: _v10_to_v11,
}


def migrate(doc: Document, from_version: int, to_version: int) -> Document:
    """Apply every step from ``from_version`` up to ``to_version``, in order."""
    for version in range(from_version, to_version):
        doc = MIGRATIONS[version](doc)
        doc["schema_version"] = version + 1
    return doc
