"""Pytest fixtures around the fake Inference API. Re-export them from a conftest (as
tests/inference/conftest.py does) or load this module as a plugin."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from .asset_host import AssetHost
from .fake_api import FakeInferenceAPI, refused_port
from .fake_router import FakeRouter

if TYPE_CHECKING:
    from hfi_desktop.inference import HfInference

MakeClient = Callable[..., "HfInference"]
#: The token of clients made by ``router_client``.
ROUTER_TOKEN = "hf_routerTestToken1234"

#: Variables through which the client (or requests) could leave the fake server.
_ENV_TO_CLEAR = (
    "HF_TOKEN", "HF_INFERENCE_ENDPOINT", "HF_ENDPOINT", "HF_ROUTER_URL",
    "HUGGING_FACE_HUB_TOKEN",
    "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy",
)


@pytest.fixture
def clean_hf_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No token, endpoint or proxy from the developer's environment; loopback never proxied."""
    for name in _ENV_TO_CLEAR:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    return monkeypatch


@pytest.fixture
def fake_api(clean_hf_env: pytest.MonkeyPatch) -> Iterator[FakeInferenceAPI]:
    """A started fake Inference API + Hub; fails the test if the server itself broke."""
    with FakeInferenceAPI() as api:
        yield api
    assert not api.errors, f"fake server errors: {api.errors!r}"


@pytest.fixture
def asset_host(monkeypatch: pytest.MonkeyPatch) -> Iterator[AssetHost]:
    """A started HTTPS provider CDN that ``requests`` trusts (REQUESTS_CA_BUNDLE names its
    self-signed certificate); fails the test if an asset was fetched with credentials."""
    with AssetHost() as host:
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", host.cert_path)
        yield host
    assert not host.errors, f"asset host errors: {host.errors!r}"
    assert not host.violations, f"asset host violations: {host.violations!r}"


@pytest.fixture
def fake_router(asset_host: AssetHost, clean_hf_env: pytest.MonkeyPatch
                ) -> Iterator[FakeRouter]:
    """A started fake router + Hub (``router_url=hub_url=router.url``) whose file URLs
    point at ``asset_host``; fails the test on a server error or a protocol violation
    (a test that provokes one on purpose clears ``router.violations``)."""
    with FakeRouter(assets=asset_host) as router:
        yield router
    assert not router.errors, f"fake router errors: {router.errors!r}"
    assert not router.violations, f"fake router violations: {router.violations!r}"


@pytest.fixture
def refused_url() -> Iterator[str]:
    """An http URL on 127.0.0.1 where connections are refused."""
    with refused_port() as port:
        yield f"http://127.0.0.1:{port}"


_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


@pytest.fixture
def no_internet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Name resolution of anything but loopback fails at once (so a mistake cannot reach
    the real API); the list collects the host names that were refused."""
    refused: list[str] = []
    resolve = socket.getaddrinfo

    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name not in _LOOPBACK:
            refused.append(name)
            raise socket.gaierror(socket.EAI_NONAME, f"tests may not resolve {name!r}")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)
    return refused


@pytest.fixture
def router_client(fake_router: FakeRouter) -> Iterator[MakeClient]:
    """Build clients aimed at the local router and Hub (keyword arguments override; queued
    jobs polled every 10 ms); all are closed at teardown."""
    from hfi_desktop.inference import HfInference

    clients: list[HfInference] = []

    def make(**kwargs: Any) -> HfInference:
        kwargs.setdefault("router_url", fake_router.url)
        kwargs.setdefault("hub_url", fake_router.url)
        kwargs.setdefault("poll_interval_s", 0.01)
        client = HfInference(kwargs.pop("token", ROUTER_TOKEN), **kwargs)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
