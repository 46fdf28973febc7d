"""RecentModels: the models a user ran, newest first, per task, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from hfi_desktop.storage.recent_models import MAX_RECENT, RecentModels


def settings_in(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_newest_first_without_repeats_and_at_most_max(tmp_path: Path) -> None:
    recent = RecentModels(settings_in(tmp_path))
    for index in range(MAX_RECENT + 3):
        recent.add("summarization", f"model/{index}")
    recent.add("summarization", "model/5")
    models = recent.get("summarization")
    assert models[0] == "model/5" and len(models) == MAX_RECENT == len(set(models))
    assert recent.get("translation") == []
    assert recent.add("summarization", "  ") == models


class CountingSettings(QSettings):
    """Real QSettings (an INI file) that count the values set."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path), QSettings.Format.IniFormat)
        self.writes = 0

    def setValue(self, key: str, value: object) -> None:
        self.writes += 1
        super().setValue(key, value)


def test_running_the_same_model_again_writes_nothing(tmp_path: Path) -> None:
    """Each value set makes QSettings write its file again (on the GUI thread)."""
    settings = CountingSettings(tmp_path / "settings.ini")
    recent = RecentModels(settings)
    assert recent.add("summarization", "a/b") == ["a/b"]
    assert recent.add("summarization", "a/b") == ["a/b"]
    assert settings.writes == 1
    assert recent.add("summarization", "c/d") == ["c/d", "a/b"]
    assert recent.add("summarization", "c/d") == ["c/d", "a/b"]
    assert settings.writes == 2
