"""role_of's synonyms made once and its short answers remembered: the same roles as
asking every synonym with a pattern made on the spot (the way it was written first)."""

from __future__ import annotations

import random
import re

from journeycanvas.io.importers import header_detection
from journeycanvas.io.importers.header_detection import _METADATA, _ROLE_TABLE, normalise, role_of
from journeycanvas.io.importers.synonyms import METADATA_HEADERS, ROLE_SYNONYMS


def reference_role_of(header: str) -> tuple[str | None, int]:
    norm = normalise(header)
    if not norm:
        return None, 0
    squeezed = norm.replace(" ", "")
    if norm in _METADATA or squeezed in _METADATA:
        return "metadata", 2
    role = _ROLE_TABLE.get(norm) or _ROLE_TABLE.get(squeezed)
    if role:
        return role, 2
    best: tuple[int, str | None] = (0, None)
    for syn, role in _ROLE_TABLE.items():
        slack = 4 if syn.isascii() else 5
        if len(syn) < 2 or len(norm) > len(syn) + slack:
            continue
        if syn.isascii():
            found = re.search(rf"\b{re.escape(syn)}\b", norm) is not None
        else:
            found = syn in norm
        if found and len(syn) > best[0]:
            best = (len(syn), role)
    return (best[1], 1) if best[1] else (None, 0)


def _headers(count: int) -> list[str]:
    words = [s for synonyms in ROLE_SYNONYMS.values() for s in synonyms]
    words += [*METADATA_HEADERS, "Q3", "foo", "满意度 (1-5)", "我的渠道是什么", "x" * 300]
    rnd = random.Random(17)
    out = []
    for _ in range(count):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 3)))
        if rnd.random() < 0.3:
            text = text.upper()
        if rnd.random() < 0.3:
            text = text[: rnd.randint(0, len(text))]
        out.append(text)
    return out


def test_roles_equal_asking_every_synonym_afresh():
    headers = _headers(6000)
    found = [role_of(h) for h in headers]
    assert found == [reference_role_of(h) for h in headers]
    assert {role for role, _ in found} >= {"stage", "touchpoint", "score", None}
    assert found == [role_of(h) for h in headers]  # remembered answers are the same


def test_long_texts_are_answered_but_not_remembered():
    header_detection._role_of.cache_clear()
    long = "评分 " + "很好" * 100
    assert role_of(long) == reference_role_of(long)
    assert header_detection._role_of.cache_info().currsize == 0
    assert role_of("评分") == ("score", 2)
    assert header_detection._role_of.cache_info().currsize == 1
