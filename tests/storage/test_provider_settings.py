"""The provider settings: the default policy (read by the picker, set in Settings) and the
choice remembered for each task."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from hfi_desktop.storage.settings import PROVIDER_POLICY, Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_the_default_policy_is_auto_until_set(settings: Settings) -> None:
    assert settings.default_provider_policy() == "auto"
    changed: list[frozenset[str]] = []
    settings.service.changed.connect(changed.append)
    settings.set(PROVIDER_POLICY, "cheapest")
    assert settings.default_provider_policy() == "cheapest"
    assert changed == [frozenset({PROVIDER_POLICY})]
    settings.set(PROVIDER_POLICY, "fastest")  # another name of "auto"
    assert settings.default_provider_policy() == "auto"
    settings.qsettings.setValue(PROVIDER_POLICY, "nonsense")  # a hand-edited file
    assert settings.default_provider_policy() == "auto"


def test_the_choice_of_each_task_is_kept_apart(settings: Settings, tmp_path: Path) -> None:
    assert settings.provider_choice("text-to-image") is None
    settings.set_provider_choice("text-to-image", "fal-ai")
    settings.set_provider_choice("translation", "2023-api")
    again = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.provider_choice("text-to-image") == "fal-ai"
    assert again.provider_choice("translation") == "2023-api"
    with pytest.raises(ValueError):
        settings.set_provider_choice("translation", "Not A Provider!")
    settings.qsettings.setValue("provider/task/fill-mask", "bad name")
    assert settings.provider_choice("fill-mask") is None
