"""The models a user ran recently, per task, newest first (kept in QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

MAX_RECENT = 10


class RecentModels:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def _key(self, task_id: str) -> str:
        return f"recent_models/{task_id}"

    def get(self, task_id: str) -> list[str]:
        value = self._settings.value(self._key(task_id), [])
        if isinstance(value, str):  # QSettings returns a one-item list as a plain string
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(item) for item in value if str(item).strip()]

    def add(self, task_id: str, model: str) -> list[str]:
        model = model.strip()
        if not model:
            return self.get(task_id)
        known = self.get(task_id)
        models = ([model] + [m for m in known if m != model])[:MAX_RECENT]
        if models != known:  # unchanged (the same model again): no settings file written
            self._settings.setValue(self._key(task_id), models)
        return models
