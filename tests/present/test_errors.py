"""Bad results raise PresentError with a message that says what was expected."""

from __future__ import annotations

import base64

import pytest

from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.inference import Blob
from hfi_desktop.present import PresentError, ResultContext, prepare
from tests.support.paths import example_bytes

GIF = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"
CATS = ResultContext(image=example_bytes("cats.png"))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@pytest.mark.parametrize(
    ("kind", "result", "context", "message"),
    [
        (OutputKind.LABELS, {"oops": 1}, None, "expected [{label: string, score: number}]"),
        (OutputKind.LABELS, [{"label": "a", "score": "high"}], None, "expected [{label"),
        (OutputKind.FILL_MASK, [{"token_str": "a"}], None, "expected [{token_str"),
        (
            OutputKind.ZERO_SHOT,
            [{"sequence": "s", "labels": ["a"], "scores": []}],
            None,
            "1 label but 0 scores",
        ),
        (OutputKind.TEXT, [{"nothing": "here"}], None, "generated_text"),
        (OutputKind.TEXT_STREAM, [{"token": "x"}], None, "text_generation_stream events"),
        (OutputKind.ANSWER_SPAN, [], None, "expected {answer"),
        (OutputKind.ENTITIES, [{"word": "x"}], None, "entity_group"),
        (OutputKind.DETECTION, [{"label": "cat", "score": 1, "box": [1, 2]}], CATS, "box"),
        (
            OutputKind.SEGMENTATION,
            [{"label": "cat", "score": 1, "mask": b64(GIF)}],
            CATS,
            "mask 1 ('cat') is not a PNG image",
        ),
        (
            OutputKind.SEGMENTATION,
            [{"label": "cat", "score": 1, "mask": "%%%not base64"}],
            CATS,
            "mask 1 ('cat') is not valid base64",
        ),
        (
            OutputKind.SEGMENTATION,
            [{"label": "cat", "mask": b64(b"\x89PNG\r\n\x1a\nxx")}],
            None,
            "mask 1 ('cat') looks like a PNG file but is damaged or incomplete",
        ),
        (
            OutputKind.DETECTION,
            [],
            ResultContext(image=b"not an image"),
            "the input image is not an image: it looks like a text file",
        ),
        (OutputKind.IMAGE, {"generated_text": "x"}, None, "expected an image (Blob)"),
        (OutputKind.IMAGE, Blob(b"", "image/png"), None, "the generated image is empty"),
        (
            OutputKind.IMAGE,
            Blob(b"<html>", "image/png"),
            None,
            "the generated image is not an image: it looks like an HTML/XML/SVG text file",
        ),
        (OutputKind.AUDIO, [1, 2], None, "expected audio (Blob)"),
        (OutputKind.AUDIO, Blob(b"", "audio/flac"), None, "audio 'Generated audio' is empty"),
        (
            OutputKind.AUDIO_SOURCES,
            [{"label": "a", "blob": "@@", "content-type": "x"}],
            None,
            "audio 1 ('a') is not valid base64",
        ),
        (
            OutputKind.TABLE_ANSWER,
            {"answer": "x", "coordinates": [[5, 0]], "cells": []},
            ResultContext(table={"a": ("1",)}),
            "outside the input table",
        ),
        (OutputKind.TABLE_ANSWER, {"answer": "x", "coordinates": "0,1"}, None, "coordinates"),
        (
            OutputKind.NUMBERS,
            [1, 2],
            ResultContext(table={"a": ("1", "2", "3")}),
            "2 predicted values for 3 input rows",
        ),
        (OutputKind.NUMBERS, ["1"], None, "expected [number]"),
        (
            OutputKind.SIMILARITY,
            [0.1],
            ResultContext(sentences=("a", "b")),
            "1 similarity score for 2 sentences",
        ),
        (OutputKind.EMBEDDINGS, [[1, 2], 3], None, "nested up to 4 levels"),
        (OutputKind.EMBEDDINGS, [[[[[1.0]]]]], None, "nested up to 4 levels"),
        (OutputKind.EMBEDDINGS, [[]], None, "found an empty list"),
        (OutputKind.EMBEDDINGS, [], None, "nested up to 4 levels"),
        (
            OutputKind.CONVERSATION,
            {"generated_text": "x", "conversation": {"a": 1}},
            None,
            "past_user_inputs",
        ),
    ],
)
def test_bad_results_say_what_was_expected(
    kind: OutputKind, result: object, context: ResultContext | None, message: str
) -> None:
    with pytest.raises(PresentError) as info:
        prepare(kind, result, context)
    assert message in str(info.value)


def test_present_error_is_a_value_error() -> None:
    assert issubclass(PresentError, ValueError)


def test_the_message_shows_what_came_instead() -> None:
    with pytest.raises(PresentError, match=r"got dict \{'oops': 1\}"):
        prepare(OutputKind.LABELS, {"oops": 1})


def test_a_long_result_is_cut_in_the_message() -> None:
    with pytest.raises(PresentError) as info:
        prepare(OutputKind.NUMBERS, ["x" * 500])
    assert len(str(info.value)) < 200
