"""Journeys of about 100 MB for the validation bench: one valid, the rest hostile.

The valid one is what a very long-running survey imports to: 40 stages, 1,000
touchpoint cards and about 300,000 answers, each with every field an import
fills. The hostile ones keep that size but are built to cost the reader: every
answer invalid (pydantic would collect 300,000 errors), one bad answer at the
very end, 33 million empty lists in an unknown field, 50 million small numbers,
and 100 MB of one string. Written as JSON text directly (building the models
would take longer than validating them); seeded, so two runs measure the same.

    python bench/make_huge_journey.py -o /tmp/huge      # writes *.journey there
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path

from journeycanvas.canvas.model import SCHEMA_VERSION

STAGES = 40
TOUCHPOINTS = 1000
ANSWERS = 300_000
_QUOTES = [
    "页面加载太慢了，等了半天才出来",
    "客服回复很及时，问题很快解决了",
    "支付失败了两次才成功，很担心扣了两次钱",
    "Delivery was two days late and nobody told me.",
    "The app logged me out in the middle of checkout.",
]


def _head() -> str:
    """The journey's opening fields, its object left open (no closing brace)."""
    stages = [{"id": f"s{i:02d}", "name": f"阶段 {i + 1}"} for i in range(STAGES)]
    lanes = [{"id": "l-touch", "name": "Touchpoints", "kind": "touchpoints"}]
    head = {
        "schema_version": SCHEMA_VERSION,
        "id": "journey-huge",
        "title": "Huge survey 大调查",
        "stages": stages,
        "lanes": lanes,
    }
    return json.dumps(head, ensure_ascii=False, indent=2)[:-2]  # drop the closing "\n}"


def _evidence(rng: random.Random, n: int, score: object) -> dict[str, object]:
    return {
        "id": f"ev-{n:07d}",
        "text": f"{rng.choice(_QUOTES)} #{n}",
        "score": score,
        "source": "survey.xlsx",
        "sheet": "answers",
        "row": n + 2,
        "respondent": f"R{n // TOUCHPOINTS:05d}",
        "answer": "4",
        "scale": "1-5",
        "segment": "企业客户",
        "import_id": "import-1",
    }


def _cards(answers: int, bad: Callable[[int], bool]) -> Iterator[str]:
    rng = random.Random(11)
    per_card = answers // TOUCHPOINTS
    for c in range(TOUCHPOINTS):
        evidence = [
            _evidence(rng, n, 7.0 if bad(n) else rng.choice([-2.0, -1.0, 0.0, 1.0, 2.0]))
            for n in range(c * per_card, (c + 1) * per_card)
        ]
        card = {
            "id": f"c{c:04d}",
            "stage_id": f"s{c % STAGES:02d}",
            "lane_id": "l-touch",
            "title": f"接触点 {c}",
            "evidence": evidence,
        }
        yield json.dumps(card, ensure_ascii=False, indent=2)


def _write_survey(path: Path, bad: Callable[[int], bool], answers: int = ANSWERS) -> Path:
    with path.open("w", encoding="utf-8") as out:
        out.write(_head() + ',\n  "cards": [\n')
        out.write(",\n".join(_cards(answers, bad)))
        out.write("\n  ]\n}\n")
    return path


def valid(folder: Path) -> Path:
    return _write_survey(folder / "valid_huge.journey", lambda _n: False)


def every_answer_invalid(folder: Path) -> Path:
    return _write_survey(folder / "all_invalid.journey", lambda _n: True)


def last_answer_invalid(folder: Path) -> Path:
    return _write_survey(folder / "last_invalid.journey", lambda n: n == ANSWERS - 1)


def _write_padded(path: Path, key: str, unit: str, size: int = 100 * 2**20) -> Path:
    with path.open("w", encoding="utf-8") as out:
        out.write(_head() + f',\n  "{key}": [')
        block = ",".join([unit] * 65536)
        written = 0
        while written < size:
            out.write(block if not written else "," + block)
            written += len(block) + 1
        out.write("]\n}\n")
    return path


def empty_lists(folder: Path) -> Path:
    return _write_padded(folder / "empty_lists.journey", "x_lists", "[]")


def small_numbers(folder: Path) -> Path:
    return _write_padded(folder / "small_numbers.journey", "x_numbers", "0")


def one_long_string(folder: Path) -> Path:
    path = folder / "long_string.journey"
    with path.open("w", encoding="utf-8") as out:
        out.write(f'{{\n  "schema_version": {SCHEMA_VERSION},\n  "title": "')
        chunk = "长" * (1 << 20)
        for _ in range(34):  # 3 bytes a character: about 100 MB
            out.write(chunk)
        out.write('"\n}\n')
    return path


BUILDERS: dict[str, Callable[[Path], Path]] = {
    "valid": valid,
    "every answer invalid": every_answer_invalid,
    "last answer invalid": last_answer_invalid,
    "33 million empty lists": empty_lists,
    "50 million small numbers": small_numbers,
    "one 100 MB string": one_long_string,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("huge"))
    parser.add_argument("only", nargs="*", help="builders to run (default: all)")
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        if not args.only or name in args.only or build.__name__ in args.only:
            path = build(args.output)
            print(f"{path}  {path.stat().st_size / 2**20:.0f} MB")


if __name__ == "__main__":
    main()
