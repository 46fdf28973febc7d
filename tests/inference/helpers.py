"""Small helpers shared by the client tests."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from hfi_desktop.inference import Blob
from tests.support.fake_api import FakeInferenceAPI, RecordedRequest
from tests.support.paths import example, example_bytes

#: Every public method of HfInference the contract (and the seed) lists.
TASK_METHODS: dict[str, str] = {
    "audio_classification": "audio-classification",
    "audio_to_audio": "audio-to-audio",
    "automatic_speech_recognition": "automatic-speech-recognition",
    "conversational": "conversational",
    "document_question_answering": "document-question-answering",
    "feature_extraction": "feature-extraction",
    "fill_mask": "fill-mask",
    "image_classification": "image-classification",
    "image_segmentation": "image-segmentation",
    "image_to_image": "image-to-image",
    "image_to_text": "image-to-text",
    "object_detection": "object-detection",
    "question_answering": "question-answering",
    "sentence_similarity": "sentence-similarity",
    "summarization": "summarization",
    "table_question_answering": "table-question-answering",
    "tabular_classification": "tabular-classification",
    "tabular_regression": "tabular-regression",
    "text_classification": "text-classification",
    "text_generation": "text-generation",
    "text_generation_stream": "text-generation",
    "text_to_image": "text-to-image",
    "text_to_speech": "text-to-speech",
    "token_classification": "token-classification",
    "translation": "translation",
    "visual_question_answering": "visual-question-answering",
    "zero_shot_classification": "zero-shot-classification",
    "zero_shot_image_classification": "zero-shot-image-classification",
}
PUBLIC_METHODS = frozenset(TASK_METHODS) | {"request", "streaming_request", "endpoint"}
STREAM_METHODS = frozenset({"text_generation_stream", "streaming_request"})

SST2 = "distilbert-base-uncased-finetuned-sst-2-english"
SST2_PATH = f"/models/{SST2}"
FLAN = "google/flan-t5-xxl"
FLAN_PATH = f"/models/{FLAN}"


@dataclass(frozen=True)
class Sample:
    """An example file passed to the client in one of the accepted forms."""

    name: str
    form: Literal["bytes", "path", "str", "bytearray", "memoryview", "blob"] = "bytes"

    @property
    def data(self) -> bytes:
        return example_bytes(self.name)

    @property
    def b64(self) -> str:
        return base64.b64encode(self.data).decode("ascii")

    def value(self) -> Any:
        match self.form:
            case "bytes":
                return self.data
            case "path":
                return example(self.name)
            case "str":
                return str(example(self.name))
            case "bytearray":
                return bytearray(self.data)
            case "memoryview":
                return memoryview(self.data)
            case "blob":
                return Blob(self.data, "image/png" if self.name.endswith(".png") else "audio/flac")
        raise AssertionError(self.form)


def resolve(value: Any, leaf: Callable[[Sample], Any]) -> Any:
    """``value`` with every Sample replaced by ``leaf(sample)`` (dicts keep their order)."""
    if isinstance(value, Sample):
        return leaf(value)
    if isinstance(value, dict):
        return {k: resolve(v, leaf) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve(v, leaf) for v in value]
    return value


def compact(value: Any) -> str:
    """JSON as the recordings have it: compact, keys in their order."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def is_json_request(request: RecordedRequest) -> bool:
    content_type = request.header("content-type") or ""
    return content_type.split(";")[0].strip() == "application/json"


def inference_requests(api: FakeInferenceAPI) -> list[RecordedRequest]:
    """Requests to the Inference API (not to the Hub's /api/...)."""
    return [r for r in api.requests if not r.path.startswith("/api/")]


def hub_requests(api: FakeInferenceAPI, path: str | None = None) -> list[RecordedRequest]:
    return [r for r in api.requests
            if r.path.startswith("/api/") and (path is None or r.path == path)]


def consume(result: Any) -> Any:
    """A stream's events as a list; any other result as is."""
    return list(result) if hasattr(result, "__next__") else result


@contextmanager
def cancel_later(cancel: Callable[[], None], *, after: float | None = None,
                 when: threading.Event | None = None) -> Iterator[list[float]]:
    """Call ``cancel`` from another thread ``after`` seconds (after ``when`` is set, if
    given). Yields a list that receives the monotonic time of the cancel."""
    stamp: list[float] = []

    def run() -> None:
        if when is not None and not when.wait(10):
            return
        time.sleep(after or 0.0)
        stamp.append(time.monotonic())
        cancel()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield stamp
    finally:
        thread.join(15)
