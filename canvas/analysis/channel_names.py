"""One name for each channel, however a team or a survey wrote it.

"App", "商城 App" and "mobile app" are one channel. The synonyms are data, in
``resources/channels.json``; this module only reads that table and folds text
before comparing. Each channel has a stable key, so other features (channel
icons, say) can look a channel up by the same table. A channel the table does
not know keeps its own text, folded the same way, as its key.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from journeycanvas.resources import resource_path

TABLE_FILE = "channels.json"

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class ChannelName:
    """A channel as the table knows it: its key and its name in each language."""

    key: str
    zh: str
    en: str

    def name(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.en


@dataclass(frozen=True)
class ChannelTable:
    by_text: dict[str, ChannelName]
    separators: tuple[str, ...]


def fold(text: str) -> str:
    """Text for comparing: full-width forms folded, lower case, no spaces."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).casefold()


@lru_cache(maxsize=1)
def table() -> ChannelTable:
    """The bundled synonym table, read once."""
    data = json.loads(resource_path(TABLE_FILE).read_text(encoding="utf-8"))
    by_text: dict[str, ChannelName] = {}
    for entry in data["channels"]:
        channel = ChannelName(entry["key"], entry["zh"], entry["en"])
        for text in (entry["key"], entry["zh"], entry["en"], *entry.get("synonyms", ())):
            by_text.setdefault(fold(text), channel)
    return ChannelTable(by_text, tuple(data.get("separators", ())))


def split_channels(text: str) -> list[str]:
    """The channels one card names ("App 推送、短信" is two), trimmed, in order."""
    parts = [text]
    for sep in table().separators:
        parts = [piece for part in parts for piece in part.split(sep)]
    return [p.strip() for p in parts if p.strip()]


def channel_key(text: str) -> str:
    """The key a channel name stands for: the table's key, or the folded text itself."""
    folded = fold(text)
    known = table().by_text.get(folded)
    return known.key if known else folded


def known_channel(text: str) -> ChannelName | None:
    """The table's entry for a channel name, if it knows the name."""
    return table().by_text.get(fold(text))


def display_name(text: str, language: str) -> str:
    """The name to show for a channel: the table's, in the journey's language, or as typed."""
    known = known_channel(text)
    return known.name(language) if known else text.strip()
