"""Typed settings over QSettings: defaults from env and the client, one change signal."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from hfi_desktop.inference import Options
from hfi_desktop.storage import settings as keys
from hfi_desktop.storage.settings import (
    DEFAULTS,
    NamedEndpoint,
    Settings,
    SettingsValues,
    Theme,
)


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.delenv("HF_INFERENCE_ENDPOINT", raising=False)
    monkeypatch.delenv("HF_ENDPOINT", raising=False)
    return Settings(ini(tmp_path))


@pytest.fixture
def changes(settings: Settings) -> list[frozenset[str]]:
    seen: list[frozenset[str]] = []
    settings.service.changed.connect(seen.append)
    return seen


def test_defaults(settings: Settings) -> None:
    assert settings.values() == DEFAULTS
    assert settings.base_url() == "https://router.huggingface.co/hf-inference"
    assert settings.hub_url() == "https://huggingface.co"
    assert settings.timeout() == (10.0, 120.0)
    assert settings.default_options() == Options(wait_for_model=False, use_cache=True,
                                                 retry_on_error=True)
    assert settings.max_input_bytes() == 20 * 1024 * 1024
    assert settings.history_enabled() and settings.history_keep_inputs()
    assert settings.history_max_store_mb() == 500
    assert settings.theme() is Theme.SYSTEM
    assert settings.endpoints() == []


def test_env_gives_the_url_defaults(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_INFERENCE_ENDPOINT", "http://localhost:9000/")
    monkeypatch.setenv("HF_ENDPOINT", "https://hub.example.com")
    assert settings.base_url() == "http://localhost:9000"
    assert settings.hub_url() == "https://hub.example.com"
    settings.set(keys.BASE_URL, "https://proxy.example.com/inference/")
    assert settings.base_url() == "https://proxy.example.com/inference"  # the setting wins


def test_values_survive_a_new_qsettings(tmp_path: Path, settings: Settings) -> None:
    wanted = SettingsValues(
        base_url="https://proxy.example.com", hub_url="https://hub.example.com",
        connect_timeout_s=3.5, read_timeout_s=300.0, wait_for_model=True, use_cache=False,
        retry_on_error=False, max_input_mb=50.0, history_enabled=False,
        history_keep_inputs=False, history_max_store_mb=2000, theme=Theme.DARK,
        endpoints=(NamedEndpoint("tgi", "http://localhost:8080", True),
                   NamedEndpoint("other", "https://other.example.com/x", False)),
        trusted_hosts=("proxy.example.com",),
    )
    settings.apply(wanted)
    again = Settings(ini(tmp_path))  # INI files give strings back: typed again here
    assert again.values() == wanted
    assert again.timeout() == (3.5, 300.0)
    assert again.max_input_bytes() == 50 * 1024 * 1024


def test_the_history_keys_keep_their_names(tmp_path: Path, settings: Settings) -> None:
    settings.apply(dataclasses.replace(DEFAULTS, history_enabled=False,
                                       history_keep_inputs=False, history_max_store_mb=42))
    raw = ini(tmp_path)
    assert raw.value("history/enabled") in (False, "false")
    assert raw.value("history/keep_inputs") in (False, "false")
    assert int(raw.value("history/max_store_mb")) == 42


def test_apply_emits_once_with_the_changed_keys(settings: Settings,
                                                changes: list[frozenset[str]]) -> None:
    settings.apply(dataclasses.replace(DEFAULTS, read_timeout_s=60.0, theme=Theme.LIGHT))
    assert changes == [frozenset({keys.READ_TIMEOUT, keys.THEME})]
    settings.apply(settings.values())  # nothing changed: no signal
    assert len(changes) == 1


def test_single_writes_emit_their_key(settings: Settings, changes: list[frozenset[str]]) -> None:
    settings.set_endpoints([NamedEndpoint("a", "https://a.example.com")])
    settings.add_trusted_host("https://B.example.com./x")
    settings.set(keys.USE_CACHE, False)
    assert changes == [frozenset({keys.ENDPOINTS}), frozenset({keys.TRUSTED_HOSTS}),
                       frozenset({keys.USE_CACHE})]
    assert settings.trusted_hosts() == ["b.example.com"]


def test_bad_stored_values_read_as_defaults(tmp_path: Path, settings: Settings) -> None:
    raw = ini(tmp_path)
    raw.setValue("network/read_timeout_s", "soon")
    raw.setValue("network/connect_timeout_s", -4)
    raw.setValue("inputs/max_mb", "1e9")
    raw.setValue("options/use_cache", "perhaps")
    raw.setValue("ui/theme", "purple")
    raw.sync()
    fresh = Settings(ini(tmp_path))
    assert fresh.timeout() == (10.0, 120.0)
    assert fresh.max_input_bytes() == 20 * 1024 * 1024
    assert fresh.default_options().use_cache is True
    assert fresh.theme() is Theme.SYSTEM


def test_endpoints(settings: Settings) -> None:
    endpoints = [NamedEndpoint(" tgi ", " http://localhost:8080 ", True),
                 NamedEndpoint("", "https://nameless.example.com")]
    settings.set_endpoints(endpoints)
    assert settings.endpoints() == [NamedEndpoint("tgi", "http://localhost:8080", True)]
    assert settings.endpoint("TGI") == NamedEndpoint("tgi", "http://localhost:8080", True)
    assert settings.endpoints()[0].host == "localhost"
    settings.set_endpoints([])
    assert settings.endpoints() == []


@pytest.mark.parametrize(("values", "field"), [
    (SettingsValues(base_url="ftp://x"), "base_url"),
    (SettingsValues(hub_url="https://user:pw@hub.example.com"), "hub_url"),
    (SettingsValues(endpoints=(NamedEndpoint("a", "nope"),)), "endpoints.0"),
    (SettingsValues(endpoints=(NamedEndpoint("a", "https://a.example.com"),
                               NamedEndpoint("A", "https://b.example.com"))), "endpoints.1"),
])
def test_problems(settings: Settings, values: SettingsValues, field: str) -> None:
    assert field in values.problems()
    with pytest.raises(ValueError):
        settings.apply(values)
    assert settings.values() == DEFAULTS  # nothing written
