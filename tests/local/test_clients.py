"""The client of a source on this computer: calls go to its base URL the 2023 way, chat to
``{base_url}/v1/chat/completions`` with the model named as is; its own token goes to its
origin alone, and the user's token (``$HF_TOKEN``) never goes to a local host."""

from __future__ import annotations

import pytest

from hfi_desktop.local.clients import is_local, local_client
from hfi_desktop.local.sources import LocalSource, SourceKind
from tests.support.fake_api import FakeInferenceAPI, respond_json
from tests.support.fixtures import clean_hf_env as clean_hf_env
from tests.support.fixtures import fake_api as fake_api

USER_TOKEN = "hf_userTokenNeverLocal123"


def test_local_choices() -> None:
    assert is_local("local") and is_local("local:ollama")
    assert not is_local(None) and not is_local("localai") and not is_local("auto")


def test_the_engine_gets_its_own_token_and_nothing_else_does(
        fake_api: FakeInferenceAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", USER_TOKEN)
    engine = LocalSource("local", "Local engine", SourceKind.ENGINE, fake_api.url, "engineTok")
    with local_client(engine) as client:
        assert client.sends_token_to(f"{fake_api.url}/models/a/b")
        assert not client.sends_token_to("https://huggingface.co/api/models/a/b")
        other_port = fake_api.url.rsplit(":", 1)[0] + ":1"
        assert not client.sends_token_to(f"{other_port}/models/a/b")
        fake_api.program("/models/a/b", respond_json([[{"label": "X", "score": 1.0}]]))
        client.text_classification(inputs="hi", model="a/b")
    sent = fake_api.requests_to("/models/a/b")[0]
    assert sent.header("authorization") == "Bearer engineTok"


def test_a_server_without_a_token_never_gets_the_users(
        fake_api: FakeInferenceAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", USER_TOKEN)
    ollama = LocalSource("local:ollama", "Ollama", SourceKind.OPENAI, fake_api.url)
    fake_api.program("/v1/chat/completions", respond_json({
        "id": "c", "object": "chat.completion", "model": "llama3.2:1b", "choices": [
            {"index": 0, "finish_reason": "stop",
             "message": {"role": "assistant", "content": "hi"}}]}))
    with local_client(ollama) as client:
        assert not client.sends_token_to(f"{fake_api.url}/v1/chat/completions")
        client.chat_completion(messages=[{"role": "user", "content": "hi"}],
                               model="llama3.2:1b")
    sent = fake_api.requests_to("/v1/chat/completions")[0]
    assert sent.header("authorization") is None
    assert sent.json()["model"] == "llama3.2:1b"
