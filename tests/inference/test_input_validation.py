"""Bad arguments fail before anything is sent, with a message naming the argument."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hfi_desktop.inference import HfInference, InferenceInputError
from tests.support.fake_api import FakeInferenceAPI

from .helpers import Sample

PNG = Sample("cats.png").data
MISSING = "/nonexistent/dir/missing.png"

BAD_CALLS: list[tuple[str, dict[str, Any], str]] = [
    ("text_classification", {"inputs": None}, "inputs"),
    ("text_classification", {"inputs": 123}, "inputs"),
    ("text_generation", {"inputs": ["a", "b"]}, "inputs"),
    ("text_generation", {"inputs": "x", "parameters": "max_new_tokens=3"}, "parameters"),
    ("question_answering", {"inputs": {"question": "Where?"}}, "context"),
    ("question_answering", {"inputs": "Where?"}, "inputs"),
    ("table_question_answering", {"inputs": {"query": "How many?"}}, "table"),
    ("zero_shot_classification", {"inputs": "x", "parameters": {}}, "candidate_labels"),
    ("conversational", {"inputs": {"past_user_inputs": []}}, "text"),
    ("image_classification", {"data": None}, "data"),
    ("image_classification", {"data": b""}, "data"),
    ("image_classification", {"data": 42}, "data"),
    ("image_classification", {"data": MISSING}, MISSING),
    ("audio_classification", {"data": Path(MISSING)}, "data"),
    ("object_detection", {"data": bytearray()}, "data"),
    ("image_to_image", {"inputs": b""}, "inputs"),
    ("document_question_answering", {"inputs": {"image": MISSING, "question": "Total?"}},
     "image"),
    ("document_question_answering", {"inputs": {"image": PNG}}, "question"),
    ("visual_question_answering", {"inputs": {"image": b"", "question": "What?"}}, "image"),
    ("zero_shot_image_classification",
     {"inputs": {"image": 3.5}, "parameters": {"candidate_labels": ["a"]}}, "image"),
    ("text_classification", {"inputs": "x", "options": {"use_gpu": "yes"}}, "use_gpu"),
    ("text_classification", {"inputs": "x", "options": ["wait_for_model"]}, "options"),
    ("text_generation_stream", {"inputs": None}, "inputs"),
    ("streaming_request", {}, "inputs"),
    ("request", {}, "inputs"),
]


@pytest.mark.parametrize(("method", "kwargs", "named"), BAD_CALLS,
                         ids=[f"{m}-{i}" for i, (m, _, _) in enumerate(BAD_CALLS)])
@pytest.mark.parametrize("with_model", [True, False], ids=["model", "no-model"])
def test_bad_input_fails_before_any_request(
    hf: HfInference, fake_api: FakeInferenceAPI, method: str, kwargs: dict[str, Any],
    named: str, with_model: bool,
) -> None:
    if with_model:
        kwargs = {**kwargs, "model": "some/model"}
    with pytest.raises(InferenceInputError) as info:
        getattr(hf, method)(**kwargs)  # a stream is not iterated: validation comes first
    assert named in str(info.value)
    assert isinstance(info.value, ValueError)
    assert fake_api.requests == [], "nothing may be sent (not even to the Hub)"


def test_directory_is_an_unreadable_path(hf: HfInference, fake_api: FakeInferenceAPI,
                                         tmp_path: Path) -> None:
    with pytest.raises(InferenceInputError, match="data"):
        hf.image_classification(data=tmp_path, model="m")
    assert fake_api.requests == []


def test_endpoint_validates_too(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    with pytest.raises(InferenceInputError, match="inputs"):
        hf.endpoint(fake_api.url + "/e").text_classification(inputs=None)  # type: ignore[arg-type]
    assert fake_api.requests == []


def test_stream_sends_nothing_until_iterated(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    stream = hf.text_generation_stream(inputs='repeat "one two three four"',
                                       model="google/flan-t5-xxl")
    assert fake_api.requests == []
    with stream:
        assert next(stream)["token"]["text"] == "one"
    assert len(fake_api.requests) == 1
