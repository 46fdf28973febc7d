"""Today's response shapes (the Hub's task specs) are accepted and normalized to the seed's;
shapes that match neither raise InferenceOutputError naming the expected shape."""

from __future__ import annotations

from typing import Any

import pytest

from hfi_desktop.inference import HfInference, InferenceOutputError
from tests.support.fake_api import FakeInferenceAPI, respond_json

from .helpers import Sample

MODEL = "org/model"
PATH = f"/models/{MODEL}"
IMAGE = Sample("cats.png").data

CALLS: dict[str, dict[str, Any]] = {
    "text_classification": {"inputs": "x"},
    "text_generation": {"inputs": "x"},
    "summarization": {"inputs": "x"},
    "translation": {"inputs": "x"},
    "image_to_text": {"data": IMAGE},
    "question_answering": {"inputs": {"question": "q", "context": "c"}},
    "table_question_answering": {"inputs": {"query": "q", "table": {"A": ["1"]}}},
    "token_classification": {"inputs": "x"},
    "zero_shot_classification": {"inputs": "x", "parameters": {"candidate_labels": ["a"]}},
    "document_question_answering": {"inputs": {"image": IMAGE, "question": "q"}},
    "visual_question_answering": {"inputs": {"image": IMAGE, "question": "q"}},
    "automatic_speech_recognition": {"data": Sample("sample1.flac").data},
    "image_classification": {"data": IMAGE},
    "feature_extraction": {"inputs": "x"},
    "sentence_similarity": {"inputs": {"source_sentence": "a", "sentences": ["b"]}},
    "object_detection": {"data": IMAGE},
}

LABELS = [{"label": "POSITIVE", "score": 0.9}, {"label": "NEGATIVE", "score": 0.1}]
QA = {"answer": "Paris", "score": 0.97, "start": 25, "end": 30}
TQA = {"answer": "AVERAGE > 36542", "coordinates": [[0, 1]], "cells": ["36542"],
       "aggregator": "AVERAGE"}
ZSC = {"sequence": "x", "labels": ["a", "b"], "scores": [0.75, 0.25]}
ENTITY = {"entity_group": "PER", "score": 0.99, "word": "Sarah", "start": 11, "end": 16}

# (method, response body, normalized result)
ACCEPTED: list[tuple[str, Any, Any]] = [
    ("text_classification", LABELS, LABELS),
    ("text_classification", [LABELS], LABELS),
    ("text_generation", {"generated_text": "hi"}, {"generated_text": "hi"}),
    ("text_generation", [{"generated_text": "hi"}], {"generated_text": "hi"}),
    ("summarization", {"summary_text": "short"}, {"summary_text": "short"}),
    ("translation", {"translation_text": "Hallo"}, {"translation_text": "Hallo"}),
    ("image_to_text", {"generated_text": "two cats"}, {"generated_text": "two cats"}),
    ("question_answering", [QA], QA),
    ("question_answering", [QA, {**QA, "answer": "Lyon", "score": 0.01}], QA),
    ("table_question_answering", [TQA], TQA),
    ("token_classification", ENTITY, [ENTITY]),
    ("zero_shot_classification", ZSC, [ZSC]),
    ("document_question_answering", [{"answer": "us-001", "score": 0.6, "start": 16,
                                      "end": 16}],
     {"answer": "us-001", "score": 0.6, "start": 16, "end": 16}),
    ("visual_question_answering", [{"answer": "2", "score": 0.5}, {"answer": "3", "score": 0.3}],
     {"answer": "2", "score": 0.5}),
    ("automatic_speech_recognition", {"text": "GOING ALONG"}, {"text": "GOING ALONG"}),
    ("feature_extraction", [[0.25, -1.5], [2.0, 3]], [[0.25, -1.5], [2.0, 3]]),
    ("feature_extraction", [0.5, 1], [0.5, 1]),
    ("feature_extraction", [[[[0.5]]]], [[[[0.5]]]]),
]


@pytest.mark.parametrize(("method", "body", "expected"), ACCEPTED,
                         ids=[f"{m}-{i}" for i, (m, _, _) in enumerate(ACCEPTED)])
def test_accepted_shapes(hf: HfInference, fake_api: FakeInferenceAPI, method: str, body: Any,
                         expected: Any) -> None:
    fake_api.program(PATH, respond_json(body))
    assert getattr(hf, method)(**CALLS[method], model=MODEL) == expected


def test_entity_is_accepted_as_entity_group(hf: HfInference, fake_api: FakeInferenceAPI) -> None:
    token = {"entity": "B-PER", "score": 0.9, "word": "Sarah", "start": 11, "end": 16}
    fake_api.program(PATH, respond_json([token]))
    [result] = hf.token_classification(inputs="x", model=MODEL)
    assert result["entity_group"] == "B-PER"
    assert {k: result[k] for k in ("score", "word", "start", "end")} == {
        k: token[k] for k in ("score", "word", "start", "end")}


# (method, response body, text the error names)
REJECTED: list[tuple[str, Any, str]] = [
    ("text_classification", [{"label": "A"}], "score"),
    ("text_classification", [{"label": 1, "score": 0.5}], "label"),
    ("text_classification", {"label": "A", "score": 0.5}, "label"),
    ("text_classification", "POSITIVE", "label"),
    ("text_generation", [], "generated_text"),
    ("text_generation", [{"text": "hi"}], "generated_text"),
    ("summarization", {"summary": "x"}, "summary_text"),
    ("translation", [{"translation_text": 3}], "translation_text"),
    ("image_to_text", None, "generated_text"),
    ("question_answering", {"answer": "Paris", "score": "high", "start": 0, "end": 1},
     "score"),
    ("question_answering", [], "answer"),
    ("table_question_answering", {"answer": "x"}, "coordinates"),
    ("token_classification", [{"score": 0.5}], "word"),
    ("zero_shot_classification", [{"sequence": "x", "labels": "a", "scores": [1]}], "labels"),
    ("document_question_answering", [{"score": 0.5}], "answer"),
    ("visual_question_answering", [{"answer": 2, "score": 0.5}], "answer"),
    ("automatic_speech_recognition", [{"text": "x"}], "text"),
    ("image_classification", [[{"label": "a", "score": "1"}]], "label"),
    ("feature_extraction", [["a"]], "number"),
    ("feature_extraction", [[[[[0.5]]]]], "number"),
    ("sentence_similarity", [0.5, "0.2"], "number"),
    ("object_detection", [{"label": "cat", "score": 0.9, "box": [1, 2, 3, 4]}], "box"),
]


@pytest.mark.parametrize(("method", "body", "named"), REJECTED,
                         ids=[f"{m}-{i}" for i, (m, _, _) in enumerate(REJECTED)])
def test_rejected_shapes(hf: HfInference, fake_api: FakeInferenceAPI, method: str, body: Any,
                         named: str) -> None:
    fake_api.program(PATH, respond_json(body))
    with pytest.raises(InferenceOutputError) as info:
        getattr(hf, method)(**CALLS[method], model=MODEL)
    message = str(info.value)
    assert "expected" in message.lower()
    assert named in message
    assert info.value.answer == body, "the whole answer, to tell what it is"
