"""What the server sent is kept: the output checks validate the keys the seed's shape needs
and keep every other one (``details``, a stream's ``index``, a detector's ``box``…). Plus the
seed-shape gaps the recorded API shows: translation parameters, text classification of a
list of texts, candidate labels as one comma-separated string."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hfi_desktop.inference import HfInference, InferenceInputError, InferenceOutputError
from hfi_desktop.inference import _outputs as outputs
from tests.support.fake_api import FakeInferenceAPI, Stream, respond_json
from tests.support.sse import sse_event
from tests.support.tapes import tape

from .helpers import Sample, compact, inference_requests
from .test_output_properties import (
    SEED_KEYS,
    SPECS,
    List,
    Obj,
    check,
    json_values,
    on_the_wire,
    valid,
)

MODEL = "org/model"
PATH = f"/models/{MODEL}"
IMAGE = Sample("cats.png").data
TOKEN = {"id": 80, "text": "one", "logprob": -0.75, "special": False}
DETAILS = {
    "finish_reason": "length",
    "generated_tokens": 1,
    "seed": None,
    "prefill": [],
    "tokens": [TOKEN],
}


def sent_json(api: FakeInferenceAPI) -> Any:
    [request] = inference_requests(api)
    return request.json()


# ------------------------------------------------------------------------- kept keys, HTTP
def test_text_generation_keeps_details(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    body = [{"generated_text": "one", "details": DETAILS}]
    fake_api.program(PATH, respond_json(body))
    result = hf.text_generation(inputs="x", model=MODEL, parameters={"details": True})
    assert result == body[0]
    assert sent_json(fake_api)["parameters"] == {"details": True}


def test_stream_events_keep_every_key(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    """TGI's ``index``, ``top_tokens`` and the final ``details`` arrive as sent."""
    events: list[dict[str, Any]] = [
        {"index": 1, "token": TOKEN, "top_tokens": [TOKEN], "generated_text": None,
         "details": None},
        {"index": 2, "token": {**TOKEN, "id": 2, "text": "!", "special": True},
         "generated_text": "one!", "details": {"finish_reason": "eos_token",
                                                "generated_tokens": 2, "seed": 7}},
    ]
    fake_api.program(PATH, Stream([sse_event(e) for e in events]))
    assert list(hf.text_generation_stream(inputs="x", model=MODEL)) == events


def test_stream_events_without_generated_text_or_details_get_none(
    hf: HfInference, fake_api: FakeInferenceAPI
) -> None:
    """Some servers leave the null fields out; the seed's shape has both."""
    events = [{"index": 0, "token": TOKEN}, {"token": TOKEN, "generated_text": "one"}]
    fake_api.program(PATH, Stream([sse_event(e) for e in events]))
    assert list(hf.text_generation_stream(inputs="x", model=MODEL)) == [
        {"index": 0, "token": TOKEN, "generated_text": None, "details": None},
        {"token": TOKEN, "generated_text": "one", "details": None},
    ]


def test_stream_event_check_returns_the_parsed_dict() -> None:
    """The hot path builds no new dict per event."""
    event = {"token": dict(TOKEN), "generated_text": None, "details": None, "index": 3}
    assert outputs.check_text_generation_stream_event(event) is event
    assert event["index"] == 3


@pytest.mark.parametrize("event", [
    {"token": {**TOKEN, "id": True}},
    {"token": {**TOKEN, "logprob": "low"}},
    {"token": {**TOKEN, "special": 0}},
    {"token": {**TOKEN, "text": None}},
    {"token": TOKEN, "generated_text": 3},
    {"token": TOKEN, "details": [1]},
    {"index": 1},
    [TOKEN],
], ids=str)
def test_stream_event_check_still_validates(event: Any) -> None:
    before = copy.deepcopy(event)
    with pytest.raises(InferenceOutputError, match="expected"):
        outputs.check_text_generation_stream_event(event)
    assert event == before, "a rejected event is left as it came"


def test_image_classification_keeps_box_and_mask(hf: HfInference,
                                                 fake_api: FakeInferenceAPI) -> None:
    """A detection or segmentation model answering an image-classification call."""
    body = [
        {"label": "cat", "score": 0.99, "box": {"xmin": 1, "ymin": 2, "xmax": 3, "ymax": 4}},
        {"label": "remote", "score": 0.5, "mask": "iVBORw0KGgo="},
    ]
    fake_api.program(PATH, respond_json(body))
    assert hf.image_classification(data=IMAGE, model=MODEL) == body


def test_object_detection_keeps_extra_keys(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    body = [{"label": "cat", "score": 0.9, "id": 7,
             "box": {"xmin": 1, "ymin": 2, "xmax": 3, "ymax": 4, "angle": 0.5}}]
    fake_api.program(PATH, respond_json(body))
    assert hf.object_detection(data=IMAGE, model=MODEL) == body


def test_image_segmentation_keeps_extra_keys_and_fills_score(
    hf: HfInference, fake_api: FakeInferenceAPI
) -> None:
    body = [{"label": "cat", "score": 0.9, "mask": "iVBORw0KGgo=", "id": 1, "is_thing": True},
            {"label": "sky", "mask": "iVBORw0KGgo=", "area": 120}]
    fake_api.program(PATH, respond_json(body))
    assert hf.image_segmentation(data=IMAGE, model=MODEL) == [
        body[0], {**body[1], "score": None}]


def test_token_classification_keeps_entity_and_index(
    hf: HfInference, fake_api: FakeInferenceAPI
) -> None:
    token = {"entity": "B-PER", "score": 0.9, "index": 4, "word": "Sarah", "start": 11,
             "end": 16}
    fake_api.program(PATH, respond_json([token]))
    assert hf.token_classification(inputs="x", model=MODEL) == [
        {**token, "entity_group": "B-PER"}]


def test_table_question_answering_keeps_extra_keys_default_aggregator(
    hf: HfInference, fake_api: FakeInferenceAPI
) -> None:
    body = {"answer": "x", "coordinates": [[0, 1]], "cells": ["x"], "aggregator": None,
            "extra": 1}
    fake_api.program(PATH, respond_json(body))
    result = hf.table_question_answering(inputs={"query": "q", "table": {"A": ["1"]}},
                                         model=MODEL)
    assert result == {**body, "aggregator": "NONE"}


def test_conversational_keeps_extra_keys_inside_the_conversation(
    hf: HfInference, fake_api: FakeInferenceAPI
) -> None:
    body = {"generated_text": "Hi", "conversation": {
        "past_user_inputs": ["Hello"], "generated_responses": ["Hi"], "system": "be nice"},
        "warnings": ["w"], "usage": {"tokens": 3}}
    fake_api.program(PATH, respond_json(body))
    assert hf.conversational(inputs={"text": "Hello"}, model=MODEL) == body


# --------------------------------------------------------------------- kept keys, property
#: Keys real servers add, and random ones the seed never names.
extra_keys = st.sampled_from(["details", "index", "top_tokens", "entity", "box", "mask",
                              "logits", "seed", "id"]) | st.text(min_size=1, max_size=8).filter(
                                  lambda k: k not in SEED_KEYS)


def with_extras(draw: st.DrawFn, schema: Any, value: Any) -> Any:
    """``value`` with one to three unknown keys added to each object in it (nested too)."""
    if isinstance(schema, Obj):
        kept = {k: with_extras(draw, schema.fields[k], v) for k, v in value.items()}
        extras = draw(st.dictionaries(extra_keys.filter(lambda k: k not in schema.fields),
                                      json_values, min_size=1, max_size=3))
        return {**kept, **extras}
    if isinstance(schema, List):
        return [with_extras(draw, schema.item, item) for item in value]
    return value


def _has_objects(schema: Any) -> bool:
    if isinstance(schema, Obj):
        return True
    return isinstance(schema, List) and _has_objects(schema.item)


@pytest.mark.parametrize("method", sorted(m for m, s in SPECS.items() if _has_objects(s.schema)))
@given(data=st.data())
def test_extra_keys_survive_every_check(method: str, data: st.DataObject) -> None:
    spec = SPECS[method]
    canonical = data.draw(valid(spec.schema), label="canonical")
    extended = data.draw(st.composite(lambda draw: with_extras(draw, spec.schema, canonical))(),
                         label="with extras")
    wire = data.draw(on_the_wire(spec, extended, valid_only=True), label="wire")
    assert check(method)(copy.deepcopy(wire)) == extended


@given(data=st.data())
def test_extra_keys_survive_the_stream_event_check(data: st.DataObject) -> None:
    token = data.draw(st.fixed_dictionaries(
        {"text": st.text(max_size=4)},
        optional={"id": st.integers(0, 50_000), "logprob": st.floats(allow_nan=False),
                  "special": st.booleans()}), label="token")
    event = {"token": token, "generated_text": data.draw(st.none() | st.text(max_size=4)),
             "details": data.draw(st.none() | st.just(DETAILS))}
    extended = {**event, **data.draw(st.dictionaries(
        extra_keys.filter(lambda k: k not in event), json_values, min_size=1, max_size=3))}
    extended["token"] = {**token, **data.draw(st.dictionaries(
        extra_keys.filter(lambda k: k not in ("id", "text", "logprob", "special")),
        json_values, max_size=2))}
    assert outputs.check_text_generation_stream_event(copy.deepcopy(extended)) == extended


# ----------------------------------------------------------------------------- translation
def test_translation_sends_its_parameters(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/models/facebook/mbart-large-50-many-to-many-mmt",
                     respond_json([{"translation_text": "Je m'appelle Wolfgang"}]))
    parameters = {"src_lang": "en_XX", "tgt_lang": "fr_XX", "clean_up_tokenization_spaces": True,
                  "truncation": "longest_first", "generate_parameters": {"max_new_tokens": 40}}
    result = hf.translation(inputs="My name is Wolfgang",
                            model="facebook/mbart-large-50-many-to-many-mmt",
                            parameters=parameters)  # type: ignore[arg-type]
    assert result == {"translation_text": "Je m'appelle Wolfgang"}
    [request] = inference_requests(fake_api)
    assert request.body.decode() == compact(
        {"inputs": "My name is Wolfgang", "parameters": parameters, "options": {}})


def test_translation_of_a_list_with_parameters(hf: HfInference,
                                               fake_api: FakeInferenceAPI) -> None:
    fake_api.program("/models/facebook/nllb-200-distilled-600M", respond_json(
        [{"translation_text": "Bonjour"}, {"translation_text": "Monde"}]))
    result = hf.translation(inputs=["Hello", "World"], model="facebook/nllb-200-distilled-600M",
                            parameters={"src_lang": "eng_Latn", "tgt_lang": "fra_Latn"})
    assert result == [{"translation_text": "Bonjour"}, {"translation_text": "Monde"}]
    assert sent_json(fake_api) == {"inputs": ["Hello", "World"], "options": {},
                                   "parameters": {"src_lang": "eng_Latn",
                                                  "tgt_lang": "fra_Latn"}}


def test_translation_leaves_out_unset_parameters(hf: HfInference,
                                                 fake_api: FakeInferenceAPI) -> None:
    fake_api.program(PATH, respond_json([{"translation_text": "Hallo"}]))
    hf.translation(inputs="Hello", model=MODEL,
                   parameters={"src_lang": None, "tgt_lang": "de", "num_beams": 2})
    assert sent_json(fake_api)["parameters"] == {"tgt_lang": "de", "num_beams": 2}


def test_translation_recorded_call_still_sends_no_parameters(
    hf: HfInference, fake_api: FakeInferenceAPI
) -> None:
    recording = tape("c3683605")
    hf.translation(inputs=recording.request_json["inputs"], model=recording.model)
    [request] = inference_requests(fake_api)
    assert request.body.decode() == recording.request_body


@pytest.mark.parametrize(("parameters", "named"), [
    ("src_lang=en", "parameters"),
    ({"src_lang": 3}, "parameters.src_lang"),
    ({"tgt_lang": "  "}, "parameters.tgt_lang"),
    ({"clean_up_tokenization_spaces": "yes"}, "parameters.clean_up_tokenization_spaces"),
    ({"truncation": "everything"}, "parameters.truncation"),
    ({"generate_parameters": [1]}, "parameters.generate_parameters"),
], ids=str)
def test_translation_bad_parameters(hf: HfInference, fake_api: FakeInferenceAPI,
                                    parameters: Any, named: str) -> None:
    with pytest.raises(InferenceInputError) as info:
        hf.translation(inputs="Hello", model=MODEL, parameters=parameters)
    assert named in str(info.value)
    assert fake_api.requests == []


# --------------------------------------------------------------------- text classification
POS = [{"label": "POSITIVE", "score": 0.9}, {"label": "NEGATIVE", "score": 0.1}]
NEG = [{"label": "NEGATIVE", "score": 0.8}, {"label": "POSITIVE", "score": 0.2}]


@pytest.mark.parametrize(("texts", "body", "expected"), [
    (["I like you.", "I hate you."], [POS, NEG], [POS, NEG]),  # 2023: one list per text
    (["I like you."], [POS], [POS]),
    (("I like you.",), POS, [POS]),  # the only text's labels, flat
    (["I like you.", "I hate you."], [POS[0], NEG[0]], [[POS[0]], [NEG[0]]]),  # top label each
], ids=["lists", "one-list", "one-flat", "top-each"])
def test_text_classification_of_a_list(hf: HfInference, fake_api: FakeInferenceAPI,
                                       texts: Any, body: Any, expected: Any) -> None:
    fake_api.program(PATH, respond_json(body))
    assert hf.text_classification(inputs=texts, model=MODEL) == expected
    assert sent_json(fake_api) == {"inputs": list(texts), "options": {}}


def test_text_classification_of_one_text_stays_flat(hf: HfInference,
                                                    fake_api: FakeInferenceAPI) -> None:
    fake_api.program(PATH, respond_json([POS]))
    assert hf.text_classification(inputs="I like you.", model=MODEL) == POS


@pytest.mark.parametrize("body", [
    [POS], [POS, NEG, POS], [POS[0]], POS[0], [POS, "x"], [[{"label": "A"}], POS],
], ids=["one-list", "three-lists", "one-item", "object", "list-and-text", "no-score"])
def test_text_classification_of_a_list_rejects_other_shapes(
    hf: HfInference, fake_api: FakeInferenceAPI, body: Any
) -> None:
    fake_api.program(PATH, respond_json(body))
    with pytest.raises(InferenceOutputError, match="one list per input"):
        hf.text_classification(inputs=["a", "b"], model=MODEL)


@pytest.mark.parametrize(("inputs", "named"), [([], "inputs"), (["a", 3], "inputs[1]")],
                         ids=str)
def test_text_classification_bad_list(hf: HfInference, fake_api: FakeInferenceAPI,
                                      inputs: Any, named: str) -> None:
    with pytest.raises(InferenceInputError) as info:
        hf.text_classification(inputs=inputs, model=MODEL)
    assert named in str(info.value)
    assert fake_api.requests == []


# --------------------------------------------------------------- comma-separated labels
def test_zero_shot_labels_as_one_string_send_the_recorded_body(
    hf: HfInference, fake_api: FakeInferenceAPI
) -> None:
    recording = tape("01e7762d")
    result = hf.zero_shot_classification(
        inputs=recording.request_json["inputs"], model=recording.model,
        parameters={"candidate_labels": "refund, legal,faq "})
    assert result == recording.response_json()
    [request] = inference_requests(fake_api)
    assert request.body.decode() == recording.request_body


def test_zero_shot_image_labels_as_one_string(hf: HfInference,
                                              fake_api: FakeInferenceAPI) -> None:
    fake_api.program(PATH, respond_json([{"label": "animal", "score": 0.9}]))
    hf.zero_shot_image_classification(inputs={"image": IMAGE}, model=MODEL,
                                      parameters={"candidate_labels": " animal ,toy, car"})
    assert sent_json(fake_api)["parameters"] == {"candidate_labels": ["animal", "toy", "car"]}


@pytest.mark.parametrize("method", ["zero_shot_classification",
                                    "zero_shot_image_classification"])
@pytest.mark.parametrize("labels", ["", " , ", "refund,,legal", "refund, legal,", 3, [""],
                                    ["a", 2]], ids=json.dumps)
def test_bad_candidate_labels(hf: HfInference, fake_api: FakeInferenceAPI, method: str,
                              labels: Any) -> None:
    inputs: Any = "x" if method == "zero_shot_classification" else {"image": IMAGE}
    with pytest.raises(InferenceInputError) as info:
        getattr(hf, method)(inputs=inputs, model=MODEL,
                            parameters={"candidate_labels": labels})
    assert "parameters.candidate_labels" in str(info.value)
    assert fake_api.requests == []
