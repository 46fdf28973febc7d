"""The wire the curl snippet shows is what the client sends, captured without sending."""

from __future__ import annotations

import dataclasses

import pytest

from hfi_desktop.catalog import FileValue, invoke, task
from hfi_desktop.codegen import CodegenError, FileRef, capture_wire, describe_call
from hfi_desktop.inference import HfInference, Options
from tests.support.fake_api import FakeInferenceAPI

from .conftest import SECRET, Describe, example_request


def test_capture_sends_nothing_to_the_model(client: HfInference,
                                            fake_api: FakeInferenceAPI) -> None:
    wire = capture_wire(client, example_request("text-classification"))
    assert fake_api.requests == []
    assert wire.url == f"{fake_api.url}/models/distilbert-base-uncased-finetuned-sst-2-english"
    assert wire.headers == {"Content-Type": "application/json"}
    assert SECRET not in repr(wire)


def test_captured_body_is_the_sent_body(client: HfInference, fake_api: FakeInferenceAPI) -> None:
    for task_id in ("question-answering", "image-classification", "zero-shot-classification",
                    "visual-question-answering", "table-question-answering"):
        request = example_request(task_id, options=Options(wait_for_model=True))
        wire = capture_wire(client, request)
        fake_api.clear_requests()
        invoke(client, request)
        (sent,) = fake_api.requests
        assert (sent.body, wire.url) == (wire.body, fake_api.url + sent.raw_path), task_id
        for name, value in wire.headers.items():
            assert sent.header(name) == value, (task_id, name)


def test_stream_capture(client: HfInference, fake_api: FakeInferenceAPI) -> None:
    wire = capture_wire(client, example_request("text-generation-stream"))
    assert wire.stream
    assert b'"stream":true' in wire.body
    assert fake_api.requests == []


def test_forced_task_route_is_resolved_on_the_hub(client: HfInference,
                                                   fake_api: FakeInferenceAPI) -> None:
    """A sentence-similarity model asked for features: the client's forced-task URL."""
    request = example_request("feature-extraction",
                              model="sentence-transformers/paraphrase-xlm-r-multilingual-v1")
    wire = capture_wire(client, request)
    assert wire.url.endswith("/models/sentence-transformers/paraphrase-xlm-r-multilingual-v1"
                             "/pipeline/feature-extraction")
    assert [r.path for r in fake_api.requests] == [
        "/api/models/sentence-transformers/paraphrase-xlm-r-multilingual-v1"]


def test_client_refusal_is_a_codegen_error(client: HfInference) -> None:
    request = example_request("text-classification")
    bad = dataclasses.replace(request, kwargs={**request.kwargs, "inputs": 42})
    with pytest.raises(CodegenError, match="inputs"):
        capture_wire(client, bad)


def test_describe_call(describe: Describe) -> None:
    code = describe("zero-shot-image-classification", model="openai/clip-vit-large-patch14-336",
                    options=Options(use_cache=False))
    assert code.model == "openai/clip-vit-large-patch14-336"
    assert code.options == Options(use_cache=False)
    assert "model" not in code.kwargs and "options" not in code.kwargs
    ref = code.kwargs["inputs"]["image"]  # type: ignore[index]
    assert isinstance(ref, FileRef) and ref.path.endswith("examples/cheetah.png")
    assert not ref.placeholder and code.files == {"inputs.image": ref}
    assert code.send_token and not code.uses_library_default
    assert code.option_headers() == {"X-Use-Cache": "false"}


def test_pasted_file_gets_a_placeholder(client: HfInference) -> None:
    spec = task("image-classification")
    pasted = FileValue("clipboard", b"\x89PNG....", "image/png", None)
    from hfi_desktop.catalog import build_request

    request = build_request(spec, {"data": pasted}, {}, model=spec.default_model, options=None)
    code = describe_call(client, request)
    assert code.files["data"] == FileRef("image.png", "image/png", True)
    assert code.placeholders() == [code.files["data"]]


def test_untrusted_endpoint_gets_no_token(fake_api: FakeInferenceAPI) -> None:
    with HfInference(SECRET, base_url=fake_api.url, hub_url=fake_api.url,
                     token_policy=lambda url: False) as client:
        code = describe_call(client, example_request("text-classification"))
    assert not code.send_token
    with HfInference(base_url=fake_api.url, hub_url=fake_api.url) as client:
        assert not describe_call(client, example_request("text-classification")).send_token


def test_library_default_base(fake_api: FakeInferenceAPI) -> None:
    with HfInference(base_url="https://router.huggingface.co/hf-inference",
                     hub_url=fake_api.url) as client:
        code = describe_call(client, example_request("text-classification"))
    assert code.uses_library_default and code.send_token  # HF URL: the user's token
    assert code.url == ("https://router.huggingface.co/hf-inference/models/"
                        "distilbert-base-uncased-finetuned-sst-2-english")


def test_endpoint_model(client: HfInference) -> None:
    code = describe_call(client, example_request(
        "text-classification", model="https://my-endpoint.example/v1"))
    assert code.is_endpoint and not code.uses_library_default
    assert code.url == "https://my-endpoint.example/v1"
