"""Every recorded real call (tests/data/tapes.json), replayed through the public methods.

Each case calls one method with the recorded arguments and checks both sides: what reached
the server (path, method, JSON body and its key order, Content-Type, X- headers) and what
the method returned (the seed's normalized value)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import pytest

from hfi_desktop.inference import Blob, HfInference, ModelNotFoundError, Options, StreamError
from tests.support.fake_api import FakeInferenceAPI
from tests.support.tapes import DEFAULT_MODELS, Tape, load_tapes, tape

from .conftest import MakeClient
from .helpers import (
    PUBLIC_METHODS,
    TASK_METHODS,
    Sample,
    compact,
    consume,
    hub_requests,
    inference_requests,
    is_json_request,
    resolve,
)

Result = Literal["same", "first", "blob", "events"]


@dataclass(frozen=True)
class Case:
    """One replayed call.

    kwargs: the call's arguments; None = inputs/parameters/options of the recorded body.
    sent: what the server must receive; None = the recorded JSON body; a Sample = that
      file as the raw body; a dict = that JSON (Samples in it as base64).
    result: how the expected value derives from the recorded response, or an exception.
    """

    id: str
    tape: str
    method: str
    kwargs: Mapping[str, Any] | None = None
    sent: Mapping[str, Any] | Sample | None = None
    result: Result | type[Exception] = "same"
    message: str = ""
    attrs: Mapping[str, Any] = field(default_factory=dict)
    endpoint: str | None = None

    @property
    def recording(self) -> Tape:
        return tape(self.tape)

    def call_kwargs(self, *, with_model: bool = True) -> dict[str, Any]:
        if self.kwargs is not None:
            kwargs = resolve(dict(self.kwargs), Sample.value)
        else:
            body = self.recording.request_json
            kwargs = {k: body[k] for k in ("inputs", "parameters") if k in body}
            if body.get("options"):
                kwargs["options"] = Options(**body["options"])
        if with_model and self.endpoint is None:
            kwargs["model"] = self.recording.model
        return kwargs

    def expected_result(self, api: FakeInferenceAPI) -> Any:
        recording = self.recording
        match self.result:
            case "same":
                return recording.response_json()
            case "first":
                return recording.response_json()[0]
            case "blob":
                data = api.jpeg if recording.content_type.startswith("image/") else api.flac
                return Blob(data, recording.content_type)
            case "events":
                return [json.loads(line.removeprefix("data:"))
                        for line in recording.response_body.splitlines() if line]
        raise AssertionError(self.result)

    @property
    def path(self) -> str:
        return self.endpoint or self.recording.serving_paths[-1]


TABLE = ["Repository", "Stars"]
CASES = [
    Case("text_classification", "8636fe95", "text_classification", result="first"),
    Case("fill_mask-404", "b0164e2e", "fill_mask", result=ModelNotFoundError,
         message="Model this-model-does-not-exist-123 does not exist", attrs={"status": 404}),
    Case("table_question_answering", "9cb0ae53", "table_question_answering"),
    Case("text_generation-gpt2", "de7a4c1e", "text_generation", result="first"),
    Case("fill_mask-bert", "3eee2d13", "fill_mask"),
    Case("text_generation-flan", "d3136476", "text_generation", result="first"),
    Case("token_classification", "9462a156", "token_classification"),
    Case("question_answering", "53b3d8a7", "question_answering"),
    Case("translation", "c3683605", "translation", result="first"),
    Case("conversational", "2f189a5a", "conversational"),
    Case("zero_shot_classification", "01e7762d", "zero_shot_classification"),
    Case("sentence_similarity", "6796ae26", "sentence_similarity"),
    Case("image_classification", "45d0b012", "image_classification",
         kwargs={"data": Sample("cheetah.png")}, sent=Sample("cheetah.png")),
    Case("automatic_speech_recognition", "e4f68d60", "automatic_speech_recognition",
         kwargs={"data": Sample("sample1.flac", "path")}, sent=Sample("sample1.flac")),
    Case("audio_classification", "741f4bc6", "audio_classification",
         kwargs={"data": Sample("sample1.flac", "str")}, sent=Sample("sample1.flac")),
    Case("request-text_to_image", "3b863bfa", "request",
         kwargs={"inputs": "a red panda eating bamboo"},
         sent={"inputs": "a red panda eating bamboo", "options": {}}, result="blob"),
    Case("object_detection", "a729f3da", "object_detection",
         kwargs={"data": Sample("cats.png", "bytearray")}, sent=Sample("cats.png")),
    Case("summarization", "b209d498", "summarization", result="first"),
    Case("image_segmentation", "53221439", "image_segmentation",
         kwargs={"data": Sample("cats.png", "memoryview")}, sent=Sample("cats.png")),
    Case("text_generation_stream", "3694ddcc", "text_generation_stream", result="events"),
    Case("text_to_image-guidance", "5d075f1b", "text_to_image",
         kwargs={"inputs": "a castle", "parameters": {"guidance_scale": 7.5}},
         sent={"inputs": "a castle", "parameters": {"guidance_scale": 7.5}, "options": {}},
         result="blob"),
    Case("endpoint-text_to_image", "9f9b1e0f", "text_to_image", kwargs={"inputs": "a castle"},
         sent={"inputs": "a castle", "options": {}}, result="blob",
         endpoint="/models/stabilityai/stable-diffusion-2"),
    Case("image_to_text", "78920559", "image_to_text",
         kwargs={"data": Sample("cheetah.png", "blob")}, sent=Sample("cheetah.png"),
         result="first"),
    Case("text_generation-flan-sum", "e64d5b8d", "text_generation", result="first"),
    Case("feature_extraction-nli", "7364916c", "feature_extraction"),
    Case("text_to_image-parameters", "3eb8944d", "text_to_image", result="blob"),
    Case("text_to_image", "448f6f45", "text_to_image", result="blob"),
    Case("document_question_answering-layoutlm", "c4745d72", "document_question_answering",
         kwargs={"inputs": {"image": Sample("invoice.png", "path"),
                            "question": "Invoice number?"}},
         sent={"inputs": {"image": Sample("invoice.png"), "question": "Invoice number?"},
               "options": {}},
         result="first"),
    Case("visual_question_answering", "30b6ce74", "visual_question_answering",
         kwargs={"inputs": {"image": Sample("cats.png"), "question": "How many cats?"}},
         sent={"inputs": {"image": Sample("cats.png"), "question": "How many cats?"},
               "options": {}},
         result="first"),
    Case("document_question_answering-donut", "7cb3c977", "document_question_answering",
         kwargs={"inputs": {"image": Sample("invoice.png", "blob"),
                            "question": "Invoice number?"}},
         sent={"inputs": {"image": Sample("invoice.png"), "question": "Invoice number?"},
               "options": {}},
         result="first"),
    Case("text_to_speech", "fedb2896", "text_to_speech", result="blob"),
    Case("tabular_regression", "c858038f", "tabular_regression"),
    Case("image_to_image-canny", "7b7c5e8c", "image_to_image",
         kwargs={"inputs": Sample("bird_canny.png", "path")}, sent=Sample("bird_canny.png"),
         result="blob"),
    Case("image_to_image-depth", "a7453227", "image_to_image",
         kwargs={"inputs": Sample("stormtrooper_depth.png"),
                 "parameters": {"prompt": "elmo's lecture"}},
         sent={"inputs": Sample("stormtrooper_depth.png"),
               "parameters": {"prompt": "elmo's lecture"}, "options": {}},
         result="blob"),
    Case("feature_extraction-bart", "e2beb1bd", "feature_extraction"),
    Case("tabular_classification", "c6cc0728", "tabular_classification"),
    Case("feature_extraction-wait_for_model", "5dfb6724", "feature_extraction"),
    Case("text_generation_stream-error", "e9fc5538", "text_generation_stream",
         result=StreamError, message="Input validation error: `inputs` tokens",
         attrs={"error_type": "validation"}),
    Case("audio_to_audio", "e84857f5", "audio_to_audio",
         kwargs={"data": Sample("sample1.flac")}, sent=Sample("sample1.flac")),
    Case("zero_shot_image_classification", "bcf4dc29", "zero_shot_image_classification",
         kwargs={"inputs": {"image": Sample("cheetah.png", "path")},
                 "parameters": {"candidate_labels": ["animal", "toy", "car"]}},
         sent={"inputs": {"image": Sample("cheetah.png")},
               "parameters": {"candidate_labels": ["animal", "toy", "car"]}, "options": {}}),
    Case("feature_extraction-forced", "48fb6da4", "feature_extraction"),
    Case("feature_extraction-batch", "63f412fa", "feature_extraction"),
    Case("fill_mask-distilbert", "c9f0ebc2", "fill_mask"),
    # The generic and the endpoint entry points, on recordings the task methods also use.
    Case("request-json", "8636fe95", "request"),
    Case("request-binary", "45d0b012", "request", kwargs={"data": Sample("cheetah.png")},
         sent=Sample("cheetah.png")),
    Case("streaming_request", "3694ddcc", "streaming_request", result="events"),
    Case("endpoint-image_classification", "45d0b012", "image_classification",
         kwargs={"data": Sample("cheetah.png"), "model": "ignored/by-endpoints"},
         sent=Sample("cheetah.png"), endpoint="/models/google/vit-base-patch16-224"),
]
#: The Hub's pipeline_tag recordings are replayed by the feature/similarity cases.
HUB_TAPES_USED_BY = {
    "0b2e2213": "feature_extraction-bart",
    "8e5cb634": "feature_extraction-forced",
    "434ba515": "feature_extraction-nli",
}


def call(client: HfInference, api: FakeInferenceAPI, case: Case, kwargs: dict[str, Any]) -> Any:
    target: Any = client.endpoint(api.url + case.endpoint) if case.endpoint else client
    return consume(getattr(target, case.method)(**kwargs))


def check_sent(case: Case, api: FakeInferenceAPI) -> None:
    """The one inference request matches the recording (or the case's expectation)."""
    sent = inference_requests(api)
    assert [(r.method, r.path) for r in sent] == [("POST", case.path)]
    request = sent[0]
    assert request.query == {}
    assert request.header("authorization") is None
    assert request.x_headers == {}, "no option is set: no X- header"
    if isinstance(case.sent, Sample):
        assert request.header("content-type") is None, "binary calls set no Content-Type"
        assert request.body == case.sent.data
        return
    assert is_json_request(request), request.header("content-type")
    if case.sent is None:
        recorded = case.recording.request_body
        assert request.json() == json.loads(recorded or "null")
        assert compact(request.json()) == recorded, "key order differs from the recording"
    else:
        assert request.json() == resolve(dict(case.sent), lambda s: s.b64)


def check_hub_lookups(case: Case, api: FakeInferenceAPI) -> None:
    lookups = hub_requests(api)
    if case.method not in ("feature_extraction", "sentence_similarity"):
        assert lookups == [], "a call with a model needs nothing from the Hub"
        return
    # At most one: the pipeline_tag cache may be shared with earlier tests.
    assert [(r.method, r.path) for r in lookups] in (
        [], [("GET", f"/api/models/{case.recording.model}")])
    for lookup in lookups:
        assert lookup.query == {"expand[]": ["pipeline_tag"]}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_recorded_call(case: Case, hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    kwargs = case.call_kwargs()
    if isinstance(case.result, type):
        with pytest.raises(case.result) as info:
            call(hf, fake_api, case, kwargs)
        assert case.message in str(info.value)
        for name, value in case.attrs.items():
            assert getattr(info.value, name) == value
    else:
        assert call(hf, fake_api, case, kwargs) == case.expected_result(fake_api)
    check_sent(case, fake_api)
    check_hub_lookups(case, fake_api)


def _default_model_cases() -> list[Case]:
    return [c for c in CASES if c.method in TASK_METHODS and c.endpoint is None
            and not isinstance(c.result, type)
            and DEFAULT_MODELS[TASK_METHODS[c.method]] == c.recording.model]


@pytest.mark.parametrize("case", _default_model_cases(), ids=lambda c: c.id)
def test_recorded_call_without_model_uses_hub_default(
    case: Case, make_client: MakeClient, fake_api: FakeInferenceAPI
) -> None:
    """No model: the first model /api/tasks lists for the task, same request and result."""
    client = make_client()
    assert call(client, fake_api, case, case.call_kwargs(with_model=False)) == \
        case.expected_result(fake_api)
    check_sent(case, fake_api)
    tasks = hub_requests(fake_api, "/api/tasks")
    assert [(r.method, r.path) for r in tasks] == [("GET", "/api/tasks")]


def test_every_recording_is_replayed() -> None:
    replayed = {c.recording.key for c in CASES} | {
        tape(prefix).key for prefix in HUB_TAPES_USED_BY}
    assert replayed == {t.key for t in load_tapes()}
    assert set(HUB_TAPES_USED_BY.values()) <= {c.id for c in CASES}


def test_every_public_method_is_called() -> None:
    called = {c.method for c in CASES} | {"endpoint"}
    assert called == PUBLIC_METHODS
    for name in PUBLIC_METHODS:
        assert callable(getattr(HfInference, name, None)), name


def test_default_model_cases_cover_the_tasks() -> None:
    """Guard against the no-model test silently shrinking (the only recorded stream is not
    from the default text-generation model)."""
    assert {c.method for c in _default_model_cases()} == set(TASK_METHODS) - {
        "text_generation_stream"}
