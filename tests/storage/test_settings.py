"""Typed settings over QSettings: defaults from env and the client, one change signal."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from hfi_desktop.inference import Options
from hfi_desktop.local.profiles import ServerProfile
from hfi_desktop.local.sources import SourceKind
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
    monkeypatch.delenv("HF_ROUTER_URL", raising=False)
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
        trusted_origins=("https://proxy.example.com", "http://127.0.0.1:8080"),
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
    settings.add_trusted_origin("https://B.example.com./x")
    settings.set(keys.USE_CACHE, False)
    assert changes == [frozenset({keys.ENDPOINTS}), frozenset({keys.TRUSTED_ORIGINS}),
                       frozenset({keys.USE_CACHE})]
    assert settings.trusted_origins() == ["https://b.example.com"]


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


# -- the router, the default provider, billing, the retired host ------------------------------

def test_the_router_and_the_inference_api_below_it(settings: Settings,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert settings.router_url() == "https://router.huggingface.co"
    monkeypatch.setenv("HF_ROUTER_URL", "https://router.example.com/")
    assert settings.router_url() == "https://router.example.com"
    assert settings.base_url() == "https://router.example.com/hf-inference"  # follows it
    settings.set(keys.ROUTER_URL, "https://proxy.example.com/hf")
    assert settings.router_url() == "https://proxy.example.com/hf"  # the setting wins
    assert settings.base_url() == "https://proxy.example.com/hf/hf-inference"
    monkeypatch.setenv("HF_INFERENCE_ENDPOINT", "http://tgi.local:8080")
    assert settings.base_url() == "http://tgi.local:8080"  # an Inference API of one's own


def test_the_default_provider_policy(settings: Settings, changes: list[frozenset[str]]) -> None:
    assert settings.default_provider_policy() == "auto"
    settings.set(keys.PROVIDER_POLICY, "cheapest")
    assert settings.default_provider_policy() == "cheapest"
    assert changes == [frozenset({keys.PROVIDER_POLICY})]
    settings.qsettings.setValue(keys.PROVIDER_POLICY, "fastest")  # another name of auto
    assert settings.default_provider_policy() == "auto"
    settings.qsettings.setValue(keys.PROVIDER_POLICY, "bogus")
    assert settings.default_provider_policy() == "auto"
    problems = SettingsValues(provider_policy="bogus").problems()
    assert problems == {"provider_policy": "unknown provider policy 'bogus': one of auto, "
                                           "cheapest, preferred"}


def test_bill_to_is_kept_per_token_and_never_the_token(
        tmp_path: Path, settings: Settings, changes: list[frozenset[str]]) -> None:
    first, second = "hf_firstTokenValue000000001", "hf_secondTokenValue00000002"
    assert settings.bill_to(first) is None
    settings.set_bill_to(first, "acme")
    settings.set_bill_to(first, "acme")  # no change: no signal
    assert changes == [frozenset({keys.BILL_TO})]
    assert settings.bill_to(first) == "acme" and settings.bill_to(second) is None
    assert settings.bill_to("") is None
    settings.qsettings.sync()
    text = (tmp_path / "settings.ini").read_text()
    assert "acme" in text and first not in text and first[3:] not in text
    settings.set_bill_to(first, None)
    assert settings.bill_to(first) is None
    assert keys.BILL_TO in changes[-1]
    assert keys.BILL_TO in keys.CLIENT_KEYS


@pytest.mark.parametrize(("field", "url", "problem"), [
    ("router_url", "https://router.example.com/?key=1",
     "a base URL cannot have a query (?…) or a fragment (#…)"),
    ("hub_url", "https://hf-mirror.com/#top",
     "a base URL cannot have a query (?…) or a fragment (#…)"),
    ("router_url", "router.huggingface.co", "expected a URL starting with https:// (or http://)"),
    ("router_url", "https://api-inference.huggingface.co",
     "api-inference.huggingface.co is retired (it answers 410 Gone): the router is "
     "https://router.huggingface.co"),
])
def test_bad_base_urls_say_what_is_wrong(field: str, url: str, problem: str) -> None:
    values = dataclasses.replace(SettingsValues(), **{field: url})
    assert values.problems() == {field: problem}


def test_a_mirror_of_the_hub_is_a_fine_hub_url(settings: Settings) -> None:
    values = dataclasses.replace(settings.values(), hub_url="https://hf-mirror.com")
    assert values.problems() == {}
    settings.apply(values)
    assert settings.hub_url() == "https://hf-mirror.com"


def test_switch_from_the_retired_host_to_the_router(
        settings: Settings, changes: list[frozenset[str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert not settings.base_url_is_retired()
    settings.set(keys.BASE_URL, "https://api-inference.huggingface.co")
    assert settings.base_url_is_retired()
    settings.switch_to_router()
    assert settings.get(keys.BASE_URL) == ""
    assert settings.base_url() == "https://router.huggingface.co/hf-inference"
    monkeypatch.setenv("HF_INFERENCE_ENDPOINT", "https://api-inference.huggingface.co")
    assert settings.base_url_is_retired()  # the environment names it: the setting overrides
    settings.switch_to_router()
    assert settings.get(keys.BASE_URL) == "https://router.huggingface.co/hf-inference"
    assert not settings.base_url_is_retired()
    assert changes[-1] == frozenset({keys.BASE_URL})


def test_the_client_gets_deadlines_no_shorter_than_its_timeouts(settings: Settings) -> None:
    """A trickling server must not hold a call forever (issue 13, fault 5): the client gets
    a call deadline and a stream idle deadline, by default 10 and 5 minutes, never shorter
    than what the timeouts allow (a read timeout raised for a slow model is kept)."""
    assert settings.deadlines() == (600.0, 300.0)
    settings.apply(dataclasses.replace(DEFAULTS, connect_timeout_s=30.0, read_timeout_s=900.0))
    assert settings.deadlines() == (930.0, 900.0)
    settings.apply(dataclasses.replace(DEFAULTS, call_deadline_s=7200.0, stream_idle_s=60.0))
    assert settings.deadlines() == (7200.0, 120.0)
    assert keys.CALL_DEADLINE in keys.CLIENT_KEYS and keys.STREAM_IDLE in keys.CLIENT_KEYS


def test_local_server_profiles_round_trip_and_bad_entries_are_skipped(
        tmp_path: Path, settings: Settings, changes: list[frozenset[str]]) -> None:
    profiles = [ServerProfile("ollama", SourceKind.OPENAI, "http://127.0.0.1:11434"),
                ServerProfile("tgi", SourceKind.HF, "http://127.0.0.1:8080")]
    settings.set_local_servers(profiles)
    assert changes == [frozenset({keys.LOCAL_SERVERS})]
    again = Settings(ini(tmp_path))
    assert again.local_servers() == profiles
    assert again.values().local_servers == tuple(profiles)
    again.qsettings.setValue("local_servers/2/kind", "nonsense")
    again.qsettings.setValue("local_servers/1/name", "Bad Name")
    assert again.local_servers() == []


def test_local_server_problems_are_found_by_index(settings: Settings) -> None:
    twice = ServerProfile("a", SourceKind.OPENAI, "http://127.0.0.1:1")
    values = dataclasses.replace(settings.values(), local_servers=(twice, twice))
    assert values.problems() == {"local_servers.1": "the name 'a' is used twice"}
    with pytest.raises(ValueError, match="used twice"):
        settings.apply(values)
