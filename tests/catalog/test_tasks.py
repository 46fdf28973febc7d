"""The catalog is complete and consistent with the client, the seed and the resources."""

from __future__ import annotations

import inspect
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from hfi_desktop.catalog import (
    CATALOG,
    GROUP_ICONS,
    FormError,
    Group,
    InputKind,
    OutputKind,
    PageKind,
    ParamType,
    TaskSpec,
    build_request,
    by_group,
    example_values,
    normalize_model,
    task,
)
from hfi_desktop.catalog.validation import check_parameter
from hfi_desktop.inference import HfInference
from hfi_desktop.resources import icon_path, resource_path

#: Every method of the seed's HfInference but ``endpoint`` → the parameters the seed lists
#: for it (``parameters.*`` inputs included).
SEED_PARAMETERS: dict[str, set[str]] = {
    "audio_classification": set(),
    "audio_to_audio": set(),
    "automatic_speech_recognition": set(),
    "conversational": {"max_length", "max_time", "min_length", "repetition_penalty",
                       "temperature", "top_k", "top_p"},
    "document_question_answering": set(),
    "feature_extraction": set(),
    "fill_mask": set(),
    "image_classification": set(),
    "image_segmentation": set(),
    "image_to_image": {"guess_mode", "guidance_scale", "height", "negative_prompt",
                       "num_inference_steps", "prompt", "strength", "width"},
    "image_to_text": set(),
    "object_detection": set(),
    "question_answering": set(),
    "request": set(),
    "sentence_similarity": set(),
    "streaming_request": set(),
    "summarization": {"max_length", "max_time", "min_length", "repetition_penalty",
                      "temperature", "top_k", "top_p"},
    "table_question_answering": set(),
    "tabular_classification": set(),
    "tabular_regression": set(),
    "text_classification": set(),
    "text_generation": {"do_sample", "max_new_tokens", "max_time", "num_return_sequences",
                        "repetition_penalty", "return_full_text", "stop_sequences",
                        "temperature", "top_k", "top_p", "truncate"},
    "text_to_image": {"guidance_scale", "height", "negative_prompt", "num_inference_steps",
                      "width"},
    "text_to_speech": set(),
    "token_classification": {"aggregation_strategy"},
    "translation": set(),
    "visual_question_answering": set(),
    "zero_shot_classification": {"candidate_labels", "multi_label"},
    "zero_shot_image_classification": {"candidate_labels"},
}
SEED_PARAMETERS["text_generation_stream"] = SEED_PARAMETERS["text_generation"]
FILE_KINDS = {InputKind.IMAGE, InputKind.AUDIO, InputKind.FILE}


def spec_id(spec: TaskSpec) -> str:
    return spec.id


each_spec = pytest.mark.parametrize("spec", CATALOG, ids=spec_id)
#: The seed's tasks: the pages generated from a form (the chat is a page of its own).
FORMS = tuple(s for s in CATALOG if s.page is PageKind.FORM)
each_form = pytest.mark.parametrize("spec", FORMS, ids=spec_id)


def test_one_spec_per_seed_method() -> None:
    assert len(FORMS) == 30
    assert sorted(s.method for s in FORMS) == sorted(SEED_PARAMETERS)
    assert len({s.id for s in CATALOG}) == len(CATALOG) == 31


def test_the_chat_is_pinned_first_and_the_only_page_of_its_kind() -> None:
    chat = task("chat-completion")
    assert CATALOG[0] is chat and chat.pinned
    assert [s.id for s in CATALOG if s.page is not PageKind.FORM or s.pinned] == [chat.id]
    assert chat.method == "chat_completion_stream" and chat.output is OutputKind.CHAT


def test_non_hub_ids() -> None:
    assert task("text-generation-stream").method == "text_generation_stream"
    assert task("custom-request").method == "request"
    assert task("custom-streaming-request").method == "streaming_request"


def test_task_lookup() -> None:
    assert task("fill-mask").method == "fill_mask"
    with pytest.raises(KeyError, match="no-such-task"):
        task("no-such-task")


def test_catalog_is_ordered_by_group() -> None:
    groups = [s.group for s in CATALOG]
    assert groups == sorted(groups, key=list(Group).index)
    assert set(groups) == set(Group)
    assert [s for specs in by_group().values() for s in specs] == list(CATALOG)


@each_form
def test_method_takes_the_keywords_used(spec: TaskSpec) -> None:
    signature = inspect.signature(getattr(HfInference, spec.method))
    keywords = set(signature.parameters) - {"self"}
    assert {"model", "options", "control"} <= keywords
    for field in spec.inputs:
        assert field.key.split(".")[0] in keywords, field.key
    if spec.parameters:
        assert "parameters" in keywords


@each_form
def test_parameters_are_the_seeds(spec: TaskSpec) -> None:
    from_inputs = {f.key.split(".", 1)[1] for f in spec.inputs if f.key.startswith("parameters.")}
    assert {p.name for p in spec.parameters} | from_inputs == SEED_PARAMETERS[spec.method]


@each_spec
def test_spec_is_complete(spec: TaskSpec) -> None:
    assert spec.title and spec.summary and "\n" not in spec.summary
    assert spec.id == spec.id.lower() and " " not in spec.id
    keys = [f.key for f in spec.inputs]
    assert len(keys) == len(set(keys)) and keys
    names = [p.name for p in spec.parameters]
    assert len(names) == len(set(names))
    for field in spec.inputs:
        assert field.label and field.help, field.key
        assert bool(field.choices) == (field.kind is InputKind.CHOICE), field.key
    assert spec.streaming == (spec.method in (
        "text_generation_stream", "streaming_request", "chat_completion_stream"))
    if spec.method == "text_generation_stream":
        assert spec.output is OutputKind.TEXT_STREAM


@each_spec
def test_default_model_is_a_hub_id(spec: TaskSpec) -> None:
    if spec.group is Group.CUSTOM:
        assert spec.default_model == ""  # the user names a model or picks a task hint
    else:
        assert normalize_model(spec.default_model) == spec.default_model


@each_spec
def test_parameter_defaults_are_within_ranges(spec: TaskSpec) -> None:
    for param in spec.parameters:
        assert param.help, param.name
        if param.minimum is not None and param.maximum is not None:
            assert param.minimum < param.maximum, param.name
        assert bool(param.choices) == (param.type is ParamType.CHOICE), param.name
        if param.default is not None:
            check_parameter(param, param.default)  # raises if out of range or mistyped


@each_spec
def test_icon_exists_and_is_a_24px_svg(spec: TaskSpec) -> None:
    root = ET.parse(icon_path(spec.icon)).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("stroke") == "#5f6368"


def test_group_icons_exist() -> None:
    for group in Group:
        assert icon_path(GROUP_ICONS[group]).is_file(), group


def test_icons_render(qapp: object) -> None:
    from PySide6.QtSvg import QSvgRenderer

    for path in resource_path("icons").glob("*.svg"):
        assert QSvgRenderer(str(path)).isValid(), path.name


@each_spec
def test_examples_use_shipped_files(spec: TaskSpec) -> None:
    assert spec.examples
    for example in spec.examples:
        assert example.title
        for field in spec.inputs:
            value = example.values.get(field.key)
            if field.kind in FILE_KINDS and value is not None:
                assert isinstance(value, str) and value.startswith("examples/")
                assert resource_path(value).is_file(), value


@each_form
def test_examples_name_a_model_where_the_task_has_no_default(spec: TaskSpec) -> None:
    """The Hub's task list is no default to rely on (it dropped text2text-generation)."""
    for example in spec.examples:
        model = example.model or spec.default_model
        assert model, f"{spec.id}: the example {example.title!r} names no model"
        assert normalize_model(model) == model


@each_form
def test_examples_pass_build_request(spec: TaskSpec) -> None:
    for example in spec.examples:
        request = build_request(
            spec, example_values(spec, example), example.parameters,
            model=example.model or spec.default_model, options=None,
        )
        signature = inspect.signature(getattr(HfInference, spec.method))
        signature.bind(None, **request.kwargs, control=None)  # the method accepts the kwargs


def test_custom_task_hints_cover_the_hub_tasks() -> None:
    hints = next(f for f in task("custom-request").inputs if f.key == "task_hint")
    hub_ids = {s.id for s in FORMS if s.group is not Group.CUSTOM} - {"text-generation-stream"}
    assert hub_ids <= set(hints.choices)


def test_form_error_is_a_value_error() -> None:
    error = FormError("inputs", "Text: required")
    assert isinstance(error, ValueError)
    assert (error.field, error.message) == ("inputs", "Text: required")
    assert str(error) == "Text: required"


def test_catalog_does_not_import_qt() -> None:
    code = (
        "import sys, hfi_desktop.catalog\n"
        "print(any(name.startswith('PySide6') for name in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
