"""Export speed on a big journey (40 stages, 1,000 cards): PDF, tiled PDF and PNG.

Goals (issue 5): the A1 PDF under 2 s; the A4-tiled PDF under 4 s; the 300-DPI
A1 PNG (9933 × 7016 px) in at most twice the time Pillow alone needs to encode
an image of that size at the same zlib level, with peak memory under 600 MB.
Pillow is measured in the same run, on the very pixels we rendered, so the
ratio means something on any machine. The PNG runs in a child process so its
peak memory is its own.

    python bench/bench_export.py [--repeat 3] [--cards 1000] [--stages 40]
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_big_journey import make_big_journey

from journeycanvas.io import journey_file
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.paper import Orientation

A1_PNG = ExportOptions(paper="A1", orientation=Orientation.LANDSCAPE, dpi=300)


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def child_png(journey_path: str, out: str, repeat: int) -> None:
    """Run in a fresh process: the PNG export alone, then its time and peak memory."""
    from journeycanvas.io.exporters.qt_app import ensure_gui_application

    ensure_gui_application()
    journey = journey_file.load(journey_path)
    seconds = best(lambda: export(journey, out, A1_PNG), repeat)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


def pillow_encode(png_path: Path, repeat: int) -> tuple[float, tuple[int, int]]:
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = None
    with Image.open(png_path) as image:
        image.load()
        size = image.size

        def encode() -> None:
            image.save(io.BytesIO(), "PNG", compress_level=6)

        return best(encode, repeat), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--stages", type=int, default=40)
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--child-png", nargs=2, metavar=("JOURNEY", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_png:
        child_png(*args.child_png, args.repeat)
        return

    journey = make_big_journey(stages=args.stages, cards=args.cards)
    print(f"journey: {len(journey.stages)} stages, {len(journey.cards)} cards")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "big.journey"
        journey_file.save(journey, source)
        pdf = best(
            lambda: export(journey, folder / "a1.pdf", ExportOptions(paper="A1")), args.repeat
        )
        tiled_options = ExportOptions(paper="A1", tile="A4")
        tiled = best(lambda: export(journey, folder / "tiles.pdf", tiled_options), args.repeat)
        from pypdf import PdfReader

        pages = len(PdfReader(folder / "tiles.pdf").pages)
        print(f"PDF A1 single sheet: {pdf:.2f} s (goal < 2 s)")
        print(f"PDF A1 tiled on A4: {tiled:.2f} s, {pages} pages (goal < 4 s)")
        full = ExportOptions(tile="A4", scale=1.0)
        full_s = best(lambda: export(journey, folder / "full.pdf", full), args.repeat)
        pages = len(PdfReader(folder / "full.pdf").pages)
        print(f"PDF at full size (scale 1) tiled on A4: {full_s:.2f} s, {pages} pages")

        png_path = folder / "a1.png"
        script = Path(__file__).resolve()
        result = subprocess.run(
            [
                sys.executable,
                str(script),
                "--repeat",
                str(args.repeat),
                "--child-png",
                str(source),
                str(png_path),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        child = json.loads(result.stdout.strip().splitlines()[-1])
        pillow, size = pillow_encode(png_path, args.repeat)
        ratio = child["seconds"] / pillow
        print(
            f"PNG A1 300 DPI ({size[0]}×{size[1]} px, {png_path.stat().st_size / 1e6:.1f} MB): "
            f"{child['seconds']:.2f} s, peak memory {child['peak_mb']:.0f} MB (goal < 600 MB)"
        )
        print(f"Pillow encoding the same pixels at zlib level 6: {pillow:.2f} s")
        print(f"PNG ratio: {ratio:.2f} (goal ≤ 2)")


if __name__ == "__main__":
    main()
