"""File names proposed from a journey's title, for Save As (and anything else that asks)."""

from __future__ import annotations

#: Characters Windows refuses in a file name (and the path separators).
_REFUSED = '<>:"/\\|?*'


def stem_from_title(title: str, fallback: str) -> str:
    """A title as a file name stem: refused characters become "_", ends are trimmed,
    and an empty result gives ``fallback``."""
    cleaned = "".join("_" if ch in _REFUSED or ord(ch) < 32 else ch for ch in title)
    cleaned = " ".join(cleaned.split()).strip(" .")
    return cleaned[:120].rstrip(" .") or fallback
