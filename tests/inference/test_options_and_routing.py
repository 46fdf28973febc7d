"""Options on the wire, the loading retry, where requests go (base/hub URLs, env, model URL,
endpoints, default models, forced tasks) and the token."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import pytest

from hfi_desktop.inference import (
    CallControl,
    HfInference,
    InferenceConnectionError,
    InferenceInputError,
    ModelLoadingError,
    Options,
)
from tests.support.fake_api import FakeInferenceAPI, Loading, respond_json
from tests.support.tapes import tape

from .conftest import MakeClient
from .helpers import SST2, SST2_PATH, Sample, hub_requests, inference_requests

SST2_RESULT = tape("8636fe95").response_json()[0]
VIT = "google/vit-base-patch16-224"
VIT_PATH = f"/models/{VIT}"
CHEETAH = Sample("cheetah.png")


def classify(client: HfInference, **kwargs: Any) -> Any:
    return client.text_classification(inputs="I like you. I love you.", model=SST2, **kwargs)


def classify_image(client: HfInference, **kwargs: Any) -> Any:
    return client.image_classification(data=CHEETAH.data, model=VIT, **kwargs)


# ------------------------------------------------------------------------------ options
@pytest.mark.parametrize(
    ("options", "json_options", "x_headers"),
    [
        (None, {}, {}),
        (Options(), {}, {}),
        ({"wait_for_model": True}, {"wait_for_model": True}, {"x-wait-for-model": "true"}),
        (Options(use_cache=False), {"use_cache": False}, {"x-use-cache": "false"}),
        (Options(use_cache=True), {"use_cache": True}, {}),
        ({"dont_load_model": True}, {"dont_load_model": True}, {"x-load-model": "0"}),
        (Options(use_cache=False, wait_for_model=True, dont_load_model=True),
         {"use_cache": False, "wait_for_model": True, "dont_load_model": True},
         {"x-use-cache": "false", "x-wait-for-model": "true", "x-load-model": "0"}),
        ({"retry_on_error": False}, {}, {}),
        ({"wait_for_model": None}, {}, {}),
    ],
    ids=["none", "empty", "wait", "no-cache", "cache", "dont-load", "all", "retry-off",
         "explicit-none"],
)
def test_options_travel_as_json_or_headers(
    hf: HfInference, fake_api: FakeInferenceAPI, options: Any,
    json_options: dict[str, bool], x_headers: dict[str, str],
) -> None:
    """JSON calls: the set options in the body's "options" object; binary calls: X- headers.
    retry_on_error is the client's own business and never goes on the wire."""
    classify(hf, options=options)
    classify_image(hf, options=options)
    json_call, binary_call = inference_requests(fake_api)
    assert json_call.json() == {"inputs": "I like you. I love you.", "options": json_options}
    assert json_call.x_headers == {}
    assert binary_call.x_headers == x_headers
    assert binary_call.body == CHEETAH.data


def test_default_options_merge_with_call_options(make_client: MakeClient,
                                                 fake_api: FakeInferenceAPI) -> None:
    client = make_client(default_options=Options(use_cache=False, dont_load_model=True))
    classify(client)
    classify(client, options={"wait_for_model": True, "use_cache": True})
    classify_image(client, options=Options(dont_load_model=False))
    plain, overridden, binary = inference_requests(fake_api)
    assert plain.json()["options"] == {"use_cache": False, "dont_load_model": True}
    assert overridden.json()["options"] == {
        "use_cache": True, "wait_for_model": True, "dont_load_model": True}
    assert binary.x_headers == {"x-use-cache": "false"}


def test_default_options_as_mapping(make_client: MakeClient, fake_api: FakeInferenceAPI) -> None:
    classify(make_client(default_options={"wait_for_model": True}))
    assert inference_requests(fake_api)[0].json()["options"] == {"wait_for_model": True}


@pytest.mark.parametrize("where", ["call", "default"])
def test_unknown_option_is_rejected(make_client: MakeClient, fake_api: FakeInferenceAPI,
                                    where: str) -> None:
    with pytest.raises(InferenceInputError, match="wait_for_modle"):
        if where == "call":
            classify(make_client(), options={"wait_for_modle": True})
        else:
            classify(make_client(default_options={"wait_for_modle": True}))
    assert fake_api.requests == []


# ----------------------------------------------------------------------- loading model
@pytest.mark.parametrize("binary", [False, True], ids=["json", "binary"])
def test_loading_model_is_retried_with_wait_for_model(
    hf: HfInference, fake_api: FakeInferenceAPI, binary: bool
) -> None:
    path = VIT_PATH if binary else SST2_PATH
    fake_api.program(path, Loading(times=1, estimated_time=12.5, hold_s=0.1))
    loading: list[tuple[float, int]] = []
    control = CallControl(on_loading=lambda s: loading.append((s, threading.get_ident())))
    call = classify_image if binary else classify
    expected = tape("45d0b012").response_json() if binary else SST2_RESULT
    assert call(hf, control=control) == expected
    assert loading == [(12.5, threading.get_ident())], "once, in the calling thread"
    first, retry = inference_requests(fake_api)
    if binary:
        assert "x-wait-for-model" not in first.headers
        assert retry.header("x-wait-for-model") == "true"
        assert retry.body == first.body == CHEETAH.data
    else:
        assert first.json()["options"] == {}
        assert retry.json() == {"inputs": "I like you. I love you.",
                                "options": {"wait_for_model": True}}
    assert control.response is not None and control.response.status == 200


@pytest.mark.parametrize(
    "options", [{"retry_on_error": False}, {"wait_for_model": True}], ids=["no-retry", "waited"])
def test_loading_model_error_when_not_retried(hf: HfInference, fake_api: FakeInferenceAPI,
                                              options: dict[str, bool]) -> None:
    """No retry when retry_on_error is off, nor when the call already waited for the model."""
    fake_api.program(SST2_PATH, respond_json(
        {"error": f"Model {SST2} is currently loading", "estimated_time": 7.0}, status=503))
    loading: list[float] = []
    with pytest.raises(ModelLoadingError) as info:
        classify(hf, options=options, control=CallControl(on_loading=loading.append))
    assert info.value.estimated_time == 7.0
    assert info.value.status == 503
    assert "currently loading" in info.value.message
    assert loading == []
    assert len(inference_requests(fake_api)) == 1


def test_loading_model_retried_only_once(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    fake_api.program(SST2_PATH, respond_json(
        {"error": "loading", "estimated_time": 3.0}, status=503))
    with pytest.raises(ModelLoadingError):
        classify(hf)
    assert len(inference_requests(fake_api)) == 2


# -------------------------------------------------------------------- where calls go
def test_base_and_hub_url_from_environment(clean_hf_env: pytest.MonkeyPatch,
                                           fake_api: FakeInferenceAPI) -> None:
    clean_hf_env.setenv("HF_INFERENCE_ENDPOINT", fake_api.url)
    clean_hf_env.setenv("HF_ENDPOINT", fake_api.url)
    with HfInference() as client:
        assert client.text_classification(inputs="I like you. I love you.") == SST2_RESULT
    assert [r.path for r in fake_api.requests] == ["/api/tasks", SST2_PATH]


def test_url_arguments_win_over_environment(clean_hf_env: pytest.MonkeyPatch,
                                            fake_api: FakeInferenceAPI, refused_url: str) -> None:
    clean_hf_env.setenv("HF_INFERENCE_ENDPOINT", refused_url)
    clean_hf_env.setenv("HF_ENDPOINT", refused_url)
    with HfInference(base_url=fake_api.url, hub_url=fake_api.url) as client:
        assert client.text_classification(inputs="I like you. I love you.") == SST2_RESULT
    assert [r.path for r in fake_api.requests] == ["/api/tasks", SST2_PATH]


def test_default_urls(clean_hf_env: pytest.MonkeyPatch, no_internet: list[str]) -> None:
    """Without arguments or environment: the router for calls, huggingface.co for the Hub
    (seen through the offline guard: nothing leaves the machine)."""
    with HfInference() as client:
        with pytest.raises(InferenceConnectionError):
            client.text_classification(inputs="x", model=SST2)
        assert no_internet[-1:] == ["router.huggingface.co"]
        with pytest.raises(InferenceConnectionError):
            client.text_classification(inputs="x")
        assert no_internet[-1:] == ["huggingface.co"]


def test_base_url_with_a_path_prefix(make_client: MakeClient, fake_api: FakeInferenceAPI) -> None:
    """Like the current default (https://router.huggingface.co/hf-inference)."""
    fake_api.program("/hf-inference/models/gpt2", respond_json([{"generated_text": "hi"}]))
    client = make_client(base_url=fake_api.url + "/hf-inference")
    assert client.text_generation(inputs="x", model="gpt2") == {"generated_text": "hi"}


@pytest.mark.parametrize(
    ("argument", "env", "expected"),
    [("tok-arg", None, "Bearer tok-arg"), ("", "tok-env", "Bearer tok-env"),
     ("tok-arg", "tok-env", "Bearer tok-arg"), ("", None, None)],
    ids=["argument", "env", "argument-wins", "none"],
)
def test_token(make_client: MakeClient, fake_api: FakeInferenceAPI,
               clean_hf_env: pytest.MonkeyPatch, argument: str, env: str | None,
               expected: str | None) -> None:
    if env is not None:
        clean_hf_env.setenv("HF_TOKEN", env)
    client = make_client(argument)
    classify(client)
    classify_image(client)
    assert [r.header("authorization") for r in inference_requests(fake_api)] == [expected] * 2


def test_model_url_is_called_as_is(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/my/dedicated/endpoint", respond_json([{"label": "A", "score": 1.0}]))
    result = hf.text_classification(inputs="x", model=fake_api.url + "/my/dedicated/endpoint")
    assert result == [{"label": "A", "score": 1.0}]
    assert [(r.method, r.path) for r in fake_api.requests] == [
        ("POST", "/my/dedicated/endpoint")]


def test_endpoint_calls_its_url_for_every_method(hf: HfInference,
                                                 fake_api: FakeInferenceAPI) -> None:
    path = "/endpoints/mine"
    fake_api.program(path, respond_json([{"generated_text": "ok"}]), times=1)
    fake_api.program(path, respond_json([{"label": "A", "score": 0.5}]))
    endpoint = hf.endpoint(fake_api.url + path)
    assert endpoint.text_generation(inputs="x") == {"generated_text": "ok"}
    assert endpoint.image_classification(data=CHEETAH.data, model="ignored/model") == [
        {"label": "A", "score": 0.5}]
    assert [r.path for r in fake_api.requests] == [path, path]


def test_default_model_list_fetched_once_per_client(make_client: MakeClient,
                                                    fake_api: FakeInferenceAPI) -> None:
    client = make_client()
    client.text_classification(inputs="I like you. I love you.")
    client.text_classification(inputs="I like you. I love you.")
    client.fill_mask(inputs="[MASK] world!")
    assert len(hub_requests(fake_api, "/api/tasks")) == 1
    assert [r.path for r in inference_requests(fake_api)] == [
        SST2_PATH, SST2_PATH, "/models/bert-base-uncased"]
    make_client().text_classification(inputs="I like you. I love you.")
    assert len(hub_requests(fake_api, "/api/tasks")) == 2


def test_default_model_is_the_first_listed(make_client: MakeClient,
                                           fake_api: FakeInferenceAPI) -> None:
    fake_api.tasks["text-classification"] = ["someone/first", SST2]
    fake_api.program("/models/someone/first", respond_json([{"label": "A", "score": 1.0}]))
    assert make_client().text_classification(inputs="x") == [{"label": "A", "score": 1.0}]


def _unique_model() -> str:
    """A model id no other test used, so a process-wide pipeline_tag cache cannot hide
    the lookup."""
    return f"test-org/model-{uuid.uuid4().hex[:12]}"


@pytest.mark.parametrize(
    ("method", "own_task", "inputs", "forced"),
    [
        ("feature_extraction", "sentence-similarity", "hello", "feature-extraction"),
        ("sentence_similarity", "feature-extraction",
         {"source_sentence": "a", "sentences": ["b"]}, "sentence-similarity"),
        ("feature_extraction", "feature-extraction", "hello", None),
        ("sentence_similarity", "sentence-similarity",
         {"source_sentence": "a", "sentences": ["b"]}, None),
    ],
    ids=["fe-forced", "ss-forced", "fe-own", "ss-own"],
)
def test_forced_task_route_and_cached_lookup(
    hf: HfInference, fake_api: FakeInferenceAPI, method: str, own_task: str, inputs: Any,
    forced: str | None,
) -> None:
    model = _unique_model()
    fake_api.set_pipeline_tag(model, own_task)
    path = f"/models/{model}" + (f"/pipeline/{forced}" if forced else "")
    fake_api.program(path, respond_json([0.5, 0.25]))
    for _ in range(2):
        assert getattr(hf, method)(inputs=inputs, model=model) == [0.5, 0.25]
    lookups = hub_requests(fake_api)
    assert [(r.method, r.path) for r in lookups] == [("GET", f"/api/models/{model}")]
    assert lookups[0].query == {"expand[]": ["pipeline_tag"]}
    assert [r.path for r in inference_requests(fake_api)] == [path, path]


def test_failed_pipeline_lookup_uses_the_plain_route(hf: HfInference,
                                                     fake_api: FakeInferenceAPI) -> None:
    """The Hub not knowing the model is no reason to fail the call."""
    model = _unique_model()  # the fake Hub answers 404 for it
    fake_api.program(f"/models/{model}", respond_json([[0.5, 0.25]]))
    assert hf.feature_extraction(inputs="hello", model=model) == [[0.5, 0.25]]
    assert [r.path for r in inference_requests(fake_api)] == [f"/models/{model}"]


def test_translation_of_a_list(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/models/t5-base", respond_json(
        [{"translation_text": "Hallo"}, {"translation_text": "Welt"}]))
    result = hf.translation(inputs=["Hello", "World"], model="t5-base")
    assert result == [{"translation_text": "Hallo"}, {"translation_text": "Welt"}]
    assert inference_requests(fake_api)[0].json() == {"inputs": ["Hello", "World"],
                                                      "options": {}}


def test_response_info(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    control = CallControl()
    classify(hf, control=control)
    info = control.response
    assert info is not None
    assert info.status == 200
    assert info.content_type.startswith("application/json")
    assert info.bytes == len(tape("8636fe95").response_body)
    assert info.url == fake_api.url + SST2_PATH
    assert info.elapsed_s >= 0
