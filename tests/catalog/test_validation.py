"""Every validation rule raises a FormError that names the field, before anything is sent."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hfi_desktop.catalog import FileValue, FormError, build_request, task

from .conftest import png


def error_of(task_id: str, values: dict[str, Any], parameters: dict[str, Any] | None = None,
             *, model: str | None = "some/model") -> FormError:
    with pytest.raises(FormError) as info:
        build_request(task(task_id), values, parameters or {}, model=model, options=None)
    return info.value


def assert_names(error: FormError, field: str, label: str, *words: str) -> None:
    assert error.field == field
    assert str(error) == error.message
    assert error.message.startswith(f"{label}: "), error.message
    for word in words:
        assert word in error.message, error.message


# -- required and types --------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, "", "   \n"])
def test_required_text(value: object) -> None:
    assert_names(error_of("text-classification", {"inputs": value}), "inputs", "Text", "required")


def test_missing_value_is_empty() -> None:
    error = error_of("question-answering", {"inputs.question": "Where?"})
    assert_names(error, "inputs.context", "Context", "required")


def test_first_bad_field_in_form_order() -> None:
    assert error_of("question-answering", {}).field == "inputs.question"


def test_text_of_the_wrong_type() -> None:
    assert_names(error_of("fill-mask", {"inputs": 42}), "inputs", "Text", "int")


def test_unknown_input() -> None:
    error = error_of("fill-mask", {"inputs": "[MASK]", "inputs.context": "x"})
    assert error.field == "inputs.context"


def test_unknown_parameter() -> None:
    error = error_of("fill-mask", {"inputs": "[MASK]"}, {"temperature": 1})
    assert_names(error, "parameters.temperature", "temperature", "not a parameter")


# -- parameters ----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "value", "words"), [
    ("max_new_tokens", 251, ("between 0 and 250", "251")),
    ("max_new_tokens", -1, ("between 0 and 250",)),
    ("max_new_tokens", 2.5, ("whole number",)),
    ("max_new_tokens", True, ("number", "bool")),
    ("max_new_tokens", "many", ("'many'", "not a number")),
    ("temperature", -0.1, ("between 0 and 100",)),
    ("temperature", 100.5, ("between 0 and 100",)),
    ("temperature", math.nan, ("finite",)),
    ("temperature", "inf", ("finite",)),
    ("top_p", 1.5, ("between 0 and 1",)),
    ("max_time", 121, ("between 0 and 120",)),
    ("repetition_penalty", 101, ("between 0 and 100",)),
    ("num_return_sequences", 0, ("between 1 and 10",)),
    ("do_sample", "yes", ("true or false",)),
    ("do_sample", 1, ("true or false",)),
    ("stop_sequences", "stop", ("list",)),
    ("stop_sequences", ["ok", ""], ("entry 2",)),
    ("stop_sequences", [3], ("entry 1",)),
])
def test_bad_generation_parameter(name: str, value: object, words: tuple[str, ...]) -> None:
    error = error_of("text-generation", {"inputs": "Hi"}, {name: value})
    assert_names(error, f"parameters.{name}", name, *words)


def test_parameter_choices() -> None:
    error = error_of("token-classification", {"inputs": "Hi"}, {"aggregation_strategy": "median"})
    assert_names(error, "parameters.aggregation_strategy", "aggregation_strategy", "'median'",
                 "none, simple, first, average, max")


@pytest.mark.parametrize(("name", "value"), [("strength", 1.1), ("width", 4), ("guess_mode", "no"),
                                             ("prompt", 3), ("num_inference_steps", 0)])
def test_bad_image_to_image_parameter(name: str, value: object) -> None:
    error = error_of("image-to-image", {"inputs": png()}, {name: value})
    assert error.field == f"parameters.{name}"


def test_input_choices() -> None:
    error = error_of("custom-request", {"inputs": '"x"', "task_hint": "telepathy"}, model=None)
    assert_names(error, "task_hint", "Task hint", "'telepathy'")


# -- files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [b"bytes", "/tmp/cat.png", FileValue("x.png", b"", "image/png")])
def test_image_must_be_a_file_value_with_data(value: object) -> None:
    assert_names(error_of("image-classification", {"data": value}), "data", "Image")


def test_audio_must_be_a_file_value_with_data() -> None:
    empty = FileValue("a.flac", b"", "audio/flac")
    error = error_of("automatic-speech-recognition", {"data": empty})
    assert_names(error, "data", "Audio", "'a.flac'", "empty")


def test_image_inside_json_must_be_a_file() -> None:
    error = error_of("document-question-answering", {"inputs.image": None, "inputs.question": "?"})
    assert_names(error, "inputs.image", "Document", "required")


# -- lists ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("labels", "words"), [
    ([], ("at least one",)),
    (["refund", "  "], ("entry 2", "empty")),
    (["refund", 7], ("entry 2", "not text")),
    ("refund, faq", ("list",)),
])
def test_candidate_labels(labels: object, words: tuple[str, ...]) -> None:
    error = error_of("zero-shot-classification",
                     {"inputs": "text", "parameters.candidate_labels": labels})
    assert_names(error, "parameters.candidate_labels", "Candidate labels", *words)


def test_sentences() -> None:
    error = error_of("sentence-similarity",
                     {"inputs.source_sentence": "a", "inputs.sentences": ["b", ""]})
    assert_names(error, "inputs.sentences", "Sentences", "entry 2")


# -- tables --------------------------------------------------------------------------------


@pytest.mark.parametrize(("table", "words"), [
    ({}, ("at least one column",)),
    ({"a": [], "b": []}, ("at least one row",)),
    ({"a": ["1", "2"], "b": ["3"]}, ("different numbers of rows", "'a': 2", "'b': 1")),
    ({"a": ["1"], "  ": ["2"]}, ("column 2 has no header",)),
    ([("a", ["1"]), ("a", ["2"])], ("two columns are named 'a'",)),
    ({"a": ["1"], " a ": ["2"]}, ("two columns are named 'a'",)),
    ({"a": "123"}, ("column 'a'", "list")),
    ({"a": ["1", None]}, ("column 'a', row 2",)),
    ({"a": [True]}, ("row 1",)),
    ("a,b\n1,2", ("expected a table",)),
])
def test_bad_table(table: object, words: tuple[str, ...]) -> None:
    error = error_of("table-question-answering", {"inputs.query": "?", "inputs.table": table})
    assert_names(error, "inputs.table", "Table", *words)


def test_bad_tabular_data() -> None:
    error = error_of("tabular-classification", {"inputs.data": {"x": ["1"], "y": []}})
    assert_names(error, "inputs.data", "Data", "different numbers of rows")


cells = st.one_of(st.text(max_size=4), st.integers(), st.floats(), st.booleans(), st.none())
columns = st.lists(st.tuples(st.text(max_size=4), st.lists(cells, max_size=3)), max_size=4)
tables = st.one_of(columns, columns.map(dict), st.dictionaries(st.text(max_size=3), cells))


@given(table=tables)
def test_any_table_is_sent_or_refused_by_name(table: object) -> None:
    for task_id, key, values in (
        ("table-question-answering", "inputs.table", {"inputs.query": "How many?"}),
        ("tabular-regression", "inputs.data", {}),
    ):
        try:
            request = build_request(task(task_id), {**values, key: table}, {}, model=None,
                                    options=None)
        except FormError as error:
            assert error.field == key
            continue
        inputs = request.kwargs["inputs"]
        assert isinstance(inputs, dict)
        sent = inputs[key.split(".")[1]]
        assert sent and all(name == name.strip() and name for name in sent)
        assert len({len(cells) for cells in sent.values()}) == 1
        assert all(isinstance(cell, str) for cells in sent.values() for cell in cells)
        assert len(next(iter(sent.values()))) >= 1


@given(value=st.one_of(st.integers(), st.floats(), st.text(max_size=6), st.booleans()))
def test_any_number_is_sent_in_range_or_refused_by_name(value: object) -> None:
    spec = task("text-generation")
    try:
        request = build_request(spec, {"inputs": "Hi"}, {"max_new_tokens": value}, model=None,
                                options=None)
    except FormError as error:
        assert error.field == "parameters.max_new_tokens"
        return
    parameters = request.kwargs.get("parameters", {})
    assert isinstance(parameters, dict)
    sent = parameters.get("max_new_tokens")
    assert sent is None or (isinstance(sent, int) and 0 <= sent <= 250)


# -- JSON and custom requests --------------------------------------------------------------


def test_json_syntax_error_gives_line_and_column() -> None:
    error = error_of("custom-request", {"inputs": '{\n  "a": 1,\n  "b": }'})
    assert_names(error, "inputs", "Inputs", "invalid JSON", "line 3, column 8")


def test_parameters_json_must_be_an_object() -> None:
    error = error_of("custom-request", {"inputs": '"x"', "parameters": "[1, 2]"})
    assert_names(error, "parameters", "Parameters", "JSON object")


def test_parameters_json_syntax() -> None:
    error = error_of("custom-streaming-request", {"inputs": '"x"', "parameters": "{top_k: 1}"})
    assert_names(error, "parameters", "Parameters", "line 1, column 2")


def test_custom_request_needs_inputs_or_data() -> None:
    assert_names(error_of("custom-request", {"inputs": " ", "data": None}), "inputs", "Inputs")
    assert_names(error_of("custom-request", {"inputs": "null"}), "inputs", "Inputs")


def test_custom_request_takes_inputs_or_data_not_both() -> None:
    error = error_of("custom-request", {"inputs": '"x"', "data": png()})
    assert_names(error, "data", "File", "not both")


def test_custom_request_parameters_need_json_inputs() -> None:
    error = error_of("custom-request", {"data": png(), "parameters": '{"top_k": 1}'})
    assert_names(error, "parameters", "Parameters")


def test_custom_request_needs_a_model_or_a_task_hint() -> None:
    error = error_of("custom-request", {"inputs": '"x"'}, model="  ")
    assert_names(error, "model", "Model", "task hint")


def test_custom_streaming_request_needs_inputs() -> None:
    assert_names(error_of("custom-streaming-request", {}), "inputs", "Inputs", "required")


# -- conversation --------------------------------------------------------------------------


@pytest.mark.parametrize("value", [
    {"text": " "},
    {"text": "Why?", "past_user_inputs": ["a", "b"], "generated_responses": ["c"]},
    {"text": "Why?", "past_user_inputs": "a"},
    {"text": "Why?", "generated_responses": [None]},
    "Why?",
])
def test_bad_conversation(value: object) -> None:
    assert_names(error_of("conversational", {"inputs": value}), "inputs", "Conversation")
