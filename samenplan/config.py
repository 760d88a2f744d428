"""Preferences: one registry of keys, types and defaults, stored with QSettings (INI file).

Only UI preferences live here: language, text size, high contrast, minutes before the
automatic lock, whether client names stay out of the window title, the window's size and
place, and the id (not the name) of the profile used last. Never names, plan text or keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

SETTINGS_FILE = "settings.ini"


@dataclass(frozen=True)
class Pref:
    key: str
    type: type
    default: Any
    help: str


PREFS = {
    p.key: p
    for p in (
        Pref("ui/language", str, "nl", "a language with a catalogue: nl, en, ..."),
        Pref("ui/text_scale", float, 1.0, "text size factor, 0.8 to 2.0"),
        Pref("ui/contrast", str, "system", "high-contrast look: system, high or normal"),
        Pref("lock/idle_minutes", float, 10.0, "lock after this many minutes without input"),
        Pref("profiles/last", str, "", "random id of the profile opened last"),
        Pref("ui/hide_names", bool, False, "keep the open dossier's name out of the title"),
        Pref("ui/window", str, "", "the window's position and size (Qt geometry, base64)"),
    )
}


class Config:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / SETTINGS_FILE
        self.settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        pref = PREFS[key]
        value = self.settings.value(key, pref.default)
        if pref.type is bool and isinstance(value, str):  # an INI file keeps "true"/"false"
            return value.strip().lower() in ("true", "1")
        try:
            return pref.type(value)
        except (TypeError, ValueError):
            return pref.default

    def set(self, key: str, value: Any) -> None:
        pref = PREFS[key]  # KeyError for an undeclared key: every key is in the registry
        self.settings.setValue(key, pref.type(value))
        self.settings.sync()

    def forget_profile(self, profile_id: str) -> None:
        """Remove every trace of a deleted profile."""
        if self.get("profiles/last") == profile_id:
            self.settings.remove("profiles/last")
            self.settings.sync()
