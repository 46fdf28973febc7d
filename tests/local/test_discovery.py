"""Find local servers: what each fake server is found as, and every way a port can fail
without the search taking longer than its timeout."""

from __future__ import annotations

import time

import pytest

from hfi_desktop.local.discovery import Status, default_urls, discover, probe
from hfi_desktop.local.sources import SourceKind
from tests.support.fake_openai_server import TEI_INFO, TGI_INFO, FakeOpenAIServer

#: Generous: fake servers on a loaded machine must answer within it.
TIMEOUT_S = 3.0
#: The searches with a bad server: they end at this deadline.
SHORT_S = 2.0


def test_the_usual_ports_are_probed_by_default() -> None:
    assert default_urls() == ["http://127.0.0.1:11434", "http://127.0.0.1:8080",
                              "http://127.0.0.1:1234", "http://127.0.0.1:8000"]


def test_ollama_is_found_with_its_tagged_models() -> None:
    with FakeOpenAIServer(models=("llama3.2:1b", "qwen2.5:0.5b"), ollama=True,
                          health=None) as server:
        [finding] = discover([server.url], timeout_s=TIMEOUT_S)
    assert finding.status is Status.FOUND
    assert finding.source is not None
    assert finding.source.kind is SourceKind.OPENAI
    assert finding.source.title == f"Ollama (127.0.0.1:{server.port})"
    assert finding.source.models == ("llama3.2:1b", "qwen2.5:0.5b")
    assert finding.source.base_url == server.url
    assert finding.source.healthy


def test_an_openai_compatible_server_is_named_by_its_model_list() -> None:
    with FakeOpenAIServer(models=("ggml-org/gemma-3-1b-it-GGUF",), owned_by="llamacpp") as server:
        [finding] = discover([server.url + "/v1/"], timeout_s=TIMEOUT_S)
    assert finding.source is not None
    assert finding.source.title == f"llama.cpp (127.0.0.1:{server.port})"
    assert finding.source.models == ("ggml-org/gemma-3-1b-it-GGUF",)
    assert finding.name == "llama.cpp"
    assert finding.base_url == server.url  # the root: "/v1" is what OpenAI clients are given


def test_a_server_that_is_not_ready_is_found_unhealthy() -> None:
    with FakeOpenAIServer(health=503) as server:
        [finding] = discover([server.url], timeout_s=TIMEOUT_S)
    assert finding.source is not None and not finding.source.healthy


@pytest.mark.parametrize(("info", "name"), [(TGI_INFO, "TGI"), (TEI_INFO, "TEI")])
def test_tgi_and_tei_are_found_as_hf_style(info: dict[str, object], name: str) -> None:
    with FakeOpenAIServer(info=info) as server:
        finding = probe(server.url, timeout_s=TIMEOUT_S)
    assert finding.source is not None
    assert finding.source.kind is SourceKind.HF
    assert finding.source.title == f"{name} (127.0.0.1:{server.port})"
    assert finding.source.models == (info["model_id"],)


def test_model_lists_are_checked_entry_by_entry() -> None:
    weird = ("good:1b", "", " ", "x" * 1000, "bad\x00id", "good:1b")
    with FakeOpenAIServer(models=weird, ollama=True) as server:
        [finding] = discover([server.url], timeout_s=TIMEOUT_S)
    assert finding.source is not None and finding.source.models == ("good:1b",)


def test_nothing_listening_is_said_quietly(refused_url: str) -> None:
    [finding] = discover([refused_url], timeout_s=TIMEOUT_S)
    assert finding.status is Status.NOTHING
    assert finding.source is None


@pytest.mark.parametrize(("behaviour", "message"), [
    ("garbage", "GET /v1/models: the server sent malformed JSON"),
    ("huge", "GET /v1/models: the response is larger than the limit"),
    ("hang", "no complete answer within 2 s"),
    ("trickle", "no complete answer within 2 s"),
])
def test_a_bad_server_gives_its_own_error_in_about_one_timeout(
        behaviour: str, message: str, refused_url: str) -> None:
    with FakeOpenAIServer(behaviour=behaviour) as bad, \
            FakeOpenAIServer(models=("phi3:mini",), ollama=True) as good:
        started = time.monotonic()
        findings = discover([bad.url, good.url, refused_url], timeout_s=SHORT_S)
        took = time.monotonic() - started
    assert took < SHORT_S + 1.5, took
    first, second, third = findings
    assert first.status is Status.ERROR
    assert first.message.startswith(f"127.0.0.1:{bad.port}: ")
    assert message in first.message
    assert second.source is not None and second.source.models == ("phi3:mini",)
    assert third.status is Status.NOTHING


def test_an_answer_of_the_wrong_shape_is_no_server_we_know() -> None:
    with FakeOpenAIServer(info={"model_id": 42, "router": ["x"]}) as server:
        [finding] = discover([server.url], timeout_s=TIMEOUT_S)
    assert finding.status is Status.ERROR
    assert finding.message == (f"127.0.0.1:{server.port}: answers, but not as an "
                               "OpenAI-compatible or HF-style server (GET /v1/models: HTTP 404)")
