"""Copy as code through the Inference Providers router: ``InferenceClient(provider=...)``
(Python, JavaScript), curl to the provider's route or the auto chat router, the ``openai``
client for chat, ``bill_to`` everywhere; the token never written. Requests captured from a
client aimed at the local fake router; snippets parsed by Python, Node and bash; curl run
against the router; the keyword arguments checked against huggingface_hub's and openai's
own signatures when those are installed."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hfi_desktop.catalog import CallRequest, build_request, example_values, task
from hfi_desktop.codegen import (
    CodeRequest,
    Flavour,
    describe_call,
    flavours_for,
    snippet,
)
from hfi_desktop.codegen.chat import HUB_CHAT_ARGS, OPENAI_CHAT_ARGS
from hfi_desktop.codegen.python import HUB_MISSING_ROUTES
from hfi_desktop.inference import HfInference
from hfi_desktop.inference._providers import TASK_ROUTES
from tests.support.fake_router import FakeRouter
from tests.support.fixtures import asset_host as asset_host
from tests.support.fixtures import fake_router as fake_router

from .checks import bash_parses, javascript_parses, literal_keywords, python_parses

SECRET = "hf_SECRETproviderToken0123456789"
FLUX = "black-forest-labs/FLUX.1-dev"
GPT = "openai/gpt-oss-120b"
WHISPER = "openai/whisper-large-v3"
MESSAGES = [{"role": "user", "content": "Say hi"}]
HAS_HUB = importlib.util.find_spec("huggingface_hub") is not None
HAS_OPENAI = importlib.util.find_spec("openai") is not None

MakeClient = Callable[..., HfInference]


@pytest.fixture
def make_client(fake_router: FakeRouter) -> Iterator[MakeClient]:
    made: list[HfInference] = []

    def make(**kwargs: object) -> HfInference:
        client = HfInference(SECRET, router_url=fake_router.url, hub_url=fake_router.url,
                             timeout=(2.0, 10.0), **kwargs)  # type: ignore[arg-type]
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def task_request(task_id: str, model: str, provider: str | None) -> CallRequest:
    spec = task(task_id)
    example = spec.examples[0]
    request = build_request(spec, example_values(spec, example), dict(example.parameters),
                            model=model, options=None)
    if provider is not None:
        request.kwargs["provider"] = provider
    return request


def chat_request(provider: str | None, *, stream: bool = False, model: str = GPT,
                 **body: object) -> CallRequest:
    kwargs: dict[str, object] = {"model": model, "messages": MESSAGES, **body}
    if provider is not None:
        kwargs["provider"] = provider
    method = "chat_completion_stream" if stream else "chat_completion"
    return CallRequest("chat", method, kwargs)


def all_snippets(code: CodeRequest, tmp_path: Path) -> dict[Flavour, str]:
    """Every flavour of ``code``, each parsed by its language's tool, none with the token."""
    sources = {flavour: snippet(flavour, code) for flavour in flavours_for(code.method)}
    for flavour, source in sources.items():
        assert SECRET not in source, flavour
        assert "HF_TOKEN" in source, flavour
        if flavour is Flavour.JAVASCRIPT:
            javascript_parses(source, tmp_path)
        elif flavour is Flavour.CURL:
            bash_parses(source)
        else:
            python_parses(source)
    return sources


def calls(source: str) -> dict[str, ast.Call]:
    """The calls of a Python snippet by their dotted name ("client.text_to_image")."""
    found = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            found[ast.unparse(node.func)] = node
    return found


# -- a task other than chat -----------------------------------------------------------------

def test_a_provider_in_every_flavour(fake_router: FakeRouter, make_client: MakeClient,
                                     tmp_path: Path) -> None:
    fake_router.map_model(FLUX, "fal-ai", "fal-ai/flux/dev", "text-to-image")
    code = describe_call(make_client(), task_request("text-to-image", FLUX, "fal-ai"))
    sources = all_snippets(code, tmp_path)
    python = calls(sources[Flavour.PYTHON])
    assert literal_keywords(python["InferenceClient"]) == {
        "provider": "fal-ai", "api_key": "os.environ['HF_TOKEN']"}
    assert literal_keywords(python["client.text_to_image"])["model"] == FLUX
    assert f"# The app calls the router at {fake_router.url}" in sources[Flavour.PYTHON]
    javascript = sources[Flavour.JAVASCRIPT]
    assert "const client = new InferenceClient(process.env.HF_TOKEN);" in javascript
    assert f'client.textToImage({{\n  provider: "fal-ai",\n  model: "{FLUX}",' in javascript
    assert sources[Flavour.CURL].startswith(f"curl {fake_router.url}/fal-ai/fal-ai/flux/dev \\\n")
    assert Flavour.OPENAI not in sources


def test_auto_names_the_provider_the_app_called(fake_router: FakeRouter,
                                                make_client: MakeClient,
                                                tmp_path: Path) -> None:
    fake_router.map_model(FLUX, "replicate", "black-forest-labs/flux-dev", "text-to-image",
                          status="error")
    fake_router.map_model(FLUX, "together", "black-forest-labs/FLUX.1-dev", "text-to-image")
    code = describe_call(make_client(), task_request("text-to-image", FLUX, "auto"))
    sources = all_snippets(code, tmp_path)
    note = ('The app\'s choice "auto" ran this model on together (the first live provider '
            "the Hub maps for the task).")
    for flavour in (Flavour.PYTHON, Flavour.CURL):
        assert f"# {note}" in sources[flavour]
    assert f"// {note}" in sources[Flavour.JAVASCRIPT]
    assert literal_keywords(calls(sources[Flavour.PYTHON])["InferenceClient"])["provider"] == (
        "together")
    assert 'provider: "together"' in sources[Flavour.JAVASCRIPT]


def test_the_client_default_provider_counts(fake_router: FakeRouter, make_client: MakeClient,
                                            tmp_path: Path) -> None:
    fake_router.map_model(FLUX, "nscale", "flux-dev", "text-to-image")
    code = describe_call(make_client(provider="nscale"), task_request("text-to-image", FLUX,
                                                                      None))
    assert code.provider_call is not None and code.provider_call.provider == "nscale"
    assert 'provider="nscale"' in all_snippets(code, tmp_path)[Flavour.PYTHON]


def test_without_a_provider_the_seed_snippets_stay(make_client: MakeClient,
                                                   fake_router: FakeRouter,
                                                   tmp_path: Path) -> None:
    request = task_request("text-classification", "distilbert-sst2", None)
    code = describe_call(make_client(), request)
    assert code.provider_call is None
    sources = all_snippets(code, tmp_path)
    assert literal_keywords(calls(sources[Flavour.PYTHON])["InferenceClient"])["base_url"] == (
        f"{fake_router.url}/hf-inference/models/distilbert-sst2")
    assert "endpointUrl:" in sources[Flavour.JAVASCRIPT]


def test_a_multipart_upload_is_sent_with_curl_forms(fake_router: FakeRouter,
                                                    make_client: MakeClient,
                                                    tmp_path: Path) -> None:
    fake_router.map_model(WHISPER, "together", "openai/whisper-large-v3",
                          "automatic-speech-recognition")
    code = describe_call(make_client(), task_request("automatic-speech-recognition", WHISPER,
                                                     "together"))
    sources = all_snippets(code, tmp_path)
    audio = code.files["data"].path
    assert f"-F 'file=@{audio};type=audio/flac;filename=audio.flac'" in sources[Flavour.CURL]
    assert "-F model=openai/whisper-large-v3" in sources[Flavour.CURL]
    # huggingface_hub has no together transcriptions: the snippet says so.
    assert "# huggingface_hub has no together route for this task" in sources[Flavour.PYTHON]


# -- chat ---------------------------------------------------------------------------------

def test_chat_on_a_named_provider(fake_router: FakeRouter, make_client: MakeClient,
                                  tmp_path: Path) -> None:
    fake_router.map_model(GPT, "groq", "openai/gpt-oss-120b", "conversational")
    request = chat_request("groq", max_tokens=64, reasoning_effort="low")
    sources = all_snippets(describe_call(make_client(), request), tmp_path)
    assert list(sources) == [Flavour.PYTHON, Flavour.JAVASCRIPT, Flavour.CURL, Flavour.OPENAI]
    python = calls(sources[Flavour.PYTHON])
    assert literal_keywords(python["InferenceClient"])["provider"] == "groq"
    assert literal_keywords(python["client.chat.completions.create"]) == {
        "model": GPT, "messages": MESSAGES, "max_tokens": 64,
        "extra_body": {"reasoning_effort": "low"}}
    assert "print(completion.choices[0].message.content)" in sources[Flavour.PYTHON]
    assert ('client.chatCompletion({\n  provider: "groq",\n  model: "openai/gpt-oss-120b",'
            in sources[Flavour.JAVASCRIPT])
    assert sources[Flavour.CURL].startswith(
        f"curl {fake_router.url}/groq/openai/v1/chat/completions \\\n")
    openai = calls(sources[Flavour.OPENAI])
    assert literal_keywords(openai["OpenAI"]) == {
        "base_url": f"{fake_router.url}/v1", "api_key": "os.environ['HF_TOKEN']"}
    assert literal_keywords(openai["client.chat.completions.create"]) == {
        "model": f"{GPT}:groq", "messages": MESSAGES, "max_tokens": 64,
        "reasoning_effort": "low"}


@pytest.mark.parametrize(("provider", "sent"), [(None, GPT), ("auto", GPT),
                                                ("cheapest", f"{GPT}:cheapest")])
def test_chat_on_the_auto_router(make_client: MakeClient, fake_router: FakeRouter,
                                 tmp_path: Path, provider: str | None, sent: str) -> None:
    request = chat_request(provider, stream=True, max_tokens=32)
    sources = all_snippets(describe_call(make_client(), request), tmp_path)
    python = calls(sources[Flavour.PYTHON])
    assert literal_keywords(python["InferenceClient"])["provider"] == "auto"
    assert literal_keywords(python["client.chat.completions.create"]) == {
        "model": sent, "messages": MESSAGES, "max_tokens": 32, "stream": True}
    assert "for chunk in stream:" in sources[Flavour.PYTHON]
    assert f'for await (const chunk of client.chatCompletionStream({{\n  provider: "auto",\n  ' \
           f'model: "{sent}",' in sources[Flavour.JAVASCRIPT]
    assert sources[Flavour.CURL].startswith(f"curl {fake_router.url}/v1/chat/completions \\\n")
    assert f'"model":"{sent}"' in sources[Flavour.CURL]
    assert literal_keywords(calls(sources[Flavour.OPENAI])["client.chat.completions.create"])[
        "model"] == sent


def test_chat_with_a_server_of_ones_own(make_client: MakeClient, fake_router: FakeRouter,
                                        tmp_path: Path) -> None:
    """A TGI deployment: no provider; the exact request, and openai at the server's /v1."""
    endpoint = f"{fake_router.url}/my-tgi"
    code = describe_call(make_client(), chat_request(None, model=endpoint))
    assert code.provider_call is None
    sources = all_snippets(code, tmp_path)
    assert "import requests" in sources[Flavour.PYTHON]
    assert literal_keywords(calls(sources[Flavour.OPENAI])["OpenAI"])["base_url"] == (
        f"{endpoint}/v1")


def test_bill_to_in_every_flavour(fake_router: FakeRouter, make_client: MakeClient,
                                  tmp_path: Path) -> None:
    fake_router.map_model(FLUX, "fal-ai", "fal-ai/flux/dev", "text-to-image")
    client = make_client(bill_to="acme")
    image = all_snippets(describe_call(client, task_request("text-to-image", FLUX, "fal-ai")),
                         tmp_path)
    chat = all_snippets(describe_call(client, chat_request("auto")), tmp_path)
    for sources in (image, chat):
        assert literal_keywords(calls(sources[Flavour.PYTHON])["InferenceClient"])[
            "bill_to"] == "acme"
        assert '  billTo: "acme",\n' in sources[Flavour.JAVASCRIPT]
        assert "-H 'X-HF-Bill-To: acme'" in sources[Flavour.CURL]
    assert literal_keywords(calls(chat[Flavour.OPENAI])["OpenAI"])["default_headers"] == {
        "X-HF-Bill-To": "acme"}


# -- curl, run ------------------------------------------------------------------------------

@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
@pytest.mark.parametrize("case", ["together-image", "groq-chat-stream", "together-asr"])
def test_curl_makes_the_apps_request(fake_router: FakeRouter, make_client: MakeClient,
                                     tmp_path: Path, case: str) -> None:
    fake_router.map_model(FLUX, "together", "black-forest-labs/FLUX.1-dev", "text-to-image")
    fake_router.map_model(GPT, "groq", "openai/gpt-oss-120b", "conversational")
    fake_router.map_model(WHISPER, "together", "openai/whisper-large-v3",
                          "automatic-speech-recognition")
    request = {"together-image": lambda: task_request("text-to-image", FLUX, "together"),
               "groq-chat-stream": lambda: chat_request("groq", stream=True, max_tokens=8),
               "together-asr": lambda: task_request("automatic-speech-recognition", WHISPER,
                                                    "together")}[case]()
    code = describe_call(make_client(bill_to="acme"), request)
    assert code.wire is not None
    fake_router.clear_requests()
    done = subprocess.run(["bash", "-c", "set -euo pipefail\n" + snippet(Flavour.CURL, code)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=30, check=False,
                          env={**os.environ, "HF_TOKEN": "hf_shellToken"})
    assert done.returncode == 0, done.stderr
    (sent,) = fake_router.requests
    assert sent.raw_path == code.wire.url.removeprefix(fake_router.url)
    assert sent.header("x-hf-bill-to") == "acme"
    assert sent.header("authorization") == "Bearer hf_shellToken"
    if case == "together-asr":  # a new boundary: the same form
        assert json.loads(done.stdout)["text"]
    else:
        assert sent.body == code.wire.body


# -- the libraries' own signatures ------------------------------------------------------------

def _provider_cases() -> list[tuple[str, str]]:
    return sorted((provider, task_id) for provider, tasks in TASK_ROUTES.items()
                  for task_id in tasks)


def _provider_request(provider: str, task_id: str, model: str) -> CallRequest:
    """The task's example, with what some providers need besides (a voice, a WAV file)."""
    import dataclasses

    from hfi_desktop.catalog.model import FileValue
    from tests.support.asset_host import tiny_wav

    request = task_request(task_id, model, provider)
    if (provider, task_id) == ("together", "text-to-speech"):
        request.kwargs["parameters"] = {"voice": "alloy"}
    if (provider, task_id) == ("fal-ai", "automatic-speech-recognition"):
        wav = FileValue("speech.wav", tiny_wav(), "audio/wav", "speech.wav")
        request.kwargs["data"] = wav.data
        request = dataclasses.replace(request, files={"data": wav})
    return request


@pytest.mark.skipif(not HAS_HUB, reason="huggingface_hub is not installed")
def test_huggingface_hub_lacks_only_the_routes_said() -> None:
    from huggingface_hub.inference._providers import PROVIDERS

    missing = {(p, t) for p, t in _provider_cases() if t not in PROVIDERS.get(p, {})}
    assert missing == HUB_MISSING_ROUTES


@pytest.mark.skipif(not HAS_HUB, reason="huggingface_hub is not installed")
@pytest.mark.parametrize(("provider", "task_id"), _provider_cases())
def test_huggingface_hub_takes_the_arguments(fake_router: FakeRouter, make_client: MakeClient,
                                             provider: str, task_id: str) -> None:
    from huggingface_hub import InferenceClient

    model = "some-org/some-model"
    fake_router.map_model(model, provider, "provider/model", task_id)
    code = describe_call(make_client(bill_to="acme"), _provider_request(provider, task_id, model))
    found = calls(snippet(Flavour.PYTHON, code))
    _check_keywords(found["InferenceClient"], InferenceClient.__init__)
    assert literal_keywords(found["InferenceClient"])["provider"] == provider
    (method,) = [name for name in found if name.startswith("client.")]
    _check_keywords(found[method], getattr(InferenceClient, method.removeprefix("client.")))


@pytest.mark.skipif(not HAS_HUB, reason="huggingface_hub is not installed")
@pytest.mark.parametrize("provider", ["groq", "auto", "preferred"])
def test_huggingface_hub_takes_the_chat_arguments(fake_router: FakeRouter,
                                                  make_client: MakeClient,
                                                  provider: str) -> None:
    from huggingface_hub import InferenceClient

    assert set(inspect.signature(InferenceClient.chat_completion).parameters) >= HUB_CHAT_ARGS
    fake_router.map_model(GPT, "groq", "openai/gpt-oss-120b", "conversational")
    request = chat_request(provider, stream=True, max_tokens=8, temperature=0.5,
                           reasoning_effort="low")
    found = calls(snippet(Flavour.PYTHON, describe_call(make_client(bill_to="acme"), request)))
    _check_keywords(found["InferenceClient"], InferenceClient.__init__)
    client = InferenceClient(provider=literal_keywords(found["InferenceClient"])["provider"],
                             api_key="hf_unused")
    assert client.chat.completions.create == client.chat_completion
    _check_keywords(found["client.chat.completions.create"], InferenceClient.chat_completion)


@pytest.mark.skipif(not HAS_OPENAI, reason="openai is not installed")
def test_openai_takes_the_arguments(fake_router: FakeRouter, make_client: MakeClient) -> None:
    from openai import OpenAI
    from openai.resources.chat.completions import Completions

    assert set(inspect.signature(Completions.create).parameters) >= OPENAI_CHAT_ARGS
    fake_router.map_model(GPT, "groq", "openai/gpt-oss-120b", "conversational")
    request = chat_request("groq", stream=True, max_tokens=8, tool_prompt="x")
    found = calls(snippet(Flavour.OPENAI, describe_call(make_client(bill_to="acme"), request)))
    _check_keywords(found["OpenAI"], OpenAI.__init__)
    _check_keywords(found["client.chat.completions.create"], Completions.create)
    assert literal_keywords(found["client.chat.completions.create"])["extra_body"] == {
        "tool_prompt": "x"}


def _check_keywords(call: ast.Call, function: Callable[..., object]) -> None:
    parameters = inspect.signature(function).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        return
    unknown = {k.arg for k in call.keywords} - set(parameters)
    assert not unknown, f"{ast.unparse(call.func)} takes no {unknown}"
    positional = [p for p in parameters.values() if p.name != "self"
                  and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    assert len(call.args) <= len(positional), ast.unparse(call)
