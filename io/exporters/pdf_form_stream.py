"""The map form's operators compressed on a second thread while the rest is drawn.

A 1,000-touchpoint poster's form is some 5 MB of operators; compressing them took
a tenth of a second after the last operator was written, with the drawing done
and nothing else to do. zlib lets go of the interpreter lock while it compresses,
so here the operators written so far are handed, at a few points of the drawing
(:meth:`FormStream.send`), to a thread that compresses them while the drawing goes
on. Deflate gives the same bytes however its input is cut into pieces (it is fed
without flushing), so the stream is byte for byte what one ``zlib.compress`` of
the whole made (tests/test_pdf_form_stream.py).

Nothing is taken out of the canvas's operator list while drawing: if anything
is not as expected at the end (the canvas's preamble changed, the list was
rewritten), :meth:`FormStream.finish` compresses the whole list as before.
"""

from __future__ import annotations

import queue
import threading
import zlib

from reportlab.pdfbase.pdfdoc import pdfdocEnc
from reportlab.pdfgen.canvas import Canvas


def encoded(text: str) -> bytes:
    """The operators as bytes: ASCII (the text is escaped) is what reportlab's
    PDFDocEncoding codec makes of it, in a fraction of the time; anything else
    goes through that codec. A character-map codec, so pieces encode as the whole."""
    try:
        return text.encode("ascii")
    except UnicodeEncodeError:
        return pdfdocEnc(text)


class FormStream:
    """The canvas's operators from now on, compressed at ``level`` as they are sent."""

    def __init__(self, c: Canvas, level: int) -> None:
        self._c = c
        self._level = level
        self._preamble = c._preamble
        self._code = c._code
        self._sent = 0  # operators of c._code handed over so far
        self._raw: list[bytes] = []
        self._packed: list[bytes] = []
        self._zip = zlib.compressobj(level)
        self._failed: BaseException | None = None
        self._todo: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._work, name="pdf-form-zlib", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        try:
            while (piece := self._todo.get()) is not None:
                self._packed.append(self._zip.compress(piece))
            self._packed.append(self._zip.flush())
        except BaseException as exc:  # told in finish(), on the drawing's thread
            self._failed = exc
            while self._todo.get() is not None:  # let the sender finish
                pass

    def send(self) -> None:
        """Hand the operators written since the last call to the compressing thread."""
        code = self._code
        end = len(code)
        if end == self._sent or code is not self._c._code:
            return
        text = "\n".join(code[self._sent : end])
        text = f"{self._preamble}\n{text}" if self._sent == 0 else f"\n{text}"
        piece = encoded(text)
        self._raw.append(piece)
        self._todo.put(piece)
        self._sent = end

    def finish(self) -> tuple[bytes, bytes]:
        """The whole stream, raw and compressed; the thread is done when this returns."""
        intact = self._code is self._c._code and self._preamble == self._c._preamble
        if intact and not self._code:  # nothing drawn: the stream is the preamble
            self._raw.append(encoded(self._preamble))
            self._todo.put(self._raw[-1])
        elif intact:
            self.send()
        self._todo.put(None)
        self._thread.join()
        if self._failed is not None:
            raise self._failed
        if not intact:
            raw = encoded("\n".join([self._c._preamble, *self._c._code]))
            return raw, zlib.compress(raw, self._level)
        return b"".join(self._raw), b"".join(self._packed)

    def abandon(self) -> None:
        """Stop the thread without a stream (the drawing failed)."""
        self._todo.put(None)
        self._thread.join()
