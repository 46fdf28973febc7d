"""The access token goes only where the client's token policy allows; TLS is always verified."""

from __future__ import annotations

import http.server
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from hfi_desktop.inference import InferenceConnectionError, RedirectRefusedError
from tests.inference.conftest import MakeClient
from tests.inference.helpers import SST2, SST2_PATH
from tests.support.fake_api import FakeInferenceAPI, Respond
from tests.support.tls import self_signed_pem

TOKEN = "hf_policy_test_token"


def _auth(fake_api: FakeInferenceAPI, path: str) -> list[str | None]:
    return [r.header("authorization") for r in fake_api.requests_to(path)]


def test_without_a_policy_the_token_goes_everywhere(make_client: MakeClient,
                                                    fake_api: FakeInferenceAPI) -> None:
    make_client(TOKEN).text_classification(inputs="I like you", model=SST2)
    assert _auth(fake_api, SST2_PATH) == [f"Bearer {TOKEN}"]


def test_policy_yes_sends_the_header(make_client: MakeClient, fake_api: FakeInferenceAPI) -> None:
    seen: list[str] = []

    def policy(url: str) -> bool:
        seen.append(url)
        return True

    make_client(TOKEN, token_policy=policy).text_classification(inputs="I like you", model=SST2)
    assert _auth(fake_api, SST2_PATH) == [f"Bearer {TOKEN}"]
    assert seen == [f"{fake_api.url}{SST2_PATH}"]  # the URL requests is about to send to


def test_policy_no_sends_the_call_without_the_header(make_client: MakeClient,
                                                     fake_api: FakeInferenceAPI) -> None:
    client = make_client(TOKEN, token_policy=lambda url: False)
    client.text_classification(inputs="I like you", model=SST2)
    assert _auth(fake_api, SST2_PATH) == [None]
    assert client.has_token
    assert not client.sends_token_to(f"{fake_api.url}{SST2_PATH}")


def test_policy_is_asked_per_request_hub_lookups_included(make_client: MakeClient,
                                                          fake_api: FakeInferenceAPI) -> None:
    """No model: the default model comes from the Hub's task list, a request of its own."""
    client = make_client(TOKEN, token_policy=lambda url: "/models/" in url)
    client.text_classification(inputs="I like you")
    assert _auth(fake_api, "/api/tasks") == [None]
    assert _auth(fake_api, SST2_PATH) == [f"Bearer {TOKEN}"]


def test_a_policy_that_raises_withholds_the_token(make_client: MakeClient,
                                                  fake_api: FakeInferenceAPI) -> None:
    def broken(url: str) -> bool:
        raise RuntimeError("bug")

    make_client(TOKEN, token_policy=broken).text_classification(inputs="I like you", model=SST2)
    assert _auth(fake_api, SST2_PATH) == [None]


def test_a_redirect_to_another_host_is_not_followed(make_client: MakeClient,
                                                    fake_api: FakeInferenceAPI) -> None:
    """127.0.0.1 → localhost is another origin: a 307 would send the inputs there again (and
    requests would only strip the token), so it is not followed at all."""
    other = fake_api.url.replace("127.0.0.1", "localhost")
    fake_api.program("/models/hop", Respond(307, b"", None, {"Location": f"{other}{SST2_PATH}"}))
    with pytest.raises(RedirectRefusedError, match="localhost"):
        make_client(TOKEN, token_policy=lambda url: True).text_classification(
            inputs="I like you", model=f"{fake_api.url}/models/hop")
    assert _auth(fake_api, "/models/hop") == [f"Bearer {TOKEN}"]
    assert fake_api.requests_to(SST2_PATH) == []


def test_a_redirect_on_the_same_host_keeps_the_token(make_client: MakeClient,
                                                     fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/models/hop", Respond(307, b"", None, {"Location": SST2_PATH}))
    make_client(TOKEN, token_policy=lambda url: True).text_classification(
        inputs="I like you", model=f"{fake_api.url}/models/hop")
    assert _auth(fake_api, SST2_PATH) == [f"Bearer {TOKEN}"]


# --------------------------------------------------------------------------------- TLS


def _self_signed(directory: Path) -> tuple[Path, Path]:
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    for path, pem in zip((cert_path, key_path), self_signed_pem(), strict=True):
        path.write_bytes(pem)
    return cert_path, key_path


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[dict[str, str]]] = []

    def do_POST(self) -> None:
        type(self).requests.append(dict(self.headers))
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"[]")

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def self_signed_server(tmp_path: Path) -> Iterator[str]:
    cert, key = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    _Recorder.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_a_self_signed_certificate_is_refused_with_a_clear_error(
        make_client: MakeClient, self_signed_server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Empty CA-bundle variables once turned verification off in requests: not here.
    monkeypatch.setenv("CURL_CA_BUNDLE", "")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "")
    client = make_client(TOKEN)
    with pytest.raises(InferenceConnectionError) as caught:
        client.text_classification(inputs="hi", model=f"{self_signed_server}/models/x")
    message = str(caught.value)
    assert "certificate" in message
    assert "could not be verified" in message
    assert "self-signed" in message or "self signed" in message
    assert TOKEN not in message
    assert _Recorder.requests == []  # nothing was sent, the token least of all


# ------------------------------------------------------------------- errors never hold it


def test_a_server_echoing_the_token_does_not_put_it_in_the_error(
        make_client: MakeClient, fake_api: FakeInferenceAPI) -> None:
    from hfi_desktop.inference import InferenceHTTPError, StreamError
    from tests.support.fake_api import respond_error

    token = "hf_echoed_back_by_the_server_1234"
    client = make_client(token)
    fake_api.program(SST2_PATH, respond_error(401, f"bad credentials: Bearer {token}"))
    with pytest.raises(InferenceHTTPError) as caught:
        client.text_classification(inputs="hi", model=SST2)
    error = caught.value
    for text in (str(error), repr(error), error.message, *map(str, error.args)):
        assert token not in text
    assert "Bearer hf_***" in str(error)

    fake_api.program("/models/gpt2", Respond(
        200, f'data: {{"error": "nope {token}", "error_type": "{token}"}}\n\n'.encode(),
        "text/event-stream"))
    with pytest.raises(StreamError) as streamed:
        list(client.text_generation_stream(inputs="hi", model="gpt2"))
    assert token not in str(streamed.value) and token not in streamed.value.message
