"""The image runners, in process, on tiny random models: answers shaped as hf-inference
sends them (what the client's checks accept), and bad images refused with a clear message."""

from __future__ import annotations

import base64
import io
import os
from typing import Any

import pytest
from PIL import Image

os.environ["HF_HUB_OFFLINE"] = "1"

from hfi_desktop.engine.tasks import RUNNERS
from hfi_desktop.engine.tasks.base import RunnerInputError
from hfi_desktop.inference import _outputs as out
from tests.support import tiny_models_media as tiny
from tests.support.tiny_models_media import TinyRunners as Runners

PNG = tiny.png_bytes((40, 30))


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Runners:
    return Runners(tmp_path_factory.getbasetemp())


def test_the_image_tasks_take_a_raw_body_but_zero_shot_which_needs_labels() -> None:
    images = {"image-classification", "object-detection", "image-segmentation", "image-to-text"}
    assert all(RUNNERS[task].binary_inputs for task in images)
    assert not RUNNERS["zero-shot-image-classification"].binary_inputs


def test_image_classification_answers_the_top_5_labels(models: Runners) -> None:
    labels = models.run("image-classification", PNG)
    assert len(labels) == 5  # of 7 classes
    assert all(set(item) == {"label", "score"} for item in labels)
    assert {item["label"] for item in labels} <= set(tiny.CLASSES.values())
    scores = [item["score"] for item in labels]
    assert all(isinstance(s, float) for s in scores) and scores == sorted(scores, reverse=True)
    assert out.check_image_classification(labels) == labels


def test_image_classification_top_k_and_base64_json_input(models: Runners) -> None:
    labels = models.run("image-classification", base64.b64encode(PNG).decode(), top_k=2)
    assert len(labels) == 2


def test_object_detection_answers_labelled_boxes_above_the_threshold(models: Runners) -> None:
    found = models.run("object-detection", PNG, threshold=0.0)
    assert found
    for item in found:
        assert set(item) == {"label", "score", "box"}
        assert item["label"] in {"cat", "dog"} and isinstance(item["score"], float)
        assert set(item["box"]) == {"xmin", "ymin", "xmax", "ymax"}
        assert all(isinstance(v, int) for v in item["box"].values())
        assert 0 <= item["box"]["xmin"] <= item["box"]["xmax"] <= 40
    assert out.check_object_detection(found) == found
    assert models.run("object-detection", PNG, threshold=1.0) == []


def test_image_segmentation_answers_png_masks_of_the_image_s_size(models: Runners) -> None:
    segments = models.run("image-segmentation", PNG)
    assert segments
    for item in segments:
        assert set(item) == {"label", "score", "mask"}
        assert item["label"] in {"sky", "road", "tree"}
        assert item["score"] is None  # a semantic model, as hf-inference sends it
        mask = Image.open(io.BytesIO(base64.b64decode(item["mask"])))
        assert (mask.format, mask.mode, mask.size) == ("PNG", "L", (40, 30))
    assert out.check_image_segmentation(segments) == segments


def test_zero_shot_image_classification_scores_each_candidate_label(models: Runners) -> None:
    image = {"image": base64.b64encode(PNG).decode()}
    labels = models.run("zero-shot-image-classification", image,
                 candidate_labels=["cat", "dog", "red"])
    assert sorted(item["label"] for item in labels) == ["cat", "dog", "red"]
    assert sum(item["score"] for item in labels) == pytest.approx(1.0)
    assert out.check_zero_shot_image_classification(labels) == labels
    as_text = models.run("zero-shot-image-classification", image, candidate_labels="cat, dog",
                  hypothesis_template="a photo of {}")
    assert sorted(item["label"] for item in as_text) == ["cat", "dog"]


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({}, "'candidate_labels' must be a list of labels or one comma-separated string"),
        ({"candidate_labels": [" ", ""]}, "'candidate_labels' has no label"),
        ({"candidate_labels": ["a"], "hypothesis_template": "a photo"}, "needs a {}"),
    ],
)
def test_zero_shot_image_classification_refuses_bad_labels(
    models: Runners, parameters: dict[str, Any], message: str
) -> None:
    with pytest.raises(RunnerInputError, match=message):
        models.run("zero-shot-image-classification", {"image": base64.b64encode(PNG).decode()},
            **parameters)


def test_image_to_text_answers_a_list_of_one_generated_text(models: Runners) -> None:
    result = models.run("image-to-text", PNG, max_new_tokens=3)
    assert isinstance(result, list) and len(result) == 1
    assert list(result[0]) == ["generated_text"] and isinstance(result[0]["generated_text"], str)
    assert out.check_image_to_text(result) == result[0]


def truncated_png() -> bytes:
    return tiny.png_bytes((64, 64))[:60]


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        (b"", "the input image is empty"),
        (b"hello, this is text", "the input image is not an image"),
        (truncated_png(), "the input image looks like a PNG file but is damaged or incomplete"),
        ("not base64!", "'inputs' is not base64-encoded data"),
        ({"picture": "AAAA"}, "'inputs' must be the image file as the request body or base64"),
        (42, "'inputs' must be the image file"),
    ],
    ids=["empty", "text", "truncated-png", "bad-base64", "no-image-key", "a-number"],
)
@pytest.mark.parametrize("task", ["image-classification", "object-detection"])
def test_a_bad_image_is_refused_with_a_clear_message(
    models: Runners, task: str, inputs: Any, message: str
) -> None:
    with pytest.raises(RunnerInputError, match=message):
        models.run(task, inputs)


def test_an_image_above_the_pixel_limit_is_refused(
    models: Runners, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)
    with pytest.raises(RunnerInputError, match="too large to open safely"):
        models.run("image-segmentation", PNG)


def test_a_bad_parameter_is_refused(models: Runners) -> None:
    with pytest.raises(RunnerInputError, match="'threshold' must be a number"):
        models.run("object-detection", PNG, threshold="high")
    with pytest.raises(RunnerInputError, match="'subtask' must be one of"):
        models.run("image-segmentation", PNG, subtask="every")
    with pytest.raises(RunnerInputError, match="'function_to_apply' must be one of sigmoid"):
        models.run("image-classification", PNG, function_to_apply="tanh")
