"""Fuzzing the import: a few hundred damaged files from a fixed seed, none may hurt us.

Mutants of good xlsx, xls, ods and csv files (random bytes, truncation, inserted
bytes, zip members shuffled or corrupted, XML inside the zip altered: cut,
doubled, numbers made huge, far-away cells, DOCTYPEs) and the hand-made hostile
files of hostile_files.py all go through the import the command line and the
editor use. Each must import or be refused with one SheetImportError sentence
naming the file, in under 5 s of CPU (the child's and this thread's;
the wall clock may be slower on a loaded machine, but must stay under 20 s),
with the reading child under 500 MB, and leave nothing behind. The report (files
tried, imported, refused, slowest, largest memory) is printed; ``pytest -s``
shows it.

``JOURNEYCANVAS_FUZZ=2000`` runs that many mutants instead of the default.
"""

from __future__ import annotations

import io
import os
import random
import re
import resource
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from journeycanvas.io.importers import isolation
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.importer import import_sheet

sys.path.insert(0, str(Path(__file__).parent))
import hostile_files as H

pytest.importorskip("xlwt", reason="xlwt (the [test] extra) writes the .xls seed")

SEED = 11
MUTANTS = int(os.environ.get("JOURNEYCANVAS_FUZZ", "200"))
MAX_SECONDS = 5.0
MAX_WALL_SECONDS = 20.0
MAX_BYTES = 500 * 2**20


# --- mutations -----------------------------------------------------------------------


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 24)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(1, len(data))]


def insert_bytes(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + rng.randbytes(rng.randint(1, 512)) + data[at:]


def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(i, archive.read(i)) for i in archive.infolist()]


def _zip(members: list[tuple[str, bytes]], method: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, body in members:
            archive.writestr(H.member(name, method), body)
    return out.getvalue()


def shuffle_members(rng: random.Random, data: bytes) -> bytes:
    members = [(i.filename, body) for i, body in _members(data)]
    rng.shuffle(members)
    return _zip(members, rng.choice([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED]))


def corrupt_member(rng: random.Random, data: bytes) -> bytes:
    """Random bytes inside one member's compressed data (its CRC no longer matches)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = rng.choice(archive.infolist())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    end = start + info.compress_size
    if end <= start:
        return flip_bytes(rng, data)
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(start, end)] = rng.randrange(256)
    return bytes(out)


_NUMBER = re.compile(rb'"(\d{1,7})"')


def _alter_xml(rng: random.Random, xml: bytes) -> bytes:
    if not xml:
        return xml
    choice = rng.randrange(7)
    a, b = sorted(rng.randrange(len(xml) + 1) for _ in range(2))
    if choice == 0:
        return xml[:a] + xml[b:]  # cut a slice
    if choice == 1:
        return xml[:b] + xml[a:b] * rng.randint(2, 50) + xml[b:]  # double a slice
    if choice == 2:  # a number attribute made huge
        found = list(_NUMBER.finditer(xml))
        if found:
            m = rng.choice(found)
            huge = rng.choice([b"4294967295", b"1048576", b"99999999999999999999", b"-1"])
            return xml[: m.start(1)] + huge + xml[m.end(1) :]
        return xml
    if choice == 3:  # a far-away cell
        ref = rng.choice([b"XFD1048576", b"A1048576", b"XFD1", b"ZZZ99999", b"A0"])
        at = xml.find(b"</row>")
        cell = b'<c r="' + ref + b'"><v>1</v></c>'
        return xml if at < 0 else xml[:at] + cell + xml[at:]
    if choice == 4:  # a DOCTYPE hidden behind a comment
        at = xml.find(b"?>") + 2
        return xml[:at] + b'<!-- x --><!DOCTYPE r [<!ENTITY e "e">]>' + xml[at:]
    if choice == 5:  # the same part in UTF-16
        try:
            return xml.decode("utf-8").encode(rng.choice(["utf-16", "utf-16-le"]))
        except UnicodeDecodeError:
            return xml
    return xml[:a] + rng.randbytes(rng.randint(1, 64)) + xml[a:]


def alter_xml_member(rng: random.Random, data: bytes) -> bytes:
    members = [(i.filename, body) for i, body in _members(data)]
    xml = [k for k, (name, _) in enumerate(members) if name.endswith(".xml")]
    if not xml:
        return flip_bytes(rng, data)
    k = rng.choice(xml)
    members[k] = (members[k][0], _alter_xml(rng, members[k][1]))
    method = rng.choice([zipfile.ZIP_DEFLATED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2])
    return _zip(members, method)


BYTE_MUTATIONS = [flip_bytes, truncate, insert_bytes]
ZIP_MUTATIONS = [*BYTE_MUTATIONS, shuffle_members, corrupt_member, alter_xml_member]


# --- the run ---------------------------------------------------------------------------


@dataclass
class Outcome:
    name: str
    imported: bool
    message: str
    seconds: float
    cpu: float
    peak: int
    problem: str = ""


def _try(path: Path) -> Outcome:
    start = time.perf_counter()
    own_cpu = time.thread_time()
    imported, message, problem = False, "", ""
    try:
        import_sheet(path)
        imported = True
    except SheetImportError as exc:
        message = str(exc)
        if "\n" in message or not message.endswith(".") or not message.startswith(path.name):
            problem = f"not one sentence naming the file: {message!r}"
    except BaseException as exc:  # anything else reached the caller: the test fails
        problem = f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - start
    child = isolation.last_child()
    cpu = time.thread_time() - own_cpu + child.cpu_seconds
    if cpu >= MAX_SECONDS or seconds >= MAX_WALL_SECONDS:
        problem = problem or f"took {cpu:.1f} s of CPU, {seconds:.1f} s in all"
    if child.peak_bytes >= MAX_BYTES:
        problem = problem or f"the child took {child.peak_bytes / 2**20:.0f} MB"
    return Outcome(path.name, imported, message, seconds, cpu, child.peak_bytes, problem)


def _make_files(folder: Path) -> list[Path]:
    rng = random.Random(SEED)
    seeds = {kind: build(folder) for kind, build in H.SEEDS.items()}
    files = [build(folder) for build in H.HOSTILE.values()]
    kinds = list(seeds)
    for n in range(MUTANTS):
        kind = kinds[n % len(kinds)]
        data = seeds[kind].read_bytes()
        mutate = rng.choice(ZIP_MUTATIONS if data.startswith(b"PK") else BYTE_MUTATIONS)
        try:
            mutant = mutate(rng, data)
        except (zipfile.BadZipFile, ValueError):
            mutant = flip_bytes(rng, data)
        path = folder / f"m{n:04d}_{mutate.__name__}{seeds[kind].suffix}"
        path.write_bytes(mutant)
        files.append(path)
    return files


def _report(outcomes: list[Outcome], wall: float, parent_growth: float) -> str:
    imported = sum(o.imported for o in outcomes)
    slowest = max(outcomes, key=lambda o: o.seconds)
    busiest = max(outcomes, key=lambda o: o.cpu)
    largest = max(outcomes, key=lambda o: o.peak)
    causes: dict[str, int] = {}
    for o in outcomes:
        if not o.imported and o.message:
            cause = o.message.split(": ", 1)[-1][:48]
            cause = re.sub(r"\d[\d,]*", "N", cause)
            causes[cause] = causes.get(cause, 0) + 1
    lines = [
        f"fuzz report (seed {SEED}, {MUTANTS} mutants + {len(H.HOSTILE)} hand-made)",
        f"  files tried: {len(outcomes)}   imported: {imported}   refused: "
        f"{len(outcomes) - imported}   in {wall:.1f} s",
        f"  slowest: {slowest.name} {slowest.seconds:.2f} s wall; most CPU: {busiest.name} "
        f"{busiest.cpu:.2f} s",
        f"  largest memory (reading child): {largest.name} {largest.peak / 2**20:.0f} MB",
        f"  test process grew by {parent_growth:.0f} MB",
        "  refusals by cause:",
    ]
    lines += [f"    {n:4d}  {c}" for c, n in sorted(causes.items(), key=lambda x: -x[1])[:12]]
    return "\n".join(lines)


def _our_temp_dirs() -> set[str]:
    """The reading children's folders of this process (they hold its pid)."""
    mine = f"jc-read-{os.getpid()}-"
    return {n for n in os.listdir(tempfile.gettempdir()) if n.startswith(mine)}


def test_fuzzed_and_hostile_files_import_or_are_refused_in_one_sentence(tmp_path):
    folder = tmp_path / "fuzz"
    folder.mkdir()
    files = _make_files(folder)
    before = sorted(p.name for p in folder.iterdir())
    temp_before = _our_temp_dirs()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2))) as pool:
        outcomes = list(pool.map(_try, files))
    wall = time.perf_counter() - start
    growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - rss_before
    print("\n" + _report(outcomes, wall, growth))
    problems = [f"{o.name}: {o.problem}" for o in outcomes if o.problem]
    assert not problems, "\n".join(problems)
    assert sorted(p.name for p in folder.iterdir()) == before  # no output left behind
    temp_after = _our_temp_dirs()
    assert temp_after <= temp_before
    assert growth < 500
    # The mutants really are damaged: most are refused, and some still import.
    assert sum(o.imported for o in outcomes) > 0
    assert sum(not o.imported for o in outcomes) > len(outcomes) // 3
