"""Checks of what each task returns: accept the 2023 shapes and today's, return the seed's shape.

Anything else raises :class:`InferenceOutputError` naming the shape that was expected. A check
validates the keys the seed's shape needs and keeps every other key the server sent (a
``details`` asked for, a detection model's ``box``, TGI's ``index`` and ``top_tokens``…):
results are the server's objects (copied, except stream events), never rebuilt from a list of
known keys.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, ParamSpec, TypeVar

from ._errors import InferenceOutputError

Json = Any
_P = ParamSpec("_P")
_R = TypeVar("_R")


def _describe(value: Json) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text[:80]}{'…' if len(text) > 80 else ''}"


def _fail(expected: str, value: Json) -> NoReturn:
    raise InferenceOutputError(
        f"the server's answer has an unexpected shape: expected {expected}, got {_describe(value)}"
    )


def _keeps_answer(check: Callable[_P, _R]) -> Callable[_P, _R]:
    """``check``, whose InferenceOutputError holds the whole answer it was given (its
    ``answer``), not only the part that failed: what the answer is can be told from it."""

    @functools.wraps(check)
    def checked(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return check(*args, **kwargs)
        except InferenceOutputError as error:
            error.answer = args[0] if args else None  # the outermost check's is kept
            raise

    return checked


def _is_number(value: Json) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_int(value: Json) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_text(value: Json) -> bool:
    return isinstance(value, str)


def _is_texts(value: Json) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _is_numbers(value: Json) -> bool:
    return isinstance(value, list) and all(_is_number(item) for item in value)


Field = Callable[[Json], bool]


def _record(
    value: Json, required: dict[str, Field], expected: str, optional: dict[str, Field] | None = None
) -> dict[str, Json]:
    """A copy of the object, every key kept; required fields and non-null optional ones checked."""
    if not isinstance(value, dict):
        _fail(expected, value)
    for key, check in required.items():
        if key not in value or not check(value[key]):
            _fail(expected, value)
    for key, check in (optional or {}).items():
        item = value.get(key)
        if item is not None and not check(item):
            _fail(expected, value)
    return dict(value)


def _records(
    value: Json, required: dict[str, Field], expected: str, optional: dict[str, Field] | None = None
) -> list[dict[str, Json]]:
    if not isinstance(value, list):
        _fail(expected, value)
    return [_record(item, required, expected, optional) for item in value]


def _first_or_self(value: Json, expected: str) -> Json:
    """Today's API returns one object where the 2023 API returned a list of them (or back)."""
    if isinstance(value, list):
        if not value:
            _fail(expected, value)
        return value[0]
    return value


LABEL_SCORES = "[{label: string, score: number}]"


_LABEL_SCORE: dict[str, Field] = {"label": _is_text, "score": _is_number}


@_keeps_answer
def check_image_classification(value: Json) -> list[dict[str, Json]]:
    """``[{label, score}]``; a detection or segmentation model's ``box``/``mask`` are kept."""
    return _records(value, _LABEL_SCORE, LABEL_SCORES)


@_keeps_answer
def check_text_classification(value: Json) -> list[dict[str, Json]]:
    if isinstance(value, list) and value and isinstance(value[0], list):
        value = value[0]  # 2023: one list per input
    return check_image_classification(value)


LABEL_SCORES_PER_INPUT = "[[{label: string, score: number}]], one list per input"


@_keeps_answer
def check_text_classification_batch(value: Json, count: int) -> list[list[dict[str, Json]]]:
    """The answer to a list of ``count`` texts: one ``[{label, score}]`` per text.

    The 2023 API sends one list per text; a flat list is the labels of the only text, or (a
    pipeline's top label) one object per text when there are as many as texts."""
    if not isinstance(value, list):
        _fail(LABEL_SCORES_PER_INPUT, value)
    if value and all(isinstance(item, list) for item in value):
        if len(value) != count:
            _fail(f"{LABEL_SCORES_PER_INPUT} ({count})", value)
        return [_records(item, _LABEL_SCORE, LABEL_SCORES_PER_INPUT) for item in value]
    items = _records(value, _LABEL_SCORE, LABEL_SCORES_PER_INPUT)
    if count == 1:
        return [items]
    if len(items) != count:
        _fail(f"{LABEL_SCORES_PER_INPUT} ({count})", value)
    return [[item] for item in items]


def generated(key: str) -> Callable[[Json], dict[str, Json]]:
    """For outputs like ``{generated_text}``, ``{summary_text}``: object, or list of them."""
    expected = f"{{{key}: string}} or [{{{key}: string}}]"

    @_keeps_answer
    def check(value: Json) -> dict[str, Json]:
        return _record(_first_or_self(value, expected), {key: _is_text}, expected)

    return check


def generated_list(key: str) -> Callable[[Json], list[dict[str, Json]]]:
    expected = f"[{{{key}: string}}]"

    @_keeps_answer
    def check(value: Json) -> list[dict[str, Json]]:
        items = value if isinstance(value, list) else [value]
        return [_record(item, {key: _is_text}, expected) for item in items]

    return check


@_keeps_answer
def check_automatic_speech_recognition(value: Json) -> dict[str, Json]:
    return _record(value, {"text": _is_text}, "{text: string}")


@_keeps_answer
def check_fill_mask(value: Json) -> list[dict[str, Json]]:
    return _records(
        value,
        {"score": _is_number, "token": _is_int, "token_str": _is_text, "sequence": _is_text},
        "[{score: number, token: int, token_str: string, sequence: string}]",
    )


TOKEN_CLASSIFICATION = "[{entity_group: string, score: number, word: string, start: int, end: int}]"


@_keeps_answer
def check_token_classification(value: Json) -> list[dict[str, Json]]:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if isinstance(item, dict) and "entity_group" not in item and "entity" in item:
            item = {**item, "entity_group": item["entity"]}  # aggregation "none"
        out.append(
            _record(
                item,
                {
                    "entity_group": _is_text,
                    "score": _is_number,
                    "word": _is_text,
                    "start": _is_int,
                    "end": _is_int,
                },
                TOKEN_CLASSIFICATION,
            )
        )
    return out


QUESTION_ANSWERING = "{answer: string, score: number, start: int, end: int} or a list of them"


@_keeps_answer
def check_question_answering(value: Json) -> dict[str, Json]:
    return _record(
        _first_or_self(value, QUESTION_ANSWERING),
        {"answer": _is_text, "score": _is_number, "start": _is_int, "end": _is_int},
        QUESTION_ANSWERING,
    )


TABLE_QA = "{answer: string, coordinates: [[int, int]], cells: [string], aggregator: string}"


def _is_coordinates(value: Json) -> bool:
    return isinstance(value, list) and all(
        isinstance(pair, list) and len(pair) == 2 and all(_is_int(x) for x in pair)
        for pair in value
    )


@_keeps_answer
def check_table_question_answering(value: Json) -> dict[str, Json]:
    record = _record(
        _first_or_self(value, TABLE_QA),
        {"answer": _is_text, "coordinates": _is_coordinates, "cells": _is_texts},
        TABLE_QA,
        {"aggregator": _is_text},
    )
    if record.get("aggregator") is None:
        record["aggregator"] = "NONE"
    return record


ZERO_SHOT = "[{sequence: string, labels: [string], scores: [number]}] or [{label, score}]"


@_keeps_answer
def check_zero_shot_classification(
    value: Json, sequences: Sequence[str] = ()
) -> list[dict[str, Json]]:
    if isinstance(value, list) and value and isinstance(value[0], dict) and "label" in value[0]:
        # Today's API: one input, label/score pairs.
        pairs = _records(value, {"label": _is_text, "score": _is_number}, ZERO_SHOT)
        return [
            {
                "sequence": sequences[0] if sequences else "",
                "labels": [p["label"] for p in pairs],
                "scores": [p["score"] for p in pairs],
            }
        ]
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        record = _record(
            item, {"sequence": _is_text, "labels": _is_texts, "scores": _is_numbers}, ZERO_SHOT
        )
        if len(record["labels"]) != len(record["scores"]):
            _fail(ZERO_SHOT + " with as many scores as labels", item)
        out.append(record)
    return out


@_keeps_answer
def numbers(value: Json) -> list[Json]:
    if not _is_numbers(value):
        _fail("[number]", value)
    return list(value)


FEATURES = "a list of numbers, nested up to 4 levels"


@_keeps_answer
def check_feature_extraction(value: Json) -> list[Json]:
    def depth(node: Json, level: int) -> None:
        if level > 4 or not isinstance(node, list):
            _fail(FEATURES, value)
        if all(_is_number(item) for item in node):
            return
        for item in node:
            depth(item, level + 1)

    depth(value, 1)
    return list(value)


CONVERSATIONAL = (
    "{generated_text: string, conversation: {past_user_inputs: [string], "
    "generated_responses: [string]}}"
)


@_keeps_answer
def check_conversational(value: Json) -> dict[str, Json]:
    record = _record(
        value,
        {"generated_text": _is_text, "conversation": lambda c: isinstance(c, dict)},
        CONVERSATIONAL,
        {"warnings": _is_texts},
    )
    record["conversation"] = _record(
        record["conversation"],
        {"past_user_inputs": _is_texts, "generated_responses": _is_texts},
        CONVERSATIONAL,
    )
    return record


DOCUMENT_QA = "[{answer: string, score?: number, start?: int, end?: int}]"


@_keeps_answer
def check_document_question_answering(value: Json) -> dict[str, Json]:
    return _record(
        _first_or_self(value, DOCUMENT_QA),
        {"answer": _is_text},
        DOCUMENT_QA,
        {"score": _is_number, "start": _is_int, "end": _is_int},
    )


VISUAL_QA = "[{answer: string, score: number}]"


@_keeps_answer
def check_visual_question_answering(value: Json) -> dict[str, Json]:
    return _record(
        _first_or_self(value, VISUAL_QA), {"answer": _is_text, "score": _is_number}, VISUAL_QA
    )


OBJECT_DETECTION = "[{label: string, score: number, box: {xmin, ymin, xmax, ymax}}]"


def _is_box(value: Json) -> bool:
    return isinstance(value, dict) and all(
        _is_number(value.get(k)) for k in ("xmin", "ymin", "xmax", "ymax")
    )


@_keeps_answer
def check_object_detection(value: Json) -> list[dict[str, Json]]:
    out = _records(
        value, {"label": _is_text, "score": _is_number, "box": _is_box}, OBJECT_DETECTION
    )
    for item in out:
        item["box"] = dict(item["box"])  # a copy, with any key besides the four corners
    return out


@_keeps_answer
def check_image_segmentation(value: Json) -> list[dict[str, Json]]:
    out = _records(
        value,
        {"label": _is_text, "mask": _is_text},
        "[{label: string, score: number, mask: string (base64 PNG)}]",
        {"score": _is_number},
    )
    for item in out:
        item.setdefault("score", None)  # some models (panoptic, semantic) send no score
    return out


@_keeps_answer
def check_audio_to_audio(value: Json) -> list[dict[str, Json]]:
    return _records(
        value,
        {"label": _is_text, "blob": _is_text, "content-type": _is_text},
        "[{label: string, blob: string (base64), content-type: string}]",
    )


STREAM_EVENT = "{token: {id: int, text: string, logprob: number, special: bool}, generated_text}"


_TOKEN_FIELD_TYPES = (("id", (int,)), ("logprob", (int, float)), ("special", (bool,)))


def check_text_generation_stream_event(value: Json) -> dict[str, Json]:
    """The event's own dict, every key kept (TGI's ``index``, ``top_tokens``…), with
    ``generated_text`` and ``details`` set to None when the server left them out (the seed's
    shape has both).

    The hot path of a stream (thousands of events a second): exact-type checks, no new dict."""
    if type(value) is dict:
        token = value.get("token")
        if type(token) is dict and type(token.get("text")) is str:
            for key, types in _TOKEN_FIELD_TYPES:
                item = token.get(key)
                if item is not None and type(item) not in types:
                    _fail(STREAM_EVENT, value)
            generated_text, details = value.get("generated_text"), value.get("details")
            if (generated_text is None or type(generated_text) is str) and (
                details is None or type(details) is dict
            ):
                if generated_text is None:
                    value.setdefault("generated_text", None)
                if details is None:
                    value.setdefault("details", None)
                return value
    _fail(STREAM_EVENT, value)


# One check per task method; tasks that share an output shape share the function.
check_audio_classification = check_zero_shot_image_classification = check_image_classification
check_text_generation = check_image_to_text = generated("generated_text")
check_summarization = generated("summary_text")
check_translation = generated("translation_text")
check_sentence_similarity = check_tabular_classification = check_tabular_regression = numbers
