"""Mouse gestures on the canvas, one small class per gesture (Orange's interactions).

The scene forwards press / move / release to the active gesture instead of
growing an if-chain in its mouse handlers. A gesture previews by moving items,
and on release pushes exactly one command: a drag is one undo step.
"""

from journeycanvas.canvas.interactions.base import Interaction
from journeycanvas.canvas.interactions.press import gesture_for_press

__all__ = ["Interaction", "gesture_for_press"]
