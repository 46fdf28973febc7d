"""build_request: the kwargs it builds, what it leaves out, and the calls they make."""

from __future__ import annotations

import json
from typing import Any

import pytest

from hfi_desktop.catalog import (
    CATALOG,
    CallRequest,
    FileValue,
    FormError,
    PageKind,
    TaskSpec,
    build_request,
    example_values,
    invoke,
    normalize_model,
    task,
)
from hfi_desktop.inference import Blob, CallControl, HfInference, InferenceCancelledError, Options
from tests.support.fake_api import FakeInferenceAPI

from .conftest import png


def build(task_id: str, values: dict[str, Any], parameters: dict[str, Any] | None = None,
          *, model: str | None = None, options: Options | None = None) -> CallRequest:
    return build_request(task(task_id), values, parameters or {}, model=model, options=options)


# -- kwargs --------------------------------------------------------------------------------


def test_text_task() -> None:
    request = build("text-classification", {"inputs": "I like you."})
    assert (request.task_id, request.method) == ("text-classification", "text_classification")
    assert request.kwargs == {"inputs": "I like you."}


def test_text_is_sent_as_typed() -> None:
    request = build("text-generation", {"inputs": "  Once upon a time "})
    assert request.kwargs["inputs"] == "  Once upon a time "


def test_dotted_keys_nest() -> None:
    request = build("question-answering",
                    {"inputs.question": "Where?", "inputs.context": "In Paris."})
    assert request.kwargs == {"inputs": {"question": "Where?", "context": "In Paris."}}


def test_candidate_labels_join_the_parameters() -> None:
    request = build("zero-shot-classification", {
        "inputs": "I want my money back", "parameters.candidate_labels": [" refund ", "faq"],
    }, {"multi_label": True})
    assert request.kwargs == {
        "inputs": "I want my money back",
        "parameters": {"candidate_labels": ["refund", "faq"], "multi_label": True},
    }


def test_binary_input_is_bytes() -> None:
    file = png("cat.png", b"cat-bytes")
    request = build("image-classification", {"data": file})
    assert request.kwargs == {"data": b"cat-bytes"}
    assert request.files == {"data": file}


def test_image_inside_json_is_bytes() -> None:
    request = build("visual-question-answering",
                    {"inputs.image": png(data=b"img"), "inputs.question": "How many?"})
    assert request.kwargs == {"inputs": {"image": b"img", "question": "How many?"}}


def test_conversation() -> None:
    request = build("conversational", {"inputs": {"text": "Why?", "past_user_inputs": ("Best?",),
                                                  "generated_responses": ["Die Hard."]}})
    assert request.kwargs["inputs"] == {
        "past_user_inputs": ["Best?"], "generated_responses": ["Die Hard."], "text": "Why?"}


def test_conversation_without_history() -> None:
    request = build("conversational", {"inputs": {"text": "Hi"}})
    assert request.kwargs["inputs"] == {
        "past_user_inputs": [], "generated_responses": [], "text": "Hi"}


def test_table_cells_become_text_and_headers_are_trimmed() -> None:
    table = {" Height ": [11.5, "12"], "Kind": ["a", "b"]}
    request = build("tabular-regression", {"inputs.data": table})
    assert request.kwargs == {"inputs": {"data": {"Height": ["11.5", "12"], "Kind": ["a", "b"]}}}


def test_table_as_column_pairs() -> None:
    pairs = [("Repo", ["hf"]), ("Stars", ["1"])]
    request = build("table-question-answering", {"inputs.query": "Stars?", "inputs.table": pairs})
    assert request.kwargs["inputs"] == {"query": "Stars?",
                                        "table": {"Repo": ["hf"], "Stars": ["1"]}}


def test_parameters_are_typed() -> None:
    request = build("text-generation", {"inputs": "Hi"}, {
        "max_new_tokens": "20", "temperature": 0, "top_p": "0.9", "do_sample": False,
        "stop_sequences": ["\n", " end"], "num_return_sequences": 2.0,
    })
    assert request.kwargs["parameters"] == {
        "max_new_tokens": 20, "temperature": 0.0, "top_p": 0.9, "do_sample": False,
        "stop_sequences": ["\n", " end"], "num_return_sequences": 2,
    }
    assert isinstance(request.kwargs["parameters"]["max_new_tokens"], int)
    assert isinstance(request.kwargs["parameters"]["temperature"], float)


def test_unset_parameters_are_left_out() -> None:
    request = build("text-to-image", {"inputs": "a castle"}, {
        "guidance_scale": None, "negative_prompt": "", "width": "  ", "height": 256})
    assert request.kwargs == {"inputs": "a castle", "parameters": {"height": 256}}
    request = build("text-generation", {"inputs": "Hi"},
                    {"stop_sequences": [], "temperature": None, "return_full_text": None})
    assert "parameters" not in request.kwargs


def test_image_to_image_without_parameters_sends_only_the_image() -> None:
    request = build("image-to-image", {"inputs": png(data=b"edges")}, {"prompt": ""})
    assert request.kwargs == {"inputs": b"edges"}


def test_model_and_options() -> None:
    options = Options(wait_for_model=True)
    request = build("fill-mask", {"inputs": "[MASK] world!"}, model=" bert-base-uncased ",
                    options=options)
    assert request.kwargs["model"] == "bert-base-uncased"
    assert request.kwargs["options"] is options


def test_no_model_means_the_hubs_default() -> None:
    assert "model" not in build("fill-mask", {"inputs": "[MASK]"}, model="").kwargs
    assert "model" not in build("fill-mask", {"inputs": "[MASK]"}, model=None).kwargs


@pytest.mark.parametrize("model", [
    "gpt2", "t5-base", "google/flan-t5-xxl", "OpenAssistant/oasst-sft-4-pythia-12b-epoch-3.5",
    "espnet/kan-bayashi_ljspeech_vits", "https://my-endpoint.example/models/x",
    "http://127.0.0.1:8080",
])
def test_valid_models(model: str) -> None:
    assert normalize_model(model) == model


@pytest.mark.parametrize("model", [
    "owner/name/extra", "has space", "/name", "name/", "a/../b", "owner--x/name", "-name",
    "name.", "ftp://host/x", "https://", "HTTPS://host", "x" * 97, "ünïcode/model",
])
def test_invalid_models(model: str) -> None:
    with pytest.raises(FormError) as info:
        build("fill-mask", {"inputs": "[MASK]"}, model=model)
    assert info.value.field == "model"
    assert str(info.value).startswith("Model: ")


# -- custom requests -----------------------------------------------------------------------


def test_custom_json_request() -> None:
    request = build("custom-request", {
        "inputs": '{"question": "Why?",\n "context": "Because."}', "parameters": '{"top_k": 2}',
        "task_hint": "question-answering", "data": None,
    })
    assert request.kwargs == {
        "inputs": {"question": "Why?", "context": "Because."}, "parameters": {"top_k": 2},
        "task_hint": "question-answering",
    }


def test_custom_binary_request() -> None:
    request = build("custom-request", {"data": png(data=b"raw"), "inputs": "  "}, model="a/b")
    assert request.kwargs == {"data": b"raw", "model": "a/b"}


def test_custom_streaming_request() -> None:
    request = build("custom-streaming-request", {"inputs": '"Once"'}, model="gpt2")
    assert request.kwargs == {"inputs": "Once", "model": "gpt2"}


# -- describe ------------------------------------------------------------------------------


def test_describe_is_json_safe() -> None:
    image = FileValue("invoice.png", b"12345", "image/png", "/x/invoice.png")
    request = build("document-question-answering",
                    {"inputs.image": image, "inputs.question": "Total?"},
                    model="impira/layoutlm-document-qa", options=Options(use_cache=False))
    summary = request.describe()
    assert json.loads(json.dumps(summary)) == {
        "task": "document-question-answering",
        "method": "document_question_answering",
        "inputs": {"image": {"name": "invoice.png", "mime": "image/png", "size": 5},
                   "question": "Total?"},
        "model": "impira/layoutlm-document-qa",
        "options": {"use_cache": False},
    }


def test_describe_a_binary_call() -> None:
    summary = build("automatic-speech-recognition",
                    {"data": FileValue("a.flac", b"fLaC", "audio/flac")}).describe()
    assert summary["data"] == {"name": "a.flac", "mime": "audio/flac", "size": 4}


# -- same_call ----------------------------------------------------------------------------


def test_same_call_compares_what_is_sent_not_where_files_came_from() -> None:
    def request(image: FileValue, question: str = "Total?", *, model: str | None = None,
                options: Options | None = None) -> CallRequest:
        return build("document-question-answering",
                     {"inputs.image": image, "inputs.question": question},
                     model=model, options=options)

    invoice = FileValue("invoice.png", b"12345", "image/png", "/x/invoice.png")
    same_bytes = FileValue("copy.png", b"12345", "image/png", "/elsewhere/copy.png")
    other = FileValue("invoice.png", b"54321", "image/png", "/x/invoice.png")
    assert request(invoice).same_call(request(same_bytes))
    assert not request(invoice).same_call(request(other))
    assert not request(invoice).same_call(request(invoice, "Total? "))
    assert not request(invoice).same_call(request(invoice, model="owner/model"))
    assert not request(invoice).same_call(request(invoice, options=Options(use_cache=False)))
    assert request(invoice, options=Options()).same_call(request(invoice, options=Options()))


# -- real calls ----------------------------------------------------------------------------


def first_example_request(spec: TaskSpec) -> CallRequest:
    example = spec.examples[0]
    return build_request(spec, example_values(spec, example), example.parameters,
                         model=example.model or spec.default_model, options=None)


@pytest.mark.parametrize("spec", [s for s in CATALOG if s.page is PageKind.FORM],
                         ids=lambda spec: spec.id)
def test_first_example_gets_a_result(spec: TaskSpec, hf: HfInference,
                                     fake_api: FakeInferenceAPI) -> None:
    result = invoke(hf, first_example_request(spec), CallControl())
    if spec.streaming:
        with result as events:
            result = list(events)
        assert result and all(isinstance(event, dict) for event in result)
    assert result not in (None, [], {}, "")
    if isinstance(result, Blob):
        assert result.data
    posted = [r for r in fake_api.requests if r.method == "POST"]
    assert len(posted) == 1
    assert posted[0].model == (spec.examples[0].model or spec.default_model)


def test_unset_parameters_do_not_go_on_the_wire(hf: HfInference,
                                                fake_api: FakeInferenceAPI) -> None:
    spec = task("text-generation")
    request = build_request(spec, {"inputs": "The answer to the universe is"},
                            {p.name: None for p in spec.parameters}, model="gpt2", options=None)
    invoke(hf, request)
    [sent] = fake_api.requests_to("/models/gpt2")
    assert sent.body == b'{"inputs":"The answer to the universe is","options":{}}'


def test_invoke_passes_the_control(hf: HfInference) -> None:
    control = CallControl()
    control.cancel()
    with pytest.raises(InferenceCancelledError):
        invoke(hf, first_example_request(task("text-classification")), control)
