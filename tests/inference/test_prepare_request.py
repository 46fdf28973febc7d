"""HfInference.prepare_request: the request a call would send, nothing sent to the model."""

from __future__ import annotations

import json

import pytest

from hfi_desktop.inference import HfInference, InferenceInputError
from tests.support.fake_api import FakeInferenceAPI

from .helpers import FLAN, SST2, Sample, inference_requests


def test_a_json_call_is_prepared_not_sent(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    prepared = hf.prepare_request("text_classification", inputs="I like you.", model=SST2,
                                  options={"wait_for_model": True})
    assert prepared.url == f"{fake_api.url}/models/{SST2}"
    assert prepared.headers == {"Content-Type": "application/json"}
    assert json.loads(prepared.body) == {"inputs": "I like you.",
                                         "options": {"wait_for_model": True}}
    assert not prepared.stream
    assert inference_requests(fake_api) == []


def test_binary_and_stream_calls(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    image = Sample("cheetah.png").data
    binary = hf.prepare_request("image_classification", data=image, model="google/vit",
                                options={"use_cache": False})
    assert binary.body == image and binary.headers == {"X-Use-Cache": "false"}
    stream = hf.prepare_request("text_generation_stream", inputs="Once", model=FLAN)
    assert stream.stream and json.loads(stream.body)["stream"] is True
    assert inference_requests(fake_api) == []


def test_the_default_model_is_looked_up_as_for_a_real_call(hf: HfInference,
                                                            fake_api: FakeInferenceAPI) -> None:
    prepared = hf.prepare_request("text_classification", inputs="x")
    assert prepared.url == f"{fake_api.url}/models/{SST2}"
    assert [r.path for r in fake_api.requests] == ["/api/tasks"]


def test_bad_arguments_and_methods_are_refused(hf: HfInference) -> None:
    with pytest.raises(InferenceInputError, match="inputs"):
        hf.prepare_request("text_classification", inputs=3)
    with pytest.raises(InferenceInputError, match="not a task method"):
        hf.prepare_request("close")
