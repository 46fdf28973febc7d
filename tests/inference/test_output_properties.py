"""The output checks (hfi_desktop.inference._outputs.check_<method>): valid values in the
2023 and today's shapes normalize to the seed's shape; a value with one wrong part raises
InferenceOutputError; nothing at all raises another exception type."""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hfi_desktop.inference import InferenceOutputError
from hfi_desktop.inference import _outputs as outputs

Draw = Callable[..., Any]  # hypothesis' draw function (st.DrawFn or data.draw)

# ------------------------------------------------------------------------ tiny schemas
STR, NUM, INT = "str", "num", "int"


@dataclass(frozen=True)
class List:
    item: Any
    exact: int | None = None  # a fixed length (coordinates are pairs)


@dataclass(frozen=True)
class Obj:
    """``optional`` keys may be absent; ``kept`` keys are always generated but a value
    without them is not necessarily wrong (today's specs made them optional)."""

    fields: dict[str, Any]
    optional: frozenset[str] = frozenset()
    kept: frozenset[str] = frozenset()

    @property
    def required(self) -> list[str]:
        return [k for k in self.fields if k not in self.optional | self.kept]


@dataclass(frozen=True)
class Nested:
    """Lists of numbers nested 1 to 4 deep, all leaves at the same depth."""


text = st.text(max_size=8)
number = st.floats(allow_nan=False, allow_infinity=False, width=32)
integer = st.integers(-10_000, 10_000)


def valid(schema: Any) -> st.SearchStrategy[Any]:
    if schema == STR:
        return text
    if schema == NUM:
        return number
    if schema == INT:
        return integer
    if isinstance(schema, List):
        return st.lists(valid(schema.item), min_size=schema.exact or 1,
                        max_size=schema.exact or 3)
    if isinstance(schema, Nested):
        return st.integers(1, 4).flatmap(_nested)
    assert isinstance(schema, Obj)

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        return {key: draw(valid(sub)) for key, sub in schema.fields.items()
                if key not in schema.optional or draw(st.booleans())}
    return build()


def _nested(depth: int) -> st.SearchStrategy[Any]:
    strategy: st.SearchStrategy[Any] = st.lists(number, min_size=1, max_size=3)
    for _ in range(depth - 1):
        strategy = st.lists(strategy, min_size=1, max_size=2)
    return strategy


# A value of a different JSON type than the schema asks for (never bool for numbers:
# True is an int in Python, whether a check takes it is not worth a test).
NOT_STR: st.SearchStrategy[Any] = st.one_of(integer, number, st.just([1]), st.just({"x": 1}),
                                            st.none())
NOT_NUM: st.SearchStrategy[Any] = st.one_of(text, st.just([1]), st.just({"x": 1}), st.none())
NOT_LIST: st.SearchStrategy[Any] = st.one_of(text, integer, st.just({"x": 1}), st.none())
NOT_OBJ: st.SearchStrategy[Any] = st.one_of(text, integer, st.just([1, 2]), st.none())


def wrong_kind(schema: Any, *, null_ok: bool = False) -> st.SearchStrategy[Any]:
    if schema == STR:
        kind = NOT_STR
    elif schema in (NUM, INT):
        kind = NOT_NUM
    elif isinstance(schema, (List, Nested)):
        kind = NOT_LIST
    else:
        kind = NOT_OBJ
    return kind.filter(lambda v: v is not None) if null_ok else kind


def break_one_part(draw: Draw, schema: Any, value: Any, *, top: bool = True,
                   null_ok: bool = False) -> Any:
    """``value`` with exactly one part made wrong: replaced by another type, or a required
    key removed. The top level is never replaced by a list (that may be a valid wrapper);
    an optional key is not set to null (that may mean "absent")."""
    if isinstance(schema, Obj):
        choice = draw(st.sampled_from(["replace", "drop", "descend"]))
        if choice == "drop" and schema.required:
            key = draw(st.sampled_from(schema.required))
            return {k: v for k, v in value.items() if k != key}
        present = [k for k in value if k in schema.fields]
        if choice == "descend" and present:
            key = draw(st.sampled_from(present))
            broken = break_one_part(draw, schema.fields[key], value[key], top=False,
                                    null_ok=key not in schema.required)
            return {**value, key: broken}
        if top:
            return draw(NOT_OBJ.filter(lambda v: not isinstance(v, list)))
        return draw(wrong_kind(schema, null_ok=null_ok))
    if isinstance(schema, List) and draw(st.booleans()):
        i = draw(st.integers(0, len(value) - 1))
        return [*value[:i], break_one_part(draw, schema.item, value[i], top=False),
                *value[i + 1:]]
    if isinstance(schema, Nested) and draw(st.booleans()):
        return _break_leaf(draw, value)
    return draw(wrong_kind(schema, null_ok=null_ok))


def _break_leaf(draw: Draw, value: Any) -> Any:
    if not isinstance(value, list):
        return draw(NOT_NUM.filter(lambda v: not isinstance(v, list)))
    i = draw(st.integers(0, len(value) - 1))
    return [*value[:i], _break_leaf(draw, value[i]), *value[i + 1:]]


# -------------------------------------------------------------------- the tasks' shapes
LABEL_SCORE = List(Obj({"label": STR, "score": NUM}))
BOX = Obj({"xmin": INT, "ymin": INT, "xmax": INT, "ymax": INT})

Wrap = Callable[[Any], Any]
IDENTITY: Wrap = lambda v: v  # noqa: E731
IN_LIST: Wrap = lambda v: [v]  # noqa: E731


@dataclass(frozen=True)
class Spec:
    """A task's normalized (seed) schema and the wire shapes it arrives in."""

    schema: Any
    shapes: tuple[Wrap, ...] = (IDENTITY,)
    first_of_list: bool = False  # also arrives as a list whose first element is it
    extra_valid: tuple[Wrap, ...] = ()  # shapes only valid values can take


def _single_or_list(v: Any) -> Any:
    return v[0] if len(v) == 1 else v


SPECS: dict[str, Spec] = {
    "text_classification": Spec(LABEL_SCORE, (IDENTITY, IN_LIST)),
    "audio_classification": Spec(LABEL_SCORE),
    "image_classification": Spec(LABEL_SCORE),
    "zero_shot_image_classification": Spec(LABEL_SCORE),
    "text_generation": Spec(Obj({"generated_text": STR}), (IDENTITY,), True),
    "summarization": Spec(Obj({"summary_text": STR}), (IDENTITY,), True),
    "translation": Spec(Obj({"translation_text": STR}), (IDENTITY,), True),
    "image_to_text": Spec(Obj({"generated_text": STR}), (IDENTITY,), True),
    "automatic_speech_recognition": Spec(Obj({"text": STR})),
    "fill_mask": Spec(List(Obj({"score": NUM, "token": INT, "token_str": STR,
                                "sequence": STR}))),
    "token_classification": Spec(
        List(Obj({"entity_group": STR, "score": NUM, "word": STR, "start": INT, "end": INT})),
        extra_valid=(_single_or_list,)),
    "question_answering": Spec(Obj({"answer": STR, "score": NUM, "start": INT, "end": INT}),
                               (IDENTITY,), True),
    "table_question_answering": Spec(
        Obj({"answer": STR, "coordinates": List(List(INT, exact=2)), "cells": List(STR),
             "aggregator": STR}, kept=frozenset({"aggregator"})),
        (IDENTITY,), True),
    "zero_shot_classification": Spec(
        List(Obj({"sequence": STR, "labels": List(STR, exact=2), "scores": List(NUM, exact=2)})),
        extra_valid=(_single_or_list,)),
    "sentence_similarity": Spec(List(NUM)),
    "tabular_classification": Spec(List(NUM)),
    "tabular_regression": Spec(List(NUM)),
    "feature_extraction": Spec(Nested()),
    "conversational": Spec(Obj({
        "generated_text": STR,
        "conversation": Obj({"past_user_inputs": List(STR), "generated_responses": List(STR)}),
        "warnings": List(STR)}, optional=frozenset({"warnings"}))),
    "document_question_answering": Spec(
        Obj({"answer": STR, "score": NUM, "start": INT, "end": INT},
            optional=frozenset({"score", "start", "end"})), (IN_LIST,), True),
    "visual_question_answering": Spec(Obj({"answer": STR, "score": NUM}), (IN_LIST,), True),
    "object_detection": Spec(List(Obj({"label": STR, "score": NUM, "box": BOX}))),
    "image_segmentation": Spec(List(Obj({"label": STR, "score": NUM, "mask": STR},
                                        kept=frozenset({"score"})))),
    "audio_to_audio": Spec(List(Obj({"label": STR, "blob": STR, "content-type": STR}))),
}


def check(method: str) -> Callable[[Any], Any]:
    """The contract's ``check_<method>(value)``. Where only the naming departs from it (an
    un-prefixed one-argument function) that one is tested; where there is none the test is
    skipped: test_contract_names reports those once instead of a failure per property."""
    function = getattr(outputs, f"check_{method}", None)
    if function is None:
        function = getattr(outputs, method, None)
        if function is None or len(inspect.signature(function).parameters) != 1:
            pytest.skip(f"no _outputs.check_{method}(value) (see test_contract_names)")
    return function


def test_contract_names() -> None:
    missing = [m for m in SPECS if not callable(getattr(outputs, f"check_{m}", None))]
    assert missing == [], "the contract names them _outputs.check_<method>(value)"


@st.composite
def on_the_wire(draw: st.DrawFn, spec: Spec, canonical: Any, *, valid_only: bool) -> Any:
    shapes = list(spec.shapes) + (list(spec.extra_valid) if valid_only else [])
    wrapped = draw(st.sampled_from(shapes))(canonical)
    if spec.first_of_list and draw(st.booleans()):
        # [it, other valid results...]: the first one is the answer
        others = draw(st.lists(valid(spec.schema), max_size=2))
        return [canonical, *others]
    return wrapped


methods = pytest.mark.parametrize("method", sorted(SPECS))


@methods
@given(data=st.data())
def test_valid_values_normalize_to_the_seed_shape(method: str, data: st.DataObject) -> None:
    spec = SPECS[method]
    canonical = data.draw(valid(spec.schema), label="canonical")
    wire = data.draw(on_the_wire(spec, canonical, valid_only=True), label="wire")
    assert check(method)(wire) == canonical


@methods
@given(data=st.data())
def test_one_wrong_part_is_an_output_error(method: str, data: st.DataObject) -> None:
    spec = SPECS[method]
    canonical = data.draw(valid(spec.schema), label="canonical")
    broken = break_one_part(data.draw, spec.schema, canonical)
    wire = data.draw(on_the_wire(spec, broken, valid_only=False), label="wire")
    with pytest.raises(InferenceOutputError) as info:
        check(method)(wire)
    assert "expected" in str(info.value).lower()


SEED_KEYS = sorted({"label", "score", "generated_text", "summary_text", "translation_text",
                    "text", "token", "token_str", "sequence", "entity_group", "entity", "word",
                    "start", "end", "answer", "coordinates", "cells", "aggregator", "labels",
                    "scores", "conversation", "past_user_inputs", "generated_responses",
                    "warnings", "box", "xmin", "ymin", "xmax", "ymax", "mask", "blob",
                    "content-type", "error"})
json_values = st.recursive(
    st.none() | st.booleans() | integer | number | text,
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.sampled_from(SEED_KEYS) | text, children, max_size=4),
    max_leaves=12,
)


@methods
@given(value=json_values)
def test_anything_else_is_an_output_error_or_a_value(method: str, value: Any) -> None:
    with contextlib.suppress(InferenceOutputError):
        check(method)(value)
