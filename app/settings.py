"""Every persisted preference, declared once with its key, type and default.

Orange's ``config_slot`` idea: code reads ``settings.AUTOSAVE_SECONDS.get()``
instead of scattering ``QSettings().value("some/key")`` strings whose types
differ between platforms (the INI backend hands back ``"60"`` for 60, and a
one-element list as a bare string). The coercion lives here, once.

Tests run with ``QStandardPaths.setTestModeEnabled(True)`` (conftest), which
QSettings honours, so they never touch a user's real preferences.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


def store() -> QSettings:
    """The application's settings (organisation and name come from the QApplication)."""
    return QSettings()


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type
    help: str = ""

    def get(self, settings: QSettings | None = None) -> T:
        raw = (settings or store()).value(self.key, None)
        if raw is None:
            return self._copy_default()
        try:
            return self._coerce(raw)
        except (TypeError, ValueError):
            return self._copy_default()

    def set(self, value: T, settings: QSettings | None = None) -> None:
        s = settings or store()
        s.setValue(self.key, value)
        s.sync()

    def reset(self, settings: QSettings | None = None) -> None:
        s = settings or store()
        s.remove(self.key)
        s.sync()

    def _copy_default(self) -> T:
        default: Any = self.default
        return list(default) if isinstance(default, list) else default

    def _coerce(self, raw: Any) -> Any:
        if self.kind is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in ("1", "true", "yes", "on")
            return bool(raw)
        if self.kind is int:
            return int(raw)
        if self.kind is str:
            return str(raw)
        if self.kind is list:
            if isinstance(raw, str):  # QSettings flattens a one-element list
                return [raw] if raw else []
            return [str(x) for x in raw]
        if self.kind is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(bytes(raw))
        return raw


#: Window size and place, and where the docks and toolbars are (QMainWindow.saveState).
GEOMETRY = Setting("window/geometry", QByteArray(), QByteArray, "saveGeometry() of the last window")
WINDOW_STATE = Setting("window/state", QByteArray(), QByteArray, "saveState(): docks, toolbars")
#: Most recent first, at most MAX_RECENT paths.
RECENT_FILES: Setting[list[str]] = Setting("files/recent", [], list, "recently opened files")
MAX_RECENT = 10
#: "" follows the system locale; otherwise a code from translations.LANGUAGES.
LANGUAGE = Setting("ui/language", "", str, "interface language")
#: "" follows the system; "light" or "dark" force a palette.
THEME = Setting("ui/theme", "", str, "light or dark palette")
#: How often a document with unsaved changes is written to its recovery file.
AUTOSAVE_SECONDS = Setting("autosave/interval", 60, int, "seconds between recovery snapshots")
#: The name new comments are signed with ("" until the user gives one: the login name).
COMMENT_AUTHOR = Setting("comments/author", "", str, "name shown on new comments")

ALL: tuple[Setting, ...] = (
    GEOMETRY,
    WINDOW_STATE,
    RECENT_FILES,
    LANGUAGE,
    THEME,
    AUTOSAVE_SECONDS,
    COMMENT_AUTHOR,
)
