"""Every action's keys on every platform, so a clash on Windows or macOS shows up on Linux.

``QKeySequence.keyBindings`` answers only for the platform (and desktop) the
program runs on: Ctrl+D is Qt's Delete on Linux and nowhere else, so a clash
with Duplicate went unnoticed. This module holds, as data, Qt's documented
bindings of the standard keys this editor uses (the table in Qt's
qplatformtheme.cpp, as Qt 6 has it, with the dedicated Open,
Save, Undo… keys of multimedia keyboards), for the Linux desktops (plain X11, KDE, GNOME), Windows
and macOS, in Qt's portable notation: on macOS "Ctrl" is the Command key and
"Meta" the Control key.

Actions bound with ``bind`` remember which standard keys and literal sequences
they were given (a dynamic property), so ``keys_on`` can say what the action's
keys would be elsewhere; the test of the whole action set checks that no two
actions share a key on any platform.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence

SK = QKeySequence.StandardKey

X11, KDE, GNOME, WINDOWS, MACOS = "x11", "kde", "gnome", "windows", "macos"
PLATFORMS = (X11, KDE, GNOME, WINDOWS, MACOS)
LINUX = (X11, KDE, GNOME)
ALL = PLATFORMS

#: The dynamic property holding what an action was bound with.
SPEC_PROPERTY = "journeycanvasKeySpec"

#: Qt's bindings for the standard keys used here: (sequence, platforms), the
#: primary binding of a platform first.
STANDARD: dict[SK, list[tuple[str, tuple[str, ...]]]] = {
    SK.HelpContents: [("Ctrl+?", (MACOS,)), ("F1", (WINDOWS, *LINUX)), ("Help", ALL)],
    SK.Open: [("Ctrl+O", ALL), ("Open", ALL)],
    SK.Close: [
        ("Ctrl+F4", (WINDOWS,)),
        ("Ctrl+W", ALL),
        ("Ctrl+F4", (MACOS,)),
        ("Close", ALL),
    ],
    SK.Save: [("Ctrl+S", ALL), ("Save", ALL)],
    SK.New: [("Ctrl+N", ALL), ("New", ALL)],
    SK.Delete: [("Del", ALL), ("Ctrl+D", LINUX), ("Meta+D", (MACOS,))],
    SK.Cut: [
        ("Ctrl+X", ALL),
        ("Shift+Del", (WINDOWS, *LINUX)),
        ("F20", LINUX),
        ("Meta+K", (MACOS,)),
        ("Cut", ALL),
    ],
    SK.Copy: [("Ctrl+C", ALL), ("Ctrl+Ins", (WINDOWS, *LINUX)), ("F16", LINUX), ("Copy", ALL)],
    SK.Paste: [
        ("Ctrl+V", ALL),
        ("Ctrl+Shift+Ins", LINUX),
        ("Shift+Ins", (WINDOWS, *LINUX)),
        ("F18", LINUX),
        ("Meta+Y", (MACOS,)),
        ("Paste", ALL),
    ],
    SK.Undo: [("Ctrl+Z", ALL), ("Alt+Backspace", (WINDOWS,)), ("F14", LINUX), ("Undo", ALL)],
    SK.Redo: [
        ("Ctrl+Y", (WINDOWS,)),
        ("Alt+Shift+Backspace", (WINDOWS,)),
        ("Ctrl+Shift+Z", ALL),
        ("Redo", ALL),
    ],
    SK.ZoomIn: [("Ctrl++", ALL), ("Zoom In", ALL)],
    SK.ZoomOut: [("Ctrl+-", ALL), ("Zoom Out", ALL)],
    SK.Print: [("Ctrl+P", ALL)],
    SK.SelectAll: [("Ctrl+A", ALL)],
    SK.SaveAs: [("Ctrl+Shift+S", ALL), ("Shift+Save", ALL)],
    SK.Quit: [("Ctrl+Q", (*LINUX, MACOS)), ("Exit", (*LINUX, MACOS))],
    SK.FullScreen: [
        ("Ctrl+Meta+F", (MACOS,)),
        ("F11", (WINDOWS, KDE)),
        ("Ctrl+F11", (GNOME,)),
        ("Alt+Enter", (WINDOWS,)),
        ("Ctrl+Shift+F", (KDE,)),
    ],
}


#: Keys PC keyboards lack (Sun's Undo, Copy, Paste, Cut keys are F14, F16, F18,
#: F20): still bound where Qt binds them, but not listed to the user.
def is_rare_key(sequence: QKeySequence) -> bool:
    """A sequence of a function key beyond F12, which ordinary keyboards do not have."""
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    return text.startswith("F") and text[1:].isdigit() and int(text[1:]) > 12


def standard_on(key: SK, platform: str) -> list[str]:
    """A standard key's sequences on one platform, primary first (portable text)."""
    out: list[str] = []
    for text, where in STANDARD.get(key, []):
        if platform in where and text not in out:
            out.append(text)
    return out


def _portable(seq: QKeySequence) -> str:
    return seq.toString(QKeySequence.SequenceFormat.PortableText)


def resolve(parts: Iterable[SK | str], drop: Iterable[str] = ()) -> list[QKeySequence]:
    """Shortcuts for this platform from standard keys and literal sequences.

    ``drop`` names sequences left out of a standard key because another action
    owns them (Ctrl+D, Qt's Linux Delete, is Duplicate here).
    """
    dropped = {_portable(QKeySequence(d)) for d in drop}
    out: list[QKeySequence] = []
    for part in parts:
        seqs = QKeySequence.keyBindings(part) if isinstance(part, SK) else [QKeySequence(part)]
        out += [s for s in seqs if s not in out and _portable(s) not in dropped]
    return out


def bind(action: QAction, *parts: SK | str, drop: Iterable[str] = ()) -> QAction:
    """Give an action its keys and remember how, for the check on other platforms."""
    drop = list(drop)
    spec = [f"std:{p.name}" if isinstance(p, SK) else f"key:{p}" for p in parts]
    spec += [f"drop:{d}" for d in drop]
    action.setProperty(SPEC_PROPERTY, spec)
    action.setShortcuts(resolve(parts, drop))
    return action


def _spec_of(action: QAction) -> list[str]:
    """What an action was bound with; for one bound directly (not through ``bind``),
    read back from its keys: a standard key whose every binding here it has, else
    each sequence as a literal."""
    spec = action.property(SPEC_PROPERTY)
    if spec:
        return list(spec)
    have = [_portable(s) for s in action.shortcuts()]
    out: list[str] = []
    covered: set[str] = set()
    for key in STANDARD:
        mine = [_portable(s) for s in QKeySequence.keyBindings(key)]
        if mine and all(m in have for m in mine):
            out.append(f"std:{key.name}")
            covered.update(mine)
    out += [f"key:{h}" for h in have if h not in covered]
    return out


def keys_on(action: QAction, platform: str) -> list[str]:
    """The action's key sequences on a platform (portable text, normalised)."""
    spec = _spec_of(action)
    dropped = {_portable(QKeySequence(s[5:])) for s in spec if s.startswith("drop:")}
    out: list[str] = []
    for entry in spec:
        kind, _, value = entry.partition(":")
        if kind == "std":
            texts = standard_on(SK[value], platform)
        elif kind == "key":
            texts = [value]
        else:
            continue
        for text in texts:
            norm = _portable(QKeySequence(text))
            if norm not in out and norm not in dropped:
                out.append(norm)
    return out
