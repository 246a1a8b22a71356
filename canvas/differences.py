"""What differs between two versions of a journey, in a few lines a person can read.

When the file changed on disk under an editor that has unsaved changes, the user
chooses between the two versions; "keep mine" overwrites someone's save, so the
editor first shows what that would undo. This module finds the differences by
id (a stage renamed is one changed stage, not one removed and one added); the
editor phrases them in the user's language. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel

from journeycanvas.canvas.model import Journey


class Change(StrEnum):
    ONLY_MINE = "only_mine"  # in the editor's version, not in the file on disk
    ONLY_THEIRS = "only_theirs"  # in the file on disk, not in the editor's version
    CHANGED = "changed"  # in both, different


@dataclass(frozen=True)
class Difference:
    #: "title", "scenario", "language" or a list of the journey: "stages", "cards", …
    part: str
    change: Change
    #: A name to recognise the thing by: its title or name (in mine when both have it).
    name: str
    #: For the journey's own texts: the text in the file on disk.
    theirs: str = ""


#: The journey's lists, in the order a person reads a map, and the field that names an item.
_LISTS = (
    ("stages", "name"),
    ("lanes", "name"),
    ("cards", "title"),
    ("personas", "name"),
    ("emotion_points", "label"),
)
_TEXTS = ("title", "scenario", "language")


def differences(mine: Journey, theirs: Journey) -> list[Difference]:
    """Every difference between the two versions, texts first, then list by list."""
    found = [
        Difference(field, Change.CHANGED, getattr(mine, field), getattr(theirs, field))
        for field in _TEXTS
        if getattr(mine, field) != getattr(theirs, field)
    ]
    for part, naming in _LISTS:
        found += _list_differences(part, naming, getattr(mine, part), getattr(theirs, part))
    other = set(type(mine).model_fields) - set(_TEXTS) - {p for p, _ in _LISTS}
    found += [
        Difference(field, Change.CHANGED, "")
        for field in sorted(other)
        if getattr(mine, field) != getattr(theirs, field)
    ]
    return found


def _list_differences(
    part: str, naming: str, mine: list[BaseModel], theirs: list[BaseModel]
) -> list[Difference]:
    theirs_by_id = {item.id: item for item in theirs}
    mine_ids = {item.id for item in mine}
    found: list[Difference] = []
    for item in mine:
        other = theirs_by_id.get(item.id)
        if other is None:
            found.append(Difference(part, Change.ONLY_MINE, _name(item, naming)))
        elif other != item:
            found.append(Difference(part, Change.CHANGED, _name(item, naming)))
    found += [
        Difference(part, Change.ONLY_THEIRS, _name(item, naming))
        for item in theirs
        if item.id not in mine_ids
    ]
    if not found and [i.id for i in mine] != [i.id for i in theirs]:
        found.append(Difference(part, Change.CHANGED, ""))  # the same items, another order
    return found


def _name(item: BaseModel, naming: str) -> str:
    return str(getattr(item, naming, "") or "")
