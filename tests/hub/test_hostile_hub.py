"""A hostile Hub URL (issue 13): an endless or deeply nested answer gets a clear error, soon."""

from __future__ import annotations

import time

import pytest

from hfi_desktop.hub import HubClient
from hfi_desktop.hub.errors import HubDownloadTooLargeError, HubResponseError
from hfi_desktop.inference import DEFAULT_MAX_RESPONSE_BYTES
from tests.support.fake_api import FakeInferenceAPI, HugeBody, Respond

ENDLESS = HugeBody(10**12, declare_length=False)


@pytest.mark.parametrize("path", ["/api/models", "/api/models/acme/model"])
def test_an_endless_answer_is_cut_at_the_cap(fake_api: FakeInferenceAPI, path: str) -> None:
    fake_api.program(path, ENDLESS)
    hub = HubClient(timeout=(2.0, 5.0), max_response_bytes=1024 * 1024)
    start = time.monotonic()
    with pytest.raises(HubResponseError, match=r"larger than the limit of 1,048,576 bytes"):
        if path == "/api/models":
            hub.search_models(fake_api.url, pipeline_tag=None, query="x")
        else:
            hub.model_info(fake_api.url, "acme/model")
    assert time.monotonic() - start < 10.0
    [request] = fake_api.requests
    assert fake_api.wait_connection_closed(request.client_port, 5.0), "the rest was read"
    hub.close()


def test_the_hub_has_the_inference_clients_cap_by_default() -> None:
    hub = HubClient()
    assert hub.max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES
    hub.close()


def test_an_endless_download_is_cut_at_its_cap(hub: HubClient,
                                               fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/examples/endless.png", HugeBody(10**12, declare_length=False,
                                                       content_type="image/png"))
    with pytest.raises(HubDownloadTooLargeError, match="larger than 64 KB"):
        hub.download(f"{fake_api.url}/examples/endless.png", max_bytes=64 * 1024)


def test_deeply_nested_json_is_a_response_error(hub: HubClient,
                                                fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/api/models/acme/deep", Respond(200, b"[" * 100_000 + b"]" * 100_000))
    with pytest.raises(HubResponseError, match="nested too deeply"):
        hub.model_info(fake_api.url, "acme/deep")
