"""Chat with a local OpenAI-compatible server (Ollama, llama.cpp, …) at its base URL: model
names with ':' in them, no token, no usage in the answer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hfi_desktop.inference import ChatStreamAssembler, HfInference, ModelNotFoundError
from hfi_desktop.local.clients import local_client
from hfi_desktop.local.sources import LocalSource, SourceKind
from tests.support.fake_openai_server import FakeOpenAIServer

MODEL = "llama3.2:1b"
MESSAGES = [{"role": "user", "content": "Hi"}]


@pytest.fixture
def server(clean_hf_env: pytest.MonkeyPatch) -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(models=(MODEL,), ollama=True, reply="Hello there, friend") as fake:
        yield fake


@pytest.fixture
def client(server: FakeOpenAIServer) -> Iterator[HfInference]:
    made = HfInference(base_url=server.url, hub_url=server.url, timeout=(2.0, 10.0))
    yield made
    made.close()


def test_a_stream_from_a_local_server_is_the_whole_reply(client: HfInference,
                                                         server: FakeOpenAIServer) -> None:
    with client.chat_completion_stream(messages=MESSAGES, model=MODEL) as stream:
        assembler = ChatStreamAssembler().add_all(stream)
    assert assembler.content == "Hello there, friend"
    assert assembler.finish_reason == "stop"
    assert assembler.usage is None
    [sent] = server.chats()
    assert sent.path == "/v1/chat/completions"
    assert sent.json()["model"] == MODEL  # the tag kept whole: no provider suffix read in it
    assert sent.json()["stream"] is True
    assert "Authorization" not in sent.headers


def test_a_completion_without_usage_is_accepted(client: HfInference) -> None:
    answer = client.chat_completion(messages=MESSAGES, model=MODEL)
    assert answer["choices"][0]["message"]["content"] == "Hello there, friend"
    assert "usage" not in answer


def test_an_endpoint_client_chats_with_the_named_model(client: HfInference,
                                                       server: FakeOpenAIServer) -> None:
    endpoint = client.endpoint(server.url)
    answer = endpoint.chat_completion(messages=MESSAGES, model=MODEL)
    assert answer["choices"][0]["message"]["content"] == "Hello there, friend"
    assert server.chats()[0].json()["model"] == MODEL


def test_a_model_the_server_does_not_have_is_named(client: HfInference) -> None:
    with pytest.raises(ModelNotFoundError, match="mistral:7b"):
        client.chat_completion(messages=MESSAGES, model="mistral:7b")


def test_a_local_source_never_gets_the_users_hf_token(
        server: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_users_own_token_0123456789")
    source = LocalSource("local:ollama", "ollama", SourceKind.OPENAI, server.url)
    with local_client(source, timeout=(2.0, 10.0)) as client:
        client.chat_completion(messages=MESSAGES, model=MODEL)
    assert "Authorization" not in server.chats()[0].headers


def test_a_local_source_gets_its_own_token_only(server: FakeOpenAIServer,
                                                refused_url: str) -> None:
    source = LocalSource("local", "Local", SourceKind.ENGINE, server.url, token="engine-123")
    with local_client(source, timeout=(2.0, 10.0)) as client:
        assert client.sends_token_to(server.url + "/v1/chat/completions")
        assert not client.sends_token_to(refused_url)
        client.chat_completion(messages=MESSAGES, model=MODEL)
    assert server.chats()[0].headers["Authorization"] == "Bearer engine-123"


def test_a_proxy_set_for_the_internet_does_not_see_local_calls(
        server: FakeOpenAIServer, refused_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, refused_url)  # a proxy that is down: through it, no answer
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    source = LocalSource("local:ollama", "ollama", SourceKind.OPENAI, server.url)
    with local_client(source, timeout=(2.0, 10.0)) as client:
        reply = client.chat_completion(messages=MESSAGES, model=MODEL)
    assert reply["choices"][0]["message"]["content"] == "Hello there, friend"
