"""How a failure is shown: an answer of another task's shape is said in plain words, names
that task, and keeps the raw detail apart."""

from __future__ import annotations

from hfi_desktop.catalog import task
from hfi_desktop.inference import InferenceOutputError, ServerError
from hfi_desktop.present.error_messages import error_text, error_view

RAW = ("the server's answer has an unexpected shape: expected [{label: string, score: number, "
       "box: {xmin, ymin, xmax, ymax}}], got dict {'score': 0.98, 'label': 'LABEL_199', …")


def output_error(answer: object) -> InferenceOutputError:
    error = InferenceOutputError(RAW)
    error.answer = answer
    return error


def test_an_answer_like_another_tasks_names_it_and_keeps_the_raw_detail_apart() -> None:
    error = output_error([{"score": 0.98, "label": "LABEL_199", "mask": "iVBOR"}])
    view = error_view(error, task("object-detection"))
    assert view.title == "This model answers like an Image segmentation model"
    assert "Image segmentation page" in view.message and "Object detection" in view.message
    assert "unexpected shape" not in view.message and "iVBOR" not in view.message
    assert view.details == RAW
    assert view.other_task is not None and view.other_task.id == "image-segmentation"


def test_an_answer_of_no_known_shape_says_so_with_the_detail_apart() -> None:
    view = error_view(output_error({"oops": 1}), task("object-detection"))
    assert view.title == "Unexpected answer from the server"
    assert "shape of an Object detection result" in view.message
    assert view.details == RAW and view.other_task is None


def test_other_errors_are_shown_as_before() -> None:
    for error in (InferenceOutputError("expected a JSON answer, got text/html (…)"),
                  ServerError(500, "boom", "https://x/models/m")):
        view = error_view(error, task("text-classification"))
        assert (view.title, view.message) == error_text(error)
        assert view.details == "" and view.other_task is None


def test_the_article_fits_the_title() -> None:
    view = error_view(output_error([{"generated_text": "x"}]), task("summarization"))
    assert view.title == "This model answers like a Text generation model"
