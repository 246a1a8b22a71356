"""Fuzzing the .journey reader: a few hundred damaged journeys from a fixed seed.

Mutants of the templates and of an evidence-heavy journey (random bytes, cuts,
tokens inserted, numbers made huge or negative, values of the wrong type) go
through ``load`` (opening) and ``check`` (``validate``). Each must open or be
refused with one JourneyFileError sentence naming the file, within 5 s, and
both must reach the same verdict in the same words, and the verdict of the
decoded-text ``json`` reader (``loads``): the card-at-a-time validation may never
let through what the model refuses, nor refuse what it takes.

``JOURNEYCANVAS_FUZZ=2000`` runs that many mutants instead of the default.
"""

from __future__ import annotations

import json
import os
import random
import re
import time
from pathlib import Path

import pytest

from journeycanvas import resources
from journeycanvas.canvas.model import Journey
from journeycanvas.io import journey_file
from journeycanvas.io.journey_file import JourneyFileError

SEED = 17
MUTANTS = int(os.environ.get("JOURNEYCANVAS_FUZZ", "200"))
MAX_SECONDS = 5.0
_TOKENS = [
    b"1e999",
    b"-",
    b'"',
    b"[",
    b"{",
    b"}",
    b",",
    b"9" * 40,
    b"null",
    b"true",
    b"\\ud800",
    b"\xff",
]
_NUMBER = re.compile(rb"(?<![\w.])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def _survey() -> bytes:
    doc = json.loads((resources.templates_dir() / "sample-ecommerce-en.journey").read_text())
    touch = [c for c in doc["cards"] if c.get("evidence")] or doc["cards"][:1]
    for n, card in enumerate(touch):
        card["evidence"] = [
            {
                "id": f"ev-f{n}-{k}",
                "text": "慢",
                "score": (k % 5) - 2.0,
                "source": "s.xlsx",
                "row": k,
            }
            for k in range(30)
        ]
    return json.dumps(doc, ensure_ascii=False, indent=2).encode()


def _seeds() -> list[bytes]:
    templates = sorted(resources.templates_dir().glob("*.journey"))
    return [p.read_bytes() for p in templates] + [_survey()]


def _mutate(rng: random.Random, data: bytes) -> bytes:
    choice = rng.randrange(6)
    if choice == 0:
        out = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    if choice == 1:
        return data[: rng.randrange(len(data))]
    if choice == 2:
        at = rng.randrange(len(data))
        return data[:at] + rng.choice(_TOKENS) + data[at:]
    numbers = list(_NUMBER.finditer(data))
    if choice in (3, 4) and numbers:
        m = rng.choice(numbers)
        new = rng.choice([b"-1", b"0", b"1e308", b"-1.7e308", b"4294967295", b"9" * 35, b"0.5"])
        if choice == 4:
            new = rng.choice([b'"x"', b"[]", b"{}", b"null", b"true"])
        return data[: m.start()] + new + data[m.end() :]
    strings = [m for m in re.finditer(rb'": "[^"\\]*"', data)]
    if strings:
        m = rng.choice(strings)
        return data[: m.start() + 3] + rng.choice([b"[]", b"{}", b"7", b"null"]) + data[m.end() :]
    return data[::-1]


def _verdict(read, path: Path) -> tuple[str, str]:
    try:
        journey = read(path)
    except JourneyFileError as exc:
        return "refused", str(exc)
    assert isinstance(journey, Journey)
    return "opened", ""


def _read_exactly(path: Path) -> Journey:
    """The reader before issue 11's bounded one: decoded text, ``json``, full validation."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JourneyFileError(str(path), "not UTF-8") from None
    return journey_file.loads(text, path)


def test_damaged_journeys_open_or_are_refused_in_one_sentence_by_open_and_validate(tmp_path):
    rng = random.Random(SEED)
    seeds = _seeds()
    tried = opened = 0
    slowest = (0.0, "")
    problems: list[str] = []
    for n in range(MUTANTS):
        path = tmp_path / f"m{n:04d}.journey"
        path.write_bytes(_mutate(rng, rng.choice(seeds)))
        start = time.perf_counter()
        try:
            loaded = _verdict(journey_file.load, path)
            checked = _verdict(journey_file.check, path)
        except Exception as exc:  # anything but a JourneyFileError is a failure
            problems.append(f"{path.name}: {type(exc).__name__}: {exc}"[:300])
            continue
        seconds = time.perf_counter() - start
        slowest = max(slowest, (seconds, path.name))
        tried += 1
        opened += loaded[0] == "opened"
        if loaded != checked:
            problems.append(f"{path.name}: open says {loaded}, validate says {checked}")
        exact = _verdict(_read_exactly, path)
        if loaded[0] != exact[0]:
            problems.append(f"{path.name}: open says {loaded}, the json path says {exact}")
        message = loaded[1]
        if message and (not message.startswith(f"{path}: ") or "\n" in message):
            problems.append(f"{path.name}: not one sentence naming the file: {message!r}")
        if seconds > MAX_SECONDS:
            problems.append(f"{path.name}: took {seconds:.1f} s")
    print(
        f"\njourney fuzz (seed {SEED}): tried {tried}, opened {opened}, refused {tried - opened}, "
        f"slowest {slowest[1]} {slowest[0]:.2f} s"
    )
    assert not problems, "\n".join(problems)
    assert 0 < opened < tried  # the mutants really are damaged, and some survive


@pytest.mark.parametrize("cut", [0.3, 0.7])
def test_a_cut_off_evidence_heavy_journey_is_refused_alike(tmp_path, cut):
    data = _survey()
    path = tmp_path / "cut.journey"
    path.write_bytes(data[: int(len(data) * cut)])
    assert _verdict(journey_file.load, path) == _verdict(journey_file.check, path)
