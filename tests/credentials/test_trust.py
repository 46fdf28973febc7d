"""Which hosts are Hugging Face's, and where the token may go."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from hfi_desktop.credentials.trust import (
    Decision,
    TokenTrust,
    check_url,
    is_hf_host,
    is_hf_url,
    normalize_host,
    normalize_origin,
)
from hfi_desktop.storage.settings import NamedEndpoint, Settings


@pytest.mark.parametrize("url", [
    "https://huggingface.co",
    "https://huggingface.co/api/whoami-v2",
    "https://router.huggingface.co/hf-inference/models/gpt2",
    "https://api-inference.huggingface.co/models/gpt2",
    "https://HuggingFace.CO/x",  # upper case
    "https://huggingface.co./x",  # trailing dot (the same DNS name)
    "https://router.huggingface.co.:443/x",
    "https://huggingface.co:8443/x",
    "https://hugging%66ace.co/x",  # percent-encoded: urllib3 connects to huggingface.co
    "huggingface.co",  # a bare host
    "https://evil.com%2f@huggingface.co/x",  # userinfo "evil.com/": the host is HF's
])
def test_hugging_face_hosts(url: str) -> None:
    assert is_hf_host(url)


@pytest.mark.parametrize("url", [
    "https://huggingface.co.evil.com/x",
    "https://evilhuggingface.co/x",
    "https://huggingface.com/x",
    "https://huggingface.co@evil.com/x",  # userinfo trick: the host is evil.com
    "https://user:pw@evil.com/?https://huggingface.co",
    "https://evil.com\\@huggingface.co/x",  # urllib.parse says HF; urllib3 connects to evil
    "https://evil.com#@huggingface.co",
    "https://evil.com?@huggingface.co",
    "https://huggingf\u0430ce.co/x",  # a Cyrillic a: IDNA xn--…, not HF
    "https://xn--huggingfce-6qi.co/x",
    "https://huggingface.co%00.evil.com/x",
    "https://huggingface\u3002co/x",  # not a valid IDNA label for urllib3: refused
    "https://127.0.0.1:8080/x",
    "https://[::1]/x",
    "",
    "not a url at all",
    "https:// huggingface.co",
])
def test_not_hugging_face_hosts(url: str) -> None:
    assert not is_hf_host(url)


def test_only_https_is_trusted_without_asking() -> None:
    assert is_hf_url("https://huggingface.co/x")
    assert not is_hf_url("http://huggingface.co/x")  # the token would cross in clear text
    assert not is_hf_url("huggingface.co")


def test_normalize_host() -> None:
    assert normalize_host("https://Example.COM.:8080/path") == "example.com"
    assert normalize_host("example.com") == "example.com"
    assert normalize_host("https://bücher.example/x") == "xn--bcher-kva.example"
    assert normalize_host("https://[::1]:80/") == "[::1]"
    assert normalize_host("") is None
    assert normalize_host("https://") is None


@pytest.mark.parametrize(("text", "problem"), [
    ("https://my-endpoint.example.com/v1", None),
    ("http://localhost:8080", None),
    ("ftp://example.com", "https://"),
    ("example.com", "https://"),
    ("https://exa mple.com", "spaces"),
    ("https://user:secret@example.com", "user name or password"),
    ("https://", "host"),
])
def test_check_url(text: str, problem: str | None) -> None:
    found = check_url(text)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_decisions(settings: Settings) -> None:
    settings.set_endpoints([NamedEndpoint("mine", "https://mine.example.com/generate", True),
                            NamedEndpoint("theirs", "https://theirs.example.com", False)])
    trust = TokenTrust(settings)
    assert trust.decision("https://huggingface.co/api/x") is Decision.SEND
    assert trust.decision("https://MINE.example.com./other") is Decision.SEND
    assert trust.decision("https://theirs.example.com/x") is Decision.ASK
    assert trust.decision("https://huggingface.co@theirs.example.com/x") is Decision.ASK
    assert trust.decision("http://huggingface.co/x") is Decision.WITHHOLD  # plain http
    assert trust.allows("https://mine.example.com/x")
    assert not trust.allows("https://theirs.example.com/x")  # undecided: no token


def test_yes_is_remembered_in_the_settings(settings: Settings) -> None:
    TokenTrust(settings).allow("https://theirs.example.com/x")
    assert settings.trusted_origins() == ["https://theirs.example.com"]
    assert TokenTrust(settings).allows("https://theirs.example.com/y")  # a later session
    assert TokenTrust(settings).allows("https://theirs.example.com:443/y")  # the same origin


# ----------------------------------------------------------------- origins (fault 13)


def test_normalize_origin() -> None:
    assert normalize_origin("https://A.example.com./x?y") == "https://a.example.com"
    assert normalize_origin("https://a.example.com:443/x") == "https://a.example.com"
    assert normalize_origin("https://a.example.com:8443/x") == "https://a.example.com:8443"
    assert normalize_origin("http://127.0.0.1:8080/models/x") == "http://127.0.0.1:8080"
    assert normalize_origin("http://localhost") == "http://localhost"
    assert normalize_origin("a.example.com") == "https://a.example.com"
    assert normalize_origin("ftp://a.example.com") is None
    assert normalize_origin("https://") is None


def test_trust_is_per_origin_not_per_host(settings: Settings) -> None:
    trust = TokenTrust(settings)
    trust.allow("http://127.0.0.1:8001/models/x")
    assert settings.trusted_origins() == ["http://127.0.0.1:8001"]
    assert trust.allows("http://127.0.0.1:8001/other")
    for other in ("http://127.0.0.1:8002/x", "https://127.0.0.1:8001/x", "http://127.0.0.1/x",
                  "http://localhost:8001/x"):
        assert trust.decision(other) is Decision.ASK, other
    trust.withhold("https://theirs.example.com:8443")
    assert trust.decision("https://theirs.example.com:8443/x") is Decision.WITHHOLD
    assert trust.decision("https://theirs.example.com/x") is Decision.ASK


def test_plain_http_off_this_machine_is_never_trusted(settings: Settings) -> None:
    settings.set_endpoints([NamedEndpoint("plain", "http://tgi.example.com", True)])
    trust = TokenTrust(settings)
    trust.allow("http://other.example.com:8080/x")
    assert settings.trusted_origins() == []
    for url in ("http://tgi.example.com/x", "http://other.example.com:8080/x",
                "http://huggingface.co/x"):
        assert trust.decision(url) is Decision.WITHHOLD, url  # not even asked
    values = settings.values()
    assert "plain http" in values.problems()["endpoints.0"]
    for loopback in ("http://127.0.0.1:9000/x", "http://localhost:9000/x",
                     "http://[::1]:9000/x", "http://127.1.2.3:9000/x"):
        assert trust.decision(loopback) is Decision.ASK, loopback  # an explicit yes only


def test_old_host_entries_are_migrated_to_https_on_the_default_port(tmp_path: Path) -> None:
    """An old "hosts" entry never grants every port: it becomes https://host (port 443),
    the one origin a host name alone names; anything else is asked again."""
    path = str(tmp_path / "old.ini")
    old = QSettings(path, QSettings.Format.IniFormat)
    old.setValue("trust/hosts", ["tgi.example.com", "127.0.0.1"])
    old.sync()
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert settings.trusted_origins() == ["https://tgi.example.com", "https://127.0.0.1"]
    trust = TokenTrust(settings)
    assert trust.allows("https://tgi.example.com/generate")
    assert trust.decision("https://tgi.example.com:8443/x") is Decision.ASK
    assert trust.decision("http://127.0.0.1:8080/x") is Decision.ASK
    assert settings.qsettings.value("trust/hosts") is None  # migrated once


def test_no_holds_for_the_session_and_is_not_saved(settings: Settings) -> None:
    trust = TokenTrust(settings)
    trust.withhold("theirs.example.com")
    assert trust.decision("https://theirs.example.com/x") is Decision.WITHHOLD
    assert settings.trusted_origins() == []
    assert TokenTrust(settings).decision("https://theirs.example.com/x") is Decision.ASK


def test_trusting_an_endpoint_later_wins_over_a_no(settings: Settings) -> None:
    trust = TokenTrust(settings)
    trust.withhold("theirs.example.com")
    settings.set_endpoints([NamedEndpoint("theirs", "https://theirs.example.com", True)])
    trust.reload()
    assert trust.allows("https://theirs.example.com/x")


def test_untrusting_an_endpoint_takes_the_token_back(settings: Settings) -> None:
    settings.set_endpoints([NamedEndpoint("mine", "https://mine.example.com", True)])
    trust = TokenTrust(settings)
    assert trust.allows("https://mine.example.com/x")
    settings.set_endpoints([NamedEndpoint("mine", "https://mine.example.com", False)])
    trust.reload()
    assert not trust.allows("https://mine.example.com/x")
