"""Which task an answer looks like: the offer of another task's page rests on it."""

from __future__ import annotations

import pytest

from hfi_desktop.catalog import CATALOG, PageKind, task
from hfi_desktop.catalog.answers import answer_shape, shared_inputs, task_answering_like
from tests.support.tapes import tape

SEGMENTS = tape("53221439").response_json()  # facebook/detr-resnet-50-panoptic, 2023
BOXES = tape("a729f3da").response_json()  # facebook/detr-resnet-50
LABELS = [{"label": "cat", "score": 0.9}]


@pytest.mark.parametrize(("page", "answer", "looks_like"), [
    ("object-detection", SEGMENTS, "image-segmentation"),
    ("object-detection", [{"label": "cat", "mask": "iVBOR"}], "image-segmentation"),  # no score
    ("image-segmentation", BOXES, "object-detection"),
    ("object-detection", LABELS, "image-classification"),  # the page's inputs win a tie
    ("text-classification", [{"generated_text": "x"}], "text-generation"),
    ("image-classification", [{"generated_text": "x"}], "image-to-text"),
    ("summarization", [{"translation_text": "x"}], "translation"),
    ("text-classification", [0.1, 0.2], "feature-extraction"),
    ("text-classification", [[[0.1], [0.2]]], "feature-extraction"),
    ("text-classification", [{"score": 0.5, "token": 1, "token_str": "a", "sequence": "a b"}],
     "fill-mask"),
    ("text-generation", {"generated_text": "x", "conversation": {}}, "conversational"),
    ("fill-mask", [[{"label": "POSITIVE", "score": 0.9}]], "text-classification"),
    ("text-to-speech", {"text": "hello"}, "automatic-speech-recognition"),
])
def test_an_answer_looks_like_another_tasks(page: str, answer: object,
                                            looks_like: str) -> None:
    other = task_answering_like(answer, task(page))
    assert other is not None and other.id == looks_like


@pytest.mark.parametrize(("page", "answer"), [
    ("text-classification", {"labels": ["a"]}),  # nobody's
    ("text-classification", LABELS),  # its own shape (another check failed)
    ("image-classification", [{"label": "cat", "score": "high"}]),  # the same shape as its own
    ("object-detection", []),
    ("object-detection", "a text"),
    ("object-detection", None),
])
def test_no_other_task_for_an_answer_of_no_or_the_same_shape(page: str,
                                                             answer: object) -> None:
    assert task_answering_like(answer, task(page)) is None


def test_every_json_answering_task_has_a_shape() -> None:
    blobs = {"image", "audio", "text_stream", "raw"}
    for spec in (s for s in CATALOG if s.page is PageKind.FORM):  # the chat page: its own
        assert (answer_shape(spec) is None) == (spec.output.value in blobs), spec.id


def test_shared_inputs_are_those_of_the_same_key_and_kind() -> None:
    assert shared_inputs(task("object-detection"), task("image-segmentation")) == ("data",)
    assert shared_inputs(task("text-classification"), task("fill-mask")) == ("inputs",)
    assert shared_inputs(task("text-classification"), task("image-classification")) == ()
    assert shared_inputs(task("visual-question-answering"),
                         task("document-question-answering")) == ("inputs.image",
                                                                  "inputs.question")
